import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRedisLock } from '../../src/cluster/lease.js';
import { closeRedis, connectRedis, createRedisClients, type RedisClients } from '../../src/cluster/redis.js';
import { createLogger } from '../../src/logger.js';
import { startRedisServer, type RedisServerHandle } from '../../scripts/lib/hub-processes.js';
import { describeWithRedis } from './harness.js';

const logger = createLogger('silent');
const prefix = 'lease-test:';

describeWithRedis('Redis lease (ConversationLock)', () => {
  let redis: RedisServerHandle;
  const clients: RedisClients[] = [];
  const node = async (nodeId: string) => {
    const created = createRedisClients({ url: redis.url, sharded: false, keyPrefix: prefix, nodeId, logger });
    clients.push(created);
    expect(await connectRedis(created)).toBe(true);
    return created;
  };
  beforeAll(async () => {
    redis = await startRedisServer();
  }, 20_000);
  afterAll(async () => {
    await Promise.all(clients.map(closeRedis));
    await redis.stop();
  });

  it('lets one node at a time work on a conversation, with increasing fencing tokens', async () => {
    const [one, two] = await Promise.all([node('n1'), node('n2')]);
    const locks = [one, two].map((c, i) =>
      createRedisLock({
        redis: c.cmd,
        nodeId: `n${i + 1}`,
        keyPrefix: prefix,
        logger,
        leaseMs: 2_000,
        now: () => new Date(),
      }),
    );
    let active = 0;
    let maxActive = 0;
    const order: string[] = [];
    const work = (who: string) => async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      order.push(who);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      active--;
      return who;
    };
    const runs = Array.from({ length: 40 }, (_, i) => locks[i % 2]!.run('conv-1', work(`w${i}`)));
    const results = await Promise.all(runs);
    expect(results).toHaveLength(40);
    expect(maxActive).toBe(1);
    expect(await one.cmd.get(`${prefix}lease:{conv-1}:fence`)).toBe('40');
    expect(await one.cmd.exists(`${prefix}lease:{conv-1}`)).toBe(0);
    expect(locks.every((lock) => lock.fallbacks() === 0)).toBe(true);
  });

  it('renews the lease while long work runs, so another node keeps waiting', async () => {
    const [one, two] = await Promise.all([node('n3'), node('n4')]);
    const lockA = createRedisLock({
      redis: one.cmd,
      nodeId: 'n3',
      keyPrefix: prefix,
      logger,
      leaseMs: 200,
      now: () => new Date(),
    });
    const lockB = createRedisLock({
      now: () => new Date(),
      redis: two.cmd,
      nodeId: 'n4',
      keyPrefix: prefix,
      logger,
      leaseMs: 200,
      waitMs: 5_000,
    });
    const events: string[] = [];
    const slow = lockA.run('conv-2', async () => {
      events.push('a:start');
      await new Promise((resolve) => setTimeout(resolve, 800));
      events.push('a:end');
    });
    // B asks only once A holds the lease (no fixed wait: poll for A's start).
    await expect.poll(() => events.includes('a:start')).toBe(true);
    const waiting = lockB.run('conv-2', async () => {
      events.push('b:start');
    });
    await Promise.all([slow, waiting]);
    expect(events).toEqual(['a:start', 'a:end', 'b:start']);
  });

  it('falls back to the local lock at once when Redis is away, and back to leases when it returns', async () => {
    const mine = await node('n5');
    const lock = createRedisLock({
      now: () => new Date(),
      redis: mine.cmd,
      nodeId: 'n5',
      keyPrefix: prefix,
      logger,
      leaseMs: 1_000,
    });
    await redis.stop();
    const startedAt = Date.now();
    await expect(lock.run('conv-3', async () => 'still works')).resolves.toBe('still works');
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(lock.fallbacks()).toBe(1);
    await redis.start();
    // The client says when it is back (ioredis' `ready` event).
    if (mine.cmd.status !== 'ready') await new Promise((resolve) => mine.cmd.once('ready', resolve));
    await lock.run('conv-3', async () => undefined);
    expect(lock.fallbacks()).toBe(1);
    expect(await mine.cmd.get(`${prefix}lease:{conv-3}:fence`)).toBe('1');
  }, 20_000);
});
