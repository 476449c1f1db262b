import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect, emitAck, JWT_SECRET, staffToken, waitForEvent, widgetToken } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

const env = (dataDir: string) => ({
  HUB_DATA_DIR: dataDir,
  HUB_JWT_SECRET: JWT_SECRET,
  HUB_RATE_LIMIT_PER_10S: '10000',
});

describe('the hub process', () => {
  // Each test boots one or two hub processes; a boot compiles the number models (seconds on a loaded machine).
  it('keeps every acked message after SIGKILL and a restart on the same data dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-kill-'));
    const first = await spawnHub(env(dataDir));
    const { token } = await widgetToken(first.url);
    const widget = await connect(first.url, '/widget', token);
    const acked: number[] = [];
    let conversationId = '';
    const sends = Array.from({ length: 60 }, (_, i) =>
      emitAck<{ seq: number; conversationId: string }>(
        widget,
        'message:send',
        { clientMsgId: `k-${i}`, text: `kill ${i}` },
        5_000,
      )
        .then((ack) => {
          if (ack.ok) {
            acked.push(i);
            conversationId = ack.data.conversationId;
          }
        })
        .catch(() => undefined),
    );
    await expect.poll(() => acked.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(30);
    first.child.kill('SIGKILL');
    await first.exited;
    await Promise.all(sends);
    const ackedNow = [...acked];

    const second = await spawnHub(env(dataDir));
    // Run from its sources (as `npm run cluster` runs it), the process finds the built apps beside package.json.
    if (existsSync('client/dist/agent/index.html'))
      for (const app of ['/demo/', '/agent/', '/supervisor/', '/widget.js'])
        expect((await fetch(`${second.url}${app}`)).status, app).toBe(200);
    else expect(second.output()).toContain('the browser apps are not built');
    const supervisorToken = await staffToken(second.url, 'supervisor', 'sue');
    const response = await fetch(`${second.url}/api/conversations/${conversationId}/transcript`, {
      headers: { authorization: `Bearer ${supervisorToken}` },
    });
    const transcript = (await response.json()) as { messages: { text: string; seq: number }[] };
    const texts = new Set(transcript.messages.map((m) => m.text));
    for (const i of ackedNow) expect(texts.has(`kill ${i}`), `acked message ${i}`).toBe(true);
    expect(transcript.messages.map((m) => m.seq)).toEqual(transcript.messages.map((_, i) => i + 1));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);

  it('drains on SIGTERM: in-flight acks finish, clients are told to reconnect, the store closes cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-term-'));
    const hub = await spawnHub(env(dataDir));
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    const told = waitForEvent(agent, 'server:shutdown');
    const sends = Array.from({ length: 20 }, (_, i) =>
      emitAck(widget, 'message:send', { clientMsgId: `t-${i}`, text: `term ${i}` }, 5_000).catch(
        () => ({ ok: false }) as const,
      ),
    );
    hub.child.kill('SIGTERM');
    const acks = await Promise.all(sends);
    // Every send got an answer: stored and acked, or refused with UNAVAILABLE while draining. None hangs.
    for (const ack of acks) if (!ack.ok) expect(ack).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(acks.some((ack) => ack.ok)).toBe(true);
    expect(await told).toMatchObject({ reason: 'shutdown' });
    expect(await hub.exited).toBe(0);
    expect(hub.output()).toContain('stopped cleanly');
  }, 90_000);
});
