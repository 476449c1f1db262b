import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import {
  closeRedis,
  connectRedis,
  createRedisClients,
  createSocketAdapter,
} from '../../src/cluster/redis.js';
import { createLogger } from '../../src/logger.js';
import type { StaffRole } from '../../src/protocol/common.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, tempStore } from '../helpers/hub.js';

const tokens = createTokenService(JWT_SECRET, 60);
const tokenOf = (role: StaffRole, userId: string) =>
  tokens.signStaff({ tenantId: 'demo', role, userId, name: userId }, 3_600);

/** The refusal of a socket handshake: the typed error's code and message, or 'connected'. */
async function handshake(url: string, namespace: string, token: string): Promise<string> {
  const socket = io(`${url}${namespace}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return 'connected';
  } catch (error) {
    const data = (error as { data?: { code?: string; message?: string } }).data;
    return `${data?.code}: ${data?.message}`;
  } finally {
    socket.close();
  }
}

const disconnected = (socket: Socket) =>
  new Promise<string>((resolve) => {
    socket.once('disconnect', (reason) => resolve(reason));
  });

async function api(url: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: json.error?.code ?? 'ok', message: json.error?.message };
}

const setActive = async (url: string, admin: string, userId: string, role: StaffRole, active: boolean) => {
  const answer = await api(url, admin, 'PUT', `/api/staff/${userId}`, { name: userId, role, active });
  expect(answer.code, `PUT /api/staff/${userId}`).toBe('ok');
};

const DISABLED = 'FORBIDDEN: This staff member was disabled by an admin';

describe('a staff member disabled by an admin', () => {
  it('is cut off: open sockets closed, handshakes and every REST route refused, until re-enabled', async () => {
    const { url } = await startHub();
    const admin = await tokenOf('admin', 'root');
    const ana = await tokenOf('agent', 'ana');
    const sue = await tokenOf('supervisor', 'sue');
    const anaAgent = await connect(url, '/agent', ana);
    const sueAgent = await connect(url, '/agent', sue);
    const sueBoard = await connect(url, '/supervisor', sue);
    expect((await api(url, ana, 'GET', '/api/staff/me/alert-channel')).status).toBe(200);

    const anaGone = disconnected(anaAgent);
    await setActive(url, admin, 'ana', 'agent', false);
    expect(await anaGone).toBe('io server disconnect');
    // A pasted, still-valid token opens nothing any more.
    expect(await handshake(url, '/agent', ana)).toBe(DISABLED);
    for (const [method, path, body] of [
      ['GET', '/api/staff/me/alert-channel', undefined],
      ['GET', '/api/leads/no-such-lead', undefined],
      ['GET', '/api/conversations/no-such-conversation/transcript', undefined],
      ['POST', '/api/telephony/calls', { conversationId: 'no-such-conversation' }],
    ] as const) {
      expect(await api(url, ana, method, path, body), `${method} ${path}`).toEqual({
        status: 403,
        code: 'FORBIDDEN',
        message: 'This staff member was disabled by an admin',
      });
    }
    // Others keep working.
    expect(sueAgent.connected && sueBoard.connected).toBe(true);
    expectOk(await emitAck(sueBoard, 'staff:roster', {}));

    // A supervisor's sockets in both namespaces close, and neither namespace lets her back in.
    const sueGone = Promise.all([disconnected(sueAgent), disconnected(sueBoard)]);
    await setActive(url, admin, 'sue', 'supervisor', false);
    expect(await sueGone).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await handshake(url, '/supervisor', sue)).toBe(DISABLED);
    expect(await handshake(url, '/agent', sue)).toBe(DISABLED);
    expect((await api(url, sue, 'GET', '/api/staff')).code).toBe('FORBIDDEN');

    // Re-enabled: the same token works again at once (the cached answer was dropped).
    await setActive(url, admin, 'ana', 'agent', true);
    expect(await handshake(url, '/agent', ana)).toBe('connected');
    expect((await api(url, ana, 'GET', '/api/staff/me/alert-channel')).status).toBe(200);
  }, 30_000);

  it('checks the roster once per member per cache period, not on every event or request', async () => {
    const store = tempStore();
    const reads = vi.spyOn(store, 'getStaffMember');
    const { url } = await startHub({ store });
    const ana = await tokenOf('agent', 'ana');
    const socket = await connect(url, '/agent', ana);
    for (let i = 0; i < 20; i += 1) {
      expectOk(await emitAck(socket, 'inbox:list', {}));
      expect((await api(url, ana, 'GET', '/api/leads/no-such-lead')).code).toBe('NOT_FOUND');
    }
    const byAna = reads.mock.calls.filter(([tenantId, userId]) => tenantId === 'demo' && userId === 'ana');
    expect(byAna).toHaveLength(1);
  }, 30_000);

  it('is disconnected and refused on every node of a cluster (Redis adapter)', async () => {
    const store = tempStore();
    const keyPrefix = `test-disabled-${randomUUID()}:`;
    const logger = createLogger('silent');
    const node = async (nodeId: string) => {
      const clients = createRedisClients({
        url: 'redis://127.0.0.1:6379',
        sharded: false,
        keyPrefix,
        nodeId,
        logger,
      });
      expect(await connectRedis(clients)).toBe(true);
      const hub = await startHub({ store, adapter: createSocketAdapter(clients, () => undefined).adapter });
      onTestFinished(async () => {
        await hub.close();
        await closeRedis(clients);
      });
      return hub.url;
    };
    const [a, b] = [await node('a'), await node('b')];
    const admin = await tokenOf('admin', 'root');
    const ana = await tokenOf('agent', 'ana');
    const sue = await tokenOf('supervisor', 'sue');
    const anaOnB = await connect(b, '/agent', ana);
    const sueOnB = await connect(b, '/supervisor', sue);
    // Node b has ana's standing cached as active (the connect and this request).
    expect((await api(b, ana, 'GET', '/api/staff/me/alert-channel')).status).toBe(200);

    const gone = disconnected(anaOnB);
    await setActive(a, admin, 'ana', 'agent', false);
    expect(await gone).toBe('io server disconnect');
    await vi.waitFor(async () => {
      expect(await handshake(b, '/agent', ana)).toBe(DISABLED);
    });
    expect((await api(b, ana, 'GET', '/api/staff/me/alert-channel')).code).toBe('FORBIDDEN');
    expect(sueOnB.connected).toBe(true);

    await setActive(a, admin, 'ana', 'agent', true);
    await vi.waitFor(async () => {
      expect(await handshake(b, '/agent', ana)).toBe('connected');
    });
  }, 30_000);
});
