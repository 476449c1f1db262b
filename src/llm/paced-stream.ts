import type { OutboundStream } from '../realtime/stream-port.js';

export interface PacedStream extends OutboundStream {
  /** Resolves once every queued word has been pushed to the underlying stream. */
  drained(): Promise<void>;
}

/**
 * Paces multi-word pushes word by word (one word every `wordDelayMs`) so a template reply reads as if typed;
 * single tokens (model output) pass straight through when nothing is queued. Order is always kept.
 */
export function pacedStream(stream: OutboundStream, wordDelayMs: number): PacedStream {
  const queue: string[] = [];
  let pushed = '';
  let running: Promise<void> | undefined;

  const pump = async () => {
    while (queue.length > 0) {
      stream.push(queue.shift()!);
      if (queue.length > 0) await new Promise((resolve) => setTimeout(resolve, wordDelayMs));
    }
    running = undefined;
  };

  return {
    get streamId() {
      return stream.streamId;
    },
    get text() {
      return pushed;
    },
    push(text: string) {
      pushed += text;
      const words = text.match(/\s*\S+\s*/g) ?? [text];
      if (wordDelayMs <= 0 || (words.length <= 1 && queue.length === 0 && !running)) {
        stream.push(text);
        return;
      }
      queue.push(...words);
      running ??= pump();
    },
    end: (options) => stream.end(options),
    fail: (code, message) => {
      queue.length = 0;
      stream.fail(code, message);
    },
    drained: () => running ?? Promise.resolve(),
  };
}
