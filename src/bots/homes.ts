import { matchListings, wantsFromSlots, type LeadWants, type ListingMatch } from '../listings/match.js';
import type { ConversationContext } from './port.js';
import { HOMES_PHRASES } from './lexicon/homes.js';
import { phraseBook, tokenise } from './read/phrases.js';
import { NO, YES } from './scheduling-parse.js';
import type { JorgeState } from './state.js';
import { fold, type Lang } from './text.js';

/**
 * Homes that match (issue 36 item 4), the bot's part: pure. The hub passes the tenant's active catalogue in as
 * data (ConversationContext.catalogue); the bot decides when to offer, reads the lead's answer and asks the hub to
 * send the cards (the `send_homes` effect). docs/LISTINGS.md "Homes that match".
 */

/** What the buyer said, for matching: the buyer's slots (budget, bedrooms and bathrooms, areas). */
export const leadWants = (state: JorgeState): LeadWants | undefined =>
  wantsFromSlots(state.slots as Record<string, unknown>);

/**
 * The homes to offer now, or none. Offered once per conversation, to a buyer the bot still talks to (not opted
 * out, not handed off or closed, no high-value review gate: a held offer could not be answered), qualified: every
 * buyer question answered or skipped (the caller's moment) with a budget and a bedroom count known, and only when
 * at least one active home of the catalogue fits.
 */
export function homesToOffer(state: JorgeState, context: ConversationContext): ListingMatch[] {
  if (!context.catalogue || state.homes || state.kind !== 'buyer') return [];
  if (state.optedOut || !state.active || state.review) return [];
  if (state.phase === 'handoff' || state.phase === 'closed') return [];
  const wants = leadWants(state);
  if (!wants?.budget?.max || wants.bedrooms?.min === undefined) return [];
  return matchListings(context.catalogue, wants);
}

const COUNT: Record<Lang, string[]> = {
  en: ['', 'One home fits', 'Two homes fit', 'Three homes fit'],
  es: ['', 'Una casa encaja', 'Dos casas encajan', 'Tres casas encajan'],
};

/** "Three homes fit what you described; want me to send them?" (fixed: never rephrased). */
export function homesOfferLine(lang: Lang, count: number): string {
  const opener = COUNT[lang][Math.min(count, 3)]!;
  if (lang === 'es')
    return count === 1
      ? `${opener} con lo que describiste; ¿quieres que te la envíe?`
      : `${opener} con lo que describiste; ¿quieres que te las envíe?`;
  return count === 1
    ? `${opener} what you described; want me to send it?`
    : `${opener} what you described; want me to send them?`;
}

/** The line said with the cards, or after a no. */
export function homesAnswerLine(lang: Lang, sent: boolean, count: number): string {
  if (sent) {
    if (lang === 'es') return count === 1 ? 'Aquí la tienes.' : 'Aquí las tienes.';
    return count === 1 ? 'Here it is.' : 'Here they are.';
  }
  return lang === 'es' ? 'Claro, sin problema.' : 'No problem.';
}

const HEARD = phraseBook(HOMES_PHRASES);

/** The lead's answer to the offer: yes, no, or something else (the offer lapses: it is not made again). */
export function readHomesAnswer(text: string): 'yes' | 'no' | 'other' {
  const folded = fold(text);
  const tokens = tokenise(folded);
  if (HEARD.find(tokens, 'dont') || NO.test(folded)) return 'no';
  if (YES.test(folded) || HEARD.find(tokens, 'send')) return 'yes';
  return 'other';
}
