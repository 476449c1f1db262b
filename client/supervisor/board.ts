import type { ConversationSummary } from '../../src/protocol/index.js';
import { h, since } from '../shared/dom.js';
import { questionLabel, readableTime, slotLabel } from '../shared/labels.js';
import {
  alertLabel,
  conversationSubtitle,
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

/**
 * "lead online · 1 agent" from the cluster presence, when the hub reports it. Agent consoles join every waiting
 * hand-off of their inbox, so on one that nobody claimed yet the count says in how many inboxes it waits.
 */
function presenceLine(counts: ReturnType<PresenceOf>, waiting: boolean): string | undefined {
  if (!counts) return undefined;
  const agents = `${counts.agent} agent${counts.agent === 1 ? '' : 's'}`;
  const parts = [
    counts.lead > 0 ? 'lead online' : 'lead away',
    counts.agent > 0 ? (waiting ? `in the inbox of ${agents}` : agents) : undefined,
    counts.supervisor > 0 ? `${counts.supervisor} watching` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

type BoardFilter = 'all' | 'waiting' | 'agent' | 'bot' | 'alerts' | 'hot';
const FILTERS: [BoardFilter, string][] = [
  ['all', 'All'],
  ['waiting', 'Waiting hand-offs'],
  ['agent', 'With an agent'],
  ['bot', 'With the assistant'],
  ['hot', 'Hot'],
  ['alerts', 'Alerts'],
];
const matches = (filter: BoardFilter, summary: ConversationSummary): boolean => {
  switch (filter) {
    case 'waiting':
      return summary.status === 'handoff_pending';
    case 'agent':
      return summary.owner.type === 'agent';
    case 'bot':
      return summary.owner.type === 'bot' && summary.status !== 'handoff_pending';
    case 'hot':
      return summary.temperature === 'hot';
    case 'alerts':
      return summary.alerts.length > 0;
    default:
      return true;
  }
};

/** Snoozed until a time still to come: the board marks the row (it stays listed until then). */
const snoozed = (summary: ConversationSummary) =>
  summary.snoozedUntil !== undefined && Date.parse(summary.snoozedUntil) > Date.now();

export function createBoardView(
  onMonitor: (conversationId: string) => void,
  presenceOf: PresenceOf = () => undefined,
  agentsOnline: () => number | undefined = () => undefined,
  /** An agent's message in this conversation was warned by the compliance check (this session). */
  warnedOf: (conversationId: string) => { agent: { name: string } } | undefined = () => undefined,
) {
  let filter: BoardFilter = 'all';
  const stat = (key: string, label: string) => {
    const value = h('span', { class: 'value', 'data-stat': key }, '0');
    const detail = h('span', { class: 'detail' });
    return {
      element: h('div', { class: 'stat' }, value, h('span', { class: 'label' }, label), detail),
      value,
      detail,
    };
  };
  const waitingStat = stat('waiting', 'waiting hand-offs');
  const liveStat = stat('live', 'live conversations');
  const agentsStat = stat('agents', 'agents online');
  const strip = h(
    'div',
    { class: 'strip', role: 'group', 'aria-label': 'Team at a glance' },
    waitingStat.element,
    liveStat.element,
    agentsStat.element,
  );
  const filterButtons = FILTERS.map(([key, label]) => {
    const button = h(
      'button',
      { type: 'button', 'data-filter': key, 'aria-pressed': String(key === filter) },
      label,
    );
    button.addEventListener('click', () => {
      filter = key;
      for (const other of filterButtons) other.setAttribute('aria-pressed', String(other === button));
      render();
    });
    return button;
  });
  const filters = h(
    'div',
    { class: 'filters', role: 'toolbar', 'aria-label': 'Filter the board' },
    ...filterButtons,
  );
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
    strip,
    filters,
    h('div', { class: 'board-wrap' }, table),
  );
  /** Panels that sit under the board (the team roster, compliance warnings). */
  const extras = h('div', { class: 'board-extras' });
  element.append(extras);
  const rows = new Map<string, ConversationSummary>();
  let selected: string | undefined;

  const renderStrip = () => {
    const all = [...rows.values()];
    const waiting = all.filter((summary) => summary.status === 'handoff_pending');
    waitingStat.value.textContent = String(waiting.length);
    const oldest = waiting.map((summary) => summary.handoff?.requestedAt ?? summary.stateSince).sort()[0];
    waitingStat.detail.textContent = oldest ? `oldest waiting ${since(oldest)}` : '';
    waitingStat.element.classList.toggle('urgent', waiting.length > 0);
    liveStat.value.textContent = String(all.length);
    liveStat.detail.textContent = `${all.filter((summary) => summary.owner.type === 'agent').length} with an agent`;
    const agents = agentsOnline();
    agentsStat.value.textContent = agents === undefined ? '—' : String(agents);
  };

  const render = () => {
    renderStrip();
    const sorted = [...rows.values()].filter((summary) => matches(filter, summary)).sort(boardOrder);
    if (sorted.length === 0) {
      body.replaceChildren(
        h(
          'tr',
          { class: 'empty' },
          h('td', { colspan: 9 }, rows.size ? 'Nothing matches this filter.' : 'No live conversations yet.'),
        ),
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
        const live = presenceLine(
          presenceOf(summary.id),
          summary.status === 'handoff_pending' && summary.owner.type !== 'agent',
        );
        return h(
          'tr',
          { 'data-conversation': summary.id, 'aria-selected': String(summary.id === selected) },
          h(
            'td',
            { 'data-label': 'Conversation' },
            h('strong', {}, conversationTitle(summary)),
            h('br'),
            h('span', { class: 'slots' }, conversationSubtitle(summary)),
          ),
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
            snoozed(summary) ? h('br') : null,
            snoozed(summary)
              ? h(
                  'span',
                  { class: 'snoozed-chip', title: `Snoozed until ${readableTime(summary.snoozedUntil!)}` },
                  `Snoozed until ${readableTime(summary.snoozedUntil!)}`,
                )
              : null,
          ),
          h(
            'td',
            { class: 'q', 'data-label': 'Question' },
            summary.currentQuestion ? questionLabel(summary.currentQuestion) : '—',
          ),
          h(
            'td',
            { 'data-label': 'Slots' },
            `${summary.slotsFilled.length} filled`,
            h('br'),
            h(
              'span',
              { class: 'slots' },
              summary.slotsMissing.length
                ? `missing: ${summary.slotsMissing.map(slotLabel).join(', ')}`
                : 'complete',
            ),
          ),
          h('td', { 'data-label': 'Temperature' }, temperatureBadge(summary)),
          h('td', { 'data-label': 'In state' }, since(summary.stateSince)),
          h(
            'td',
            { 'data-label': 'Alerts' },
            summary.alerts.map(alertLabel).join(', ') || (warnedOf(summary.id) ? '' : '—'),
            warnedOf(summary.id)
              ? h('span', { class: 'warned-chip' }, `Agent warned: ${warnedOf(summary.id)!.agent.name}`)
              : null,
          ),
          h('td', { class: 'act' }, monitor),
        );
      }),
    );
  };
  render();

  return {
    element,
    /** Adds a panel under the board. */
    addPanel(panel: HTMLElement) {
      extras.append(panel);
    },
    /** Every conversation on the board now. */
    all: () => [...rows.values()],
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
