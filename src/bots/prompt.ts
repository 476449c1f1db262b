import { nextBuyerQuestion } from './buyer.js';
import type { TenantBotContext } from './port.js';
import { schedulingPrompt } from './scheduling.js';
import { nextSellerQuestion } from './seller.js';
import type { JorgeState } from './state.js';
import { ask, questionFor, type Turn } from './turn.js';

/** The text of the question the lead is currently expected to answer, if any. */
export function currentQuestionText(state: JorgeState, tenant: TenantBotContext): string | undefined {
  if (state.phase === 'scheduling' && state.scheduling)
    return schedulingPrompt(state.scheduling, tenant, state.lang);
  if (state.asking) return questionFor(state, tenant, state.asking, state.misses[state.asking] ?? 0);
  return undefined;
}

/**
 * Re-asks the current question after a message that only held side topics (disclosure, Fair Housing, commission,
 * kickback, injection): nothing is extracted and no counter moves. When no question is pending, asks the next one.
 */
export function reaskCurrent(turn: Turn): void {
  const { state, tenant } = turn;
  const current = currentQuestionText(state, tenant);
  if (current) {
    turn.reply = { text: current, fixed: false };
    turn.reasked = true;
    return;
  }
  if (state.phase !== 'qualify' && state.phase !== 'lead_timeline') return;
  const next =
    state.kind === 'seller'
      ? nextSellerQuestion(state)
      : state.kind === 'buyer'
        ? nextBuyerQuestion(state)
        : 'intent';
  if (next) ask(turn, next);
}
