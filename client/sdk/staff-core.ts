import type { z } from 'zod';
import type {
  BoardPresenceEvent,
  CallCaptionEvent,
  CallStatusEvent,
  ComplianceAlertEvent,
  ComplianceWarningEvent,
  ConversationSummary,
  HandoffRequestedEvent,
  JoinResult,
  MessageView,
  SendResult,
  ShutdownEvent,
  TypingEvent,
} from '../../src/protocol/index.js';
import {
  createConnection,
  type Connection,
  type ConnectionOptions,
  type ConnectionState,
} from './connection.js';
import { createEmitter, type Emitter } from './emitter.js';
import type { HubClientError } from './errors.js';
import { newClientMsgId } from './ids.js';
import { createOutbox, isOutboxEntries, type Outbox, type OutboxEntry } from './outbox.js';
import { replayConversation, validatePayload } from './replay.js';
import { readJson, type KeyValueStorage } from './storage.js';
import { settleStreamFor, wireStreamEvents } from './stream-events.js';
import { createStreamAssembler, type StreamAssembler, type StreamView } from './streams.js';
import { createTranscript, type Transcript } from './transcript.js';

export interface StaffClientOptions extends ConnectionOptions {
  /** Keeps the unsent outbox across reloads (default: memory only). */
  storage?: KeyValueStorage;
  storageKey?: string;
}

export type StaffClientEvents = {
  state: [ConnectionState];
  error: [HubClientError];
  shutdown: [ShutdownEvent];
  /** A new message of a joined/monitored conversation (never twice for one seq). */
  message: [MessageView];
  /** A whisper for the agents of a conversation (also delivered as a `message` of kind `whisper`). */
  whisper: [MessageView];
  /** A bot reply stream or a coaching/qualification stream changed. */
  stream: [StreamView];
  typing: [TypingEvent];
  /** A conversation summary changed (`conversation:updated`, `board:update`, join and claim results). */
  conversation: [ConversationSummary];
  /** A conversation left the supervisor board. */
  removed: [string];
  handoff: [HandoffRequestedEvent];
  /** Which conversations have live sockets on which hub node (`board:presence`, supervisors). */
  presence: [BoardPresenceEvent];
  compliance: [ComplianceAlertEvent];
  /** An agent's message was warned, blocked or sent after a compliance warning (`compliance:warning`, supervisors). */
  complianceWarning: [ComplianceWarningEvent];
  /** A live caption of a phone call (telephony feed): partial, or final and stored. */
  caption: [CallCaptionEvent];
  /** A phone call's transcript feed started or the call ended. */
  callStatus: [CallStatusEvent];
  sent: [OutboxEntry, SendResult];
  failed: [OutboxEntry, HubClientError];
  outbox: [readonly OutboxEntry[]];
};

export interface StaffCore {
  connection: Connection;
  emitter: Emitter<StaffClientEvents>;
  transcript: Transcript;
  assembler: StreamAssembler;
  outbox: Outbox;
  summaries: Map<string, ConversationSummary>;
  /** Conversations to re-join (with their last seq) after every reconnect. */
  joined: Set<string>;
  acceptSummary(summary: ConversationSummary): void;
  join(conversationId: string): Promise<JoinResult>;
  request<P extends Record<string, z.ZodType>, E extends keyof P & string, T>(
    schemas: P,
    event: E,
    payload: z.input<P[E]>,
  ): Promise<T>;
  post<P extends Record<string, z.ZodType>, E extends keyof P & string>(
    schemas: P,
    event: E,
    payload: Omit<z.input<P[E]>, 'clientMsgId'> & { clientMsgId?: string },
  ): Promise<SendResult>;
}

/** What /agent and /supervisor clients share: connection, transcripts, streams, summaries, outbox, re-join. */
export function createStaffCore(
  namespace: '/agent' | '/supervisor',
  joinEvent: 'conversation:join' | 'conversation:monitor',
  options: StaffClientOptions,
  onReconnected: () => Promise<void>,
): StaffCore {
  const emitter = createEmitter<StaffClientEvents>();
  const transcript = createTranscript();
  const assembler = createStreamAssembler();
  const summaries = new Map<string, ConversationSummary>();
  const joined = new Set<string>();
  const storageKey = options.storageKey ?? `jorge-hub:${namespace.slice(1)}:outbox`;

  /** Keeps the newer of two summaries of a conversation: an answer read before an update can arrive after it. */
  const acceptSummary = (summary: ConversationSummary) => {
    const known = summaries.get(summary.id);
    if (known && isOlder(summary, known)) return;
    summaries.set(summary.id, summary);
    emitter.emit('conversation', summary);
  };
  const acceptMessage = (message: MessageView) => {
    if (!transcript.accept(message)) return;
    const settled = settleStreamFor(assembler, message);
    if (settled) emitter.emit('stream', settled);
    emitter.emit('message', message);
    if (message.kind === 'whisper') emitter.emit('whisper', message);
  };

  const join = async (conversationId: string): Promise<JoinResult> => {
    joined.add(conversationId);
    const { first } = await replayConversation(
      (lastSeq) => connection.request<JoinResult>(joinEvent, { conversationId, lastSeq }),
      {
        conversationId,
        transcript,
        assembler,
        families: ['bot', 'coach'],
        sinks: { message: acceptMessage, stream: (view) => emitter.emit('stream', view) },
      },
    );
    acceptSummary(first.conversation);
    return first;
  };

  const connection = createConnection(namespace, options, {
    onState: (state) => emitter.emit('state', state),
    onError: (error) => emitter.emit('error', error),
    onShutdown: (notice) => emitter.emit('shutdown', notice),
    async onConnected() {
      // A few at a time: more than the hub's in-flight limit (HUB_SOCKET_MAX_IN_FLIGHT, 8) would be refused BUSY.
      const queue = [...joined];
      const rejoin = async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await join(next);
      };
      await Promise.all([rejoin(), rejoin(), rejoin(), rejoin()]);
      await onReconnected();
      void outbox.flush();
    },
  });

  const outbox = createOutbox(connection, {
    changed: (entries) => {
      options.storage?.set(storageKey, JSON.stringify(entries));
      emitter.emit('outbox', entries);
    },
    sent: (entry, result) => emitter.emit('sent', entry, result),
    failed: (entry, error) => {
      emitter.emit('failed', entry, error);
      emitter.emit('error', error);
    },
  });
  const restored = options.storage ? readJson(options.storage, storageKey, isOutboxEntries) : undefined;
  if (restored) outbox.restore(restored);

  const { socket } = connection;
  wireStreamEvents(socket, assembler, (view) => emitter.emit('stream', view), { coaching: true });
  socket.on('message', acceptMessage);
  socket.on('whisper', (message: MessageView) => acceptMessage({ ...message, kind: 'whisper' }));
  socket.on('typing', (event: TypingEvent) => emitter.emit('typing', event));
  socket.on('conversation:updated', acceptSummary);
  socket.on('board:update', acceptSummary);
  socket.on('board:remove', ({ conversationId }: { conversationId: string }) => {
    summaries.delete(conversationId);
    emitter.emit('removed', conversationId);
  });
  socket.on('handoff:requested', (event: HandoffRequestedEvent) => {
    acceptSummary(event.conversation);
    emitter.emit('handoff', event);
  });
  socket.on('board:presence', (event: BoardPresenceEvent) => emitter.emit('presence', event));
  socket.on('compliance:alert', (event: ComplianceAlertEvent) => emitter.emit('compliance', event));
  socket.on('compliance:warning', (event: ComplianceWarningEvent) =>
    emitter.emit('complianceWarning', event),
  );
  socket.on('call:caption', (event: CallCaptionEvent) => emitter.emit('caption', event));
  socket.on('call:status', (event: CallStatusEvent) => emitter.emit('callStatus', event));

  return {
    connection,
    emitter,
    transcript,
    assembler,
    outbox,
    summaries,
    joined,
    acceptSummary,
    join,
    async request(schemas, event, payload) {
      return connection.request(event, validatePayload(schemas, event, payload));
    },
    async post(schemas, event, payload) {
      const clientMsgId = payload.clientMsgId ?? newClientMsgId();
      const valid = validatePayload(schemas, event, { ...payload, clientMsgId }) as Record<string, unknown>;
      return outbox.enqueue({ clientMsgId, event, payload: { ...valid, clientMsgId } });
    },
  };
}

/** `a` was read before `b` (both are summaries of one conversation): a lower version, or a lower lastSeq at one version. */
export function isOlder(a: ConversationSummary, b: ConversationSummary): boolean {
  return a.version < b.version || (a.version === b.version && a.lastSeq < b.lastSeq);
}
