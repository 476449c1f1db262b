import { h } from '../../shared/dom.js';
import type { ExperimentResults, Lift, MetricValue } from '../../../src/analytics/experiment-results.js';
import type { ExperimentRecord } from '../../../src/analytics/experiments.js';
import { experimentsLang, experimentsText, type ExperimentsText } from './i18n.js';

/** The Reports' language key: the panel follows the language chosen there. */
const LANG_KEY = 'jorge-hub:reports-lang';

/**
 * The Experiments panel of the supervisor app (admins): every started experiment of the tenant with its results
 * as `GET /api/admin/experiments/:id/results` answers them (docs/ANALYTICS.md, "Experiments"). Read only: defining,
 * starting and stopping go through the admin routes.
 */
export function createExperimentsView(options: { hubUrl: string; token: () => string; storage: Storage }) {
  const status = h('p', { class: 'reports-status', role: 'status' });
  const list = h('div', { class: 'experiments-list' });
  const title = h('h2', { id: 'experiments-title' });
  const intro = h('p', { class: 'reports-intro' });
  const element = h(
    'section',
    { class: 'reports experiments', 'aria-labelledby': 'experiments-title' },
    h('div', { class: 'reports-head' }, title, intro, status),
    list,
  );

  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${options.hubUrl}${path}`, {
      headers: { authorization: `Bearer ${options.token()}` },
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  async function load(): Promise<void> {
    const lang = experimentsLang(options.storage.getItem(LANG_KEY), navigator.language);
    const text = experimentsText(lang);
    element.setAttribute('lang', lang);
    title.textContent = text.title;
    intro.textContent = text.intro;
    status.classList.remove('error');
    status.textContent = text.loading;
    try {
      const listed = await get<{ experiments: ExperimentRecord[] }>('/api/admin/experiments');
      if (listed.status === 403) {
        status.textContent = text.adminsOnly;
        list.replaceChildren();
        return;
      }
      if (listed.status !== 200) throw new Error(String(listed.status));
      const started = listed.body.experiments.filter((experiment) => experiment.startedAt);
      const sections = await Promise.all(
        started.map(async (experiment) => {
          const answer = await get<{ results: ExperimentResults }>(
            `/api/admin/experiments/${experiment.id}/results`,
          );
          if (answer.status !== 200) throw new Error(String(answer.status));
          return experimentSection(experiment, answer.body.results, text, lang);
        }),
      );
      list.replaceChildren(...sections);
      status.textContent = started.length === 0 ? text.none : '';
    } catch {
      status.classList.add('error');
      status.textContent = text.failed;
    }
  }

  return {
    element,
    /** Reads again each time the panel is opened. */
    shown: () => void load(),
    destroy: () => element.remove(),
  };
}

const percent = (value: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (value: number, lang: string, digits = 2) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);

function valueText(value: MetricValue, text: ExperimentsText, lang: string): string {
  if (value.kind === 'rate') {
    if (value.rate === null) return '–';
    const interval =
      value.low === undefined ? '' : ` (${percent(value.low, lang)}–${percent(value.high!, lang)})`;
    return `${percent(value.rate, lang)}${interval} · ${value.successes}/${value.trials}`;
  }
  if (value.kind === 'mean') {
    if (value.mean === null) return '–';
    const interval =
      value.low === undefined ? '' : ` (${number(value.low, lang)}–${number(value.high!, lang)})`;
    return `${number(value.mean, lang)} / 5${interval} · n ${value.n}`;
  }
  if (value.meanMs === null) return '–';
  const median =
    value.medianMs === null ? '' : ` · ${text.median} ≤ ${number(value.medianMs / 1000, lang, 0)} s`;
  return `${number(value.meanMs / 1000, lang, 1)} s${median} · n ${value.n}`;
}

function liftText(lift: Lift | undefined, metric: string, text: ExperimentsText, lang: string): string {
  if (!lift) return text.control;
  if (lift.status === 'not_enough_data') return text.notEnough(lift.needed);
  if (lift.status === 'not_supported') return text.notSupported;
  const show = (value: number) =>
    metric === 'satisfaction' ? number(value, lang) : `${number(value * 100, lang, 1)} pp`;
  const sign = lift.difference > 0 ? '+' : '';
  return `${sign}${show(lift.difference)} (${show(lift.low)} … ${show(lift.high)})${lift.significant ? ` · ${text.significant}` : ''}`;
}

function experimentSection(
  experiment: ExperimentRecord,
  results: ExperimentResults,
  text: ExperimentsText,
  lang: string,
): HTMLElement {
  const headers = [text.arm, text.exposures, text.value, text.lift, text.guardrails];
  const rows = results.arms.map((arm) => {
    const guardrails = arm.guardrails
      .map(
        (guardrail) =>
          `${text.guardrail[guardrail.metric] ?? guardrail.metric}: ${
            guardrail.rate === null ? '–' : percent(guardrail.rate, lang)
          } ${guardrail.breached ? text.breached : text.ok}`,
      )
      .join('; ');
    const name = arm.stoppedReason
      ? `${arm.name} (${text.stopped(text.guardrail[arm.stoppedReason] ?? arm.stoppedReason)})`
      : arm.control && arm.name !== text.control
        ? `${arm.name} (${text.control})`
        : arm.name;
    return h(
      'tr',
      { 'data-arm': arm.name },
      h('th', { scope: 'row', 'data-label': headers[0] }, name),
      h('td', { 'data-label': headers[1], 'data-column': 'exposures' }, String(arm.exposures)),
      h('td', { 'data-label': headers[2], 'data-column': 'value' }, valueText(arm.primary, text, lang)),
      h(
        'td',
        { 'data-label': headers[3], 'data-column': 'lift' },
        liftText(arm.lift, results.primaryMetric, text, lang),
      ),
      h('td', { 'data-label': headers[4], 'data-column': 'guardrails' }, guardrails || '–'),
    );
  });
  const notes = [
    results.sampleRatio.mismatch
      ? h(
          'p',
          { class: 'reports-status error', 'data-note': 'srm' },
          text.srm(results.sampleRatio.pValue.toPrecision(2)),
        )
      : h('p', { class: 'report-note', 'data-note': 'srm' }, text.srmOk),
    h(
      'p',
      { class: 'report-note', 'data-note': 'sample' },
      results.enoughData ? text.enoughData : text.notEnoughData,
    ),
  ];
  return h(
    'section',
    { class: 'report', 'data-experiment': experiment.id },
    h(
      'h3',
      {},
      `${experiment.name} · ${text.metric[results.primaryMetric] ?? results.primaryMetric} · ${
        text.status[results.status] ?? results.status
      }`,
    ),
    h('p', { class: 'report-note' }, `${results.from} – ${results.to}`),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'report-table' },
        h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
        h('tbody', {}, ...rows),
      ),
    ),
    ...notes,
  );
}
