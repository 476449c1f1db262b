import { z } from 'zod';
import { BotKind } from '../protocol/common.js';

/**
 * The lead event log (docs/ANALYTICS.md): one append-only record per thing that happened to a lead. The store
 * writes them in the same transaction as the change they record (src/analytics/derive.ts decides which), so the
 * log never disagrees with the records; the few that change no record are appended through
 * Store.appendLeadEvents on their own.
 */
export const LeadEventType = [
  'lead_created',
  'conversation_started',
  'first_bot_reply',
  'question_asked',
  'slot_filled',
  'qualified',
  'handoff_requested',
  'claimed',
  'first_agent_reply',
  'call_booked',
  'outcome_set',
  'opted_out',
  'satisfaction_given',
  'coaching_shown',
  'coaching_used',
  'model_usage',
  'experiment_exposure',
  'compliance_alert',
] as const;
export type LeadEventType = (typeof LeadEventType)[number];

/** Types a conversation has at most once (the store keeps the first and drops a repeat in the same write). */
export const ONCE_PER_CONVERSATION: ReadonlySet<LeadEventType> = new Set([
  'conversation_started',
  'first_bot_reply',
  'qualified',
  'first_agent_reply',
  'call_booked',
  'satisfaction_given',
  'compliance_alert',
]);

/**
 * The key that keeps an event once (unique with tenant and type), or undefined: the conversation for the
 * once-per-conversation types, the lead and the experiment for an exposure (once per lead per experiment).
 */
export function onceKeyOf(event: LeadEvent): string | undefined {
  if (event.type === 'experiment_exposure') return `${event.leadId}|${experimentOfVariantKey(event.variant)}`;
  return ONCE_PER_CONVERSATION.has(event.type) ? event.conversationId : undefined;
}

const key = z.string().min(1).max(200);
const base = {
  tenantId: key,
  leadId: key,
  conversationId: key.optional(),
  at: z.iso.datetime(),
  /** Who owned the conversation (the agent's id) when it happened, when an agent did. */
  agentId: key.optional(),
  botKind: z.enum(BotKind).optional(),
  listingId: key.optional(),
  /** The experiment arm the conversation's lead is in, when one was exposed (`<experimentId>:<variant>`). */
  variant: key.optional(),
};
const ms = z
  .number()
  .int()
  .min(0)
  .max(365 * 24 * 3_600_000);
const word = z.string().min(1).max(80);
const tokens = z.number().int().min(0).max(1e9);
/** Who wrote a coaching card: Claude ('llm') or the rule coach ('rules'). */
export const CoachingEventSource = ['llm', 'rules'] as const;
/** How an agent used a card: the "Use as reply" button, or a sent message close to its SAY line. */
export const CoachingUseMatch = ['clicked', 'similar'] as const;
const coachingRun = {
  /** The stored coaching result (its transcript seq in the conversation): the run the card came from. */
  run: z.number().int().min(1).max(1e12),
  /** The card's next best action (src/coaching/types.ts NextAction). */
  action: word,
  source: z.enum(CoachingEventSource),
};

export const leadEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('lead_created') }),
  z.strictObject({ ...base, type: z.literal('conversation_started') }),
  /** durationMs: from the conversation's start to the bot's first reply. */
  z.strictObject({ ...base, type: z.literal('first_bot_reply'), durationMs: ms }),
  /** The bot's current question changed to `question` (`previous`: the one the lead moved past). */
  z.strictObject({ ...base, type: z.literal('question_asked'), question: word, previous: word.optional() }),
  z.strictObject({ ...base, type: z.literal('slot_filled'), slot: word }),
  z.strictObject({ ...base, type: z.literal('qualified') }),
  z.strictObject({ ...base, type: z.literal('handoff_requested'), reason: word }),
  /** durationMs: from the hand-off request (or the conversation's start when none was waiting) to the claim. */
  z.strictObject({ ...base, type: z.literal('claimed'), durationMs: ms }),
  /** durationMs: from the claim (or the conversation's start) to the agent's first message to the lead. */
  z.strictObject({ ...base, type: z.literal('first_agent_reply'), durationMs: ms }),
  z.strictObject({ ...base, type: z.literal('call_booked') }),
  z.strictObject({
    ...base,
    type: z.literal('outcome_set'),
    outcome: word,
    price: z.number().nonnegative().max(1e10).optional(),
    reason: word.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('opted_out') }),
  z.strictObject({ ...base, type: z.literal('satisfaction_given'), rating: z.number().int().min(1).max(5) }),
  /** A coaching card was delivered to the agents of the conversation. */
  z.strictObject({ ...base, type: z.literal('coaching_shown'), ...coachingRun }),
  /** An agent sent a message from that card: with the button, or close to its SAY line (`similarity` 0 to 1). */
  z.strictObject({
    ...base,
    type: z.literal('coaching_used'),
    ...coachingRun,
    match: z.enum(CoachingUseMatch),
    similarity: z.number().min(0).max(1).optional(),
  }),
  /**
   * One metered model call of the conversation, after it settled: uncached input, output, cache read and cache
   * write tokens, and its cost at list prices (src/llm/pricing.ts). `purpose`: coaching, analysis, phrasing,
   * reading or narrative.
   */
  z.strictObject({
    ...base,
    type: z.literal('model_usage'),
    tokensIn: tokens,
    tokensOut: tokens,
    cacheReadTokens: tokens.optional(),
    cacheWriteTokens: tokens.optional(),
    costUsd: z.number().min(0).max(1e6),
    purpose: word.optional(),
    /** The prompt's version the request sent (coaching: a coaching.prompt_version arm's, else the default). */
    promptVersion: word.optional(),
  }),
  /** The lead was first put in an experiment's arm (`variant`: `<experimentId>:<arm>`); once per experiment. */
  z.strictObject({
    ...base,
    type: z.literal('experiment_exposure'),
    variant: key.regex(/^[^:]+:[^:]+$/, '<experimentId>:<variant>'),
  }),
  /** The conversation was first flagged for compliance (a blocked bot reply, a compliance cue). */
  z.strictObject({ ...base, type: z.literal('compliance_alert') }),
]);
export type LeadEvent = z.infer<typeof leadEventSchema>;

/** `<experimentId>:<arm>`: an event's and the rollups' variant key (docs/ANALYTICS.md, "Experiments"). */
export const variantKey = (experimentId: string, arm: string): string => `${experimentId}:${arm}`;

/** The experiment id of a variant key. */
export const experimentOfVariantKey = (key: string): string => key.slice(0, Math.max(0, key.indexOf(':')));
