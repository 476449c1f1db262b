import { createConnection, type Socket as TcpSocket } from 'node:net';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import type { StaffRole } from '../../src/protocol/common.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

/**
 * Staff keep only the powers they still have (found by a black-box attack): a demoted member's open sockets end and
 * its token acts with the roster's role; a staff socket ends when its token expires; a token without an expiry is
 * refused; the audit log's origin is not what the client writes in X-Forwarded-For.
 */
const tokens = createTokenService(JWT_SECRET, 60);
const tokenFor = (role: StaffRole, userId: string, ttlSeconds = 600) =>
  tokens.signStaff({ tenantId: 'demo', role, userId, name: userId }, ttlSeconds);

async function api(url: string, token: string, method = 'GET', body?: unknown, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const disconnected = (socket: { once(event: 'disconnect', listener: () => void): unknown }) =>
  new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

describe('staff powers follow the roster and the token', () => {
  it('ends a demoted supervisor’s sockets, refuses it supervisor rights, keeps it an agent', async () => {
    const hub = await startHub();
    const admin = await tokenFor('admin', 'root');
    expect(
      (await api(`${hub.url}/api/staff/maria`, admin, 'PUT', { name: 'Maria', role: 'supervisor' })).status,
    ).toBe(201);
    const supervisorToken = await tokenFor('supervisor', 'maria');
    const supervisor = await connect(hub.url, '/supervisor', supervisorToken);
    const agentSide = await connect(hub.url, '/agent', supervisorToken);
    expect((await api(`${hub.url}/api/audit`, supervisorToken)).status).toBe(200);

    const ended = disconnected(supervisor);
    expect((await api(`${hub.url}/api/staff/maria`, admin, 'PUT', { role: 'agent' })).status).toBe(200);
    await ended;
    // The same token now acts as an agent: no supervisor namespace, no audit log; agent work goes on.
    await expect(connect(hub.url, '/supervisor', supervisorToken)).rejects.toThrow(/role cannot use/);
    expect((await api(`${hub.url}/api/audit`, supervisorToken)).status).toBe(403);
    const again = agentSide.connected ? agentSide : await connect(hub.url, '/agent', supervisorToken);
    expectOk(await emitAck(again, 'inbox:list', {}));
  });

  it('ends a staff socket when its token expires', async () => {
    const hub = await startHub();
    const shortLived = await tokenFor('agent', 'jorge', 2);
    const agent = await connect(hub.url, '/agent', shortLived);
    const started = Date.now();
    await disconnected(agent);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(connect(hub.url, '/agent', shortLived)).rejects.toThrow(/expired/i);
  });

  it('refuses a token without an expiry', async () => {
    const hub = await startHub();
    const forever = await new SignJWT({
      tenantId: 'demo',
      role: 'admin',
      userId: 'x',
      name: 'X',
      kind: 'staff',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('jorge-hub')
      .setAudience('staff')
      .setIssuedAt()
      .sign(new TextEncoder().encode(JWT_SECRET));
    expect((await api(`${hub.url}/api/staff`, forever)).status).toBe(401);
    await expect(connect(hub.url, '/agent', forever)).rejects.toThrow();
    // The widget side as well.
    expect((await widgetToken(hub.url)).token).toBeTruthy();
  });

  it('records the real client address, not a forged X-Forwarded-For, when no proxy is trusted', async () => {
    const hub = await startHub();
    const admin = await tokenFor('admin', 'root');
    const forged = { 'x-forwarded-for': '203.0.113.66' };
    expect(
      (await api(`${hub.url}/api/staff/ana`, admin, 'PUT', { name: 'Ana', role: 'agent' }, forged)).status,
    ).toBe(201);
    const [entry] = await hub.store.listAudit('demo', { targetId: 'ana' });
    expect(entry?.origin).not.toContain('203.0.113.66');
    expect(entry?.origin).toMatch(/127\.0\.0\.1/);
  });
});

describe('plain HTTP connections from one address', () => {
  it('are capped per peer when no proxy is trusted (Socket.IO cap twice over, plus 64)', async () => {
    const hub = await startHub({ security: { maxConnectionsPerIp: 3, trustProxyHops: 0 } });
    const { port } = new URL(hub.url);
    // Slow clients: each sends half a request line and nothing more.
    const sockets = await Promise.all(
      Array.from(
        { length: 80 },
        () =>
          new Promise<TcpSocket>((resolve) => {
            const socket = createConnection({ host: '127.0.0.1', port: Number(port) }, () => {
              socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
              resolve(socket);
            });
            socket.on('error', () => undefined);
          }),
      ),
    );
    const closed = () => sockets.filter((socket) => socket.destroyed || socket.readableEnded).length;
    await expect.poll(closed).toBe(80 - (3 * 2 + 64));
    // The survivors stay open (no more are closed once the server has seen all 80).
    expect(closed()).toBe(80 - (3 * 2 + 64));
    for (const socket of sockets) socket.destroy();
    await expect.poll(async () => (await fetch(`${hub.url}/healthz`)).status).toBe(200);
  });
});
