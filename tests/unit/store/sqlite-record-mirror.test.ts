import { describe, expect, it } from 'vitest';
import {
  createMainMirror,
  createWorkerMirror,
  STORED_TEXT,
  type MirrorNote,
} from '../../../src/store/sqlite/record-mirror.js';
import type { ConversationRecord, LeadAppendResult } from '../../../src/store/types.js';
import { makeConversation, makeMessage, TENANT } from '../../contract/store/fixtures.js';
import { random } from '../../helpers/random.js';

/** A record as the SQLite store reads it: opened from a stored text, with the counters of its row. */
function readRecord(id: string, text: string, lastSeq: number): ConversationRecord {
  const record: ConversationRecord = {
    // Everything but the counters comes from the stored text.
    ...makeConversation({ id, leadId: `lead-of-${id}`, meta: { leadName: text } }),
    lastSeq,
    lastLeadSeq: lastSeq,
    answeredSeq: 0,
    version: 1,
    updatedAt: `2026-11-23T00:00:${String(lastSeq % 60).padStart(2, '0')}.000Z`,
  };
  return Object.defineProperty(record, STORED_TEXT, { value: text });
}

function appendResult(conversation: ConversationRecord, seq: number): LeadAppendResult {
  return {
    message: { ...makeMessage(conversation.id), seq },
    duplicate: false,
    conversation,
  };
}

/** What crosses the thread: a structured clone (symbols and freezing do not survive). */
const cross = <T>(value: T): T => structuredClone(value);

describe('the record mirror (an append reply leaves out a record the main thread holds)', () => {
  it('sends a record once, then only its counters, and puts the same record back together', () => {
    const worker = createWorkerMirror();
    const main = createMainMirror();
    const first = worker.encode(
      1,
      'appendToOpenConversation',
      appendResult(readRecord('c1', 'text-a', 1), 1),
    );
    expect((first.v as LeadAppendResult).conversation).toBeDefined();
    main.decode(cross(first.v), first.m!);

    const record = readRecord('c1', 'text-a', 2);
    const second = worker.encode(1, 'appendToOpenConversation', appendResult(record, 2));
    expect((second.v as Partial<LeadAppendResult>).conversation).toBeUndefined();
    const decoded = main.decode(cross(second.v), second.m!) as LeadAppendResult;
    expect(decoded.conversation).toEqual(cross(record));
    expect(decoded.message.seq).toBe(2);
    // Shared nested parts are frozen: a caller cannot change what the next append gets.
    expect(Object.isFrozen(decoded.conversation.meta)).toBe(true);
    expect(Object.isFrozen(decoded.conversation)).toBe(false);
  });

  it('sends the record again when its stored text changed (a turn rewrote it), never a stale one', () => {
    const worker = createWorkerMirror();
    const main = createMainMirror();
    const send = (record: ConversationRecord) => {
      const { v, m } = worker.encode(1, 'appendToOpenConversation', appendResult(record, record.lastSeq));
      return main.decode(cross(v), m!) as LeadAppendResult;
    };
    send(readRecord('c1', 'before the turn', 1));
    const after = readRecord('c1', 'after the turn', 2);
    expect(send(after).conversation).toEqual(cross(after));
    // A record that was not read from a stored text (a new conversation) is sent whole and not kept.
    const started = makeConversation({ id: 'c1' });
    const { v, m } = worker.encode(1, 'appendToOpenConversation', appendResult(started, 1));
    expect(m).toEqual({ k: `1\n${TENANT}\nc1`, drop: true });
    main.decode(cross(v), m!);
    const again = readRecord('c1', 'after the turn', 3);
    expect(send(again).conversation).toEqual(cross(again));
  });

  it('stays in step over thousands of appends with evictions, several stores and erasures', () => {
    const next = random(7);
    const worker = createWorkerMirror(8);
    const main = createMainMirror(8);
    const texts = new Map<string, number>();
    let refs = 0;
    for (let n = 1; n <= 5_000; n++) {
      const handle = 1 + Math.floor(next() * 2);
      const id = `c${Math.floor(next() * 20)}`;
      const roll = next();
      if (roll < 0.005) {
        const { v, m } = worker.encode(handle, 'eraseLead', { conversations: 1 });
        expect(main.decode(cross(v), m!)).toEqual({ conversations: 1 });
        continue;
      }
      // Now and then a turn rewrites the record (another stored text).
      const key = `${handle}/${id}`;
      if (roll < 0.1 || !texts.has(key)) texts.set(key, n);
      const record = readRecord(id, `${key} v${texts.get(key)}`, n);
      const encoded = worker.encode(handle, 'appendToOpenConversation', appendResult(record, n));
      if ((encoded.m as MirrorNote & { c?: unknown }).c) refs += 1;
      const decoded = main.decode(cross(encoded.v), encoded.m!) as LeadAppendResult;
      expect(decoded.conversation).toEqual(cross(record));
    }
    // Both sides evicted many times (40 conversations, room for 8), and still many replies left the record out.
    expect(refs).toBeGreaterThan(500);
  });

  it('always sends a large record whole, and neither side keeps it', () => {
    const worker = createWorkerMirror();
    const main = createMainMirror();
    const large = 'x'.repeat(20_000);
    for (const seq of [1, 2]) {
      const { v, m } = worker.encode(
        1,
        'appendToOpenConversation',
        appendResult(readRecord('c1', large, seq), seq),
      );
      expect(m).toMatchObject({ drop: true });
      expect((main.decode(cross(v), m!) as LeadAppendResult).conversation.lastSeq).toBe(seq);
    }
  });

  it('passes other methods, nulls and failures through untouched', () => {
    const worker = createWorkerMirror();
    expect(worker.encode(1, 'appendToOpenConversation', null)).toEqual({ v: null });
    expect(worker.encode(1, 'getConversation', { id: 'c1' })).toEqual({ v: { id: 'c1' } });
    expect(() => createMainMirror().decode({ message: {} }, { k: 'unknown', c: {} as never })).toThrow(
      /does not hold/,
    );
  });
});
