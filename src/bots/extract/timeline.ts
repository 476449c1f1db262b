import { asRead, readFolded, refold, type Readable, type ReadText } from '../read/read-text.js';
import {
  halves,
  inQuestion,
  readWhens,
  sameDayOfAMove,
  type WhenOptions,
  type WhenReading,
} from '../read/dates.js';
import { numberWordsToDigits } from '../read/numbers.js';
import { fold, negatedAfter, negatedBefore, sentences, TAKE_BACK_WORD, troubleDenied } from '../text.js';
import {
  ACKNOWLEDGMENTS,
  ALREADY_SOLD,
  BROWSING_PHRASES,
  CHANGED_WORDS,
  CURRENT_STATES,
  DECLINED_OPENINGS,
  FINE_WORDS,
  FEW_MONTHS_PHRASES,
  IMMEDIATE_PHRASES,
  MUST_MOVE as MUST_MOVE_WORDS,
  NON_ANSWERS,
  BILL_WORDS,
  PAY_WORDS,
  MORE_WORDS,
  LEASE_WORDS,
  MOVING_IN_WORDS,
  OWN_MOVE,
  MOVE_NAMING_WORDS,
  MOVE_ITSELF_WORDS,
  TIME_FRAME_HEDGES,
  DUE_WORDS,
  PAYMENT_WORDS,
  FOLLOW_UP_PHRASES,
  TIMELINE_UNSURE,
  NOT_NOW_WORDS,
  NOT_A_DECLINE_AFTER,
  NO_OPENINGS,
  NO_TO_THE_WINDOW,
  NOW_WORDS,
  NO_RUSH_PHRASES,
  TOO_SOON_PHRASES,
  WINDOW_AGREED_PHRASES,
  WHY_NOT_PHRASES,
  HOME_WISH_WORDS,
  SAME_DAY_WORDS,
  DEPENDS_WORDS,
  DEPENDS_ON_WORDS,
  NO_WAY_WORDS,
  OPEN_ENDED_WORDS,
  PREFERRED_WORDS,
  PAST_STATE_WORDS,
  SPAN_OF_THE_SEARCH_WORDS,
  RECURRING_AFTER,
  RECURRING_BEFORE,
  ASKED_BACK_OPENINGS,
  AWAY_UNTIL_WORDS,
  NEGATED_VERB_AFTER,
  UNTIL_WORDS,
  CHOICE_JOINS,
  SOON_WORDS,
  SOONEST_PHRASES,
  SOONER_WORDS,
  DATE_CONTRAST_WORDS,
  THEREFORE_WORDS,
  CONDITIONAL_YES_WORDS,
  BARE_DAYS_AFTER_WORDS,
  NOT_DAYS_AFTER_WORDS,
  URGENT_WORDS,
  WORKS_WORDS,
  YES_AFTER_CONTRAST,
  FORTY_FIVE_TAKEN_PHRASES,
  THE_SALE_ITSELF,
  HEDGE_WORDS,
  COUNTED_UNITS,
  DURATION_COUNTS,
  YES_ALONE_WORDS,
  YES_LEAD_INS,
  YES_WORDS,
  DEADLINE_WORDS,
  HURRY_SOFTENERS,
  POINTING_BACK_WORDS,
  CLAUSE_NAMING_NOTHING,
} from '../lexicon/time.js';
import { anyOf, blankRange, isDigit, wordsOf } from '../read/words.js';
import { phraseBook, tokenise, type Phrase, type Token } from '../read/phrases.js';
import { LENDER_WORDS, LOAN_STEP_WORDS } from '../lexicon/financing.js';
import { blankHits, firstSpan, type Span } from '../read/phrase-offsets.js';
import { blankMoney } from './amount.js';
import { CONTRAST_WORDS, RECONSIDERING_WORDS } from '../lexicon/optout.js';

/**
 * Timelines. Dates and durations are read by chrono-node (read/dates.ts) against the tenant's time zone; words
 * that carry no date (asap, no rush, someday) by the rules below. A date inside a question is not an answer, and a
 * negated one ("we can't move right now") is not a timeline (for the seller question it is a "no").
 *
 * Boundaries, in whole days from today in the tenant's zone:
 * - buyer urgency: at most 31 days immediate, at most 95 three_months, at most 186 six_months, later browsing;
 * - seller 30-45 day question: accepted up to 125 days (4 months), rejected beyond or when negated.
 */

export interface SellerTimeline {
  accepted: boolean;
  urgency: string;
}

export const IMMEDIATE_DAYS = 31;
export const THREE_MONTHS_DAYS = 95;
export const SIX_MONTHS_DAYS = 186;
export const SELLER_ACCEPT_DAYS = 125;

export interface TimelineOptions extends WhenOptions {
  /**
   * The time was not asked and is not known: a date counts only when the message names the move or the date stands
   * alone in its clause.
   */
  volunteered?: boolean;
}

/**
 * Where a reading is found in the folded text: a pattern's first match, or a phrase book's (phrase-offsets.ts). The
 * callers weigh questions and negation themselves, so every phrase is heard (`always`) and within its clause.
 */
type Finder = (cut: ReadText) => Span | undefined;
const byPattern =
  (pattern: RegExp): Finder =>
  (cut) => {
    const match = pattern.exec(cut.folded);
    return match ? { index: match.index, text: match[0] } : undefined;
  };
const byPhrases = (phrases: readonly (string | Omit<Phrase<'said'>, 'cue'>)[]): Finder => {
  const book = phraseBook(
    phrases.map((phrase) => ({
      cue: 'said' as const,
      always: true,
      clause: true,
      ...(typeof phrase === 'string' ? { words: phrase } : phrase),
    })),
  );
  return (cut) => firstSpan(book, cut.folded, cut.located);
};
/** An answer that opens with one of these phrases ("nope", "hmm, creo que no", "lol no way"). */
function opens(phrases: readonly string[], notFollowedBy?: string): { test: (cut: ReadText) => boolean } {
  const book = phraseBook(
    phrases.map((words) => ({
      cue: 'said' as const,
      words,
      always: true,
      opening: true,
      ...(notFollowedBy ? { notFollowedBy } : {}),
    })),
  );
  return { test: (cut) => book.find(cut.tokens) !== undefined };
}
/** The earliest of several readings (the first finder's on a tie, as a pattern's alternation would). */
const earliest =
  (...finders: Finder[]): Finder =>
  (cut) => {
    let first: Span | undefined;
    for (const find of finders) {
      const span = find(cut);
      if (span && (!first || span.index < first.index)) first = span;
    }
    return first;
  };

const NO_RUSH = byPhrases(NO_RUSH_PHRASES);
// (past a lead-in: "bueno, sí", "ah ok. sí", "well yes")
const YES = new RegExp(
  `^\\s*(?:(?:${anyOf(YES_LEAD_INS)})[\\s,.!]+)*(?:${wordsOf(YES_WORDS)}|(?:${anyOf(YES_ALONE_WORDS)})\\s*(?:[,.!]|$))`,
);
const WORKS = new RegExp(wordsOf(WORKS_WORDS));
/** A no that answers, not a verb's negation ("no, it won't work", not "así que no le debemos nada al banco"). */
const NO = opens(NO_OPENINGS, NEGATED_VERB_AFTER);
const NO_TO_WINDOW = opens(NO_TO_THE_WINDOW);
/** The answer after a conclusion: "we'd have to find a place first so probably not", "entonces sí". */
const CONCLUSION = new RegExp(`(?:^|[\\s,])(?:${anyOf(THEREFORE_WORDS)})[\\s,]+(?=\\S)`, 'g');
function concluded(folded: string): string {
  const last = Array.from(folded.matchAll(CONCLUSION)).pop();
  return last ? folded.slice(last.index + last[0].length) : folded;
}
/** Sooner than asked ("30 days? no, sooner! like 2 weeks"): not a no. */
const SOONER = new RegExp(wordsOf(SOONER_WORDS));
/** A no after the question asked back ("45 days?? no way", "45 días? imposible", "lol no"). */
// (not the "no" of "no es imposible", "no problem")
const DECLINED = opens(DECLINED_OPENINGS, NOT_A_DECLINE_AFTER);
const SOONEST = byPhrases(SOONEST_PHRASES);

const URGENT = new RegExp(wordsOf(URGENT_WORDS));
const URGENT_OR_SOONEST = earliest(byPattern(URGENT), SOONEST);
const FEW_MONTHS = byPhrases(FEW_MONTHS_PHRASES);
/** A "no sé" that is not "no se preocupe", "no se apure". */
const REJECT_WORDS = new RegExp(
  `${wordsOf(NOT_NOW_WORDS)}|\\bno se\\b(?! (?:preocup|apur|molest|pase|pasa|tarde|exced))`,
);

/**
 * "not so fast", "no tan rápido", "tan rápido no": the pace turned down. A date said with it decides ("not so fast,
 * 45 days would be better" is a yes); alone it is a no. "tan rápido no hay problema" is no refusal.
 */
const NOT_SO_FAST =
  /\b(not (that|so|this) (fast|quick|soon)|no tan (rapido|pronto)|tan (rapido|pronto) no\b(?! (hay|es|pasa|problem))|not interested (en|in) \w+ (tan|so|that) (rapido|fast|quick))/g;

/** An unsure answer to the 30-45 day question, as REJECT leaves it for the urgency: a later yes may replace it. */
const UNSURE_ANSWER: ReadonlySet<string> = new Set([
  'not sure',
  'unsure',
  'no se',
  'no estoy seguro',
  'no estoy segura',
  ...DEPENDS_WORDS,
]);
export const isUnsureAnswer = (urgency: string | undefined): boolean => UNSURE_ANSWER.has(urgency ?? '');

const DEPENDS = new RegExp(wordsOf(DEPENDS_WORDS));
/** A yes judged fine in words of its own ("yes, it is ok for us", "sí, está bien"). */
const FINE: ReadonlySet<string> = new Set(FINE_WORDS);
const REJECT = earliest(byPattern(REJECT_WORDS), NO_RUSH, byPhrases(TOO_SOON_PHRASES));
const WINDOW_AGREED = byPhrases(WINDOW_AGREED_PHRASES);
const FORTY_FIVE_TAKEN = byPhrases(FORTY_FIVE_TAKEN_PHRASES);
const WHY_NOT = opens(WHY_NOT_PHRASES);
/** A flat refusal right before a date ("ni de broma en 30 días", "no way in 45 days", "ni loca en un mes"). */
const NO_WAY = new RegExp(
  `${wordsOf(NO_WAY_WORDS)}(?: (?:en|in|within|by|para))? (?=\\d|un |una |a |one )`,
  'g',
);

/**
 * A time the lead prefers, said a few words after the wish: "mejor en 2 meses", "more like 2 months", "ideally 60
 * days", "we'd rather wait till summer", "prefer 60 to 90 days".
 */
/** A deadline said before its date ("before august", "antes de que empiecen las clases", "a más tardar en junio"). */
const DEADLINE_BEFORE = new RegExp(`${wordsOf(DEADLINE_WORDS)}(?:\\s+(?:que|el|la|los|las|en))*\\s*$`);
const BARE_DAYS = /^(\s*(?:30|45))(?!\s*(?:days?|d[ií]as?|k\b|mil\b|%|\d|[.,]\d|-|to\b|a\b|o\b|or\b))/;
const BARE_DAYS_AFTER: ReadonlySet<string> = new Set(BARE_DAYS_AFTER_WORDS);
const NOT_DAYS_AFTER: ReadonlySet<string> = new Set(NOT_DAYS_AFTER_WORDS);
/**
 * The days asked about said bare, opening the answer ("45 ok") or after a contrast or a hedge ("not in 30 days no, but
 * 45 could work"), with "days" put after them; not a count of something else ("45 minutes", "30k").
 */
function withBareDays(message: string): string {
  const words = message.replace(BARE_DAYS, '$1 days').split(' ');
  return words
    .map((word, at) => {
      const next = words[at + 1]?.toLowerCase() ?? '';
      const days =
        (word === '30' || word === '45') &&
        BARE_DAYS_AFTER.has(words[at - 1]?.toLowerCase() ?? '') &&
        !NOT_DAYS_AFTER.has(next) &&
        !isDigit(next[0]);
      return days ? `${word} days` : word;
    })
    .join(' ');
}
const CONTRAST = new RegExp(wordsOf(DATE_CONTRAST_WORDS));
const CONDITIONAL_YES: ReadonlySet<string> = new Set(CONDITIONAL_YES_WORDS);
const IF: ReadonlySet<string> = new Set(['if', 'si']);
const THEN: ReadonlySet<string> = new Set(['then', 'entonces']);
/** "if we can line up the next place in time then yes": a condition, then a yes that ends the message. */
function conditionalYes(folded: string): boolean {
  const tokens = tokenise(folded);
  const then = tokens.findLastIndex((token) => THEN.has(token.word));
  if (then < 1 || !tokens.slice(0, then).some((token) => IF.has(token.word))) return false;
  return CONDITIONAL_YES.has(
    tokens
      .slice(then + 1)
      .map((token) => token.word)
      .join(' '),
  );
}
const PREFERRED_BEFORE = new RegExp(`${wordsOf(PREFERRED_WORDS)}[\\s,]*(?:\\S+\\s+){0,3}$`);

/** Folded, money blanked: a time is never read inside an amount or its period ("$1.5M", "150k a year"). */
function read(text: string, blanked = false): string {
  const folded = withoutHedges(fold(text));
  const digits = numberWordsToDigits(folded, { spanish: true });
  // Already blanked, and no number words became digits: nothing more to take out.
  return blanked && digits === folded ? digits : blankMoney(digits);
}

/**
 * A date read with its number words as digits ("in forty five days" is 45 days, where the words alone read 5), said
 * back in the lead's own words when they read the same ("in about two months", not "in about 2 months").
 */
function inOwnWords(when: WhenReading, lead: string, options: TimelineOptions): string {
  if (lead.includes(when.text)) return when.text;
  return readWhens(lead, options).find((own) => own.daysAhead === when.daysAhead)?.text ?? when.text;
}

/** A finder's reading of a cut (its tokens and their offsets made once for every finder), unless asked. */
function unquestioned(cut: ReadText, find: Finder): Span | undefined {
  const span = find(cut);
  return span && !inQuestion(cut.folded, span.index) ? span : undefined;
}

/**
 * True when these words (a date the lead wrote) end in a question mark, the sentence asked back ("45 days??"), or in a
 * colon that answers them ("30-45 days: negative").
 */
function asksBack(folded: string, words: string): boolean {
  const at = folded.indexOf(fold(words));
  return at >= 0 && /^[^.!?\n]*[?:]/.test(folded.slice(at));
}

// ("no se puede", "no se va a poder": it cannot be, not "no sé")
const UNSURE = phraseBook(
  TIMELINE_UNSURE.map((words) => ({
    cue: 'unsure' as const,
    words,
    always: true,
    notFollowedBy: 'puede|pueden|podra|podria|va|van|vende|venden|hace|da',
  })),
);

/**
 * The message (folded) with its words of not knowing or of asking someone first blanked (lexicon/time.ts
 * `TIMELINE_UNSURE`); undefined when it has none.
 */
function withoutUnsure(message: string): string | undefined {
  const folded = fold(message);
  const rest = blankHits(UNSURE, folded, doubtedToo);
  return rest === folded ? undefined : rest;
}

const DOUBTED: ReadonlySet<string> = new Set(['if', 'whether', 'si']);
/**
 * Not knowing reaches what it doubts, to its clause's end or a "but" ("idk if 30 days even makes sense"; not "not sure
 * if my husband agrees but yes 45 days works").
 */
function doubtedToo(end: number, text: string): number {
  const next = text.slice(end).trimStart().split(' ')[0] ?? '';
  if (!DOUBTED.has(next)) return end;
  let to = end;
  while (to < text.length && !',.;!?\n'.includes(text[to]!) && !BUT.some((but) => text.startsWith(but, to)))
    to += 1;
  return to;
}
const BUT = [' but ', ' pero ', ' though ', ' aunque '];

/**
 * Seller question 2 ("within 30 to 45 days, would that work?"). Only called once motivation is known. `asked`
 * says whether the question is the one being answered: a bare yes/no counts only then.
 */
const SENTENCE_END = /[.!?\n]/;

/** The days of the window asked about, as the lead may say them back. */
const WINDOW_DAYS: ReadonlySet<string> = new Set(['30', '45', 'treinta', 'cuarenta']);

/** The message opens by asking back the 30 to 45 days (a question naming them), and its answer opens with a yes. */
function windowAskedBackThenYes(folded: string): boolean {
  const mark = folded.indexOf('?');
  if (mark < 0) return false;
  const question = folded.slice(0, mark).split(' ');
  if (question.length > 6 || !question.some((word) => WINDOW_DAYS.has(word))) return false;
  let from = mark + 1;
  while (from < folded.length && '?! '.includes(folded[from]!)) from += 1;
  const reply = folded.slice(from);
  // ("45? yeah right lol, no": an answer that ends on a no says no; "¿en 30 días? sí claro, y a mí me toca la lotería.
  // no, necesitamos más tiempo": nor does one with a later sentence that opens with a no or asks for more time)
  const last = reply.split(' ').pop()!.replaceAll(',', '').replaceAll('.', '');
  const laterSentences = reply.split(SENTENCE_END).slice(1);
  return (
    YES.test(reply) &&
    !DECLINED.test(readFolded(reply)) &&
    !NO_ENDING.has(last) &&
    !laterSentences.some((sentence) => NO.test(readFolded(sentence.trim()))) &&
    !REJECT_WORDS.test(reply)
  );
}

/**
 * The seller's own time offered against the window: a date within the 30 to 45 days named first, then one past
 * `SELLER_ACCEPT_DAYS` not negated, with no yes and nothing said to work or be fine before it ("45 days is fine, we
 * close on the other one in 6 months" accepts; "unos 6 meses sería lo ideal" is the later time's own praise).
 */
function counterOffer(said: string, options: TimelineOptions): WhenReading | undefined {
  const readings = readWhens(said, options);
  const windowAt = readings.findIndex((when) => when.daysAhead >= 20 && when.daysAhead <= 46);
  if (windowAt < 0) return undefined;
  const later = readings
    .slice(windowAt + 1)
    .find((when) => !when.negated && !when.earliest && when.daysAhead > SELLER_ACCEPT_DAYS);
  if (!later) return undefined;
  const before = said.slice(0, Math.max(0, said.indexOf(later.text)));
  if (WORKS.test(before) || YES.test(before.split(SENTENCE_END)[0]!)) return undefined;
  return tokenise(before).some((token) => FINE.has(token.word)) ? undefined : later;
}
const CHOICE_JOIN: ReadonlySet<string> = new Set(CHOICE_JOINS);
/**
 * The whole message asks back what the window means, with no yes or no of its own: opened as a question about the
 * bot's words ("what do you mean, like close that fast?") or asked as a choice ("close that fast or just list it?").
 */
function askedBackAboutTheWindow(message: string): boolean {
  const folded = fold(message).trim();
  if (!folded.endsWith('?') || YES.test(folded) || NO.test(readFolded(folded))) return false;
  const opening = tokenise(folded)
    .map((token) => token.word)
    .join(' ');
  if (ASKED_BACK_OPENINGS.some((words) => opening.startsWith(`${words} `))) return true;
  return sentences(folded).length === 1 && tokenise(folded).some((token) => CHOICE_JOIN.has(token.word));
}

export function extractSellerTimeline(
  message: string,
  asked: boolean,
  options: TimelineOptions,
): SellerTimeline | undefined {
  if (asked && askedBackAboutTheWindow(message)) return undefined;
  // ("Ay, ¿tan rápido? ella todavía tiene sus cosas allí": a question with no time of its own answers nothing; the
  // statements around it are read)
  if (asked) {
    const parts = sentences(message);
    // (a question that answers is kept: "pues why not?", "45 days?")
    // (its time read as said, the question's mark aside: "could we do more like 2 months?")
    const answers = (part: string) => {
      const folded = fold(part);
      return (
        readWhens(folded.replaceAll('?', ' '), options).length > 0 ||
        WHY_NOT.test(readFolded(folded)) ||
        YES.test(folded)
      );
    };
    const statements = parts.filter((part) => !part.trim().endsWith('?') || answers(part));
    if (statements.length < parts.length)
      return statements.length === 0
        ? undefined
        : extractSellerTimeline(statements.join(' '), asked, options);
  }
  // "no sé, tendría que hablarlo con mi esposo": not knowing is no answer; what else is said still is one.
  const unsure = withoutUnsure(message);
  if (unsure !== undefined) return extractSellerTimeline(unsure, asked, options);
  // "depends, could be june, could be august": left open, unless a yes follows ("depends but 45 days works").
  const leftOpen = DEPENDS.exec(fold(message));
  // ("not sure, depende de mi esposo" is the unsure answer DOMAIN.md section 3 counts as a no, read below)
  if (leftOpen && leftOpen.index < 12 && !REJECT_WORDS.test(fold(message).slice(0, leftOpen.index))) {
    const rest = fold(message).slice(leftOpen.index + leftOpen[0].length);
    const contrast = CONTRAST.exec(rest);
    // (or a later sentence opens with a yes that it works: "depends what you mean, like 45 days? yeah that works")
    const yesLater = rest
      .split(SENTENCE_END)
      .slice(1)
      .some((sentence) => YES.test(sentence.trim()) && WORKS.test(sentence));
    if (!(contrast && WORKS.test(rest.slice(contrast.index))) && !yesLater) return undefined;
  }
  // "she meant 30 days after I retire ... So no, 30 to 45 days won't work for us": what follows the last conclusion,
  // when it opens with a yes or a no, is the answer (not "so fast no", where "so" is a degree).
  const concluding = concluded(fold(message));
  if (concluding !== fold(message) && (NO.test(readFolded(concluding)) || YES.test(concluding))) {
    const answer = extractSellerTimeline(concluding, asked, options);
    if (answer) return answer;
  }
  // "if we can line up the next place in time then yes": a yes on a condition of the seller's own is a yes.
  if (asked && conditionalYes(fold(message))) return { accepted: true, urgency: '30-45 days' };
  // "45 ok", "30 is fine": the days asked about, said as a bare number in answer
  const text = asked ? withBareDays(message) : message;
  const said = read(text);
  const lead = blankMoney(fold(text));
  const words = (when: WhenReading) => inOwnWords(when, lead, options);
  // The pace turned down is no "fast" or "rapido" of the urgent words below.
  const folded = said.replace(NOT_SO_FAST, 'slower');
  const slower = folded !== said;
  const cut = readFolded(folded);
  const reject = unquestioned(cut, REJECT);
  // "Yes po, it is ok for us. Our tickets is not yet buy but we are ready.": a yes that works, said as a sentence of
  // its own first, stands against a "not yet" of something else after it (no date, no contrast opening its sentence).
  const firstSentence = folded.split(SENTENCE_END)[0]!;
  // ("ok. and no, that's way too quick for us": an "ok" alone acknowledges what the bot said, it agrees to nothing)
  // ("ok in that case, no. we haven't found the next house": a sentence that ends on a no says no)
  const yesFirst =
    asked &&
    reject !== undefined &&
    !ACKNOWLEDGING.has(firstSentence.trim()) &&
    !NO_ENDING.has(firstSentence.trim().split(' ').pop()!.replaceAll(',', '')) &&
    reject.index > firstSentence.length &&
    YES.test(firstSentence) &&
    (WORKS.test(firstSentence) || firstSentence.split(/\s+/).some((word) => FINE.has(word)));
  if (yesFirst) {
    const rest = folded.slice(firstSentence.length + 1).trimStart();
    if (!CONTRAST.test(rest.split(/\s+/)[0] ?? '') && readWhens(rest, options).length === 0)
      return { accepted: true, urgency: '30-45 days' };
  }
  // "in 45? yeah, pero no menos", "¿entre 30 y 45? sí, ojalá fuera antes": the window asked back, then a yes opening
  // the answer (a floor or a wish for sooner after it takes nothing back).
  if (asked && windowAskedBackThenYes(folded)) return { accepted: true, urgency: '30-45 days' };
  // "i don't see why 45 days wouldn't work": the window agreed to by two negatives, unless a contrast follows.
  const agreed = asked ? unquestioned(cut, WINDOW_AGREED) : undefined;
  if (agreed && !CONTRAST.test(folded.slice(agreed.index + agreed.text.length)))
    return { accepted: true, urgency: '30-45 days' };
  if (asked && WHY_NOT.test(cut)) return { accepted: true, urgency: '30-45 days' };
  // "negative on 30-45 days", "nope to 45 days": the window refused by name (unless a contrast follows: "no to 30 but
  // 45 works")
  if (
    asked &&
    reject === undefined &&
    sentences(folded).some((sentence) => NO_TO_WINDOW.test(readFolded(sentence))) &&
    !CONTRAST.test(folded) &&
    !WORKS.test(folded)
  )
    return { accepted: false, urgency: 'declined 30-45 days' };
  // "mejor 45, en 30 no alcanzamos a empacar": the 45 days taken, whatever is said of the 30 (unless taken back after
  // the first word: "30 to 45 days works. bueno no, más bien 6 months").
  if (
    asked &&
    reject === undefined &&
    !takesBack(folded.slice(folded.indexOf(' ') + 1)) &&
    unquestioned(cut, FORTY_FIVE_TAKEN)
  )
    return { accepted: true, urgency: '30-45 days' };
  // "not gonna wait till next year": a later time turned down is no refusal of the 30 to 45 days.
  // ("i dont think that timeframe would be a problem": a trouble denied from further back is no refusal)
  // ("showing it is no problem but 45 days is an issue": not a trouble denied before a contrast)
  const troubleDeniedThere =
    reject !== undefined && troubleDenied(sinceLastTurn(folded.slice(0, reject.index + reject.text.length)));
  if (reject && !negatedBefore(folded, reject.index, 4) && !troubleDeniedThere) {
    // "a los 45 sí le llegamos, 30 está muy justo": the 45 days taken, whatever is said of the 30.
    if (asked && unquestioned(cut, FORTY_FIVE_TAKEN)) return { accepted: true, urgency: '30-45 days' };
    // "no, 30 days is too soon. wait actually yes, 30 days is fine": what follows a take-back decides.
    const after = folded.slice(reject.index + reject.text.length);
    const back = takesBack(after) ? TAKE_BACK_WORD.exec(after) : null;
    const retaken = back
      ? extractSellerTimeline(after.slice(back.index + back[0].length), asked, options)
      : undefined;
    if (retaken) return retaken;
    // "mejor en 2 meses, 30 días es muy rápido": a time the lead prefers within the window is a yes to a sale ("I'd
    // need at least until June" is a condition, not a preference).
    // (the first time said as preferred is the one: "más bien like 6 months, the kids finish school" prefers 6 months)
    const preferred = readWhens(said, options).find(
      (when) =>
        !when.negated &&
        when.daysAhead > 46 &&
        PREFERRED_BEFORE.test(said.slice(0, Math.max(0, said.indexOf(when.text)))),
    );
    const own = preferred && preferred.daysAhead <= SELLER_ACCEPT_DAYS ? preferred : undefined;
    // "30 days is too fast for us but 3 months we could do": a time within the window offered after a contrast.
    const offered = preferred
      ? undefined
      : readWhens(said, options).find((when) => {
          const at = said.indexOf(when.text);
          return (
            !when.negated &&
            when.daysAhead > 46 &&
            when.daysAhead <= SELLER_ACCEPT_DAYS &&
            at > reject.index &&
            // (after a contrast, or in a sentence of its own that takes it: "too fast for me. three months I could do";
            // not a reason's date, "that's too soon. my kids finish school in june")
            (CONTRAST.test(said.slice(reject.index, at)) ||
              (said.slice(reject.index, at).includes('. ') && WORKS.test(said.slice(at).split('. ')[0]!)))
          );
        });
    const yes = own ?? offered;
    if (yes) return { accepted: true, urgency: words(yes) };
    // "that sounds fast but doable", "muy rápido pero está bien": the pace judged, then accepted (a date after the
    // contrast decides above).
    const contrast = CONTRAST.exec(after);
    const accepting = contrast ? after.slice(contrast.index) : '';
    if (
      contrast &&
      (WORKS.test(accepting) || yesAfterContrast(accepting)) &&
      readWhens(accepting, options).every((when) => when.daysAhead <= 46)
    )
      return { accepted: true, urgency: '30-45 days' };
    return { accepted: false, urgency: reject.text };
  }
  // "nope. need till june at least": a bare refusal said first is the answer, whatever date follows, unless the
  // lead takes it back or says something works.
  const opening = folded.split(SENTENCE_END)[0]!;
  // ...or as a clause of its own before a comma: "no, wait til school lets out in june"
  const clause = folded.split(',')[0]!;
  if (
    asked &&
    ((opening !== folded &&
      // (or one that ends on it: "ok in that case, no. we haven't found the next place")
      ((opening.trim().split(/\s+/).length <= 3 && NO.test(refold(cut, opening))) ||
        NO_ENDING.has(opening.trim().split(' ').pop()!))) ||
      (clause !== folded && clause.trim().split(' ').length <= 2 && NO.test(refold(cut, clause)))) &&
    !takesBack(folded) &&
    !WORKS.test(folded) &&
    // ("no, that wouldn't be a problem": the no denies the trouble)
    !troubleDenied(sinceLastTurn(folded))
  )
    return { accepted: false, urgency: 'declined 30-45 days' };
  // "no way we can be out in 30-45 days ... we're thinking closer to 5 or 6 months", "30 days?? crazy fast ... closer
  // to 6 months", "esos 30 o 45 días se nos hacen imposibles, sería en unos 5 meses": the window named, then a time of
  // the seller's own past any the sale can wait for, and nothing said to work: a no, whatever was said of the window.
  const countered = asked ? counterOffer(said, options) : undefined;
  if (countered) return { accepted: false, urgency: words(countered) };
  const urgent = unquestioned(cut, URGENT_OR_SOONEST);
  // ("nos urge, pero primero hay que encontrar la otra casa ...": a hurry taken back by a contrast right after it)
  const urgentEnd = urgent ? urgent.index + urgent.text.length : 0;
  const hedged =
    urgent !== undefined &&
    CONTRAST.test(folded.slice(urgentEnd, urgentEnd + 8)) &&
    !yesAfterContrast(withoutMarks(folded.slice(urgentEnd)));
  if (urgent && !hedged && !negatedBefore(folded, urgent.index, 3))
    return { accepted: true, urgency: 'asap' };
  // "ni de broma en 30 días", "no way in 30 days": a date said after a flat refusal is turned down.
  const readings = readWhens(said.replace(NO_WAY, 'not '), options);
  // "45 days?? no way, more like 6 months", "45 días? imposible": the question's own duration asked back, then
  // turned down, is a no ("45 days? no problem" is a yes, read below).
  const echo = readings[0] !== undefined && asksBack(folded, readings[0].text);
  if (echo) {
    const reply = folded.slice(Math.max(folded.lastIndexOf('?'), folded.indexOf(':')) + 1);
    if (DECLINED.test(readFolded(reply)) && !WORKS.test(reply) && !SOONER.test(reply))
      return { accepted: false, urgency: readings[1] ? words(readings[1]) : 'declined 30-45 days' };
    if (YES.test(reply)) return { accepted: true, urgency: '30-45 days' };
    // "30-45 days to close or to be on the market by then?": the window itself asked about in its own clause, nothing
    // answered after it (not "we'd need 60 days not 30, could you do that?", nor a time of the seller's own asked
    // for, "could we do 3 months?").
    const question = folded.slice(folded.indexOf(fold(readings[0]!.text)));
    if (
      readings[0]!.daysAhead <= 46 &&
      withoutMarks(reply).trim() === '' &&
      !question.slice(0, question.indexOf('?')).includes(',')
    )
      return undefined;
  }
  // "6 months? no, 45 days is fine": the lead's own date follows the one asked back; "6 months. no wait, 3": a date
  // that takes back the one before it is the answer.
  const first =
    echo && readings.length > 1
      ? readings[1]
      : (readings.findLast((when) => when.retaken && !when.negated) ?? readings[0]);
  if (first) {
    // "yeah that works, just not any sooner than 30 days", "not before 3 weeks": a floor the 30 to 45 days reach.
    if (first.earliest && first.daysAhead <= 46) return { accepted: true, urgency: '30-45 days' };
    if (first.negated) {
      // "treinta días no, pero 45 sí": the 45 days taken decides here too.
      if (asked && unquestioned(cut, FORTY_FIVE_TAKEN)) return { accepted: true, urgency: '30-45 days' };
      // "2 weeks would be impossible but 45 days works": a date the lead offers instead decides.
      const instead = readings.slice(readings.indexOf(first) + 1).find((reading) => !reading.negated);
      if (instead && instead.daysAhead <= 46) return { accepted: true, urgency: words(instead) };
      return { accepted: false, urgency: instead ? words(instead) : `not ${words(first)}` };
    }
    // "no tan rápido, como 3 meses": the pace turned down, and a date past the 30 to 45 days.
    if (slower && first.daysAhead > 46) return { accepted: false, urgency: words(first) };
    // "ya, está bien, nomás que sea antes de que empiecen las clases": a deadline past the 30 to 45 days is met by them.
    const at = said.indexOf(first.text);
    if (first.daysAhead > 46 && at > 0 && DEADLINE_BEFORE.test(said.slice(Math.max(0, at - 30), at)))
      return { accepted: true, urgency: words(first) };
    // "30 to 45 days is quicker than we planned, we'd rather take about 6 months": the lead's own time, past the
    // window, said after the one offered.
    const preferred = readings
      .slice(readings.indexOf(first) + 1)
      .find(
        (when) =>
          !when.negated &&
          when.daysAhead > SELLER_ACCEPT_DAYS &&
          PREFERRED_BEFORE.test(said.slice(0, Math.max(0, said.indexOf(when.text)))),
      );
    if (first.daysAhead <= SELLER_ACCEPT_DAYS && preferred && !WORKS.test(folded))
      return { accepted: false, urgency: words(preferred) };
    if (first.daysAhead <= SELLER_ACCEPT_DAYS) {
      const days = first.daysAhead;
      return { accepted: true, urgency: days >= 28 && days <= 46 ? '30-45 days' : words(first) };
    }
    return { accepted: false, urgency: words(first) };
  }
  if (slower) return { accepted: false, urgency: 'not that fast' };
  if (unquestioned(cut, FEW_MONTHS)) return { accepted: true, urgency: 'a few months' };
  if (!asked) return undefined;
  // The answer after a conclusion first ("...so probably not"), then the whole message.
  for (const answer of new Set([concluded(folded), folded])) {
    const works = WORKS.exec(answer);
    if (works && !negatedBefore(answer, works.index, 2)) return { accepted: true, urgency: '30-45 days' };
    // ("no, that wouldn't be a problem": the trouble denied is the yes)
    if (troubleDenied(sinceLastTurn(answer))) return { accepted: true, urgency: '30-45 days' };
    // ("4480 ramona ave, no wait 4408": a no that takes back something else said is no answer)
    if (NO.test(refold(cut, answer)) && !takesBack(answer))
      return { accepted: false, urgency: 'declined 30-45 days' };
    if (YES.test(answer)) return { accepted: true, urgency: '30-45 days' };
  }
  return undefined;
}

const TURNS: ReadonlySet<string> = new Set(DATE_CONTRAST_WORDS);
/** The words after the last contrast or sentence end ("no problem con las visitas pero los 45 days no nos da"). */
function sinceLastTurn(text: string): string {
  const words = text.split(' ');
  const turn = words.findLastIndex((word) => TURNS.has(word) || '.;!?'.includes(word.at(-1) ?? ' '));
  return words.slice(turn + 1).join(' ');
}

const WAITED_FOR: ReadonlySet<string> = new Set(['til', 'till', 'until', 'for', 'hasta', 'on']);
/** A word that takes back what came before, not a "wait" for something ("no, wait til school lets out in june"). */
function takesBack(text: string): boolean {
  const back = TAKE_BACK_WORD.exec(text);
  if (!back) return false;
  const next =
    text
      .slice(back.index + back[0].length)
      .trim()
      .split(' ', 1)[0] ?? '';
  return !(back[0] === 'wait' && WAITED_FOR.has(next));
}

/** The text past the spaces and marks it opens with (", but honestly yes" is "but honestly yes"). */
function withoutMarks(text: string): string {
  let at = 0;
  while (at < text.length && ' ,.!\n'.includes(text[at]!)) at += 1;
  return text.slice(at);
}

const YES_AFTER: ReadonlySet<string> = new Set(YES_AFTER_CONTRAST);
/** A yes right after the contrast word, past one filler: "but honestly yes", "pero sí". */
function yesAfterContrast(accepting: string): boolean {
  const words = accepting
    .split(' ')
    .map((word) => word.replaceAll(',', '').replaceAll('.', '').replaceAll('!', ''))
    .filter((word) => word.length > 0);
  // (the days it says yes to may come first: "pero 45 days sí", "but 45, yes")
  const said = words
    .slice(1)
    .findIndex((word) => !COUNT.has(word) && !UNIT.has(word) && !(word[0]! >= '0' && word[0]! <= '9'));
  // (a yes to selling is none to the days: "no, en 30 días no se puede ... pero sí queremos vender")
  const yes = words.slice(1, 3 + Math.max(0, said));
  return yes.some((word) => YES_AFTER.has(word)) && !words.slice(1, 6).some((word) => THE_SALE.has(word));
}
const THE_SALE: ReadonlySet<string> = new Set(THE_SALE_ITSELF);

const HEDGE: ReadonlySet<string> = new Set(HEDGE_WORDS);
const withoutHedges = (folded: string): string =>
  folded
    .split(' ')
    .filter((word) => !HEDGE.has(word))
    .join(' ');
const UNIT: ReadonlySet<string> = new Set(COUNTED_UNITS);
const NO_ENDING: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'nel']);
const COUNT: ReadonlySet<string> = new Set(DURATION_COUNTS);
/** A timeline said as a count of units ("in 3 months", "two an' a half months", "10 weeks from now"). */
export function saysDuration(timeline: string): boolean {
  const words = fold(timeline).split(' ');
  return (
    words.some((word) => UNIT.has(word)) &&
    words.some((word) => COUNT.has(word) || (word.length > 0 && word[0]! >= '0' && word[0]! <= '9'))
  );
}

export const URGENCIES = ['immediate', 'three_months', 'six_months', 'browsing'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface BuyerTimeline {
  urgency: Urgency;
  timeline: string;
  /** Said in place of a date the same message took back ("dije 3 meses pero es más como 6"): the last word. */
  retaken?: true;
}

const IMMEDIATE = byPhrases(IMMEDIATE_PHRASES);
const IMMEDIATE_OR_SOONEST = earliest(byPattern(new RegExp(wordsOf(NOW_WORDS))), IMMEDIATE, SOONEST);
const OPEN_ENDED = new RegExp(wordsOf(OPEN_ENDED_WORDS));
const BROWSING_WORDS = byPhrases(BROWSING_PHRASES);
/** A move that cannot wait: "need to move quick", "tenemos que mudarnos rápido", "have to move, our house sold". */
const MUST_MOVE = new RegExp(
  `\\b(?:${anyOf(MUST_MOVE_WORDS)})\\b(?:(?: \\w+){0,2} (?:${anyOf(SOON_WORDS)})\\b|.*\\b(?:${anyOf(ALREADY_SOLD)})\\b)`,
);
const MUST_MOVE_SAID = byPattern(MUST_MOVE);
const OPEN_ENDED_SAID = byPattern(OPEN_ENDED);
const NON_ANSWER = new RegExp(wordsOf(NON_ANSWERS));
const ACKNOWLEDGING: ReadonlySet<string> = new Set(ACKNOWLEDGMENTS);
const CHANGED = new RegExp(wordsOf(CHANGED_WORDS));

/**
 * The lead says its plans changed ("actually asap", "update: ...", "cambio de planes"): a new time replaces the old.
 * Not in a question of its own ("can someone actually call me?").
 */
export function plansChanged(text: string): boolean {
  const folded = fold(text);
  if (!CHANGED.test(folded)) return false;
  // ("actually we need to be in by end of april, is that doable?": the question is the last clause only)
  return sentences(folded).some((sentence) => {
    const asked = sentence.endsWith('?') ? sentence.lastIndexOf(',') : sentence.length;
    return asked > 0 && CHANGED.test(sentence.slice(0, asked));
  });
}

/** The lead does not know yet or defers ("not sure", "no sé", "idk yet", "depends"): a non-answer, never a value. */
export function isNonAnswer(text: string): boolean {
  return NON_ANSWER.test(fold(text));
}

const BROWSING = earliest(BROWSING_WORDS, NO_RUSH);
const FEW = /\b(a couple|a few|couple|few|unos|un par de|pocos)\s*(weeks|semanas|months|meses)\b/;
/** How long something already lasted, right before "a couple of weeks": "went quiet for", "estuve ocupado por". */
const AGO_AFTER = /^\s*(?:ago|back|atras)\b/;
const PAST_STATE_BEFORE = new RegExp(`${wordsOf(PAST_STATE_WORDS)}[^.,;!?]{0,20}\\b(?:for|por)\\s*$`);

export function urgencyOfDays(days: number): Urgency {
  if (days <= IMMEDIATE_DAYS) return 'immediate';
  if (days <= THREE_MONTHS_DAYS) return 'three_months';
  if (days <= SIX_MONTHS_DAYS) return 'six_months';
  return 'browsing';
}

/**
 * A date's urgency. A month named without a day ("in april") is the whole month: within 30 days only when its middle
 * is, otherwise read from its first day like any later date.
 */
export function urgencyOfWhen(when: { daysAhead: number; wholeMonth?: boolean }): Urgency {
  const urgency = urgencyOfDays(when.daysAhead);
  const middle = when.daysAhead + 14;
  return urgency === 'immediate' && when.wholeMonth && middle > IMMEDIATE_DAYS ? 'three_months' : urgency;
}

/**
 * Where the lead lives now, not when they move: "we rent right now", "ahorita rentamos", "currently living with my
 * parents". Read on the lead's own text (chrono reads "right now" as a date too), so accents and any case.
 */
const STATE_VERB = `(${anyOf(CURRENT_STATES)})`;
const NOW_WORD = '(right now|ahorita|currently|por ahora|ahora mismo|ahora|now)';
const NOT_A_MOVE =
  '(?!move|moving|buy|buying|need|want|ready|mudar\\p{L}*|comprar|necesit\\p{L}*|quer\\p{L}*|ocup\\p{L}*)';
/**
 * "right now" opens the clause (the start, after a comma, "but", "y") and a few words lead to the state verb; or the
 * state verb comes first. "we need a place right now, we're staying in a motel" keeps its "right now".
 */
const PRESENT_STATE = new RegExp(
  `(?:^|(?<=[.,;!?]\\s*)|(?<=\\b(?:but|pero|and|y|so|tho|though)\\s))${NOW_WORD}\\b,?( ${NOT_A_MOVE}[\\p{L}\\d'’]+){0,4} ${STATE_VERB}(?![\\p{L}])|(?<![\\p{L}])${STATE_VERB}(?![\\p{L}])( ${NOT_A_MOVE}[\\p{L}\\d'’]+){0,4},? (?<!from )${NOW_WORD}(?![\\p{L}])`,
  'giu',
);

/**
 * Buyer timeline: any date or duration chrono reads, asap words, browsing words; questions are not answers. Read
 * once per text and options in a step (the lead bot reads a message as a buyer's, then as a neutral lead's).
 */
export function extractBuyerTimeline(said: Readable, options: TimelineOptions): BuyerTimeline | undefined {
  const read = asRead(said);
  return read.derive(
    `buyer timeline ${options.nowMs} ${options.timeZone} ${options.lang ?? ''} ${options.volunteered === true}`,
    () => buyerTimeline(read.raw, options),
  );
}

/**
 * A date said after a word that takes back the reading at `span` ("asap. scratch that, more like in 4 months", "no
 * rush, bueno no, mejor en 2 meses"): the later date is the answer.
 */
function dateTakingBack(folded: string, span: Span, options: TimelineOptions): BuyerTimeline | undefined {
  const after = folded.slice(span.index + span.text.length);
  // ...or reconsiders it: "asap would be a dream lol but realistically next year".
  const back = TAKE_BACK_WORD.exec(after) ?? REALISTICALLY.exec(after);
  if (!back) return undefined;
  const when = readWhens(after.slice(back.index + back[0].length), options).find(
    (reading) => !reading.negated,
  );
  return when ? { urgency: urgencyOfWhen(when), timeline: when.text } : undefined;
}

const REALISTICALLY = new RegExp(`${wordsOf(CONTRAST_WORDS)}\\s+(?:${anyOf(RECONSIDERING_WORDS)})\\b`);

/** The asap words that also say how things are today ("right now im at work"): the move's only as NOW_OF_A_MOVE says. */
const SAME_DAY_WORD: ReadonlySet<string> = new Set(['right now', 'ahorita']);

/**
 * The first asap word or must-move phrase, past a same-day word that says how things are, not the move ("im at work
 * right now but we need to move asap": the "asap").
 */
function immediateSaid(folded: string, cut: ReadText): Span | undefined {
  const immediate = unquestioned(cut, IMMEDIATE_OR_SOONEST) ?? unquestioned(cut, MUST_MOVE_SAID);
  if (
    !immediate ||
    !SAME_DAY_WORD.has(immediate.text) ||
    sameDayOfAMove(folded, immediate.index, immediate.text.length)
  )
    return immediate;
  const rest = blankRange(folded, immediate.index, immediate.index + immediate.text.length);
  return immediateSaid(rest, readFolded(rest));
}

const VAGUE_SOON: ReadonlySet<string> = new Set(['soon', 'soonish', 'pronto', 'prontito']);
/**
 * "soonish? depends on how fast we find something": a vague soon guessed (asked back with "?") and then left open is
 * no answer; a firm one stands ("asap, depends on the lender" is a hurry).
 */
function guessedAndLeftOpen(folded: string, immediate: Span): boolean {
  if (!VAGUE_SOON.has(immediate.text.trim())) return false;
  const after = folded.slice(immediate.index + immediate.text.length).trimStart();
  return after.startsWith('?') && DEPENDS.test(after);
}

/** A time said of the same day: "today", "tonight", "hoy" (not "asap" nor "right away"). */
const SAME_DAY_TIMES: ReadonlySet<string> = new Set(SAME_DAY_WORDS);
const HOME_WISH: ReadonlySet<string> = new Set(HOME_WISH_WORDS);

/**
 * The clause of the text around the words from `at` to `end`: from the mark before them to the mark after them (`end`
 * at the clause's end).
 */
function clauseAround(folded: string, at: number, end = at): { start: number; end: number; text: string } {
  const start = Math.max(...CLAUSE_MARKS.map((mark) => folded.lastIndexOf(mark, at - 1))) + 1;
  const ends = CLAUSE_MARKS.map((mark) => folded.indexOf(mark, end)).filter((found) => found >= 0);
  const last = ends.length > 0 ? Math.min(...ends) : folded.length;
  return { start, end: last, text: folded.slice(start, last) };
}

/**
 * A later date wished for the home in another clause than a same-day time said first ("helping my sister move
 * tonight. we're hoping for may", "vamos a comprar los muebles hoy, la casa la queremos para mayo"): that date is the
 * move.
 */
function wishedOverSameDay(folded: string, dates: readonly WhenReading[]): WhenReading | undefined {
  const first = dates[0];
  if (!first || !SAME_DAY_TIMES.has(first.text)) return undefined;
  const own = clauseAround(folded, folded.indexOf(first.text)).start;
  return dates.slice(1).find((when) => {
    const at = folded.indexOf(when.text);
    if (when.negated || when.daysAhead < 7 || at < 0) return false;
    const clause = clauseAround(folded, at);
    return clause.start !== own && tokenise(clause.text).some((token) => HOME_WISH.has(token.word));
  });
}

/** A hedge right before or after the span: "kinda urgent", "nos urge un poco". */
function hedgedSpan(folded: string, span: Span): boolean {
  const before = ` ${folded.slice(Math.max(0, span.index - 12), span.index).trimEnd()}`;
  const after = folded.slice(span.index + span.text.length, span.index + span.text.length + 12).trimStart();
  const endsWord = (at: number) => !(after[at]! >= 'a' && after[at]! <= 'z');
  return HURRY_SOFTENERS.some(
    (hedge) => before.endsWith(` ${hedge}`) || (after.startsWith(hedge) && endsWord(hedge.length)),
  );
}

/** The last date said before the reading at `span` ("timing like 6 months, no rush"), not turned down. */
function dateBefore(folded: string, span: Span, options: TimelineOptions): BuyerTimeline | undefined {
  const when = readWhens(folded.slice(0, span.index), options).findLast(
    (reading) => !reading.negated && ofTheMove(folded, reading),
  );
  return when ? { urgency: urgencyOfWhen(when), timeline: when.text } : undefined;
}

/** The hurry at `span` opens a conclusion of its sentence ("..., so I need to move fast", "así que urge"). */
function hurryConcluded(folded: string, span: Span): boolean {
  const before = folded.slice(0, span.index);
  const last = Array.from(before.matchAll(CONCLUSION)).pop();
  return (
    last !== undefined &&
    ![...before.slice(last.index)].some((char) => char === '.' || char === '!' || char === '?')
  );
}

/** The first date of the text not turned down. */
function dateOf(folded: string, options: TimelineOptions): BuyerTimeline | undefined {
  const when = readWhens(folded, options).find((reading) => !reading.negated);
  return when ? { urgency: urgencyOfWhen(when), timeline: when.text } : undefined;
}

const FOLLOW_UP = phraseBook(
  FOLLOW_UP_PHRASES.map((words) => ({ cue: 'follow_up' as const, words, always: true })),
);

/**
 * The time at `at` is when to follow up, not the move: a follow-up said at most three words before it in its clause
 * ("ask me again in a couple weeks", "check back with me in march", "te aviso en un mes").
 */
function followUpTime(folded: string, at: number): boolean {
  if (at < 0) return false;
  const before = tokenise(folded.slice(clauseAround(folded, at).start, at));
  return FOLLOW_UP.hear(before).some((hit) => before.length - hit.end <= 3);
}

/** The lead says when to follow up or that it will write again ("cualquier cosa les escribo", "check back in march"). */
export const speaksOfFollowingUp = (text: string): boolean =>
  FOLLOW_UP.find(tokenise(fold(text))) !== undefined;

/** What an answer depends on: "depende de cuándo", "depends on when", "depending on if". */
const DEPENDS_ON = new RegExp(wordsOf(DEPENDS_ON_WORDS));
/**
 * A date in the clause an answer depends on ("depende de cuándo acaben las clases"), not one said after it ("depends
 * on when our house sells, but we're aiming for 2 months", "depende de cuándo se acabe el contrato, que es en agosto").
 */
function dependedOn(text: string, depends: RegExpExecArray | null, said: string): boolean {
  if (depends === null) return false;
  const at = text.indexOf(said);
  return (
    at > depends.index && !/[,.;!?]|\b(?:but|pero|que es|which is)\b/.test(text.slice(depends.index, at))
  );
}

/** The first date said after the reading at `span` ("no rush, maybe 6 months"), not turned down. */
function dateAfter(folded: string, span: Span, options: TimelineOptions): BuyerTimeline | undefined {
  // (a "now" after "no rush" is how things stand: "no rush now honestly")
  const when = readWhens(folded.slice(span.index + span.text.length), options).find(
    (reading) => !reading.negated && reading.daysAhead > 1 && ofTheMove(folded, reading),
  );
  return when ? { urgency: urgencyOfWhen(when), timeline: when.text } : undefined;
}

/** A time that may be the move's: not a span of something recurring, of the search, or of being away. */
const ofTheMove = (folded: string, when: WhenReading): boolean =>
  !recurringSpan(folded, when) && !spanOfTheSearch(folded, when) && !awayUntil(folded, when);

/** A rent or a monthly payment is what the lead pays where it lives: "paying 2,800 a month right now" is no move. */
const COSTS_NOW = { rent: 'rent', payment: 'rent' } as const;

const LENDER: ReadonlySet<string> = new Set([
  ...LENDER_WORDS.filter((word) => !word.includes(' ')),
  // ...and the loan's own steps ("preapproval is in process, should have it in a few days")
  ...LOAN_STEP_WORDS,
]);

/**
 * Whether a lender word can be one of the words `aboutTheLoan` reads in `folded`: each is a word of a part of the
 * text, so written in it (apostrophes aside). A text with none is read without cutting a clause around each date.
 */
function mayNameALender(folded: string): boolean {
  const text = folded.replaceAll("'", '').replaceAll('\u2019', '');
  for (const word of LENDER) if (text.includes(word)) return true;
  return false;
}
const CLAUSE_MARKS = [',', '.', ';', '!', '?'];
// (a reason given after the date is its own clause: "4-5 months out since we need to get the lender stuff going")
const CLAUSE_JOINS: ReadonlySet<string> = new Set([
  ...CONTRAST_WORDS,
  'and',
  'y',
  'so',
  'asi',
  'since',
  'because',
  'cuz',
  'porque',
]);

/**
 * The date is said of the loan, not of the move: "not yet, gonna call a lender next week", "vamos al banco la otra
 * semana" (its clause, cut at the marks and at "but", "and", "so", names the lender or the loan and not the move).
 */
const aboutTheLoan = (words: readonly string[]): boolean => words.some((word) => LENDER.has(word));

const BILL: ReadonlySet<string> = new Set(BILL_WORDS);
const LEASE: ReadonlySet<string> = new Set(LEASE_WORDS);
const DUE: ReadonlySet<string> = new Set(DUE_WORDS);
const PAYMENT: ReadonlySet<string> = new Set(PAYMENT_WORDS);
/** A payment falls due within this many days; "la renta se nos vence en unos 2 meses" is the lease's end. */
const PAYMENT_DUE_DAYS = 35;
/**
 * ...or of a bill: "our rent is due march 28 like always", "el 15 de abril pagamos los impuestos" (not a lease's end:
 * "our lease is due for renewal may 1", "la renta se nos vence en unos 2 meses").
 */
const aboutABill = (words: readonly string[], daysAhead: number): boolean =>
  (words.some((word) => BILL.has(word) || PAY_SAID.has(word)) ||
    (words.some((word) => DUE.has(word)) &&
      words.some((word) => PAYMENT.has(word)) &&
      daysAhead <= PAYMENT_DUE_DAYS)) &&
  !words.some((word) => LEASE.has(word));
/** ...or of pay ("ALE pays 4,800 a month thru august", "me pagan every friday"): its own date, not the move's. */
const PAY_SAID: ReadonlySet<string> = new Set(PAY_WORDS.filter((word) => word !== 'make' && word !== 'pay'));
/** Whether the text has a word a bill is named by (most have none: no clause is cut around each date then). */
const mayNameABill = (read: ReadText): boolean =>
  [...BILL, ...DUE].some((word) => read.words.has(word)) || PAY_WORDS.some((word) => read.words.has(word));
const PAY: ReadonlySet<string> = new Set(PAY_WORDS);
const MORE: ReadonlySet<string> = new Set(MORE_WORDS);
/** ...or of more money, after pay was said: "pays me 3k a weekend tho so maybe more by summer" (a short clause). */
const aboutMorePay = (read: ReadText, words: readonly string[]): boolean =>
  words.length <= 5 &&
  words.some((word, at) => MORE.has(word) && !MORE_OR_LESS.has(words[at + 2] ?? '')) &&
  [...PAY].some((word) => read.words.has(word));
/** "más o menos", "more or less": a hedge, no more money. */
const MORE_OR_LESS: ReadonlySet<string> = new Set(['menos', 'less']);

/** The words of the date's clause, cut at the marks and at "but", "and", "so" (none when the date is the move's). */
function clauseWordsOf(folded: string, when: WhenReading): readonly string[] {
  const at = folded.indexOf(when.text);
  if (when.moving || at < 0) return [];
  const { clause, words } = besideTheDate(folded, at, at + when.text.length);
  // A clause that names nothing but "it" (and a hedge or a verb of having) speaks of what the clause before it named,
  // in its sentence ("preapproval is in process, should have it in a few days", "la preaprobación, la tendremos en
  // unos días").
  const onlyIt =
    words.some((word) => POINTING_BACK.has(word)) && words.every((word) => NAMES_NOTHING.has(word));
  if (clause.start === 0 || !onlyIt || folded[clause.start - 1] !== ',') return words;
  const previous = clauseAround(folded, clause.start - 1);
  return [...tokenise(previous.text).map((token) => token.word), ...words];
}
const NAMES_NOTHING: ReadonlySet<string> = new Set([...CLAUSE_NAMING_NOTHING, ...POINTING_BACK_WORDS]);

/** The words said beside a date in its clause, cut at the marks and at "but", "and", "so". */
function besideTheDate(folded: string, at: number, end: number) {
  const clause = clauseAround(folded, at, end);
  const before = tokenise(folded.slice(clause.start, at)).map((token) => token.word);
  const after = tokenise(folded.slice(end, clause.end)).map((token) => token.word);
  const joinBefore = before.findLastIndex((word) => CLAUSE_JOINS.has(word));
  const joinAfter = after.findIndex((word) => CLAUSE_JOINS.has(word));
  return {
    clause,
    words: [...before.slice(joinBefore + 1), ...(joinAfter < 0 ? after : after.slice(0, joinAfter))],
  };
}

/**
 * A date said as a time frame of its own: alone in its clause but for hedges ("like 3 months from now", "4 bedrooms,
 * within 3 months", "tal vez unos 6 meses, depende del trabajo").
 */
const ABOUT: ReadonlySet<string> = new Set([
  'like',
  'about',
  'around',
  'como',
  'unos',
  'unas',
  'aprox',
  'roughly',
]);
/**
 * A count of weeks or months said after a date of an event or a season, as "about" it ("hasta que el niño acabe la
 * escuela, como en 5 meses", "after school lets out, like 5 months"): the lead's own count says when.
 */
function restatedAsACount(folded: string, dates: readonly WhenReading[]): WhenReading | undefined {
  const first = dates[0];
  if (!first || dates.length < 2 || saysDuration(first.text)) return undefined;
  return dates.slice(1).find((when) => {
    if (!saysDuration(when.text)) return false;
    const at = folded.indexOf(when.text);
    const before = folded
      .slice(Math.max(0, at - 16), at)
      .split(/[\s,]+/)
      .filter((word) => word !== '');
    return at > folded.indexOf(first.text) && before.slice(-2).some((word) => ABOUT.has(word));
  });
}

const SPAN_OF_THE_SEARCH: ReadonlySet<string> = new Set(SPAN_OF_THE_SEARCH_WORDS);
const BY_WHEN: ReadonlySet<string> = new Set(['in', 'en', 'within', 'dentro', 'by', 'para', 'antes']);
/**
 * A length of time, not a deadline ("for a few months", "unos meses", not "in 3 months"), in a clause that pauses or
 * measures the search ("we had to pause the search for a few months", "llevamos buscando 2 meses"): how long it went
 * on, no time for the move.
 */
function spanOfTheSearch(folded: string, when: WhenReading): boolean {
  if (when.moving || !saysDuration(when.text)) return false;
  const said = fold(when.text).split(' ');
  const at = folded.indexOf(when.text);
  const before =
    at < 0
      ? ''
      : folded
          .slice(Math.max(0, at - 12), at)
          .trim()
          .split(' ')
          .pop()!;
  if (said.some((word) => BY_WHEN.has(word)) || BY_WHEN.has(before)) return false;
  return (
    at >= 0 &&
    besideTheDate(folded, at, at + when.text.length).words.some((word) => SPAN_OF_THE_SEARCH.has(word))
  );
}

const AWAY_UNTIL: ReadonlySet<string> = new Set(AWAY_UNTIL_WORDS);
const UNTIL: ReadonlySet<string> = new Set(UNTIL_WORDS);
/** The date ends a time the lead is away or busy ("on shift till thursday"): when it can be reached, not the move. */
function awayUntil(folded: string, when: WhenReading): boolean {
  const at = folded.indexOf(when.text);
  if (at < 0) return false;
  const before = tokenise(folded.slice(clauseAround(folded, at).start, at)).map((token) => token.word);
  const until = before.findLastIndex((word) => UNTIL.has(word));
  return (
    until >= 0 && before.length - until <= 2 && before.slice(0, until).some((word) => AWAY_UNTIL.has(word))
  );
}

const RECURRING_BEFORE_WORDS: ReadonlySet<string> = new Set(RECURRING_BEFORE);
/** A length said of something that comes back ("gone 3 weeks at a time", "cada 15 días"): no time for the move. */
function recurringSpan(folded: string, when: WhenReading): boolean {
  if (!saysDuration(when.text)) return false;
  const at = folded.indexOf(when.text);
  if (at < 0) return false;
  const after = folded.slice(at + when.text.length).trimStart();
  const endsWord = (at: number) => !(after[at]! >= 'a' && after[at]! <= 'z');
  if (RECURRING_AFTER.some((words) => after.startsWith(words) && endsWord(words.length))) return true;
  const before =
    folded
      .slice(Math.max(0, at - 16), at)
      .trim()
      .split(' ')
      .pop() ?? '';
  return RECURRING_BEFORE_WORDS.has(before);
}

function saidAlone(folded: string, when: WhenReading): boolean {
  const at = folded.indexOf(when.text);
  if (at < 0) return false;
  // (a range's first figure is beside its date: "in 4 to 6 months")
  return besideTheDate(folded, at, at + when.text.length).words.every(
    (word) => FRAME_HEDGES.has(word) || [...word].every(isDigit),
  );
}
const FRAME_HEDGES: ReadonlySet<string> = new Set([...CLAUSE_NAMING_NOTHING, ...TIME_FRAME_HEDGES]);
const POINTING_BACK: ReadonlySet<string> = new Set(POINTING_BACK_WORDS);

function buyerTimeline(said: string, options: TimelineOptions): BuyerTimeline | undefined {
  // ("2 and a half months" is one duration before any number is taken for money: "lease ends in 2 and a half months")
  const text = blankMoney(halves(fold(said)), COSTS_NOW).replace(PRESENT_STATE, 'these days');
  const folded = read(text, true);
  const cut = readFolded(folded);
  const browsing = unquestioned(cut, BROWSING);
  // "we're not in a rush, maybe 6 months": a date said after the hedge says when.
  // ...and so does one said before it ("timing like 6 months, no rush").
  if (browsing && !negatedBefore(folded, browsing.index, 2))
    return (
      dateTakingBack(folded, browsing, options) ??
      dateAfter(folded, browsing, options) ??
      dateBefore(folded, browsing, options) ?? { urgency: 'browsing', timeline: browsing.text }
    );
  const immediate = immediateSaid(folded, cut);
  // "ahorita no podemos, pero en 2 meses sí": a now turned down right after it is no now.
  const now =
    immediate &&
    !negatedBefore(folded, immediate.index, 4) &&
    !negatedAfter(folded, immediate.index + immediate.text.length, 3) &&
    !guessedAndLeftOpen(folded, immediate)
      ? immediate
      : undefined;
  // "el landlord nos quiere fuera en 2 meses so now it's the sooner the better": a wish for soon beside a date the move
  // hangs on is that date.
  const wish = now !== undefined && unquestioned(cut, SOONEST) !== undefined;
  // "nos urge un poco, nos mudamos en dos meses", "kinda urgent, lease ends in 10 weeks": a hedged hurry beside a date
  // is that date.
  const hedged = now !== undefined && hedgedSpan(folded, now);
  if (now)
    return (
      dateTakingBack(folded, now, options) ??
      (wish || hedged ? dateOf(folded, options) : undefined) ??
      // ("start date is in 5 weeks so I need to move fast": a hurry concluded from a date is that date)
      (hurryConcluded(folded, now) ? dateBefore(folded, now, options) : undefined) ?? {
        urgency: 'immediate',
        timeline: now.text,
      }
    );
  const few = FEW.exec(folded);
  const moveUnnamed = options.volunteered === true && !namesTheMove(cut);
  // ("letter is good for another couple months": a few months of the loan's, or of a thing volunteered, not the move)
  const fewSaid: WhenReading | undefined = few ? { daysAhead: 0, text: few[0], negated: false } : undefined;
  if (
    few &&
    fewSaid &&
    !(moveUnnamed && !saidAlone(folded, fewSaid)) &&
    !(mayNameALender(folded) && aboutTheLoan(clauseWordsOf(folded, fewSaid))) &&
    !inQuestion(folded, few.index) &&
    !negatedBefore(folded, few.index, 3) &&
    // "we got pre-approved a couple weeks ago": a past time
    !AGO_AFTER.test(folded.slice(few.index + few[0].length)) &&
    !followUpTime(folded, few.index) &&
    !PAST_STATE_BEFORE.test(folded.slice(Math.max(0, few.index - 40), few.index)) &&
    !spanOfTheSearch(folded, fewSaid) &&
    !recurringSpan(folded, fewSaid)
  ) {
    const weeks = /week|semana/.test(few[2] ?? '');
    const count = /couple|par/.test(few[1] ?? '') ? 2 : 3;
    return { urgency: urgencyOfDays(weeks ? count * 7 : count * 30), timeline: few[0] };
  }
  // A negated date says nothing ("we can't move right now"), but an earliest one says when ("not until june").
  // When several dates are said, the one the move hangs on: "school ends in june, so we want to be moved in by july".
  // A date the answer depends on is no answer: "not sure, depende de cuando acaben las clases".
  const depends = DEPENDS_ON.exec(folded);
  const lender = mayNameALender(folded);
  const bill = mayNameABill(cut);
  const followUp = FOLLOW_UP.find(cut.tokens) !== undefined;
  const dates = readWhens(folded, options).filter((when) => {
    if (moveUnnamed && !saidAlone(folded, when)) return false;
    if ((when.negated && !when.earliest) || dependedOn(folded, depends, when.text)) return false;
    if (followUp && followUpTime(folded, folded.indexOf(when.text))) return false;
    if (!ofTheMove(folded, when)) return false;
    if (!lender && !bill) return true;
    const words = clauseWordsOf(folded, when);
    return (
      !(lender && aboutTheLoan(words)) &&
      !(bill && (aboutABill(words, when.daysAhead) || aboutMorePay(cut, words)))
    );
  });
  // ...or the date it comes to, said alone after a conclusion: "once the kids finish the school year, so july".
  const conclusion = concluded(text);
  // (up to five words, or up to eight when it says a count of units: "so maybe in 5 months or so")
  const concludedWords = conclusion.trim().split(/\s+/).length;
  // (not more money said to come: "pays me 3k a weekend tho so maybe more by summer")
  const concludedReading =
    conclusion !== text &&
    concludedWords <= 8 &&
    !(
      bill &&
      aboutMorePay(
        cut,
        tokenise(conclusion).map((token) => token.word),
      )
    )
      ? readWhens(conclusion, options).find((when) => !when.negated)
      : undefined;
  const concludedDate =
    concludedReading && (concludedWords <= 5 || saysDuration(concludedReading.text))
      ? concludedReading
      : undefined;
  // A date that takes back the one before it ("en 3 meses. wait no, 6 months") is the last word.
  const retaken = dates.findLast((when) => when.retaken);
  // Not knowing, with dates of different urgencies as possibilities ("depends if my transfer goes thru. could be 2
  // months could be a year"): no answer.
  if (
    !concludedDate &&
    !retaken &&
    NON_ANSWER.test(folded) &&
    new Set(dates.map((when) => urgencyOfWhen(when))).size > 1
  )
    return undefined;
  const reading =
    concludedDate ??
    retaken ??
    restatedAsACount(folded, dates) ??
    dates.find((when) => when.moving) ??
    wishedOverSameDay(folded, dates) ??
    dateOfTheMove(folded, dates) ??
    dates[0];
  if (reading)
    return {
      urgency: urgencyOfWhen(reading),
      timeline: inOwnWords(reading, text, options),
      ...(reading === retaken ? { retaken: true as const } : {}),
    };
  const open = unquestioned(cut, OPEN_ENDED_SAID);
  if (open && !negatedBefore(folded, open.index, 2)) return { urgency: 'browsing', timeline: open.text };
  return undefined;
}

/**
 * Of several dates, when the first is no time frame of its own and its clause names neither the move, the home nor what
 * the move hangs on (`MOVE_NAMING`), the first of the next few whose clause names the move itself (`THE_MOVE_ITSELF`:
 * "the money hits the acct in may. moving wise were thinking august", "el bono llega en septiembre ... en unas seis
 * semanas nos vemos ya desempacando").
 */
function dateOfTheMove(folded: string, dates: readonly WhenReading[]): WhenReading | undefined {
  if (dates.length < 2) return undefined;
  // (the clause's part around the date, cut at a contrast: "the bonus hits in may but moving wise we're thinking
  // september"; each part read once, and only the first few dates: a message of many dates names no one move)
  const read = new Map<string, readonly Token[]>();
  const clauseOf = (when: WhenReading) => {
    const at = folded.indexOf(when.text);
    if (at < 0) return [];
    const parts = clauseAround(folded, at)
      .text.split(' but ')
      .flatMap((part) => part.split(' pero '));
    const part = parts.find((piece) => piece.includes(when.text)) ?? '';
    const tokens = read.get(part) ?? tokenise(part);
    read.set(part, tokens);
    return tokens;
  };
  // (the first date said as a time frame of its own stays: "para mayo idealmente, mi hermana se va a mudar ... en
  // agosto")
  // (a first date named only by what the move hangs on gives way to a later one of the move itself: "la renta nos la
  // suben en julio. la idea es ya estar mudados antes del 20 de mayo", "school starts in august, moving wise june")
  if (saidAlone(folded, dates[0]!) || THE_MOVE_OR_MOVING_IN.find(clauseOf(dates[0]!)) !== undefined)
    return undefined;
  return dates.slice(1, FEW_DATES).find((when) => THE_MOVE_ITSELF.find(clauseOf(when)) !== undefined);
}
const FEW_DATES = 6;
/** The move itself, said with its verb or noun ("moving wise", "la mudanza", "nos vemos desempacando"). */
const THE_MOVE_ITSELF = phraseBook(
  [...OWN_MOVE.move, ...MOVE_ITSELF_WORDS].map((words) => ({
    cue: 'move' as const,
    words: words.replaceAll(' ', '+'),
    always: true,
  })),
);

/**
 * Whether the message names the move, the home or what it hangs on ("we want to be in by june", "lease ends in 6
 * weeks", "new job starts in 5 weeks"): a date volunteered without any of these is said of something else ("she's
 * out of town till sunday", "we were gonna do that this week").
 */
const MOVE_NAMING = phraseBook(
  [...MOVING_IN_WORDS, ...OWN_MOVE.move, ...LEASE_WORDS, ...MOVE_NAMING_WORDS].map((words) => ({
    cue: 'move' as const,
    words: words.replaceAll(' ', '+'),
    always: true,
  })),
);
const namesTheMove = (cut: ReadText): boolean => MOVE_NAMING.find(cut.tokens) !== undefined;
/** The move itself or moving in, not what the move hangs on (the rent, the lease, a job, a school). */
const THE_MOVE_OR_MOVING_IN = phraseBook(
  [...MOVING_IN_WORDS, ...OWN_MOVE.move, ...MOVE_ITSELF_WORDS].map((words) => ({
    cue: 'move' as const,
    words: words.replaceAll(' ', '+'),
    always: true,
  })),
);
