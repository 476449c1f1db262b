import type { RollupRow } from '../store/analytics-types.js';
import type { ExperimentRecord, GuardrailMetric, PrimaryMetric } from './experiments.js';
import { DURATION_EDGES_MS } from './rollups.js';
import {
  compareRates,
  newcombeDifference,
  sampleRatioMismatch,
  wilsonInterval,
  Z95,
  type Interval,
} from './statistics.js';

/**
 * An experiment's results (docs/ANALYTICS.md, "Experiments"), from the rollups of its arms' variant keys: pure,
 * no I/O. The unit is the exposed lead: each arm's denominator is its exposures (once per lead), each rate's
 * numerator the arm's conversations with the event (a lead's conversation in an arm is started once, so at most
 * one per lead; an opt-out repeated after an opt-in is capped at the exposures).
 */

/** What the rollups of one arm add up to over the experiment's days. */
export interface ArmTally {
  exposures: number;
  qualified: number;
  booked: number;
  optedOut: number;
  compliance: number;
  claims: { n: number; totalMs: number; histogram: number[] };
  /** Ratings 1 to 5: how many of each. */
  ratings: [number, number, number, number, number];
}

/** Sums an arm's rollup rows (every day, every metric of its variant key). */
export function tallyOf(rows: readonly Pick<RollupRow, 'metric' | 'n' | 'total'>[]): ArmTally {
  const tally: ArmTally = {
    exposures: 0,
    qualified: 0,
    booked: 0,
    optedOut: 0,
    compliance: 0,
    claims: { n: 0, totalMs: 0, histogram: Array.from({ length: DURATION_EDGES_MS.length + 1 }, () => 0) },
    ratings: [0, 0, 0, 0, 0],
  };
  for (const { metric, n, total } of rows) {
    if (metric === 'n:experiment_exposure') tally.exposures += n;
    else if (metric === 'n:qualified') tally.qualified += n;
    else if (metric === 'n:call_booked') tally.booked += n;
    else if (metric === 'n:opted_out') tally.optedOut += n;
    else if (metric === 'n:compliance_alert') tally.compliance += n;
    else if (metric === 'n:claimed') {
      tally.claims.n += n;
      tally.claims.totalMs += total;
    } else if (metric.startsWith('hist:claimed:')) {
      const bucket = Number(metric.slice('hist:claimed:'.length));
      if (Number.isInteger(bucket) && bucket >= 0 && bucket < tally.claims.histogram.length)
        tally.claims.histogram[bucket]! += n;
    } else if (metric.startsWith('rating:')) {
      const rating = Number(metric.slice('rating:'.length));
      if (Number.isInteger(rating) && rating >= 1 && rating <= 5) tally.ratings[rating - 1]! += n;
    }
  }
  return tally;
}

export type MetricValue =
  | ({ kind: 'rate'; successes: number; trials: number; rate: number | null } & Partial<Interval>)
  /** Satisfaction: the mean rating, its interval by the normal approximation (mean ± 1.96 · s / √n). */
  | ({ kind: 'mean'; n: number; mean: number | null } & Partial<Interval>)
  /** Time to claim: the mean and the histogram's median (ms); no interval (the rollups keep no variance). */
  | { kind: 'duration'; n: number; meanMs: number | null; medianMs: number | null };

export type Lift =
  | { status: 'not_enough_data'; needed: number }
  | { status: 'not_supported'; reason: string }
  | ({ status: 'ok'; difference: number; significant: boolean } & Interval);

export interface GuardrailResult {
  metric: GuardrailMetric;
  threshold: number;
  rate: number | null;
  /** The arm's rate minus the control's, with Newcombe's interval; null for the control or below the sample. */
  difference: ({ value: number } & Interval) | null;
  /** The lower end of the difference's interval is above the threshold: the arm is worse beyond it. */
  breached: boolean;
}

export interface ArmResult {
  name: string;
  control: boolean;
  weight: number;
  stoppedAt?: string;
  stoppedReason?: GuardrailMetric;
  exposures: number;
  primary: MetricValue;
  /** Against the control (absent for the control itself). */
  lift?: Lift;
  guardrails: GuardrailResult[];
}

export interface ExperimentResults {
  experimentId: string;
  status: ExperimentRecord['status'];
  primaryMetric: PrimaryMetric;
  minSample: number;
  /** UTC days counted (from the start to the stop, or today). */
  from: string;
  to: string;
  arms: ArmResult[];
  /**
   * Pearson's chi-square of the exposures against the weights; `checked` false once an arm was stopped (its
   * exposures stop growing, so the ratio no longer says anything).
   */
  sampleRatio: { checked: boolean; chiSquare: number; pValue: number; mismatch: boolean };
  /** Every arm has its minimum sample: below it the comparison reads "not enough data yet". */
  enoughData: boolean;
}

const rate = (successes: number, trials: number): MetricValue => {
  const capped = Math.min(successes, trials);
  return trials === 0
    ? { kind: 'rate', successes: capped, trials, rate: null }
    : { kind: 'rate', successes: capped, trials, rate: capped / trials, ...wilsonInterval(capped, trials) };
};

/** n, mean and sample variance of the ratings. */
function ratingMoments(ratings: ArmTally['ratings']): { n: number; mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  let squares = 0;
  ratings.forEach((count, index) => {
    n += count;
    sum += count * (index + 1);
    squares += count * (index + 1) ** 2;
  });
  const mean = n > 0 ? sum / n : 0;
  return { n, mean, variance: n > 1 ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : 0 };
}

/** The fewest ratings per arm for the normal approximation of a mean. */
export const MIN_RATINGS = 30;

function meanValue(ratings: ArmTally['ratings']): MetricValue {
  const { n, mean, variance } = ratingMoments(ratings);
  if (n === 0) return { kind: 'mean', n, mean: null };
  const half = Z95 * Math.sqrt(variance / n);
  return { kind: 'mean', n, mean, low: Math.max(1, mean - half), high: Math.min(5, mean + half) };
}

/** The histogram's median: the upper edge of the bucket that holds it (null past the last edge or when empty). */
function histogramMedian(histogram: readonly number[]): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [index, n] of histogram.entries()) {
    seen += n;
    if (seen >= total / 2) return DURATION_EDGES_MS[index] ?? null;
  }
  return null;
}

const successesOf = (metric: PrimaryMetric | GuardrailMetric, tally: ArmTally): number =>
  metric === 'booked_call_rate'
    ? tally.booked
    : metric === 'qualified_rate'
      ? tally.qualified
      : metric === 'opt_out_rate'
        ? tally.optedOut
        : metric === 'compliance_alert_rate'
          ? tally.compliance
          : 0;

function primaryValue(metric: PrimaryMetric, tally: ArmTally): MetricValue {
  if (metric === 'satisfaction') return meanValue(tally.ratings);
  if (metric === 'time_to_claim')
    return {
      kind: 'duration',
      n: tally.claims.n,
      meanMs: tally.claims.n > 0 ? tally.claims.totalMs / tally.claims.n : null,
      medianMs: histogramMedian(tally.claims.histogram),
    };
  return rate(successesOf(metric, tally), tally.exposures);
}

function liftOf(metric: PrimaryMetric, control: ArmTally, arm: ArmTally, minSample: number): Lift {
  if (metric === 'time_to_claim')
    return {
      status: 'not_supported',
      reason: 'durations get no interval: the rollups keep a histogram, not the variance a method needs',
    };
  if (metric === 'satisfaction') {
    const one = ratingMoments(arm.ratings);
    const two = ratingMoments(control.ratings);
    const short =
      Math.min(arm.exposures, control.exposures) < minSample || Math.min(one.n, two.n) < MIN_RATINGS;
    if (short)
      return {
        status: 'not_enough_data',
        needed: Math.max(
          0,
          minSample - Math.min(arm.exposures, control.exposures),
          MIN_RATINGS - Math.min(one.n, two.n),
        ),
      };
    // Difference of means with Welch's standard error, normal quantile.
    const difference = one.mean - two.mean;
    const half = Z95 * Math.sqrt(one.variance / one.n + two.variance / two.n);
    const low = difference - half;
    const high = difference + half;
    return { status: 'ok', difference, low, high, significant: low > 0 || high < 0 };
  }
  const compared = compareRates(
    { successes: Math.min(successesOf(metric, control), control.exposures), trials: control.exposures },
    { successes: Math.min(successesOf(metric, arm), arm.exposures), trials: arm.exposures },
    minSample,
  );
  return compared.status === 'ok'
    ? { status: 'ok', ...compared.lift }
    : { status: 'not_enough_data', needed: compared.needed };
}

function guardrailOf(
  guardrail: { metric: GuardrailMetric; threshold: number },
  control: ArmTally,
  arm: ArmTally,
  isControl: boolean,
  minSample: number,
): GuardrailResult {
  const successes = Math.min(successesOf(guardrail.metric, arm), arm.exposures);
  const base = { metric: guardrail.metric, threshold: guardrail.threshold };
  const armRate = arm.exposures > 0 ? successes / arm.exposures : null;
  if (isControl || Math.min(arm.exposures, control.exposures) < minSample)
    return { ...base, rate: armRate, difference: null, breached: false };
  const d = newcombeDifference(
    successes,
    arm.exposures,
    Math.min(successesOf(guardrail.metric, control), control.exposures),
    control.exposures,
  );
  return {
    ...base,
    rate: armRate,
    difference: { value: d.difference, low: d.low, high: d.high },
    breached: d.low > guardrail.threshold,
  };
}

/** The results of an experiment from its arms' tallies (by arm name). */
export function experimentResults(
  experiment: ExperimentRecord,
  tallies: ReadonlyMap<string, ArmTally>,
  days: { from: string; to: string },
): ExperimentResults {
  const empty = tallyOf([]);
  const tally = (name: string) => tallies.get(name) ?? empty;
  const control = experiment.variants.find((variant) => variant.control)!;
  const controlTally = tally(control.name);
  const arms: ArmResult[] = experiment.variants.map((variant) => {
    const own = tally(variant.name);
    return {
      name: variant.name,
      control: variant.control,
      weight: variant.weight,
      ...(variant.stoppedAt ? { stoppedAt: variant.stoppedAt } : {}),
      ...(variant.stoppedReason ? { stoppedReason: variant.stoppedReason } : {}),
      exposures: own.exposures,
      primary: primaryValue(experiment.primaryMetric, own),
      ...(variant.control
        ? {}
        : { lift: liftOf(experiment.primaryMetric, controlTally, own, experiment.minSample) }),
      guardrails: experiment.guardrails.map((guardrail) =>
        guardrailOf(guardrail, controlTally, own, variant.control, experiment.minSample),
      ),
    };
  });
  const anyStopped = experiment.variants.some((variant) => variant.stoppedAt !== undefined);
  const srm = sampleRatioMismatch(
    arms.map((arm) => arm.exposures),
    arms.map((arm) => arm.weight),
  );
  return {
    experimentId: experiment.id,
    status: experiment.status,
    primaryMetric: experiment.primaryMetric,
    minSample: experiment.minSample,
    from: days.from,
    to: days.to,
    arms,
    sampleRatio: anyStopped
      ? { checked: false, chiSquare: 0, pValue: 1, mismatch: false }
      : { checked: true, ...srm },
    enoughData: arms.every((arm) => arm.exposures >= experiment.minSample),
  };
}

/** The arms a guardrail stops now: running, not the control, not stopped yet, with a breached guardrail. */
export function armsToStop(
  experiment: ExperimentRecord,
  results: ExperimentResults,
): { name: string; reason: GuardrailMetric }[] {
  if (experiment.status !== 'running') return [];
  return results.arms.flatMap((arm) => {
    const breach = arm.guardrails.find((guardrail) => guardrail.breached);
    return !arm.control && !arm.stoppedAt && breach ? [{ name: arm.name, reason: breach.metric }] : [];
  });
}

/** The experiment with those arms stopped (their leads get the control's settings from now on). */
export function withArmsStopped(
  experiment: ExperimentRecord,
  stops: readonly { name: string; reason: GuardrailMetric }[],
  at: string,
): ExperimentRecord {
  return {
    ...experiment,
    updatedAt: at,
    variants: experiment.variants.map((variant) => {
      const stop = stops.find((candidate) => candidate.name === variant.name);
      return stop && !variant.stoppedAt ? { ...variant, stoppedAt: at, stoppedReason: stop.reason } : variant;
    }),
  };
}
