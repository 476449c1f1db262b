import type { Clock } from '../../src/llm/clock.js';

export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A clock that only moves when told to. */
export function manualClock(start = Date.UTC(2025, 0, 1)): ManualClock {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}
