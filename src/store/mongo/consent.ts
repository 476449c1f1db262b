import type { Clock } from '../../llm/clock.js';
import { randomUUID } from 'node:crypto';
import { type Connection, type Model, Schema } from 'mongoose';
import { HubError } from '../../errors.js';
import { guard, isDuplicateKey } from './errors.js';
import type { LeadDoc } from './schemas.js';
import { ConsentChannel, validConsent, type ConsentRecord, type ConsentStore } from '../consent-types.js';

/** One consent: the record whole in `record` beside the fields that are queried or indexed (docs/MONGO.md). */
export interface ConsentDoc {
  tenantId: string;
  leadId: string;
  id: string;
  givenAt: string;
  channel: ConsentChannel;
  conversationId?: string;
  messageSeq?: number;
  record: ConsentRecord;
}

export const consentSchema = new Schema<ConsentDoc>(
  {
    tenantId: { type: String, required: true },
    leadId: { type: String, required: true },
    id: { type: String, required: true },
    givenAt: { type: String, required: true },
    channel: { type: String, enum: ConsentChannel, required: true },
    conversationId: String,
    messageSeq: Number,
    record: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'consents', strict: 'throw', minimize: false, versionKey: false, id: false },
);
consentSchema.index({ tenantId: 1, leadId: 1, givenAt: 1, id: 1 }, { unique: true });
// One consent per lead message and channel: a re-run turn that records it again gets the first record.
consentSchema.index(
  { tenantId: 1, leadId: 1, channel: 1, conversationId: 1, messageSeq: 1 },
  { unique: true, partialFilterExpression: { messageSeq: { $exists: true } } },
);

const eq = <T>(value: T) => ({ $eq: value });

export interface ConsentMongo {
  store: ConsentStore;
  model: Model<ConsentDoc>;
}

/**
 * TCPA consent records in MongoDB; `leads` is the store's lead model (the lead must exist); `clock` stamps
 * `recordedAt`.
 */
export function createConsentMongo(
  connection: Connection,
  leads: Model<LeadDoc>,
  clock: Clock,
): ConsentMongo {
  const consents = connection.model<ConsentDoc>('Consent', consentSchema);

  const byMessage = (
    tenantId: string,
    leadId: string,
    channel: ConsentChannel,
    conversationId: string,
    seq: number,
  ) =>
    consents
      .findOne({
        tenantId: eq(tenantId),
        leadId: eq(leadId),
        channel: eq(channel),
        conversationId: eq(conversationId),
        messageSeq: eq(seq),
      })
      .lean<ConsentDoc>();

  const store: ConsentStore = {
    recordConsent: (tenantId, leadId, input) =>
      guard('consent record', async () => {
        const consent = validConsent(input);
        if (!(await leads.exists({ tenantId: eq(tenantId), id: eq(leadId) })))
          throw new HubError('NOT_FOUND', 'Lead not found');
        const { conversationId, messageSeq } = consent;
        const repeat = async () =>
          conversationId !== undefined && messageSeq !== undefined
            ? ((await byMessage(tenantId, leadId, consent.channel, conversationId, messageSeq))?.record ??
              null)
            : null;
        const existing = await repeat();
        if (existing) return existing;
        const stored: ConsentRecord = {
          id: randomUUID(),
          tenantId,
          leadId,
          ...consent,
          recordedAt: new Date(clock.now()).toISOString(),
        };
        try {
          await consents.create([
            {
              tenantId,
              leadId,
              id: stored.id,
              givenAt: stored.givenAt,
              channel: stored.channel,
              ...(conversationId === undefined ? {} : { conversationId }),
              ...(messageSeq === undefined ? {} : { messageSeq }),
              record: stored,
            },
          ]);
        } catch (error) {
          // A concurrent repeat of the same lead message won the insert: return its record.
          const winner = isDuplicateKey(error) ? await repeat() : null;
          if (winner) return winner;
          throw error;
        }
        return stored;
      }),
    listConsents: (tenantId, leadId) =>
      guard('consent list', async () => {
        const docs = await consents
          .find({ tenantId: eq(tenantId), leadId: eq(leadId) })
          .sort({ givenAt: 1, id: 1 })
          .lean<ConsentDoc[]>();
        return docs.map((doc) => doc.record);
      }),
  };
  return { store, model: consents };
}
