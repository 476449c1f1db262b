import { HubError } from '../errors.js';
import type { Logger } from '../logger.js';
import { redisKeys } from '../names.js';
import { createLocalLock, type ConversationLock, type TurnLease } from '../conversations/lock.js';
import { luaScript, type RedisClient } from './redis.js';

/** SET NX PX plus a fencing token from INCR, in one step (both keys share a hash tag for Redis Cluster). */
const acquireScript = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local token = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. token, 'PX', ARGV[2])
return token
`);
/** Extends the lease only while we still hold it. */
const renewScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);
/** Compare-and-delete: never frees a lease that expired and was taken by another node meanwhile. */
export const releaseScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

export interface RedisLockOptions {
  /** The node's command client (offline queue off: calls fail at once while Redis is away). */
  redis: RedisClient;
  nodeId: string;
  keyPrefix: string;
  logger: Logger;
  /** Lease time to live; renewed every third of it while the work runs (default 10 s). */
  leaseMs?: number;
  /** How long to wait for a lease held by another node before giving up with UNAVAILABLE (default 3 × leaseMs). */
  waitMs?: number;
  /** Serialises work per key on this node first; also the fallback while Redis is away (default: in-process). */
  local?: ConversationLock;
  /** Fencing tokens are kept this long after the last acquisition (default 7 days). */
  fenceTtlMs?: number;
  /** The hub's clock (how long a lease held elsewhere has been waited for; how often a fallback is logged). */
  now: () => Date;
}

export interface RedisLock extends ConversationLock {
  /** Leases run under the local lock only because Redis did not answer (since start). */
  fallbacks(): number;
}

interface Lease {
  key: string;
  value: string;
  token: number;
}

/**
 * A per-conversation lease in Redis implementing the ConversationLock port: one bot step at a time across every
 * node. Work on one node queues on the local lock first, so only the head of each local queue talks to Redis.
 *
 * The work receives the lease's fencing token (INCR per acquisition) and passes it to every conversation write:
 * the store refuses a write fenced by a lower token than the last writer's, on top of its version
 * compare-and-set. So a stalled holder whose lease expired and was taken over cannot write over the new holder.
 *
 * Trade-off when Redis is down: the lock falls back to the local one (no token), so two nodes may run a turn of
 * the same conversation at once. That is safe, only wasteful: the version compare-and-set refuses the loser's
 * write, and replies are idempotent by clientMsgId (`bot:<leadSeq>:<n>`).
 */
export function createRedisLock(options: RedisLockOptions): RedisLock {
  const { redis, nodeId, keyPrefix, logger } = options;
  const nowMs = () => options.now().getTime();
  const leaseMs = options.leaseMs ?? 10_000;
  const waitMs = options.waitMs ?? 3 * leaseMs;
  const fenceTtlMs = options.fenceTtlMs ?? 7 * 24 * 3600_000;
  const local = options.local ?? createLocalLock();
  let fallbackCount = 0;
  let lastFallbackLog = 0;

  const keysOf = (key: string) => {
    const base = redisKeys(keyPrefix).lease(key);
    return [base, `${base}:fence`];
  };

  /** The lease, or null when Redis does not answer (run under the local lock only). */
  async function acquire(key: string): Promise<Lease | null> {
    const keys = keysOf(key);
    const deadline = nowMs() + waitMs;
    for (let attempt = 0; ; attempt++) {
      let token: number;
      try {
        token = Number(await acquireScript(redis, keys, [nodeId, leaseMs, fenceTtlMs]));
      } catch (error) {
        fallbackCount++;
        if (nowMs() - lastFallbackLog > 5_000) {
          lastFallbackLog = nowMs();
          logger.warn({ err: (error as Error).message, key }, 'lease unavailable: using the local lock');
        }
        return null;
      }
      if (token > 0) return { key: keys[0]!, value: `${nodeId}:${token}`, token };
      if (nowMs() >= deadline) {
        throw new HubError('UNAVAILABLE', 'The conversation is busy on another node; retry later');
      }
      const backoff = Math.min(20 * 2 ** Math.min(attempt, 4), 250);
      await new Promise((resolve) => setTimeout(resolve, backoff + Math.random() * 20));
    }
  }

  function keepAlive(lease: Lease): () => void {
    const timer = setInterval(
      () => {
        renewScript(redis, [lease.key], [lease.value, leaseMs])
          .then((renewed) => {
            if (Number(renewed) === 1) return;
            clearInterval(timer);
            logger.warn({ key: lease.key, token: lease.token }, 'lease lost while working; the store fences');
          })
          .catch(() => undefined);
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }

  return {
    run<T>(key: string, work: (lease: TurnLease) => Promise<T>): Promise<T> {
      return local.run(key, async () => {
        const lease = await acquire(key);
        if (!lease) return work({});
        const stop = keepAlive(lease);
        try {
          return await work({ fence: lease.token });
        } finally {
          stop();
          // On failure the lease simply expires after leaseMs.
          await releaseScript(redis, [lease.key], [lease.value]).catch(() => undefined);
        }
      });
    },
    async held(key) {
      const [leaseKey] = keysOf(key);
      return (await redis.exists(leaseKey!).catch(() => 0)) === 1;
    },
    fallbacks: () => fallbackCount,
  };
}
