import { QUALITY_PHRASES } from './lexicon/quality.js';
import { cueBooks } from './read/cue-books.js';
import { asRead, type Readable } from './read/read-text.js';
import { countWords } from './text.js';

const heardIn = cueBooks(QUALITY_PHRASES);
/** A greeting and nothing else but a stop or a comma ("hello?" is a question). */
const GREETING =
  /^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening)|hola|buenas|buenos dias|buenas tardes|buenas noches)( there| jorge)?\s*[.!,]*\s*$/;
/** The text opens with a word ("¿sí ...?" opens with a question mark: no definite answer). */
const OPENS_WITH_A_WORD = /^\s*\w/;

const FILLER =
  /^\s*(ok|okay|k|cool|lol|haha|hmm+|uh+|um+|sure thing|thanks|thank you|gracias|vale|ja+|\?+|\.+)\s*[.!?]*\s*$/;

/**
 * Answer quality, 0 to 1 (DOMAIN.md section 3): definite yes/no, amounts and durations score high; hedges
 * ("maybe", "not sure", "idk", "we'll see") score low. `filled` says the message filled at least one slot.
 */
export function answerQuality(text: Readable, filled: boolean): number {
  const read = asRead(text);
  const { folded } = read;
  const heard = (cue: 'hedge' | 'definite' | 'fact') => heardIn(read, cue) !== undefined;
  const hedged = heard('hedge');
  if (folded.trim() === '') return 0;
  if (GREETING.test(folded)) return 0.5;
  if (FILLER.test(folded)) return 0.2;
  if (hedged) return filled ? 0.4 : 0.2;
  if (filled) return heard('fact') ? 0.95 : 0.85;
  if (OPENS_WITH_A_WORD.test(folded) && heard('definite')) return 0.8;
  if (heard('fact')) return 0.7;
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
