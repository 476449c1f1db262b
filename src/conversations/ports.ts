import type { ModelReading } from '../bots/model-read.js';
import type { BotKind, MessageView, StreamKind, StreamSnapshot } from '../protocol/common.js';
import type { StaffServerEvents, WidgetServerEvents } from '../protocol/events.js';

/**
 * The ports the conversation core needs from the transport. conversations/ owns them; realtime/ and cluster/
 * implement them (the core never imports the transport).
 */

type Args<F> = F extends (...args: infer A) => void ? A : never;

/** `Broadcaster.toLead` and `toStaff` bound to one conversation. */
export interface ConversationAudiences {
  toLead<E extends keyof WidgetServerEvents>(event: E, ...args: Args<WidgetServerEvents[E]>): void;
  toStaff<E extends keyof StaffServerEvents>(event: E, ...args: Args<StaffServerEvents[E]>): void;
}

/**
 * Delivers events to the right audience. Staff-only content is only ever emitted on /agent and /supervisor,
 * so it cannot reach the widget namespace whatever the room membership.
 */
export interface Broadcaster {
  /**
   * The lead's connected tabs, on every node, receive the conversation's events from now on (before the first
   * broadcast that must reach them). Cheap when they already do.
   */
  admitLead(tenantId: string, leadId: string, conversationId: string): void;
  /**
   * A stored message: everyone-visible ones reach the lead too; staff ones reach staff only. `exceptSocket`: the
   * connection that sent it, which gets the message in its ack instead (one write to it, not two).
   */
  message(tenantId: string, message: MessageView, options?: { exceptSocket?: string }): void;
  toLead<E extends keyof WidgetServerEvents>(
    tenantId: string,
    conversationId: string,
    event: E,
    ...args: Args<WidgetServerEvents[E]>
  ): void;
  toStaff<E extends keyof StaffServerEvents>(
    tenantId: string,
    conversationId: string,
    event: E,
    ...args: Args<StaffServerEvents[E]>
  ): void;
  /**
   * One conversation's audiences with its room resolved once: for the many events of a token stream. The same
   * deliveries as `toLead` and `toStaff`.
   */
  conversation(tenantId: string, conversationId: string): ConversationAudiences;
  toAgentsOnly<E extends keyof StaffServerEvents>(
    tenantId: string,
    conversationId: string,
    event: E,
    ...args: Args<StaffServerEvents[E]>
  ): void;
  toTenantStaff<E extends keyof StaffServerEvents>(
    tenantId: string,
    event: E,
    ...args: Args<StaffServerEvents[E]>
  ): void;
  toBoard<E extends keyof StaffServerEvents>(
    tenantId: string,
    event: E,
    ...args: Args<StaffServerEvents[E]>
  ): void;
}

/**
 * How engines (bot replies, coaching) publish a token stream. The realtime layer implements it: it sends the first
 * token of an event-loop turn at once and coalesces the rest of the turn, numbers them gaplessly, fans them out to
 * the right audience on every node and keeps a snapshot for clients that join mid-stream. Bot streams use the
 * `stream:*` events; coaching and qualification streams use `coach:*` and reach staff only.
 */
export interface OpenStreamOptions {
  tenantId: string;
  conversationId: string;
  kind: StreamKind;
  /** 'everyone' = the lead and staff (bot replies only); 'staff' = agents in the conversation and monitors. */
  audience: 'everyone' | 'staff';
  replyToSeq?: number;
  trigger?: 'lead_message' | 'utterance' | 'request';
}

export interface StreamEndOptions {
  /** seq of the stored final message. */
  seq?: number;
  /** For coaching: the structured result sent with coach:done. */
  result?: Record<string, unknown>;
  source?: 'llm' | 'rules';
}

export interface OutboundStream {
  readonly streamId: string;
  /** The text pushed so far. */
  readonly text: string;
  push(text: string): void;
  end(options?: StreamEndOptions): void;
  fail(code: string, message: string): void;
}

export interface StreamPublisher {
  open(options: OpenStreamOptions): OutboundStream;
}

/** The stream publisher plus what a replay needs: the snapshots of in-flight streams, on every node. */
export interface StreamPort extends StreamPublisher {
  allSnapshots(tenantId: string, conversationId: string, viewer: 'lead' | 'staff'): Promise<StreamSnapshot[]>;
}

/** A rule the outbound guard found broken while a reply was phrased (Fair Housing, commission, style...). */
export interface GuardViolation {
  rule: string;
  detail: string;
}

/**
 * Streams one bot reply to the lead and resolves with the final text (the template, or the model's guarded
 * phrasing) and what the guard blocked; the caller stores the message, then ends the stream with its seq.
 */
/**
 * Reads a turn's lead messages with the model (the bots' model-read.ts builds the request and checks the answer):
 * resolves with the reading, or with no reading when there is no model, it is unavailable, fails or is late. Never
 * rejects.
 */
export type TurnReader = (request: {
  tenantId: string;
  conversationId: string;
  text: string;
  kind: BotKind;
  /** The question the lead last saw. */
  question?: string;
}) => Promise<ModelReading>;

export type ReplyStreamer = (request: {
  tenantId: string;
  conversationId: string;
  text: string;
  lang: 'en' | 'es';
  rephrase: boolean;
  replyToSeq: number;
}) => Promise<{
  text: string;
  violations?: GuardViolation[];
  finish: (seq: number) => void;
  fail: (code: string, message: string) => void;
}>;

/** What a turn holds while it runs: the lease's fencing token when the lock has one (Redis), else nothing. */
export interface TurnLease {
  fence?: number;
}

/**
 * One writer per conversation (DESIGN.md section 3). The in-process lock serialises work per key on this node;
 * the cluster layer implements it with a Redis lease whose fencing token reaches the store with every write.
 */
export interface ConversationLock {
  run<T>(key: string, work: (lease: TurnLease) => Promise<T>): Promise<T>;
  /** True when another node holds the key's lease right now (the sweeper leaves such turns alone). */
  held?(key: string): Promise<boolean>;
}

/** Coaching for staff: requested from the console, triggered by lead messages and utterances (an extension). */
export interface CoachingService {
  /** Starts a coaching or qualification stream for staff; returns its streamId. */
  request(tenantId: string, conversationId: string, kind: 'coaching' | 'qualification'): Promise<string>;
}
