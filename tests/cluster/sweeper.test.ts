import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/app.js';
import { jorgeBot } from '../../src/bots/index.js';
import { createRedisLock } from '../../src/cluster/lease.js';
import { closeRedis, connectRedis, createRedisClients, type RedisClients } from '../../src/cluster/redis.js';
import { createSweeper } from '../../src/cluster/sweeper.js';
import { tenantBotContext } from '../../src/conversations/service.js';
import { createLogger } from '../../src/logger.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { ConversationRecord, Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { startRedisServer, type RedisServerHandle } from '../../scripts/lib/hub-processes.js';
import { describeWithRedis } from './harness.js';

const logger = createLogger('silent');
const tenants = loadTenants('config/tenants.json');
const DEADLINE_MS = 1_000;

/** Two nodes in one process: each its own store connection to one file, its own Redis clients and lease. */
describeWithRedis('sweeper: turns orphaned by a dead node are answered exactly once', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-sweeper-'));
  let redis: RedisServerHandle;
  const nodes: { store: Store; hub: Hub; clients: RedisClients; sweep: () => Promise<unknown> }[] = [];

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
        lock: createRedisLock({ redis: clients.cmd, nodeId, keyPrefix: 'sw:', logger, leaseMs: 1_000 }),
      });
      const sweeper = createSweeper({ store, tenants, turns: hub.turns, logger, deadlineMs: DEADLINE_MS });
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

  async function orphanedConversation(id: string, meta: Record<string, unknown> = {}) {
    const store = nodes[0]!.store;
    const long = new Date(Date.now() - 10 * DEADLINE_MS).toISOString();
    const conversation: ConversationRecord = {
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
      meta: { botActive: true, ...meta },
      createdAt: long,
      updatedAt: long,
      stateSince: long,
    };
    await store.createConversation(conversation);
    return conversation;
  }

  const append = (id: string, seq: number, text: string) =>
    nodes[0]!.store.appendMessage('demo', {
      conversationId: id,
      clientMsgId: `lead-${seq}`,
      author: { type: 'lead' },
      visibility: 'everyone',
      kind: 'text',
      text,
      createdAt: new Date(Date.now() - 5 * DEADLINE_MS).toISOString(),
    });

  async function sweepEverywhere(): Promise<void> {
    await Promise.all(nodes.map((node) => node.sweep()));
    await Promise.all(nodes.map((node) => node.hub.idle()));
  }

  it('re-runs acked lead messages that never got their step, once, even when both nodes sweep at once', async () => {
    await orphanedConversation('conv-orphan');
    await append('conv-orphan', 1, 'first, never stepped');
    await append('conv-orphan', 2, 'second, never stepped');
    await sweepEverywhere();
    await sweepEverywhere();
    const messages = await nodes[1]!.store.messagesAfter('demo', 'conv-orphan', 0);
    const replies = messages.filter((m) => m.author.type === 'bot').map((m) => m.meta?.replyToSeq);
    expect(replies).toEqual([1, 2]);
    const stored = await nodes[1]!.store.getConversation('demo', 'conv-orphan');
    expect(stored!.meta.answeredSeq).toBe(2);
  });

  it('stores a decided but unsent reply (meta.outbox) once', async () => {
    await orphanedConversation('conv-outbox', {
      answeredSeq: 1,
      outbox: [{ clientMsgId: 'bot:1:0', text: 'decided before the crash', replyToSeq: 1 }],
    });
    await append('conv-outbox', 1, 'hello');
    await sweepEverywhere();
    await sweepEverywhere();
    const messages = await nodes[0]!.store.messagesAfter('demo', 'conv-outbox', 0);
    expect(messages.map((m) => [m.author.type, m.text])).toEqual([
      ['lead', 'hello'],
      ['bot', 'decided before the crash'],
    ]);
    expect(messages[1]!.meta).toMatchObject({ replyToSeq: 1, recovered: true });
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
});
