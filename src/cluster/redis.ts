import { createHash } from 'node:crypto';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { ServerOptions } from 'socket.io';
import type { Logger } from '../logger.js';
import { redisKeys } from '../names.js';

export type RedisClient = Redis | Cluster;

/**
 * The three connections of a node and why each queues (or not) while Redis is away:
 * - `pub` publishes adapter packets and writes stream snapshots. Offline queue ON with a bounded number of
 *   reconnect attempts (about 13 s): a Redis restart loses no live event; a longer outage drops them and
 *   clients fill the gap by seq replay (the hub sends `server:resync` when fan-out is back). Not auto-pipelined:
 *   ioredis batches a turn's commands after setImmediate and keeps one batch in flight, which measured +0.6 to
 *   0.7 ms at p50 on a token's way to another node (BENCHMARKS.md, session 24) for no CPU saved on the node.
 * - `sub` holds the adapter's subscriptions. Offline queue ON, never flushed: subscriptions wait for Redis
 *   and are re-issued on every reconnect (autoResubscribe).
 * - `cmd` runs leases, presence, snapshot reads and the sweeper round. Offline queue OFF and a 1 s command
 *   timeout: when Redis is away a call fails at once, so a bot step falls back to the local lock instead of
 *   waiting, and presence/snapshot reads degrade to local data.
 */
export const redisRoles = {
  pub: { enableOfflineQueue: true, maxRetriesPerRequest: 10 },
  sub: { enableOfflineQueue: true, maxRetriesPerRequest: null },
  cmd: { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 },
} as const satisfies Record<string, RedisOptions>;

export type RedisRole = keyof typeof redisRoles;

export interface RedisClients {
  pub: RedisClient;
  sub: RedisClient;
  cmd: RedisClient;
  /** Sharded pub/sub (SPUBLISH/SSUBSCRIBE) for Redis Cluster; plain PUBLISH/PSUBSCRIBE otherwise. */
  sharded: boolean;
  /** Prefix of every key and channel this hub uses (REDIS_KEY_PREFIX). */
  keyPrefix: string;
}

export interface RedisClientOptions {
  /** `redis://[user:pass@]host:port[/db]`; a comma-separated list of seeds connects to a Redis Cluster. */
  url: string;
  sharded: boolean;
  keyPrefix: string;
  nodeId: string;
  logger: Logger;
}

/** Reconnect forever: 100 ms doubling up to 2 s, plus jitter so that replicas do not reconnect in lockstep. */
export function retryDelayMs(attempt: number): number {
  return Math.min(100 * 2 ** Math.max(0, attempt - 1), 2_000) + Math.floor(Math.random() * 100);
}

function createClient(options: RedisClientOptions, role: RedisRole): RedisClient {
  const common: RedisOptions = {
    ...redisRoles[role],
    lazyConnect: true,
    connectionName: `jorge-hub:${options.nodeId}:${role}`,
    retryStrategy: retryDelayMs,
    connectTimeout: 5_000,
  };
  const seeds = options.url.split(',').map((seed) => seed.trim());
  if (seeds.length > 1) {
    return new Cluster(seeds, {
      lazyConnect: true,
      enableOfflineQueue: common.enableOfflineQueue ?? true,
      clusterRetryStrategy: retryDelayMs,
      redisOptions: common,
    });
  }
  return new Redis(options.url, common);
}

/** Creates the clients without connecting them (see connectRedis); their errors are logged, never thrown. */
export function createRedisClients(options: RedisClientOptions): RedisClients {
  const { logger } = options;
  const make = (role: RedisRole) => {
    const client = createClient(options, role);
    let down = false;
    client.on('error', (error: Error) => {
      if (!down) logger.warn({ role, err: error.message }, 'redis connection error');
      down = true;
    });
    client.on('ready', () => {
      if (down) logger.info({ role }, 'redis connection restored');
      down = false;
    });
    return client;
  };
  return {
    pub: make('pub'),
    sub: make('sub'),
    cmd: make('cmd'),
    sharded: options.sharded,
    keyPrefix: options.keyPrefix,
  };
}

const isReady = (client: RedisClient) => client.status === 'ready';

/**
 * Connects the clients and waits until they are ready, at most `timeoutMs`. Returns false when Redis did not
 * answer in time: the node starts degraded and the clients keep reconnecting in the background.
 */
export async function connectRedis(clients: RedisClients, timeoutMs = 5_000): Promise<boolean> {
  const all = [clients.pub, clients.sub, clients.cmd];
  const ready = all.map((client) =>
    isReady(client)
      ? Promise.resolve()
      : new Promise<void>((resolve) => client.once('ready', () => resolve())),
  );
  for (const client of all) client.connect().catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(ready),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  return all.every(isReady);
}

/** Closes the clients: QUIT when connected (flushes pending writes), a hard disconnect otherwise. */
export async function closeRedis(clients: RedisClients): Promise<void> {
  await Promise.all(
    [clients.pub, clients.sub, clients.cmd].map(async (client) => {
      if (isReady(client)) await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    }),
  );
}

const FIRE_AND_FORGET = new Set([
  'publish',
  'spublish',
  'subscribe',
  'psubscribe',
  'ssubscribe',
  'unsubscribe',
  'punsubscribe',
  'sunsubscribe',
]);

/**
 * The Redis adapter calls publish/subscribe without handling the returned promise; a rejection (queue flushed
 * during a long outage) would be an unhandled rejection and stop the process. This view of the client catches
 * those, counts them, and forwards everything else untouched.
 */
export function guardFireAndForget<T extends object>(client: T, onDropped: (error: unknown) => void): T {
  return new Proxy(client, {
    get(target, property, _receiver) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || property === 'constructor') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (typeof property === 'string' && FIRE_AND_FORGET.has(property)) {
        return (...args: unknown[]) => {
          const result = fn.apply(target, args);
          if (result instanceof Promise) {
            return result.catch((error: unknown) => {
              onDropped(error);
              return 0;
            });
          }
          return result;
        };
      }
      return fn.bind(target);
    },
  });
}

/** The Socket.IO adapter over the node's pub/sub clients: sharded (Redis Cluster) or classic. */
export function createSocketAdapter(
  clients: RedisClients,
  onDropped: (error: unknown) => void,
): { adapter: NonNullable<ServerOptions['adapter']>; name: string } {
  const pub = guardFireAndForget(clients.pub, onDropped);
  const sub = guardFireAndForget(clients.sub, onDropped);
  const prefix = redisKeys(clients.keyPrefix).socketIo();
  if (clients.sharded) {
    return {
      adapter: createShardedAdapter(pub, sub, { channelPrefix: prefix, subscriptionMode: 'dynamic' }),
      name: '@socket.io/redis-adapter (sharded pub/sub)',
    };
  }
  return {
    adapter: createAdapter(pub, sub, { key: prefix, publishOnSpecificResponseChannel: true }),
    name: '@socket.io/redis-adapter',
  };
}

export type LuaScript = (client: RedisClient, keys: string[], args: (string | number)[]) => Promise<unknown>;

/** A Lua script run by EVALSHA, loaded with EVAL the first time a server does not know it. */
export function luaScript(source: string): LuaScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (client, keys, args) => {
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(source, keys.length, ...keys, ...args);
    }
  };
}
