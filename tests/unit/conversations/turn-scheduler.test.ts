import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversationLock } from '../../../src/conversations/ports.js';
import type { TurnTaker } from '../../../src/conversations/turn.js';
import { createTurnScheduler, type TurnScheduler } from '../../../src/conversations/turn-scheduler.js';
import { createLogger } from '../../../src/logger.js';

const QUIET_MS = 80;
const MAX_WAIT_MS = 300;

/**
 * A scheduler on vitest's fake timers (its `setTimeout` and the clock it reads move only when the test advances
 * them), whose turns only record when they ran, in ms after the start: every figure is exact, whatever the load.
 */
function schedulerUnderTest() {
  const started = Date.now();
  const ran: number[] = [];
  const turns = {
    take: () => {
      ran.push(Date.now() - started);
      return Promise.resolve({ kind: 'done' as const });
    },
    resume: () => Promise.resolve({ kind: 'done' as const }),
  } as unknown as TurnTaker;
  const lock: ConversationLock = { run: (_key, work) => work({}) };
  const scheduler = createTurnScheduler({
    turns,
    lock,
    logger: createLogger('silent'),
    now: () => new Date(),
    quietMs: QUIET_MS,
    maxWaitMs: MAX_WAIT_MS,
    typingGraceMs: 1_000,
  });
  return { scheduler, ran };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('turn scheduler', () => {
  let scheduler: TurnScheduler | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 10, 18) });
  });
  afterEach(() => {
    scheduler?.close();
    vi.useRealTimers();
  });

  it('runs one turn a quiet window after the last message of a burst', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    for (let i = 0; i < 4; i++) {
      scheduler.leadMessage('demo', 'c1');
      await advance(30);
    }
    expect(test.ran).toEqual([]);
    await advance(QUIET_MS);
    // The last message came at 90 ms: its quiet window ends at 170 ms.
    expect(test.ran).toEqual([90 + QUIET_MS]);
  });

  it('never waits past the hard bound while messages keep coming', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    for (let at = 0; at < MAX_WAIT_MS + 150 && test.ran.length === 0; at += 20) {
      scheduler.leadMessage('demo', 'c1');
      await advance(20);
    }
    expect(test.ran).toEqual([MAX_WAIT_MS]);
  });

  it('holds the window while the lead types, and runs a quiet window after typing stops', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    scheduler.leadMessage('demo', 'c1');
    scheduler.typing('demo', 'c1', true);
    await advance(QUIET_MS + 60);
    expect(test.ran).toEqual([]);
    scheduler.typing('demo', 'c1', false);
    await advance(QUIET_MS);
    expect(test.ran).toEqual([QUIET_MS + 60 + QUIET_MS]);
  });

  it('keeps conversations apart', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    scheduler.leadMessage('demo', 'c1');
    await advance(40);
    scheduler.leadMessage('demo', 'c2');
    await advance(QUIET_MS);
    expect(test.ran).toEqual([QUIET_MS, 40 + QUIET_MS]);
  });
});
