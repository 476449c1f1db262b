import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { identityWiring } from '../../src/identity/index.js';
import { createLogger } from '../../src/logger.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHub, type Hub } from '../../src/app.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { connect, emitAck, expectOk, JWT_SECRET, widgetToken } from '../helpers/hub.js';
import { startTestIssuer, type TestIssuer } from '../fakes/oidc-issuer.js';
import { describeInBrowser, DESKTOP, watchConsole } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { urlCarriesToken, watchUrls } from './sign-in.js';

/** Short access tokens, so the apps renew them within the test (they renew a minute before expiry). */
const ACCESS_TOKEN_TTL_S = 63;

describeInBrowser('OpenID Connect sign-in in Chromium against a real provider', (browser) => {
  let issuer: TestIssuer;
  let hub: { url: string; hub: Hub; store: Store };
  let hubUrl = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-oidc-'));
  const tokensSeen: string[] = [];

  beforeAll(async () => {
    await ensureClientBuilt();
    issuer = await startTestIssuer({
      redirectUris: () => [`${hubUrl}/auth/oidc/callback`],
      accounts: {
        maria: { email: 'maria@jorgesalas.test', name: 'Maria Lopez', groups: ['hub-supervisors'] },
        jorge: { email: 'Jorge@JorgeSalas.test', name: 'Jorge Salas', groups: ['hub-agents'] },
        eve: { email: 'eve@evil.test', name: 'Eve', groups: ['hub-supervisors'] },
      },
    });
    const store = createSqliteStore({ file: join(dataDir, 'hub.db') });
    const logger = createLogger(process.env.HUB_TEST_LOG ?? 'silent');
    const created = createHub({
      store,
      tenants: loadTenants('config/tenants.json'),
      logger,
      jwtSecret: JWT_SECRET,
      staticDir: clientDist,
      devTokensEnabled: false,
      identity: identityWiring({
        store,
        logger,
        secret: 'oidc-test-secret-0123456789',
        providers: [
          {
            id: 'default',
            label: 'Test IdP',
            tenantId: 'demo',
            issuer: issuer.issuer,
            clientId: issuer.clientId,
            clientSecret: issuer.clientSecret,
            scopes: 'openid email profile groups',
            allowedDomains: ['jorgesalas.test'],
            allowedGroups: [],
            groupsClaim: 'groups',
            adminGroups: ['hub-admins'],
            supervisorGroups: ['hub-supervisors'],
          },
        ],
        session: { accessTokenTtlS: ACCESS_TOKEN_TTL_S, sessionTtlS: 3_600 },
      }),
    });
    const port = await created.listen(0, '127.0.0.1');
    hub = { url: `http://127.0.0.1:${port}`, hub: created, store };
    hubUrl = hub.url;
  }, 120_000);
  afterAll(async () => {
    await hub?.hub.close({ graceMs: 1_000 });
    await hub?.store.close();
    await issuer?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Records every access token the hub hands to the page. */
  function recordTokens(page: Page) {
    page.on('response', (response) => {
      if (!response.url().endsWith('/auth/session/token')) return;
      void response
        .json()
        .then((body: { token?: string | null }) => body.token && tokensSeen.push(body.token))
        .catch(() => undefined);
    });
  }

  async function signInAtProvider(page: Page, login: string) {
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('signs a supervisor in, shows the live board, renews the token silently, and signs out', async () => {
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(lead, 'message:send', {
        clientMsgId: 'm1',
        text: 'Hi there',
      }),
    );

    const context = await browser().newContext({ viewport: DESKTOP });
    const console = watchConsole(context, 'supervisor');
    const page = await context.newPage();
    const urls = watchUrls(page);
    recordTokens(page);

    await page.goto(`${hub.url}/supervisor/`);
    // The provider's own development pages load a web font and have no favicon: not the hub's errors.
    await console.tolerate(/Failed to load resource/, () => signInAtProvider(page, 'maria'));
    await page.getByText('Maria Lopez').first().waitFor();
    await page.locator('#connection', { hasText: 'Live' }).waitFor();
    await page.locator(`tr[data-conversation="${sent.conversationId}"]`).waitFor();
    expect(new URL(page.url()).pathname).toBe('/supervisor/');
    expect(new URL(page.url()).search).toBe('');

    // The session cookie: HttpOnly (no page script sees it), SameSite=Strict, not Secure on plain http.
    const session = (await context.cookies(hub.url)).filter((cookie) => cookie.name === 'jorge_session');
    expect(session).toHaveLength(1);
    expect(session[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('jorge_session');

    const member = await hub.store.getStaffMember('demo', 'maria');
    expect(member).toMatchObject({ role: 'supervisor', name: 'Maria Lopez', email: 'maria@jorgesalas.test' });
    expect(member?.lastSignInAt).toBeTruthy();

    // Silent renewal: a fresh token arrives before the first one expires, and the board stays live.
    await expect.poll(() => new Set(tokensSeen).size, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.locator('#connection', { hasText: 'Live' }).waitFor();
    await page.reload();
    await page.locator('#connection', { hasText: 'Live' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).waitFor();
    const afterSignOut = await page.evaluate(async () => {
      const response = await fetch('/auth/session/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return (await response.json()) as { token: string | null };
    });
    expect(afterSignOut.token).toBeNull();

    expect(urls.length).toBeGreaterThan(8);
    expect(urls.some((url) => url.startsWith(issuer.issuer))).toBe(true);
    expect(urls.filter((url) => urlCarriesToken(url, tokensSeen))).toEqual([]);
    expect(console.errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('signs an agent in to the console with the agent role (domain matched case-insensitively)', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const urls = watchUrls(page);
    recordTokens(page);
    await page.goto(`${hub.url}/agent/`);
    await signInAtProvider(page, 'jorge');
    await page.locator('#connection', { hasText: 'Live' }).waitFor();
    await page.getByText('Jorge Salas (jorge)').waitFor();
    expect(await hub.store.getStaffMember('demo', 'jorge')).toMatchObject({ role: 'agent' });
    // An agent's token does not open the supervisor app: the sign-in screen says which app it is for.
    await page.goto(`${hub.url}/supervisor/`);
    await page.getByText(/This sign-in is for the agent console .*agent role/).waitFor();
    expect(urls.filter((url) => urlCarriesToken(url, tokensSeen))).toEqual([]);
    await context.close();
  }, 90_000);

  it('refuses a user from another email domain: no session, the reason on the sign-in screen', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const urls = watchUrls(page);
    await page.goto(`${hub.url}/agent/`);
    await signInAtProvider(page, 'eve');
    await page.getByText(/Sign-in refused/).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await hub.store.getStaffMember('demo', 'eve')).toBeNull();
    const cookies = await context.cookies(hub.url);
    expect(cookies.map((cookie) => cookie.name)).not.toContain('jorge_session');
    expect(urls.filter((url) => urlCarriesToken(url, tokensSeen))).toEqual([]);
    await context.close();
  }, 90_000);
});
