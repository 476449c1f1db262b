import type { ConversationSummary } from '../../src/protocol/index.js';
import { formatPrice, h } from './dom.js';

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

export function conversationTitle(summary: ConversationSummary): string {
  const listing = summary.listing;
  if (listing?.address) return listing.address.split(',')[0] ?? listing.address;
  return `Lead ${summary.leadId.replace(/^lead-v?-?/, '').slice(0, 8)}`;
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

export function ownerLabel(summary: ConversationSummary): string {
  return summary.owner.type === 'agent'
    ? (summary.owner.name ?? summary.owner.id ?? 'Agent')
    : `${summary.botKind} bot`;
}

export function temperatureBadge(summary: ConversationSummary): HTMLElement {
  return h('span', { class: `temp ${summary.temperature}` }, summary.temperature);
}

export function chips(items: string[], className = ''): HTMLElement {
  return h(
    'ul',
    { class: `chips ${className}` },
    ...items.map((item) => h('li', {}, item.replace(/_/g, ' '))),
  );
}

export const ALERT_LABELS: Record<string, string> = {
  unclaimed_hot_handoff: 'Unclaimed hot hand-off',
  compliance: 'Compliance flag',
  draft_pending: 'Draft to approve',
  stuck: 'Stuck on one question',
  coaching_error: 'Coaching error',
};
export const alertLabel = (alert: string) => ALERT_LABELS[alert] ?? alert.replace(/_/g, ' ');

/** Renders a slot value from a hand-off packet as a short text. */
export function slotValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return value >= 10_000 ? (formatPrice(value) ?? String(value)) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(slotValue).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined && inner !== null)
      .map(([key, inner]) => `${key}: ${slotValue(inner)}`)
      .join(', ');
  }
  return '';
}
