import type { Author } from '../../protocol/common.js';
import type {
  ConversationDoc,
  FollowUpDoc,
  LeadDoc,
  ListingDoc,
  MessageDoc,
  OutboxDoc,
  PartyDoc,
} from './schemas.js';
import type {
  ConversationRecord,
  FollowUpJob,
  OutboxEntry,
  LeadRecord,
  MessageRecord,
  NewMessage,
  OwnerRecord,
} from '../types.js';

/**
 * Documents to port records and back. Records are built field by field, so nothing MongoDB adds (`_id`, the
 * message's `tenantId`) leaks out, and a missing or null optional field stays absent.
 */

const present = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

function toListing(doc: ListingDoc): ListingDoc {
  const listing: ListingDoc = { id: doc.id };
  if (present(doc.address)) listing.address = doc.address;
  if (present(doc.price)) listing.price = doc.price;
  if (present(doc.beds)) listing.beds = doc.beds;
  if (present(doc.baths)) listing.baths = doc.baths;
  if (present(doc.area)) listing.area = doc.area;
  return listing;
}

function toParty<T extends PartyDoc>(doc: PartyDoc): T {
  const party = { type: doc.type } as T;
  if (present(doc.id)) party.id = doc.id;
  if (present(doc.name)) party.name = doc.name;
  return party;
}

export function toLead(doc: LeadDoc): LeadRecord {
  const lead: LeadRecord = {
    id: doc.id,
    tenantId: doc.tenantId,
    profile: doc.profile ?? {},
    temperature: doc.temperature,
    optedOut: doc.optedOut,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
  if (present(doc.visitorId)) lead.visitorId = doc.visitorId;
  if (present(doc.name)) lead.name = doc.name;
  if (present(doc.email)) lead.email = doc.email;
  if (present(doc.phone)) lead.phone = doc.phone;
  if (present(doc.intent)) lead.intent = doc.intent;
  if (present(doc.optedOutAt)) lead.optedOutAt = doc.optedOutAt;
  if (present(doc.sourceListing)) lead.sourceListing = toListing(doc.sourceListing);
  return lead;
}

export function toConversation(doc: ConversationDoc): ConversationRecord {
  const conversation: ConversationRecord = {
    id: doc.id,
    tenantId: doc.tenantId,
    leadId: doc.leadId,
    channel: doc.channel,
    botKind: doc.botKind,
    botState: doc.botState ?? null,
    owner: toParty<OwnerRecord & PartyDoc>(doc.owner),
    status: doc.status,
    temperature: doc.temperature,
    lastSeq: doc.lastSeq,
    version: doc.version,
    lastLeadSeq: doc.lastLeadSeq ?? 0,
    processedSeq: doc.processedSeq ?? 0,
    answeredSeq: doc.answeredSeq ?? 0,
    outbox: (doc.outbox ?? []).map(toOutboxEntry),
    fence: doc.fence ?? 0,
    meta: doc.meta ?? {},
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    stateSince: doc.stateSince,
  };
  if (present(doc.listing)) conversation.listing = toListing(doc.listing);
  if (present(doc.intent)) conversation.intent = doc.intent;
  if (present(doc.handoffKey)) conversation.handoffKey = doc.handoffKey;
  return conversation;
}

function toOutboxEntry(doc: OutboxDoc): OutboxEntry {
  const entry: OutboxEntry = {
    clientMsgId: doc.clientMsgId,
    kind: doc.kind,
    text: doc.text ?? '',
    visibility: doc.visibility,
  };
  if (present(doc.replyToSeq)) entry.replyToSeq = doc.replyToSeq;
  if (present(doc.fromSeq)) entry.fromSeq = doc.fromSeq;
  if (present(doc.lang)) entry.lang = doc.lang;
  if (present(doc.rephrase)) entry.rephrase = doc.rephrase;
  if (present(doc.homes)) entry.homes = doc.homes;
  return entry;
}

export function toMessage(doc: MessageDoc): MessageRecord {
  const message: MessageRecord = {
    conversationId: doc.conversationId,
    seq: doc.seq,
    author: toParty<Author & PartyDoc>(doc.author),
    visibility: doc.visibility,
    kind: doc.kind,
    text: doc.text ?? '',
    createdAt: doc.createdAt,
  };
  if (present(doc.clientMsgId)) message.clientMsgId = doc.clientMsgId;
  if (present(doc.meta)) message.meta = doc.meta;
  return message;
}

/** The document for a new message; undefined optional fields are left out so the partial index stays exact. */
export function messageDoc(tenantId: string, message: NewMessage, seq: number): MessageDoc {
  const doc: MessageDoc = {
    tenantId,
    conversationId: message.conversationId,
    seq,
    author: toParty(message.author),
    visibility: message.visibility,
    kind: message.kind,
    text: message.text,
    createdAt: message.createdAt,
  };
  if (present(message.clientMsgId)) doc.clientMsgId = message.clientMsgId;
  if (present(message.meta)) doc.meta = message.meta;
  return doc;
}

export function toFollowUp(doc: FollowUpDoc): FollowUpJob {
  const job: FollowUpJob = {
    id: doc.id,
    tenantId: doc.tenantId,
    conversationId: doc.conversationId,
    step: doc.step,
    dueAt: doc.dueAt.toISOString(),
    status: doc.status,
    attempts: doc.attempts,
    payload: doc.payload ?? {},
  };
  if (present(doc.leaseOwner)) job.leaseOwner = doc.leaseOwner;
  if (present(doc.leaseUntil)) job.leaseUntil = doc.leaseUntil.toISOString();
  return job;
}

/** A new job as scheduled: pending lease-free state, attempts from zero (as the SQLite adapter does). */
export function followUpDoc(job: FollowUpJob): FollowUpDoc {
  return {
    id: job.id,
    tenantId: job.tenantId,
    conversationId: job.conversationId,
    step: job.step,
    dueAt: new Date(job.dueAt),
    status: job.status,
    attempts: 0,
    payload: job.payload,
  };
}

/**
 * Splits a patch into `$set` and `$unset`: a key given as undefined removes the field (what the SQLite adapter's
 * JSON does); absent keys are left alone.
 */
export function patchUpdate(patch: object): { $set: Record<string, unknown>; $unset: Record<string, ''> } {
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, ''> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) $unset[key] = '';
    else $set[key] = value;
  }
  return { $set, $unset };
}
