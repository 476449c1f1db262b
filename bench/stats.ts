import { summarizeLatency, type LatencySummary } from './coaching-latency.js';

/** One statistics shape for every benchmark (count, min, p50, p90, p99, max, mean; same unit as the samples). */
export type Summary = LatencySummary;
export const summarize = summarizeLatency;

export const fmt = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
