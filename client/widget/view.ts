import type { MessageView } from '../../src/protocol/index.js';
import type { ConnectionState, StreamView } from '../sdk/index.js';
import { h, insertBySeq, keepAtBottom, replaceChildren } from '../shared/dom.js';
import { widgetStyles } from './styles.js';

export interface PendingView {
  clientMsgId: string;
  text: string;
}

export interface WidgetViewOptions {
  title: string;
  subtitle?: string;
  launcherLabel: string;
  onOpenChange(open: boolean): void;
  onSubmit(text: string): void;
  onTyping(isTyping: boolean): void;
}

const CONNECTION_TEXT: Partial<Record<ConnectionState, string>> = {
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting… Messages you send now are delivered as soon as the connection is back.',
  failed: 'Chat is unavailable right now. Please try again later.',
};

function authorLabel(message: MessageView): { text: string; visible: boolean } {
  switch (message.author.type) {
    case 'lead':
      return { text: 'You', visible: false };
    case 'bot':
      return { text: 'Assistant', visible: false };
    case 'agent':
    case 'supervisor':
      return { text: message.author.name ?? 'Agent', visible: true };
    default:
      return { text: 'Notice', visible: false };
  }
}

/** The widget's DOM inside a shadow root: launcher, panel, transcript, live streams, composer. */
export function createWidgetView(host: HTMLElement, options: WidgetViewOptions) {
  const root = host.attachShadow({ mode: 'open' });
  const badge = h('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
  const launcher = h(
    'button',
    { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'jh-panel' },
    h('span', {}, options.launcherLabel),
    badge,
  );
  const unreadText = h('span', { class: 'visually-hidden' });
  launcher.append(unreadText);

  const subtitle = h('p', { id: 'jh-subtitle' }, options.subtitle ?? '');
  const closeButton = h('button', { class: 'close', type: 'button', 'aria-label': 'Close chat' }, '×');
  const connection = h('p', { class: 'connection', role: 'status', hidden: true });
  const log = h('ol', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const live = h('ul', { class: 'live', 'aria-hidden': 'true' });
  const typingText = h('span', {}, 'Typing…');
  const typing = h(
    'div',
    { class: 'typing', hidden: true },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    typingText,
  );
  const pendingList = h('ul', { class: 'live', 'aria-hidden': 'true' });
  const scroller = h('div', { class: 'scroller' }, log, live, pendingList, typing);
  const input = h('textarea', {
    id: 'jh-input',
    rows: 1,
    maxlength: 2_000,
    placeholder: 'Type your message…',
    autocomplete: 'off',
  });
  const sendButton = h('button', { type: 'submit', 'aria-label': 'Send message' }, 'Send');
  const form = h(
    'form',
    {},
    h('label', { for: 'jh-input', class: 'visually-hidden' }, 'Your message'),
    input,
    sendButton,
  );
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

  const bubble = (message: MessageView) => {
    const label = authorLabel(message);
    const kind = message.author.type === 'system' ? 'system' : message.author.type;
    return h(
      'li',
      { class: `msg ${kind}` },
      h(
        'span',
        { class: label.visible ? 'who' : 'visually-hidden' },
        `${label.text}${label.visible ? '' : ': '}`,
      ),
      message.text,
    );
  };
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
          item = h('li', { class: 'msg bot streaming', 'data-stream': view.streamId });
          streamBubbles.set(view.streamId, item);
          live.append(item);
        }
        item.textContent = view.text;
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
              h('span', { class: 'state' }, offline ? 'Waiting for connection…' : 'Sending…'),
            ),
          ),
        ),
      );
    },
    setTyping(text: string | undefined) {
      typing.hidden = text === undefined;
      if (text) typingText.textContent = text;
      if (text) keepAtBottom(scroller, () => undefined);
    },
    setConnection(state: ConnectionState) {
      const text = CONNECTION_TEXT[state];
      connection.hidden = !text;
      connection.textContent = text ?? '';
      connection.classList.toggle('failed', state === 'failed');
    },
    setSubtitle(text: string) {
      subtitle.textContent = text;
    },
    setUnread(count: number) {
      badge.hidden = count === 0;
      badge.textContent = String(count);
      unreadText.textContent = count ? `, ${count} new message${count === 1 ? '' : 's'}` : '';
    },
  };
}

export type WidgetView = ReturnType<typeof createWidgetView>;
