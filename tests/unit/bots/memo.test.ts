import { describe, expect, it } from 'vitest';
import { memoised } from '../../../src/bots/read/memo.js';

describe('memoised', () => {
  it('answers a text seen lately without computing it again, and what computing gives', () => {
    let calls = 0;
    const upper = memoised(2, (text: string) => {
      calls += 1;
      return text.toUpperCase();
    });
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(calls).toBe(1);
  });
  it('holds at most twice its limit and computes a dropped text afresh', () => {
    const seen: string[] = [];
    const same = memoised(2, (text: string) => {
      seen.push(text);
      return text;
    });
    for (const text of ['a', 'b', 'c', 'd', 'e']) same(text);
    // 'a' and 'b' filled the first generation, 'c' and 'd' the second: 'e' dropped the first.
    same('a');
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
    // 'c' was in the older generation: found there, not computed.
    same('c');
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });
  it('remembers undefined values too', () => {
    let calls = 0;
    const none = memoised(4, () => {
      calls += 1;
      return undefined;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
});
