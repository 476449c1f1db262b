import type {
  Author,
  BotKind,
  Channel,
  ConversationStatus,
  Listing,
  MessageKind,
  Temperature,
  Visibility,
} from '../protocol/common.js';
import type { AnalyticsStore } from './analytics-types.js';
import type { ConversationMeta } from './conversation-meta.js';
import type { ConsentStore } from './consent-types.js';
import type { ExperimentStore } from './experiment-types.js';
import type { IdentityStore } from './identity-types.js';
import type { ListingStore } from './listing-types.js';
import type { OutboxStore, WithEvents } from './outbox-types.js';
import type { HomeCards } from '../protocol/homes.js';
import type { TurnWrite } from './turn-write.js';
import type { TenantStore } from './tenant-types.js';

export type { TurnWrite } from './turn-write.js';

export type * from './identity-types.js';
export type * from './consent-types.js';
export type * from './listing-types.js';
export type * from './analytics-types.js';
export type * from './tenant-types.js';
export type * from './experiment-types.js';

export interface LeadRecord {
  id: string;
  tenantId: string;
  visitorId?: string;
  name?: string;
  email?: string;
  phone?: string;
  intent?: 'buy' | 'sell';
  /** Buyer and seller slots, offer type and anything else the bots extracted (plain JSON). */
  profile: Record<string, unknown>;
  temperature: Temperature;
  optedOut: boolean;
  optedOutAt?: string;
  sourceListing?: Listing;
  createdAt: string;
  updatedAt: string;
}

export type LeadPatch = Partial<Omit<LeadRecord, 'id' | 'tenantId' | 'createdAt'>>;

export interface OwnerRecord {
  type: 'bot' | 'agent';
  id?: string;
  name?: string;
}

export interface ConversationRecord {
  id: string;
  tenantId: string;
  leadId: string;
  channel: Channel;
  listing?: Listing;
  intent?: 'buy' | 'sell';
  botKind: BotKind;
  /** The bot's versioned state, stored as is. */
  botState: unknown;
  owner: OwnerRecord;
  status: ConversationStatus;
  temperature: Temperature;
  lastSeq: number;
  /** Incremented on every update; the fencing token for compare-and-set writes. */
  version: number;
  /**
   * Turn bookkeeping (DESIGN.md section 3, "no lost and no stale bot turn"). The store sets lastLeadSeq on
   * append (the newest message that asks for a bot turn, see isTurnMessage); the turn writes the others.
   * Invariant: answeredSeq <= processedSeq <= lastLeadSeq; a turn is pending while lastLeadSeq > answeredSeq.
   */
  lastLeadSeq: number;
  /** The highest lead seq the bot has read: its state includes every lead message up to here. */
  processedSeq: number;
  /** The highest lead seq whose turn is finished: its replies are stored (or it needed none). */
  answeredSeq: number;
  /** What the turn that read up to processedSeq decided to post, not yet confirmed stored; cleared once stored. */
  outbox: OutboxEntry[];
  /** The highest lease fencing token that wrote the conversation; a write with a lower token is refused. */
  fence: number;
  /** What the service keeps beside the bot's state: the board's view, alerts, hand-off, drafts, lifecycle (typed). */
  meta: ConversationMeta;
  createdAt: string;
  updatedAt: string;
  stateSince: string;
  /**
   * Where a waiting hand-off stands in the staff's lists (src/conversations/handoff-rank.ts): the hand-offs are
   * listed by (handoffKey, id) ascending, the strongest signals first, then the longest waiting (handoff-key.ts).
   * The service sets it while the status is handoff_pending; a record without one is indexed with the key of rank
   * 0 since its stateSince (storedHandoffKey). Its value means nothing in another status.
   */
  handoffKey?: string;
}

/** A message a turn decided to post (a bot reply or a system event), stored idempotently by clientMsgId. */
export interface OutboxEntry {
  clientMsgId: string;
  kind: 'reply' | 'event';
  text: string;
  visibility: Visibility;
  /** Replies: the newest lead seq the turn read (the reply answers every lead message up to it). */
  replyToSeq?: number;
  /** Replies: the oldest lead seq the turn read. */
  fromSeq?: number;
  lang?: 'en' | 'es';
  /** Replies: the model may phrase it (the meaning stays). */
  rephrase?: boolean;
  /** Replies: the homes that match, as cards (stored as the message's `meta.homes`; never streamed or rephrased). */
  homes?: HomeCards;
}

/** The fields a new conversation may leave out (they start at zero / empty). */
export type TurnFields = 'lastLeadSeq' | 'processedSeq' | 'answeredSeq' | 'outbox' | 'fence';
export type NewConversation = Omit<ConversationRecord, TurnFields> &
  Partial<Pick<ConversationRecord, TurnFields>>;

export type ConversationPatch = Partial<
  Pick<
    ConversationRecord,
    | 'botKind'
    | 'botState'
    | 'owner'
    | 'status'
    | 'temperature'
    | 'meta'
    | 'stateSince'
    | 'listing'
    | 'processedSeq'
    | 'answeredSeq'
    | 'outbox'
    | 'handoffKey'
  >
>;

/** A message that asks for a bot turn: everyone-visible text by the lead (call transcripts are staff-only). */
export const isTurnMessage = (message: Pick<MessageRecord, 'author' | 'visibility' | 'kind'>): boolean =>
  message.author.type === 'lead' && message.kind === 'text' && message.visibility === 'everyone';

/** The turn fields of a conversation, defaulted for records written before they existed. */
export function withTurnFields(conversation: NewConversation): ConversationRecord {
  return {
    ...conversation,
    lastLeadSeq: conversation.lastLeadSeq ?? 0,
    processedSeq: conversation.processedSeq ?? 0,
    answeredSeq: conversation.answeredSeq ?? 0,
    outbox: conversation.outbox ?? [],
    fence: conversation.fence ?? 0,
  };
}

/** What an erasure removed (counts only: the audit entry keeps it, so it holds no personal data). */
export interface LeadErasure {
  conversations: number;
  messages: number;
  consents: number;
  followUpsCancelled: number;
}

export interface MessageRecord {
  conversationId: string;
  seq: number;
  clientMsgId?: string;
  author: Author;
  visibility: Visibility;
  kind: MessageKind;
  text: string;
  createdAt: string;
  meta?: Record<string, unknown>;
}

export type NewMessage = Omit<MessageRecord, 'seq'>;

export interface AppendResult {
  message: MessageRecord;
  /** True when clientMsgId was already stored: the first result is returned and nothing new is written. */
  duplicate: boolean;
}

/**
 * appendToOpenConversation's answer: the append, with the conversation it went to (as read before it). Read it,
 * never change it in place: the SQLite store shares (and freezes) its nested parts between answers.
 */
export interface LeadAppendResult extends AppendResult {
  readonly conversation: Readonly<ConversationRecord>;
  /** True when this call created the conversation (appendToOpenConversation's `start`). */
  readonly started?: boolean;
}

export type FollowUpStatus = 'pending' | 'sent' | 'cancelled';

export interface FollowUpJob {
  id: string;
  tenantId: string;
  conversationId: string;
  step: number;
  dueAt: string;
  status: FollowUpStatus;
  leaseOwner?: string;
  leaseUntil?: string;
  attempts: number;
  payload: Record<string, unknown>;
}

/**
 * A server-issued anonymous visitor secret, stored only as its SHA-256 hash. `id` is a random public handle
 * (carried in widget tokens so a revoked secret also ends its sessions); it is never derived from the secret.
 */
export interface VisitorSecretRecord {
  id: string;
  tenantId: string;
  leadId: string;
  /** Hex SHA-256 of the secret; the secret itself is never stored. */
  secretHash: string;
  createdAt: string;
  /** Sliding expiry: each resume moves it forward (HUB_VISITOR_SECRET_TTL_S). */
  expiresAt: string;
  revokedAt?: string;
}

/** A site user proven by its site's backend (an identity token), linked to one lead per tenant. */
export interface IdentityLinkRecord {
  tenantId: string;
  /** The site's own user id, as the site sent it. */
  userId: string;
  leadId: string;
  createdAt: string;
  /**
   * The lead's visitor secrets were last revoked then: only an identity token signed after it (iat) reaches the
   * lead again, never a legacy identity hash.
   */
  revokedAt?: string;
}

export interface ListConversationsQuery {
  statuses?: ConversationStatus[];
  /** Only conversations whose updatedAt is at or before this ISO time (the sweeper's deadline). */
  updatedBefore?: string;
  /** Only conversations whose updatedAt is after this ISO time. */
  updatedAfter?: string;
  /** Only conversations with a pending bot turn (lastLeadSeq > answeredSeq). */
  pendingTurn?: boolean;
  /**
   * Order by (updatedAt, id) ascending: the longest-waiting first (the inbox's hand-offs). Default: descending,
   * the most recently updated first.
   */
  oldestFirst?: boolean;
  /** Keyset paging: only conversations strictly after this one in the chosen order. */
  after?: { updatedAt: string; id: string };
  /**
   * The staff's hand-off order instead: by (handoffKey, id) ascending (`last`: descending, from the end), only
   * strictly between `after` and `before` when given (keys as storedHandoffKey gives them); `oldestFirst` and
   * `after` above do not apply.
   */
  byHandoff?: { after?: HandoffPosition; before?: HandoffPosition; last?: boolean };
  limit?: number;
}

/** A conversation's place in the hand-off order. */
export interface HandoffPosition {
  key: string;
  id: string;
}

/** How a closed conversation ended (the close form's choices). */
export const ConversationOutcome = [
  'appointment_set',
  'qualified',
  'not_a_fit',
  'spam',
  'no_response',
] as const;
export type ConversationOutcome = (typeof ConversationOutcome)[number];

/**
 * The history list: conversations of a tenant, newest activity first, filtered and paged. Filters combine with AND;
 * a list filter matches any of its values. `text` is full-text search over every transcript message and the lead's
 * name (words match by prefix, case and accents ignored). Status, outcome and owner live where the conversation
 * service writes them: `status`, `meta.lifecycle.outcome`, `owner.id`.
 */
export interface HistoryQuery {
  text?: string;
  statuses?: ConversationStatus[];
  outcomes?: ConversationOutcome[];
  temperatures?: Temperature[];
  ownerId?: string;
  /** updatedAt at or after this ISO time. */
  from?: string;
  /** updatedAt at or before this ISO time. */
  to?: string;
  /** Page size (default 20, at most 100). */
  limit?: number;
  offset?: number;
}

export interface HistoryPage {
  conversations: ConversationRecord[];
  /** Every match, across pages. */
  total: number;
}

/**
 * The persistence port. Every adapter (SQLite, MongoDB) passes tests/contract/store.contract.ts unchanged.
 * Every conversation-level read and write is scoped by tenantId: a wrong tenant sees nothing.
 */
export interface Store
  extends
    IdentityStore,
    ConsentStore,
    ListingStore,
    AnalyticsStore,
    ExperimentStore,
    OutboxStore,
    TenantStore {
  readonly kind: 'sqlite' | 'mongo';

  /** Throws HubError CONFLICT when the id exists (callers use it for get-or-create). */
  createLead(lead: LeadRecord): Promise<LeadRecord>;
  getLead(tenantId: string, id: string): Promise<LeadRecord | null>;
  findLeadByVisitor(tenantId: string, visitorId: string): Promise<LeadRecord | null>;
  /** `options.events` go to the outbox in the same write, only when the lead exists (outbox-types.ts). */
  updateLead(
    tenantId: string,
    id: string,
    patch: LeadPatch,
    options?: WithEvents,
  ): Promise<LeadRecord | null>;
  /**
   * Leads of the tenant with this phone (digits compared; +1 optional) or email (case ignored), most recently
   * updated first, at most 50: an exact lookup through keyed hashes, never a scan (personal-data.ts).
   */
  findLeadsByContact(tenantId: string, kind: 'phone' | 'email', value: string): Promise<LeadRecord[]>;

  /** Throws HubError CONFLICT when the id exists. Turn fields left out start at zero / empty. */
  createConversation(conversation: NewConversation): Promise<ConversationRecord>;
  getConversation(tenantId: string, id: string): Promise<ConversationRecord | null>;
  findOpenConversationForLead(tenantId: string, leadId: string): Promise<ConversationRecord | null>;
  /**
   * Erasure on request (CCPA/GDPR): removes every piece of the lead's personal data in one transaction. The lead
   * stays as an anonymous tombstone (no name, phone, email, visitor, listing or profile; opted out, so nothing
   * contacts it); its lookup hashes, consents, visitor secrets and identity links are deleted; each of its
   * conversations loses its messages, search rows, meta (lead name, hand-off, drafts), bot state and outbox and is
   * closed; pending follow-ups are cancelled and every follow-up's payload cleared. The audit log is untouched.
   * Null when the lead does not exist in the tenant.
   */
  eraseLead(
    tenantId: string,
    leadId: string,
    at: string,
    /** Written to the outbox in the erasure's transaction (the `lead.erased` event). */
    options?: WithEvents,
  ): Promise<LeadErasure | null>;
  /** The lead's conversations, most recently active first (at most `limit`, default 500). */
  listConversationsForLead(tenantId: string, leadId: string, limit?: number): Promise<ConversationRecord[]>;
  listConversations(tenantId: string, query?: ListConversationsQuery): Promise<ConversationRecord[]>;
  /**
   * Applies patch and bumps version, only if the stored version is still `expectedVersion` (compare-and-set) and
   * no higher fencing token wrote before; returns null otherwise (or when the conversation does not exist).
   * A write with a fence raises the stored fence to it.
   */
  updateConversation(
    tenantId: string,
    id: string,
    patch: ConversationPatch,
    expectedVersion: number,
    /** `events`: written to the outbox with the update, only when it wins (outbox-types.ts). */
    options?: { fence?: number } & WithEvents,
  ): Promise<ConversationRecord | null>;
  /**
   * A bot turn's writes as one unit (src/store/turn-write.ts): the conversation compare-and-set exactly like
   * updateConversation, and only when it wins, the lead patch, the follow-up cancel and the new follow-ups, in one
   * transaction: all of them or none. Returns what updateConversation would (null: nothing was written).
   */
  commitTurn(tenantId: string, id: string, write: TurnWrite): Promise<ConversationRecord | null>;

  /**
   * Assigns the next seq atomically (and raises lastLeadSeq for a turn message); a repeated clientMsgId in the
   * same conversation returns the first message.
   */
  appendMessage(tenantId: string, message: NewMessage): Promise<AppendResult>;
  /**
   * A lead's message to the lead's open conversation: findOpenConversationForLead and appendMessage in one call
   * (the accept path's one store round trip). When the lead has no open conversation: with `start` (the
   * conversation the lead's first message starts, of this tenant and lead), that conversation is created with
   * the message in it, and the answer says `started: true`: one transaction in SQLite. A conversation without
   * `meta.leadName` is titled with the lead's name when the lead has one. CONFLICT, writing nothing, when its id
   * exists (another tab started it first, or it is the lead's closed conversation). Without `start`: null,
   * writing nothing.
   */
  appendToOpenConversation(
    tenantId: string,
    leadId: string,
    message: Omit<NewMessage, 'conversationId'>,
    start?: NewConversation,
    /** `startEvents`: written to the outbox with the conversation, only when this call starts it. */
    options?: { startEvents?: WithEvents['events'] },
  ): Promise<LeadAppendResult | null>;
  /** Messages with seq > afterSeq, in seq order, at most limit (default 1,000). */
  messagesAfter(
    tenantId: string,
    conversationId: string,
    afterSeq: number,
    options?: { limit?: number; visibility?: Visibility[] },
  ): Promise<MessageRecord[]>;
  /** The last `count` messages, in seq order. */
  lastMessages(tenantId: string, conversationId: string, count: number): Promise<MessageRecord[]>;
  findMessageByClientId(
    tenantId: string,
    conversationId: string,
    clientMsgId: string,
  ): Promise<MessageRecord | null>;

  scheduleFollowUps(jobs: FollowUpJob[]): Promise<void>;
  /** Cancels the pending follow-ups of a conversation; returns how many. */
  cancelFollowUps(tenantId: string, conversationId: string): Promise<number>;
  /** Leases up to `limit` pending jobs due at `now` whose lease is free or expired. */
  claimDueFollowUps(now: Date, owner: string, leaseMs: number, limit: number): Promise<FollowUpJob[]>;
  /** Marks a leased job sent or cancelled; false when the lease was lost. Jobs are keyed by (tenantId, id). */
  completeFollowUp(
    tenantId: string,
    id: string,
    owner: string,
    status: 'sent' | 'cancelled',
  ): Promise<boolean>;
  /** Moves a leased job to a later due time (quiet hours); false when the lease was lost. */
  postponeFollowUp(tenantId: string, id: string, owner: string, dueAt: Date): Promise<boolean>;
  listFollowUps(tenantId: string, conversationId: string): Promise<FollowUpJob[]>;

  /** Throws HubError CONFLICT when the id or the hash exists. */
  createVisitorSecret(record: VisitorSecretRecord): Promise<VisitorSecretRecord>;
  findVisitorSecret(tenantId: string, secretHash: string): Promise<VisitorSecretRecord | null>;
  getVisitorSecret(tenantId: string, id: string): Promise<VisitorSecretRecord | null>;
  /** Moves expiresAt forward (never back) unless revoked; false when missing or revoked. */
  touchVisitorSecret(tenantId: string, id: string, expiresAt: string): Promise<boolean>;
  /**
   * Revokes every live secret of the lead and stamps its identity links with `revokedAt` (IdentityLinkRecord);
   * returns how many secrets.
   */
  revokeVisitorSecrets(tenantId: string, leadId: string, revokedAt: string): Promise<number>;
  /** Throws HubError CONFLICT when (tenantId, userId) is linked already. */
  linkIdentity(record: IdentityLinkRecord): Promise<IdentityLinkRecord>;
  findIdentity(tenantId: string, userId: string): Promise<IdentityLinkRecord | null>;
  /** The history list with filters and full-text search (HistoryQuery). */
  searchConversations(tenantId: string, query: HistoryQuery): Promise<HistoryPage>;
  /** Records that `userId` has read the conversation up to `seq` (never moves backwards). */
  markRead(tenantId: string, conversationId: string, userId: string, seq: number): Promise<void>;
  /**
   * Lead messages after each conversation's read mark of `userId` (all of them when never read), by conversation
   * id; conversations of other tenants or unknown ids are left out.
   */
  unreadCounts(tenantId: string, userId: string, conversationIds: string[]): Promise<Record<string, number>>;

  ping(): Promise<void>;
  close(): Promise<void>;
}
