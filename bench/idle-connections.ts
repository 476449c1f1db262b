import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { forkServer } from './child-server.js';
import type { IdleMemory, IdleMode } from './idle-server.js';
import { postJson } from './shared.js';

const serverPath = fileURLToPath(new URL('./idle-server.ts', import.meta.url));

export interface IdleResult {
  mode: IdleMode;
  connections: number;
  /** (heapUsed + external) growth per connection, bytes. */
  heapPerConnection: number;
  /** RSS growth per connection, bytes. */
  rssPerConnection: number;
}

/**
 * A minimal Socket.IO client on a bare WebSocket (engine.io v4 framing): connects to one namespace with an auth
 * token and answers pings; a few KB each, so one process can hold 15,000 of them.
 */
function idleClient(url: string, namespace: string, token: string | undefined): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
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

async function widgetTokens(url: string, count: number): Promise<string[]> {
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

/** Memory per idle connection of a server process: connect `connections` clients, compare memory after GC. */
export async function benchIdleConnections(mode: IdleMode, connections: number): Promise<IdleResult> {
  if (mode === 'hub') {
    // The hub server runs from the tsc build, as in production (see idle-server.ts).
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
  }
  const server = forkServer(serverPath, [mode]);
  const clients: WebSocket[] = [];
  try {
    const { port } = await server.ask<{ port: number }>('', 'ready');
    const url = `http://127.0.0.1:${port}`;
    const tokens = mode === 'hub' ? await widgetTokens(url, connections) : [];
    // One connection first, so that lazily built per-namespace state is in the baseline.
    clients.push(await idleClient(url, mode === 'hub' ? '/widget' : '/', tokens.pop()));
    const before = (await server.ask<{ memory: IdleMemory }>('measure', 'memory')).memory;
    while (clients.length < connections) {
      const batch = Math.min(200, connections - clients.length);
      clients.push(
        ...(await Promise.all(
          Array.from({ length: batch }, () =>
            idleClient(url, mode === 'hub' ? '/widget' : '/', tokens.pop()),
          ),
        )),
      );
    }
    const after = (await server.ask<{ memory: IdleMemory }>('measure', 'memory')).memory;
    if (after.sockets !== connections)
      throw new Error(`${mode}: ${after.sockets} of ${connections} connected`);
    const added = connections - before.sockets;
    return {
      mode,
      connections,
      heapPerConnection: (after.heapUsed + after.external - before.heapUsed - before.external) / added,
      rssPerConnection: (after.rss - before.rss) / added,
    };
  } finally {
    for (const client of clients) client.terminate();
    await server.stop();
  }
}
