import type { ConversationSummary, MessageView } from '../../src/protocol/index.js';
import type { ConnectionState } from './connection.js';
import type { Emitter } from './emitter.js';
import { HubClientError } from './errors.js';
import type { OutboxEntry } from './outbox.js';
import type { StaffClientEvents, StaffCore } from './staff-core.js';
import type { StreamView } from './streams.js';

/** What agent and supervisor clients have in common. */
export interface StaffClientBase {
  readonly state: ConnectionState;
  connect(): Promise<void>;
  disconnect(): void;
  close(): void;
  /** The transcript of a joined or monitored conversation, ordered by seq. */
  messages(conversationId: string): MessageView[];
  lastSeq(conversationId: string): number;
  /** Streams in flight (bot replies and coaching), optionally of one conversation. */
  streams(conversationId?: string): StreamView[];
  /** The latest summary received for a conversation. */
  conversation(conversationId: string): ConversationSummary | undefined;
  /** Every summary received (inbox, board, updates). */
  conversations(): ConversationSummary[];
  pending(): readonly OutboxEntry[];
  on: Emitter<StaffClientEvents>['on'];
  off: Emitter<StaffClientEvents>['off'];
  once: Emitter<StaffClientEvents>['once'];
}

export function staffBase(core: StaffCore): StaffClientBase {
  const { connection, emitter, transcript, assembler, summaries, outbox } = core;
  return {
    get state() {
      return connection.state;
    },
    connect: () => connection.connect(),
    disconnect: () => connection.disconnect(),
    close() {
      outbox.abandon(new HubClientError('CLOSED', 'The client is closed'));
      connection.close();
    },
    messages: (conversationId) => transcript.messages(conversationId),
    lastSeq: (conversationId) => transcript.lastSeq(conversationId),
    streams: (conversationId) => assembler.open(conversationId),
    conversation: (conversationId) => summaries.get(conversationId),
    conversations: () => [...summaries.values()],
    pending: () => outbox.entries,
    on: emitter.on,
    off: emitter.off,
    once: emitter.once,
  };
}
