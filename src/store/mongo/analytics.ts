import type { Clock } from '../../llm/clock.js';
import { type ClientSession, type Connection, type Model, Schema } from 'mongoose';
import { leadEventSchema, onceKeyOf, type LeadEvent } from '../../analytics/events.js';
import {
  AGENT_COLUMNS,
  agentDayIncrement,
  rollupIncrements,
  type AgentColumn,
} from '../../analytics/rollups.js';
import type { AgentRollupQuery, AnalyticsStore, LeadEventQuery, RollupQuery } from '../analytics-types.js';

/** The lead event log and its rollups in MongoDB, mirroring sqlite/analytics.ts (docs/ANALYTICS.md). */

interface LeadEventDoc {
  tenantId: string;
  type: string;
  at: string;
  conversationId?: string;
  /** onceKeyOf(event) (unique with tenant and type): the conversation, or the lead and experiment; else absent. */
  onceKey?: string;
  event: LeadEvent;
  /** Insertion order within a millisecond (ObjectId order is per node only). */
  createdAt: Date;
}
interface RollupDoc {
  tenantId: string;
  grain: string;
  dimension: string;
  bucket: string;
  key: string;
  metric: string;
  n: number;
  total: number;
}

const leadEventDocSchema = new Schema<LeadEventDoc>(
  {
    tenantId: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: String, required: true },
    conversationId: String,
    onceKey: String,
    event: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
leadEventDocSchema.index({ tenantId: 1, at: 1 });
leadEventDocSchema.index(
  { tenantId: 1, type: 1, onceKey: 1 },
  { unique: true, partialFilterExpression: { onceKey: { $exists: true } } },
);
const rollupDocSchema = new Schema<RollupDoc>(
  {
    tenantId: { type: String, required: true },
    grain: { type: String, required: true },
    dimension: { type: String, required: true },
    bucket: { type: String, required: true },
    key: { type: String, default: '' },
    metric: { type: String, required: true },
    n: { type: Number, required: true },
    total: { type: Number, required: true },
  },
  { versionKey: false },
);
rollupDocSchema.index(
  { tenantId: 1, grain: 1, dimension: 1, bucket: 1, key: 1, metric: 1 },
  { unique: true },
);
/** The per-agent rollup (src/analytics/rollups.ts agentDayIncrement): counters per tenant, UTC day and agent. */
interface AgentDayDoc {
  tenantId: string;
  day: string;
  agentId: string;
  /** AGENT_COLUMNS, each absent until an event adds to it. */
  counts: Partial<Record<AgentColumn, number>>;
}
const agentDayDocSchema = new Schema<AgentDayDoc>(
  {
    tenantId: { type: String, required: true },
    day: { type: String, required: true },
    agentId: { type: String, required: true },
    // No default: an upsert's $inc creates it (a default would be set on insert beside the $inc, a conflict).
    counts: { type: Schema.Types.Mixed },
  },
  { versionKey: false, minimize: false },
);
agentDayDocSchema.index({ tenantId: 1, day: 1, agentId: 1 }, { unique: true });

export interface MongoEventLog extends AnalyticsStore {
  /** Appends inside the caller's transaction (the write the events record); returns how many were new. */
  record(events: readonly LeadEvent[], session: ClientSession): Promise<number>;
  models: { events: Model<LeadEventDoc>; rollups: Model<RollupDoc>; agentDays: Model<AgentDayDoc> };
}

const eq = <T>(value: T) => ({ $eq: value });
const MAX_EVENTS = 10_000;

/** The lead event log and its rollups in MongoDB; `clock` stamps each stored event's `createdAt`. */
export function createMongoEventLog(
  connection: Connection,
  writeConcern: { w: 'majority' },
  clock: Clock,
): MongoEventLog {
  const events = connection.model<LeadEventDoc>('LeadEvent', leadEventDocSchema);
  const rollups = connection.model<RollupDoc>('AnalyticsRollup', rollupDocSchema);
  const agentDays = connection.model<AgentDayDoc>('AnalyticsAgentDay', agentDayDocSchema);

  async function record(list: readonly LeadEvent[], session: ClientSession): Promise<number> {
    let appended = 0;
    for (const event of list) {
      const doc: LeadEventDoc = {
        tenantId: event.tenantId,
        type: event.type,
        at: event.at,
        ...(event.conversationId === undefined ? {} : { conversationId: event.conversationId }),
        event,
        createdAt: new Date(clock.now()),
      };
      const onceKey = onceKeyOf(event);
      if (onceKey !== undefined) {
        // An upsert on the unique key: a repeat finds the first and writes nothing (no aborted transaction).
        const result = await events.updateOne(
          { tenantId: eq(event.tenantId), type: eq(event.type), onceKey: eq(onceKey) },
          { $setOnInsert: { ...doc, onceKey } },
          { upsert: true, session },
        );
        if (result.upsertedCount !== 1) continue;
      } else {
        await events.create([doc], { session });
      }
      appended += 1;
      await rollups.bulkWrite(
        rollupIncrements(event).map((row) => ({
          updateOne: {
            filter: {
              tenantId: event.tenantId,
              grain: row.grain,
              dimension: row.dimension,
              bucket: row.bucket,
              key: row.key,
              metric: row.metric,
            },
            update: { $inc: { n: row.n, total: row.total } },
            upsert: true,
          },
        })),
        { session, ordered: false },
      );
      const increment = agentDayIncrement(event);
      if (increment)
        await agentDays.updateOne(
          { tenantId: eq(event.tenantId), day: eq(increment.day), agentId: eq(increment.agentId) },
          {
            $inc: Object.fromEntries(
              Object.entries(increment.counts).map(([column, value]) => [`counts.${column}`, value]),
            ),
          },
          { upsert: true, session },
        );
    }
    return appended;
  }

  return {
    record,
    models: { events, rollups, agentDays },
    async appendLeadEvents(list) {
      const parsed = list.map((event) => leadEventSchema.parse(event));
      return connection.transaction((session) => record(parsed, session), { writeConcern });
    },
    async leadEvents(tenantId, query: LeadEventQuery) {
      const limit = Math.min(MAX_EVENTS, Math.max(1, query.limit ?? 1_000));
      const docs = await events
        .find({
          tenantId: eq(tenantId),
          at: { $gte: String(query.from), $lt: String(query.to) },
          ...(query.types?.length ? { type: { $in: query.types.map(String) } } : {}),
          ...(query.conversationId === undefined ? {} : { conversationId: eq(query.conversationId) }),
        })
        .sort({ at: 1, createdAt: 1, _id: 1 })
        .limit(limit)
        .lean<(LeadEventDoc & { _id: { toString(): string } })[]>();
      return docs.map((doc) => ({ id: doc._id.toString(), event: doc.event }));
    },
    async rollups(tenantId, query: RollupQuery) {
      const docs = await rollups
        .find({
          tenantId: eq(tenantId),
          grain: eq(query.grain),
          dimension: eq(query.dimension),
          bucket: { $gte: String(query.from), $lte: String(query.to) },
          ...(query.key === undefined ? {} : { key: eq(query.key) }),
          ...(query.metricPrefix
            ? { metric: { $gte: query.metricPrefix, $lt: `${query.metricPrefix}\uffff` } }
            : {}),
        })
        .sort({ bucket: 1, key: 1, metric: 1 })
        .lean<RollupDoc[]>();
      return docs.map(({ bucket, key, metric, n, total }) => ({ bucket, key, metric, n, total }));
    },
    async agentRollups(tenantId, query: AgentRollupQuery) {
      const columns = AGENT_COLUMNS.filter((column) => !query.columns || query.columns.includes(column));
      const sums = await agentDays.aggregate<
        { _id: { agent: string; day?: string } } & Partial<Record<AgentColumn, number>>
      >([
        {
          $match: {
            tenantId: eq(tenantId),
            day: { $gte: String(query.from), $lte: String(query.to) },
            ...(query.agent === undefined ? {} : { agentId: eq(query.agent) }),
          },
        },
        {
          $group: {
            _id: query.byDay ? { agent: '$agentId', day: '$day' } : { agent: '$agentId' },
            ...Object.fromEntries(columns.map((column) => [column, { $sum: `$counts.${column}` }])),
          },
        },
        { $sort: query.byDay ? { '_id.day': 1, '_id.agent': 1 } : { '_id.agent': 1 } },
      ]);
      return sums.map((sum) => ({
        agent: sum._id.agent,
        ...(query.byDay && sum._id.day !== undefined ? { day: sum._id.day } : {}),
        counts: Object.fromEntries(columns.map((column) => [column, sum[column] ?? 0])),
      }));
    },
  };
}
