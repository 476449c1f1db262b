/** A stop that holds the lead's own words while they correct them: "stop, wait, I meant 700k" is a "wait". */
import {
  ABOUT_US_OR_CONTACT,
  BETWEEN_HOLDS,
  CONTACT_NOUNS,
  CORRECTION_CUES,
  CORRECTION_VERBS,
  HOLD_WORDS,
  PAUSE_STOPS,
  PAUSE_WAITS,
  PAUSE_BEFORE_ANSWERING,
  KEEP_SENDING,
  MEANT_WORDS,
  NOT_A_CORRECTION_WORDS,
  NUMBER_WORDS,
  SORRY_WORDS,
  STOP_ABOUT_PEOPLE,
  STOP_EXPLAINED,
  STOP_RETRACTIONS,
  TYPED_WRONG,
  LAUGH_WORDS,
  PICKED_PARTS,
  PICK_TURNED_DOWN,
} from '../lexicon/optout.js';
import { WEEKDAYS_EN, WEEKDAYS_ES } from '../lexicon/time.js';
import type { Located } from '../read/phrase-offsets.js';
import { tokenise } from '../read/phrases.js';
import { doneReason, EMPHASIS, isKeyword, wordsIn } from './keywords.js';
import { anyOf } from './words.js';
import { isSincereBotQuestion } from '../disclosure.js';
import { isDigit } from '../read/words.js';

const HOLD = new Set(HOLD_WORDS);
const BETWEEN = new Set(BETWEEN_HOLDS);
const CORRECTING = new Set(CORRECTION_VERBS);
const ABOUT_CONTACT = new Set(CONTACT_NOUNS);
const NUMBER_WORD = new Set(NUMBER_WORDS);
const ASIDE_AFTER_A_FIGURE: ReadonlySet<string> = new Set([
  ...LAUGH_WORDS,
  ...[...SORRY_WORDS, ...TYPED_WRONG].flatMap((said) => said.split(' ')),
]);

/** "stop, i meant 700k", "para, quise decir fontana": a stop that holds the lead's words while they correct them. */
/** ...after "sorry", "my bad", or the stop said again ("para, para, me equivoqué"). */
const SORRY = `((${anyOf([...SORRY_WORDS, ...HOLD_WORDS])})[,.!:]* )*`;
export const HOLD_TO_CORRECT = new RegExp(
  `\\b(${anyOf(HOLD_WORDS)})\\b[\\s,.!…-]*(?=${SORRY}((${anyOf(MEANT_WORDS)})\\b|(${anyOf(CORRECTION_CUES)})[,.:!]*(?= \\$?\\d)))`,
  'g',
);
const NOT: ReadonlySet<string> = new Set(PICK_TURNED_DOWN.not);
const A_PICK: ReadonlySet<string> = new Set([...WEEKDAYS_EN, ...WEEKDAYS_ES, ...PICKED_PARTS]);
/** The words after a hold read for a pick turned down ("stop, no puedo el friday", "stop, i can't do friday"). */
const PICK_WINDOW = 6;
/**
 * "stop, not thursday, i work thursdays. the saturday one", "para, no el jueves", "stop, no puedo el friday": a hold,
 * then a pick of a call's day, part of the day or slot turned down in its clause, our messages not named: a pick
 * corrected, not a stop (the spans of each such hold).
 */
export function holdsThenNotAPick(located: Located): { start: number; end: number }[] {
  const { tokens } = located;
  const spans: { start: number; end: number }[] = [];
  tokens.forEach(({ word }, at) => {
    if (!HOLD.has(word)) return;
    const clause = tokens[at + 1]?.clause;
    const window = tokens
      .slice(at + 1, at + 1 + PICK_WINDOW)
      .filter((token) => token.clause === clause)
      .map((token) => token.word);
    const not = window.findIndex((said) => NOT.has(said));
    const picked = window.findIndex((said) => A_PICK.has(said));
    if (not < 0 || picked < 0 || Math.abs(picked - not) > 3) return;
    if (window.some((said) => ABOUT_CONTACT.has(said) || isKeyword(said))) return;
    spans.push({ start: located.at[at]!, end: located.end[at]! });
  });
  return spans;
}
/** The most words after a hold read for what the lead says again in it. */
const RESTATED_WINDOW = 12;
const isFigure = (word: string): boolean => isDigit(word[0]) || NUMBER_WORD.has(word);
/**
 * "rialto o colton. no para, colton o grand terrace, rialto no", "4 recámaras... no wait, stop, mi mamá se viene a
 * vivir con nosotros so 5": a hold opened by a "no" or a wait, after words of the lead's own, and followed by a figure
 * again or by a word said before it, with nothing of contact, no keyword and no reason to be done: the lead correcting
 * itself, not a stop (the spans of each such hold).
 */
export function holdsInACorrection(located: Located): { start: number; end: number }[] {
  const words = located.tokens.map((token) => token.word);
  const spans: { start: number; end: number }[] = [];
  words.forEach((word, at) => {
    if (!HOLD.has(word)) return;
    let first = at;
    while (first > 0 && (BETWEEN.has(words[first - 1]!) || HOLD.has(words[first - 1]!))) first -= 1;
    const opened = words.slice(first, at).some((said) => said === 'no' || PAUSE_WAIT.has(said));
    const before = words.slice(0, first);
    if (!opened || before.length === 0) return;
    let last = at + 1;
    while (HOLD.has(words[last] ?? '') || BETWEEN.has(words[last] ?? '')) last += 1;
    const after = words.slice(last, last + RESTATED_WINDOW);
    if (after.some((said) => ABOUT_CONTACT.has(said) || isKeyword(said)) || doneReason(after.join(' ')))
      return;
    const restated =
      (before.some(isFigure) && after.some(isFigure)) ||
      after.some((said) => said.length > 3 && !isFigure(said) && before.includes(said));
    if (restated) spans.push({ start: located.at[at]!, end: located.end[at]! });
  });
  return spans;
}

/** "stop... actually no, keep sending me listings": a stop taken back, the messages asked for all the same. */
export const STOP_TAKEN_BACK = new RegExp(
  `\\b(?:${anyOf(HOLD_WORDS)})\\b[\\s,.!…-]*(?:${anyOf(STOP_RETRACTIONS)})\\b[^.!?]{0,20}?\\b(?:${anyOf(KEEP_SENDING)})\\b`,
  'g',
);
const CORRECTION_LEAD_IN = new RegExp(
  `^${SORRY}(${anyOf([...MEANT_WORDS, ...CORRECTION_CUES])})\\b[\\s,:!]*`,
);
const ABOUT_THE_CONTACT =
  /\b(texts?|messages?|msgs?|calls?|emails?|mensajes?|llamadas?|correos?|contact\w*|escrib\w*|molest\w*)\b/;
/** Words that open what a lead means by the stop itself ("i mean it", "i mean leave me alone", "quise decir que no"). */
const NOT_A_CORRECTION = new RegExp(`^(${anyOf(NOT_A_CORRECTION_WORDS)}|fuck\\w*|f\\w*k)\\b`);
const NOT_A_THING = /\b\w+(ly|mente)\b|\b(wrong|equivocad[oa]|someone|somebody|alguien|else|otra persona)\b/;

/** What follows "stop, i meant" is a correction: a figure, or a short name of what the lead wants ("fontana"). */
export function correctionFollows(rest: string): boolean {
  const leadIn = CORRECTION_LEAD_IN.exec(rest)?.[0] ?? '';
  // (the correction in the next sentence when the lead-in ends one: "stop, i read that wrong. 4 bedrooms works")
  const said = (
    rest
      .slice(leadIn.length)
      .split(/[.!?]/)
      .find((part) => part.trim() !== '') ?? ''
  ).trim();
  if (said === '' || ABOUT_THE_CONTACT.test(said)) return false;
  // ("stop, espérate, I meant we ARE pre-approved, I typed it wrong": the lead's typing taken back)
  if (TYPED_WRONG.some((phrase) => ` ${wordsIn(rest).join(' ')} `.includes(` ${phrase} `))) return true;
  if (EMPHASIS.test(said) || doneReason(said)) return false;
  // (a figure corrects whatever opens it: "para, I typed it wrong, it's 4 bedrooms")
  const named = wordsIn(said);
  if (/\d/.test(said) || named.some((word) => NUMBER_WORD.has(word))) return true;
  if (NOT_A_CORRECTION.test(said)) return false;
  const limit = /\b(not|no|instead of|en vez de|en lugar de)\b/.test(said) ? 6 : 3;
  return (
    !/equivoque/.test(leadIn) && named.length <= limit && !named.some(isKeyword) && !NOT_A_THING.test(said)
  );
}

/** A stop that opens a correction of figures: "stop, i typed 500 meant 600", "para, puse 3 recámaras y son 4". */
export function correctsFigures(sentence: string): boolean {
  const tokens = tokenise(sentence);
  // ("2 recamaras... no wait, stop, 3": the figure said before it, the stop opens its own sentence after a "no")
  const first = BETWEEN.has(tokens[0]?.word ?? '') && HOLD.has(tokens[1]?.word ?? '') ? 1 : 0;
  if (!HOLD.has(tokens[first]?.word ?? '')) return false;
  // the stop said again first ("stop stop, my bad: 650 max, not 560", "para, para, ¿dije tres cuartos?", "wait no,
  // stop, it's 4 bedrooms")
  let start = first + 1;
  while (
    HOLD.has(tokens[start]?.word ?? '') ||
    (BETWEEN.has(tokens[start]?.word ?? '') && HOLD.has(tokens[start + 1]?.word ?? ''))
  )
    start += BETWEEN.has(tokens[start]!.word) ? 2 : 1;
  const rest = tokens.slice(start).map((token) => token.word);
  if (rest.some((word) => ABOUT_CONTACT.has(word) || isKeyword(word))) return false;
  // the new figure alone after a stop said with a wait, the old one said before it ("... no wait, stop, 3.", "wait
  // stop, 4 beds"; not "stop 2")
  const figureFirst = isDigit(rest[0]?.[0]) || NUMBER_WORD.has(rest[0] ?? '');
  // (a laugh or the lead's typing owned after it says nothing more: "no para para, 750k jaja fat fingers")
  const said = rest.filter((word) => !ASIDE_AFTER_A_FIGURE.has(word));
  // (or opened by a "no" before it: "570k... no para, 750k")
  if ((start - first > 1 || first === 1) && figureFirst && said.length <= 2) return true;
  const figures = rest.filter((word) => /^\d/.test(word) || NUMBER_WORD.has(word)).length;
  const correcting = rest.some((word) => CORRECTING.has(word));
  // ...or a figure of the lead's own asked back ("¿dije tres cuartos?"): what follows corrects it
  const askedBack = figures === 1 && correcting && sentence.trimEnd().endsWith('?');
  return (
    (figures >= 2 && (correcting || ONE_FOR_ANOTHER.test(sentence))) || askedBack || notThisButThat(rest)
  );
}

/**
 * One thing said in place of another after the stop: "para, para, no es Fontana, es Rialto", "stop, not Chino, it's
 * Chino Hills": "no es" or "not", then "es", "sino" or "it's" (folded "its") a few words on.
 */
function notThisButThat(words: readonly string[]): boolean {
  const not = words.findIndex((word, at) => (word === 'no' && words[at + 1] === 'es') || word === 'not');
  if (not < 0) return false;
  const rest = words.slice(not + 2, not + 8);
  // (not a reason to stop: "para, no es por ti, es que ya compramos", "no es necesario, es que ya no buscamos")
  return (
    rest.some(
      (word, at) => (word === 'es' || word === 'sino' || word === 'its') && !EXPLAINS.has(rest[at + 1] ?? ''),
    ) &&
    !words.some((word) => ABOUT_PEOPLE.has(word)) &&
    !doneReason(words.join(' '))
  );
}
const ABOUT_PEOPLE = new Set(STOP_ABOUT_PEOPLE);
const EXPLAINS = new Set(STOP_EXPLAINED);

/** One figure said in place of another: "600 no 500", "650 not 600", "4 en vez de 3". */
const ONE_FOR_ANOTHER =
  /\d+(?:\.\d+)?\s*(?:k|mil|m)?\s*,?\s+(?:not|no|instead of|en vez de|en lugar de)\s+\$?\d/;

const PAUSE_STOP = new Set(PAUSE_STOPS);
const PAUSE_WAIT = new Set(PAUSE_WAITS);
/**
 * A stop with a "wait" beside it, and a question of the lead's after it, not about our messages ("wait wait, stop.
 * ¿ustedes cobran por las fotos?"): where the stop is, to be set aside as a pause.
 */
export function pausedForAQuestion(
  message: string,
  { tokens, at, end }: Located,
): { start: number; end: number }[] {
  const words = tokens.map((token) => token.word);
  return words.flatMap((word, index) => {
    if (!PAUSE_STOP.has(word)) return [];
    const near = [...words.slice(Math.max(0, index - 3), index), ...words.slice(index + 1, index + 3)];
    const holds = holdsTheAnswer(words, index + 1);
    if (!near.some((other) => PAUSE_WAIT.has(other)) && !holds) return [];
    const rest = message.slice(end[index]);
    const asked = rest.slice(0, rest.lastIndexOf('?') + 1);
    // ...or, with the wait right after it, the lead's own words on something else ("Stop, wait, I already did that —
    // pre-approved con Chase last week"), not a reason to be done ("stop, wait, we bought already")
    const held = PAUSE_WAIT.has(words[index + 1] ?? '') || holds;
    const told = asked === '' && held ? toldAfterTheWait(rest) : '';
    const said = asked || told;
    const saidWords = tokenise(said).map((token) => token.word);
    if (saidWords.length === 0 || saidWords.some((word) => isKeyword(word))) return [];
    // (a question about our messages keeps the stop, unless it only asks who writes them: "am I texting a bot?")
    const aboutContact = saidWords.some((word) => ABOUT_CONTACT.has(word)) || ABOUT_THE_CONTACT.test(said);
    const afterIt = wordsIn(rest.slice(said.length));
    const stopsAfter = afterIt.some((word) => isKeyword(word) || ABOUT_CONTACT.has(word));
    if (aboutContact && (!isSincereBotQuestion(said) || stopsAfter)) return [];
    return [{ start: at[index]!, end: end[index]! }];
  });
}

const BEFORE_ANSWERING = PAUSE_BEFORE_ANSWERING.map((phrase) => phrase.split(' '));
/** A hold said in words right after the stop (another stop between): "stop stop, before I answer that". */
function holdsTheAnswer(words: readonly string[], from: number): boolean {
  let at = from;
  while (PAUSE_STOP.has(words[at] ?? '')) at += 1;
  return BEFORE_ANSWERING.some((said) => said.every((word, k) => words[at + k] === word));
}

/** The fewest words the lead says after "stop, wait" for them to be its own words on something else. */
const TOLD_WORDS = 4;
/** ...and after a pause said in words ("stop, let me see. probably 3 bedrooms"; not "stop, let me ask my wife"). */
const PAUSED_WORDS = 3;
const ON_US: ReadonlySet<string> = new Set(ABOUT_US_OR_CONTACT);
/** What follows the wait of "stop, wait, ...", when it is the lead's own words and no reason to be done; else ''. */
function toldAfterTheWait(rest: string): string {
  const words = wordsIn(rest);
  let first = 0;
  while (
    PAUSE_WAIT.has(words[first] ?? '') ||
    HOLD.has(words[first] ?? '') ||
    BETWEEN.has(words[first] ?? '')
  )
    first += 1;
  // (the hold said in words is no word on us, and says the pause itself: "stop, let me see. probably 3 bedrooms")
  const pause = BEFORE_ANSWERING.find((phrase) => phrase.every((word, k) => words[first + k] === word));
  const said = words.slice(first + (pause?.length ?? 0));
  // (not words on us or on contact: "stop, wait, who gave you my number")
  if (
    said.length < (pause ? PAUSED_WORDS : TOLD_WORDS) ||
    doneReason(said.join(' ')) ||
    said.some((word) => ON_US.has(word))
  )
    return '';
  return said.join(' ');
}
