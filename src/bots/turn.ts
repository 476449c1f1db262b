import type { BotKind } from '../protocol/common.js';
import type { ExtractContext } from './extract/index.js';
import type { TextReader } from './read/read-text.js';
import type { BotEffect, BotInput, TenantBotContext } from './port.js';
import { questionText, type QuestionSlot } from './questions.js';
import type { JorgeState } from './state.js';
import { recordSwitch } from './switching.js';

export type LeadMessageInput = Extract<BotInput, { type: 'lead_message' }>;

export interface PendingReply {
  text: string;
  /** A fixed line: the model must not rephrase it. */
  fixed: boolean;
}

/** One lead message being handled: the working copy of the state plus what the bot will say and do. */
export interface Turn {
  state: JorgeState;
  input: LeadMessageInput;
  tenant: TenantBotContext;
  /** The text the bot step reads: JSON blobs and side-topic sentences removed. */
  text: string;
  /**
   * The step's read texts (read-text.ts): `read(turn.text)` is the text folded and tokenised once for every reader
   * of the step, whichever of them asks first.
   */
  read: TextReader;
  /** The Fair Housing questions removed from `text`, for the places they name (ExtractContext.askedAbout). */
  askedAbout?: string;
  /** The question the lead saw when this message switched the bot's kind (`switchKind`). */
  switchedFrom?: QuestionSlot;
  effects: BotEffect[];
  /** A fixed line answering a side topic (disclosure, Fair Housing, ...), said before the bot's own reply. */
  prefix?: string;
  /** What the prefix answers (a disclosure is never held for review). */
  prefixKind?: string;
  /**
   * The lead's own question when it was left for the agent (removed from `text`): it still tells whether the lead
   * buys or sells ("do you buy houses for cash?"). A question about the listing does not ("what's it selling for?").
   */
  openQuestion?: string;
  /** The answer to the lead's own question, said after the prefix and before the bot's question. */
  answer?: string;
  reply?: PendingReply;
  /** The reply only asks the current question again (the message held nothing else for the bot step). */
  reasked?: boolean;
  handoff?: { reason: string; legal: boolean };
  botOff?: string;
}

export function questionFor(
  state: JorgeState,
  tenant: TenantBotContext,
  slot: QuestionSlot,
  attempt: number,
): string {
  return questionText(slot, attempt, {
    lang: state.lang,
    market: tenant.market,
    knownAreas: tenant.knownAreas,
    ...(state.listingPrice !== undefined ? { listingPrice: state.listingPrice } : {}),
  });
}

/** Asks a question: the first wording, or the rephrased one once the question went unanswered. */
export function ask(turn: Turn, slot: QuestionSlot, lead?: string): void {
  const { state } = turn;
  const misses = state.misses[slot] ?? 0;
  // An arm with the second phrasing asks in the second wording first, and re-asks in the first.
  const attempt = state.variant?.phrasing === 'second' ? (misses === 0 ? 1 : 0) : misses;
  if (state.asking === slot) state.questionTurns += 1;
  else state.questionTurns = 1;
  if (state.asking !== undefined && state.asking !== slot) state.askedBefore = state.asking;
  state.asking = slot;
  const question = questionFor(state, turn.tenant, slot, attempt);
  turn.reply = { text: lead ? `${lead} ${question}` : question, fixed: false };
}

export function say(turn: Turn, text: string, fixed: boolean): void {
  turn.reply = { text, fixed };
}

export function switchKind(turn: Turn, to: BotKind): void {
  const { state } = turn;
  const from = state.kind;
  state.switches = recordSwitch(state.switches, { from, to, atMs: turn.input.nowMs });
  state.kind = to;
  if (state.asking !== undefined) turn.switchedFrom = state.asking;
  delete state.asking;
  state.totalMisses = 0;
  state.questionTurns = 0;
  state.phase = 'qualify';
  turn.effects.push({ type: 'switch_bot', from, to });
}

export function requestHandoff(turn: Turn, reason: string, legal = false): void {
  turn.handoff = { reason, legal };
  turn.state.phase = 'handoff';
  turn.state.active = false;
  turn.state.handoffReason = reason;
  delete turn.state.asking;
}

/** What the extractors need from a turn: the text, the clock, the tenant's areas and zone, the language. */
export function extractContext(turn: Turn): ExtractContext {
  return {
    text: turn.text,
    read: turn.read(turn.text),
    nowMs: turn.input.nowMs,
    knownAreas: turn.tenant.knownAreas,
    timeZone: turn.tenant.timeZone,
    lang: turn.state.lang,
    ...(turn.input.modelSlots ? { modelSlots: turn.input.modelSlots } : {}),
    ...(turn.askedAbout ? { askedAbout: turn.askedAbout } : {}),
    ...(turn.openQuestion ? { keptQuestion: turn.openQuestion } : {}),
    ...(turn.switchedFrom ? { switchedFrom: turn.switchedFrom } : {}),
    ...(turn.state.writesFor ? { writesFor: true } : {}),
  };
}
