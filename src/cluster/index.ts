import type { Hub, HubOptions } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { redisKeys } from '../names.js';
import { createRedisNarrativeCache, type NarrativeCache } from '../listings/narrative/index.js';
import { createRateLimitFactory } from '../realtime/rate-limit.js';
import type { Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import { createRedisHealth } from './health.js';
import { repeat, type Repeating } from './interval.js';
import { createRedisLock } from './lease.js';
import { createLocalPresenceStore, createRedisPresenceStore, type PresenceStore } from './presence-store.js';
import { startPresence, type Presence } from './presence.js';
import {
  closeRedis,
  connectRedis,
  createRedisClients,
  createSocketAdapter,
  type RedisClient,
  type RedisClients,
} from './redis.js';
import { createRedisStreamSnapshots, type RedisStreamSnapshots } from './stream-snapshots.js';
import { createSweeper } from './sweeper.js';

export { resolveNodeId } from './node-id.js';
export type { BoardPresenceEvent } from '../protocol/events.js';

export interface ClusterSetup {
  /** 'in-process' without REDIS_URL, else the Redis adapter flavour. */
  adapterName: string;
  /** What createHub needs: adapter, lock, shared snapshots, degraded. Empty without Redis. */
  hubOptions: Pick<HubOptions, 'adapter' | 'lock' | 'streamSnapshots' | 'degraded' | 'rateLimits'>;
  /** Listing narratives cached in Redis for every node (docs/LISTINGS.md); none without Redis. */
  narrativeCache?: NarrativeCache;
  /** Starts presence, the sweeper, the orphan-stream reaper and the resync hint on a built hub. */
  attach(hub: Hub, deps: { store: Store; tenants: TenantDirectory }): void;
  /** Stops the background loops and removes this node's presence (before the hub drains). */
  stop(): Promise<void>;
  /** Closes the Redis clients (after the hub closed). */
  close(): Promise<void>;
  /** The node's Redis command client (leases of other features, e.g. the webhook outbox); none without Redis. */
  redis?: RedisClient;
}

type ClusterConfig = Pick<
  Config,
  | 'REDIS_URL'
  | 'REDIS_SHARDED'
  | 'REDIS_KEY_PREFIX'
  | 'HUB_LEASE_MS'
  | 'HUB_PRESENCE_HEARTBEAT_MS'
  | 'HUB_SWEEPER_DEADLINE_MS'
  | 'HUB_SWEEPER_HORIZON_MS'
>;

/** Sweeps often enough to take a turn over soon after its lease expires, never in a tight loop. */
const sweepEveryMs = (deadlineMs: number) => Math.max(200, Math.min(1_000, Math.floor(deadlineMs / 4)));

/**
 * The composition of the cluster layer, called by server.ts. With REDIS_URL: connects the pub/sub/command
 * clients (awaiting them, at most a few seconds: Redis down at boot starts the node degraded), builds the
 * adapter, the lease, shared stream snapshots and Redis presence. Without: local presence and the sweeper only
 * (a restarted single process still answers turns it lost).
 */
export async function setupCluster(options: {
  config: ClusterConfig;
  nodeId: string;
  logger: Logger;
  /** The hub's clock (leases, stream snapshots, presence, the sweeper). */
  now: () => Date;
}): Promise<ClusterSetup> {
  const { config, nodeId, logger, now } = options;
  const loops: Repeating[] = [];
  let presence: Presence | undefined;
  let clients: RedisClients | undefined;
  let presenceStore: PresenceStore = createLocalPresenceStore();
  let snapshots: RedisStreamSnapshots | undefined;
  let hubOptions: ClusterSetup['hubOptions'] = {};
  let adapterName = 'in-process';
  let health: ReturnType<typeof createRedisHealth> | undefined;
  let narrativeCache: NarrativeCache | undefined;

  if (config.REDIS_URL) {
    clients = createRedisClients({
      url: config.REDIS_URL,
      sharded: config.REDIS_SHARDED,
      keyPrefix: config.REDIS_KEY_PREFIX,
      nodeId,
      logger,
    });
    if (!(await connectRedis(clients))) {
      logger.error('redis did not answer at start: starting degraded; reconnecting in the background');
    }
    health = createRedisHealth(clients, logger);
    const { adapter, name } = createSocketAdapter(clients, (error) => health?.noteDropped(error));
    adapterName = name;
    presenceStore = createRedisPresenceStore(clients.cmd, config.REDIS_KEY_PREFIX);
    snapshots = createRedisStreamSnapshots({
      pub: clients.pub,
      cmd: clients.cmd,
      keyPrefix: config.REDIS_KEY_PREFIX,
      nodeId,
      logger,
      aliveNodes: (nodeIds) => presenceStore.aliveNodes(nodeIds),
      now,
    });
    narrativeCache = createRedisNarrativeCache(clients.cmd, config.REDIS_KEY_PREFIX);
    hubOptions = {
      adapter,
      lock: createRedisLock({
        redis: clients.cmd,
        nodeId,
        keyPrefix: config.REDIS_KEY_PREFIX,
        logger,
        leaseMs: config.HUB_LEASE_MS,
        now,
      }),
      streamSnapshots: snapshots,
      degraded: () => health?.degraded() ?? [],
      // Limits shared by every node (a client spread over N nodes gets them once), per node while Redis is away.
      rateLimits: createRateLimitFactory({ redis: clients.cmd, keyPrefix: config.REDIS_KEY_PREFIX }),
    };
  }

  return {
    adapterName,
    hubOptions,
    ...(narrativeCache ? { narrativeCache } : {}),
    ...(clients ? { redis: clients.cmd } : {}),
    attach(hub, { store, tenants }) {
      const heartbeatMs = config.HUB_PRESENCE_HEARTBEAT_MS;
      presence = startPresence({
        io: hub.io,
        nodeId,
        store: presenceStore,
        tenants,
        logger,
        heartbeatMs,
        notifyPeers: Boolean(clients),
        now,
      });
      const sweeper = createSweeper({
        store,
        tenants,
        turns: hub.turns,
        logger,
        deadlineMs: config.HUB_SWEEPER_DEADLINE_MS,
        horizonMs: config.HUB_SWEEPER_HORIZON_MS,
        now,
      });
      const everyMs = sweepEveryMs(config.HUB_SWEEPER_DEADLINE_MS);
      const claimRound = async () => {
        if (!clients) return true;
        const key = redisKeys(config.REDIS_KEY_PREFIX).sweeperRound();
        // One node sweeps per round; Redis down means no round (leases could not protect a live node's step).
        const claimed = await clients.cmd.set(key, nodeId, 'PX', everyMs, 'NX').catch(() => null);
        return claimed === 'OK';
      };
      loops.push(
        repeat(
          'sweeper',
          everyMs,
          async () => {
            if (!(await claimRound())) return;
            const result = await sweeper.sweepOnce();
            if (result.rerun) logger.warn(result, 'sweeper took over pending bot turns');
          },
          logger,
        ),
      );
      if (snapshots) {
        const reaper = snapshots;
        loops.push(
          repeat(
            'stream reaper',
            heartbeatMs,
            async () => {
              const reaped = await reaper.reapOrphans((snapshot) =>
                hub.streams.failOrphan(snapshot, 'STREAM_LOST', 'The server streaming this reply stopped'),
              );
              if (reaped) logger.warn({ reaped }, 'ended streams of a dead node');
            },
            logger,
          ),
        );
      }
      if (health) {
        health.register(hub.metrics.registry);
        health.onRecovered(() => {
          for (const name of ['/widget', '/agent', '/supervisor']) {
            hub.io.of(name).local.emit('server:resync', { reason: 'fanout_restored' });
          }
        });
      }
    },
    async stop() {
      for (const loop of loops) loop.stop();
      await presence?.stop();
    },
    async close() {
      if (clients) await closeRedis(clients);
    },
  };
}
