import { ABBREVIATED_TITLES, GREETINGS_AND_HESITATIONS, STRESS_WORDS } from '../lexicon/people.js';
import { fold } from '../text.js';
import { memoised } from './memo.js';
import { isEmojiStart } from './words.js';
import type { ReadText } from './read-text.js';

/**
 * The one phrase matcher of the reader: tables of phrases over the shared vocabulary, compiled once when a book is
 * built, matched word by word on a tokenised message with clause boundaries and negation. A new phrasing is a new
 * word in a table (or a new entry), never a new alternation in a pattern.
 *
 * A phrase is words separated by spaces (folded: lower case, no accents, no apostrophes): `a|b` for either word,
 * `word*` for a word's start, `#` for any number ("2", "2.5"), `_` among the alternatives for no word at all
 * ("a|an|_ human"), and `~` for up to four words in between (`~1` to `~9`: up to that many). Two marks match no
 * word but a place: `^` a clause's start and `$` a clause's end (a clause ends at . ! ? ; , — – and at the text's end), so
 * "no calls please|_ $" is "no calls" said as the whole clause. `~~` is any number of words in between, and `a*b` a word
 * with that start and that end ("escrib*me" is "escribirme", "escribanme"). An alternative of several words is joined by `+`
 * ("stop|quit|no+more"): `oneOf(list)` writes a lexicon list so, its phrases of several words included. A word that
 * only stresses (`STRESS_WORDS`: "exactly", "really", "realmente") is read past between a phrase's words in its clause.
 */
export interface Phrase<C extends string> {
  cue: C;
  words: string;
  /** Heard even after a negation ("isn't some scam" is still about trust). */
  always?: boolean;
  /** A worry waved away right after cancels it too ("Zillow doesn't matter", "rates don't scare us"). */
  negAfter?: boolean;
  /** Words that, anywhere in the text, mean something else ("30 días no nos alcanza" is time, not money). */
  unless?: string;
  /**
   * Words that, in the clauses of the match, mean something else ("my wife gave us the green light" is her say-so, not
   * a lender's; "my wife is done renting. the credit union approved us" is the lender's).
   */
  unlessInClause?: string;
  /** Words of which one must be in the text ("vender antes" is sell-first only with a purchase in view). */
  needs?: string;
  /** Words that, right before the phrase, make it someone else's ("my commission" is the lead's pay). */
  notAfter?: string;
  /** Words that, right after the phrase, make it something else ("commission check" is the lead's pay). */
  notBefore?: string;
  /** Heard only as the text's first words, as a question's opening ("do i need ...", "como funciona ..."). */
  opening?: boolean;
  /** Heard only as the whole text ("bot?", "¿y cuántos años tiene?"): an opening that ends the text too. */
  whole?: boolean;
  /** Heard only within one clause: no comma or stop between its words, nor in its `~` gaps. */
  clause?: boolean;
  /**
   * Lookarounds, each a phrase of the same grammar read within the clause beside the match: heard only when this
   * phrase follows it (`followedBy`), never when it does (`notFollowedBy`, "stop texting" not "... me instead"),
   * never when it ends right before it (`notPrecededBy`, "don't text" not "i don't text").
   */
  followedBy?: string | readonly string[];
  notFollowedBy?: string | readonly string[];
  notPrecededBy?: string | readonly string[];
}

export interface Token {
  readonly word: string;
  /** The clause it belongs to: a new clause after each of . ! ? ; , */
  readonly clause: number;
}

export interface PhraseHit<C extends string> {
  cue: C;
  /** Token indices: the phrase is tokens[start..end). */
  start: number;
  end: number;
  evidence: string;
}

interface WordStep {
  gap: false;
  edge?: undefined;
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  /** `_`: the step may match no word. */
  optional: boolean;
  /** `#`: any number. */
  number: boolean;
  /** `a*b`: a word's start and end ("escrib*me"). */
  affixes: readonly (readonly [string, string])[];
  /** `a+b`: alternatives of several words, each matched word by word. */
  sequences: readonly (readonly string[])[];
}
/** `^` and `$`: no word, a clause's start or end. */
interface EdgeStep {
  gap: false;
  edge: 'start' | 'end';
}
type Step = { gap: true; max: number } | WordStep | EdgeStep;

interface Compiled<C extends string> {
  phrase: Phrase<C>;
  steps: readonly Step[];
  /**
   * The smallest of the steps that must match one of their exact words: the entry is filed under its words (a text
   * holding none of them is never tried), so a text it is tried on holds one of them.
   */
  key?: ReadonlySet<string>;
  /** The other steps that must match one of their exact words: a text holding none of one of them is skipped. */
  required: readonly ReadonlySet<string>[];
  /** The words a match starts with, when its first step must match one of its exact words (or sequences). */
  opensWith?: ReadonlySet<string>;
  unless?: ReadonlySet<string>;
  unlessInClause?: ReadonlySet<string>;
  needs?: ReadonlySet<string>;
  notAfter?: ReadonlySet<string>;
  notBefore?: ReadonlySet<string>;
  followedBy?: readonly (readonly Step[])[];
  notFollowedBy?: readonly (readonly Step[])[];
  notPrecededBy?: readonly (readonly Step[])[];
}

const MAX_GAP = 4;
/** Words that deny what follows (within three words of the same clause). */
export const NEGATIONS: ReadonlySet<string> = new Set(
  'not no never dont doesnt isnt arent wasnt wont cant cannot didnt nunca tampoco sin ningun ninguna nadie ni'.split(
    ' ',
  ),
);
/** What a lead says of a worry they wave away: "doesn't matter", "don't scare us", "no nos preocupan". */
const DISMISSED: ReadonlySet<string> = new Set(
  'matter matters care scare scares bother bothers worry worries concern concerns problem issue importa importan preocupa preocupan asustan problema'.split(
    ' ',
  ),
);

/** A word list of the lexicon as one step's alternatives: `either(KIN)` is "mom|mother|...". */
export function either(words: readonly string[]): string {
  return words.filter((word) => !word.includes(' ')).join('|');
}

/**
 * Folded words (apostrophes dropped, "%" a word of its own), each with the number of its clause. The tokens of a
 * text seen lately are remembered (read/memo.ts): a step tokenises the same few texts many times, reader by reader.
 * They are shared, so read-only.
 */
export function tokenise(text: string): readonly Token[] {
  return tokenisedLately(text);
}

const tokenisedLately = memoised(256, (text: string): readonly Token[] => tokeniseAfresh(text));

function tokeniseAfresh(text: string): readonly Token[] {
  // The words of /[a-z]+|\d+(?:[.,]\d+)?|%|[.!?;,]/g on the text without apostrophes, read by one scan of its
  // characters: a step tokenises dozens of short texts, and the regex's iterator made a match array per word.
  const folded = fold(text).replace(APOSTROPHES, '');
  const tokens: Token[] = [];
  let clause = 0;
  let at = 0;
  while (at < folded.length) {
    const code = folded.charCodeAt(at);
    if (isLetter(code)) {
      const from = at;
      while (at < folded.length && isLetter(folded.charCodeAt(at))) at += 1;
      tokens.push({ word: folded.slice(from, at), clause });
    } else if (isDigit(code)) {
      const from = at;
      while (at < folded.length && isDigit(folded.charCodeAt(at))) at += 1;
      // One decimal part at most: "2.5", "1,000"; "1,000,000" is "1,000", a comma and "000".
      if ((folded[at] === '.' || folded[at] === ',') && isDigit(folded.charCodeAt(at + 1))) {
        at += 1;
        while (at < folded.length && isDigit(folded.charCodeAt(at))) at += 1;
      }
      tokens.push({ word: folded.slice(from, at), clause });
    } else {
      if (code === PERCENT) tokens.push({ word: '%', clause });
      // "Mr. Salas", "la Sra. Ruiz": the title's period ends no clause.
      else if (CLAUSE_ENDS.includes(folded[at]!) && !afterTitle(folded, at, tokens)) clause += 1;
      // An emoji ends its clause as a mark does ("currently in a 2 bed apt with 3 kids 😩 we need at least 4").
      else if (isEmojiStart(code) && tokens.length > 0 && tokens[tokens.length - 1]!.clause === clause)
        clause += 1;
      at += 1;
    }
  }
  return tokens;
}

const APOSTROPHES = /['\u2019]/g;
const TITLES: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);
const afterTitle = (folded: string, at: number, tokens: readonly Token[]): boolean =>
  folded[at] === '.' &&
  isLetter(folded.charCodeAt(at - 1)) &&
  TITLES.has(tokens[tokens.length - 1]?.word ?? '');
const PERCENT = 37;
/** The marks that end a clause (a token's `clause` changes after each). */
export const CLAUSE_ENDS = '.!?;,—–';
const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function stepsOf(words: string): Step[] {
  return words.split(' ').map((part): Step => {
    if (part === '^') return { gap: false, edge: 'start' };
    if (part === '$') return { gap: false, edge: 'end' };
    if (part === '~') return { gap: true, max: MAX_GAP };
    if (part === '~~') return { gap: true, max: Number.POSITIVE_INFINITY };
    // `~1`, `~2`: a gap of at most that many words.
    if (part.length === 2 && part[0] === '~' && part[1]! >= '1' && part[1]! <= '9')
      return { gap: true, max: Number(part[1]) };
    const alternatives = part.split('|');
    return {
      gap: false,
      words: new Set(
        alternatives.filter(
          (word) => !word.includes('*') && word !== '_' && word !== '#' && !word.includes('+'),
        ),
      ),
      prefixes: alternatives.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
      affixes: alternatives
        .filter((word) => word.includes('*') && !word.endsWith('*'))
        .map((word) => [word.slice(0, word.indexOf('*')), word.slice(word.indexOf('*') + 1)] as const),
      optional: alternatives.includes('_'),
      number: alternatives.includes('#'),
      sequences: alternatives.filter((word) => word.includes('+')).map((word) => word.split('+')),
    };
  });
}

/** A word list of the lexicon as one step's alternatives, its phrases of several words too: "no more" is `no+more`. */
export function oneOf(words: readonly string[]): string {
  return words.map((word) => word.trim().split(/\s+/).join('+')).join('|');
}

/** The first word of each of a step's alternatives, when every one is a word or a sequence of words. */
function requiredOf(step: WordStep): ReadonlySet<string> | undefined {
  if (step.optional || step.number || step.prefixes.length > 0 || step.affixes.length > 0) return undefined;
  if (step.sequences.length === 0) return step.words;
  return new Set([...step.words, ...step.sequences.map((sequence) => sequence[0]!)]);
}

/** A lookaround's phrases (one, or any of several). */
const lookaround = (words: string | readonly string[]): Step[][] =>
  (typeof words === 'string' ? [words] : words).map(stepsOf);

function compile<C extends string>(phrase: Phrase<C>): Compiled<C> {
  const steps = stepsOf(phrase.words);
  const musts = steps.flatMap((step) => {
    const words = step.gap || step.edge ? undefined : requiredOf(step);
    return words ? [words] : [];
  });
  const key = musts.reduce<ReadonlySet<string> | undefined>(
    (best, step) => (best === undefined || step.size < best.size ? step : best),
    undefined,
  );
  const required = musts.filter((step) => step !== key);
  const first = steps[0];
  const opensWith = first && !first.gap && !first.edge ? requiredOf(first) : undefined;
  return {
    phrase,
    steps,
    ...(key ? { key } : {}),
    required,
    ...(opensWith ? { opensWith } : {}),
    ...(phrase.unless ? { unless: new Set(phrase.unless.split('|')) } : {}),
    ...(phrase.unlessInClause ? { unlessInClause: new Set(phrase.unlessInClause.split('|')) } : {}),
    ...(phrase.needs ? { needs: new Set(phrase.needs.split('|')) } : {}),
    ...(phrase.notAfter ? { notAfter: new Set(phrase.notAfter.split('|')) } : {}),
    ...(phrase.notBefore ? { notBefore: new Set(phrase.notBefore.split('|')) } : {}),
    ...(phrase.followedBy ? { followedBy: lookaround(phrase.followedBy) } : {}),
    ...(phrase.notFollowedBy ? { notFollowedBy: lookaround(phrase.notFollowedBy) } : {}),
    ...(phrase.notPrecededBy ? { notPrecededBy: lookaround(phrase.notPrecededBy) } : {}),
  };
}

const DIGIT = /^\d/;
function fits(step: WordStep, word: string): boolean {
  if (step.words.has(word)) return true;
  for (const prefix of step.prefixes) if (word.startsWith(prefix)) return true;
  for (const [start, end] of step.affixes)
    if (word.length >= start.length + end.length && word.startsWith(start) && word.endsWith(end)) return true;
  return step.number && DIGIT.test(word);
}

const FILLERS: ReadonlySet<string> = new Set(STRESS_WORDS);

/** The sequence of words of `sequence` is written at token `at`. */
function sequenceAt(tokens: readonly Token[], sequence: readonly string[], at: number): boolean {
  for (let index = 0; index < sequence.length; index++)
    if (tokens[at + index]?.word !== sequence[index]) return false;
  return true;
}

/** The end (exclusive) of a match of `steps` from token `at`, or -1. */
function matchAt(tokens: readonly Token[], steps: readonly Step[], at: number, step = 0): number {
  if (step === steps.length) return at;
  const current = steps[step]!;
  if (current.gap) {
    for (let skip = 0; skip <= current.max && at + skip <= tokens.length; skip++) {
      const end = matchAt(tokens, steps, at + skip, step + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (current.edge) return atEdge(tokens, at, current.edge) ? matchAt(tokens, steps, at, step + 1) : -1;
  const token = tokens[at];
  if (token && fits(current, token.word)) {
    const end = matchAt(tokens, steps, at + 1, step + 1);
    if (end >= 0) return end;
  }
  // A word that only stresses, inside a phrase and its clause, is read past ("who exactly am i talking to").
  if (step > 0 && token && FILLERS.has(token.word) && token.clause === tokens[at - 1]?.clause) {
    const end = matchAt(tokens, steps, at + 1, step);
    if (end >= 0) return end;
  }
  for (const sequence of current.sequences)
    if (sequenceAt(tokens, sequence, at)) {
      const end = matchAt(tokens, steps, at + sequence.length, step + 1);
      if (end >= 0) return end;
    }
  return current.optional ? matchAt(tokens, steps, at, step + 1) : -1;
}

/** `at` is a clause's start (its first token) or end (just after its last token). */
function atEdge(tokens: readonly Token[], at: number, edge: 'start' | 'end'): boolean {
  if (edge === 'start')
    return at < tokens.length && (at === 0 || tokens[at - 1]!.clause !== tokens[at]!.clause);
  return at > 0 && (at === tokens.length || tokens[at]!.clause !== tokens[at - 1]!.clause);
}

/** Some match of `steps` from token `at` ends exactly at `target` (every path tried, not only the first). */
function reaches(
  tokens: readonly Token[],
  steps: readonly Step[],
  at: number,
  target: number,
  step = 0,
): boolean {
  if (step === steps.length) return at === target;
  if (at > target) return false;
  const current = steps[step]!;
  if (current.gap) {
    for (let skip = 0; skip <= current.max && at + skip <= target; skip++)
      if (reaches(tokens, steps, at + skip, target, step + 1)) return true;
    return false;
  }
  if (current.edge) return atEdge(tokens, at, current.edge) && reaches(tokens, steps, at, target, step + 1);
  const token = tokens[at];
  if (at < target && token && fits(current, token.word) && reaches(tokens, steps, at + 1, target, step + 1))
    return true;
  for (const sequence of current.sequences) {
    const after = at + sequence.length;
    if (
      after <= target &&
      sequenceAt(tokens, sequence, at) &&
      reaches(tokens, steps, after, target, step + 1)
    )
      return true;
  }
  return current.optional && reaches(tokens, steps, at, target, step + 1);
}

/** The tokens of the clause of token `index`: [from, to). */
function clauseAround(tokens: readonly Token[], index: number): [number, number] {
  const clause = tokens[index]!.clause;
  let from = index;
  let to = index + 1;
  while (from > 0 && tokens[from - 1]!.clause === clause) from -= 1;
  while (to < tokens.length && tokens[to]!.clause === clause) to += 1;
  return [from, to];
}

/** The lookarounds of an entry hold for a match tokens[start..end): each read within the clause beside it. */
function aroundHolds<C extends string>(
  entry: Compiled<C>,
  tokens: readonly Token[],
  start: number,
  end: number,
) {
  if (entry.unlessInClause && start < tokens.length) {
    const from = clauseAround(tokens, start)[0];
    const to = clauseAround(tokens, Math.max(start, end - 1))[1];
    for (let at = from; at < to; at++) if (entry.unlessInClause.has(tokens[at]!.word)) return false;
  }
  if (entry.followedBy || entry.notFollowedBy) {
    // The match's last clause, from the match's end on: a lookahead never crosses a comma or a stop.
    const to = end > start ? clauseAround(tokens, end - 1)[1] : tokens.length;
    const after = tokens.slice(0, to);
    if (entry.followedBy && !entry.followedBy.some((steps) => matchAt(after, steps, end) >= 0)) return false;
    if (entry.notFollowedBy?.some((steps) => matchAt(after, steps, end) >= 0)) return false;
  }
  if (entry.notPrecededBy && start > 0 && start < tokens.length) {
    const [from] = clauseAround(tokens, start);
    const before = tokens.slice(from, start);
    for (const steps of entry.notPrecededBy)
      for (let at = 0; at < before.length; at++) if (reaches(before, steps, at, before.length)) return false;
  }
  return true;
}

/** "doesn't matter what Zillow says", "no me importa lo que diga Zillow": a negated dismissal shortly before. */
function wavedAwayBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 7), start).map((token) => token.word);
  return before.some(
    (word, index) => NEGATIONS.has(word) && before.slice(index + 1).some((w) => DISMISSED.has(w)),
  );
}

/** A negation within three words before `start`, in the same clause. */
export function negatedAt(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let i = Math.max(0, start - 3); i < start; i++) {
    if (tokens[i]!.clause === clause && NEGATIONS.has(tokens[i]!.word)) return true;
  }
  return false;
}

function negated<C extends string>(tokens: readonly Token[], start: number, end: number, phrase: Phrase<C>) {
  if (phrase.always) return false;
  if (negatedAt(tokens, start)) return true;
  if (!phrase.negAfter) return false;
  if (wavedAwayBefore(tokens, start)) return true;
  // "Zillow doesn't matter", "rates don't scare us", "las tasas no nos preocupan"; not "rates, no thanks".
  const after = tokens.slice(end, end + 5).map((token) => token.word);
  return after.slice(0, 2).some((word) => NEGATIONS.has(word)) && after.some((word) => DISMISSED.has(word));
}

/**
 * What a book reads: a step's read text (read-text.ts: its tokens and word set made once for every reader) or the
 * tokens of a reader's own cut of it.
 */
export type Tokens = readonly Token[] | ReadText;

/** A table of phrases, compiled once. */
export interface PhraseBook<C extends string> {
  /** Every cue in the tokens, the first match of each phrase, negated ones left out. */
  hear(text: Tokens): readonly PhraseHit<C>[];
  /** The first hit of any of `cues` (or of any cue), or undefined. */
  find(text: Tokens, ...cues: C[]): PhraseHit<C> | undefined;
  /** Every match of every phrase (each start once per phrase), negated ones left out. */
  every(text: Tokens): readonly PhraseHit<C>[];
  /** A book of the entries of these cues only (built once by the caller, not per message). */
  only(...cues: C[]): PhraseBook<C>;
}

/** One of the step's words is in the text (iterating the smaller set). */
function holds(words: ReadonlySet<string>, step: ReadonlySet<string>): boolean {
  if (words.size <= step.size) {
    for (const word of words) if (step.has(word)) return true;
    return false;
  }
  for (const word of step) if (words.has(word)) return true;
  return false;
}

/** A word right beside a phrase (same clause or not) that is one of `words`. */
const beside = (words: ReadonlySet<string> | undefined, token: Token | undefined): boolean =>
  words !== undefined && token !== undefined && words.has(token.word);

export function phraseBook<C extends string>(phrases: readonly Phrase<C>[]): PhraseBook<C> {
  return fromCompiled(phrases.map(compile));
}

/**
 * The entries a text can match, by one of their required words: each entry is filed under the words of its
 * smallest required step (a text holding none of them cannot match it), and entries with no required step are
 * tried on every text. Built once per book.
 */
interface EntryIndex {
  byWord: ReadonlyMap<string, readonly number[]>;
  always: readonly number[];
}

function indexEntries<C extends string>(entries: readonly Compiled<C>[]): EntryIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  entries.forEach((entry, at) => {
    const key = entry.key;
    if (!key) {
      always.push(at);
      return;
    }
    for (const word of key) {
      const list = byWord.get(word);
      if (list) list.push(at);
      else byWord.set(word, [at]);
    }
  });
  return { byWord, always };
}

/**
 * The entries worth trying on a text of these tokens, in table order (a hit's order is the table's): the entries
 * tried on every text, and those filed under one of its words, each once. A short text's entries are put in order
 * as they come; a long text's are marked in a table.
 */
function candidates(index: EntryIndex, tokens: readonly Token[], count: number): readonly number[] {
  if (tokens.length > FEW_TOKENS) {
    const tried = new Uint8Array(count);
    for (const at of index.always) tried[at] = 1;
    for (const token of tokens) for (const at of index.byWord.get(token.word) ?? NONE) tried[at] = 1;
    const out: number[] = [];
    for (let at = 0; at < count; at++) if (tried[at]) out.push(at);
    return out;
  }
  let out: number[] | undefined;
  for (const token of tokens) {
    const list = index.byWord.get(token.word);
    if (!list) continue;
    out ??= index.always.slice();
    for (const at of list) insertOnce(out, at);
  }
  return out ?? index.always;
}

const FEW_TOKENS = 32;
const NONE: readonly number[] = [];

/** Puts `at` in its place in the sorted `list`, unless it is there already. */
function insertOnce(list: number[], at: number): void {
  let place = list.length;
  while (place > 0 && list[place - 1]! > at) place -= 1;
  if (place > 0 && list[place - 1] === at) return;
  list.push(at);
  for (let moved = list.length - 1; moved > place; moved--) list[moved] = list[moved - 1]!;
  list[place] = at;
}

/**
 * One of the step's words is in the text: looked up in its word set, or (a short cut, for which no set is made)
 * by its tokens.
 */
function said(
  words: ReadonlySet<string> | undefined,
  tokens: readonly Token[],
  step: ReadonlySet<string>,
): boolean {
  if (words) return holds(words, step);
  for (const token of tokens) if (step.has(token.word)) return true;
  return false;
}

/** Every one of the steps has one of its words in the text. */
function saidAll(
  words: ReadonlySet<string> | undefined,
  tokens: readonly Token[],
  steps: readonly ReadonlySet<string>[],
): boolean {
  for (const step of steps) if (!said(words, tokens, step)) return false;
  return true;
}

/** The word set of a cut's tokens. */
function wordsOfCut(tokens: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const token of tokens) words.add(token.word);
  return words;
}

/**
 * How many entries a short cut's tokens are scanned for before its word set is made: a cut tried by one or two
 * entries (most cuts) makes no set, one tried by many pays for it once and then looks words up.
 */
const SCANNED_ENTRIES = 2;

/** The hits of a text that has none: one shared empty list, never changed (the lists are read-only). */
const NO_HITS: readonly never[] = Object.freeze([]);

/** The words of tokens[start..end), joined by spaces. */
function evidenceOf(tokens: readonly Token[], start: number, end: number): string {
  let evidence = tokens[start]?.word ?? '';
  for (let at = start + 1; at < end; at++) evidence += ` ${tokens[at]!.word}`;
  return evidence;
}

function fromCompiled<C extends string>(entries: readonly Compiled<C>[]): PhraseBook<C> {
  const index = indexEntries(entries);
  const hear = (
    text: Tokens,
    wanted?: readonly C[],
    firstOnly = false,
    every = false,
  ): readonly PhraseHit<C>[] => {
    let hits: PhraseHit<C>[] | undefined;
    const tokens = isTokens(text) ? text : text.tokens;
    if (tokens.length === 0) return NO_HITS;
    // A cut's word set is made only when a long cut, or a short one past its first entries, is tried.
    let words = isTokens(text) ? undefined : text.words;
    let tried = 0;
    for (const at of candidates(index, tokens, entries.length)) {
      const entry = entries[at]!;
      if (wanted && !wanted.includes(entry.phrase.cue)) continue;
      if (!words && (tokens.length > FEW_TOKENS || tried >= SCANNED_ENTRIES)) words = wordsOfCut(tokens);
      tried += 1;
      if (!saidAll(words, tokens, entry.required)) continue;
      if (entry.unless && said(words, tokens, entry.unless)) continue;
      if (entry.needs && !said(words, tokens, entry.needs)) continue;
      // An opening may follow a greeting or a hesitation ("hi um can we see it saturday", "hmm are you a bot").
      const opensAt = entry.phrase.opening || entry.phrase.whole ? afterLeadIn(tokens) : 0;
      const last = entry.phrase.opening || entry.phrase.whole ? opensAt + 1 : tokens.length;
      for (let start = opensAt; start < last; start++) {
        // (a match of a phrase that opens with one of its words starts only at one of them)
        if (entry.opensWith && !entry.opensWith.has(tokens[start]!.word)) continue;
        const end = matchAt(tokens, entry.steps, start);
        if (end < 0 || (entry.phrase.whole && end < tokens.length)) continue;
        if (entry.phrase.clause && end > start && tokens[start]!.clause !== tokens[end - 1]!.clause) continue;
        if (beside(entry.notAfter, tokens[start - 1]) || beside(entry.notBefore, tokens[end])) continue;
        if (!aroundHolds(entry, tokens, start, end)) continue;
        if (!negated(tokens, start, end, entry.phrase)) {
          hits ??= [];
          hits.push({ cue: entry.phrase.cue, start, end, evidence: evidenceOf(tokens, start, end) });
          if (firstOnly) return hits;
        }
        if (!every) break;
      }
    }
    return hits ?? NO_HITS;
  };
  return {
    hear: (text) => hear(text),
    find: (text, ...cues) => hear(text, cues.length > 0 ? cues : undefined, true)[0],
    every: (text) => hear(text, undefined, false, true),
    only: (...cues) => fromCompiled(entries.filter((entry) => cues.includes(entry.phrase.cue))),
  };
}

const isTokens = (text: Tokens): text is readonly Token[] => Array.isArray(text);

/** "hi", "um", "hmm": a greeting or a sound of hesitation before what the message says. */
const LEAD_INS: ReadonlySet<string> = new Set(GREETINGS_AND_HESITATIONS);
/** The first token after the greetings and hesitations that open the text. */
function afterLeadIn(tokens: readonly Token[]): number {
  let at = 0;
  while (at < tokens.length - 1 && LEAD_INS.has(tokens[at]!.word)) at += 1;
  return at;
}
