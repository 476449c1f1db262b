import { benchBotSteps, benchLongTextSteps } from './bots.js';
import { benchCoachingLatency } from './coaching.js';
import { benchClusterScale } from './cluster-scale.js';
import { benchCrossNode, type CrossNodeRow, type HubVariant } from './cluster.js';
import type { RunCost } from './cluster-meter.js';
import { benchCoachingBurst } from './coaching-burst.js';
import { benchStall } from './stall.js';
import { benchSoak, printSoak } from './soak.js';
import {
  startDurableServer,
  type DurableAcceptResult,
  type DurableServer,
  type DurableServerKind,
} from './durable-accept.js';
import { benchHubVsRaw } from './hub-vs-raw.js';
import { benchIdleConnections } from './idle-connections.js';
import { benchListings } from './listings.js';
import { benchNarrative } from './narrative.js';
import { benchAnalytics } from './analytics.js';
import { loadavg } from 'node:os';
import { fmt, summarize, type Summary } from './stats.js';

const SECTIONS = [
  'single',
  'bots',
  'coaching',
  'cluster',
  'cluster3',
  'durable',
  'burst',
  'idle',
  'stall',
  'listings',
  'narrative',
  'analytics',
  'search',
  'soak',
] as const;

/** Sections that run only when named: the soak holds the machine for an hour by default. */
const ONLY_WHEN_NAMED: readonly string[] = ['soak'];

const row = (name: string, hub: Summary, raw?: Summary) =>
  `| ${name} | ${fmt(hub.p50)} | ${fmt(hub.p99)} | ${raw ? fmt(raw.p50) : '-'} | ${raw ? fmt(raw.p99) : '-'} | ${raw ? fmt(hub.p50 / raw.p50, 2) : '-'} |`;

async function main(): Promise<void> {
  const started = Date.now();
  // `npm run bench -- durable burst` or BENCH_ONLY=durable,burst runs only those sections.
  const only = process.argv.length > 2 ? process.argv.slice(2) : process.env.BENCH_ONLY?.split(',');
  const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
  if (unknown.length)
    throw new Error(`unknown section ${unknown.join(', ')}; pick from ${SECTIONS.join(', ')}`);
  const wanted = (name: (typeof SECTIONS)[number]) =>
    only ? only.includes(name) : !ONLY_WHEN_NAMED.includes(name);
  console.log(
    'Jorge Hub benchmarks (loopback only; each figure next to a raw Socket.IO baseline from this run)\n',
  );

  if (wanted('single')) {
    const single = await benchHubVsRaw({ messages: 1_000, tokens: 2_000 });
    console.log('| path (one process, ms) | hub p50 | hub p99 | raw p50 | raw p99 | ratio p50 |');
    console.log('|---|---|---|---|---|---|');
    const normal = await benchHubVsRaw({ messages: 1_000, tokens: 10, synchronous: 'normal' });
    console.log(
      row('message accept (send → ack after SQLite commit, fsync: full)', single.acceptHub, single.acceptRaw),
    );
    console.log(row('message accept (HUB_SQLITE_SYNCHRONOUS=normal)', normal.acceptHub, normal.acceptRaw));
    console.log(row('token fan-out (publish → agent receives)', single.fanoutHub, single.fanoutRaw));
    console.log(row('replay of 500 messages (resume → ack)', single.replay500));
    console.log('');
  }

  if (wanted('bots')) {
    const bots = await benchBotSteps();
    console.log(
      `bot step (pure, ${bots.steps} steps over the conversation scripts): p50 ${fmt(bots.p50Us, 1)} µs, p99 ${fmt(bots.p99Us, 1)} µs\n`,
    );
    console.log('| bot step on a 2,000-character message (median ms, warm) | ms |');
    console.log('|---|---|');
    for (const [family, ms] of Object.entries(benchLongTextSteps()))
      console.log(`| ${family} | ${fmt(ms, 2)} |`);
    console.log('');
  }

  if (wanted('listings')) {
    const listings = await benchListings();
    console.log(
      `listing catalogue: ${listings.listings.toLocaleString('en-US')} listings imported from JSON in ${fmt(listings.importMs / 1_000, 2)} s (target < 60 s), active ones indexed in ${fmt(listings.indexMs, 0)} ms; matching for a lead p50 ${fmt(listings.match.p50)} ms, p99 ${fmt(listings.match.p99)} ms (target p99 < 20 ms)\n`,
    );
  }

  if (wanted('narrative')) {
    // BENCH_NARRATIVES sets the number of model narratives (default 50); five stalled requests follow.
    const narrative = await benchNarrative(Number(process.env.BENCH_NARRATIVES ?? 50));
    console.log(
      `listing narrative to the lead (${narrative.requests} requests, fake API with ${narrative.deltas} deltas ${narrative.deltaMs} ms apart; listing:narrative sent → widget receives): first token p50 ${fmt(narrative.firstToken.p50, 0)} ms, p99 ${fmt(narrative.firstToken.p99, 0)} ms (target < 1 s); whole narrative p50 ${fmt(narrative.total.p50, 0)} ms, p99 ${fmt(narrative.total.p99, 0)} ms; model stalled (${narrative.stalls} requests, first-token budget ${narrative.firstTokenBudgetMs} ms): template first token p50 ${fmt(narrative.fallback.p50, 0)} ms, max ${fmt(narrative.fallback.max, 0)} ms (target < 2 s)\n`,
    );
  }

  if (wanted('analytics')) {
    // BENCH_ANALYTICS_CONVERSATIONS sets the size (default 20,000 conversations, about 300,000 events).
    const analytics = await benchAnalytics(Number(process.env.BENCH_ANALYTICS_CONVERSATIONS ?? 20_000));
    console.log(
      `analytics: ${analytics.conversations.toLocaleString('en-US')} conversations, ${analytics.events.toLocaleString('en-US')} events and their rollups written in ${fmt(analytics.writeMs / 1_000, 2)} s (${fmt(analytics.fileBytes / 1e9, 2)} GB file); store opened as the server opens it in ${fmt(analytics.openMs, 0)} ms; load average ${analytics.load.map((value) => fmt(value, 2)).join(' / ')} (write start / reports start / end); each report over 90 days, ${analytics.reports.funnel?.count ?? 0} runs (target p99 < 200 ms):\n`,
    );
    console.log('| report | p50 ms | p99 ms | max ms | first run ms |');
    console.log('|---|---|---|---|---|');
    for (const [name, summary] of Object.entries(analytics.reports))
      console.log(
        `| ${name} | ${fmt(summary.p50)} | ${fmt(summary.p99)} | ${fmt(summary.max)} | ${fmt(summary.first)} |`,
      );
    console.log('');
  }

  if (wanted('coaching')) {
    console.log(
      '| coaching streams (server in its own process) | hub p50 ms | hub p99 ms | raw p50 ms | raw p99 ms | added p50 ms | added p99 ms |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const result of await benchCoachingLatency([1, 50, 500])) {
      console.log(
        `| ${result.streams} | ${fmt(result.hub.p50)} | ${fmt(result.hub.p99)} | ${fmt(result.raw.p50)} | ${fmt(result.raw.p99)} | ${fmt(result.hub.p50 - result.raw.p50)} | ${fmt(result.hub.p99 - result.raw.p99)} |`,
      );
    }
    console.log(
      '(latency per model delta: fake Anthropic server writes it → the agent client receives it)\n',
    );
  }
  if (wanted('cluster')) await clusterSection();
  if (wanted('cluster3')) await clusterScaleSection();
  if (wanted('durable')) await durableSection();
  if (wanted('burst')) await burstSection();
  if (wanted('idle')) await idleSection(Number(process.env.BENCH_IDLE_CONNECTIONS ?? 15_000));
  if (wanted('stall')) await stallSection();
  if (wanted('search')) await searchSection();
  if (wanted('soak')) await soakSection();
  console.log(`finished in ${((Date.now() - started) / 1_000).toFixed(1)} s`);
}

/**
 * The cross-node section: `npm run bench -- cluster` (about 1.5 minutes a round and variant here). Variants:
 * BENCH_CLUSTER_COMPARE=/other/checkout adds that checkout's hub ("base"), BENCH_CLUSTER_SHARDED=1 adds this hub
 * with REDIS_SHARDED=true ("sharded"), each over its own private Redis, in the same rounds.
 */
async function clusterSection(): Promise<void> {
  const started = Date.now();
  const variants: HubVariant[] = [{ label: 'hub' }];
  if (process.env.BENCH_CLUSTER_COMPARE)
    variants.push({ label: 'base', root: process.env.BENCH_CLUSTER_COMPARE });
  if (process.env.BENCH_CLUSTER_SHARDED === '1')
    variants.push({ label: 'sharded', env: { REDIS_SHARDED: 'true' } });
  const cross = await benchCrossNode({
    concurrencies: (process.env.BENCH_CLUSTER_STREAMS ?? '1,50,500').split(',').map(Number),
    messages: Number(process.env.BENCH_CLUSTER_MESSAGES ?? 300),
    rounds: Number(process.env.BENCH_CLUSTER_ROUNDS ?? 1),
    variants,
  });
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(`adapters: ${JSON.stringify(cross.adapters)}; load average at the end ${load}`);
  console.log(
    '| cross-node (2 processes + Redis), ms | round | variant | hub p50 | hub p99 | raw p50 | raw p99 | ratio p50 | ratio p99 | hub on A p50 | hub on A p99 | B/A p50 | B/A p99 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const line = (name: string, result: CrossNodeRow, local = result.hubLocal) =>
    console.log(
      `| ${name} | ${result.round + 1} | ${result.variant} | ${fmt(result.hub.p50)} | ${fmt(result.hub.p99)} | ${fmt(result.raw.p50)} | ${fmt(result.raw.p99)} | ${fmt(result.hub.p50 / result.raw.p50, 2)} | ${fmt(result.hub.p99 / result.raw.p99, 2)} | ${local ? `${fmt(local.p50)} | ${fmt(local.p99)} | ${fmt(result.hub.p50 / local.p50, 2)} | ${fmt(result.hub.p99 / local.p99, 2)}` : '- | - | - | -'} |`,
    );
  for (const result of cross.tokens)
    line(`coaching token, ${result.streams} streams (A → client on B)`, result);
  for (const result of cross.accept) line('lead message on A → staff on B', result);
  console.log(
    '\nthe same token rows, deltas before the COMPLIANCE line only (the hub holds that line to the end):',
  );
  console.log(
    '| streams | round | variant | hub p50 | hub p99 | raw p50 | raw p99 | ratio p50 | ratio p99 | hub on A p50 | hub on A p99 | B/A p50 | B/A p99 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const result of cross.tokens) {
    if (!result.unheld) continue;
    line(
      String(result.streams),
      { ...result, hub: result.unheld.hub, raw: result.unheld.raw },
      result.unheld.hubLocal,
    );
  }
  console.log(
    '\n| cost per model delta / per message | round | side | node A CPU µs | node B CPU µs | Redis CPU µs | Redis commands | Redis bytes in | Redis bytes out |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const costLine = (name: string, round: number, side: string, cost: RunCost | undefined) => {
    if (!cost) return;
    console.log(
      `| ${name} | ${round + 1} | ${side} | ${fmt(cost.cpuUs[0]!, 0)} | ${fmt(cost.cpuUs[1]!, 0)} | ${fmt(cost.redisCpuUs, 0)} | ${fmt(cost.redisCommands, 2)} | ${fmt(cost.redisInBytes, 0)} | ${fmt(cost.redisOutBytes, 0)} |`,
    );
  };
  for (const result of [...cross.tokens, ...cross.accept]) {
    const name = result.streams ? `${result.streams} streams` : 'lead message';
    costLine(name, result.round, result.variant, result.hubCost);
    if (result.variant === variants[0]!.label) costLine(name, result.round, 'raw', result.rawCost);
  }
  console.log(
    `(raw = bare Socket.IO + @socket.io/redis-adapter processes, same fake model; CPU from /proc, Redis from INFO; the section took ${((Date.now() - started) / 1_000).toFixed(0)} s)\n`,
  );
}

/**
 * Three hub processes, one Redis, idle widget connections spread over them (BENCH_CLUSTER3_CONNECTIONS per node,
 * default 10,000): a lead on A → an agent on A and an agent on C, the same messages. About 2 to 4 minutes here
 * (most of it opening the connections). BENCH_CLUSTER3_SHARDED=1 runs the hubs with REDIS_SHARDED=true.
 */
async function clusterScaleSection(): Promise<void> {
  const started = Date.now();
  const result = await benchClusterScale({
    connectionsPerNode: Number(process.env.BENCH_CLUSTER3_CONNECTIONS ?? 10_000),
    messages: Number(process.env.BENCH_CLUSTER3_MESSAGES ?? 300),
    ...(process.env.BENCH_CLUSTER3_SHARDED === '1' ? { hubEnv: { REDIS_SHARDED: 'true' } } : {}),
  });
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `three nodes: ${result.connections} idle widget connections over ${result.nodes} hubs (opened in ${fmt(result.connectSeconds, 0)} s), adapter ${result.adapter}, load average ${load}`,
  );
  console.log('| lead message accepted on node A → agent, ms | p50 | p99 | max |');
  console.log('|---|---|---|---|');
  console.log(
    `| agent on node A (single node) | ${fmt(result.sameNode.p50)} | ${fmt(result.sameNode.p99)} | ${fmt(result.sameNode.max)} |`,
  );
  console.log(
    `| agent on node C (across nodes) | ${fmt(result.crossNode.p50)} | ${fmt(result.crossNode.p99)} | ${fmt(result.crossNode.max)} |`,
  );
  console.log(
    `ratio C/A: p50 ${fmt(result.crossNode.p50 / result.sameNode.p50, 2)}, p99 ${fmt(result.crossNode.p99 / result.sameNode.p99, 2)}`,
  );
  const cost = result.cost;
  console.log(
    `per message: CPU µs A ${cost.cpuUs.map((us) => fmt(us, 0)).join(' / ')} (A/B/C), Redis CPU ${fmt(cost.redisCpuUs, 0)} µs, ${fmt(cost.redisCommands, 2)} commands, ${fmt(cost.redisInBytes, 0)} bytes in, ${fmt(cost.redisOutBytes, 0)} bytes out`,
  );
  console.log(`(the section took ${((Date.now() - started) / 1_000).toFixed(0)} s)\n`);
}

const durableRow = (name: string, result: DurableAcceptResult, ratio: string) =>
  `| ${name} | ${fmt(result.perSecond, 0)} | ${ratio} | ${fmt(result.ack.p50, 1)} | ${fmt(result.ack.p99, 1)} | ${fmt(result.server.eventLoopP99Ms, 1)} | ${fmt(result.server.eventLoopMaxMs, 1)} | ${fmt((result.server.cpuMs * 1_000) / result.acked, 0)} | ${fmt((result.server.mainBusyMs * 1_000) / result.acked, 0)} |`;

/** Several passes of one server as one result: latencies pooled, CPU and counters summed, msg/s the median pass. */
function combinePasses(passes: DurableAcceptResult[]): DurableAcceptResult {
  const sum = (pick: (pass: DurableAcceptResult) => number) =>
    passes.reduce((total, pass) => total + pick(pass), 0);
  const latencies = passes.flatMap((pass) => pass.latencies);
  const firstLatencies = passes.flatMap((pass) => pass.firstLatencies);
  const laterLatencies = passes.flatMap((pass) => pass.laterLatencies);
  const threads = passes.every((pass) => pass.server.threadCpuMs)
    ? {
        main: sum((pass) => pass.server.threadCpuMs!.main),
        busiestOther: sum((pass) => pass.server.threadCpuMs!.busiestOther),
        rest: sum((pass) => pass.server.threadCpuMs!.rest),
      }
    : undefined;
  return {
    mode: passes[0]!.mode,
    acked: sum((pass) => pass.acked),
    perSecond: median(passes.map((pass) => pass.perSecond)),
    latencies,
    firstLatencies,
    laterLatencies,
    ack: summarize(latencies),
    server: {
      // Percentiles of the median pass (the histograms of the passes cannot be merged); the max of them all.
      eventLoopP50Ms: median(passes.map((pass) => pass.server.eventLoopP50Ms)),
      eventLoopP99Ms: median(passes.map((pass) => pass.server.eventLoopP99Ms)),
      eventLoopMaxMs: Math.max(...passes.map((pass) => pass.server.eventLoopMaxMs)),
      cpuMs: sum((pass) => pass.server.cpuMs),
      mainBusyMs: sum((pass) => pass.server.mainBusyMs),
      ...(threads ? { threadCpuMs: threads } : {}),
      commits: sum((pass) => pass.server.commits ?? 0),
      calls: sum((pass) => pass.server.calls ?? 0),
    },
    clientCpuMs: sum((pass) => pass.clientCpuMs),
    elapsedMs: sum((pass) => pass.elapsedMs),
    botsDoneMs: Math.max(...passes.map((pass) => pass.botsDoneMs ?? 0)),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * (a) Durable accept: 200 visitors x 10 lead messages back to back, each server in its own process. Every server
 * is started and warmed up first; then ROUNDS rounds each measure one pass of every server, one after the other
 * (each pass has fresh visitors; a hub pass ends when its bot turns are done). The ratio to the bare group-commit
 * server is taken per round, from passes a few seconds apart, and the median round is reported: this machine's
 * speed drifts by a factor of two within minutes, which one pass of each server (half a second of load each,
 * tens of seconds apart) turned into ratios anywhere from 0.3 to 0.8 for the same build.
 */
async function durableSection(): Promise<void> {
  const options = { visitors: 200, messagesEach: 10 };
  const rounds = Math.max(1, Number(process.env.BENCH_DURABLE_ROUNDS ?? 5));
  // BENCH_DURABLE_QUICK=1: only the hub with production settings and the bare group-commit server (for comparing
  // two builds in interleaved runs; the other rows print as skipped).
  const quick = process.env.BENCH_DURABLE_QUICK === '1';
  // BENCH_DURABLE_COMPARE=<another checkout, with its node_modules>: its hub runs in the same rounds (an A/B of two
  // builds on the same minutes of this machine); the ratio of the two hubs is printed per round.
  const compareCheckout = process.env.BENCH_DURABLE_COMPARE;
  const modes: DurableServerKind[] = quick
    ? ['bare-group', 'hub']
    : ['bare-group', 'hub', 'bare-tx', 'hub-eager'];
  if (compareCheckout) modes.push('hub-compare');
  // BENCH_DURABLE_EVENTS=1: the hub without its lead events (bench-only store setting) in the same rounds, right
  // after the hub in each round; the ratio of the two hubs is printed per round (issue 35: at most 5% slower).
  if (process.env.BENCH_DURABLE_EVENTS === '1') modes.splice(modes.indexOf('hub') + 1, 0, 'hub-no-events');
  const servers: DurableServer[] = [];
  try {
    for (const mode of modes) {
      servers.push(
        await startDurableServer(mode, { ...options, ...(compareCheckout ? { compareCheckout } : {}) }),
      );
    }
    const passes = new Map<DurableServerKind, DurableAcceptResult[]>(modes.map((mode) => [mode, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const server of servers) passes.get(server.mode)!.push(await server.measure(round));
    }
    report(options, rounds, passes);
  } finally {
    for (const server of servers) await server.stop();
  }
}

function report(
  options: { visitors: number; messagesEach: number },
  rounds: number,
  passes: Map<DurableServerKind, DurableAcceptResult[]>,
): void {
  const bareGroupPasses = passes.get('bare-group')!;
  const combined = (mode: DurableServerKind) => {
    const list = passes.get(mode);
    return list ? combinePasses(list) : undefined;
  };
  const perRound = (mode: DurableServerKind) =>
    passes.get(mode)?.map((pass, round) => pass.perSecond / bareGroupPasses[round]!.perSecond);
  const vsGroup = (mode: DurableServerKind) => fmt(median(perRound(mode)!), 2);
  const [hub, eager, bareTx, bareGroup] = (['hub', 'hub-eager', 'bare-tx', 'bare-group'] as const).map(
    combined,
  );
  console.log(
    `| durable accept, ${options.visitors} visitors x ${options.messagesEach} messages (fsync: full), median of ${rounds} rounds | acked msg/s | vs bare group | ack p50 ms | ack p99 ms | loop delay p99 ms | loop delay max ms | server CPU µs/msg (all threads) | main thread busy µs/msg |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(
    durableRow('hub, Jorge bots on, production turn settings (quiet 1 s, max 3 s)', hub!, vsGroup('hub')),
  );
  if (eager) {
    console.log(
      durableRow('hub, Jorge bots on, no quiet window (a bot turn per message)', eager, vsGroup('hub-eager')),
    );
  }
  if (bareTx) {
    console.log(
      durableRow('bare Socket.IO + SQLite, one transaction per message', bareTx, vsGroup('bare-tx')),
    );
  }
  console.log(durableRow('bare Socket.IO + SQLite, one transaction per event-loop turn', bareGroup!, '1.00'));
  console.log(
    '(msg/s: the median pass; vs bare group: the median of the per-round ratios; ack percentiles over every pass; loop delay p99: the median pass, max: every pass; CPU: every pass)',
  );
  const withoutEvents = passes.get('hub-no-events');
  if (withoutEvents) {
    const hubPasses = passes.get('hub')!;
    const ratios = withoutEvents.map((pass, round) => hubPasses[round]!.perSecond / pass.perSecond);
    const cpu = (list: DurableAcceptResult[]) =>
      median(list.map((pass) => (pass.server.cpuMs * 1_000) / Math.max(1, pass.acked)));
    console.log(
      `(lead events: hub with them / hub without them (BENCH_DURABLE_EVENTS), msg/s per round: ${ratios.map((r) => fmt(r, 2)).join(' / ')}; median ${fmt(median(ratios), 3)}; msg/s median pass ${fmt(median(hubPasses.map((pass) => pass.perSecond)), 0)} with, ${fmt(median(withoutEvents.map((pass) => pass.perSecond)), 0)} without; server CPU µs/msg median pass ${fmt(cpu(hubPasses), 0)} with, ${fmt(cpu(withoutEvents), 0)} without; ack p99 ${fmt(combinePasses(hubPasses).ack.p99)} / ${fmt(combinePasses(withoutEvents).ack.p99)} ms)`,
    );
  }
  const compared = passes.get('hub-compare');
  if (compared) {
    const hubPasses = passes.get('hub')!;
    const ratios = compared.map((pass, round) => hubPasses[round]!.perSecond / pass.perSecond);
    console.log(
      `(hub of this checkout / hub of ${process.env.BENCH_DURABLE_COMPARE}, msg/s per round: ${ratios.map((r) => fmt(r, 2)).join(' / ')}; median ${fmt(median(ratios), 2)}; the other hub's median ratio to bare group commit ${vsGroup('hub-compare')}, ack p99 ${fmt(combinePasses(compared).ack.p99)} ms)`,
    );
  }
  for (const result of [hub, eager, bareTx, bareGroup, combined('hub-compare')]) {
    if (!result) continue;
    const first = summarize(result.firstLatencies);
    const later = summarize(result.laterLatencies);
    console.log(
      `(${result.mode}: ack p50 / p99 ms of each visitor's first message ${fmt(first.p50, 1)} / ${fmt(first.p99, 1)}, of the later ones ${fmt(later.p50, 1)} / ${fmt(later.p99, 1)})`,
    );
  }
  for (const mode of ['hub', 'hub-eager', 'hub-compare'] as const) {
    const ratios = perRound(mode);
    const loop = passes.get(mode)?.map((pass) => fmt(pass.server.eventLoopP99Ms, 1));
    if (ratios && loop) {
      console.log(
        `(${mode}, per round: ratio to bare group commit ${ratios.map((r) => fmt(r, 2)).join(' / ')}; loop delay p99 ms ${loop.join(' / ')})`,
      );
    }
  }
  for (const [name, result] of [
    ['hub', hub],
    ['hub, no quiet window', eager],
    ['hub-compare', combined('hub-compare')],
  ] as const) {
    if (!result) continue;
    console.log(
      `(${name}: ${result.server.calls} store calls in ${result.server.commits} commits; the slowest pass had every bot turn done ${fmt((result.botsDoneMs ?? 0) / 1_000, 1)} s after its first send)`,
    );
  }
  for (const result of [hub, eager, bareTx, bareGroup, combined('hub-compare')]) {
    if (!result) continue;
    const threads = result.server.threadCpuMs;
    if (!threads) continue;
    const perMessage = (value: number) => fmt((value * 1_000) / result.acked, 0);
    console.log(
      `(${result.mode}: server CPU µs per acked message by thread: main ${perMessage(threads.main)}, busiest other (the store worker in hub modes) ${perMessage(threads.busiestOther)}, the rest (GC helpers) ${perMessage(threads.rest)}; the bench client ${perMessage(result.clientCpuMs)}; cores busy (server + client) ${fmt((result.server.cpuMs + result.clientCpuMs) / result.elapsedMs, 2)})`,
    );
  }
  console.log('');
}

/**
 * (b) Coaching token latency when N lead messages start N coaching streams at once, for each N of
 * BENCH_BURST_STREAMS (default 50 and 500 agent-owned conversations; issue 37 item 3 is the 500 row).
 */
async function burstSection(): Promise<void> {
  const measured = Number(process.env.BENCH_BURST_MEASURED ?? 3);
  const sizes = (process.env.BENCH_BURST_STREAMS ?? '50,500')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => Number.isInteger(value) && value > 0);
  if (sizes.length === 0) throw new Error('BENCH_BURST_STREAMS: a comma-separated list of stream counts');
  for (const size of sizes) {
    const started = Date.now();
    const { streams, measuredBursts, hub, raw, cpu } = await benchCoachingBurst(size, 20, measured);
    console.log(
      `| coaching tokens, ${streams} streams started by a burst of lead messages (ms; server in its own process; ${measuredBursts} bursts pooled) | p50 | p90 | p99 | max |`,
    );
    console.log('|---|---|---|---|---|');
    const row = (name: string, s: typeof hub) =>
      `| ${name} | ${fmt(s.p50)} | ${fmt(s.p90)} | ${fmt(s.p99)} | ${fmt(s.max)} |`;
    console.log(row(`hub (${streams} agent-owned conversations, fsync: full)`, hub));
    console.log(row('raw SDK relay through bare Socket.IO', raw));
    console.log(
      `| ratio hub / raw | ${fmt(hub.p50 / raw.p50, 2)} | ${fmt(hub.p90 / raw.p90, 2)} | ${fmt(hub.p99 / raw.p99, 2)} | - |`,
    );
    console.log(
      `(latency per model delta, fake server writes it → the agent client receives it; 20 ms between deltas; ${hub.count} hub and ${raw.count} raw samples; target p99 ≤ 1.0x raw, p50 ≤ 1.2x)`,
    );
    console.log(
      `(server CPU per delta over the measured bursts, µs, whole process / main thread: hub ${fmt(cpu.hub.processUs, 0)} / ${fmt(cpu.hub.mainUs, 0)}, raw ${fmt(cpu.raw.processUs, 0)} / ${fmt(cpu.raw.mainUs, 0)}; the hub's includes everything it does meanwhile: acks, stores, bot turns)`,
    );
    console.log(
      `(${streams} streams: ${((Date.now() - started) / 1_000).toFixed(1)} s with set-up; load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')})\n`,
    );
  }
}

/**
 * (c) Memory per idle widget connection and the connect rate, hub vs bare Socket.IO, each server in its own process;
 * the clients spread over loopback source addresses (BENCH_IDLE_CONNECTIONS, default 15,000; the open-file limit is
 * raised for the run when it can be).
 */
async function idleSection(connections: number): Promise<void> {
  const bare = await benchIdleConnections('bare', connections);
  const hub = await benchIdleConnections('hub', connections);
  const kb = (bytes: number) => fmt(bytes / 1_024, 1);
  console.log(
    `| ${connections} idle widget connections (${hub.sourceAddresses} source addresses), per connection | heap + external KB | RSS KB | connects/s |`,
  );
  console.log('|---|---|---|---|');
  console.log(
    `| hub | ${kb(hub.heapPerConnection)} | ${kb(hub.rssPerConnection)} | ${fmt(hub.connectPerSecond, 0)} |`,
  );
  console.log(
    `| bare Socket.IO | ${kb(bare.heapPerConnection)} | ${kb(bare.rssPerConnection)} | ${fmt(bare.connectPerSecond, 0)} |`,
  );
  console.log(
    `| ratio hub / bare | ${fmt(hub.heapPerConnection / bare.heapPerConnection, 2)} | ${fmt(hub.rssPerConnection / bare.rssPerConnection, 2)} | ${fmt(hub.connectPerSecond / bare.connectPerSecond, 2)} |\n`,
  );
  console.log(`(handshakes tried again after a 408: bare ${bare.retried}, hub ${hub.retried})`);
  for (const result of [bare, hub])
    if (result.snapshots) console.log(`(${result.mode} heap snapshots: ${result.snapshots.join(' ')})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** (d) A bystander's /healthz while leads send the slowest text within their limits (bench/stall.ts). */
async function stallSection(): Promise<void> {
  const seconds = 15;
  console.log(`| /healthz every 50 ms for ${seconds} s, ms | polls | p50 | p90 | p99 | max |`);
  console.log('|---|---|---|---|---|---|');
  for (const attackers of [0, 25]) {
    const result = await benchStall(attackers, seconds);
    const who =
      attackers === 0
        ? 'idle hub (baseline)'
        : `${attackers} leads each sending 2,000 characters of dense dates every 500 ms`;
    console.log(
      `| ${who} | ${result.polls} | ${fmt(result.healthz.p50, 1)} | ${fmt(result.healthz.p90, 1)} | ${fmt(result.healthz.p99, 1)} | ${fmt(result.healthz.max, 1)} |`,
    );
  }
  console.log('');
}

/**
 * (g) History search beside the appends (issue 37, item 2): the hub of the durable section, 200 visitors x 10 lead
 * messages, measured in rounds of two passes a few seconds apart: one with no one searching, one with 8 agents
 * running history searches back to back all through it. The lead's ack p99 of the searching passes over the quiet
 * ones (target at most 1.2).
 */
async function searchSection(): Promise<void> {
  const options = { visitors: 200, messagesEach: 10 };
  const rounds = Math.max(1, Number(process.env.BENCH_SEARCH_ROUNDS ?? 3));
  const servers = [
    await startDurableServer('hub', options),
    await startDurableServer('hub-one-worker', options),
  ];
  try {
    const passes = servers.map(() => ({
      quiet: [] as DurableAcceptResult[],
      searching: [] as DurableAcceptResult[],
    }));
    for (let round = 1; round <= rounds; round++) {
      for (const [index, server] of servers.entries()) {
        passes[index]!.quiet.push(await server.measure(round * 2));
        passes[index]!.searching.push(await server.measure(round * 2 + 1, { searchers: 8 }));
      }
    }
    console.log(
      `| history search beside the appends, ${options.visitors} visitors x ${options.messagesEach} messages, ${rounds} rounds | acked msg/s | ack p50 ms | ack p99 ms | loop delay p99 ms | searches answered | search p50 ms | search p99 ms |`,
    );
    console.log('|---|---|---|---|---|---|---|---|');
    const ratios: string[] = [];
    const firstLines: string[] = [];
    for (const [index, name] of [
      'searches on their own worker (the hub)',
      'searches on the writing worker (before)',
    ].entries()) {
      const { quiet, searching } = passes[index]!;
      const [without, withSearches] = [combinePasses(quiet), combinePasses(searching)];
      const searchLatencies = searching.flatMap((pass) => pass.searches?.latencies ?? []);
      const search = summarize(searchLatencies);
      for (const [load, result] of [
        ['no one searching', without],
        ['8 agents searching back to back', withSearches],
      ] as const) {
        const searched = result === withSearches;
        console.log(
          `| ${name}, ${load} | ${fmt(result.perSecond, 0)} | ${fmt(result.ack.p50, 1)} | ${fmt(result.ack.p99, 1)} | ${fmt(result.server.eventLoopP99Ms, 1)} | ${searched ? searchLatencies.length : '-'} | ${searched ? fmt(search.p50, 1) : '-'} | ${searched ? fmt(search.p99, 1) : '-'} |`,
        );
      }
      ratios.push(`${name}: ${fmt(withSearches.ack.p99 / without.ack.p99, 2)}`);
      const firsts = [without, withSearches].map((result) => summarize(result.firstLatencies));
      firstLines.push(
        `(${name}: ack p50 / p99 ms of each visitor's first message ${firsts.map((first) => `${fmt(first.p50, 1)} / ${fmt(first.p99, 1)}`).join(' without searches, ')} with them)`,
      );
    }
    console.log(`(lead ack p99 with searches / without, target ≤ 1.2: ${ratios.join('; ')})`);
    console.log(`${firstLines.join('\n')}\n`);
  } finally {
    for (const server of servers) await server.stop();
  }
}

/**
 * (h) An hour without drift (issue 37 item 6; only when named): BENCH_SOAK_CONNECTIONS widget leads (default
 * 5,000), BENCH_SOAK_RATE lead messages per second (default 200) for BENCH_SOAK_MINUTES (default 60), bots and
 * rule coaching on; a sample every BENCH_SOAK_SAMPLE_S seconds (default 10); see bench/soak.ts.
 */
async function soakSection(): Promise<void> {
  const number = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: a positive number`);
    return value;
  };
  const result = await benchSoak({
    connections: Math.round(number('BENCH_SOAK_CONNECTIONS', 5_000)),
    ratePerSecond: number('BENCH_SOAK_RATE', 200),
    minutes: number('BENCH_SOAK_MINUTES', 60),
    sampleSeconds: number('BENCH_SOAK_SAMPLE_S', 10),
    coachedEvery: Math.round(number('BENCH_SOAK_COACHED_EVERY', 10)),
    messagesPerLead: Math.round(number('BENCH_SOAK_MESSAGES_PER_LEAD', 6)),
    agents: 5,
  });
  printSoak(result);
}
