import type { AgentWarning, CannedReply, ConversationSummary } from '../../src/protocol/index.js';
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
  /** Sends the warned reply as written (the tenant's "confirm to send"). */
  confirmReply: (text: string) => void;
}

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' } as const;

/**
 * The compliance warning of a reply the hub refused: the rules broken and why, the suggested rewrite, and (unless
 * the tenant blocks such messages) "Send anyway".
 */
function createWarningBox(handlers: { use: (text: string) => void; confirm: (text: string) => void }) {
  const element = h('div', {
    class: 'compliance-warning',
    role: 'alert',
    hidden: true,
    'aria-labelledby': 'compliance-warning-title',
  });
  let shown: { warning: AgentWarning; text: string } | undefined;
  const hide = () => {
    shown = undefined;
    element.hidden = true;
    element.replaceChildren();
  };
  return {
    element,
    hide,
    get shown() {
      return shown;
    },
    show(warning: AgentWarning, text: string) {
      shown = { warning, text };
      const es = warning.lang === 'es';
      const use = h(
        'button',
        { type: 'button', class: 'primary' },
        es ? 'Usar la sugerencia' : 'Use suggestion',
      );
      use.addEventListener('click', () => {
        hide();
        handlers.use(warning.suggestion);
      });
      const edit = h('button', { type: 'button' }, es ? 'Editar mi mensaje' : 'Edit my message');
      edit.addEventListener('click', hide);
      const confirm =
        warning.mode === 'confirm'
          ? h('button', { type: 'button', class: 'danger' }, es ? 'Enviar de todos modos' : 'Send anyway')
          : null;
      confirm?.addEventListener('click', () => {
        hide();
        handlers.confirm(text);
      });
      replaceChildren(
        element,
        h(
          'strong',
          { id: 'compliance-warning-title' },
          warning.mode === 'block'
            ? es
              ? 'No enviado: el mensaje rompe una regla'
              : 'Not sent: this message breaks a compliance rule'
            : es
              ? 'Antes de enviar: el mensaje rompe una regla'
              : 'Before you send: this message breaks a compliance rule',
        ),
        h(
          'div',
          {
            class: 'warning-body',
            tabindex: 0,
            'aria-label': es ? 'Reglas y sugerencia' : 'Rules and suggestion',
          },
          h(
            'ul',
            {},
            ...warning.violations.map((violation) =>
              h(
                'li',
                { 'data-rule': violation.rule },
                h('strong', {}, `${violation.label}: `),
                violation.explanation,
                ' ',
                h('q', {}, violation.detail),
              ),
            ),
          ),
          h('p', { class: 'suggestion-label' }, es ? 'Sugerencia:' : 'Suggested rewrite:'),
          h('blockquote', { class: 'suggestion' }, warning.suggestion),
        ),
        h('div', { class: 'actions' }, use, edit, confirm),
        warning.mode === 'block'
          ? h(
              'p',
              { class: 'meta' },
              es
                ? 'Tu equipo no permite enviar estos mensajes.'
                : 'Your team does not allow sending such messages.',
            )
          : null,
      );
      element.hidden = false;
    },
  };
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
  // "Maria Lopez took over" and other changes of hands, said once (a polite live region).
  const notice = h('p', { class: 'pane-notice', role: 'status', hidden: true });
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
  reply.form.classList.add('reply-form');
  note.form.classList.add('note-form');
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
  const warning = createWarningBox({
    use: (text) => {
      reply.input.value = text;
      autoGrow(reply.input);
      reply.input.focus();
    },
    confirm: handlers.confirmReply,
  });
  const composer = h('div', { class: 'composer' }, callBox, warning.element, canned, reply.form, note.form);
  const element = h(
    'section',
    { class: 'conversation', 'aria-labelledby': 'conversation-title' },
    h(
      'div',
      { class: 'pane-head' },
      h('div', { class: 'line' }, title),
      facts,
      notice,
      actions,
      lifecycle.element,
    ),
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
  let cannedReplies: CannedReply[] = [];
  let cannedLang: 'en' | 'es' | undefined;
  /** The canned replies for the lead's language (and those written for every language). */
  const renderCanned = (lang: 'en' | 'es') => {
    if (cannedLang === lang && canned.options.length > 0) return;
    cannedLang = lang;
    const offered = cannedReplies.filter((entry) => !entry.lang || entry.lang === lang);
    canned.replaceChildren(
      h('option', { value: '' }, lang === 'es' ? 'Respuestas rápidas…' : 'Canned replies…'),
      ...offered.map((entry, index) =>
        h('option', { value: String(index), 'data-text': entry.text, lang: entry.lang }, entry.title),
      ),
    );
    canned.setAttribute('aria-label', `Canned replies (${LANGUAGE_NAMES[lang]})`);
    canned.hidden = offered.length === 0;
  };

  return {
    element,
    transcript,
    setCannedReplies(replies: CannedReply[], fill: (text: string) => string) {
      cannedFill = fill;
      cannedReplies = replies;
      cannedLang = undefined;
      renderCanned('en');
    },
    /** Shows the compliance warning of a refused reply (and puts its text back in the reply box). */
    showWarning(value: AgentWarning, text: string) {
      reply.input.value = text;
      autoGrow(reply.input);
      warning.show(value, text);
    },
    hideWarning: () => warning.hide(),
    /** A change of hands said in the pane ("Maria Lopez took over"); empty hides it. */
    setNotice(text: string) {
      notice.textContent = text;
      notice.hidden = !text;
    },
    focusReply(text: string) {
      reply.input.value = text;
      autoGrow(reply.input);
      reply.input.focus();
    },
    render(summary: ConversationSummary | undefined, userId: string, callActive: boolean) {
      if (!summary) return renderEmpty();
      const mine = summary.owner.type === 'agent' && summary.owner.id === userId;
      const someoneElse = summary.owner.type === 'agent' && !mine;
      lifecycle.render(summary, someoneElse);
      const closed = summary.status === 'closed';
      const lang = summary.lang ?? 'en';
      renderCanned(lang);
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
        h(
          'span',
          { class: 'lang-badge', 'data-lang': lang, title: "The lead's language" },
          `Lead writes in ${LANGUAGE_NAMES[lang]}`,
        ),
        listingLine(summary) ? h('span', { class: 'meta' }, listingLine(summary)) : null,
      );
      // Another agent's conversation is not claimable (the hub answers CONFLICT): a supervisor assigns it.
      claim.hidden = mine || someoneElse;
      claim.disabled = mine || someoneElse || closed;
      release.hidden = !mine || closed;
      release.disabled = !mine || closed;
      if (!mine) warning.hide();
      call.disabled = false;
      call.setAttribute('aria-pressed', String(callActive));
      call.textContent = callActive ? 'End call' : 'Call mode';
      callBox.hidden = !callActive;
      utterance.button.disabled = !callActive;
      coach.disabled = false;
      qualify.disabled = false;
      reply.button.disabled = !mine || summary.status === 'opted_out' || summary.status === 'closed';
      canned.disabled = reply.button.disabled;
      reply.input.placeholder = mine
        ? 'Reply to the lead'
        : someoneElse
          ? `${summary.owner.name ?? 'Another agent'} has this conversation`
          : 'Claim the conversation to reply';
      note.button.disabled = false;
    },
  };
}

export type ConversationPane = ReturnType<typeof createConversationPane>;
