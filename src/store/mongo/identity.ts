import { type Connection, Schema } from 'mongoose';
import { HubError } from '../../errors.js';
import { StaffRole } from '../../protocol/common.js';
import { isDuplicateKey, toStoreError } from './errors.js';
import type { PersonalDataCodec } from '../personal-data.js';
import { openStaffMember, sealStaffMember } from '../sealed-records.js';
import type {
  AuditQuery,
  AuditRecord,
  IdentityStore,
  StaffMemberRecord,
  StaffSessionRecord,
} from '../identity-types.js';

/**
 * Staff sessions, the staff roster and the audit log in MongoDB. Each record is kept whole in `record` (plain
 * JSON, exact round trip) beside the fields that are queried or indexed; writes use the connection's majority
 * write concern. docs/MONGO.md lists the collections.
 */
const options = { strict: 'throw', minimize: false, versionKey: false, id: false } as const;
const { Mixed } = Schema.Types;

interface SessionDoc {
  id: string;
  tenantId: string;
  userId: string;
  record: StaffSessionRecord;
}
interface MemberDoc {
  tenantId: string;
  userId: string;
  name: string;
  record: StaffMemberRecord;
}
interface AuditDoc {
  tenantId: string;
  at: string;
  id: string;
  actorId?: string;
  action: string;
  targetId: string;
  record: AuditRecord;
}

const sessionSchema = new Schema<SessionDoc>(
  {
    id: { type: String, required: true },
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    record: { type: Mixed, required: true },
  },
  { ...options, collection: 'staff_sessions' },
);
sessionSchema.index({ id: 1 }, { unique: true });

const memberSchema = new Schema<MemberDoc>(
  {
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    name: { type: String, required: true },
    record: { type: Mixed, required: true },
  },
  { ...options, collection: 'staff_members' },
);
memberSchema.index({ tenantId: 1, userId: 1 }, { unique: true });
memberSchema.index({ tenantId: 1, name: 1 });

const auditSchema = new Schema<AuditDoc>(
  {
    tenantId: { type: String, required: true },
    at: { type: String, required: true },
    id: { type: String, required: true },
    actorId: String,
    action: { type: String, required: true },
    targetId: { type: String, required: true },
    record: { type: Mixed, required: true },
  },
  { ...options, collection: 'audit_log' },
);
auditSchema.index({ tenantId: 1, at: -1, id: -1 }, { unique: true });
auditSchema.index({ tenantId: 1, actorId: 1, at: -1 });
auditSchema.index({ tenantId: 1, targetId: 1, at: -1 });

const MAX_AUDIT_PAGE = 500;
const eq = <T>(value: T) => ({ $eq: value });
const roles = new Set<string>(StaffRole);

export interface IdentityMongo {
  store: IdentityStore;
  ensureIndexes(): Promise<void>;
}

export function createIdentityMongo(connection: Connection, codec: PersonalDataCodec): IdentityMongo {
  const sessions = connection.model<SessionDoc>('StaffSession', sessionSchema);
  const members = connection.model<MemberDoc>('StaffMember', memberSchema);
  const audit = connection.model<AuditDoc>('AuditEntry', auditSchema);

  async function guard<T>(action: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error, action);
    }
  }
  const opened = (doc: MemberDoc | null) => (doc ? openStaffMember(codec, doc.record) : null);
  const getMember = async (tenantId: string, userId: string) =>
    opened(await members.findOne({ tenantId: eq(tenantId), userId: eq(userId) }).lean<MemberDoc>());
  const writeMember = async (member: StaffMemberRecord) => {
    if (!roles.has(member.role)) throw new HubError('INVALID_PAYLOAD', 'Unknown role');
    await members.updateOne(
      { tenantId: eq(member.tenantId), userId: eq(member.userId) },
      { $set: { name: member.name, record: sealStaffMember(codec, member) } },
      { upsert: true },
    );
    return member;
  };

  const store: IdentityStore = {
    createStaffSession: (session) =>
      guard('session creation', async () => {
        try {
          await sessions.create([
            { id: session.id, tenantId: session.tenantId, userId: session.userId, record: session },
          ]);
        } catch (error) {
          if (isDuplicateKey(error))
            throw new HubError('CONFLICT', 'Session already exists', { cause: error });
          throw error;
        }
        return session;
      }),
    getStaffSession: (id) =>
      guard(
        'session read',
        async () => (await sessions.findOne({ id: eq(id) }).lean<SessionDoc>())?.record ?? null,
      ),
    revokeStaffSession: (id, at) =>
      guard('session revocation', async () => {
        const result = await sessions.updateOne(
          { id: eq(id), 'record.revokedAt': { $exists: false } },
          { $set: { 'record.revokedAt': at } },
        );
        return result.modifiedCount === 1;
      }),

    recordStaffSignIn: (signIn) =>
      guard('staff sign-in', async () => {
        const { at, ...fields } = signIn;
        // Created on first sign-in; a concurrent first sign-in of the same user loses the insert and updates.
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const current = await getMember(signIn.tenantId, signIn.userId);
          if (current) {
            return writeMember({
              ...current,
              name: fields.name,
              ...(fields.email === undefined ? {} : { email: fields.email }),
              role: current.roleSetBy === 'admin' ? current.role : fields.role,
              lastSignInAt: at,
              updatedAt: at,
            });
          }
          const created: StaffMemberRecord = {
            ...fields,
            roleSetBy: 'sign_in',
            active: true,
            lastSignInAt: at,
            createdAt: at,
            updatedAt: at,
          };
          try {
            await members.create([
              {
                tenantId: created.tenantId,
                userId: created.userId,
                name: created.name,
                record: sealStaffMember(codec, created),
              },
            ]);
            return created;
          } catch (error) {
            if (!isDuplicateKey(error)) throw error;
          }
        }
        throw new HubError('CONFLICT', 'Concurrent sign-ins; try again');
      }),
    getStaffMember: (tenantId, userId) => guard('staff read', () => getMember(tenantId, userId)),
    listStaffMembers: (tenantId) =>
      guard('staff list', async () => {
        const docs = await members
          .find({ tenantId: eq(tenantId) })
          .collation({ locale: 'en', strength: 2 })
          .sort({ name: 1, userId: 1 })
          .lean<MemberDoc[]>();
        return docs.map((doc) => openStaffMember(codec, doc.record));
      }),
    updateStaffMember: (tenantId, userId, patch) =>
      guard('staff update', async () => {
        const current = await getMember(tenantId, userId);
        if (!current) return null;
        return writeMember({
          ...current,
          ...patch,
          ...(patch.role === undefined ? {} : { roleSetBy: 'admin' as const }),
        });
      }),
    putStaffMember: (member) => guard('staff update', () => writeMember({ ...member, roleSetBy: 'admin' })),

    appendAudit: (entry) =>
      guard('audit append', async () => {
        await audit.create({
          tenantId: entry.tenantId,
          at: entry.at,
          id: entry.id,
          ...(entry.actor.userId === undefined ? {} : { actorId: entry.actor.userId }),
          action: entry.action,
          targetId: entry.target.id,
          record: entry,
        });
      }),
    listAudit: (tenantId, query: AuditQuery = {}) =>
      guard('audit list', async () => {
        const filter: Record<string, unknown> = { tenantId: eq(tenantId) };
        const at: Record<string, string> = {};
        if (query.from !== undefined) at.$gte = query.from;
        if (query.to !== undefined) at.$lte = query.to;
        if (Object.keys(at).length) filter.at = at;
        if (query.actorId !== undefined) filter.actorId = eq(query.actorId);
        if (query.action !== undefined) filter.action = eq(query.action);
        if (query.targetId !== undefined) filter.targetId = eq(query.targetId);
        if (query.before) {
          filter.$or = [
            { at: { $lt: query.before.at } },
            { at: eq(query.before.at), id: { $lt: query.before.id } },
          ];
        }
        const limit = Math.min(Math.max(query.limit ?? 50, 1), MAX_AUDIT_PAGE);
        const docs = await audit.find(filter).sort({ at: -1, id: -1 }).limit(limit).lean<AuditDoc[]>();
        return docs.map((doc) => doc.record);
      }),
  };

  return {
    store,
    async ensureIndexes() {
      await Promise.all([sessions.createIndexes(), members.createIndexes(), audit.createIndexes()]);
    },
  };
}
