import type { MessageView } from '../../src/protocol/index.js';
import type { StreamView } from '../sdk/index.js';
import { h, insertBySeq, keepAtBottom } from './dom.js';
import { systemLineText, timeLabel } from './labels.js';

function label(message: MessageView): string {
  const name = message.author.name;
  if (message.kind === 'whisper') return `Whisper from ${name ?? 'a supervisor'}`;
  if (message.kind === 'note') return `Note by ${name ?? 'staff'}`;
  if (message.kind === 'coaching') return 'Coaching';
  switch (message.author.type) {
    case 'lead':
      return message.visibility === 'staff' ? 'Prospect (call)' : 'Lead';
    case 'bot':
      return message.author.name ?? 'Assistant';
    case 'system':
      return 'System';
    default:
      return `${name ?? message.author.type}${message.visibility === 'staff' && message.kind === 'text' ? ' (call)' : ''}`;
  }
}

function className(message: MessageView): string {
  if (message.kind === 'whisper' || message.kind === 'note') return message.kind;
  if (message.kind === 'coaching') return 'note';
  return message.author.type;
}

/** A staff transcript: messages ordered by seq (staff-only ones marked), bot reply streams as they arrive. */
export function createTranscriptView(labelText = 'Transcript') {
  // The live region wraps the list (an <ol role="log"> is no list, and its items would be outside one).
  const list = h('ol', { class: 'transcript' });
  const region = h('div', { role: 'log', 'aria-live': 'polite', 'aria-label': labelText }, list);
  const streams = h('ul', { class: 'transcript', 'aria-hidden': 'true' });
  // Focusable, so the transcript scrolls with the keyboard too (axe: scrollable-region-focusable).
  const scroller = h('div', { class: 'scroll', tabindex: 0 }, region, streams);
  const streamItems = new Map<string, HTMLLIElement>();

  const item = (message: MessageView) =>
    h(
      'li',
      {
        class: className(message),
        'data-kind': message.kind,
        'data-visibility': message.visibility,
        title: new Date(message.createdAt).toLocaleString(),
      },
      h(
        'span',
        { class: 'who' },
        label(message),
        ' ',
        h('time', { datetime: message.createdAt }, timeLabel(message.createdAt)),
      ),
      // Coaching lives in the coaching panel; its transcript entry stays collapsed (shown once, not twice).
      message.kind === 'coaching'
        ? h(
            'details',
            { class: 'coaching-entry' },
            h('summary', {}, 'Coaching given (see the coaching panel)'),
            message.text,
          )
        : message.author.type === 'system'
          ? systemLineText(message.text)
          : message.text,
    );

  function setStream(view: StreamView) {
    if (view.family !== 'bot') return;
    let entry = streamItems.get(view.streamId);
    if (view.status !== 'streaming') {
      entry?.remove();
      streamItems.delete(view.streamId);
      return;
    }
    keepAtBottom(scroller, () => {
      if (!entry) {
        entry = h('li', { class: 'bot streaming' });
        streamItems.set(view.streamId, entry);
        streams.append(entry);
      }
      entry.replaceChildren(h('span', { class: 'who' }, 'Assistant (typing)'), view.text);
    });
  }

  return {
    element: scroller,
    reset(messages: MessageView[], openStreams: StreamView[] = []) {
      list.replaceChildren();
      streams.replaceChildren();
      streamItems.clear();
      for (const message of messages) insertBySeq(list, item(message), message.seq);
      for (const stream of openStreams) setStream(stream);
      scroller.scrollTop = scroller.scrollHeight;
    },
    add(message: MessageView) {
      if (list.querySelector(`[data-seq="${message.seq}"]`)) return;
      keepAtBottom(scroller, () => insertBySeq(list, item(message), message.seq));
    },
    setStream,
  };
}

export type TranscriptView = ReturnType<typeof createTranscriptView>;
