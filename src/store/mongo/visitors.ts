import { type Connection, type Model, Schema } from 'mongoose';
import { guard, insertOrConflict } from './errors.js';
import type { IdentityLinkRecord, Store, VisitorSecretRecord } from '../types.js';

/** Visitor secrets (hash only) and identity links; every document keyed by (tenantId, ...) with unique indexes. */
const options = { strict: 'throw', minimize: false, versionKey: false, id: false } as const;

export const visitorSecretSchema = new Schema<VisitorSecretRecord>(
  {
    id: { type: String, required: true },
    tenantId: { type: String, required: true },
    leadId: { type: String, required: true },
    secretHash: { type: String, required: true },
    createdAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
    revokedAt: String,
  },
  { ...options, collection: 'visitor_secrets' },
);
visitorSecretSchema.index({ tenantId: 1, id: 1 }, { unique: true });
visitorSecretSchema.index({ tenantId: 1, secretHash: 1 }, { unique: true });
visitorSecretSchema.index({ tenantId: 1, leadId: 1 });

export const identityLinkSchema = new Schema<IdentityLinkRecord>(
  {
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    leadId: { type: String, required: true },
    createdAt: { type: String, required: true },
    revokedAt: String,
  },
  { ...options, collection: 'identity_links' },
);
identityLinkSchema.index({ tenantId: 1, userId: 1 }, { unique: true });
identityLinkSchema.index({ tenantId: 1, leadId: 1 });

export interface VisitorModels {
  visitorSecrets: Model<VisitorSecretRecord>;
  identityLinks: Model<IdentityLinkRecord>;
}

export function createVisitorModels(connection: Connection): VisitorModels {
  return {
    visitorSecrets: connection.model<VisitorSecretRecord>('VisitorSecret', visitorSecretSchema),
    identityLinks: connection.model<IdentityLinkRecord>('IdentityLink', identityLinkSchema),
  };
}

const eq = <T>(value: T) => ({ $eq: value });
const strip = <T extends object>(doc: T & { _id?: unknown }): T => {
  const { _id: _ignored, ...rest } = doc;
  return rest as T;
};

export function createMongoVisitorRecords(
  models: VisitorModels,
): Pick<
  Store,
  | 'createVisitorSecret'
  | 'findVisitorSecret'
  | 'getVisitorSecret'
  | 'touchVisitorSecret'
  | 'revokeVisitorSecrets'
  | 'linkIdentity'
  | 'findIdentity'
> {
  const { visitorSecrets, identityLinks } = models;
  return {
    createVisitorSecret: (record) =>
      guard('visitor secret', async () => {
        await insertOrConflict('Visitor secret', () => visitorSecrets.create(record));
        return record;
      }),
    findVisitorSecret: (tenantId, secretHash) =>
      guard('visitor secret lookup', async () => {
        const doc = await visitorSecrets
          .findOne({ tenantId: eq(tenantId), secretHash: eq(secretHash) })
          .lean<VisitorSecretRecord>();
        return doc ? strip(doc) : null;
      }),
    getVisitorSecret: (tenantId, id) =>
      guard('visitor secret lookup', async () => {
        const doc = await visitorSecrets
          .findOne({ tenantId: eq(tenantId), id: eq(id) })
          .lean<VisitorSecretRecord>();
        return doc ? strip(doc) : null;
      }),
    touchVisitorSecret: (tenantId, id, expiresAt) =>
      guard('visitor secret renewal', async () => {
        const result = await visitorSecrets.updateOne(
          { tenantId: eq(tenantId), id: eq(id), revokedAt: { $exists: false } },
          { $max: { expiresAt: String(expiresAt) } },
        );
        return result.matchedCount === 1;
      }),
    revokeVisitorSecrets: (tenantId, leadId, revokedAt) =>
      guard('visitor secret revocation', async () => {
        // The identity links first: a secret revoked while the link still worked would be re-issued by it.
        await identityLinks.updateMany(
          { tenantId: eq(tenantId), leadId: eq(leadId) },
          { $max: { revokedAt: String(revokedAt) } },
        );
        const result = await visitorSecrets.updateMany(
          { tenantId: eq(tenantId), leadId: eq(leadId), revokedAt: { $exists: false } },
          { $set: { revokedAt: String(revokedAt) } },
        );
        return result.modifiedCount;
      }),
    linkIdentity: (record) =>
      guard('identity link', async () => {
        await insertOrConflict('Identity', () => identityLinks.create(record));
        return record;
      }),
    findIdentity: (tenantId, userId) =>
      guard('identity lookup', async () => {
        const doc = await identityLinks
          .findOne({ tenantId: eq(tenantId), userId: eq(userId) })
          .lean<IdentityLinkRecord>();
        return doc ? strip(doc) : null;
      }),
  };
}
