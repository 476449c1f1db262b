import { z } from 'zod';
import { shownText, visibleText } from './text.js';
import type { Ack } from '../errors.js';
import {
  ConversationStatus,
  NarrativeLength,
  NarrativeStyle,
  Temperature,
  clientMsgIdSchema,
  idSchema,
  seqSchema,
  STAFF_TEXT_LIMIT,
  TEXT_ACCEPT_LIMIT,
  type ConversationSummary,
  type MessageView,
  type StreamEndEvent,
  type StreamErrorEvent,
  type StreamSnapshot,
  type StreamStartEvent,
  type StreamTokenEvent,
  type HandoffPacketView,
  type ListingCard,
  type StaffRole,
} from './common.js';

const leadText = z.string().max(TEXT_ACCEPT_LIMIT);
/** The longest satisfaction comment a lead may send (characters). */
export const SATISFACTION_COMMENT_LIMIT = 1_000;
const staffText = z.string().min(1).max(STAFF_TEXT_LIMIT);

// ---------- client → server payloads (validated at the edge) ----------

export const widgetPayloads = {
  'message:send': z.strictObject({ clientMsgId: clientMsgIdSchema, text: leadText }),
  'conversation:resume': z.strictObject({ lastSeq: seqSchema }),
  typing: z.strictObject({ isTyping: z.boolean() }),
  /** "Tell me more about this home": a narrative of the conversation's catalogue listing, streamed (stream:*). */
  'listing:narrative': z.strictObject({
    style: z.enum(NarrativeStyle).optional(),
    length: z.enum(NarrativeLength).optional(),
  }),
  /**
   * The lead rates its own conversation 1 to 5, once, after a close or a quiet period (docs/ANALYTICS.md); the
   * optional comment is kept as a staff-only transcript line, never in the analytics event.
   */
  'satisfaction:rate': z.strictObject({
    conversationId: idSchema,
    rating: z.number().int().min(1).max(5),
    comment: z.string().max(SATISFACTION_COMMENT_LIMIT).transform(visibleText).optional(),
  }),
} as const;

const conversationRef = z.strictObject({ conversationId: idSchema });
/** An opaque paging cursor from a previous answer's `cursor` (lists with `hasMore`). */
export const cursorSchema = z.string().min(1).max(512);
const livePage = z.strictObject({ cursor: cursorSchema.optional() });

export const agentPayloads = {
  'inbox:list': livePage,
  'conversation:join': z.strictObject({ conversationId: idSchema, lastSeq: seqSchema }),
  'conversation:leave': conversationRef,
  'conversation:claim': conversationRef,
  'conversation:release': conversationRef,
  'message:send': z.strictObject({
    conversationId: idSchema,
    clientMsgId: clientMsgIdSchema,
    text: staffText,
    /** Send although the compliance check warned (tenants whose `agentGuard` is 'confirm'). */
    confirm: z.boolean().optional(),
    /**
     * The text came from a coaching card's "Use as reply": the seq of that stored coaching result in this
     * conversation (coach:done's `seq`). Recorded as `coaching_used` with `match: 'clicked'`; a seq that is not a
     * coaching card of the conversation is ignored (docs/PROTOCOL.md).
     */
    coachingSeq: seqSchema.min(1).optional(),
  }),
  'note:add': z.strictObject({ conversationId: idSchema, clientMsgId: clientMsgIdSchema, text: staffText }),
  'call:start': conversationRef,
  'call:utterance': z.strictObject({
    conversationId: idSchema,
    speaker: z.enum(['prospect', 'agent']),
    clientMsgId: clientMsgIdSchema,
    text: staffText,
  }),
  'call:end': conversationRef,
  'coach:request': z.strictObject({ conversationId: idSchema, kind: z.enum(['coaching', 'qualification']) }),
  'bot:enable': conversationRef,
  /** A narrative of the conversation's catalogue listing, streamed to staff as a draft (coach:*, kind narrative). */
  'narrative:draft': z.strictObject({
    conversationId: idSchema,
    style: z.enum(NarrativeStyle).optional(),
    length: z.enum(NarrativeLength).optional(),
  }),
  typing: z.strictObject({ conversationId: idSchema, isTyping: z.boolean() }),
  /** The conversation's catalogue listing and the hand-off packet's matches, as cards. */
  'listing:card': conversationRef,
  'conversation:close': z.strictObject({
    conversationId: idSchema,
    outcome: z.enum(['appointment_set', 'qualified', 'not_a_fit', 'spam', 'no_response']),
    note: z.string().max(500).optional(),
  }),
  'conversation:snooze': z.strictObject({ conversationId: idSchema, until: z.iso.datetime() }),
  'conversation:read': z.strictObject({ conversationId: idSchema, seq: seqSchema }),
  'unread:counts': z.strictObject({ conversationIds: z.array(idSchema).max(500) }),
  'history:search': z.strictObject({
    text: z.string().max(200).optional(),
    statuses: z.array(z.enum(ConversationStatus)).max(5).optional(),
    outcomes: z
      .array(z.enum(['appointment_set', 'qualified', 'not_a_fit', 'spam', 'no_response']))
      .max(5)
      .optional(),
    temperatures: z.array(z.enum(Temperature)).max(3).optional(),
    ownerId: idSchema.optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    limit: z.number().int().min(1).max(100).optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
  }),
  'canned:list': z.strictObject({}),
} as const;

export const supervisorPayloads = {
  'board:subscribe': livePage,
  'board:unsubscribe': z.strictObject({}),
  'conversation:monitor': z.strictObject({ conversationId: idSchema, lastSeq: seqSchema }),
  'conversation:unmonitor': conversationRef,
  'whisper:send': z.strictObject({
    conversationId: idSchema,
    clientMsgId: clientMsgIdSchema,
    text: staffText,
  }),
  'conversation:barge': conversationRef,
  'conversation:assign': z.strictObject({
    conversationId: idSchema,
    agentId: idSchema,
    agentName: shownText(120).optional(),
  }),
  'draft:approve': z.strictObject({
    conversationId: idSchema,
    draftId: idSchema,
    text: staffText.optional(),
  }),
  'draft:reject': z.strictObject({
    conversationId: idSchema,
    draftId: idSchema,
    reason: z.string().max(500).optional(),
  }),
  'staff:roster': z.strictObject({}),
} as const;

export type WidgetPayload<E extends keyof typeof widgetPayloads> = z.infer<(typeof widgetPayloads)[E]>;
export type AgentPayload<E extends keyof typeof agentPayloads> = z.infer<(typeof agentPayloads)[E]>;
export type SupervisorPayload<E extends keyof typeof supervisorPayloads> = z.infer<
  (typeof supervisorPayloads)[E]
>;

// ---------- ack results ----------

export interface SendResult {
  conversationId: string;
  seq: number;
  duplicate: boolean;
  truncated: boolean;
}
/**
 * The widget's `message:send` ack: also the stored message, because the connection that sent it gets no
 * `message` event for it (the lead's other tabs do).
 */
export interface LeadSendResult extends SendResult {
  message: MessageView;
}
export interface ReplayResult {
  conversationId: string;
  messages: MessageView[];
  streams: StreamSnapshot[];
  /** True when more messages follow: ask again with the last seq received. */
  hasMore: boolean;
}
/** A widget that never wrote has no conversation yet: conversationId is null. */
export interface ResumeResult extends Omit<ReplayResult, 'conversationId'> {
  conversationId: string | null;
  /** The conversation's current status (who is chatting), so a reloaded widget shows it at once. */
  status?: ConversationStatusEvent;
  /**
   * When the widget asks the lead for a rating (satisfaction:rate): always after a close, and after `quietMs`
   * without a message while the lead is not waiting for an answer (0: only after a close).
   */
  satisfaction?: { quietMs: number };
}
/** satisfaction:rate's answer: the rating kept. */
export interface SatisfactionResult {
  conversationId: string;
  rating: number;
}
export interface JoinResult extends ReplayResult {
  conversation: ConversationSummary;
}
export interface ConversationResult {
  conversation: ConversationSummary;
}
export interface CoachRequestResult {
  streamId: string;
}
/** `listing:card`: the conversation's listing (null: not in the catalogue) and its packet's matches. */
export interface ListingCardResult {
  listing: ListingCard | null;
  matches: { ListingKey: string; score: number; reasons: string[]; card?: ListingCard }[];
}
/** A narrative stream started: its tokens follow (stream:* to the lead, coach:* to staff for a draft). */
export interface NarrativeResult {
  conversationId: string;
  streamId: string;
  ListingKey: string;
  style: NarrativeStyle;
  length: NarrativeLength;
  lang: 'en' | 'es';
}
/**
 * A narrative draft's coach:done result: the text, where it came from (`cache`, `model`, `template`), and, when the
 * conversation's review gate applies, the draft held for a supervisor (`draftId`) instead of a draft for the agent.
 */
export interface NarrativeDraftResult {
  text: string;
  source: 'cache' | 'model' | 'template';
  ListingKey: string;
  style: NarrativeStyle;
  length: NarrativeLength;
  lang: 'en' | 'es';
  review: boolean;
  draftId?: string;
}

type AckFn<T> = (ack: Ack<T>) => void;

/**
 * A page of live conversations. The first page (no cursor) lists the waiting hand-offs (strongest signals first:
 * returning, contact, qualified, value; then the longest waiting), every human-owned conversation, then the most
 * recently updated of the rest; `hasMore` says ask again with `cursor`. The pages after it hold the waiting
 * hand-offs the first page left out (`moreHandoffs`), then the rest; each conversation comes once.
 */
export interface LivePage {
  conversations: ConversationSummary[];
  hasMore: boolean;
  cursor?: string;
  /** First page only: how many hand-offs are waiting in the tenant (all of them, whether on this page or not). */
  handoffsWaiting?: number;
  /**
   * More hand-offs are waiting than this page holds (past 500 on the first: every ranked one that fits, then the
   * anonymous ones that waited longest and the newest anonymous half); the pages after it (`cursor`) list them.
   */
  moreHandoffs?: true;
}

export interface WidgetResults {
  'message:send': LeadSendResult;
  'conversation:resume': ResumeResult;
  typing: null;
  'listing:narrative': NarrativeResult;
  'satisfaction:rate': SatisfactionResult;
}
export interface AgentResults {
  'inbox:list': LivePage;
  'conversation:join': JoinResult;
  'conversation:leave': null;
  'conversation:claim': ConversationResult;
  'conversation:release': ConversationResult;
  'message:send': SendResult;
  'note:add': SendResult;
  'call:start': ConversationResult;
  'call:utterance': SendResult;
  'call:end': ConversationResult;
  'coach:request': CoachRequestResult;
  'bot:enable': ConversationResult;
  'narrative:draft': NarrativeResult;
  typing: null;
  'listing:card': ListingCardResult;
  'conversation:close': ConversationResult;
  'conversation:snooze': ConversationResult;
  'conversation:read': null;
  'unread:counts': { counts: Record<string, number> };
  'history:search': { conversations: ConversationSummary[]; total: number };
  'canned:list': { replies: CannedReply[] };
}

/** A tenant's canned reply: `{lead}` and `{agent}` in the text are filled in by the console. */
export interface CannedReply {
  title: string;
  text: string;
  /** The lead language it is written in; without it, the reply is offered for every lead. */
  lang?: 'en' | 'es';
}

/** One broken rule in an agent's message: the rule id, its name, why, and the words that broke it. */
export interface AgentWarningViolation {
  rule: 'fair_housing' | 'commission' | 'referral_kickback';
  label: string;
  explanation: string;
  detail: string;
}
/**
 * The compliance check of an agent's message (`message:send` refused with `COMPLIANCE`, in `error.details`): the
 * rules broken, a suggested rewrite, and whether the agent may send it anyway (`confirm`: resend with
 * `confirm: true`) or not at all (`block`).
 */
export interface AgentWarning {
  conversationId: string;
  mode: 'confirm' | 'block';
  lang: 'en' | 'es';
  violations: AgentWarningViolation[];
  suggestion: string;
}
/** Supervisors see every warning (`compliance:warning` to the board): who, what, and what happened to the message. */
export interface ComplianceWarningEvent {
  conversationId: string;
  agent: { id: string; name: string };
  /** warned: held for the agent to confirm; blocked: refused (tenant mode block); sent: sent after confirming. */
  outcome: 'warned' | 'blocked' | 'sent';
  rules: AgentWarningViolation['rule'][];
  detail: string;
  text: string;
  lang: 'en' | 'es';
  seq?: number;
  at: string;
}
export interface SupervisorResults {
  'board:subscribe': LivePage;
  'board:unsubscribe': null;
  'conversation:monitor': JoinResult;
  'conversation:unmonitor': null;
  'whisper:send': SendResult;
  'conversation:barge': ConversationResult;
  'conversation:assign': ConversationResult;
  'draft:approve': SendResult;
  'draft:reject': ConversationResult;
  'staff:roster': { agents: StaffRosterEntry[] };
}

/** One signed-in staff member (the Assign picker, "agents online"). */
export interface StaffRosterEntry {
  userId: string;
  name: string;
  role: StaffRole;
  /** Connected to the agent console now (any node); absent from hubs without a stored roster. */
  online?: boolean;
  lastSignInAt?: string;
}

type ClientEvents<P extends Record<string, z.ZodType>, R extends { [K in keyof P]: unknown }> = {
  [K in keyof P & string]: (payload: z.infer<P[K]>, ack: AckFn<R[K]>) => void;
};

export type WidgetClientEvents = ClientEvents<typeof widgetPayloads, WidgetResults>;
export type AgentClientEvents = ClientEvents<typeof agentPayloads, AgentResults>;
export type SupervisorClientEvents = ClientEvents<typeof supervisorPayloads, SupervisorResults>;

// ---------- server → client events ----------

export interface CoachSections {
  focus?: string;
  objection?: string;
  say?: string;
  ask?: string;
  urgency?: string;
  compliance?: string;
}
export interface CoachStartEvent extends StreamStartEvent {
  trigger: 'lead_message' | 'utterance' | 'request';
}
export interface CoachDoneEvent {
  streamId: string;
  conversationId: string;
  kind: 'coaching' | 'qualification' | 'narrative';
  source: 'llm' | 'rules';
  result: Record<string, unknown>;
  seq?: number;
}
export interface ConversationStatusEvent {
  conversationId: string;
  /** The conversation's record version (as in ConversationSummary): of two statuses, the lower one is older. */
  version: number;
  status: string;
  agentName?: string;
  botActive: boolean;
  /** A reply is on its way from a person: a held draft waits for approval, or a hand-off waits for an agent. */
  personReplying?: boolean;
}
export interface TypingEvent {
  conversationId: string;
  who: 'lead' | 'bot' | 'agent';
  isTyping: boolean;
}
export interface HandoffRequestedEvent {
  conversationId: string;
  packet: HandoffPacketView;
  conversation: ConversationSummary;
}
export interface ComplianceAlertEvent {
  conversationId: string;
  rule: string;
  detail: string;
  at: string;
}
export interface ShutdownEvent {
  reason: 'shutdown';
  reconnectAfterMs: number;
}
/** Cross-node fan-out was interrupted (Redis outage) and is back: re-run resume/join with your last seq. */
export interface ResyncEvent {
  reason: 'fanout_restored';
}
/** Which conversations have live sockets on which node (supervisor board). */
export interface BoardPresenceEvent {
  tenantId: string;
  /** Live nodes only: a node that stops heart-beating drops out within the presence TTL. */
  nodes: {
    nodeId: string;
    conversations: Record<string, { lead: number; agent: number; supervisor: number }>;
  }[];
  at: string;
}

/** A live caption of a phone call (telephony feed): partial results replace each other, a final one is stored. */
export interface CallCaptionEvent {
  conversationId: string;
  callId: string;
  speaker: 'prospect' | 'agent';
  text: string;
  final: boolean;
  /** The provider's sequence number within the call's transcription stream. */
  sequence: number;
  /** The transcript seq of the stored utterance (final captions). */
  seq?: number;
  at: string;
}
/** A phone call's transcript feed started, is live, or ended (staff only). */
export interface CallStatusEvent {
  conversationId: string;
  callId: string;
  state: 'started' | 'ended';
  /** The console shows the feed as stalled when no caption arrived for this long during the call. */
  stallAfterMs: number;
  at: string;
}

interface StreamServerEvents {
  message: (message: MessageView) => void;
  'stream:start': (event: StreamStartEvent) => void;
  'stream:token': (event: StreamTokenEvent) => void;
  'stream:end': (event: StreamEndEvent) => void;
  'stream:error': (event: StreamErrorEvent) => void;
  typing: (event: TypingEvent) => void;
  'server:shutdown': (event: ShutdownEvent) => void;
  'server:resync': (event: ResyncEvent) => void;
}

export interface WidgetServerEvents extends StreamServerEvents {
  'conversation:status': (event: ConversationStatusEvent) => void;
}

export interface StaffServerEvents extends StreamServerEvents {
  'coach:start': (event: CoachStartEvent) => void;
  'coach:token': (event: StreamTokenEvent) => void;
  'coach:done': (event: CoachDoneEvent) => void;
  'coach:error': (event: StreamErrorEvent) => void;
  'handoff:requested': (event: HandoffRequestedEvent) => void;
  'conversation:updated': (event: ConversationSummary) => void;
  'conversation:status': (event: ConversationStatusEvent) => void;
  whisper: (message: MessageView) => void;
  'compliance:alert': (event: ComplianceAlertEvent) => void;
  'compliance:warning': (event: ComplianceWarningEvent) => void;
  'board:update': (event: ConversationSummary) => void;
  'board:remove': (event: { conversationId: string }) => void;
  'board:presence': (event: BoardPresenceEvent) => void;
  'call:caption': (event: CallCaptionEvent) => void;
  'call:status': (event: CallStatusEvent) => void;
}
export type AgentServerEvents = StaffServerEvents;
export type SupervisorServerEvents = StaffServerEvents;
