import { h } from '../../shared/dom.js';
import { barChart, durationLines, type ChartHandle } from './charts.js';
import {
  downloadCsv,
  formats,
  lastDays,
  loadReports,
  rowsOf,
  validRange,
  type Cell,
  type DateRange,
  type Formats,
  type ReportKey,
  type Reports,
  type Row,
} from './data.js';
import { initialLang, reportsText, type ReportsLang, type ReportsText } from './i18n.js';

export interface ReportsOptions {
  hubUrl: string;
  /** The signed-in supervisor's current token (REST calls). */
  token: () => string;
  /** Keeps the chosen language. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => Date;
}

interface Column {
  key: string;
  label: string;
  format: (value: Cell) => string;
}

const LANG_KEY = 'jorge-hub:reports-lang';
const TIMED = ['first_bot_reply', 'claimed'] as const;
/** A reason or question identifier as words ("asked_for_person" → "Asked for person"). */
const words = (id: Cell | undefined) => {
  const text = String(id ?? '').replace(/[_:-]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * The Reports view of the supervisor app (issue 35): the funnel, response times, hand-offs, drop-off, agents, model
 * cost, opt-outs and satisfaction over a UTC day range, as charts (Chart.js) and data tables, each with its CSV.
 * The numbers are the hub's report tables (GET /api/analytics/:report) as they come.
 */
export function createReportsView(options: ReportsOptions) {
  let lang: ReportsLang = initialLang(options.storage.getItem(LANG_KEY), navigator.language);
  let text: ReportsText = reportsText(lang);
  let format: Formats = formats(lang);
  let range: DateRange = lastDays(30, options.now?.() ?? new Date());
  let data: Reports | undefined;
  let charts: ChartHandle[] = [];
  let loading = 0;

  const title = h('h2', { id: 'reports-title' });
  const intro = h('p', { class: 'reports-intro' });
  const fromLabel = h('label', { for: 'reports-from' });
  const fromInput = h('input', { id: 'reports-from', type: 'date', required: true, value: range.from });
  const toLabel = h('label', { for: 'reports-to' });
  const toInput = h('input', { id: 'reports-to', type: 'date', required: true, value: range.to });
  const apply = h('button', { type: 'submit', class: 'primary' });
  const langLabel = h('label', { for: 'reports-lang' });
  const langSelect = h(
    'select',
    { id: 'reports-lang' },
    h('option', { value: 'en', lang: 'en' }, 'English'),
    h('option', { value: 'es', lang: 'es' }, 'Español'),
  );
  langSelect.value = lang;
  const form = h(
    'form',
    { class: 'reports-range' },
    h('span', { class: 'field' }, fromLabel, fromInput),
    h('span', { class: 'field' }, toLabel, toInput),
    apply,
    h('span', { class: 'field lang' }, langLabel, langSelect),
  );
  const status = h('p', { class: 'reports-status', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'reports-body' });
  const element = h(
    'main',
    { class: 'reports', 'aria-labelledby': 'reports-title', lang },
    h('header', { class: 'reports-head' }, title, intro, form, status),
    body,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = { from: fromInput.value, to: toInput.value };
    if (!validRange(next)) {
      status.textContent = text.badRange;
      status.classList.add('error');
      return;
    }
    range = next;
    void load();
  });
  langSelect.addEventListener('change', () => {
    lang = langSelect.value === 'es' ? 'es' : 'en';
    options.storage.setItem(LANG_KEY, lang);
    text = reportsText(lang);
    format = formats(lang);
    element.setAttribute('lang', lang);
    renderChrome();
    if (data) render(data);
  });

  function renderChrome() {
    title.textContent = text.title;
    intro.textContent = text.intro;
    fromLabel.textContent = text.from;
    toLabel.textContent = text.to;
    apply.textContent = text.apply;
    langLabel.textContent = text.language;
    if (data) status.textContent = text.loaded(data.funnel.from, data.funnel.to);
  }

  async function load() {
    const ticket = ++loading;
    status.classList.remove('error');
    status.textContent = text.loading;
    element.setAttribute('aria-busy', 'true');
    try {
      const loaded = await loadReports(options.hubUrl, options.token(), range);
      if (ticket !== loading) return;
      data = loaded;
      render(loaded);
      status.textContent = text.loaded(range.from, range.to);
    } catch {
      if (ticket !== loading) return;
      status.textContent = text.failed;
      status.classList.add('error');
    } finally {
      if (ticket === loading) element.removeAttribute('aria-busy');
    }
  }

  /** A section: its heading, the CSV button of its report, and its parts. */
  function section(report: ReportKey, heading: string, ...parts: (Node | null)[]): HTMLElement {
    const id = `report-${report}`;
    const csv = h(
      'button',
      { type: 'button', class: 'csv', 'aria-label': text.csv(heading), 'data-csv': report },
      text.csvShort,
    );
    csv.addEventListener('click', () => {
      downloadCsv(options.hubUrl, options.token(), report, range).catch(() => {
        status.textContent = text.failed;
        status.classList.add('error');
      });
    });
    return h(
      'section',
      { class: 'report', 'data-report': report, 'aria-labelledby': id },
      h('div', { class: 'report-head' }, h('h3', { id }, heading), csv),
      ...parts,
    );
  }

  /** A data table: every value with its raw number in data-value, each cell labelled for the phone layout. */
  function table(caption: string, columns: Column[], rows: Row[]): HTMLElement {
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'report-table' },
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column.label)))),
        h(
          'tbody',
          {},
          ...rows.map((row) =>
            h(
              'tr',
              {},
              ...columns.map((column, index) =>
                h(
                  index === 0 ? 'th' : 'td',
                  {
                    ...(index === 0 ? { scope: 'row' } : {}),
                    'data-label': column.label,
                    'data-column': column.key,
                    'data-value': JSON.stringify(row[column.key] ?? null),
                  },
                  column.format(row[column.key] ?? null),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  const empty = () => h('p', { class: 'empty' }, text.noData);
  const chart = (handle: ChartHandle) => {
    charts.push(handle);
    return handle.element;
  };

  function kpis(reports: Reports): HTMLElement {
    const funnel = new Map(rowsOf(reports.funnel).map((row) => [String(row.step), row]));
    const [handoffs] = rowsOf(reports.handoffs);
    const [cost] = rowsOf(reports.cost);
    const [optouts] = rowsOf(reports.optouts);
    const [satisfaction] = rowsOf(reports.satisfaction);
    const tile = (key: string, label: string, value: Cell, shown: string, note?: string) =>
      h(
        'div',
        { class: 'kpi', 'data-kpi': key },
        h('dt', {}, label),
        h('dd', { 'data-value': JSON.stringify(value) }, shown),
        note ? h('dd', { class: 'note' }, note) : null,
      );
    const step = (name: string) => funnel.get(name) ?? {};
    const ratings = Number(satisfaction?.ratings ?? 0);
    return h(
      'section',
      { class: 'kpis', 'aria-labelledby': 'kpis-title' },
      h('h3', { id: 'kpis-title', class: 'visually-hidden' }, text.kpis),
      h(
        'dl',
        {},
        tile(
          'inquiries',
          text.inquiries,
          step('inquiry').count ?? 0,
          format.integer(step('inquiry').count ?? 0),
        ),
        ...(['qualified', 'appointment', 'closed'] as const).map((name) =>
          tile(
            name,
            { qualified: text.qualified, appointment: text.appointments, closed: text.closed }[name],
            step(name).count ?? 0,
            format.integer(step(name).count ?? 0),
            format.percent(step(name).conversion_from_inquiry ?? null),
          ),
        ),
        tile(
          'handoff_rate',
          text.handoffRate,
          handoffs?.rate_per_inquiry ?? null,
          format.percent(handoffs?.rate_per_inquiry ?? null),
        ),
        tile(
          'opt_out_rate',
          text.optOutRate,
          optouts?.opt_out_rate ?? null,
          format.percent(optouts?.opt_out_rate ?? null),
        ),
        tile(
          'satisfaction',
          text.satisfaction,
          satisfaction?.average ?? null,
          satisfaction?.average == null ? '—' : `${format.decimal(satisfaction.average)} / 5`,
          text.ratings(ratings),
        ),
        tile(
          'cost_per_qualified',
          text.costPerQualified,
          cost?.cost_per_qualified_usd ?? null,
          format.usd(cost?.cost_per_qualified_usd ?? null),
        ),
        tile(
          'cost_per_booked',
          text.costPerBooked,
          cost?.cost_per_booked_usd ?? null,
          format.usd(cost?.cost_per_booked_usd ?? null),
        ),
      ),
    );
  }

  function funnelSection(reports: Reports): HTMLElement {
    const rows = rowsOf(reports.funnel);
    const labels = rows.map((row) => text.steps[String(row.step)] ?? words(row.step));
    const counts = rows.map((row) => Number(row.count ?? 0));
    const summary = text.funnelSummary(
      rows.map((row, index) => `${labels[index]} ${format.integer(row.count ?? null)}`).join(', '),
    );
    return section(
      'funnel',
      text.funnel,
      counts[0]
        ? chart(
            barChart({
              labels,
              values: counts,
              label: text.count,
              summary,
              format: format.integer,
              integer: true,
            }),
          )
        : empty(),
      table(
        text.funnel,
        [
          { key: 'step', label: text.step, format: (value) => text.steps[String(value)] ?? words(value) },
          { key: 'count', label: text.count, format: format.integer },
          { key: 'conversion_from_previous', label: text.fromPrevious, format: format.percent },
          { key: 'conversion_from_inquiry', label: text.fromInquiry, format: format.percent },
        ],
        rows,
      ),
    );
  }

  function timingsSection(reports: Reports): HTMLElement {
    const rows = rowsOf(reports.timings);
    const days = [...new Set(rows.map((row) => String(row.day)))].sort();
    const valueOn = (day: string, timing: string, column: string) => {
      const value = rows.find((row) => row.day === day && row.timing === timing)?.[column];
      return typeof value === 'number' ? value : null;
    };
    const series = TIMED.flatMap((timing) => [
      {
        label: `${text.timingNames[timing]} · ${text.median}`,
        values: days.map((day) => valueOn(day, timing, 'median_ms')),
        dashed: false,
      },
      {
        label: `${text.timingNames[timing]} · ${text.p90}`,
        values: days.map((day) => valueOn(day, timing, 'p90_ms')),
        dashed: true,
      },
    ]);
    return section(
      'timings',
      text.timings,
      h('p', { class: 'report-note' }, text.timingsNote),
      days.length
        ? chart(
            durationLines({
              days,
              series,
              summary: text.timingsSummary(days.length),
              format: (ms) => format.duration(ms),
            }),
          )
        : empty(),
      table(
        text.timings,
        [
          { key: 'day', label: text.day, format: (value) => String(value) },
          {
            key: 'timing',
            label: text.timing,
            format: (value) => text.timingNames[String(value)] ?? words(value),
          },
          { key: 'count', label: text.count, format: format.integer },
          { key: 'median_ms', label: text.median, format: format.duration },
          { key: 'p90_ms', label: text.p90, format: format.duration },
        ],
        rows,
      ),
    );
  }

  function handoffsSection(reports: Reports): HTMLElement {
    const rows = rowsOf(reports.handoffs);
    const reasons = rows.filter((row) => row.reason !== 'all');
    const all = rows.find((row) => row.reason === 'all');
    return section(
      'handoffs',
      text.handoffs,
      reasons.length
        ? chart(
            barChart({
              labels: reasons.map((row) => words(row.reason)),
              values: reasons.map((row) => Number(row.handoffs ?? 0)),
              label: text.handoffsCount,
              summary: text.handoffsSummary(format.percent(all?.rate_per_inquiry ?? null)),
              format: format.integer,
              integer: true,
            }),
          )
        : empty(),
      table(
        text.handoffs,
        [
          {
            key: 'reason',
            label: text.reason,
            format: (value) => (value === 'all' ? text.allReasons : words(value)),
          },
          { key: 'handoffs', label: text.handoffsCount, format: format.integer },
          { key: 'rate_per_inquiry', label: text.ratePerInquiry, format: format.percent },
        ],
        rows,
      ),
    );
  }

  function dropoffSection(reports: Reports): HTMLElement {
    const rows = rowsOf(reports.dropoff);
    return section(
      'dropoff',
      text.dropoff,
      rows.length
        ? chart(
            barChart({
              labels: rows.map((row) => words(row.question)),
              values: rows.map((row) => Number(row.stop_rate ?? 0)),
              label: text.stopRate,
              summary: text.dropoffSummary,
              format: (value) => format.percent(value),
              max: 1,
            }),
          )
        : empty(),
      table(
        text.dropoff,
        [
          { key: 'question', label: text.question, format: words },
          { key: 'asked', label: text.asked, format: format.integer },
          { key: 'stopped', label: text.stopped, format: format.integer },
          { key: 'stop_rate', label: text.stopRate, format: format.percent },
        ],
        rows,
      ),
    );
  }

  function agentsSection(reports: Reports): HTMLElement {
    const rows = rowsOf(reports.agents);
    return section(
      'agents',
      text.agents,
      rows.length
        ? table(
            text.agents,
            [
              { key: 'agent', label: text.agent, format: (value) => String(value) },
              { key: 'claimed', label: text.claimed, format: format.integer },
              { key: 'median_time_to_claim_ms', label: text.timeToClaim, format: format.duration },
              { key: 'p90_time_to_claim_ms', label: text.timeToClaimP90, format: format.duration },
              { key: 'median_first_reply_ms', label: text.firstReply, format: format.duration },
              { key: 'p90_first_reply_ms', label: text.firstReplyP90, format: format.duration },
              { key: 'booked', label: text.booked, format: format.integer },
              { key: 'closed', label: text.closedDeals, format: format.integer },
              { key: 'outcomes', label: text.outcomes, format: format.integer },
              { key: 'satisfaction', label: text.satisfaction, format: format.decimal },
              { key: 'coaching_shown', label: text.coachingShown, format: format.integer },
              { key: 'coaching_used', label: text.coachingUsed, format: format.integer },
            ],
            rows,
          )
        : empty(),
    );
  }

  function costSection(reports: Reports): HTMLElement {
    return section(
      'cost',
      text.cost,
      table(
        text.cost,
        [
          { key: 'model_cost_usd', label: text.totalCost, format: format.usd },
          { key: 'tokens_in', label: text.tokensIn, format: format.integer },
          { key: 'tokens_out', label: text.tokensOut, format: format.integer },
          { key: 'qualified', label: text.qualified, format: format.integer },
          { key: 'cost_per_qualified_usd', label: text.costPerQualified, format: format.usd },
          { key: 'booked', label: text.booked, format: format.integer },
          { key: 'cost_per_booked_usd', label: text.costPerBooked, format: format.usd },
        ],
        rowsOf(reports.cost),
      ),
    );
  }

  function optoutsSection(reports: Reports): HTMLElement {
    return section(
      'optouts',
      text.optouts,
      table(
        text.optouts,
        [
          { key: 'inquiries', label: text.inquiries, format: format.integer },
          { key: 'opted_out', label: text.optedOut, format: format.integer },
          { key: 'opt_out_rate', label: text.optOutRate, format: format.percent },
        ],
        rowsOf(reports.optouts),
      ),
    );
  }

  function satisfactionSection(reports: Reports): HTMLElement {
    return section(
      'satisfaction',
      text.satisfactionTitle,
      table(
        text.satisfactionTitle,
        [
          { key: 'ratings', label: text.ratingsCount, format: format.integer },
          { key: 'average', label: text.average, format: format.decimal },
          { key: 'rated_share', label: text.ratedShare, format: format.percent },
        ],
        rowsOf(reports.satisfaction),
      ),
    );
  }

  function render(reports: Reports) {
    for (const handle of charts) handle.destroy();
    charts = [];
    body.replaceChildren(
      kpis(reports),
      h(
        'div',
        { class: 'report-grid' },
        funnelSection(reports),
        timingsSection(reports),
        handoffsSection(reports),
        dropoffSection(reports),
      ),
      agentsSection(reports),
      h(
        'div',
        { class: 'report-grid' },
        costSection(reports),
        optoutsSection(reports),
        satisfactionSection(reports),
      ),
    );
  }

  renderChrome();
  let loadedOnce = false;
  return {
    element,
    /** The view was opened: the first time, it loads the default range (the last 30 days). */
    shown() {
      if (loadedOnce) return;
      loadedOnce = true;
      void load();
    },
    destroy() {
      for (const handle of charts) handle.destroy();
      charts = [];
    },
  };
}
