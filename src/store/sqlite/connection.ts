import { systemClock, type Clock } from '../../llm/clock.js';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { HubError } from '../../errors.js';
import { assertStartOf } from '../lead-start.js';
import { createSqliteVisitorRecords } from './visitors.js';
import { sqliteWorkday } from './workday.js';
import { createIdentitySqlite } from './identity.js';
import { commitTurnInOrder } from '../turn-write.js';
import { createConsentSqlite } from './consent.js';
import { createListingSqlite } from './listings.js';
import { createTenantSqlite } from './tenants.js';
import { createExperimentSqlite } from './experiments.js';
import { createSqliteEventLog, type DeferredRollups } from './analytics.js';
import {
  conversationChangeEvents,
  conversationStartedEvents,
  leadCreatedEvents,
  messageEvents,
} from '../../analytics/derive.js';
import { createOutboxSqlite } from './outbox.js';
import type { OutboxEvent } from '../outbox-types.js';
import { erasedConversation, erasedLead } from '../erasure.js';
import { createPersonalDataCodec, type DataKeySettings, type PersonalDataCodec } from '../personal-data.js';
import {
  indexWords,
  leadLookups,
  leadNameOf,
  nameWordHashes,
  openConversation,
  openLead,
  openMessage,
  sealConversation,
  sealLead,
  sealMessage,
  withoutNames,
} from '../sealed-records.js';
import {
  addHandoffColumn,
  addOutcomeColumn,
  addTurnColumns,
  migrate,
  SCHEMA,
  tableExists,
} from './schema.js';
import { storedHandoffKey } from '../handoff-key.js';
import { createSearchRows, type SearchRows } from './search-rows.js';
import { sealStoredFields } from './sealing.js';
import { createSearchTokenMemo, searchTokens } from '../search-tokens.js';
import { deepFreeze, STORED_TEXT } from './record-mirror.js';
import { isSqliteUnavailable, withUnavailableErrors } from '../unavailable.js';
import {
  isTurnMessage,
  withTurnFields,
  type AppendResult,
  type LeadAppendResult,
  type ConversationPatch,
  type ConversationRecord,
  type FollowUpJob,
  type LeadErasure,
  type LeadPatch,
  type LeadRecord,
  type ListConversationsQuery,
  type MessageRecord,
  type NewConversation,
  type NewMessage,
  type Store,
} from '../types.js';

export { SCHEMA_VERSION } from './schema.js';

interface ConversationRow {
  tenant_id: string;
  id: string;
  version: number;
  last_seq: number;
  last_lead_seq: number;
  answered_seq: number;
  updated_at: string;
  data: string;
}

const CONVERSATION_COLUMNS =
  'tenant_id, id, version, last_seq, last_lead_seq, answered_seq, updated_at, data';

interface FollowUpRow {
  id: string;
  tenant_id: string;
  conversation_id: string;
  status: FollowUpJob['status'];
  due_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  attempts: number;
  data: string;
}

/** Duplicate primary keys become a typed CONFLICT, which callers use for get-or-create races. */
function insertOrConflict(run: () => void, what: string): void {
  try {
    run();
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
      throw new HubError('CONFLICT', `${what} already exists`, { cause: error });
    }
    throw error;
  }
}

/**
 * A write of several statements, all or nothing. Inside a transaction (the store worker gives every call of a
 * group commit its own SAVEPOINT, and rolls the call back to it when it throws) it runs as part of it: a second,
 * nested savepoint per call cost about 6 µs of an append's 150. Alone it is its own IMMEDIATE transaction.
 * Callers never catch its errors to go on in the same transaction, so the enclosing savepoint always covers it.
 */
function writeTransaction<Args extends unknown[], Result>(
  db: Database.Database,
  write: (...args: Args) => Result,
): (...args: Args) => Result {
  const transaction = db.transaction(write);
  return (...args) => (db.inTransaction ? write(...args) : transaction.immediate(...args));
}

/**
 * The opened records read lately, one per conversation: every append reads its conversation's record, which changes
 * only with a turn, so most reads parse and open the text read before. An entry is used only when the stored text
 * read now is the one it was opened from (compared whole, so it can never be stale, whoever wrote the file); it is
 * kept by conversation, not by its text, because hashing a fresh 3 KB string as a map key cost about 4 µs per read.
 * Entries are deep-frozen (every reader builds new objects from them); bounded, and emptied when full, like the
 * sealed values' cache (personal-data.ts).
 */
function createRecordMemo(open: (data: string) => ConversationRecord, maxEntries = 2_000, maxChars = 16_384) {
  let records = new Map<string, { data: string; record: ConversationRecord }>();
  return {
    open(tenantId: string, id: string, data: string): ConversationRecord {
      const key = `${tenantId}\u0000${id}`;
      const known = records.get(key);
      if (known?.data === data) return known.record;
      const record = deepFreeze(open(data));
      if (data.length <= maxChars) {
        if (!known && records.size >= maxEntries) records = new Map();
        records.set(key, { data, record });
      } else if (known) records.delete(key);
      return record;
    },
    /** Forgets every record (an erasure: the plaintext of an erased lead's records leaves this memory too). */
    clear(): void {
      records = new Map();
    },
  };
}

function parseFollowUp(row: FollowUpRow): FollowUpJob {
  const job: FollowUpJob = {
    id: row.id,
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    step: (JSON.parse(row.data) as { step: number }).step,
    dueAt: new Date(row.due_at).toISOString(),
    status: row.status,
    attempts: row.attempts,
    payload: (JSON.parse(row.data) as { payload: Record<string, unknown> }).payload,
  };
  if (row.lease_owner !== null) job.leaseOwner = row.lease_owner;
  if (row.lease_until !== null) job.leaseUntil = new Date(row.lease_until).toISOString();
  return job;
}

export interface SqliteStoreOptions {
  /** Path of the database file; its folder is created when missing. */
  file: string;
  /** How long a writer waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
  /** 'full' (default) fsyncs the WAL on every commit, so an ack survives a power cut; 'normal' survives a crash. */
  synchronous?: 'full' | 'normal';
  /** Keys of the personal data at rest (personal-data.ts); default: the development keys. */
  dataKeys?: DataKeySettings;
  /**
   * The hub's clock: the times the store stamps (updatedAt, a consent's recordedAt). Default: the system clock. On
   * the store worker it is the time each call was made on the calling thread (sqlite/batch.ts createCallClock).
   */
  clock?: Clock;
  /**
   * A connection that only reads (the search worker's, sqlite/store.ts): once its statements are prepared, SQLite
   * refuses any write on it (`PRAGMA query_only`).
   */
  queryOnly?: boolean;
  /**
   * Benches only (bench/durable-server.ts `hub-no-events`): false leaves the lead events out of every write, the
   * same write path without them, to measure what they cost (issue 35). No hub setting sets it.
   */
  writeLeadEvents?: boolean;
}

/** One synchronous store on one better-sqlite3 connection, and the connection its transactions run on. */
export interface SqliteConnection {
  store: Store;
  db: Database.Database;
  /**
   * Throws HubError UNAVAILABLE when the file at the store's path is no longer the one this connection has open
   * (deleted, or replaced by another file): writes would go to a file nobody will read again. The worker calls
   * it before every batch; ping calls it too.
   */
  verifyFile(): void;
  /** Search rows of the appends of a group-commit batch, written at its end (see createSearchRows). */
  searchRows: SearchRows;
  /** The rollup writes of the lead events, deferred to the end of a batch (sqlite/analytics.ts DeferredRollups). */
  rollupWrites: DeferredRollups;
  /**
   * Prepares a batch's message texts before its appends run: seals them (PersonalDataCodec.sealAhead) and finds
   * their search words, which the appends then take.
   */
  prepareAppends(texts: readonly string[]): void;
  /** Forgets what was prepared and not taken (the batch is over). */
  dropPrepared(): void;
}

/** The device and inode of a path, or undefined when nothing is there. */
function fileIdentity(file: string): { dev: number; ino: number } | undefined {
  try {
    const { dev, ino } = statSync(file);
    return { dev, ino };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The embedded store's implementation: one SQLite file in WAL mode, safe to share between several hub processes.
 * Every call runs synchronously on the calling thread, so the hub never calls it directly: it lives inside the
 * store worker (sqlite/worker.ts), behind createSqliteStore (sqlite/store.ts), which runs the calls that arrive
 * together in one transaction (group commit). A method added here works through the worker with no extra wiring.
 */
export function openSqliteConnection({
  file,
  busyTimeoutMs = 5_000,
  synchronous = 'full',
  dataKeys,
  queryOnly = false,
  clock = systemClock,
  writeLeadEvents = true,
}: SqliteStoreOptions): SqliteConnection {
  const stamp = () => new Date(clock.now()).toISOString();
  const codec: PersonalDataCodec = createPersonalDataCodec(dataKeys);
  const searchTokenMemo = createSearchTokenMemo(codec);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // Deleted content is overwritten with zeros (an erased lead leaves nothing in free pages).
  db.pragma('secure_delete = ON');
  // The file this connection has open, identified by device and inode (a path can later name another file).
  const opened = file === ':memory:' ? undefined : fileIdentity(file);
  const verifyFile = () => {
    if (!opened) return;
    let now: { dev: number; ino: number } | undefined;
    try {
      now = fileIdentity(file);
    } catch (error) {
      throw new HubError('UNAVAILABLE', 'The store cannot check its database file; retry shortly', {
        cause: error,
      });
    }
    if (!now || now.dev !== opened.dev || now.ino !== opened.ino) {
      // The path is for the operator's logs (the cause), never for a client: the message names no file.
      throw new HubError('UNAVAILABLE', 'The store is unavailable; retry shortly', {
        cause: new Error(
          `The database file ${file} was ${now ? 'replaced' : 'deleted'} under the running hub; restart it`,
        ),
      });
    }
  };
  migrate(db);
  const sealedBefore = tableExists(db, 'lead_lookup');
  db.exec(SCHEMA);
  const visitors = createSqliteVisitorRecords(db);
  addTurnColumns(db);
  addHandoffColumn(db);
  addOutcomeColumn(db);
  // The lead event log: written inside the same transaction as each change it records (docs/ANALYTICS.md).
  const eventLog = createSqliteEventLog(db, { writeEvents: writeLeadEvents });
  // The CRM event outbox: `writeEvents` runs inside the transaction of the change that raised them.
  const { write: writeEvents, ...outbox } = createOutboxSqlite(db);

  const records = createRecordMemo((data) =>
    openConversation(codec, withTurnFields(JSON.parse(data) as NewConversation)),
  );
  /** The record of a row: its opened text, with the columns an append or a turn writes without rewriting it. */
  const parseConversation = (row: ConversationRow): ConversationRecord =>
    Object.defineProperty(
      {
        ...records.open(row.tenant_id, row.id, row.data),
        version: row.version,
        lastSeq: row.last_seq,
        lastLeadSeq: row.last_lead_seq,
        answeredSeq: row.answered_seq,
        updatedAt: row.updated_at,
      },
      // The text it was opened from (not enumerable: a copy or a changed record does not carry it).
      STORED_TEXT,
      { value: row.data },
    );
  // Before the statements below: it creates the search index they write to.
  const workday = sqliteWorkday(db, parseConversation, codec);
  const sql = {
    insertLead: db.prepare('INSERT INTO leads (tenant_id, id, visitor_id, data) VALUES (?, ?, ?, ?)'),
    getLead: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM leads WHERE tenant_id = ? AND id = ?',
    ),
    leadByVisitor: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM leads WHERE tenant_id = ? AND visitor_id = ? LIMIT 1',
    ),
    updateLead: db.prepare('UPDATE leads SET data = ?, visitor_id = ? WHERE tenant_id = ? AND id = ?'),
    insertConversation: db.prepare(
      `INSERT INTO conversations
       (tenant_id, id, lead_id, status, updated_at, version, last_seq, last_lead_seq, answered_seq, handoff_key,
        outcome)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertConversationData: db.prepare(
      'INSERT INTO conversation_data (tenant_id, id, data) VALUES (?, ?, ?)',
    ),
    getConversation: db.prepare<[string, string], ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversation_rows WHERE tenant_id = ? AND id = ?`,
    ),
    openForLead: db.prepare<[string, string], ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversation_rows
       WHERE tenant_id = ? AND lead_id = ? AND status != 'closed' ORDER BY updated_at DESC LIMIT 1`,
    ),
    conversationsForLead: db.prepare<[string, string, number], ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversation_rows WHERE tenant_id = ? AND lead_id = ?
       ORDER BY updated_at DESC, id LIMIT ?`,
    ),
    updateConversation: db.prepare(
      `UPDATE conversations SET status = ?, updated_at = ?, version = version + 1, answered_seq = ?,
       handoff_key = ?, outcome = ? WHERE tenant_id = ? AND id = ? AND version = ?`,
    ),
    updateConversationData: db.prepare(
      'UPDATE conversation_data SET data = ? WHERE tenant_id = ? AND id = ?',
    ),
    bumpSeq: db.prepare(
      `UPDATE conversations SET last_seq = ?, last_lead_seq = MAX(last_lead_seq, ?),
       updated_at = MAX(updated_at, ?) WHERE tenant_id = ? AND id = ?`,
    ),
    messageByClientId: db.prepare<[string, string, string], { seq: number; data: string }>(
      'SELECT seq, data FROM messages WHERE tenant_id = ? AND conversation_id = ? AND client_msg_id = ?',
    ),
    insertMessage: db.prepare(
      `INSERT INTO messages (tenant_id, conversation_id, seq, client_msg_id, visibility, data)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    messagesAfter: db.prepare<[string, string, number, number], { seq: number; data: string }>(
      'SELECT seq, data FROM messages WHERE tenant_id = ? AND conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    visibleMessagesAfter: db.prepare<[string, string, number, string, number], { seq: number; data: string }>(
      `SELECT seq, data FROM messages WHERE tenant_id = ? AND conversation_id = ? AND seq > ?
       AND visibility IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?`,
    ),
    lastMessages: db.prepare<[string, string, number], { seq: number; data: string }>(
      'SELECT seq, data FROM messages WHERE tenant_id = ? AND conversation_id = ? ORDER BY seq DESC LIMIT ?',
    ),
    insertFollowUp: db.prepare(
      `INSERT OR IGNORE INTO followups
       (tenant_id, id, conversation_id, status, due_at, lease_owner, lease_until, attempts, data)
       VALUES (?, ?, ?, ?, ?, NULL, NULL, 0, ?)`,
    ),
    cancelFollowUps: db.prepare(
      `UPDATE followups SET status = 'cancelled' WHERE tenant_id = ? AND conversation_id = ? AND status = 'pending'`,
    ),
    dueFollowUps: db.prepare<[number, number, number], { tenant_id: string; id: string }>(
      `SELECT tenant_id, id FROM followups WHERE status = 'pending' AND due_at <= ?
       AND (lease_until IS NULL OR lease_until <= ?) ORDER BY due_at LIMIT ?`,
    ),
    leaseFollowUp: db.prepare(
      `UPDATE followups SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
       WHERE tenant_id = ? AND id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until <= ?)`,
    ),
    getFollowUp: db.prepare<[string, string], FollowUpRow>(
      'SELECT * FROM followups WHERE tenant_id = ? AND id = ?',
    ),
    completeFollowUp: db.prepare(
      `UPDATE followups SET status = ?, lease_owner = NULL, lease_until = NULL
       WHERE tenant_id = ? AND id = ? AND lease_owner = ? AND status = 'pending'`,
    ),
    postponeFollowUp: db.prepare(
      `UPDATE followups SET due_at = ?, lease_owner = NULL, lease_until = NULL
       WHERE tenant_id = ? AND id = ? AND lease_owner = ? AND status = 'pending'`,
    ),
    health: db.prepare(
      'INSERT INTO store_health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
    ),
    listFollowUps: db.prepare<[string, string], FollowUpRow>(
      'SELECT * FROM followups WHERE tenant_id = ? AND conversation_id = ? ORDER BY due_at',
    ),
    deleteLookups: db.prepare('DELETE FROM lead_lookup WHERE tenant_id = ? AND lead_id = ?'),
    insertLookup: db.prepare(
      'INSERT OR IGNORE INTO lead_lookup (tenant_id, purpose, hash, lead_id) VALUES (?, ?, ?, ?)',
    ),
    leadsByLookup: db.prepare<[string, string, string], { data: string }>(
      `SELECT l.data AS data FROM lead_lookup k JOIN leads l ON l.tenant_id = k.tenant_id AND l.id = k.lead_id
       WHERE k.tenant_id = ? AND k.purpose = ? AND k.hash = ? ORDER BY json_extract(l.data, '$.updatedAt') DESC
       LIMIT 50`,
    ),
    deleteNameWords: db.prepare(
      'DELETE FROM conversation_name_words WHERE tenant_id = ? AND conversation_id = ?',
    ),
    insertNameWord: db.prepare(
      'INSERT OR IGNORE INTO conversation_name_words (tenant_id, hash, conversation_id) VALUES (?, ?, ?)',
    ),
    indexMessage: db.prepare(
      "INSERT INTO search_fts (tenant_id, conversation_id, kind, body) VALUES (?, ?, 'message', ?)",
    ),
    // Only the sealed name (an append strips it from the search row): not the whole lead, nor its other fields.
    leadName: db
      .prepare<[string, string], string | null>(
        "SELECT json_extract(data, '$.name') FROM leads WHERE tenant_id = ? AND id = ?",
      )
      .pluck(),
  };
  /** The search words of the texts of the batch being run (prepareAppends), so appends do not work them out. */
  let wordsAhead = new Map<string, string[]>();
  const searchRows = createSearchRows((tenantId, conversationId, body) =>
    sql.indexMessage.run(tenantId, conversationId, body),
  );

  const readLead = (data: string): LeadRecord => openLead(codec, JSON.parse(data) as LeadRecord);
  const leadNameIn = (tenantId: string, leadId: string): string | undefined => {
    const sealed = sql.leadName.get(tenantId, leadId);
    return typeof sealed === 'string' ? codec.open('lead.name', sealed) : undefined;
  };
  const writeLookups = (lead: LeadRecord) => {
    sql.deleteLookups.run(lead.tenantId, lead.id);
    for (const { purpose, hash } of leadLookups(codec, lead))
      sql.insertLookup.run(lead.tenantId, purpose, hash, lead.id);
  };
  const writeNameWords = (conversation: ConversationRecord) => {
    sql.deleteNameWords.run(conversation.tenantId, conversation.id);
    for (const hash of nameWordHashes(codec, conversation.tenantId, leadNameOf(conversation)))
      sql.insertNameWord.run(conversation.tenantId, hash, conversation.id);
  };
  const storedConversation = (conversation: ConversationRecord) =>
    JSON.stringify(sealConversation(codec, conversation));
  if (!sealedBefore) sealLegacyRecords();
  // Files written before the profile, bot state and close notes were sealed and the index hashed: once, at open.
  sealStoredFields(db, {
    reseal: sealLegacyRecords,
    indexBody: (row) => {
      const text = codec.open('message.text', (JSON.parse(row.data) as { text: string }).text);
      const words = withoutNames(indexWords(text), [leadNameIn(row.tenant_id, row.lead_id)]);
      return searchTokens(codec, row.tenant_id, words.split(' '), { prefixes: true });
    },
  });

  const erase = writeTransaction(
    db,
    (tenantId: string, leadId: string, at: string, events: OutboxEvent[]): LeadErasure | null => {
      const row = sql.getLead.get(tenantId, leadId);
      if (!row) return null;
      writeEvents(events);
      const lead = erasedLead(readLead(row.data), at);
      sql.updateLead.run(JSON.stringify(lead), null, tenantId, leadId);
      sql.deleteLookups.run(tenantId, leadId);
      const byLead = [tenantId, leadId] as const;
      const consents = db
        .prepare('DELETE FROM consents WHERE tenant_id = ? AND lead_id = ?')
        .run(...byLead).changes;
      db.prepare('DELETE FROM visitor_secrets WHERE tenant_id = ? AND lead_id = ?').run(...byLead);
      db.prepare('DELETE FROM identity_links WHERE tenant_id = ? AND lead_id = ?').run(...byLead);
      const erasure: LeadErasure = { conversations: 0, messages: 0, consents, followUpsCancelled: 0 };
      for (const conversationRow of sql.conversationsForLead.all(tenantId, leadId, Number.MAX_SAFE_INTEGER)) {
        const conversation = erasedConversation(parseConversation(conversationRow), at);
        const key = [tenantId, conversation.id] as const;
        db.prepare(
          `UPDATE conversations SET status = ?, updated_at = ?, version = ?, answered_seq = last_lead_seq,
           outcome = ? WHERE tenant_id = ? AND id = ?`,
        ).run(
          conversation.status,
          at,
          conversation.version,
          conversation.meta.lifecycle?.outcome ?? null,
          ...key,
        );
        sql.updateConversationData.run(storedConversation(conversation), ...key);
        erasure.messages += db
          .prepare('DELETE FROM messages WHERE tenant_id = ? AND conversation_id = ?')
          .run(...key).changes;
        db.prepare('DELETE FROM search_fts WHERE tenant_id = ? AND conversation_id = ?').run(...key);
        sql.deleteNameWords.run(...key);
        erasure.followUpsCancelled += sql.cancelFollowUps.run(...key).changes;
        db.prepare(
          `UPDATE followups SET data = json_set(data, '$.payload', json('{}')) WHERE tenant_id = ? AND conversation_id = ?`,
        ).run(...key);
        erasure.conversations += 1;
      }
      // Rebuild the search index's segments so the erased rows' terms leave the file too.
      db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
      return erasure;
    },
  );

  /**
   * A file written before personal data was sealed: its leads and conversations are sealed in place and their
   * lookup and name-word hashes written, once, in one transaction (messages keep the form they were written in).
   */
  function sealLegacyRecords(): void {
    db.transaction(() => {
      const leads = db.prepare<[], { data: string }>('SELECT data FROM leads').all();
      for (const row of leads) {
        const lead = readLead(row.data);
        sql.updateLead.run(
          JSON.stringify(sealLead(codec, lead)),
          lead.visitorId ?? null,
          lead.tenantId,
          lead.id,
        );
        writeLookups(lead);
      }
      const rows = db
        .prepare<[], ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversation_rows`)
        .all();
      for (const row of rows) {
        const conversation = parseConversation(row);
        sql.updateConversationData.run(
          storedConversation(conversation),
          conversation.tenantId,
          conversation.id,
        );
        writeNameWords(conversation);
      }
    }).immediate();
  }

  const toMessage = (conversationId: string, row: { seq: number; data: string }): MessageRecord =>
    openMessage(codec, {
      conversationId,
      seq: row.seq,
      ...(JSON.parse(row.data) as Omit<MessageRecord, 'conversationId' | 'seq'>),
    });

  const getConversationSync = (tenantId: string, id: string) => {
    const row = sql.getConversation.get(tenantId, id);
    return row ? parseConversation(row) : null;
  };

  /** Appends to a conversation read or created in this transaction (its record, with its stored last_seq). */
  const appendTo = (
    tenantId: string,
    conversation: ConversationRecord,
    message: NewMessage,
  ): AppendResult => {
    const seq = conversation.lastSeq + 1;
    const { conversationId, clientMsgId, visibility, ...rest } = sealMessage(codec, message);
    // The unique clientMsgId index finds a resend: one index probe per append instead of a lookup before it.
    const inserted = sql.insertMessage.run(
      tenantId,
      conversationId,
      seq,
      clientMsgId ?? null,
      visibility,
      JSON.stringify({ ...rest, visibility, ...(clientMsgId === undefined ? {} : { clientMsgId }) }),
    ).changes;
    if (inserted === 0) {
      const existing =
        clientMsgId === undefined
          ? undefined
          : sql.messageByClientId.get(tenantId, conversationId, clientMsgId);
      // Not a resend: seq itself was taken, which the write lock and last_seq rule out.
      if (!existing) throw new HubError('INTERNAL', `Message seq ${seq} is taken`);
      return { message: toMessage(conversationId, existing), duplicate: true };
    }
    const stored: MessageRecord = { ...message, seq };
    sql.bumpSeq.run(seq, isTurnMessage(message) ? seq : 0, message.createdAt, tenantId, conversationId);
    eventLog.record(messageEvents(conversation, stored));
    // The search index gets the words, without contact details or the lead's name (sealed-records.ts).
    // ...as keyed hashes of whole words and their prefixes (search-tokens.ts): no readable word in the index.
    const body = searchTokens(
      codec,
      tenantId,
      withoutNames(wordsAhead.get(message.text) ?? indexWords(message.text), [
        leadNameOf(conversation),
        leadNameIn(tenantId, conversation.leadId),
      ]).split(' '),
      { prefixes: true, memo: searchTokenMemo },
    );
    if (body !== '') searchRows.add(tenantId, conversationId, body);
    return { message: stored, duplicate: false };
  };
  const append = writeTransaction(db, (tenantId: string, message: NewMessage): AppendResult => {
    const row = sql.getConversation.get(tenantId, message.conversationId);
    if (!row) throw new HubError('NOT_FOUND', 'Conversation not found');
    return appendTo(tenantId, parseConversation(row), message);
  });
  /** A new conversation (CONFLICT when the id exists); call inside a transaction. */
  const insertConversation = (input: NewConversation): ConversationRecord => {
    const conversation = withTurnFields(input);
    insertOrConflict(
      () =>
        sql.insertConversation.run(
          conversation.tenantId,
          conversation.id,
          conversation.leadId,
          conversation.status,
          conversation.updatedAt,
          conversation.version,
          conversation.lastSeq,
          conversation.lastLeadSeq,
          conversation.answeredSeq,
          storedHandoffKey(conversation),
          conversation.meta.lifecycle?.outcome ?? null,
        ),
      'Conversation',
    );
    sql.insertConversationData.run(conversation.tenantId, conversation.id, storedConversation(conversation));
    writeNameWords(conversation);
    eventLog.record(conversationStartedEvents(conversation));
    return conversation;
  };
  const start = writeTransaction(
    db,
    (input: NewConversation, message: Omit<NewMessage, 'conversationId'>): LeadAppendResult => {
      const leadName = leadNameOf(input) ? undefined : leadNameIn(input.tenantId, input.leadId);
      const conversation = insertConversation(
        leadName ? { ...input, meta: { ...input.meta, leadName } } : input,
      );
      const appended = appendTo(conversation.tenantId, conversation, {
        ...message,
        conversationId: conversation.id,
      });
      return { ...appended, conversation, started: true };
    },
  );
  const appendToOpen = writeTransaction(
    db,
    (
      tenantId: string,
      leadId: string,
      message: Omit<NewMessage, 'conversationId'>,
      startInput?: NewConversation,
      startEvents: OutboxEvent[] = [],
    ): LeadAppendResult | null => {
      if (startInput) assertStartOf(tenantId, leadId, startInput);
      const row = sql.openForLead.get(tenantId, leadId);
      if (!row) {
        if (!startInput) return null;
        const started = start(startInput, message);
        writeEvents(startEvents);
        return started;
      }
      const conversation = parseConversation(row);
      const appended = appendTo(tenantId, conversation, { ...message, conversationId: conversation.id });
      return { ...appended, conversation };
    },
  );

  const updateLead = writeTransaction(
    db,
    (tenantId: string, id: string, patch: LeadPatch, events: OutboxEvent[] = []): LeadRecord | null => {
      const row = sql.getLead.get(tenantId, id);
      if (!row) return null;
      writeEvents(events);
      const next: LeadRecord = {
        ...readLead(row.data),
        ...patch,
        updatedAt: patch.updatedAt ?? stamp(),
      };
      // JSON drops keys set to undefined: a patch can remove a field, as in the Mongo adapter.
      const clean = JSON.parse(JSON.stringify(next)) as LeadRecord;
      sql.updateLead.run(JSON.stringify(sealLead(codec, clean)), clean.visitorId ?? null, tenantId, id);
      writeLookups(clean);
      return clean;
    },
  );

  /** Conversations in the hand-off order (ListConversationsQuery.byHandoff), through the handoff_key index. */
  const handoffPage = (
    tenantId: string,
    statuses: readonly string[],
    range: NonNullable<ListConversationsQuery['byHandoff']>,
    limit: number,
  ): ConversationRecord[] => {
    const filters = ['c.tenant_id = ?'];
    const params: unknown[] = [tenantId];
    if (statuses.length) {
      filters.push(`c.status IN (${statuses.map(() => '?').join(', ')})`);
      params.push(...statuses);
    }
    if (range.after) {
      filters.push('(c.handoff_key, c.id) > (?, ?)');
      params.push(String(range.after.key), String(range.after.id));
    }
    if (range.before) {
      filters.push('(c.handoff_key, c.id) < (?, ?)');
      params.push(String(range.before.key), String(range.before.id));
    }
    const order = range.last ? 'DESC' : 'ASC';
    return db
      .prepare<unknown[], ConversationRow>(
        `SELECT d.tenant_id AS tenant_id, d.id AS id, d.version AS version, d.last_seq AS last_seq, d.last_lead_seq AS last_lead_seq,
           d.answered_seq AS answered_seq, d.updated_at AS updated_at, d.data AS data
         FROM conversations c JOIN conversation_rows d ON d.tenant_id = c.tenant_id AND d.id = c.id
         WHERE ${filters.join(' AND ')} ORDER BY c.handoff_key ${order}, c.id ${order} LIMIT ?`,
      )
      .all(...params, limit)
      .map(parseConversation);
  };

  const update = writeTransaction(
    db,
    (
      tenantId: string,
      id: string,
      patch: ConversationPatch,
      expectedVersion: number,
      fence?: number,
      events: OutboxEvent[] = [],
    ) => {
      const current = getConversationSync(tenantId, id);
      if (!current) return null;
      if (current.version !== expectedVersion) return null;
      if (fence !== undefined && fence < current.fence) return null;
      const next: ConversationRecord = {
        ...current,
        ...patch,
        fence: Math.max(current.fence, fence ?? 0),
        updatedAt: stamp(),
        version: current.version + 1,
      };
      sql.updateConversation.run(
        next.status,
        next.updatedAt,
        next.answeredSeq,
        storedHandoffKey(next),
        next.meta.lifecycle?.outcome ?? null,
        tenantId,
        id,
        current.version,
      );
      sql.updateConversationData.run(storedConversation(next), tenantId, id);
      if (leadNameOf(next) !== leadNameOf(current)) writeNameWords(next);
      eventLog.record(conversationChangeEvents(current, next));
      writeEvents(events);
      return next;
    },
  );

  const claim = writeTransaction(db, (nowMs: number, owner: string, leaseMs: number, limit: number) => {
    const jobs: FollowUpJob[] = [];
    for (const { tenant_id: tenantId, id } of sql.dueFollowUps.all(nowMs, nowMs, limit)) {
      if (sql.leaseFollowUp.run(owner, nowMs + leaseMs, tenantId, id, nowMs).changes === 1) {
        const row = sql.getFollowUp.get(tenantId, id);
        if (row) jobs.push(parseFollowUp(row));
      }
    }
    return jobs;
  });

  const store: Store = {
    kind: 'sqlite',
    ...workday,
    // Staff sessions, roster and audit log (src/identity/).
    ...createIdentitySqlite(db, codec),
    // TCPA consent records (src/store/consent-types.ts).
    ...createConsentSqlite(db, clock),
    // The listing catalogue (src/store/listing-types.ts).
    ...createListingSqlite(db),
    // Tenants and their settings (src/store/tenant-types.ts).
    ...createTenantSqlite(db, codec),
    // Experiment definitions (src/store/experiment-types.ts).
    ...createExperimentSqlite(db),
    // The lead event log and its rollups (src/store/analytics-types.ts).
    appendLeadEvents: (events) => eventLog.appendLeadEvents(events),
    leadEvents: (tenantId, query) => eventLog.leadEvents(tenantId, query),
    rollups: (tenantId, query) => eventLog.rollups(tenantId, query),
    agentRollups: (tenantId, query) => eventLog.agentRollups(tenantId, query),
    // The CRM event outbox (src/store/outbox-types.ts).
    ...outbox,

    async createLead(lead) {
      db.transaction(() => {
        insertOrConflict(
          () =>
            sql.insertLead.run(
              lead.tenantId,
              lead.id,
              lead.visitorId ?? null,
              JSON.stringify(sealLead(codec, lead)),
            ),
          'Lead',
        );
        writeLookups(lead);
        eventLog.record(leadCreatedEvents(lead));
      })();
      return lead;
    },
    async getLead(tenantId, id) {
      const row = sql.getLead.get(tenantId, id);
      return row ? readLead(row.data) : null;
    },
    async findLeadByVisitor(tenantId, visitorId) {
      const row = sql.leadByVisitor.get(tenantId, visitorId);
      return row ? readLead(row.data) : null;
    },
    async findLeadsByContact(tenantId, kind, value) {
      if (kind !== 'phone' && kind !== 'email')
        throw new HubError('INVALID_PAYLOAD', 'Look leads up by phone or email');
      const hash = typeof value === 'string' ? codec.lookup(kind, tenantId, value) : null;
      if (!hash) return [];
      return sql.leadsByLookup.all(tenantId, kind, hash).map((row) => readLead(row.data));
    },
    async updateLead(tenantId, id, patch: LeadPatch, options = {}) {
      return updateLead(tenantId, id, patch, options.events);
    },

    async createConversation(input) {
      return db.transaction(insertConversation)(input);
    },
    async getConversation(tenantId, id) {
      return getConversationSync(tenantId, id);
    },
    async findOpenConversationForLead(tenantId, leadId) {
      const row = sql.openForLead.get(tenantId, leadId);
      return row ? parseConversation(row) : null;
    },
    async eraseLead(tenantId, leadId, at, options = {}) {
      const erasure = erase(tenantId, leadId, at, options.events ?? []);
      records.clear();
      return erasure;
    },
    async listConversationsForLead(tenantId, leadId, limit = 500) {
      return sql.conversationsForLead.all(tenantId, leadId, limit).map(parseConversation);
    },
    async listConversations(tenantId, query: ListConversationsQuery = {}) {
      const statuses = query.statuses ?? [];
      const filters: string[] = [];
      const params: unknown[] = [tenantId, ...statuses];
      if (statuses.length) filters.push(`AND status IN (${statuses.map(() => '?').join(', ')})`);
      if (query.updatedBefore !== undefined) {
        filters.push('AND updated_at <= ?');
        params.push(query.updatedBefore);
      }
      if (query.updatedAfter !== undefined) {
        filters.push('AND updated_at > ?');
        params.push(query.updatedAfter);
      }
      if (query.pendingTurn) filters.push('AND last_lead_seq > answered_seq');
      if (query.byHandoff) return handoffPage(tenantId, statuses, query.byHandoff, query.limit ?? 500);
      const direction = query.oldestFirst ? 'ASC' : 'DESC';
      if (query.after !== undefined) {
        filters.push(`AND (updated_at, id) ${query.oldestFirst ? '>' : '<'} (?, ?)`);
        params.push(String(query.after.updatedAt), String(query.after.id));
      }
      const rows = db
        .prepare<unknown[], ConversationRow>(
          `SELECT ${CONVERSATION_COLUMNS} FROM conversation_rows WHERE tenant_id = ? ${filters.join(' ')}
           ORDER BY updated_at ${direction}, id ${direction} LIMIT ?`,
        )
        .all(...params, query.limit ?? 500);
      return rows.map(parseConversation);
    },
    async updateConversation(tenantId, id, patch, expectedVersion, options = {}) {
      return update(tenantId, id, patch, expectedVersion, options.fence, options.events);
    },
    async commitTurn(tenantId, id, write) {
      // Its own savepoint, so that it is all or nothing even outside the worker's per-call savepoint.
      db.exec('SAVEPOINT turn_write');
      try {
        const saved = await commitTurnInOrder(store, tenantId, id, write);
        db.exec('RELEASE turn_write');
        return saved;
      } catch (error) {
        if (db.inTransaction) {
          db.exec('ROLLBACK TO turn_write');
          db.exec('RELEASE turn_write');
        }
        throw error;
      }
    },

    async appendMessage(tenantId, message) {
      return append(tenantId, message);
    },
    async appendToOpenConversation(tenantId, leadId, message, startInput, options = {}) {
      return appendToOpen(tenantId, leadId, message, startInput, options.startEvents);
    },
    // Messages are keyed by (tenant, conversation, seq): another tenant's conversation of the same id is not seen.
    async messagesAfter(tenantId, conversationId, afterSeq, options = {}) {
      const limit = options.limit ?? 1_000;
      const rows = options.visibility
        ? sql.visibleMessagesAfter.all(
            tenantId,
            conversationId,
            afterSeq,
            JSON.stringify(options.visibility),
            limit,
          )
        : sql.messagesAfter.all(tenantId, conversationId, afterSeq, limit);
      return rows.map((row) => toMessage(conversationId, row));
    },
    async lastMessages(tenantId, conversationId, count) {
      return sql.lastMessages
        .all(tenantId, conversationId, count)
        .reverse()
        .map((row) => toMessage(conversationId, row));
    },
    async findMessageByClientId(tenantId, conversationId, clientMsgId) {
      const row = sql.messageByClientId.get(tenantId, conversationId, clientMsgId);
      return row ? toMessage(conversationId, row) : null;
    },

    async scheduleFollowUps(jobs) {
      db.transaction(() => {
        for (const job of jobs) {
          sql.insertFollowUp.run(
            job.tenantId,
            job.id,
            job.conversationId,
            job.status,
            Date.parse(job.dueAt),
            JSON.stringify({ step: job.step, payload: job.payload }),
          );
        }
      })();
    },
    async cancelFollowUps(tenantId, conversationId) {
      return sql.cancelFollowUps.run(tenantId, conversationId).changes;
    },
    async claimDueFollowUps(now, owner, leaseMs, limit) {
      return claim(now.getTime(), owner, leaseMs, limit);
    },
    async completeFollowUp(tenantId, id, owner, status) {
      return sql.completeFollowUp.run(status, tenantId, id, owner).changes === 1;
    },
    async postponeFollowUp(tenantId, id, owner, dueAt) {
      return sql.postponeFollowUp.run(dueAt.getTime(), tenantId, id, owner).changes === 1;
    },
    async listFollowUps(tenantId, conversationId) {
      return sql.listFollowUps.all(tenantId, conversationId).map(parseFollowUp);
    },

    ...visitors,

    // Readiness: the open file is still the one on disk, and a write commits (the worker runs ping as a write).
    async ping() {
      verifyFile();
      sql.health.run(stamp());
    },
    async close() {
      if (db.open) db.close();
    },
  };
  if (queryOnly) db.pragma('query_only = ON');
  return {
    db,
    store: withUnavailableErrors(store, isSqliteUnavailable),
    verifyFile,
    searchRows,
    rollupWrites: eventLog.rollupWrites,
    prepareAppends(texts) {
      codec.sealAhead('message.text', texts);
      for (const text of texts) if (!wordsAhead.has(text)) wordsAhead.set(text, indexWords(text));
    },
    dropPrepared() {
      codec.dropSealedAhead();
      if (wordsAhead.size > 0) wordsAhead = new Map();
    },
  };
}
