import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createMetrics } from '../../src/metrics.js';
import { startFakeAnthropic } from '../fakes/anthropic-server.js';
import { connect, emitAck, expectOk, postJson, staffToken, startHub } from '../helpers/hub.js';
import { isNarrative, words } from '../helpers/narrative.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

const TEST_MS = 240_000;
/** axe-core's source, run in the page through the DevTools protocol (the apps' CSP refuses injected scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The demo listing page's key (client/demo/index.html, data-listing-id). */
const KEY = 'rc-7420-etiwanda';
const PHOTO = 'https://photos.example.com/rc-7420-etiwanda/front.jpg';
const CATALOGUE = [
  {
    ListingKey: KEY,
    StandardStatus: 'Active',
    ListPrice: 725_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    LivingArea: 2_350,
    YearBuilt: 2004,
    PoolPrivateYN: true,
    GarageSpaces: 3,
    AssociationFee: 120,
    AssociationFeeFrequency: 'Monthly',
    LotSizeArea: 0.18,
    LotSizeUnits: 'Acres',
    UnparsedAddress: '7420 Etiwanda Ave',
    City: 'Rancho Cucamonga',
    SubdivisionName: 'Etiwanda',
    PhotoURLs: [PHOTO],
  },
];
const NARRATIVE =
  'This four-bedroom Etiwanda home has a private pool and a three-car garage. The HOA is $120 a month. Would you like to see it this weekend?';

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

/**
 * Watches `selector`'s text (the widget's shadow root included) from now on and resolves true once it held `first`
 * without `last` (a part of the stream), false if `last` arrived first.
 */
function seesPartial(page: Page, selector: string, first: string, last: string): Promise<boolean> {
  return page.evaluate(
    ([selector, first, last]) =>
      new Promise<boolean>((resolve) => {
        const text = () =>
          [
            document,
            ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
          ]
            .flatMap((root) => [...root.querySelectorAll(selector)])
            .map((element) => element.textContent ?? '')
            .join('\n');
        const check = () => {
          const now = text();
          if (now.includes(first) && !now.includes(last)) return resolve(true);
          if (now.includes(last)) resolve(false);
        };
        new MutationObserver(check).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        for (const host of document.querySelectorAll('*'))
          if (host.shadowRoot)
            new MutationObserver(check).observe(host.shadowRoot, {
              subtree: true,
              childList: true,
              characterData: true,
            });
      }),
    [selector, first, last] as const,
  );
}

describeInBrowser('the listing panel and "Tell me more about this home"', (browser) => {
  const pages = watchedPages(browser);

  it(
    'streams a narrative to the lead, shows the listing card to the agent, drafts a narrative and sends it as the reply, at 1280 and 390 px',
    async () => {
      await ensureClientBuilt();
      const fake = await startFakeAnthropic({ tokenDelayMs: 1 });
      try {
        fake.setBehaviour((request) =>
          isNarrative(request)
            ? { tokens: words(NARRATIVE), tokenDelayMs: 40 }
            : 'Thanks! What is your budget?',
        );
        const metrics = createMetrics();
        const model = createModelProvider(
          {
            apiKey: 'fake-key',
            baseURL: fake.url,
            models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
            firstTokenTimeoutMs: 5_000,
            totalTimeoutMs: 20_000,
            maxRetries: 0,
            tokensPerHour: 1_000_000,
          },
          { registry: metrics.registry, logger: createLogger('silent') },
        );
        const hub = await startHub({ staticDir: clientDist, metrics, narrative: { model } });
        const { body } = await postJson(`${hub.url}/api/dev/tokens`, {
          tenantId: 'demo',
          role: 'admin',
          userId: 'ana',
          name: 'Ana',
        });
        const imported = await fetch(`${hub.url}/api/admin/listings`, {
          method: 'POST',
          headers: { authorization: `Bearer ${String(body.token)}`, 'content-type': 'application/json' },
          body: JSON.stringify(CATALOGUE),
        });
        expect(imported.status).toBe(200);

        // The lead on the demo listing page: no "Tell me more" before the conversation exists.
        const { page: lead } = await pages.open('lead');
        await lead.goto(`${hub.url}/demo/`);
        await lead.getByRole('button', { name: 'Ask about this home' }).click();
        const tellMore = lead.getByRole('button', { name: 'Tell me more about this home' });
        await expect(tellMore.isHidden()).resolves.toBe(true);
        const input = lead.getByLabel('Your message');
        await input.fill("Hi, I'm Ana Smith, is this home still available?");
        await input.press('Enter');
        await lead.locator('.log .msg.bot .body').first().waitFor();
        await tellMore.waitFor();
        // Streams: part of the narrative shows before its end, then all of it.
        const leadPartial = seesPartial(lead, '.msg.bot', 'four-bedroom', 'this weekend?');
        await tellMore.click();
        await expect(leadPartial).resolves.toBe(true);
        await lead.locator('.log .msg.bot', { hasText: 'see it this weekend?' }).waitFor();
        await expect.poll(() => tellMore.isEnabled()).toBe(true);
        await screenshot(lead, 'listing-widget-desktop');
        await lead.setViewportSize(MOBILE);
        await screenshot(lead, 'listing-widget-mobile');

        // The agent claims it and sees the listing card.
        const { page: agent, watch } = await pages.open('agent');
        // The catalogue's photo is on an https host this sandbox cannot reach (the CSP allows https images): the
        // failed load is tolerated and reported, and the card shows its placeholder, never a broken image.
        await watch.tolerate(/Failed to load resource: net::ERR_/, async () => {
          // Jorge claims it (the bot has not handed it off, so the console's inbox does not list it yet).
          const token = await staffToken(hub.url, 'agent', 'jorge');
          const [conversation] = await hub.store.listConversations('demo', { limit: 1 });
          const jorge = await connect(hub.url, '/agent', token);
          expectOk(await emitAck(jorge, 'conversation:claim', { conversationId: conversation!.id }));
          jorge.disconnect();
          await lead.locator('.log .msg.system', { hasText: /joined/ }).waitFor();
          await signInWithToken(agent, `${hub.url}/agent/`, token);
          await agent.locator(`.inbox button[data-conversation="${conversation!.id}"]`).click();
          const panel = agent.locator('.listing-panel');
          const card = panel.locator(`.listing-card[data-listing="${KEY}"]`);
          await card.waitFor();
          await expect(card.locator('.listing-status').textContent()).resolves.toBe('Active');
          await expect(card.locator('.price').textContent()).resolves.toBe('$725,000');
          const facts = (await card.locator('.meta').textContent())!;
          for (const fact of [
            'Etiwanda',
            '4 bd',
            '3 ba',
            '2,350 sq ft',
            'built 2004',
            'pool',
            '3-car garage',
            '0.18-acre lot',
            'HOA $120 monthly',
          ])
            expect(facts).toContain(fact);
          // The photo, or the placeholder when it cannot load: never a broken image.
          await card.locator('img.photo, .no-photo').waitFor();

          // Draft narrative: it streams, then "Use as reply" puts it in the reply box, sent to the lead.
          await panel.getByLabel('Narrative style').selectOption('factual');
          const draftPartial = seesPartial(agent, '.narrative-text', 'four-bedroom', 'this weekend?');
          await panel.getByRole('button', { name: 'Draft narrative' }).click();
          await expect(draftPartial).resolves.toBe(true);
          const draft = panel.locator('.narrative-text');
          await panel.getByRole('button', { name: 'Use as reply' }).waitFor();
          await expect(draft.textContent()).resolves.toBe(NARRATIVE);
          await screenshot(agent, 'listing-agent-desktop');
          await agent.setViewportSize(MOBILE);
          await panel.scrollIntoViewIfNeeded();
          await screenshot(agent, 'listing-agent-panel-mobile');
          await agent.setViewportSize(DESKTOP);
          await panel.getByRole('button', { name: 'Use as reply' }).click();
          const reply = agent.locator('#reply-input');
          await expect(reply.inputValue()).resolves.toBe(NARRATIVE);
          // The reply box is on screen (the panel does not push it away).
          const box = await reply.boundingBox();
          expect(box !== null && box.y >= 0 && box.y + box.height <= DESKTOP.height).toBe(true);
          await reply.press('Enter');
          await lead.locator('.log .msg.agent', { hasText: 'see it this weekend?' }).waitFor();
          await screenshot(lead, 'listing-widget-reply-mobile');
          await lead.setViewportSize(DESKTOP);

          // A phone: the reply box stays reachable with the panel on the page.
          await agent.setViewportSize(MOBILE);
          await agent.locator('.conversation .pane-head').scrollIntoViewIfNeeded();
          await screenshot(agent, 'listing-agent-mobile');

          // axe-core on both apps at both widths.
          for (const [name, page] of [
            ['widget', lead],
            ['agent', agent],
          ] as const) {
            for (const viewport of [DESKTOP, MOBILE]) {
              await page.setViewportSize(viewport);
              expect({ app: name, width: viewport.width, violations: await axeViolations(page) }).toEqual({
                app: name,
                width: viewport.width,
                violations: [],
              });
            }
          }
        });
      } finally {
        await fake.close();
      }
    },
    TEST_MS,
  );
});
