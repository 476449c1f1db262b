/** A token bucket: `capacity` events, refilled continuously over `windowMs`. */
export interface RateLimiter {
  take(key: string): boolean;
}

export function createRateLimiter(
  capacity: number,
  windowMs: number,
  now: () => number = Date.now,
): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = capacity / windowMs;
  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: time };
      bucket.tokens = Math.min(capacity, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (buckets.size > 50_000) {
        for (const [stale, value] of buckets) if (value.tokens >= capacity) buckets.delete(stale);
      }
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
