import type { SendResult } from '../../src/protocol/index.js';
import type { Connection } from './connection.js';
import type { HubClientError } from './errors.js';
import { isRetryable, toHubClientError } from './errors.js';

/** One unacked send; `payload` carries its clientMsgId, so a resend is de-duplicated by the hub. */
export interface OutboxEntry {
  clientMsgId: string;
  event: string;
  payload: Record<string, unknown> & { clientMsgId: string };
  createdAt: string;
  attempts: number;
}

export interface OutboxCallbacks {
  /** The outbox changed (persist it, show pending messages). */
  changed(entries: readonly OutboxEntry[]): void;
  sent(entry: OutboxEntry, result: SendResult): void;
  /** A permanent failure: the entry is dropped. */
  failed(entry: OutboxEntry, error: HubClientError): void;
}

export interface Outbox {
  readonly entries: readonly OutboxEntry[];
  /** Queues a send and resolves with its ack, however many reconnects it takes. */
  enqueue(entry: Omit<OutboxEntry, 'attempts' | 'createdAt'> & { createdAt?: string }): Promise<SendResult>;
  /** Puts back entries restored from storage (no promise attached). */
  restore(entries: OutboxEntry[]): void;
  /** Sends queued entries one at a time, in order, while connected. */
  flush(): Promise<void>;
  /** Rejects every waiting promise (the client is closed); entries stay for a later session. */
  abandon(error: HubClientError): void;
}

const isEntry = (value: unknown): value is OutboxEntry => {
  const entry = value as OutboxEntry;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.clientMsgId === 'string' &&
    typeof entry.event === 'string' &&
    typeof entry.payload === 'object' &&
    entry.payload !== null &&
    entry.payload.clientMsgId === entry.clientMsgId
  );
};
export const isOutboxEntries = (value: unknown): value is OutboxEntry[] =>
  Array.isArray(value) && value.every(isEntry);

/**
 * Unacked sends, resent in order with the same clientMsgId after a reconnect (exactly once, thanks to the
 * hub's idempotency). Retryable failures (timeouts, disconnects, UNAVAILABLE, RATE_LIMITED) keep the entry and
 * retry with backoff; other errors drop it and reject its promise.
 */
export function createOutbox(
  connection: Connection,
  callbacks: OutboxCallbacks,
  options: { retryDelayMs?: number } = {},
): Outbox {
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  let entries: OutboxEntry[] = [];
  const waiters = new Map<
    string,
    { resolve: (result: SendResult) => void; reject: (error: HubClientError) => void }
  >();
  let flushing: Promise<void> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const changed = () => callbacks.changed([...entries]);
  const remove = (clientMsgId: string) => {
    entries = entries.filter((entry) => entry.clientMsgId !== clientMsgId);
    changed();
  };
  const scheduleRetry = (attempts: number) => {
    if (retryTimer !== undefined) return;
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined;
        void outbox.flush();
      },
      Math.min(30_000, retryDelayMs * 2 ** Math.min(attempts, 5)),
    );
  };

  /** Sends until the outbox is empty ('empty') or a failure asks to wait ('stopped'). */
  async function drain(): Promise<'empty' | 'stopped'> {
    while (entries.length > 0 && connection.state !== 'closed' && connection.socket.connected) {
      const entry = entries[0]!;
      entry.attempts += 1;
      try {
        const result = await connection.request<SendResult>(entry.event, entry.payload);
        remove(entry.clientMsgId);
        waiters.get(entry.clientMsgId)?.resolve(result);
        waiters.delete(entry.clientMsgId);
        callbacks.sent(entry, result);
      } catch (error) {
        const failure = toHubClientError(error, entry.event);
        if (isRetryable(failure)) {
          changed();
          // Disconnects are retried by the next connection's flush; other transient errors after a backoff.
          if (failure.code !== 'DISCONNECTED') scheduleRetry(entry.attempts);
          return 'stopped';
        }
        remove(entry.clientMsgId);
        waiters.get(entry.clientMsgId)?.reject(failure);
        waiters.delete(entry.clientMsgId);
        callbacks.failed(entry, failure);
      }
    }
    return connection.socket.connected ? 'empty' : 'stopped';
  }

  const outbox: Outbox = {
    get entries() {
      return entries;
    },
    enqueue(input) {
      const entry: OutboxEntry = {
        ...input,
        createdAt: input.createdAt ?? new Date().toISOString(),
        attempts: 0,
      };
      const existing = entries.find((candidate) => candidate.clientMsgId === entry.clientMsgId);
      if (!existing) {
        entries = [...entries, entry];
        changed();
      }
      const promise = new Promise<SendResult>((resolve, reject) =>
        waiters.set(entry.clientMsgId, { resolve, reject }),
      );
      void outbox.flush();
      return promise;
    },
    restore(restored) {
      const known = new Set(entries.map((entry) => entry.clientMsgId));
      entries = [...entries, ...restored.filter((entry) => !known.has(entry.clientMsgId))];
      changed();
    },
    flush() {
      if (flushing) return flushing;
      if (retryTimer !== undefined) {
        clearTimeout(retryTimer);
        retryTimer = undefined;
      }
      flushing = drain()
        .catch(() => 'stopped' as const)
        .then((outcome) => {
          flushing = undefined;
          // An entry queued while the last loop was finishing.
          if (outcome === 'empty' && entries.length > 0) void outbox.flush();
        });
      return flushing;
    },
    abandon(error) {
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
      for (const waiter of waiters.values()) waiter.reject(error);
      waiters.clear();
    },
  };
  return outbox;
}
