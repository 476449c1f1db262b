import type { ReportsLang } from './i18n.js';

/** The report tables the view reads (GET /api/analytics/:report, src/analytics/reports.ts). */
export const REPORTS = [
  'funnel',
  'timings',
  'handoffs',
  'dropoff',
  'agents',
  'cost',
  'optouts',
  'satisfaction',
] as const;
export type ReportKey = (typeof REPORTS)[number];

export type Cell = string | number | null;
export interface ReportTable {
  report: string;
  from: string;
  to: string;
  columns: string[];
  rows: Cell[][];
}
export type Row = Record<string, Cell>;
export type Reports = Record<ReportKey, ReportTable>;

/** The longest range the hub answers (days, both ends included; MAX_REPORT_DAYS). */
export const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export interface DateRange {
  from: string;
  to: string;
}

/** The last `days` UTC days up to today. */
export function lastDays(days: number, now = new Date()): DateRange {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(Date.parse(to) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/** Whether the hub accepts the range: both days valid, in order, at most MAX_DAYS. */
export function validRange({ from, to }: DateRange): boolean {
  const start = Date.parse(from);
  const end = Date.parse(to);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(from) &&
    /^\d{4}-\d{2}-\d{2}$/.test(to) &&
    Number.isFinite(start) &&
    Number.isFinite(end) &&
    start <= end &&
    end - start < MAX_DAYS * DAY_MS
  );
}

/** The table's rows as records by column name. */
export const rowsOf = (table: ReportTable): Row[] =>
  table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column, index) => [column, row[index] ?? null])),
  );

export const reportUrl = (
  hubUrl: string,
  report: ReportKey,
  range: DateRange,
  format: 'json' | 'csv' = 'json',
) =>
  `${hubUrl}/api/analytics/${report}?from=${range.from}&to=${range.to}${format === 'csv' ? '&format=csv' : ''}`;

async function get(url: string, token: string): Promise<Response> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

/** Every report of the range, read at once. */
export async function loadReports(hubUrl: string, token: string, range: DateRange): Promise<Reports> {
  const tables = await Promise.all(
    REPORTS.map(
      async (report) => (await (await get(reportUrl(hubUrl, report, range), token)).json()) as ReportTable,
    ),
  );
  return Object.fromEntries(REPORTS.map((report, index) => [report, tables[index]!])) as Reports;
}

/** Downloads one report as the hub's CSV (the request carries the token; a link could not). */
export async function downloadCsv(hubUrl: string, token: string, report: ReportKey, range: DateRange) {
  const blob = await (await get(reportUrl(hubUrl, report, range, 'csv'), token)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${report}-${range.from}-${range.to}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Number formats of the view's language. */
export function formats(lang: ReportsLang) {
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const usd = (digits: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const cents = usd(2);
  const small = usd(4);
  const dash = '—';
  return {
    integer: (value: Cell) => (typeof value === 'number' ? integer.format(value) : dash),
    decimal: (value: Cell) => (typeof value === 'number' ? decimal.format(value) : dash),
    percent: (value: Cell) => (typeof value === 'number' ? percent.format(value) : dash),
    usd: (value: Cell) =>
      typeof value === 'number' ? (value !== 0 && value < 1 ? small : cents).format(value) : dash,
    /** A duration in ms as its largest unit: "30 s", "5 min", "2 h"; a null median is past the last bucket. */
    duration: (value: Cell) => {
      if (typeof value !== 'number') return dash;
      if (value < 60_000) return `${decimal.format(value / 1_000)} s`;
      if (value < 3_600_000) return `${decimal.format(value / 60_000)} min`;
      return `${decimal.format(value / 3_600_000)} h`;
    },
  };
}
export type Formats = ReturnType<typeof formats>;
