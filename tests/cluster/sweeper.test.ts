import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/app.js';
import { jorgeBot } from '../../src/bots/index.js';
import { createRedisLock } from '../../src/cluster/lease.js';
import { closeRedis, connectRedis, createRedisClients, type RedisClients } from '../../src/cluster/redis.js';
import { createSweeper } from '../../src/cluster/sweeper.js';
import { tenantBotContext } from '../../src/conversations/service.js';
import { createLogger } from '../../src/logger.js';
import { createSqliteStore } from '../helpers/sqlite-store.js';
import type { NewConversation, OutboxEntry, Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { startRedisServer, type RedisServerHandle } from '../../scripts/lib/hub-processes.js';
import { describeWithRedis } from './harness.js';

const logger = createLogger('silent');
const tenants = loadTenants('config/tenants.json');
const DEADLINE_MS = 1_000;
const LEASE_MS = 1_000;

/** Two nodes in one process: each its own store connection to one file, its own Redis clients and lease. */
describeWithRedis('sweeper: turns orphaned by a dead node are answered exactly once', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-sweeper-'));
  let redis: RedisServerHandle;
  const nodes: { store: Store; hub: Hub; clients: RedisClients; sweep: () => Promise<unknown> }[] = [];
  /** How far ahead of real time the sweepers read the clock: 0 but inside a test that made a turn old (waitUntilOld). */
  let sweeperAheadMs = 0;

  beforeAll(async () => {
    redis = await startRedisServer();
    for (const nodeId of ['s1', 's2']) {
      const clients = createRedisClients({
        url: redis.url,
        sharded: false,
        keyPrefix: 'sw:',
        nodeId,
        logger,
      });
      await connectRedis(clients);
      const store = createSqliteStore({ file: join(dataDir, 'hub.db') });
      const hub = createHub({
        store,
        tenants,
        logger,
        jwtSecret: 'test-secret-0123456789abcdef',
        devTokensEnabled: true,
        lock: createRedisLock({
          redis: clients.cmd,
          nodeId,
          keyPrefix: 'sw:',
          logger,
          leaseMs: LEASE_MS,
          now: () => new Date(),
        }),
      });
      const sweeper = createSweeper({
        store,
        tenants,
        turns: hub.turns,
        logger,
        deadlineMs: DEADLINE_MS,
        now: () => new Date(Date.now() + sweeperAheadMs),
      });
      nodes.push({ store, hub, clients, sweep: () => sweeper.sweepOnce() });
    }
  }, 20_000);
  afterAll(async () => {
    for (const node of nodes) {
      await node.hub.close({ graceMs: 1_000 });
      await closeRedis(node.clients);
      await node.store.close();
    }
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    sweeperAheadMs = 0;
  });

  async function orphanedConversation(id: string, turn: Partial<NewConversation> = {}) {
    const store = nodes[0]!.store;
    const long = new Date(Date.now() - 10 * DEADLINE_MS).toISOString();
    const conversation: NewConversation = {
      id,
      tenantId: 'demo',
      leadId: `lead-${id}`,
      channel: 'widget',
      botKind: 'lead',
      botState: jorgeBot.initialState({}, tenantBotContext(loadTenants('config/tenants.json').get('demo')!)),
      owner: { type: 'bot' },
      status: 'open',
      temperature: 'cold',
      lastSeq: 0,
      version: 0,
      meta: { botActive: true },
      createdAt: long,
      updatedAt: long,
      stateSince: long,
      ...turn,
    };
    await store.createConversation(conversation);
    return conversation;
  }

  const old = () => new Date(Date.now() - 5 * DEADLINE_MS).toISOString();
  const append = (id: string, seq: number, text: string, author: 'lead' | 'bot' = 'lead') =>
    nodes[0]!.store.appendMessage('demo', {
      conversationId: id,
      clientMsgId: `${author}-${seq}`,
      author: { type: author },
      visibility: 'everyone',
      kind: 'text',
      text,
      createdAt: old(),
    });
  async function sweepEverywhere(): Promise<void> {
    await Promise.all(nodes.map((node) => node.sweep()));
    await Promise.all(nodes.map((node) => node.hub.idle()));
  }

  const waitUntilOld = async (id: string) => {
    // updatedAt is the store's clock at the last write: the sweepers' clock moves to where it is older than the
    // deadline (instead of the test sleeping until it is), for this test only.
    const updatedAt = Date.parse((await nodes[0]!.store.getConversation('demo', id))!.updatedAt);
    sweeperAheadMs = Math.max(0, updatedAt + DEADLINE_MS + 50 - Date.now());
  };

  it('answers acked lead messages that never got their turn with ONE reply, even when both nodes sweep', async () => {
    await orphanedConversation('conv-orphan');
    await append('conv-orphan', 1, 'we want to buy a house');
    await append('conv-orphan', 2, 'budget around 550k');
    await sweepEverywhere();
    await sweepEverywhere();
    const messages = await nodes[1]!.store.messagesAfter('demo', 'conv-orphan', 0);
    const replies = messages.filter((m) => m.author.type === 'bot');
    expect(replies.map((m) => [m.meta?.fromSeq, m.meta?.replyToSeq])).toEqual([[1, 2]]);
    // The reply reflects both messages: a buyer who gave a budget is asked about financing next.
    expect(replies[0]!.text).toMatch(/lender/i);
    const stored = await nodes[1]!.store.getConversation('demo', 'conv-orphan');
    expect(stored).toMatchObject({ lastLeadSeq: 2, processedSeq: 2, answeredSeq: 2, outbox: [] });
  });

  const decided: OutboxEntry = {
    clientMsgId: 'bot:1:0',
    kind: 'reply',
    text: 'decided before the crash',
    visibility: 'everyone',
    replyToSeq: 1,
    fromSeq: 1,
  };

  it('stores a decided but unstored reply (the outbox) once, then clears the outbox', async () => {
    await orphanedConversation('conv-outbox', { processedSeq: 1, outbox: [decided] });
    await append('conv-outbox', 1, 'hello');
    await sweepEverywhere();
    await sweepEverywhere();
    const messages = await nodes[0]!.store.messagesAfter('demo', 'conv-outbox', 0);
    expect(messages.map((m) => [m.author.type, m.text])).toEqual([
      ['lead', 'hello'],
      ['bot', 'decided before the crash'],
    ]);
    expect(messages[1]!.meta).toMatchObject({ replyToSeq: 1, recovered: true });
    const stored = await nodes[0]!.store.getConversation('demo', 'conv-outbox');
    expect(stored).toMatchObject({ processedSeq: 1, answeredSeq: 1, outbox: [] });
  });

  it('does not store twice a reply stored before the crash (only the outbox was left): it just clears it', async () => {
    await orphanedConversation('conv-stored', { processedSeq: 1, outbox: [decided] });
    await append('conv-stored', 1, 'hello');
    await nodes[0]!.store.appendMessage('demo', {
      conversationId: 'conv-stored',
      clientMsgId: 'bot:1:0',
      author: { type: 'bot' },
      visibility: 'everyone',
      kind: 'text',
      text: 'decided before the crash',
      createdAt: old(),
      meta: { replyToSeq: 1 },
    });
    await waitUntilOld('conv-stored');
    await sweepEverywhere();
    const messages = await nodes[0]!.store.messagesAfter('demo', 'conv-stored', 0);
    expect(messages.filter((m) => m.author.type === 'bot')).toHaveLength(1);
    expect(await nodes[0]!.store.getConversation('demo', 'conv-stored')).toMatchObject({
      answeredSeq: 1,
      outbox: [],
    });
  });

  it('leaves recent turns to the node that took them', async () => {
    await orphanedConversation('conv-recent');
    await nodes[0]!.store.appendMessage('demo', {
      conversationId: 'conv-recent',
      clientMsgId: 'lead-now',
      author: { type: 'lead' },
      visibility: 'everyone',
      kind: 'text',
      text: 'just now',
      createdAt: new Date().toISOString(),
    });
    await sweepEverywhere();
    const messages = await nodes[0]!.store.messagesAfter('demo', 'conv-recent', 0);
    expect(messages.filter((m) => m.author.type === 'bot')).toHaveLength(0);
  });

  it('leaves a turn whose lease another node holds, and takes it once the lease is free', async () => {
    await orphanedConversation('conv-leased');
    await append('conv-leased', 1, 'anyone there?');
    await waitUntilOld('conv-leased');
    const holder = createRedisLock({
      now: () => new Date(),
      redis: nodes[1]!.clients.cmd,
      nodeId: 'holder',
      keyPrefix: 'sw:',
      logger,
      leaseMs: LEASE_MS,
    });
    let release!: () => void;
    const held = holder.run('conv-leased', () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => nodes[0]!.clients.cmd.exists('sw:lease:{conv-leased}')).toBe(1);
    expect(await nodes[0]!.sweep()).toMatchObject({ rerun: 0 });
    release();
    await held;
    await expect.poll(() => nodes[0]!.sweep().then((r) => (r as { rerun: number }).rerun)).toBe(1);
    await nodes[0]!.hub.idle();
    const messages = await nodes[0]!.store.messagesAfter('demo', 'conv-leased', 0);
    expect(messages.filter((m) => m.author.type === 'bot')).toHaveLength(1);
  });
});
