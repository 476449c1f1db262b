import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runningArm } from '../src/analytics/experiment-arm.js';
import { createSqliteWorkerHost, openSqliteStore } from '../src/store/sqlite/store.js';
import type { NewConversation, NewMessage, Store } from '../src/store/types.js';
import { summarize } from './stats.js';

/**
 * The read of a lead's first message (the running experiment, src/conversations/service.ts newConversation) while
 * the writer is busy: 200 leads append back to back (each the next once the previous is acked, group commit,
 * fsync full), and every 10 ms one more read of the running experiment is timed, with the store as the server
 * opens it (the read on the lookup worker) and with no lookup host (the read on the writer, as before). The two
 * shapes alternate, `BENCH_FIRST_READS_ROUNDS` times (default 3), 2 s each. About 20 s:
 *   npx tsx bench/first-reads.ts
 */
const rounds = Number(process.env.BENCH_FIRST_READS_ROUNDS ?? 3);
const LEADS = 200;
const WINDOW_MS = 2_000;

const at = () => new Date().toISOString();
const conversationOf = (leadId: string): NewConversation => ({
  id: `conv-${leadId}`,
  tenantId: 'demo',
  leadId,
  channel: 'widget',
  botKind: 'lead',
  botState: { version: 1, step: 'greeting' },
  owner: { type: 'bot' },
  status: 'open',
  temperature: 'cold',
  lastSeq: 0,
  version: 0,
  meta: { botActive: true },
  createdAt: at(),
  updatedAt: at(),
  stateSince: at(),
});
const messageOf = (leadId: string, n: number): Omit<NewMessage, 'conversationId'> => ({
  clientMsgId: `${leadId}-m${n}`,
  author: { type: 'lead', id: leadId },
  visibility: 'everyone',
  kind: 'text',
  text: n % 2 ? 'We want to buy a 3 bedroom house around 800k' : 'Hi, is this still available?',
  createdAt: at(),
});

async function measure(withLookups: boolean, round: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-first-reads-'));
  const store: Store = await openSqliteStore(
    createSqliteWorkerHost(),
    { file: join(dir, 'hub.db'), synchronous: 'full' },
    createSqliteWorkerHost(),
    withLookups ? createSqliteWorkerHost() : undefined,
  );
  try {
    let running = true;
    const appendMs: number[] = [];
    const writers = Array.from({ length: LEADS }, async (_, index) => {
      const leadId = `lead-${round}-${index}`;
      for (let n = 0; running; n++) {
        const sentAt = performance.now();
        await store.appendToOpenConversation('demo', leadId, messageOf(leadId, n), conversationOf(leadId));
        appendMs.push(performance.now() - sentAt);
      }
    });
    const readMs: number[] = [];
    const started = performance.now();
    while (performance.now() - started < WINDOW_MS) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const sentAt = performance.now();
      await runningArm(store, 'demo', `new-lead-${readMs.length}`);
      readMs.push(performance.now() - sentAt);
    }
    running = false;
    await Promise.all(writers);
    return { read: summarize(readMs), append: summarize(appendMs), appends: appendMs.length };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => ms.toFixed(1);
for (let round = 0; round < rounds; round++) {
  for (const withLookups of [true, false]) {
    const { read, append, appends } = await measure(withLookups, round);
    console.log(
      `round ${round + 1}, the read on ${withLookups ? 'the lookup worker' : 'the writer      '}: read p50 ${fmt(read.p50)} p99 ${fmt(read.p99)} ms (${read.count} reads); appends beside it p50 ${fmt(append.p50)} p99 ${fmt(append.p99)} ms (${appends})`,
    );
  }
}
