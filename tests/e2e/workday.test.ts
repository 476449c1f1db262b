import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectAgent, staffToken, startHub, type TestHub } from '../sdk/helpers.js';
import { describeInBrowser, DESKTOP, watchedPages, MOBILE, screenshot } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

const DAY_MS = 180_000;

/**
 * Instruments the page before any script runs: a Notification that is already allowed and records every
 * notification shown, and an AudioContext whose oscillators record every tone started (the chime).
 */
const INSTRUMENT = `
  window.__notifications = [];
  window.__tones = 0;
  class RecordingNotification {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options) { window.__notifications.push({ title, body: options && options.body }); }
    close() {}
  }
  window.Notification = RecordingNotification;
  const RealAudioContext = window.AudioContext;
  window.AudioContext = class extends RealAudioContext {
    createOscillator() {
      const tone = super.createOscillator();
      const start = tone.start.bind(tone);
      tone.start = (...args) => { window.__tones += 1; return start(...args); };
      return tone;
    }
  };
`;

describeInBrowser("a team's working day in the three apps", (browser) => {
  let hub: TestHub;
  const pages = watchedPages(browser);
  const newPage = async (name: string, init?: string) => (await pages.open(name, init ? { init } : {})).page;
  const stat = (page: Page, key: string) => page.locator(`[data-stat="${key}"]`).textContent();

  beforeAll(async () => {
    await ensureClientBuilt();
    hub = await startHub({ staticDir: clientDist }, { register: false });
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it(
    'lead gives name and phone, hand-off rings the agent, claim, canned reply, close, reopen, search, barge',
    async () => {
      const agent = await newPage('agent', INSTRUMENT);
      await signInWithToken(
        agent,
        `${hub.url}/agent/`,
        await staffToken(hub, 'agent', 'jorge', 'Jorge Salas'),
      );
      await agent.getByText('Live', { exact: true }).waitFor();
      const supervisor = await newPage('supervisor');
      await signInWithToken(
        supervisor,
        `${hub.url}/supervisor/`,
        await staffToken(hub, 'supervisor', 'maria', 'Maria Lopez'),
      );
      await expect.poll(() => stat(supervisor, 'agents'), { timeout: 30_000 }).toBe('1');
      expect(await stat(supervisor, 'waiting')).toBe('0');

      // The lead: greeted at once, gives a name and a phone number, then asks for a person.
      const lead = await newPage('lead');
      await lead.goto(`${hub.url}/demo/`);
      await lead.getByRole('button', { name: 'Ask about this home' }).click();
      await lead
        .locator('.greeting')
        .getByText(/I'm the assistant for Jorge Salas Real Estate/)
        .waitFor();
      const input = lead.getByLabel('Your message');
      await input.fill("Hi, I'm Maria Gonzalez, my phone is 909-555-0142. Does it have a pool?");
      await input.press('Enter');
      await lead.locator('.log .msg.bot .body').first().waitFor();
      await expect.poll(() => stat(supervisor, 'live'), { timeout: 30_000 }).toBe('1');
      await supervisor.locator('.board').getByText('Maria Gonzalez').waitFor();
      await input.fill('Can I talk to a real person?');
      await input.press('Enter');
      await lead.getByText('Connecting you with a team member…').waitFor();
      await lead.getByText(/A team member will reply to you here/).waitFor();

      // The agent is alerted: desktop notification, chime, banner, tab badge; the supervisor strip counts it.
      await expect
        .poll(() =>
          agent.evaluate(() => (window as unknown as { __notifications: unknown[] }).__notifications.length),
        )
        .toBeGreaterThanOrEqual(1);
      const [notification] = await agent.evaluate(
        () => (window as unknown as { __notifications: { title: string }[] }).__notifications,
      );
      expect(notification!.title).toMatch(/hand-off: Maria Gonzalez/);
      expect(await agent.evaluate(() => (window as unknown as { __tones: number }).__tones)).toBeGreaterThan(
        0,
      );
      await agent
        .locator('.alert-banner')
        .getByText(/Maria Gonzalez/)
        .waitFor();
      await expect.poll(() => agent.title()).toMatch(/^\(\d+\) /);
      await expect.poll(() => stat(supervisor, 'waiting'), { timeout: 30_000 }).toBe('1');

      // Claim from the alert, reply with a canned reply (the lead's first name filled in).
      await agent.locator('.alert-banner').getByRole('button', { name: 'Open' }).click();
      await agent.locator('.profile').getByText('(909) 555-0142').waitFor();
      await agent.getByRole('button', { name: 'Claim' }).click();
      await agent.getByRole('button', { name: 'Release to bot' }).waitFor();
      await expect.poll(() => stat(supervisor, 'waiting'), { timeout: 30_000 }).toBe('0');
      await agent.getByLabel('Canned replies').selectOption({ label: 'Book a showing' });
      await expect(agent.locator('#reply-input').inputValue()).resolves.toMatch(/show you the home, Maria\./);
      await agent.locator('#reply-input').press('Enter');
      await lead
        .locator('.log .msg.agent')
        .getByText(/show you the home, Maria/)
        .waitFor();
      await screenshot(agent, 'workday-agent-desktop');
      await agent.setViewportSize(MOBILE);
      await screenshot(agent, 'workday-agent-mobile');
      await agent.setViewportSize(DESKTOP);

      // Close with an outcome: it leaves the inbox and the live board.
      await agent.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Appointment set' });
      await agent.getByRole('button', { name: 'Close', exact: true }).click();
      const inboxItem = agent.locator('.inbox ul[aria-label="Conversations"] button[data-conversation]');
      await expect.poll(() => inboxItem.count()).toBe(0);
      await expect.poll(() => stat(supervisor, 'live'), { timeout: 30_000 }).toBe('0');

      // The lead writes again: the conversation reopens with Jorge, on the board and in his inbox.
      await input.fill('One more thing, is the garage big enough for two cars?');
      await input.press('Enter');
      await expect.poll(() => inboxItem.count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => stat(supervisor, 'live'), { timeout: 30_000 }).toBe('1');

      // History: found by a word of the transcript and by the lead's name.
      await agent.getByRole('button', { name: 'History' }).click();
      const results = agent.locator('.history button[data-history-conversation]');
      await agent.getByRole('searchbox', { name: 'Search conversations' }).fill('garage');
      await agent.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => results.count()).toBe(1);
      await expect(results.first().textContent()).resolves.toContain('Maria Gonzalez');
      await agent.getByRole('searchbox', { name: 'Search conversations' }).fill('gonzalez');
      await agent.getByRole('button', { name: 'Search', exact: true }).click();
      await agent.getByRole('status').getByText('1–1 of 1').waitFor();
      await agent.getByRole('searchbox', { name: 'Search conversations' }).fill('helicopter');
      await agent.getByRole('button', { name: 'Search', exact: true }).click();
      await agent.getByText('No conversations match.').waitFor();
      await screenshot(agent, 'workday-history-desktop');

      // The supervisor barges in and replies from the dashboard.
      const row = supervisor.locator('tr[data-conversation]');
      await row.getByRole('button', { name: /Monitor/ }).click();
      await supervisor.getByRole('button', { name: 'Barge in' }).click();
      const reply = supervisor.locator('#supervisor-reply');
      await reply.waitFor();
      await reply.fill('Maria Lopez here, the garage fits two cars.');
      await reply.press('Enter');
      await lead.locator('.log .msg.supervisor').getByText('the garage fits two cars').waitFor();
      await screenshot(supervisor, 'workday-supervisor-desktop');
      await supervisor.setViewportSize(MOBILE);
      await screenshot(supervisor, 'workday-supervisor-mobile');
      await screenshot(lead, 'workday-widget-desktop');
      await lead.setViewportSize(MOBILE);
      await screenshot(lead, 'workday-widget-mobile');
    },
    DAY_MS,
  );

  it(
    'the widget speaks Spanish when the lead does, and the seller page starts the seller assistant',
    async () => {
      const lead = await newPage('lead-es');
      await lead.goto(`${hub.url}/demo/seller/`);
      await lead.getByRole('button', { name: "What's my home worth?" }).click();
      await lead
        .locator('.greeting')
        .getByText(/Thinking of selling/)
        .waitFor();
      const input = lead.getByLabel('Your message');
      await input.fill('Hola, quiero vender mi casa en Alta Loma');
      await input.press('Enter');
      await lead.getByLabel('Tu mensaje').waitFor();
      await expect(lead.getByLabel('Tu mensaje').getAttribute('placeholder')).resolves.toBe(
        'Escribe tu mensaje…',
      );
      await lead.getByRole('button', { name: 'Enviar mensaje' }).waitFor();
      await lead.locator('.log .msg.bot .body').first().waitFor();

      // A person joining is told in the widget's language (the stored notice is the staff's English).
      const [started] = await hub.store.listConversations('demo', { limit: 1 });
      const agent = await connectAgent(hub, 'ana', 'Ana Ruiz');
      await agent.join(started!.id);
      await agent.claim(started!.id);
      await lead.locator('.log .msg.system').getByText('Ana Ruiz se unió a la conversación').waitFor();
      await expect(lead.getByText('Ana Ruiz joined the conversation').count()).resolves.toBe(0);
      await screenshot(lead, 'seller-widget-desktop');
      await lead.setViewportSize(MOBILE);
      await screenshot(lead, 'seller-widget-mobile');
    },
    DAY_MS,
  );
});
