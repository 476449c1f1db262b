import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteConnection, type SqliteConnection } from '../../../src/store/sqlite/connection.js';
import { makeConversation, makeMessage, TENANT } from '../../contract/store/fixtures.js';

describe("the SQLite store's memo of opened records", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function twoConnections(): [SqliteConnection, SqliteConnection] {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-record-memo-'));
    const file = join(dir, 'hub.db');
    const first = openSqliteConnection({ file });
    const second = openSqliteConnection({ file });
    cleanups.push(() => {
      first.db.close();
      second.db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return [first, second];
  }

  it('reads a record another connection to the file changed, never the one it opened before', async () => {
    const [mine, theirs] = twoConnections();
    const conversation = makeConversation({ leadId: 'lead-1', botState: { version: 1, step: 'greeting' } });
    const started = await mine.store.appendToOpenConversation(
      TENANT,
      'lead-1',
      makeMessage(conversation.id, { clientMsgId: 'm1' }),
      conversation,
    );
    const before = await mine.store.getConversation(TENANT, conversation.id);
    expect(before?.botState).toEqual({ version: 1, step: 'greeting' });
    // The same text again: the same opened parts.
    expect((await mine.store.getConversation(TENANT, conversation.id))?.botState).toBe(before?.botState);

    const saved = await theirs.store.updateConversation(
      TENANT,
      conversation.id,
      { botState: { version: 1, step: 'budget' } },
      started!.conversation.version,
    );
    expect(saved).not.toBeNull();
    expect((await mine.store.getConversation(TENANT, conversation.id))?.botState).toEqual({
      version: 1,
      step: 'budget',
    });
    const appended = await mine.store.appendToOpenConversation(
      TENANT,
      'lead-1',
      makeMessage(conversation.id, { clientMsgId: 'm2' }),
    );
    expect(appended?.conversation.botState).toEqual({ version: 1, step: 'budget' });
    expect(appended?.conversation.version).toBe(saved!.version);
  });

  it('keeps each conversation apart (same text shape, other tenant or id)', async () => {
    const [mine] = twoConnections();
    const a = makeConversation({
      id: 'conv-same',
      tenantId: 'tenant-a',
      leadId: 'lead-a',
      meta: { leadName: 'Ana' },
    });
    const b = makeConversation({
      id: 'conv-same',
      tenantId: 'tenant-b',
      leadId: 'lead-a',
      meta: { leadName: 'Bea' },
    });
    await mine.store.createConversation(a);
    await mine.store.createConversation(b);
    for (let round = 0; round < 2; round++) {
      expect((await mine.store.getConversation('tenant-a', 'conv-same'))?.meta.leadName).toBe('Ana');
      expect((await mine.store.getConversation('tenant-b', 'conv-same'))?.meta.leadName).toBe('Bea');
    }
  });
});
