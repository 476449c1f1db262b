import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventAppender } from '../../src/analytics/appender.js';
import type { LeadEvent } from '../../src/analytics/events.js';
import { leadArm, type ExperimentRecord } from '../../src/analytics/experiments.js';
import { modelUsageEvents } from '../../src/analytics/model-usage.js';
import { jorgeBot } from '../../src/bots/index.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { coachingExtension } from '../../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import {
  connect,
  emitAck,
  expectOk,
  staffToken,
  startHub,
  tempStore,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';

const SAY =
  'That makes sense. Many sellers here worry about timing, and we can line up the move around your dates.';
const COACHING_TEXT = [
  'NEXT: handle_objection | Answer the timing worry',
  'FOCUS: Acknowledge the timing worry, then anchor on the 30 to 45 day plan',
  'OBJECTION: timing (medium)',
  `SAY: ${SAY}`,
  'ASK: What price would make you feel good about selling?',
  'URGENCY: high',
  'COMPLIANCE: none',
].join('\n');
const today = () => new Date().toISOString().slice(0, 10);

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFakeAnthropic({ tokenDelayMs: 1 });
  fake.setBehaviour((request) => (request.system.includes('Jorge Coach') ? COACHING_TEXT : 'Thanks!'));
});
afterEach(async () => {
  await fake.close();
});

/** A hub whose coaching runs on Claude (the fake API) and whose lead events are appended as in server.ts. */
async function startCoachedHub() {
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const store = tempStore();
  const tenants = loadTenants('config/tenants.json');
  const events = createEventAppender({ store, now: () => new Date(), logger });
  const model = createModelProvider(
    {
      apiKey: 'fake-key',
      baseURL: fake.url,
      models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
      firstTokenTimeoutMs: 2_000,
      totalTimeoutMs: 10_000,
      maxRetries: 0,
      tokensPerHour: 10_000_000,
    },
    { registry: metrics.registry, logger, onTokens: modelUsageEvents(events) },
  );
  const deps = { store, tenants, model, logger, registry: metrics.registry, events, debounceMs: 0 };
  const started = await startHub({
    store,
    tenants,
    bot: jorgeBot,
    metrics,
    extensions: [coachingExtension(deps)],
  });
  return { ...started, events };
}

const eventsOf = async (store: Store, conversationId: string, type: LeadEvent['type']) =>
  (
    await store.leadEvents('demo', {
      from: '2000-01-01T00:00:00.000Z',
      to: '2100-01-01T00:00:00.000Z',
      conversationId,
      types: [type],
    })
  ).map(({ event }) => event);

describe('coaching shown and used, model usage (the lead event log)', () => {
  it('logs each card shown, a "Use as reply" send as clicked, a close send as similar, once per card', async () => {
    const { url, hub, store, events } = await startCoachedHub();
    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'sell' })).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'a',
        text: 'Hi there',
      }),
    );
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
    await hub.idle();

    const coached = async (clientMsgId: string) => {
      const done = waitForEvent<{ seq: number; source: string; result: { say: string } }>(
        agent,
        'coach:done',
      );
      expectOk(
        await emitAck(widget, 'message:send', {
          clientMsgId,
          text: "I'm worried about timing, we can't move fast",
        }),
      );
      return done;
    };
    const send = async (clientMsgId: string, text: string, coachingSeq?: number) =>
      expectOk(
        await emitAck<{ seq: number }>(agent, 'message:send', {
          conversationId,
          clientMsgId,
          text,
          ...(coachingSeq !== undefined ? { coachingSeq } : {}),
        }),
      );

    // 1. A card is shown (Claude), and the agent clicks "Use as reply" and sends it.
    const first = await coached('b');
    expect(first.source).toBe('llm');
    expect(first.result.say).toBe(SAY);
    await expect.poll(() => eventsOf(store, conversationId, 'coaching_shown')).toHaveLength(1);
    expect((await eventsOf(store, conversationId, 'coaching_shown'))[0]).toMatchObject({
      run: first.seq,
      action: 'handle_objection',
      source: 'llm',
      agentId: 'ana',
      leadId: expect.any(String) as unknown,
    });
    await send('s1', SAY, first.seq);
    // The same card again (typed close to it): still one use of that card.
    await send('s2', SAY);
    // Appended in the background, after the agent's message (never awaited by it): polled, then held exactly.
    await expect.poll(() => eventsOf(store, conversationId, 'coaching_used')).toHaveLength(1);
    await hub.idle();
    await events.idle();
    expect(await eventsOf(store, conversationId, 'coaching_used')).toEqual([
      expect.objectContaining({
        run: first.seq,
        match: 'clicked',
        source: 'llm',
        similarity: 1,
        agentId: 'ana',
      }),
    ]);

    // 2. A new card; the agent types an edited version of its SAY line without the button: similar.
    const second = await coached('c');
    await send(
      's3',
      `Of course, that makes sense. Many sellers worry about timing, we can line up the move around your dates.`,
    );
    // 3. A message of the agent's own, not close to the card: nothing more.
    await send('s4', 'Could you tell me the address again?');
    // 4. A coachingSeq that is not a card (the agent's own message) is not a click.
    const third = await coached('d');
    const own = await send('s5', 'Let me check my calendar first.');
    await send('s6', 'Sure, talk soon', own.seq);
    await expect.poll(() => eventsOf(store, conversationId, 'coaching_used')).toHaveLength(2);
    await expect.poll(() => eventsOf(store, conversationId, 'coaching_shown')).toHaveLength(3);
    await expect
      .poll(async () =>
        (await eventsOf(store, conversationId, 'model_usage')).filter(
          (event) => event.type === 'model_usage' && event.purpose === 'coaching',
        ),
      )
      .toHaveLength(3);
    await hub.idle();
    await events.idle();
    const used = await eventsOf(store, conversationId, 'coaching_used');
    expect(used).toHaveLength(2);
    expect(used[1]).toMatchObject({ run: second.seq, match: 'similar', source: 'llm' });
    expect((used[1] as { similarity: number }).similarity).toBeGreaterThanOrEqual(0.6);
    expect(used.some((event) => 'run' in event && event.run === third.seq)).toBe(false);
    expect(await eventsOf(store, conversationId, 'coaching_shown')).toHaveLength(3);

    // Model usage: one event per settled coaching call, with its tokens and cost.
    const usage = await eventsOf(store, conversationId, 'model_usage');
    const coaching = usage.filter((event) => event.type === 'model_usage' && event.purpose === 'coaching');
    expect(coaching).toHaveLength(3);
    for (const event of coaching) {
      if (event.type !== 'model_usage') continue;
      expect(event.tokensIn).toBeGreaterThan(0);
      expect(event.tokensOut).toBeGreaterThan(0);
      expect(event.costUsd).toBeGreaterThan(0);
      expect(event.agentId).toBe('ana');
      // The prompt's version goes with the usage (no prompt experiment runs: the default).
      expect(event.promptVersion).toBe('coaching-2026-11');
    }
    // The coaching prompt is cached on claude-haiku-4-5: written on the first request, read from the second.
    expect(
      coaching.map((event) => (event.type === 'model_usage' ? (event.cacheReadTokens ?? 0) > 0 : null)),
    ).toEqual([false, true, true]);

    // The coaching report: shown, used and use rate per day, for everyone and per agent, per source.
    const supervisor = await staffToken(url, 'supervisor', 'sam');
    const get = (path: string) =>
      fetch(`${url}${path}`, { headers: { authorization: `Bearer ${supervisor}` } });
    const range = `from=${today()}&to=${today()}`;
    const report = (await (await get(`/api/analytics/coaching?${range}`)).json()) as {
      columns: string[];
      rows: unknown[][];
    };
    expect(report.columns).toEqual([
      'day',
      'agent',
      'source',
      'shown',
      'used',
      'clicked',
      'similar',
      'use_rate',
    ]);
    expect(report.rows).toEqual([
      [today(), 'all', 'llm', 3, 2, 1, 1, 0.6667],
      [today(), 'ana', 'llm', 3, 2, 1, 1, 0.6667],
    ]);
    const byAgent = (await (await get(`/api/analytics/coaching?${range}&agent=ana`)).json()) as {
      rows: unknown[][];
    };
    expect(byAgent.rows).toEqual([[today(), 'ana', 'llm', 3, 2, 1, 1, 0.6667]]);
    const csv = await get(`/api/analytics/coaching?${range}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toBe(
      `day,agent,source,shown,used,clicked,similar,use_rate\n${today()},all,llm,3,2,1,1,0.6667\n${today()},ana,llm,3,2,1,1,0.6667\n`,
    );
    // The cost report reads the same model usage.
    const cost = (await (await get(`/api/analytics/cost?${range}`)).json()) as { rows: number[][] };
    expect(cost.rows[0]![0]).toBeGreaterThan(0);
  });

  it('a coaching.sections arm: its leads get only its sections live, exposure once, and a card without SAY is never used', async () => {
    const { url, hub, store, events } = await startCoachedHub();
    const issued = await fetch(`${url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    const admin = ((await issued.json()) as { token: string }).token;
    const post = async (path: string, body?: unknown) => {
      const answer = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(answer.status).toBeLessThan(300);
      return ((await answer.json()) as { experiment: ExperimentRecord }).experiment;
    };
    /** A running experiment whose one non-control arm takes (almost) every lead: 1000 to 0.001. */
    const run = async (arm: string, coachingSections: string[]) => {
      const experiment = await post('/api/admin/experiments', {
        name: `Card ${arm}`,
        target: 'coaching.sections',
        variants: [
          { name: 'full', weight: 0.001, control: true },
          { name: arm, weight: 1_000, settings: { coachingSections } },
        ],
        primaryMetric: 'booked_call_rate',
      });
      return post(`/api/admin/experiments/${experiment.id}/start`);
    };
    /** A new lead's conversation claimed by Ana, in the running experiment's arm; `coached` gets one card. */
    const lead = async (experiment: ExperimentRecord) => {
      const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'sell' })).token);
      const { conversationId } = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', {
          clientMsgId: 'a',
          text: 'Hi there',
        }),
      );
      const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
      expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
      expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
      await hub.idle();
      const arm = leadArm(experiment, conversationId.slice('conv-'.length))!;
      expect((await store.getConversation('demo', conversationId))?.meta.experiment).toEqual({
        id: experiment.id,
        variant: arm.variant,
      });
      const tokens: string[] = [];
      agent.on('coach:token', (event: { conversationId: string; text: string }) => {
        if (event.conversationId === conversationId) tokens.push(event.text);
      });
      const coached = async (clientMsgId: string) => {
        tokens.length = 0;
        const done = waitForEvent<{ seq: number; result: { say: string; sections?: string[] } }>(
          agent,
          'coach:done',
        );
        expectOk(
          await emitAck(widget, 'message:send', {
            clientMsgId,
            text: "I'm worried about timing, we can't move fast",
          }),
        );
        const card = await done;
        return { ...card, streamed: tokens.join(''), count: tokens.length };
      };
      const send = async (clientMsgId: string, text: string, coachingSeq?: number) =>
        expectOk(
          await emitAck<{ seq: number }>(agent, 'message:send', {
            conversationId,
            clientMsgId,
            text,
            ...(coachingSeq !== undefined ? { coachingSeq } : {}),
          }),
        );
      return { conversationId, arm: arm.variant, coached, send };
    };

    // The lean arm: NEXT, SAY and COMPLIANCE, streamed token by token; "Use as reply" works on its SAY line.
    const lean = await run('lean', ['NEXT', 'SAY', 'COMPLIANCE']);
    const first = await lead(lean);
    expect(first.arm).toBe('lean');
    const card = await first.coached('b');
    expect(card.streamed).toBe(
      `NEXT: handle_objection | Answer the timing worry\nSAY: ${SAY}\nCOMPLIANCE: none\n`,
    );
    expect(card.count).toBeGreaterThan(10);
    expect(card.result).toMatchObject({ say: SAY, sections: ['NEXT', 'SAY', 'COMPLIANCE'] });
    await first.send('s1', SAY, card.seq);
    await expect.poll(() => eventsOf(store, first.conversationId, 'coaching_used')).toHaveLength(1);
    expect((await eventsOf(store, first.conversationId, 'coaching_used'))[0]).toMatchObject({
      run: card.seq,
      action: 'handle_objection',
      match: 'clicked',
      variant: `${lean.id}:lean`,
    });
    await first.coached('c');
    await expect.poll(() => eventsOf(store, first.conversationId, 'coaching_shown')).toHaveLength(2);
    // Exposure: written once with the conversation's start, however many cards follow.
    const exposures = await store.leadEvents('demo', {
      from: '2000-01-01T00:00:00.000Z',
      to: '2100-01-01T00:00:00.000Z',
      types: ['experiment_exposure'],
    });
    expect(exposures.map(({ event }) => event.type === 'experiment_exposure' && event.variant)).toEqual([
      `${lean.id}:lean`,
    ]);

    // An arm that hides SAY and NEXT: nothing to use, the card's action is recorded as hidden.
    await post(`/api/admin/experiments/${lean.id}/stop`);
    const focus = await run('focus', ['FOCUS', 'COMPLIANCE']);
    const second = await lead(focus);
    expect(second.arm).toBe('focus');
    const bare = await second.coached('b');
    expect(bare.streamed).toBe(
      'FOCUS: Acknowledge the timing worry, then anchor on the 30 to 45 day plan\nCOMPLIANCE: none\n',
    );
    expect(bare.result).toMatchObject({ say: '', sections: ['FOCUS', 'COMPLIANCE'] });
    await second.send('s1', SAY, bare.seq);
    await second.send('s2', SAY);
    await expect.poll(() => eventsOf(store, second.conversationId, 'coaching_shown')).toHaveLength(1);
    await hub.idle();
    await events.idle();
    expect((await eventsOf(store, second.conversationId, 'coaching_shown'))[0]).toMatchObject({
      run: bare.seq,
      action: 'hidden',
      variant: `${focus.id}:focus`,
    });
    expect(await eventsOf(store, second.conversationId, 'coaching_used')).toEqual([]);
  });
});
