import type { Temperature } from '../protocol/common.js';
import { isLowQuality } from './quality.js';
import { BUYER_QUESTIONS, SELLER_QUESTIONS, type JorgeState, type SlotName, type Slots } from './state.js';

/** A slot holds a real answer (not a stall default, not a loop-guard skip). */
export function isAnswered(state: Pick<JorgeState, 'slots' | 'defaulted'>, slot: SlotName): boolean {
  const value = state.slots[slot];
  if (slot === 'areas' && state.slots.areasOpen) return true;
  if (value === undefined || state.defaulted.includes(slot)) return false;
  if (slot === 'financing') return value !== 'unknown';
  if (slot === 'budget')
    return state.slots.budget?.max !== undefined || state.slots.budget?.min !== undefined;
  // (the bathrooms or the style alone leave the bedrooms to ask: "we need like 2 baths minimum")
  if (slot === 'size') return state.slots.size?.bedrooms !== undefined;
  return true;
}

export function sellerAnswers(state: Pick<JorgeState, 'slots' | 'defaulted'>): number {
  return SELLER_QUESTIONS.filter((slot) => isAnswered(state, slot)).length;
}

/** DOMAIN.md section 3: hot = all four answered and the 30-45 day timeline accepted; warm = three and quality >= 0.5. */
export function sellerTemperature(
  state: Pick<JorgeState, 'slots' | 'defaulted' | 'lastQuality'>,
): Temperature {
  const answered = sellerAnswers(state);
  if (answered === 4 && state.slots.timelineAccepted === true) return 'hot';
  if (answered >= 3 && state.lastQuality !== undefined && !isLowQuality(state.lastQuality)) return 'warm';
  return 'cold';
}

/** DOMAIN.md section 4.3. */
export function buyerTemperature(state: Pick<JorgeState, 'slots' | 'defaulted'>): Temperature {
  const { slots } = state;
  const funded = slots.financing === 'pre_approved' || slots.financing === 'cash';
  const soon = slots.urgency === 'immediate' || slots.urgency === 'three_months';
  const budget = isAnswered(state, 'budget');
  if (funded && soon && budget) return 'hot';
  const known = BUYER_QUESTIONS.filter((slot) => isAnswered(state, slot)).length;
  if (known >= 4 || (funded && budget)) return 'warm';
  return 'cold';
}

export function temperatureOf(state: JorgeState): Temperature {
  if (state.phase === 'closed' && !state.optedOut) return 'cold';
  if (state.kind === 'seller') return sellerTemperature(state);
  // DOMAIN.md 4.3: a buyer over the review threshold who asks for a person now is hot.
  if (state.kind === 'buyer' && state.review && state.handoffReason === 'lead asked for a person')
    return 'hot';
  if (state.kind === 'buyer') return buyerTemperature(state);
  return state.leadWarm ? 'warm' : 'cold';
}

/** Wholesale (cash offer path) when the home needs work or the motivation is inherited, divorce or financial. */
export function offerTypeOf(slots: Slots): 'listing' | 'wholesale' | undefined {
  if (slots.condition === undefined && slots.motivation === undefined) return undefined;
  if (slots.condition === 'needs_work') return 'wholesale';
  if (
    slots.motivation === 'inherited' ||
    slots.motivation === 'divorce' ||
    slots.motivation === 'financial'
  ) {
    return 'wholesale';
  }
  return 'listing';
}
