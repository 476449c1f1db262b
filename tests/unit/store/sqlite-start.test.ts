import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteConnection, type SqliteConnection } from '../../../src/store/sqlite/connection.js';
import type { ConversationRecord, NewMessage } from '../../../src/store/types.js';
import { iso, makeConversation, makeMessage, T0, TENANT } from '../../contract/store/fixtures.js';

/**
 * A conversation started with its first message (appendToOpenConversation with a new conversation) stores the row a
 * create followed by an append stores, whatever the message's time and kind: the reference for any cheaper start
 * (session 41 tried inserting the row with the first message's counters instead of updating it after; not kept).
 */
describe('the SQLite start of a conversation with its first message', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function open(): SqliteConnection {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-start-'));
    const connection = openSqliteConnection({ file: join(dir, 'hub.db') });
    cleanups.push(() => {
      connection.db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return connection;
  }
  const rowOf = (connection: SqliteConnection, id: string) =>
    connection.db.prepare('SELECT * FROM conversations WHERE tenant_id = ? AND id = ?').get(TENANT, id);
  const indexed = (connection: SqliteConnection, id: string) =>
    connection.db
      .prepare('SELECT body FROM search_fts WHERE tenant_id = ? AND conversation_id = ?')
      .pluck()
      .all(TENANT, id);

  const cases: { name: string; conversation: Partial<ConversationRecord>; message: Partial<NewMessage> }[] = [
    { name: 'a lead text after the conversation time', conversation: {}, message: {} },
    { name: 'a message stamped before it', conversation: {}, message: { createdAt: iso(T0 - 5_000) } },
    { name: 'the same time', conversation: {}, message: { createdAt: iso(T0) } },
    { name: 'a staff-only note (no turn)', conversation: {}, message: { visibility: 'staff' } },
    {
      name: 'counters already set',
      conversation: { lastSeq: 4, lastLeadSeq: 9, answeredSeq: 2 },
      message: { author: { type: 'bot' } },
    },
    { name: 'a lead text after counters', conversation: { lastSeq: 4, lastLeadSeq: 2 }, message: {} },
  ];
  for (const { name, conversation: overrides, message: messageOverrides } of cases) {
    it(`stores the row a create and an append store: ${name}`, async () => {
      const started = open();
      const created = open();
      const conversation = makeConversation({ leadId: 'lead-1', ...overrides });
      const message = makeMessage(conversation.id, { clientMsgId: 'm1', ...messageOverrides });
      const { conversationId: _, ...first } = message;
      const result = await started.store.appendToOpenConversation(TENANT, 'lead-1', first, conversation);
      await created.store.createConversation(conversation);
      const appended = await created.store.appendMessage(TENANT, message);

      expect(rowOf(started, conversation.id)).toEqual(rowOf(created, conversation.id));
      expect(result).toMatchObject({ started: true, duplicate: false, message: appended.message });
      expect(result!.conversation).toEqual(conversation);
      const [read, readCreated] = await Promise.all([
        started.store.getConversation(TENANT, conversation.id),
        created.store.getConversation(TENANT, conversation.id),
      ]);
      expect(read).toEqual(readCreated);
      expect(read?.lastSeq).toBe(conversation.lastSeq + 1);
    });
  }

  it("leaves the lead's stored name out of the first message's search row, as an append does", async () => {
    const lead = {
      id: 'lead-1',
      tenantId: TENANT,
      name: 'Ximena Quartz',
      profile: {},
      temperature: 'cold' as const,
      optedOut: false,
      createdAt: iso(T0),
      updatedAt: iso(T0),
    };
    const [started, created] = [open(), open()];
    await started.store.createLead(lead);
    await created.store.createLead(lead);
    const conversation = makeConversation({ leadId: 'lead-1' });
    const message = makeMessage(conversation.id, { text: 'hello from ximena QUARTZ about the house' });
    const { conversationId: _, ...first } = message;
    const result = await started.store.appendToOpenConversation(TENANT, 'lead-1', first, conversation);
    expect(result?.conversation.meta.leadName).toBe('Ximena Quartz');
    // The other file: the conversation created without the name, the message appended (its own read of the name).
    await created.store.createConversation(conversation);
    await created.store.appendMessage(TENANT, message);
    // Both files share the dev keys, so equal words give equal tokens.
    const tokens = indexed(started, conversation.id);
    expect(tokens).toEqual(indexed(created, conversation.id));
    const [withoutName] = indexed(created, conversation.id);
    await created.store.appendMessage(TENANT, { ...message, text: 'hello from about the house' });
    expect(indexed(created, conversation.id)[1]).toBe(withoutName);
  });

  it('keeps the counters as inserted when its first message was stored before (a resend of an orphan row)', async () => {
    const connection = open();
    const conversation = makeConversation({ leadId: 'lead-1' });
    const message = makeMessage(conversation.id, { clientMsgId: 'm1', createdAt: iso(T0 + 60_000) });
    const { conversationId: _, ...first } = message;
    connection.db
      .prepare(
        `INSERT INTO messages (tenant_id, conversation_id, seq, client_msg_id, visibility, data)
         VALUES (?, ?, 7, 'm1', 'everyone', ?)`,
      )
      .run(TENANT, conversation.id, JSON.stringify({ author: { type: 'lead' }, kind: 'text', text: 'hi' }));
    const result = await connection.store.appendToOpenConversation(TENANT, 'lead-1', first, conversation);
    expect(result).toMatchObject({ started: true, duplicate: true, message: { seq: 7 } });
    expect(rowOf(connection, conversation.id)).toMatchObject({
      last_seq: 0,
      last_lead_seq: 0,
      updated_at: conversation.updatedAt,
    });
  });
});
