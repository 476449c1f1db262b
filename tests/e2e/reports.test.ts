import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { LeadEvent } from '../../src/analytics/events.js';
import { staffToken, startHub } from '../helpers/hub.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

const TEST_MS = 240_000;
/** axe-core's source, run in the page through the DevTools protocol (the apps' CSP refuses injected scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const REPORTS = ['funnel', 'timings', 'handoffs', 'dropoff', 'agents', 'cost', 'optouts', 'satisfaction'];

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
 * A week of a small team, as the event log holds it: eight conversations over yesterday and today, three
 * qualified questions, hand-offs for two reasons, two agents with claims, replies, bookings, outcomes, ratings,
 * coaching and model cost, and one opt-out.
 */
function seededEvents(): LeadEvent[] {
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const events: LeadEvent[] = [];
  const at = (index: number, minute: number) =>
    `${index < 5 ? yesterday : today}T${String(10 + index).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
  const firstReplyMs = [3_000, 10_000, 20_000, 4_000, 50_000, 2_000, 8_000, 100_000];
  for (let index = 0; index < 8; index++) {
    const scope = {
      tenantId: 'demo',
      leadId: `lead-${index}`,
      conversationId: `conv-${index}`,
      botKind: 'buyer' as const,
    };
    const agent =
      index < 3 ? { agentId: index < 2 ? 'ana' : 'luis' } : index === 4 ? { agentId: 'luis' } : {};
    events.push(
      { ...scope, at: at(index, 0), type: 'conversation_started' },
      { ...scope, at: at(index, 1), type: 'first_bot_reply', durationMs: firstReplyMs[index]! },
      { ...scope, at: at(index, 2), type: 'question_asked', question: 'budget' },
    );
    if (index < 6)
      events.push({
        ...scope,
        at: at(index, 3),
        type: 'question_asked',
        question: 'timeline',
        previous: 'budget',
      });
    if (index < 4) {
      events.push(
        { ...scope, at: at(index, 4), type: 'question_asked', question: 'financing', previous: 'timeline' },
        { ...scope, at: at(index, 5), type: 'qualified' },
        {
          ...scope,
          at: at(index, 6),
          type: 'model_usage',
          tokensIn: 1_000 * (index + 1),
          tokensOut: 200,
          costUsd: [0.012, 0.008, 0.02, 0.004][index]!,
        },
      );
    }
    if (index < 3 || index === 4)
      events.push(
        {
          ...scope,
          at: at(index, 7),
          type: 'handoff_requested',
          reason: index < 2 ? 'hot_lead' : 'asked_for_person',
        },
        {
          ...scope,
          ...agent,
          at: at(index, 8),
          type: 'claimed',
          durationMs: [20_000, 90_000, 400_000, 0, 30_000][index]!,
        },
      );
    if (index < 3)
      events.push(
        {
          ...scope,
          ...agent,
          at: at(index, 9),
          type: 'first_agent_reply',
          durationMs: [10_000, 40_000, 70_000][index]!,
        },
        {
          ...scope,
          ...agent,
          at: at(index, 10),
          type: 'coaching_shown',
          run: 1,
          action: 'ask',
          source: 'llm',
        },
        { ...scope, ...agent, at: at(index, 30), type: 'satisfaction_given', rating: [5, 4, 2][index]! },
      );
    if (index === 0 || index === 2)
      events.push({ ...scope, ...agent, at: at(index, 20), type: 'call_booked' });
    if (index === 0)
      events.push(
        {
          ...scope,
          ...agent,
          at: at(index, 11),
          type: 'coaching_used',
          run: 1,
          action: 'ask',
          source: 'llm',
          match: 'clicked',
        },
        { ...scope, ...agent, at: at(index, 25), type: 'outcome_set', outcome: 'closed_won', price: 500_000 },
      );
    if (index === 1)
      events.push({ ...scope, ...agent, at: at(index, 25), type: 'outcome_set', outcome: 'not_a_fit' });
    if (index === 2)
      events.push({ ...scope, ...agent, at: at(index, 25), type: 'outcome_set', outcome: 'appointment_set' });
    if (index === 7) events.push({ ...scope, at: at(index, 5), type: 'opted_out' });
  }
  return events;
}

/** Every section's table as the page shows it: the raw value of each cell (data-value), row by row. */
const shownRows = (page: Page, report: string) =>
  page
    .locator(`section[data-report="${report}"] table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll<HTMLElement>('[data-value]')].map(
          (cell) => JSON.parse(cell.dataset.value!) as string | number | null,
        ),
      ),
    );

describeInBrowser('the Reports view of the supervisor app', (browser) => {
  const pages = watchedPages(browser);

  it(
    'shows the report tables the API answers, as charts and tables, in English and Spanish, with CSV, at 1280 and 390 px',
    async () => {
      await ensureClientBuilt();
      const hub = await startHub({ staticDir: clientDist });
      expect(await hub.store.appendLeadEvents(seededEvents())).toBeGreaterThan(50);
      const token = await staffToken(hub.url, 'supervisor', 'maria', 'demo', 'Maria Lopez');
      const api = async (report: string, range: { from: string; to: string }, format = 'json') => {
        const response = await fetch(
          `${hub.url}/api/analytics/${report}?from=${range.from}&to=${range.to}&format=${format}`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        expect(response.status).toBe(200);
        return format === 'csv' ? response.text() : ((await response.json()) as { rows: unknown[][] });
      };

      const { page } = await pages.open('supervisor');
      await signInWithToken(page, `${hub.url}/supervisor/`, token);
      await page.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();
      await page.locator('.reports-status', { hasText: 'Reports from' }).waitFor();
      const range = {
        from: await page.locator('#reports-from').inputValue(),
        to: await page.locator('#reports-to').inputValue(),
      };
      expect(Date.parse(range.to) - Date.parse(range.from)).toBe(29 * 86_400_000);

      // Every table shows exactly what the API answers for the range.
      for (const report of REPORTS) {
        const { rows } = (await api(report, range)) as { rows: unknown[][] };
        expect({ report, rows: await shownRows(page, report) }).toEqual({ report, rows });
      }
      // The seeded history, as the API computed it and the page shows it.
      const kpi = (key: string) => page.locator(`[data-kpi="${key}"] dd`).first().textContent();
      await expect(kpi('inquiries')).resolves.toBe('8');
      await expect(kpi('qualified')).resolves.toBe('4');
      await expect(kpi('appointment')).resolves.toBe('2');
      await expect(kpi('closed')).resolves.toBe('1');
      await expect(kpi('opt_out_rate')).resolves.toBe('12.5%');
      await expect(kpi('handoff_rate')).resolves.toBe('50%');
      await expect(kpi('satisfaction')).resolves.toBe('3.67 / 5');
      await expect(kpi('cost_per_qualified')).resolves.toBe('$0.0110');
      await expect(kpi('cost_per_booked')).resolves.toBe('$0.0220');
      const ana = page.locator('section[data-report="agents"] tbody tr', { hasText: 'ana' });
      await expect(ana.locator('[data-column="satisfaction"]').textContent()).resolves.toBe('4.5');
      await expect(ana.locator('[data-column="claimed"]').textContent()).resolves.toBe('2');
      await expect(ana.locator('[data-column="coaching_used"]').textContent()).resolves.toBe('1');
      const funnel = page.locator('section[data-report="funnel"] tbody tr', { hasText: 'Qualified' });
      await expect(funnel.locator('[data-column="conversion_from_previous"]').textContent()).resolves.toBe(
        '50%',
      );
      // Charts: the funnel, response times, hand-off reasons and drop-off, each an image with a summary.
      await expect(page.locator('.reports canvas[role="img"]').count()).resolves.toBe(4);
      await expect(
        page.locator('section[data-report="funnel"] canvas').getAttribute('aria-label'),
      ).resolves.toBe('Funnel: Inquiry 8, Qualified 4, Appointment 2, Closed 1');

      await screenshot(page, 'reports-desktop');
      // CSV: the same table as the API's CSV export.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download Agents as CSV' }).click();
      const file = await (await download).path();
      expect(readFileSync(file, 'utf8')).toBe(await api('agents', range, 'csv'));

      await page.locator('section[data-report="timings"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'reports-desktop-charts');
      await page.locator('section[data-report="agents"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'reports-desktop-agents');
      for (const viewport of [DESKTOP, MOBILE]) {
        await page.setViewportSize(viewport);
        expect({ width: viewport.width, violations: await axeViolations(page) }).toEqual({
          width: viewport.width,
          violations: [],
        });
      }

      // Spanish, at 390 px: the same numbers, in Spanish.
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('heading', { name: 'Informes', level: 2 }).waitFor();
      await expect(page.locator('section[data-report="funnel"] tbody th').allTextContents()).resolves.toEqual(
        ['Consulta', 'Calificado', 'Cita', 'Cerrado'],
      );
      for (const report of REPORTS) {
        const { rows } = (await api(report, range)) as { rows: unknown[][] };
        expect({ report, rows: await shownRows(page, report) }).toEqual({ report, rows });
      }
      await page.locator('.reports').evaluate((element) => element.scrollIntoView());
      await screenshot(page, 'reports-mobile-es');
      await page.locator('section[data-report="timings"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'reports-mobile-es-timings');
      await page.locator('section[data-report="agents"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'reports-mobile-es-agents');
      expect(await axeViolations(page)).toEqual([]);

      // A narrower range (today only) reads again; a reversed one is refused in the page.
      const today = new Date().toISOString().slice(0, 10);
      await page.locator('#reports-from').fill(today);
      await page.locator('#reports-to').fill(today);
      await page.getByRole('button', { name: 'Mostrar' }).click();
      await expect
        .poll(async () => (await shownRows(page, 'funnel'))[0]?.[1])
        .toBe(((await api('funnel', { from: today, to: today })) as { rows: unknown[][] }).rows[0]![1]);
      await page.locator('#reports-from').fill('2030-01-02');
      await page.locator('#reports-to').fill('2030-01-01');
      await page.getByRole('button', { name: 'Mostrar' }).click();
      await page.locator('.reports-status.error').waitFor();

      // The live board is one click away.
      await page.getByRole('link', { name: 'Live board' }).click();
      await page.locator('main.dashboard').waitFor();
    },
    TEST_MS,
  );
});
