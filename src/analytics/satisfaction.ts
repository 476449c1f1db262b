import type { WidgetClaims } from '../auth.js';
import { HubError } from '../errors.js';
import type { ConversationRecord, MessageRecord, Store } from '../store/types.js';
import { conversationEventScope } from './derive.js';
import type { LeadEvent } from './events.js';

/** How the widget asks for a rating: after a close always, and after this long without a message (0: never). */
export interface SatisfactionPolicy {
  quietMs: number;
}

export interface RatingAsk {
  conversationId: string;
  rating: number;
  /** The lead's optional comment, already cleaned (visibleText); kept as a staff-only transcript line, never in the event. */
  comment?: string;
}

/** The statuses in which a quiet conversation may be rated (a waiting hand-off is not over, an opt-out never). */
const QUIET_STATUSES: ReadonlySet<string> = new Set(['open', 'human']);

/** Messages read back to find the last one the lead can see (staff notes and coaching are skipped). */
const LAST_MESSAGES = 20;

/**
 * Lead satisfaction (docs/ANALYTICS.md): the lead rates its own conversation 1 to 5 once, after a close or after
 * a quiet period. The rating is a `satisfaction_given` event (no lead text); the optional comment is a staff-only
 * transcript line, so it is erased with the lead like the rest of the transcript.
 */
export function createSatisfaction(deps: {
  store: Pick<Store, 'getConversation' | 'getLead' | 'appendLeadEvents' | 'lastMessages'>;
  now: () => Date;
  policy: SatisfactionPolicy;
  /** Writes the staff-only line of a rating (the comment, when given) into the conversation's transcript. */
  staffLine: (conversation: ConversationRecord, text: string, rating: number) => Promise<unknown>;
}) {
  const { store, now, policy } = deps;

  /** Whether nobody wrote for the quiet period and the lead is not the one waiting for an answer. */
  async function isQuiet(conversation: ConversationRecord): Promise<boolean> {
    if (policy.quietMs <= 0 || !QUIET_STATUSES.has(conversation.status)) return false;
    const messages = await store.lastMessages(conversation.tenantId, conversation.id, LAST_MESSAGES);
    const last: MessageRecord | undefined = messages
      .filter((message) => message.visibility === 'everyone' && message.author.type !== 'system')
      .at(-1);
    if (!last || last.author.type === 'lead') return false;
    return now().getTime() - Date.parse(last.createdAt) >= policy.quietMs;
  }

  async function rate(
    claims: WidgetClaims,
    ask: RatingAsk,
  ): Promise<{ conversationId: string; rating: number }> {
    const conversation = await store.getConversation(claims.tenantId, ask.conversationId);
    // Another visitor's conversation is answered like one that does not exist.
    if (!conversation || conversation.leadId !== claims.leadId)
      throw new HubError('NOT_FOUND', 'Conversation not found');
    const lead = await store.getLead(claims.tenantId, claims.leadId);
    if (conversation.status === 'opted_out' || lead?.optedOut)
      throw new HubError('FORBIDDEN', 'The lead opted out: no rating is asked or kept');
    if (conversation.status !== 'closed' && !(await isQuiet(conversation)))
      throw new HubError('CONFLICT', 'The conversation can be rated once it is closed or quiet');
    const event = {
      ...conversationEventScope(conversation, now().toISOString()),
      type: 'satisfaction_given',
      rating: ask.rating,
    } satisfies LeadEvent;
    // Once per conversation: the store keeps the first (a unique key), so two tabs racing get one rating.
    const appended = await store.appendLeadEvents([event]);
    if (appended === 0) throw new HubError('CONFLICT', 'This conversation was rated already');
    await deps.staffLine(
      conversation,
      `Lead satisfaction: ${ask.rating}/5${ask.comment ? ` — “${ask.comment}”` : ''}`,
      ask.rating,
    );
    return { conversationId: conversation.id, rating: ask.rating };
  }

  return { rate };
}

export type Satisfaction = ReturnType<typeof createSatisfaction>;
