/** A wrong number ("this isn't jimmy's phone anymore"), and the lead's own number corrected, which is none. */
import {
  KEEPS_TALKING_WORDS,
  OWN_NUMBER_PHRASES,
  PERSON_WORDS,
  PHONE_WORDS,
  PLACE_WORDS_ES,
} from '../lexicon/optout.js';
import { phraseBook, tokenise } from '../read/phrases.js';
import { anyOf, words } from './words.js';

const PHONE = words(PHONE_WORDS);
const NOT_A_PLACE = `(?! (la |mi |su |tu )?${words(PLACE_WORDS_ES)})`;
/** Told plainly ("wrong number", "número equivocado"), a wrong number stands whatever follows. */
const PLAIN_WRONG =
  /\bwrong (number\b|person\b|#)|\b(numero|persona) equivocad[oa]\b|\bse equivoc\w* de numero\b/;
/** Told about someone ("this isn't jimmy's phone anymore", "este número ya no es de Juan"), unless the lead talks on. */
const NOT_THEIR_NUMBER = new RegExp(
  [
    `\\b(this|that|it)( is|'?s)? (is ?n'?t|is not|not|no longer|isnt|aint) (\\w+'?s|\\w+ \\w+'?s) ${PHONE}`,
    `\\b(this|that) ${PHONE} (does ?n'?t|does not|no longer|is ?n'?t|is not) (belongs? to|\\w+'?s)\\b`,
    `\\b\\w+ (does ?n'?t|does not|no longer) (have|has|use|uses|own|owns) this ${PHONE}`,
    `\\b(you have|you'?ve got|u have|you got) the wrong ${words(PERSON_WORDS)}\\b`,
    `\\b(this|that) ${PHONE} (belongs to|is) (someone|somebody) else\\b|\\bnumber changed (owners|hands)\\b`,
    `\\bi'?m not (who|the person) you'?re looking for\\b`,
    `\\b((este|ese) ${PHONE} ya no es|(este|ese)( ya)? no es (el |su )?${PHONE}|ya no es (el |su )?${PHONE}) (de|del)\\b${NOT_A_PLACE}`,
  ].join('|'),
);
const KEEPS_TALKING = new RegExp(`\\?|\\b(${anyOf(KEEPS_TALKING_WORDS)})\\b`);
/** The lead's own number corrected: "i put the wrong number earlier, mine is ...", "puse mal mi teléfono". */
const OWN_NUMBER = phraseBook(
  OWN_NUMBER_PHRASES.map((words) => ({ cue: 'own' as const, words, always: true })),
);
/** ... or a wrong number with the right one after it, in the same sentence ("wrong #, it's 909..."). */
const RIGHT_ONE_AFTER =
  /\bwrong (number|#)\b[^.!?]*\b(mine is|my (real |correct |right |new )?(number|#|cell|phone) is|use \d|it'?s \d|is \d{3})/;

export function wrongNumber(message: string): boolean {
  if (OWN_NUMBER.find(tokenise(message.replaceAll('#', ' number '))) || RIGHT_ONE_AFTER.test(message))
    return false;
  if (PLAIN_WRONG.test(message))
    return !/\bwrong (number|person|#)\b[^.!?]*\b(i meant|meant|quise decir)\b/.test(message);
  return NOT_THEIR_NUMBER.test(message) && !KEEPS_TALKING.test(message);
}
