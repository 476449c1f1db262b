import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LeadEvent } from '../src/analytics/events.js';
import { ReportName, runReport, reportQuerySchema } from '../src/analytics/reports.js';
import { createSqliteWorkerHost, openSqliteStore } from '../src/store/sqlite/store.js';
import { createSqliteEventLog } from '../src/store/sqlite/analytics.js';
import { summarize, type Summary } from './stats.js';

const TENANT = 'bench';
const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/**
 * A deterministic synthetic history: `conversations` conversations over `days` days, each with the events a real
 * one logs, about 20 per conversation: the start, the bot's first reply, its questions with the slots each answer
 * fills (the contact details as well, often two slots from one answer) and a model call per bot turn; for some
 * qualification, an opt-out, or a hand-off, a claim, the agent's first reply, the coaching cards the agent was shown
 * (each with its model call) and used, a booking, the outcome at close and the lead's rating; an experiment
 * exposure for the conversations in an experiment.
 */
export function* syntheticEvents(conversations: number, days: number): Generator<LeadEvent> {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const questions = ['intent', 'budget', 'area', 'beds', 'timeline', 'financing', 'contact'];
  const contactSlots = ['name', 'email', 'phone'];
  const usage = (tokensIn: number, tokensOut: number, purpose: string) => ({
    tokensIn,
    tokensOut,
    cacheReadTokens: Math.floor(tokensIn * 0.6),
    costUsd: Math.round((tokensIn * 1 + tokensOut * 5 + tokensIn * 0.06) * 1e3) / 1e9,
    purpose,
  });
  for (let index = 0; index < conversations; index++) {
    const startMs = START + Math.floor((index / conversations) * days * DAY_MS);
    let clock = startMs;
    const tick = (ms: number) => new Date((clock += ms)).toISOString();
    const conversationId = `c${index}`;
    const variant = index % 5 === 0 ? `exp-1:${index % 2 ? 'short' : 'control'}` : undefined;
    const scope = {
      tenantId: TENANT,
      leadId: `l${index}`,
      conversationId,
      botKind: (['lead', 'buyer', 'seller'] as const)[index % 3]!,
      ...(index % 4 === 0 ? { listingId: `mls-${index % 500}` } : {}),
      ...(variant ? { variant } : {}),
    };
    yield { type: 'lead_created', tenantId: TENANT, leadId: scope.leadId, at: tick(0) };
    yield { type: 'conversation_started', ...scope, at: tick(1) };
    if (variant) yield { type: 'experiment_exposure', ...scope, variant, at: tick(1) };
    const firstReply = 1_500 + Math.floor(next() * 4_000);
    yield { type: 'first_bot_reply', ...scope, at: tick(firstReply), durationMs: firstReply };
    yield { type: 'model_usage', ...scope, at: tick(1), ...usage(2_400, 300, 'bot_phrasing') };
    const answered = Math.floor(next() * questions.length);
    for (let q = 0; q <= answered; q++) {
      yield {
        type: 'question_asked',
        ...scope,
        at: tick(30_000),
        question: questions[q]!,
        ...(q > 0 ? { previous: questions[q - 1]! } : {}),
      };
      if (q < answered) {
        yield { type: 'model_usage', ...scope, at: tick(800), ...usage(1_800, 120, 'turn_reading') };
        yield { type: 'slot_filled', ...scope, at: tick(20_000), slot: questions[q]! };
        // The contact question's answer usually gives several details at once.
        if (questions[q] === 'contact' || next() < 0.15)
          for (const slot of contactSlots)
            if (next() < 0.5) yield { type: 'slot_filled', ...scope, at: tick(1), slot };
      }
    }
    if (answered === questions.length - 1) yield { type: 'qualified', ...scope, at: tick(1) };
    if (next() < 0.05) {
      yield { type: 'opted_out', ...scope, at: tick(1) };
      continue;
    }
    let agentId: string | undefined;
    if (next() < 0.4) {
      agentId = `ag-${index % 25}`;
      const owned = { ...scope, agentId };
      yield {
        type: 'handoff_requested',
        ...scope,
        at: tick(1),
        reason: next() < 0.7 ? 'wants_person' : 'hot_lead',
      };
      const wait = Math.floor(next() ** 2 * 1_800_000);
      yield { type: 'claimed', ...owned, at: tick(wait), durationMs: wait };
      const reply = 10_000 + Math.floor(next() ** 2 * 600_000);
      yield { type: 'first_agent_reply', ...owned, at: tick(reply), durationMs: reply };
      // The agent's conversation: a coaching card per lead message (Claude's, else the rule coach's), some used.
      const cards = 2 + Math.floor(next() * 5);
      for (let run = 1; run <= cards; run++) {
        const source = next() < 0.8 ? ('llm' as const) : ('rules' as const);
        const action = run === cards ? 'book_showing' : 'ask_timeline';
        if (source === 'llm')
          yield { type: 'model_usage', ...owned, at: tick(1_200), ...usage(3_200, 260, 'coaching') };
        yield { type: 'coaching_shown', ...owned, at: tick(1), run, action, source };
        if (next() < 0.35)
          yield {
            type: 'coaching_used',
            ...owned,
            at: tick(45_000),
            run,
            action,
            source,
            ...(next() < 0.6
              ? { match: 'clicked' as const }
              : { match: 'similar' as const, similarity: 0.6 + Math.floor(next() * 40) / 100 }),
          };
      }
      if (next() < 0.5) yield { type: 'call_booked', ...owned, at: tick(1) };
      yield {
        type: 'outcome_set',
        ...owned,
        at: tick(3_600_000),
        outcome: next() < 0.1 ? 'closed_won' : 'appointment_set',
      };
    }
    // The rating, asked at the close or after a quiet half hour: about a quarter of the leads give one.
    if (next() < 0.25)
      yield {
        type: 'satisfaction_given',
        ...scope,
        ...(agentId ? { agentId } : {}),
        at: tick(1_800_000),
        rating: 1 + Math.floor(next() ** 0.5 * 5),
      };
  }
}

export interface AnalyticsBench {
  conversations: number;
  events: number;
  /** Writing the events and their rollups, in transactions of 10,000 events, ms. */
  writeMs: number;
  /** The database file's size once written (bytes). */
  fileBytes: number;
  /** Opening the store as src/server.ts does (the writer's worker, then the search worker's read connection), ms. */
  openMs: number;
  /** The 1-minute load average when the writing started, when the reports started, and at the end. */
  load: number[];
  /** Each report over the last 90 days, through the search worker as the hub runs them: every run, and the first. */
  reports: Record<string, Summary & { first: number }>;
}

/** Generates a history in a fresh SQLite file, then times every report (`runs` times each). */
export async function benchAnalytics(conversations = 20_000, days = 365, runs = 50): Promise<AnalyticsBench> {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-bench-analytics-'));
  const file = join(dir, 'hub.db');
  try {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const log = createSqliteEventLog(db);
    const write = db.transaction((batch: LeadEvent[]) => log.record(batch));
    let events = 0;
    let batch: LeadEvent[] = [];
    const load = [loadavg()[0]!];
    const started = performance.now();
    for (const event of syntheticEvents(conversations, days)) {
      batch.push(event);
      if (batch.length === 10_000) {
        events += write(batch);
        batch = [];
      }
    }
    events += write(batch);
    const writeMs = performance.now() - started;
    db.close();
    const fileBytes = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    load.push(loadavg()[0]!);
    const opening = performance.now();
    const store = await openSqliteStore(
      createSqliteWorkerHost(),
      { file, synchronous: 'normal' },
      createSqliteWorkerHost(),
    );
    const openMs = performance.now() - opening;
    try {
      const to = new Date(START + (days - 1) * DAY_MS).toISOString().slice(0, 10);
      const from = new Date(START + (days - 90) * DAY_MS).toISOString().slice(0, 10);
      const query = reportQuerySchema.parse({ from, to });
      const reports: Record<string, Summary & { first: number }> = {};
      for (const name of ReportName) {
        const samples: number[] = [];
        for (let run = 0; run < runs; run++) {
          const at = performance.now();
          await runReport(store, TENANT, name, query);
          samples.push(performance.now() - at);
        }
        reports[name] = { ...summarize(samples), first: samples[0]! };
      }
      load.push(loadavg()[0]!);
      return { conversations, events, writeMs, fileBytes, openMs, load, reports };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
