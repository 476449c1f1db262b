import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSqliteConnection } from '../../../src/store/sqlite/store.js';
import { createSqliteWorkerHost, type SqliteWorkerHost } from '../../../src/store/sqlite/host.js';
import { openSqliteStore as openOn } from '../../../src/store/sqlite/store.js';
import type { Store } from '../../../src/store/types.js';
import { makeConversation, makeMessage, TENANT } from '../../contract/store/fixtures.js';

/** The embedded store on a file of its own (the history search's SQLite specifics; the contract suite has the rest). */
function store(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-search-'));
  const connection = openSqliteConnection({ file: join(dir, 'hub.db') });
  onTestFinished(() => {
    connection.db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return connection.store;
}

async function conversationWith(target: Store, texts: string[]) {
  const created = await target.createConversation(makeConversation());
  for (const text of texts) await target.appendMessage(TENANT, makeMessage(created.id, { text }));
  return created.id;
}

describe('history search on SQLite', () => {
  it('reads only the last word as a prefix (the one being typed); earlier words are whole words', async () => {
    const target = store();
    const garage = await conversationWith(target, ['Is the garage big enough for two cars?']);
    const ids = async (text: string) =>
      (await target.searchConversations(TENANT, { text })).conversations.map((c) => c.id);
    expect(await ids('big gara')).toEqual([garage]);
    expect(await ids('gara big')).toEqual([]);
    expect(await ids('garage big')).toEqual([garage]);
  });

  it('counts every match in the same pass as the page, and past the last page', async () => {
    const target = store();
    for (let i = 0; i < 5; i++) await conversationWith(target, [`pool number ${i}`]);
    const page = await target.searchConversations(TENANT, { text: 'pool', limit: 2 });
    expect(page.conversations).toHaveLength(2);
    expect(page.total).toBe(5);
    const past = await target.searchConversations(TENANT, { text: 'pool', limit: 2, offset: 10 });
    expect(past).toEqual({ conversations: [], total: 5 });
    expect(await target.searchConversations(TENANT, { text: 'spa' })).toEqual({
      conversations: [],
      total: 0,
    });
  });
});

describe('history search on its own worker (the server’s shape)', () => {
  it('runs searches and reports on the search worker, and sees every acked write at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-search-worker-'));
    const writes = createSqliteWorkerHost();
    const searches = createSqliteWorkerHost();
    const sent: string[] = [];
    const countingSearches: SqliteWorkerHost = {
      ...searches,
      call: (handle, method, args) => {
        sent.push(method);
        return searches.call(handle, method, args);
      },
    };
    const target = await openOn(writes, { file: join(dir, 'hub.db') }, countingSearches);
    onTestFinished(async () => {
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    });
    for (let i = 0; i < 20; i++) {
      await conversationWith(target, [`roof number ${i}`]);
      // Each search is sent after the append's ack, so the reader's connection must see it.
      expect((await target.searchConversations(TENANT, { text: 'roof', limit: 100 })).total).toBe(i + 1);
    }
    await target.rollups(TENANT, { grain: 'day', dimension: 'tenant', from: '2026-01-01', to: '2026-12-31' });
    expect(new Set(sent)).toEqual(new Set(['searchConversations', 'rollups']));
    expect(sent).toHaveLength(21);
  });

  it('runs on a connection that refuses to write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-search-ro-'));
    const file = join(dir, 'hub.db');
    const writer = openSqliteConnection({ file });
    const reader = openSqliteConnection({ file, queryOnly: true });
    onTestFinished(() => {
      reader.db.close();
      writer.db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    expect(() => reader.db.prepare("DELETE FROM conversations WHERE tenant_id = 'x'").run()).toThrow(
      /readonly/i,
    );
    return expect(reader.store.createConversation(makeConversation())).rejects.toThrow();
  });
});
