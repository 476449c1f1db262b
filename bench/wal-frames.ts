import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ConnectionModule from '../src/store/sqlite/connection.js';
import type * as BatchModule from '../src/store/sqlite/batch.js';
import type * as Fixtures from '../tests/contract/store/fixtures.js';

/**
 * WAL frames and store-worker CPU per lead append, the SQLite store alone (no hub, no worker thread): a file with
 * `BENCH_WAL_OLDER` older conversations (5 messages each), then 200 visitors' conversations receiving 10 messages
 * each in batches of 40 appends (one transaction and COMMIT each, as the store worker's group commit makes them).
 * Frames are counted from the WAL's size with automatic checkpoints off. Run against each checkout named on the
 * command line (default: this one), alternating, `BENCH_WAL_ROUNDS` times:
 *   npx tsx bench/wal-frames.ts /path/to/other/checkout .
 * About 10 s a round on the 2-core machine.
 */
const checkouts = (process.argv.slice(2).length ? process.argv.slice(2) : ['.']).map((path) => resolve(path));
const rounds = Number(process.env.BENCH_WAL_ROUNDS ?? 3);
const older = Number(process.env.BENCH_WAL_OLDER ?? 2_000);

/** Ids in creation order with a random tail, as UUIDv7 lead and conversation ids are (36 characters). */
const idOf = (n: number) =>
  `${n.toString(16).padStart(12, '0')}-7${Math.random().toString(16).slice(2, 5)}-8${Math.random().toString(16).slice(2, 5)}-${Math.random().toString(16).slice(2, 14).padEnd(12, '0')}`.slice(
    0,
    36,
  );

async function measure(checkout: string) {
  const load = <T>(path: string) => import(pathToFileURL(join(checkout, path)).href) as Promise<T>;
  const { openSqliteConnection } = await load<typeof ConnectionModule>('src/store/sqlite/connection.ts');
  const { runBatch } = await load<typeof BatchModule>('src/store/sqlite/batch.ts');
  const { makeConversation, makeMessage, TENANT } = await load<typeof Fixtures>(
    'tests/contract/store/fixtures.ts',
  );
  const dir = mkdtempSync(join(tmpdir(), 'jorge-wal-'));
  try {
    const file = join(dir, 'hub.db');
    const connection = openSqliteConnection({ file, synchronous: 'full' });
    const batch = (calls: { method: string; args: unknown[] }[]) => runBatch(connection, calls);
    let n = 0;
    const make = async (count: number, messages: number) => {
      const ids = Array.from({ length: count }, () => idOf(n++));
      for (let i = 0; i < ids.length; i += 40) {
        await batch(
          ids.slice(i, i + 40).map((id) => ({
            method: 'createConversation',
            args: [makeConversation({ id, tenantId: TENANT, leadId: `lead-${id}` })],
          })),
        );
      }
      for (let m = 0; m < messages; m++) {
        for (let i = 0; i < ids.length; i += 40) {
          await batch(
            ids.slice(i, i + 40).map((id) => ({
              method: 'appendMessage',
              args: [
                TENANT,
                makeMessage(id, { clientMsgId: `c-${id}-${m}`, text: `older message ${m} about a loft` }),
              ],
            })),
          );
        }
      }
      return ids;
    };
    await make(older, 5);
    const active = await make(200, 0);
    connection.db.pragma('wal_autocheckpoint = 0');
    connection.db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = connection.db.pragma('page_size', { simple: true }) as number;
    const appends: { id: string; m: number }[] = [];
    for (let m = 0; m < 10; m++) for (const id of active) appends.push({ id, m });
    appends.sort(() => Math.random() - 0.5);
    const cpu = process.cpuUsage();
    for (let i = 0; i < appends.length; i += 40) {
      await batch(
        appends.slice(i, i + 40).map(({ id, m }) => ({
          method: 'appendMessage',
          args: [
            TENANT,
            makeMessage(id, {
              clientMsgId: `v-${id}-${m}`,
              text: `hola, busco una casa de 3 recámaras ${m}`,
            }),
          ],
        })),
      );
    }
    const used = process.cpuUsage(cpu);
    const frames = (statSync(`${file}-wal`).size - 32) / (pageSize + 24);
    connection.db.close();
    return { frames: frames / appends.length, cpuUs: (used.user + used.system) / appends.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = new Map<string, { frames: number; cpuUs: number }[]>(checkouts.map((c) => [c, []]));
for (let round = 0; round < rounds; round++) {
  for (const checkout of checkouts) {
    const result = await measure(checkout);
    results.get(checkout)!.push(result);
    console.log(
      `round ${round + 1} ${checkout}: ${result.frames.toFixed(2)} WAL frames, ${result.cpuUs.toFixed(0)} µs CPU per append`,
    );
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [checkout, list] of results) {
  console.log(
    `${checkout}: median ${median(list.map((r) => r.frames)).toFixed(2)} WAL frames, ${median(list.map((r) => r.cpuUs)).toFixed(0)} µs CPU per append (${list.length} rounds)`,
  );
}
