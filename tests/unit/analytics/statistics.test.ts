import { describe, expect, it } from 'vitest';
import { assignVariant, bucketOf } from '../../../src/analytics/assignment.js';
import {
  compareRates,
  newcombeDifference,
  sampleRatioMismatch,
  upperGammaQ,
  wilsonInterval,
} from '../../../src/analytics/statistics.js';

/**
 * Reference values, each obtained independently of this code:
 * - Wilson intervals: the worked examples of Newcombe, "Two-sided confidence intervals for the single proportion:
 *   comparison of seven methods", Statistics in Medicine 1998;17:857-872, Table I, method 3 (81/263: 0.2553 to
 *   0.3662; 15/148: 0.0624 to 0.1605; 0/10: 0 to 0.2775), and recomputed with python3 from the closed form:
 *     z=1.959963984540054; p=x/n; d=1+z*z/n; c=(p+z*z/(2*n))/d; h=z/d*sqrt(p*(1-p)/n+z*z/(4*n*n)); (c-h, c+h)
 *   which printed (0.25528851987827, 0.36620957698280), (0.06238639953073, 0.16048724172330), (0.0, 0.27753279986288).
 * - Differences: Newcombe, "Interval estimation for the difference between independent proportions: comparison of
 *   eleven methods", Statistics in Medicine 1998;17:873-890, Table II, method 10 (56/70 - 48/80: 0.0524 to 0.3339;
 *   9/10 - 3/10: 0.1705 to 0.8090; 5/56 - 0/29: -0.0381 to 0.1926), recomputed with python3 from
 *     d=p1-p2; (d - sqrt((p1-l1)**2 + (u2-p2)**2), d + sqrt((u1-p1)**2 + (p2-l2)**2)) with the Wilson limits above,
 *   which printed (0.05243147240237, 0.33387265403691), (0.17052272393450, 0.80901797353549),
 *   (-0.03813714790354, 0.19256001385511).
 * - Chi-square p-values: closed forms of the chi-square survival function, computed with python3:
 *   1 df: erfc(sqrt(x/2)), x=4 → 0.04550026389636; 2 df: exp(-x/2), x=20 →
 *   4.539992976248485e-05; 4 df: exp(-x/2)*(1+x/2), x=9 → 0.06109948...
 */
describe('Wilson intervals', () => {
  it.each([
    [81, 263, 0.25528851987827, 0.3662095769828],
    [15, 148, 0.06238639953073, 0.1604872417233],
    [0, 10, 0, 0.27753279986288],
  ])('%i/%i', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.low).toBeCloseTo(low, 10);
    expect(interval.high).toBeCloseTo(high, 10);
  });
});

describe("Newcombe's hybrid score interval for a difference of proportions", () => {
  it.each([
    [56, 70, 48, 80, 0.05243147240237, 0.33387265403691],
    [9, 10, 3, 10, 0.1705227239345, 0.80901797353549],
    [5, 56, 0, 29, -0.03813714790354, 0.19256001385511],
  ])('%i/%i - %i/%i', (x1, n1, x2, n2, low, high) => {
    const interval = newcombeDifference(x1, n1, x2, n2);
    expect(interval.low).toBeCloseTo(low, 10);
    expect(interval.high).toBeCloseTo(high, 10);
    expect(interval.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
  });
});

describe('chi-square p-values and sample-ratio mismatch', () => {
  it('matches the closed forms of the chi-square survival function', () => {
    expect(upperGammaQ(0.5, 4 / 2)).toBeCloseTo(0.045500263896358, 10);
    expect(upperGammaQ(1, 20 / 2)).toBeCloseTo(4.539992976248485e-5, 14);
    expect(upperGammaQ(2, 9 / 2)).toBeCloseTo(Math.exp(-4.5) * 5.5, 12);
  });

  it('warns when the exposures stray from the weights beyond p < 0.001, and not otherwise', () => {
    // 5,100 vs 4,900 at 50/50: chi-square 4, p 0.0455 (no warning); 1,000 / 1,100 / 900: chi-square 20, 2 df.
    expect(sampleRatioMismatch([5_100, 4_900], [1, 1])).toMatchObject({ chiSquare: 4, mismatch: false });
    const three = sampleRatioMismatch([1_000, 1_100, 900], [1, 1, 1]);
    expect(three.chiSquare).toBeCloseTo(20, 12);
    expect(three.pValue).toBeCloseTo(4.539992976248485e-5, 14);
    expect(three.mismatch).toBe(true);
    // Weights 90/10: 9,000 / 1,000 is exactly as expected.
    expect(sampleRatioMismatch([9_000, 1_000], [90, 10])).toMatchObject({ chiSquare: 0, mismatch: false });
  });
});

describe('rate comparison', () => {
  it('says "not enough data yet" below the minimum sample, then gives rates, intervals and the lift', () => {
    expect(compareRates({ successes: 3, trials: 40 }, { successes: 9, trials: 50 })).toEqual({
      status: 'not_enough_data',
      needed: 60,
    });
    const result = compareRates({ successes: 48, trials: 80 }, { successes: 56, trials: 70 }, 50);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.lift.low).toBeCloseTo(0.05243147240237, 10);
    expect(result.lift.significant).toBe(true);
    expect(result.control.rate).toBe(0.6);
  });
});

describe('sticky assignment', () => {
  it('gives a lead the same arm every time, and splits leads by the weights', () => {
    const arms = [
      { name: 'control', weight: 3 },
      { name: 'short', weight: 1 },
    ];
    expect(assignVariant('salt-1', 'lead-42', arms)).toBe(assignVariant('salt-1', 'lead-42', arms));
    const counts = { control: 0, short: 0 };
    for (let index = 0; index < 20_000; index++)
      counts[assignVariant('salt-1', `lead-${index}`, arms) as 'control']++;
    // The hash spreads leads as the weights say: no sample-ratio mismatch over 20,000 leads.
    expect(sampleRatioMismatch([counts.control, counts.short], [3, 1]).mismatch).toBe(false);
    expect(counts.short / 20_000).toBeGreaterThan(0.23);
    expect(counts.short / 20_000).toBeLessThan(0.27);
    // Another salt reshuffles: the two experiments' arms are independent.
    const moved = Array.from({ length: 1_000 }, (_, index) => `lead-${index}`).filter(
      (lead) => bucketOf('salt-1', lead) < 0.5 !== bucketOf('salt-2', lead) < 0.5,
    ).length;
    expect(moved).toBeGreaterThan(400);
    expect(moved).toBeLessThan(600);
    expect(assignVariant('salt-1', 'lead-1', [{ name: 'off', weight: 0 }])).toBeUndefined();
  });
});
