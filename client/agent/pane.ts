import type { ConversationSummary } from '../../src/protocol/index.js';
import { h, replaceChildren } from '../shared/dom.js';
import {
  conversationTitle,
  listingLine,
  ownerLabel,
  STATUS_LABELS,
  temperatureBadge,
} from '../shared/summary.js';
import { createTranscriptView } from '../shared/transcript-view.js';
import { createLifecycleControls, outcomeLabel } from './lifecycle.js';

export interface PaneHandlers {
  claim: () => void;
  release: () => void;
  toggleCall: () => void;
  coach: (kind: 'coaching' | 'qualification') => void;
  reply: (text: string) => Promise<boolean>;
  note: (text: string) => Promise<boolean>;
  utterance: (speaker: 'prospect' | 'agent', text: string) => Promise<boolean>;
  close: (outcome: string) => void;
  snooze: (until: string) => void;
}

/** Grows a textarea with its text (up to its CSS max-height), so a long suggested reply is never clipped. */
export function autoGrow(input: HTMLTextAreaElement): void {
  input.style.height = 'auto';
  input.style.height = `${input.scrollHeight + 2}px`;
}

/** Sends a form's text with Enter (Shift+Enter for a new line) and clears it once accepted. */
function textForm(
  label: string,
  id: string,
  buttonText: string,
  send: (text: string) => Promise<boolean>,
  extra?: HTMLElement,
) {
  const input = h('textarea', { id, rows: 1, placeholder: label });
  const button = h('button', { type: 'submit', class: 'primary' }, buttonText);
  const form = h(
    'form',
    {},
    h('label', { for: id, class: 'visually-hidden' }, label),
    extra ?? null,
    input,
    button,
  );
  const submit = () => {
    const text = input.value.trim();
    if (!text || button.disabled) return;
    void send(text).then((accepted) => {
      if (accepted && input.value.trim() === text) {
        input.value = '';
        autoGrow(input);
      }
    });
  };
  input.addEventListener('input', () => autoGrow(input));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  return { form, input, button };
}

/** The conversation pane: header with actions, live transcript, reply / note / call utterance composers. */
export function createConversationPane(handlers: PaneHandlers) {
  const title = h('h2', { id: 'conversation-title' }, 'No conversation selected');
  const facts = h('div', { class: 'line meta' });
  const claim = h('button', { type: 'button', class: 'primary' }, 'Claim');
  const release = h('button', { type: 'button' }, 'Release to bot');
  const call = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Call mode');
  const coach = h('button', { type: 'button' }, 'Coach me');
  const qualify = h('button', { type: 'button' }, 'Qualification');
  claim.addEventListener('click', handlers.claim);
  release.addEventListener('click', handlers.release);
  call.addEventListener('click', handlers.toggleCall);
  coach.addEventListener('click', () => handlers.coach('coaching'));
  qualify.addEventListener('click', () => handlers.coach('qualification'));
  const actions = h(
    'div',
    { class: 'actions', role: 'toolbar', 'aria-label': 'Conversation actions' },
    claim,
    release,
    call,
    coach,
    qualify,
  );
  const transcript = createTranscriptView();
  const lifecycle = createLifecycleControls({ close: handlers.close, snooze: handlers.snooze });

  const reply = textForm('Reply to the lead', 'reply-input', 'Send', handlers.reply);
  const note = textForm('Staff note (never shown to the lead)', 'note-input', 'Add note', handlers.note);
  const speaker = h(
    'select',
    { id: 'call-speaker', 'aria-label': 'Speaker' },
    h('option', { value: 'prospect' }, 'Prospect'),
    h('option', { value: 'agent' }, 'Me'),
  );
  const utterance = textForm(
    'What was said on the call',
    'call-input',
    'Add',
    (text) => handlers.utterance(speaker.value === 'agent' ? 'agent' : 'prospect', text),
    speaker,
  );
  const callBox = h(
    'div',
    { class: 'call', hidden: true },
    h('h3', {}, 'Call transcript (type or paste what is said)'),
    utterance.form,
  );
  // Canned replies of the tenant: picking one fills the reply box ({lead} and {agent} filled in).
  const canned = h('select', { id: 'canned-reply', 'aria-label': 'Canned replies', hidden: true });
  let cannedFill = (text: string) => text;
  canned.addEventListener('change', () => {
    const option = canned.selectedOptions[0];
    if (option?.dataset.text) {
      reply.input.value = cannedFill(option.dataset.text);
      autoGrow(reply.input);
      reply.input.focus();
    }
    canned.value = '';
  });
  const composer = h('div', { class: 'composer' }, callBox, canned, reply.form, note.form);
  const element = h(
    'section',
    { class: 'conversation', 'aria-labelledby': 'conversation-title' },
    h('div', { class: 'pane-head' }, h('div', { class: 'line' }, title), facts, actions, lifecycle.element),
    transcript.element,
    composer,
  );

  const controls = [claim, release, call, coach, qualify, reply.button, note.button, utterance.button];
  /** Nothing selected: the actions are greyed out; Release and Close / Snooze come with a conversation. */
  const renderEmpty = () => {
    title.textContent = 'No conversation selected';
    facts.replaceChildren();
    for (const control of controls) control.disabled = true;
    claim.hidden = false;
    release.hidden = true;
    lifecycle.render(undefined);
  };
  renderEmpty();

  return {
    element,
    transcript,
    setCannedReplies(replies: { title: string; text: string }[], fill: (text: string) => string) {
      cannedFill = fill;
      canned.replaceChildren(
        h('option', { value: '' }, 'Canned replies…'),
        ...replies.map((entry, index) =>
          h('option', { value: String(index), 'data-text': entry.text }, entry.title),
        ),
      );
      canned.hidden = replies.length === 0;
    },
    focusReply(text: string) {
      reply.input.value = text;
      autoGrow(reply.input);
      reply.input.focus();
    },
    render(summary: ConversationSummary | undefined, userId: string, callActive: boolean) {
      if (!summary) return renderEmpty();
      lifecycle.render(summary);
      const mine = summary.owner.type === 'agent' && summary.owner.id === userId;
      title.textContent = conversationTitle(summary);
      replaceChildren(
        facts,
        temperatureBadge(summary),
        h(
          'span',
          {},
          STATUS_LABELS[summary.status] ?? summary.status,
          summary.outcome ? ` · ${outcomeLabel(summary.outcome)}` : '',
          summary.snoozedUntil && Date.parse(summary.snoozedUntil) > Date.now()
            ? ` · snoozed until ${new Date(summary.snoozedUntil).toLocaleString([], { weekday: 'short', hour: 'numeric', minute: '2-digit' })}`
            : '',
        ),
        h('span', {}, `Owner: ${ownerLabel(summary)}`),
        listingLine(summary) ? h('span', { class: 'meta' }, listingLine(summary)) : null,
      );
      claim.hidden = mine;
      claim.disabled = mine || summary.status === 'closed';
      release.hidden = !mine;
      release.disabled = !mine;
      call.disabled = false;
      call.setAttribute('aria-pressed', String(callActive));
      call.textContent = callActive ? 'End call' : 'Call mode';
      callBox.hidden = !callActive;
      utterance.button.disabled = !callActive;
      coach.disabled = false;
      qualify.disabled = false;
      reply.button.disabled = !mine || summary.status === 'opted_out' || summary.status === 'closed';
      canned.disabled = reply.button.disabled;
      reply.input.placeholder = mine ? 'Reply to the lead' : 'Claim the conversation to reply';
      note.button.disabled = false;
    },
  };
}

export type ConversationPane = ReturnType<typeof createConversationPane>;
