import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { HubError, isHubError } from '../../../src/errors.js';
import { runBatch } from '../../../src/store/sqlite/batch.js';
import { createSqliteWorkerHost } from '../../../src/store/sqlite/host.js';
import type { SqliteWorkerStoreOptions } from '../../../src/store/sqlite/store.js';
import { createSqliteStore, openSqliteStore, sqliteHost } from '../../helpers/sqlite-store.js';
import { openSqliteConnection } from '../../../src/store/sqlite/store.js';
import type { LeadEvent } from '../../../src/analytics/events.js';
import type {
  AgentRollupRow,
  ConversationRecord,
  HistoryPage,
  LeadAppendResult,
  Store,
} from '../../../src/store/types.js';
import { makeConversation, makeLead, makeMessage, range, TENANT } from '../../contract/store/fixtures.js';

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-worker-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'hub.db');
}

function workerStore(options: Partial<SqliteWorkerStoreOptions> = {}): Store {
  const store = createSqliteStore({ file: tempFile(), ...options });
  onTestFinished(() => store.close());
  return store;
}

/** Counts the COMMIT statements a connection runs. */
function countCommits(db: { exec(sql: string): unknown }) {
  const counter = { commits: 0 };
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => {
    if (sql === 'COMMIT') counter.commits += 1;
    return exec(sql);
  };
  return counter;
}

describe('runBatch (group commit on one connection)', () => {
  it('commits the calls of a batch once, and a failing call rolls back only itself', async () => {
    const connection = openSqliteConnection({ file: tempFile() });
    const { db, store } = connection;
    onTestFinished(() => void db.close());
    const counter = countCommits(db);
    const first = makeLead();
    const second = makeLead();
    const outcomes = await runBatch(connection, [
      { method: 'createLead', args: [first] },
      { method: 'createLead', args: [first] },
      { method: 'appendMessage', args: [TENANT, makeMessage('no-such-conversation')] },
      { method: 'createLead', args: [second] },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, false, true]);
    expect(outcomes.map((outcome) => (outcome.ok ? null : (outcome.error as HubError).code))).toEqual([
      null,
      'CONFLICT',
      'NOT_FOUND',
      null,
    ]);
    expect(counter.commits).toBe(1);
    expect(await store.getLead(TENANT, first.id)).toStrictEqual(first);
    expect(await store.getLead(TENANT, second.id)).toStrictEqual(second);
  });

  it('undoes the writes a call made before it failed, and keeps the writes of the others', async () => {
    const connection = openSqliteConnection({ file: tempFile() });
    const { db, store } = connection;
    onTestFinished(() => void db.close());
    const kept = makeLead();
    const undone = makeLead();
    const failing = {
      ...store,
      async createHalfLead(lead: typeof undone) {
        await store.createLead(lead);
        throw new HubError('CONFLICT', 'failed after writing');
      },
    } as Store;
    const outcomes = await runBatch({ ...connection, store: failing }, [
      { method: 'createHalfLead', args: [undone] },
      { method: 'createLead', args: [kept] },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, true]);
    expect(await store.getLead(TENANT, undone.id)).toBeNull();
    expect(await store.getLead(TENANT, kept.id)).toStrictEqual(kept);
  });

  it("indexes a batch's appends for search at its end, as if call by call, without a rolled-back call's rows", async () => {
    const connection = openSqliteConnection({ file: tempFile() });
    const { db, store } = connection;
    onTestFinished(() => void db.close());
    const { id } = await store.createConversation(makeConversation());
    const failing = {
      ...store,
      async appendThenFail(text: string) {
        await store.appendMessage(TENANT, makeMessage(id, { text }));
        throw new HubError('CONFLICT', 'failed after appending');
      },
    } as Store;
    const search = (text: string) => ({ method: 'searchConversations', args: [TENANT, { text }] });
    const outcomes = await runBatch({ ...connection, store: failing }, [
      { method: 'appendMessage', args: [TENANT, makeMessage(id, { text: 'alpha pool' })] },
      search('alpha'),
      { method: 'appendThenFail', args: ['bravo garage'] },
      { method: 'appendMessage', args: [TENANT, makeMessage(id, { text: 'charlie garden' })] },
      search('charlie'),
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, false, true, true]);
    const found = (outcome: (typeof outcomes)[number]) =>
      outcome.ok ? (outcome.value as HistoryPage).conversations.map((item) => item.id) : [];
    // A search in the batch sees the appends before it.
    expect(found(outcomes[1]!)).toEqual([id]);
    expect(found(outcomes[4]!)).toEqual([id]);
    // After the commit: both kept appends are indexed, the rolled-back one is not.
    expect(
      (await store.searchConversations(TENANT, { text: 'alpha' })).conversations.map((item) => item.id),
    ).toEqual([id]);
    expect((await store.searchConversations(TENANT, { text: 'charlie' })).conversations).toHaveLength(1);
    expect((await store.searchConversations(TENANT, { text: 'bravo' })).conversations).toHaveLength(0);
    // Outside a batch, an append is searchable at once.
    await store.appendMessage(TENANT, makeMessage(id, { text: 'delta porch' }));
    expect((await store.searchConversations(TENANT, { text: 'delta' })).conversations).toHaveLength(1);
  });

  it("writes a batch's rollups once at its end, as if call by call, without a rolled-back call's", async () => {
    const connection = openSqliteConnection({ file: tempFile() });
    const { db, store } = connection;
    onTestFinished(() => void db.close());
    const optOut = (leadId: string): LeadEvent => ({
      type: 'opted_out',
      tenantId: TENANT,
      leadId,
      conversationId: `c-${leadId}`,
      agentId: 'ag-1',
      at: '2025-03-01T10:00:00.000Z',
    });
    const rating = (leadId: string, value: number): LeadEvent => ({
      ...optOut(leadId),
      type: 'satisfaction_given',
      rating: value,
    });
    const failing = {
      ...store,
      async appendThenFail(event: LeadEvent) {
        await store.appendLeadEvents([event]);
        throw new HubError('CONFLICT', 'failed after appending');
      },
    } as Store;
    const optOuts = {
      grain: 'day',
      dimension: 'tenant',
      from: '2025-03-01',
      to: '2025-03-01',
      metricPrefix: 'n:',
    };
    const counter = countCommits(db);
    const outcomes = await runBatch({ ...connection, store: failing }, [
      { method: 'appendLeadEvents', args: [[optOut('l1'), rating('l1', 5)]] },
      { method: 'rollups', args: [TENANT, optOuts] },
      { method: 'appendThenFail', args: [rating('l2', 1)] },
      { method: 'appendLeadEvents', args: [[optOut('l3'), rating('l3', 3)]] },
      { method: 'agentRollups', args: [TENANT, { from: '2025-03-01', to: '2025-03-01' }] },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, false, true, true]);
    expect(counter.commits).toBe(1);
    const counts = (rows: unknown) =>
      (rows as { metric: string; n: number; total: number }[]).map(({ metric, n, total }) => [
        metric,
        n,
        total,
      ]);
    // A read in the batch sees the increments of the calls before it.
    expect(counts(outcomes[1]!.ok && outcomes[1]!.value)).toEqual([
      ['n:opted_out', 1, 0],
      ['n:satisfaction_given', 1, 5],
    ]);
    const [agent] = (outcomes[4]!.ok ? outcomes[4]!.value : []) as AgentRollupRow[];
    expect([agent!.counts.ratings, agent!.counts.rating_total]).toEqual([2, 8]);
    // After the commit: the kept calls' increments once each, the rolled-back one's nowhere.
    expect(counts(await store.rollups(TENANT, { ...optOuts, grain: 'day', dimension: 'tenant' }))).toEqual([
      ['n:opted_out', 2, 0],
      ['n:satisfaction_given', 2, 8],
    ]);
    // Outside a batch, the rollups are written with the events.
    await store.appendLeadEvents([rating('l4', 4)]);
    const [after] = await store.agentRollups(TENANT, { from: '2025-03-01', to: '2025-03-01' });
    expect([after!.counts.ratings, after!.counts.rating_total]).toEqual([3, 12]);
  });

  it('runs a batch of reads without taking the write lock', async () => {
    const file = tempFile();
    const connection = openSqliteConnection({ file, busyTimeoutMs: 50 });
    const { db, store } = connection;
    onTestFinished(() => void db.close());
    const lead = await store.createLead(makeLead());
    const blocker = openSqliteConnection({ file });
    onTestFinished(() => void blocker.db.close());
    blocker.db.exec('BEGIN IMMEDIATE');
    try {
      const reads = await runBatch(connection, [{ method: 'getLead', args: [TENANT, lead.id] }]);
      expect(reads).toEqual([{ ok: true, value: lead }]);
      const writes = await runBatch(connection, [{ method: 'createLead', args: [makeLead()] }]);
      expect(writes[0]!.ok).toBe(false);
    } finally {
      blocker.db.exec('ROLLBACK');
    }
  });
});

describe('the worker-backed SQLite store', () => {
  it('shares one commit among appends that arrive together, with seq gapless', async () => {
    const store = workerStore();
    const { id } = await store.createConversation(makeConversation());
    const before = await sqliteHost.stats();
    const results = await Promise.all(
      range(1, 200).map((n) => store.appendMessage(TENANT, makeMessage(id, { clientMsgId: `m-${n}` }))),
    );
    const after = await sqliteHost.stats();
    expect(results.map((result) => result.message.seq).sort((a, b) => a - b)).toEqual(range(1, 200));
    expect(after.calls - before.calls).toBeGreaterThanOrEqual(200);
    // Two hundred calls sent in one turn: a handful of transactions, not two hundred.
    expect(after.commits - before.commits).toBeLessThan(20);
  });

  it('commits every call on its own with maxBatchCalls 1', async () => {
    const store = workerStore({ maxBatchCalls: 1 });
    const { id } = await store.createConversation(makeConversation());
    const before = await sqliteHost.stats();
    await Promise.all(range(1, 20).map(() => store.appendMessage(TENANT, makeMessage(id))));
    const after = await sqliteHost.stats();
    expect(after.commits - before.commits).toBe(20);
  });

  it('re-creates errors as the same HubError codes and messages', async () => {
    const store = workerStore();
    const lead = await store.createLead(makeLead());
    const error = await store.createLead(lead).catch((caught: unknown) => caught);
    expect(isHubError(error, 'CONFLICT')).toBe(true);
    expect((error as HubError).message).toBe('Lead already exists');
    const missing = await store.appendMessage(TENANT, makeMessage('nope')).catch((caught: unknown) => caught);
    expect(isHubError(missing, 'NOT_FOUND')).toBe(true);
  });

  it('lets a read sent right after a write see it', async () => {
    const store = workerStore();
    const { id } = await store.createConversation(makeConversation());
    const [appended, read] = await Promise.all([
      store.appendMessage(TENANT, makeMessage(id)),
      store.getConversation(TENANT, id),
    ]);
    expect(read?.lastSeq).toBe(appended.message.seq);
  });

  it('answers every call sent before close, then refuses calls with UNAVAILABLE', async () => {
    const store = createSqliteStore({ file: tempFile() });
    const { id } = await store.createConversation(makeConversation());
    const appends = range(1, 50).map(() => store.appendMessage(TENANT, makeMessage(id)));
    const closed = store.close();
    expect((await Promise.all(appends)).map((result) => result.message.seq)).toEqual(range(1, 50));
    await closed;
    const refused = await store.getConversation(TENANT, id).catch((caught: unknown) => caught);
    expect(isHubError(refused, 'UNAVAILABLE')).toBe(true);
  });

  it('reports why a database cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-worker-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'not-a-folder'), '');
    await expect(openSqliteStore({ file: join(dir, 'not-a-folder', 'hub.db') })).rejects.toThrow(
      /EEXIST|ENOTDIR/,
    );
  });
});

describe("an append's conversation record (left out of the reply when the main thread holds it)", () => {
  it('is always the record as stored: after a turn rewrote it, after an erasure, and from a new worker', async () => {
    const host = createSqliteWorkerHost();
    const { handle, opened } = host.open({ file: tempFile() });
    await opened;
    const call = <T>(method: string, ...args: unknown[]) => host.call(handle, method, args) as Promise<T>;
    const lead = makeLead();
    await call('createLead', lead);
    const created = await call<ConversationRecord>(
      'createConversation',
      makeConversation({ leadId: lead.id, meta: { alerts: ['first'] } }),
    );
    const stored = () => call<ConversationRecord>('getConversation', TENANT, created.id);
    /** An append, checked against the record read just before it (its answer is the record as it found it). */
    const append = async (n: number) => {
      const before = await stored();
      const result = await call<LeadAppendResult>('appendToOpenConversation', TENANT, lead.id, {
        ...makeMessage(created.id, { clientMsgId: `m-${n}` }),
        conversationId: undefined,
      });
      expect(result.conversation).toEqual(before);
      expect(result.message.seq).toBe(n);
      return result;
    };
    await append(1);
    await append(2);
    const current = await stored();
    await call('updateConversation', TENANT, created.id, { meta: { alerts: ['second'] } }, current.version);
    expect((await append(3)).conversation.meta).toEqual({ alerts: ['second'] });
    await append(4);

    // A new worker: neither side holds anything any more.
    const posts = vi.spyOn(Worker.prototype, 'postMessage');
    let worker: Worker;
    try {
      await append(5);
      worker = posts.mock.contexts.at(-1) as Worker;
    } finally {
      posts.mockRestore();
    }
    await worker.terminate();
    await append(6);
    await append(7);

    await call('eraseLead', TENANT, lead.id, '2026-11-23T00:00:00.000Z');
    expect(
      await call('appendToOpenConversation', TENANT, lead.id, {
        ...makeMessage(created.id),
        conversationId: undefined,
      }),
    ).toBeNull();
    await host.close(handle);
  });
});

describe('the store worker dying', () => {
  it('fails nothing that never reached it: a call still waiting to be sent runs on the next worker', async () => {
    const host = createSqliteWorkerHost();
    const { handle, opened } = host.open({ file: tempFile() });
    await opened;
    // The host's worker thread, caught as the object the host posts to.
    const posts = vi.spyOn(Worker.prototype, 'postMessage');
    let worker: Worker;
    try {
      await host.call(handle, 'createLead', [makeLead({ id: 'before' })]);
      worker = posts.mock.contexts.at(-1) as Worker;
    } finally {
      posts.mockRestore();
    }
    // A call made as the worker stops, before the host hears of it: it waits in the host for the next flush.
    let late: Promise<unknown> | undefined;
    worker.prependOnceListener('exit', () => {
      late = host.call(handle, 'createLead', [makeLead({ id: 'late' })]);
    });
    await worker.terminate();
    await expect(late).resolves.toMatchObject({ id: 'late' });
    expect(await host.call(handle, 'getLead', [TENANT, 'late'])).toMatchObject({ id: 'late' });
    expect(await host.call(handle, 'getLead', [TENANT, 'before'])).toMatchObject({ id: 'before' });
    await host.close(handle);
  });
});
