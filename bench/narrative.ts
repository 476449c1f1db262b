import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { createHub } from '../src/app.js';
import type { Ack } from '../src/errors.js';
import { NARRATIVE_FIRST_TOKEN_MS, type NarrativeCache } from '../src/listings/narrative/index.js';
import { createModelProvider } from '../src/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createMetrics } from '../src/metrics.js';
import { createSqliteStore, createSqliteWorkerHost } from '../src/store/sqlite/store.js';
import { loadTenants } from '../src/tenants.js';
import { startFakeAnthropic, type FakeReply } from '../tests/fakes/anthropic-server.js';
import { BENCH_SECURITY } from './hub-settings.js';
import { collectSetupGarbage, connectClient, postJson } from './shared.js';
import { summarize, type Summary } from './stats.js';

/**
 * Listing narratives as the lead sees them (issue 36's targets: first token under 1 s with the fake API at 20 ms
 * between deltas; the template fallback within 2 s when the model stalls). One hub in this process with the real
 * SDK against the local fake Anthropic server (tests/fakes/anthropic-server.ts), a lead's widget socket over
 * loopback: `listing:narrative` sent → the first `stream:token` and the `stream:end` received. A cache that never
 * hits, so every request goes to the model (a cached narrative is pushed whole and is not what the target is about).
 */

/** The catalogue listing the lead's page names (RESO fields, as `npm run listings -- import` reads them). */
const LISTING = {
  ListingKey: 'BENCH-1',
  StandardStatus: 'Active',
  ListPrice: 725_000,
  BedroomsTotal: 4,
  BathroomsTotalInteger: 3,
  LivingArea: 2_350,
  YearBuilt: 2004,
  PoolPrivateYN: true,
  GarageSpaces: 3,
  UnparsedAddress: '12345 Day Creek Blvd',
  City: 'Rancho Cucamonga',
};

/** A short model narrative, one word a delta (37 deltas, 3 sentences: the guard releases sentence by sentence). */
const MODEL_NARRATIVE =
  'This four-bedroom home on Day Creek has the private pool you asked for. At $725,000 it sits inside your budget, with a three-car garage for the cars and the bikes. Would you like to see it this week?';

const DELTA_MS = 20;
const DELTAS = MODEL_NARRATIVE.match(/\S+\s*/g) ?? [];
const NEVER_CACHED: NarrativeCache = { get: async () => undefined, set: async () => undefined };

export interface NarrativeBench {
  requests: number;
  deltas: number;
  deltaMs: number;
  /** `listing:narrative` sent → first `stream:token` received (the model path), ms. */
  firstToken: Summary;
  /** `listing:narrative` sent → `stream:end` received (the whole narrative, stored), ms. */
  total: Summary;
  stalls: number;
  firstTokenBudgetMs: number;
  /** The model stalls (headers, then nothing): sent → the template's first token, ms. */
  fallback: Summary;
}

/**
 * One narrative request: the times of its first token and its end, from the lead's socket. Requests run one after
 * another, so every stream event on the socket is this request's (the stream's id arrives with the ack, which may
 * come after the first token).
 */
async function oneNarrative(widget: Socket): Promise<{ firstMs: number; endMs: number }> {
  const startedAt = performance.now();
  let firstMs = Number.NaN;
  const done = new Promise<number>((resolve, reject) => {
    const onToken = () => {
      if (Number.isNaN(firstMs)) firstMs = performance.now() - startedAt;
    };
    const stop = () =>
      widget.off('stream:token', onToken).off('stream:end', onEnd).off('stream:error', onError);
    const onEnd = () => {
      stop();
      resolve(performance.now() - startedAt);
    };
    const onError = (error: { code?: string; message?: string }) => {
      stop();
      reject(new Error(`narrative stream failed: ${error.code ?? ''} ${error.message ?? ''}`));
    };
    widget.on('stream:token', onToken).on('stream:end', onEnd).on('stream:error', onError);
  });
  const ack = (await widget.timeout(10_000).emitWithAck('listing:narrative', { style: 'warm' })) as Ack<{
    streamId: string;
  }>;
  if (!ack.ok) throw new Error(`listing:narrative refused: ${ack.error.code} ${ack.error.message}`);
  const endMs = await done;
  return { firstMs, endMs };
}

export async function benchNarrative(requests = 50, stalls = 5): Promise<NarrativeBench> {
  const fake = await startFakeAnthropic({ tokenDelayMs: DELTA_MS });
  let reply: () => FakeReply = () => ({ tokens: DELTAS, tokenDelayMs: DELTA_MS });
  fake.setBehaviour((request) =>
    request.system.includes('narrative about one home') ? reply() : 'Thanks! What is your budget?',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-narrative-'));
  const host = createSqliteWorkerHost();
  const store = createSqliteStore(host, { file: join(dataDir, 'hub.db') });
  const metrics = createMetrics();
  const logger = createLogger('silent');
  const model = createModelProvider(
    {
      apiKey: 'bench-key',
      baseURL: fake.url,
      models: { fast: 'claude-fast-bench', strong: 'claude-strong-bench' },
      firstTokenTimeoutMs: 2_000,
      totalTimeoutMs: 10_000,
      maxRetries: 0,
      tokensPerHour: 1_000_000_000,
    },
    { registry: metrics.registry, logger },
  );
  const hub = createHub({
    store,
    tenants: loadTenants('config/tenants.json'),
    logger,
    metrics,
    jwtSecret: 'bench-secret-0123456789abcdef',
    devTokensEnabled: true,
    rateLimitPer10s: 100_000,
    security: BENCH_SECURITY,
    narrative: { model, cache: NEVER_CACHED },
  });
  const sockets: Socket[] = [];
  try {
    const url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
    const admin = await postJson<{ token: string }>(url, '/api/dev/tokens', {
      tenantId: 'demo',
      role: 'admin',
      userId: 'bench-admin',
      name: 'Bench',
    });
    const imported = await fetch(`${url}/api/admin/listings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([LISTING]),
    });
    if (!imported.ok) throw new Error(`listing import: ${imported.status} ${await imported.text()}`);

    /** A lead on the listing's page who wrote once (the conversation exists), with the bot's reply settled. */
    const lead = async () => {
      const session = await postJson<{ token: string }>(url, '/api/widget/sessions', {
        tenantId: 'demo',
        listing: { id: LISTING.ListingKey },
      });
      const widget = await connectClient(`${url}/widget`, session.token);
      sockets.push(widget);
      const sent = (await widget
        .timeout(10_000)
        .emitWithAck('message:send', { clientMsgId: 'hello', text: 'Hi, I saw this home' })) as Ack<unknown>;
      if (!sent.ok) throw new Error(`message:send refused: ${sent.error.code}`);
      await hub.idle();
      return widget;
    };

    const widget = await lead();
    // Warm-up: the SDK's connection, the code paths.
    for (let i = 0; i < 3; i++) await oneNarrative(widget);
    collectSetupGarbage();
    const first: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < requests; i++) {
      const timing = await oneNarrative(widget);
      first.push(timing.firstMs);
      total.push(timing.endMs);
    }

    reply = () => ({ fault: { type: 'stall' } });
    const fallback: number[] = [];
    for (let i = 0; i < stalls; i++) fallback.push((await oneNarrative(widget)).firstMs);

    return {
      requests,
      deltas: DELTAS.length,
      deltaMs: DELTA_MS,
      firstToken: summarize(first),
      total: summarize(total),
      stalls,
      firstTokenBudgetMs: NARRATIVE_FIRST_TOKEN_MS,
      fallback: summarize(fallback),
    };
  } finally {
    for (const socket of sockets) socket.close();
    await hub.close({ graceMs: 2_000 });
    await store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
