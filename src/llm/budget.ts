import type { Clock } from './clock.js';
import type { ModelUsage } from './port.js';

export interface TokenBudgetOptions {
  /** Budget tokens a tenant may use in any rolling hour (default 200_000; HUB_TENANT_TOKENS_PER_HOUR). */
  defaultTokensPerHour?: number;
  /** A tenant's own limit (tenants.json `tokensPerHour`); undefined falls back to the default. */
  tokensPerHourFor?: (tenantId: string) => number | undefined;
  /** Width of one accounting bucket in ms (default 60_000: the hour is tracked in 60 buckets). */
  bucketMs?: number;
}

export interface TokenBudget {
  /** True while the tenant's usage over the last hour is below its limit. */
  available(tenantId: string): boolean;
  record(tenantId: string, usage: ModelUsage): void;
  /** Budget tokens used in the last hour. */
  used(tenantId: string): number;
  limit(tenantId: string): number;
}

const HOUR_MS = 3_600_000;

/**
 * What a request costs against the budget: uncached input, cache writes and output count in full; cache reads
 * count a tenth (as they are billed).
 */
export function budgetTokens(usage: ModelUsage): number {
  return (
    usage.inputTokens + usage.cacheCreationTokens + usage.outputTokens + Math.ceil(usage.cacheReadTokens / 10)
  );
}

/**
 * A per-tenant token budget over a rolling hour, kept in minute buckets. The check happens before a request; a
 * request in flight may overshoot the limit, and the next one is refused until old buckets age out.
 */
export function createTokenBudget(clock: Clock, options: TokenBudgetOptions = {}): TokenBudget {
  const defaultLimit = options.defaultTokensPerHour ?? 200_000;
  const bucketMs = options.bucketMs ?? 60_000;
  const buckets = new Map<string, Map<number, number>>();

  const prune = (tenantId: string): Map<number, number> | undefined => {
    const tenant = buckets.get(tenantId);
    if (!tenant) return undefined;
    const oldest = Math.floor((clock.now() - HOUR_MS) / bucketMs);
    for (const bucket of tenant.keys()) if (bucket <= oldest) tenant.delete(bucket);
    if (tenant.size === 0) buckets.delete(tenantId);
    return tenant.size === 0 ? undefined : tenant;
  };

  const used = (tenantId: string) => {
    let sum = 0;
    for (const tokens of prune(tenantId)?.values() ?? []) sum += tokens;
    return sum;
  };
  const limit = (tenantId: string) => options.tokensPerHourFor?.(tenantId) ?? defaultLimit;

  return {
    available: (tenantId) => used(tenantId) < limit(tenantId),
    record(tenantId, usage) {
      const tokens = budgetTokens(usage);
      if (tokens <= 0) return;
      let tenant = buckets.get(tenantId);
      if (!tenant) buckets.set(tenantId, (tenant = new Map<number, number>()));
      const bucket = Math.floor(clock.now() / bucketMs);
      tenant.set(bucket, (tenant.get(bucket) ?? 0) + tokens);
      prune(tenantId);
    },
    used,
    limit,
  };
}
