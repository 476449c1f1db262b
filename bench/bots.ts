import { fileURLToPath } from 'node:url';
import { jorgeBot, type TenantBotContext } from '../src/bots/index.js';
import type { AuthorType } from '../src/protocol/common.js';
import { loadTenants } from '../src/tenants.js';
import { tenantBotContext } from '../src/conversations/service.js';
import { loadConversations, type ConversationScript } from '../tests/fixtures/conversations/load.js';
import { summarize } from './stats.js';

export interface BotStepBench {
  /** Median cost of one bot step, in microseconds. */
  p50Us: number;
  p99Us: number;
  /** Steps timed (warm-up excluded). */
  steps: number;
}

export function demoTenant(): TenantBotContext {
  const tenant = loadTenants(fileURLToPath(new URL('../config/tenants.json', import.meta.url))).get('demo');
  if (!tenant) throw new Error('config/tenants.json has no demo tenant');
  return tenantBotContext(tenant);
}

/** One timed step of a script: its turn, its cost (ns) and when it started (`performance.now()`). */
export interface TimedStep {
  index: number;
  text: string;
  elapsedNs: number;
  startedAt: number;
}

/** Plays one script through the bot; reports each step's cost to `onStep` when given. */
export function playScript(
  script: ConversationScript,
  tenant: TenantBotContext,
  onStep?: (step: TimedStep) => void,
): void {
  const context = {
    ...(script.intent ? { intent: script.intent } : {}),
    ...(script.listing ? { listing: script.listing } : {}),
  };
  let state = jorgeBot.initialState(context, tenant);
  let nowMs = Date.UTC(2025, 2, 10, 18);
  const recent: { author: AuthorType; text: string }[] = [];
  script.turns.forEach((turn, index) => {
    nowMs += 60_000;
    recent.push({ author: 'lead', text: turn.lead });
    const input = {
      type: 'lead_message' as const,
      text: turn.lead,
      seq: index + 1,
      nowMs,
      tenant,
      context,
      recent: recent.slice(-10),
    };
    const startedAt = performance.now();
    const started = process.hrtime.bigint();
    const result = jorgeBot.step(state, input);
    jorgeBot.view(result.state);
    const elapsedNs = Number(process.hrtime.bigint() - started);
    onStep?.({ index, text: turn.lead, elapsedNs, startedAt });
    state = result.state;
  });
}

/**
 * The cost of one full bot step (extraction, detectors, guard, hand-off packet, nurture plan, board view) over
 * every conversation script, repeated `rounds` times after a warm-up. Pure CPU: no I/O is involved.
 */
export async function benchBotSteps(
  options: { rounds?: number; warmupRounds?: number } = {},
): Promise<BotStepBench> {
  const rounds = options.rounds ?? 30;
  const tenant = demoTenant();
  const scripts = loadConversations();
  for (let round = 0; round < (options.warmupRounds ?? 5); round += 1) {
    for (const script of scripts) playScript(script, tenant);
  }
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const script of scripts) playScript(script, tenant, (step) => samples.push(step.elapsedNs));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const summary = summarize(samples);
  return { p50Us: summary.p50 / 1_000, p99Us: summary.p99 / 1_000, steps: samples.length };
}

/** Text families that each made one reader slow on long messages (found by a black-box attack and by profiling). */
export const LONG_TEXT_FAMILIES: Record<string, string> = {
  'a long real message':
    'we are looking for a 3 bedroom house in rancho cucamonga or upland, budget around 650k, we are preapproved and want to move by june because of a new job. ',
  'Spanish real message':
    'buscamos una casa de tres recamaras en fontana o rialto, presupuesto como 500 mil, ya estamos preaprobados y queremos mudarnos para el verano. ',
  'dense dates': 'monday tuesday next friday at 3pm tomorrow morning june 5th 10/12 ',
  'number words': 'dos millones ',
  'the slowest Spanish number spans (an attack)':
    'casa doscientos veintiuno trescientos treinta mil dos millon doscientos veintiuno cien casa novecientos veinte ocho millon doscientos cuatro mil ciento diez cien ',
  'digit runs': '123 456 7890 $500k 4br 3ba ',
  punctuation: '.,!? ',
};

/**
 * The median cost (ms) of one bot step on a 2,000-character message (the most a lead message stores) of each
 * family, in a warm process. Each run starts with a different word, so no reader remembers the text.
 */
export function benchLongTextSteps(runs = 9): Record<string, number> {
  const tenant = demoTenant();
  const medians: Record<string, number> = {};
  for (const [family, unit] of Object.entries(LONG_TEXT_FAMILIES)) {
    const text = unit.repeat(Math.ceil(2_000 / unit.length)).slice(0, 2_000);
    const times: number[] = [];
    for (let run = -3; run < runs; run += 1) {
      const state = jorgeBot.initialState({}, tenant);
      const started = performance.now();
      jorgeBot.step(state, {
        type: 'lead_message',
        text: `ok${String.fromCharCode(97 + ((run + 3) % 26))} ${text}`,
        seq: 1,
        nowMs: Date.UTC(2025, 2, 10, 18),
        tenant,
        context: {},
        recent: [],
      });
      if (run >= 0) times.push(performance.now() - started);
    }
    medians[family] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  }
  return medians;
}
