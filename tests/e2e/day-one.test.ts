import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  connectAgent,
  connectSupervisor,
  connectWidget,
  staffToken,
  startHub,
  waitFor,
  type TestHub,
} from '../sdk/helpers.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

const TEST_MS = 180_000;
/** axe-core's source, run in the page through the DevTools protocol (the apps' CSP refuses injected scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BAD_EN =
  "It's a safe neighborhood, great for families like yours. I can cut my commission if you sign this week.";
const BAD_ES =
  'Es un barrio seguro, ideal para familias como la suya. Puedo rebajar mi comisión si firma hoy.';

/** Serious and critical axe violations (WCAG 2.1 A and AA rules) on the page, shadow roots included. */
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

describeInBrowser("a team's first day: compliance warnings and the day-one fixes", (browser) => {
  let hub: TestHub;
  const pages = watchedPages(browser);
  let agent: Page;
  let supervisor: Page;
  let lead: Page;
  let english = '';
  let spanish = '';
  const stat = (page: Page, key: string) => page.locator(`[data-stat="${key}"]`).textContent();
  const open = async (title: string) => {
    await agent.locator('.inbox button[data-conversation]', { hasText: title }).click();
    await agent.locator('#conversation-title', { hasText: title }).waitFor();
  };

  beforeAll(async () => {
    await ensureClientBuilt();
    hub = await startHub({ staticDir: clientDist }, { register: false });
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it(
    'warns the agent before a Fair Housing or commission message is sent, in English and Spanish, and shows every warning on the board',
    async () => {
      ({ page: agent } = await pages.open('agent'));
      await signInWithToken(
        agent,
        `${hub.url}/agent/`,
        await staffToken(hub, 'agent', 'jorge', 'Jorge Salas'),
      );
      ({ page: supervisor } = await pages.open('supervisor'));
      await signInWithToken(
        supervisor,
        `${hub.url}/supervisor/`,
        await staffToken(hub, 'supervisor', 'maria', 'Maria Lopez'),
      );

      // Two leads, one writing in English and one in Spanish; Jorge owns both.
      ({ page: lead } = await pages.open('lead'));
      await lead.goto(`${hub.url}/demo/`);
      await lead.getByRole('button', { name: 'Ask about this home' }).click();
      const input = lead.getByLabel('Your message');
      await input.fill("Hi, I'm Ana Smith, my phone is 909-555-0188 and my email is ana.smith@example.com");
      await input.press('Enter');
      await lead.locator('.log .msg.bot .body').first().waitFor();
      const es = await connectWidget(hub);
      await es.send('Hola, soy Lucía Pérez, quiero comprar una casa en Etiwanda con tres recámaras');
      await waitFor(() => es.messages().some((message) => message.author.type === 'bot'));
      const [first, second] = await hub.store.listConversations('demo', { oldestFirst: true, limit: 2 });
      english = first!.id;
      spanish = second!.id;
      const jorge = await connectAgent(hub, 'jorge', 'Jorge Salas');
      await jorge.claim(english);
      await jorge.claim(spanish);

      // English: the header says the lead's language, the canned replies are the English ones.
      await open('Ana Smith');
      await agent.getByText('Lead writes in English').waitFor();
      const cannedTitles = () =>
        agent.locator('#canned-reply option').evaluateAll((options) => options.map((o) => o.textContent));
      await expect(cannedTitles()).resolves.toEqual([
        'Canned replies…',
        'Intro',
        'Book a showing',
        'Lender intro',
        'Follow up later',
      ]);
      const reply = agent.locator('#reply-input');
      await reply.fill(BAD_EN);
      await reply.press('Enter');
      const warning = agent.locator('.compliance-warning');
      await warning.getByText('Before you send: this message breaks a compliance rule').waitFor();
      await warning.locator('li[data-rule="fair_housing"]').getByText('Fair Housing:').waitFor();
      await warning.locator('li[data-rule="commission"]').getByText('Commission:').waitFor();
      await expect(warning.locator('.suggestion').textContent()).resolves.toMatch(/public sources/);
      await expect(reply.inputValue()).resolves.toBe(BAD_EN); // the text is back in the box, not lost
      await expect(agent.locator('#error').isHidden()).resolves.toBe(true); // a warning, not an error banner
      await screenshot(agent, 'day-one-warning-agent-desktop');
      await agent.setViewportSize(MOBILE);
      await screenshot(agent, 'day-one-warning-agent-mobile');
      await agent.setViewportSize(DESKTOP);
      // Nothing reached the lead; the board shows the warning at once.
      await supervisor.locator('.warnings-list li[data-outcome="warned"]').getByText('Jorge Salas').waitFor();
      expect(await lead.getByText('families like yours').count()).toBe(0);

      // "Send anyway" (the tenant's confirm mode) sends it as written; the board says so and flags the row.
      await warning.getByRole('button', { name: 'Send anyway' }).click();
      await lead.locator('.log .msg.agent').getByText('families like yours').waitFor();
      await supervisor.locator('.warnings-list li[data-outcome="sent"]').waitFor();
      await supervisor
        .locator(`tr[data-conversation="${english}"]`)
        .getByText('Agent warned: Jorge Salas')
        .waitFor();

      // Spanish: header, canned replies and the warning in Spanish; the suggestion is used and sent.
      await open('Lucía Pérez');
      await agent.getByText('Lead writes in Spanish').waitFor();
      await expect(cannedTitles()).resolves.toEqual([
        'Respuestas rápidas…',
        'Presentación',
        'Agendar una visita',
        'Presentar un prestamista',
        'Seguimiento',
      ]);
      await reply.fill(BAD_ES);
      await reply.press('Enter');
      await warning.getByText('Antes de enviar: el mensaje rompe una regla').waitFor();
      await warning.getByText('Vivienda Justa (Fair Housing)').waitFor();
      await warning.getByText('Comisión:').waitFor();
      await warning.getByRole('button', { name: 'Usar la sugerencia' }).click();
      await expect(reply.inputValue()).resolves.toMatch(/fuentes públicas/);
      await reply.press('Enter');
      await waitFor(() => es.messages().some((message) => /fuentes públicas/.test(message.text)));
      await expect.poll(() => supervisor.locator('.warnings-list li').count()).toBe(3);
      await supervisor
        .locator('.warnings-list li')
        .first()
        .getByText(/Spanish/)
        .waitFor();
      await screenshot(supervisor, 'day-one-warnings-supervisor-desktop');
      await supervisor.setViewportSize(MOBILE);
      await supervisor.locator('.warnings').scrollIntoViewIfNeeded();
      await screenshot(supervisor, 'day-one-warnings-supervisor-mobile');
      await supervisor.setViewportSize(DESKTOP);
    },
    TEST_MS,
  );

  it(
    'day one: contact search, readable system lines, snoozed marker, roster, no preset close, barge "took over", phone layout',
    async () => {
      // Search by the lead's email and phone number (the keyed lookup), from the History tab.
      await agent.getByRole('button', { name: 'History' }).click();
      const search = agent.getByRole('searchbox', { name: 'Search conversations' });
      const results = agent.locator('.history button[data-history-conversation]');
      for (const text of ['ana.smith@example.com', '(909) 555-0188']) {
        await search.fill(text);
        await agent.getByRole('button', { name: 'Search', exact: true }).click();
        await expect.poll(() => results.count()).toBe(1);
        await expect(results.first().textContent()).resolves.toContain('Ana Smith');
      }
      await agent.getByRole('button', { name: 'Inbox' }).click();

      // The roster: both members, presence, load and state.
      const jorgeRow = supervisor.locator('.roster-table tr[data-member="jorge"]');
      await jorgeRow.getByText('Online').waitFor();
      await jorgeRow.getByText('2 conversations').waitFor();
      await jorgeRow.getByText('Available').waitFor();

      // Snooze: the system line reads in the viewer's time, the board marks the row.
      await open('Ana Smith');
      await agent.getByLabel('Snooze', { exact: true }).selectOption({ value: '1h' });
      const snoozeLine = agent.locator('.transcript li.system', { hasText: 'Snoozed by Jorge Salas until' });
      await snoozeLine.waitFor();
      const lineText = (await snoozeLine.textContent())!;
      expect(lineText).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
      expect(lineText).toMatch(/until \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2}\s?[AP]M/);
      await supervisor
        .locator(`tr[data-conversation="${english}"]`)
        .getByText(/Snoozed until/)
        .waitFor();
      await screenshot(supervisor, 'day-one-board-desktop');

      // The close menu has no preset: Close waits for an outcome.
      const outcome = agent.getByLabel('Outcome', { exact: true });
      await expect(outcome.inputValue()).resolves.toBe('');
      await expect(agent.getByRole('button', { name: 'Close', exact: true }).isDisabled()).resolves.toBe(
        true,
      );

      // Closing with a chosen outcome: "Release to bot" is not offered on the closed conversation.
      await outcome.selectOption({ label: 'Not a fit' });
      await agent.getByRole('button', { name: 'Close', exact: true }).click();
      await agent
        .locator('.pane-head')
        .getByText(/Closed/)
        .waitFor();
      await expect(agent.getByRole('button', { name: 'Release to bot' }).isHidden()).resolves.toBe(true);
      await agent.locator('.transcript li.system', { hasText: 'Closed by Jorge Salas: Not a fit' }).waitFor();

      // A stale error, then a barge: "Maria Lopez took over", the banner clears, no Claim that can only fail.
      await open('Lucía Pérez');
      await agent.locator('#reply-input').fill('x'.repeat(4_001));
      await agent.locator('#reply-input').press('Enter');
      const banner = agent.locator('#error');
      await banner.getByText(/TEXT_TOO_LONG/).waitFor();
      await agent.locator('#reply-input').fill('');
      const maria = await connectSupervisor(hub, 'maria', 'Maria Lopez');
      await maria.barge(spanish);
      await agent.locator('.pane-notice').getByText('Maria Lopez took over').waitFor();
      await expect.poll(() => banner.isHidden()).toBe(true);
      await expect(agent.getByRole('button', { name: 'Claim' }).isHidden()).resolves.toBe(true);
      await expect(agent.getByRole('button', { name: 'Release to bot' }).isHidden()).resolves.toBe(true);
      await expect(agent.getByLabel('Snooze', { exact: true }).isDisabled()).resolves.toBe(true);
      await screenshot(agent, 'day-one-took-over-desktop');

      // On a phone: Monitor brings its panel into view; the agent's reply box stays pinned while reading.
      await supervisor.setViewportSize(MOBILE);
      await supervisor
        .locator(`tr[data-conversation="${spanish}"]`)
        .getByRole('button', { name: /Monitor/ })
        .click();
      await supervisor.locator('#monitor-title', { hasText: 'Lucía Pérez' }).waitFor();
      await expect
        .poll(async () => {
          const box = await supervisor.locator('#monitor-title').boundingBox();
          return box !== null && box.y >= 0 && box.y < MOBILE.height / 2;
        })
        .toBe(true);
      await screenshot(supervisor, 'day-one-monitor-mobile');
      const jorge = await connectAgent(hub, 'jorge', 'Jorge Salas');
      const other = await connectWidget(hub);
      await other.send("Hi, I'm Tom Lee, is the house on Etiwanda still for sale?");
      await waitFor(() => other.messages().some((message) => message.author.type === 'bot'));
      await jorge.claim(other.conversationId!);
      // A phone with its keyboard open (390 × 560): the reply box stays on screen while the page shows the
      // top of the conversation, before and after the transcript grows.
      await agent.setViewportSize({ width: 390, height: 560 });
      await open('Tom Lee');
      const pinned = async () => {
        await agent.evaluate(() =>
          window.scrollTo(
            0,
            document.querySelector('.conversation')!.getBoundingClientRect().top + window.scrollY,
          ),
        );
        const head = await agent.locator('.conversation .pane-head').boundingBox();
        const box = await agent.locator('#reply-input').boundingBox();
        return head !== null && head.y < 5 && box !== null && box.y > 0 && box.y + box.height <= 560;
      };
      await expect.poll(pinned).toBe(true);
      for (let i = 0; i < 4; i++)
        await jorge.send(other.conversationId!, `Line ${i}: the HOA is $120 a month.`);
      await agent.locator('.transcript li', { hasText: 'Line 3:' }).waitFor();
      await expect.poll(pinned).toBe(true);
      await screenshot(agent, 'day-one-reply-pinned-mobile');
      await agent.setViewportSize(DESKTOP);
      await supervisor.setViewportSize(DESKTOP);
      expect(await stat(supervisor, 'live')).not.toBe('0');
    },
    TEST_MS,
  );

  it(
    'the three apps have no serious or critical accessibility violations at 1280 and 390 px (axe-core)',
    async () => {
      await lead.locator('.log .msg').first().waitFor();
      for (const [name, page] of [
        ['widget', lead],
        ['agent', agent],
        ['supervisor', supervisor],
      ] as const) {
        for (const viewport of [DESKTOP, MOBILE]) {
          await page.setViewportSize(viewport);
          expect({ app: name, width: viewport.width, violations: await axeViolations(page) }).toEqual({
            app: name,
            width: viewport.width,
            violations: [],
          });
        }
        await page.setViewportSize(DESKTOP);
      }
      await screenshot(lead, 'day-one-widget-desktop');
      await lead.setViewportSize(MOBILE);
      await screenshot(lead, 'day-one-widget-mobile');
    },
    TEST_MS,
  );
});
