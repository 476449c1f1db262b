import type { CoachingTag } from './format.js';
import type { CoachingPromptVersion } from './prompt-version.js';
import { OBJECTION_KINDS, type ComplianceCue, type ObjectionKind } from '../bots/intents.js';
import type { Lang } from '../bots/text.js';
import type { TalkTracks } from './talk-tracks.js';
import type { AuthorType, BotKind, Channel, Listing, Temperature } from '../protocol/common.js';

export const CoachingStage = ['discovery', 'qualification', 'objection_handling', 'closing'] as const;
export type CoachingStage = (typeof CoachingStage)[number];

export const Urgency = ['low', 'medium', 'high', 'critical'] as const;
export type Urgency = (typeof Urgency)[number];

/** Objection types: the bots' reader's (src/bots/intents.ts), heard in English and Spanish. */
export const ObjectionType = OBJECTION_KINDS;
export type ObjectionType = ObjectionKind;

/**
 * The next best action the card leads with (DOMAIN.md section 6), chosen by the rules in next.ts: what the lead
 * asked for first, then what their words call for, then the state.
 */
export const NextAction = [
  'answer_question',
  'book_showing',
  'book_call',
  'call_now',
  'lender_intro',
  'sell_first_plan',
  'value_statement',
  'handle_objection',
  'compliance_redirect',
  'reengage',
  'qualify',
] as const;
export type NextAction = (typeof NextAction)[number];

export const Severity = ['low', 'medium', 'high'] as const;
export type Severity = (typeof Severity)[number];

export const Readiness = ['not_ready', 'warming', 'ready'] as const;
export type Readiness = (typeof Readiness)[number];

export type CoachingKind = 'coaching' | 'qualification';
export type CoachingSource = 'llm' | 'rules';

/** Everything the coach knows about one conversation (built by the caller's loadContext). */
export interface CoachingContext {
  tenant: { id: string; market: string; agentName: string; knownAreas?: string[]; talkTracks?: TalkTracks };
  /** The conversation's current channel: 'call' while a call is active, also one started from a chat. */
  channel: Channel;
  botKind: BotKind;
  temperature: Temperature;
  /** Known slot values by slot name (budget, financing, motivation, ...). */
  slotsFilled: Record<string, unknown>;
  /** Missing slots in the order the bot asks them; the first one is what `ask` targets. */
  slotsMissing: string[];
  /** The last messages or call utterances, oldest first. Prospect utterances have author 'lead'. */
  recent: { author: AuthorType; text: string }[];
  listing?: Listing;
  lead?: { name?: string; intent?: 'buy' | 'sell' };
  /** Derived from the state when absent (see deriveStage). */
  stage?: CoachingStage;
  /** The lead's language: the lines the agent may send (SAY, ASK) are written in it; English when absent. */
  lang?: Lang;
  /** A coaching experiment's arm decides who writes the cards (`rules`: the rule coach only); absent: the model. */
  sourceChoice?: 'model' | 'rules';
  /** A coaching.prompt_version experiment's arm picks the system prompt's version; absent: the default. */
  promptVersion?: CoachingPromptVersion;
  /**
   * A coaching.sections experiment's arm: the sections the card shows (COMPLIANCE is shown whatever it says);
   * absent: every section.
   */
  sections?: readonly CoachingTag[];
}

export type ObjectionResult = { type: ObjectionType; severity: Severity };

/** The structured coaching result sent with coach:done and stored staff-only. */
export type CoachingResult = {
  /** What to do now, first on the card. */
  next: { action: NextAction; text: string };
  focus: string;
  objection: ObjectionResult | null;
  say: string;
  ask: string;
  urgency: Urgency;
  compliance: string[];
  source: CoachingSource;
  /**
   * The sections the card showed, when a coaching.sections arm left some out (absent: every one). The fields of a
   * hidden section are empty (`next` reads `qualify` with no text: see `cardAction`).
   */
  sections?: CoachingTag[];
};

/** The structured qualification analysis. */
export type QualificationResult = {
  /** 0 to 100. */
  completeness: number;
  missing: string[];
  nextQuestions: string[];
  readiness: Readiness;
  urgency: Urgency;
  summary: string;
  source: CoachingSource;
};

export type ComplianceRule = ComplianceCue;

export interface ComplianceFlag {
  rule: ComplianceRule;
  /** Who said it: the lead (or prospect) or staff. */
  who: 'lead' | 'agent';
  /** One line for the agent, e.g. "Fair Housing: ...". */
  detail: string;
}
