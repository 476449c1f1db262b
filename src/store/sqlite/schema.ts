import type Database from 'better-sqlite3';
import { handoffKeyOf } from '../handoff-key.js';

/** The SQLite layout of the core records (conversations, messages, follow-ups, leads, lookups) and its migrations. */

/**
 * Every record is keyed by (tenant, id): two tenants may hold the same conversation id, clientMsgId or follow-up id
 * without touching each other. SCHEMA_VERSION is kept in `PRAGMA user_version`; migrate() rebuilds the tables of an
 * older file:
 * - version 2: conversations, messages and follow-ups were keyed by id alone before it;
 * - version 3: messages were a table clustered by (tenant, conversation, seq) (WITHOUT ROWID) before it. Every
 *   conversation then grows at its own place in that tree, so an append split full pages of whole messages and a
 *   commit wrote about 2.6 pages of messages per append; as a plain table they go at its end, and only the two
 *   small indexes (seq and clientMsgId) are written where the conversation is;
 * - version 4: a conversation's record (`data`, 1 to 3 KB of sealed JSON) was a column of its conversations row
 *   before it. Every append rewrites that row for its counters (last_seq, last_lead_seq, updated_at), so each append
 *   rewrote the whole record and dirtied a page of its own; the record now has a table of its own
 *   (conversation_data), written only when the record changes, and the conversations row holds the few columns
 *   that appends, the board and the lead lookups use (about 130 bytes, some 30 to a page).
 */
export const SCHEMA_VERSION = 4;

/** The conversations table up to version 3, with the record in `data` (migrateKeys builds it for version 2). */
const CONVERSATIONS_V3_TABLE = (name: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, lead_id TEXT NOT NULL, status TEXT NOT NULL,
  updated_at TEXT NOT NULL, version INTEGER NOT NULL, last_seq INTEGER NOT NULL, data TEXT NOT NULL,
  last_lead_seq INTEGER NOT NULL DEFAULT 0, answered_seq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);`;
/** Its key, (tenant_id, conversation_id, seq), is the unique index messages_seq (SCHEMA). */
const MESSAGES_TABLE = (name: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  tenant_id TEXT NOT NULL, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_msg_id TEXT,
  visibility TEXT NOT NULL, data TEXT NOT NULL
);`;
const FOLLOWUPS_TABLE = (name: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, conversation_id TEXT NOT NULL, status TEXT NOT NULL,
  due_at INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER, attempts INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);`;

/** What appends, the board and the lead lookups read and write: the counters, status and keys (version 4). */
const CONVERSATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS conversations (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, lead_id TEXT NOT NULL, status TEXT NOT NULL,
  updated_at TEXT NOT NULL, version INTEGER NOT NULL, last_seq INTEGER NOT NULL,
  last_lead_seq INTEGER NOT NULL DEFAULT 0, answered_seq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);`;
/** The record of each conversation (sealed JSON), rewritten only when the record changes (version 4). */
const CONVERSATION_DATA_TABLE = `
CREATE TABLE IF NOT EXISTS conversation_data (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, visitor_id TEXT, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX IF NOT EXISTS leads_visitor ON leads (tenant_id, visitor_id);
${CONVERSATIONS_TABLE}
${CONVERSATION_DATA_TABLE}
-- A conversation as the store reads it: its row and its record (every read of a record goes through it).
CREATE VIEW IF NOT EXISTS conversation_rows AS
  SELECT c.tenant_id AS tenant_id, c.id AS id, c.lead_id AS lead_id, c.status AS status,
    c.updated_at AS updated_at, c.version AS version, c.last_seq AS last_seq, c.last_lead_seq AS last_lead_seq,
    c.answered_seq AS answered_seq, d.data AS data
  FROM conversations c JOIN conversation_data d ON d.tenant_id = c.tenant_id AND d.id = c.id;
CREATE INDEX IF NOT EXISTS conversations_board ON conversations (tenant_id, status, updated_at);
CREATE INDEX IF NOT EXISTS conversations_lead ON conversations (tenant_id, lead_id);
${MESSAGES_TABLE('messages')}
CREATE UNIQUE INDEX IF NOT EXISTS messages_seq ON messages (tenant_id, conversation_id, seq);
CREATE UNIQUE INDEX IF NOT EXISTS messages_client_id ON messages (tenant_id, conversation_id, client_msg_id)
  WHERE client_msg_id IS NOT NULL;
${FOLLOWUPS_TABLE('followups')}
CREATE INDEX IF NOT EXISTS followups_due ON followups (status, due_at);
CREATE INDEX IF NOT EXISTS followups_conversation ON followups (tenant_id, conversation_id);
-- Keyed hashes (HMAC) of each lead's phone and email: exact lookup without the plaintext (personal-data.ts).
CREATE TABLE IF NOT EXISTS lead_lookup (
  tenant_id TEXT NOT NULL, purpose TEXT NOT NULL, hash TEXT NOT NULL, lead_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, purpose, hash, lead_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lead_lookup_lead ON lead_lookup (tenant_id, lead_id);
-- Keyed hashes of the words of each conversation's lead name: history search by name (sqlite/workday.ts).
CREATE TABLE IF NOT EXISTS conversation_name_words (
  tenant_id TEXT NOT NULL, hash TEXT NOT NULL, conversation_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, hash, conversation_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS conversation_name_words_conversation
  ON conversation_name_words (tenant_id, conversation_id);
CREATE TABLE IF NOT EXISTS store_health (id INTEGER PRIMARY KEY, checked_at TEXT NOT NULL);
`;

export const tableExists = (db: Database.Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The position of `column` in the table's primary key (0 when it is not part of it, -1 when it is missing). */
function keyPosition(db: Database.Database, table: string, column: string): number {
  const row = db
    .prepare<[string, string], { pk: number }>('SELECT pk FROM pragma_table_info(?) WHERE name = ?')
    .get(table, column);
  return row ? row.pk : -1;
}

/**
 * Brings a file written before SCHEMA_VERSION to the current layout, in one IMMEDIATE transaction (another process
 * opening the file meanwhile waits, then finds the new layout). Dropping an old table drops its indexes and search
 * triggers; SCHEMA and the workday schema then create them again for the new layout. Idempotent: a file already
 * migrated is untouched.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    if ((db.pragma('user_version', { simple: true }) as number) >= SCHEMA_VERSION) return;
    migrateKeys(db);
    migrateMessageRows(db);
    migrateConversationData(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** Version 2: the tables keyed by id alone get (tenant, id) keys; messages take their tenant from their conversation. */
function migrateKeys(db: Database.Database): void {
  if (tableExists(db, 'conversations') && keyPosition(db, 'conversations', 'tenant_id') === 0) {
    addTurnColumns(db);
    db.exec(`${CONVERSATIONS_V3_TABLE('conversations_v2')}
      INSERT INTO conversations_v2
        (tenant_id, id, lead_id, status, updated_at, version, last_seq, data, last_lead_seq, answered_seq)
      SELECT tenant_id, id, lead_id, status, updated_at, version, last_seq, data, last_lead_seq, answered_seq
      FROM conversations;`);
    if (tableExists(db, 'messages') && keyPosition(db, 'messages', 'tenant_id') === -1) {
      db.exec(`${MESSAGES_TABLE('messages_v2')}
        INSERT INTO messages_v2 (tenant_id, conversation_id, seq, client_msg_id, visibility, data)
        SELECT c.tenant_id, m.conversation_id, m.seq, m.client_msg_id, m.visibility, m.data
        FROM messages m JOIN conversations c ON c.id = m.conversation_id
        ORDER BY c.tenant_id, m.conversation_id, m.seq;
        DROP TABLE messages;
        ALTER TABLE messages_v2 RENAME TO messages;`);
    }
    db.exec(`DROP TABLE conversations; ALTER TABLE conversations_v2 RENAME TO conversations;`);
  }
  if (tableExists(db, 'followups') && keyPosition(db, 'followups', 'tenant_id') === 0) {
    db.exec(`${FOLLOWUPS_TABLE('followups_v2')}
      INSERT INTO followups_v2
        (tenant_id, id, conversation_id, status, due_at, lease_owner, lease_until, attempts, data)
      SELECT tenant_id, id, conversation_id, status, due_at, lease_owner, lease_until, attempts, data
      FROM followups;
      DROP TABLE followups;
      ALTER TABLE followups_v2 RENAME TO followups;`);
  }
}

/** Version 3: messages move from a table clustered by their key (WITHOUT ROWID) to a plain table, in key order. */
function migrateMessageRows(db: Database.Database): void {
  const table = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'messages'")
    .get();
  if (!table || !/WITHOUT\s+ROWID/i.test(table.sql)) return;
  db.exec(`${MESSAGES_TABLE('messages_v3')}
    INSERT INTO messages_v3 (tenant_id, conversation_id, seq, client_msg_id, visibility, data)
    SELECT tenant_id, conversation_id, seq, client_msg_id, visibility, data FROM messages
    ORDER BY tenant_id, conversation_id, seq;
    DROP TABLE messages;
    ALTER TABLE messages_v3 RENAME TO messages;`);
}

/** Version 4: each conversation's record moves from its conversations row to conversation_data. */
function migrateConversationData(db: Database.Database): void {
  if (!tableExists(db, 'conversations') || keyPosition(db, 'conversations', 'data') === -1) return;
  addTurnColumns(db);
  // Search triggers of older layouts read conversations.data (the workday schema drops them too, after this).
  db.exec(`DROP TRIGGER IF EXISTS search_lead_name_insert; DROP TRIGGER IF EXISTS search_lead_name_update;
    ${CONVERSATION_DATA_TABLE}
    INSERT INTO conversation_data (tenant_id, id, data) SELECT tenant_id, id, data FROM conversations;
    ALTER TABLE conversations DROP COLUMN data;`);
}

/** Files created before the turn columns existed get them (SQLite adds a column with its default in place). */
const TURN_COLUMNS = {
  last_lead_seq: 'INTEGER NOT NULL DEFAULT 0',
  answered_seq: 'INTEGER NOT NULL DEFAULT 0',
} as const;

/**
 * The hand-off order (ConversationRecord.handoffKey) as a column of its own with its index, so the staff's lists
 * read the strongest waiting hand-offs first without opening every record. Added in place (NULL) to any file.
 */
export function addHandoffColumn(db: Database.Database): void {
  const present = db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all('conversations')
    .some((column) => column.name === 'handoff_key');
  if (!present) {
    // Rows written before it get the key of a record without one (storedHandoffKey): rank 0, since stateSince.
    db.exec(`ALTER TABLE conversations ADD COLUMN handoff_key TEXT;
      UPDATE conversations SET handoff_key = '${handoffKeyOf(0, '')}' || COALESCE((SELECT json_extract(d.data, '$.stateSince')
        FROM conversation_data d WHERE d.tenant_id = conversations.tenant_id AND d.id = conversations.id), '')
      WHERE handoff_key IS NULL;`);
  }
  db.exec(
    'CREATE INDEX IF NOT EXISTS conversations_handoffs ON conversations (tenant_id, status, handoff_key, id)',
  );
}

/**
 * How a closed conversation ended (ConversationRecord.meta.lifecycle.outcome) as a column of its own with its index,
 * so the history's outcome filter reads an index, not every record. Added in place to any file and filled from the
 * records once.
 */
export function addOutcomeColumn(db: Database.Database): void {
  const present = db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all('conversations')
    .some((column) => column.name === 'outcome');
  if (!present) {
    db.exec(`ALTER TABLE conversations ADD COLUMN outcome TEXT;
      UPDATE conversations SET outcome = (SELECT json_extract(d.data, '$.meta.lifecycle.outcome')
        FROM conversation_data d WHERE d.tenant_id = conversations.tenant_id AND d.id = conversations.id);`);
  }
  db.exec('CREATE INDEX IF NOT EXISTS conversations_outcome ON conversations (tenant_id, outcome)');
}

export function addTurnColumns(db: Database.Database): void {
  const present = new Set(
    db
      .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
      .all('conversations')
      .map((column) => column.name),
  );
  for (const [name, type] of Object.entries(TURN_COLUMNS)) {
    if (!present.has(name)) db.exec(`ALTER TABLE conversations ADD COLUMN ${name} ${type}`);
  }
}
