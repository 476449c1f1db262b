import type { BotKind } from '../protocol/common.js';
import type { ConversationContext, TenantBotContext } from './port.js';
import { STATE_VERSION, type JorgeState } from './state.js';

/**
 * A new conversation: the buyer bot for intent "buy" or when a listing is given (areas pre-filled from the listing,
 * the budget question anchored on its price), the seller bot for "sell", else the lead bot.
 */
export function initialJorgeState(context: ConversationContext, tenant: TenantBotContext): JorgeState {
  const kind: BotKind =
    context.intent === 'sell' ? 'seller' : context.intent === 'buy' || context.listing ? 'buyer' : 'lead';
  const state: JorgeState = {
    version: STATE_VERSION,
    kind,
    phase: 'qualify',
    active: true,
    optedOut: false,
    lang: 'en',
    turns: 0,
    leadTurns: 0,
    slots: {},
    defaulted: [],
    skipped: [],
    misses: {},
    totalMisses: 0,
    questionTurns: 0,
    lowStreak: 0,
    temperature: 'cold',
    switches: [],
    review: false,
    nurtureArmed: false,
    leadWarm: false,
  };
  if (context.variant) state.variant = context.variant;
  const listing = context.listing;
  if (kind === 'buyer' && listing) {
    if (listing.area) state.slots.areas = [listing.area];
    if (listing.price !== undefined && listing.price > 0) state.listingPrice = listing.price;
  }
  if ((state.listingPrice ?? 0) > tenant.highValueThreshold) state.review = true;
  return state;
}
