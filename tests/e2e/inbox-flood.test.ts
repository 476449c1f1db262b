import { beforeAll, expect, it } from 'vitest';
import { connect, emitAck, startHub, widgetToken } from '../helpers/hub.js';
import { expectNothingWithin } from '../helpers/waits.js';
import { describeInBrowser, DESKTOP } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';

/**
 * A second black-box attack: anonymous visitors asking for a person fill every agent's inbox, and a console that
 * joined its whole inbox at once passed the hub's per-connection limits (8 in flight, 100 events per 10 s) and was
 * cut at every sign-in. Here with the production limits and 240 waiting hand-offs (past 200, the console took 100 refusals in a row).
 */
describeInBrowser('agent console with a flooded inbox', (browser) => {
  beforeAll(async () => {
    await ensureClientBuilt();
  }, 120_000);

  it('signs in and stays live with 240 waiting hand-offs, within the production per-connection limits', async () => {
    const hub = await startHub({
      staticDir: clientDist,
      security: { socketEventsPer10s: 100, socketMaxInFlight: 8 },
    });
    for (let batch = 0; batch < 240; batch += 15) {
      await Promise.all(
        Array.from({ length: 15 }, async (_, i) => {
          const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
          const ack = await emitAck(widget, 'message:send', {
            clientMsgId: `flood-${batch + i}`,
            text: 'Can I talk to a real person?',
          });
          expect(ack.ok).toBe(true);
          widget.close();
        }),
      );
    }
    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${hub.url}/agent/`);
    await page.getByLabel('User id').fill('jorge');
    await page.getByLabel('Display name').fill('Jorge Salas');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Live', { exact: true }).waitFor({ timeout: 20_000 });
    // The inbox fills and the console stays connected while it joins what it watches (about 6 joins a second).
    await expect
      .poll(() => page.locator('.inbox button[data-conversation]').count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(100);
    // It stays connected: an absence, checked all through a named window (see helpers/waits.ts).
    await expectNothingWithin(
      8_000,
      async () => {
        expect(await page.getByText('Live', { exact: true }).count()).toBe(1);
        expect(await page.getByText('Could not connect').count()).toBe(0);
      },
      250,
    );
    await context.close();
  }, 180_000);
});
