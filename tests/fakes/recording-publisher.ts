import { EventEmitter } from 'node:events';
import type {
  OpenStreamOptions,
  OutboundStream,
  StreamEndOptions,
  StreamPublisher,
} from '../../src/realtime/stream-port.js';

export interface RecordedStream {
  streamId: string;
  options: OpenStreamOptions;
  /** Every push, numbered like the realtime layer numbers tokens (0, 1, 2, ...). */
  tokens: { index: number; text: string }[];
  text: string;
  end?: StreamEndOptions;
  error?: { code: string; message: string };
  closed: boolean;
}

export interface RecordingPublisher extends StreamPublisher {
  streams: RecordedStream[];
  /** Calls on a stream after it ended or failed: always a bug in the engine. */
  violations: string[];
  waitFor(predicate: (streams: RecordedStream[]) => boolean, timeoutMs?: number): Promise<void>;
}

/** An in-memory StreamPublisher that records what an engine publishes (no sockets). */
export function createRecordingPublisher(): RecordingPublisher {
  const streams: RecordedStream[] = [];
  const violations: string[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let counter = 0;
  const changed = () => events.emit('change');

  return {
    streams,
    violations,
    open(options): OutboundStream {
      const record: RecordedStream = {
        streamId: `s${++counter}`,
        options,
        tokens: [],
        text: '',
        closed: false,
      };
      streams.push(record);
      const guard = (what: string) => {
        if (record.closed) violations.push(`${what} after close on ${record.streamId}`);
        return !record.closed;
      };
      changed();
      return {
        streamId: record.streamId,
        get text() {
          return record.text;
        },
        push(text) {
          if (!guard('push') || text === '') return;
          record.tokens.push({ index: record.tokens.length, text });
          record.text += text;
          changed();
        },
        end(endOptions = {}) {
          if (!guard('end')) return;
          record.closed = true;
          record.end = endOptions;
          changed();
        },
        fail(code, message) {
          if (!guard('fail')) return;
          record.closed = true;
          record.error = { code, message };
          changed();
        },
      };
    },
    waitFor(predicate, timeoutMs = 5_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!predicate(streams)) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`recording publisher: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          events.off('change', check);
        };
        events.on('change', check);
        check();
      });
    },
  };
}
