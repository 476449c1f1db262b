import { expect } from 'vitest';
import { classifyOptOut, readOptOut, type Channel } from '../../../../src/bots/optout.js';

/**
 * What a probe of the opt-out reader expects: a full opt-out, a wrong number (also a full opt-out), a channel
 * opt-out (one channel stopped, another welcome), or nothing to stop.
 */
export type ProbeExpect = 'opt_out' | 'wrong_number' | 'none' | { stop: Channel[]; welcome: Channel[] };

export type Probe = [text: string, expected: ProbeExpect];

/** Checks one probe: the typed reading and its projection on the old three-way signal. */
export function checkProbe(text: string, expected: ProbeExpect): void {
  const reading = readOptOut(text);
  if (expected === 'opt_out' || expected === 'wrong_number') {
    expect(reading).toEqual({ kind: 'opt_out', wrongNumber: expected === 'wrong_number' });
    expect(classifyOptOut(text)).toBe('opt_out');
  } else if (expected === 'none') {
    expect(reading).toBeNull();
    expect(classifyOptOut(text)).toBeNull();
  } else {
    expect(reading).toEqual({ kind: 'channel', stop: expected.stop, welcome: expected.welcome });
    expect(classifyOptOut(text)).toBeNull();
  }
}
