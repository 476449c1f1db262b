import { type ClientSession, type Connection, type Model, Schema } from 'mongoose';
import { guard } from './errors.js';
import {
  endpointKeyOf,
  newOutboxStored,
  OUTBOX_DUE_AT_ONCE,
  OutboxStatus,
  outboxOrder,
  outboxPageSize,
  outboxStoredPart,
  redeliveredOutboxRecord,
  settledOutboxRecord,
  type OutboxStored,
  type OutboxEvent,
  type OutboxOutcome,
  type OutboxRecord,
  type OutboxStore,
  withEndpoint,
} from '../outbox-types.js';

/** One outbox event: the queried fields beside the record (docs/MONGO.md). */
export interface OutboxDoc {
  tenantId: string;
  id: string;
  order: string;
  conversationKey: string;
  /** The endpoint's id (`''`: HUB_WEBHOOK_URL); absent on documents written before endpoints existed. */
  endpointKey?: string;
  status: OutboxStatus;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  record: OutboxStored;
}

export const outboxSchema = new Schema<OutboxDoc>(
  {
    tenantId: { type: String, required: true },
    id: { type: String, required: true },
    order: { type: String, required: true },
    conversationKey: { type: String, required: true },
    endpointKey: { type: String, default: '' },
    status: { type: String, enum: OutboxStatus, required: true },
    nextAttemptAt: { type: String, required: true },
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: String, default: null },
    record: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'outbox_events', strict: 'throw', minimize: false, versionKey: false, id: false },
);
outboxSchema.index({ tenantId: 1, id: 1 }, { unique: true });
outboxSchema.index({ status: 1, nextAttemptAt: 1 });
outboxSchema.index({ tenantId: 1, conversationKey: 1, endpointKey: 1, status: 1, order: 1 });
outboxSchema.index({ tenantId: 1, order: -1 });

const eq = <T>(value: T) => ({ $eq: value });

/** An endpoint key as queried: `''` also matches documents written before endpoints existed (no field). */
const endpointFilter = (key: string) => (key === '' ? { $in: ['', null] } : eq(key));

const toRecord = (doc: OutboxDoc): OutboxRecord => ({
  ...withEndpoint(doc.record),
  status: doc.status,
  nextAttemptAt: doc.nextAttemptAt,
  leaseOwner: doc.leaseOwner ?? null,
  leaseUntil: doc.leaseUntil ?? null,
  order: doc.order,
});

export interface OutboxMongo {
  store: OutboxStore;
  model: Model<OutboxDoc>;
  /** Writes a change's events in its session (the change's transaction). */
  write: (events: readonly OutboxEvent[], session?: ClientSession) => Promise<void>;
}

/** The event outbox in MongoDB: written in the change's own transaction, mirroring sqlite/outbox.ts. */
export function createOutboxMongo(connection: Connection): OutboxMongo {
  const outbox = connection.model<OutboxDoc>('OutboxEvent', outboxSchema);

  async function write(events: readonly OutboxEvent[], session?: ClientSession): Promise<void> {
    if (events.length === 0) return;
    // $setOnInsert: an id already stored is kept as it is.
    await outbox.bulkWrite(
      events.map((event, position) => ({
        updateOne: {
          filter: { tenantId: eq(event.tenantId), id: eq(event.id) },
          update: {
            $setOnInsert: {
              tenantId: event.tenantId,
              id: event.id,
              order: outboxOrder(event, position),
              conversationKey: event.conversationId ?? `lead:${event.id}`,
              endpointKey: endpointKeyOf(event),
              status: 'pending',
              nextAttemptAt: OUTBOX_DUE_AT_ONCE,
              leaseOwner: null,
              leaseUntil: null,
              record: newOutboxStored(event),
            },
          },
          upsert: true,
        },
      })),
      { ordered: true, ...(session ? { session } : {}) },
    );
  }

  const read = async (tenantId: string, id: string) => {
    const doc = await outbox.findOne({ tenantId: eq(tenantId), id: eq(id) }).lean<OutboxDoc>();
    return doc ? toRecord(doc) : null;
  };

  const leaseFree = (now: string, owner?: string) => ({
    $or: [
      { leaseUntil: null },
      { leaseUntil: { $lte: now } },
      ...(owner === undefined ? [] : [{ leaseOwner: eq(owner) }]),
    ],
  });

  async function settle(tenantId: string, id: string, owner: string, outcome: OutboxOutcome) {
    const current = await read(tenantId, id);
    if (!current || current.status !== 'pending') return null;
    const next = settledOutboxRecord(current, outcome);
    const doc = await outbox
      .findOneAndUpdate(
        { tenantId: eq(tenantId), id: eq(id), status: 'pending', ...leaseFree(outcome.at, owner) },
        {
          $set: {
            status: next.status,
            nextAttemptAt: next.nextAttemptAt,
            leaseOwner: null,
            leaseUntil: null,
            record: outboxStoredPart(next),
          },
        },
        { returnDocument: 'after' },
      )
      .lean<OutboxDoc>();
    return doc ? toRecord(doc) : null;
  }

  const store: OutboxStore = {
    addOutboxEvents: (events) => guard('outbox write', () => write(events)),
    dueOutboxEvents: (now, limit) =>
      guard('outbox due', async () => {
        const wanted = Math.max(1, limit);
        const candidates = await outbox
          .find({ status: 'pending', nextAttemptAt: { $lte: String(now) }, ...leaseFree(String(now)) })
          .sort({ nextAttemptAt: 1, order: 1 })
          .limit(wanted * 4)
          .lean<OutboxDoc[]>();
        const due: OutboxRecord[] = [];
        for (const doc of candidates) {
          if (due.length >= wanted) break;
          // The first pending event of its conversation and endpoint only (another endpoint's copies never wait).
          const earlier = await outbox.exists({
            tenantId: eq(doc.tenantId),
            conversationKey: eq(doc.conversationKey),
            endpointKey: endpointFilter(doc.endpointKey ?? ''),
            status: 'pending',
            order: { $lt: doc.order },
          });
          if (!earlier) due.push(toRecord(doc));
        }
        return due;
      }),
    leaseOutboxEvent: (tenantId, id, owner, now, leaseMs) =>
      guard('outbox lease', async () => {
        const until = new Date(Date.parse(now) + leaseMs).toISOString();
        const doc = await outbox
          .findOneAndUpdate(
            {
              tenantId: eq(tenantId),
              id: eq(id),
              status: 'pending',
              nextAttemptAt: { $lte: String(now) },
              ...leaseFree(String(now), owner),
            },
            { $set: { leaseOwner: owner, leaseUntil: until } },
            { returnDocument: 'after' },
          )
          .lean<OutboxDoc>();
        return doc ? toRecord(doc) : null;
      }),
    settleOutboxEvent: (tenantId, id, owner, outcome) =>
      guard('outbox settle', () => settle(tenantId, id, owner, outcome)),
    getOutboxEvent: (tenantId, id) => guard('outbox lookup', () => read(tenantId, id)),
    listOutboxEvents: (tenantId, query = {}) =>
      guard('outbox list', async () => {
        const docs = await outbox
          .find({
            tenantId: eq(tenantId),
            ...(query.status ? { status: eq(query.status) } : {}),
            ...(query.conversationId ? { conversationKey: eq(query.conversationId) } : {}),
            ...(query.endpointId !== undefined ? { endpointKey: endpointFilter(query.endpointId) } : {}),
            ...(query.before ? { order: { $lt: String(query.before) } } : {}),
          })
          .sort({ order: -1 })
          .limit(outboxPageSize(query.limit))
          .lean<OutboxDoc[]>();
        return docs.map(toRecord);
      }),
    redeliverOutboxEvent: (tenantId, id, at) =>
      guard('outbox redeliver', async () => {
        const current = await read(tenantId, id);
        if (!current) return null;
        const next = redeliveredOutboxRecord(current, at);
        await outbox.updateOne(
          { tenantId: eq(tenantId), id: eq(id) },
          {
            $set: {
              status: 'pending',
              nextAttemptAt: at,
              leaseOwner: null,
              leaseUntil: null,
              record: outboxStoredPart(next),
            },
          },
        );
        return next;
      }),
  };
  return { store, model: outbox, write };
}
