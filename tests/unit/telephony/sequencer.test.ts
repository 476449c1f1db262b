import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSequencer } from '../../../src/telephony/sequencer.js';

function rig(gapWaitMs = 1_000, maxPending = 50) {
  const released: string[] = [];
  const sequencer = createSequencer<string>(
    async (item, { late }) => {
      released.push(late ? `${item} (late)` : item);
    },
    (error) => {
      throw error;
    },
    { gapWaitMs, maxPending, idleMs: 60_000, now: () => Date.now() },
  );
  return { released, sequencer };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sequencer', () => {
  it('releases in sequence order whatever the arrival order, once per number', async () => {
    const { released, sequencer } = rig();
    expect(sequencer.push('s', 3, 'c')).toBe('accepted');
    expect(sequencer.push('s', 2)).toBe('accepted'); // a partial: counted, nothing to release
    expect(sequencer.push('s', 3, 'c')).toBe('duplicate');
    await sequencer.idle();
    expect(released).toEqual([]);
    expect(sequencer.push('s', 1, 'a')).toBe('accepted');
    expect(sequencer.push('s', 1, 'a')).toBe('duplicate');
    expect(sequencer.push('s', 4, 'd')).toBe('accepted');
    await sequencer.idle();
    expect(released).toEqual(['a', 'c', 'd']);
    sequencer.close();
  });

  it('keeps streams apart', async () => {
    const { released, sequencer } = rig();
    sequencer.push('x', 2, 'x2');
    sequencer.push('y', 1, 'y1');
    sequencer.push('x', 1, 'x1');
    await sequencer.idle();
    expect(released).toEqual(['y1', 'x1', 'x2']);
    sequencer.close();
  });

  it('gives up on a missing number after the gap wait, and still releases it once if it comes late', async () => {
    vi.useFakeTimers();
    const { released, sequencer } = rig(500);
    sequencer.push('s', 1, 'a');
    sequencer.push('s', 3, 'c');
    sequencer.push('s', 4, 'd');
    await vi.advanceTimersByTimeAsync(499);
    expect(released).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual(['a', 'c', 'd']);
    expect(sequencer.push('s', 2, 'b')).toBe('late');
    expect(sequencer.push('s', 2, 'b')).toBe('duplicate');
    await sequencer.idle();
    expect(released).toEqual(['a', 'c', 'd', 'b (late)']);
    sequencer.close();
  });

  it('does not hold more than maxPending items behind a gap', async () => {
    const { released, sequencer } = rig(60_000, 3);
    for (const n of [2, 3, 4, 5]) sequencer.push('s', n, `i${n}`);
    await sequencer.idle();
    expect(released).toEqual(['i2', 'i3', 'i4', 'i5']);
    sequencer.close();
  });
});
