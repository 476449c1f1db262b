import {
  ADDRESS_ARTICLES,
  COUNT_ARTICLES,
  HALF_NUMBERS,
  HOUSE_NUMBER_WORDS,
  STREET_OPENERS,
  NUMBERED_ROAD_WORDS,
  QUANTITY_WORDS,
  SENTENCE_WORDS,
  STREET_SUFFIXES,
  TIME_UNITS,
  UNIT_WORDS,
  LIVING_AT_WORDS,
  LETTERED_STREET_OPENERS,
  WORKPLACE_AFTER,
  WORKPLACE_BEFORE,
} from '../lexicon/address.js';
import { fold } from '../text.js';
import { CLAUSE_ENDS, phraseBook, tokenise } from '../read/phrases.js';
import { blankRange, isDigit, isDigits, isLetter } from '../read/words.js';

/**
 * Street addresses: house number (2 to 6 digits), street name, street suffix. No number, no address.
 *
 * Read word by word: a street name is the words between the number and a suffix (or a numbered road's word). The
 * number is a quantity when the word after it is a unit ("45 days", "7200 sq ft"), or a short number or an article
 * comes with a singular time word ("a 30 day walk through"); the words are a sentence when one of them is a verb,
 * pronoun, conjunction or preposition ("30 days is a good way"). No word is barred because it also names streets
 * ("Day Creek", "Good Hope", "Arrow Route").
 */

const SUFFIX = new Set(STREET_SUFFIXES);
const ROAD = new Set(NUMBERED_ROAD_WORDS);
const UNIT = new Set(UNIT_WORDS);
const QUANTITY = new Set(QUANTITY_WORDS);
const TIME = new Set(TIME_UNITS);
const COUNT = new Set(COUNT_ARTICLES);
const SENTENCE = new Set(SENTENCE_WORDS);
const ARTICLE = new Set(ADDRESS_ARTICLES);
const OPENER = new Set(STREET_OPENERS);
const NUMBER_WORD = new Set(HOUSE_NUMBER_WORDS);
const HALF = new Set(HALF_NUMBERS);
const NUMBER_IS = new Set(['is', 'es', 'its']);
const LETTERED = new Set(LETTERED_STREET_OPENERS);
const SPANISH_ARTICLE = new Set(['el', 'la']);
const PLACE_PREPOSITION = new Set(['en', 'de', 'sobre', 'por']);
/** At most this many words in a street name. */
const NAME_WORDS = 4;

export interface AddressMatch {
  address: string;
  start: number;
  end: number;
}

interface Token {
  /** Folded, without surrounding punctuation. */
  word: string;
  start: number;
  end: number;
  /** A comma, colon or other break follows the word (a period may be an abbreviation's: "St.", "Apt."). */
  breaks: boolean;
}

function token(raw: string, at: number): Token {
  const core = /^[("'¿¡]*(.*?)[)"',.;:!?]*$/.exec(raw)?.[1] ?? raw;
  const lead = Math.max(0, raw.indexOf(core));
  const start = at + lead;
  // Most words are plain ASCII: lower case is their folded form.
  const word = /[^\x20-\x7e]/.test(core) ? fold(core) : core.toLowerCase();
  return { word, start, end: start + core.length, breaks: /[,;:!?)]/.test(raw.slice(lead + core.length)) };
}

/** Words read on demand: only the text around a number is read, so a long message costs no more than its numbers. */
interface Words {
  at(index: number): Token | undefined;
}

/** The word before the number at `at` (index 0, when there is one) and the words from the number on. */
function wordsAround(text: string, at: number): { words: Words; first: number } {
  let start = at;
  while (start > 0 && /\s/.test(text[start - 1]!)) start -= 1;
  const gap = start;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start -= 1;
  const read: Token[] = gap > start ? [token(text.slice(start, gap), start)] : [];
  const first = read.length;
  const pattern = /\S+/g;
  pattern.lastIndex = at;
  let done = false;
  const words: Words = {
    at(index) {
      while (!done && read.length <= index && read.length < first + NAME_WORDS + 9) {
        const match = pattern.exec(text);
        // At the end of the text the pattern would start over: the words end there.
        done = match === null;
        if (!match) break;
        read.push(token(match[0], match.index));
      }
      return index < 0 ? undefined : read[index];
    },
  };
  return { words, first };
}

const isNumber = (word: string): boolean => /^\d{2,6}$/.test(word);
const nameLike = (word: string): boolean => /^[a-z0-9][a-z0-9.'-]*$/.test(word);
/** A word without an abbreviation's dot ("St.", "Apt."). */
const undotted = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
/** A suffix word, unless hyphenated into another word ("walk-in", "run-down"). */
const isSuffix = (word: string): boolean => SUFFIX.has(undotted(word));

/** A suffix closes the street within two words of `at` ("1186 Grand Ave", "40 Acre Oak Ln"). */
function suffixSoon(list: Words, at: number): boolean {
  for (let index = at; index <= at + 2; index += 1) {
    const token = list.at(index);
    if (!token) return false;
    if (isSuffix(token.word)) return true;
    if (token.breaks) return false;
  }
  return false;
}

/** The number at `at` is a house number, by the words on either side of it. */
function houseNumber(list: Words, at: number): boolean {
  const number = list.at(at)!.word;
  const next = list.at(at + 1)?.word ?? '';
  // ("50 grand" is money, "1186 Grand Ave" a street)
  if ((QUANTITY.has(next) && !suffixSoon(list, at + 2)) || next.startsWith('%')) return false;
  const before = list.at(at - 1);
  const counted = before !== undefined && !before.breaks && COUNT.has(before.word);
  return !(TIME.has(next) && (counted || number.length <= 2));
}

/** A road's number at `at` ("66", "18a"), not a count ("Arrow Rd 5 beds"). */
function roadNumber(list: Words, at: number): boolean {
  const token = list.at(at);
  return (
    token !== undefined && /^\d{1,4}[a-z]?$/.test(token.word) && !QUANTITY.has(list.at(at + 1)?.word ?? '')
  );
}

/** The unit after the street ("#B", "# 5", "apt 12", "unit 4"): the index of its last token, else undefined. */
function unitEnd(list: Words, at: number): number | undefined {
  const token = list.at(at);
  if (!token) return undefined;
  if (/^#[a-z0-9-]+$/.test(token.word)) return at;
  const word = undotted(token.word);
  if (!UNIT.has(word) || token.breaks) return undefined;
  return list.at(at + 1) && /^[a-z0-9-]+$/.test(list.at(at + 1)!.word) ? at + 1 : undefined;
}

/**
 * A Spanish street after the house number and its "de": "el 6615 de la Avenida Pipeline", "el 120 de la calle Olivo".
 * The index of the name's last word, or undefined.
 */
function openedStreetEnd(list: Words, at: number): number | undefined {
  let index = at;
  // ("9034 Calle Vejar": the opener right after the number needs no "de")
  if (!OPENER.has(list.at(index)?.word ?? '')) {
    if (!['de', 'del'].includes(list.at(index)?.word ?? '') || list.at(index)!.breaks) return undefined;
    index += 1;
    if (SPANISH_ARTICLE.has(list.at(index)?.word ?? '') && !list.at(index)!.breaks) index += 1;
  }
  if (!OPENER.has(list.at(index)?.word ?? '') || list.at(index)!.breaks) return undefined;
  let end: number | undefined;
  for (let name = index + 1; name <= index + NAME_WORDS && list.at(name); name += 1) {
    const word = list.at(name)!.word;
    // (a lettered street is its letter alone: "Avenue E", never read as a word of a sentence)
    if (LETTERED.has(list.at(index)!.word))
      return word.length === 1 && word >= 'a' && word <= 'z' ? name : undefined;
    if (!nameLike(word) || isDigits(word) || SENTENCE.has(word) || ARTICLE.has(word)) break;
    end = name;
    if (list.at(name)!.breaks) break;
  }
  return end;
}

/** The address that starts at the house number `at`, as the index of its last token. */
function addressEnd(list: Words, at: number): number | undefined {
  if (list.at(at)!.breaks || !houseNumber(list, at)) return undefined;
  // ("7021 1/2 Sunflower St": the half is the number's)
  const name = HALF.has(list.at(at + 1)?.word ?? '') && !list.at(at + 1)!.breaks ? at + 2 : at + 1;
  const opened = openedStreetEnd(list, name);
  if (opened !== undefined) return opened;
  let words = 0;
  for (let index = name; list.at(index) && words <= NAME_WORDS; index += 1) {
    const token = list.at(index)!;
    const word = undotted(token.word);
    // "400 Route 66", "500 Highway 395": a numbered road needs no name.
    const numbered = words === 0 && ROAD.has(word) && roadNumber(list, index + 1);
    if ((words > 0 && isSuffix(word)) || numbered) {
      let end = index;
      // "Pine Ridge Way": a suffix may itself be part of the name.
      if (!token.breaks && list.at(end + 1) && isSuffix(list.at(end + 1)!.word)) end += 1;
      // "Old Route 66", "County Road 5": a numbered road keeps its number.
      if (!list.at(end)!.breaks && ROAD.has(undotted(list.at(end)!.word)) && roadNumber(list, end + 1))
        end += 1;
      if (!list.at(end)!.breaks) end = unitEnd(list, end + 1) ?? end;
      return end;
    }
    if (!nameLike(word) || isDigits(word) || SENTENCE.has(word) || token.breaks) return undefined;
    if (ARTICLE.has(word) && !['of', 'de'].includes(list.at(index - 1)!.word)) return undefined;
    words += 1;
  }
  return undefined;
}

const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** An ordinal of one to three digits opens the text after a space ("19th", "3rd"): a numbered street's name. */
function ordinalFollows(after: string): boolean {
  const word = after.trimStart().split(' ')[0] ?? '';
  if (!(after[0] === ' ' || after[0] === '\t')) return false;
  const digits = word.slice(0, -2);
  return (
    digits.length >= 1 &&
    digits.length <= 3 &&
    [...digits].every(isDigit) &&
    ORDINAL_ENDINGS.has(word.slice(-2).toLowerCase())
  );
}

/**
 * "7764 de la Devon St" is "7764 Devon St": the Spanish "de la" between the number and an English street (its suffix
 * last) is no part of its name; a Spanish street keeps its words ("6615 de la Avenida Pipeline").
 */
function withoutSpanishOf(address: string): string {
  const words = address.split(' ');
  const last = undotted((words.at(-1) ?? '').toLowerCase());
  if (!['de', 'del'].includes(words[1]?.toLowerCase() ?? '') || !isSuffix(last)) return address;
  const article = SPANISH_ARTICLE.has(words[2]?.toLowerCase() ?? '') ? 1 : 0;
  // (a "De" or "Del" written as a name's, with no article after it, is the street's: "5836 Del Rosa Ave", "De Anza Dr")
  if (article === 0 && words[1] !== words[1]!.toLowerCase()) return address;
  return [words[0], ...words.slice(2 + article)].join(' ');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[.,]$/, '').trim();
}

/** The words of `text` before `end` (at most the last twelve), each as a token with its place in the text. */
function wordsBefore(text: string, end: number): Token[] {
  const words: Token[] = [];
  let at = end;
  while (words.length < 12 && at > 0 && end - at < 80) {
    while (at > 0 && isSpace(text[at - 1]!)) at -= 1;
    const wordEnd = at;
    while (at > 0 && !isSpace(text[at - 1]!)) at -= 1;
    if (wordEnd > at) words.unshift(token(text.slice(at, wordEnd), at));
  }
  return words;
}
const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\n';

/**
 * A street said before its house number: "Haven ave, number 6610", "we are on sapphire st, number 10255", "Calle
 * Willow número 7320", "la Avenida Euclid 1435", "Calle Citrus Ave número 16940". The street is a name closed by a
 * suffix, or opened by a Spanish street word; the number is said as one ("number", "número", "#"), or follows the
 * street at once with three digits or more and no quantity after it. Read as "NUMBER Street".
 */
function streetFirst(text: string, number: RegExpMatchArray): AddressMatch | undefined {
  const digits = number[0];
  const words = wordsBefore(text, number.index!);
  let at = words.length - 1;
  // ("number is 5521", "el número es 7320": the number word, then its "is")
  if (at >= 1 && NUMBER_IS.has(words[at]!.word) && NUMBER_WORD.has(undotted(words[at - 1]!.word))) at -= 1;
  // ("W 19th St, el 7340": a Spanish article names the house number after a street closed by its suffix)
  const named = at >= 1 && words[at]!.word === 'el' && digits.length >= 3 && isSuffix(words[at - 1]!.word);
  const said = named || (at >= 0 && NUMBER_WORD.has(undotted(words[at]!.word)));
  if (said) at -= 1;
  // ("the number is 10458", "el número es 7320")
  if (said && at >= 1 && (ARTICLE.has(words[at]!.word) || SPANISH_ARTICLE.has(words[at]!.word))) at -= 1;
  const next = token(
    text
      .slice(number.index! + digits.length)
      .trimStart()
      .split(' ')[0] ?? '',
    0,
  ).word;
  if (!said && (digits.length < 3 || QUANTITY.has(next) || TIME.has(next))) return undefined;
  const last = words[at];
  if (last === undefined || (last.breaks && !said)) return undefined;
  // The name: up to four words back, from a suffix at its end or to a Spanish street word at its start.
  const suffixed = isSuffix(last.word);
  let first = suffixed ? at - 1 : at;
  let opened = -1;
  for (let index = first; index >= 0 && first - index < NAME_WORDS; index -= 1) {
    const word = words[index]!;
    if (OPENER.has(word.word)) {
      opened = index;
      break;
    }
    if (!nameLike(word.word) || isDigits(word.word) || SENTENCE.has(word.word) || ARTICLE.has(word.word))
      break;
    // ("vivimos en la W 19th St": the article after a preposition is the sentence's, not the name's)
    if (index > 0 && SPANISH_ARTICLE.has(word.word) && PLACE_PREPOSITION.has(words[index - 1]!.word)) break;
    if (index < at && word.breaks) break;
    first = index;
  }
  if (opened < 0 && (!suffixed || first >= at)) return undefined;
  // ("Calle Citrus Ave": the English street)
  const start = words[opened >= 0 && !suffixed ? opened : first]!.start;
  const street = tidy(text.slice(start, last.end));
  return { address: `${digits} ${street}`, start, end: number.index! + digits.length };
}

/**
 * A house number written with a thousands comma ("6,318 Indian Hill Blvd") without it, a space after it so that every
 * place in the text keeps its offset (not an amount: "$6,318").
 */
function uncommaNumbers(text: string): string {
  if (!text.includes(',')) return text;
  let out = text;
  for (let at = 0; at < text.length; at += 1) {
    if (text[at] !== ',' || !isDigit(text[at - 1] ?? '') || (at > 1 && text[at - 2] === '$')) continue;
    let start = at;
    while (start > 0 && isDigit(text[start - 1])) start -= 1;
    const head = at - start;
    const tail = text.slice(at + 1, at + 4);
    const opened = start === 0 || isSpace(text[start - 1]!);
    if (!opened || head > 3 || tail.length !== 3 || ![...tail].every(isDigit) || !isLetter(text[at + 5]))
      continue;
    if (text[at + 4] !== ' ') continue;
    out = `${out.slice(0, start)}${text.slice(start, at)}${tail} ${out.slice(at + 4)}`;
  }
  return out;
}

/** Every plausible street address in the text (original casing kept). */
export function findAddresses(said: string): AddressMatch[] {
  const text = uncommaNumbers(said);
  const found: AddressMatch[] = [];
  let from = 0;
  for (const number of text.matchAll(/(?<![\w$.,])\d{2,6}\b/g)) {
    // A word (not a digit or a sign) must follow the number before anything is read, or a numbered street's
    // ordinal ("7263 19th st").
    const after = text.slice(number.index + number[0].length, number.index + number[0].length + 8);
    if (number.index < from) continue;
    const forward = /^[ \t]+\p{L}/u.test(after) || ordinalFollows(after) || halfFollows(after);
    const ahead = forward ? addressAt(text, number.index) : undefined;
    // ("Sunflower St 7021 interior B": a street said first, its number followed by more words)
    const match = ahead ?? streetFirst(text, number);
    if (match) {
      found.push(match);
      from = match.end;
    }
  }
  for (const [index, digits] of gluedNumbers(text)) {
    if (found.some((match) => match.start <= index && index < match.end)) continue;
    const match = gluedAddressAt(text, index, digits);
    if (match) found.push(match);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The address that starts at the house number at `index` of the text, when one does. */
function addressAt(text: string, index: number): AddressMatch | undefined {
  const { words: list, first: at } = wordsAround(text, index);
  if (list.at(at)?.start !== index || !isNumber(list.at(at)!.word)) return undefined;
  const end = addressEnd(list, at);
  if (end === undefined) return undefined;
  const start = list.at(at)!.start;
  const to = list.at(end)!.end;
  return { address: withoutSpanishOf(tidy(text.slice(start, to))), start, end: to };
}

/** Half a lot after the number ("7021 1/2 Sunflower St"). */
function halfFollows(after: string): boolean {
  const next = after.trimStart().split(' ')[0] ?? '';
  return after !== after.trimStart() && HALF.has(fold(next));
}

/**
 * House numbers typed against their street's first word ("9447miller ave"): a word of three to six digits, then three
 * letters or more; each as [where it starts, how many digits].
 */
function gluedNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let start = 0; start < text.length; start += 1) {
    if (start > 0 && !isSpace(text[start - 1]!)) continue;
    let digits = start;
    while (digits < text.length && isDigit(text[digits])) digits += 1;
    let letters = digits;
    while (isLetter(text[letters])) letters += 1;
    const count = digits - start;
    if (count >= 3 && count <= 6 && letters - digits >= 3) found.push([start, count]);
  }
  return found;
}
/** The address of a house number glued to its street, read with the space put back (its place in the text kept). */
function gluedAddressAt(text: string, index: number, digits: number): AddressMatch | undefined {
  const split = index + digits;
  const spaced = addressAt(`${text.slice(0, split)} ${text.slice(split)}`, index);
  if (!spaced) return undefined;
  return { address: spaced.address, start: index, end: spaced.end - 1 };
}

export function extractAddress(text: string): string | undefined {
  const all = findAddresses(text);
  const found = all.filter((match, index) => !workplace(text, match, all[index - 1]?.end ?? 0));
  // ("we live at 1320 Wheeler Ave but the one we're selling is my mom's, 438 Indian Hill Blvd": the home lived in is
  // not the one sold when another is named)
  if (found.length > 1) {
    const sold = found.find((match) => !livedAt(text, match.start));
    if (sold) return sold.address;
  }
  return found[0]?.address;
}

const WORKS_THERE_BEFORE = phraseBook(
  WORKPLACE_BEFORE.map((words) => ({ cue: 'work', words, always: true })),
);
const WORKS_THERE_AFTER = phraseBook(WORKPLACE_AFTER.map((words) => ({ cue: 'work', words, always: true })));
/** The address's clause says the lead works there ("es mi oficina", "I work at"): the office is not the home. */
function workplace(
  text: string,
  { start, end }: { start: number; end: number },
  previousEnd: number,
): boolean {
  // (the clause, cut at the address before it: "trabajo en 300 E Foothill Blvd pero la casa es 455 Elm St")
  let from = start;
  while (from > previousEnd && !CLAUSE_ENDS.includes(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !CLAUSE_ENDS.includes(text[to]!)) to += 1;
  return (
    WORKS_THERE_BEFORE.hear(tokenise(text.slice(from, start))).length > 0 ||
    WORKS_THERE_AFTER.hear(tokenise(text.slice(end, to))).length > 0
  );
}

const LIVING: ReadonlySet<string> = new Set(LIVING_AT_WORDS);
/** The few words before `start` say the lead lives or rents there ("we live at", "vivimos en", "renting at"). */
function livedAt(text: string, start: number): boolean {
  return fold(text.slice(Math.max(0, start - 32), start))
    .split(' ')
    .slice(-4)
    .some((word) => LIVING.has(word));
}

/** The text with addresses blanked out (so house numbers never read as prices or bedroom counts). */
export function blankAddresses(text: string): string {
  let out = text;
  for (const match of findAddresses(text)) {
    const end = zipAfter(text, match.end) ?? match.end;
    out = blankRange(out, match.start, end);
  }
  return out;
}

/** Words of a place between a street address and its zip code (a city, a state), at most this many. */
const PLACE_WORDS = 4;
/**
 * Where a zip code closing the address that ends at `from` ends: five digits after a few words of its place
 * ("2264 N Riverside Ave, Rialto 92376", "5501 Amethyst Ave, Rancho Cucamonga, CA 91701"). A zip is no amount.
 */
function zipAfter(text: string, from: number): number | undefined {
  let at = from;
  for (let place = 0; place <= PLACE_WORDS; place += 1) {
    const gap = at;
    while (at < text.length && ' ,.'.includes(text[at]!)) at += 1;
    const start = at;
    while (at < text.length && /[a-z\d]/i.test(text[at]!)) at += 1;
    const word = text.slice(start, at).toLowerCase();
    if (at === gap || word === '') return undefined;
    if (word.length === 5 && [...word].every(isDigit)) return at;
    if (!/^[a-z]+$/.test(word) || SENTENCE.has(word)) return undefined;
  }
  return undefined;
}
