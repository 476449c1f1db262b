import type { MessageView } from '../../src/protocol/index.js';
import type { ConnectionState, StreamView } from '../sdk/index.js';
import { h, insertBySeq, keepAtBottom, replaceChildren } from '../shared/dom.js';
import { initials, timeLabel } from '../shared/labels.js';
import { homeCardsView, homesOf } from './homes.js';
import { widgetText, type WidgetLang, type WidgetText } from './i18n.js';
import type { RatingCard } from './rating.js';
import { widgetStyles } from './styles.js';

export interface PendingView {
  clientMsgId: string;
  text: string;
}

export interface WidgetViewOptions {
  title: string;
  subtitle?: string;
  /** The launcher's text, in the widget's language. */
  launcherLabel: (text: WidgetText) => string;
  /** The first line of the assistant, shown (never stored) while the conversation is empty. */
  greeting: (text: WidgetText) => string;
  lang?: WidgetLang;
  onOpenChange(open: boolean): void;
  onSubmit(text: string): void;
  onTyping(isTyping: boolean): void;
  /** "Tell me more about this home" was pressed (the button shows when setNarrative(true) was called). */
  onNarrative?(): void;
}

const connectionText = (state: ConnectionState, text: WidgetText): string | undefined =>
  state === 'connecting' || state === 'reconnecting' || state === 'failed' ? text[state] : undefined;

/** The name a tenant's assistant has when the tenant gives it none (src/tenants.ts): shown translated. */
const DEFAULT_ASSISTANT_NAME = 'Assistant';

/** Who wrote a message, as the lead reads it: bot replies are always the assistant, never the agent. */
function authorLabel(message: MessageView, text: WidgetText): { text: string; visible: boolean } {
  switch (message.author.type) {
    case 'lead':
      return { text: text.you, visible: false };
    case 'bot': {
      const name = message.author.name;
      return { text: name && name !== DEFAULT_ASSISTANT_NAME ? name : text.assistant, visible: true };
    }
    case 'agent':
    case 'supervisor':
      return { text: message.author.name ?? 'Agent', visible: true };
    default:
      return { text: 'Notice', visible: false };
  }
}

/** The small round avatar beside a reply: the assistant's mark, or a person's initials. */
function avatar(kind: 'bot' | 'person', name: string): HTMLElement {
  return h('span', { class: `avatar ${kind}`, 'aria-hidden': 'true' }, kind === 'bot' ? '✦' : initials(name));
}

/** The widget's DOM inside a shadow root: launcher, panel, transcript, live streams, composer. */
export function createWidgetView(host: HTMLElement, options: WidgetViewOptions) {
  const root = host.attachShadow({ mode: 'open' });
  let lang: WidgetLang = options.lang ?? 'en';
  let text = widgetText(lang);
  let connectionState: ConnectionState = 'idle';
  let unreadCount = 0;
  const badge = h('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
  const launcherText = h('span', {}, options.launcherLabel(text));
  const launcher = h(
    'button',
    { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'jh-panel' },
    launcherText,
    badge,
  );
  const unreadText = h('span', { class: 'visually-hidden' });
  launcher.append(unreadText);

  const subtitle = h('p', { id: 'jh-subtitle' }, options.subtitle ?? '');
  const closeButton = h('button', { class: 'close', type: 'button', 'aria-label': text.close }, '×');
  const connection = h('p', { class: 'connection', role: 'status', hidden: true });
  // The live region wraps the list: an <ol role="log"> is no list any more, and its items were "list items outside
  // a list" to assistive technology (axe: listitem, serious).
  const log = h('ol', { class: 'log' });
  const logRegion = h('div', { role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' }, log);
  const live = h('ul', { class: 'live', 'aria-hidden': 'true' });
  const typingText = h('span', {}, text.typing);
  const typing = h(
    'div',
    { class: 'typing', hidden: true },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    typingText,
  );
  const pendingList = h('ul', { class: 'live', 'aria-hidden': 'true' });
  const greeting = h('li', { class: 'msg bot greeting' });
  const greetingList = h('ul', { class: 'live greeting-list' }, greeting);
  const note = h('p', { class: 'note', role: 'status', hidden: true });
  /** Where the satisfaction card goes, below the conversation (setRating). */
  const ratingSlot = h('div', { class: 'rating-slot' });
  let ratingCard: RatingCard | undefined;
  // Focusable, so a keyboard can scroll a long conversation (axe: scrollable-region-focusable, serious).
  const scroller = h(
    'div',
    { class: 'scroller', tabindex: '0', role: 'region', 'aria-label': 'Messages' },
    greetingList,
    logRegion,
    live,
    pendingList,
    typing,
    note,
    ratingSlot,
  );
  const input = h('textarea', {
    id: 'jh-input',
    rows: 1,
    maxlength: 2_000,
    placeholder: text.placeholder,
    autocomplete: 'off',
  });
  const sendButton = h('button', { type: 'submit', 'aria-label': text.sendLabel }, text.send);
  const inputLabel = h('label', { for: 'jh-input', class: 'visually-hidden' }, text.yourMessage);
  const form = h('form', {}, inputLabel, input, sendButton);
  const narrativeButton = h('button', { type: 'button', class: 'narrative', hidden: true }, text.tellMeMore);
  narrativeButton.addEventListener('click', () => options.onNarrative?.());
  const panel = h(
    'section',
    {
      id: 'jh-panel',
      class: 'panel',
      role: 'dialog',
      'aria-labelledby': 'jh-title',
      'aria-describedby': 'jh-subtitle',
      hidden: true,
    },
    h(
      'header',
      {},
      h('div', { class: 'titles' }, h('h2', { id: 'jh-title' }, options.title), subtitle),
      closeButton,
    ),
    connection,
    scroller,
    narrativeButton,
    form,
  );
  root.append(h('style', {}, widgetStyles), launcher, panel);

  let open = false;
  const setOpen = (next: boolean, moveFocus = true) => {
    open = next;
    panel.hidden = !next;
    launcher.setAttribute('aria-expanded', String(next));
    if (next) {
      scroller.scrollTop = scroller.scrollHeight;
      if (moveFocus) input.focus();
    } else if (moveFocus) launcher.focus();
    options.onOpenChange(next);
  };
  launcher.addEventListener('click', () => setOpen(true));
  closeButton.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(false);
  });

  const submit = () => {
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    // The lead's own message always comes into view (as pending first), wherever the transcript was scrolled.
    scroller.scrollTop = scroller.scrollHeight;
    options.onTyping(false);
    options.onSubmit(text);
  };
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
  input.addEventListener('input', () => options.onTyping(input.value.trim().length > 0));
  input.addEventListener('blur', () => options.onTyping(false));

  /**
   * The body of a message. A person joining is told in the widget's language from the event's data (the stored text
   * is the staff's English); every other message is shown as written.
   */
  const joinedName = (message: MessageView): string | undefined =>
    message.author.type === 'system' &&
    message.meta?.event === 'joined' &&
    typeof message.meta.name === 'string'
      ? message.meta.name
      : undefined;
  const body = (message: MessageView) => {
    // Homes that match: cards (the text says the same in words, for transcripts and staff).
    const homes = message.author.type === 'bot' ? homesOf(message.meta) : undefined;
    if (homes) return homeCardsView(homes);
    const name = joinedName(message);
    return name === undefined
      ? h('span', { class: 'body' }, message.text)
      : h('span', { class: 'body', 'data-joined': name }, text.joined(name));
  };
  const stamp = (iso: string) =>
    h('time', { class: 'time', datetime: iso, title: new Date(iso).toLocaleString() }, timeLabel(iso));
  const bubble = (message: MessageView) => {
    const label = authorLabel(message, text);
    const kind = message.author.type === 'system' ? 'system' : message.author.type;
    const item = h(
      'li',
      { class: `msg ${kind}` },
      h(
        'span',
        {
          class: label.visible ? 'who' : 'visually-hidden',
          // The generic name follows the widget's language (setLang).
          'data-assistant': kind === 'bot' && label.text === text.assistant,
        },
        `${label.text}${label.visible ? '' : ': '}`,
      ),
      body(message),
      kind === 'system' ? null : stamp(message.createdAt),
    );
    if (kind === 'bot') item.prepend(avatar('bot', label.text));
    else if (kind === 'agent' || kind === 'supervisor') item.prepend(avatar('person', label.text));
    return item;
  };
  const renderGreeting = () => {
    greeting.replaceChildren(
      avatar('bot', text.assistant),
      h('span', { class: 'who' }, text.assistant),
      h('span', { class: 'body' }, options.greeting(text)),
    );
    greetingList.hidden = log.children.length > 0;
  };
  renderGreeting();
  const streamBubbles = new Map<string, HTMLLIElement>();

  return {
    root,
    get isOpen() {
      return open;
    },
    setOpen,
    addMessage(message: MessageView) {
      if (log.querySelector(`[data-seq="${message.seq}"]`)) return;
      keepAtBottom(scroller, () => insertBySeq(log, bubble(message), message.seq));
      greetingList.hidden = true;
    },
    setStream(view: StreamView) {
      let item = streamBubbles.get(view.streamId);
      if (view.status !== 'streaming') {
        item?.remove();
        streamBubbles.delete(view.streamId);
        return;
      }
      if (!view.text) return;
      keepAtBottom(scroller, () => {
        if (!item) {
          item = h(
            'li',
            { class: 'msg bot streaming', 'data-stream': view.streamId },
            avatar('bot', text.assistant),
            h('span', { class: 'who', 'data-assistant': true }, text.assistant),
            h('span', { class: 'body' }),
          );
          streamBubbles.set(view.streamId, item);
          live.append(item);
        }
        item.querySelector('.body')!.textContent = view.text;
      });
    },
    setPending(entries: PendingView[], offline: boolean) {
      keepAtBottom(scroller, () =>
        replaceChildren(
          pendingList,
          ...entries.map((entry) =>
            h(
              'li',
              { class: 'msg lead pending', 'data-client-msg-id': entry.clientMsgId },
              entry.text,
              h('span', { class: 'state' }, offline ? text.waiting : text.sending),
            ),
          ),
        ),
      );
    },
    setTyping(text: string | undefined) {
      keepAtBottom(scroller, () => {
        typing.hidden = text === undefined;
        if (text) typingText.textContent = text;
      });
    },
    setConnection(state: ConnectionState) {
      connectionState = state;
      const line = connectionText(state, text);
      // The banner takes height from the transcript: keep its newest item in view.
      keepAtBottom(scroller, () => {
        connection.hidden = !line;
        connection.textContent = line ?? '';
        connection.classList.toggle('failed', state === 'failed');
      });
    },
    /** Shows the satisfaction card below the conversation (brought into view), or removes it. */
    setRating(card: RatingCard | undefined) {
      ratingCard = card;
      keepAtBottom(scroller, () => ratingSlot.replaceChildren(...(card ? [card.element] : [])));
      if (card) card.element.scrollIntoView({ block: 'nearest' });
    },
    /** Shows (or hides) the note that a person, not the assistant, is answering next. */
    setNote(line: string | undefined) {
      keepAtBottom(scroller, () => {
        note.hidden = !line;
        note.textContent = line ?? '';
      });
    },
    get lang() {
      return lang;
    },
    get text() {
      return text;
    },
    /** Switches the widget's own text to the lead's language. */
    setLang(next: WidgetLang) {
      if (next === lang) return;
      lang = next;
      text = widgetText(lang);
      root.host.setAttribute('lang', lang);
      launcherText.textContent = options.launcherLabel(text);
      for (const who of root.querySelectorAll('[data-assistant]')) who.textContent = text.assistant;
      for (const notice of root.querySelectorAll<HTMLElement>('[data-joined]'))
        notice.textContent = text.joined(notice.dataset.joined ?? '');
      input.placeholder = text.placeholder;
      inputLabel.textContent = text.yourMessage;
      sendButton.textContent = text.send;
      sendButton.setAttribute('aria-label', text.sendLabel);
      narrativeButton.textContent = text.tellMeMore;
      closeButton.setAttribute('aria-label', text.close);
      ratingCard?.setText(text);
      renderGreeting();
      this.setConnection(connectionState);
      this.setUnread(unreadCount);
    },
    setSubtitle(text: string) {
      subtitle.textContent = text;
    },
    /** Shows the "Tell me more about this home" button (the conversation has a catalogue listing), or hides it. */
    setNarrative(available: boolean, busy = false) {
      narrativeButton.hidden = !available;
      narrativeButton.disabled = busy;
    },
    setUnread(count: number) {
      unreadCount = count;
      badge.hidden = count === 0;
      badge.textContent = String(count);
      unreadText.textContent = count ? text.newMessages(count) : '';
    },
  };
}

export type WidgetView = ReturnType<typeof createWidgetView>;
