import { stepJorge } from './engine.js';
import { initialJorgeState } from './initial.js';
import { classifyOptOut } from './optout.js';
import type { Bot } from './port.js';
import type { JorgeState } from './state.js';
import { viewOf } from './view.js';

/** The Jorge bot: one bot whose state holds the current kind (lead, buyer, seller) and every slot. */
export const jorgeBot: Bot<JorgeState> = {
  initialState: initialJorgeState,
  step: stepJorge,
  view: viewOf,
  readsAlone: (text) => classifyOptOut(text) !== null,
};

export type { JorgeState, Slots, SlotName, Phase, SchedulingState } from './state.js';
export type {
  Bot,
  BotEffect,
  BotInput,
  BotStepResult,
  BotView,
  HandoffPacket,
  TenantBotContext,
} from './port.js';
export { checkOutbound, createStreamGuard, safeLine, GuardRule, MAX_REPLY_CHARS } from './guard.js';
export type { GuardOptions, GuardResult, StreamGuard, StreamGuardResult, Violation } from './guard.js';
export { classifyOptOut, optOutReply } from './optout.js';
export { detectLanguage } from './lang.js';
export { isSincereBotQuestion, disclosureLine } from './disclosure.js';
export { detectEscalation } from './escalation.js';
export { currentQuestionText } from './prompt.js';
export { warmUpNumberModels } from './read/numbers.js';
export { warmUpReaders } from './warm-up.js';
