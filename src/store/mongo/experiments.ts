import { type Connection, type Model, Schema } from 'mongoose';
import { HubError } from '../../errors.js';
import { ExperimentStatus } from '../../analytics/experiments.js';
import { guard, isDuplicateKey } from './errors.js';
import type { ExperimentRecord, ExperimentStore } from '../experiment-types.js';

/**
 * Experiment definitions in MongoDB, mirroring sqlite/experiments.ts: the record whole in `record` beside the
 * fields that are queried or indexed. A partial unique index on the tenant of running experiments lets a tenant run
 * one at a time, atomically; the update is a compare-and-set on `version`.
 */
export interface ExperimentDoc {
  tenantId: string;
  id: string;
  status: ExperimentStatus;
  createdAt: string;
  version: number;
  record: ExperimentRecord;
}

export const experimentSchema = new Schema<ExperimentDoc>(
  {
    tenantId: { type: String, required: true },
    id: { type: String, required: true },
    status: { type: String, enum: ExperimentStatus, required: true },
    createdAt: { type: String, required: true },
    version: { type: Number, required: true },
    record: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'experiments', strict: 'throw', minimize: false, versionKey: false, id: false },
);
experimentSchema.index({ tenantId: 1, id: 1 }, { unique: true });
experimentSchema.index({ tenantId: 1, createdAt: -1, id: -1 });
experimentSchema.index(
  { tenantId: 1 },
  { unique: true, partialFilterExpression: { status: 'running' }, name: 'one_running_per_tenant' },
);
experimentSchema.index({ status: 1, tenantId: 1 });

const eq = <T>(value: T) => ({ $eq: value });
const LIST_LIMIT = 200;
const RUNNING_LIMIT = 1_000;

export interface ExperimentMongo {
  store: ExperimentStore;
  model: Model<ExperimentDoc>;
}

export function createExperimentMongo(connection: Connection): ExperimentMongo {
  const experiments = connection.model<ExperimentDoc>('Experiment', experimentSchema);

  /** A duplicate id, or a second running experiment of the tenant, is a typed CONFLICT. */
  function conflictOr(error: unknown, experiment: ExperimentRecord): never {
    if (isDuplicateKey(error, 'id'))
      throw new HubError('CONFLICT', 'Experiment already exists', { cause: error });
    if (isDuplicateKey(error) && experiment.status === 'running')
      throw new HubError('CONFLICT', 'Another experiment of the tenant is running; stop it first', {
        cause: error,
      });
    throw error;
  }
  const docOf = (record: ExperimentRecord): ExperimentDoc => ({
    tenantId: record.tenantId,
    id: record.id,
    status: record.status,
    createdAt: record.createdAt,
    version: record.version,
    record,
  });

  const store: ExperimentStore = {
    createExperiment: (experiment) =>
      guard('experiment', async () => {
        try {
          await experiments.create([docOf(experiment)]);
        } catch (error) {
          conflictOr(error, experiment);
        }
        return experiment;
      }),
    getExperiment: (tenantId, id) =>
      guard('experiment read', async () => {
        const doc = await experiments.findOne({ tenantId: eq(tenantId), id: eq(id) }).lean<ExperimentDoc>();
        return doc?.record ?? null;
      }),
    listExperiments: (tenantId, query = {}) =>
      guard('experiment list', async () => {
        const docs = await experiments
          .find({
            tenantId: eq(tenantId),
            ...(query.status === undefined ? {} : { status: eq(query.status) }),
          })
          .sort({ createdAt: -1, id: -1 })
          .limit(LIST_LIMIT)
          .lean<ExperimentDoc[]>();
        return docs.map((doc) => doc.record);
      }),
    runningExperiments: () =>
      guard('experiment list', async () => {
        const docs = await experiments
          .find({ status: eq('running') })
          .sort({ tenantId: 1, id: 1 })
          .limit(RUNNING_LIMIT)
          .lean<ExperimentDoc[]>();
        return docs.map((doc) => doc.record);
      }),
    updateExperiment: (next, expectedVersion) =>
      guard('experiment update', async () => {
        const stored: ExperimentRecord = { ...next, version: expectedVersion + 1 };
        try {
          const result = await experiments.updateOne(
            { tenantId: eq(stored.tenantId), id: eq(stored.id), version: eq(expectedVersion) },
            { $set: { status: stored.status, version: stored.version, record: stored } },
          );
          return result.modifiedCount === 1 ? stored : null;
        } catch (error) {
          conflictOr(error, stored);
        }
      }),
  };
  return { store, model: experiments };
}
