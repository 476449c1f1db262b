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
 * The store worker's CPU per lead message, the SQLite store alone (no hub, no worker thread, no structured clone):
 * the calls the hub's store worker runs for the durable-accept section, as it runs them. 200 visitors each start a
 * conversation with their first message (appendToOpenConversation with the new conversation), then send 9 more,
 * in a random order, in group-commit batches of 70 calls (one transaction and COMMIT with fsync each, runBatch),
 * with the bench's two lead texts. A record is about 1.1 KB, as the hub's are when a conversation starts (the bot
 * state sealed, as the Jorge bots' is); `BENCH_STORE_SLOTS` (default 6) adds that many slots to it (40: about 3 KB,
 * a conversation some turns later). Two unmeasured passes of other visitors first, then one measured. Each checkout named on the command
 * line runs from its tsc build (made here), alternating (odd rounds in the other order), `BENCH_STORE_ROUNDS` times
 * (default 7). Printed: CPU per lead message, and apart the batches of the first 200 calls (the conversation starts)
 * and the rest; with two checkouts, the second's over the first's per round (their median):
 *   npx tsx bench/store-appends.ts /path/to/other/checkout .
 * About 3 s a round and checkout on the 2-core machine.
 */
const checkouts = checkoutsFromArgs();
const rounds = Number(process.env.BENCH_STORE_ROUNDS ?? 7);
const VISITORS = 200;
const MESSAGES = 10;
const BATCH = 70;

/** CPU per lead message of a measured pass: all of it, the batches of its first 200 calls (the starts), the rest. */
interface Measured {
  all: number;
  starts: number;
  later: number;
}

async function measure(checkout: string, round: number): Promise<Measured> {
  const load = <T>(path: string) =>
    import(pathToFileURL(join(checkout, 'dist/src/store/sqlite', path)).href) as Promise<T>;
  const { openSqliteConnection } = await load<typeof ConnectionModule>('connection.js');
  const { runBatch } = await load<typeof BatchModule>('batch.js');
  const dir = mkdtempSync(join(tmpdir(), 'jorge-store-appends-'));
  try {
    const connection = openSqliteConnection({ file: join(dir, 'hub.db'), synchronous: 'full' });
    let cpuUs = 0;
    let startsUs = 0;
    const run = async (calls: { method: string; args: unknown[] }[], starting: boolean) => {
      const before = process.cpuUsage();
      const outcomes = await runBatch(connection, calls);
      const { user, system } = process.cpuUsage(before);
      cpuUs += user + system;
      if (starting) startsUs += user + system;
      const failed = outcomes.find((outcome) => !outcome.ok);
      if (failed && !failed.ok) throw failed.error;
    };
    for (let pass = 0; pass < 3; pass++) {
      cpuUs = 0;
      startsUs = 0;
      const leads = Array.from({ length: VISITORS }, (_, i) => `lead-${round}-${pass}-${i}`);
      const calls = leads.map((leadId) => ({
        method: 'appendToOpenConversation',
        args: ['demo', leadId, messageOf(leadId, 0), conversationOf(leadId), { startEvents: [] }],
      }));
      for (let m = 1; m < MESSAGES; m++) {
        const later = leads.map((leadId) => ({
          method: 'appendToOpenConversation',
          args: ['demo', leadId, messageOf(leadId, m)],
        }));
        calls.push(...later.sort(() => Math.random() - 0.5));
      }
      for (let i = 0; i < calls.length; i += BATCH) await run(calls.slice(i, i + BATCH), i < VISITORS);
    }
    connection.db.close();
    // The batches that hold the starts (200 in 3 batches of 70: the last holds 10 later appends too).
    const startCalls = Math.ceil(VISITORS / BATCH) * BATCH;
    return {
      all: cpuUs / (VISITORS * MESSAGES),
      starts: startsUs / startCalls,
      later: (cpuUs - startsUs) / (VISITORS * MESSAGES - startCalls),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const checkout of checkouts) buildCheckout(checkout);
const results = new Map<string, Measured[]>(checkouts.map((checkout) => [checkout, []]));
for (let round = 0; round < rounds; round++) {
  // Odd rounds in the other order: neither checkout always runs first.
  for (const checkout of round % 2 ? [...checkouts].reverse() : checkouts)
    results.get(checkout)!.push(await measure(checkout, round));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kinds = ['all', 'starts', 'later'] as const;
for (const [checkout, list] of results) {
  console.log(
    `${checkout}: median ${median(list.map((m) => m.all)).toFixed(1)} µs CPU per lead message (rounds ${list.map((m) => m.all.toFixed(0)).join(' / ')}); ` +
      `the starts' batches ${median(list.map((m) => m.starts)).toFixed(1)} µs per call (rounds ${list.map((m) => m.starts.toFixed(0)).join(' / ')}), ` +
      `the later batches ${median(list.map((m) => m.later)).toFixed(1)}`,
  );
}
printRatios(checkouts, results, kinds);
