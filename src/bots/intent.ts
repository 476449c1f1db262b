import {
  BUYER_PHRASES,
  INTENT_PHRASES,
  SALE_WITH_US_PHRASES,
  SELLER_PHRASES,
  type IntentCue,
} from './lexicon/intent.js';
import { cueBooks } from './read/cue-books.js';
import { phraseBook, type PhraseBook, type PhraseHit } from './read/phrases.js';
import { namesAnotherHome, namesSomeoneElse, ownPart } from './read/others.js';
import { asRead, readText, refold, type Readable, type ReadText } from './read/read-text.js';
import { BEDROOM_WORD } from './text.js';

export type Intent = 'seller' | 'buyer' | 'unclear';

const SELLER = phraseBook(SELLER_PHRASES);
const BUYER = phraseBook(BUYER_PHRASES);
const heard = cueBooks(INTENT_PHRASES);
const SALE_WITH_US = phraseBook(
  SALE_WITH_US_PHRASES.map((words) => ({ cue: 'with_us' as const, words, always: true })),
);
/** How many of a book's cues are heard (each cue once). */
const cues = (book: PhraseBook<string>, read: ReadText) =>
  new Set(book.hear(read).map((hit) => hit.cue)).size;
const sellerCues = (read: ReadText) => cues(SELLER, read) + (heard(read, 'we_list') ? 1 : 0);

/**
 * Someone who wants to rent a home for themselves ("we just need a rental", "looking to rent a 2 bed", "solo
 * buscamos rentar una casa"): neither a buyer nor a seller. An investor's "rental property" or "rent it out" is not.
 */
export function wantsToRent(text: Readable): boolean {
  return heard(asRead(text), 'renter') !== undefined;
}
/**
 * Weaker signs of a buyer, counted only when nothing else in the message says buy or sell: the home the lead is
 * after, by its size ("looking for a 3 bed", "need at least four bedrooms", "buscamos una de 4 recámaras"), and a
 * budget of the lead's own ("budget is 700", "max budget 550k", "mi presupuesto"). A seller says these too ("selling
 * ours, want 4 bedrooms next time"), so they never outvote a seller cue.
 */
const SIZE_WANTED = new RegExp(
  `\\b(looking for|searching for|shopping for|hunting for|in the market for|want|need|interested in|busc(o|amos|ando)|quiero|queremos|necesit(o|amos))\\b( (?!sell|selling|list|listing|our|my|vender|mi|nuestra|nuestro)[\\w']+){0,3} (\\d+|two|three|four|five|six|dos|tres|cuatro|cinco|seis) ?-?${BEDROOM_WORD}\\b`,
);
/** Cues of a buyer counted only when nothing stronger is said on either side: a bedroom count wanted, a budget. */
const WEAK_BUYER_CUES = [SIZE_WANTED];
const weakBuyerCues = (read: ReadText) =>
  count(WEAK_BUYER_CUES, read.folded) +
  (ownBudget(read) ? 1 : 0) +
  (heard(read, 'after_a_place') ? 1 : 0) +
  (heard(read, 'self_described') ? 1 : 0);

const BUDGET = phraseBook(INTENT_PHRASES).only('own_budget', 'budget_said');
/**
 * A budget of the lead's own (lexicon/intent.ts), written as words one space apart ("budget is", not "budget.max"),
 * "budget:" and "presupuesto:" too.
 */
function ownBudget(read: ReadText): boolean {
  return BUDGET.every(read).some(
    (hit) =>
      plainWords(read, hit) &&
      (hit.cue === 'own_budget' || read.folded[read.located.end[hit.end - 1]!] === ':'),
  );
}

/** A question to the team about buying the lead's house, or someone else's sale: cut from what is counted. */
const CUT = phraseBook(INTENT_PHRASES).only('buy_mine', 'buy_mine_asked', 'their_sale');

/**
 * "do you guys buy houses?": the first question to the team about buying the lead's house (lexicon/intent.ts), its
 * `buy_mine_asked` phrases only with a question mark after them before any stop.
 */
function buyMine(read: ReadText, hits: PhraseHit<IntentCue>[]): PhraseHit<IntentCue> | undefined {
  const { folded, located } = read;
  let first: PhraseHit<IntentCue> | undefined;
  for (const hit of hits) {
    if (hit.cue === 'their_sale' || (first && first.start <= hit.start)) continue;
    if (hit.cue === 'buy_mine_asked' && firstMark(folded.slice(located.end[hit.end - 1])) !== '?') continue;
    first = hit;
  }
  return first;
}

/** The hit is written as words one space apart ("the seller would sell", not "[seller-story] sell"). */
function plainWords(read: ReadText, hit: PhraseHit<IntentCue>): boolean {
  const { folded, located } = read;
  const span = folded.slice(located.at[hit.start], located.end[hit.end - 1]);
  return (
    !span.includes('  ') &&
    [...span].every((char) => char === ' ' || char === "'" || (char >= 'a' && char <= 'z'))
  );
}

/** The first of . ! ? in the text, if any. */
function firstMark(text: string): string | undefined {
  for (const char of text) if (char === '.' || char === '!' || char === '?') return char;
  return undefined;
}

/** The read text with the words of these hits taken out (each a space). */
function without(read: ReadText, hits: readonly PhraseHit<IntentCue>[]): ReadText {
  if (hits.length === 0) return read;
  const { folded, located } = read;
  const spans = hits
    .map((hit) => [located.at[hit.start]!, located.end[hit.end - 1]!] as const)
    .sort((a, b) => a[0] - b[0]);
  let text = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start >= from) text += `${folded.slice(from, start)} `;
    from = Math.max(from, end);
  }
  return refold(read, text + folded.slice(from));
}

/** Explicit first-person selling: decides a tie in the seller's favour (seller has priority). */
const ownSale = (read: ReadText) => heard(read, 'own_sale', 'sale_then') !== undefined;

function count(patterns: RegExp[], folded: string): number {
  return patterns.reduce((sum, pattern) => sum + (pattern.test(folded) ? 1 : 0), 0);
}

export interface IntentScore {
  seller: number;
  buyer: number;
  intent: Intent;
}

/**
 * Counts seller cues against buyer cues (DOMAIN.md section 2). The larger count wins; a tie is unclear, except
 * that an explicit first-person sale ("sell my house first, then buy") gives the seller priority.
 */
export function detectIntent(text: Readable): IntentScore {
  const said = asRead(text);
  // The lead's own clauses decide when they say an intent ("my mom is selling her house in chino ... we're looking to
  // buy"); when they say none, the whole message does ("my mom wants to sell her house, can you help?").
  // ...unless the lead writes for that someone ("I'm texting for my parents, they want to sell").
  if (namesSomeoneElse(said.words) && !heard(said, 'writes_for')) {
    const own = ownPart(said.raw);
    if (own !== said.raw) {
      const ownIntent = intentOf(readText(own));
      if (ownIntent.intent !== 'unclear') return ownIntent;
      // ...and none when the other's sale is one the team has, or another home's ("the house next door to mine is
      // selling with your company", "mi hermano está vendiendo su casa con ustedes").
      if (namesAnotherHome(said) || SALE_WITH_US.find(said.tokens) !== undefined) return ownIntent;
    }
  }
  return intentOf(said);
}

function intentOf(whole: ReadText): IntentScore {
  if (wantsToRent(whole) && sellerCues(whole) === 0 && !heard(whole, 'buy_word'))
    return { seller: 0, buyer: 0, intent: 'unclear' };
  if (heard(whole, 'not_selling')) {
    const buyer = cues(BUYER, whole);
    return { seller: 0, buyer, intent: buyer > 0 ? 'buyer' : 'unclear' };
  }
  const cut = CUT.every(whole).filter((hit) => plainWords(whole, hit));
  const asksToBuyTheirs = buyMine(whole, cut);
  const read = without(whole, [
    ...(asksToBuyTheirs ? [asksToBuyTheirs] : []),
    ...cut.filter((hit) => hit.cue === 'their_sale'),
  ]);
  const seller = sellerCues(read) + (asksToBuyTheirs ? 1 : 0);
  const strong = cues(BUYER, read);
  const buyer = strong > 0 || seller > 0 ? strong : weakBuyerCues(read);
  let intent: Intent = 'unclear';
  // "Sell first, then buy" goes to the seller bot whatever buyer facts come with it (DOMAIN.md section 2).
  if (seller > 0 && heard(read, 'sell_then_buy')) intent = 'seller';
  else if (seller > buyer) intent = 'seller';
  else if (buyer > seller) intent = 'buyer';
  // ...and so does the sale of whoever the lead writes for ("I'm texting for my parents, they want to sell").
  else if (seller > 0 && (ownSale(read) || heard(read, 'writes_for'))) intent = 'seller';
  return { seller, buyer, intent };
}

/** True when the lead explicitly walks back selling (allows a seller-to-buyer switch). */
export function walksBackSelling(text: Readable): boolean {
  return heard(asRead(text), 'not_selling') !== undefined;
}

/** Cues that say buying itself ("we want to BUY", "queremos comprar", "first home"), not a move or an approval. */
const BUYING_SAID: ReadonlySet<string> = new Set([
  'buy',
  'buying',
  'purchase',
  'comprar',
  'first',
  'primera',
]);
/** "la compramos en 2009", "compró": a home bought before, as often as one to buy. */
const BOUGHT_OR_BUYS: ReadonlySet<string> = new Set(['compramos', 'compro', 'compra']);
export const saysBuying = (text: Readable): boolean =>
  BUYER.hear(asRead(text)).some((hit) => BUYING_SAID.has(hit.cue) && !BOUGHT_OR_BUYS.has(hit.evidence));

/** A strong seller signal (everything but the ambiguous "on the market"), for a buyer-to-seller switch. */
export function strongSellerCue(text: Readable): boolean {
  const read = asRead(text);
  return (
    ownSale(read) ||
    (SELLER.find(read, 'home_value', 'cma', 'cash_offer', 'whats_worth') ?? heard(read, 'home_worth')) !==
      undefined
  );
}
