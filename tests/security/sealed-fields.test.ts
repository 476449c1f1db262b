import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import { openSqliteConnection } from '../../src/store/sqlite/store.js';
import { makeConversation, makeMessage, TENANT } from '../contract/store/fixtures.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const tokens = createTokenService(JWT_SECRET, 60);

/** Words that appear nowhere else, one per place they are written. */
const LEAD_WORD = 'quokkaville';
const NOTE_WORD = 'xylocarpine';
const WHISPER_WORD = 'zanthoxylum';
const CLOSE_NAME = 'Wilhelmina Quarrington';
const CLOSE_PHONE = '909-555-0199';
const NEEDLES = [LEAD_WORD, NOTE_WORD, WHISPER_WORD, 'quarrington', CLOSE_PHONE, '9095550199', 'quokka'];

/** The database and its write-ahead log as the disk holds them, in lower case. */
function filesOnDisk(file: string): string {
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1').toLowerCase())
    .join('\n');
}
const found = (haystack: string, needles: string[]) =>
  needles.filter((needle) => haystack.includes(needle.toLowerCase()));

/**
 * Issue 33, finding 5: the close note (a name and a phone) sat in plain text beside the sealed values, and the
 * full-text index kept transcript words in plain text. Every free-text field is now sealed (the close note, the bot
 * state and the lead's profile besides the message texts, notes and whispers already sealed), and the search index
 * holds keyed hashes of words, never a word: the files on disk are read byte by byte.
 */
describe('free text at rest (issue 33, finding 5)', () => {
  it('leaves no lead word, note, whisper, bot slot or close note readable in hub.db or hub.db-wal; search still finds them', async () => {
    const hub = await startHub();
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: `We want to buy a 3 bedroom home near ${LEAD_WORD} park, budget 700k, moving in 3 months`,
      }),
    );
    await hub.hub.idle();
    const agent = await connect(
      hub.url,
      '/agent',
      await tokens.signStaff(
        { tenantId: 'demo', role: 'agent', userId: 'ana', name: 'Ana Grepcontrol' },
        600,
      ),
    );
    const supervisor = await connect(
      hub.url,
      '/supervisor',
      await tokens.signStaff({ tenantId: 'demo', role: 'supervisor', userId: 'sue', name: 'Sue' }, 600),
    );
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(
      await emitAck(agent, 'note:add', {
        conversationId,
        clientMsgId: 'n1',
        text: `Prefers ${NOTE_WORD} trees`,
      }),
    );
    expectOk(
      await emitAck(supervisor, 'whisper:send', {
        conversationId,
        clientMsgId: 'w1',
        text: `Ask about the ${WHISPER_WORD} hedge`,
      }),
    );
    expectOk(
      await emitAck(agent, 'conversation:close', {
        conversationId,
        outcome: 'qualified',
        note: `Spoke with ${CLOSE_NAME}, call back at ${CLOSE_PHONE}`,
      }),
    );
    // The hub reads them back in the clear.
    const conversation = (await hub.store.getConversation('demo', conversationId))!;
    expect((conversation.meta.lifecycle as { note?: string }).note).toContain(CLOSE_NAME);
    expect(JSON.stringify(conversation.botState)).toContain('700');
    // Search finds whole words and the word being typed, through the hashes.
    for (const text of [LEAD_WORD, NOTE_WORD, WHISPER_WORD, 'quokkav', `park ${LEAD_WORD.slice(0, 5)}`]) {
      expect((await hub.store.searchConversations('demo', { text })).total, text).toBe(1);
    }
    expect((await hub.store.searchConversations('demo', { text: 'quokkab' })).total).toBe(0);

    const text = filesOnDisk(join(hub.dataDir, 'hub.db'));
    expect(found(text, ['grepcontrol'])).toEqual(['grepcontrol']); // the grep itself works (a staff name)
    expect(found(text, NEEDLES)).toEqual([]);
    // The stored bot state and close note are sealed values.
    const file = new Database(join(hub.dataDir, 'hub.db'), { readonly: true });
    const stored = JSON.parse(
      file
        .prepare<[string], string>('SELECT data FROM conversation_data WHERE id = ?')
        .pluck()
        .get(conversationId)!,
    ) as { botState: unknown; meta: { lifecycle: Record<string, unknown> } };
    file.close();
    expect(stored.botState).toMatch(/^pd1\./);
    expect(stored.meta.lifecycle.note).toBeUndefined();
  }, 60_000);

  it('seals the rows and rebuilds the index of a file written before, once, at open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-sealed-fields-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'hub.db');
    const first = openSqliteConnection({ file });
    const created = await first.store.createConversation(makeConversation());
    await first.store.appendMessage(TENANT, makeMessage(created.id, { text: `A garden in ${LEAD_WORD}` }));
    first.db.close();
    // What an older hub wrote: the index in words, the bot state and the close note in plain JSON.
    const old = new Database(file);
    old.exec(
      "DELETE FROM store_format; DELETE FROM search_fts; INSERT INTO search_fts (search_fts) VALUES ('optimize')",
    );
    old
      .prepare("INSERT INTO search_fts (tenant_id, conversation_id, kind, body) VALUES (?, ?, 'message', ?)")
      .run(TENANT, created.id, `a garden in ${LEAD_WORD}`);
    const data = JSON.parse(
      old
        .prepare<[string], string>('SELECT data FROM conversation_data WHERE id = ?')
        .pluck()
        .get(created.id)!,
    ) as Record<string, unknown>;
    old.prepare('UPDATE conversation_data SET data = ? WHERE id = ?').run(
      JSON.stringify({
        ...data,
        botState: { slots: { area: WHISPER_WORD } },
        meta: { lifecycle: { outcome: 'qualified', note: `Call ${CLOSE_NAME}` } },
      }),
      created.id,
    );
    old.close();
    expect(found(filesOnDisk(file), [LEAD_WORD, WHISPER_WORD, 'quarrington']).length).toBe(3);

    const reopened = openSqliteConnection({ file });
    onTestFinished(() => {
      if (reopened.db.open) reopened.db.close();
    });
    const record = (await reopened.store.getConversation(TENANT, created.id))!;
    expect(record.botState).toEqual({ slots: { area: WHISPER_WORD } });
    expect((record.meta.lifecycle as { note: string }).note).toBe(`Call ${CLOSE_NAME}`);
    expect((await reopened.store.searchConversations(TENANT, { text: LEAD_WORD })).total).toBe(1);
    expect(found(filesOnDisk(file), [LEAD_WORD, WHISPER_WORD, 'quarrington'])).toEqual([]);
  });
});
