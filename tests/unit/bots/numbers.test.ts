import { beforeAll, describe, expect, it } from 'vitest';
import { numberWordsToDigits, warmUpNumberModels } from '../../../src/bots/read/numbers.js';
import { fold } from '../../../src/bots/text.js';

const digits = (text: string) => numberWordsToDigits(fold(text), { spanish: true });

describe('numberWordsToDigits', () => {
  beforeAll(() => {
    warmUpNumberModels();
  }, 60_000);

  it.each([
    ['cuatrocientos cincuenta mil', '450000'],
    ['dos millones trescientos cincuenta mil', '2350000'],
    ['four hundred fifty thousand', '450000'],
    ['one million two hundred fifty thousand', '1250000'],
    ['we have two kids and want three bedrooms', 'we have 2 kids and want 3 bedrooms'],
  ])('%j -> %j', (text, expected) => {
    expect(digits(text)).toBe(expected);
  });

  // The recognizer's cost grows exponentially with a run of number words: "dos millones " nine times held the event
  // loop for 11 s (a black-box attack found it), 2,000 characters of it for more than ten minutes.
  it.each([
    ['dos millones ', 9],
    ['dos millones ', 160],
    ['veinticinco mil ', 120],
    ['one hundred and ', 130],
  ])('reads %j x%i in bounded time', (unit, times) => {
    const started = performance.now();
    digits(unit.repeat(times));
    // Each run of number words is parsed in spans of a few words: a few milliseconds, far from the seconds before.
    expect(performance.now() - started).toBeLessThan(250);
  });
});
