import { describe, expect, it } from 'vitest';
import { addressBucket } from '../../src/http/client-ip.js';
import { solveChallenge } from '../../client/sdk/challenge.js';
import type { SessionChallenge } from '../../src/protocol/challenge.js';
import { connect, emitAck, expectOk, postJson, startHub } from '../helpers/hub.js';

interface SessionAnswer {
  status: number;
  body: {
    token?: string;
    visitorSecret?: string;
    error?: { code: string; details?: { challenge?: SessionChallenge } };
  };
}

const session = (
  url: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SessionAnswer> => postJson(`${url}/api/widget/sessions`, { tenantId: 'demo', ...body }, headers);

describe('widget session budgets', () => {
  // A black-box attack spent the tenant's budget of new sessions from many addresses in under three seconds, and
  // every visitor of the tenant, returning ones with a live secret too, got 429 for a minute. The tenant's count is
  // now of leads that wrote, and past it a new visitor solves a challenge; a returning visitor is never asked.
  it("counts the tenant's new leads when they write; past them a new visitor solves a challenge, a returning one resumes", async () => {
    const { url } = await startHub({
      security: { widgetSessionsPerMinPerTenant: 3, widgetSessionsPerMinPerIp: 0, widgetChallengeBits: 8 },
    });
    const first = await session(url);
    expect(first.status).toBe(201);
    const others = [await session(url), await session(url), await session(url)];
    // Sessions alone cost the tenant nothing: a fifth visitor is admitted as is.
    expect((await session(url)).status).toBe(201);
    for (const opened of [first, ...others.slice(0, 2)]) {
      const widget = await connect(url, '/widget', opened.body.token as string);
      expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'm1', text: 'hello' }));
      widget.disconnect();
    }
    await expect.poll(async () => (await session(url)).body.error?.details?.challenge?.bits).toBe(8);
    const challenged = await session(url);
    expect(challenged).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    const solution = await solveChallenge(challenged.body.error!.details!.challenge!);
    const solved = await session(url, { challenge: solution });
    expect(solved.status).toBe(201);
    // Accepted once.
    expect((await session(url, { challenge: solution })).status).toBe(429);

    // The returning visitor, with the secret of its first session, is not counted and gets the same lead back.
    for (let i = 0; i < 5; i += 1) {
      const resumed = await session(url, { visitorSecret: first.body.visitorSecret });
      expect(resumed.status).toBe(201);
      expect(resumed.body.visitorSecret).toBe(first.body.visitorSecret);
    }
    // A forged or expired secret is a new visitor: asked for a challenge while the tenant is under pressure.
    expect((await session(url, { visitorSecret: 'x'.repeat(43) })).status).toBe(429);
    // Another tenant has its own count.
    expect((await session(url, { tenantId: 'acme' }, { origin: 'http://localhost:5173' })).status).toBe(201);
  });

  it('counts IPv6 clients by their /64 for the per-address budget', async () => {
    const { url } = await startHub({
      security: { widgetSessionsPerMinPerIp: 2, widgetSessionsPerMinPerTenant: 0, trustProxyHops: 1 },
    });
    const from = (address: string) => session(url, {}, { 'x-forwarded-for': address });
    expect((await from('2001:db8:1:2::1')).status).toBe(201);
    expect((await from('2001:db8:1:2:ffff::9')).status).toBe(201);
    // A third address of the same /64: the same client.
    expect((await from('2001:db8:1:2:abcd::5')).status).toBe(429);
    // Another /64, and an IPv4 client, have their own budgets.
    expect((await from('2001:db8:1:3::1')).status).toBe(201);
    expect((await from('203.0.113.7')).status).toBe(201);
  });
});

describe('addressBucket', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd:12::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not an address', 'not an address'],
  ])('%s -> %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});
