import type { Logger } from '../logger.js';
import { createKeyedQueue } from '../store/keyed-queue.js';
import type { ConversationRecord, Store } from '../store/types.js';
import { conversationEventScope } from './derive.js';
import type { LeadEvent } from './events.js';

/** An event about a conversation without its scope fields (added from the conversation record). */
export type ConversationEvent = LeadEvent extends infer E
  ? E extends LeadEvent
    ? Omit<E, keyof ReturnType<typeof conversationEventScope>>
    : never
  : never;

/**
 * Appends the events that change no record (coaching shown and used, model usage) in the background: never awaited
 * by the caller, the conversation read and the store call run after the caller's turn (setImmediate), a failure
 * is logged and dropped (an analytics event must never fail what it records). `idle()` resolves when every append
 * started so far has settled (tests, shutdown).
 */
export function createEventAppender(deps: {
  store: Pick<Store, 'appendLeadEvents' | 'getConversation'>;
  now: () => Date;
  logger: Pick<Logger, 'warn'>;
}) {
  const pending = new Set<Promise<void>>();
  /**
   * One conversation's appends run in order, one at a time: an append that reads the log first ("was this card
   * counted already?") sees the one before it (two sends of one card in a row count it once).
   */
  const inOrder = createKeyedQueue();

  function track(work: () => Promise<void>): void {
    const settled = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'appending a lead event failed'));
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  }

  /** The events, each with the conversation's scope as it is now (owner, bot, listing, variant). */
  async function withScope(
    conversation: ConversationRecord,
    events: readonly ConversationEvent[],
  ): Promise<void> {
    const scope = conversationEventScope(conversation, deps.now().toISOString());
    await deps.store.appendLeadEvents(events.map((event) => ({ ...scope, ...event }) as LeadEvent));
  }

  return {
    /** Appends events about a conversation already read. */
    append(conversation: ConversationRecord, events: readonly ConversationEvent[]): void {
      if (events.length > 0) track(() => withScope(conversation, events));
    },
    /**
     * Appends events about a conversation by its id (read first; none when it does not exist). `events` may read
     * what it needs first (it runs in the background too).
     */
    appendFor(
      tenantId: string,
      conversationId: string,
      events: (
        conversation: ConversationRecord,
      ) => readonly ConversationEvent[] | Promise<readonly ConversationEvent[]>,
    ): void {
      track(() =>
        inOrder.run(`${tenantId}\u0000${conversationId}`, async () => {
          const conversation = await deps.store.getConversation(tenantId, conversationId);
          if (!conversation) return;
          const list = await events(conversation);
          if (list.length > 0) await withScope(conversation, list);
        }),
      );
    },
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

export type EventAppender = ReturnType<typeof createEventAppender>;
