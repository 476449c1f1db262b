import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { connect, emitAck, expectOk, staffToken, startHub, type TestHub } from '../helpers/hub.js';
import { expectNothingWithin } from '../helpers/waits.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';

const TEST_MS = 180_000;
/** axe-core's source, run in the page through the DevTools protocol (the apps' CSP refuses injected scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ALL_TIME = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

/** Serious and critical axe violations (WCAG 2.1 A and AA rules) on the page (as in day-one.test.ts). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`(() => { ${AXE_SOURCE}\n; window.axe = axe; })()`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] };
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
  });
}

/** The lead on the demo listing page writes `text` and waits for the bot's first answer. */
async function leadWrites(page: Page, hub: TestHub, text: string, launcher = 'Ask about this home') {
  await page.goto(`${hub.url}/demo/`);
  await page.getByRole('button', { name: launcher }).click();
  const input = page.locator('#jh-input');
  await input.fill(text);
  await input.press('Enter');
  await page.locator('.log .msg.bot .body').first().waitFor();
  return input;
}

/** An agent claims the lead's newest conversation and closes it (over a real socket). */
async function claimAndClose(hub: TestHub, conversationId: string) {
  const agent = await connect(
    hub.url,
    '/agent',
    await staffToken(hub.url, 'agent', 'jorge', 'demo', 'Jorge'),
  );
  expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
  expectOk(
    await emitAck(agent, 'message:send', {
      conversationId,
      clientMsgId: 'c1',
      text: 'Gracias, te llamo hoy.',
    }),
  );
  expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'qualified' }));
  agent.disconnect();
}

const newestConversation = async (hub: TestHub) =>
  (await hub.store.listConversations('demo', { limit: 1 }))[0]!.id;

describeInBrowser('the widget asks the lead for a rating', (browser) => {
  const watched = watchedPages(browser);
  // Each test's pages close before its hub stops (a page left open would log its reconnects into the next test).
  const open: Page[] = [];
  const pages = {
    async open(name: string) {
      const opened = await watched.open(name);
      open.push(opened.page);
      return opened;
    },
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.context().close()));
  });

  it(
    'after a close, in the lead’s language (Spanish): stars and a comment, kept once',
    async () => {
      await ensureClientBuilt();
      const hub = await startHub({ staticDir: clientDist, satisfactionQuietMs: 0 });
      const { page: lead } = await pages.open('lead');
      await leadWrites(lead, hub, 'Hola, quiero comprar una casa con tres recámaras');
      const conversationId = await newestConversation(hub);
      await claimAndClose(hub, conversationId);

      const card = lead.locator('.rating-card');
      await card.getByText('¿Qué tal fue tu conversación con nosotros?').waitFor();
      const send = card.getByRole('button', { name: 'Enviar valoración' });
      await expect(send.isDisabled()).resolves.toBe(true);
      await screenshot(lead, 'satisfaction-widget-desktop');
      await lead.setViewportSize(MOBILE);
      await card.scrollIntoViewIfNeeded();
      await screenshot(lead, 'satisfaction-widget-mobile');
      for (const viewport of [MOBILE, DESKTOP]) {
        await lead.setViewportSize(viewport);
        expect({ width: viewport.width, violations: await axeViolations(lead) }).toEqual({
          width: viewport.width,
          violations: [],
        });
      }

      // Keyboard and pointer alike: the stars are a radio group with spoken names.
      await card.getByLabel('4 estrellas').check({ force: true });
      await expect(card.locator('.star.on').count()).resolves.toBe(4);
      await card.getByLabel('¿Quieres añadir algo? (opcional)').fill('Jorge fue muy amable');
      await send.click();
      await card.getByText('¡Gracias por tu opinión!').waitFor();
      await lead.setViewportSize(MOBILE);
      await screenshot(lead, 'satisfaction-widget-thanks-mobile');
      await lead.setViewportSize(DESKTOP);

      const kept = await hub.store.leadEvents('demo', {
        ...ALL_TIME,
        types: ['satisfaction_given'],
        conversationId,
      });
      expect(kept.map((stored) => stored.event)).toEqual([
        expect.objectContaining({ rating: 4, agentId: 'jorge' }),
      ]);
      const lines = await hub.store.lastMessages('demo', conversationId, 10);
      expect(lines.find((line) => line.meta?.event === 'satisfaction')).toMatchObject({
        visibility: 'staff',
        text: 'Lead satisfaction: 4/5 — “Jorge fue muy amable”',
      });
      // Once per conversation: the lead's page does not ask again after a reload.
      await lead.reload();
      await lead.locator('.launcher, .panel').first().waitFor({ state: 'attached' });
      await expect(lead.locator('.rating-card').count()).resolves.toBe(0);
    },
    TEST_MS,
  );

  it(
    'after the quiet period (English); "No thanks" puts it away and keeps nothing; never after an opt-out',
    async () => {
      await ensureClientBuilt();
      const hub = await startHub({ staticDir: clientDist, satisfactionQuietMs: 1_000 });
      const { page: lead } = await pages.open('quiet lead');
      await leadWrites(lead, hub, 'Hi, I would like to buy a home, what is the price?');
      const card = lead.locator('.rating-card');
      await card.getByText('How was your conversation with us?').waitFor({ timeout: 15_000 });
      await screenshot(lead, 'satisfaction-widget-quiet-desktop');
      await card.getByRole('button', { name: 'No thanks' }).click();
      await expect(lead.locator('.rating-card').count()).resolves.toBe(0);
      const conversationId = await newestConversation(hub);
      await expect(
        hub.store.leadEvents('demo', { ...ALL_TIME, types: ['satisfaction_given'], conversationId }),
      ).resolves.toEqual([]);

      // Another lead opts out right after the bot's answer: the quiet period passes, nothing is asked.
      const { page: other } = await pages.open('opted-out lead');
      const input = await leadWrites(other, hub, 'Hi, I am looking for a home to buy');
      await input.fill('STOP');
      await input.press('Enter');
      const stopped = await newestConversation(hub);
      await expect
        .poll(async () => (await hub.store.getConversation('demo', stopped))?.status)
        .toBe('opted_out');
      // Nothing is asked through the quiet period and past it: an absence, checked all through a named window.
      await expectNothingWithin(
        3_500,
        () => expect(other.locator('.rating-card').count()).resolves.toBe(0),
        250,
      );
      // The bot's opt-out confirmation is the last word: without the opt-out, this would have been a quiet ask.
      await expect(other.locator('.log .msg.bot').last().textContent()).resolves.toBeTruthy();
    },
    TEST_MS,
  );
});
