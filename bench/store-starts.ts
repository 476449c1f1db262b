import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as BatchModule from '../src/store/sqlite/batch.js';
import type * as ConnectionModule from '../src/store/sqlite/connection.js';
import {
  buildCheckout,
  checkoutsFromArgs,
  conversationOf,
  messageOf,
  printRatios,
} from './store-bench-shared.js';

/**
 * The store worker's CPU for the two calls of a conversation that cost the most, the SQLite store alone (as
 * bench/store-appends.ts, whose records and texts these are): the start (appendToOpenConversation with the new
 * conversation, as the durable section's burst of first messages) and the first append after it, the first read
 * of the record the start wrote. Each pass: 200 starts in group-commit batches of 70, then one more message for
 * each of the 200 conversations, batches of 70; `BENCH_STORE_PASSES` passes on one file (default 6), the first
 * one unmeasured. Each checkout named on the command line runs from its tsc build (made here), alternating (odd
 * rounds in the other order), `BENCH_STORE_ROUNDS` times (default 10); with two checkouts the second's figure
 * over the first's, per round:
 *   npx tsx bench/store-starts.ts /path/to/other/checkout .
 * About 1 s a round and checkout on the 2-core machine.
 */
const checkouts = checkoutsFromArgs();
const rounds = Number(process.env.BENCH_STORE_ROUNDS ?? 10);
const passes = Math.max(2, Number(process.env.BENCH_STORE_PASSES ?? 6));
const VISITORS = 200;
const BATCH = 70;

/** CPU µs per call (user and system) of the measured passes: the starts, the first appends after them. */
interface Measured {
  starts: number;
  firstAppends: number;
}

async function measure(checkout: string, round: number): Promise<Measured> {
  const load = <T>(path: string) =>
    import(pathToFileURL(join(checkout, 'dist/src/store/sqlite', path)).href) as Promise<T>;
  const { openSqliteConnection } = await load<typeof ConnectionModule>('connection.js');
  const { runBatch } = await load<typeof BatchModule>('batch.js');
  const dir = mkdtempSync(join(tmpdir(), 'jorge-store-starts-'));
  try {
    const connection = openSqliteConnection({ file: join(dir, 'hub.db'), synchronous: 'full' });
    const cpuOf = async (calls: { method: string; args: unknown[] }[]) => {
      let cpuUs = 0;
      for (let i = 0; i < calls.length; i += BATCH) {
        const before = process.cpuUsage();
        const outcomes = await runBatch(connection, calls.slice(i, i + BATCH));
        const { user, system } = process.cpuUsage(before);
        cpuUs += user + system;
        const failed = outcomes.find((outcome) => !outcome.ok);
        if (failed && !failed.ok) throw failed.error;
      }
      return cpuUs;
    };
    let starts = 0;
    let firstAppends = 0;
    for (let pass = 0; pass < passes; pass++) {
      const leads = Array.from({ length: VISITORS }, (_, i) => `lead-${round}-${pass}-${i}`);
      const started = await cpuOf(
        leads.map((leadId) => ({
          method: 'appendToOpenConversation',
          args: ['demo', leadId, messageOf(leadId, 0), conversationOf(leadId), { startEvents: [] }],
        })),
      );
      const appended = await cpuOf(
        leads.map((leadId) => ({
          method: 'appendToOpenConversation',
          args: ['demo', leadId, messageOf(leadId, 1)],
        })),
      );
      if (pass === 0) continue;
      starts += started;
      firstAppends += appended;
    }
    connection.db.close();
    const calls = VISITORS * (passes - 1);
    return { starts: starts / calls, firstAppends: firstAppends / calls };
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
const kinds = ['starts', 'firstAppends'] as const;
for (const [checkout, list] of results) {
  console.log(
    `${checkout}: ` +
      kinds
        .map(
          (kind) =>
            `${kind} median ${median(list.map((m) => m[kind])).toFixed(1)} µs CPU per call (rounds ${list.map((m) => m[kind].toFixed(0)).join(' / ')})`,
        )
        .join('; '),
  );
}
printRatios(checkouts, results, kinds);
