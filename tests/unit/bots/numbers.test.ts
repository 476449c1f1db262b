import { beforeAll, describe, expect, it } from 'vitest';
import { numberWordsToDigits, warmUpNumberModels } from '../../../src/bots/read/numbers.js';
import { fold } from '../../../src/bots/text.js';

const digits = (text: string) => numberWordsToDigits(fold(text), { spanish: true });

// The models compile on first use (seconds); timings below are of a warm process, as a server warms them at start.
beforeAll(() => {
  warmUpNumberModels();
}, 60_000);

describe('numberWordsToDigits', () => {
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

describe('numberWordsToDigits with several numbers in one message', () => {
  it.each([
    [
      'busco una casa con tres recamaras y dos banos en una zona tranquila, presupuesto cuatrocientos cincuenta mil',
      'busco una casa con 3 recamaras y 2 banos en una zona tranquila, presupuesto 450000',
    ],
    [
      'we have two kids, three dogs, one cat and need four bedrooms, budget is four hundred fifty thousand',
      'we have 2 kids, 3 dogs, one cat and need 4 bedrooms, budget is 450000',
    ],
    ['one million two hundred seventy five thousand', '1275000'],
    ['dos millones cuatrocientos cincuenta y cinco mil', '2455000'],
  ])('%j', (text, expected) => {
    expect(digits(text)).toBe(expected);
  });

  it('reads number words far apart (long runs of blanks) in bounded time', () => {
    const started = performance.now();
    digits(('dos' + ' '.repeat(300) + 'millones ').repeat(6));
    expect(performance.now() - started).toBeLessThan(250);
  });
});
