import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jorgeBot } from '../../src/bots/index.js';
import { leadArm, type ExperimentRecord } from '../../src/analytics/experiments.js';
import { parseCoaching } from '../../src/coaching/format.js';
import { createLogger } from '../../src/logger.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createMetrics } from '../../src/metrics.js';
import type { MessageView } from '../../src/protocol/common.js';
import { createTenantDirectory, loadTenants } from '../../src/tenants.js';
import { coachingExtension, phrasingExtension } from '../../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic, type FakeRequestInfo } from '../fakes/anthropic-server.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  tempStore,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';

const COACHING_TEXT = [
  'FOCUS: Acknowledge the timing worry, then anchor on the 30 to 45 day plan',
  'OBJECTION: timing (medium)',
  'SAY: That makes sense. Many sellers here worry about timing, and we can line up the move around your dates.',
  'ASK: What price would make you feel good about selling?',
  'URGENCY: high',
  'COMPLIANCE: none',
].join('\n');

let fake: FakeAnthropic;
let phrasing: (request: FakeRequestInfo) => string;

beforeEach(async () => {
  fake = await startFakeAnthropic({ tokenDelayMs: 2 });
  phrasing = (request) => request.lastUserText.split('\n').find((line) => line.includes('?')) ?? 'Thanks!';
  fake.setBehaviour((request) =>
    request.system.includes('Jorge Coach') ? COACHING_TEXT : { text: phrasing(request), tokenDelayMs: 1 },
  );
});
afterEach(async () => {
  await fake.close();
});

async function startModelHub(options: { acmeTokensPerHour?: number } = {}) {
  const base = loadTenants('config/tenants.json').all();
  const tenants = createTenantDirectory(
    base.map((tenant) =>
      tenant.id === 'acme' && options.acmeTokensPerHour
        ? { ...tenant, tokensPerHour: options.acmeTokensPerHour }
        : tenant,
    ),
  );
  const metrics = createMetrics();
  const logger = createLogger('silent');
  const model = createModelProvider(
    {
      apiKey: 'fake-key',
      baseURL: fake.url,
      models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
      firstTokenTimeoutMs: 2_000,
      totalTimeoutMs: 10_000,
      maxRetries: 1,
      tokensPerHour: 1_000_000,
      tokensPerHourFor: (tenantId) => tenants.get(tenantId)?.tokensPerHour,
    },
    { registry: metrics.registry, logger },
  );
  const store = tempStore();
  const deps = { store, tenants, model, logger, registry: metrics.registry, debounceMs: 50 };
  return startHub({
    store,
    tenants,
    bot: jorgeBot,
    metrics,
    extensions: [coachingExtension(deps), phrasingExtension(deps)],
  });
}

/** A seller conversation handed to an agent who claims it; a supervisor monitors it. */
async function claimedConversation(url: string, tenantId = 'demo') {
  const widget = await connect(url, '/widget', (await widgetToken(url, { tenantId, intent: 'sell' })).token);
  const sent = expectOk(
    await emitAck<{ conversationId: string }>(widget, 'message:send', {
      clientMsgId: 'a',
      text: 'It is 1234 Banyan St',
    }),
  );
  const conversationId = sent.conversationId;
  const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', tenantId, 'Ana'));
  expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
  expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
  const supervisor = await connect(
    url,
    '/supervisor',
    await staffToken(url, 'supervisor', 'sue', tenantId, 'Sue'),
  );
  expectOk(await emitAck(supervisor, 'conversation:monitor', { conversationId, lastSeq: 0 }));
  return { widget, agent, supervisor, conversationId };
}

describe('coaching over sockets with the real SDK', () => {
  it('streams coaching to the agent in order and gapless; the supervisor sees the same; the result matches', async () => {
    const { url, hub, store } = await startModelHub();
    const { widget, agent, supervisor, conversationId } = await claimedConversation(url);
    await hub.idle();
    const agentTokens = record(agent, 'coach:token');
    const supervisorTokens = record(supervisor, 'coach:token');
    const done = waitForEvent<{
      streamId: string;
      source: string;
      result: Record<string, unknown>;
      seq: number;
    }>(agent, 'coach:done');
    expectOk(
      await emitAck(widget, 'message:send', {
        clientMsgId: 'b',
        text: "I'm worried about timing, we can't move fast",
      }),
    );
    const result = await done;
    expect(result.source).toBe('llm');
    const mine = agentTokens.map((t) => t.payload).filter((t) => t.streamId === result.streamId);
    expect(mine.map((t) => t.index)).toEqual(mine.map((_, i) => i));
    const text = mine.map((t) => t.text).join('');
    expect(text).toContain('SAY: That makes sense.');
    const parsed = parseCoaching(text, 'llm');
    expect(result.result).toMatchObject({
      focus: parsed.focus,
      say: parsed.say,
      ask: parsed.ask,
      urgency: 'high',
    });
    await expect
      .poll(() =>
        supervisorTokens
          .filter((t) => t.payload.streamId === result.streamId)
          .map((t) => t.payload.text)
          .join(''),
      )
      .toBe(text);
    const transcript = await store.messagesAfter('demo', conversationId, 0);
    expect(transcript.find((m) => m.seq === result.seq)).toMatchObject({
      kind: 'coaching',
      visibility: 'staff',
    });
    const widgetReplay = expectOk(
      await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(widgetReplay.messages.some((m) => m.kind === 'coaching')).toBe(false);
  });

  it('aborts the older stream and its HTTP request when a newer utterance arrives', async () => {
    const { url } = await startModelHub();
    const { agent, conversationId } = await claimedConversation(url);
    fake.setTokenDelayMs(40);
    const started = waitForEvent<{ streamId: string }>(agent, 'coach:start');
    const errors = record(agent, 'coach:error');
    expectOk(
      await emitAck(agent, 'call:utterance', {
        conversationId,
        speaker: 'prospect',
        clientMsgId: 'u1',
        text: 'We might wait until spring',
      }),
    );
    const first = await started;
    await waitForEvent(agent, 'coach:token', (t: { streamId: string }) => t.streamId === first.streamId);
    const firstRequests = fake.requests.length;
    fake.setTokenDelayMs(1);
    const done = waitForEvent<{ streamId: string }>(agent, 'coach:done');
    expectOk(
      await emitAck(agent, 'call:utterance', {
        conversationId,
        speaker: 'prospect',
        clientMsgId: 'u2',
        text: 'Also my wife wants to see other agents',
      }),
    );
    const second = await done;
    expect(second.streamId).not.toBe(first.streamId);
    expect(errors.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({ streamId: first.streamId, code: 'ABORTED' }),
    );
    await fake.waitFor((requests) => requests[firstRequests - 1]?.abortedByClient === true);
  });

  it('falls back to rule-based coaching for a tenant over its budget while others keep the model', async () => {
    const { url } = await startModelHub({ acmeTokensPerHour: 1 });
    const acme = await claimedConversation(url, 'acme');
    const demo = await claimedConversation(url, 'demo');
    const sources: string[] = [];
    for (let i = 0; i < 2; i++) {
      const done = waitForEvent<{ source: string }>(acme.agent, 'coach:done');
      expectOk(
        await emitAck(acme.agent, 'coach:request', { conversationId: acme.conversationId, kind: 'coaching' }),
      );
      sources.push((await done).source);
    }
    expect(sources.at(-1)).toBe('rules');
    const demoDone = waitForEvent<{ source: string }>(demo.agent, 'coach:done');
    expectOk(
      await emitAck(demo.agent, 'coach:request', { conversationId: demo.conversationId, kind: 'coaching' }),
    );
    expect((await demoDone).source).toBe('llm');
  });

  it('never lets a guard-blocked phrasing reach the widget; the lead gets the safe template and staff an alert', async () => {
    const { url, hub, store } = await startModelHub();
    phrasing = () =>
      'Great news, it is a safe area with good families like yours. What is the property address?';
    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'sell' })).token);
    const tokens = record(widget, 'stream:token');
    const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
    expectOk(await emitAck(supervisor, 'board:subscribe', {}));
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'x',
        text: 'I want to sell my house',
      }),
    );
    await hub.idle();
    await fake.waitFor((requests) => requests.some((r) => r.closed));
    const streamed = tokens.map((t) => t.payload.text).join('');
    expect(streamed.toLowerCase()).not.toContain('safe area');
    const messages = await store.messagesAfter('demo', sent.conversationId, 0);
    const reply = messages.find((m) => m.author.type === 'bot');
    expect(reply?.text.toLowerCase()).not.toContain('safe area');
    expect(reply?.text.toLowerCase()).toContain('address');
    await expect
      .poll(async () => (await store.getConversation('demo', sent.conversationId))?.meta.alerts)
      .toContain('compliance');
  });

  it("a lead's Fair Housing, RESPA or commission cue in an agent-owned conversation raises the bot turn's staff alert", async () => {
    const { url, store } = await startModelHub();
    const { widget, agent, supervisor, conversationId } = await claimedConversation(url);
    const alerts = record(agent, 'compliance:alert');
    const supervised = record(supervisor, 'compliance:alert');
    expectOk(
      await emitAck(widget, 'message:send', {
        clientMsgId: 'fh',
        text: '¿Cuánto cobras de comisión? ¿Me la puedes bajar al 1%? Which area has fewer section 8 people?',
      }),
    );
    await expect
      .poll(() => alerts.map((alert) => alert.payload.rule).sort())
      .toEqual(['commission_question', 'fair_housing_question']);
    expect(alerts.every((alert) => alert.payload.conversationId === conversationId)).toBe(true);
    await expect.poll(() => supervised.length).toBe(2);
    await expect
      .poll(async () => (await store.getConversation('demo', conversationId))?.meta.alerts)
      .toContain('compliance');
  });

  it('exports usage and cache tokens in /metrics', async () => {
    const { url } = await startModelHub();
    const { agent, conversationId } = await claimedConversation(url);
    for (let i = 0; i < 2; i++) {
      const done = waitForEvent(agent, 'coach:done');
      expectOk(await emitAck(agent, 'coach:request', { conversationId, kind: 'coaching' }));
      await done;
    }
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/hub_model_input_tokens_total\{[^}]*tenant="demo"[^}]*\} [1-9]/);
    expect(text).toMatch(/hub_model_output_tokens_total\{[^}]*tenant="demo"[^}]*\} [1-9]/);
    expect(text).toMatch(/hub_model_cache_read_tokens_total\{[^}]*tenant="demo"[^}]*\} [1-9]/);
    expect(text).toMatch(/hub_model_cache_creation_tokens_total\{[^}]*tenant="demo"[^}]*\} [1-9]/);
  });

  it("a coaching experiment's arm decides who writes each lead's cards: the model, or the rule coach only", async () => {
    const { url, hub, store } = await startModelHub();
    const response = await fetch(`${url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    const admin = ((await response.json()) as { token: string }).token;
    const post = (path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const created = await post('/api/admin/experiments', {
      name: 'Rule coach against the model',
      target: 'coaching.source',
      variants: [
        { name: 'model', weight: 1, control: true, settings: { coachingSource: 'model' } },
        { name: 'rules', weight: 1, settings: { coachingSource: 'rules' } },
      ],
      primaryMetric: 'booked_call_rate',
    });
    expect(created.status).toBe(201);
    const { experiment } = (await created.json()) as { experiment: ExperimentRecord };
    // A coaching experiment carries coaching settings only.
    const mixed = await post('/api/admin/experiments', {
      name: 'Mixed',
      target: 'coaching.source',
      variants: [
        { name: 'a', weight: 1, control: true },
        { name: 'b', weight: 1, settings: { phrasing: 'second' } },
      ],
      primaryMetric: 'booked_call_rate',
    });
    expect(mixed.status).toBe(400);
    expect((await post(`/api/admin/experiments/${experiment.id}/start`)).status).toBe(200);
    const running = (await store.getExperiment('demo', experiment.id))!;

    for (let lead = 0; lead < 3; lead++) {
      const { widget, agent, conversationId } = await claimedConversation(url);
      await hub.idle();
      const arm = leadArm(running, conversationId.slice('conv-'.length))!;
      expect((await store.getConversation('demo', conversationId))?.meta.experiment).toEqual({
        id: experiment.id,
        variant: arm.variant,
      });
      const done = waitForEvent<{ source: string }>(agent, 'coach:done');
      expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'b', text: "I'm worried about timing" }));
      // The bot's own question is unchanged by a coaching experiment; the card's writer is the arm's.
      expect((await done).source).toBe(arm.settings.coachingSource === 'rules' ? 'rules' : 'llm');
      widget.disconnect();
      agent.disconnect();
    }
  });
});
