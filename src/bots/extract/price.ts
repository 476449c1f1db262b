import { numberWordsToDigits } from '../read/numbers.js';
import {
  BUDGET_MOVED,
  FLOOR_OF_THAT,
  BUDGET_SHIFTED_PHRASES,
  HUNDRED_VARIANTS,
  JOINED_TENS,
  OUR_LIMIT_PHRASES,
  PRICE_WISH_WORDS,
  REAL_LIMIT_PHRASES,
  SAME_AS_THEIRS,
  SPLIT_HUNDREDS,
  SPOKEN_TENS,
  TENS_VARIANTS,
  SAVED_AFTER,
} from '../lexicon/money.js';
import { CONTRAST_WORDS, RETHINKING_WORDS } from '../lexicon/optout.js';
import { oneOf, phraseBook, tokenise } from '../read/phrases.js';
import { CO_DECIDERS } from '../lexicon/people.js';
import { KIN, OWNER_CONTENT, OWNER_WISH_VERBS } from '../lexicon/seller.js';
import { anyOf, isDigit, isFoldedLetter, wordsOf } from '../read/words.js';
import { fold } from '../text.js';
import { blankAddresses } from './address.js';
import {
  asThousands,
  SAID_BEFORE,
  scanAmounts,
  setsAsideAnAmount,
  type Amount,
  type AmountScan,
} from './amount.js';
import { memoised } from '../read/memo.js';

export interface Budget {
  min?: number;
  max?: number;
}

/**
 * Any amount at most $50,000 is no home's price here (a repair, a down payment, a debt: "cost us like 18k", "15-20k
 * worth"); above $100,000,000 is not believable either.
 */
const MIN_PRICE = 50_000;
const MAX_PRICE = 100_000_000;

function plausible(value: number): boolean {
  return value > MIN_PRICE && value <= MAX_PRICE;
}

/** "6 fifty", "7 twenty five", "5 cincuenta": a spoken price with its first digit typed; read like "six fifty" (650). */
const DIGIT_THEN_TENS = new RegExp(`\\b([1-9]) (?=(?:${anyOf(SPOKEN_TENS)})\\b)`, 'g');
/**
 * "4fifty", "4-fifty": the same, glued or hyphenated, which is also how clock times, units and angles are typed ("at
 * 4-thirty", "my 3-thirty meeting", "unit 4-fifty", "3-sixty views"): not after a time or place word, nor before a
 * time of day or a noun of its own.
 */
const DIGIT_JOINED_TENS = new RegExp(
  `(?<!\\b(?:${anyOf(JOINED_TENS.notAfter)})\\s?)\\b([1-9])-?(?=(?:${anyOf(JOINED_TENS.tens)})\\b(?![- ]?(?:${anyOf(JOINED_TENS.units)})?\\s*(?:${anyOf(JOINED_TENS.notBefore)})\\b))`,
  'g',
);
const TENS_TYPED = new RegExp(`\\b(?:${anyOf(Object.keys(TENS_VARIANTS))})\\b`, 'g');
/** "6 hunnid", "6 cientos": a spoken hundred ("6 hundred"); "seis cientos" is "seiscientos" (600, 600k as a price). */
const HUNDRED_TYPED = new RegExp(
  `\\b(?:${anyOf(HUNDRED_VARIANTS)}|${anyOf(Object.keys(SPLIT_HUNDREDS))})\\b|(?<=\\b[1-9] )cientos\\b`,
  'g',
);
const hundredWord = (said: string) => SPLIT_HUNDREDS[said.replace(/\s+/g, ' ')] ?? 'hundred';
const DIGIT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const digitWord = (_: string, digit: string) => `${DIGIT_WORDS[Number(digit)]} `;

/**
 * Every amount of a text and its ranges, as the scan reads them (spoken tens and hundreds written as words first). A
 * step scans the same text for the budget, the price and the price of each clause (a text without clause breaks is
 * its own clause): the scans of the texts seen lately are remembered (read/memo.ts). The amounts are shared, so
 * read-only (`scan` and its callers filter and copy, never change one).
 */
const scannedLately = memoised(64, (text: string): AmountScan => {
  const spoken = fold(blankAddresses(text))
    .replace(TENS_TYPED, (word) => TENS_VARIANTS[word] ?? word)
    .replace(HUNDRED_TYPED, hundredWord)
    .replace(DIGIT_THEN_TENS, digitWord)
    .replace(DIGIT_JOINED_TENS, digitWord);
  return scanAmounts(numberWordsToDigits(spoken, { spanish: true }));
});

/**
 * The amounts of a text that may be the lead's own price or budget, best first: a down payment or savings is never
 * one; an amount taken back by a correction ("450.. actually 500") or someone else's price ("the neighbor sold for
 * 780") only when nothing else is said.
 * `othersAsFallback`: a price someone else got or paid stands in when nothing else is said (a seller's anchor: "the
 * neighbor sold for 780"); a buyer's budget is never one ("our condo sold for 780k last yr").
 */
function scan(
  text: string,
  { othersAsFallback, budget = false }: { othersAsFallback: boolean; budget?: boolean },
) {
  const { amounts, ranges } = scannedLately(text);
  // An income, a rent, a monthly payment, a down payment or a loan term is never the price.
  // A debt ("we owe about 310") or what the lead paid for its home ("we paid 410 back in 2015") is not either.
  const own = amounts.filter(
    (amount) =>
      amount.aside !== 'down' &&
      amount.aside !== 'owed' &&
      amount.aside !== 'paid' &&
      amount.role === undefined,
  );
  // (the value of the lead's own home is a seller's price, never a buyer's budget)
  const buyers = (amount: Amount) => !budget || amount.aside !== 'value';
  const firstChoice = own.filter((amount) => !amount.takenBack && amount.aside !== 'other' && buyers(amount));
  const kept =
    firstChoice.length > 0
      ? firstChoice
      : own.filter((amount) => (othersAsFallback || amount.aside !== 'other') && buyers(amount));
  return {
    amounts: kept,
    ranges: ranges.flatMap(([low, high]): [number, number][] => {
      const [lowIndex, highIndex] = [kept.indexOf(amounts[low]!), kept.indexOf(amounts[high]!)];
      return lowIndex >= 0 && highIndex >= 0 ? [[lowIndex, highIndex]] : [];
    }),
  };
}

/**
 * "1.3" answering a price question is $1.3M (a plain decimal from 0.5 to 20), and so is one after a price word
 * ("around 1.1", "budget about 1.4": no unit follows it).
 */
function asMillions(amount: Amount): number | undefined {
  return amount.decimal && amount.value >= 0.5 && amount.value <= 20
    ? Math.round(amount.value * 1_000_000)
    : undefined;
}

const SAME_AS = phraseBook(SAME_AS_THEIRS.map((words) => ({ cue: 'same' as const, words, clause: true })));

/** The seller takes up someone else's price ("... so i'm hoping around there", "queremos lo mismo"). */
export const takesUpTheirPrice = (text: string): boolean => SAME_AS.find(tokenise(fold(text))) !== undefined;

const OWNERS_WISH = phraseBook([
  // ("my mom hasn't said a number yet": no wish said)
  {
    cue: 'wish' as const,
    words: `${oneOf([...KIN, ...CO_DECIDERS])} ~1 ${oneOf(OWNER_WISH_VERBS)}`,
    unless: 'hasnt|havent|hadnt|ni+ha|no+ha|no+han',
  },
  { cue: 'wish' as const, words: oneOf(OWNER_CONTENT) },
]);

/**
 * The price the owner the lead speaks for wants ("un señor le ofreció 520 pero mi papá quiere 600 mil", "my mom is
 * hoping for 640"): a family member's wish is the sale's price when the lead names none of its own.
 */
export const ownersWish = (text: string): boolean => OWNERS_WISH.find(tokenise(fold(text))) !== undefined;

/**
 * Seller price expectation: explicit amounts; a bare 3-digit number (300 to 999) only next to a price word, in
 * thousands. A range keeps its upper end (what the seller hopes for). A price someone else got or paid ("the neighbor
 * sold for 780") only with `theirs`: the seller takes it up.
 */
/**
 * "i owe like 480 on it so at least that": a floor said of the figure before it, the figure said in its place ("... so
 * at least 480"), so it is read as the seller's own.
 */
function floorOfThat(text: string): string {
  const folded = fold(text);
  const floor = FLOOR_OF_THAT.find((words) => {
    const at = folded.indexOf(words);
    return at > 0 && !isFoldedLetter(folded[at - 1]) && !isFoldedLetter(folded[at + words.length]);
  });
  if (floor === undefined || folded.length !== text.length) return text;
  const at = folded.indexOf(floor);
  // the last figure before it, as written ("480", "480k", "$480,000")
  let end = at;
  while (end > 0 && !isDigit(folded[end - 1])) end -= 1;
  if (end === 0) return text;
  let start = end;
  while (start > 0 && (isDigit(folded[start - 1]) || folded[start - 1] === ',' || folded[start - 1] === '.'))
    start -= 1;
  // (with its "k" or "m": "480k")
  const unit = folded[end] === 'k' || folded[end] === 'm' ? end + 1 : end;
  const figure = text.slice(start, unit);
  const said =
    floor.startsWith('at least') || floor.startsWith('no') || floor.startsWith('not')
      ? 'at least'
      : 'al menos';
  return `${text.slice(0, at)}${said} ${figure}${text.slice(at + floor.length)}`;
}

export function extractPrice(
  text: string,
  { asked, theirs = false }: { asked: boolean; theirs?: boolean } = { asked: false },
): number | undefined {
  const { amounts, ranges } = scan(floorOfThat(text), { othersAsFallback: theirs });
  const usable = (amount: Amount): number | undefined => {
    if ((asked || amount.priceWord) && amount.decimal) return asMillions(amount);
    if (!amount.bare) return plausible(amount.value) ? amount.value : undefined;
    // (the value of the lead's own home names its price: "esperamos sacarle 480")
    const priced = amount.priceWord || asked || amount.aside === 'value';
    if (priced && amount.value >= 300 && amount.value <= 999) return amount.value * 1_000;
    return undefined;
  };
  for (const [lowIndex, highIndex] of ranges) {
    const high = amounts[highIndex]!;
    // "like 5 or 6 hundred": the price word before the range speaks for its high end too.
    const value =
      usable(high) ?? (amounts[lowIndex]!.priceWord ? usable({ ...high, priceWord: true }) : undefined);
    if (value === undefined) continue;
    // "the high 700s, say 785": a figure inside the range said after it is the price.
    const low = usable({ ...amounts[lowIndex]!, priceWord: true }) ?? 0;
    const inside = amounts
      .slice(highIndex + 1)
      .map((amount) => usable({ ...amount, priceWord: true }))
      .find((figure) => figure !== undefined && figure >= low && figure <= value);
    return inside ?? value;
  }
  for (const amount of amounts) {
    const value = usable(amount);
    if (value !== undefined) return value;
  }
  return undefined;
}

const PRICE_WISH = new RegExp(wordsOf(PRICE_WISH_WORDS));
const RECONSIDERED = new RegExp(wordsOf(RETHINKING_WORDS));
/** Clauses: at a mark (not inside "1.2m" or "1,200"), or before a contrast or a consequence. */
const CLAUSE_BREAK = /[;!?]|[.,](?!\d)|\b(?:but|pero|so|asi que|though)\b/;

/**
 * Several amounts, and the seller's wish says which is the price: "a guy on my street got 615. id want 600", "the
 * Garcias got 910 ... if we walked away with around 800 i'd be happy". The price read from the whole message
 * (`read`) stands when its own clause says a wish or reconsiders ("hoping for 700 but realistically 650").
 */
export function wishedPrice(text: string, read: number | undefined): number | undefined {
  if (read === undefined) return undefined;
  const priced = fold(text)
    .split(CLAUSE_BREAK)
    .flatMap((clause) => {
      const value = extractPrice(clause, { asked: true });
      return value === undefined ? [] : [{ clause, value }];
    });
  if (priced.length < 2) return undefined;
  const readIn = priced.find((each) => each.value === read);
  // (a hedge in the first clause is not a second thought: "worth maybe 610 but with the foundation id take 560")
  if (!readIn || PRICE_WISH.test(readIn.clause)) return undefined;
  if (priced.indexOf(readIn) > 0 && RECONSIDERED.test(readIn.clause)) return undefined;
  // A wish said before the amount read was taken back by it ("queremos 650... no, espéreme, 670").
  const after = priced.slice(priced.indexOf(readIn) + 1);
  return after.filter((each) => PRICE_WISH.test(each.clause) && each.value !== read).pop()?.value;
}

/**
 * What a buyer who pays cash has saved ("vamos a comprar de contado, tenemos unos 450 mil ahorrados", "paying cash,
 * about 450k saved"): the most it can pay, its budget's ceiling. Read only when the lead pays cash.
 */
export function savedForCash(text: string): Budget | undefined {
  const folded = fold(blankAddresses(text));
  if (!SAVED_AFTER.some((words) => folded.includes(words))) return undefined;
  // ("my cash on hand is like 130k": money held, said with no way of paying)
  if (folded.includes('cash on hand') && !folded.split('cash on hand').join(' ').includes('cash'))
    return undefined;
  const saved = scanAmounts(numberWordsToDigits(folded, { spanish: true })).amounts.find(
    (amount) => amount.aside === 'down',
  );
  if (saved === undefined) return undefined;
  const value = saved.bare ? asThousands(saved) : saved.value;
  return plausible(value) ? { max: value } : undefined;
}

/**
 * The amount said as the seller's wish in a clause of its own ("we want 650 now", "esperamos unos 560", "fine, 690 and
 * I'm happy"): a price said again so replaces the one said before.
 */
/** A price said in some clause as the seller's wish ("con 630 estamos bien", "we'd be happy with 675"). */
export function wishesAPrice(text: string): boolean {
  return fold(text)
    .split(CLAUSE_BREAK)
    .some((clause) => PRICE_WISH.test(clause) && extractPrice(clause, { asked: true }) !== undefined);
}

export function saidAsWish(text: string, value: number): boolean {
  return fold(text)
    .split(CLAUSE_BREAK)
    .some((clause) => PRICE_WISH.test(clause) && extractPrice(clause, { asked: true }) === value);
}

/**
 * Buyer budget: amounts as for prices; a bare number 100 to 999 means thousands (when the budget question is being
 * answered or a price word is next to it); under 100 is never a budget. Two amounts are a range; one amount x is
 * {min: 0.8x, max: x}; "under 600k" is {max}; "at least 500k" is {min}. `answering`: the lead answers one of the bot's
 * questions (a figure only hedged is a price then).
 */
export function extractBudget(
  text: string,
  { asked, answering = false }: { asked: boolean; answering?: boolean },
): Budget | undefined {
  const { amounts, ranges } = scan(text, { othersAsFallback: false, budget: true });
  const usable = (amount: Amount): number | undefined => {
    // ("would the sellers come down from 689?", "lets say we find one at 800": no figure of the lead's own)
    if (amount.supposed) return undefined;
    // ("parked at stop 94 of like 160 today": a hedge alone prices a figure said while the lead answers the bot's
    // questions, not one volunteered before any was asked)
    const priced = asked || (amount.priceWord && (answering || !amount.hedged));
    if (priced && amount.decimal) return asMillions(amount);
    if (!amount.bare) return plausible(amount.value) ? amount.value : undefined;
    if (priced && amount.value >= 100 && amount.value <= 999) return asThousands(amount);
    return undefined;
  };
  for (const [lowIndex, highIndex] of ranges) {
    const low = amounts[lowIndex]!;
    const high = amounts[highIndex]!;
    const lowUsable = usable(low);
    // "budget like 1.4 a 1.6": a low end read in millions reads a decimal high end the same way.
    const highValue =
      usable(high) ??
      (low.priceWord && high.bare ? asThousands(high) : undefined) ??
      (high.decimal && lowUsable !== undefined && lowUsable >= 1_000_000 ? asMillions(high) : undefined);
    // The high end's unit speaks for a bare low end: "5 to 600k", "1.5 to 1.7m".
    const lowValue =
      usable(low) ??
      (high.priceWord && low.bare ? asThousands(low) : undefined) ??
      (low.decimal && highValue !== undefined && highValue >= 1_000_000 ? asMillions(low) : undefined);
    if (lowValue !== undefined && highValue !== undefined && plausible(lowValue) && plausible(highValue)) {
      // "between 400 and 450, 475 max if it has a pool": the lead's own limit said after the range stretches it;
      // "low 600s, like 625 tops": one inside it is its top.
      const limit = amounts
        .slice(highIndex + 1)
        .find(
          (amount) =>
            !amount.approved &&
            (amount.ownCeiling || amount.namedLimit || amount.qualifier === 'max') &&
            usable(amount) !== undefined,
        );
      const top = limit ? usable(limit)! : highValue;
      const stretched =
        limit !== undefined && (top > highValue ? limit.ownCeiling || limit.namedLimit : top >= lowValue);
      return { min: lowValue, max: stretched ? top : highValue };
    }
  }
  // The lead's own ceiling above the first amount closes a range the first amount opens: "around 550, 600 tops",
  // "600k, but we can stretch to 650", "650 ideally, 700 max" (a lower one is the first amount's own limit or a cost
  // beside it).
  // A limit named as such is the lead's own unless a lender set it ("más o menos 550, máximo 600"); a reach of
  // something else is not ("i know etiwanda goes up to 900").
  const firstIndex = amounts.findIndex((amount) => usable(amount) !== undefined);
  const first = firstIndex < 0 ? undefined : usable(amounts[firstIndex]!);
  // (an approval the lead makes its own limit counts: "we have approve from bank for 780, not more")
  const later = amounts.slice(firstIndex + 1).filter((amount) => !amount.approved || amount.ownCeiling);
  // ("hasta 780, pero el banco nos preaprobó hasta 850": a lender's figure above the lead's own top stretches nothing)
  const ownTop = amounts[firstIndex]?.qualifier === 'max' && !amounts[firstIndex]?.approved;
  const ceiling = later.find(
    (amount) =>
      (amount.ownCeiling || amount.namedLimit) &&
      !(ownTop && amount.approved) &&
      first !== undefined &&
      (usable(amount) ?? 0) > first,
  );
  // "approved for 480, so homes up to 580", "preaprobaron hasta 780 pero la idea es no pasar de 700", "preapproved for
  // 465. so 450 still works": after a lender's figure, the lead's own figure is the budget's top.
  // (volunteered, "so 450 still works" after "preapproved for 465": a bare figure near the approval is in its thousands)
  const nearTheApproval = (amount: Amount): number | undefined => {
    const value = usable(amount);
    if (value !== undefined || first === undefined || !amount.bare || !amounts[firstIndex]!.bare)
      return value;
    if (amount.aside !== undefined) return undefined;
    const ratio = amount.value / amounts[firstIndex]!.value;
    return amount.value >= 100 && amount.value <= 999 && ratio >= 0.5 && ratio <= 1.5
      ? asThousands(amount)
      : undefined;
  };
  const ownAfterApproval = amounts[firstIndex]?.approved
    ? later.find(
        (amount) =>
          !amount.approved &&
          !amount.denied &&
          amount.qualifier !== 'min' &&
          nearTheApproval(amount) !== undefined,
      )
    : undefined;
  if (ownAfterApproval) return { max: nearTheApproval(ownAfterApproval)! };
  if (ceiling && first !== undefined) return { min: first, max: usable(ceiling)! };
  // A floor, then a ceiling above it: "over 500 but under 575", "north of 500 but south of 575".
  const topAfterFloor =
    amounts[firstIndex]?.qualifier === 'min'
      ? later.find(
          (amount) => amount.qualifier === 'max' && first !== undefined && (usable(amount) ?? 0) > first,
        )
      : undefined;
  if (topAfterFloor && first !== undefined) return { min: first, max: usable(topAfterFloor)! };
  // "el banco nos aprobó 520 pero queremos gastar como 450 máximo", "thinking 550 pero no más de 520": the lead's own
  // lower limit said after the first amount, not the approval or the first thought.
  // (not a cost beside the first figure, less than half of it: "tope 530 mil, y que la cuota del HOA sea baja, menos
  // de 250")
  const ownLimit = later.find(
    (amount) =>
      amount.qualifier === 'max' &&
      first !== undefined &&
      (usable(amount) ?? Infinity) < first &&
      (usable(amount) ?? 0) * 2 > first,
  );
  if (ownLimit) return { max: usable(ownLimit)! };
  // "600 max, ideally around 550", "581 is the ceiling, sweet spot is more like 551": the lead's own top said first,
  // then a lower figure it aims at, is a range (as "around 550, 600 tops" is).
  const firstAmount = amounts[firstIndex];
  const ownTopFirst =
    firstAmount !== undefined &&
    !firstAmount.approved &&
    (firstAmount.qualifier === 'max' || firstAmount.namedLimit || firstAmount.ownCeiling);
  // (not after a contrast, where the later figure is the lead's own against someone's top: "my boyfriend says 720 max
  // but honestly id rather stay around 655")
  const contrasted = tokenise(fold(text)).some((token) => CONTRAST.has(token.word));
  const aimedBelow =
    ownTopFirst && !contrasted
      ? later.find(
          (amount) =>
            amount.qualifier === undefined &&
            amount.aside === undefined &&
            !amount.approved &&
            !amount.denied &&
            first !== undefined &&
            (usable(amount) ?? Infinity) < first &&
            (usable(amount) ?? 0) * 2 > first,
        )
      : undefined;
  if (aimedBelow && first !== undefined) return { min: usable(aimedBelow)!, max: first };
  // "tenemos aprobado hasta 550 mil pero queremos algo de 480": what the lead wants, below what a lender approved.
  const approvedUpTo = amounts[firstIndex]?.approved === true && amounts[firstIndex]?.qualifier === 'max';
  const wanted = approvedUpTo
    ? later.find((amount) => first !== undefined && (usable(amount) ?? Infinity) < first)
    : undefined;
  if (wanted) return { max: usable(wanted)! };
  // "489 is ok, we're pre-approved hasta 500": an amount only called acceptable leaves the approval above it as the
  // limit (not "we want to spend around 550, approved up to 650": that one is a wish).
  const approvalAbove = amounts[firstIndex]?.acceptable
    ? amounts
        .slice(firstIndex + 1)
        .find(
          (amount) =>
            amount.approved &&
            amount.qualifier === 'max' &&
            first !== undefined &&
            (usable(amount) ?? 0) > first,
        )
    : undefined;
  if (approvalAbove) return { max: usable(approvalAbove)! };
  // ...and so does the lead's own limit above it ("538 está bien, pero más de 550 no podemos", "538 works, nothing over
  // 550 tho").
  const limitAbove = amounts[firstIndex]?.acceptable
    ? later.find(
        (amount) =>
          !amount.approved &&
          amount.qualifier === 'max' &&
          first !== undefined &&
          (usable(amount) ?? 0) > first,
      )
    : undefined;
  if (limitAbove) return { max: usable(limitAbove)! };
  for (const amount of amounts) {
    const value = usable(amount);
    if (value === undefined) continue;
    if (amount.qualifier === 'max') return { max: value };
    if (amount.qualifier === 'min') return { min: value };
    return { min: Math.round(value * 0.8), max: value };
  }
  return undefined;
}

const CONTRAST: ReadonlySet<string> = new Set(CONTRAST_WORDS);
const MOVED = new RegExp(wordsOf(BUDGET_MOVED));
const SHIFTED = phraseBook(
  BUDGET_SHIFTED_PHRASES.map((words) => ({ cue: 'shifted' as const, words, clause: true })),
);
/** The lead's budget moved since it was said ("update: podemos subir a 680k"): its new amount replaces the known one. */
export function budgetMoved(text: string): boolean {
  const folded = fold(text);
  return MOVED.test(folded) || SHIFTED.find(tokenise(folded)) !== undefined;
}

/** The largest amount a budget or a price points at (for the high-value review gate). */
export function budgetTop(budget: Budget | undefined): number {
  return Math.max(budget?.max ?? 0, budget?.min ?? 0);
}

const OUR_LIMIT = phraseBook(
  OUR_LIMIT_PHRASES.map((words) => ({ cue: 'ours' as const, words, clause: true })),
);

/** The buyer takes up someone else's limit ("my mom wont sign over 450 so thats our cap"). */
export const takesUpTheirLimit = (text: string): boolean =>
  OUR_LIMIT.find(tokenise(fold(text))) !== undefined;

/**
 * A limit named in the text ("nothing over 648", "550 tops", "máximo 600"), no lender's figure, no cost beside the price
 * and no supposed case: what a household member sets ("she says nothing over 648, that's firm") when the lead answers
 * the budget question with no figure of its own.
 */
export function namesALimit(text: string): boolean {
  return scannedLately(text).amounts.some(
    (amount) =>
      (amount.qualifier === 'max' || amount.namedLimit === true || amount.ownCeiling === true) &&
      !amount.approved &&
      !amount.supposed &&
      // (a ceiling said with its own "no": "que no pasemos de 575")
      (!amount.denied || amount.qualifier === 'max') &&
      amount.aside === undefined &&
      amount.role === undefined,
  );
}

const REAL_LIMIT = phraseBook(REAL_LIMIT_PHRASES.map((words) => ({ cue: 'real' as const, words })));

/**
 * The lead replaces a value said before (DOMAIN.md 4.2a, a later explicit fact): "i said 600 earlier but ...", "675
 * is the real max", "en realidad el máximo es 650", "scratch the 600, ... 680", "no es 500, es 550" (index.ts
 * `isCorrection`).
 */
export function restatesValue(folded: string): boolean {
  const tokens = tokenise(folded);
  return (
    SAID_BEFORE.find(tokens) !== undefined ||
    REAL_LIMIT.find(tokens) !== undefined ||
    setsAsideAnAmount(folded)
  );
}
