import {
  FREEWAY_NUMBERS,
  HUNDRED_AS_A_FIGURE,
  ROAD_BEFORE_ITS_NUMBER,
  ROAD_NAMED_AFTER,
  ROAD_NOT_AFTER,
  SURE_AFTER_A_HUNDRED,
  SURE_BEFORE_A_HUNDRED,
  WAY_TO_A_ROAD,
} from '../lexicon/money.js';
import { everyHit, locate } from './phrase-offsets.js';
import { oneOf, phraseBook } from './phrases.js';
import { blankRange, isDigit, isDigits } from './words.js';

/**
 * Numbers that are no figure of the lead's: a hundred said as a certainty ("not 100% sure", "no estoy 100", "estoy al
 * cien"), a freeway named by its number ("how far is it from the 10", "¿queda lejos de la 210?", "off the 60 fwy").
 */
const NOT_FIGURES = phraseBook([
  { cue: 'sure', words: `${oneOf(SURE_BEFORE_A_HUNDRED)} 100`, notBefore: HUNDRED_AS_A_FIGURE, always: true },
  { cue: 'sure', words: `100 ${oneOf(SURE_AFTER_A_HUNDRED)}`, always: true },
  {
    cue: 'road',
    words: `${oneOf(WAY_TO_A_ROAD)} the|la|el ${oneOf(FREEWAY_NUMBERS)}`,
    notBefore: `${HUNDRED_AS_A_FIGURE}|${oneOf(ROAD_NOT_AFTER)}`,
    always: true,
  },
  { cue: 'road', words: `# ${oneOf(ROAD_NAMED_AFTER)}`, always: true },
  { cue: 'road', words: `${oneOf(ROAD_BEFORE_ITS_NUMBER)} #`, always: true },
]);

/**
 * Folded text with those numbers blanked (the same length, so offsets hold): "prob 4, not 100% sure" has one count,
 * "no estoy 100 pero como 450" one budget, "¿queda lejos de la 210?" none.
 */
export function blankNotFigures(folded: string): string {
  if (![...folded].some(isDigit)) return folded;
  const located = locate(folded);
  let text = folded;
  for (const hit of everyHit(NOT_FIGURES, located.tokens)) {
    // (only the number goes: the words beside it stay for the readers of hedges and places)
    for (let token = hit.start; token < hit.end; token += 1) {
      const word = located.tokens[token]!.word;
      if (!isDigits(word)) continue;
      const at = located.at[token]!;
      text = blankRange(text, at, at + word.length);
    }
  }
  return text;
}
