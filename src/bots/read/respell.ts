import {
  DICTATED_MARKS,
  DROPPED_G_STEMS,
  PERIOD_OF_TIME_BEFORE,
  IDIOM_SPELLINGS,
  REGIONAL_SPELLINGS,
  TEXTED_DIGITS,
  TEXTED_DIGIT_NOT_AFTER,
  TEXTED_DIGIT_STRONG_AFTER,
  TEXTED_EMOJI,
  TEXTING_SPELLINGS,
  TYPO_TARGETS,
  WORDS_ENDING_IN_AO,
  WOULD_FOLLOWERS,
  WOULD_SUBJECTS,
  RANGE_END_JOINS,
  VOICED_TWO,
  VOICED_TWO_BEFORE,
  VOICED_TWO_AFTER,
} from '../lexicon/spellings.js';
import { isDigit, isLetter } from './words.js';

const SPELLINGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DROPPED_G_STEMS.map((stem) => [`${stem}in`, `${stem}ing`])),
  ...REGIONAL_SPELLINGS,
  ...TEXTING_SPELLINGS,
  ...IDIOM_SPELLINGS,
};

/** Each key as a whole word, in any case: "Queremo" and "queremo" alike. */
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${Object.keys(SPELLINGS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The word at `at` follows a number ("1328 W 9th St": a street's direction, not "with"). */
function afterNumber(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && text[before] === ' ') before -= 1;
  return before >= 0 && text[before]! >= '0' && text[before]! <= '9';
}

/** The next word starts with an o ("u ocho", "u hoy"). */
function beforeAnO(text: string, after: number): boolean {
  const next = text.slice(after).trimStart().toLowerCase();
  return next.startsWith('o') || next.startsWith('ho');
}

/**
 * The lead's message with regional spellings and texting shorthand written the usual way (lexicon/spellings.ts), read
 * by every reader of the step in place of the message (the transcript keeps what the lead wrote). A message with none
 * is returned as is.
 */
export function respell(text: string): string {
  return unvoiced(
    unmil(undictate(unish(unwould(undigit(untypo(undropped(respellWords(unemoji(unstarred(text)))))))))),
  );
}

const VOICED: ReadonlySet<string> = new Set(VOICED_TWO);
const ROOMS: ReadonlySet<string> = new Set(VOICED_TWO_BEFORE);
const LEADS_TO_A_COUNT: ReadonlySet<string> = new Set(VOICED_TWO_AFTER);
/** "just to bedrooms is fine" is "just 2 bedrooms is fine": a count dictated as its sound before a room. */
function unvoiced(text: string): string {
  const words = text.split(' ');
  let changed = false;
  for (let at = 0; at + 1 < words.length; at += 1) {
    if (!VOICED.has(words[at]!.toLowerCase()) || !ROOMS.has(bare(words[at + 1]))) continue;
    if (at > 0 && !LEADS_TO_A_COUNT.has(bare(words[at - 1]))) continue;
    words[at] = '2';
    changed = true;
  }
  return changed ? words.join(' ') : text;
}

/**
 * "3 mil 500" is "3,500": thousands said in Spanish with the hundreds after them (not "480 mil" alone, nor a second
 * figure of its own, "500 mil 600 mil").
 */
function unmil(text: string): string {
  if (!text.toLowerCase().includes(' mil ')) return text;
  const words = text.split(' ');
  let changed = false;
  for (let at = 1; at + 1 < words.length; at += 1) {
    const [before, mil, after] = [words[at - 1]!, words[at]!.toLowerCase(), words[at + 1]!];
    let end = after.length;
    while (end > 0 && ',.!?'.includes(after[end - 1]!)) end -= 1;
    const hundreds = after.slice(0, end);
    const next = (words[at + 2] ?? '').toLowerCase();
    if (
      mil !== 'mil' ||
      !isFigure(before, 3) ||
      !isFigure(hundreds, 3) ||
      next.startsWith('mil') ||
      next === 'k'
    )
      continue;
    words[at - 1] = `${before},${hundreds.padStart(3, '0')}${after.slice(end)}`;
    words[at] = '';
    words[at + 1] = '';
    changed = true;
  }
  return changed ? words.filter((word) => word !== '').join(' ') : text;
}
/** One to `most` digits, nothing else. */
const isFigure = (word: string, most: number): boolean =>
  word.length > 0 && word.length <= most && [...word].every((char) => isDigit(char));

/** The texting mark of a correction, "*4, me equivoqué" or "*650 not 560", in the words that say it. */
function unstarred(text: string): string {
  const said = text.trimStart();
  return said.startsWith('*') && !said.startsWith('**') ? `i meant ${said.slice(1)}` : text;
}

const TIME_BEFORE_PERIOD: ReadonlySet<string> = new Set(PERIOD_OF_TIME_BEFORE);
/** "too fast for me period three months I could do comma I want ..." with its marks written as marks. */
function undictate(text: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes('period') && !lower.includes('comma')) return text;
  const words = text.split(' ');
  let changed = false;
  for (let at = 1; at < words.length; at += 1) {
    const mark = DICTATED_MARKS[words[at]!.toLowerCase()];
    const before = words[at - 1]!.toLowerCase();
    if (mark === undefined || before === '' || TIME_BEFORE_PERIOD.has(before) || isDigit(before.at(-1)))
      continue;
    words[at - 1] = `${words[at - 1]}${mark}`;
    words[at] = '';
    changed = true;
  }
  return changed ? words.filter((word) => word !== '').join(' ') : text;
}

const RANGE_JOINS: ReadonlySet<string> = new Set(RANGE_END_JOINS);
/** "9ish weeks", "400ish", "500kish" are "about 9 weeks", "about 400", "about 500k". */
function unish(text: string): string {
  if (!text.toLowerCase().includes('ish')) return text;
  const words = text.split(' ');
  let changed = false;
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    let end = word.length;
    while (end > 0 && ',.!?'.includes(word[end - 1]!)) end -= 1;
    const figure = word.slice(0, end - 3);
    if (word.slice(end - 3, end).toLowerCase() !== 'ish' || !isDigit(figure[0])) continue;
    if (
      ![...figure].every(
        (char) => isDigit(char) || char === ',' || char === '.' || char === 'k' || char === 'K',
      )
    )
      continue;
    // (the end of a range keeps the range: "600 to 650ish")
    const ranged = RANGE_JOINS.has((words[at - 1] ?? '').toLowerCase());
    // (a year is "or so": "2028ish" is "2028 or so")
    const year = figure.length === 4 && (figure.startsWith('19') || figure.startsWith('20'));
    words[at] = year
      ? `${figure} or so${word.slice(end)}`
      : `${ranged ? '' : 'about '}${figure}${word.slice(end)}`;
    changed = true;
  }
  return changed ? words.join(' ') : text;
}

const WOULD_AFTER: ReadonlySet<string> = new Set(WOULD_FOLLOWERS);
/** "they'd", "they’d" and "theyd" to the subject they shorten. */
const CONTRACTED_WOULD: ReadonlyMap<string, string> = new Map(
  WOULD_SUBJECTS.flatMap((subject) =>
    [`${subject}'d`, `${subject}’d`, `${subject}d`].map((form) => [form, subject]),
  ),
);

/** "they'd like 650k" is "they would like 650k" (lexicon/spellings.ts `WOULD_SUBJECTS`, `WOULD_FOLLOWERS`). */
function unwould(text: string): string {
  if (!text.includes('d ')) return text;
  const words = text.split(' ');
  let changed = false;
  for (let at = 0; at < words.length - 1; at += 1) {
    const word = words[at]!;
    const subject = CONTRACTED_WOULD.get(word.toLowerCase());
    if (subject === undefined || !WOULD_AFTER.has(words[at + 1]!.toLowerCase())) continue;
    words[at] = `${word.slice(0, subject.length)} would`;
    changed = true;
  }
  return changed ? words.join(' ') : text;
}

/** "3 🛏 2 🛁" is "3 bedrooms 2 baths" (lexicon/spellings.ts `TEXTED_EMOJI`). */
function unemoji(text: string): string {
  let said = text;
  for (const [emoji, word] of TEXTED_EMOJI)
    if (said.includes(emoji)) said = said.replaceAll(emoji, ` ${word} `);
  return said;
}

/** "lookin 4 a 3bd" is "lookin for a 3bd", "want 2 buy" is "want to buy" (lexicon/spellings.ts `TEXTED_DIGITS`). */
/** A word in lower case without the marks after it ("Beds," is "beds"). */
const bare = (word: string | undefined) => (word ?? '').toLowerCase().replace(/[,.!?]+$/, '');

function undigit(text: string): string {
  if (!text.includes(' 4 ') && !text.includes(' 2 ')) return text;
  const words = text.split(' ');
  let changed = false;
  for (let at = 1; at < words.length - 1; at += 1) {
    const texted = TEXTED_DIGITS.find((entry) => entry.digit === words[at]);
    const after = bare(words[at + 1]);
    // ("backyard 4 the dogs": a pronoun or an article after it is "for" whatever comes before, but not after a
    // number or a join, "3 or 4 the most")
    const strong = texted !== undefined && STRONG_AFTER.has(after) && !JOINS.has(bare(words[at - 1]));
    if (texted && (strong || (texted.before.has(bare(words[at - 1])) && texted.after.has(after)))) {
      words[at] = texted.word;
      changed = true;
    }
  }
  return changed ? words.join(' ') : text;
}

const STRONG_AFTER: ReadonlySet<string> = new Set(TEXTED_DIGIT_STRONG_AFTER);
const JOINS: ReadonlySet<string> = new Set(TEXTED_DIGIT_NOT_AFTER);

/** The text with each run of letters that `rewrite` gives another spelling for written that way (one scan). */
function rewriteWords(text: string, rewrite: (word: string) => string | undefined): string {
  let out = '';
  let from = 0;
  let at = 0;
  while (at < text.length) {
    if (!isLetter(text[at])) {
      at += 1;
      continue;
    }
    let end = at;
    while (end < text.length && isLetter(text[end])) end += 1;
    const written = rewrite(text.slice(at, end));
    if (written !== undefined) {
      out += text.slice(from, at) + written;
      from = end;
    }
    at = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

const OWN_AO: ReadonlySet<string> = new Set(WORDS_ENDING_IN_AO);
/**
 * A participle with its "d" dropped, as spoken in the Caribbean, Andalusia and much of Mexico: "nunca he hablao con un
 * banco", "ya tengo los cuartos guardaos", "estamos cansaos" (a word of five letters or more ending in "ao" or "aos").
 */
function undropped(text: string): string {
  if (!text.includes('ao')) return text;
  return rewriteWords(text, (said) => {
    const word = said.toLowerCase();
    const plural = word.endsWith('aos');
    if (!(plural || word.endsWith('ao')) || word.length < 5 || OWN_AO.has(word)) return undefined;
    return `${said.slice(0, said.length - (plural ? 2 : 1))}d${plural ? 'os' : 'o'}`;
  });
}

/** Whether `a` is `b` with one letter changed, missing, added or two neighbours swapped, never at its end. */
function oneInnerTypo(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const last = Math.max(a.length, b.length) - 1;
  if (at >= last) return false;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length)
    return (
      rest(a, at + 1) === rest(b, at + 1) ||
      (a[at] === b[at + 1] && a[at + 1] === b[at] && rest(a, at + 2) === rest(b, at + 2))
    );
  return a.length < b.length ? rest(a, at) === rest(b, at + 1) : rest(a, at + 1) === rest(b, at);
}

const TYPO_SHORTEST = Math.min(...TYPO_TARGETS.map((target) => target.length)) - 1;
/** The lexicon's long words mistyped by one letter, written right ("pre-appeoved" is "pre-approved"). */
function untypo(text: string): string {
  return rewriteWords(text, (said) =>
    said.length >= TYPO_SHORTEST
      ? TYPO_TARGETS.find((known) => oneInnerTypo(said.toLowerCase(), known))
      : undefined,
  );
}

function respellWords(text: string): string {
  return text.replace(SPELLED, (word, at: number) => {
    const usual = SPELLINGS[word.toLowerCase()];
    if (usual === undefined || (word.length === 1 && afterNumber(text, at))) return word;
    // Spanish "u" is "o" before an o: "siete u ocho", "uno u otro".
    if (word.toLowerCase() === 'u' && beforeAnO(text, at + 1)) return word;
    return word[0] === word[0]!.toUpperCase() ? usual[0]!.toUpperCase() + usual.slice(1) : usual;
  });
}
