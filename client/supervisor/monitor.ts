import type { ConversationSummary, DraftView } from '../../src/protocol/index.js';
import { createCoachingPanel } from '../shared/coaching-view.js';
import { h, replaceChildren } from '../shared/dom.js';
import {
  alertLabel,
  conversationTitle,
  listingLine,
  ownerLabel,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';
import { createTranscriptView } from '../shared/transcript-view.js';

export interface MonitorHandlers {
  stop: () => void;
  barge: () => void;
  whisper: (text: string) => Promise<boolean>;
  assign: (agentId: string, agentName: string) => Promise<boolean>;
  /** A message to the lead, once this supervisor owns the conversation (after barging in). */
  reply: (text: string) => Promise<boolean>;
  /** The agents to pick from for Assign (online first), id and name. */
  roster: () => { userId: string; name: string; online?: boolean }[];
  /** Asks the hub for the signed-in staff again (the picker redraws when it answers). */
  refreshRoster: () => void;
  approve: (draftId: string, text: string | undefined) => void;
  reject: (draftId: string, reason: string | undefined) => void;
}

/** The monitor panel: silent transcript and coaching stream, whisper, barge, assign, held drafts. */
export function createMonitorView(handlers: MonitorHandlers) {
  const title = h('h2', { id: 'monitor-title' }, 'Monitor');
  const facts = h('div', { class: 'actions' });
  const transcript = createTranscriptView('Monitored transcript');
  const coaching = createCoachingPanel();
  const drafts = h('ul', { class: 'drafts', 'aria-label': 'Drafts waiting for approval' });

  const stop = h('button', { type: 'button' }, 'Stop monitoring');
  const barge = h('button', { type: 'button' }, 'Barge in');
  stop.addEventListener('click', handlers.stop);
  barge.addEventListener('click', handlers.barge);

  const whisperInput = h('textarea', {
    id: 'whisper-input',
    rows: 2,
    placeholder: 'Only the agents of this conversation see it',
  });
  const whisperForm = h(
    'form',
    { 'aria-label': 'Whisper' },
    h('label', { for: 'whisper-input', class: 'visually-hidden' }, 'Whisper to the agent'),
    whisperInput,
    h('button', { type: 'submit', class: 'primary' }, 'Whisper'),
  );
  whisperForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = whisperInput.value.trim();
    if (!text) return;
    void handlers.whisper(text).then((ok) => {
      if (ok) whisperInput.value = '';
    });
  });

  const replyInput = h('textarea', { id: 'supervisor-reply', rows: 2, placeholder: 'Write to the lead' });
  const replyForm = h(
    'form',
    { 'aria-label': 'Reply to the lead', hidden: true },
    h('label', { for: 'supervisor-reply', class: 'visually-hidden' }, 'Reply to the lead'),
    replyInput,
    h('button', { type: 'submit', class: 'primary' }, 'Send'),
  );
  const sendReply = () => {
    const text = replyInput.value.trim();
    if (!text) return;
    void handlers.reply(text).then((ok) => {
      if (ok && replyInput.value.trim() === text) replyInput.value = '';
    });
  };
  replyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    sendReply();
  });
  replyInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendReply();
    }
  });

  // The roster picker: agents by name (online first); no ids typed by hand.
  const agentPicker = h('select', { id: 'assign-agent' });
  const assignForm = h(
    'form',
    { 'aria-label': 'Assign to an agent' },
    h('label', { for: 'assign-agent', class: 'visually-hidden' }, 'Agent'),
    agentPicker,
    h('button', { type: 'submit' }, 'Assign'),
  );
  const fillRoster = () => {
    const roster = handlers.roster();
    const chosen = agentPicker.value;
    replaceChildren(
      agentPicker,
      h('option', { value: '' }, roster.length ? 'Choose an agent…' : 'No agents yet'),
      ...roster.map((agent) =>
        h(
          'option',
          { value: agent.userId, 'data-name': agent.name },
          `${agent.name} (${agent.online ? 'online' : 'offline'})`,
        ),
      ),
    );
    if (roster.some((agent) => agent.userId === chosen)) agentPicker.value = chosen;
  };
  agentPicker.addEventListener('focus', handlers.refreshRoster);
  assignForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const option = agentPicker.selectedOptions[0];
    if (!agentPicker.value || !option) return;
    void handlers.assign(agentPicker.value, option.dataset.name ?? agentPicker.value);
  });

  const body = h(
    'div',
    { class: 'body', hidden: true },
    facts,
    h('div', { class: 'actions' }, barge, stop),
    h('h3', {}, 'Transcript'),
    transcript.element,
    replyForm,
    h('h3', { id: 'monitor-coaching' }, 'Coaching stream'),
    h('div', { role: 'region', 'aria-labelledby': 'monitor-coaching' }, coaching.element),
    h('h3', {}, 'Whisper'),
    whisperForm,
    h('h3', {}, 'Assign'),
    assignForm,
    h('h3', {}, 'Drafts to approve'),
    drafts,
  );
  const placeholder = h(
    'p',
    { class: 'placeholder' },
    'Pick a conversation on the board to monitor it silently.',
  );
  const element = h(
    'section',
    { class: 'monitor', 'aria-labelledby': 'monitor-title' },
    title,
    placeholder,
    body,
  );

  const draftItem = (draft: DraftView) => {
    const id = `draft-${draft.draftId}`;
    const text = h('textarea', { id, rows: 3 });
    text.value = draft.text;
    const reason = h('input', { placeholder: 'reason (optional)', 'aria-label': 'Reason for rejecting' });
    const approve = h('button', { type: 'button', class: 'primary' }, 'Approve');
    const reject = h('button', { type: 'button' }, 'Reject');
    approve.addEventListener('click', () =>
      handlers.approve(draft.draftId, text.value.trim() !== draft.text ? text.value.trim() : undefined),
    );
    reject.addEventListener('click', () => handlers.reject(draft.draftId, reason.value.trim() || undefined));
    return h(
      'li',
      { 'data-draft': draft.draftId },
      h('label', { for: id }, 'Held bot reply (edit before approving)'),
      text,
      h('div', { class: 'actions' }, approve, reason, reject),
    );
  };

  return {
    element,
    transcript,
    coaching,
    /** Redraws the roster picker (agents came online or left). */
    refreshRoster: fillRoster,
    show(summary: ConversationSummary | undefined, userId?: string) {
      body.hidden = !summary;
      placeholder.hidden = Boolean(summary);
      if (!summary) {
        title.textContent = 'Monitor';
        return;
      }
      const mine = summary.owner.type === 'agent' && summary.owner.id === userId;
      replyForm.hidden = !mine || summary.status === 'opted_out' || summary.status === 'closed';
      barge.hidden = mine;
      if (!agentPicker.options.length) fillRoster();
      title.textContent = `Monitoring: ${conversationTitle(summary)}`;
      replaceChildren(
        facts,
        temperatureBadge(summary),
        h('span', {}, STATUS_LABELS[summary.status] ?? summary.status),
        h('span', {}, `Owner: ${ownerLabel(summary)}`),
        listingLine(summary) ? h('span', {}, listingLine(summary)) : null,
        summary.alerts.length ? h('span', {}, `Alerts: ${summary.alerts.map(alertLabel).join(', ')}`) : null,
      );
      const pending = summary.pendingDrafts ?? [];
      const shown = new Set([...drafts.children].map((child) => (child as HTMLElement).dataset.draft));
      if (pending.length !== shown.size || pending.some((draft) => !shown.has(draft.draftId))) {
        replaceChildren(
          drafts,
          ...(pending.length ? pending.map(draftItem) : [h('li', { class: 'placeholder' }, 'None')]),
        );
      }
    },
  };
}
