import type { ConversationSummary } from '../../src/protocol/index.js';
import { h, since } from '../shared/dom.js';
import {
  alertLabel,
  conversationTitle,
  ownerLabel,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';

const temperatureRank = { hot: 0, warm: 1, cold: 2 } as const;

/** Alerts first, then hottest, then the longest in their state. */
function boardOrder(a: ConversationSummary, b: ConversationSummary): number {
  return (
    Number(b.alerts.length > 0) - Number(a.alerts.length > 0) ||
    temperatureRank[a.temperature] - temperatureRank[b.temperature] ||
    a.stateSince.localeCompare(b.stateSince)
  );
}

/** The live board: every live conversation of the tenant. */
export type PresenceOf = (
  conversationId: string,
) => { lead: number; agent: number; supervisor: number } | undefined;

/** "lead online · 1 agent" from the cluster presence, when the hub reports it. */
function presenceLine(counts: ReturnType<PresenceOf>): string | undefined {
  if (!counts) return undefined;
  const parts = [
    counts.lead > 0 ? 'lead online' : 'lead away',
    counts.agent > 0 ? `${counts.agent} agent${counts.agent === 1 ? '' : 's'}` : undefined,
    counts.supervisor > 0 ? `${counts.supervisor} watching` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

export function createBoardView(
  onMonitor: (conversationId: string) => void,
  presenceOf: PresenceOf = () => undefined,
) {
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'board' },
    h('caption', {}, 'Live conversations, updated in real time'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'Conversation',
          'Owner',
          'Status',
          'Current question',
          'Slots',
          'Temp.',
          'In state',
          'Alerts',
          '',
        ].map((label, i) =>
          h(
            'th',
            { scope: 'col', class: i === 3 ? 'q' : undefined },
            label || h('span', { class: 'visually-hidden' }, 'Actions'),
          ),
        ),
      ),
    ),
    body,
  );
  const element = h(
    'section',
    { class: 'board-panel', 'aria-labelledby': 'board-title' },
    h('h2', { id: 'board-title' }, 'Board'),
    h('div', { class: 'board-wrap' }, table),
  );
  const rows = new Map<string, ConversationSummary>();
  let selected: string | undefined;

  const render = () => {
    const sorted = [...rows.values()].sort(boardOrder);
    if (sorted.length === 0) {
      body.replaceChildren(
        h('tr', { class: 'empty' }, h('td', { colspan: 9 }, 'No live conversations yet.')),
      );
      return;
    }
    body.replaceChildren(
      ...sorted.map((summary) => {
        const monitor = h(
          'button',
          { type: 'button', 'aria-label': `Monitor ${conversationTitle(summary)}` },
          'Monitor',
        );
        monitor.addEventListener('click', () => onMonitor(summary.id));
        const live = presenceLine(presenceOf(summary.id));
        return h(
          'tr',
          { 'data-conversation': summary.id, 'aria-selected': String(summary.id === selected) },
          h('td', { 'data-label': 'Conversation' }, conversationTitle(summary)),
          h(
            'td',
            { 'data-label': 'Owner' },
            ownerLabel(summary),
            live ? h('br') : null,
            live ? h('span', { class: 'slots' }, live) : null,
          ),
          h(
            'td',
            { 'data-label': 'Status' },
            STATUS_LABELS[summary.status] ?? summary.status,
            h('br'),
            h('span', { class: 'slots' }, `${summary.botKind} bot`),
          ),
          h('td', { class: 'q', 'data-label': 'Question' }, summary.currentQuestion ?? '—'),
          h(
            'td',
            { 'data-label': 'Slots' },
            `${summary.slotsFilled.length} filled`,
            h('br'),
            h(
              'span',
              { class: 'slots' },
              summary.slotsMissing.length ? `missing: ${summary.slotsMissing.join(', ')}` : 'complete',
            ),
          ),
          h('td', { 'data-label': 'Temperature' }, temperatureBadge(summary)),
          h('td', { 'data-label': 'In state' }, since(summary.stateSince)),
          h('td', { 'data-label': 'Alerts' }, summary.alerts.map(alertLabel).join(', ') || '—'),
          h('td', { class: 'act' }, monitor),
        );
      }),
    );
  };
  render();

  return {
    element,
    upsert(summary: ConversationSummary) {
      if (summary.status === 'closed') rows.delete(summary.id);
      else rows.set(summary.id, summary);
      render();
    },
    remove(conversationId: string) {
      rows.delete(conversationId);
      render();
    },
    reset(summaries: ConversationSummary[]) {
      rows.clear();
      for (const summary of summaries) rows.set(summary.id, summary);
      render();
    },
    select(conversationId: string | undefined) {
      selected = conversationId;
      render();
    },
    tick: render,
  };
}
