import type { RedisClient } from '../cluster/redis.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { redisKeys } from '../names.js';

/** A named limit: `points` events per `durationMs` per key. */
export interface RateLimiter {
  /** Takes one point for the key; false when the key is over its limit. Never throws. */
  take(key: string): Promise<boolean>;
  /** Gives one point back (an event that turned out to cost nothing, such as an idempotent resend). Never throws. */
  give(key: string): Promise<void>;
  /** Points taken for the key in its current window (0 when none, unlimited, or the store does not answer). */
  used(key: string): Promise<number>;
}

export interface RateLimitOptions {
  /** Events allowed per window; 0 means unlimited. */
  points: number;
  durationMs: number;
}

/** Builds named limiters: shared by every node through Redis when given, per process otherwise. */
export type RateLimitFactory = (name: string, options: RateLimitOptions) => RateLimiter;

const unlimited: RateLimiter = {
  take: () => Promise.resolve(true),
  give: () => Promise.resolve(),
  used: () => Promise.resolve(0),
};

/**
 * rate-limiter-flexible over the node's Redis command client: a client spread over N nodes gets the limit once,
 * not N times. While Redis is away each node falls back to an in-process limiter of the same size (the insurance
 * limiter), so a Redis outage never turns into "no limits" or into refusing everyone.
 */
export function createRateLimitFactory(
  options: { redis?: RedisClient; keyPrefix?: string } = {},
): RateLimitFactory {
  const keys = redisKeys(options.keyPrefix ?? 'jorge:');
  return (name, { points, durationMs }) => {
    if (points <= 0) return unlimited;
    const duration = Math.max(1, Math.round(durationMs / 1000));
    const memory = new RateLimiterMemory({ points, duration, keyPrefix: name });
    const limiter = options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis,
          keyPrefix: keys.rateLimit(name),
          points,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return {
      async take(key) {
        try {
          await limiter.consume(key, 1);
          return true;
        } catch (error) {
          if (error instanceof RateLimiterRes) return false;
          // Neither Redis nor the insurance limiter answered: let the event through rather than fail it.
          return true;
        }
      },
      async give(key) {
        await limiter.reward(key, 1).catch(() => undefined);
      },
      async used(key) {
        const state = await limiter.get(key).catch(() => null);
        return state?.consumedPoints ?? 0;
      },
    };
  };
}

/**
 * A token bucket kept in a caller's record (a socket's one small state object) rather than in a closure, so that
 * the functions that use it are shared by every socket: the first gate every client event passes.
 */
export interface TokenBucket {
  /** Tokens left when last counted (full when the bucket is made). */
  tokens: number;
  /** When they were counted (ms). */
  at: number;
}

/**
 * Refills the bucket for the time since it was last counted (`capacity` tokens per `windowMs`), then takes `cost`
 * tokens (one event, or the bytes of a packet); false, taking nothing, when fewer are left. 0 capacity = unlimited.
 */
export function takeToken(
  bucket: TokenBucket,
  capacity: number,
  windowMs: number,
  now: number,
  cost = 1,
): boolean {
  if (capacity <= 0) return true;
  bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) * capacity) / windowMs);
  bucket.at = now;
  if (bucket.tokens < cost) return false;
  bucket.tokens -= cost;
  return true;
}
