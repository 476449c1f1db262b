import type { AgentPayload, ConversationSummary } from '../../src/protocol/index.js';
import { h, since } from '../shared/dom.js';
import {
  conversationSubtitle,
  conversationTitle,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';
import { OUTCOMES, outcomeLabel } from './lifecycle.js';

type Query = AgentPayload<'history:search'>;
const PAGE = 20;

/** The history list: full-text search (transcripts and lead names), filters, pages; a result opens the conversation. */
export function createHistoryView(options: {
  search: (query: Query) => Promise<{ conversations: ConversationSummary[]; total: number }>;
  onOpen: (conversationId: string) => void;
  userId: string;
}) {
  const text = h('input', { id: 'history-text', type: 'search', placeholder: 'Search words or a lead name' });
  const select = (id: string, label: string, values: [string, string][]) =>
    h(
      'select',
      { id, 'aria-label': label },
      h('option', { value: '' }, label),
      ...values.map(([value, name]) => h('option', { value }, name)),
    );
  const status = select('history-status', 'Any status', [
    ['closed', 'Closed'],
    ['human', 'With agent'],
    ['handoff_pending', 'Waiting hand-off'],
    ['open', 'Bot active'],
    ['opted_out', 'Opted out'],
  ]);
  const outcome = select('history-outcome', 'Any outcome', OUTCOMES);
  const temperature = select('history-temperature', 'Any temperature', [
    ['hot', 'Hot'],
    ['warm', 'Warm'],
    ['cold', 'Cold'],
  ]);
  const owner = select('history-owner', 'Any agent', [['me', 'Mine']]);
  const days = select('history-days', 'Any date', [
    ['1', 'Last 24 hours'],
    ['7', 'Last 7 days'],
    ['30', 'Last 30 days'],
  ]);
  const form = h(
    'form',
    { class: 'history-form', role: 'search', 'aria-label': 'Search conversations' },
    h('label', { for: 'history-text', class: 'visually-hidden' }, 'Search conversations'),
    text,
    h('div', { class: 'filters' }, status, outcome, owner, days, temperature),
    h('button', { type: 'submit', class: 'primary' }, 'Search'),
  );
  const summary = h('p', { class: 'meta', role: 'status' });
  const list = h('ul', { 'aria-label': 'Search results' });
  const previous = h('button', { type: 'button' }, 'Previous');
  const next = h('button', { type: 'button' }, 'Next');
  const pager = h('div', { class: 'pager' }, previous, next);
  const element = h('div', { class: 'history', hidden: true }, form, summary, list, pager);
  let offset = 0;

  const query = (): Query => ({
    ...(text.value.trim() ? { text: text.value.trim() } : {}),
    ...(status.value ? { statuses: [status.value as NonNullable<Query['statuses']>[number]] } : {}),
    ...(outcome.value ? { outcomes: [outcome.value as NonNullable<Query['outcomes']>[number]] } : {}),
    ...(temperature.value
      ? { temperatures: [temperature.value as NonNullable<Query['temperatures']>[number]] }
      : {}),
    ...(owner.value === 'me' ? { ownerId: options.userId } : {}),
    ...(days.value ? { from: new Date(Date.now() - Number(days.value) * 86_400_000).toISOString() } : {}),
    limit: PAGE,
    offset,
  });

  async function run() {
    summary.textContent = 'Searching…';
    const page = await options.search(query());
    summary.textContent = page.total
      ? `${offset + 1}–${offset + page.conversations.length} of ${page.total}`
      : 'No conversations match.';
    previous.disabled = offset === 0;
    next.disabled = offset + page.conversations.length >= page.total;
    list.replaceChildren(
      ...page.conversations.map((conversation) => {
        const button = h(
          'button',
          { type: 'button', 'data-history-conversation': conversation.id },
          h(
            'span',
            { class: 'line' },
            h('span', { class: 'title' }, conversationTitle(conversation)),
            temperatureBadge(conversation),
          ),
          h(
            'span',
            { class: 'meta' },
            [
              STATUS_LABELS[conversation.status] ?? conversation.status,
              conversation.outcome ? outcomeLabel(conversation.outcome) : undefined,
              conversationSubtitle(conversation),
              `${since(conversation.updatedAt)} ago`,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        );
        button.addEventListener('click', () => options.onOpen(conversation.id));
        return h('li', {}, button);
      }),
    );
  }
  const start = () => {
    offset = 0;
    void run().catch((error: Error) => {
      summary.textContent = `Search failed: ${error.message}`;
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  previous.addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE);
    void run();
  });
  next.addEventListener('click', () => {
    offset += PAGE;
    void run();
  });

  return {
    element,
    show(visible: boolean) {
      element.hidden = !visible;
      if (visible) start();
    },
  };
}
