import type { MessageView } from '../../src/protocol/index.js';

export interface TranscriptOptions {
  /** Messages kept per conversation; older ones are dropped (their seqs still count as seen). Default 5,000. */
  maxMessagesPerConversation?: number;
}

interface ConversationLog {
  /** Every seq at or below the floor counts as seen (pruned, or restored without its messages). */
  floor: number;
  lastSeq: number;
  bySeq: Map<number, MessageView>;
}

/** Per-conversation message log: de-duplicates by seq, keeps them ordered, tracks the last seq for resume. */
export interface Transcript {
  /** Records the message; false when its seq was already seen (a replay overlap or a second delivery). */
  accept(message: MessageView): boolean;
  lastSeq(conversationId: string): number;
  /** Marks every seq up to `seq` as seen, with the cached messages to show (state restored after a reload). */
  restore(conversationId: string, seq: number, messages?: MessageView[]): void;
  messages(conversationId: string): MessageView[];
  conversations(): string[];
}

export function createTranscript(options: TranscriptOptions = {}): Transcript {
  const max = options.maxMessagesPerConversation ?? 5_000;
  const logs = new Map<string, ConversationLog>();

  const logOf = (conversationId: string): ConversationLog => {
    let log = logs.get(conversationId);
    if (!log) logs.set(conversationId, (log = { floor: 0, lastSeq: 0, bySeq: new Map() }));
    return log;
  };

  const prune = (log: ConversationLog) => {
    if (log.bySeq.size <= max) return;
    const seqs = [...log.bySeq.keys()].sort((a, b) => a - b);
    for (const seq of seqs.slice(0, log.bySeq.size - max)) {
      log.bySeq.delete(seq);
      log.floor = Math.max(log.floor, seq);
    }
  };

  return {
    accept(message) {
      const log = logOf(message.conversationId);
      if (message.seq <= log.floor || log.bySeq.has(message.seq)) return false;
      log.bySeq.set(message.seq, message);
      log.lastSeq = Math.max(log.lastSeq, message.seq);
      prune(log);
      return true;
    },
    lastSeq: (conversationId) => logs.get(conversationId)?.lastSeq ?? 0,
    restore(conversationId, seq, messages = []) {
      const log = logOf(conversationId);
      for (const message of messages) log.bySeq.set(message.seq, message);
      log.floor = Math.max(log.floor, seq);
      log.lastSeq = Math.max(log.lastSeq, seq, ...log.bySeq.keys());
      prune(log);
    },
    messages(conversationId) {
      const log = logs.get(conversationId);
      return log ? [...log.bySeq.values()].sort((a, b) => a.seq - b.seq) : [];
    },
    conversations: () => [...logs.keys()],
  };
}
