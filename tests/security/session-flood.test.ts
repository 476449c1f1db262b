import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import { describe, expect, it, onTestFinished } from 'vitest';
import { solveChallenge } from '../../client/sdk/challenge.js';
import { createWidgetSession } from '../../client/sdk/http.js';
import { clientIp, isProxyAddress, networkBucket } from '../../src/http/client-ip.js';
import type { SessionChallenge } from '../../src/protocol/challenge.js';
import { createRateLimitFactory } from '../../src/realtime/rate-limit.js';
import { createTenantDirectory, loadTenants } from '../../src/tenants.js';
import { createSessionChallenges } from '../../src/visitors/challenges.js';
import { manualClock } from '../fakes/manual-clock.js';
import { connect, emitAck, expectOk, ORIGIN, startHub } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

const IDENTITY_SECRET = 'site-identity-secret-0123456789abcdef';

interface Answer {
  status: number;
  body: {
    token?: string;
    visitorSecret?: string;
    error?: { code: string; details?: { challenge?: SessionChallenge } };
  };
}

/** One POST over its own TCP connection, from `localAddress` (any 127.x.y.z is this host's loopback). */
function postFrom(
  url: string,
  body: Record<string, unknown>,
  from: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = JSON.stringify({ tenantId: 'demo', ...body });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/widget/sessions`,
      {
        method: 'POST',
        agent: false,
        ...(from.localAddress ? { localAddress: from.localAddress } : {}),
        headers: { 'content-type': 'application/json', origin: ORIGIN, ...from.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The SDK's fetch, sent from one loopback address (what a browser on that host does). */
const fetchFrom =
  (localAddress: string): typeof fetch =>
  async (input, init) => {
    const target = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const body = typeof init?.body === 'string' ? init.body : '{}';
    const answer = await postFrom(
      target.replace(/\/api\/widget\/sessions$/, ''),
      JSON.parse(body) as Record<string, unknown>,
      { localAddress },
    );
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };

function identityToken(userId: string): Promise<string> {
  return new SignJWT({ name: 'Ana Ruiz' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('demo')
    .setAudience('jorge-hub:identity')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(IDENTITY_SECRET));
}

/** The hub with the production defaults of the session limits (small enough for a test's flood). */
async function floodableHub(security: Record<string, number> = {}) {
  const tenants = createTenantDirectory(
    loadTenants('config/tenants.json')
      .all()
      .map((tenant) => ({ ...tenant, identitySecret: IDENTITY_SECRET })),
  );
  return startHub({
    tenants,
    security: {
      widgetSessionsPerMinPerIp: 30,
      // New leads (at their first message) per minute before every new visitor solves a challenge.
      widgetSessionsPerMinPerTenant: 40,
      widgetSessionsFreePerMinPerNet: 10,
      widgetChallengeBits: 10,
      ...security,
    },
  });
}

/** Runs `count` jobs, `width` at a time. */
async function inParallel<T>(count: number, width: number, job: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await job(index);
      }
    }),
  );
  return results;
}

/**
 * Issue 33, finding 1: 1,300 session requests from 44 addresses (30 each) got 1,196 sessions in 1.4 s, and then
 * every new visitor and a signed-in site user got 429 for the rest of the minute: the tenant's budget was a hard cap
 * anyone could spend. With HUB_TRUST_PROXY=1 and no proxy in front, one host did the same with forged
 * X-Forwarded-For. Now nothing a stranger does refuses anyone else: the only hard limit is per address (or per
 * proven site user), and under a flood a new visitor solves a small proof of work that the widget does by itself.
 */
describe('a flood of widget sessions (issue 33, finding 1)', () => {
  it('leaves new visitors (with a challenge) and identified site users (without) a session after 1,320 requests from 44 addresses', async () => {
    const { url } = await floodableHub();
    // 44 attacker addresses, each in its own /24, 30 requests each: the issue's attack.
    const attackers = Array.from({ length: 44 }, (_, index) => `127.0.${index + 1}.1`);
    const answers = await inParallel(44 * 30, 16, (index) =>
      postFrom(url, {}, { localAddress: attackers[index % 44]! }),
    );
    const opened = answers.filter((answer) => answer.status === 201);
    const challenged = answers.filter((answer) => answer.body.error?.details?.challenge);
    // Ten free sessions per network a minute; every other one was answered with a challenge, not a session.
    expect(opened).toHaveLength(44 * 10);
    expect(challenged).toHaveLength(44 * 20);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 429)).toBe(true);

    // The attacker's leads write (a lead counts when it first writes): 60 of them, past the tenant's 40.
    await inParallel(60, 8, async (index) => {
      const widget = await connect(url, '/widget', opened[index]!.body.token!);
      expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'm1', text: 'hi' }));
      widget.disconnect();
    });

    // A new visitor on a fresh network: the tenant is under pressure, so it is asked for a proof of work...
    const fresh = await postFrom(url, {}, { localAddress: '127.0.200.1' });
    expect(fresh.status).toBe(429);
    expect(fresh.body.error?.details?.challenge?.bits).toBe(10);
    // ...which the widget's SDK solves by itself: the visitor gets its session.
    const visitor = await createWidgetSession(url, { tenantId: 'demo' }, { fetch: fetchFrom('127.0.200.2') });
    expect(visitor.visitorSecret).toMatch(/^vs1_/);
    const widget = await connect(url, '/widget', visitor.token);
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'm1', text: 'Is the house available?' }));

    // A signed-in site user on an attacker's own address (its 30 requests spent): a session at once, no challenge.
    const identified = await postFrom(
      url,
      { identityToken: await identityToken('site-user-42') },
      { localAddress: attackers[0]! },
    );
    expect(identified.status).toBe(201);
    // While the attacker's address itself stays refused (its hard limit), with no session for it.
    const attacker = await postFrom(url, {}, { localAddress: attackers[0]! });
    expect(attacker.status).toBe(429);
    expect(attacker.body.error?.details).toBeUndefined();
  }, 120_000);

  it('forged X-Forwarded-For from one host (HUB_TRUST_PROXY=1, no proxy) does not lock the tenant either', async () => {
    const { url } = await floodableHub({ widgetSessionsPerMinPerIp: 0, trustProxyHops: 1 });
    const forged = () => `${1 + (randomBytes(1)[0]! % 200)}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.9`;
    const answers = await inParallel(1_300, 16, () =>
      postFrom(url, {}, { localAddress: '127.0.0.5', headers: { 'x-forwarded-for': forged() } }),
    );
    expect(answers.filter((answer) => answer.status === 201).length).toBeGreaterThan(1_000);
    const visitor = await createWidgetSession(url, { tenantId: 'demo' }, { fetch: fetchFrom('127.0.201.1') });
    expect(visitor.token).toBeTruthy();
    const identified = await postFrom(
      url,
      { identityToken: await identityToken('site-user-7') },
      { localAddress: '127.0.0.5', headers: { 'x-forwarded-for': forged() } },
    );
    expect(identified.status).toBe(201);
  }, 120_000);

  it('refuses HUB_TRUST_PROXY in production without the acknowledgment, and ignores the header from public peers', async () => {
    const settings = {
      NODE_ENV: 'production',
      HUB_JWT_SECRET: randomBytes(32).toString('hex'),
      HUB_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      HUB_DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
      HUB_TRUST_PROXY: '1',
    };
    const refused = spawnHub(settings);
    await expect(refused).rejects.toThrow(/HUB_TRUST_PROXY_ACK=proxy-overwrites-x-forwarded-for/);

    // A public peer reached the hub directly: its header is its own words. A proxy on a private network is trusted.
    expect(clientIp('203.0.113.9', '198.51.100.1', 1)).toBe('203.0.113.9');
    expect(clientIp('::ffff:10.0.0.4', '198.51.100.1', 1)).toBe('198.51.100.1');
    expect(clientIp('127.0.0.1', '198.51.100.1', 1)).toBe('198.51.100.1');
    expect(isProxyAddress('172.16.3.4')).toBe(true);
    expect(isProxyAddress('8.8.8.8')).toBe(false);
    expect(networkBucket('198.51.100.77')).toBe('198.51.100.0/24');
    expect(networkBucket('2001:db8:1:2ab::1')).toBe('2001:db8:1:200::/56');
  }, 60_000);
});

describe('the widget-session challenge (issue 33, finding 1)', () => {
  it('is solved with WebCrypto and accepted once, on any node sharing Redis', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    onTestFinished(() => void redis.quit());
    const keyPrefix = `jorge-challenge-test-${randomBytes(6).toString('hex')}:`;
    const clock = manualClock(Date.UTC(2026, 10, 25, 4));
    const node = () =>
      createSessionChallenges({
        secret: 'a-hub-secret-0123456789abcdef0123456789',
        bits: 12,
        ttlMs: 120_000,
        now: () => new Date(clock.now()),
        rateLimits: createRateLimitFactory({ redis, keyPrefix }),
      });
    const [first, second] = [node(), node()];

    const challenge = first.issue('demo');
    const solution = await solveChallenge(challenge);
    // A nonce that does not reach the difficulty, another tenant, a changed token: refused, and none spends it.
    const weak = await (async () => {
      for (let nonce = 0; ; nonce += 1) {
        const candidate = { token: challenge.token, nonce: nonce.toString(36) };
        if (candidate.nonce !== solution.nonce && !(await first.verify('acme', candidate))) {
          const digest = new Uint8Array(
            await crypto.subtle.digest(
              'SHA-256',
              new TextEncoder().encode(`${challenge.token}.${candidate.nonce}`),
            ),
          );
          if (digest[0] !== 0) return candidate;
        }
      }
    })();
    expect(await first.verify('demo', weak)).toBe(false);
    expect(await first.verify('acme', solution)).toBe(false);
    const tampered = { ...solution, token: challenge.token.replace('.12.', '.1.') };
    expect(await first.verify('demo', tampered)).toBe(false);

    expect(await second.verify('demo', solution)).toBe(true);
    // Replayed, on the node that issued it or the other one: spent.
    expect(await first.verify('demo', solution)).toBe(false);
    expect(await second.verify('demo', solution)).toBe(false);

    // An expired challenge, solved in time or not, is refused.
    const late = first.issue('demo');
    const lateSolution = await solveChallenge(late);
    clock.advance(121_000);
    expect(await first.verify('demo', lateSolution)).toBe(false);
  }, 30_000);
});
