import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connect, emitAck, JWT_SECRET, staffToken, widgetToken } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

type SendAck =
  { ok: true; data: { seq: number; conversationId: string } } | { ok: false; error: { code: string } };

/**
 * Security issue 9, finding 7: the SQLite file deleted under a running hub. Before, acks continued into the
 * unlinked file and /readyz stayed 200; after a restart the acked messages were gone. Now every store batch first
 * checks that the open file is still the one on disk (device and inode), and readiness proves a write commits.
 */
describe('the SQLite file deleted under a running hub (finding 7)', () => {
  it('refuses sends with UNAVAILABLE and fails /readyz; nothing acked after the deletion is lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-unlink-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { HUB_DATA_DIR: dataDir, HUB_JWT_SECRET: JWT_SECRET, HUB_RATE_LIMIT_PER_10S: '10000' };
    const hub = await spawnHub(env);
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const before = (await emitAck(widget, 'message:send', {
      clientMsgId: 'before',
      text: 'before',
    })) as SendAck;
    expect(before.ok).toBe(true);

    const file = join(dataDir, 'hub.db');
    for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) rmSync(path);

    const acks = (await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        emitAck(widget, 'message:send', { clientMsgId: `after-${i}`, text: `after ${i}` }, 5_000),
      ),
    )) as SendAck[];
    for (const ack of acks) expect(ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('store');
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    widget.close();
    hub.child.kill('SIGKILL');
    await hub.exited;

    // A restart opens a new, empty file: no message acked after the deletion could have been lost.
    const again = await spawnHub(env);
    onTestFinished(() => void again.child.kill('SIGKILL'));
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    const supervisor = await staffToken(again.url, 'supervisor', 'sue');
    const conversationId = before.ok ? before.data.conversationId : '';
    const transcript = await fetch(`${again.url}/api/conversations/${conversationId}/transcript`, {
      headers: { authorization: `Bearer ${supervisor}` },
    });
    expect(transcript.status).toBe(404);
  });
});
