import recognizers from '@microsoft/recognizers-text-number';
import { describe, expect, it } from 'vitest';
import { readSpanishNumbers } from '../../../src/bots/read/spanish-numbers.js';

const values = (text: string) => readSpanishNumbers(text).map((found) => found.value);

/** A number in Spanish words, the standard way (folded: no accents), for checking the reader on many amounts. */
function spanish(n: number): string {
  const UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
  const TEENS = [
    'diez',
    'once',
    'doce',
    'trece',
    'catorce',
    'quince',
    'dieciseis',
    'diecisiete',
    'dieciocho',
  ];
  const TWENTIES = ['veinte', 'veintiuno', 'veintidos', 'veintitres', 'veinticuatro', 'veinticinco'];
  const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
  const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos'];
  HUNDREDS.push('setecientos', 'ochocientos', 'novecientos');
  const below100 = (x: number): string => {
    if (x < 10) return UNITS[x]!;
    if (x < 19) return TEENS[x - 10]!;
    if (x === 19) return 'diecinueve';
    if (x < 26) return TWENTIES[x - 20]!;
    if (x < 30) return ['veintiseis', 'veintisiete', 'veintiocho', 'veintinueve'][x - 26]!;
    return x % 10 ? `${TENS[Math.floor(x / 10)]} y ${UNITS[x % 10]}` : TENS[x / 10]!;
  };
  const below1000 = (x: number): string => {
    if (x === 100) return 'cien';
    const rest = below100(x % 100);
    return [HUNDREDS[Math.floor(x / 100)], rest].filter(Boolean).join(' ');
  };
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1_000);
  const rest = n % 1_000;
  if (millions)
    parts.push(millions === 1 ? 'un millon' : `${below1000(millions).replace(/uno$/, 'un')} millones`);
  if (thousands) parts.push(thousands === 1 ? 'mil' : `${below1000(thousands).replace(/uno$/, 'un')} mil`);
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}

/** A small deterministic PRNG so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('readSpanishNumbers', () => {
  it.each([
    ['cuatrocientos cincuenta mil', [450_000]],
    ['dos millones trescientos cincuenta mil', [2_350_000]],
    ['un millon doscientos mil', [1_200_000]],
    ['mil quinientos', [1_500]],
    ['veintiun mil', [21_000]],
    ['ciento veinte mil', [120_000]],
    ['cien mil', [100_000]],
    ['trescientos noventa y nueve mil novecientos noventa y nueve', [399_999]],
    ['mil millones', [1_000_000_000]],
    ['quinientas', [500]],
    // Where the grammar says a number ended, another starts.
    ['dos tres', [2, 3]],
    ['cien cien', [100, 100]],
    ['dos millones dos millones', [2_000_000, 2_000_000]],
    ['dos mil tres mil cuatro mil', [2_000, 3_000, 4_000]],
    ['un millon dos millones tres millones', [1_000_000, 2_000_000, 3_000_000]],
    ['treinta y', [30]],
    ['y cinco', [5]],
  ])('%j -> %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives where each number starts and its words', () => {
    expect(readSpanishNumbers('casa de cuatrocientos mil y dos recamaras')).toEqual([
      { start: 8, text: 'cuatrocientos mil', value: 400_000 },
      { start: 28, text: 'dos', value: 2 },
    ]);
  });

  it('reads 500 amounts written the standard way, the same as the Spanish recognizer reads them', () => {
    const next = random(7);
    const oracle = new recognizers.NumberRecognizer(recognizers.Culture.Spanish).getNumberModel();
    for (let i = 0; i < 500; i += 1) {
      const n = 1 + Math.floor(next() * (i % 2 ? 999_999 : 9_999_999));
      const words = spanish(n);
      expect(values(words), words).toEqual([n]);
      // The generator itself checked against the recognizer on a sample (it costs milliseconds a parse).
      if (i < 40) expect(Number(oracle.parse(words)[0]?.resolution?.value), words).toBe(n);
    }
  });

  it('reads the spans a black-box attack found slowest (20 to 30 ms each in the recognizer) in microseconds', () => {
    const spans = [
      'doscientos veintiuno trescientos treinta mil dos millon doscientos veintiuno cien',
      'diez punto doscientos cinco mil dos millon trescientos uno veintiuno',
      'novecientos veinte ocho millon doscientos cuatro mil ciento diez cien',
      'veintidos treinta dos millones veintiuno mil cien dieciseis treinta treinta',
    ];
    const started = performance.now();
    for (let round = 0; round < 100; round += 1) for (const span of spans) readSpanishNumbers(span);
    // 400 readings: about a millisecond in all; the bound leaves room for a loaded machine.
    expect(performance.now() - started).toBeLessThan(100);
  });
});
