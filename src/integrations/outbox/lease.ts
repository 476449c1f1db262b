import { randomUUID } from 'node:crypto';
import { releaseScript } from '../../cluster/lease.js';
import type { RedisClient } from '../../cluster/redis.js';
import { redisKeys } from '../../names.js';
import type { OutboxRecord } from '../../store/outbox-types.js';
import type { Store } from '../../store/types.js';

/**
 * Who attempts a delivery now: one node at a time per event, so two nodes never send the same event at once.
 * `take` answers the event as stored once the lease is held (null: another node has it, or it is no longer due);
 * `release` frees it after the attempt was settled.
 */
export interface DeliveryLease {
  readonly kind: 'redis' | 'store';
  /** This node: the owner its attempts are settled as. */
  readonly owner: string;
  take(record: OutboxRecord, now: Date): Promise<OutboxRecord | null>;
  release(record: OutboxRecord): Promise<void>;
}

/** Without Redis: the store's own lease columns (a compare-and-set on the event). */
export function storeDeliveryLease(store: Store, nodeId: string, leaseMs: number): DeliveryLease {
  return {
    kind: 'store',
    owner: nodeId,
    take: (record, now) =>
      store.leaseOutboxEvent(record.tenantId, record.id, nodeId, now.toISOString(), leaseMs),
    // Settling the attempt freed it.
    release: async () => undefined,
  };
}

/**
 * With Redis: SET NX PX per event (no store write for the lease), then the event is read again, so an attempt
 * another node settled meanwhile is not sent again. Released with a compare-and-delete; a node that dies holding
 * it loses it after `leaseMs`.
 */
export function redisDeliveryLease(options: {
  redis: RedisClient;
  store: Store;
  nodeId: string;
  keyPrefix: string;
  leaseMs: number;
}): DeliveryLease {
  const { redis, store, keyPrefix, leaseMs } = options;
  const keys = redisKeys(keyPrefix);
  const held = new Map<string, string>();
  const keyOf = (record: OutboxRecord) => keys.outboxLease(record.tenantId, record.id);
  async function release(record: OutboxRecord): Promise<void> {
    const key = keyOf(record);
    const value = held.get(key);
    if (value === undefined) return;
    held.delete(key);
    await releaseScript(redis, [key], [value]).catch(() => undefined);
  }
  return {
    kind: 'redis',
    owner: options.nodeId,
    async take(record, now) {
      const key = keyOf(record);
      const value = randomUUID();
      if ((await redis.set(key, value, 'PX', leaseMs, 'NX')) !== 'OK') return null;
      held.set(key, value);
      const current = await store.getOutboxEvent(record.tenantId, record.id);
      if (current?.status === 'pending' && current.nextAttemptAt <= now.toISOString()) return current;
      await release(record);
      return null;
    },
    release,
  };
}
