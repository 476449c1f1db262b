import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSqliteStore, SCHEMA_VERSION } from '../../../src/store/sqlite/store.js';
import type { Store } from '../../../src/store/types.js';
import {
  makeConversation,
  makeFollowUp,
  makeMessage,
  OTHER_TENANT,
  T0,
  TENANT,
} from '../../contract/store/fixtures.js';

/**
 * The layout of version 1 files (before security issue 9): conversations, messages and follow-ups keyed by id
 * alone, and the search triggers that joined on it. Copied verbatim from the v1 schema, so this test opens a file
 * exactly as an existing installation has it.
 */
const V1_SCHEMA = `
CREATE TABLE leads (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, visitor_id TEXT, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE conversations (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, lead_id TEXT NOT NULL, status TEXT NOT NULL,
  updated_at TEXT NOT NULL, version INTEGER NOT NULL, last_seq INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX conversations_board ON conversations (tenant_id, status, updated_at);
CREATE TABLE messages (
  conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_msg_id TEXT, visibility TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_msg_id)
  WHERE client_msg_id IS NOT NULL;
CREATE TABLE followups (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, conversation_id TEXT NOT NULL, status TEXT NOT NULL,
  due_at INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER, attempts INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_fts USING fts5(
  tenant_id UNINDEXED, conversation_id UNINDEXED, kind UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_messages AFTER INSERT ON messages
WHEN json_extract(NEW.data, '$.text') IS NOT NULL AND json_extract(NEW.data, '$.text') != ''
BEGIN
  INSERT INTO search_fts (tenant_id, conversation_id, kind, body)
  SELECT tenant_id, id, 'message', json_extract(NEW.data, '$.text') FROM conversations WHERE id = NEW.conversation_id;
END;
CREATE TRIGGER search_lead_name_insert AFTER INSERT ON conversations
WHEN json_extract(NEW.data, '$.meta.leadName') IS NOT NULL
BEGIN
  INSERT INTO search_fts (tenant_id, conversation_id, kind, body)
  VALUES (NEW.tenant_id, NEW.id, 'lead', json_extract(NEW.data, '$.meta.leadName'));
END;
`;

function v1File(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-migrate-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'hub.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(V1_SCHEMA);
  const conversation = makeConversation({ id: 'conv-old', lastSeq: 2, meta: { leadName: 'Olga Ortiz' } });
  db.prepare(
    `INSERT INTO conversations (id, tenant_id, lead_id, status, updated_at, version, last_seq, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    'conv-old',
    TENANT,
    conversation.leadId,
    'open',
    conversation.updatedAt,
    0,
    2,
    JSON.stringify(conversation),
  );
  const insertMessage = db.prepare(
    'INSERT INTO messages (conversation_id, seq, client_msg_id, visibility, data) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [seq, text] of [
    [1, 'looking for a loft'],
    [2, 'with a terrace'],
  ] as const) {
    const { conversationId: _id, ...rest } = makeMessage('conv-old', { clientMsgId: `c-${seq}`, text });
    insertMessage.run('conv-old', seq, `c-${seq}`, 'everyone', JSON.stringify(rest));
  }
  const job = makeFollowUp('conv-old', { id: 'fu-old' });
  db.prepare(
    `INSERT INTO followups (id, tenant_id, conversation_id, status, due_at, attempts, data)
     VALUES (?, ?, ?, 'pending', ?, 0, ?)`,
  ).run('fu-old', TENANT, 'conv-old', T0, JSON.stringify({ step: job.step, payload: job.payload }));
  db.close();
  return file;
}

/**
 * The messages table of version 2 files: clustered by its key (WITHOUT ROWID). Copied verbatim from the v2 schema;
 * the other tables of a v2 file are those of the current schema.
 */
const V2_MESSAGES = `
CREATE TABLE messages (
  tenant_id TEXT NOT NULL, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_msg_id TEXT,
  visibility TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX messages_client_id ON messages (tenant_id, conversation_id, client_msg_id)
  WHERE client_msg_id IS NOT NULL;`;

/** A version 2 file with two tenants' conversations of one id, written by the current store and put back in v2 form. */
async function v2File(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-migrate-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'hub.db');
  const store = createSqliteStore({ file });
  for (const tenantId of [TENANT, OTHER_TENANT]) {
    await store.createConversation(makeConversation({ id: 'conv-v2', tenantId }));
    for (const text of ['looking for a loft', 'with a terrace', `only ${tenantId}`]) {
      await store.appendMessage(
        tenantId,
        makeMessage('conv-v2', { clientMsgId: `${tenantId}-${text}`, text }),
      );
    }
  }
  await store.close();
  const db = new Database(file);
  db.exec(`DROP INDEX messages_client_id; DROP INDEX messages_seq; ALTER TABLE messages RENAME TO messages_now;
    ${V2_MESSAGES}
    INSERT INTO messages SELECT tenant_id, conversation_id, seq, client_msg_id, visibility, data FROM messages_now;
    DROP TABLE messages_now;`);
  db.pragma('user_version = 2');
  db.close();
  return file;
}

/** The messages table's form and the columns of its unique indexes (by index name). */
function messagesLayout(db: Database.Database) {
  const { sql } = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'messages'")
    .get()!;
  const indexes = db
    .prepare<[], { name: string; unique: number }>(
      'SELECT name, "unique" FROM pragma_index_list(\'messages\')',
    )
    .all()
    .filter((index) => index.unique === 1)
    .map((index) => ({
      name: index.name,
      columns: db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
        .all(index.name)
        .map((column) => column.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { withoutRowid: /WITHOUT\s+ROWID/i.test(sql), indexes };
}

const V3_MESSAGES_LAYOUT = {
  withoutRowid: false,
  indexes: [
    { name: 'messages_client_id', columns: ['tenant_id', 'conversation_id', 'client_msg_id'] },
    { name: 'messages_seq', columns: ['tenant_id', 'conversation_id', 'seq'] },
  ],
};

function open(file: string): Store {
  const store = createSqliteStore({ file });
  onTestFinished(() => store.close());
  return store;
}

describe('SQLite migration to (tenant, id) keys', () => {
  it('rebuilds a version 1 file in place: every record kept, keys by tenant, search and triggers working', async () => {
    const file = v1File();
    const store = open(file);

    const conversation = await store.getConversation(TENANT, 'conv-old');
    expect(conversation?.lastSeq).toBe(2);
    expect(
      (await store.messagesAfter(TENANT, 'conv-old', 0)).map((m) => [m.seq, m.clientMsgId, m.text]),
    ).toEqual([
      [1, 'c-1', 'looking for a loft'],
      [2, 'c-2', 'with a terrace'],
    ]);
    expect(await store.listFollowUps(TENANT, 'conv-old')).toHaveLength(1);
    // The rows indexed before the migration are still found; new messages are indexed by the new trigger.
    expect((await store.searchConversations(TENANT, { text: 'loft' })).total).toBe(1);
    expect((await store.searchConversations(TENANT, { text: 'olga' })).total).toBe(1);
    const resend = await store.appendMessage(
      TENANT,
      makeMessage('conv-old', { clientMsgId: 'c-2', text: 'x' }),
    );
    expect([resend.duplicate, resend.message.seq]).toEqual([true, 2]);
    const third = await store.appendMessage(TENANT, makeMessage('conv-old', { text: 'near the river' }));
    expect(third.message.seq).toBe(3);
    expect((await store.searchConversations(TENANT, { text: 'river' })).total).toBe(1);

    // What version 1 refused: another tenant takes the same conversation, clientMsgId and follow-up ids.
    await store.createConversation(makeConversation({ id: 'conv-old', tenantId: OTHER_TENANT }));
    const other = await store.appendMessage(OTHER_TENANT, makeMessage('conv-old', { clientMsgId: 'c-1' }));
    expect([other.duplicate, other.message.seq]).toEqual([false, 1]);
    await store.scheduleFollowUps([makeFollowUp('conv-old', { id: 'fu-old', tenantId: OTHER_TENANT })]);
    expect(await store.listFollowUps(OTHER_TENANT, 'conv-old')).toHaveLength(1);
    expect((await store.searchConversations(OTHER_TENANT, { text: 'river' })).total).toBe(0);
    await store.close();

    const db = new Database(file, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const key = (table: string) =>
      db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
        .all(table)
        .map((column) => column.name);
    expect(key('conversations')).toEqual(['tenant_id', 'id']);
    expect(messagesLayout(db)).toEqual(V3_MESSAGES_LAYOUT);
    expect(key('followups')).toEqual(['tenant_id', 'id']);
  });

  it('opens a migrated file again unchanged; three stores opening one v1 file each see every record once', async () => {
    const file = v1File();
    const stores = [open(file), open(file), open(file)];
    const read = await Promise.all(stores.map((store) => store.messagesAfter(TENANT, 'conv-old', 0)));
    expect(read.map((messages) => messages.length)).toEqual([2, 2, 2]);
    for (const store of stores) await store.close();
    const again = open(file);
    expect((await again.getConversation(TENANT, 'conv-old'))?.lastSeq).toBe(2);
    expect((await again.searchConversations(TENANT, { text: 'terrace' })).total).toBe(1);
  });
});

describe('SQLite migration of messages to a plain table (version 3)', () => {
  it('rebuilds a version 2 file: every message kept per tenant, seq and clientMsgId still unique', async () => {
    const file = await v2File();
    const before = new Database(file, { readonly: true });
    expect(messagesLayout(before).withoutRowid).toBe(true);
    before.close();

    const store = open(file);
    for (const tenantId of [TENANT, OTHER_TENANT]) {
      expect((await store.messagesAfter(tenantId, 'conv-v2', 0)).map((m) => [m.seq, m.text])).toEqual([
        [1, 'looking for a loft'],
        [2, 'with a terrace'],
        [3, `only ${tenantId}`],
      ]);
      expect((await store.lastMessages(tenantId, 'conv-v2', 2)).map((m) => m.seq)).toEqual([2, 3]);
    }
    const resend = await store.appendMessage(
      TENANT,
      makeMessage('conv-v2', { clientMsgId: `${TENANT}-with a terrace`, text: 'x' }),
    );
    expect([resend.duplicate, resend.message.seq]).toEqual([true, 2]);
    const next = await store.appendMessage(OTHER_TENANT, makeMessage('conv-v2', { text: 'near the river' }));
    expect(next.message.seq).toBe(4);
    expect((await store.searchConversations(TENANT, { text: 'terrace' })).total).toBe(1);
    await store.close();

    const db = new Database(file, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(messagesLayout(db)).toEqual(V3_MESSAGES_LAYOUT);
    // The key is still enforced by the file, not only by the store's counter.
    expect(() =>
      db
        .prepare('INSERT INTO messages VALUES (?, ?, 1, NULL, ?, ?)')
        .run(TENANT, 'conv-v2', 'everyone', '{}'),
    ).toThrow();
  });
});

/** The columns of a table, in order. */
const columnsOf = (db: Database.Database, table: string) =>
  db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all(table)
    .map((column) => column.name);

describe('SQLite migration of conversation records to a table of their own (version 4)', () => {
  it('moves every record out of its conversations row, and the store reads and writes them as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-migrate-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'hub.db');
    const writer = createSqliteStore({ file });
    for (const tenantId of [TENANT, OTHER_TENANT]) {
      await writer.createConversation(
        makeConversation({ id: 'conv-v3', tenantId, meta: { leadName: `Olga ${tenantId}` } }),
      );
      await writer.appendMessage(tenantId, makeMessage('conv-v3', { clientMsgId: 'c-1', text: 'a loft' }));
    }
    const written = await Promise.all(
      [TENANT, OTHER_TENANT].map((tenantId) => writer.getConversation(tenantId, 'conv-v3')),
    );
    await writer.close();
    // Back to the version 3 form: the record in the conversations row, no conversation_data table.
    const v3 = new Database(file);
    v3.exec(`DROP VIEW conversation_rows;
      ALTER TABLE conversations ADD COLUMN data TEXT NOT NULL DEFAULT '';
      UPDATE conversations SET data = (SELECT d.data FROM conversation_data d
        WHERE d.tenant_id = conversations.tenant_id AND d.id = conversations.id);
      DROP TABLE conversation_data;`);
    v3.pragma('user_version = 3');
    v3.close();

    const store = open(file);
    expect(
      await Promise.all([TENANT, OTHER_TENANT].map((tenantId) => store.getConversation(tenantId, 'conv-v3'))),
    ).toEqual(written);
    const next = await store.appendMessage(TENANT, makeMessage('conv-v3', { text: 'near the river' }));
    expect(next.message.seq).toBe(2);
    expect((await store.getConversation(TENANT, 'conv-v3'))?.lastSeq).toBe(2);
    expect((await store.searchConversations(OTHER_TENANT, { text: `olga ${OTHER_TENANT}` })).total).toBe(1);
    const saved = await store.updateConversation(
      TENANT,
      'conv-v3',
      { status: 'closed' },
      written[0]!.version,
    );
    expect(saved?.status).toBe('closed');
    expect((await store.listConversations(TENANT, { statuses: ['closed'] })).map((c) => c.id)).toEqual([
      'conv-v3',
    ]);
    expect((await store.getConversation(OTHER_TENANT, 'conv-v3'))?.status).toBe(written[1]!.status);
    await store.close();

    const db = new Database(file, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(columnsOf(db, 'conversations')).not.toContain('data');
    expect(columnsOf(db, 'conversation_data')).toEqual(['tenant_id', 'id', 'data']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM conversation_data').get()).toEqual({ n: 2 });
  });
});

describe('SQLite outcome column (a typed meta field with its index)', () => {
  it('fills the column from the records of a file written before it, and the history filter reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-migrate-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'hub.db');
    const writer = createSqliteStore({ file });
    await writer.createConversation(
      makeConversation({ id: 'won', status: 'closed', meta: { lifecycle: { outcome: 'appointment_set' } } }),
    );
    await writer.createConversation(
      makeConversation({ id: 'spam', status: 'closed', meta: { lifecycle: { outcome: 'spam' } } }),
    );
    await writer.createConversation(makeConversation({ id: 'open' }));
    await writer.close();
    // Back to a file without the column (as every file before it).
    const old = new Database(file);
    old.exec('DROP INDEX conversations_outcome; ALTER TABLE conversations DROP COLUMN outcome;');
    old.close();

    const store = open(file);
    const found = await store.searchConversations(TENANT, { outcomes: ['appointment_set'] });
    expect(found.conversations.map((c) => c.id)).toEqual(['won']);
    const spam = await store.getConversation(TENANT, 'spam');
    await store.updateConversation(
      TENANT,
      'spam',
      { meta: { lifecycle: { outcome: 'not_a_fit' } } },
      spam!.version,
    );
    expect((await store.searchConversations(TENANT, { outcomes: ['spam'] })).total).toBe(0);
    expect((await store.searchConversations(TENANT, { outcomes: ['not_a_fit'] })).total).toBe(1);
    await store.close();

    const db = new Database(file, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.prepare('SELECT id, outcome FROM conversations ORDER BY id').all()).toEqual([
      { id: 'open', outcome: null },
      { id: 'spam', outcome: 'not_a_fit' },
      { id: 'won', outcome: 'appointment_set' },
    ]);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM conversations WHERE tenant_id = ? AND outcome IN ('spam')")
      .all(TENANT) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('conversations_outcome');
  });
});
