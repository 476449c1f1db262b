import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Socket } from 'socket.io-client';
import { forkServer } from './child-server.js';
import { ensureOpenFiles } from './idle-connections.js';
import { connectClient, postJson } from './shared.js';
import { connectSoakClient, type SoakClient, type SoakClientCounters } from './soak-client.js';
import type { SoakSample } from './soak-server.js';
import { summarize } from './stats.js';

const serverPath = fileURLToPath(new URL('./soak-server.ts', import.meta.url));

/**
 * (h) An hour without drift (issue 37 item 6): `connections` widget leads hold their connections while lead
 * messages arrive at a steady `ratePerSecond` (round robin over the leads, so each conversation grows all through
 * the run), the Jorge bots answering and one conversation in `coachedEvery` claimed by an agent so that each of its
 * lead messages runs rule coaching. Every `sampleSeconds` the server reports its memory, open descriptors and
 * event-loop delay; at the end every acked message is looked up in the SQLite file the server wrote.
 */
export interface SoakOptions {
  connections: number;
  ratePerSecond: number;
  minutes: number;
  sampleSeconds: number;
  /** Every n-th conversation is claimed by an agent (rule coaching on each of its lead messages). */
  coachedEvery: number;
  /**
   * Lead messages per visitor: after them the visitor leaves and a new one (new widget session, new connection,
   * new conversation) takes its place, so the bots keep answering all through the run (a conversation is handed
   * to the team after a dozen messages, and the bots then stay quiet) and connections and conversations churn.
   */
  messagesPerLead: number;
  agents: number;
}

export interface SoakWindow {
  /** Seconds since the steady load began, at the end of the window. */
  atS: number;
  server: SoakSample;
  acked: number;
  refused: number;
  unanswered: number;
  /** Connections busy with their previous message (or with being replaced) when their turn came: skipped. */
  skipped: number;
  /** Visitors replaced by new ones in the window (their connection closed, a new session connected). */
  replaced: number;
  ackP50Ms: number;
  ackP99Ms: number;
  botReplies: number;
  coachingRuns: number;
}

export interface SoakStoreCheck {
  acked: number;
  /** Acked messages whose clientMsgId is not in the store. */
  lost: number;
  /** Acked messages whose clientMsgId is stored more than once. */
  duplicated: number;
  /** Acked messages stored once but in another conversation or at another seq than the ack said. */
  misplaced: number;
  /** Resends of an acked message (same clientMsgId) and how many got another seq than the first ack. */
  resends: number;
  resendMismatches: number;
  /** Stored lead messages of the run that no client saw acked (sent before a timeout or at the close). */
  storedUnacked: number;
}

export interface SoakResult {
  options: SoakOptions;
  windows: SoakWindow[];
  check: SoakStoreCheck;
  setupSeconds: number;
  totalSeconds: number;
  drops: number;
  refusals: Map<string, number>;
}

const LEAD_TEXTS = [
  'Hi, is this still available?',
  'We want to buy a 3 bedroom house around 800k',
  'Timing worries me, we would need to move in about two months',
  'Does it have a garage and a yard for the kids?',
  'What are the taxes and the HOA on this one?',
  'Could we see it this weekend, Saturday morning works',
  'My budget is tight, is the price negotiable?',
  'We are preapproved for 750k with a local lender',
];

const ACK_TIMEOUT_MS = 30_000;
/** One send in this many resends the connection's last acked message (a client retrying after a lost ack). */
const RESEND_EVERY = 100;

interface Acked {
  conversationId: string;
  seq: number;
}

interface Lead {
  index: number;
  client: SoakClient;
  /** Which visitor of this slot it is (0 for the first; each replacement adds one). */
  generation: number;
  sent: number;
  busy: boolean;
  conversationId?: string;
  last?: { clientMsgId: string; text: string; acked: Acked };
}

async function widgetTokens(url: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  while (tokens.length < count) {
    const batch = await Promise.all(
      Array.from(
        { length: Math.min(100, count - tokens.length) },
        async () =>
          (await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' })).token,
      ),
    );
    tokens.push(...batch);
  }
  return tokens;
}

/**
 * The hub runs from the tsc build, as `npm start` runs it (soak-server.ts); BENCH_SOAK_BUILD=0 runs the build
 * already in dist/ (a second run of the same code).
 */
function buildHub(): void {
  if (process.env.BENCH_SOAK_BUILD === '0') return;
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchSoak(options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  ensureOpenFiles(options.connections + 2_000);
  buildHub();
  const server = forkServer(serverPath, []);
  const counters: SoakClientCounters = { streamEnds: 0, drops: 0 };
  const leads: Lead[] = [];
  const agents: Socket[] = [];
  let file: string | undefined;
  try {
    const ready = await server.ask<{ port: number; file: string }>('', 'ready');
    file = ready.file;
    const url = `http://127.0.0.1:${ready.port}`;
    const tokens = await widgetTokens(url, options.connections);
    for (let i = 0; i < options.connections; i += 200) {
      const batch = tokens.slice(i, i + 200);
      const clients = await Promise.all(
        batch.map((token) => connectSoakClient(url, '/widget', token, counters)),
      );
      // The first visitors start part-way through their messages, so the replacements are spread over the run
      // (all at once, 1,000 visitors left together every 6 messages and the descriptors dipped with each wave).
      for (const client of clients) {
        const index = leads.length;
        leads.push({ index, client, generation: 0, sent: index % options.messagesPerLead, busy: false });
      }
    }
    for (let i = 0; i < options.agents; i++) {
      const { token } = await postJson<{ token: string }>(url, '/api/dev/tokens', {
        tenantId: 'demo',
        role: 'agent',
        userId: `soak-agent-${i}`,
        name: `Soak Agent ${i}`,
      });
      agents.push(await connectClient(`${url}/agent`, token));
    }
    let coachingRuns = 0;
    for (const agent of agents) agent.on('coach:done', () => coachingRuns++);
    const setupSeconds = (performance.now() - started) / 1_000;

    const acked = new Map<string, Acked>();
    const refusals = new Map<string, number>();
    const resends = { count: 0, mismatches: 0 };
    let window = { acked: 0, refused: 0, unanswered: 0, skipped: 0, replaced: 0, latencies: [] as number[] };
    const replaceFailures: string[] = [];
    let sendsSoFar = 0;
    const claimFailures: string[] = [];

    const agentOf = (lead: Lead) => agents[Math.floor(lead.index / options.coachedEvery) % agents.length]!;
    const claim = (lead: Lead, conversationId: string) => {
      const agent = agentOf(lead);
      void (async () => {
        await agent.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
        const answer = (await agent
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('conversation:claim', { conversationId })) as {
          ok: boolean;
          error?: { code: string };
        };
        if (!answer.ok) claimFailures.push(answer.error?.code ?? 'unknown');
      })().catch((error: unknown) => claimFailures.push(String(error)));
    };

    /**
     * The visitor leaves and a new one connects in its place; an agent closes the conversation it owned and leaves
     * it (the bots' conversations stay open, as a visitor's who never comes back).
     */
    const replace = async (lead: Lead) => {
      const conversationId = lead.conversationId;
      if (conversationId && lead.index % options.coachedEvery === 0) {
        const agent = agentOf(lead);
        void agent
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('conversation:close', { conversationId, outcome: 'qualified' })
          .then(() => agent.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:leave', { conversationId }))
          .catch(() => undefined);
      }
      lead.client.close();
      const { token } = await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' });
      lead.client = await connectSoakClient(url, '/widget', token, counters);
      lead.generation++;
      lead.sent = 0;
      delete lead.conversationId;
      delete lead.last;
      window.replaced++;
    };

    const send = async (lead: Lead) => {
      lead.busy = true;
      const resend = lead.last && ++sendsSoFar % RESEND_EVERY === 0 ? lead.last : undefined;
      const clientMsgId = resend?.clientMsgId ?? `soak-${lead.index}-${lead.generation}-${lead.sent}`;
      const text = resend?.text ?? LEAD_TEXTS[(lead.index + lead.sent) % LEAD_TEXTS.length]!;
      lead.sent++;
      const sentAt = performance.now();
      try {
        const answer = (await lead.client.emitWithAck(
          'message:send',
          { clientMsgId, text },
          ACK_TIMEOUT_MS,
        )) as {
          ok: boolean;
          data?: { conversationId: string; seq: number };
          error?: { code: string };
        };
        if (!answer.ok || !answer.data) {
          window.refused++;
          const code = answer.error?.code ?? 'unknown';
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
          return;
        }
        window.latencies.push(performance.now() - sentAt);
        window.acked++;
        const got = { conversationId: answer.data.conversationId, seq: answer.data.seq };
        if (resend) {
          resends.count++;
          if (got.seq !== resend.acked.seq || got.conversationId !== resend.acked.conversationId)
            resends.mismatches++;
          return;
        }
        acked.set(clientMsgId, got);
        lead.last = { clientMsgId, text, acked: got };
        if (!lead.conversationId) {
          lead.conversationId = got.conversationId;
          if (lead.index % options.coachedEvery === 0) claim(lead, got.conversationId);
        }
        if (lead.sent >= options.messagesPerLead) {
          await replace(lead).catch((error: unknown) => replaceFailures.push(String(error)));
        }
      } catch {
        window.unanswered++;
      } finally {
        lead.busy = false;
      }
    };

    // The steady load: every 20 ms, as many sends as the rate owes since the start, round robin over the leads.
    const windows: SoakWindow[] = [];
    const durationMs = options.minutes * 60_000;
    const loadStart = performance.now();
    let sends = 0;
    let cursor = 0;
    const inFlight = new Set<Promise<void>>();
    const ticker = setInterval(() => {
      const owed = Math.floor(((performance.now() - loadStart) / 1_000) * options.ratePerSecond) - sends;
      for (let n = 0; n < owed; n++) {
        sends++;
        const lead = leads[cursor]!;
        cursor = (cursor + 1) % leads.length;
        if (lead.busy || lead.client.dropped) {
          window.skipped++;
          continue;
        }
        const sent = send(lead);
        inFlight.add(sent);
        void sent.finally(() => inFlight.delete(sent));
      }
    }, 20);
    let streamEndsBefore = 0;
    let coachingBefore = 0;
    const takeWindow = async () => {
      const { sample } = await server.ask<{ sample: SoakSample }>('sample', 'sample');
      const latency = summarize(window.latencies);
      windows.push({
        atS: Math.round((performance.now() - loadStart) / 1_000),
        server: sample,
        acked: window.acked,
        refused: window.refused,
        unanswered: window.unanswered,
        skipped: window.skipped,
        replaced: window.replaced,
        ackP50Ms: latency.p50,
        ackP99Ms: latency.p99,
        botReplies: counters.streamEnds - streamEndsBefore,
        coachingRuns: coachingRuns - coachingBefore,
      });
      streamEndsBefore = counters.streamEnds;
      coachingBefore = coachingRuns;
      window = { acked: 0, refused: 0, unanswered: 0, skipped: 0, replaced: 0, latencies: [] };
    };
    // A first sample before the load: the delay histogram starts from here.
    await server.ask('sample', 'sample');
    while (performance.now() - loadStart < durationMs) {
      const next = loadStart + (windows.length + 1) * options.sampleSeconds * 1_000;
      await sleep(Math.max(0, next - performance.now()));
      await takeWindow();
    }
    clearInterval(ticker);
    await Promise.all(inFlight);
    // The drain's acks count with the last window; connections closed from here on are the close's, not drops.
    const last = windows.at(-1)!;
    last.acked += window.acked;
    last.refused += window.refused;
    last.unanswered += window.unanswered;
    const drops = counters.drops;
    if (claimFailures.length)
      console.warn(`soak: ${claimFailures.length} claims failed: ${claimFailures[0]}`);
    if (replaceFailures.length)
      console.warn(`soak: ${replaceFailures.length} visitors not replaced: ${replaceFailures[0]}`);

    await server.ask('close', 'closed');
    for (const lead of leads) lead.client.close();
    for (const agent of agents) agent.close();
    await server.stop();
    const check = checkStore(file, acked, resends);
    return {
      options,
      windows,
      check,
      setupSeconds,
      totalSeconds: (performance.now() - started) / 1_000,
      drops,
      refusals,
    };
  } finally {
    for (const lead of leads) lead.client.close();
    for (const agent of agents) agent.close();
    await server.stop();
    if (file) rmSync(dirname(file), { recursive: true, force: true });
  }
}

/** Every acked message looked up in the store the server closed: present exactly once, where the ack said. */
function checkStore(
  file: string,
  acked: Map<string, Acked>,
  resends: { count: number; mismatches: number },
): SoakStoreCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[], { conversation_id: string; seq: number; client_msg_id: string }>(
        "SELECT conversation_id, seq, client_msg_id FROM messages WHERE client_msg_id LIKE 'soak-%'",
      )
      .all();
    const stored = new Map<string, { conversationId: string; seq: number }[]>();
    for (const row of rows) {
      const list = stored.get(row.client_msg_id) ?? [];
      list.push({ conversationId: row.conversation_id, seq: row.seq });
      stored.set(row.client_msg_id, list);
    }
    let lost = 0;
    let duplicated = 0;
    let misplaced = 0;
    for (const [clientMsgId, ack] of acked) {
      const found = stored.get(clientMsgId);
      if (!found) lost++;
      else if (found.length > 1) duplicated++;
      else if (found[0]!.conversationId !== ack.conversationId || found[0]!.seq !== ack.seq) misplaced++;
    }
    let storedUnacked = 0;
    for (const clientMsgId of stored.keys()) if (!acked.has(clientMsgId)) storedUnacked++;
    return {
      acked: acked.size,
      lost,
      duplicated,
      misplaced,
      resends: resends.count,
      resendMismatches: resends.mismatches,
      storedUnacked,
    };
  } finally {
    db.close();
  }
}

/** A small ASCII chart of one series: `height` rows, at most `width` columns (each the max of its samples). */
export function asciiChart(
  title: string,
  values: number[],
  options: { height?: number; width?: number; unit: string; floorAtZero?: boolean; line?: number },
): string {
  const height = options.height ?? 8;
  const width = options.width ?? 60;
  const per = Math.max(1, Math.ceil(values.length / width));
  const columns: number[] = [];
  for (let i = 0; i < values.length; i += per) columns.push(Math.max(...values.slice(i, i + per)));
  const all = options.line !== undefined ? [...columns, options.line] : columns;
  const top = Math.max(...all);
  const bottom = options.floorAtZero ? 0 : Math.min(...all);
  const span = top - bottom || 1;
  const rowOf = (value: number) => Math.round(((value - bottom) / span) * (height - 1));
  const lines: string[] = [`${title} (${options.unit}; each column ${per} sample${per > 1 ? 's' : ''}, max)`];
  for (let row = height - 1; row >= 0; row--) {
    const label = (bottom + (span * row) / (height - 1)).toFixed(1).padStart(8);
    const marks = columns.map((value) => {
      if (rowOf(value) === row) return '*';
      if (options.line !== undefined && rowOf(options.line) === row) return '-';
      return rowOf(value) > row ? '|' : ' ';
    });
    lines.push(`${label} ┤${marks.join('')}`);
  }
  lines.push(`${' '.repeat(9)}└${'─'.repeat(columns.length)}`);
  return lines.join('\n');
}

/** The section's report: one row per sample (or per minute on long runs), the verdicts, the charts. */
export function printSoak(result: SoakResult): void {
  const { options, windows, check } = result;
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  const perRow = windows.length > 30 ? Math.round(60 / options.sampleSeconds) : 1;
  console.log(
    `| soak: ${options.connections} connections, ${options.ratePerSecond} lead msg/s, ${options.minutes} min, ${options.messagesPerLead} messages per visitor, 1 in ${options.coachedEvery} conversations agent-owned (rule coaching) | RSS MB | heap used / total MB | fds (engine.io connections) | loop p99 ms (max of rows) | server CPU (cores) / main loop busy | acked | ack p99 ms | refused / unanswered / skipped | visitors replaced | bot replies | coaching runs |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (let i = 0; i < windows.length; i += perRow) {
    const rows = windows.slice(i, i + perRow);
    const last = rows.at(-1)!;
    const sum = (pick: (w: SoakWindow) => number) => rows.reduce((total, w) => total + pick(w), 0);
    console.log(
      `| ${last.atS} s | ${mb(last.server.rssBytes)} | ${mb(last.server.heapUsedBytes)} / ${mb(last.server.heapTotalBytes)} | ${last.server.fds} (${last.server.engineConnections}) | ${Math.max(...rows.map((w) => w.server.loopP99Ms)).toFixed(1)} | ${(sum((w) => w.server.cpuMs) / (rows.length * options.sampleSeconds * 1_000)).toFixed(2)} / ${(sum((w) => w.server.mainBusy) / rows.length).toFixed(2)} | ${sum((w) => w.acked)} | ${Math.max(...rows.map((w) => w.ackP99Ms)).toFixed(1)} | ${sum((w) => w.refused)} / ${sum((w) => w.unanswered)} / ${sum((w) => w.skipped)} | ${sum((w) => w.replaced)} | ${sum((w) => w.botReplies)} | ${sum((w) => w.coachingRuns)} |`,
    );
  }
  // The reference: minute 10, or 1/6 of the run when it is shorter.
  const referenceS = Math.min(600, (options.minutes * 60) / 6);
  const reference = windows.find((w) => w.atS >= referenceS) ?? windows[0]!;
  const end = windows.at(-1)!;
  const rssDrift = (end.server.rssBytes - reference.server.rssBytes) / reference.server.rssBytes;
  const after = windows.slice(windows.indexOf(reference));
  const fdsMin = Math.min(...after.map((w) => w.server.fds));
  const fdsMax = Math.max(...after.map((w) => w.server.fds));
  const fdsFlat = fdsMax - fdsMin <= 20;
  // The descriptors that are not a WebSocket: the process's own and the HTTP connections of the widget sessions
  // being made (the visitors replaced come and go in bursts, their WebSockets with them).
  const others = after.map((w) => w.server.fds - w.server.engineConnections);
  const loopWorst = Math.max(...windows.map((w) => w.server.loopP99Ms));
  const loopOver = windows.filter((w) => w.server.loopP99Ms >= 20).length;
  const ackedTotal = windows.reduce((total, w) => total + w.acked, 0);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log(
    `RSS: ${mb(reference.server.rssBytes)} MB at ${reference.atS} s (the reference: minute 10 or 1/6 of the run), ${mb(end.server.rssBytes)} MB at the end: ${(rssDrift * 100).toFixed(1)}% (target within 5%: ${verdict(Math.abs(rssDrift) <= 0.05)})`,
  );
  console.log(
    `open fds from the reference on: ${fdsMin} to ${fdsMax}, ${reference.server.fds} at the reference, ${end.server.fds} at the end (flat, at most 20 apart: ${verdict(fdsFlat)}); beyond the engine.io connections: ${Math.min(...others)} to ${Math.max(...others)}, ${others.at(-1)} at the end`,
  );
  console.log(
    `event-loop delay p99 per ${options.sampleSeconds} s window: worst ${loopWorst.toFixed(1)} ms, ${loopOver} of ${windows.length} windows at 20 ms or more (target under 20 ms throughout: ${verdict(loopOver === 0)}); max ${Math.max(...windows.map((w) => w.server.loopMaxMs)).toFixed(1)} ms`,
  );
  console.log(
    `acked messages: ${ackedTotal} (${(ackedTotal / (options.minutes * 60)).toFixed(1)}/s); in the store after the server stopped: ${check.lost} lost, ${check.duplicated} duplicated, ${check.misplaced} at another seq or conversation, of ${check.acked} acked new messages; ${check.resends} resends of an acked message, ${check.resendMismatches} answered with another seq; ${check.storedUnacked} stored but never acked (target zero lost or duplicated: ${verdict(check.lost === 0 && check.duplicated === 0 && check.misplaced === 0 && check.resendMismatches === 0)})`,
  );
  const refusals = [...result.refusals].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(
    `connections dropped during the run: ${result.drops}; refusals: ${refusals || 'none'}; set-up ${result.setupSeconds.toFixed(0)} s, the section ${(result.totalSeconds / 60).toFixed(1)} min; load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log('');
  console.log(
    asciiChart(
      'server RSS',
      windows.map((w) => w.server.rssBytes / 1_048_576),
      { unit: 'MB' },
    ),
  );
  console.log('');
  console.log(
    asciiChart(
      'event-loop delay p99',
      windows.map((w) => w.server.loopP99Ms),
      { unit: 'ms; - is the 20 ms bar', floorAtZero: true, line: 20 },
    ),
  );
  console.log('');
}
