import { beforeAll, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import { JWT_SECRET, startHub } from '../helpers/hub.js';
import { describeInBrowser, DESKTOP, watchConsole } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken, urlCarriesToken, watchUrls } from './sign-in.js';

describeInBrowser('staff sign-in screen (production: no dev tokens)', (browser) => {
  beforeAll(async () => {
    await ensureClientBuilt();
  }, 120_000);

  it('a pasted operator token signs a supervisor in; sign-out returns to the sign-in screen; no token in any URL', async () => {
    const hub = await startHub({ staticDir: clientDist, devTokensEnabled: false });
    const token = await createTokenService(JWT_SECRET, 60).signStaff(
      { tenantId: 'demo', role: 'supervisor', userId: 'maria', name: 'Maria Lopez' },
      600,
    );
    const context = await browser().newContext({ viewport: DESKTOP });
    const console = watchConsole(context, 'supervisor');
    const page = await context.newPage();
    const urls = watchUrls(page);

    await page.goto(`${hub.url}/supervisor/`);
    await page.getByLabel('Staff token').waitFor();
    expect(await page.getByRole('form', { name: 'Development sign-in' }).count()).toBe(0);
    await page.getByLabel('Staff token').fill('not-a-token');
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText('That is not a staff token.').waitFor();
    // An agent's token is for the agent console: the sign-in screen says so, nothing is half signed in.
    const agentToken = await createTokenService(JWT_SECRET, 60).signStaff(
      { tenantId: 'demo', role: 'agent', userId: 'jorge', name: 'Jorge Salas' },
      600,
    );
    await page.getByLabel('Staff token').fill(agentToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText(/This token is for the agent console/).waitFor();
    expect(await page.locator('#sign-out').count()).toBe(0);

    await signInWithToken(page, `${hub.url}/supervisor/`, token);
    await page.getByText('Maria Lopez (maria)').waitFor();
    await page.locator('#connection', { hasText: 'Live' }).waitFor();
    // A reload keeps the tab signed in (session storage), still without a token in the URL.
    await page.reload();
    await page.locator('#connection', { hasText: 'Live' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => urlCarriesToken(url, [token]))).toEqual([]);
    expect(console.errors).toEqual([]);
    await context.close();
  }, 90_000);
});
