import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { RedisClients } from './redis.js';

export interface RedisHealth {
  /** `['redis']` while any of the node's Redis connections is not ready; feeds /readyz `degraded`. */
  degraded(): string[];
  /** Called each time every connection is ready again after an outage (fan-out is back). */
  onRecovered(listener: () => void): void;
  /** Exposes `hub_redis_up` (1 or 0) on the registry. */
  register(registry: Registry): void;
  /** Records a publish or subscribe dropped while Redis was away (see redis.ts guardFireAndForget). */
  noteDropped(error: unknown): void;
  /** Publishes dropped since start. */
  dropped(): number;
}

/**
 * Redis state for readiness. Decision: Redis down makes the node DEGRADED, not unready: /readyz stays 200 with
 * `degraded: ["redis"]`, because the node still serves its own clients from the store; cross-node fan-out
 * pauses and clients fill gaps by seq replay once it is back. Failing readiness instead would take every replica
 * out of the load balancer at once for a Redis blip.
 */
export function createRedisHealth(clients: RedisClients, logger: Logger): RedisHealth {
  const all = [clients.pub, clients.sub, clients.cmd];
  const listeners: (() => void)[] = [];
  const allReady = () => all.every((client) => client.status === 'ready');
  let wasReady = allReady();
  let droppedCount = 0;
  let droppedSinceLog = 0;

  const check = () => {
    const ready = allReady();
    if (ready === wasReady) return;
    wasReady = ready;
    if (ready) {
      logger.info({ droppedPublishes: droppedSinceLog }, 'redis is back: cross-node fan-out resumed');
      droppedSinceLog = 0;
      for (const listener of listeners) listener();
    } else {
      logger.warn('redis is unavailable: serving local clients only, leases fall back to the local lock');
    }
  };
  for (const client of all) {
    client.on('ready', check);
    client.on('close', check);
    client.on('end', check);
  }

  return {
    degraded: () => (allReady() ? [] : ['redis']),
    onRecovered: (listener) => void listeners.push(listener),
    register(registry) {
      new Gauge({
        name: 'hub_redis_up',
        help: '1 when every Redis connection of this node is ready',
        registers: [registry],
        collect() {
          this.set(allReady() ? 1 : 0);
        },
      });
    },
    noteDropped() {
      droppedCount++;
      droppedSinceLog++;
    },
    dropped: () => droppedCount,
  };
}
