import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { forkServer } from './child-server.js';
import type { IdleMemory, IdleMode } from './idle-server.js';
import { postJson } from './shared.js';

const serverPath = fileURLToPath(new URL('./idle-server.ts', import.meta.url));

/**
 * Connections per loopback source address. A client socket bound to an address takes an ephemeral port of that
 * address (32768 to 60999 here: 28,232), so 100,000 connections need several addresses: 127.0.0.2, 127.0.0.3, ...
 * (every 127.x.y.z is loopback on Linux; 127.0.0.1 is left to the token requests and everything else).
 */
const CONNECTIONS_PER_ADDRESS = 20_000;
/** Handshakes in flight at once while connecting. */
const CONNECT_CONCURRENCY = 500;

export interface IdleResult {
  mode: IdleMode;
  connections: number;
  /** (heapUsed + external) growth per connection, bytes. */
  heapPerConnection: number;
  /** RSS growth per connection, bytes. */
  rssPerConnection: number;
  /** Connections opened per second (WebSocket handshake and Socket.IO CONNECT, tokens made before). */
  connectPerSecond: number;
  /** Loopback source addresses the clients were spread over. */
  sourceAddresses: number;
  /** Handshakes tried again after a 408 (an overloaded machine; see idleClientRetried). */
  retried: number;
  /** Heap snapshots of the server with one connection and with all of them (BENCH_IDLE_SNAPSHOT_DIR). */
  snapshots?: [string, string];
}

/**
 * A minimal Socket.IO client on a bare WebSocket (engine.io v4 framing): connects to one namespace with an auth
 * token and answers pings; a few KB each, so one process can hold 100,000 of them.
 */
function idleClient(
  url: string,
  namespace: string,
  token: string | undefined,
  localAddress: string,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      localAddress,
      perMessageDeflate: false,
    });
    const prefix = namespace === '/' ? '' : `${namespace},`;
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send(`40${prefix}${token ? JSON.stringify({ token }) : ''}`);
      else if (text === '2') ws.send('3');
      else if (text.startsWith(`40${prefix}`)) resolve(ws);
      else if (text.startsWith(`44${prefix}`)) reject(new Error(`refused: ${text}`));
    });
    ws.once('error', reject);
  });
}

/**
 * `idleClient`, tried again when the server answered the upgrade with 408: Node's HTTP server times out a request
 * whose headers it has not read within 60 s, which happens to queued handshakes when the machine is overloaded
 * (other work on the 2 cores). Counted in `retried`.
 */
export async function idleClientRetried(
  retried: { count: number },
  ...args: Parameters<typeof idleClient>
): Promise<WebSocket> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await idleClient(...args);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('408')) throw error;
      retried.count += 1;
    }
  }
}

export async function widgetTokens(url: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  while (tokens.length < count) {
    const batch = await Promise.all(
      Array.from(
        { length: Math.min(100, count - tokens.length) },
        async () =>
          (await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' })).token,
      ),
    );
    tokens.push(...batch);
  }
  return tokens;
}

/** The soft limit of open files of this process (prlimit(1), util-linux). */
function openFileLimit(): number {
  const out = execFileSync('prlimit', [
    '--pid',
    String(process.pid),
    '--nofile',
    '--raw',
    '--noheadings',
    '--output=SOFT',
  ]);
  const text = out.toString().trim();
  return text === 'unlimited' ? Number.POSITIVE_INFINITY : Number(text);
}

/**
 * Raises this process's open-file limit to `needed` when it is lower (the server process forked next inherits it):
 * one descriptor per connection on each side. Raising the hard limit needs root or CAP_SYS_RESOURCE; without it the
 * error says which `ulimit -n` to run first.
 */
export function ensureOpenFiles(needed: number): void {
  if (openFileLimit() >= needed) return;
  try {
    execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${needed}:${needed}`]);
  } catch (error) {
    throw new Error(
      `open-file limit below ${needed} and not raisable here: run \`ulimit -n ${needed}\` first`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Memory per idle connection of a server process: connect `connections` clients, compare memory after GC; the
 * connect rate over the same clients.
 */
export async function benchIdleConnections(mode: IdleMode, connections: number): Promise<IdleResult> {
  ensureOpenFiles(connections + 2_000);
  if (mode === 'hub') {
    // The hub server runs from the tsc build, as in production (see idle-server.ts).
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
  }
  // Room for 100,000 connections' heap (the default limit is about 4 GB on this machine).
  const server = forkServer(serverPath, [mode], ['--max-old-space-size=16384']);
  const snapshotDir = process.env.BENCH_IDLE_SNAPSHOT_DIR;
  const clients: WebSocket[] = [];
  const namespace = mode === 'hub' ? '/widget' : '/';
  const sourceAddresses = Math.ceil(connections / CONNECTIONS_PER_ADDRESS);
  const addressOf = (index: number) => `127.0.0.${2 + Math.floor(index / CONNECTIONS_PER_ADDRESS)}`;
  try {
    const { port } = await server.ask<{ port: number }>('', 'ready');
    const url = `http://127.0.0.1:${port}`;
    const tokens = mode === 'hub' ? await widgetTokens(url, connections) : [];
    // One connection first, so that lazily built per-namespace state is in the baseline.
    clients.push(await idleClient(url, namespace, tokens.pop(), addressOf(0)));
    const before = (await server.ask<{ memory: IdleMemory }>('measure', 'memory')).memory;
    const first = snapshotDir
      ? (await server.ask<{ path: string }>(`snapshot:${snapshotDir}`, 'snapshot')).path
      : undefined;
    const retried = { count: 0 };
    const started = performance.now();
    while (clients.length < connections) {
      const batch = Math.min(CONNECT_CONCURRENCY, connections - clients.length);
      const offset = clients.length;
      clients.push(
        ...(await Promise.all(
          Array.from({ length: batch }, (_, i) =>
            idleClientRetried(retried, url, namespace, tokens.pop(), addressOf(offset + i)),
          ),
        )),
      );
    }
    const seconds = (performance.now() - started) / 1_000;
    // Every client answers one ping before the measurement, as a real idle client does every ping interval: ws keeps
    // the last frame a client sent until the next one, and the hub's clients sent a widget token in their CONNECT
    // (about 0.35 KB more than a bare client's), which would otherwise count against the hub.
    for (const client of clients) client.send('3');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = (await server.ask<{ memory: IdleMemory }>('measure', 'memory')).memory;
    if (after.sockets !== connections)
      throw new Error(`${mode}: ${after.sockets} of ${connections} connected`);
    const last = snapshotDir
      ? (await server.ask<{ path: string }>(`snapshot:${snapshotDir}`, 'snapshot')).path
      : undefined;
    const added = connections - before.sockets;
    return {
      mode,
      connections,
      heapPerConnection: (after.heapUsed + after.external - before.heapUsed - before.external) / added,
      rssPerConnection: (after.rss - before.rss) / added,
      connectPerSecond: (connections - 1) / seconds,
      sourceAddresses,
      retried: retried.count,
      ...(first && last ? { snapshots: [first, last] as [string, string] } : {}),
    };
  } finally {
    for (const client of clients) client.terminate();
    await server.stop();
  }
}
