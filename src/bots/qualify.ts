import { nudgeLine, politeCloseLine } from './lines.js';
import { answerQuality, isLowQuality } from './quality.js';
import type { QuestionSlot } from './questions.js';
import type { JorgeState, SlotName } from './state.js';
import { isAnswered } from './temperature.js';
import { requestHandoff, say, type Turn } from './turn.js';

/** The slot a question fills (the lead bot's intent question fills none). */
const FILLS: Partial<Record<QuestionSlot, SlotName[]>> = {
  leadTimeline: ['urgency', 'timeline'],
  address: ['address'],
  motivation: ['motivation'],
  timelineAccepted: ['timelineAccepted'],
  condition: ['condition'],
  priceExpectation: ['priceExpectation'],
  budget: ['budget'],
  financing: ['financing'],
  size: ['size'],
  urgency: ['urgency'],
  areas: ['areas'],
};

/**
 * DOMAIN.md section 4.2a: a message is the answer to the last one or two questions asked. When it answers nothing as
 * read against the question asked now, it is read again against the one asked before, if that one is still
 * unanswered ("yes that works" to the condition question, just after the 30 to 45 days were asked).
 */
export function withEarlierAnswer(
  state: JorgeState,
  filled: SlotName[],
  extract: () => SlotName[],
): SlotName[] {
  const earlier = state.askedBefore;
  const current = state.asking;
  if (filled.length > 0 || earlier === undefined || current === undefined || earlier === current)
    return filled;
  const slots = FILLS[earlier];
  if (!slots || slots.some((slot) => isAnswered(state, slot))) return filled;
  state.asking = earlier;
  try {
    return extract();
  } finally {
    state.asking = current;
  }
}

export type Ladder = 'continue' | 'nudge' | 'close';

/**
 * After extraction: counts a miss of the question asked when the message does not answer it (calling `onStall` on the
 * second), whatever else it answers: a message that answers an earlier question or volunteers another fact
 * ("10550 foothill blvd" to the timeline question) brings the question back once, rephrased, never a third time in a
 * row. Only a message that answers nothing at all counts toward the total that moves to scheduling. Then moves the
 * vague streak: two low-quality answers in a row nudge, five close the conversation.
 */
export function afterAnswer(turn: Turn, filled: SlotName[], onStall: (slot: QuestionSlot) => void): Ladder {
  const { state } = turn;
  const asked = state.asking;
  const fills = asked ? FILLS[asked] : undefined;
  // A question still held as a draft never reached the lead: missing it is not a miss.
  if (asked && fills && !state.askHeld && !fills.some((slot) => filled.includes(slot))) {
    const misses = (state.misses[asked] ?? 0) + 1;
    state.misses[asked] = misses;
    if (filled.length === 0) state.totalMisses += 1;
    if (misses >= 2) onStall(asked);
  }
  const quality = answerQuality(turn.read(turn.text), filled.length > 0);
  state.lastQuality = quality;
  state.lowStreak = isLowQuality(quality) ? state.lowStreak + 1 : 0;
  if (state.lowStreak >= 5) return 'close';
  if (state.lowStreak === 2) return 'nudge';
  return 'continue';
}

/** Five low-quality answers: a polite close, hand off as cold with "human follow up needed", bot off. */
export function politeClose(turn: Turn): void {
  say(turn, politeCloseLine(turn.state.lang, turn.tenant.agentName), true);
  requestHandoff(turn, 'human follow up needed');
  turn.state.phase = 'closed';
  turn.botOff = 'vague_streak';
}

export function nudge(turn: Turn): void {
  say(turn, nudgeLine(turn.state.kind, turn.state.lang), true);
  delete turn.state.asking;
  turn.state.questionTurns = 0;
}
