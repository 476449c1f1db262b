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

  const agentId = h('input', { id: 'assign-id', placeholder: 'agent id', autocomplete: 'off' });
  const agentName = h('input', { id: 'assign-name', placeholder: 'name', autocomplete: 'off' });
  const assignForm = h(
    'form',
    { 'aria-label': 'Assign to an agent' },
    h('label', { for: 'assign-id', class: 'visually-hidden' }, 'Agent id'),
    agentId,
    h('label', { for: 'assign-name', class: 'visually-hidden' }, 'Agent name'),
    agentName,
    h('button', { type: 'submit' }, 'Assign'),
  );
  assignForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!agentId.value.trim()) return;
    void handlers.assign(agentId.value.trim(), agentName.value.trim() || agentId.value.trim());
  });

  const body = h(
    'div',
    { class: 'body', hidden: true },
    facts,
    h('div', { class: 'actions' }, barge, stop),
    h('h3', {}, 'Transcript'),
    transcript.element,
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
    show(summary: ConversationSummary | undefined) {
      body.hidden = !summary;
      placeholder.hidden = Boolean(summary);
      if (!summary) {
        title.textContent = 'Monitor';
        return;
      }
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
