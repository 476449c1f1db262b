import type { ConversationSummary } from '../../src/protocol/index.js';
import { h, replaceChildren } from '../shared/dom.js';
import { questionLabel, slotLabel, VALUE_LABELS } from '../shared/labels.js';
import {
  alertLabel,
  chips,
  listingLine,
  ownerLabel,
  slotValue,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';

export interface LeadRecordView {
  id: string;
  profile?: Record<string, unknown>;
  intent?: string;
  optedOut?: boolean;
  name?: string;
  phone?: string;
  email?: string;
}

/** The lead profile: status, temperature, filled slots (with values when known) and missing ones, hand-off packet. */
export function renderProfile(
  container: HTMLElement,
  summary: ConversationSummary,
  lead?: LeadRecordView,
): void {
  const values: Record<string, unknown> = {
    ...(lead?.profile ?? {}),
    ...(summary.handoff?.slotsFilled ?? {}),
  };
  const filled = summary.slotsFilled.length
    ? summary.slotsFilled
    : Object.keys(summary.handoff?.slotsFilled ?? {});
  const rows: [string, Node | string][] = [
    ['Status', STATUS_LABELS[summary.status] ?? summary.status],
    ['Owner', ownerLabel(summary)],
    ['Bot', `${VALUE_LABELS[summary.botKind] ?? summary.botKind} assistant`],
    ['Temperature', temperatureBadge(summary)],
  ];
  if (lead?.name) rows.unshift(['Name', lead.name]);
  if (lead?.phone) rows.splice(1, 0, ['Phone', lead.phone]);
  if (lead?.email) rows.splice(1, 0, ['Email', lead.email]);
  if (summary.currentQuestion) rows.push(['Asking now', questionLabel(summary.currentQuestion)]);
  if (summary.handoff?.offerType)
    rows.push(['Offer type', VALUE_LABELS[summary.handoff.offerType] ?? summary.handoff.offerType]);
  if (lead?.intent) rows.push(['Intent', VALUE_LABELS[lead.intent] ?? lead.intent]);
  const listing = listingLine(summary);
  if (listing) rows.push(['Listing', listing]);
  if (lead?.optedOut) rows.push(['Messages', 'Opted out']);

  replaceChildren(
    container,
    h('h3', {}, 'Lead profile'),
    h('dl', {}, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('h3', {}, `Filled slots (${filled.length})`),
    filled.length
      ? h(
          'dl',
          { class: 'slots' },
          ...filled.flatMap((slot) => [
            h('dt', {}, slotLabel(slot)),
            h('dd', {}, slotValue(values[slot], slot) || '✓'),
          ]),
        )
      : h('p', { class: 'empty' }, 'None yet'),
    h('h3', {}, `Missing slots (${summary.slotsMissing.length})`),
    summary.slotsMissing.length ? chips(summary.slotsMissing, 'missing') : h('p', { class: 'empty' }, 'None'),
    summary.alerts.length ? h('h3', {}, 'Alerts') : null,
    summary.alerts.length ? chips(summary.alerts.map(alertLabel), 'alerts') : null,
    summary.handoff ? h('h3', {}, 'Hand-off') : null,
    summary.handoff
      ? h(
          'div',
          { class: 'handoff' },
          h('p', {}, h('strong', {}, 'Reason: '), summary.handoff.reason),
          h('p', {}, summary.handoff.summary),
        )
      : null,
  );
}
