import type { ConversationSummary } from '../../src/protocol/index.js';
import { formatPrice, h } from './dom.js';
import { anonymousLabel, slotLabel, slotValueLabel, VALUE_LABELS } from './labels.js';

export const STATUS_LABELS: Record<string, string> = {
  open: 'Bot active',
  handoff_pending: 'Waiting hand-off',
  human: 'With agent',
  closed: 'Closed',
  opted_out: 'Opted out',
};

const temperatureRank = { hot: 0, warm: 1, cold: 2 } as const;

/** Hottest first, then the longest waiting (the hub's inbox order). */
export function byTemperatureThenWait(a: ConversationSummary, b: ConversationSummary): number {
  return (
    temperatureRank[a.temperature] - temperatureRank[b.temperature] ||
    a.stateSince.localeCompare(b.stateSince)
  );
}

/** The lead's name when known, else a stable readable label; never an id or the listing address. */
export function conversationTitle(summary: ConversationSummary): string {
  return summary.leadName?.trim() || anonymousLabel(summary.leadId);
}

/** What the conversation is about: "Buyer · 7420 Etiwanda Ave" (the listing's street line when there is one). */
export function conversationSubtitle(summary: ConversationSummary): string {
  const street = summary.listing?.address?.split(',')[0];
  return [VALUE_LABELS[summary.botKind] ?? summary.botKind, street].filter(Boolean).join(' · ');
}

export function listingLine(summary: ConversationSummary): string | undefined {
  const listing = summary.listing;
  if (!listing) return undefined;
  const facts = [
    listing.address,
    formatPrice(listing.price),
    listing.beds !== undefined ? `${listing.beds} bd` : undefined,
    listing.baths !== undefined ? `${listing.baths} ba` : undefined,
  ];
  return facts.filter(Boolean).join(' · ');
}

/** Who answers the lead: the agent who owns it, nobody yet while a hand-off waits, else the assistant (bot). */
export function ownerLabel(summary: ConversationSummary): string {
  if (summary.owner.type === 'agent') return summary.owner.name ?? summary.owner.id ?? 'Agent';
  return summary.status === 'handoff_pending' ? 'Nobody yet' : 'Assistant (bot)';
}

export function temperatureBadge(summary: ConversationSummary): HTMLElement {
  return h('span', { class: `temp ${summary.temperature}` }, summary.temperature);
}

export function chips(items: string[], className = ''): HTMLElement {
  return h('ul', { class: `chips ${className}` }, ...items.map((item) => h('li', {}, slotLabel(item))));
}

export const ALERT_LABELS: Record<string, string> = {
  unclaimed_hot_handoff: 'Unclaimed hot hand-off',
  compliance: 'Compliance flag',
  draft_pending: 'Draft to approve',
  stuck: 'Stuck on one question',
  stuck_on_question: 'Stuck on one question',
  escalated: 'Escalated to supervisors',
  coaching_error: 'Coaching error',
};
export const alertLabel = (alert: string) => ALERT_LABELS[alert] ?? alert.replace(/_/g, ' ');

/** Renders a slot value from a hand-off packet as a short, plain-language text. */
export function slotValue(value: unknown, slot?: string): string {
  return slotValueLabel(value, slot);
}
