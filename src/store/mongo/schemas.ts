import { type Connection, type Model, Schema } from 'mongoose';
import {
  AuthorType,
  BotKind,
  Channel,
  ConversationStatus,
  MessageKind,
  Temperature,
  Visibility,
} from '../../protocol/common.js';
import { createVisitorModels, type VisitorModels } from './visitors.js';
import { readMarkSchema, type ReadMarkDoc } from './workday.js';
import type { FollowUpStatus } from '../types.js';
import type { HomeCards } from '../../protocol/homes.js';

/**
 * The MongoDB documents behind the store port. Timestamps of records are kept as the ISO strings the port uses
 * (exact round-trip, same ordering as the SQLite adapter); follow-up scheduling times are BSON dates because the
 * claim query compares them. JSON fields (profile, botState, meta, payload) are Mixed and stored as is.
 * docs/MONGO.md describes every collection and index.
 */

export interface ListingDoc {
  id: string;
  address?: string;
  price?: number;
  beds?: number;
  baths?: number;
  area?: string;
}
export interface PartyDoc {
  type: string;
  id?: string;
  name?: string;
}

export interface LeadDoc {
  id: string;
  tenantId: string;
  visitorId?: string;
  name?: string;
  email?: string;
  phone?: string;
  intent?: 'buy' | 'sell';
  profile: Record<string, unknown>;
  temperature: Temperature;
  optedOut: boolean;
  optedOutAt?: string;
  sourceListing?: ListingDoc;
  createdAt: string;
  updatedAt: string;
  /** Keyed hashes (`phone:<hex>`, `email:<hex>`) of the sealed phone and email: exact lookup (personal-data.ts). */
  lookup?: string[];
}

export interface ConversationDoc {
  id: string;
  tenantId: string;
  leadId: string;
  channel: Channel;
  listing?: ListingDoc;
  intent?: 'buy' | 'sell';
  botKind: BotKind;
  botState?: unknown;
  owner: PartyDoc;
  status: ConversationStatus;
  temperature: Temperature;
  lastSeq: number;
  version: number;
  lastLeadSeq?: number;
  processedSeq?: number;
  answeredSeq?: number;
  outbox?: OutboxDoc[];
  fence?: number;
  meta: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  stateSince: string;
  /** ConversationRecord.handoffKey, when the service set one. */
  handoffKey?: string;
  /** What the hand-off order indexes: storedHandoffKey of the record (always set). */
  handoffOrder?: string;
  /** Keyed hashes of the words of the (sealed) lead name: history search by name. */
  nameWords?: string[];
}

export interface OutboxDoc {
  clientMsgId: string;
  kind: 'reply' | 'event';
  text: string;
  visibility: Visibility;
  replyToSeq?: number;
  fromSeq?: number;
  lang?: 'en' | 'es';
  rephrase?: boolean;
  homes?: HomeCards;
}

export interface MessageDoc {
  /** Not part of MessageRecord: kept so that every read is scoped by tenant without a join. */
  tenantId: string;
  conversationId: string;
  seq: number;
  clientMsgId?: string;
  author: PartyDoc;
  visibility: Visibility;
  kind: MessageKind;
  text: string;
  createdAt: string;
  meta?: Record<string, unknown>;
  /** The words the search index keeps (sealed-records.ts indexText); `text` itself is sealed. */
  searchText?: string;
}

export interface FollowUpDoc {
  id: string;
  tenantId: string;
  conversationId: string;
  step: number;
  dueAt: Date;
  status: FollowUpStatus;
  leaseOwner?: string;
  leaseUntil?: Date;
  attempts: number;
  payload: Record<string, unknown>;
}

/**
 * strict 'throw': a field the schema does not know is an error, never silently dropped (a port change that the
 * Mongo schema missed fails loudly). minimize false: empty objects in JSON fields survive. No version key.
 */
const options = { strict: 'throw', minimize: false, versionKey: false, id: false } as const;
const embedded = { ...options, _id: false } as const;

const intents = ['buy', 'sell'];
const followUpStatuses: FollowUpStatus[] = ['pending', 'sent', 'cancelled'];
const { Mixed } = Schema.Types;

const listingSchema = new Schema<ListingDoc>(
  {
    id: { type: String, required: true },
    address: String,
    price: Number,
    beds: Number,
    baths: Number,
    area: String,
  },
  embedded,
);

/** Owner and author share one shape; a path named `type` is declared as `type: { type: String }`. */
function partySchema(types: readonly string[]): Schema<PartyDoc> {
  return new Schema<PartyDoc>(
    { type: { type: String, enum: types, required: true }, id: String, name: String },
    embedded,
  );
}

export const leadSchema = new Schema<LeadDoc>(
  {
    id: { type: String, required: true },
    tenantId: { type: String, required: true },
    visitorId: String,
    name: String,
    email: String,
    phone: String,
    intent: { type: String, enum: intents },
    profile: { type: Mixed },
    temperature: { type: String, enum: Temperature, required: true },
    optedOut: { type: Boolean, required: true },
    optedOutAt: String,
    sourceListing: listingSchema,
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    lookup: { type: [String], default: undefined },
  },
  { ...options, collection: 'leads' },
);
leadSchema.index({ tenantId: 1, id: 1 }, { unique: true });
leadSchema.index({ tenantId: 1, visitorId: 1 });
// findLeadsByContact: a lead by the keyed hash of its phone or email (multikey).
leadSchema.index({ tenantId: 1, lookup: 1 });

const outboxSchema = new Schema<OutboxDoc>(
  {
    clientMsgId: { type: String, required: true },
    kind: { type: String, enum: ['reply', 'event'], required: true },
    // Not `required`: mongoose rejects '' for required strings.
    text: { type: String },
    visibility: { type: String, enum: Visibility, required: true },
    replyToSeq: Number,
    fromSeq: Number,
    lang: { type: String, enum: ['en', 'es'] },
    rephrase: Boolean,
    homes: { type: Schema.Types.Mixed },
  },
  embedded,
);

export const conversationSchema = new Schema<ConversationDoc>(
  {
    id: { type: String, required: true },
    tenantId: { type: String, required: true },
    leadId: { type: String, required: true },
    channel: { type: String, enum: Channel, required: true },
    listing: listingSchema,
    intent: { type: String, enum: intents },
    botKind: { type: String, enum: BotKind, required: true },
    botState: { type: Mixed },
    owner: { type: partySchema(['bot', 'agent']), required: true },
    status: { type: String, enum: ConversationStatus, required: true },
    temperature: { type: String, enum: Temperature, required: true },
    lastSeq: { type: Number, required: true, min: 0 },
    version: { type: Number, required: true },
    lastLeadSeq: { type: Number, min: 0 },
    processedSeq: { type: Number, min: 0 },
    answeredSeq: { type: Number, min: 0 },
    outbox: { type: [outboxSchema], default: undefined },
    fence: { type: Number, min: 0 },
    meta: { type: Mixed },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    stateSince: { type: String, required: true },
    handoffKey: String,
    handoffOrder: String,
    nameWords: { type: [String], default: undefined },
  },
  { ...options, collection: 'conversations' },
);
// Every record is keyed by (tenantId, id), as in the SQLite schema: two tenants may hold the same ids.
conversationSchema.index({ tenantId: 1, id: 1 }, { unique: true });
conversationSchema.index({ tenantId: 1, status: 1, updatedAt: -1 });
conversationSchema.index({ tenantId: 1, updatedAt: -1 });
conversationSchema.index({ tenantId: 1, leadId: 1 });
// The staff's waiting hand-offs, strongest first (ListConversationsQuery.byHandoff).
conversationSchema.index({ tenantId: 1, status: 1, handoffOrder: 1, id: 1 });
// History search by a word of the lead's name, through its keyed hash (the name itself is sealed).
conversationSchema.index({ tenantId: 1, nameWords: 1 });
// History search by outcome (the close menu's outcome stays readable in the sealed meta).
conversationSchema.index({ tenantId: 1, 'meta.lifecycle.outcome': 1, updatedAt: -1 });
// The sweeper's pending-turn scan (lastLeadSeq > answeredSeq) runs over recently updated conversations.
conversationSchema.index({ tenantId: 1, updatedAt: -1, lastLeadSeq: 1, answeredSeq: 1 });

export const messageSchema = new Schema<MessageDoc>(
  {
    tenantId: { type: String, required: true },
    conversationId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
    clientMsgId: String,
    author: { type: partySchema(AuthorType), required: true },
    visibility: { type: String, enum: Visibility, required: true },
    kind: { type: String, enum: MessageKind, required: true },
    // Not `required`: mongoose rejects '' for required strings, and an event message may have empty text.
    text: { type: String },
    createdAt: { type: String, required: true },
    meta: { type: Mixed },
    searchText: String,
  },
  { ...options, collection: 'messages' },
);
messageSchema.index({ tenantId: 1, conversationId: 1, seq: 1 }, { unique: true });
// History search over transcripts (the one text index of the collection; whole words, any language).
messageSchema.index(
  { tenantId: 1, searchText: 'text' },
  { name: 'message_search_text', default_language: 'none', language_override: 'searchLanguage' },
);
messageSchema.index(
  { tenantId: 1, conversationId: 1, clientMsgId: 1 },
  { unique: true, partialFilterExpression: { clientMsgId: { $exists: true } } },
);

export const followUpSchema = new Schema<FollowUpDoc>(
  {
    id: { type: String, required: true },
    tenantId: { type: String, required: true },
    conversationId: { type: String, required: true },
    step: { type: Number, required: true },
    dueAt: { type: Date, required: true },
    status: { type: String, enum: followUpStatuses, required: true },
    leaseOwner: String,
    leaseUntil: Date,
    attempts: { type: Number, required: true, min: 0 },
    payload: { type: Mixed },
  },
  { ...options, collection: 'followups' },
);
followUpSchema.index({ tenantId: 1, id: 1 }, { unique: true });
followUpSchema.index({ status: 1, dueAt: 1 });
followUpSchema.index({ tenantId: 1, conversationId: 1, dueAt: 1 });

/**
 * Indexes of earlier versions that keyed records by id alone. They would stop a second tenant from using an id
 * that another tenant holds, so connect drops them (when it builds indexes); docs/MONGO.md, "Migrating".
 */
export const LEGACY_INDEXES: Record<'conversations' | 'messages' | 'followUps', string[]> = {
  // Plus the text indexes over the plaintext lead name and message text, from before personal data was sealed
  // (a collection holds at most one text index: they go before the searchText one is built).
  conversations: ['id_1', 'conversation_lead_name_text'],
  messages: ['conversationId_1_seq_1', 'conversationId_1_clientMsgId_1', 'message_text'],
  followUps: ['id_1'],
};

export interface StoreModels extends VisitorModels {
  leads: Model<LeadDoc>;
  conversations: Model<ConversationDoc>;
  messages: Model<MessageDoc>;
  followUps: Model<FollowUpDoc>;
  readMarks: Model<ReadMarkDoc>;
}

/** Registers the four models on a dedicated connection (never on the global mongoose connection). */
export function createModels(connection: Connection): StoreModels {
  return {
    leads: connection.model<LeadDoc>('Lead', leadSchema),
    conversations: connection.model<ConversationDoc>('Conversation', conversationSchema),
    messages: connection.model<MessageDoc>('Message', messageSchema),
    followUps: connection.model<FollowUpDoc>('FollowUp', followUpSchema),
    ...createVisitorModels(connection),
    readMarks: connection.model<ReadMarkDoc>('ReadMark', readMarkSchema),
  };
}
