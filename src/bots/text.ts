/** Text helpers shared by the detectors and extractors. Everything here is pure. */

import {
  CONTRAST_WORDS,
  NEGATION_WORDS,
  NOT_DENYING_AFTER_NO,
  TAKE_BACK_WORDS,
  OPINION_VERBS,
  TROUBLE_WORDS,
  SAYING_VERBS,
} from './lexicon/optout.js';
import { ABBREVIATED_TITLES } from './lexicon/people.js';
import { memoised } from './read/memo.js';
import { anyOf } from './read/words.js';

export type Lang = 'en' | 'es';

/**
 * Lower case, diacritics removed, curly quotes straightened: the form every matcher works on. Compatibility forms
 * become plain letters and digits ("ＳＴＯＰ", "ﬁ"), and invisible format characters (zero-width spaces and
 * joiners, direction marks, soft hyphens) go: "st\u200bop" is "stop".
 */
export function fold(text: string): string {
  return foldedLately(text);
}

/**
 * `fold` of the texts seen lately, remembered (read/memo.ts): a step folds the same few texts dozens of times, each
 * reader on its own (the message, its sentences, the agent's name).
 */
const foldedLately = memoised(256, (text: string): string => foldAfresh(text));

function foldAfresh(text: string): string {
  // Plain ASCII has nothing to decompose, no marks, format characters or curly quotes: only case and "pa'" change
  // (the same result as the full fold below, at a fraction of its cost: a step folds many short ASCII texts).
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(PA, para);
  return (
    text
      // "2½" is 2.5 (compatibility decomposition would write "21⁄2").
      .replace(/(\d)\s?½/g, '$1.5')
      .normalize('NFKD')
      .replace(/\p{M}|\p{Cf}/gu, '')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .toLowerCase()
      // A thumbs up or a check mark is an "ok", a thumbs down a "no" (any skin tone).
      .replace(THUMBS, (_said, thumb: string) => (thumb === '\u{1F44E}' ? ' no ' : ' ok '))
      // Spoken Spanish "pa'" is "para" ("lista pa' mudarse", "pa' la universidad"), "pa'l" is "para el".
      .replace(PA, para)
  );
}
// Compiled once (a pattern written in `fold` is a new object on every call); `replace` starts the global PA at 0
// and leaves it there.
const NOT_ASCII = /[^\p{ASCII}]/u;
const THUMBS = /(\u{1F44D}|\u{1F44C}|\u2705|\u2611|\u{1F197}|\u{1F44E})(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)*/gu;
const PA = /\bpa'(l?)(?=\s|$)/g;
const para = (_said: string, article: string): string => (article ? 'para el' : 'para');

/**
 * How much of a step's text the bot reads for facts, questions and intent: about a screenful of chat. A lead
 * message is stored and shown to staff whole (up to 2,000 characters), but the readers' cost grows with the text
 * and a step runs on the event loop. A longer text is read by its start (the story, the facts) and its end (where a
 * lead puts the question, the pick or the last word on the budget), READ_HEAD and READ_TAIL characters, cut between
 * words. Opt-outs and requests for a person are looked for in the whole text (engine.ts); a burst longer than this
 * is read in several steps (conversations/burst.ts).
 */
export const READ_LIMIT = 700;

/**
 * The start of a value taken back right after it was said, in the same message ("450.. actually no make it",
 * "3 bed. wait no,", "2 recámaras, bueno no, mejor"): fillers, a correction word, an optional "no" and a lead-in.
 * Read on the text between the value and the next one (amounts) or after it (bedroom counts); a regex source.
 */
export const TAKE_BACK_ANYWHERE =
  '[\\s,.;!-]*(?:(?:no|nah|bueno|ok|oh|uh|um|hmm|well|sorry|perdon|but|pero)[\\s,.!-]+)?(?:(?:' +
  anyOf(TAKE_BACK_WORDS) +
  ')\\b|(?:no|nah|bueno)\\s*[,.!-]+(?=\\s*\\d))[\\s,.!-]*(?:no\\b[\\s,.!-]*)?(?:(?:make (?:it|that)|more like|like|que sean|mejor|hasta|unos|its|thats|son|es|seria)\\s+)?';
/** `TAKE_BACK_ANYWHERE` at the start of the text it is read on. */
export const TAKE_BACK = `^${TAKE_BACK_ANYWHERE}`;

/**
 * A bedroom or a bathroom word as leads write it, folded ("3 bdrms", "4 recamaras", "2.5 bths", "2 banos"); regex
 * sources without capture groups, for the readers that count rooms or must not take a room count for a price.
 */
export const BEDROOM_WORD =
  '(?:bed\\w*|bdrms?|bds?|brs?|rooms?|recamaras?|habitacion(?:es)?|cuartos?|dormitorios?|alcobas?)';
export const BATHROOM_WORD = '(?:bathrooms?|bathrms?|bthrms?|baths?|bths?|ba|banos?)';

const READ_HEAD = 450;
// One character joins the two parts.
const READ_TAIL = READ_LIMIT - READ_HEAD - 1;

/** The part of `text` the bot reads: all of it up to READ_LIMIT characters, else its start and its end. */
export function readablePart(text: string): string {
  if (text.length <= READ_LIMIT) return text;
  // Each part drops the word cut at its inner edge (unless it is one long word).
  const head = text.slice(0, READ_HEAD);
  const lastBlank = head.search(/\s\S*$/);
  const tail = text.slice(text.length - READ_TAIL);
  const firstBlank = tail.search(/\s/);
  const start = lastBlank > READ_HEAD / 2 ? head.slice(0, lastBlank) : head;
  const end = firstBlank >= 0 && firstBlank < READ_TAIL / 2 ? tail.slice(firstBlank + 1) : tail;
  return `${start}\n${end}`;
}

/**
 * Texting shorthand for time, written out so the date parser and the scheduling reader see ordinary words
 * ("tmrw" -> tomorrow, "3 wks" -> 3 weeks, "nxt mo" -> next month, "b4" -> before). Works on folded text and keeps
 * every other character where it was.
 */
const SHORTHAND: [RegExp, string][] = [
  [/\b(tmrw|tmrow|tmr|tmw|tmro|tomoro|tomorow|tommorow|tommorrow|tomorrw|2moro|2morrow|2mrw)\b/g, 'tomorrow'],
  [/\b(tdy|2day)\b/g, 'today'],
  [/\b(tonite|2nite)\b/g, 'tonight'],
  [/\b(nxt)\b/g, 'next'],
  [/\b(wknd|wkend|wkd)\b/g, 'weekend'],
  [/\b(\d+|a|one|two|three|four|five|six|few|couple)\s*(wks|wk)\b/g, '$1 weeks'],
  [/\b(\d+|a|one|two|three|four|five|six|few|couple)\s*(mos|mo|mths|mth|mnths|mnth|mons)\b/g, '$1 months'],
  [/\b(next|this|end of( the)?|by( the)?) (mo|mth|mnth)\b/g, '$1 month'],
  [/\b(\d+|a|one|two|few|couple)\s*(yrs|yr)\b/g, '$1 years'],
  [/\b(b4)\b/g, 'before'],
  [/\b(til|till|untill)\b/g, 'until'],
  [/\b(prox|prx)\b/g, 'proximo'],
  [/\b(sem)\b(?= (que viene|proxima|entrante))/g, 'semana'],
  // "another year", "another 6 months", "otro año más": a duration from now, like "a year", "6 months"
  [/\banother (?=(year|month|week|couple|few)s?\b)/g, 'a '],
  [/\banother (?=\d|(two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) )/g, ''],
  // "el año que entra", "el año entrante", "el siguiente año": next year
  [/\b(el )?(ano|mes) (que entra|entrante)\b/g, 'el $2 que viene'],
  [/\b(el )?siguiente (ano|mes)\b/g, 'el $2 que viene'],
];

export function expandShorthand(folded: string): string {
  return SHORTHAND.reduce((text, [pattern, words]) => text.replace(pattern, words), folded);
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
const TITLES: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);
/** The text ends with a title's period ("... does Mr."): the sentence goes on after it. */
const endsWithTitle = (part: string): boolean =>
  part.endsWith('.') && TITLES.has(part.slice(part.lastIndexOf(' ') + 1, -1).toLowerCase());

/** Splits a message into sentences (keeps the text of each, trimmed, empties dropped; "Mr. Salas" is not split). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SENTENCE_BREAK)) {
    const piece = part.trim();
    if (piece.length === 0) continue;
    const before = out.at(-1);
    if (before !== undefined && endsWithTitle(before)) out[out.length - 1] = `${before} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** Removes JSON-looking blobs (objects or arrays with quoted keys or values): pasted data is never extracted. */
export function stripJsonBlobs(text: string): string {
  let out = text;
  for (let pass = 0; pass < 5; pass += 1) {
    const next = out.replace(OBJECT_BLOB, dropQuoted).replace(ARRAY_BLOB, dropQuoted);
    if (next === out) break;
    out = next;
  }
  return out.replace(BLANKS, ' ').trim();
}
const OBJECT_BLOB = /\{[^{}]*\}/g;
const ARRAY_BLOB = /\[[^[\]]*\]/g;
const QUOTED = /["':]/;
const BLANKS = /\s+/g;
const dropQuoted = (blob: string): string => (QUOTED.test(blob) ? ' ' : blob);

/** Number words from zero to nineteen and the tens, in English and in Spanish (folded). */
const EN_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const ES_WORDS =
  'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve'.split(
    ' ',
  );
const TENS = {
  en: 'twenty thirty forty fifty sixty seventy eighty ninety',
  es: 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
};

/** The Spanish hundreds, 100 to 900 in order ("cien", "doscientos", ... "novecientos"). */
export const SPANISH_HUNDREDS: readonly string[] = [
  'cien',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/**
 * Spanish number words with their English words ("quinientos" five hundred, "veinticinco" twenty five, "millon"
 * million), for amounts said in both languages at once ("quinientos fifty", "four hundred cincuenta mil").
 */
export const SPANISH_NUMBER_IN_ENGLISH: Readonly<Record<string, string>> = Object.freeze({
  // "once" is an English word as often as eleven: never one of these.
  ...Object.fromEntries(
    ES_WORDS.flatMap((word, value) => (word === 'once' ? [] : [[word, EN_WORDS[value]!]])),
  ),
  ...Object.fromEntries(TENS.es.split(' ').map((word, n) => [word, TENS.en.split(' ')[n]!])),
  ...Object.fromEntries(
    EN_WORDS.slice(1, 10).map((unit, n) => [`veinti${ES_WORDS[n + 1]!}`, `twenty ${unit}`]),
  ),
  ...Object.fromEntries(SPANISH_HUNDREDS.map((word, n) => [word, `${EN_WORDS[n + 1]!} hundred`])),
  ciento: 'one hundred',
  un: 'one',
  una: 'one',
  mil: 'thousand',
  millon: 'million',
  millones: 'million',
});

/** Every plain number word (English and Spanish, 0 to 19 and the tens) with its value. */
export const PLAIN_NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(EN_WORDS.map((word, value) => [word, value])),
  ...Object.fromEntries(ES_WORDS.map((word, value) => [word, value])),
  ...Object.fromEntries(TENS.en.split(' ').map((word, n) => [word, (n + 2) * 10])),
  ...Object.fromEntries(TENS.es.split(' ').map((word, n) => [word, (n + 2) * 10])),
  un: 1,
  una: 1,
});

/** Words that count a small number of things ("two bedrooms", "a couple of baths", "tres recámaras"). */
const COUNT_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ES_COUNT_WORDS = [
  'uno',
  'una',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
];

/** Count words as they are often typed ("thre bedrms", "sinco cuartos", "quatro recamaras"). */
const COUNT_MISSPELLINGS: Readonly<Record<string, number>> = { thre: 3, sinco: 5, quatro: 4, seys: 6 };

export const NUMBER_WORDS: Record<string, number> = {
  ...Object.fromEntries([...COUNT_WORDS, ...ES_COUNT_WORDS].map((word) => [word, PLAIN_NUMBER_WORDS[word]!])),
  ...COUNT_MISSPELLINGS,
  a: 1,
  an: 1,
  couple: 2,
  un: 1,
  once: 11,
};

/** A small integer written as digits or as an English/Spanish word, else undefined. */
export function smallNumber(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/** The count words as a regex alternation (not "a", "un" or "once", which mean other things in a sentence). */
export const NUMBER_WORD_PATTERN = [
  ...COUNT_WORDS,
  ...ES_COUNT_WORDS,
  ...Object.keys(COUNT_MISSPELLINGS),
].join('|');

/** True when a negation word sits within the few words before `index` in `folded`. */
export function negatedBefore(folded: string, index: number, window = 4): boolean {
  // The last few words of the clause before `index`: 200 characters hold them (reading from the start of the text
  // made a long message with many dates quadratic).
  const before =
    folded
      .slice(Math.max(0, index - 200), index)
      .split(/[.!?;,]/)
      .pop() ?? '';
  const said = before.trim().split(/\s+/).slice(-window);
  // "no huge rush but within 6 months": a contrast ends what the negation denies.
  const words = said.slice(said.findLastIndex((word) => CONTRAST.has(word)) + 1);
  // "no worries", "no cap", "no problem": a "no" that denies nothing.
  // (the trouble may lie past `index`: "i don't think 45 days would be an issue")
  const reached = [...words, ...clauseAfter(folded, index)];
  return words.some(
    (word, at) =>
      NEGATION_WORD.test(word) &&
      !(word === 'no' && NO_IDIOM.has(words[at + 1] ?? '')) &&
      !deniesTrouble(reached, at),
  );
}

/** The words from `index` to the end of its clause (at most 80 characters). */
function clauseAfter(folded: string, index: number): string[] {
  let to = index;
  while (to < folded.length && to < index + 80 && !'.!?;,'.includes(folded[to]!)) to += 1;
  return folded.slice(index, to).trim().split(' ');
}
const NO_IDIOM: ReadonlySet<string> = new Set(NOT_DENYING_AFTER_NO);
const TROUBLE: ReadonlySet<string> = new Set(TROUBLE_WORDS);

/**
 * The negation at `at` reaches a trouble within three words: it denies the trouble alone ("no hay problema con"); after
 * a verb of opinion, within its clause ("i dont think that timeframe would be a problem", "no creo que sea problema").
 */
function deniesTrouble(words: readonly string[], at: number): boolean {
  // ("never mind" takes back what was said; it denies nothing)
  if (words[at] === 'never' && words[at + 1] === 'mind') return false;
  const reach = OPINION.has(words[at + 1] ?? '') ? 9 : 4;
  const reached = words.slice(at + 1, at + reach);
  // (a no said after a verb of saying: "i wouldnt say no", "no diría que no")
  const saysNo = reached.some(
    (word, k) => SAYING.has(word) && [reached[k + 1], reached[k + 2]].includes('no'),
  );
  return saysNo || reached.some((word) => TROUBLE.has(word));
}
const SAYING: ReadonlySet<string> = new Set(SAYING_VERBS);
const OPINION: ReadonlySet<string> = new Set(OPINION_VERBS);

/** A trouble denied anywhere in the text: "that wouldn't be a problem", "no hay bronca", "not an issue at all". */
export function troubleDenied(folded: string): boolean {
  const clauses = [...folded].map((char) => (',.;!?'.includes(char) ? '|' : char)).join('');
  return clauses.split('|').some((clause) => {
    const words = clause.trim().split(' ');
    return words.some((word, at) => NEGATION_WORD.test(word) && deniesTrouble(words, at));
  });
}
const CONTRAST: ReadonlySet<string> = new Set(CONTRAST_WORDS);

const NEGATION_WORD = new RegExp(`^(?:${anyOf(NEGATION_WORDS)})$`);

/**
 * True when a negation word opens the few words after `index` in its clause (after a pronoun or two): "ahorita no
 * podemos", "right now we can't".
 */
export function negatedAfter(folded: string, index: number, window = 3): boolean {
  const after = folded.slice(index, index + 120).split(/[.!?;,]/)[0] ?? '';
  const clause = after.trim().split(/\s+/);
  // ("45 days isn't an issue": the trouble is denied, not the days)
  return clause.slice(0, window).some((word, at) => NEGATION_WORD.test(word) && !deniesTrouble(clause, at));
}

/** A word that takes back what was said before it ("actually", "wait", "scratch that", "mejor"), anywhere. */
export const TAKE_BACK_WORD = new RegExp(`\\b(?:${anyOf(TAKE_BACK_WORDS)})\\b`);

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function formatMoney(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

/** Capitalises each word of a place name ("alta loma" -> "Alta Loma"). */
export function titleCase(text: string): string {
  // A letter after an apostrophe starts no word ("O'Brien" aside, "wife's" stays "Wife's").
  return text.replace(/(?<!['’])\b\p{L}/gu, (letter) => letter.toUpperCase());
}
