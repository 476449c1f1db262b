import { expect, it } from 'vitest';
import type { MessageRecord, NewMessage } from '../../../src/store/types.js';
import {
  awkwardJson,
  type ContractContext,
  expectHubError,
  iso,
  makeConversation,
  makeLead,
  makeMessage,
  OTHER_TENANT,
  range,
  seqs,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

/** Texts that stores and drivers like to mangle: emoji sequences, CJK, RTL, NFC vs NFD, quotes, controls. */
export const unicodeTexts = [
  'Hola, ¿cuántas recámaras? ñ',
  '家を買いたいです 🏠',
  'مرحبا، أريد شقة',
  '👩‍👩‍👧‍👦 family of four 👍🏽',
  'caf\u00e9 (NFC) vs cafe\u0301 (NFD)',
  'tab\there, newline\nthere, "quotes", \\backslash, \'single\'',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral plane 🀄',
];

export function messageContract(ctx: ContractContext): void {
  async function conversation(tenantId = TENANT): Promise<string> {
    const created = await ctx.store.createConversation(makeConversation({ tenantId }));
    return created.id;
  }
  const append = (conversationId: string, overrides: Partial<NewMessage> = {}) =>
    ctx.store.appendMessage(TENANT, makeMessage(conversationId, overrides));

  it('assigns seq 1, 2, 3 and returns the stored message', async () => {
    const id = await conversation();
    const first = makeMessage(id, { clientMsgId: uid('c'), text: 'one' });
    const result = await ctx.store.appendMessage(TENANT, first);
    expect(result).toStrictEqual({ message: { ...first, seq: 1 }, duplicate: false });
    expect((await append(id, { text: 'two' })).message.seq).toBe(2);
    expect((await append(id, { text: 'three' })).message.seq).toBe(3);
    expect((await ctx.store.getConversation(TENANT, id))?.lastSeq).toBe(3);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0))).toEqual([1, 2, 3]);
  });

  it('round-trips every message field exactly and keeps absent fields absent', async () => {
    const id = await conversation();
    const full: NewMessage = makeMessage(id, {
      clientMsgId: uid('c'),
      author: { type: 'agent', id: 'agent-1', name: 'Jorge Salas' },
      visibility: 'staff',
      kind: 'coaching',
      text: 'Ask about the pre-approval.',
      meta: awkwardJson,
    });
    const bare: NewMessage = makeMessage(id, { author: { type: 'bot' }, kind: 'event', text: '' });
    await ctx.store.appendMessage(TENANT, full);
    await ctx.store.appendMessage(TENANT, bare);
    const stored = await ctx.store.messagesAfter(TENANT, id, 0);
    expect(stored).toStrictEqual([
      { ...full, seq: 1 },
      { ...bare, seq: 2 },
    ]);
    expect(Object.keys(stored[1]!).sort()).toEqual([...Object.keys(bare), 'seq'].sort());
  });

  it('round-trips unicode text exactly (no normalization, no mangling)', async () => {
    const id = await conversation();
    for (const text of unicodeTexts) await append(id, { text, meta: { echo: text } });
    const stored = await ctx.store.messagesAfter(TENANT, id, 0);
    expect(stored.map((message) => message.text)).toStrictEqual(unicodeTexts);
    expect(stored.map((message) => message.meta?.echo)).toStrictEqual(unicodeTexts);
    expect(stored[4]!.text).not.toBe(stored[4]!.text.normalize('NFC'));
  });

  it('keeps 200 concurrent appends gapless: seq 1..200, each exactly once, lastSeq 200', async () => {
    const id = await conversation();
    const results = await Promise.all(
      range(1, 200).map((n) => append(id, { clientMsgId: `m-${n}`, text: `message ${n}` })),
    );
    expect(results.every((result) => !result.duplicate)).toBe(true);
    expect(seqs(results.map((result) => result.message)).sort((a, b) => a - b)).toEqual(range(1, 200));
    expect((await ctx.store.getConversation(TENANT, id))?.lastSeq).toBe(200);
    const stored = await ctx.store.messagesAfter(TENANT, id, 0);
    expect(seqs(stored)).toEqual(range(1, 200));
    const bySeq = new Map(results.map(({ message }) => [message.seq, message.text]));
    for (const message of stored) expect(message.text).toBe(bySeq.get(message.seq));
  });

  it('numbers each conversation on its own', async () => {
    const a = await conversation();
    const b = await conversation();
    const results = await Promise.all([append(a), append(b), append(a), append(b), append(a)]);
    expect(results.map((result) => result.message.seq).sort()).toEqual([1, 1, 2, 2, 3]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, a, 0))).toEqual([1, 2, 3]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, b, 0))).toEqual([1, 2]);
  });

  it('does not bump the conversation version when appending', async () => {
    const id = await conversation();
    const before = await ctx.store.getConversation(TENANT, id);
    await append(id);
    await append(id);
    const after = await ctx.store.getConversation(TENANT, id);
    expect(after?.version).toBe(before?.version);
    expect(
      await ctx.store.updateConversation(TENANT, id, { status: 'human' }, before!.version),
    ).not.toBeNull();
  });

  it('moves the conversation to the front of the board when a message arrives', async () => {
    const quiet = await ctx.store.createConversation(makeConversation({ updatedAt: iso(T0 + 1_000) }));
    const busy = await ctx.store.createConversation(makeConversation({ updatedAt: iso(T0 + 2_000) }));
    await append(quiet.id, { createdAt: iso(T0 + 10_000) });
    const listed = await ctx.store.listConversations(TENANT);
    expect(listed.map((c) => c.id)).toEqual([quiet.id, busy.id]);
  });

  it('keeps updatedAt consistent with the board order after an append', async () => {
    const quiet = await ctx.store.createConversation(makeConversation({ updatedAt: iso(T0 + 1_000) }));
    await ctx.store.createConversation(makeConversation({ updatedAt: iso(T0 + 2_000) }));
    const createdAt = iso(T0 + 10_000);
    await append(quiet.id, { createdAt });
    expect((await ctx.store.getConversation(TENANT, quiet.id))?.updatedAt).toBe(createdAt);
    const listed = await ctx.store.listConversations(TENANT);
    const times = listed.map((c) => Date.parse(c.updatedAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('returns the first message for a repeated clientMsgId and writes nothing new', async () => {
    const id = await conversation();
    const clientMsgId = uid('c');
    const first = await append(id, { clientMsgId, text: 'original' });
    const again = await append(id, { clientMsgId, text: 'resent with other text', kind: 'note' });
    expect(again).toStrictEqual({ message: first.message, duplicate: true });
    expect((await ctx.store.getConversation(TENANT, id))?.lastSeq).toBe(1);
    expect(await ctx.store.messagesAfter(TENANT, id, 0)).toStrictEqual([first.message]);
    expect((await append(id, { clientMsgId: uid('c') })).message.seq).toBe(2);
  });

  it('treats the same clientMsgId in another conversation as a different message', async () => {
    const a = await conversation();
    const b = await conversation();
    await append(a, { text: 'filler' });
    const clientMsgId = uid('c');
    const inA = await append(a, { clientMsgId, text: 'in a' });
    const inB = await append(b, { clientMsgId, text: 'in b' });
    expect(inA).toMatchObject({ duplicate: false, message: { seq: 2, text: 'in a' } });
    expect(inB).toMatchObject({ duplicate: false, message: { seq: 1, text: 'in b', conversationId: b } });
  });

  it('stores one message for concurrent sends of one clientMsgId and leaves no seq gap', async () => {
    const id = await conversation();
    const clientMsgId = uid('c');
    const results = await Promise.all(range(1, 12).map(() => append(id, { clientMsgId, text: 'retry' })));
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.message.seq))).toEqual(new Set([1]));
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0))).toEqual([1]);
    expect((await ctx.store.getConversation(TENANT, id))?.lastSeq).toBe(1);
    expect((await append(id, { text: 'next' })).message.seq).toBe(2);
  });

  it('never de-duplicates messages without a clientMsgId', async () => {
    const id = await conversation();
    const message = makeMessage(id, { text: 'same' });
    const results = [
      await ctx.store.appendMessage(TENANT, message),
      await ctx.store.appendMessage(TENANT, message),
    ];
    expect(results.map((result) => [result.message.seq, result.duplicate])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  it('refuses appends to an unknown conversation or from the wrong tenant with NOT_FOUND', async () => {
    const id = await conversation();
    await expectHubError(ctx.store.appendMessage(OTHER_TENANT, makeMessage(id)), 'NOT_FOUND');
    await expectHubError(ctx.store.appendMessage(TENANT, makeMessage(uid('missing'))), 'NOT_FOUND');
    expect(await ctx.store.messagesAfter(TENANT, id, 0)).toEqual([]);
    expect((await ctx.store.getConversation(TENANT, id))?.lastSeq).toBe(0);
  });

  it("appends a lead's message to the lead's open conversation, idempotent, and writes nothing without one", async () => {
    const leadId = uid('lead');
    const { conversationId: _, ...message } = makeMessage('', {
      clientMsgId: uid('c'),
      text: 'is it available?',
    });
    expect(await ctx.store.appendToOpenConversation(TENANT, leadId, message)).toBeNull();
    const closed = await ctx.store.createConversation(
      makeConversation({ leadId, status: 'closed', updatedAt: iso(T0 + 5_000) }),
    );
    expect(await ctx.store.appendToOpenConversation(TENANT, leadId, message)).toBeNull();
    const open = await ctx.store.createConversation(makeConversation({ leadId }));
    expect(await ctx.store.appendToOpenConversation(OTHER_TENANT, leadId, message)).toBeNull();

    const first = await ctx.store.appendToOpenConversation(TENANT, leadId, message);
    expect(first).toStrictEqual({
      message: { ...message, conversationId: open.id, seq: 1 },
      duplicate: false,
      conversation: open,
    });
    const again = await ctx.store.appendToOpenConversation(TENANT, leadId, message);
    expect(again).toMatchObject({
      message: { seq: 1 },
      duplicate: true,
      conversation: { id: open.id, lastSeq: 1 },
    });
    const next = await ctx.store.appendToOpenConversation(TENANT, leadId, {
      ...message,
      clientMsgId: uid('c'),
    });
    expect(next?.message.seq).toBe(2);
    expect(seqs(await ctx.store.messagesAfter(TENANT, open.id, 0))).toEqual([1, 2]);
    expect(await ctx.store.messagesAfter(TENANT, closed.id, 0)).toEqual([]);
    expect(await ctx.store.messagesAfter(OTHER_TENANT, open.id, 0)).toEqual([]);
  });

  it("starts a lead's conversation with its first message, titled with the lead's name; CONFLICT writes nothing", async () => {
    const lead = await ctx.store.createLead(makeLead({ name: 'María Núñez' }));
    const { conversationId: _, ...first } = makeMessage('', { clientMsgId: uid('c'), text: 'hola' });
    const input = makeConversation({ leadId: lead.id });
    const started = await ctx.store.appendToOpenConversation(TENANT, lead.id, first, input);
    expect(started?.started).toBe(true);
    expect(started?.duplicate).toBe(false);
    expect(started?.message).toStrictEqual({ ...first, conversationId: input.id, seq: 1 });
    expect(started?.conversation.meta).toStrictEqual({ ...input.meta, leadName: 'María Núñez' });
    const stored = await ctx.store.getConversation(TENANT, input.id);
    expect(stored).toMatchObject({ lastSeq: 1, lastLeadSeq: 1, meta: { leadName: 'María Núñez' } });
    expect(seqs(await ctx.store.messagesAfter(TENANT, input.id, 0))).toEqual([1]);
    // Its next messages find it open, with or without a conversation to start (which is then not started).
    const next = await ctx.store.appendToOpenConversation(TENANT, lead.id, {
      ...first,
      clientMsgId: uid('c'),
    });
    expect(next).toMatchObject({ message: { seq: 2 }, conversation: { id: input.id } });
    expect(next?.started).toBeFalsy();
    const another = makeConversation({ leadId: lead.id });
    const third = await ctx.store.appendToOpenConversation(
      TENANT,
      lead.id,
      { ...first, clientMsgId: uid('c') },
      another,
    );
    expect(third).toMatchObject({ message: { seq: 3 }, conversation: { id: input.id } });
    expect(third?.started).toBeFalsy();
    expect(await ctx.store.getConversation(TENANT, another.id)).toBeNull();

    // Its id taken (here: the lead's conversation, closed since): CONFLICT, nothing written.
    const current = await ctx.store.getConversation(TENANT, input.id);
    const closed = await ctx.store.updateConversation(
      TENANT,
      input.id,
      { status: 'closed' },
      current!.version,
    );
    expect(closed?.status).toBe('closed');
    await expectHubError(
      ctx.store.appendToOpenConversation(
        TENANT,
        lead.id,
        { ...first, text: 'again' },
        makeConversation({ id: input.id, leadId: lead.id }),
      ),
      'CONFLICT',
    );
    expect(seqs(await ctx.store.messagesAfter(TENANT, input.id, 0))).toEqual([1, 2, 3]);

    // Another lead's (or tenant's) conversation is never started from this lead's message.
    const stranger = makeConversation({ leadId: uid('lead') });
    await expectHubError(
      ctx.store.appendToOpenConversation(TENANT, lead.id, first, stranger),
      'INVALID_PAYLOAD',
    );
    await expectHubError(
      ctx.store.appendToOpenConversation(OTHER_TENANT, stranger.leadId, first, stranger),
      'INVALID_PAYLOAD',
    );
    expect(await ctx.store.getConversation(TENANT, stranger.id)).toBeNull();

    // A conversation that has its own title keeps it; a lead without a name leaves it untitled.
    const named = await ctx.store.createLead(makeLead({ name: 'María Núñez' }));
    const titled = makeConversation({ leadId: named.id, meta: { leadName: 'Maria N.' } });
    expect(
      (await ctx.store.appendToOpenConversation(TENANT, named.id, first, titled))?.conversation.meta,
    ).toStrictEqual(titled.meta);
    const anonymous = makeConversation({ leadId: uid('lead') });
    expect(
      (await ctx.store.appendToOpenConversation(TENANT, anonymous.leadId, first, anonymous))?.conversation
        .meta,
    ).toStrictEqual(anonymous.meta);
  });

  it('reads messages after a seq, in order, limited', async () => {
    const id = await conversation();
    for (const n of range(1, 6)) await append(id, { text: `m${n}` });
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 4))).toEqual([5, 6]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 6))).toEqual([]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 1, { limit: 3 }))).toEqual([2, 3, 4]);
    expect(await ctx.store.messagesAfter(TENANT, uid('missing'), 0)).toEqual([]);
  });

  it('filters messages by visibility', async () => {
    const id = await conversation();
    await append(id, { visibility: 'everyone', text: 'hi' });
    await append(id, { visibility: 'staff', kind: 'note', text: 'note' });
    await append(id, { visibility: 'everyone', text: 'bye' });
    const everyone = await ctx.store.messagesAfter(TENANT, id, 0, { visibility: ['everyone'] });
    expect(everyone.map((m) => [m.seq, m.text])).toEqual([
      [1, 'hi'],
      [3, 'bye'],
    ]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0, { visibility: ['staff'] }))).toEqual([2]);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0, { visibility: ['everyone', 'staff'] }))).toEqual(
      [1, 2, 3],
    );
  });

  it('applies the limit to the visible messages, not before filtering', async () => {
    const id = await conversation();
    for (const n of range(1, 3)) await append(id, { visibility: 'staff', kind: 'note', text: `note ${n}` });
    await append(id, { visibility: 'everyone', text: 'visible 1' });
    await append(id, { visibility: 'everyone', text: 'visible 2' });
    const page = await ctx.store.messagesAfter(TENANT, id, 0, { visibility: ['everyone'], limit: 2 });
    expect(page.map((m) => m.text)).toEqual(['visible 1', 'visible 2']);
  });

  it('returns at most 1,000 messages by default', async () => {
    const id = await conversation();
    for (const n of range(1, 1_003)) await append(id, { text: `m${n}` });
    const page = await ctx.store.messagesAfter(TENANT, id, 0);
    expect(page).toHaveLength(1_000);
    expect(page[0]!.seq).toBe(1);
    expect(page[999]!.seq).toBe(1_000);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 1_000))).toEqual([1_001, 1_002, 1_003]);
  });

  it('hides messages from the wrong tenant', async () => {
    const id = await conversation();
    const clientMsgId = uid('c');
    await append(id, { clientMsgId });
    expect(await ctx.store.messagesAfter(OTHER_TENANT, id, 0)).toEqual([]);
    expect(await ctx.store.lastMessages(OTHER_TENANT, id, 10)).toEqual([]);
    expect(await ctx.store.findMessageByClientId(OTHER_TENANT, id, clientMsgId)).toBeNull();
  });

  it('returns the last messages in seq order', async () => {
    const id = await conversation();
    for (const n of range(1, 5)) await append(id, { text: `m${n}` });
    const last = await ctx.store.lastMessages(TENANT, id, 2);
    expect(last.map((m) => [m.seq, m.text])).toEqual([
      [4, 'm4'],
      [5, 'm5'],
    ]);
    expect(seqs(await ctx.store.lastMessages(TENANT, id, 50))).toEqual([1, 2, 3, 4, 5]);
    expect(await ctx.store.lastMessages(TENANT, uid('missing'), 5)).toEqual([]);
  });

  it('finds a message by clientMsgId within its conversation', async () => {
    const a = await conversation();
    const b = await conversation();
    const clientMsgId = uid('c');
    await append(a, { text: 'before' });
    const { message } = await append(a, { clientMsgId, text: 'target', meta: { k: 'v' } });
    const found: MessageRecord | null = await ctx.store.findMessageByClientId(TENANT, a, clientMsgId);
    expect(found).toStrictEqual(message);
    expect(found?.seq).toBe(2);
    expect(await ctx.store.findMessageByClientId(TENANT, b, clientMsgId)).toBeNull();
    expect(await ctx.store.findMessageByClientId(TENANT, a, uid('c'))).toBeNull();
  });

  it('keeps messages of a conversation in another tenant apart', async () => {
    const mine = await conversation();
    const theirs = await conversation(OTHER_TENANT);
    await ctx.store.appendMessage(OTHER_TENANT, makeMessage(theirs, { text: 'theirs' }));
    await append(mine, { text: 'mine' });
    expect((await ctx.store.messagesAfter(TENANT, mine, 0)).map((m) => m.text)).toEqual(['mine']);
    expect((await ctx.store.messagesAfter(OTHER_TENANT, theirs, 0)).map((m) => m.text)).toEqual(['theirs']);
    expect(await ctx.store.messagesAfter(TENANT, theirs, 0)).toEqual([]);
  });
}
