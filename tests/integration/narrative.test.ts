import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createMetrics } from '../../src/metrics.js';
import type { ConversationSummary, MessageView } from '../../src/protocol/common.js';
import { loadTenants } from '../../src/tenants.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import {
  importCatalogue,
  isNarrative,
  MODEL_NARRATIVE,
  narrativeRequests as allNarrativeRequests,
  words,
} from '../helpers/narrative.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  waitForEvent,
  widgetToken,
  type TestHub,
} from '../helpers/hub.js';

let fake: FakeAnthropic;
let narrativeReply: () => { tokens?: string[]; tokenDelayMs?: number; fault?: { type: 'stall' } };

beforeEach(async () => {
  fake = await startFakeAnthropic({ tokenDelayMs: 1 });
  narrativeReply = () => ({ tokens: words(MODEL_NARRATIVE), tokenDelayMs: 20 });
  fake.setBehaviour((request) => (isNarrative(request) ? narrativeReply() : 'Thanks! What is your budget?'));
});
afterEach(async () => {
  await fake.close();
});

async function startNarrativeHub(): Promise<TestHub> {
  const metrics = createMetrics();
  const model = createModelProvider(
    {
      apiKey: 'fake-key',
      baseURL: fake.url,
      models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
      firstTokenTimeoutMs: 2_000,
      totalTimeoutMs: 10_000,
      maxRetries: 0,
      tokensPerHour: 1_000_000,
    },
    { registry: metrics.registry, logger: createLogger('silent') },
  );
  const hub = await startHub({ tenants: loadTenants('config/tenants.json'), metrics, narrative: { model } });
  await importCatalogue(hub.url);
  return hub;
}

/** A lead on the page of `listingId` who wrote once (so the conversation exists), and an agent watching it. */
async function leadOn(hub: TestHub, listingId: string) {
  const { token } = await widgetToken(hub.url, { listing: { id: listingId } });
  const widget = await connect(hub.url, '/widget', token);
  const sent = expectOk(
    await emitAck<{ conversationId: string; seq: number }>(widget, 'message:send', {
      clientMsgId: 'hello',
      text: 'Hi, I saw this home',
    }),
  );
  await hub.hub.idle();
  const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'jorge'));
  expectOk(await emitAck(agent, 'conversation:join', { conversationId: sent.conversationId, lastSeq: 0 }));
  return { widget, agent, conversationId: sent.conversationId };
}

/** Everything one stream sent a socket, until it ended or failed. */
function streamOf(socket: Socket, prefix: 'stream' | 'coach') {
  const events = record(
    socket,
    `${prefix}:start`,
    `${prefix}:token`,
    `${prefix}:${prefix === 'stream' ? 'end' : 'done'}`,
    `${prefix}:error`,
  );
  return {
    events,
    text: (streamId: string) =>
      events
        .filter((entry) => entry.event.endsWith(':token') && entry.payload.streamId === streamId)
        .map((entry) => String(entry.payload.text))
        .join(''),
    ended: (streamId: string) =>
      expect
        .poll(
          () =>
            events.find(
              (entry) => entry.payload.streamId === streamId && /:(end|done|error)$/.test(entry.event),
            ),
          { timeout: 10_000 },
        )
        .toBeDefined(),
  };
}

const narrativeRequests = () => allNarrativeRequests(fake);

describe('listing narratives over real sockets, with the real SDK against the fake API', () => {
  it('streams the model narrative to the lead, first token under 1 s at 20 ms between deltas, stored and cached', async () => {
    const hub = await startNarrativeHub();
    const { widget, agent, conversationId } = await leadOn(hub, 'L-100');
    const lead = streamOf(widget, 'stream');
    const firstToken = waitForEvent<{ streamId: string }>(widget, 'stream:token');
    const stored = waitForEvent<MessageView>(agent, 'message', (message) => Boolean(message.meta?.narrative));
    const startedAt = performance.now();
    const started = expectOk(
      await emitAck<{ streamId: string; ListingKey: string; lang: string }>(widget, 'listing:narrative', {
        style: 'warm',
      }),
    );
    expect(started).toMatchObject({
      conversationId,
      ListingKey: 'L-100',
      style: 'warm',
      length: 'short',
      lang: 'en',
    });
    const token = await firstToken;
    const firstTokenMs = performance.now() - startedAt;
    expect(token.streamId).toBe(started.streamId);
    expect(firstTokenMs).toBeLessThan(1_000);
    await lead.ended(started.streamId);
    expect(lead.text(started.streamId)).toBe(MODEL_NARRATIVE);
    const message = await stored;
    expect(message).toMatchObject({ text: MODEL_NARRATIVE, visibility: 'everyone', author: { type: 'bot' } });
    expect(message.meta?.narrative).toMatchObject({ ListingKey: 'L-100', source: 'model' });
    const end = lead.events.find((entry) => entry.event === 'stream:end');
    expect(end?.payload.seq).toBe(message.seq);
    expect(narrativeRequests()).toHaveLength(1);

    // The same narrative again: from the cache, no model request.
    const again = expectOk(
      await emitAck<{ streamId: string }>(widget, 'listing:narrative', { style: 'warm' }),
    );
    await lead.ended(again.streamId);
    expect(lead.text(again.streamId)).toBe(MODEL_NARRATIVE);
    expect(narrativeRequests()).toHaveLength(1);
    // Another style is another narrative.
    const luxury = expectOk(
      await emitAck<{ streamId: string }>(widget, 'listing:narrative', { style: 'luxury' }),
    );
    await lead.ended(luxury.streamId);
    expect(narrativeRequests()).toHaveLength(2);
  });

  it('falls back to the template within 2 s when the model stalls', async () => {
    narrativeReply = () => ({ fault: { type: 'stall' } });
    const hub = await startNarrativeHub();
    const { widget } = await leadOn(hub, 'L-100');
    const lead = streamOf(widget, 'stream');
    const firstToken = waitForEvent<{ streamId: string }>(widget, 'stream:token');
    const startedAt = performance.now();
    const started = expectOk(
      await emitAck<{ streamId: string }>(widget, 'listing:narrative', { style: 'factual' }),
    );
    await firstToken;
    expect(performance.now() - startedAt).toBeLessThan(2_000);
    await lead.ended(started.streamId);
    expect(lead.text(started.streamId)).toMatch(
      /^Here are the facts on 12345 Day Creek Blvd\. It has 4 bedrooms/,
    );
    expect(narrativeRequests()[0]?.abortedByClient).toBe(true);
  });

  it('stops a narrative the guard fails: the lead gets no token of the failing sentence, staff are told why', async () => {
    narrativeReply = () => ({
      tokens: words(
        'It has four bedrooms. It sits in a family-friendly neighborhood near great schools. Call us.',
      ),
      tokenDelayMs: 5,
    });
    const hub = await startNarrativeHub();
    const { widget, agent, conversationId } = await leadOn(hub, 'L-100');
    const lead = streamOf(widget, 'stream');
    const alert = waitForEvent<{ rule: string; detail: string }>(agent, 'compliance:alert');
    const event = waitForEvent<MessageView>(
      agent,
      'message',
      (message) => message.kind === 'event' && /narrative/i.test(message.text),
    );
    const started = expectOk(await emitAck<{ streamId: string }>(widget, 'listing:narrative', {}));
    await lead.ended(started.streamId);
    expect(lead.text(started.streamId)).toBe('It has four bedrooms.');
    expect(lead.events.find((entry) => entry.event === 'stream:error')?.payload).toMatchObject({
      code: 'COMPLIANCE',
    });
    expect(await alert).toMatchObject({
      rule: 'fair_housing',
      detail: expect.stringContaining('family-friendly') as string,
    });
    expect((await event).text).toMatch(
      /Listing narrative for L-100 was not sent: the Fair Housing guard stopped it \(family-friendly/,
    );
    expect((await event).visibility).toBe('staff');
    // Nothing was stored for the lead, nothing was cached: a second ask goes to the model again.
    const replay = expectOk(
      await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(replay.messages.some((message) => /four bedrooms/.test(message.text))).toBe(false);
    expect(replay.messages.some((message) => /Fair Housing/.test(message.text))).toBe(false);
    const conversation = await hub.store.getConversation('demo', conversationId);
    expect((conversation?.meta as { alerts?: string[] }).alerts).toContain('compliance');
  });

  it('stops the stream when the lead writes something else, and when the lead leaves', async () => {
    narrativeReply = () => ({ tokens: words(`${MODEL_NARRATIVE} `.repeat(6)), tokenDelayMs: 60 });
    const hub = await startNarrativeHub();
    const { widget } = await leadOn(hub, 'L-100');
    const lead = streamOf(widget, 'stream');
    const firstToken = waitForEvent(widget, 'stream:token');
    const started = expectOk(await emitAck<{ streamId: string }>(widget, 'listing:narrative', {}));
    await firstToken;
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'other', text: 'What are the HOA fees?' }));
    await lead.ended(started.streamId);
    expect(lead.events.find((entry) => entry.event === 'stream:error')?.payload).toMatchObject({
      streamId: started.streamId,
      code: 'CANCELLED',
      message: 'The lead wrote something else',
    });
    await expect.poll(() => narrativeRequests()[0]?.abortedByClient).toBe(true);

    // The lead leaves mid-stream: the model request is aborted too.
    const second = expectOk(
      await emitAck<{ streamId: string }>(widget, 'listing:narrative', { length: 'full' }),
    );
    await expect.poll(() => narrativeRequests()[1]?.tokensSent ?? 0).toBeGreaterThan(0);
    expect(second.streamId).not.toBe(started.streamId);
    widget.disconnect();
    await expect.poll(() => narrativeRequests()[1]?.abortedByClient).toBe(true);
  });

  it('streams a draft to the agent, and holds it for a supervisor when the review gate applies', async () => {
    const hub = await startNarrativeHub();
    const { agent, conversationId } = await leadOn(hub, 'L-100');
    const coach = streamOf(agent, 'coach');
    const started = expectOk(
      await emitAck<{ streamId: string }>(agent, 'narrative:draft', { conversationId, style: 'luxury' }),
    );
    await coach.ended(started.streamId);
    expect(coach.events.find((entry) => entry.event === 'coach:start')?.payload).toMatchObject({
      kind: 'narrative',
    });
    const done = coach.events.find((entry) => entry.event === 'coach:done')?.payload;
    expect(done).toMatchObject({
      kind: 'narrative',
      source: 'llm',
      result: { text: MODEL_NARRATIVE, review: false, ListingKey: 'L-100' },
    });
    expect(coach.text(started.streamId)).toBe(MODEL_NARRATIVE);
    // A draft is the agent's to send: nothing was stored or sent to the lead.
    const conversation = await hub.store.getConversation('demo', conversationId);
    expect((conversation?.meta as { drafts?: unknown[] }).drafts ?? []).toHaveLength(0);

    // L-900 is over the high-value threshold: the bot's review gate holds the narrative for a supervisor.
    const gated = await leadOn(hub, 'L-900');
    // (The bot held its own reply there already: the gate is on.)
    const updates = record(gated.agent, 'conversation:updated');
    const gatedCoach = streamOf(gated.agent, 'coach');
    const held = expectOk(
      await emitAck<{ streamId: string }>(gated.agent, 'narrative:draft', {
        conversationId: gated.conversationId,
      }),
    );
    await gatedCoach.ended(held.streamId);
    const heldDone = gatedCoach.events.find((entry) => entry.event === 'coach:done')?.payload as {
      result: { review: boolean; draftId: string; text: string };
    };
    expect(heldDone.result.review).toBe(true);
    const stored = await hub.store.getConversation('demo', gated.conversationId);
    const drafts = (stored?.meta as { drafts?: { draftId: string; text: string }[] }).drafts ?? [];
    await expect
      .poll(() =>
        updates.some((update) =>
          ((update.payload as unknown as ConversationSummary).pendingDrafts ?? []).some(
            (draft) => draft.draftId === heldDone.result.draftId,
          ),
        ),
      )
      .toBe(true);
    expect(drafts.find((draft) => draft.draftId === heldDone.result.draftId)).toMatchObject({
      draftId: heldDone.result.draftId,
      text: heldDone.result.text,
    });
    const supervisor = await connect(hub.url, '/supervisor', await staffToken(hub.url, 'supervisor', 'sam'));
    const sent = expectOk(
      await emitAck<{ seq: number }>(supervisor, 'draft:approve', {
        conversationId: gated.conversationId,
        draftId: heldDone.result.draftId,
      }),
    );
    expect(sent.seq).toBeGreaterThan(0);

    // A conversation without a catalogue listing has no narrative.
    const { token } = await widgetToken(hub.url, { listing: { id: 'NOT-IN-CATALOGUE' } });
    const other = await connect(hub.url, '/widget', token);
    expectOk(await emitAck(other, 'message:send', { clientMsgId: 'x', text: 'hello' }));
    const refused = await emitAck(other, 'listing:narrative', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await emitAck(other, 'listing:narrative', { style: 'pushy' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
  });
});
