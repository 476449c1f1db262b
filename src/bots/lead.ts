import { offerCall } from './call.js';
import { extractNeutralSlots } from './extract/index.js';
import { detectIntent } from './intent.js';
import { afterAnswer, nudge, politeClose } from './qualify.js';
import { ask, switchKind, type Turn } from './turn.js';

export interface KindSteps {
  buyer: (turn: Turn) => void;
  seller: (turn: Turn) => void;
}

/** Unclear after this many lead-bot turns: ask the timeline, then offer a call. */
const ROUTING_TURNS = 3;

/**
 * The lead bot (DOMAIN.md section 2): detects intent on every turn; a clear seller or buyer switches to that bot,
 * which then handles the same message (so nothing in it is lost and no filled slot is asked again).
 */
export function leadStep(turn: Turn, steps: KindSteps): void {
  const { state } = turn;
  state.leadTurns += 1;
  const { intent } = detectIntent(turn.text);
  if (intent === 'seller' || intent === 'buyer') {
    switchKind(turn, intent);
    steps[intent](turn);
    return;
  }
  const filled = extractNeutralSlots(state, {
    text: turn.text,
    nowMs: turn.input.nowMs,
    knownAreas: turn.tenant.knownAreas,
  });
  const ladder = afterAnswer(turn, filled, () => undefined);
  if (ladder === 'close') {
    politeClose(turn);
    return;
  }
  if (state.phase === 'lead_timeline') {
    state.leadWarm = true;
    offerCall(turn, state.lang === 'es' ? 'Gracias.' : 'Thanks, good to know.');
    return;
  }
  if (ladder === 'nudge') {
    nudge(turn);
    return;
  }
  if (state.leadTurns >= ROUTING_TURNS) {
    state.phase = 'lead_timeline';
    ask(turn, 'leadTimeline');
    return;
  }
  ask(turn, 'intent');
  state.misses.intent = state.leadTurns;
}
