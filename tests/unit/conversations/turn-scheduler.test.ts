import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationLock } from '../../../src/conversations/ports.js';
import type { TurnTaker } from '../../../src/conversations/turn.js';
import { createTurnScheduler, type TurnScheduler } from '../../../src/conversations/turn-scheduler.js';
import { createLogger } from '../../../src/logger.js';

const QUIET_MS = 80;
const MAX_WAIT_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A scheduler on real timers whose turns only record when they ran (ms after `started`). */
function schedulerUnderTest() {
  const started = performance.now();
  const ran: number[] = [];
  const turns = {
    take: () => {
      ran.push(performance.now() - started);
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
  return { scheduler, ran, elapsed: () => performance.now() - started };
}

describe('turn scheduler', () => {
  let scheduler: TurnScheduler | undefined;
  afterEach(() => scheduler?.close());

  it('runs one turn a quiet window after the last message of a burst', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    // When the last message arrived, read at the call itself (a loaded machine stretches the sleeps between them).
    let lastAt = 0;
    for (let i = 0; i < 4; i++) {
      lastAt = test.elapsed();
      scheduler.leadMessage('demo', 'c1');
      await sleep(30);
    }
    await scheduler.idle();
    expect(test.ran).toHaveLength(1);
    expect(test.ran[0]!).toBeGreaterThanOrEqual(lastAt + QUIET_MS - 5);
  });

  it('never waits past the hard bound while messages keep coming', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    const until = performance.now() + MAX_WAIT_MS + 150;
    while (performance.now() < until && test.ran.length === 0) {
      scheduler.leadMessage('demo', 'c1');
      await sleep(20);
    }
    expect(test.ran).toHaveLength(1);
    expect(test.ran[0]!).toBeGreaterThanOrEqual(MAX_WAIT_MS - 5);
    expect(test.ran[0]!).toBeLessThan(MAX_WAIT_MS + 100);
  });

  it('holds the window while the lead types, and runs a quiet window after typing stops', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    scheduler.leadMessage('demo', 'c1');
    scheduler.typing('demo', 'c1', true);
    await sleep(QUIET_MS + 60);
    expect(test.ran).toHaveLength(0);
    const stoppedAt = test.elapsed();
    scheduler.typing('demo', 'c1', false);
    await scheduler.idle();
    expect(test.ran).toHaveLength(1);
    expect(test.ran[0]!).toBeGreaterThanOrEqual(stoppedAt + QUIET_MS - 5);
  });

  it('keeps conversations apart', async () => {
    const test = schedulerUnderTest();
    scheduler = test.scheduler;
    scheduler.leadMessage('demo', 'c1');
    await sleep(40);
    scheduler.leadMessage('demo', 'c2');
    await scheduler.idle();
    expect(test.ran).toHaveLength(2);
    expect(test.ran[1]! - test.ran[0]!).toBeGreaterThanOrEqual(30);
  });
});
