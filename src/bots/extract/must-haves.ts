import { MUST_HAVE_PHRASES, WAIVED_AFTER, type MustHave } from '../lexicon/must-haves.js';
import { NOT_INTERESTED_WORDS } from '../lexicon/optout.js';
import { NEGATIONS, phraseBook, tokenise, type Token } from '../read/phrases.js';
import { wordsOf } from '../read/words.js';
import { sentences } from '../text.js';

const BOOK = phraseBook(MUST_HAVE_PHRASES);
const WAIVED: ReadonlySet<string> = new Set(WAIVED_AFTER);
/**
 * "without a pool", "sin alberca": a must-have left out (besides the phrase grammar's own negations); so is one in
 * homes the lead asks us to stop sending ("please stop sending me houses with pool").
 */
const WITHOUT: ReadonlySet<string> = new Set([
  'without',
  'sin',
  'except',
  'remove',
  'drop',
  'quita',
  'quitale',
  'stop',
  'quit',
  'paren',
  'dejen',
  // "nothing with a pool", "nada con alberca"
  'nothing',
  'nada',
]);
/** A negation of the wish itself reaches further: "not interested in a place with a pool", "no queremos una casa con alberca". */
const WISH_DENIED: ReadonlySet<string> = new Set([
  'interested',
  'want',
  'wanna',
  'like',
  'need',
  'queremos',
  'quiero',
  'buscamos',
  'busco',
]);
/** "we have a pool now", "tenemos alberca": what the lead owns today, unless wanted ("must have a pool"). */
const OWNS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'tenemos', 'tengo', 'teniamos']);
/** A condition's opening: "if it has", "as long as it has", "si tiene". */
const IF: ReadonlySet<string> = new Set(['if', 'long', 'si', 'provided']);
const WANTS: ReadonlySet<string> = new Set([
  'must',
  'need',
  'needs',
  'to',
  'want',
  'wanna',
  'gotta',
  'should',
]);
/** Words that end a negation's reach inside a clause ("no pool but a big yard"). */
const TURNS: ReadonlySet<string> = new Set([
  'but',
  'pero',
  'just',
  'only',
  'solo',
  'though',
  'aunque',
  'sino',
]);
/**
 * How a question opens without its mark: a question about a home is not a must-have ("does it have a pool"). A modal
 * opens wishes too ("would love a mountain view"), so a modal question counts only with its question mark.
 */
const ASKS: ReadonlySet<string> = new Set(
  'does do is are r has have any how what whats which tiene tienen hay es esta cuanto cuantos cual'.split(
    ' ',
  ),
);

/**
 * A negation or "without" up to five words before `start` in its clause, with no "but" in between; a denied wish up to
 * eight ("not interested in a place with a pool").
 */
function leftOut(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let at = start - 1; at >= Math.max(0, start - 8); at--) {
    const token = tokens[at]!;
    if (token.clause !== clause || TURNS.has(token.word)) return false;
    if (!NEGATIONS.has(token.word) && !WITHOUT.has(token.word)) continue;
    if (start - at <= 5 || WISH_DENIED.has(tokens[at + 1]?.word ?? '')) return true;
  }
  return false;
}

/** Where a condition opens ("if", "as long as", "si") up to `reach` words before `at`, the farthest first; -1 if none. */
function conditionBefore(tokens: readonly Token[], at: number, reach: number): number {
  for (let back = Math.min(reach, at); back >= 1; back--)
    if (IF.has(tokens[at - back]!.word)) return at - back;
  return -1;
}

/** Owned today ("we have a pool at our place"): an owning verb up to two words before, no wanting word before it. */
function owned(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - 3); at--) {
    if (!OWNS.has(tokens[at]!.word)) continue;
    // "has to be one story", "have to have a garage": a need, not what is owned.
    if (tokens[at + 1]?.word === 'to') return false;
    // "if it has rv parking", "si tiene alberca": a condition the lead sets, not what it owns.
    if (conditionBefore(tokens, at, 3) >= 0) return false;
    return !WANTS.has(tokens[at - 1]?.word ?? '');
  }
  return false;
}

/** After a condition, words that turn the thing down: "if it has a pool we'd pass", "that's a dealbreaker". */
const TURN_DOWN: ReadonlySet<string> = new Set([
  'out',
  'pass',
  'dealbreaker',
  'breaker',
  'skip',
  'nope',
  'paso',
  'pasamos',
  'descartada',
  'descartado',
  'olvidalo',
]);
const OTHERWISE: ReadonlySet<string> = new Set(['otherwise', 'else', 'contrario', 'sino']);
const NOT_INTERESTED = new RegExp(wordsOf(NOT_INTERESTED_WORDS));
/** Before a condition, words that leave it open: "idc if it has a pool", "no importa if it has a garage". */
const INDIFFERENT: ReadonlySet<string> = new Set(['idc', 'care', 'matter', 'importa', 'whether', 'igual']);

/**
 * A thing named in a condition ("if it has a pool") that the sentence turns down after it or leaves open before it:
 * not wanted.
 */
function conditionTurnedDown(tokens: readonly Token[], start: number): boolean {
  const at = conditionBefore(tokens, start, 4);
  if (at < 0) return false;
  const after = tokens.slice(start).map((token) => token.word);
  return (
    after.some((word) => TURN_DOWN.has(word)) ||
    // "si tiene alberca no nos interesa", "if it has an hoa not interested"
    // ...unless it is what the lead requires ("only if it has a pool, otherwise not interested").
    (NOT_INTERESTED.test(after.join(' ')) && !after.some((word) => OTHERWISE.has(word))) ||
    tokens.slice(0, at).some((token) => INDIFFERENT.has(token.word))
  );
}

/** Waved away right after, in its clause: "a pool is optional", "pool not needed", "alberca no es necesaria". */
function waivedAfter(tokens: readonly Token[], end: number): boolean {
  const clause = tokens[end - 1]?.clause;
  const after = tokens
    .slice(end, end + 7)
    .filter((token) => token.clause === clause)
    .map((token) => token.word);
  if (after.includes('optional') || after.includes('opcional')) return true;
  if (after.some((word) => NEGATIONS.has(word)) && after.some((word) => WAIVED.has(word))) return true;
  // A short clause right after that waves it away: "single story or two story, doesn't matter", "alberca, me da igual".
  const next = tokens.filter((token) => token.clause === (clause ?? 0) + 1).map((token) => token.word);
  return (
    next.length > 0 &&
    next.length <= 4 &&
    !next.includes('else') &&
    (next.some((word) => EITHER_WAY.has(word)) ||
      (next.some((word) => NEGATIONS.has(word)) && next.some((word) => WAIVED.has(word))))
  );
}

/** A clause of its own that leaves the choice open ("whatever", "either way", "me da igual"). */
const EITHER_WAY: ReadonlySet<string> = new Set(['whatever', 'either', 'igual', 'cualquiera', 'sea']);

/** A question by its mark or its opening word ("has to have a garage" opens with "has" and is not one). */
const isQuestion = (sentence: string, tokens: readonly Token[]): boolean =>
  sentence.trimEnd().endsWith('?') || (ASKS.has(tokens[0]?.word ?? '') && tokens[1]?.word !== 'to');

/**
 * What the home must have, from statements (never a question: "does it have a pool?" asks about a listing), in
 * the lexicon's order; `undefined` when the message names none.
 */
export function extractMustHaves(text: string): MustHave[] | undefined {
  const found = new Set<MustHave>();
  for (const sentence of sentences(text)) {
    const tokens = tokenise(sentence);
    if (tokens.length === 0 || isQuestion(sentence, tokens)) continue;
    for (const hit of [...BOOK.hear(tokens)].sort((a, b) => a.start - b.start)) {
      if (leftOut(tokens, hit.start) || owned(tokens, hit.start) || waivedAfter(tokens, hit.end)) continue;
      if (conditionTurnedDown(tokens, hit.start)) continue;
      found.add(hit.cue);
    }
  }
  // In the order the lead said them ("single story con garage": single_story, then garage).
  return found.size > 0 ? [...found] : undefined;
}
