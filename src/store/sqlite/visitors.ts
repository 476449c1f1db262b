import type Database from 'better-sqlite3';
import { HubError } from '../../errors.js';
import type { IdentityLinkRecord, Store, VisitorSecretRecord } from '../types.js';

/** Tables of visitor secrets and identity links; created beside the main schema (additive, idempotent). */
export const VISITOR_SCHEMA = `
CREATE TABLE IF NOT EXISTS visitor_secrets (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, lead_id TEXT NOT NULL, secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS visitor_secrets_hash ON visitor_secrets (tenant_id, secret_hash);
CREATE INDEX IF NOT EXISTS visitor_secrets_lead ON visitor_secrets (tenant_id, lead_id);
CREATE TABLE IF NOT EXISTS identity_links (
  tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, lead_id TEXT NOT NULL, created_at TEXT NOT NULL,
  revoked_at TEXT,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX IF NOT EXISTS identity_links_lead ON identity_links (tenant_id, lead_id);
`;

/** Files written before identity links recorded revocations get the column (added in place, NULL). */
function addRevokedAtColumn(db: Database.Database): void {
  const columns = db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all('identity_links')
    .map((column) => column.name);
  if (!columns.includes('revoked_at')) db.exec('ALTER TABLE identity_links ADD COLUMN revoked_at TEXT');
}

interface SecretRow {
  tenant_id: string;
  id: string;
  lead_id: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}
interface IdentityRow {
  tenant_id: string;
  user_id: string;
  lead_id: string;
  created_at: string;
  revoked_at: string | null;
}

const toSecret = (row: SecretRow): VisitorSecretRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  leadId: row.lead_id,
  secretHash: row.secret_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
});
const toIdentity = (row: IdentityRow): IdentityLinkRecord => ({
  tenantId: row.tenant_id,
  userId: row.user_id,
  leadId: row.lead_id,
  createdAt: row.created_at,
  ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
});

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

export type VisitorRecords = Pick<
  Store,
  | 'createVisitorSecret'
  | 'findVisitorSecret'
  | 'getVisitorSecret'
  | 'touchVisitorSecret'
  | 'revokeVisitorSecrets'
  | 'linkIdentity'
  | 'findIdentity'
>;

/** The visitor-secret and identity-link part of the SQLite store, on an open database. */
export function createSqliteVisitorRecords(db: Database.Database): VisitorRecords {
  // The column before the schema: its index (created with the table) names it.
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'identity_links'").get())
    addRevokedAtColumn(db);
  db.exec(VISITOR_SCHEMA);
  const sql = {
    insertSecret: db.prepare(
      `INSERT INTO visitor_secrets (tenant_id, id, lead_id, secret_hash, created_at, expires_at, revoked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    secretByHash: db.prepare<[string, string], SecretRow>(
      'SELECT * FROM visitor_secrets WHERE tenant_id = ? AND secret_hash = ?',
    ),
    secretById: db.prepare<[string, string], SecretRow>(
      'SELECT * FROM visitor_secrets WHERE tenant_id = ? AND id = ?',
    ),
    touchSecret: db.prepare(
      `UPDATE visitor_secrets SET expires_at = MAX(expires_at, ?)
       WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL`,
    ),
    revokeSecrets: db.prepare(
      `UPDATE visitor_secrets SET revoked_at = ? WHERE tenant_id = ? AND lead_id = ? AND revoked_at IS NULL`,
    ),
    revokeIdentities: db.prepare(
      `UPDATE identity_links SET revoked_at = MAX(COALESCE(revoked_at, ''), ?) WHERE tenant_id = ? AND lead_id = ?`,
    ),
    insertIdentity: db.prepare(
      'INSERT INTO identity_links (tenant_id, user_id, lead_id, created_at, revoked_at) VALUES (?, ?, ?, ?, ?)',
    ),
    identity: db.prepare<[string, string], IdentityRow>(
      'SELECT * FROM identity_links WHERE tenant_id = ? AND user_id = ?',
    ),
  };
  return {
    async createVisitorSecret(record) {
      insertOrConflict(
        () =>
          sql.insertSecret.run(
            record.tenantId,
            record.id,
            record.leadId,
            record.secretHash,
            record.createdAt,
            record.expiresAt,
            record.revokedAt ?? null,
          ),
        'Visitor secret',
      );
      return record;
    },
    async findVisitorSecret(tenantId, secretHash) {
      const row = sql.secretByHash.get(tenantId, secretHash);
      return row ? toSecret(row) : null;
    },
    async getVisitorSecret(tenantId, id) {
      const row = sql.secretById.get(tenantId, id);
      return row ? toSecret(row) : null;
    },
    async touchVisitorSecret(tenantId, id, expiresAt) {
      return sql.touchSecret.run(expiresAt, tenantId, id).changes === 1;
    },
    async revokeVisitorSecrets(tenantId, leadId, revokedAt) {
      return db.transaction(() => {
        sql.revokeIdentities.run(revokedAt, tenantId, leadId);
        return sql.revokeSecrets.run(revokedAt, tenantId, leadId).changes;
      })();
    },
    async linkIdentity(record) {
      insertOrConflict(
        () =>
          sql.insertIdentity.run(
            record.tenantId,
            record.userId,
            record.leadId,
            record.createdAt,
            record.revokedAt ?? null,
          ),
        'Identity',
      );
      return record;
    },
    async findIdentity(tenantId, userId) {
      const row = sql.identity.get(tenantId, userId);
      return row ? toIdentity(row) : null;
    },
  };
}
