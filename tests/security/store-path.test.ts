import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connect, emitAck, JWT_SECRET, ORIGIN, widgetToken } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

/**
 * Security issue 33, finding 7: once the SQLite file was removed under a running hub, every anonymous client read
 * its path ("The database file /srv/jorge/data/hub.db was deleted...") in its acks, in the widget session route's
 * answer and in /readyz. Clients now read only UNAVAILABLE and a generic message; the path stays in the log.
 */
describe('the database path after the file is removed (issue 33, finding 7)', () => {
  it('is in no answer to an anonymous client, and is in the log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-path-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const hub = await spawnHub({ HUB_DATA_DIR: dataDir, HUB_JWT_SECRET: JWT_SECRET });
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const first = await emitAck(widget, 'message:send', { clientMsgId: 'before', text: 'hello' });
    expect(first.ok).toBe(true);

    const file = join(dataDir, 'hub.db');
    for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) rmSync(path);

    const answers: string[] = [];
    const ack = await emitAck(widget, 'message:send', { clientMsgId: 'after', text: 'still there?' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    answers.push(JSON.stringify(ack));
    const session = await fetch(`${hub.url}/api/widget/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ tenantId: 'demo' }),
    });
    expect(session.status).toBe(503);
    answers.push(await session.text());
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(503);
    answers.push(await ready.text());

    for (const answer of answers) {
      expect(answer).not.toContain(dataDir);
      expect(answer).not.toContain('hub.db');
    }
    // The operator still learns which file went away, from the log.
    await expect.poll(() => hub.output().includes(`${file} was deleted`)).toBe(true);
  }, 60_000);
});
