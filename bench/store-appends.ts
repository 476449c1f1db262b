import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as BatchModule from '../src/store/sqlite/batch.js';
import type * as ConnectionModule from '../src/store/sqlite/connection.js';
import type { NewConversation, NewMessage } from '../src/store/types.js';

/**
 * The store worker's CPU per lead message, the SQLite store alone (no hub, no worker thread, no structured clone):
 * the calls the hub's store worker runs for the durable-accept section, as it runs them. 200 visitors each start a
 * conversation with their first message (appendToOpenConversation with the new conversation), then send 9 more,
 * in a random order, in group-commit batches of 70 calls (one transaction and COMMIT with fsync each, runBatch),
 * with the bench's two lead texts. A record is about 1.1 KB, as the hub's are when a conversation starts (the bot
 * state sealed, as the Jorge bots' is); `BENCH_STORE_SLOTS` (default 6) adds that many slots to it (40: about 3 KB,
 * a conversation some turns later). Two unmeasured passes of other visitors first, then one measured. Each checkout named on the command
 * line runs from its tsc build (made here), alternating, `BENCH_STORE_ROUNDS` times (default 7):
 *   npx tsx bench/store-appends.ts /path/to/other/checkout .
 * About 3 s a round and checkout on the 2-core machine.
 */
const checkouts = (process.argv.slice(2).length ? process.argv.slice(2) : ['.']).map((path) => resolve(path));
const rounds = Number(process.env.BENCH_STORE_ROUNDS ?? 7);
const VISITORS = 200;
const MESSAGES = 10;
const BATCH = 70;
const TEXTS = ['Hi, is this still available?', 'We want to buy a 3 bedroom house around 800k'];
const botState = {
  version: 1,
  step: 'greeting',
  ...Object.fromEntries(
    Array.from({ length: Number(process.env.BENCH_STORE_SLOTS ?? 6) }, (_, i) => [
      `slot${i}`,
      `what the lead said about slot ${i}`,
    ]),
  ),
};

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27) + ms).toISOString();
const conversationOf = (leadId: string): NewConversation => ({
  id: `conv-${leadId}`,
  tenantId: 'demo',
  leadId,
  channel: 'widget',
  botKind: 'lead',
  botState,
  owner: { type: 'bot' },
  status: 'open',
  temperature: 'cold',
  lastSeq: 0,
  version: 0,
  meta: { botActive: true },
  createdAt: at(0),
  updatedAt: at(0),
  stateSince: at(0),
});
const messageOf = (leadId: string, n: number): Omit<NewMessage, 'conversationId'> => ({
  clientMsgId: `${leadId}-m${n}`,
  author: { type: 'lead', id: leadId },
  visibility: 'everyone',
  kind: 'text',
  text: TEXTS[n % TEXTS.length]!,
  createdAt: at(n + 1),
});

function build(checkout: string): void {
  execFileSync(
    process.execPath,
    [join(checkout, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: checkout,
      stdio: 'inherit',
    },
  );
}

async function measure(checkout: string, round: number): Promise<number> {
  const load = <T>(path: string) =>
    import(pathToFileURL(join(checkout, 'dist/src/store/sqlite', path)).href) as Promise<T>;
  const { openSqliteConnection } = await load<typeof ConnectionModule>('connection.js');
  const { runBatch } = await load<typeof BatchModule>('batch.js');
  const dir = mkdtempSync(join(tmpdir(), 'jorge-store-appends-'));
  try {
    const connection = openSqliteConnection({ file: join(dir, 'hub.db'), synchronous: 'full' });
    let cpuUs = 0;
    const run = async (calls: { method: string; args: unknown[] }[]) => {
      const before = process.cpuUsage();
      const outcomes = await runBatch(connection, calls);
      const { user, system } = process.cpuUsage(before);
      cpuUs += user + system;
      const failed = outcomes.find((outcome) => !outcome.ok);
      if (failed && !failed.ok) throw failed.error;
    };
    for (let pass = 0; pass < 3; pass++) {
      cpuUs = 0;
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
      for (let i = 0; i < calls.length; i += BATCH) await run(calls.slice(i, i + BATCH));
    }
    connection.db.close();
    return cpuUs / (VISITORS * MESSAGES);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const checkout of checkouts) build(checkout);
const results = new Map<string, number[]>(checkouts.map((checkout) => [checkout, []]));
for (let round = 0; round < rounds; round++) {
  for (const checkout of checkouts) results.get(checkout)!.push(await measure(checkout, round));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [checkout, list] of results) {
  console.log(
    `${checkout}: median ${median(list).toFixed(1)} µs CPU per lead message (rounds ${list.map((us) => us.toFixed(0)).join(' / ')})`,
  );
}
