import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { forkServer } from './child-server.js';
import { connectClient, postJson } from './shared.js';
import { summarize, type Summary } from './stats.js';

const serverPath = fileURLToPath(new URL('./durable-server.ts', import.meta.url));

/**
 * The slowest text a lead can send the bot (docs/BOTS.md section 3): 2,000 characters of dense dates, which the
 * date reader parses at every match. Each attacker sends one every 500 ms, within the per-lead message limit.
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DENSE_DATES = Array.from({ length: 200 }, (_, i) => `${DAYS[i % 7]} ${(i % 12) + 1}pm`)
  .join(' ')
  .slice(0, 2_000);

export interface StallResult {
  attackers: number;
  /** /healthz round trips polled every 50 ms while the attackers send. */
  healthz: Summary;
  polls: number;
}

/**
 * A bystander's view of a node under a CPU attack within every limit: `attackers` leads each send a 2,000-character
 * message of dense dates every 500 ms for `seconds`, while /healthz is polled every 50 ms. With 0 attackers it is the
 * baseline: the same hub process, idle.
 */
export async function benchStall(attackers: number, seconds: number): Promise<StallResult> {
  const server = forkServer(serverPath, ['hub']);
  try {
    const { port } = await server.ask<{ port: number }>('', 'ready');
    const url = `http://127.0.0.1:${port}`;
    const sockets: Socket[] = [];
    for (let i = 0; i < attackers; i++) {
      const { token } = await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' });
      sockets.push(await connectClient(`${url}/widget`, token));
    }
    let sent = 0;
    const timers = sockets.map((socket, i) =>
      setInterval(() => {
        socket.emit(
          'message:send',
          { clientMsgId: `stall-${i}-${sent++}`, text: DENSE_DATES },
          () => undefined,
        );
      }, 500),
    );
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1_000;
    while (performance.now() < until) {
      const startedAt = performance.now();
      await fetch(`${url}/healthz`);
      latencies.push(performance.now() - startedAt);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.close();
    return { attackers, healthz: summarize(latencies), polls: latencies.length };
  } finally {
    await server.stop();
  }
}
