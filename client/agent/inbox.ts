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
export function belongsInInbox(summary: ConversationSummary, userId: string, now = Date.now()): boolean {
  if (summary.status === 'closed') return false;
  if (summary.snoozedUntil && Date.parse(summary.snoozedUntil) > now) return false;
  return (
    summary.status === 'handoff_pending' ||
    (summary.owner.type === 'agent' && summary.owner.id === userId) ||
    (summary.pendingDrafts?.length ?? 0) > 0
  );
}

/** The inbox list: hottest and longest waiting first, live. */
export function createInboxView(
  onSelect: (conversationId: string) => void,
  history?: { element: HTMLElement; show(visible: boolean): void },
) {
  const list = h('ul', { 'aria-label': 'Conversations' });
  const inboxTab = h('button', { type: 'button', 'aria-pressed': 'true', id: 'inbox-title' }, 'Inbox');
  const historyTab = h('button', { type: 'button', 'aria-pressed': 'false' }, 'History');
  const showHistory = (visible: boolean) => {
    inboxTab.setAttribute('aria-pressed', String(!visible));
    historyTab.setAttribute('aria-pressed', String(visible));
    list.hidden = visible;
    history?.show(visible);
  };
  inboxTab.addEventListener('click', () => showHistory(false));
  historyTab.addEventListener('click', () => showHistory(true));
  const element = h(
    'nav',
    { class: 'inbox', 'aria-labelledby': 'inbox-title' },
    h('h2', { class: 'tabs' }, inboxTab, history ? historyTab : null),
    list,
    history?.element ?? null,
  );
  const items = new Map<string, ConversationSummary>();
  const unread = new Map<string, number>();
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
        const unreadCount = unread.get(summary.id) ?? 0;
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
          unreadCount > 0 || summary.handoff
            ? h(
                'span',
                { class: 'reason' },
                unreadCount > 0
                  ? h(
                      'span',
                      { class: 'unread', 'aria-label': `${unreadCount} unread` },
                      `${unreadCount} new`,
                    )
                  : null,
                summary.handoff?.reason,
              )
            : null,
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
    ids: () => [...items.keys()],
    has: (conversationId: string) => items.has(conversationId),
    setUnread(counts: Record<string, number>) {
      for (const [id, count] of Object.entries(counts)) unread.set(id, count);
      render();
    },
    addUnread(conversationId: string) {
      unread.set(conversationId, (unread.get(conversationId) ?? 0) + 1);
      render();
    },
    clearUnread(conversationId: string) {
      unread.set(conversationId, 0);
      render();
    },
    /** Unread lead messages over the inbox, and the hand-offs waiting (the tab title's number). */
    badgeCount: () =>
      [...items.keys()].reduce((sum, id) => sum + (unread.get(id) ?? 0), 0) +
      [...items.values()].filter((summary) => summary.status === 'handoff_pending').length,
    showHistory,
  };
}
