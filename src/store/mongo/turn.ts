import type { Clock } from '../../llm/clock.js';
import type { AnyBulkWriteOperation, ClientSession, Connection } from 'mongoose';
import type { OutboxEvent } from '../outbox-types.js';
import { followUpDoc, patchUpdate } from './records.js';
import { conversationChangeEvents } from '../../analytics/derive.js';
import type { MongoEventLog } from './analytics.js';
import type { ConversationDoc, FollowUpDoc, LeadDoc, StoreModels } from './schemas.js';
import type { TurnWrite } from '../turn-write.js';
import type { ConversationPatch, ConversationRecord, LeadPatch } from '../types.js';

/** How the adapter stores personal data (sealed-records.ts): patches sealed, documents opened. */
export interface TurnSealing {
  conversationPatch(tenantId: string, patch: ConversationPatch): ConversationPatch;
  leadPatch(patch: LeadPatch): LeadPatch;
  lookupsOf(doc: LeadDoc): string[];
  toConversation(doc: ConversationDoc): ConversationRecord;
  /** Writes the turn's CRM events to the outbox in the turn's session (mongo/outbox.ts). */
  writeEvents: (events: readonly OutboxEvent[], session: ClientSession) => Promise<void>;
}

/** Caller-supplied values are matched with $eq, so an object smuggled in as an id cannot become an operator. */
const eq = <T>(value: T) => ({ $eq: value });

/**
 * The filter and update of a conversation compare-and-set: the stored version must still be `expectedVersion`,
 * and a write fenced by an older lease token than the one that last wrote is refused.
 */
export function conversationCas(
  tenantId: string,
  id: string,
  patch: ConversationPatch,
  expectedVersion: number,
  fence: number | undefined,
  at: string,
) {
  const { $set, $unset } = patchUpdate(patch);
  $set.updatedAt = at;
  const filter = {
    tenantId: eq(tenantId),
    id: eq(id),
    version: eq(expectedVersion),
    ...(fence === undefined ? {} : { $or: [{ fence: { $exists: false } }, { fence: { $lte: fence } }] }),
  };
  const update = {
    $set,
    $inc: { version: 1 },
    ...(fence === undefined ? {} : { $max: { fence } }),
    ...(Object.keys($unset).length ? { $unset } : {}),
  };
  return { filter, update };
}

/**
 * Store.commitTurn on MongoDB: one transaction (majority write concern) holding the conversation's
 * compare-and-set, the lead update and ONE bulkWrite for the follow-ups (cancel the pending ones, then upsert the
 * new ones). When the compare-and-set loses, nothing else is written.
 */
export function mongoTurnWriter(
  connection: Connection,
  models: StoreModels,
  writeConcern: { w: 'majority' },
  sealing: TurnSealing,
  eventLog: Pick<MongoEventLog, 'record'>,
  clock: Clock,
) {
  const { leads, conversations, followUps } = models;
  return (tenantId: string, conversationId: string, write: TurnWrite): Promise<ConversationRecord | null> =>
    connection.transaction<ConversationRecord | null>(
      async (session) => {
        const { patch, expectedVersion, fence } = write.conversation;
        const cas = conversationCas(
          tenantId,
          conversationId,
          sealing.conversationPatch(tenantId, patch),
          expectedVersion,
          fence,
          new Date(clock.now()).toISOString(),
        );
        const before = await conversations
          .findOne({ tenantId: eq(tenantId), id: eq(conversationId) })
          .session(session)
          .lean<ConversationDoc>();
        const doc = await conversations
          .findOneAndUpdate(cas.filter, cas.update, { session, returnDocument: 'after', runValidators: true })
          .lean<ConversationDoc>();
        if (!doc || !before) return null;
        const saved = sealing.toConversation(doc);
        await eventLog.record(
          [...conversationChangeEvents(sealing.toConversation(before), saved), ...(write.leadEvents ?? [])],
          session,
        );
        if (write.lead && Object.keys(write.lead.patch).length > 0) {
          const { $set, $unset } = patchUpdate(sealing.leadPatch(write.lead.patch));
          if (write.lead.patch.updatedAt === undefined) $set.updatedAt = new Date(clock.now()).toISOString();
          const lead = await leads
            .findOneAndUpdate(
              { tenantId: eq(tenantId), id: eq(write.lead.id) },
              { $set, ...(Object.keys($unset).length ? { $unset } : {}) },
              { session, runValidators: true, returnDocument: 'after' },
            )
            .lean<LeadDoc>();
          // The lookup hashes follow the phone and email the patch left.
          if (lead && ('phone' in write.lead.patch || 'email' in write.lead.patch)) {
            await leads.updateOne(
              { tenantId: eq(tenantId), id: eq(write.lead.id) },
              { $set: { lookup: sealing.lookupsOf(lead) } },
              { session },
            );
          }
        }
        const operations: AnyBulkWriteOperation<FollowUpDoc>[] = [];
        if (write.followUps?.cancel) {
          operations.push({
            updateMany: {
              filter: { tenantId: eq(tenantId), conversationId: eq(conversationId), status: 'pending' },
              update: { $set: { status: 'cancelled' } },
            },
          });
        }
        for (const job of write.followUps?.schedule ?? []) {
          // $setOnInsert: scheduling a job id again is a no-op (scheduleFollowUps does the same).
          operations.push({
            updateOne: {
              filter: { tenantId: eq(job.tenantId), id: eq(job.id) },
              update: { $setOnInsert: followUpDoc(job) },
              upsert: true,
            },
          });
        }
        if (operations.length > 0) await followUps.bulkWrite(operations, { session, ordered: true });
        await sealing.writeEvents(write.events ?? [], session);
        return saved;
      },
      { writeConcern },
    );
}
