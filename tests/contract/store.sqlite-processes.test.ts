import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import type { Outcome, WorkerJob, WorkerMessage } from './sqlite-process-worker.js';
import { iso, makeConversation, makeFollowUp, range, T0, TENANT } from './store/fixtures.js';

/**
 * The "several processes, one machine" shape (DESIGN.md §1): hub processes share one SQLite file in WAL mode.
 * In one process better-sqlite3 runs every call to completion, so only separate processes truly interleave.
 * Each test forks real Node processes on one database file and starts them at the same moment.
 */
const workerPath = fileURLToPath(new URL('./sqlite-process-worker.ts', import.meta.url));

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<Outcome<unknown>[]>;
}

function startWorker(job: WorkerJob): Worker {
  const child = fork(workerPath, [JSON.stringify(job)], { execArgv: ['--import', 'tsx'], stdio: 'pipe' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) early:\n${stderr}`))),
  );
  const message = (type: WorkerMessage['type']) =>
    Promise.race([
      new Promise<WorkerMessage>((resolve) => {
        const onMessage = (received: WorkerMessage) => {
          if (received.type !== type) return;
          child.off('message', onMessage);
          resolve(received);
        };
        child.on('message', onMessage);
      }),
      exited,
    ]);
  const ready = message('ready').then(() => undefined);
  const done = message('done').then((received) => (received.type === 'done' ? received.outcomes : []));
  return { child, ready, done };
}

/** Starts the workers, waits until each has opened the database, then releases them together. */
async function runTogether<T>(jobs: WorkerJob[]): Promise<Outcome<T>[][]> {
  const workers = jobs.map(startWorker);
  await Promise.all(workers.map((worker) => worker.ready));
  for (const worker of workers) worker.child.send('go');
  return (await Promise.all(workers.map((worker) => worker.done))) as Outcome<T>[][];
}

function values<T>(outcomes: Outcome<T>[]): T[] {
  const errors = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error]));
  expect(errors, `operations failed across processes:\n${[...new Set(errors)].join('\n')}`).toEqual([]);
  return outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
}

describe('store contract: sqlite shared by several processes', () => {
  let dir: string;
  let file: string;
  let store: Store;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jorge-store-procs-'));
    file = join(dir, 'hub.db');
    store = createSqliteStore({ file });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps seq gapless and clientMsgId unique when three processes append at once', async () => {
    const { id } = await store.createConversation(makeConversation());
    const shared = range(1, 40).map((n) => `shared-${n}`);
    const jobs: WorkerJob[] = ['a', 'b', 'c'].map((worker) => ({
      kind: 'append',
      file,
      tenantId: TENANT,
      conversationId: id,
      clientMsgIds: [...range(1, 80).map((n) => `${worker}-${n}`), ...shared],
    }));
    const results = values(
      (await runTogether<{ clientMsgId: string; seq: number; duplicate: boolean }>(jobs)).flat(),
    );
    const firsts = results.filter((result) => !result.duplicate);
    expect(firsts).toHaveLength(3 * 80 + shared.length);
    expect(firsts.map((result) => result.seq).sort((x, y) => x - y)).toEqual(range(1, firsts.length));
    const seqById = new Map(firsts.map((result) => [result.clientMsgId, result.seq]));
    expect(seqById.size).toBe(firsts.length);
    for (const result of results) expect(result.seq).toBe(seqById.get(result.clientMsgId));
    const stored = await store.messagesAfter(TENANT, id, 0, { limit: 10_000 });
    expect(stored.map((message) => message.seq)).toEqual(range(1, firsts.length));
    expect((await store.getConversation(TENANT, id))?.lastSeq).toBe(firsts.length);
  });

  it('lets exactly one process win each compare-and-set, and answers the losers with null', async () => {
    const { id } = await store.createConversation(makeConversation({ version: 0 }));
    const versions = 40;
    const jobs: WorkerJob[] = ['a', 'b', 'c'].map((worker) => ({
      kind: 'cas',
      file,
      tenantId: TENANT,
      conversationId: id,
      worker,
      versions,
    }));
    const results = values((await runTogether<{ version: number; won: boolean }>(jobs)).flat());
    const wins = results.filter((result) => result.won).map((result) => result.version);
    expect(wins.sort((x, y) => x - y)).toEqual(range(0, wins.length - 1));
    expect((await store.getConversation(TENANT, id))?.version).toBe(wins.length);
  });

  it('never leases one follow-up to two processes', async () => {
    const { id } = await store.createConversation(makeConversation());
    const jobs = range(1, 90).map((step) => makeFollowUp(id, { step, dueAt: iso(T0 - step) }));
    await store.scheduleFollowUps(jobs);
    const workers: WorkerJob[] = ['a', 'b', 'c'].map((worker) => ({
      kind: 'claim',
      file,
      worker,
      nowMs: T0,
      leaseMs: 60_000,
      limit: 4,
    }));
    const batches = values((await runTogether<{ id: string }[]>(workers)).flat());
    const claimed = batches.flat().map((job) => job.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(new Set(claimed)).toEqual(new Set(jobs.map((job) => job.id)));
  });
});
