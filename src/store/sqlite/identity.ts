import type Database from 'better-sqlite3';
import type { PersonalDataCodec } from '../personal-data.js';
import { openStaffMember, sealStaffMember } from '../sealed-records.js';
import { HubError } from '../../errors.js';
import type {
  AuditQuery,
  AuditRecord,
  IdentityStore,
  StaffMemberRecord,
  StaffSessionRecord,
} from '../identity-types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS staff_sessions (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_members (
  tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE TABLE IF NOT EXISTS audit_log (
  tenant_id TEXT NOT NULL, at TEXT NOT NULL, id TEXT NOT NULL, actor_id TEXT, action TEXT NOT NULL,
  target_id TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, at, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS audit_actor ON audit_log (tenant_id, actor_id, at);
CREATE INDEX IF NOT EXISTS audit_target ON audit_log (tenant_id, target_id, at);
-- The audit log is append-only: the database refuses to change or remove an entry.
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

const MAX_AUDIT_PAGE = 500;

/** Staff sessions, the staff roster and the audit log on the store's SQLite connection. */
export function createIdentitySqlite(db: Database.Database, codec: PersonalDataCodec): IdentityStore {
  db.exec(SCHEMA);
  const sql = {
    insertSession: db.prepare(
      'INSERT INTO staff_sessions (id, tenant_id, user_id, data) VALUES (?, ?, ?, ?)',
    ),
    getSession: db.prepare<[string], { data: string }>('SELECT data FROM staff_sessions WHERE id = ?'),
    putSession: db.prepare('UPDATE staff_sessions SET data = ? WHERE id = ?'),
    getMember: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM staff_members WHERE tenant_id = ? AND user_id = ?',
    ),
    putMember: db.prepare(
      `INSERT INTO staff_members (tenant_id, user_id, name, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, user_id) DO UPDATE SET name = excluded.name, data = excluded.data`,
    ),
    listMembers: db.prepare<[string], { data: string }>(
      'SELECT data FROM staff_members WHERE tenant_id = ? ORDER BY name COLLATE NOCASE, user_id',
    ),
    insertAudit: db.prepare(
      `INSERT INTO audit_log (tenant_id, at, id, actor_id, action, target_id, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const writeMember = (member: StaffMemberRecord) => {
    sql.putMember.run(
      member.tenantId,
      member.userId,
      member.name,
      JSON.stringify(sealStaffMember(codec, member)),
    );
    return member;
  };
  const parseMember = (data: string) => openStaffMember(codec, JSON.parse(data) as StaffMemberRecord);
  const readMember = (tenantId: string, userId: string) => {
    const row = sql.getMember.get(tenantId, userId);
    return row ? parseMember(row.data) : null;
  };

  const revoke = db.transaction((id: string, at: string) => {
    const row = sql.getSession.get(id);
    if (!row) return false;
    const session = JSON.parse(row.data) as StaffSessionRecord;
    if (session.revokedAt !== undefined) return false;
    sql.putSession.run(JSON.stringify({ ...session, revokedAt: at }), id);
    return true;
  });

  const recordSignIn = db.transaction((signIn: Parameters<IdentityStore['recordStaffSignIn']>[0]) => {
    const current = readMember(signIn.tenantId, signIn.userId);
    const { at, ...fields } = signIn;
    const next: StaffMemberRecord = current
      ? {
          ...current,
          name: fields.name,
          ...(fields.email === undefined ? {} : { email: fields.email }),
          role: current.roleSetBy === 'admin' ? current.role : fields.role,
          lastSignInAt: at,
          updatedAt: at,
        }
      : { ...fields, roleSetBy: 'sign_in', active: true, lastSignInAt: at, createdAt: at, updatedAt: at };
    return writeMember(next);
  });

  const updateMember = db.transaction(
    (tenantId: string, userId: string, patch: Parameters<IdentityStore['updateStaffMember']>[2]) => {
      const current = readMember(tenantId, userId);
      if (!current) return null;
      return writeMember({
        ...current,
        ...patch,
        ...(patch.role === undefined ? {} : { roleSetBy: 'admin' as const }),
      });
    },
  );

  return {
    async createStaffSession(session) {
      try {
        sql.insertSession.run(session.id, session.tenantId, session.userId, JSON.stringify(session));
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new HubError('CONFLICT', 'Session already exists', { cause: error });
        }
        throw error;
      }
      return session;
    },
    async getStaffSession(id) {
      const row = sql.getSession.get(id);
      return row ? (JSON.parse(row.data) as StaffSessionRecord) : null;
    },
    async revokeStaffSession(id, at) {
      return revoke.immediate(id, at);
    },

    async recordStaffSignIn(signIn) {
      return recordSignIn.immediate(signIn);
    },
    async getStaffMember(tenantId, userId) {
      return readMember(tenantId, userId);
    },
    async listStaffMembers(tenantId) {
      return sql.listMembers.all(tenantId).map((row) => parseMember(row.data));
    },
    async updateStaffMember(tenantId, userId, patch) {
      return updateMember.immediate(tenantId, userId, patch);
    },
    async putStaffMember(member) {
      return writeMember({ ...member, roleSetBy: 'admin' });
    },

    async appendAudit(entry) {
      sql.insertAudit.run(
        entry.tenantId,
        entry.at,
        entry.id,
        entry.actor.userId ?? null,
        entry.action,
        entry.target.id,
        JSON.stringify(entry),
      );
    },
    async listAudit(tenantId, query: AuditQuery = {}) {
      const filters: string[] = [];
      const params: unknown[] = [tenantId];
      if (query.before) {
        filters.push('AND (at < ? OR (at = ? AND id < ?))');
        params.push(query.before.at, query.before.at, query.before.id);
      }
      if (query.actorId !== undefined) {
        filters.push('AND actor_id = ?');
        params.push(query.actorId);
      }
      if (query.action !== undefined) {
        filters.push('AND action = ?');
        params.push(query.action);
      }
      if (query.targetId !== undefined) {
        filters.push('AND target_id = ?');
        params.push(query.targetId);
      }
      if (query.from !== undefined) {
        filters.push('AND at >= ?');
        params.push(query.from);
      }
      if (query.to !== undefined) {
        filters.push('AND at <= ?');
        params.push(query.to);
      }
      const limit = Math.min(Math.max(query.limit ?? 50, 1), MAX_AUDIT_PAGE);
      return db
        .prepare<unknown[], { data: string }>(
          `SELECT data FROM audit_log WHERE tenant_id = ? ${filters.join(' ')} ORDER BY at DESC, id DESC LIMIT ?`,
        )
        .all(...params, limit)
        .map((row) => JSON.parse(row.data) as AuditRecord);
    },
  };
}
