import { afterAll, beforeAll, expect, it } from 'vitest';
import { staffToken, startHub, type TestHub } from '../sdk/helpers.js';
import { describeInBrowser, watchedPages, screenshot } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

describeInBrowser('who the lead is, in the apps', (browser) => {
  let hub: TestHub;
  const pages = watchedPages(browser);
  const newPage = async (name: string) => (await pages.open(name)).page;

  beforeAll(async () => {
    await ensureClientBuilt();
    hub = await startHub({ staticDir: clientDist }, { register: false });
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('the bot asks at the hand-off with the consent line, the lead gives name and phone, the console shows the name', async () => {
    const agent = await newPage('agent');
    await signInWithToken(agent, `${hub.url}/agent/`, await staffToken(hub, 'agent', 'jorge', 'Jorge Salas'));
    await agent.getByText('Live', { exact: true }).waitFor();
    // The top bar's Sign out button is readable (it was white text on a white button).
    const signOut = agent.locator('.topbar .sign-out');
    const colours = await signOut.evaluate((button) => {
      const style = getComputedStyle(button);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(colours.background).not.toBe(colours.color);
    expect(colours.background).not.toBe('rgb(255, 255, 255)');

    const lead = await newPage('lead');
    await lead.goto(`${hub.url}/demo/`);
    await lead.getByRole('button', { name: 'Ask about this home' }).click();
    const input = lead.getByLabel('Your message');
    await input.fill('Hi, is this one still available?');
    await input.press('Enter');
    await lead.locator('.log .msg.bot .body').first().waitFor();
    await input.fill('Can I talk to a real person?');
    await input.press('Enter');
    await lead
      .getByText(/By sharing your number you agree to receive texts from Jorge Salas's team/)
      .waitFor();
    await input.fill('Maria Lopez, 909 555 0142');
    await input.press('Enter');

    const item = agent.locator('.inbox ul[aria-label="Conversations"] button[data-conversation]');
    await expect.poll(() => item.first().textContent(), { timeout: 30_000 }).toContain('Maria Lopez');
    await item.first().click();
    await agent.locator('.profile').getByText('(909) 555-0142').waitFor();
    await screenshot(agent, 'lead-identity-agent-desktop');
  }, 180_000);
});
