import type { MustHave } from './lexicon/must-haves.js';
import type { BotKind, Temperature } from '../protocol/common.js';
import type { Condition } from './extract/condition.js';
import type { Financing } from './extract/financing.js';
import type { Motivation } from './extract/motivation.js';
import type { Budget } from './extract/price.js';
import type { Size } from './extract/size.js';
import type { Urgency } from './extract/timeline.js';
import type { QuestionSlot } from './questions.js';
import type { Lang } from './text.js';
import type { BotVariant } from './variant.js';
import type { ListingMatch } from '../listings/match.js';

/** Every qualifying fact the bots extract. Switching bots keeps them all. */
export interface Slots {
  address?: string;
  motivation?: Motivation;
  relocationDestination?: string;
  timelineAccepted?: boolean;
  timelineUrgency?: string;
  condition?: Condition;
  priceExpectation?: number | 'unknown';
  budget?: Budget;
  financing?: Financing;
  size?: Size;
  timeline?: string;
  urgency?: Urgency;
  areas?: string[];
  /**
   * The lead named no place and wants none ("no preference", "anywhere is fine", "donde sea"): the areas question is
   * answered, and no place is stored in `areas` for it (DOMAIN.md 4.2a: a non-value is never a value).
   */
  areasOpen?: true;
  /** What the home must have ("single story with a pool"), added to as the lead says more; never asked. */
  mustHaves?: MustHave[];
}
export type SlotName = keyof Slots;

export const SELLER_QUESTIONS = ['motivation', 'timelineAccepted', 'condition', 'priceExpectation'] as const;
export const BUYER_QUESTIONS = ['budget', 'financing', 'size', 'urgency', 'areas'] as const;

export type Phase =
  /** Asking the current bot's questions. */
  | 'qualify'
  /** Lead bot: intent still unclear after turn 3, asking the timeline. */
  | 'lead_timeline'
  /** Offering a call (calendar slots, or time of day, day, confirm). */
  | 'scheduling'
  /** All questions answered; a warm or cold close was sent (nurture runs). */
  | 'done'
  /** Handed off to a human: the bot is silent until released. */
  | 'handoff'
  /**
   * Closed by the bot (vague streak): silent. An opt-out keeps the phase it came in (with `optedOut`), so that an
   * opt-in or an agent's release resumes the conversation where it was.
   */
  | 'closed';

export interface SchedulingState {
  stage: 'slot' | 'time_of_day' | 'day' | 'confirm';
  failures: number;
  timeOfDay?: string;
  /** The exact time the lead named ("3:00pm"), said back in the confirmation. */
  time?: string;
  day?: string;
  /** The offered slot (by index) closest to a time the lead named, offered back: a yes books it. */
  proposed?: number;
}

export interface SwitchRecord {
  from: BotKind;
  to: BotKind;
  atMs: number;
}

/** The bot state persisted with the conversation, as plain JSON. */
export interface JorgeState {
  version: 1;
  kind: BotKind;
  phase: Phase;
  active: boolean;
  optedOut: boolean;
  lang: Lang;
  /** Lead messages the bot has handled. */
  turns: number;
  /** Lead messages handled by the lead bot (intent routing: turns 1 to 3). */
  leadTurns: number;
  slots: Slots;
  /** Seller slots holding a stall default ("unknown", false): not counted as answers for temperature. */
  defaulted: SlotName[];
  /** Buyer slots skipped by the loop guard (still unknown). */
  skipped: SlotName[];
  /** The question asked in the last bot reply, if any (the lead's next message answers it). */
  asking?: QuestionSlot;
  /** The question asked before `asking` (a late answer to it is still read for it while it is unanswered). */
  askedBefore?: QuestionSlot;
  /** How many times each question was asked and not answered. */
  misses: Partial<Record<QuestionSlot, number>>;
  totalMisses: number;
  /**
   * Non-answers per question ("not sure", "no sé", "depends", "open to anything"): recorded, never stored as a
   * value; the question is asked again in its other wording.
   */
  nonAnswers?: Partial<Record<QuestionSlot, number>>;
  /** Consecutive turns on the same question (for the supervisor board's "stuck" alert). */
  questionTurns: number;
  lowStreak: number;
  lastQuality?: number;
  temperature: Temperature;
  offerType?: 'listing' | 'wholesale';
  scheduling?: SchedulingState;
  switches: SwitchRecord[];
  /** High-value review gate tripped: replies are held as drafts for staff approval. */
  review: boolean;
  /** Follow-ups are scheduled (a lead reply cancels them). */
  nurtureArmed: boolean;
  /** The lead bot handed off an unclear lead as warm after offering a call. */
  leadWarm: boolean;
  listingPrice?: number;
  handoffReason?: string;
  /** The lead's own question in the last message and how it was answered (DOMAIN.md section 1.8). */
  leadQuestion?: { topic: string; source: 'listing' | 'agent' | 'showing' | 'home_value' };
  /** Questions the bot could not answer from the listing: for the agent (hand-off packet and coaching). */
  openQuestions?: string[];
  /** The last question went out as a draft held for review: an answer that misses it is not counted as a miss. */
  askHeld?: boolean;
  /** Where each slot came from when it was not the rules: `model` for model-assisted extraction. */
  sources?: Partial<Record<SlotName, 'model'>>;
  /**
   * The lead said it writes for someone else (a parent, a sibling it helps): "he", "she" or "they" with no one else
   * named are then the buyers or sellers it writes for (read/others.ts `writesForSomeone`).
   */
  writesFor?: boolean;
  /**
   * The seller's reason was read from a message that answered no reason question (a move said in passing, "estamos
   * pensando en mudarnos"): a reason the seller names later replaces a move to no place named (DOMAIN.md 4.2a).
   */
  reasonInPassing?: boolean;
  /**
   * The buyer's budget was read from a message that named no budget ("tenemos 60 mil para la entrega", a bare "500k"):
   * a budget named as such later ("el rango sería entre 480 y 540") replaces it.
   */
  budgetUnnamed?: boolean;
  /** The lead turned down the call the bot offered: it is not offered again when the lead writes after the close. */
  callDeclined?: boolean;
  /** What the bot knows of the lead's contact details (the values live on the lead record, not here). */
  contact?: { name?: boolean; reach?: boolean; asked?: boolean };
  /** The experiment arm this conversation runs (src/bots/variant.ts): set once, when the conversation starts. */
  variant?: BotVariant;
  /** The arm's greeting was said. */
  greeted?: boolean;
  /**
   * Homes that match (issue 36 item 4): the homes offered to a qualified buyer and what became of the offer. Set
   * once per conversation: an offer is never made twice.
   */
  homes?: HomesOffer;
}

export interface HomesOffer {
  /** The homes offered, best first (src/listings/match.ts), each with its reasons in staff words. */
  matches: ListingMatch[];
  /** offered: waiting for the lead's answer; sent: a yes; declined: a no; lapsed: the lead said something else. */
  status: 'offered' | 'sent' | 'declined' | 'lapsed';
}

export const STATE_VERSION = 1;

/**
 * A deep copy of the state or of any value it holds: plain objects, arrays and primitives, copied field by field
 * (a fifth of structuredClone's cost on a bot state, and a step copies the state and its slots several times).
 * Anything else (a Date, a Map) is copied by structuredClone, so the copy is always the same as structuredClone's.
 */
export function copyData<T>(value: T): T {
  return copied(value) as T;
}

function copied(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copied);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) copy[key] = copied(record[key]);
  return copy;
}
