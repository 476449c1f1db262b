import { countWords, fold } from './text.js';

const HEDGES =
  /\b(maybe|not sure|unsure|idk|i don't know|i dont know|dunno|we'?ll see|we will see|who knows|hard to say|depends|possibly|perhaps|i guess|kinda|sort of|no idea|not certain|hmm+|meh|no se|tal vez|quizas|a lo mejor|ya veremos|depende|ni idea|no estoy segur[oa])\b/;
const DEFINITE =
  /^\s*(yes|yeah|yep|yup|no|nope|absolutely|definitely|sure|of course|correct|exactly|si|claro|por supuesto|exacto|nunca|ninguno)\b/;
const FILLER =
  /^\s*(ok|okay|k|cool|lol|haha|hmm+|uh+|um+|sure thing|thanks|thank you|gracias|vale|ja+|\?+|\.+)\s*[.!?]*\s*$/;
const GREETING =
  /^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening)|hola|buenas|buenos dias|buenas tardes|buenas noches)( there| jorge)?\s*[.!,]*\s*$/;
const FACTS = /\d|\b(days?|weeks?|months?|years?|dias|semanas|meses|anos|asap|cash|efectivo)\b/;

/**
 * Answer quality, 0 to 1 (DOMAIN.md section 3): definite yes/no, amounts and durations score high; hedges
 * ("maybe", "not sure", "idk", "we'll see") score low. `filled` says the message filled at least one slot.
 */
export function answerQuality(text: string, filled: boolean): number {
  const folded = fold(text);
  const hedged = HEDGES.test(folded);
  if (folded.trim() === '') return 0;
  if (GREETING.test(folded)) return 0.5;
  if (FILLER.test(folded)) return 0.2;
  if (hedged) return filled ? 0.4 : 0.2;
  if (filled) return FACTS.test(folded) ? 0.95 : 0.85;
  if (DEFINITE.test(folded)) return 0.8;
  if (FACTS.test(folded)) return 0.7;
  const words = countWords(folded);
  if (words >= 6) return 0.6;
  if (words >= 3) return 0.5;
  return 0.3;
}

/** Below this an answer is low quality (the vague streak counts it). */
export const LOW_QUALITY = 0.5;

export function isLowQuality(quality: number): boolean {
  return quality < LOW_QUALITY;
}
