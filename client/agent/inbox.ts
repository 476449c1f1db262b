import type { ConversationSummary } from '../../src/protocol/index.js';
import { h, since } from '../shared/dom.js';
import {
  byTemperatureThenWait,
  conversationSubtitle,
  conversationTitle,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';

/** Conversations an agent should see: waiting hand-offs, their own, and held drafts. */
export function belongsInInbox(summary: ConversationSummary, userId: string): boolean {
  if (summary.status === 'closed') return false;
  return (
    summary.status === 'handoff_pending' ||
    (summary.owner.type === 'agent' && summary.owner.id === userId) ||
    (summary.pendingDrafts?.length ?? 0) > 0
  );
}

/** The inbox list: hottest and longest waiting first, live. */
export function createInboxView(onSelect: (conversationId: string) => void) {
  const list = h('ul', { 'aria-label': 'Conversations' });
  const element = h(
    'nav',
    { class: 'inbox', 'aria-labelledby': 'inbox-title' },
    h('h2', { id: 'inbox-title' }, 'Inbox'),
    list,
  );
  const items = new Map<string, ConversationSummary>();
  let selected: string | undefined;

  const render = () => {
    const sorted = [...items.values()].sort(byTemperatureThenWait);
    if (sorted.length === 0) {
      list.replaceChildren(h('li', { class: 'empty' }, 'Nothing waiting. New hand-offs appear here live.'));
      return;
    }
    list.replaceChildren(
      ...sorted.map((summary) => {
        const waiting = summary.status === 'handoff_pending';
        const button = h(
          'button',
          {
            type: 'button',
            'data-conversation': summary.id,
            'aria-current': String(summary.id === selected),
          },
          h(
            'span',
            { class: 'line' },
            h('span', { class: 'title' }, conversationTitle(summary)),
            temperatureBadge(summary),
          ),
          h(
            'span',
            { class: 'meta' },
            `${STATUS_LABELS[summary.status] ?? summary.status} · ${conversationSubtitle(summary)} · ${waiting ? 'waiting' : 'for'} ${since(summary.stateSince)}`,
          ),
          summary.handoff ? h('span', { class: 'reason' }, summary.handoff.reason) : null,
        );
        button.addEventListener('click', () => onSelect(summary.id));
        return h('li', {}, button);
      }),
    );
  };
  render();

  return {
    element,
    upsert(summary: ConversationSummary, userId: string) {
      if (belongsInInbox(summary, userId)) items.set(summary.id, summary);
      else items.delete(summary.id);
      render();
    },
    select(conversationId: string | undefined) {
      selected = conversationId;
      render();
    },
    /** Re-renders the wait times. */
    tick: render,
  };
}
