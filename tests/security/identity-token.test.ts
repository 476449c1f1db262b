import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { connect, emitAck, expectOk, staffToken, startHub } from '../helpers/hub.js';
import { identityHash } from '../../src/visitors/secrets.js';
import { createTenantDirectory, loadTenants } from '../../src/tenants.js';
import { movableClock, openSession } from './helpers.js';

/**
 * Issue 33, finding 3: the identity hash was a permanent credential. After a supervisor revoked a lead's visitor
 * secrets, the same {userId, hash} reopened the conversation with its whole history; it never expired and did not
 * cover name, email or phone. Now the site's backend signs a short-lived identity token (HS256 with the tenant's
 * identity secret); revocation blocks the identity link until a token signed after it; the hash works only for a
 * tenant marked legacyIdentityHash, and never after a revocation.
 */
const SECRET = 'site-identity-secret-0123456789abcdef';
const OTHER_SECRET = 'another-sites-secret-0123456789abcdef';

async function hubWith(settings: { legacyIdentityHash?: boolean } = {}) {
  const clock = movableClock();
  const tenants = createTenantDirectory(
    loadTenants('config/tenants.json')
      .all()
      .map((tenant) => ({ ...tenant, identitySecret: SECRET, legacyIdentityHash: false, ...settings })),
  );
  const hub = await startHub({ tenants, now: clock.now });
  return { ...hub, clock };
}

interface TokenOptions {
  secret?: string;
  /** Seconds from the clock's now. */
  iatOffset?: number;
  lifetime?: number;
  issuer?: string;
  audience?: string;
  claims?: Record<string, unknown>;
}

/** What the site's backend does when it renders a page for a signed-in user. */
function identityToken(clock: { now: () => Date }, userId: string, options: TokenOptions = {}) {
  const iat = Math.floor(clock.now().getTime() / 1000) + (options.iatOffset ?? 0);
  return new SignJWT({ name: 'Ana Ruiz', phone: '909-555-0142', email: 'ana@example.com', ...options.claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(options.issuer ?? 'demo')
    .setAudience(options.audience ?? 'jorge-hub:identity')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.lifetime ?? 300))
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function leadOf(url: string, leadId: string) {
  const response = await fetch(`${url}/api/leads/${leadId}`, {
    headers: { authorization: `Bearer ${await staffToken(url, 'supervisor', 'sue')}` },
  });
  return ((await response.json()) as { lead: Record<string, unknown> }).lead;
}

async function revoke(url: string, leadId: string) {
  const response = await fetch(`${url}/api/leads/${leadId}/visitor-secrets/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await staffToken(url, 'supervisor', 'sue')}` },
  });
  expect(response.status).toBe(200);
}

/** A site user writes once, so the conversation has a history to steal. */
async function firstVisit(url: string, token: string) {
  const session = await openSession(url, { identityToken: token });
  expect(session.status).toBe(201);
  const widget = await connect(url, '/widget', session.token);
  expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'm-1', text: 'my gate code is 4411' }));
  widget.close();
  return session;
}

async function historyOf(url: string, token: string): Promise<string[]> {
  const widget = await connect(url, '/widget', token);
  const replay = expectOk(
    await emitAck<{ messages: { text: string }[] }>(widget, 'conversation:resume', { lastSeq: 0 }),
  );
  widget.close();
  return replay.messages.map((message) => message.text);
}

describe('site identity tokens (issue 33, finding 3)', () => {
  it('a fresh token reaches the same lead on any device and fills the lead from its signed claims', async () => {
    const { url, clock } = await hubWith();
    const laptop = await firstVisit(url, await identityToken(clock, 'site-user-42'));
    clock.advance(60_000);
    const phone = await openSession(url, { identityToken: await identityToken(clock, 'site-user-42') });
    expect(phone.leadId).toBe(laptop.leadId);
    expect(phone.visitorSecret).not.toBe(laptop.visitorSecret);
    expect(await historyOf(url, phone.token)).toContain('my gate code is 4411');
    expect(await leadOf(url, laptop.leadId)).toMatchObject({
      name: 'Ana Ruiz',
      phone: '909-555-0142',
      email: 'ana@example.com',
    });
    // The same user id in another tenant is another lead (its tokens name that tenant as issuer).
    const acme = await openSession(url, {
      tenantId: 'acme',
      identityToken: await identityToken(clock, 'site-user-42', { issuer: 'acme' }),
    });
    expect(acme.status).toBe(201);
    expect(acme.leadId).not.toBe(laptop.leadId);
  });

  it('refuses an expired token, and one that would live longer than ten minutes', async () => {
    const { url, clock } = await hubWith();
    const linked = await firstVisit(url, await identityToken(clock, 'site-user-7'));
    const token = await identityToken(clock, 'site-user-7');
    clock.advance(301_000 + 30_000); // past exp and the 30 s clock tolerance
    const expired = await openSession(url, { identityToken: token });
    expect(expired.status).toBe(201);
    expect(expired.leadId).not.toBe(linked.leadId);
    expect(await historyOf(url, expired.token)).toEqual([]);
    const longLived = await openSession(url, {
      identityToken: await identityToken(clock, 'site-user-7', { lifetime: 24 * 3600 }),
    });
    expect(longLived.leadId).not.toBe(linked.leadId);
    // A token signed in the future (a forged iat to outlive a revocation) is refused too.
    const future = await openSession(url, {
      identityToken: await identityToken(clock, 'site-user-7', { iatOffset: 3_600 }),
    });
    expect(future.leadId).not.toBe(linked.leadId);
  });

  it('refuses a token signed with another secret, for another audience or tenant, or with alg none', async () => {
    const { url, clock } = await hubWith();
    const linked = await firstVisit(url, await identityToken(clock, 'site-user-9'));
    const unsigned = (() => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const now = Math.floor(clock.now().getTime() / 1000);
      const claims = { sub: 'site-user-9', iss: 'demo', aud: 'jorge-hub:identity', iat: now, exp: now + 300 };
      return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    })();
    for (const token of [
      await identityToken(clock, 'site-user-9', { secret: OTHER_SECRET }),
      await identityToken(clock, 'site-user-9', { audience: 'jorge-hub' }),
      await identityToken(clock, 'site-user-9', { issuer: 'acme' }),
      unsigned,
      'not-a-token',
    ]) {
      const session = await openSession(url, { identityToken: token });
      expect(session.status).toBe(201);
      expect(session.leadId).not.toBe(linked.leadId);
      expect(await historyOf(url, session.token)).toEqual([]);
    }
  });

  it('refuses a token whose name or phone was changed (the signature covers them)', async () => {
    const { url, clock } = await hubWith();
    const token = await identityToken(clock, 'site-user-11');
    const [header, , signature] = token.split('.');
    const tamper = (change: Record<string, unknown>) =>
      `${header}.${Buffer.from(JSON.stringify({ ...decodeJwt(token), ...change })).toString('base64url')}.${signature}`;
    // First sight with a changed phone: no lead gets the attacker's number, and no link is made.
    const forged = await openSession(url, { identityToken: tamper({ phone: '213-555-0199' }) });
    expect(forged.status).toBe(201);
    expect((await leadOf(url, forged.leadId)).phone).toBeUndefined();
    const linked = await firstVisit(url, token);
    expect(linked.leadId).not.toBe(forged.leadId);
    expect((await leadOf(url, linked.leadId)).phone).toBe('909-555-0142');
    for (const change of [{ name: 'Mallory' }, { phone: '213-555-0199' }, { email: 'm@evil.test' }]) {
      const session = await openSession(url, { identityToken: tamper(change) });
      expect(session.leadId).not.toBe(linked.leadId);
    }
  });

  it('revocation blocks the identity link: the old token is refused, a token signed after it reaches the lead', async () => {
    const { url, clock } = await hubWith();
    const before = await identityToken(clock, 'site-user-12');
    const linked = await firstVisit(url, before);
    clock.advance(2_000);
    await revoke(url, linked.leadId);
    // Replayed within its lifetime, the token signed before the revocation no longer opens the lead.
    const replayed = await openSession(url, { identityToken: before });
    expect(replayed.leadId).not.toBe(linked.leadId);
    expect(await historyOf(url, replayed.token)).toEqual([]);
    // Nor does a still-valid visitor secret of the lead with it.
    const withSecret = await openSession(url, { identityToken: before, visitorSecret: linked.visitorSecret });
    expect(withSecret.leadId).not.toBe(linked.leadId);
    // The site signs the user in again: a fresh token continues the conversation.
    clock.advance(2_000);
    const fresh = await openSession(url, { identityToken: await identityToken(clock, 'site-user-12') });
    expect(fresh.leadId).toBe(linked.leadId);
    expect(await historyOf(url, fresh.token)).toContain('my gate code is 4411');
  });
});

describe('legacy identity hashes (issue 33, finding 3)', () => {
  it('are ignored unless the tenant is marked legacyIdentityHash', async () => {
    const { url } = await hubWith();
    const identity = { userId: 'site-user-1', hash: identityHash(SECRET, 'site-user-1') };
    const first = await openSession(url, { identity });
    const second = await openSession(url, { identity });
    expect(second.status).toBe(201);
    expect(second.leadId).not.toBe(first.leadId);
  });

  it('marked legacy: a hash reaches its lead until a revocation, and a replayed hash never after it', async () => {
    const { url, clock } = await hubWith({ legacyIdentityHash: true });
    const identity = { userId: 'site-user-2', hash: identityHash(SECRET, 'site-user-2') };
    const first = await openSession(url, { identity });
    const widget = await connect(url, '/widget', first.token);
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'm-1', text: 'my gate code is 4411' }));
    widget.close();
    expect((await openSession(url, { identity })).leadId).toBe(first.leadId);
    clock.advance(1_000);
    await revoke(url, first.leadId);
    clock.advance(60_000);
    const replayed = await openSession(url, { identity });
    expect(replayed.status).toBe(201);
    expect(replayed.leadId).not.toBe(first.leadId);
    expect(await historyOf(url, replayed.token)).toEqual([]);
    // The site moves to tokens: a token signed after the revocation reaches the lead.
    const fresh = await openSession(url, { identityToken: await identityToken(clock, 'site-user-2') });
    expect(fresh.leadId).toBe(first.leadId);
  });
});
