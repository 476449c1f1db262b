import { describe, expect, it } from 'vitest';
import { conversationKey, parseRoom, redisKeys, rooms } from '../../src/names.js';
import { createTenantDirectory, loadTenants, tenantSchema } from '../../src/tenants.js';
import { connect, emitAck, expectOk, staffToken, startHub } from '../helpers/hub.js';
import { openSession } from './helpers.js';

const demo = loadTenants('config/tenants.json').get('demo')!;

/** Finding 2: tenant ids with ":" and prefix-matched rooms let one tenant see another's conversations. */
describe('tenant-safe ids', () => {
  it('refuses tenant ids outside the safe alphabet when the tenants load', () => {
    for (const id of ['demo:eu', 'Demo', 'demo eu', '-demo', 'demo{eu}', 'a'.repeat(64), '']) {
      expect(tenantSchema.safeParse({ ...demo, id }).success, id).toBe(false);
    }
    expect(tenantSchema.safeParse({ ...demo, id: 'demo-eu' }).success).toBe(true);
  });

  it('builds room names and Redis keys that no two (tenant, id) pairs share', () => {
    const pairs: [string, string][] = [
      ['demo', 'eu:conv-1'],
      ['demo-eu', 'conv-1'],
      ['demo', 'eu%3Aconv-1'],
      ['demo', 'x}y'],
      ['demo', 'x'],
    ];
    const names = pairs.map(([tenant, id]) => rooms.conversation(tenant, id));
    expect(new Set(names).size).toBe(pairs.length);
    const keys = redisKeys('p:');
    expect(new Set(pairs.map(([t, id]) => keys.streams(t, id))).size).toBe(pairs.length);
    expect(new Set(pairs.map(([t, id]) => keys.lease(conversationKey(t, id)))).size).toBe(pairs.length);
    for (const [tenant, id] of pairs) {
      expect(parseRoom(rooms.conversation(tenant, id))).toEqual({
        kind: 'conversation',
        tenantId: tenant,
        id,
      });
      // One hash tag per key: a conversation's keys stay in one Redis Cluster slot.
      expect(keys.streams(tenant, id).match(/[{}]/g)).toEqual(['{', '}']);
    }
    expect(parseRoom(rooms.board('demo-eu'))).toEqual({ kind: 'board', tenantId: 'demo-eu', id: '' });
    expect(parseRoom('c:demo')).toBeNull();
    expect(parseRoom('c:demo:eu:conv')).toBeNull();
  });

  it('shows a supervisor only the exact tenant on the board presence, over real sockets', async () => {
    const tenants = createTenantDirectory([
      { ...demo, id: 'demo' },
      { ...demo, id: 'demo-eu', name: 'Demo EU' },
    ]);
    const { url, hub } = await startHub({ tenants });
    const { startPresence } = await import('../../src/cluster/presence.js');
    const { createLocalPresenceStore } = await import('../../src/cluster/presence-store.js');
    const { createLogger } = await import('../../src/logger.js');
    const presence = startPresence({
      now: () => new Date(),
      io: hub.io,
      nodeId: 'n1',
      store: createLocalPresenceStore(),
      tenants,
      logger: createLogger('silent'),
      heartbeatMs: 100,
    });
    try {
      const eu = await openSession(url, { tenantId: 'demo-eu' });
      const widget = await connect(url, '/widget', eu.token);
      const { conversationId } = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', {
          clientMsgId: 'm-1',
          text: 'Hola',
        }),
      );
      await expect
        .poll(async () => JSON.stringify((await presence.snapshot('demo-eu')).nodes), { timeout: 10_000 })
        .toContain(conversationId);
      const supervisor = await connect(
        url,
        '/supervisor',
        await staffToken(url, 'supervisor', 'sue', 'demo'),
      );
      const board = expectOk(
        await emitAck<{ conversations: { id: string }[] }>(supervisor, 'board:subscribe', {}),
      );
      expect(JSON.stringify(board)).not.toContain(conversationId);
      expect(JSON.stringify((await presence.snapshot('demo')).nodes)).not.toContain(conversationId);
      const monitor = await emitAck(supervisor, 'conversation:monitor', { conversationId, lastSeq: 0 });
      expect(monitor).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      await presence.stop();
    }
  });
});
