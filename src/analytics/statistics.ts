/**
 * The statistics of experiment results (docs/ANALYTICS.md, "Experiments"): pure functions, no I/O.
 * - a rate's 95% interval: Wilson's score interval;
 * - the difference of two rates (variant minus control): Newcombe's hybrid score interval (method 10 of Newcombe,
 *   Statistics in Medicine 1998;17:873-890), built from the two Wilson intervals;
 * - sample-ratio mismatch: Pearson's chi-square goodness of fit of the exposures against the weights.
 */

/** The two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson's score interval for `successes` out of `trials` (trials > 0). */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval {
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for p1 - p2 (independent samples). */
export function newcombeDifference(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  z = Z95,
): Interval & { difference: number } {
  const p1 = successes1 / trials1;
  const p2 = successes2 / trials2;
  const one = wilsonInterval(successes1, trials1, z);
  const two = wilsonInterval(successes2, trials2, z);
  const difference = p1 - p2;
  return {
    difference,
    low: difference - Math.sqrt((p1 - one.low) ** 2 + (two.high - p2) ** 2),
    high: difference + Math.sqrt((one.high - p1) ** 2 + (p2 - two.low) ** 2),
  };
}

/** ln Γ(x) (Lanczos, g = 7, n = 9), for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = c[0]!;
  for (let index = 1; index < 9; index++) sum += c[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularized upper incomplete gamma function Q(a, x) (series below a + 1, continued fraction above). */
export function upperGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - front * sum);
  }
  // Lentz's method for the continued fraction of Q.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 500; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return front * h;
}

/** The threshold under which a sample-ratio mismatch is reported (GrowthBook and Statsig use 0.001 too). */
export const SRM_P_VALUE = 0.001;

/** Pearson's chi-square of observed counts against the expected shares (weights), and its p-value. */
export function sampleRatioMismatch(
  observed: readonly number[],
  weights: readonly number[],
): { chiSquare: number; pValue: number; mismatch: boolean } {
  const total = observed.reduce((sum, n) => sum + n, 0);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0 || weightSum <= 0 || observed.length < 2)
    return { chiSquare: 0, pValue: 1, mismatch: false };
  let chiSquare = 0;
  observed.forEach((count, index) => {
    const expected = (total * (weights[index] ?? 0)) / weightSum;
    if (expected > 0) chiSquare += (count - expected) ** 2 / expected;
  });
  const pValue = upperGammaQ((observed.length - 1) / 2, chiSquare / 2);
  return { chiSquare, pValue, mismatch: pValue < SRM_P_VALUE };
}

/** Below this many exposures in an arm, or 5 successes and 5 failures, a comparison says "not enough data yet". */
export const MIN_ARM_SAMPLE = 100;

export type RateComparison =
  | { status: 'not_enough_data'; needed: number }
  | {
      status: 'ok';
      control: { rate: number } & Interval;
      variant: { rate: number } & Interval;
      /** Variant minus control, with Newcombe's interval; `significant` when the interval leaves out 0. */
      lift: { difference: number; significant: boolean } & Interval;
    };

/** A variant's rate against the control's: each with Wilson's interval, the lift with Newcombe's. */
export function compareRates(
  control: { successes: number; trials: number },
  variant: { successes: number; trials: number },
  minSample = MIN_ARM_SAMPLE,
): RateComparison {
  const short = (arm: { successes: number; trials: number }) =>
    arm.trials < minSample || arm.successes < 5 || arm.trials - arm.successes < 5;
  if (short(control) || short(variant))
    return {
      status: 'not_enough_data',
      needed: Math.max(0, minSample - Math.min(control.trials, variant.trials)),
    };
  const lift = newcombeDifference(variant.successes, variant.trials, control.successes, control.trials);
  return {
    status: 'ok',
    control: {
      rate: control.successes / control.trials,
      ...wilsonInterval(control.successes, control.trials),
    },
    variant: {
      rate: variant.successes / variant.trials,
      ...wilsonInterval(variant.successes, variant.trials),
    },
    lift: { ...lift, significant: lift.low > 0 || lift.high < 0 },
  };
}
