import type Database from 'better-sqlite3';
import { HubError } from '../../errors.js';

/**
 * Store methods after whose commit the write-ahead log is checkpointed and truncated: an erasure's deleted rows
 * live on in `hub.db-wal` (the pages as they were before) until the next checkpoint, in plain text for what is not
 * sealed (search words, staff notes), so erased would not mean gone.
 */
export const TRUNCATE_LOG_AFTER: ReadonlySet<string> = new Set(['eraseLead']);

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies every page of the log into the database file and truncates the log to zero bytes
 * (`PRAGMA wal_checkpoint(TRUNCATE)`). Runs outside a transaction. Throws UNAVAILABLE when readers of another
 * connection kept it from finishing: the erasure is stored, and asking for it again clears the log.
 */
export function truncateLog(db: Database.Database): void {
  if (db.memory) return;
  // Waits for other connections' readers up to the busy timeout (the store's thread waits with it: erasures are rare).
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointRow[];
  if (row?.busy === 0) return;
  throw new HubError(
    'UNAVAILABLE',
    'The erasure is stored, but the database log is still in use; ask for the erasure again shortly',
  );
}

/** Whether a committed batch holds a call that must not leave its old pages in the log. */
export function needsTruncatedLog(
  calls: readonly { method: string }[],
  outcomes: readonly { ok: boolean }[],
): boolean {
  return calls.some((call, index) => TRUNCATE_LOG_AFTER.has(call.method) && outcomes[index]?.ok === true);
}
