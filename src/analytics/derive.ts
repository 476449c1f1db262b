import type { ConversationRecord, LeadRecord, MessageRecord } from '../store/types.js';
import { variantKey, type LeadEvent } from './events.js';

/**
 * Which events a store change records. The store calls these inside the transaction of the change, with the
 * record before and after it, so an event exists exactly when its change was written (docs/ANALYTICS.md). They read
 * only typed record fields and the board data the service writes (meta.botView, meta.handoff, meta.lifecycle),
 * never lead text.
 */

type BoardData = ConversationRecord['meta'];
const boardOf = (conversation: Pick<ConversationRecord, 'meta'>): BoardData => conversation.meta;
const word = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, 80) : undefined;
/** Milliseconds between two ISO times, within the event schema's bounds (0 to a year). */
const elapsed = (from: string, to: string) =>
  Math.min(365 * 24 * 3_600_000, Math.max(0, Date.parse(to) - Date.parse(from) || 0));

/** What the events of a conversation are derived from (the Mongo adapter's append reads only these). */
export type ConversationScope = Pick<
  ConversationRecord,
  | 'tenantId'
  | 'leadId'
  | 'id'
  | 'botKind'
  | 'owner'
  | 'listing'
  | 'meta'
  | 'createdAt'
  | 'status'
  | 'stateSince'
>;

/** The fields every event of a conversation carries: who and what it belongs to, for the rollups. */
function scopeOf(conversation: ConversationScope, at: string) {
  const experiment = boardOf(conversation).experiment;
  const variant = experiment ? word(variantKey(experiment.id, experiment.variant)) : undefined;
  return {
    tenantId: conversation.tenantId,
    leadId: conversation.leadId,
    conversationId: conversation.id,
    at,
    botKind: conversation.botKind,
    ...(conversation.owner.type === 'agent' && conversation.owner.id
      ? { agentId: conversation.owner.id }
      : {}),
    ...(conversation.listing?.id ? { listingId: conversation.listing.id } : {}),
    ...(variant ? { variant } : {}),
  };
}

export const leadCreatedEvents = (lead: LeadRecord): LeadEvent[] => [
  { type: 'lead_created', tenantId: lead.tenantId, leadId: lead.id, at: lead.createdAt },
];

/**
 * A new conversation; when it runs an experiment's arm (meta.experiment, set as the bot's state is built with the
 * arm's settings), the lead's exposure too: once per lead per experiment (onceKeyOf).
 */
export function conversationStartedEvents(conversation: ConversationRecord): LeadEvent[] {
  const scope = scopeOf(conversation, conversation.createdAt);
  const events: LeadEvent[] = [{ type: 'conversation_started', ...scope }];
  if (scope.variant) events.push({ type: 'experiment_exposure', ...scope, variant: scope.variant });
  return events;
}

/** A stored message (not a resend): the first bot reply and the first agent reply to the lead. */
export function messageEvents(conversation: ConversationScope, message: MessageRecord): LeadEvent[] {
  if (message.kind !== 'text' || message.visibility !== 'everyone') return [];
  const scope = scopeOf(conversation, message.createdAt);
  if (message.author.type === 'bot')
    return [
      {
        type: 'first_bot_reply',
        ...scope,
        durationMs: elapsed(conversation.createdAt, message.createdAt),
      },
    ];
  if (message.author.type === 'agent' || message.author.type === 'supervisor') {
    const since = conversation.status === 'human' ? conversation.stateSince : conversation.createdAt;
    return [
      {
        type: 'first_agent_reply',
        ...scope,
        ...(message.author.id ? { agentId: message.author.id } : {}),
        durationMs: elapsed(since, message.createdAt),
      },
    ];
  }
  return [];
}

/** A conversation compare-and-set that won: what its change means. */
export function conversationChangeEvents(before: ConversationRecord, after: ConversationRecord): LeadEvent[] {
  const at = after.stateSince !== before.stateSince ? after.stateSince : after.updatedAt;
  const scope = scopeOf(after, at);
  const events: LeadEvent[] = [];
  const was = boardOf(before);
  const now = boardOf(after);
  const question = word(now.botView?.currentQuestion);
  const previous = word(was.botView?.currentQuestion);
  if (question && question !== previous)
    events.push({ type: 'question_asked', ...scope, question, ...(previous ? { previous } : {}) });
  const filledBefore = new Set(was.botView?.slotsFilled ?? []);
  for (const slot of now.botView?.slotsFilled ?? []) {
    const name = word(slot);
    if (name && !filledBefore.has(slot)) events.push({ type: 'slot_filled', ...scope, slot: name });
  }
  const complete = (board: BoardData) =>
    (board.botView?.slotsFilled?.length ?? 0) > 0 && board.botView?.slotsMissing?.length === 0;
  if (complete(now) && !complete(was)) events.push({ type: 'qualified', ...scope });
  if (after.status === 'handoff_pending' && before.status !== 'handoff_pending')
    events.push({ type: 'handoff_requested', ...scope, reason: word(now.handoff?.reason) ?? 'unknown' });
  if (
    after.owner.type === 'agent' &&
    after.owner.id &&
    (before.owner.type !== 'agent' || before.owner.id !== after.owner.id)
  ) {
    const since = before.status === 'handoff_pending' ? before.stateSince : before.createdAt;
    events.push({ type: 'claimed', ...scope, durationMs: elapsed(since, at) });
  }
  if (after.status === 'closed' && before.status !== 'closed') {
    const outcome = word(now.lifecycle?.outcome);
    if (outcome) {
      const price = now.lifecycle?.price;
      const reason = word(now.lifecycle?.lostReason);
      // A close marked "appointment set" is a booked call (once per conversation, with the bot's own booking).
      if (outcome === 'appointment_set') events.push({ type: 'call_booked', ...scope });
      events.push({
        type: 'outcome_set',
        ...scope,
        outcome,
        ...(price === undefined ? {} : { price }),
        ...(reason ? { reason } : {}),
      });
    }
  }
  if (now.alerts?.includes('compliance') && !was.alerts?.includes('compliance'))
    events.push({ type: 'compliance_alert', ...scope });
  if (after.status === 'opted_out' && before.status !== 'opted_out')
    events.push({ type: 'opted_out', ...scope });
  return events;
}

/**
 * The events a bot turn decided that no record shows, from the domain events it emits (src/conversations/events.ts):
 * a booked call. They travel in the turn's own write (TurnWrite.events).
 */
export function turnEvents(
  conversation: ConversationScope,
  decided: readonly { type: string }[],
  at: string,
): LeadEvent[] {
  return decided.some((event) => event.type === 'call.booked')
    ? [{ type: 'call_booked', ...scopeOf(conversation, at) }]
    : [];
}

/** The fields of an event about this conversation at `at`, for events appended on their own (appendLeadEvents). */
export const conversationEventScope = scopeOf;
