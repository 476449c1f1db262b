import type { ModelUsage } from './port.js';

/**
 * List prices of the models the hub uses, in US dollars per million tokens (Anthropic's pricing page, November
 * 2026): uncached input, output, and the prompt cache's 5-minute writes (1.25 × input) and reads (0.1 × input).
 * A model not listed is priced as Sonnet (the dearest the hub is configured with by default), so an unknown
 * model is never reported as free.
 */
export interface ModelPrice {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

const perMillion = (input: number, output: number): ModelPrice => ({
  input,
  output,
  cacheWrite: input * 1.25,
  cacheRead: input * 0.1,
});

const PRICES: readonly [prefix: string, price: ModelPrice][] = [
  ['claude-haiku-4-5', perMillion(1, 5)],
  ['claude-sonnet-4-5', perMillion(3, 15)],
  ['claude-sonnet-4', perMillion(3, 15)],
  ['claude-opus-4-5', perMillion(5, 25)],
  ['claude-opus-4-1', perMillion(15, 75)],
  ['claude-opus-4', perMillion(15, 75)],
  ['claude-3-5-haiku', perMillion(0.8, 4)],
  ['claude-3-haiku', perMillion(0.25, 1.25)],
];
const FALLBACK = perMillion(3, 15);

/** The price of a model by its name (a dated name such as `claude-haiku-4-5-20251001` matches its family). */
export function priceOf(model: string): ModelPrice {
  return PRICES.find(([prefix]) => model.startsWith(prefix))?.[1] ?? FALLBACK;
}

/** The cost of one call in US dollars, rounded to a millionth of a dollar. */
export function costUsd(model: string, usage: ModelUsage): number {
  const price = priceOf(model);
  const dollars =
    (usage.inputTokens * price.input +
      usage.outputTokens * price.output +
      usage.cacheCreationTokens * price.cacheWrite +
      usage.cacheReadTokens * price.cacheRead) /
    1e6;
  return Math.round(dollars * 1e6) / 1e6;
}
