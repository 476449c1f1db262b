import { lookup } from 'node:dns';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Resolver } from '../../src/jobs/webhook.js';
import { connect, emitAck, expectOk, JWT_SECRET, staffToken, startHub, widgetToken } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

/** A receiver on this machine's loopback, counting what reaches it. */
async function localReceiver() {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as AddressInfo).port, paths };
}

/** A resolver answering `a.b.c.d.wildcard.example` with a.b.c.d (as nip.io does), and the system's for the rest. */
const wildcardDns: Resolver = (hostname, options, callback) => {
  const match = /^(\d+\.\d+\.\d+\.\d+)\.wildcard\.example$/.exec(hostname);
  if (match) return callback(null, [{ address: match[1]!, family: 4 }]);
  lookup(hostname, options, callback);
};

/** Every form of a local target the attack used or the rule names. */
const localTargets = (port: number) => [
  `http://127.0.0.1:${port}/hook`,
  'http://169.254.169.254/latest/meta-data/',
  `http://[::1]:${port}/hook`,
  `http://localhost:${port}/hook`,
  `http://localhost.:${port}/hook`,
  `http://api.localhost:${port}/hook`,
  `http://vm:${port}/hook`,
  'http://redis:6379/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://10.0.0.8/hook',
  'http://[fd00::1]/hook',
  'http://[::ffff:127.0.0.1]/hook',
];

/**
 * Security issue 33, finding 11: with NODE_ENV unset (a development hub), an agent could point their alert channel
 * at 127.0.0.1 or 169.254.169.254 and the hub posted lead data there; production refused some forms only. The
 * public-address rule now holds in every mode, when the URL is set and again at every send (names resolving to
 * private addresses, `localhost.`, single-label names), unless HUB_ALERT_CHANNELS_ALLOW_PRIVATE says otherwise
 * (local testing only; refused in production).
 */
describe('alert-channel destinations in every mode (issue 33, finding 11)', () => {
  it('refuses local targets with NODE_ENV unset, and stores nothing', async () => {
    const target = await localReceiver();
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-alert-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const hub = await spawnHub({ NODE_ENV: '', HUB_DATA_DIR: dataDir, HUB_JWT_SECRET: JWT_SECRET });
    const token = await staffToken(hub.url, 'agent', 'ana', 'demo', 'Ana');
    const put = (url: string) =>
      fetch(`${hub.url}/api/staff/me/alert-channel`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'url', url }),
      });
    for (const url of localTargets(target.port)) {
      const answer = await put(url);
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: { code: string } }).error.code, url).toBe('INVALID_PAYLOAD');
    }
    const shown = await fetch(`${hub.url}/api/staff/me/alert-channel`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await shown.json()).toEqual({ channel: null });
    // A public host is accepted (plain http outside production); so is a wildcard-DNS name, refused at send time.
    expect((await put('http://pager.example.com/hook')).status).toBe(200);
    expect((await put(`http://127.0.0.1.nip.io:${target.port}/hook`)).status).toBe(200);
    expect(target.paths).toEqual([]);
  }, 60_000);

  it('refuses them again at send time (a URL stored earlier, a name resolving to loopback), unless the local-testing setting allows them', async () => {
    for (const allowPrivate of [false, true]) {
      const target = await localReceiver();
      const { url, store, hub } = await startHub({
        devTokensEnabled: true,
        security: { alertChannelsAllowPrivate: allowPrivate },
        // A wildcard-DNS name (as 127.0.0.1.nip.io): public by its form, loopback once resolved.
        integrations: { resolve: wildcardDns },
      });
      const widget = await connect(url, '/widget', (await widgetToken(url)).token);
      const { conversationId } = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'w1', text: 'Hi' }),
      );
      const at = new Date().toISOString();
      // Stored as a hub before this rule (or a hand-edited record) would have kept them.
      const members = {
        ana: `http://127.0.0.1:${target.port}/ana`,
        bo: `http://localhost:${target.port}/bo`,
        cy: `http://vm:${target.port}/cy`,
        dee: `http://127.0.0.1.wildcard.example:${target.port}/dee`,
      };
      for (const [userId, channelUrl] of Object.entries(members)) {
        await store.recordStaffSignIn({ tenantId: 'demo', userId, name: userId, role: 'agent', at });
        await store.updateStaffMember('demo', userId, {
          alertChannel: { kind: 'url', url: channelUrl, secret: 'a'.repeat(64), setAt: at, setBy: userId },
          updatedAt: at,
        });
      }
      const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
      for (const agentId of Object.keys(members)) {
        expectOk(await emitAck(supervisor, 'conversation:assign', { conversationId, agentId }));
      }
      await hub.integrations.idle();
      expect(target.paths.sort(), `allowPrivate: ${allowPrivate}`).toEqual(
        allowPrivate ? ['/ana', '/bo', '/cy', '/dee'] : [],
      );
    }
  }, 60_000);

  it('is a setting for local testing only: a production hub refuses to start with it', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        HUB_JWT_SECRET: 'x'.repeat(40),
        HUB_ALERT_CHANNELS_ALLOW_PRIVATE: '1',
      }),
    ).toThrow(/HUB_ALERT_CHANNELS_ALLOW_PRIVATE/);
    expect(loadConfig({}).HUB_ALERT_CHANNELS_ALLOW_PRIVATE).toBe(false);
  });
});
