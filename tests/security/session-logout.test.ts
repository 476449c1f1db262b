import { randomBytes, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  closeRedis,
  connectRedis,
  createRedisClients,
  createSocketAdapter,
} from '../../src/cluster/redis.js';
import { identityWiring } from '../../src/identity/index.js';
import { sessionIdOf, SESSION_COOKIE } from '../../src/identity/sessions.js';
import { createLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/types.js';
import { connect, startHub, tempStore } from '../helpers/hub.js';

/** The handshake's outcome: 'connected', or the refusal's code. */
async function handshake(url: string, token: string): Promise<string> {
  const socket = io(`${url}/agent`, {
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
    return (error as { data?: { code?: string } }).data?.code ?? 'failed';
  } finally {
    socket.close();
  }
}

/** The socket's disconnect reason, or 'still connected' after 5 s. */
const disconnected = (socket: Socket) =>
  new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve('still connected'), 5_000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

/** A staff route as a bearer of the token: its status. */
const routeStatus = async (url: string, token: string) =>
  (await fetch(`${url}/api/staff/me/alert-channel`, { headers: { authorization: `Bearer ${token}` } }))
    .status;

/** A hub node on the shared store and Redis, with sign-in sessions (no identity provider needed for them). */
async function node(store: Store, keyPrefix: string, nodeId: string) {
  const logger = createLogger('silent');
  const clients = createRedisClients({
    url: 'redis://127.0.0.1:6379',
    sharded: false,
    keyPrefix,
    nodeId,
    logger,
  });
  expect(await connectRedis(clients)).toBe(true);
  const hub = await startHub({
    store,
    adapter: createSocketAdapter(clients, () => undefined).adapter,
    identity: identityWiring({
      store,
      logger,
      secret: 'test-secret-0123456789abcdef',
      providers: [],
      session: { accessTokenTtlS: 900, sessionTtlS: 3_600 },
    }),
  });
  onTestFinished(async () => {
    await hub.close();
    await closeRedis(clients);
  });
  return hub.url;
}

/**
 * Security issue 33, finding 8: after a staff member signed out (OIDC logout), the access token the session had
 * issued stayed valid for up to 15 minutes, on every node. Session tokens now carry their session (`sid`): once it
 * ends, they are refused at every check (routes, handshakes) on every node, and the sockets opened with them close.
 */
describe('sign-out ends the session tokens on every node (issue 33, finding 8)', () => {
  it('refuses the token and closes its sockets on another node once the session is signed out', async () => {
    const store = tempStore();
    const keyPrefix = `test-logout-${randomUUID()}:`;
    const [a, b] = [await node(store, keyPrefix, 'a'), await node(store, keyPrefix, 'b')];
    const secret = randomBytes(32).toString('base64url');
    const at = new Date();
    await store.createStaffSession({
      id: sessionIdOf(secret),
      tenantId: 'demo',
      userId: 'ana',
      name: 'Ana',
      role: 'agent',
      providerId: 'test',
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + 3_600_000).toISOString(),
    });
    const cookie = `${SESSION_COOKIE}=${secret}`;
    const post = (url: string, path: string) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: '{}',
      });
    const issued = (await (await post(a, '/auth/session/token')).json()) as { token: string };
    expect(issued.token).toEqual(expect.any(String));
    const other = (await (await post(a, '/auth/session/token')).json()) as { token: string };

    // Both nodes take it (and node b caches the session as live).
    expect(await routeStatus(a, issued.token)).toBe(200);
    expect(await routeStatus(b, issued.token)).toBe(200);
    const onB = await connect(b, '/agent', issued.token);
    const closed = disconnected(onB);

    const out = await post(a, '/auth/logout');
    expect(out.status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    await vi.waitFor(async () => {
      expect(await routeStatus(b, issued.token)).toBe(401);
    });
    expect(await routeStatus(a, issued.token)).toBe(401);
    expect(await routeStatus(b, other.token)).toBe(401);
    expect(await handshake(b, issued.token)).toBe('UNAUTHORIZED');
    expect(await handshake(a, issued.token)).toBe('UNAUTHORIZED');
    // The session renews nothing any more.
    expect(await (await post(b, '/auth/session/token')).json()).toEqual({ token: null });
  }, 30_000);
});
