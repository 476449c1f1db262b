import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import { runBatch } from '../../src/store/sqlite/batch.js';
import { openSqliteConnection } from '../../src/store/sqlite/store.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const tokens = createTokenService(JWT_SECRET, 60);

/** Words that appear nowhere else: each one is in one place only (lead text, note, whisper, close note). */
const LEAD_WORD = 'quokkaville';
const NOTE_WORD = 'xylocarpine';
const WHISPER_WORD = 'zanthoxylum';
const CLOSE_NAME = 'Wilhelmina Quarrington';
const CLOSE_PHONE = '909-555-0199';
const NEEDLES = [LEAD_WORD, NOTE_WORD, WHISPER_WORD, 'quarrington', CLOSE_PHONE, '9095550199'];

/** The database, its write-ahead log and its shared-memory index, as the disk holds them, in lower case. */
function filesOnDisk(dataDir: string): { text: string; walBytes: number } {
  const file = join(dataDir, 'hub.db');
  const paths = [file, `${file}-wal`, `${file}-shm`].filter((path) => existsSync(path));
  return {
    text: paths.map((path) => readFileSync(path).toString('latin1').toLowerCase()).join('\n'),
    walBytes: existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0,
  };
}

const found = (haystack: string) => NEEDLES.filter((needle) => haystack.includes(needle.toLowerCase()));

/**
 * Security issue 33, finding 4: after an erasure answered 200, a lead's words, a staff note, a whisper and the close
 * note (a name and a phone) were still in `hub.db-wal` in plain text, until the next checkpoint. The SQLite store
 * (through its worker thread, as the hub runs it) now checkpoints and truncates the log before the erasure is
 * answered: the files on disk, read byte by byte while the hub keeps running, hold none of it.
 */
describe('erasure and the write-ahead log (issue 33, finding 4)', () => {
  it('leaves none of the erased words in hub.db, hub.db-wal or hub.db-shm once it is answered', async () => {
    const hub = await startHub();
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: `We want to buy a home near ${LEAD_WORD} park, 3 bedrooms`,
      }),
    );
    await hub.hub.idle();
    const agent = await connect(
      hub.url,
      '/agent',
      await tokens.signStaff({ tenantId: 'demo', role: 'agent', userId: 'ana', name: 'Ana' }, 600),
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
        text: `Prefers ${NOTE_WORD} landscaping`,
      }),
    );
    expectOk(
      await emitAck(supervisor, 'whisper:send', {
        conversationId,
        clientMsgId: 'w1',
        text: `Ask about the ${WHISPER_WORD} tree`,
      }),
    );
    expectOk(
      await emitAck(agent, 'conversation:close', {
        conversationId,
        outcome: 'qualified',
        note: `Spoke with ${CLOSE_NAME}, call back at ${CLOSE_PHONE}`,
      }),
    );
    const leadId = (await hub.store.getConversation('demo', conversationId))!.leadId;
    // The grep itself works: before the erasure, the log holds the conversation's pages (its id is plain; since
    // finding 5 its words are sealed or hashed, tests/security/sealed-fields.test.ts).
    const before = filesOnDisk(hub.dataDir);
    expect(before.walBytes).toBeGreaterThan(0);
    expect(before.text).toContain(conversationId.toLowerCase());

    const admin = await tokens.signStaff(
      { tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' },
      600,
    );
    const erased = await fetch(`${hub.url}/api/leads/${leadId}/erase`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: leadId }),
    });
    expect(erased.status).toBe(200);

    // Read at once, the hub still running (no close, no later checkpoint): nothing of it on disk.
    const after = filesOnDisk(hub.dataDir);
    expect(found(after.text)).toEqual([]);

    // The hub keeps working on the same file.
    const next = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expectOk(await emitAck(next, 'message:send', { clientMsgId: 'm1', text: 'Hello again' }));
  }, 60_000);

  it('answers the erasure UNAVAILABLE while another connection keeps the log from being cleared; asked again, it clears it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-erase-busy-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const file = join(dataDir, 'hub.db');
    const connection = openSqliteConnection({ file, busyTimeoutMs: 50 });
    onTestFinished(() => {
      connection.db.close();
    });
    const at = new Date().toISOString();
    const lead = {
      id: 'lead-1',
      tenantId: 'demo',
      name: CLOSE_NAME,
      profile: {},
      temperature: 'cold' as const,
      optedOut: false,
      createdAt: at,
      updatedAt: at,
    };
    const [created] = await runBatch(connection, [{ method: 'createLead', args: [lead] }]);
    expect(created?.ok).toBe(true);
    // Another process reading an older snapshot: a truncating checkpoint cannot finish under it.
    const reader = new Database(file, { readonly: true });
    onTestFinished(() => {
      reader.close();
    });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM leads').get();
    const erase = { method: 'eraseLead', args: ['demo', 'lead-1', at] };
    const [blocked] = await runBatch(connection, [erase]);
    expect(blocked).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    reader.exec('COMMIT');
    const [again] = await runBatch(connection, [erase]);
    expect(again?.ok).toBe(true);
    expect(statSync(`${file}-wal`).size).toBe(0);
  });
});
