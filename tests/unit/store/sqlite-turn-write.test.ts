import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSqliteStore } from '../../../src/store/sqlite/client.js';
import { openSqliteConnection } from '../../../src/store/sqlite/store.js';
import type { Store } from '../../../src/store/types.js';
import { makeConversation, makeFollowUp, makeLead, TENANT } from '../../contract/store/fixtures.js';

/** A lead patch SQLite cannot store (JSON.stringify throws on a BigInt): the last part of the turn fails. */
const unstorable = { profile: { budgetMax: 1n } } as never;

async function attempt(store: Store) {
  const lead = await store.createLead(makeLead());
  const conversation = await store.createConversation(makeConversation({ leadId: lead.id }));
  const failed = store.commitTurn(TENANT, conversation.id, {
    conversation: { patch: { processedSeq: 3, temperature: 'hot' }, expectedVersion: 0 },
    lead: { id: lead.id, patch: unstorable },
    followUps: { cancel: true, schedule: [makeFollowUp(conversation.id)] },
  });
  await expect(failed).rejects.toThrow();
  expect(await store.getConversation(TENANT, conversation.id)).toMatchObject({
    version: 0,
    processedSeq: 0,
    temperature: 'cold',
  });
  expect(await store.listFollowUps(TENANT, conversation.id)).toEqual([]);
}

describe('SQLite commitTurn', () => {
  it('rolls the conversation write back when a later part of the turn fails (on its own connection)', async () => {
    const { db, store } = openSqliteConnection({ file: ':memory:' });
    onTestFinished(() => {
      db.close();
    });
    await attempt(store);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls it back through the store worker as well, and later calls of the batch still commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-turn-write-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const store = createSqliteStore({ file: join(dir, 'hub.db') });
    onTestFinished(() => store.close());
    await attempt(store);
    const after = await store.createConversation(makeConversation());
    expect(await store.getConversation(TENANT, after.id)).toMatchObject({ version: 0 });
  });
});
