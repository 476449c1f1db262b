import { slotLists } from './handoff.js';
import type { BotView } from './port.js';
import type { JorgeState } from './state.js';

/** What the supervisor board shows about the bot. */
export function viewOf(state: JorgeState): BotView {
  const { filled, missing } = slotLists(state);
  const currentQuestion =
    state.phase === 'scheduling' && state.scheduling ? `scheduling:${state.scheduling.stage}` : state.asking;
  return {
    botKind: state.kind,
    ...(currentQuestion ? { currentQuestion } : {}),
    slotsFilled: filled,
    slotsMissing: missing,
    temperature: state.temperature,
    active: state.active && !state.optedOut,
    questionTurns: state.questionTurns,
    review: state.review,
    phase: state.phase,
    lang: state.lang,
    ...(state.homes ? { homes: state.homes.matches } : {}),
  };
}
