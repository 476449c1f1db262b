import type { LeadEvent } from '../analytics/events.js';
import type { OutboxEvent } from './outbox-types.js';
import type { ConversationPatch, ConversationRecord, FollowUpJob, LeadPatch, Store } from './types.js';

/**
 * Everything a bot turn writes once it has decided (src/conversations/turn.ts `commit`): the fenced
 * compare-and-set of the conversation (state, processedSeq, outbox), the lead's profile, and its follow-ups.
 */
export interface TurnWrite {
  conversation: { patch: ConversationPatch; expectedVersion: number; fence?: number };
  /** Left out when the turn changed nothing on the lead. */
  lead?: { id: string; patch: LeadPatch };
  /** `cancel` cancels the conversation's pending follow-ups; `schedule` then adds these jobs (after the cancel). */
  followUps?: { cancel: boolean; schedule: FollowUpJob[] };
  /**
   * Events the turn decided that no record shows (a booked call): appended with the rest, only when the
   * compare-and-set wins. The conversation's own changes add theirs (src/analytics/derive.ts).
   */
  leadEvents?: LeadEvent[];
  /** The CRM events the turn raised, written to the outbox only when the compare-and-set wins. */
  events?: OutboxEvent[];
}

/** The methods commitTurnInOrder composes. */
export type TurnWriteParts = Pick<
  Store,
  'updateConversation' | 'updateLead' | 'cancelFollowUps' | 'scheduleFollowUps' | 'appendLeadEvents'
>;

/**
 * Applies a TurnWrite with the store's own methods, in order: the compare-and-set first, the rest only when it
 * won. It is all-or-nothing only where the caller runs it inside one transaction (the SQLite worker runs every
 * call inside its own SAVEPOINT of the group commit, so a failure rolls the whole call back).
 */
export async function commitTurnInOrder(
  parts: TurnWriteParts,
  tenantId: string,
  conversationId: string,
  write: TurnWrite,
): Promise<ConversationRecord | null> {
  const { patch, expectedVersion, fence } = write.conversation;
  const saved = await parts.updateConversation(tenantId, conversationId, patch, expectedVersion, {
    ...(fence === undefined ? {} : { fence }),
    ...(write.events?.length ? { events: write.events } : {}),
  });
  if (!saved) return null;
  if (write.lead && Object.keys(write.lead.patch).length > 0)
    await parts.updateLead(tenantId, write.lead.id, write.lead.patch);
  if (write.followUps?.cancel) await parts.cancelFollowUps(tenantId, conversationId);
  if (write.followUps?.schedule.length) await parts.scheduleFollowUps(write.followUps.schedule);
  if (write.leadEvents?.length) await parts.appendLeadEvents(write.leadEvents);
  return saved;
}
