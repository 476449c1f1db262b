import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { DURATION_EDGES_MS } from '../../../src/analytics/rollups.js';

// Only the parts the Reports use (tree-shaken: bar and line charts, category, linear and log axes).
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Legend,
  Tooltip,
);

/** Colours with at least 3:1 contrast on white (WCAG non-text contrast), told apart by dash as well as hue. */
const PALETTE = ['#0f5c4d', '#b34700', '#3b6ea5', '#7a3e9d'] as const;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ChartHandle {
  /** The chart's canvas inside its sized box (the box goes in the page). */
  element: HTMLElement;
  destroy(): void;
}

/**
 * A chart in a box of fixed height that follows its width. The canvas is an image to assistive technology, named
 * by `label` (a one-line summary); the data table beside it has every number.
 */
function mount(config: ChartConfiguration, label: string): ChartHandle {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const box = document.createElement('div');
  box.className = 'chart-box';
  box.append(canvas);
  const chart = new Chart(canvas, {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      ...config.options,
    },
  });
  return { element: box, destroy: () => chart.destroy() };
}

/** Horizontal bars: one value per label (the funnel's counts, the hand-off reasons, the drop-off rates). */
export function barChart(options: {
  labels: string[];
  values: number[];
  label: string;
  summary: string;
  format: (value: number) => string;
  max?: number;
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
}): ChartHandle {
  return mount(
    {
      type: 'bar',
      data: {
        labels: options.labels,
        datasets: [
          { label: options.label, data: options.values, backgroundColor: PALETTE[0], borderRadius: 4 },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => options.format(Number(item.raw)) } },
        },
        scales: {
          x: {
            beginAtZero: true,
            ...(options.max === undefined ? {} : { max: options.max }),
            ticks: {
              callback: (value) => options.format(Number(value)),
              maxTicksLimit: 5,
              ...(options.integer ? { precision: 0 } : {}),
            },
          },
          y: { ticks: { autoSkip: false } },
        },
      },
    },
    options.summary,
  );
}

/** Lines over days on a log axis of durations (medians and p90s); a day without data is a gap. */
export function durationLines(options: {
  days: string[];
  series: { label: string; values: (number | null)[]; dashed: boolean }[];
  summary: string;
  format: (ms: number) => string;
}): ChartHandle {
  return mount(
    {
      type: 'line',
      data: {
        labels: options.days,
        datasets: options.series.map((series, index) => {
          const colour = PALETTE[Math.floor(index / 2) % PALETTE.length]!;
          return {
            label: series.label,
            data: series.values,
            borderColor: colour,
            backgroundColor: colour,
            borderDash: series.dashed ? [6, 4] : [],
            pointStyle: series.dashed ? 'rectRot' : 'circle',
            pointRadius: 3,
            spanGaps: true,
          };
        }),
      },
      options: {
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8 } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${options.format(Number(item.raw))}`,
            },
          },
        },
        scales: {
          y: {
            type: 'logarithmic',
            // Ticks at the histogram's bucket edges (5 s, 15 s, 30 s, 1 min, ...): the values a median can take.
            afterBuildTicks: (axis) => {
              const edges = DURATION_EDGES_MS.filter((edge) => edge >= axis.min && edge <= axis.max);
              const step = Math.ceil(edges.length / 6);
              axis.ticks = edges.filter((_, index) => index % step === 0).map((value) => ({ value }));
            },
            ticks: { callback: (value) => options.format(Number(value)) },
          },
          x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        },
      },
    },
    options.summary,
  );
}
