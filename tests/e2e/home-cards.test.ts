import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { postJson, startHub, type TestHub } from '../helpers/hub.js';
import {
  describeInBrowser,
  DESKTOP,
  horizontalOverflow,
  MOBILE,
  screenshot,
  watchedPages,
} from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';

const TEST_MS = 180_000;
/** axe-core's source, run in the page through the DevTools protocol (the apps' CSP refuses injected scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations (WCAG 2.1 A and AA rules) on the page (as in satisfaction.test.ts). */
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
        (violation) => `${violation.impact} ${violation.id}: ${JSON.stringify(violation.nodes[0]?.target)}`,
      );
  });
}

const CATALOGUE = [
  {
    ListingKey: 'E-1',
    StandardStatus: 'Active',
    ListPrice: 585_000,
    BedroomsTotal: 3,
    BathroomsTotalInteger: 2,
    StreetNumber: '12',
    StreetName: 'Day Creek',
    StreetSuffix: 'Blvd',
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
    PhotoURLs: ['https://photos.example.com/e1.svg'],
  },
  {
    ListingKey: 'E-2',
    StandardStatus: 'Active',
    ListPrice: 610_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    UnparsedAddress: '7 Vintage Dr',
    SubdivisionName: 'Etiwanda',
    City: 'Rancho Cucamonga',
    PhotoURLs: ['https://photos.example.com/e2.svg'],
  },
  { ListingKey: 'U-1', StandardStatus: 'Active', ListPrice: 1_900_000, BedroomsTotal: 6, City: 'Upland' },
];

/** A photo host of the catalogue, answered in the browser (no network): a plain drawing of a house. */
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#9cc3d5"/><polygon points="30,60 80,25 130,60" fill="#7a4b3a"/><rect x="42" y="60" width="76" height="45" fill="#f4efe6"/><rect x="72" y="78" width="16" height="27" fill="#0f5c4d"/></svg>`;

async function importCatalogue(hub: TestHub) {
  const { body } = await postJson(`${hub.url}/api/dev/tokens`, {
    tenantId: 'demo',
    role: 'admin',
    userId: 'ana',
    name: 'Ana',
  });
  const response = await fetch(`${hub.url}/api/admin/listings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${body.token as string}`, 'content-type': 'application/json' },
    body: JSON.stringify(CATALOGUE),
  });
  expect(response.status).toBe(200);
}

/** The lead writes each line and waits for the bot's answer to it. */
async function converse(page: Page, lines: string[]) {
  const input = page.locator('#jh-input');
  for (const line of lines) {
    const before = await page.locator('.log .msg.bot').count();
    await input.fill(line);
    await input.press('Enter');
    // Playwright's locators pierce the widget's open shadow root: wait for the next bot message.
    await page.locator('.log .msg.bot').nth(before).waitFor({ timeout: 15_000 });
  }
}

describeInBrowser('the widget shows the homes that match', (browser) => {
  const watched = watchedPages(browser);
  const open: Page[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.context().close()));
  });

  for (const lang of ['en', 'es'] as const) {
    it(
      `offers them to a qualified buyer and shows them as cards on a yes (${lang})`,
      async () => {
        await ensureClientBuilt();
        const hub = await startHub({ staticDir: clientDist });
        await importCatalogue(hub);
        const { page } = await watched.open(`buyer ${lang}`);
        open.push(page);
        await page.route('https://photos.example.com/**', (route) =>
          route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO }),
        );
        await page.goto(`${hub.url}/demo/`);
        await page.getByRole('button', { name: 'Ask about this home' }).click();
        const lines =
          lang === 'es'
            ? [
                'hola, quiero comprar una casa',
                'unos 600 mil',
                'todavía no hablamos con un banco',
                '3 recámaras y 2 baños',
                'en unos 5 meses',
                'Etiwanda',
              ]
            : [
                'hi, looking to buy a home',
                'around 600k',
                "we haven't talked to a lender yet",
                '3 bed 2 bath',
                'in about 5 months',
                'Etiwanda',
              ];
        await converse(page, lines);
        const offer =
          lang === 'es'
            ? 'Dos casas encajan con lo que describiste; ¿quieres que te las envíe?'
            : 'Two homes fit what you described; want me to send them?';
        await page.locator('.log .msg.bot').filter({ hasText: offer }).waitFor();
        await converse(page, [lang === 'es' ? 'sí, mándalas' : 'yes please']);
        const list = page.getByRole('list', {
          name: lang === 'es' ? 'Casas que encajan' : 'Homes that match',
        });
        await list.waitFor();
        const cards = list.getByRole('listitem');
        await expect(cards.count()).resolves.toBe(2);
        await expect(cards.first().innerText()).resolves.toContain('12 Day Creek Blvd');
        await expect(cards.first().innerText()).resolves.toContain('$585,000');
        await expect(cards.first().innerText()).resolves.toContain(
          lang === 'es' ? '3 recámaras · 2 baños' : '3 beds · 2 baths',
        );
        await expect(cards.nth(1).innerText()).resolves.toContain(
          lang === 'es' ? 'un poco por encima de tu presupuesto' : 'a little over your budget',
        );
        const photo = page.getByRole('img', {
          name: lang === 'es' ? 'Foto de 12 Day Creek Blvd' : 'Photo of 12 Day Creek Blvd',
        });
        await photo.waitFor();
        await expect(
          photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        ).resolves.toBe(true);
        // Text only: no link on a card.
        await expect(list.getByRole('link').count()).resolves.toBe(0);
        await list.scrollIntoViewIfNeeded();
        await screenshot(page, `home-cards-${lang}-desktop`);
        await page.setViewportSize(MOBILE);
        await list.scrollIntoViewIfNeeded();
        await screenshot(page, `home-cards-${lang}-mobile`);
        for (const viewport of [MOBILE, DESKTOP]) {
          await page.setViewportSize(viewport);
          expect({ width: viewport.width, violations: await axeViolations(page) }).toEqual({
            width: viewport.width,
            violations: [],
          });
          expect(await horizontalOverflow(page)).toEqual([]);
        }
        // The page first: a widget whose hub went away first logs its reconnection attempts as console errors.
        await Promise.all(open.splice(0).map((opened) => opened.context().close()));
        await hub.close();
      },
      TEST_MS,
    );
  }
});
