import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

/** The repository root (scripts/lib/../..). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function until(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Sends PING on a raw connection; true on +PONG. */
function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const waitExit = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export interface RedisServerHandle {
  port: number;
  url: string;
  /** Stops the server (no persistence: it comes back empty). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Kills the server at once, synchronously (last resort on process exit). */
  killNow(): void;
}

const PARENT_WATCH = fileURLToPath(new URL('./parent-watch.ts', import.meta.url));

/** A child that cannot watch its parent (redis-server) gets a watcher beside it: killed with us, it stops too. */
function watchBeside(child: ChildProcess): void {
  if (child.pid === undefined) return;
  spawn(process.execPath, ['--import', 'tsx', PARENT_WATCH, String(process.pid), String(child.pid)], {
    cwd: projectRoot,
    stdio: 'ignore',
  }).unref();
}

/** A private redis-server for one suite: no persistence, loopback only, its own free port. */
export async function startRedisServer(port?: number): Promise<RedisServerHandle> {
  const chosen = port ?? (await freePort());
  let child: ChildProcess | undefined;
  const handle: RedisServerHandle = {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      watchBeside(child);
      await until(`redis-server on ${chosen}`, 10_000, () => redisPing(chosen));
    },
    async stop() {
      if (!child) return;
      const current = child;
      child = undefined;
      current.kill('SIGKILL');
      await waitExit(current);
    },
    killNow() {
      child?.kill('SIGKILL');
      child = undefined;
    },
  };
  await handle.start();
  return handle;
}

export interface HubProcess {
  nodeId: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** Every log line so far (pino JSON), for diagnostics. */
  logs: string[];
  /** Resolves when the process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM (graceful drain), then SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface HubProcessOptions {
  nodeId: string;
  /** Extra environment (REDIS_URL, HUB_DATA_DIR, timings...). */
  env?: Record<string, string>;
  /** 0 = any free port (parsed from the start log line). */
  port?: number;
  /** Mirror the process's log lines on this process's stderr. */
  echo?: boolean;
  /** Extra node flags before the script (e.g. `--cpu-prof`, which NODE_OPTIONS does not allow). */
  nodeArgs?: string[];
  /** The checkout whose src/server.ts runs (default: this one); a bench compares another checkout's hub. */
  root?: string;
}

/**
 * Test, bench and local-cluster processes serve many sessions, sockets and events from one address (127.0.0.1):
 * the per-client limits are off unless the caller's env sets them (tests/security does).
 */
export const UNLIMITED_PER_CLIENT = {
  HUB_WIDGET_SESSIONS_PER_MIN_PER_IP: '0',
  HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT: '0',
  HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET: '0',
  HUB_MAX_CONNECTIONS_PER_IP: '0',
  HUB_SOCKET_EVENTS_PER_10S: '0',
  HUB_SOCKET_MAX_IN_FLIGHT: '0',
  HUB_SOCKET_INBOUND_BYTES_PER_S: '0',
  HUB_INBOUND_BYTES_PER_S_PER_IP: '0',
} as const;

/**
 * Starts `node --import tsx src/server.ts` and resolves once it listens (the bound port is read from the start
 * log line, so LOG_LEVEL must be info or finer).
 */
export function startHubProcess(options: HubProcessOptions): Promise<HubProcess> {
  // The parent-death watch (scripts/lib/parent-watch.ts): the hub drains and exits when this process is gone.
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', '--import', PARENT_WATCH, 'src/server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: options.root ?? projectRoot,
    env: {
      ...process.env,
      HUB_PARENT_PID: String(process.pid),
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      HUB_NODE_ID: options.nodeId,
      HUB_SERVE_CLIENT: 'false',
      LOG_LEVEL: 'info',
      ...UNLIMITED_PER_CLIENT,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      logs.push(line);
      if (logs.length > 5_000) logs.splice(0, logs.length - 4_000);
      if (options.echo) process.stderr.write(`[${options.nodeId}] ${line}\n`);
      if (!line.includes('Jorge Hub listening')) return;
      const port = Number((JSON.parse(line) as { port: number }).port);
      const hub: HubProcess = {
        nodeId: options.nodeId,
        port,
        url: `http://127.0.0.1:${port}`,
        child,
        logs,
        exited,
        async stop(graceMs = 10_000) {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timer);
        },
        async kill(signal = 'SIGKILL') {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill(signal);
          await exited;
        },
      };
      resolve(hub);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    void exited.then(({ code, signal }) =>
      reject(new Error(`${options.nodeId} exited before listening (${code ?? signal}):\n${logs.join('\n')}`)),
    );
  });
}

export interface HubClusterOptions {
  nodes: number;
  /** Start a private redis-server (default true); false = use `redisUrl` or run without Redis. */
  privateRedis?: boolean;
  redisUrl?: string;
  /** Shared SQLite folder (default: a fresh temporary one, removed on stop). */
  dataDir?: string;
  /** First port; node i listens on basePort + i (default: free ports). */
  basePort?: number;
  env?: Record<string, string>;
  echo?: boolean;
  /** Node ids (default node-a, node-b, ...). */
  nodeIds?: string[];
  /** Extra node flags for every hub process (see HubProcessOptions.nodeArgs). */
  nodeArgs?: string[];
  /** The checkout every hub process runs from (see HubProcessOptions.root). */
  root?: string;
}

export interface HubCluster {
  nodes: HubProcess[];
  urls: string[];
  redis?: RedisServerHandle;
  redisUrl?: string;
  dataDir: string;
  /** Starts one more node sharing the same Redis and data folder. */
  addNode(nodeId: string, env?: Record<string, string>): Promise<HubProcess>;
  stop(): Promise<void>;
}

/** N hub processes sharing one Redis and one SQLite file. */
export async function startHubCluster(options: HubClusterOptions): Promise<HubCluster> {
  const redis = options.privateRedis === false ? undefined : await startRedisServer();
  const redisUrl = redis?.url ?? options.redisUrl;
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jorge-cluster-'));
  const shared = {
    HUB_DATA_DIR: dataDir,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...options.env,
  };
  const nodes: HubProcess[] = [];
  const start = (nodeId: string, port: number, env?: Record<string, string>) =>
    startHubProcess({
      nodeId,
      port,
      env: { ...shared, ...env },
      ...(options.echo ? { echo: true } : {}),
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
      ...(options.root ? { root: options.root } : {}),
    });
  try {
    const nodeIdOf = (i: number) => options.nodeIds?.[i] ?? `node-${String.fromCharCode(97 + i)}`;
    const portOf = (i: number) => (options.basePort ? options.basePort + i : 0);
    // The first node creates the SQLite schema; the others start together once it exists.
    nodes.push(await start(nodeIdOf(0), portOf(0)));
    const rest = Array.from({ length: options.nodes - 1 }, (_, i) => i + 1);
    const started = await Promise.allSettled(rest.map((i) => start(nodeIdOf(i), portOf(i))));
    for (const result of started) if (result.status === 'fulfilled') nodes.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await Promise.all(nodes.map((node) => node.kill()));
    await redis?.stop();
    throw error;
  }
  return {
    nodes,
    get urls() {
      return nodes.map((node) => node.url);
    },
    ...(redis ? { redis } : {}),
    ...(redisUrl ? { redisUrl } : {}),
    dataDir,
    async addNode(nodeId, env) {
      const node = await start(nodeId, 0, env);
      nodes.push(node);
      return node;
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.stop(5_000)));
      await redis?.stop();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
