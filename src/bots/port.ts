import type { BusinessHours, QuietHours } from '../time-zone.js';
import type { AuthorType, BotKind, HandoffPacketView, Listing, Temperature } from '../protocol/common.js';
import type { LeadWants, ListingMatch, MatchIndex } from '../listings/match.js';
import type { ContactDetails } from './extract/contact.js';
import type { Slots } from './state.js';
import type { Lang } from './text.js';
import type { BotVariant } from './variant.js';

/**
 * The bot port: pure functions, no I/O, no clock reads. The conversation service persists `state` as plain JSON
 * with the conversation and applies the effects.
 */
export interface TenantBotContext {
  tenantId: string;
  market: string;
  agentName: string;
  timeZone: string;
  knownAreas: string[];
  highValueThreshold: number;
  calendarSlots: string[];
  /** No nurture follow-up is due inside these local hours (default 21:00 to 08:00). */
  quietHours?: QuietHours;
  /** The team's opening hours: a hand-off outside them tells the lead when the team is next in. Absent: always in. */
  businessHours?: BusinessHours;
}

export interface ConversationContext {
  listing?: Listing;
  intent?: 'buy' | 'sell';
  /** The experiment arm a new conversation runs (read by initialState only; kept in the bot's state). */
  variant?: BotVariant;
  /**
   * The tenant's active catalogue laid out for matching (src/listings/match.ts; data, no I/O): the bot offers a
   * qualified buyer the homes that match (src/bots/homes.ts). Absent: no catalogue, or it could not be read.
   */
  catalogue?: MatchIndex;
}

export type BotInput =
  | {
      type: 'lead_message';
      text: string;
      seq: number;
      /**
       * Who owns the conversation. The bot reads every lead message (it is the one reader of lead text): when the
       * bot owns the conversation it answers; when staff own it (claimed, handed off, closed) it only listens: an
       * opt-out is honoured, contact details, compliance cues and facts are read, and nothing else is said.
       * Absent means the bot.
       */
      owner?: 'bot' | 'staff';
      nowMs: number;
      tenant: TenantBotContext;
      context: ConversationContext;
      /** The last messages of the transcript (oldest first), for the hand-off packet. */
      recent: { author: AuthorType; text: string }[];
      /**
       * Slots the model read from this turn's messages (model-read.ts: each value quoted from the lead's text):
       * they fill only slots the rules left unknown and are recorded with source `model`.
       */
      modelSlots?: Slots;
      /** The model read an opt-out request (quoted): it adds an opt-out the rules missed, never removes one. */
      modelOptOut?: boolean;
    }
  | {
      /** The conversation was released back to the bot (or re-enabled by an agent). */
      type: 'resume';
      nowMs: number;
      tenant: TenantBotContext;
      context: ConversationContext;
    };

/** The hand-off packet the bot builds; the service adds `requestedAt` when it publishes it. */
export type HandoffPacket = Omit<HandoffPacketView, 'requestedAt'>;

export type BotEffect =
  /** A reply to the lead. `rephrase` says whether the model may phrase it (the meaning stays). */
  | { type: 'reply'; text: string; rephrase: boolean; lang: 'en' | 'es'; slot?: string }
  /** The reply is held as a draft for staff approval (high-value review gate). */
  | { type: 'hold_for_review'; text: string; lang: 'en' | 'es'; reason: string }
  | { type: 'switch_bot'; from: BotKind; to: BotKind }
  | { type: 'handoff'; packet: HandoffPacket }
  | {
      type: 'schedule_followups';
      /** `text` is the follow-up message for the step, in `lang` (added for the Jorge bots). */
      steps: { step: number; dueAtMs: number; text?: string }[];
      temperature: Temperature;
      lang?: Lang;
    }
  | { type: 'cancel_followups' }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  | { type: 'compliance_alert'; rule: string; detail: string }
  | {
      type: 'update_profile';
      profile: Record<string, unknown>;
      temperature: Temperature;
      offerType?: string;
    }
  | { type: 'bot_off'; reason: string }
  /** A call with the agent was confirmed (the hand-off follows in the same turn). */
  | { type: 'call_booked'; when: string }
  /** The lead gave a name, phone number or email in this message (read whoever owns the conversation). */
  | { type: 'contact_given'; contact: ContactDetails }
  /** The bot asked for the lead's name and phone or email with the consent line `consentText` (sent as is). */
  | { type: 'contact_requested'; consentText: string; lang: 'en' | 'es' }
  /**
   * The lead said yes to the homes offered: the hub sends them as cards (message meta `homes`), built from the
   * catalogue as it is now, in `lang`; `wants` is what the lead said (the cards' reasons).
   */
  | { type: 'send_homes'; matches: ListingMatch[]; wants: LeadWants; lang: 'en' | 'es' };

/** What the supervisor board shows about the bot's state. */
export interface BotView {
  botKind: BotKind;
  currentQuestion?: string;
  slotsFilled: string[];
  slotsMissing: string[];
  temperature: Temperature;
  active: boolean;
  /** Consecutive bot turns on the current question (the board's "stuck on one question" alert at 3). */
  questionTurns?: number;
  /** The high-value review gate is on: replies are held as drafts. */
  review?: boolean;
  /** The bot's phase (qualify, lead_timeline, scheduling, done, handoff, closed). */
  phase?: string;
  /** The language the bot writes to the lead in (the coach's suggested lines follow it). */
  lang?: 'en' | 'es';
  /** The homes offered to the lead (the console's matches until a hand-off packet carries them). */
  homes?: ListingMatch[];
}

export interface BotStepResult<S = unknown> {
  state: S;
  effects: BotEffect[];
}

export interface Bot<S = unknown> {
  initialState(context: ConversationContext, tenant: TenantBotContext): S;
  step(state: S, input: BotInput): BotStepResult<S>;
  /**
   * A lead message the bot reads in a step of its own inside a burst (an opt-out or opt-in), so that its order
   * among the other messages is kept. The core asks the bot instead of reading the text itself.
   */
  readsAlone(text: string): boolean;
  view(state: S): BotView;
}
