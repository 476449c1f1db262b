import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/** A hub process (src/server.ts) shared by a suite, so its memory can be read from its own /metrics. */
export interface HubChild {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function startHubChild(env: Record<string, string>): Promise<HubChild> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-abuse-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      HUB_DATA_DIR: dataDir,
      HUB_SERVE_CLIENT: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 30_000);
      const onData = () => {
        const match = /"port":(\d+)/.exec(output);
        if (!match) return;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(`http://127.0.0.1:${match[1]}`);
      };
      child.stdout.on('data', onData);
      void exited.then(() => reject(new Error(`hub exited early:\n${output}`)));
    });
    return { url, child, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One sample of a Prometheus text exposition (first line matching name and, optionally, a label). */
export async function metric(url: string, name: string, label = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text
    .split('\n')
    .find(
      (candidate) => candidate.startsWith(name) && !candidate.startsWith('#') && candidate.includes(label),
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/**
 * Probes /healthz every 20 ms from a separate process (so the test's own work, like writing a flood, does not
 * count), until stopped; resolves with every answer time in ms.
 */
export function probeHealthFromOutside(url: string) {
  const script = `
    let running = true;
    process.on('message', () => { running = false; });
    const times = [];
    (async () => {
      // Warm up (the first fetch of a process loads its HTTP client), then say so.
      await (await fetch(${JSON.stringify(`${url}/healthz`)})).text();
      process.send('ready');
      while (running) {
        const started = performance.now();
        const response = await fetch(${JSON.stringify(`${url}/healthz`)});
        await response.text();
        times.push(response.status === 200 ? performance.now() - started : Infinity);
        process.send('probed');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      process.send(times, () => process.exit(0));
    })();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let ready!: () => void;
  let probes = 0;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const result = new Promise<number[]>((resolve, reject) => {
    child.on('message', (message) => {
      if (message === 'ready') ready();
      else if (message === 'probed') probes++;
      else resolve(message as number[]);
    });
    child.once('exit', (code) => reject(new Error(`probe exited with ${code}`)));
  });
  return {
    ready: started,
    /** How many probes have been answered so far (the probe says so after each one). */
    probes: () => probes,
    async stop() {
      child.send('stop');
      return result;
    },
  };
}

/** The time /healthz takes to answer 200, in ms. */
export async function healthzMs(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`);
  await response.text();
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  return performance.now() - started;
}

/**
 * A Socket.IO client written at the wire level (engine.io v4 over a WebSocket), so a test can send tens of
 * thousands of events without the client's own bookkeeping, and can stop reading like a stuck browser.
 */
export interface RawSocket {
  ws: WebSocket;
  /** Ack payloads by ack id, as JSON text. */
  acks: Map<number, string>;
  emit(id: number, event: string, payload: unknown): void;
  ack(id: number, timeoutMs?: number): Promise<{ ok: boolean; error?: { code: string }; data?: unknown }>;
  /** Resolves once a server event frame matches (for example the bot's `stream:end`). */
  event(pattern: RegExp, timeoutMs?: number): Promise<string>;
  closed: Promise<void>;
  close(): void;
}

export function rawOpen(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => reject(new Error(`refused ${res.statusCode}: ${body}`)));
    });
    ws.once('error', reject);
  });
}

export async function rawWidget(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<RawSocket> {
  const ws = await rawOpen(url, headers);
  const acks = new Map<number, string>();
  const waiting = new Map<number, () => void>();
  const events: string[] = [];
  const eventWaiters = new Set<(frame: string) => void>();
  let connected: (() => void) | undefined;
  let refused: ((error: Error) => void) | undefined;
  ws.on('message', (data: Buffer) => {
    const text = data.toString();
    if (text === '2') return ws.send('3');
    if (text.startsWith('40/widget,')) return connected?.();
    if (text.startsWith('44/widget,')) return refused?.(new Error(text));
    if (text.startsWith('42/widget,')) {
      events.push(text);
      for (const waiter of eventWaiters) waiter(text);
      return;
    }
    const match = /^43\/widget,(\d+)\[(.*)\]$/s.exec(text);
    if (match) {
      const id = Number(match[1]);
      acks.set(id, match[2]!);
      waiting.get(id)?.();
    }
  });
  await new Promise<void>((resolve, reject) => {
    connected = resolve;
    refused = reject;
    ws.send(`40/widget,${JSON.stringify({ token })}`);
  });
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  return {
    ws,
    acks,
    closed,
    emit(id, event, payload) {
      ws.send(`42/widget,${id}${JSON.stringify([event, payload])}`);
    },
    event(pattern, timeoutMs = 15_000) {
      const seen = events.find((frame) => pattern.test(frame));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          eventWaiters.delete(waiter);
          reject(new Error(`no event matching ${pattern}`));
        }, timeoutMs);
        const waiter = (frame: string) => {
          if (!pattern.test(frame)) return;
          clearTimeout(timer);
          eventWaiters.delete(waiter);
          resolve(frame);
        };
        eventWaiters.add(waiter);
      });
    },
    async ack(id, timeoutMs = 10_000) {
      if (!acks.has(id)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no ack ${id}`)), timeoutMs);
          waiting.set(id, () => {
            clearTimeout(timer);
            waiting.delete(id);
            resolve();
          });
        });
      }
      return JSON.parse(acks.get(id)!) as { ok: boolean; error?: { code: string }; data?: unknown };
    },
    close() {
      ws.terminate();
    },
  };
}
