import recognizers from '@microsoft/recognizers-text-number';
import { MISHEARD_NUMBERS, SPLIT_HUNDREDS, SPOKEN_TENS } from '../lexicon/money.js';
import { PLAIN_NUMBER_WORDS, SPANISH_HUNDREDS, SPANISH_NUMBER_IN_ENGLISH } from '../text.js';
import { memoised } from './memo.js';
import { anyOf, isDigits } from './words.js';
import { readSpanishNumbers, type SpokenNumber } from './spanish-numbers.js';

/**
 * Number words in English and Spanish turned into digits, so every extractor reads "five", "four hundred fifty
 * thousand" and "quinientos mil" like "5", "450000" and "500000". Standard number words go through Microsoft's
 * Recognizers-Text number model (English and Spanish); the spoken price shorthands no parser knows ("a million
 * two" = 1.2m, "six seventy five" = 675, "one point two million") are rewritten first by the rules below.
 *
 * Input and output are folded text (see text.ts `fold`).
 */

type NumberModel = ReturnType<InstanceType<typeof recognizers.NumberRecognizer>['getNumberModel']>;

/**
 * Recognizers-Text's compiled English number model, built from the library's constant tables on first use (about
 * 0.2 s, so not at import; warmUpNumberModels pays it before the hub listens) and never changed after: the same text
 * always reads the same, whoever asked before. Besides it, this module keeps only the bounded memos of
 * `numberWordsToDigits` (each value what a fresh reading gives).
 */
let english: NumberModel | undefined;

function englishModel(): NumberModel {
  english ??= new recognizers.NumberRecognizer(recognizers.Culture.English).getNumberModel();
  return english;
}

/** The numbers said in one span of number words: Spanish by its grammar (spanish-numbers.ts), English by the model. */
function spokenNumbers(lang: 'en' | 'es', span: string): SpokenNumber[] {
  if (lang === 'es') return readSpanishNumbers(span);
  return englishModel()
    .parse(span)
    .map((result) => ({ start: result.start, text: result.text, value: Number(result.resolution?.value) }));
}

const EN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const ES_UNITS = 'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve';
const EN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ES_TENS = 'veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa';
const ES_HUNDREDS_VALUES: Record<string, number> = {
  ...Object.fromEntries(SPANISH_HUNDREDS.map((word, n) => [word, (n + 1) * 100])),
  ciento: 100,
};
/** The words a spoken shorthand is built from: units, tens and (Spanish) hundreds. */
const DIGIT: Record<string, number> = {
  ...Object.fromEntries(
    Object.entries(PLAIN_NUMBER_WORDS).filter(([, value]) => (value >= 1 && value <= 9) || value >= 20),
  ),
  ...ES_HUNDREDS_VALUES,
};
/** The hundreds from 200 ("cien" stands alone: "cien mil", "un millón cien"). */
const ES_HUNDREDS = SPANISH_HUNDREDS.slice(1).join('|');

const RESPELLING: Readonly<Record<string, string>> = { ...SPLIT_HUNDREDS, ...MISHEARD_NUMBERS };
const RESPELLED = new RegExp(`\\b(?:${anyOf(Object.keys(RESPELLING))})\\b`);
const RESPELLED_GLOBAL = new RegExp(RESPELLED.source, 'g');

/** Spoken price shorthands, in the order they are tried. */
const SHORTHANDS: [RegExp, (match: RegExpExecArray) => string][] = [
  // "between four hundred and four hundred fifty thousand": a second hundred after "and" opens the range's other end
  [/\bhundred and (?=[a-z]+ hundred)/, () => 'hundred to '],
  // "a million and a half", "un millón y medio", "one and a half million"
  [/\b(?:a|one|un|uno) (?:million|millon) (?:and a half|y medio)\b/, () => '1.5m'],
  // "dos millones y medio", "two and a half million"
  [
    new RegExp(`\\b(${EN_UNITS}|${ES_UNITS}|\\d) (?:millones|million) (?:y medio|and a half)\\b`),
    (m) => `${numberOf(m[1])}.5m`,
  ],
  [new RegExp(`\\b(${EN_UNITS}|\\d) and a half (?:million|mil+ion)\\b`), (m) => `${numberOf(m[1])}.5m`],
  [/\b(?:one|a) and a half (?:million|mil+ion)\b/, () => '1.5m'],
  [/\b(?:half a million|medio millon)\b/, () => '500k'],
  // "a mil and a half", "a mil two": English slang for a million, only with English words after it (Spanish "a mil"
  // is "to a thousand", and "a mil dos" is no price)
  [/\b(?:a|one) mill? and a half\b/, () => '1.5m'],
  [
    new RegExp(
      `\\b(?:a|one) mill? (${EN_UNITS})\\b(?! (?:hundred|thousand|k\\b|mil|bed|bath|bd|br|room|car))`,
    ),
    (m) => `1.${numberOf(m[1])}m`,
  ],
  // "six and a half", "6 and a quarter": a price in hundreds of thousands (650, 625) when no unit follows ("two and
  // a half baths", "three and a half weeks" stay what they are); the amount reader still wants a price word or
  // the price question for a bare hundreds figure.
  [
    new RegExp(
      `\\b(two|three|four|five|six|seven|eight|nine|[2-9]) and a (half|quarter)\\b(?! ?(?:bath|ba\\b|br\\b|bd\\b|bed|bdr|week|month|year|day|hour|minute|acre|car|stor|floor|mile|kid|time|percent|%|million|mil|k\\b|thousand|lb|pound|foot|feet|ft|inch|sq|yard|room|garage))`,
    ),
    (m) => String(numberOf(m[1]) * 100 + (m[2] === 'half' ? 50 : 25)),
  ],
  // "three quarters of a million", "three quarters of a mil", "tres cuartos de millón" (not three bedrooms), "a
  // quarter million"
  [/\b(?:three|tres|3) (?:quarters of a|cuartos de(?: un)?) mill?(?:ion|on)?\b/, () => '750k'],
  [/\b(?:a|one|un|1) (?:quarter(?: of a)?|cuarto de(?: un)?) mill?(?:ion|on)?\b/, () => '250k'],
  // "one point two million", "uno punto dos millones", "1 point 3 million"
  [
    new RegExp(
      `\\b(${EN_UNITS}|${ES_UNITS}|\\d) (?:point|punto) (${EN_UNITS}|${ES_UNITS}|\\d)(?: (${EN_UNITS}|${ES_UNITS}|\\d))?( ?(?:million|millon(?:es)?|mil|m)\\b)?`,
    ),
    (m) => `${numberOf(m[1])}.${numberOf(m[2])}${m[3] ? numberOf(m[3]) : ''}${m[4] ? 'm' : ''}`,
  ],
  // "a million two", "one million four fifty", "one million two hundred", "un millón doscientos cincuenta": the
  // thousands said as hundreds (without "thousand"/"mil" after them)
  [
    new RegExp(
      `\\b(?:a|one|un|uno) (?:million|millon)(?: (${EN_UNITS}|${ES_UNITS}|${ES_HUNDREDS}|cien)(?: hundred)?)?(?:(?: and| y)? (${EN_TENS}|${ES_TENS})(?:[ -](?:y )?(${EN_UNITS}|${ES_UNITS}))?)?\\b(?! (?:hundred|thousand|mil\\b|cientos|${EN_TENS}|${ES_TENS}|${EN_UNITS}|${ES_UNITS}|bed|bath|bd|br|room|rec|cuarto|baño|bano|car))`,
    ),
    // ...and "un millón cincuenta", "a million fifty": the tens alone are thousands too (1.05m)
    (m) => {
      if (m[1] === undefined && m[2] === undefined) return m[0];
      const hundreds = m[1] === undefined ? 0 : numberOf(m[1]) >= 100 ? numberOf(m[1]) : numberOf(m[1]) * 100;
      return `${(1000 + hundreds + numberOf(m[2]) + numberOf(m[3])) / 1000}m`;
    },
  ],
  // "six seventy five", "seven fifty", "seven-fifty", "seis setenta y cinco": hundreds said as two numbers (a bare
  // 675); a unit before a tens word is never one number ("twenty-five" is tens first)
  [
    new RegExp(
      `\\b(${EN_UNITS}|${ES_UNITS})[ -](${EN_TENS}|${ES_TENS})(?:[ -](?:y )?(${EN_UNITS}|${ES_UNITS}))?\\b(?! (?:thousand|hundred|mil|million|millon|percent|por ciento|%))`,
    ),
    (m) => String(numberOf(m[1]) * 100 + numberOf(m[2]) + (m[3] ? numberOf(m[3]) : 0)),
  ],
];

/**
 * Each shorthand's pattern, and the same pattern global for `replace` (compiled once: `replace` starts a global
 * pattern at 0 and leaves it there).
 */
const SHORTHANDS_GLOBAL: readonly [RegExp, RegExp, (match: RegExpExecArray) => string][] = SHORTHANDS.map(
  ([pattern, replace]) => [pattern, new RegExp(pattern.source, 'g'), replace],
);

function numberOf(word: string | undefined): number {
  if (!word) return 0;
  if (/^\d$/.test(word)) return Number(word);
  return DIGIT[word] ?? 0;
}

/**
 * Single number words, read from this table (no parser needed, and no parser start-up cost). "uno", "un" and "una"
 * are articles as often as numbers, and "once" is English too: those are left to the compound reader and the slots.
 */
const SINGLE: Record<string, number> = Object.fromEntries(
  Object.entries(PLAIN_NUMBER_WORDS).filter(([word]) => !['uno', 'un', 'una', 'once'].includes(word)),
);
const SINGLE_WORD = new RegExp(`\\b(${Object.keys(SINGLE).join('|')})\\b`, 'g');

/**
 * Compound number words ("four hundred fifty thousand", "twenty five", "seiscientos cincuenta mil",
 * "veinticinco"): only these are read as numbers, English by the recognizer (its model compiles large expressions
 * on first use, about 0.3 s once per process), Spanish by its grammar (spanish-numbers.ts).
 */
const EN_COMPOUND =
  /\b(hundred|thousand|million|billion)\b|\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)\b/;
const ES_COMPOUND =
  /\b(cien|ciento|cientos|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|mil|millon|millones|veinti\w+|(treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa) y \w+)\b/;

/** Words the recognizer reads as numbers that, in a lead's message, are not ("this one", "once", "una casa"). */
function keepWord(text: string, start: number, span: string): boolean {
  if (/^(a|an|un|una|uno|once|one)$/.test(span)) return true;
  return /^(this|that|the|which|any|no|every|each|another|other|first|last|next|el|la|cual|otro|otra)\s+$/.test(
    text.slice(Math.max(0, start - 9), start).replace(/^.*?\b(?=\w+\s+$)/, ''),
  );
}

/**
 * The recognizer's cost grows exponentially with a run of number words ("dos millones " nine times took 11 s on one
 * core, with the event loop held), so it never sees a lead's whole message: only short spans of number words, each
 * at most MAX_SPAN_WORDS words with each scale word at most once (a real amount never repeats one: "two million
 * three hundred fifty thousand"), words a space or two apart, and at most MAX_SPANS of them per message (a lone
 * plain number word, "tres", is read from the single-word table and takes no span). An English span of ten words
 * costs about 0.2 ms; the Spanish model cost 20 to 30 ms for the worst ten-word spans, which is why Spanish is read
 * by its grammar instead, in microseconds.
 */
const MAX_SPAN_WORDS = 10;
const MAX_SPANS = 4;
const NUMBER_WORD = new RegExp(
  `^(${Object.keys(PLAIN_NUMBER_WORDS).join('|')}|a|and|y|point|punto|half|medio|hundred|thousand|million|millions|billion|cien|ciento|cientos|${ES_HUNDREDS}|mil|millon|millones|veinti\\w+|dieci\\w+)$`,
);
const CONNECTOR = /^(a|and|y|point|punto)$/;
const SCALE = /^(hundred|thousand|million|millions|billion|mil|millon|millones)$/;

/** Short runs of number words (see MAX_SPAN_WORDS), as [start, end) offsets into `text`. */
function numberSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let words: { start: number; end: number; word: string }[] = [];
  let scales = new Set<string>();
  /** A "hundred" said since the span's last larger scale word. */
  let hundreds = false;
  const close = () => {
    while (words.length > 0 && CONNECTOR.test(words[words.length - 1]!.word)) words.pop();
    while (words.length > 0 && CONNECTOR.test(words[0]!.word) && words[0]!.word !== 'a') words.shift();
    // One plain number word ("tres", "two") needs no recognizer: the single-word table reads it.
    const plain = words.length === 1 && SINGLE[words[0]!.word] !== undefined;
    if (!plain && words.some((w) => !CONNECTOR.test(w.word)))
      spans.push([words[0]!.start, words[words.length - 1]!.end]);
    words = [];
    scales = new Set();
    hundreds = false;
  };
  for (const match of text.matchAll(/[a-z]+|[^a-z\s]+/g)) {
    const word = match[0];
    if (!NUMBER_WORD.test(word)) {
      close();
      continue;
    }
    const scale = SCALE.test(word) ? word.replace(/s$/, '').replace(/^millone$/, 'millon') : undefined;
    // A span ends at its word limit, at a repeated scale word, or at a gap wider than a space or two (a number is
    // said with single spaces; long runs of blanks between number words are not one).
    const gap = words.length > 0 ? match.index - words[words.length - 1]!.end : 0;
    if (words.length >= MAX_SPAN_WORDS || gap > 2 || (scale && scale !== 'hundred' && scales.has(scale)))
      close();
    // A second "hundred" before any larger scale opens another number at the last "and": "between four hundred fifty
    // and five hundred thousand" is two amounts, as "four hundred and five" is one.
    if (scale === 'hundred' && hundreds) {
      let joint = words.length - 1;
      while (joint > 0 && !(words[joint]!.word === 'and' || words[joint]!.word === 'y')) joint -= 1;
      if (joint > 0) {
        const rest = words.slice(joint + 1);
        words = words.slice(0, joint);
        close();
        words = rest;
      }
    }
    if (scale === 'hundred') hundreds = true;
    else if (scale) hundreds = false;
    if (scale) scales.add(scale);
    words.push({ start: match.index, end: match.index + word.length, word });
  }
  close();
  return spans.slice(0, MAX_SPANS);
}

/** The English number words, and the words that say an amount rather than a count (a tens, hundreds or scale word). */
const ENGLISH_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(SPANISH_NUMBER_IN_ENGLISH).flatMap((words) => words.split(' ')),
  'eleven',
  'billion',
]);
const AMOUNT_WORD: ReadonlySet<string> = new Set(
  Object.entries(PLAIN_NUMBER_WORDS)
    .filter(([, value]) => value >= 20)
    .map(([word]) => word)
    .concat(['hundred', 'thousand', 'million', 'billion', 'mil', 'millon', 'millones', 'cien', 'ciento'])
    .concat(SPANISH_HUNDREDS)
    .concat(Object.keys(SPANISH_NUMBER_IN_ENGLISH).filter((word) => word.startsWith('veinti'))),
);
/** Spanish words that also belong to English amounts ("one point two mil", "a million") or join words. */
const EITHER_LANGUAGE = new Set(['mil', 'un', 'una', 'y', 'and']);
/** Words that join number words, never end an amount ("quinientos y", "un"). */
const CONNECTORS = new Set(['un', 'una', 'y', 'and']);

/**
 * An amount said in both languages at once ("quinientos fifty", "four hundred cincuenta mil", "un millón two
 * hundred") put in English words, so it is read as one number and not as the part in the reader's language: a run of
 * number words a space or a hyphen apart with an English word, a Spanish one and an amount word in it.
 */
function inOneLanguage(text: string): string {
  let out = '';
  let cursor = 0;
  let run: { start: number; end: number; word: string }[] = [];
  const flush = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.word)) run.pop();
    const mixed =
      run.some((w) => ENGLISH_NUMBER_WORDS.has(w.word)) &&
      run.some((w) => !EITHER_LANGUAGE.has(w.word) && SPANISH_NUMBER_IN_ENGLISH[w.word] !== undefined) &&
      run.some((w) => AMOUNT_WORD.has(w.word));
    if (mixed) {
      const words = run.filter((w) => w.word !== 'y').map((w) => SPANISH_NUMBER_IN_ENGLISH[w.word] ?? w.word);
      out += text.slice(cursor, run[0]!.start) + words.join(' ');
      cursor = run[run.length - 1]!.end;
    }
    run = [];
  };
  for (const match of text.matchAll(WORDS)) {
    const word = match[0];
    const numberWord =
      ENGLISH_NUMBER_WORDS.has(word) ||
      SPANISH_NUMBER_IN_ENGLISH[word] !== undefined ||
      word === 'y' ||
      word === 'and';
    const last = run[run.length - 1];
    const gap = last ? text.slice(last.end, match.index) : ' ';
    if (!numberWord || (gap !== ' ' && gap !== '-')) flush();
    if (numberWord && (run.length > 0 || !EITHER_LANGUAGE.has(word) || word === 'un' || word === 'una'))
      run.push({ start: match.index, end: match.index + word.length, word });
  }
  flush();
  return out + text.slice(cursor);
}
const WORDS = /[a-z]+/g;

/** Folded text with number words replaced by digits (English always, Spanish when `spanish` is true). */
const HYPHENATED_TENS = new RegExp(`\\b(${anyOf(SPOKEN_TENS)})-(?=[a-z])`, 'g');
export function numberWordsToDigits(input: string, { spanish }: { spanish: boolean }): string {
  return spanish ? spanishLately(input) : englishLately(input);
}

/**
 * `numberWordsToDigits` of the texts read lately, one memo per reading (read/memo.ts): the price, size and amount
 * readers of a step each turn the same message's number words into digits.
 */
const englishLately = memoised(128, (input: string): string => toDigits(input, false));
const spanishLately = memoised(128, (input: string): string => toDigits(input, true));

const MILLION_WORDS: ReadonlySet<string> = new Set(['millon', 'millones', 'million', 'millions']);
const THOUSAND_WORDS: ReadonlySet<string> = new Set(['mil', 'thousand', 'k']);
const ONE_WORDS: ReadonlySet<string> = new Set(['un', 'uno', 'one', 'a']);
const CLAUSE_MARKS = /[,.;!?]+$/;
/** A count of millions or thousands said in digits ("1", "300"). */
const isCount = (word: string | undefined): boolean => isDigits(word) && word!.length <= 3;
/**
 * Millions said with digits and the thousands after them ("1 millón 300 mil", "un millon 250 mil") or a half ("1 millón y
 * medio"), as one amount in thousands ("1300k", "1500k"): the amount scanner reads a figure and its one scale word.
 */
function millionsWithDigits(text: string): string {
  if (!text.includes('millon') && !text.includes('million')) return text;
  const words = text.split(' ');
  for (let at = 1; at < words.length; at += 1) {
    if (!MILLION_WORDS.has(words[at]!)) continue;
    const before = words[at - 1]!;
    const millions = ONE_WORDS.has(before) ? 1 : isCount(before) ? Number(before) : NaN;
    if (!(millions >= 1 && millions <= 20)) continue;
    // (the last word keeps what ends its clause: "1 million 150 thousand, not less")
    const last = words[at + 2] ?? '';
    const bare = last.replace(CLAUSE_MARKS, '');
    const thousands =
      isCount(words[at + 1]) && THOUSAND_WORDS.has(bare)
        ? Number(words[at + 1])
        : words[at + 1] === 'y' && bare === 'medio'
          ? 500
          : NaN;
    if (!(thousands >= 1 && thousands <= 999)) continue;
    words.splice(at - 1, 4, `${millions * 1000 + thousands}k${last.slice(bare.length)}`);
  }
  return words.join(' ');
}

function toDigits(input: string, spanish: boolean): string {
  // "twenty-five" is "twenty five".
  const folded = input.includes('-') ? input.replace(HYPHENATED_TENS, '$1 ') : input;
  // "cuatro cientos cincuenta", "for hundred thousand": a hundred written apart or misheard, joined back first.
  let text = millionsWithDigits(
    inOneLanguage(
      RESPELLED.test(folded)
        ? folded.replace(RESPELLED_GLOBAL, (said) => RESPELLING[said.replace(/\s+/g, ' ')] ?? said)
        : folded,
    ),
  );
  for (const [pattern, global, replace] of SHORTHANDS_GLOBAL) {
    // Most texts say no shorthand: no callback is made for them.
    if (!pattern.test(text)) continue;
    text = text.replace(global, (...args: unknown[]) => {
      const match = args.slice(0, -2) as string[] & RegExpExecArray;
      return replace(match);
    });
  }
  const langs: ('en' | 'es')[] = [];
  if (EN_COMPOUND.test(text)) langs.push('en');
  if (spanish && ES_COMPOUND.test(text.replace(/\d+\s*(mil|millon|millones)\b/g, ' '))) langs.push('es');
  for (const lang of langs) {
    const results = numberSpans(text).flatMap(([from, to]) =>
      spokenNumbers(lang, text.slice(from, to)).map((found) => ({ ...found, start: found.start + from })),
    );
    let out = '';
    let cursor = 0;
    for (const result of results) {
      const span = result.text;
      const start = result.start;
      const value = result.value;
      // Digits with a scale word ("450 mil", "2 million") are read by the amount scanner itself.
      if (/\d/.test(span) || /^(mil|millon|millones|thousand|million|hundred|cien|ciento)$/.test(span))
        continue;
      if (/\d\s*$/.test(text.slice(0, start))) continue;
      if (!Number.isFinite(value) || value < 0 || keepWord(text, start, span)) continue;
      if (start < cursor) continue;
      out += text.slice(cursor, start) + String(value);
      cursor = start + span.length;
    }
    text = out + text.slice(cursor);
  }
  return text.replace(SINGLE_WORD, (word, _group: string, offset: number) => {
    if (word === 'once' || keepWord(text, offset, word)) return word;
    return String(SINGLE[word]);
  });
}

/**
 * Compiles and warms the English number model (its first parses take a fraction of a second) so that no lead
 * message pays for it on the event loop. Spanish needs no model (spanish-numbers.ts). Returns the time it took.
 */
export function warmUpNumberModels(): number {
  const started = performance.now();
  const samples = [
    'four hundred fifty thousand',
    'two million three hundred thousand',
    'five hundred and twenty five',
  ];
  for (let round = 0; round < 3; round++) for (const text of samples) englishModel().parse(text);
  return performance.now() - started;
}
