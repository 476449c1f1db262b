import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { LeadEvent } from '../../src/analytics/events.js';
import type { ExperimentResults } from '../../src/analytics/experiment-results.js';
import type { ExperimentRecord } from '../../src/analytics/experiments.js';
import { startHub } from '../helpers/hub.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

/** Exposures and booked calls of two arms, as the store logs them. */
function armEvents(
  experimentId: string,
  arms: Record<string, { exposed: number; booked: number }>,
): LeadEvent[] {
  const at = new Date().toISOString();
  return Object.entries(arms).flatMap(([arm, { exposed, booked }]) =>
    Array.from({ length: exposed }, (_, i): LeadEvent[] => {
      const scope = {
        tenantId: 'demo',
        leadId: `${arm}-${i}`,
        conversationId: `c-${arm}-${i}`,
        at,
        variant: `${experimentId}:${arm}`,
      };
      return [
        { type: 'experiment_exposure', ...scope },
        ...(i < booked ? [{ type: 'call_booked' as const, ...scope }] : []),
      ];
    }).flat(),
  );
}

const cell = (page: Page, arm: string, column: string) =>
  page.locator(`tr[data-arm="${arm}"] [data-column="${column}"]`).textContent();

describeInBrowser('the Experiments panel of the supervisor app', (browser) => {
  const pages = watchedPages(browser);

  it('shows each arm’s rate with its interval and the lift, in English and Spanish, at 1280 and 390 px', async () => {
    await ensureClientBuilt();
    const hub = await startHub({ staticDir: clientDist });
    const tokenAnswer = await fetch(`${hub.url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada Admin' }),
    });
    const admin = ((await tokenAnswer.json()) as { token: string }).token;
    const api = async <T>(method: string, path: string, body?: unknown) =>
      (await (
        await fetch(`${hub.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      ).json()) as T;
    const { experiment } = await api<{ experiment: ExperimentRecord }>('POST', '/api/admin/experiments', {
      name: 'Areas asked first',
      target: 'bot.question_order',
      variants: [
        { name: 'control', weight: 1, control: true },
        {
          name: 'areas',
          weight: 1,
          settings: { buyerOrder: ['areas', 'budget', 'financing', 'size', 'urgency'] },
        },
      ],
      primaryMetric: 'booked_call_rate',
      guardrails: [{ metric: 'opt_out_rate', threshold: 0.05 }],
      minSample: 100,
    });
    await api('POST', `/api/admin/experiments/${experiment.id}/start`);
    await hub.store.appendLeadEvents(
      armEvents(experiment.id, {
        control: { exposed: 120, booked: 12 },
        areas: { exposed: 120, booked: 30 },
      }),
    );
    const { results } = await api<{ results: ExperimentResults }>(
      'GET',
      `/api/admin/experiments/${experiment.id}/results`,
    );
    const lift = results.arms[1]!.lift;
    if (lift?.status !== 'ok') throw new Error('expected a lift');

    const { page } = await pages.open('supervisor');
    await signInWithToken(page, `${hub.url}/supervisor/`, admin);
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.getByRole('heading', { name: 'Experiments', level: 2 }).waitFor();
    await page.locator(`[data-experiment="${experiment.id}"]`).waitFor();
    await expect(cell(page, 'control', 'exposures')).resolves.toBe('120');
    await expect(cell(page, 'control', 'value')).resolves.toMatch(
      /^10% \(\d+(\.\d)?%–\d+(\.\d)?%\) · 12\/120$/,
    );
    await expect(cell(page, 'areas', 'value')).resolves.toContain('25% (');
    const shownLift = await cell(page, 'areas', 'lift');
    expect(shownLift).toContain(`+15 pp (${(lift.low * 100).toFixed(1)} pp`);
    expect(shownLift).toContain('significant');
    await expect(cell(page, 'areas', 'guardrails')).resolves.toBe('Opt-out rate: 0% ok');
    await expect(page.locator('[data-note="srm"]').textContent()).resolves.toBe('Sample ratio as expected.');
    await screenshot(page, 'experiments-desktop');

    // Spanish (the language the Reports keep), at 390 px.
    await page.evaluate(() => localStorage.setItem('jorge-hub:reports-lang', 'es'));
    await page.setViewportSize(MOBILE);
    await page.reload();
    await page.getByRole('heading', { name: 'Experimentos', level: 2 }).waitFor();
    await page.locator(`[data-experiment="${experiment.id}"]`).waitFor();
    // Spanish writes a no-break space before the percent sign.
    await expect(cell(page, 'areas', 'guardrails')).resolves.toMatch(/^Tasa de bajas: 0\u00a0% bien$/);
    await expect(page.locator('[data-note="sample"]').textContent()).resolves.toBe(
      'Todos los brazos tienen su muestra mínima.',
    );
    await screenshot(page, 'experiments-mobile-es');
    await page.setViewportSize(DESKTOP);
  }, 240_000);
});
