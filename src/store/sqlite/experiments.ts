import type Database from 'better-sqlite3';
import { HubError } from '../../errors.js';
import type { ExperimentRecord, ExperimentStore } from '../experiment-types.js';

/**
 * Experiment definitions on the store's SQLite connection (a new table: no schema version needed). The record is
 * the JSON in `data`; the partial unique index lets a tenant run one experiment at a time, atomically.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS experiments (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
  version INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS experiments_one_running ON experiments (tenant_id) WHERE status = 'running';
CREATE INDEX IF NOT EXISTS experiments_status ON experiments (status, tenant_id);
`;

const LIST_LIMIT = 200;
const RUNNING_LIMIT = 1_000;

/** A duplicate id, or a second running experiment of the tenant, is a typed CONFLICT. */
function conflictOr(error: unknown, experiment: ExperimentRecord): never {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    throw new HubError('CONFLICT', 'Experiment already exists', { cause: error });
  if (code?.startsWith('SQLITE_CONSTRAINT') && experiment.status === 'running')
    throw new HubError('CONFLICT', 'Another experiment of the tenant is running; stop it first', {
      cause: error,
    });
  throw error;
}

export function createExperimentSqlite(db: Database.Database): ExperimentStore {
  db.exec(SCHEMA);
  const sql = {
    insert: db.prepare(
      'INSERT INTO experiments (tenant_id, id, status, created_at, version, data) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    get: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM experiments WHERE tenant_id = ? AND id = ?',
    ),
    list: db.prepare<[string, number], { data: string }>(
      'SELECT data FROM experiments WHERE tenant_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    ),
    listByStatus: db.prepare<[string, string, number], { data: string }>(
      `SELECT data FROM experiments WHERE tenant_id = ? AND status = ?
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    running: db.prepare<[number], { data: string }>(
      "SELECT data FROM experiments WHERE status = 'running' ORDER BY tenant_id, id LIMIT ?",
    ),
    update: db.prepare(
      'UPDATE experiments SET status = ?, version = ?, data = ? WHERE tenant_id = ? AND id = ? AND version = ?',
    ),
  };
  const read = (row: { data: string } | undefined) =>
    row ? (JSON.parse(row.data) as ExperimentRecord) : null;

  return {
    async createExperiment(experiment) {
      try {
        sql.insert.run(
          experiment.tenantId,
          experiment.id,
          experiment.status,
          experiment.createdAt,
          experiment.version,
          JSON.stringify(experiment),
        );
      } catch (error) {
        conflictOr(error, experiment);
      }
      return experiment;
    },
    async getExperiment(tenantId, id) {
      return read(sql.get.get(tenantId, id));
    },
    async listExperiments(tenantId, query = {}) {
      const rows =
        query.status === undefined
          ? sql.list.all(tenantId, LIST_LIMIT)
          : sql.listByStatus.all(tenantId, query.status, LIST_LIMIT);
      return rows.map((row) => read(row)!);
    },
    async runningExperiments() {
      return sql.running.all(RUNNING_LIMIT).map((row) => read(row)!);
    },
    async updateExperiment(next, expectedVersion) {
      const stored: ExperimentRecord = { ...next, version: expectedVersion + 1 };
      try {
        const changed = sql.update.run(
          stored.status,
          stored.version,
          JSON.stringify(stored),
          stored.tenantId,
          stored.id,
          expectedVersion,
        ).changes;
        return changed === 1 ? stored : null;
      } catch (error) {
        conflictOr(error, stored);
      }
    },
  };
}
