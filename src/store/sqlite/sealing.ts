import type Database from 'better-sqlite3';

/**
 * Which sealing a SQLite file's rows follow (table `store_format`, row `sealed-fields`):
 * - 1 (or no row): names, contacts, message texts and the conversation's sealed meta were sealed; the lead's profile,
 *   the bot state and the close note were plain JSON, and the search index held the words in the clear;
 * - 2: those are sealed too, and the search index holds keyed hashes only (search-tokens.ts).
 */
export const SEALED_FIELDS_VERSION = 2;

export interface SealingSteps {
  /** Rewrites every lead and conversation with the current sealing (sqlite/store.ts sealLegacyRecords). */
  reseal(): void;
  /** The index body of a stored message row (its words as tokens), '' for none. */
  indexBody(row: { tenant_id: string; conversation_id: string; lead_id: string; data: string }): string;
}

/**
 * Brings an older file to SEALED_FIELDS_VERSION once, at open, in one IMMEDIATE transaction: the records are
 * sealed again, the search index is emptied and written again from the messages as tokens, its segments are merged
 * (so the old terms leave the file: secure_delete overwrites the freed pages), and the write-ahead log is
 * checkpointed and truncated so the old pages leave it too.
 */
export function sealStoredFields(db: Database.Database, steps: SealingSteps): void {
  db.exec('CREATE TABLE IF NOT EXISTS store_format (name TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const version = db
    .prepare<[], number>("SELECT version FROM store_format WHERE name = 'sealed-fields'")
    .pluck()
    .get();
  if ((version ?? 0) >= SEALED_FIELDS_VERSION) return;
  db.transaction(() => {
    steps.reseal();
    db.exec('DELETE FROM search_fts');
    const insert = db.prepare(
      "INSERT INTO search_fts (tenant_id, conversation_id, kind, body) VALUES (?, ?, 'message', ?)",
    );
    const rows = db
      .prepare<[], { tenant_id: string; conversation_id: string; lead_id: string; data: string }>(
        `SELECT m.tenant_id AS tenant_id, m.conversation_id AS conversation_id, c.lead_id AS lead_id, m.data AS data
         FROM messages m JOIN conversations c ON c.tenant_id = m.tenant_id AND c.id = m.conversation_id`,
      )
      .all();
    for (const row of rows) {
      const body = steps.indexBody(row);
      if (body !== '') insert.run(row.tenant_id, row.conversation_id, body);
    }
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
    db.prepare(
      "INSERT INTO store_format (name, version) VALUES ('sealed-fields', ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version",
    ).run(SEALED_FIELDS_VERSION);
  }).immediate();
  db.pragma('wal_checkpoint(TRUNCATE)');
}
