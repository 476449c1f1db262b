import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import { createHub, type Hub, type HubOptions } from '../../src/app.js';
import type { ExtensionFactory } from '../../src/conversations/hooks.js';
import { createLogger } from '../../src/logger.js';
import type { OutboundStream } from '../../src/realtime/stream-port.js';
import { createSqliteStore } from '../helpers/sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import {
  createAgentClient,
  createSupervisorClient,
  createWidgetClient,
  createWidgetSession,
  requestDevToken,
  type AgentClientOptions,
  type WidgetClientOptions,
} from '../../client/sdk/index.js';

import { JWT_SECRET, ORIGIN, UNLIMITED_PER_CLIENT } from '../helpers/hub.js';

export const TEST_ORIGIN = ORIGIN;
const tenantsFile = resolve(import.meta.dirname, '../../config/tenants.json');

export type HubExtras = Pick<HubOptions, 'staticDir' | 'extensions' | 'rateLimitPer10s' | 'bot'>;

export interface TestHub {
  url: string;
  port: number;
  hub: Hub;
  store: Store;
  dataFile: string;
  /** Graceful stop (clients get `server:shutdown`); the data file stays. */
  stop(): Promise<void>;
  /** Starts a new hub on the same port and data file. */
  start(): Promise<void>;
}

/** Hub options, or a function of the store (wiring that holds the store is rebuilt on every start). */
export type HubSetup = HubExtras | ((store: Store) => HubExtras);

/**
 * Starts a real hub (SQLite file in a temp folder, port 0) and registers its teardown with the running test.
 * Unlike tests/helpers/hub.ts, it can stop and start again on the same port and data file (hub restarts).
 */
export async function startHub(setup: HubSetup = {}, options: { register?: boolean } = {}): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-hub-sdk-'));
  const dataFile = join(dir, 'hub.db');
  let port = 0;
  let running = false;
  const testHub = {
    url: '',
    port: 0,
    dataFile,
    async start() {
      const store = createSqliteStore({ file: dataFile, synchronous: 'normal' });
      const hub = createHub({
        store,
        tenants: loadTenants(tenantsFile),
        logger: createLogger(process.env.HUB_TEST_LOG ?? 'silent'),
        jwtSecret: JWT_SECRET,
        devTokensEnabled: true,
        rateLimitPer10s: 1_000,
        security: UNLIMITED_PER_CLIENT,
        ...(typeof setup === 'function' ? setup(store) : setup),
      });
      port = await hub.listen(port, '127.0.0.1');
      Object.assign(testHub, { hub, store, port, url: `http://127.0.0.1:${port}` });
      running = true;
    },
    async stop() {
      if (!running) return;
      running = false;
      await testHub.hub.close({ graceMs: 2_000 });
      await testHub.store.close();
    },
  } as TestHub;
  await testHub.start();
  const teardown = async () => {
    await testHub.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  if (options.register !== false) onTestFinished(teardown);
  return testHub;
}

const fast = { reconnectionDelayMs: 50, reconnectionDelayMaxMs: 250, ackTimeoutMs: 3_000 } as const;

/** A connected widget client for a fresh visitor (or the one a visitorSecret resumes); closed when the test finishes. */
export async function connectWidget(
  hub: Pick<TestHub, 'url'>,
  options: Partial<WidgetClientOptions> & {
    visitorSecret?: string;
    listing?: { id: string; price?: number };
  } = {},
) {
  const { visitorSecret, listing, ...clientOptions } = options;
  const session = await createWidgetSession(
    hub.url,
    { tenantId: 'demo', ...(visitorSecret ? { visitorSecret } : {}), ...(listing ? { listing } : {}) },
    { headers: { origin: TEST_ORIGIN } },
  );
  const client = createWidgetClient({ url: hub.url, token: session.token, ...fast, ...clientOptions });
  onTestFinished(() => client.close());
  await client.connect();
  return Object.assign(client, { visitorSecret: session.visitorSecret });
}

export async function staffToken(
  hub: Pick<TestHub, 'url'>,
  role: 'agent' | 'supervisor',
  userId: string,
  name: string,
) {
  return requestDevToken(hub.url, { tenantId: 'demo', role, userId, name });
}

export async function connectAgent(
  hub: Pick<TestHub, 'url'>,
  userId = 'agent-1',
  name = 'Jorge Salas',
  extra: Partial<AgentClientOptions> = {},
) {
  const client = createAgentClient({
    url: hub.url,
    token: await staffToken(hub, 'agent', userId, name),
    ...fast,
    ...extra,
  });
  onTestFinished(() => client.close());
  await client.connect();
  return client;
}

export async function connectSupervisor(hub: Pick<TestHub, 'url'>, userId = 'sup-1', name = 'Maria Lopez') {
  const client = createSupervisorClient({
    url: hub.url,
    token: await staffToken(hub, 'supervisor', userId, name),
    ...fast,
  });
  onTestFinished(() => client.close());
  await client.connect();
  return client;
}

/** Waits until the check gives a value (not undefined/false), on vitest's `vi.waitFor`; fails with `what` after timeoutMs. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  { timeoutMs = 5_000, what = 'condition' } = {},
): Promise<T> {
  return vi.waitFor(
    () => {
      const value = check();
      if (value === undefined || value === false) throw new Error(`Timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 10 },
  );
}

export interface ControlledStream {
  stream: OutboundStream;
  replyToSeq: number;
  /** Lets the bot runner store the reply (the text pushed so far) and end the stream. */
  complete(): void;
}

/** A reply streamer whose tokens the test pushes by hand, to observe streams mid-flight. */
export function controlledStreamer() {
  const opened: ControlledStream[] = [];
  const waiting: ((stream: ControlledStream) => void)[] = [];
  const extension: ExtensionFactory = ({ streams }) => ({
    name: 'controlled-streamer',
    replyStreamer: ({ tenantId, conversationId, replyToSeq }) =>
      new Promise((resolveReply) => {
        const stream = streams.open({
          tenantId,
          conversationId,
          kind: 'bot',
          audience: 'everyone',
          replyToSeq,
        });
        const handle: ControlledStream = {
          stream,
          replyToSeq,
          complete: () =>
            resolveReply({
              text: stream.text,
              finish: (seq) => stream.end({ seq }),
              fail: (code, message) => stream.fail(code, message),
            }),
        };
        opened.push(handle);
        waiting.splice(0).forEach((notify) => notify(handle));
      }),
  });
  return {
    extensions: [extension],
    /** Resolves with the n-th stream opened (0-based). */
    opened: (n = 0) =>
      new Promise<ControlledStream>((resolveOpened) => {
        const check = () => {
          if (opened[n]) resolveOpened(opened[n]);
          else waiting.push(check);
        };
        check();
      }),
  };
}
