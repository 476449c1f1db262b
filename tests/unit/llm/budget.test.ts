import { describe, expect, it } from 'vitest';
import { budgetTokens, createTokenBudget } from '../../../src/llm/budget.js';
import { manualClock } from '../../fakes/manual-clock.js';

const usage = (inputTokens: number, outputTokens = 0, cacheReadTokens = 0, cacheCreationTokens = 0) => ({
  inputTokens,
  outputTokens,
  cacheReadTokens,
  cacheCreationTokens,
});

describe('token budget', () => {
  it('counts cache reads at a tenth and everything else in full', () => {
    expect(budgetTokens(usage(100, 50, 1_000, 200))).toBe(100 + 50 + 100 + 200);
  });

  it('refuses a tenant at its limit over a rolling hour, per tenant, with overrides', () => {
    const clock = manualClock();
    const budget = createTokenBudget(clock, {
      defaultTokensPerHour: 1_000,
      tokensPerHourFor: (id) => (id === 'big' ? 5_000 : undefined),
    });
    budget.record('a', usage(600));
    clock.advance(30 * 60_000);
    budget.record('a', usage(400));
    budget.record('big', usage(1_000));
    expect(budget.available('a')).toBe(false);
    expect(budget.available('big')).toBe(true);
    expect(budget.available('b')).toBe(true);
    expect(budget.limit('big')).toBe(5_000);

    clock.advance(31 * 60_000); // the first 600 aged out
    expect(budget.used('a')).toBe(400);
    expect(budget.available('a')).toBe(true);
    clock.advance(30 * 60_000);
    expect(budget.used('a')).toBe(0);
  });
});
