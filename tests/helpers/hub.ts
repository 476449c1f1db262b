import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { onTestFinished } from 'vitest';
import { createHub, type Hub, type HubOptions } from '../../src/app.js';
import type { Ack } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { createSqliteStore } from './sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { createTenantRegistry, seedTenants } from '../../src/tenancy/registry.js';
import { loadTenants } from '../../src/tenants.js';

export const JWT_SECRET = 'test-secret-0123456789abcdef';
export const ORIGIN = 'http://localhost:5173';

/** A fresh SQLite store in its own temp folder, for tests that wire dependencies before startHub. */
export function tempStore(): Store {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-store-'));
  onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
  return createSqliteStore({ file: join(dataDir, 'hub.db') });
}

export interface TestHub {
  url: string;
  hub: Hub;
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts a hub on port 0 with a fresh SQLite file; stopped automatically when the test ends. */
/**
 * Tests serve many sessions, sockets and events from 127.0.0.1: the per-client limits are off unless a test sets
 * them (tests/security does), like scripts/lib/hub-processes.ts's UNLIMITED_PER_CLIENT for hub processes.
 */
export const UNLIMITED_PER_CLIENT = {
  widgetSessionsPerMinPerIp: 0,
  widgetSessionsPerMinPerTenant: 0,
  widgetSessionsFreePerMinPerNet: 0,
  maxConnectionsPerIp: 0,
  socketEventsPer10s: 0,
  socketMaxInFlight: 0,
  socketInboundBytesPerS: 0,
  inboundBytesPerSPerIp: 0,
} as const;

export async function startHub(overrides: Partial<HubOptions> = {}, options: { dataDir?: string } = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jorge-hub-'));
  const store = overrides.store ?? createSqliteStore({ file: join(dataDir, 'hub.db') });
  const { security, ...rest } = overrides;
  const hub = createHub({
    store,
    tenants: loadTenants('config/tenants.json'),
    logger: createLogger(process.env.HUB_TEST_LOG ?? 'silent'),
    jwtSecret: JWT_SECRET,
    devTokensEnabled: true,
    rateLimitPer10s: 1_000,
    security: { ...UNLIMITED_PER_CLIENT, ...security },
    ...rest,
  });
  const port = await hub.listen(0, '127.0.0.1');
  let closed = false;
  const testHub: TestHub = {
    url: `http://127.0.0.1:${port}`,
    hub,
    store,
    dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await hub.close({ graceMs: 2_000 });
      await store.close();
    },
  };
  onTestFinished(async () => {
    await testHub.close();
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return testHub;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function widgetToken(url: string, body: Record<string, unknown> = {}) {
  const { status, body: result } = await postJson(`${url}/api/widget/sessions`, {
    tenantId: 'demo',
    ...body,
  });
  if (status !== 201) throw new Error(`widget session failed: ${status} ${JSON.stringify(result)}`);
  return result as { token: string; visitorSecret: string };
}

export async function staffToken(
  url: string,
  role: 'agent' | 'supervisor',
  userId: string,
  tenantId = 'demo',
  name = userId,
) {
  const { status, body } = await postJson(`${url}/api/dev/tokens`, { tenantId, role, userId, name });
  if (status !== 201) throw new Error(`dev token failed: ${status}`);
  return body.token as string;
}

/** Connects a socket.io client (websocket only) and waits for the connection; closed when the test ends. */
export async function connect(
  url: string,
  namespace: string,
  token: string,
  extra: { reconnection?: boolean } = {},
) {
  const socket = io(`${url}${namespace}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: extra.reconnection ?? false,
    forceNew: true,
  });
  onTestFinished(() => {
    socket.close();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

export function emitAck<T = unknown>(socket: Socket, event: string, payload?: unknown, timeoutMs = 10_000) {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Ack<T>>;
}

export function expectOk<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`expected ok, got ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** Collects every event of the given names received by the socket. */
export function record(socket: Socket, ...events: string[]) {
  const received: { event: string; payload: Record<string, unknown> }[] = [];
  for (const event of events) {
    socket.on(event, (payload: Record<string, unknown>) => received.push({ event, payload }));
  }
  return received;
}

/** Resolves with the first event matching the predicate, or rejects after timeoutMs. */
export function waitForEvent<T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  predicate: (payload: T) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** The store seeded with config/tenants.json as a first boot does, and a tenant registry over it, loaded. */
export async function seededTenantRegistry(store: Store) {
  await seedTenants(store, loadTenants('config/tenants.json').all(), '2026-11-25T08:00:00.000Z');
  const registry = createTenantRegistry({ store, serveDemo: true });
  await registry.reloadAll();
  return registry;
}
