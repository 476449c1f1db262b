import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LeadEvent } from '../src/analytics/events.js';
import { ReportName, runReport, reportQuerySchema } from '../src/analytics/reports.js';
import { createSqliteStore } from '../src/store/sqlite/store.js';
import { createSqliteEventLog } from '../src/store/sqlite/analytics.js';
import { summarize, type Summary } from './stats.js';

const TENANT = 'bench';
const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/**
 * A deterministic synthetic history: `conversations` conversations over `days` days, each with the events a real
 * one logs (start, first bot reply, questions, slots, and for some qualification, hand-off, claim, agent reply,
 * booking, outcome, opt-out, model usage): about 20 events per conversation.
 */
export function* syntheticEvents(conversations: number, days: number): Generator<LeadEvent> {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const questions = ['intent', 'budget', 'area', 'beds', 'timeline', 'financing', 'contact'];
  for (let index = 0; index < conversations; index++) {
    const startMs = START + Math.floor((index / conversations) * days * DAY_MS);
    let clock = startMs;
    const tick = (ms: number) => new Date((clock += ms)).toISOString();
    const conversationId = `c${index}`;
    const scope = {
      tenantId: TENANT,
      leadId: `l${index}`,
      conversationId,
      botKind: (['lead', 'buyer', 'seller'] as const)[index % 3]!,
      ...(index % 4 === 0 ? { listingId: `mls-${index % 500}` } : {}),
      ...(index % 5 === 0 ? { variant: `exp-1:${index % 2 ? 'short' : 'control'}` } : {}),
    };
    yield { type: 'lead_created', tenantId: TENANT, leadId: scope.leadId, at: tick(0) };
    yield { type: 'conversation_started', ...scope, at: tick(1) };
    yield { type: 'first_bot_reply', ...scope, at: tick(2_000), durationMs: 2_000 };
    const answered = Math.floor(next() * questions.length);
    for (let q = 0; q <= answered; q++) {
      yield {
        type: 'question_asked',
        ...scope,
        at: tick(30_000),
        question: questions[q]!,
        ...(q > 0 ? { previous: questions[q - 1]! } : {}),
      };
      if (q < answered) yield { type: 'slot_filled', ...scope, at: tick(20_000), slot: questions[q]! };
    }
    yield { type: 'model_usage', ...scope, at: tick(1), tokensIn: 2_400, tokensOut: 300, costUsd: 0.0042 };
    if (answered === questions.length - 1) yield { type: 'qualified', ...scope, at: tick(1) };
    if (next() < 0.05) {
      yield { type: 'opted_out', ...scope, at: tick(1) };
      continue;
    }
    if (next() < 0.4) {
      const agentId = `ag-${index % 25}`;
      yield {
        type: 'handoff_requested',
        ...scope,
        at: tick(1),
        reason: next() < 0.7 ? 'wants_person' : 'hot_lead',
      };
      const wait = Math.floor(next() ** 2 * 1_800_000);
      yield { type: 'claimed', ...scope, agentId, at: tick(wait), durationMs: wait };
      yield { type: 'first_agent_reply', ...scope, agentId, at: tick(40_000), durationMs: 40_000 };
      if (next() < 0.5) yield { type: 'call_booked', ...scope, agentId, at: tick(1) };
      yield {
        type: 'outcome_set',
        ...scope,
        agentId,
        at: tick(3_600_000),
        outcome: next() < 0.1 ? 'closed_won' : 'appointment_set',
      };
    }
  }
}

export interface AnalyticsBench {
  conversations: number;
  events: number;
  /** Writing the events and their rollups, in transactions of 10,000 events, ms. */
  writeMs: number;
  /** Each report over the last 90 days, through the store worker. */
  reports: Record<string, Summary>;
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
    const store = createSqliteStore({ file, synchronous: 'normal' });
    try {
      const to = new Date(START + (days - 1) * DAY_MS).toISOString().slice(0, 10);
      const from = new Date(START + (days - 90) * DAY_MS).toISOString().slice(0, 10);
      const query = reportQuerySchema.parse({ from, to });
      const reports: Record<string, Summary> = {};
      for (const name of ReportName) {
        const samples: number[] = [];
        for (let run = 0; run < runs; run++) {
          const at = performance.now();
          await runReport(store, TENANT, name, query);
          samples.push(performance.now() - at);
        }
        reports[name] = summarize(samples);
      }
      return { conversations, events, writeMs, reports };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
