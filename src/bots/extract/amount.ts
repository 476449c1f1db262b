import {
  AFFORDS_WORDS,
  CEILING_BEFORE_WORDS,
  FLOOR_BEFORE_WORDS,
  CONDITION_OPENERS,
  TOO_HIGH_WORDS,
  AMOUNT_LEAD_WORDS,
  DOWN_REFERRED_WORDS,
  APPROVAL_STEMS,
  LENDER_TOLD,
  OWN_SALE_SUBJECTS,
  SUPPOSED,
  SALE_CLOSED_BEFORE,
  CEILING_NOUNS,
  CEILING_REACHED,
  LIMITS_NAMED_BEFORE,
  HEDGES,
  ACCEPTABLE_AFTER,
  ROUGHLY_WORDS,
  RATE_TALK_WORDS,
  UNITS_AFTER_A_NUMBER,
  BUDGET_WORDS,
  SET_ASIDE_BEFORE,
  TOO_MUCH_WORDS,
  TOO_MUCH_LINKS,
  DEGREE_WORDS,
  CONCEDED_AFTER,
  STRONG_TAKE_BACKS,
  STRETCH_AFTER_WORDS,
  STRETCH_BEFORE_WORDS,
  SIDE_COST_WORDS,
  SCORE_WORDS,
  COMPARABLE_WORDS,
  BUSINESS_FIGURE_WORDS,
  FOREIGN_CURRENCIES,
  SIDE_COSTS_AFTER,
  SPENT_FILLERS,
  OWN_HOME_VALUE_PHRASES,
  SPENT_ON,
  MARKET_HOMES,
  MARKET_COSTS,
  AMOUNT_WISHED_AFTER,
  IDEAL_WORDS,
  CEILING_FILLERS,
  CEILING_WORDS,
  REACH_SUBJECTS,
  OWN_LIMITS,
  OTHER_SIDE_WORDS,
  DEBT_WORDS,
  DEBT_AFTER_WORDS,
  OFFERED_WORDS,
  DOWN_WORDS,
  HUNDRED_VARIANTS,
  INCOME_WORDS,
  INCOME_AFTER,
  LOAN_WORDS,
  MEASURE_UNITS,
  ZIP_WORDS,
  MONEY_SCALES,
  MONTHLY_AFTER as MONTHLY_AFTER_WORDS,
  PAYMENT_WORDS,
  RANGE_JOINERS,
  PER_MONTH,
  ADDED_TO_A_RATE,
  EMERGENCY_LINE_BEFORE,
  EMERGENCY_LINE_AFTER,
  PER_WEEK,
  ESTIMATE_SOURCES,
  NET_AFTER_WORDS,
  NET_BEFORE_WORDS,
  PER_YEAR,
  CLAUSE_JOINING_WORDS,
  FIGURE_ONLY_WORDS,
  HOME_TALK_WORDS,
  PRICE_HEDGES,
  PRICE_WORDS,
  RENT_AFTER,
  RENT_WORDS,
  SAID_BEFORE_PHRASES,
  SAVED_AFTER,
  MONEY_RECEIVED,
  LEFT_TO,
  LEFT_VERBS,
  BEFORE_A_LUMP_SUM,
  REACHED_WITH,
  YEAR_WORDS,
  REFUSED,
  SOURCE_AFTER_AN_AMOUNT,
  AMOUNT_DENIALS,
  DOWN_PAYMENT_NOUNS,
} from '../lexicon/money.js';
import { CONTRAST_WORDS, RECONSIDERING_WORDS } from '../lexicon/optout.js';
import { MONTH_NAMES } from '../lexicon/time.js';
import { HOUSEHOLD_SPEAKERS } from '../lexicon/people.js';
import { HOME_NOUNS } from '../lexicon/seller.js';
import { blankNotFigures } from '../read/not-figures.js';
import { firstSpan, locate, type Span } from '../read/phrase-offsets.js';
import { oneOf, phraseBook, tokenise } from '../read/phrases.js';
import { anyOf, blanked, blankRange, isDigit, isDigits, wordsOf } from '../read/words.js';
import { BATHROOM_WORD, BEDROOM_WORD, negatedBefore, TAKE_BACK } from '../text.js';
import { detectLanguage } from '../lang.js';

/** Money amounts in lead text: "450 thousand", "$450,000", "450k", "1.2m", "$1,200,000", bare numbers, ranges. */

export interface Amount {
  value: number;
  /** A bare 1 to 3 digit number (no suffix, no separators): a price only in context, and then in thousands. */
  bare: boolean;
  /** A plain decimal with no suffix, sign or separators ("1.3"): millions when it answers a price question. */
  decimal: boolean;
  /** A price word ("around", "asking", "budget", "$", ...) sits right before it. */
  priceWord: boolean;
  /**
   * Only a hedge prices it ("like 160", "around 550") and its clause speaks of no home or money ("parked at stop 94 of
   * like 160 today"): a price only when the lead answers the bot's questions (`extractBudget`'s `answering`).
   */
  hedged: boolean;
  qualifier?: 'max' | 'min';
  /**
   * The ceiling is the lead's own: said after the amount ("700 max", "650 tops") or after the lead's own reach ("we
   * could stretch to 650", "podemos llegar hasta 700"), not a limit of something else ("etiwanda goes up to 900").
   */
  ownCeiling?: boolean;
  /**
   * Not what the lead will pay or asks: `down` is a down payment or savings ("50 mil de enganche", "20k down"),
   * `other` a price someone else got or paid ("the neighbor sold for 780") or a cost beside the price ("hoa under
   * 300", "a seller credit up to 15k", "closing costs up to 15k"), `paid` what the lead itself paid for its home
   * ("we paid 410 back in 2015", "la compramos en 300 mil"), `owed` what it still owes.
   */
  aside?: 'down' | 'other' | 'paid' | 'owed' | 'value';
  /** What the amount is (`budget` unless its clause or period says otherwise): see `moneySpans`. */
  role?: MoneyRole;
  /** Taken back by a correction before the next amount ("450.. actually make it 500"). */
  takenBack?: boolean;
  /** A limit named right before it ("máximo 600", "no más de 520"), not a reach of something else ("goes up to 900"). */
  namedLimit?: boolean;
  /** What a lender approved ("approved for 520", "el banco nos aprobó 520", "700 pre approved"). */
  approved?: boolean;
  /** A lender's figure told by the lead ("our loan officer says we're good up to 560"): also `approved`. */
  told?: boolean;
  /** Denied by a negation right before it in its clause ("no llegamos a 479", "can't do 500"). */
  denied?: boolean;
  /**
   * Said in a question the lead asks about something else ("would the sellers come down from 689?") or in a case only
   * supposed ("suppose we find one at 800"): no figure of the lead's own.
   */
  supposed?: boolean;
  /** Only called acceptable right after it ("489 is ok", "465 is fine", "ese precio está bien"): no limit of its own. */
  acceptable?: boolean;
  /** The digits as written, before any suffix ("450" in "450k"). */
  digits: string;
  start: number;
  end: number;
}

export interface AmountScan {
  amounts: Amount[];
  /** Index pairs into `amounts` that form a range ("500 to 600k", "between 500k and 650k"). */
  ranges: [number, number][];
}

const TOKEN =
  /(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.,]|\s?(?:k|m|mm|mil|mill)\b)|\d{1,2},\d{1,2}(?!,?\d)|\d+(?:\.\d+)?)(\s?(?:k|mm|m|grand|thousand|mil|mill|mils|millones|millon|million)\b)?/g;
/** A unit right after a number makes it no price; a whole word only ("450,000 thx" is a price, "4th" is not). */
const HOME_NOUN: ReadonlySet<string> = new Set(HOME_NOUNS);
const LINE_BEFORE: ReadonlySet<string> = new Set(EMERGENCY_LINE_BEFORE);
/** The number is the emergency line's: after "del", "the", "call" ..., or before "dispatch", "operator", "call". */
function namesTheLine(scaled: string, start: number, end: number): boolean {
  const before =
    scaled
      .slice(Math.max(0, start - 24), start)
      .trim()
      .split(' ')
      .at(-1) ?? '';
  const after =
    scaled
      .slice(end, end + 24)
      .trim()
      .split(' ', 1)[0] ?? '';
  return LINE_BEFORE.has(before) || EMERGENCY_LINE_AFTER.some((stem) => after.startsWith(stem));
}
const UNIT_AFTER = new RegExp(
  `^\\s?(?:${BEDROOM_WORD}|${BATHROOM_WORD}|:\\d|${anyOf(UNITS_AFTER_A_NUMBER)})(?![a-z])`,
);
/** A unit of area or distance after a scaled number: "2 mil pies cuadrados", "2k sq ft", "1.5k miles" (no price). */
const MEASURED_AFTER = new RegExp(`^\\s?${wordsOf(MEASURE_UNITS)}`);
const PRICE_WORD_BEFORE = new RegExp(`${wordsOf(PRICE_WORDS)}\\s*$`);
/** "in the 550-600 range", "en el rango de 500 a 550": the range named right after the figure (or its range's top). */
function rangeNamedAfter(after: string): boolean {
  const words = tokenise(after).map((token) => token.word);
  let next = words[0] === 'to' || words[0] === 'a' ? 1 : 0;
  const top = words[next] ?? '';
  if (isDigits(top.endsWith('k') ? top.slice(0, -1) : top)) next += 1;
  return RANGE_NOUNS.has(words[next] ?? '');
}
const RANGE_NOUNS: ReadonlySet<string> = new Set(['range', 'rango']);
/**
 * A price noun, then what it is: "budget's 725", "budget is about 650", "budget como 550", "el presupuesto es como de
 * 550", "presupuesto anda tipo en 480". Nothing else between them: "mi presupuesto mensual es como 900" or "el precio
 * por pie anda como 300" is another figure, and "como" or "tipo" alone are too common in Spanish to mark a price.
 */
const HEDGED_PRICE_BEFORE =
  /\b(budget|presupuesto|precio|rango|range|max|maximum|limit|limite|tope|maximo|cap|ceiling)(?:'?s|:)?(?: (?:es|seria|sera|anda|andaria|is|would be|de))?(?: de)?(?: (como|tipo|around|about|like))?(?: de| en| unos)?\s*\$?\s*$/;
const RATE_TALK = new RegExp(wordsOf(RATE_TALK_WORDS));
/** A ceiling said right before the amount, or with a hedge between ("capped at like 560", "hasta como 500"). */
const MAX_BEFORE = new RegExp(`(?:${anyOf(CEILING_BEFORE_WORDS)})(?: (?:${anyOf(HEDGES)}))?\\s*\\$?\\s*$`);
/** A ceiling noun among the last few words of the amount's clause, no other figure between them. */
/** The lead's own limit named right before the amount: "máximo 600", "no más de 520" (`LIMITS_NAMED_BEFORE`). */
function limitNamedBefore(before: string): boolean {
  const words = before.trim().split(' ');
  return [1, 2, 3].some((count) => LIMITS_NAMED_BEFORE.has(words.slice(-count).join(' ')));
}
function ceilingNamedBefore(wider: string): boolean {
  const words = (wider.split(CLAUSE_BREAK).pop() ?? '').trim().split(' ');
  // Only the words after the clause's last figure name this amount's ceiling ("699 is ok but the maximum is 720").
  const sinceFigure = words.slice(words.findLastIndex((word) => /\d/.test(word)) + 1);
  if (sinceFigure.slice(-6).some((word) => CEILING_NOUNS.has(word))) return true;
  // ...or a ceiling said as what the lead can reach: "the most we could pay is 455k", "lo más que podemos pagar es 480"
  const said = ` ${sinceFigure.slice(-12).join(' ')}`;
  return CEILING_REACHED.some((words) => said.includes(` ${words} `));
}
const CLAUSE_BREAK = /[.,;!?]/;
const SCORE: ReadonlySet<string> = new Set(SCORE_WORDS);
const COMPARABLE: ReadonlySet<string> = new Set(COMPARABLE_WORDS);
const BUSINESS_FIGURE: ReadonlySet<string> = new Set(BUSINESS_FIGURE_WORDS);
/** Money of another country said right after the amount ("25 million shillings", "80 lakhs", "300 mil euros"). */
const foreignMoney = (after: string): boolean => {
  const said = ` ${(after.split(CLAUSE_BREAK)[0] ?? '').trim().split(' ', 3).join(' ')} `;
  return FOREIGN_CURRENCIES.some((currency) => said.includes(` ${currency} `));
};
/** A business's figure, named a few words before it or right after it ("2 million in sales", "de ventas"). */
const businessFigure = (wider: string, after: string): boolean =>
  namedRightBefore(wider, BUSINESS_FIGURE) ||
  (after.split(CLAUSE_BREAK)[0] ?? '')
    .trim()
    .split(' ', 3)
    .some((word) => BUSINESS_FIGURE.has(word));
/**
 * One of `words` among the last four words of the amount's clause, with no other figure between and no turn to the
 * lead's own reckoning ("plus VA comp so we figure 525k tops": the comp is a pension's, the 525k the lead's).
 */
function namedRightBefore(before: string, words: ReadonlySet<string>): boolean {
  const clause = (before.split(CLAUSE_BREAK).pop() ?? '').trim().split(' ');
  const since = clause.findLastIndex((word) => /\d/.test(word) || CLAUSE_TURNS.has(word));
  return clause
    .slice(since + 1)
    .slice(-4)
    .some((word) => words.has(word));
}
const CLAUSE_TURNS: ReadonlySet<string> = new Set(['so', 'but', 'pero', 'entonces', 'asi']);
/** A credit score named right before the number ("mi score anda en 690") or right after it ("690 credit score"). */
function creditScore(before: string, after: string): boolean {
  return (
    namedRightBefore(before, SCORE) ||
    (after.split(CLAUSE_BREAK)[0] ?? '')
      .trim()
      .split(' ', 2)
      .some((word) => SCORE.has(word))
  );
}
/**
 * The amount a lender approved, said after the approval: "approved for 480", "pre-approval letter is for 480k", "la
 * carta de pre-aprobación es por 480", "aprobados por 500 mil": a price, even when a bare number.
 */
const APPROVED_BEFORE =
  /\b(?:(?:pre)?approv(?:ed|al|e)|aprob(?:ad[oa]s?|acion|aron|o)|preaprob(?:ad[oa]s?|acion|aron|o))\b(?: letter| carta)?(?:[^.?\d]{0,20}?\b(?:for|por|para|de|at|en|up to|hasta|says|said|is|es|dice|dijo))?\s*[!:,]?\s*\$?\s*$/;
/**
 * The same by its parts, farther back: an approval in the amount's clause, then a few words, then only the words that
 * lead up to an amount ("pre-approved con el credit union for 575", "approved us for as much as 610").
 */
function approvalSaidBefore(before: string): boolean {
  // (most amounts have no approval before them: no tokens made for those)
  if (!APPROVAL_STEMS.some((stem) => before.includes(stem))) return false;
  const tokens = tokenise(before);
  const clause = tokens.at(-1)?.clause;
  let lead = tokens.length;
  while (lead > 0 && tokens[lead - 1]!.clause === clause && LEADS_TO_AN_AMOUNT.has(tokens[lead - 1]!.word))
    lead -= 1;
  if (lead === tokens.length) return false;
  const approval = tokens.findIndex(
    (token, at) =>
      at < lead && token.clause === clause && APPROVAL_STEMS.some((stem) => token.word.startsWith(stem)),
  );
  // (with no amount between: "aprobado hasta 550 mil pero queremos algo de 480" approves the 550 only)
  return (
    approval >= 0 &&
    lead - approval <= 8 &&
    !tokens.slice(approval, lead).some((token) => token.word[0]! >= '0' && token.word[0]! <= '9')
  );
}
const LEADS_TO_AN_AMOUNT: ReadonlySet<string> = new Set(AMOUNT_LEAD_WORDS);
const TOLD_VERBS: ReadonlySet<string> = new Set(LENDER_TOLD.verbs);
const TOLD_REACH: ReadonlySet<string> = new Set(LENDER_TOLD.reach);
const LETTERS: ReadonlySet<string> = new Set(['letter', 'carta']);

const QUESTION_OPENERS: ReadonlySet<string> = new Set(SUPPOSED.questionOpeners);
const CLAUSE_FILLERS: ReadonlySet<string> = new Set(SUPPOSED.fillers);
const OWN_ASKING: ReadonlySet<string> = new Set(SUPPOSED.ownAsking);
const CLAUSE_MARKS = '!?;\n';

/** Where the clause of an amount starts and ends: at a mark (a dot only when no digit follows it). */
function clauseAround(
  text: string,
  start: number,
  end: number,
  marks: string = CLAUSE_MARKS,
): { from: number; to: number } {
  const isMark = (at: number) => marks.includes(text[at]!) || (text[at] === '.' && !isDigit(text[at + 1]));
  let from = start;
  while (from > 0 && !isMark(from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !isMark(to)) to += 1;
  return { from, to };
}

/**
 * An amount said in a question about something else, or in a supposed case: its clause ends on a question mark and
 * opens with a question word with at least two words before the amount ("would the sellers come down from 689?", not
 * "would 500 be enough?", nor "what can we get for 550?", the lead's own reach), or a supposition leads up to it in its
 * clause ("suppose we find one at 640", "pongamos que la casa cuesta 800"; not "let's say 550", a figure restated).
 */
function supposedAt(scaled: string, start: number, end: number): boolean {
  const { from, to } = clauseAround(scaled, start, end);
  const before = scaled.slice(from, start);
  if (SUPPOSED.leads.some((lead) => before.includes(lead))) return true;
  if (scaled[to] !== '?') return false;
  const words = before.split(' ').filter((word) => word !== '' && !CLAUSE_FILLERS.has(word));
  return words.length >= 3 && QUESTION_OPENERS.has(words[0]!) && !words.some((word) => OWN_ASKING.has(word));
}

/**
 * A lender's figure told by the lead, an approval: who gave it (a lender, the letter), a verb that tells it, then at
 * most seven words and no other number before the amount ("our loan officer at the credit union says we're good up to
 * 560", "el letter dice 530").
 */
function lenderToldBefore(before: string): boolean {
  // (most amounts have no lender before them: no tokens made for those)
  if (!LENDER_TOLD.givers.some((giver) => before.includes(giver))) return false;
  const tokens = tokenise(before).slice(-14);
  const verb = tokens.findLastIndex((token) => TOLD_VERBS.has(token.word));
  if (verb < 0 || tokens.length - verb > 8) return false;
  const after = tokens.slice(verb + 1).map((token) => token.word);
  if (after.some((word) => word[0]! >= '0' && word[0]! <= '9')) return false;
  // (the teller in the verb's own clause: "no hemos hablado con ningún prestamista. mi primo dice que ... 500")
  const clause = tokens[verb]!.clause;
  const teller = ` ${tokens
    .slice(Math.max(0, verb - 6), verb)
    .filter((token) => token.clause === clause)
    .map((token) => token.word)
    .join(' ')} `;
  const giver = LENDER_TOLD.givers.find((words) => teller.includes(` ${words} `));
  // (the letter is the approval; a lender's figure is a reach: "up to", "hasta", "as high as", not "which our lender
  // said is about 525k" of a payment)
  return giver !== undefined && (LETTERS.has(giver) || after.some((word) => TOLD_REACH.has(word)));
}

/** An amount put down by reference later: "about 140k ..., and I want to put most of that down", "usar eso de enganche". */
const DOWN_BY_REFERENCE = phraseBook([
  {
    cue: 'down' as const,
    words: `put|putting|use|using|poner|usar|dar ~2 that|it|this|eso|esa|esto ~2 ${oneOf(DOWN_REFERRED_WORDS)}`,
  },
]);
/** The amount said last before a reference that puts it down is a down payment, not the price. */
function putDownByReference(scaled: string, amounts: Amount[]): void {
  if (amounts.length < 2 || !DOWN_REFERRED_WORDS.some((words) => scaled.includes(words.split('+')[0]!)))
    return;
  const located = locate(scaled);
  const hit = DOWN_BY_REFERENCE.find(located.tokens);
  if (!hit) return;
  const at = located.at[hit.start]!;
  const before = amounts.filter((amount) => amount.end <= at).at(-1);
  if (before && before.qualifier !== 'max') before.aside = 'down';
}

/**
 * The lead's own reach, just before a ceiling: "we could stretch to", "i can go up to", "podemos llegar hasta", or a
 * ceiling word opening its own clause after a first amount ("como 450, máximo 500").
 */
const OWN_REACH_BEFORE = new RegExp(
  `${wordsOf(REACH_SUBJECTS)}(?: \\w+){0,2}? (stretch|go|push|pay|spend|do|afford|llegar|estirar\\w*|subir\\w*|aventar\\w*|gastar|pagar|hasta)\\b[^,.;!?]{0,16}$|\\b(?:${anyOf(OWN_LIMITS)})\\b[^,.;!?]{0,16}$|(?:\\b(pero|but|aunque|although|or|o)|,) (maybe |quizas |tal vez )?(hasta|up to|max|maximo|tops)\\s*\\$?\\s*$|\\b(pero|but) (si|if) [^.;$\\d]{0,30}\\b(hasta|up to|we'?d go|we could go|podriamos)\\s*\\$?\\s*$|(^|[,;]|\\b(and|y))\\s*(max|maximo|maximum|tops|a lo mucho|hasta|up to)\\s*\\$?\\s*$`,
);
/** A cost beside the price: "hoa under 300", "a seller credit up to 15k", "costos de cierre hasta 10 mil". */
const SIDE_COST_BEFORE = new RegExp(`${wordsOf(SIDE_COST_WORDS)}(?! union)[^,.;!?\\d]{0,18}$`);
/**
 * A cost beside the price asked about just before, across a question ("hoa cuánto es? if its more than 200"): a small
 * amount with no budget word between is that cost.
 */
function sideCostAskedBefore(before: string): boolean {
  const side = SIDE_COST_ASKED.exec(before);
  return side !== null && !BUDGET_WORD.test(before.slice(side.index));
}
const MARKET_HOME: ReadonlySet<string> = new Set(MARKET_HOMES);
const MARKET_COST: ReadonlySet<string> = new Set(MARKET_COSTS);
/** Homes in general and what they cost, in the last words before the amount ("allá las casas cuestan como 350"). */
function marketCostBefore(before: string): boolean {
  const near = before.slice(-48);
  // (a cheap look first: most amounts have no home word before them)
  if (!MARKET_HOMES.some((home) => near.includes(home))) return false;
  const clause = near.slice(Math.max(...[...',.;!?'].map((mark) => near.lastIndexOf(mark))) + 1);
  const words = tokenise(clause)
    .slice(-6)
    .map((token) => token.word);
  const home = words.findIndex((word) => MARKET_HOME.has(word));
  const cost = words.findLastIndex((word) => MARKET_COST.has(word));
  // ("everything's 750 plus": the home and its cost in one word)
  const said = cost > home || (cost === home && MARKET_COST.has(words[home]!));
  return home >= 0 && said && cost >= words.length - 3;
}
const SIDE_COST_AFTER: ReadonlySet<string> = new Set(SIDE_COSTS_AFTER);
const COST_LINKS: ReadonlySet<string> = new Set(['in', 'de', 'of', 'for', 'the', 'la', 'el', 'en']);
/** A cost of the home named right after the amount, past a linking word ("$385 HOA", "200 in dues", "300 de cuota"). */
const SPENT_FILLER: ReadonlySet<string> = new Set(SPENT_FILLERS);
const SPENT_PART: ReadonlySet<string> = new Set(SPENT_ON);
/** Money put into the home, said after its amount ("90k into it", "40 more into the kitchen", "50 mil en arreglos"). */
function spentOnTheHome(after: string): boolean {
  const words = tokenise(after.slice(0, 40)).map((token) => token.word);
  let at = 0;
  while (at < words.length && SPENT_FILLER.has(words[at]!)) at += 1;
  if (words[at] === 'into') return true;
  const part = ['the', 'our', 'la', 'el', 'los', 'las'].includes(words[at + 1] ?? '')
    ? words[at + 2]
    : words[at + 1];
  return (words[at] === 'in' || words[at] === 'en') && SPENT_PART.has(part ?? '');
}
const OWN_HOME_VALUE = phraseBook(
  OWN_HOME_VALUE_PHRASES.map((words) => ({ cue: 'value' as const, words, always: true, clause: true })),
);
/** The value of the lead's own home right before the amount ("our house is worth like 650"): no budget. */
function ownHomeValueBefore(wider: string): boolean {
  const tokens = tokenise(wider);
  const hit = OWN_HOME_VALUE.find(tokens);
  return hit !== undefined && tokens.length - hit.end <= 2;
}
function sideCostAfter(after: string): boolean {
  if (!SIDE_COSTS_AFTER.some((cost) => after.includes(cost))) return false;
  const stop = [...after].findIndex((char) => ',.;!?'.includes(char));
  const words = tokenise(stop < 0 ? after : after.slice(0, stop)).map((token) => token.word);
  const named = COST_LINKS.has(words[0] ?? '') ? words[1] : words[0];
  return SIDE_COST_AFTER.has(named ?? '');
}
const SIDE_COST_ASKED = new RegExp(`${wordsOf(SIDE_COST_WORDS)}[^.;!\\d]{0,44}\\?[^.;!?\\d]{0,24}$`);
const BUDGET_WORD = new RegExp(wordsOf(BUDGET_WORDS));
/** A floor turned down right after it: "more than 700 not interested", "más de 500 no me interesa". */
const TURNED_DOWN_AFTER = new RegExp(`^\\s*(?:k|mil)?[\\s,.]*${wordsOf(REFUSED)}`);
/** "430 would be great", "600 estaría bien": an amount wished for is a price. */
const WISHED_AFTER = new RegExp(`^\\s?(?:k\\s)?(?:${anyOf(AMOUNT_WISHED_AFTER)})\\b`);
const MAX_AFTER = new RegExp(
  `^,?\\s?(?:(?:is|'s|would be|will be|es|seria|sera) )?(?:(?:${anyOf(CEILING_FILLERS)}) )*(${anyOf(CEILING_WORDS)})\\b`,
);
/** "750 pre approved", "600 aprobados": the amount a lender approved (a budget, read as its ceiling below). */
const PRE_APPROVED_AFTER = /^\s?(?:(?:pre[- ]?)?approved|pre-?aprobad[oa]s?|aprobad[oa]s?)\b/;
const MIN_BEFORE = new RegExp(`(?:${anyOf(FLOOR_BEFORE_WORDS)})\\s*\\$?\\s*$`);
/**
 * "nothing over 700", "not a penny above 800k", "nada más de 550 mil", "not interested in anything over 700k", "no
 * queremos nada arriba de 600", "ni me enseñen casas de más de 480", "no queremos pagar más de 550", "we can't go over 650", "no queremos pasar de 600": a
 * floor said with a negation a few words before it, in its clause, is a ceiling ("not sure, more than 500" is not).
 */
const NEGATED_MIN_BEFORE =
  /\b(nothing|nada|not a (?:penny|dollar|cent)|ni un (?:peso|dolar|centavo)|(?:not|don'?t|do not|no|ni|won'?t|can'?t|cannot|nunca)(?: (?!sure\b|know\b|se\b)[\w-]+){0,4})\s+(over|above|more than|mas de|arriba de|encima de|(?:pasar\w*|pase) de|exceed)\s*\$?\s*$/;
/** A yearly figure is an income, never a price: "ganamos como 90 mil al año", "we make 120k a year". */
const YEARLY_AFTER = new RegExp(`^\\s?${wordsOf([...PER_YEAR, ...INCOME_AFTER])}`);
const MONTHLY_AFTER = new RegExp(`^\\s?${wordsOf([...PER_MONTH, ...MONTHLY_AFTER_WORDS])}`);
const RANGE_JOIN: ReadonlySet<string> = new Set(RANGE_JOINERS);
/** What is said between a range's two ends joins them ("to", "-", "hasta", "a", or nothing; a "$" may follow it). */
const joinsARange = (between: string): boolean => RANGE_JOIN.has(between.replace('$', '').trim());
const RANGE_ARTICLES: ReadonlySet<string> = new Set(['los', 'las', 'el']);
const DOLLARS_AFTER = /^\s?(?:dollars?|dolares|dolar|bucks|pesos|usd|dls)\b/;
/**
 * A down payment, savings or closing help: "50 mil de enganche", "20k down", "30k to put down", "20k of that is our
 * down", "we have 40k saved", "enganche de 30 mil", "10k in closing help".
 */
const DOWN_AFTER = new RegExp(
  `^\\s?(?:(?:of (?:that|it) (?:is|as|for) (?:our|the|my) |to put |para dar de |para (?:el |la )?|de |for (?:the |a |our )?|in |saved (?:up )?(?:for|as) (?:the |a |our )?|ahorrados? (?:para|de) (?:el )?)?(?:${wordsOf(DOWN_PAYMENT_NOUNS)}|down\\b(?! to\\b| from\\b)))`,
);
const RECEIVED: ReadonlySet<string> = new Set(MONEY_RECEIVED);
const LEFT_TO_THE_LEAD: ReadonlySet<string> = new Set(LEFT_TO);
const LEFT: ReadonlySet<string> = new Set(LEFT_VERBS);
const NAMES_A_BUDGET: ReadonlySet<string> = new Set(REACHED_WITH);
const PAST_THE_AMOUNT: ReadonlySet<string> = new Set(BEFORE_A_LUMP_SUM);
/** A lump sum named right after the amount: "a 120k settlement", "80 mil de herencia". */
function receivedAfter(after: string): boolean {
  const words = tokenise(after).map((token) => token.word);
  const named = words.findIndex((word) => !PAST_THE_AMOUNT.has(word));
  return named >= 0 && named <= 3 && RECEIVED.has(words[named]!) && !LEFT.has(words[named]!);
}
/**
 * Money the lead receives as a lump sum (lexicon/money.ts MONEY_RECEIVED), named among the eight words before the
 * amount in its sentence with no budget or reach named between, or right after it: money on hand, not the price of a
 * home.
 */
function receivedAsALumpSum(scaled: string, start: number, end: number): boolean {
  if (receivedAfter(scaled.slice(end, end + 32))) return true;
  const sentence =
    scaled
      .slice(Math.max(0, start - 80), start)
      .split(/[.;!?]/)
      .pop() ?? '';
  const words = tokenise(sentence)
    .slice(-8)
    .map((token) => token.word);
  for (let at = words.length - 1; at >= 0; at--) {
    const word = words[at]!;
    if (NAMES_A_BUDGET.has(word)) return false;
    if (!RECEIVED.has(word)) continue;
    // ("left me 150k", "mi abuela me dejó 80 mil"; not "we left the city")
    if (!LEFT.has(word)) return true;
    if (LEFT_TO_THE_LEAD.has(words[at + 1] ?? '') || LEFT_TO_THE_LEAD.has(words[at - 1] ?? '')) return true;
  }
  return false;
}
/** What follows an amount, past where it comes from ("140k from that to put down": "to put down"). */
function pastItsSource(after: string): string {
  const rest = after.trimStart();
  const source = SOURCE_AFTER_AN_AMOUNT.find((words) => rest.startsWith(`${words} `));
  return source === undefined ? after : rest.slice(source.length);
}
const DOWN_BEFORE =
  /\b(?:(?:el |the |our |my |nuestro |mi )?(?:enganche|down payment|down)(?: (?:es|is|would be|will be|seria|sera|of|de|like|como|around|about|unos))+|put down|putting down|pondriamos)\s*\$?\s*$/;
/** What the lead itself paid for its home: "we paid 410", "i bought it for 300", "we got it for 610", "la compramos en 300 mil". */
const OWN_PURCHASE_BEFORE =
  /(?:\b(?:we|i|we've|i've|weve|ive)(?: \w+)? (?:paid|bought|got (?:it|ours|the (?:house|home|place)|this (?:house|home|place)))|(?:^|[.,;!?]\s*)(?:paid|bought)|\b(?:pagamos|pague|compramos|compre))(?: (?!for\b|at\b|por\b)[\w'-]+){0,3}(?: (?:for|at|in|en|por))?\s*\$?\s*$/;
/**
 * A price someone else got or paid: "the neighbor sold for 780", "el vecino vendió en 780", "we bought it in 2015 for
 * 420", an estimate ("zillow says 800"). A sale said with what was sold and when ("we sold our condo 2 years ago for 480k", "vendimos el depa hace 2 años en
 * 480") is farther from its price; a new clause ("and", "y", "but") ends it ("sold it and are looking for 600k").
 */
const OTHER_SALE_BEFORE =
  /\b(?:(?:(?:sold|vendio|vendieron|vendimos|vendi)(?: (?!(?:for|at|en|por|and|y|but|pero)\b)[\w'-]+){0,6}|(?:went|paid|bought|appraised|pagamos|pagaron|compramos|compraron)(?: (?!(?:for|at|en|por|and|y|but|pero)\b)[\w'-]+){0,3}) (?:for|at|in|en|por)|(?:paid|pagamos|pagaron)|(?:zestimate|zillow|redfin|appraisal|avaluo)(?: (?:says|said|is|was|dice|dijo|es|fue|at|en|de))? (?:about |around |like |como |unos )?)\s*\$?\s*$/;
/** A sale of the lead's own home supposed ("if it sold for 817k id be happy", "si se vendiera en 700"): its wish. */
function ownSaleSupposed(wider: string): boolean {
  const words = wider.trimEnd().split(' ').slice(-6);
  return words.some(
    (word, at) => (word === 'if' || word === 'si') && OWN_SALE_SUBJECT.has(words[at + 1] ?? ''),
  );
}
const OWN_SALE_SUBJECT: ReadonlySet<string> = new Set(OWN_SALE_SUBJECTS);
/** An estimate of the home by someone else: "the county assessor has it at like 430", "valuada en 310 mil". */
const ESTIMATE_BEFORE = new RegExp(
  `${wordsOf(ESTIMATE_SOURCES)}(?: [\\w']+){0,4}? (?:at|en|in|de|for|of|says|said|told me|told us|dice|dijo|is|es|was|fue|are|were|son|run|go for)(?: (?:${anyOf(ROUGHLY_WORDS)}))?\\s*\\$?\\s*$`,
);
/** What the seller keeps after the loan: "walk away with 300", "unos 300 libres", "300 after the mortgage". */
const NET_BEFORE = new RegExp(
  `${wordsOf(NET_BEFORE_WORDS)}(?: (?:about|around|like|como|unos|at least|al menos))?\\s*\\$?\\s*$`,
);
const NET_AFTER = new RegExp(`^\\s?(?:k|mil)?\\s?${wordsOf(NET_AFTER_WORDS)}`);
/** Still owed ("we still owe about 380k", "debemos como 300"): a debt, never the price (price.ts). */
const OWED_BEFORE = new RegExp(`${wordsOf(DEBT_WORDS)}(?: (?:${anyOf(ROUGHLY_WORDS)}))?\\s*\\$?\\s*$`);

const OFFERED_BEFORE = new RegExp(
  `${wordsOf(OFFERED_WORDS)}(?: (?:me|us|like|about|around|como|unos))?\\s*\\$?\\s*$`,
);
const OWED_AFTER = new RegExp(
  `^\\s*(?:k|mil|grand)?\\s*(?:like |about |or so )?${wordsOf(DEBT_AFTER_WORDS)}`,
);

const ACCEPTABLE: readonly string[] = ACCEPTABLE_AFTER.map((words) => ` ${words}`);
/** The words right after an amount call it acceptable: " is ok", " is fine bro", " works", " está bien". */
function calledAcceptable(after: string): boolean {
  const said = after.startsWith('k ') ? after.slice(1) : after;
  return ACCEPTABLE.some((words) => said.startsWith(words) && !isWordChar(said[words.length]));
}
/**
 * The lead turns the amount down right after it: "the lender said we qualify for like 520 but we dont want to go all
 * the way up there", "nos aprobaron 600 pero no queremos llegar a tanto": a figure named, not the budget.
 */
const TURNED_DOWN_HIGH = phraseBook([
  {
    cue: 'turned_down' as const,
    words: `but|pero we|i|_ dont|do+not|no|never|nunca|ni+locos|ni+de+broma really|_ want|wanna|queremos|quiero|plan|planning|llegamos|llegariamos|vamos|going|gonna|go|spend|gastar ~4 ${oneOf(TOO_HIGH_WORDS)}`,
  },
]);
/** Said right after the amount (its unit aside): "520 but we dont want...", "600 mil pero no queremos...". */
const turnedDownHigh = (after: string): boolean => {
  if (!after.includes('but') && !after.includes('pero')) return false;
  const tokens = tokenise(after);
  const first = tokens[0]?.word === 'k' || tokens[0]?.word === 'mil' ? 1 : 0;
  return TURNED_DOWN_HIGH.find(tokens)?.start === first;
};

const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));

/**
 * A correction right between two amounts, with nothing else said there: "450.. actually no make it 500", "500k wait
 * no 550k", "600 bueno no, mejor 650". An apology or a preference further away is not one ("550k max. sorry, we
 * have 30k to put down", "hasta 550, pero mejor si es 500").
 */
/**
 * What the words between two amounts deny: "not", "no", "y no" run on into the next amount deny it ("550, not 520");
 * a "no" closed by a mark takes back the amount before it ("520, no, 550", "520... no. 550").
 */
function denies(between: string): 'next' | 'this' | undefined {
  const words = Array.from(between, (char) => (char >= 'a' && char <= 'z' ? char : ' '))
    .join('')
    .split(' ')
    .filter(Boolean)
    .join(' ');
  if (!DENYING.has(words)) return undefined;
  const last = between.trimEnd().at(-1) ?? '';
  return last >= 'a' && last <= 'z' ? 'next' : words === 'no' ? 'this' : undefined;
}
const DENYING: ReadonlySet<string> = new Set(AMOUNT_DENIALS);
const TAKEN_BACK = new RegExp(`${TAKE_BACK}\\$?\\s*$`);
/** Set aside right before the amount, another amount said after it: "scratch the 600, ... 680", "no es 500, es 550". */
const SET_ASIDE = new RegExp(`${wordsOf(SET_ASIDE_BEFORE)}\\s*\\$?\\s*$`);
const SETS_ASIDE_AN_AMOUNT = new RegExp(`${wordsOf(SET_ASIDE_BEFORE)}\\s*\\$?\\s*\\d`);
/** The text sets an amount aside ("scratch the 600", "no es 500"): it corrects a value said before (price.ts). */
export const setsAsideAnAmount = (folded: string): boolean => SETS_ASIDE_AN_AMOUNT.test(folded);
const STRONG_TAKE_BACK = new RegExp(wordsOf(STRONG_TAKE_BACKS));
/** "podemos hasta 700", "we can up to 650": the lead itself reaching for a ceiling. */
const SUBJECT_REACHES = new RegExp(
  `${wordsOf(REACH_SUBJECTS)}\\s+(?:\\w+\\s+)?(?:${anyOf(CEILING_BEFORE_WORDS)})\\s*\\$?\\s*$`,
);
const NEXT_EARNER = new RegExp(
  `^\\s*(?:and|y|,)?\\s*(?:my|his|her|mi|su) (?:${anyOf(HOUSEHOLD_SPEAKERS)})\\b[^\\d]{0,16}$`,
);
/** ...or the lead, after another earner: "mi esposa gana 4 mil al mes y yo 5 mil", "she makes 60k and i make 80". */
function selfEarnsNext(between: string): boolean {
  const words = between
    .trim()
    .split(' ')
    .filter((word) => word !== '' && word !== ',');
  const from = words[0] === 'y' || words[0] === 'and' ? 1 : 0;
  return SELF_EARNERS.has(words[from] ?? '') && words.length - from <= 4;
}
const SELF_EARNERS: ReadonlySet<string> = new Set(['yo', 'i', 'me', 'myself']);
/** The words between two amounts from their last join on ("al mes en el jale y mi esposa otros": "y mi esposa otros"). */
function fromLastJoin(between: string): string {
  const at = Math.max(between.lastIndexOf(' y '), between.lastIndexOf(' and '), between.lastIndexOf(','));
  return at < 0 ? between : between.slice(at);
}
const AFFORDS_BEFORE = new RegExp(
  `${wordsOf(AFFORDS_WORDS)}\\s*(?:unos|like|about|around|como)?\\s*\\$?\\s*$`,
);
const CONTRAST = new RegExp(wordsOf(CONTRAST_WORDS));
const RECONSIDERING = new RegExp(`${wordsOf(RECONSIDERING_WORDS)}[^\\d]{0,12}$`);
/** An amount on one scale: a bare 300 to 999 is in thousands ("500 mil, aunque siendo realistas unos 470"). */
const comparable = (amount: Amount): number =>
  amount.bare && amount.value >= 100 && amount.value < 1_000 ? amount.value * 1_000 : amount.value;
/** A lower amount said after a contrast and a hedge: "hoping for 475, pero con lo que necesita maybe 450". */
function reconsidered(between: string, first: Amount, second: Amount): boolean {
  const [was, now] = [comparable(first), comparable(second)];
  return (
    now < was &&
    // the same thing said again, not a cost beside it ("pedimos 600 mil pero como 20 mil se van en comisiones")
    now * 2 > was &&
    CONTRAST.test(between) &&
    RECONSIDERING.test(between) &&
    // ("max 750, pero ideally like 700": a wish under a ceiling said, which stays the ceiling)
    !(first.qualifier === 'max' && between.split(' ').some((word) => IDEAL.has(word)))
  );
}
const IDEAL: ReadonlySet<string> = new Set(IDEAL_WORDS);
/** A higher amount offered as a stretch: "could do 725", "maybe 1.4 for the right one", "hasta 700 si es la indicada". */
const STRETCH_BEFORE = new RegExp(`${wordsOf(STRETCH_BEFORE_WORDS)}\\s*\\$?\\s*$`);
/** The other side's stretch, not the lead's: "the seller might do 700", "ellos podrían 650". */
const THEIR_STRETCH_BEFORE = new RegExp(
  `${wordsOf(OTHER_SIDE_WORDS)}\\s+(?:${anyOf(STRETCH_BEFORE_WORDS)})\\s*\\$?\\s*$`,
);
const STRETCH_AFTER = new RegExp(`^\\s*(?:k|mil|m)?\\s*,?\\s*${wordsOf(STRETCH_AFTER_WORDS)}`);
const CONDITION = new RegExp(`${wordsOf(CONDITION_OPENERS)} [a-z]`);
/** The amount's own clause opens a condition, before it or after it (up to the clause's end). */
function conditional(text: string, from: number, start: number, end: number): boolean {
  const before = text.slice(from, start).split(CLAUSE_BREAK).pop() ?? '';
  const after = text.slice(end, end + 48).split(CLAUSE_BREAK)[0] ?? '';
  return CONDITION.test(before) || CONDITION.test(after);
}
/** Called too much right after it: "845 is a bit high for us", "650k está muy caro". */
const TOO_MUCH_AFTER = new RegExp(
  `^\\s*(?:k|mil)?\\s*(?:${anyOf(TOO_MUCH_LINKS)})?\\s*(?:(?:${anyOf(DEGREE_WORDS)}) )?(?:too |to )?${wordsOf(TOO_MUCH_WORDS)}(?![\\s,]*(?:${anyOf(CONCEDED_AFTER)}))`,
);
/** "i said 600 earlier but ...", "dije 600 antes pero ...": the amount said before is taken back by the next one. */
export const SAID_BEFORE = phraseBook(SAID_BEFORE_PHRASES.map((words) => ({ cue: 'said' as const, words })));
/** The words of an earlier time that end those phrases ("earlier", "antes"): a text with none is not read for them. */
const EARLIER = new RegExp(
  `\\b(?:${anyOf(SAID_BEFORE_PHRASES.flatMap((words) => words.split(' ').at(-1)!.replace(/\+/g, ' ').split('|')))})\\b`,
);
/** Where SAID_BEFORE matches in folded text. */
function saidBefore(folded: string): Span | undefined {
  return EARLIER.test(folded) ? firstSpan(SAID_BEFORE, folded) : undefined;
}

/** The words around an amount are Spanish ("no puede pasar de 4 mil", "como 2 mil"). */
const saidInSpanish = (before: string, after: string): boolean =>
  detectLanguage(`${before} ${after}`) === 'es';

function multiplier(suffix: string | undefined, digits: string): number {
  const word = (suffix ?? '').trim();
  if (word === '') return 1;
  // "mil" is a thousand in Spanish ("800 mil"), but "2 mil" / "1.2 mil" is English slang for millions (a Spanish
  // speaker says "2 millones"; 2,000 or 1,200 dollars is no price).
  if (word === 'mil') return /^\d(?:\.\d+)?$/.test(digits) ? 1_000_000 : 1_000;
  if (['k', 'grand', 'thousand'].includes(word)) return 1_000;
  return 1_000_000;
}

/**
 * Scale words the scanner reads after digits: "5 hundred" (500), "6 hundred thousand" / "6 hundred k" (600k).
 * A range said with one scale at its end ("5 or 6 hundred", "4 to 5 hundred thousand") keeps a short low end,
 * which the range reading scales like the high end (shortLowEnd).
 */
function hundreds(text: string): string {
  return text
    .replace(HUNDREDS_THOUSAND, (_m, n: string) => `${Number(n) * 100}k`)
    .replace(HUNDREDS, (_m, n: string) => String(Number(n) * 100));
}
const HUNDREDS_THOUSAND = /\b(\d{1,2}) hundred(?: and)? (?:thousand|k)\b/g;
const HUNDREDS = /\b(\d{1,2}) hundred\b/g;

/**
 * "under a mil", "about a mil", "a mil max": English slang for one million (Spanish "a mil" is "to a thousand": only
 * after an English word, or alone or with an English word after it opening the message; never "a mil por hora",
 * "a mil dólares", "a mil metros").
 */
const A_MIL =
  /(\b(?:under|below|over|above|around|about|almost|nearly|like|than|to|maybe|roughly|up to) )a (?:mil|mill)\b(?! (?:por|x)\b)|(^)a mill?(?=\s*$|\s*[.!]|,? (?:max|tops|or (?:less|so|under)|budget|cash|ish)\b)/g;

/** Blanks out phone numbers, clock times and numbers that are no figure (read/not-figures.ts) so they never read as amounts. */
function blankNoise(folded: string): string {
  return blankZips(
    blankNotFigures(folded)
      .replace(PHONE, blanked)
      .replace(CLOCK, blanked)
      .replace(SLASHED, blanked)
      .replace(ACCOUNT, blanked),
  );
}
/** "el zip 92336", "zip code: 91739", "código postal 91701": a zip code, no amount. */
function blankZips(folded: string): string {
  let text = folded;
  for (const word of ZIP_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      let digits = at + word.length;
      while (digits < text.length && ' :#'.includes(text[digits]!)) digits += 1;
      for (const link of ['is ', 'es ', 'de ']) if (text.startsWith(link, digits)) digits += link.length;
      let end = digits;
      while (end < text.length && text[end]! >= '0' && text[end]! <= '9') end += 1;
      if (end - digits === 5) text = blankRange(text, digits, end);
    }
  }
  return blankBareZips(text);
}

/**
 * "Yucaipa 92399", "Fontana, 92336": five bare digits of a California zip (90000 to 96199) that no price is said as (a
 * figure to the dollar, not a round one, with no "$", "k", "mil" or thousands comma): a zip code, no amount.
 */
function blankBareZips(folded: string): string {
  let text = folded;
  for (let at = 0; at < text.length; at += 1) {
    if (!isDigit(text[at]) || isDigit(text[at - 1])) continue;
    let end = at;
    while (isDigit(text[end])) end += 1;
    const value = Number(text.slice(at, end));
    const after = text.slice(end, end + 4);
    const marked =
      text[at - 1] === '$' ||
      text[at - 1] === ',' ||
      after.startsWith('k') ||
      after.startsWith(' k') ||
      after.startsWith(' mil') ||
      (after[0] === ',' && isDigit(after[1])) ||
      (after[0] === '.' && isDigit(after[1]));
    if (end - at === 5 && value >= 90_000 && value <= 96_199 && value % 500 !== 0 && !marked)
      text = blankRange(text, at, end);
    at = end;
  }
  return text;
}
/** "401k", "403(b)", "457b": a retirement account, no amount ("457k" is one). */
const ACCOUNT = /\b(401\(?k|4(03|57)\(?b)\b/g;
const PHONE = /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g;
const CLOCK = /\b\d{1,2}:\d{2}\b/g;
const SLASHED = /\b\d{1,2}\/\d{1,2}(\.\d)?\b/g;

/**
 * "low 700s", "mid 600s", "high 500s" (and "upper", "lower", "los 600 y pico" is left alone): the low third is a
 * range from the hundred to its thirty, the middle is about its fifty, the high end from seventy to the next hundred.
 * Rewritten before the scan (amount positions refer to the rewritten text).
 */
const DECADE = /\b(low|lower|mid|middle|high|upper)[- ]?(\d)00'?s\b/g;
function decadeAmount(match: string, where: string, digit: string): string {
  const base = Number(digit) * 100;
  const words = /^(low|lower)$/.test(where)
    ? `${base}k to ${base + 30}k`
    : /^(mid|middle)$/.test(where)
      ? `around ${base + 50}k`
      : `${base + 70}k to ${base + 100}k`;
  return words;
}

/**
 * What an amount is, read from its own words: a `budget` (or a price) unless its period or its clause makes it an
 * `income` ("150k a year", "income is 120k", "ganamos 90 mil"), a `rent` ("rent is 2800"), a monthly `payment`
 * ("payment under 4k", "3 mil al mes"), a `down` payment ("60k for the down payment") or a loan `term` ("a 30 year
 * fixed", "hipoteca a 30 años").
 */
export type MoneyRole = 'budget' | 'income' | 'rent' | 'payment' | 'down' | 'term';

export interface MoneySpan {
  start: number;
  /** After the amount and its period ("4k a month"). */
  end: number;
  role: MoneyRole;
  /** A plain number under 100 (no sign, no scale): money only by its clause's words ("lease ends may 31"). */
  small?: boolean;
}

const YEARLY = new RegExp(`^\\s?${wordsOf([...PER_YEAR, ...PER_WEEK])}`);
const MONTHLY = new RegExp(`^\\s?${wordsOf(PER_MONTH)}`);
const SAVED = new RegExp(`^\\s?${wordsOf(SAVED_AFTER)}`);
const RENT = new RegExp(`^\\s?${wordsOf(RENT_AFTER)}`);
const LOAN = anyOf(LOAN_WORDS);
/** "30 year fixed", "15-yr loan", "30 años fijo" after the number; "hipoteca a 30 años", "loan of 15 years" before. */
const TERM_AFTER = new RegExp(`^\\s?-?\\s?(?:${anyOf(YEAR_WORDS)})[\\s-]+(?:\\w+ )?(?:${LOAN})(?![a-z])`);
const TERM_BEFORE = new RegExp(`(?:${LOAN}) (?:a |de |of |at |for )?$`);
const TERM_UNIT = new RegExp(`^\\s?(?:${anyOf(YEAR_WORDS)})(?![a-z])`);
/** Every role word in one pass, each in its named group; of two ending together the first listed wins. */
const ROLE_WORDS = new RegExp(
  [
    ['income', INCOME_WORDS],
    ['rent', RENT_WORDS],
    ['down', DOWN_WORDS],
    ['payment', PAYMENT_WORDS],
    ['budget', BUDGET_WORDS],
  ]
    .map(([role, words]) => `(?<${role as string}>${wordsOf(words as readonly string[])})`)
    .join('|'),
  'g',
);
/** A spoken hundred is a scale too ("6 hunnid a month", "6 cientos al mes" are a payment, never a time). */
const SCALES_SAID = [...MONEY_SCALES, 'hundred', 'cientos', ...HUNDRED_VARIANTS];
const MONEY_TOKEN = new RegExp(
  `(\\$\\s?)?(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)(\\s?(?:${anyOf(SCALES_SAID)})(?![a-z]))?`,
  'g',
);
/**
 * A clause ends at a stop, a comma or a "but" (not the point or comma inside a number: "18.90 an hour"): a role word in
 * another clause is not this amount's.
 */
const CLAUSE_END = /[;!?]|[.,](?!\d)|\b(?:but|pero|and then|so|y luego)\b/g;

/** How far after an amount a role word still names that amount, in characters ("35 mil para la inicial"). */
const ROLE_OF_THE_AMOUNT_BEFORE = 12;

/**
 * The role words and clause ends of a text, found once; `at(from, start, numberEnd)` is the role word nearest before
 * `start` in its clause (not before `from`, the end of the amount before, nor more than 60 characters back). A period
 * right after the number before, even one not read as an amount, is that number's ("ahorrando 1,340 al mes y lo más
 * que podemos pagar es una casa de 419 mil": the 419 is no monthly payment); a role word that opens what follows is
 * not ("3 bed, we make like 140k").
 */

function roleWords(
  folded: string,
): (from: number, start: number, numberEnd?: number) => MoneyRole | undefined {
  const ends = Array.from(folded.matchAll(CLAUSE_END), (match) => match.index + match[0].length);
  const hits = Array.from(folded.matchAll(ROLE_WORDS), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    role: Object.entries(match.groups ?? {}).find(([, said]) => said !== undefined)![0] as MoneyRole,
    period: MONTHLY.test(match[0]),
  }));
  const hitEnds = hits.map((hit) => hit.end);
  return (from, start, numberEnd = from) => {
    const endBefore = ends[lastAtOrBefore(ends, start)];
    const clause = Math.max(from, start - 60, endBefore ?? 0);
    // The nearest role word wins (of two ending together, the first listed).
    let i = lastAtOrBefore(hitEnds, start);
    while (i > 0 && hits[i - 1]!.end === hits[i]!.end) i -= 1;
    const hit = hits[i];
    if (!hit || hit.end - 1 < clause) return undefined;
    // A role word right after the amount before is that amount's ("35 mil para la inicial y la casa no puede pasar de
    // 510 mil": the down payment is the 35), unless it opens an income of its own ("rent's 2,650 rn and we make 140k").
    if (from > 0 && hit.start - from <= ROLE_OF_THE_AMOUNT_BEFORE && !incomeJoined(folded, from, hit))
      return undefined;
    return hit.period && numberEnd > from && hit.start - numberEnd <= ROLE_OF_THE_AMOUNT_BEFORE
      ? undefined
      : hit.role;
  };
}

const JOINERS: ReadonlySet<string> = new Set(['and', 'y', 'but', 'pero', 'plus']);
/** An income said after "and" past the amount before: its own ("rent's 2,650 rn and we make 140k"). */
function incomeJoined(folded: string, from: number, hit: { start: number; role: MoneyRole }): boolean {
  return (
    hit.role === 'income' && tokenise(folded.slice(from, hit.start)).some(({ word }) => JOINERS.has(word))
  );
}

/** The index of the last sorted number at most `limit` (-1 when none). */
function lastAtOrBefore(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= limit) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The role of the amount at [start, end) and where its period ends; `role` reads the clause's words. */
function roleOf(
  folded: string,
  start: number,
  end: number,
  role: () => MoneyRole | undefined,
  from = 0,
): MoneySpan {
  const after = folded.slice(end, end + 40);
  const term =
    TERM_AFTER.exec(after) ??
    (TERM_BEFORE.test(folded.slice(Math.max(from, start - 24), start)) ? TERM_UNIT.exec(after) : null);
  if (term) return { start, end: end + term[0].length, role: 'term' };
  const yearly = YEARLY.exec(after);
  if (yearly) return { start, end: end + yearly[0].length, role: 'income' };
  // ("90 mil dólares ahorrados": past the currency said)
  const currency = DOLLARS_AFTER.exec(after)?.[0].length ?? 0;
  const saved = SAVED.exec(after.slice(currency));
  if (saved) return { start, end: end + currency + saved[0].length, role: 'down' };
  // "2,800 de renta", "2k in rent", "2,800 al mes de renta": a rent said after the amount (and its period).
  const monthly = MONTHLY.exec(after) ?? undefined;
  const rent = RENT.exec(after.slice(monthly?.[0].length ?? 0)) ?? undefined;
  // ...or before it ("2,800 de renta al mes").
  const then = rent && !monthly ? MONTHLY.exec(after.slice(rent[0].length)) : undefined;
  const period = (monthly?.[0].length ?? 0) + (rent?.[0].length ?? 0) + (then?.[0].length ?? 0);
  if (rent) return { start, end: end + period, role: 'rent' };
  if (monthly) {
    // (what the lead earns a month is an income: "gano como 5 mil al mes", "we make 9k a month")
    const said = role();
    return { start, end: end + period, role: said === 'rent' || said === 'income' ? said : 'payment' };
  }
  return { start, end, role: role() ?? 'budget' };
}

/**
 * Every amount of money in folded text, typed: said with a sign or a scale ("$1.5M", "900k", "800 mil"), or a
 * plain number given a role by its words ("rent is 2800", "payment under 4", "a 30 year fixed"). Other readers
 * never read inside these spans: money is never a time, and its period ("a year", "a month") is no date either.
 */
export function moneySpans(folded: string): MoneySpan[] {
  const spans: MoneySpan[] = [];
  const roles = roleWords(folded);
  let from = 0;
  for (const match of folded.matchAll(MONEY_TOKEN)) {
    const [whole, dollar, , scale] = match;
    const start = match.index;
    const end = start + whole.length;
    const plain = !dollar && !scale;
    // A number in a date or a ratio ("our lease is up 4/30", "3/2", "may 29 and we pay 2,585") is no money.
    if (plain && (folded[end] === '/' || folded[start - 1] === '/' || dayOfAMonth(folded, start, whole)))
      continue;
    // A plain number before a unit is no money ("4 years at my job", "3br"), unless a loan term or a period.
    const unit = plain && UNIT_AFTER.test(folded.slice(end, end + 40));
    const span = roleOf(folded, start, end, () => (unit ? undefined : roles(from, start)), from);
    if (plain && span.end === end && (unit || span.role === 'budget')) continue;
    spans.push(plain && Number(match[2]) < 100 ? { ...span, small: true } : span);
    from = span.end;
  }
  return spans;
}

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** A day of the month after its name ("may 29", "junio 3"): one or two digits, up to 31. */
function dayOfAMonth(folded: string, start: number, said: string): boolean {
  if (said.length > 2 || Number(said) > 31 || folded[start - 1] !== ' ') return false;
  const before = folded.slice(Math.max(0, start - 11), start - 1);
  return MONTHS.has(before.slice(before.lastIndexOf(' ') + 1));
}

/**
 * The text with every money span taken out (a space each), for the readers of time and size; `saying` puts a word in
 * the place of the spans of some roles (the timeline reads a rent or a monthly payment as where the lead lives now).
 */
export function blankMoney(folded: string, saying: Partial<Record<MoneyRole, string>> = {}): string {
  let text = '';
  let at = 0;
  let said = false;
  for (const span of moneySpans(folded)) {
    const word = span.small ? undefined : saying[span.role];
    const before = folded.slice(at, span.start);
    text += `${(said ? before.trimStart() : before).trimEnd()} ${word ? `${word} ` : ''}`;
    at = span.end;
    said = word !== undefined;
  }
  return text + folded.slice(at).trimStart();
}

/** Amounts said in words, rewritten in this order before the scan (compiled once, not per scan). */
const SLANG_AMOUNTS: readonly (readonly [RegExp, string])[] = [
  [/\b(medio millon|half a (million|mil|mill))\b/g, '500k'],
  // Caribbean "palo" is a million ("medio palo", "un palo y medio", "2 palos"); "lucas" are thousands.
  [/\bmedio palo\b/g, '500k'],
  [/\b(un|1) palo y medio\b/g, '1.5m'],
  [/\b(un|1) palo\b/g, '1m'],
  [/\b(\d+(?:\.\d+)?) palos\b/g, '$1m'],
  [/\b(\d+) lucas?\b/g, '$1k'],
  // Mexican "melón" is a million too ("medio melón", "un melón y medio", "2 melones").
  [/\bmedio melon\b/g, '500k'],
  [/\b(un|1) melon y medio\b/g, '1.5m'],
  [/\b(un|1) melon\b/g, '1m'],
  [/\b(\d+(?:\.\d+)?) melones\b/g, '$1m'],
  [/\b(a|one|un) (million|millon)\b/g, '1m'],
];

const PRICE_HEDGE: ReadonlySet<string> = new Set(PRICE_HEDGES);
/** The text before an amount ends on a hedge ("like", "around", "alrededor de", "por ahí de"). */
function endsWithHedge(before: string): boolean {
  const words = before.trim().split(' ');
  return [1, 2, 3].some((count) => PRICE_HEDGE.has(words.slice(-count).join(' ')));
}

/**
 * The clause an amount is said in: from the last mark or joining word before it to the next after it ("fui al boliche
 * anoche y saqué like 215 🎳 jaja anyway queremos comprar casa" holds "saqué like 215 🎳"; a point between digits
 * ends nothing: "1.3M").
 */
function clauseWordsAround(text: string, start: number, end: number): string[] {
  const { from, to } = clauseAround(text, start, end, `${CLAUSE_MARKS},`);
  const before = text.slice(from, start).split(' ');
  const after = text.slice(end, to).split(' ');
  const joined = before.findLastIndex((word) => CLAUSE_JOIN.has(word));
  const joins = after.findIndex((word) => CLAUSE_JOIN.has(word));
  return [...before.slice(joined + 1), ...(joins < 0 ? after : after.slice(0, joins))].filter(
    (word) => word !== '',
  );
}
const CLAUSE_JOIN: ReadonlySet<string> = new Set(CLAUSE_JOINING_WORDS);

const HOME_TALK: ReadonlySet<string> = new Set(HOME_TALK_WORDS);
/**
 * A clause that speaks of homes, buying or money ("looking for a 3 bed in ontario around 550"), or says nothing but its
 * figures ("around 550", "like 5 or 6 hundred"): a hedged figure there is a price.
 */
function pricedByClause(words: readonly string[]): boolean {
  const said = words
    .map((word) => word.replaceAll(',', ''))
    .filter((word) => word !== '' && !isDigit(word[0]) && !PRICE_HEDGE.has(word));
  return said.every((word) => FIGURE_WORDS.has(word)) || said.some((word) => HOME_TALK.has(word));
}
const FIGURE_WORDS: ReadonlySet<string> = new Set(FIGURE_ONLY_WORDS);

/** Scans folded text (see text.ts `fold`); callers blank addresses first. */
export function scanAmounts(folded: string): AmountScan {
  let slang = blankNoise(folded).replace(DECADE, decadeAmount);
  for (const [pattern, amount] of SLANG_AMOUNTS) slang = slang.replace(pattern, amount);
  const text = slang.replace(A_MIL, (_match, before: string | undefined) => `${before ?? ''}1m`);
  const scaled = hundreds(text);
  const amounts: Amount[] = [];
  const roles = roleWords(scaled);
  const rateTalk = RATE_TALK.test(scaled);
  // (the end of the number before, read as an amount or not: "my BAH is 3,150 a month and we were thinking 738k tops"
  // gives "a month" to the 3,150)
  let numberBefore = 0;
  // (where the last monthly figure's period ends)
  let rateEnd = 0;
  for (const match of scaled.matchAll(TOKEN)) {
    const [whole, dollar, said = '', suffix] = match;
    // "1,2", "1,5 millones": the Spanish decimal comma (a thousands comma has three digits after it).
    const digits = /^\d{1,2},\d{1,2}$/.test(said) ? said.replace(',', '.') : said;
    const start = match.index;
    const end = start + whole.length;
    const previousEnd = numberBefore;
    numberBefore = end;
    // ("under 450 each": a ceiling on each home is a price, not a rate)
    // ("450 for each property": a price a home, not a rate)
    const [first, second, third] = scaled
      .slice(end, end + 40)
      .trim()
      .split(' ', 3);
    const perHome =
      ((first === 'each' || first === 'cada') && MAX_BEFORE.test(scaled.slice(0, start))) ||
      (first === 'for' && (second === 'each' || second === 'every') && HOME_NOUN.has(third ?? ''));
    if (suffix ? MEASURED_AFTER.test(scaled.slice(end)) : UNIT_AFTER.test(scaled.slice(end)) && !perHome) {
      const monthly = MONTHLY_AFTER.exec(scaled.slice(end));
      if (monthly) rateEnd = end + monthly[0].length;
      continue;
    }
    // ("643 a month plus 361 in student loans", "2,800 al mes más 300 de HOA": a cost added to a monthly one is monthly)
    if (
      !suffix &&
      rateEnd > 0 &&
      start - rateEnd <= 24 &&
      ADDED_TO_A_RATE.includes(scaled.slice(rateEnd, start).replace('$', '').trim())
    )
      continue;
    if (
      YEARLY_AFTER.test(scaled.slice(end)) ||
      creditScore(scaled.slice(Math.max(0, start - 32), start), scaled.slice(end, end + 16))
    )
      continue;
    if (/[\d,.]$/.test(scaled.slice(0, start)) || /^[\d/]/.test(scaled.slice(end))) continue;
    // ("soy despachadora del 911", "911 dispatcher": the emergency line named, never money)
    if (!suffix && !dollar && said === '911' && namesTheLine(scaled, start, end)) continue;
    // "650.000", "1.200.000": the Spanish thousands separator (a dot before three digits, no scale after).
    const number = Number(
      digits.replace(/,/g, '').replace(/\.(?=\d{3}(?:\.|$))/g, (dot) => (suffix ? dot : '')),
    );
    if (!Number.isFinite(number)) continue;
    const before = scaled.slice(Math.max(0, start - 24), start);
    // A few words further back, for the cues that span them ("approved for", "we could stretch to", a hedge).
    const wider = scaled.slice(Math.max(0, start - 48), start);
    // "unos 500 dólares", "200 bucks": dollars as said, never thousands.
    const bare = !suffix && /^\d{1,3}$/.test(digits) && !DOLLARS_AFTER.test(scaled.slice(end));
    const priced =
      Boolean(dollar) ||
      PRICE_WORD_BEFORE.test(before) ||
      HEDGED_PRICE_BEFORE.test(wider) ||
      rangeNamedAfter(scaled.slice(end, end + 24));
    const hedge = !priced && endsWithHedge(before);
    const amount: Amount = {
      value: bare ? number : number * multiplier(suffix, digits.replace(/,/g, '')),
      bare,
      decimal: !suffix && !dollar && /^\d{1,2}\.\d{1,2}$/.test(digits),
      priceWord: priced || hedge,
      hedged: hedge && !pricedByClause(clauseWordsAround(scaled, start, end)),
      digits: digits.replace(/,/g, ''),
      start,
      end,
    };
    // "1.5 mil de renta", "1.5 mil a month": a monthly payment in thousands, not a price in millions; and so is "4
    // mil" said in Spanish ("el payment no puede pasar de 4 mil": the English slang for millions is not Spanish).
    if (
      suffix?.trim() === 'mil' &&
      amount.value >= 1_000_000 &&
      (MONTHLY_AFTER.test(scaled.slice(end)) || saidInSpanish(wider, scaled.slice(end, end + 24)))
    ) {
      amount.value = number * 1_000;
    }
    // ("la tasa anda en 6.5, nuestro presupuesto es 500 mil": a rate unless a price is named right before it)
    if (rateTalk && !dollar && !HEDGED_PRICE_BEFORE.test(wider)) amount.decimal = false;
    // "650 max", "700 tops", "600 or less", "800 como máximo": the qualifier after the number.
    const after = MAX_AFTER.exec(scaled.slice(end));
    const told = lenderToldBefore(scaled.slice(Math.max(0, start - 96), start));
    if (told) amount.told = true;
    const approved =
      told || APPROVED_BEFORE.test(wider) || approvalSaidBefore(scaled.slice(Math.max(0, start - 64), start));
    if (approved || PRE_APPROVED_AFTER.test(scaled.slice(end))) amount.approved = true;
    if (calledAcceptable(scaled.slice(end, end + 24))) amount.acceptable = true;
    if (negatedBefore(scaled, start, 3)) amount.denied = true;
    if (supposedAt(scaled, start, end)) amount.supposed = true;
    // "575ish": an amount said roughly is a price
    // ...and so does one wished for, unless it names a road ("right off the 210 would be great")
    const wished = WISHED_AFTER.test(scaled.slice(end)) && !` ${before.trimEnd()}`.endsWith(' the');
    if (after || amount.approved || scaled.startsWith('ish', end) || wished) amount.priceWord = true;
    // "my max is 450k", "the max we can do is 625", "mi límite son 500 mil": a ceiling named, then its amount.
    // ("the max we can put down is 90k" is a down payment's)
    const reach = MAX_BEFORE.test(before) || (ceilingNamedBefore(wider) && !DOWN_BEFORE.test(wider));
    const ownReach = reach && OWN_REACH_BEFORE.test(wider);
    // "podemos llegar a 600", "we could stretch to 650": the lead's own reach prices a bare number too, and so does a
    // ceiling after a price ("aprobó hasta 480 mil pero no queremos pasarnos de 450").
    if (ownReach || (reach && amounts.some((prior) => prior.priceWord && prior.value >= 10_000)))
      amount.priceWord = true;
    if (after || ownReach) amount.ownCeiling = true;
    else if (limitNamedBefore(before) || ceilingNamedBefore(wider)) amount.namedLimit = true;
    // "around 700, could do 725 if its the one", "1.3, maybe 1.4 for the right one": a stretch after a first amount.
    if (
      amounts.length > 0 &&
      ((STRETCH_BEFORE.test(before) && !THEIR_STRETCH_BEFORE.test(before) && !amount.denied) ||
        STRETCH_AFTER.test(scaled.slice(end, end + 32)) ||
        // ...or a higher one said under a condition ("around 615, 640 if we really love it")
        (conditional(scaled, amounts.at(-1)!.end, start, end) &&
          comparable(amount) > comparable(amounts.at(-1)!)))
    ) {
      amount.ownCeiling = true;
      amount.priceWord = true;
    }
    if (
      reach ||
      after ||
      // A negation can sit a few words further back ("not interested in anything over").
      NEGATED_MIN_BEFORE.test(wider) ||
      // "if its more than 700 not interested", "si cuesta más de 500 no me interesa": a floor turned down after it.
      (MIN_BEFORE.test(before) && TURNED_DOWN_AFTER.test(scaled.slice(end, end + 32))) ||
      PRE_APPROVED_AFTER.test(scaled.slice(end))
    )
      amount.qualifier = 'max';
    else if (MIN_BEFORE.test(before)) amount.qualifier = 'min';
    // A ceiling is the lead's own ("you can put down 550 as our max").
    if (
      (DOWN_AFTER.test(pastItsSource(scaled.slice(end))) ||
        DOWN_BEFORE.test(before) ||
        receivedAsALumpSum(scaled, start, end)) &&
      amount.qualifier !== 'max'
    )
      amount.aside = 'down';
    else if (OWED_BEFORE.test(wider) || OWED_AFTER.test(scaled.slice(end, end + 32))) amount.aside = 'owed';
    else if (OWN_PURCHASE_BEFORE.test(wider)) amount.aside = 'paid';
    // the value of the lead's own home: a seller's price, never a buyer's budget
    else if (ownHomeValueBefore(wider)) amount.aside = 'value';
    else if (
      (OTHER_SALE_BEFORE.test(wider) && !ownSaleSupposed(wider)) ||
      SALE_CLOSED_BEFORE.some((closed) => wider.includes(closed)) ||
      namedRightBefore(wider, COMPARABLE) ||
      businessFigure(wider, scaled.slice(end, end + 32)) ||
      foreignMoney(scaled.slice(end, end + 32)) ||
      ESTIMATE_BEFORE.test(wider) ||
      marketCostBefore(wider) ||
      NET_BEFORE.test(before) ||
      NET_AFTER.test(scaled.slice(end, end + 32)) ||
      (OFFERED_BEFORE.test(before) && !ownSaleSupposed(wider)) ||
      SIDE_COST_BEFORE.test(scaled.slice(Math.max(0, start - 32), start)) ||
      sideCostAfter(scaled.slice(end, end + 24)) ||
      spentOnTheHome(scaled.slice(end)) ||
      sideCostAskedBefore(scaled.slice(Math.max(0, start - 56), start)) ||
      turnedDownHigh(scaled.slice(end, end + 72)) ||
      TOO_MUCH_AFTER.test(scaled.slice(end, end + 40))
    )
      amount.aside = 'other';
    // (a figure with its own limit word: "... 3,150 a month and we were thinking 738k tops")
    const ownLimit = amount.ownCeiling === true || amount.namedLimit === true || amount.qualifier === 'max';
    const found = roleOf(scaled, start, end, () =>
      roles(Math.max(amounts.at(-1)?.end ?? 0, ownLimit ? previousEnd : 0), start, previousEnd),
    ).role;
    // What a payment or savings buy is a price: "con eso y los ahorros podemos hasta 700", "con ese pago me da para
    // unos 415 mil" (not "podemos poner hasta 50 mil de enganche").
    const buys =
      (ownReach || (reach && SUBJECT_REACHES.test(before)) || AFFORDS_BEFORE.test(before)) &&
      !DOWN_AFTER.test(pastItsSource(scaled.slice(end))) &&
      found !== 'rent';
    // "i make about 140k and my wife around 60k": the next earner's figure is an income too.
    const prior = amounts.at(-1);
    const betweenEarners =
      prior?.role === 'income' ? fromLastJoin(scaled.slice(prior.end, start)) : undefined;
    const earns =
      betweenEarners !== undefined && (NEXT_EARNER.test(betweenEarners) || selfEarnsNext(betweenEarners));
    // (what the lead's own home brings in is its price, no income: "ours should bring in about 540")
    const role = buys || amount.aside === 'value' ? 'budget' : earns ? 'income' : found;
    if (role !== 'budget') amount.role = role;
    if (role === 'down' && amount.qualifier !== 'max') amount.aside = 'down';
    // (a hedged figure is priced all the same by what else is said of it: "pre-approved for 520", "like 550 max")
    if (after || reach || wished || amount.approved || amount.ownCeiling || amount.qualifier)
      amount.hedged = false;
    amounts.push(amount);
  }
  putDownByReference(scaled, amounts);
  const said = amounts.length > 1 ? saidBefore(scaled) : undefined;
  // Each amount but the only one: taken back by what is said before it or between it and the next ("we can go up to
  // 625 rather than 550" sets the last one aside).
  for (let i = 0; amounts.length > 1 && i < amounts.length; i += 1) {
    const taken = amounts[i]!;
    const next = amounts[i + 1];
    const { start, end } = taken;
    const before = said !== undefined && start >= said.index && end <= said.index + said.text.length;
    const setAside = SET_ASIDE.test(scaled.slice(Math.max(0, start - 24), start));
    const between = next ? scaled.slice(end, next.start) : undefined;
    const retracted =
      between !== undefined &&
      (TAKEN_BACK.test(between) || STRONG_TAKE_BACK.test(between) || reconsidered(between, taken, next!));
    // "550, not 520", "hasta 550, no 520": the next amount is the one denied; "520, no, 550": this one is.
    const denial = between !== undefined ? denies(between) : undefined;
    if (denial === 'next') next!.takenBack = true;
    if (before || setAside || retracted || denial === 'this') {
      taken.takenBack = true;
      // "500k, actually make that 550": the amount said in its place is on the same scale.
      if (next && (taken.priceWord || (!taken.bare && taken.value >= 10_000))) next.priceWord = true;
    }
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < amounts.length; i += 1) {
    const low = amounts[i]!;
    const high = amounts[i + 1]!;
    // (the articles of a Spanish range said apart: "entre los 450 y los 500 mil")
    const join = scaled
      .slice(low.end, high.start)
      .split(' ')
      .filter((word) => !RANGE_ARTICLES.has(word))
      .join(' ');
    // "como 430, 440 mil", "480, 490?": two close figures of the same length after a comma (not a list of more:
    // "sold for 585, 592 and 601")
    const next = amounts[i + 2];
    const more =
      next !== undefined &&
      ['', ',', 'and', 'y', ', and', ', y'].includes(scaled.slice(high.end, next.start).trim());
    const listed =
      !more &&
      join.trim() === ',' &&
      low.digits.length === high.digits.length &&
      Number(high.digits) > Number(low.digits) &&
      Number(high.digits) <= Number(low.digits) * 1.25;
    if (!joinsARange(join) && !listed) continue;
    // "like 550 600": two figures of the same length side by side (not "3 450")
    if (join.trim() === '' && low.digits.length !== high.digits.length) continue;
    // "comps are like 455-470": a range set aside at one end is set aside whole.
    if (low.aside === 'other' && high.aside === undefined) high.aside = 'other';
    // ...as is a range put down at its high end ("we can put 120-150 down")
    if (high.aside === 'down' && low.aside === undefined) low.aside = 'down';
    shortLowEnd(low, high);
    if (low.bare && !high.bare && high.value >= 10_000) {
      const scale = high.value >= 1_000_000 && low.value < 100 ? 1_000_000 : 1_000;
      low.value *= scale;
      low.bare = false;
    }
    // "500 mil o 550 lo más", "400k or 450 max": the low end's scale speaks for a bare high end above it.
    if (
      !low.bare &&
      high.bare &&
      low.value >= 10_000 &&
      high.value < 1_000 &&
      high.value * 1_000 > low.value
    ) {
      high.value *= 1_000;
      high.bare = false;
    }
    if (low.bare === high.bare && low.value > 0 && low.value < high.value) ranges.push([i, i + 1]);
  }
  return { amounts, ranges };
}

/**
 * The low end of a spoken range said with its leading digits only: "between 4 and 450" is 400 to 450, "6-650k" is
 * 600k to 650k, "1 to 1.2m" is left alone (already on the same scale). It takes the high end's scale when that
 * lands below the high end and above half of it.
 */
function shortLowEnd(low: Amount, high: Amount): void {
  if (!low.bare || !/^\d+$/.test(low.digits) || !/^\d+$/.test(high.digits)) return;
  const gap = high.digits.length - low.digits.length;
  if (gap <= 0) return;
  const highNumber = Number(high.digits);
  const scaled = Number(low.digits) * 10 ** gap;
  if (scaled >= highNumber || scaled * 2 <= highNumber) return;
  if (high.bare) {
    low.value = scaled;
  } else {
    low.value = scaled * (high.value / highNumber);
    low.bare = false;
  }
}

/** A bare number in thousands (450 -> 450,000) when it may stand for a price. */
export function asThousands(amount: Amount): number {
  return amount.bare ? amount.value * 1_000 : amount.value;
}
