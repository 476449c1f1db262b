import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { writeHeapSnapshot } from 'node:v8';
import { IDLE_SECURITY } from './hub-settings.js';
import type * as App from '../src/app.js';
import type * as LoggerModule from '../src/logger.js';
import type * as SqliteModule from '../src/store/sqlite/store.js';
import type * as TenantsModule from '../src/tenants.js';

/**
 * The server of the idle-connections benchmark, in its own process (run with --expose-gc): `hub` or `bare` (a
 * bare Socket.IO server that does nothing per connection). The hub runs from the tsc build (dist/), as in
 * production: tsx compiles with esbuild's keepNames, which gives every named closure an own `name` property
 * (a few hundred bytes each) and would inflate the per-connection figure. IPC: sends {port}; answers 'measure' with the
 * memory after two full collections and the number of connected sockets, and `snapshot:<dir>` with the path of a
 * heap snapshot written there (BENCH_IDLE_SNAPSHOT_DIR: what a connection holds, hub against bare).
 */
export type IdleMode = 'hub' | 'bare';

export interface IdleMemory {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  sockets: number;
}

const mode = process.argv[2] as IdleMode;
const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-idle-'));

async function start(): Promise<{ port: number; sockets: () => number }> {
  if (mode === 'hub') {
    const dist = new URL('../dist/src/', import.meta.url);
    const [{ createHub }, { createLogger }, { createSqliteWorkerHost, openSqliteStore }, { loadTenants }] =
      await Promise.all([
        import(new URL('app.js', dist).href) as Promise<typeof App>,
        import(new URL('logger.js', dist).href) as Promise<typeof LoggerModule>,
        import(new URL('store/sqlite/store.js', dist).href) as Promise<typeof SqliteModule>,
        import(new URL('tenants.js', dist).href) as Promise<typeof TenantsModule>,
      ]);
    const store = await openSqliteStore(createSqliteWorkerHost(), {
      file: join(dataDir, 'hub.db'),
      synchronous: 'normal',
    });
    const hub = createHub({
      store,
      tenants: loadTenants('config/tenants.json'),
      logger: createLogger('silent'),
      jwtSecret: 'bench-secret-0123456789',
      devTokensEnabled: true,
      rateLimitPer10s: 1e9,
      security: IDLE_SECURITY,
    });
    const port = await hub.listen(0, '127.0.0.1');
    return { port, sockets: () => hub.io.of('/widget').sockets.size };
  }
  const http = createServer();
  const io = new Server(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { port: (http.address() as { port: number }).port, sockets: () => io.of('/').sockets.size };
}

const gc = (globalThis as { gc?: () => void }).gc;

async function measure(sockets: number): Promise<IdleMemory> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const usage = process.memoryUsage();
  return {
    heapUsed: usage.heapUsed,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    rss: usage.rss,
    sockets,
  };
}

const started = await start();
process.on('message', (message: string) => {
  if (message === 'measure') {
    void measure(started.sockets()).then((memory) => process.send!({ type: 'memory', memory }));
  } else if (message.startsWith('snapshot:')) {
    void measure(started.sockets()).then(() => {
      const path = writeHeapSnapshot(
        join(
          message.slice('snapshot:'.length),
          `idle-${mode}-${process.pid}-${started.sockets()}.heapsnapshot`,
        ),
      );
      process.send!({ type: 'snapshot', path });
    });
  }
});
process.on('disconnect', () => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
process.send!({ type: 'ready', port: started.port });
