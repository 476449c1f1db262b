import type { HandoffPacketView, Listing } from '../protocol/common.js';
import { handoffKeyOf } from '../store/handoff-key.js';
import type { LeadRecord } from '../store/types.js';

/**
 * Why a waiting hand-off is listed above the anonymous ones (issue 33, finding 2). Anyone can ask the bot for a
 * person, so a flood of throwaway hand-offs must not push a real lead off the staff's first page. Each signal
 * costs a stranger more than typing "talk to a person":
 * - `returning`: the lead was first seen at least a day before this hand-off (a flood cannot make old leads);
 * - `contact`: the lead has a phone or email (given in the chat, or signed by the site's identity token);
 * - `qualified`: financing is pre-approved or cash, or at least three qualifying slots are filled;
 * - `value`: the listing's price or the lead's budget or price reaches the tenant's highValueThreshold.
 * The weights make a returning lead outrank any mix of the typed ones, and a lead with contact details outrank
 * one with only slots or value. Within one rank, the longest waiting first.
 */
export type HandoffSignal = 'returning' | 'contact' | 'qualified' | 'value';

const WEIGHTS: Record<HandoffSignal, number> = { returning: 8, contact: 4, qualified: 2, value: 1 };
export const RETURNING_AFTER_MS = 24 * 3_600_000;
const QUALIFIED_SLOTS = 3;

export interface HandoffRankInput {
  packet?: HandoffPacketView | undefined;
  listing?: Listing | undefined;
  lead: LeadRecord | null;
  /** The turn that asked for the person also read a phone or an email (stored on the lead after it). */
  contactGiven: boolean;
  highValueThreshold: number;
  /** When the hand-off was asked for (the order within a rank). */
  since: string;
}

const amountsOf = (value: unknown): number[] => {
  if (typeof value === 'number' && Number.isFinite(value)) return [value];
  if (value && typeof value === 'object') {
    const { min, max } = value as { min?: unknown; max?: unknown };
    return [min, max].filter((part): part is number => typeof part === 'number' && Number.isFinite(part));
  }
  return [];
};

export function handoffSignals(input: HandoffRankInput): HandoffSignal[] {
  const { lead, packet } = input;
  const slots: Record<string, unknown> = { ...lead?.profile, ...packet?.slotsFilled };
  const signals: HandoffSignal[] = [];
  if (lead && Date.parse(input.since) - Date.parse(lead.createdAt) >= RETURNING_AFTER_MS)
    signals.push('returning');
  if (input.contactGiven || lead?.phone || lead?.email) signals.push('contact');
  const filled = Object.keys(packet?.slotsFilled ?? {}).length;
  if (slots.financing === 'pre_approved' || slots.financing === 'cash' || filled >= QUALIFIED_SLOTS)
    signals.push('qualified');
  const amounts = [
    ...amountsOf(input.listing?.price),
    ...amountsOf(lead?.sourceListing?.price),
    ...amountsOf(slots.budget),
    ...amountsOf(slots.priceExpectation),
  ];
  if (amounts.some((amount) => amount >= input.highValueThreshold)) signals.push('value');
  return signals;
}

export const rankOf = (signals: readonly HandoffSignal[]): number =>
  signals.reduce((sum, signal) => sum + WEIGHTS[signal], 0);

/** The hand-off's place in the staff's lists (ConversationRecord.handoffKey) and the signals that set it. */
export function rankHandoff(input: HandoffRankInput): { key: string; signals: HandoffSignal[] } {
  const signals = handoffSignals(input);
  return { key: handoffKeyOf(rankOf(signals), input.since), signals };
}
