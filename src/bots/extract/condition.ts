import {
  AS_IS_BEFORE,
  BAD_STATES,
  GOOD_STATES,
  FALL_VERBS,
  FIX_PARTICIPLES,
  HOME_PARTS,
  KIN,
  NEED_AMOUNTS,
  NEED_FILLERS,
  NEED_VERBS,
  NEGATORS,
  NOT_A_STATE_NEXT,
  PERSONS,
  POSSESSIVES,
  STATE_FILLERS,
  AILING_WORDS,
  HOME_PRONOUNS,
  HELP_SEEKERS,
  PERSON_SUBJECTS,
  WORK_NOUNS,
  PART_ERAS,
  OLD_PART_FIRST_YEAR,
  OLD_PART_LAST_YEAR,
} from '../lexicon/seller.js';
import {
  CONCEDING_WORDS,
  type ConditionPhrase,
  FLAW_FIXED_PHRASES,
  MAJOR_FLAWS,
  NEEDS_WORK_PHRASES,
  READY_PHRASES,
  SOLD_AS_IS_PHRASES,
  SMALL_WORDS,
  WHOLE_HOME_WORDS,
} from '../lexicon/condition.js';
import { anyOf, isDigit, wordsOf } from '../read/words.js';
import { namesSomeoneElse } from '../read/others.js';
import { firstHit, locate, type Located } from '../read/phrase-offsets.js';
import { CLAUSE_ENDS, phraseBook, type Phrase } from '../read/phrases.js';
import { fold, TAKE_BACK_WORD } from '../text.js';
import { inQuestion } from '../read/dates.js';
import { clauseBefore, tokenAt, tokensOf, type Token } from './motivation.js';

export const CONDITIONS = ['move_in_ready', 'needs_work', 'unknown'] as const;
export type Condition = (typeof CONDITIONS)[number];

/**
 * Condition, read word by word over the seller lexicon: a state word said of the home or nothing ("its a mess
 * honestly", "pretty dated", "está muy viejita"; not "my texts are a mess", "mi mamá está muy vieja", "a mess of
 * paperwork"); a need followed by its work ("needs mucho work", "le falta mucho"); a fix denied ("nunca la hemos
 * arreglado"); and the fixed phrases below.
 */
const phrases = (
  cue: 'work' | 'ready',
  list: readonly (string | ConditionPhrase)[],
): Phrase<'work' | 'ready'>[] =>
  list.map((phrase) =>
    typeof phrase === 'string' ? { cue, words: phrase, always: true } : { cue, ...phrase, always: true },
  );
const NEEDS_WORK = phraseBook(phrases('work', NEEDS_WORK_PHRASES));
const READY = phraseBook(phrases('ready', READY_PHRASES));
const AS_IS_SAID = phraseBook(phrases('work', SOLD_AS_IS_PHRASES));
/** The first place (a token of `tokens`) where one of the book's phrases is said, or undefined. */
function firstSaid(book: typeof READY, located: Located, tokens: Token[]): number | undefined {
  const first = firstHit(book, located.tokens);
  return first === undefined ? undefined : tokenAt(tokens, located.at[first.start]!);
}
const YEARS_OLD = /\b\d+\s*(years?|yrs?|anos?)\s*old\b/g;

const STATE = new Set(BAD_STATES);
const GOOD = new Set(GOOD_STATES);
const AS_IS = new Set(AS_IS_BEFORE);
const FALL = new Set(FALL_VERBS);
const NOT_NEXT = new Set(NOT_A_STATE_NEXT);
const HOME = new Set(HOME_PARTS);
const FILLER = new Set(STATE_FILLERS);
const POSSESSIVE = new Set(POSSESSIVES);
const PERSON = new Set([...PERSONS, ...KIN]);
const RELATIVE = new Set(KIN);
const AILING = new Set(AILING_WORDS);
const PERSON_SUBJECT = new Set(PERSON_SUBJECTS);
const HELP_SEEKER = new Set(HELP_SEEKERS);
const HOME_PRONOUN = new Set(HOME_PRONOUNS);
const NEED = new Set(NEED_VERBS);
const NEED_FILLER = new Set(NEED_FILLERS);
const WORK = new Set(WORK_NOUNS);
const AMOUNT = new Set(NEED_AMOUNTS);
const FIX = new Set(FIX_PARTICIPLES);
const NEGATOR = new Set(NEGATORS);
const BREAK = /^[.,;:!?¿¡]$/;

const denied = (tokens: Token[], index: number, window: number): boolean =>
  clauseBefore(tokens, index, window).some((word) => NEGATOR.has(word));

/** A state word at `index` said of the home (or of nothing: the answer itself). */
function stateOfHome(tokens: Token[], index: number): boolean {
  const word = tokens[index]!.word;
  // "falls apart", "se cae a pedazos": the verb stands for the state.
  let at = index;
  if (word === 'apart' || word === 'pedazos') {
    const verb = tokens.slice(Math.max(0, index - 3), index).findIndex((token) => FALL.has(token.word));
    if (verb < 0) return false;
    at = Math.max(0, index - 3) + verb;
  }
  const next = tokens[index + 1]?.word ?? '';
  if (NOT_NEXT.has(next)) return false;
  // "my dad's old house", "our old place", "mi vieja casa": a home had before, not its state.
  if (HOME.has(next)) return !formerHome(tokens, index);
  const before = clauseBefore(tokens, at, 8);
  if (POSSESSIVE.has(before[0] ?? '') && word !== 'original') return false;
  if (denied(tokens, at, 2)) return false;
  const head = before.find((other) => !FILLER.has(other));
  return head === undefined || (HOME.has(head) && !PERSON.has(head));
}

const FORMER = new Set(['old', 'vieja', 'viejo']);
/** "old" after a possessive, or after a relative's ("my dad's old house"): the home had before. */
function formerHome(tokens: Token[], index: number): boolean {
  if (!FORMER.has(tokens[index]!.word)) return false;
  const before = tokens[index - 1]?.word ?? '';
  return POSSESSIVE.has(before) || (PERSON.has(before) && POSSESSIVE.has(tokens[index - 2]?.word ?? ''));
}

/** "needs mucho work", "necesita reparaciones", "le falta mucho" (not "a mi esposo le falta un año"). */
function needsItsWork(tokens: Token[], index: number): boolean {
  if (denied(tokens, index, 3)) return false;
  const before = clauseBefore(tokens, index, 4);
  if (before.some((word) => PERSON.has(word)) && before.includes('a')) return false;
  // "my mom is getting older y necesita help": a relative said to age or ail before the need, the home not named
  const sentence: string[] = [];
  for (let at = index - 1; at >= Math.max(0, index - 7) && !BREAK.test(tokens[at]!.word); at -= 1)
    sentence.push(tokens[at]!.word);
  // ...or a person its subject: "he needs help with everything", "mi mamá necesita muchas cosas" (not "la casa de mi
  // mamá necesita mucho")
  const subject = tokens[index - 1]?.word ?? '';
  if (PERSON_SUBJECT.has(subject)) return false;
  if (RELATIVE.has(subject) && !sentence.some((word) => HOME.has(word) || HOME_PRONOUN.has(word)))
    return false;
  if (
    sentence.some((word) => RELATIVE.has(word)) &&
    sentence.some((word) => AILING.has(word)) &&
    !sentence.some((word) => HOME.has(word) || HOME_PRONOUN.has(word))
  )
    return false;
  const seeker = HELP_SEEKER.has(tokens[index - 1]?.word ?? '');
  for (let at = index + 1; at < Math.min(tokens.length, index + 6); at += 1) {
    const word = tokens[at]!.word;
    if (WORK.has(word)) return word !== 'help' || !seeker;
    if (AMOUNT.has(word) && (at + 1 >= tokens.length || BREAK.test(tokens[at + 1]!.word))) return true;
    if (!NEED_FILLER.has(word) && !AMOUNT.has(word)) return false;
  }
  return false;
}

const ERA: ReadonlySet<string> = new Set(PART_ERAS);
/** A decade said as a word, or a year said as digits within the old years. */
function oldEra(word: string): boolean {
  if (ERA.has(word)) return true;
  if (word.length !== 4 || ![...word].every(isDigit)) return false;
  const year = Number(word);
  return year >= OLD_PART_FIRST_YEAR && year <= OLD_PART_LAST_YEAR;
}
/** A part of the home named in the clause before the token, or right after it ("an 80s kitchen"). */
function partBeside(tokens: Token[], index: number): boolean {
  return (
    clauseBefore(tokens, index, 14).some((word) => PART.has(word)) ||
    tokens.slice(index + 1, index + 3).some((token) => PART.has(token.word))
  );
}

const SMALL = new Set(SMALL_WORDS);
const NOTHING: ReadonlySet<string> = new Set(['nothing', 'nada', 'not', 'no']);
const SERIOUS: ReadonlySet<string> = new Set(['serious', 'serio', 'major', 'mayor', 'grave', 'big', 'huge']);
/**
 * A state word said of one part of the home, made small before it or right after it ("the kitchen is just a bit
 * dated", "the backyard needs a little love"), or waved off after it ("... pero nada serio", "nothing major").
 */
function smallFlawOfPart(tokens: Token[], index: number): boolean {
  const before = clauseBefore(tokens, index, 8);
  const after = tokens.slice(index, index + 8).map((token) => token.word);
  // (not a big flaw: "the foundation needs work, nothing major we hope")
  const wavedOff =
    after.some((word, at) => NOTHING.has(word) && SERIOUS.has(after[at + 1] ?? '')) &&
    !MAJOR_FLAW.test([...before, ...after].join(' '));
  return (
    (before.slice(0, 3).some((word) => SMALL.has(word)) ||
      after.slice(0, 4).some((word) => SMALL.has(word)) ||
      wavedOff) &&
    before.some((word) => PART.has(word)) &&
    !before.some((word) => WHOLE_HOME_WORDS.includes(word))
  );
}

/**
 * Move-in ready or needs work; when both show up, needs work wins (it decides the cash-offer path). What the lead says
 * after taking something back decides ("necesita trabajo... bueno no, ya la arreglamos").
 */
export function extractCondition(text: string): Condition | undefined {
  const told = fold(text).replace(YEARS_OLD, ' ');
  const back = TAKE_BACK_WORD.exec(told);
  const retaken = back && back.index > 0 ? conditionTold(told.slice(back.index + back[0].length)) : undefined;
  return retaken ?? conditionTold(told, true);
}

/** The condition a text tells, its flaws fixed set aside; `conceding`: a verdict after a flaw conceded decides. */
function conditionTold(told: string, conceding = false): Condition | undefined {
  const folded = withoutFixedFlaws(told);
  // ("the roof leaked but we fixed it": a flaw fixed and nothing else said is a home ready)
  const fixedOnly = folded !== told ? 'move_in_ready' : undefined;
  return (conceding ? concededReady(folded) : undefined) ?? conditionOf(folded) ?? fixedOnly;
}

const FLAW_FIXED = phraseBook(
  FLAW_FIXED_PHRASES.map((words) => ({ cue: 'fixed' as const, words, always: true })),
);

/**
 * The text without each flaw fixed right after it was told: from the flaw's clause start to the end of its fix
 * ("its fine, the tenants trashed the carpet but we replaced all of it. paint is fresh" reads "its fine, . paint is
 * fresh"). What the fix says of the home goes with it; the rest of the message decides.
 */
function withoutFixedFlaws(folded: string): string {
  const located = locate(folded);
  const fix = firstHit(FLAW_FIXED, located.tokens);
  if (fix === undefined) return folded;
  const from = located.at[fix.start]!;
  const to = located.end[fix.end - 1]!;
  const start = Math.max(...[...CLAUSE_ENDS].map((mark) => folded.lastIndexOf(mark, from - 1))) + 1;
  return withoutFixedFlaws(`${folded.slice(0, start)} ${folded.slice(to)}`);
}

const MAJOR_FLAW = new RegExp(wordsOf(MAJOR_FLAWS));
const CONCEDING = new RegExp(`(?<=\\s|^)(?:${anyOf(CONCEDING_WORDS)})(?=[\\s,]|$)`, 'g');
/** The parts of a home, not the whole of it ("the kitchen", not "it", "the house", "todo"). */
const PART = new Set(HOME_PARTS.filter((word) => !WHOLE_HOME_WORDS.includes(word)));

/**
 * Ready after a flaw conceded ("the carpet is a little worn but its move in ready", "le falta pintura pero fuera de
 * eso está lista"): the verdict after the last conceding word, said of the whole home ("termites, but the kitchen is
 * remodeled" still needs work).
 */
function concededReady(folded: string): Condition | undefined {
  const turn = Array.from(folded.matchAll(CONCEDING), (match) => match.index + match[0].length).pop();
  if (turn === undefined) return undefined;
  const verdict = folded.slice(turn);
  const verdictWords = tokensOf(verdict);
  if (verdictWords.some(({ word }) => PART.has(word))) return undefined;
  // A big flaw is not conceded ("the foundation is cracked but otherwise it's in great shape"), nor is a verdict
  // someone else gives ("... but my brother says it's in good shape").
  if (MAJOR_FLAW.test(folded.slice(0, turn))) return undefined;
  if (namesSomeoneElse(new Set(verdictWords.map(({ word }) => word)))) return undefined;
  return conditionOf(verdict) === 'move_in_ready' ? 'move_in_ready' : undefined;
}

function conditionOf(folded: string): Condition | undefined {
  const tokens = tokensOf(folded);
  const located = locate(folded);
  // A small flaw of one part beside a verdict on the whole home ("its in great shape, the kitchen is a bit dated",
  // "está en buenas condiciones, nomás el jardín está un poco descuidado"): the verdict decides.
  const ready = firstSaid(READY, located, tokens);
  const wholeReady = ready !== undefined && !denied(tokens, ready, 2);
  const needsWork = firstSaid(NEEDS_WORK, located, tokens);
  if (
    needsWork !== undefined &&
    !denied(tokens, needsWork, 2) &&
    !(wholeReady && smallFlawOfPart(tokens, needsWork))
  )
    return 'needs_work';
  // Sold as it is, said, not asked ("we'd sell it as is"; not "do people here buy as-is?").
  const asIs = firstHit(AS_IS_SAID, located.tokens);
  if (asIs !== undefined && !inQuestion(folded, located.at[asIs.start]!)) return 'needs_work';
  const said = tokens.some(
    ({ word }, index) =>
      (STATE.has(word) && stateOfHome(tokens, index) && !(wholeReady && smallFlawOfPart(tokens, index))) ||
      (NEED.has(word) && needsItsWork(tokens, index) && !(wholeReady && smallFlawOfPart(tokens, index))) ||
      // "the kitchen is straight out of 1983", "an 80s kitchen": a part of the home from an old era.
      (oldEra(word) && partBeside(tokens, index)) ||
      // "nunca la hemos arreglado", "nothing updated since 1979": a fix denied.
      (FIX.has(word) && denied(tokens, index, 3)) ||
      // "se vende como está", "tal como está": sold as it is.
      (word === 'como' && tokens[index + 1]?.word === 'esta' && AS_IS.has(tokens[index - 1]?.word ?? '')),
  );
  if (said) return 'needs_work';
  // "está impecable", "it's spotless": a good state said of the home.
  if (tokens.some(({ word }, index) => GOOD.has(word) && stateOfHome(tokens, index))) return 'move_in_ready';
  if (ready === undefined) return undefined;
  // "not move-in ready", "not fully updated": a ready home denied needs work.
  return denied(tokens, ready, 2) ? 'needs_work' : 'move_in_ready';
}
