import { COACHING_TAGS } from '../src/coaching/format.js';
import { createLineHold } from '../src/coaching/hold.js';
import { createSectionFilter } from '../src/coaching/sections.js';

/**
 * What a coaching.sections arm adds to the coaching hot path (src/coaching/sections.ts): the CPU time of the line
 * filter over one model answer streamed in 3-character deltas, beside the COMPLIANCE hold every answer already
 * passes through. Process CPU time (process.cpuUsage), so the other processes on the machine matter less than for
 * wall-clock time. Run: `npx tsx bench/section-filter.ts`.
 */
const ANSWER = [
  'NEXT: handle_objection | Answer the timing worry',
  'FOCUS: Acknowledge the timing worry, then anchor on the 30 to 45 day plan',
  'OBJECTION: timing (medium)',
  'SAY: That makes sense. Many sellers here worry about timing, and we can line up the move around your dates.',
  'ASK: What price would make you feel good about selling?',
  'URGENCY: high',
  'COMPLIANCE: none',
].join('\n');
const DELTAS = Array.from({ length: Math.ceil(ANSWER.length / 3) }, (_, i) => ANSWER.slice(i * 3, i * 3 + 3));
const ANSWERS = 20_000;

/** CPU microseconds per answer, and the characters shown (so the work cannot be skipped). */
function measure(filtered: boolean): { usPerAnswer: number; shown: number } {
  const start = process.cpuUsage();
  let shown = 0;
  for (let n = 0; n < ANSWERS; n++) {
    const hold = createLineHold('COMPLIANCE');
    const filter = filtered ? createSectionFilter(COACHING_TAGS, ['NEXT', 'SAY', 'COMPLIANCE']) : undefined;
    for (const delta of DELTAS) shown += hold.push(filter ? filter.push(delta) : delta).length;
    shown += hold.push(filter ? filter.end() : '').length + hold.end().shown.length;
  }
  const used = process.cpuUsage(start);
  return { usPerAnswer: (used.user + used.system) / ANSWERS, shown: shown / ANSWERS };
}

for (let round = 1; round <= 3; round++) {
  const hold = measure(false);
  const both = measure(true);
  console.log(
    `round ${round}: hold only ${hold.usPerAnswer.toFixed(1)} µs (${hold.shown} chars shown), ` +
      `filter + hold ${both.usPerAnswer.toFixed(1)} µs (${both.shown} chars shown) per answer of ` +
      `${DELTAS.length} deltas, ${ANSWER.length} chars`,
  );
}
