import type { ConversationRecord, LeadAppendResult } from '../types.js';

/**
 * A lead message's append answers with the conversation it went to (`LeadAppendResult.conversation`, 1 to 3 KB).
 * Between two turns the record does not change, only its counters, yet every append of a burst cloned it across
 * the thread twice (about 15 µs on each side). So the worker remembers which record text it last sent for each
 * conversation, and the main thread keeps that record: when it is the same text again, the reply carries only the
 * counters and the main thread puts the record back together.
 *
 * The two sides stay in step without talking about it: the worker changes its map only for a reply it sends, the
 * main thread makes the same change when it reads that reply, and replies arrive in the order they were sent.
 * Both evict the oldest entry at the same size, and both empty themselves on an erasure made by this process (an
 * erasure made by another process sharing the file is not seen here: its records leave as newer ones push them
 * out, like the worker's record memo). A reply that refers to a record the main thread does not hold (it would
 * take another bug) stops the worker: both sides start again empty (sqlite/host.ts).
 */

/** Set by the SQLite store on a record it read: the stored text it was opened from (never cloned or spread). */
export const STORED_TEXT: unique symbol = Symbol('stored record text');

/** The columns an append or a turn writes without rewriting the stored text (see parseConversation). */
type Columns = Pick<ConversationRecord, 'version' | 'lastSeq' | 'lastLeadSeq' | 'answeredSeq' | 'updatedAt'>;

/** What a reply says to the main thread's mirror. */
export type MirrorNote =
  /** `v.conversation` is whole: keep it under `k`. */
  | { k: string }
  /** `v.conversation` was left out: it is the record kept under `k`, with these columns. */
  | { k: string; c: Columns }
  /** `v.conversation` is whole but not from a stored text: forget what is kept under `k`. */
  | { k: string; drop: true }
  /** An erasure: forget everything. */
  | { clear: true };

/** The store methods whose answer is a LeadAppendResult (or null). */
const APPEND_METHODS: ReadonlySet<string> = new Set(['appendToOpenConversation']);

const DEFAULT_MAX_ENTRIES = 1_000;
/** A larger record is always sent whole (the worker's record memo does not keep it either). */
const MAX_TEXT_CHARS = 16_384;

const columnsOf = (record: ConversationRecord): Columns => ({
  version: record.version,
  lastSeq: record.lastSeq,
  lastLeadSeq: record.lastLeadSeq,
  answeredSeq: record.answeredSeq,
  updatedAt: record.updatedAt,
});

function remember<V>(map: Map<string, V>, key: string, value: V, maxEntries: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxEntries) map.delete(map.keys().next().value!);
}

/** The worker's side: which stored text the main thread holds for each conversation. */
export function createWorkerMirror(maxEntries = DEFAULT_MAX_ENTRIES) {
  const sent = new Map<string, string>();
  return {
    /** The value to send for a call's successful result, and the note for the main thread's mirror. */
    encode(handle: number, method: string, value: unknown): { v: unknown; m?: MirrorNote } {
      if (method === 'eraseLead') {
        sent.clear();
        return { v: value, m: { clear: true } };
      }
      if (!APPEND_METHODS.has(method) || value === null || typeof value !== 'object') return { v: value };
      const { conversation, ...rest } = value as LeadAppendResult;
      const text = (conversation as { [STORED_TEXT]?: string })[STORED_TEXT];
      const k = `${handle}\n${conversation.tenantId}\n${conversation.id}`;
      if (text === undefined || text.length > MAX_TEXT_CHARS) {
        sent.delete(k);
        return { v: value, m: { k, drop: true } };
      }
      if (sent.get(k) === text) return { v: rest, m: { k, c: columnsOf(conversation) } };
      remember(sent, k, text, maxEntries);
      return { v: value, m: { k } };
    },
  };
}

/** Freezes a JSON-shaped value and everything in it (records shared between readers). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The main thread's side: the records the worker knows it holds. */
export function createMainMirror(maxEntries = DEFAULT_MAX_ENTRIES) {
  const held = new Map<string, ConversationRecord>();
  return {
    /**
     * Applies a reply's note, in arrival order, and returns the value for the caller: a new top-level object whose
     * nested parts are shared and frozen. Throws when the worker referred to a record this side does not hold.
     */
    decode(value: unknown, note: MirrorNote): unknown {
      if ('clear' in note) {
        held.clear();
        return value;
      }
      const result = value as LeadAppendResult;
      if ('drop' in note) {
        held.delete(note.k);
        return value;
      }
      if (!('c' in note)) {
        remember(held, note.k, deepFreeze(result.conversation), maxEntries);
        return { ...result, conversation: { ...result.conversation } };
      }
      const record = held.get(note.k);
      if (!record) throw new Error(`the store worker referred to a record the main thread does not hold`);
      return { ...result, conversation: { ...record, ...note.c } };
    },
  };
}
