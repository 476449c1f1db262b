import { describe, expect, it } from 'vitest';
import {
  createStampedLatencyTracker,
  createTokenLatencyTracker,
  parseStampedText,
  summarizeLatency,
} from '../../../bench/coaching-latency.js';

describe('latency helpers', () => {
  it('matches coalesced arrivals to server writes by offset', () => {
    const writes = [
      { requestIndex: 0, index: 0, text: 'ab', endOffset: 2, writtenAtMs: 100 },
      { requestIndex: 0, index: 1, text: 'cd', endOffset: 4, writtenAtMs: 110 },
      { requestIndex: 0, index: 2, text: 'ef', endOffset: 6, writtenAtMs: 120 },
    ];
    const tracker = createTokenLatencyTracker(writes);
    tracker.onText('abcd', 115); // two deltas in one event
    tracker.onText('e', 125);
    tracker.onText('f', 130);
    expect(tracker.samples()).toEqual([15, 5, 10]);
  });

  it('reads stamps, even split across chunks', () => {
    expect(parseStampedText('⟦t=10.5⟧FO⟦t=12⟧CUS')).toEqual({
      clean: 'FOCUS',
      stamps: [
        { offset: 0, writtenAtMs: 10.5 },
        { offset: 2, writtenAtMs: 12 },
      ],
    });
    const tracker = createStampedLatencyTracker();
    tracker.onText('⟦t=10⟧a⟦t=', 11);
    tracker.onText('20⟧b', 25);
    expect(tracker.samples()).toEqual([1, 5]);
  });

  it('summarises samples', () => {
    expect(summarizeLatency([3, 1, 2, 4])).toMatchObject({ count: 4, min: 1, p50: 2, max: 4, mean: 2.5 });
  });
});
