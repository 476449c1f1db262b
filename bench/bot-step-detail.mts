/**
 * Where the bot step's p99 comes from (BENCHMARKS.md, session 24): every step of the conversation scripts played
 * ROUNDS times (30) after 5 warm-up rounds, each step's minimum over the rounds (GC and scheduler noise removed),
 * the TOP (15) slowest steps by that minimum, CPU time per step, and the garbage collections seen during the timed
 * rounds with how many of the slowest samples hold one.
 *   ROUNDS=30 TOP=15 node --import tsx bench/bot-step-detail.mts
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadConversations } from '../tests/fixtures/conversations/load.js';
import { demoTenant, playScript } from './bots.js';

const rounds = Number(process.env.ROUNDS ?? 30);
const tenant = demoTenant();
const scripts = loadConversations();
type Step = { script: string; index: number; text: string; times: number[]; starts: number[] };
const gcs: { start: number; end: number; kind: number }[] = [];
let observing = false;
new PerformanceObserver((list) => {
  if (observing)
    for (const e of list.getEntries())
      gcs.push({
        start: e.startTime,
        end: e.startTime + e.duration,
        kind: (e as unknown as { detail: { kind: number } }).detail.kind,
      });
}).observe({ entryTypes: ['gc'] });
const steps: Step[] = [];
function play(round: number, record: boolean): void {
  let k = 0;
  for (const script of scripts) {
    playScript(script, tenant, ({ index, text, elapsedNs, startedAt }) => {
      if (record) {
        if (round === 0) steps.push({ script: script.name ?? String(k), index, text, times: [], starts: [] });
        steps[k]!.starts.push(startedAt);
        steps[k]!.times.push(elapsedNs);
      }
      k += 1;
    });
  }
}
for (let r = 0; r < 5; r += 1) play(r, false);
observing = true;
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r += 1) {
  play(r, true);
  await new Promise((res) => setImmediate(res));
}
const cpu = process.cpuUsage(cpu0);
await new Promise((res) => setTimeout(res, 50));
observing = false;
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const mins = steps.map((s) => Math.min(...s.times));
const meds = steps.map((s) => q(s.times, 0.5));
const all = steps.flatMap((s) => s.times);
const us = (n: number) => (n / 1000).toFixed(0);
console.log(
  `steps ${steps.length} x ${rounds}; cpu per step ${((cpu.user + cpu.system) / all.length).toFixed(0)} us`,
);
console.log(`all samples: p50 ${us(q(all, 0.5))} p99 ${us(q(all, 0.99))} max ${us(Math.max(...all))}`);
console.log(
  `per-step min: p50 ${us(q(mins, 0.5))} p90 ${us(q(mins, 0.9))} p99 ${us(q(mins, 0.99))} max ${us(Math.max(...mins))}`,
);
console.log(`per-step median: p50 ${us(q(meds, 0.5))} p99 ${us(q(meds, 0.99))}`);
const sum = mins.reduce((a, b) => a + b, 0);
console.log(`sum of mins ${us(sum)} us`);
const order = steps.map((s, i) => ({ s, m: mins[i]!, med: meds[i]! })).sort((a, b) => b.m - a.m);
for (const o of order.slice(0, Number(process.env.TOP ?? 15)))
  console.log(
    `${us(o.m)} (med ${us(o.med)}) ${o.s.script}#${o.s.index} len ${o.s.text.length}: ${o.s.text.slice(0, 90)}`,
  );
// Samples above 1ms: how many belong to steps whose min is above 1ms?
const over = all.filter((t) => t > 1e6).length;
const overSlowSteps = steps.reduce(
  (n, s, i) => n + (mins[i]! > 0.6e6 ? s.times.filter((t) => t > 1e6).length : 0),
  0,
);
console.log(
  `samples > 1ms: ${over} (${((100 * over) / all.length).toFixed(2)}%), of which in steps with min > 0.6ms: ${overSlowSteps}`,
);
const minor = gcs.filter((g) => g.kind === 1);
console.log(
  `gc during timed rounds: ${gcs.length} (${minor.length} scavenges, ${((gcs.length / all.length) * 100).toFixed(2)}% of steps), total ${gcs.reduce((a, g) => a + g.end - g.start, 0).toFixed(1)} ms, scavenge p50 ${q(
    minor.map((g) => g.end - g.start),
    0.5,
  )?.toFixed(2)} ms`,
);
const hitByGc = (s: Step, i: number) =>
  gcs.some((g) => g.start >= s.starts[i]! && g.start < s.starts[i]! + s.times[i]! / 1e6);
let gcOver = 0;
for (const s of steps)
  s.times.forEach((t, i) => {
    if (t > 1e6 && hitByGc(s, i)) gcOver += 1;
  });
const p99 = q(all, 0.99);
let gcTop = 0;
let top = 0;
for (const s of steps)
  s.times.forEach((t, i) => {
    if (t >= p99) {
      top += 1;
      if (hitByGc(s, i)) gcTop += 1;
    }
  });
console.log(
  `samples > 1ms holding a GC: ${gcOver} of ${over}; samples >= p99 holding a GC: ${gcTop} of ${top}`,
);
