import type Database from 'better-sqlite3';
import { HubError } from '../../errors.js';
import type { Tenant } from '../../tenants.js';
import type { PersonalDataCodec } from '../personal-data.js';
import {
  openTenantSecrets,
  sealTenantSecrets,
  validTenant,
  type TenantSettingsRecord,
  type TenantStore,
} from '../tenant-types.js';

/**
 * The tenants table, created in place on any file (a new table: no schema version needed). The settings are the
 * JSON in `data` with their secrets sealed; `version` is a column for the compare-and-set update.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS tenants (
  tenant_id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL, data TEXT NOT NULL
) WITHOUT ROWID;
`;

interface TenantRow {
  tenant_id: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  data: string;
}

/** Tenants and their settings on the store's SQLite connection (src/store/tenant-types.ts). */
export function createTenantSqlite(db: Database.Database, codec: PersonalDataCodec): TenantStore {
  db.exec(SCHEMA);
  const sql = {
    insert: db.prepare(
      `INSERT INTO tenants (tenant_id, version, created_at, updated_at, updated_by, data)
       VALUES (?, 1, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE tenant_id = ?'),
    list: db.prepare<[], TenantRow>('SELECT * FROM tenants ORDER BY tenant_id'),
    update: db.prepare(
      `UPDATE tenants SET version = version + 1, updated_at = ?, updated_by = ?, data = ?
       WHERE tenant_id = ? AND version = ?`,
    ),
  };
  const toRecord = (row: TenantRow): TenantSettingsRecord => ({
    tenantId: row.tenant_id,
    version: row.version,
    settings: openTenantSecrets(codec, JSON.parse(row.data) as Tenant),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  });
  const stored = (settings: Tenant) => JSON.stringify(sealTenantSecrets(codec, settings));

  return {
    async createTenant(input, at, by) {
      const settings = validTenant(input);
      try {
        sql.insert.run(settings.id, at, at, by, stored(settings));
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new HubError('CONFLICT', `Tenant ${settings.id} already exists`, { cause: error });
        }
        throw error;
      }
      return { tenantId: settings.id, version: 1, settings, createdAt: at, updatedAt: at, updatedBy: by };
    },
    async getTenant(tenantId) {
      const row = sql.get.get(tenantId);
      return row ? toRecord(row) : null;
    },
    async listTenants() {
      return sql.list.all().map(toRecord);
    },
    async updateTenant(tenantId, input, expectedVersion, at, by) {
      const settings = validTenant(input);
      if (settings.id !== tenantId) throw new HubError('INVALID_PAYLOAD', 'id: a tenant keeps its id');
      if (sql.update.run(at, by, stored(settings), tenantId, expectedVersion).changes !== 1) return null;
      const row = sql.get.get(tenantId);
      return row ? toRecord(row) : null;
    },
  };
}
