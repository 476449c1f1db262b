import { type Connection, type Model, Schema } from 'mongoose';
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
import { guard, isDuplicateKey } from './errors.js';

/** One tenant: the settings whole (secrets sealed) beside the id and the compare-and-set version (docs/MONGO.md). */
export interface TenantDoc {
  tenantId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  settings: Tenant;
}

export const tenantSchema = new Schema<TenantDoc>(
  {
    tenantId: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    updatedBy: { type: String, required: true },
    settings: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'tenants', strict: 'throw', minimize: false, versionKey: false, id: false },
);
tenantSchema.index({ tenantId: 1 }, { unique: true });

const eq = <T>(value: T) => ({ $eq: value });

export interface TenantMongo {
  store: TenantStore;
  model: Model<TenantDoc>;
}

/** Tenants and their settings in MongoDB, mirroring sqlite/tenants.ts (one document per tenant). */
export function createTenantMongo(connection: Connection, codec: PersonalDataCodec): TenantMongo {
  const tenants = connection.model<TenantDoc>('Tenant', tenantSchema);

  const toRecord = (doc: TenantDoc): TenantSettingsRecord => ({
    tenantId: doc.tenantId,
    version: doc.version,
    settings: openTenantSecrets(codec, doc.settings),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  });

  return {
    model: tenants,
    store: {
      createTenant: (input, at, by) =>
        guard('tenant', async () => {
          const settings = validTenant(input);
          try {
            await tenants.create([
              {
                tenantId: settings.id,
                version: 1,
                createdAt: at,
                updatedAt: at,
                updatedBy: by,
                settings: sealTenantSecrets(codec, settings),
              },
            ]);
          } catch (error) {
            if (isDuplicateKey(error)) {
              throw new HubError('CONFLICT', `Tenant ${settings.id} already exists`, { cause: error });
            }
            throw error;
          }
          return { tenantId: settings.id, version: 1, settings, createdAt: at, updatedAt: at, updatedBy: by };
        }),
      getTenant: (tenantId) =>
        guard('tenant', async () => {
          const doc = await tenants.findOne({ tenantId: eq(tenantId) }).lean<TenantDoc>();
          return doc ? toRecord(doc) : null;
        }),
      listTenants: () =>
        guard('tenants', async () =>
          (await tenants.find({}).sort({ tenantId: 1 }).lean<TenantDoc[]>()).map(toRecord),
        ),
      updateTenant: (tenantId, input, expectedVersion, at, by) =>
        guard('tenant', async () => {
          const settings = validTenant(input);
          if (settings.id !== tenantId) throw new HubError('INVALID_PAYLOAD', 'id: a tenant keeps its id');
          // One atomic document update: the version filter is the compare-and-set.
          const doc = await tenants
            .findOneAndUpdate(
              { tenantId: eq(tenantId), version: eq(expectedVersion) },
              {
                $set: { settings: sealTenantSecrets(codec, settings), updatedAt: at, updatedBy: by },
                $inc: { version: 1 },
              },
              { returnDocument: 'after' },
            )
            .lean<TenantDoc>();
          return doc ? toRecord(doc) : null;
        }),
    },
  };
}
