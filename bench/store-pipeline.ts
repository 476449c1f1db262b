import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as StoreModule from '../src/store/sqlite/store.js';
import type { Store } from '../src/store/types.js';
import {
  buildCheckout,
  checkoutsFromArgs,
  conversationOf,
  messageOf,
  printRatios,
} from './store-bench-shared.js';
import { threadCpuSince, threadTicks } from './thread-cpu.js';

/**
 * The store as the hub runs it, without the hub: the worker-backed SQLite store of the server's shape (a writer,
 * a search and a lookup worker, each its own thread), 200 leads each sending 10 messages back to back (the next
 * call once the previous one answered, the first one starting the conversation), as the durable-accept section's
 * visitors do, but with no sockets and no main-thread work beyond the store's own. Measured per pass: calls per
 * second, calls per commit (group-commit batch size), the latency of each call (p50, p99), and CPU per message of
 * the writer thread and of the process's other threads. `BENCH_STORE_MAX_BATCH` sets the writer's maxBatchCalls
 * (default 256) for every checkout. One unmeasured pass, then `BENCH_STORE_PASSES` measured ones (default 3) per round; each checkout named
 * on the command line runs from its tsc build (made here), alternating (odd rounds in the other order),
 * `BENCH_STORE_ROUNDS` times (default 5); with two checkouts, the second's figure over the first's, per round:
 *   npx tsx bench/store-pipeline.ts /path/to/other/checkout .
 * About 3 s a round and checkout on the 2-core machine.
 */
const checkouts = checkoutsFromArgs();
const rounds = Number(process.env.BENCH_STORE_ROUNDS ?? 5);
const passes = Number(process.env.BENCH_STORE_PASSES ?? 3);
const VISITORS = 200;
const MESSAGES = 10;

interface Measured {
  perSecond: number;
  /** Calls per write transaction (group commit). */
  perCommit: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU µs per message: the writer thread (the busiest other than this one), the other threads together. */
  writerUs: number;
  othersUs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** One pass: every lead sends its messages back to back; the latency of every call. */
async function pass(store: Store, prefix: string): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: VISITORS }, async (_, visitor) => {
      const leadId = `${prefix}-${visitor}`;
      for (let n = 0; n < MESSAGES; n++) {
        const sentAt = performance.now();
        await store.appendToOpenConversation(
          'demo',
          leadId,
          messageOf(leadId, n),
          n === 0 ? conversationOf(leadId) : undefined,
          n === 0 ? { startEvents: [] } : {},
        );
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  return latencies;
}

async function measure(checkout: string, round: number): Promise<Measured> {
  const { createSqliteWorkerHost, openSqliteStore } = (await import(
    pathToFileURL(join(checkout, 'dist/src/store/sqlite/store.js')).href
  )) as typeof StoreModule;
  const dir = mkdtempSync(join(tmpdir(), 'jorge-store-pipeline-'));
  try {
    const writer = createSqliteWorkerHost();
    const store = await openSqliteStore(
      writer,
      {
        file: join(dir, 'hub.db'),
        synchronous: 'full',
        ...(process.env.BENCH_STORE_MAX_BATCH
          ? { maxBatchCalls: Number(process.env.BENCH_STORE_MAX_BATCH) }
          : {}),
      },
      createSqliteWorkerHost(),
      createSqliteWorkerHost(),
    );
    await pass(store, `warm-${round}`);
    const latencies: number[] = [];
    const started = performance.now();
    const ticks = threadTicks();
    const before = await writer.stats();
    for (let p = 0; p < passes; p++) latencies.push(...(await pass(store, `r${round}-p${p}`)));
    const elapsedMs = performance.now() - started;
    const threads = threadCpuSince(ticks);
    const after = await writer.stats();
    await store.close();
    const messages = latencies.length;
    latencies.sort((a, b) => a - b);
    return {
      perSecond: (messages / elapsedMs) * 1_000,
      perCommit: (after.calls - before.calls) / Math.max(1, after.commits - before.commits),
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      writerUs: ((threads?.busiestOther ?? 0) * 1_000) / messages,
      othersUs: (((threads?.rest ?? 0) + (threads?.main ?? 0)) * 1_000) / messages,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const checkout of checkouts) buildCheckout(checkout);
const results = new Map<string, Measured[]>(checkouts.map((checkout) => [checkout, []]));
for (let round = 0; round < rounds; round++) {
  for (const checkout of round % 2 ? [...checkouts].reverse() : checkouts)
    results.get(checkout)!.push(await measure(checkout, round));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kinds = ['perSecond', 'perCommit', 'p50Ms', 'p99Ms', 'writerUs', 'othersUs'] as const;
for (const [checkout, list] of results) {
  console.log(
    `${checkout}: ` +
      kinds
        .map(
          (kind) =>
            `${kind} median ${median(list.map((m) => m[kind])).toFixed(1)} (${list.map((m) => m[kind].toFixed(0)).join(' / ')})`,
        )
        .join('; '),
  );
}
printRatios(checkouts, results, kinds);
