import {
  widgetPayloads,
  type ConversationStatusEvent,
  type MessageView,
  type NarrativeLength,
  type NarrativeResult,
  type NarrativeStyle,
  type ResumeResult,
  type SatisfactionResult,
  type LeadSendResult,
  type SendResult,
  type ShutdownEvent,
  type TypingEvent,
} from '../../src/protocol/index.js';
import { createConnection, type ConnectionOptions, type ConnectionState } from './connection.js';
import { createEmitter, type Emitter } from './emitter.js';
import { HubClientError } from './errors.js';
import { newClientMsgId } from './ids.js';
import { createOutbox, isOutboxEntries, type OutboxEntry } from './outbox.js';
import { replayConversation, validatePayload } from './replay.js';
import { memoryStorage, readJson, type KeyValueStorage } from './storage.js';
import { settleStreamFor, wireStreamEvents } from './stream-events.js';
import { createStreamAssembler, type StreamView } from './streams.js';
import { createTranscript } from './transcript.js';

export interface WidgetClientOptions extends ConnectionOptions {
  /** Keeps the conversation id, last seq, a transcript cache and the unsent outbox (default: in memory). */
  storage?: KeyValueStorage;
  /** Storage key (default `jorge-hub:widget`); use one per tenant/visitor when a page hosts several. */
  storageKey?: string;
  /** Messages kept in the storage cache to redraw the conversation after a reload (default 100). */
  cachedMessages?: number;
}

export type WidgetClientEvents = {
  state: [ConnectionState];
  /** A new message (never twice for one seq), in the order received; sort by seq to display. */
  message: [MessageView];
  /** A bot reply stream changed (started, grew, ended, failed, interrupted). */
  stream: [StreamView];
  typing: [TypingEvent];
  status: [ConversationStatusEvent];
  /** The conversation id became known (first send, or resume). */
  conversation: [string];
  sent: [OutboxEntry, SendResult];
  failed: [OutboxEntry, HubClientError];
  outbox: [readonly OutboxEntry[]];
  error: [HubClientError];
  shutdown: [ShutdownEvent];
};

export interface WidgetClient {
  readonly state: ConnectionState;
  readonly conversationId: string | null;
  readonly lastSeq: number;
  /** The transcript so far, ordered by seq. */
  messages(): MessageView[];
  /** Bot streams still in flight. */
  streams(): StreamView[];
  /** Sends not yet acked (shown as "sending" in a UI). */
  pending(): readonly OutboxEntry[];
  /** The latest conversation:status received. */
  readonly status: ConversationStatusEvent | undefined;
  connect(): Promise<void>;
  disconnect(): void;
  close(): void;
  /** Queues the text in the outbox and resolves with its ack; resent with the same clientMsgId after reconnects. */
  send(text: string, options?: { clientMsgId?: string }): Promise<SendResult>;
  setTyping(isTyping: boolean): Promise<void>;
  /**
   * "Tell me more about this home": asks for a narrative of the conversation's catalogue listing; it arrives as a
   * stream (the `stream` events) and then as the assistant's message. Rejects (HubClientError NOT_FOUND) when the
   * conversation has no listing in the team's catalogue.
   */
  narrative(options?: { style?: NarrativeStyle; length?: NarrativeLength }): Promise<NarrativeResult>;
  /**
   * When the hub wants a rating asked (from the last resume): after a close, and after `quietMs` without a message
   * while the lead is not waiting (0: only after a close). Undefined until connected once.
   */
  readonly satisfaction: { quietMs: number } | undefined;
  /**
   * Rates the current conversation 1 to 5 with an optional comment (`satisfaction:rate`). Rejects with CONFLICT when
   * it was rated already or is neither closed nor quiet, FORBIDDEN after an opt-out, NOT_FOUND without a conversation.
   */
  rate(rating: number, comment?: string): Promise<SatisfactionResult>;
  on: Emitter<WidgetClientEvents>['on'];
  off: Emitter<WidgetClientEvents>['off'];
  once: Emitter<WidgetClientEvents>['once'];
}

interface PersistedWidgetState {
  conversationId: string | null;
  lastSeq: number;
  messages: MessageView[];
  outbox: OutboxEntry[];
}

const isPersisted = (value: unknown): value is PersistedWidgetState => {
  const state = value as PersistedWidgetState;
  return (
    typeof state === 'object' &&
    state !== null &&
    (state.conversationId === null || typeof state.conversationId === 'string') &&
    typeof state.lastSeq === 'number' &&
    Array.isArray(state.messages) &&
    isOutboxEntries(state.outbox)
  );
};

/** The lead's client for the `/widget` namespace. */
export function createWidgetClient(options: WidgetClientOptions): WidgetClient {
  const storage = options.storage ?? memoryStorage();
  const storageKey = options.storageKey ?? 'jorge-hub:widget';
  const cachedMessages = options.cachedMessages ?? 100;
  const emitter = createEmitter<WidgetClientEvents>();
  const transcript = createTranscript();
  const assembler = createStreamAssembler();
  let conversationId: string | null = null;
  let status: ConversationStatusEvent | undefined;
  let satisfaction: { quietMs: number } | undefined;

  const persist = () => {
    const state: PersistedWidgetState = {
      conversationId,
      lastSeq: conversationId ? transcript.lastSeq(conversationId) : 0,
      messages: conversationId ? transcript.messages(conversationId).slice(-cachedMessages) : [],
      outbox: [...outbox.entries],
    };
    storage.set(storageKey, JSON.stringify(state));
  };

  const setConversation = (id: string) => {
    if (conversationId === id) return;
    conversationId = id;
    emitter.emit('conversation', id);
  };

  const acceptMessage = (message: MessageView) => {
    if (!transcript.accept(message)) return;
    setConversation(message.conversationId);
    const settled = settleStreamFor(assembler, message);
    if (settled) emitter.emit('stream', settled);
    emitter.emit('message', message);
    persist();
  };

  const sameState = (a: ConversationStatusEvent, b: ConversationStatusEvent) =>
    a.status === b.status &&
    a.agentName === b.agentName &&
    a.botActive === b.botActive &&
    Boolean(a.personReplying) === Boolean(b.personReplying);

  /** A resume answer read before a status change can land after it: the older of the two is dropped. */
  function applyStatus(event: ConversationStatusEvent): void {
    if (status?.conversationId === event.conversationId && event.version < status.version) return;
    status = event;
    setConversation(event.conversationId);
    emitter.emit('status', event);
  }

  const connection = createConnection('/widget', options, {
    onState: (state) => emitter.emit('state', state),
    onError: (error) => emitter.emit('error', error),
    onShutdown: (notice) => emitter.emit('shutdown', notice),
    async onConnected() {
      const { conversationId: current } = await replayConversation(
        async (lastSeq) => {
          const result = await connection.request<ResumeResult>('conversation:resume', { lastSeq });
          // The current status comes with the replay, so a reloaded widget shows who is chatting at once.
          if (result.status) applyStatus(result.status);
          if (result.satisfaction) satisfaction = result.satisfaction;
          return result;
        },
        {
          conversationId,
          transcript,
          assembler,
          families: ['bot'],
          sinks: { message: acceptMessage, stream: (view) => emitter.emit('stream', view) },
        },
      );
      if (current) setConversation(current);
      persist();
      void outbox.flush();
    },
  });

  const outbox = createOutbox(connection, {
    changed: (entries) => {
      persist();
      emitter.emit('outbox', entries);
    },
    sent: (entry, result) => {
      // The hub answers a message:send with the stored message instead of echoing it to this connection.
      const { message } = result as Partial<LeadSendResult>;
      if (message) acceptMessage(message);
      setConversation(result.conversationId);
      emitter.emit('sent', entry, result);
    },
    failed: (entry, error) => {
      emitter.emit('failed', entry, error);
      emitter.emit('error', error);
    },
  });

  const restored = readJson(storage, storageKey, isPersisted);
  if (restored) {
    if (restored.conversationId) {
      conversationId = restored.conversationId;
      transcript.restore(restored.conversationId, restored.lastSeq, restored.messages);
    }
    outbox.restore(restored.outbox);
  }

  const { socket } = connection;
  wireStreamEvents(socket, assembler, (view) => emitter.emit('stream', view), { coaching: false });
  socket.on('message', acceptMessage);
  socket.on('typing', (event: TypingEvent) => emitter.emit('typing', event));
  // A live status that says what the widget already shows (the same version, or a newer version of a change that
  // did not touch who is chatting) is kept without telling the app twice.
  socket.on('conversation:status', (event: ConversationStatusEvent) => {
    if (
      status?.conversationId === event.conversationId &&
      event.version >= status.version &&
      sameState(status, event)
    ) {
      status = event;
      return;
    }
    applyStatus(event);
  });

  return {
    get state() {
      return connection.state;
    },
    get conversationId() {
      return conversationId;
    },
    get lastSeq() {
      return conversationId ? transcript.lastSeq(conversationId) : 0;
    },
    get status() {
      return status;
    },
    get satisfaction() {
      return satisfaction;
    },
    messages: () => (conversationId ? transcript.messages(conversationId) : []),
    streams: () => assembler.open(conversationId ?? undefined).filter((view) => view.family === 'bot'),
    pending: () => outbox.entries,
    connect: () => connection.connect(),
    disconnect: () => connection.disconnect(),
    close() {
      outbox.abandon(new HubClientError('CLOSED', 'The client is closed'));
      connection.close();
    },
    async send(text, sendOptions = {}) {
      const clientMsgId = sendOptions.clientMsgId ?? newClientMsgId();
      const payload = validatePayload(widgetPayloads, 'message:send', { clientMsgId, text });
      if (payload.text.trim().length === 0) {
        throw new HubClientError('INVALID_PAYLOAD', 'Text must not be empty', 'message:send');
      }
      return outbox.enqueue({ clientMsgId, event: 'message:send', payload });
    },
    async setTyping(isTyping) {
      if (connection.state !== 'connected' || !conversationId) return;
      await connection
        .request('typing', validatePayload(widgetPayloads, 'typing', { isTyping }))
        .catch(() => undefined);
    },
    narrative(options = {}) {
      return connection.request<NarrativeResult>(
        'listing:narrative',
        validatePayload(widgetPayloads, 'listing:narrative', options),
      );
    },
    rate(rating, comment) {
      if (!conversationId)
        return Promise.reject(new HubClientError('NOT_FOUND', 'No conversation yet', 'satisfaction:rate'));
      const trimmed = comment?.trim();
      return connection.request<SatisfactionResult>(
        'satisfaction:rate',
        validatePayload(widgetPayloads, 'satisfaction:rate', {
          conversationId,
          rating,
          ...(trimmed ? { comment: trimmed } : {}),
        }),
      );
    },
    on: emitter.on,
    off: emitter.off,
    once: emitter.once,
  };
}
