import { z } from 'zod';
import type { BotView } from '../bots/port.js';
import { AuthorType, BotKind, Temperature } from '../protocol/common.js';
import type { DraftView, HandoffPacketView } from '../protocol/common.js';

/**
 * What the conversation service keeps beside the bot's state in a conversation record (`ConversationRecord.meta`):
 * the board's view of the bot, alerts, the hand-off packet, held drafts, the call flag, the lead's name, the last
 * contact ask and the lifecycle. Typed and validated here, once, as both adapters open a record
 * (openConversation in sealed-records.ts): no reader casts it.
 */

/** How a closed conversation ended (the close menu's outcomes). */
export const Outcome = ['appointment_set', 'qualified', 'not_a_fit', 'spam', 'no_response'] as const;
export type Outcome = (typeof Outcome)[number];

const botViewSchema = z.object({
  botKind: z.enum(BotKind),
  currentQuestion: z.string().optional(),
  slotsFilled: z.array(z.string()),
  slotsMissing: z.array(z.string()),
  temperature: z.enum(Temperature),
  active: z.boolean(),
  questionTurns: z.number().optional(),
  review: z.boolean().optional(),
  phase: z.string().optional(),
  lang: z.enum(['en', 'es']).optional(),
  homes: z
    .array(z.object({ ListingKey: z.string(), score: z.number(), reasons: z.array(z.string()) }))
    .optional(),
}) satisfies z.ZodType<BotView>;

const handoffPacketSchema = z.object({
  reason: z.string(),
  botKind: z.enum(BotKind),
  temperature: z.enum(Temperature),
  offerType: z.string().optional(),
  slotsFilled: z.record(z.string(), z.unknown()),
  slotsMissing: z.array(z.string()),
  summary: z.string(),
  lastMessages: z.array(z.object({ author: z.enum(AuthorType), text: z.string() })),
  profile: z.record(z.string(), z.unknown()),
  requestedAt: z.string(),
  signals: z.array(z.enum(['returning', 'contact', 'qualified', 'value'])).optional(),
  matches: z
    .array(z.object({ ListingKey: z.string(), score: z.number(), reasons: z.array(z.string()) }))
    .optional(),
}) satisfies z.ZodType<HandoffPacketView>;

const draftSchema = z.object({
  draftId: z.string(),
  conversationId: z.string(),
  text: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<DraftView>;

/** The lifecycle of a conversation: how it was closed, snoozed or reopened. */
const lifecycleSchema = z.object({
  outcome: z.enum(Outcome).optional(),
  closedAt: z.string().optional(),
  closedBy: z.object({ id: z.string(), name: z.string() }).optional(),
  /** The close note (often a name and a phone: sealed at rest). */
  note: z.string().optional(),
  /** Hidden from the live inbox and board until this ISO time (or until the lead writes). */
  snoozedUntil: z.string().optional(),
  reopenedAt: z.string().optional(),
  /** Closed won: the sale price. */
  price: z.number().nonnegative().max(1e10).optional(),
  /** Closed lost: why, in staff words. */
  lostReason: z.string().max(200).optional(),
});
export type ConversationLifecycle = z.infer<typeof lifecycleSchema>;

export const conversationMetaSchema = z.object({
  /** False once the bot stopped answering the lead (turned off, or staff took over); unset means it answers. */
  botActive: z.boolean().optional(),
  botView: botViewSchema.optional(),
  alerts: z.array(z.string()).optional(),
  handoff: handoffPacketSchema.optional(),
  drafts: z.array(draftSchema).optional(),
  callActive: z.boolean().optional(),
  /** The lead's name, copied here when the lead is identified (shown as the conversation's title). */
  leadName: z.string().optional(),
  /** The bot asked for the lead's contact details with this consent line (recorded as consent on an answer). */
  contactAsk: z.object({ consentText: z.string(), lang: z.enum(['en', 'es']), at: z.string() }).optional(),
  lifecycle: lifecycleSchema.optional(),
  /** The call the bot booked (its `when` as the bot wrote it): the after-conversation summary's commitment. */
  callBooked: z.object({ when: z.string(), at: z.string() }).optional(),
  /**
   * The last after-conversation summary (src/coaching/summary.ts; the whole of it is the staff-only summary line):
   * when, why, who wrote it, and the follow-up task it implied, written with its `conversation.summarized` event.
   */
  summary: z
    .object({
      at: z.string(),
      trigger: z.enum(['closed', 'call_ended']),
      source: z.enum(['llm', 'rules']),
      followUp: z.object({ action: z.string(), text: z.string(), dueAt: z.string() }).nullable(),
    })
    .optional(),
  /** The experiment variant this conversation runs (the rollups count its events per variant). */
  experiment: z.object({ id: z.string(), variant: z.string() }).optional(),
  /** The lead's personal data was erased at this time (the record keeps only counters and the outcome). */
  erasedAt: z.string().optional(),
});
export type ConversationMeta = z.infer<typeof conversationMetaSchema>;

/**
 * Reads the meta of a stored record: the typed fields, with keys no version writes any more dropped. A record that
 * does not fit fails loudly (a store fault, never a silent default).
 */
export function readConversationMeta(stored: unknown): ConversationMeta {
  return conversationMetaSchema.parse(stored ?? {});
}

/** The schemas describe the views exactly (a field added to a view and not here fails to compile). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _viewSchemasMatch: [
  Same<z.infer<typeof botViewSchema>, BotView>,
  Same<z.infer<typeof handoffPacketSchema>, HandoffPacketView>,
  Same<z.infer<typeof draftSchema>, DraftView>,
] = [true, true, true];
