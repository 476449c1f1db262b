import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { jorgeBot } from '../../src/bots/index.js';
import { SUMMARY_TOOL } from '../../src/coaching/summary-model.js';
import type { AfterSummary } from '../../src/coaching/summary.js';
import { createWebhookSender } from '../../src/jobs/webhook.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import type { MessageView } from '../../src/protocol/common.js';
import type { MessageRecord, Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { summaryExtension } from '../../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  tempStore,
  widgetToken,
} from '../helpers/hub.js';

const SECRET = 'summary-webhook-secret-0123456789';

/** A CRM endpoint on port 0 that accepts every delivery and keeps its body. */
async function startCrm() {
  const bodies: { type: string; data: Record<string, unknown> }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(body) as { type: string; data: Record<string, unknown> });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm`, bodies };
}

let fake: FakeAnthropic | undefined;
beforeEach(() => {
  fake = undefined;
});
afterEach(async () => {
  await fake?.close();
});

/** A hub with the summary extension: the rules (no key), or Claude through the fake API; a CRM webhook. */
async function startSummaryHub(options: { model?: 'fake'; timeoutMs?: number } = {}) {
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const store = tempStore();
  const tenants = loadTenants('config/tenants.json');
  const model = createModelProvider(
    {
      ...(options.model === 'fake' && fake ? { apiKey: 'fake-key', baseURL: fake.url } : {}),
      models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
      firstTokenTimeoutMs: 2_000,
      totalTimeoutMs: 10_000,
      maxRetries: 0,
      tokensPerHour: 10_000_000,
    },
    { registry: metrics.registry, logger },
  );
  const crm = await startCrm();
  const deps = { store, tenants, model, logger, registry: metrics.registry };
  const hub = await startHub({
    store,
    tenants,
    bot: jorgeBot,
    metrics,
    extensions: [summaryExtension(deps, { timeoutMs: options.timeoutMs ?? 3_000 })],
    integrations: {
      webhook: createWebhookSender({ url: crm.url, secret: SECRET, baseDelayMs: 10, maxDelayMs: 50 }),
    },
  });
  return { ...hub, crm };
}

/** A buyer who asks for a showing and pushes back on price; Ana claims the conversation. */
async function buyerWithAgent(url: string, hub: { idle(): Promise<void> }) {
  const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'buy' })).token);
  const leadEvents = record(widget, 'message');
  let conversationId = '';
  for (const [index, text] of [
    'Hi, we are looking to buy a 3 bedroom home',
    'Can we see it Saturday at 10am? Honestly the prices are way too high for us',
  ].entries()) {
    conversationId = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: `m${index}`, text }),
    ).conversationId;
    await hub.idle();
  }
  const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
  expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
  expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
  return { widget, agent, conversationId, leadEvents };
}

async function summaryLine(store: Store, conversationId: string): Promise<MessageRecord | undefined> {
  return (await store.messagesAfter('demo', conversationId, 0)).find(
    (message) => message.kind === 'event' && message.meta?.event === 'summary',
  );
}

async function expectLeadNeverSawIt(
  widget: Awaited<ReturnType<typeof connect>>,
  live: { payload: Record<string, unknown> }[],
) {
  const seen = live.map(({ payload }) => payload as unknown as MessageView);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.some((message) => message.meta?.event === 'summary')).toBe(false);
  expect(seen.every((message) => message.visibility === 'everyone')).toBe(true);
  // The lead writes again (a closed conversation reopens) and reads the whole conversation back.
  expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'again', text: 'Thanks!' }));
  // The reopening runs after the message is stored: resume once it has.
  const resume = async () =>
    expectOk(await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: 0 }));
  await expect.poll(async () => (await resume()).messages.length).toBeGreaterThan(0);
  const replay = await resume();
  expect(replay.messages.length).toBeGreaterThan(0);
  expect(replay.messages.some((message) => message.meta?.event === 'summary')).toBe(false);
  expect(replay.messages.some((message) => message.text.includes('Summary'))).toBe(false);
}

describe('the after-conversation summary', () => {
  it('at a close, without a model: the rule summary as a staff line, the CRM event, nothing to the lead', async () => {
    const { url, hub, store, crm } = await startSummaryHub();
    const { widget, agent, conversationId, leadEvents } = await buyerWithAgent(url, hub);
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'qualified' }));

    await expect.poll(() => summaryLine(store, conversationId)).toBeDefined();
    const line = (await summaryLine(store, conversationId))!;
    expect(line).toMatchObject({ visibility: 'staff', author: { type: 'system', name: 'Summary' } });
    const summary = line.meta!.summary as AfterSummary;
    expect(summary).toMatchObject({
      trigger: 'closed',
      source: 'rules',
      lang: 'en',
      objections: ['price'],
      followUp: { action: 'confirm_showing' },
    });
    expect(summary.wants).toMatch(/^To buy a home/);
    expect(summary.commitments.some((commitment) => commitment.startsWith('Asked for a showing'))).toBe(true);
    // The lead's own words stay as written, on the staff line only.
    expect(summary.quotes).toEqual([
      'Can we see it Saturday at 10am? Honestly the prices are way too high for us',
    ]);
    expect(line.text).toContain('Summary at close');
    expect(line.text).toContain('Next step: Confirm the showing they asked for');

    // The CRM event: in the outbox with the change (meta.summary), delivered without the lead's words.
    const rows = await store.listOutboxEvents('demo', { conversationId });
    const row = rows.find((candidate) => candidate.type === 'conversation.summarized');
    expect(row?.data).toMatchObject({
      summary: { trigger: 'closed', objections: ['price'] },
      followUp: { action: 'confirm_showing' },
    });
    expect(JSON.stringify(row?.data)).not.toContain('Honestly the prices');
    expect((await store.getConversation('demo', conversationId))?.meta).toMatchObject({
      summary: { trigger: 'closed' },
    });
    await hub.integrations.idle();
    await expect.poll(() => crm.bodies.map((body) => body.type)).toContain('conversation.summarized');

    await expectLeadNeverSawIt(widget, leadEvents);
  });

  it('at a close, with Claude (the fake API): the model summary, the lead’s words kept verbatim', async () => {
    fake = await startFakeAnthropic({ tokenDelayMs: 1 });
    fake.setBehaviour((request) =>
      (request.body as { tools?: { name: string }[] }).tools?.[0]?.name === SUMMARY_TOOL
        ? {
            toolUse: {
              name: SUMMARY_TOOL,
              input: {
                wants: 'A 3 bedroom home; wants to see it Saturday at 10am.',
                objections: ['price', 'not_a_kind'],
                commitments: ['Asked for a showing on Saturday at 10am'],
                nextStep: 'Confirm Saturday 10am and bring recent sales to answer the price worry.',
                followUp: {
                  action: 'confirm_showing',
                  text: 'Confirm the Saturday 10am showing.',
                  dueInHours: 2,
                },
              },
            },
          }
        : 'Thanks!',
    );
    const { url, hub, store } = await startSummaryHub({ model: 'fake' });
    const { widget, agent, conversationId, leadEvents } = await buyerWithAgent(url, hub);
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'qualified' }));

    await expect.poll(() => summaryLine(store, conversationId)).toBeDefined();
    const line = (await summaryLine(store, conversationId))!;
    const summary = line.meta!.summary as AfterSummary;
    expect(summary).toMatchObject({
      source: 'llm',
      wants: 'A 3 bedroom home; wants to see it Saturday at 10am.',
      objections: ['price'],
      followUp: { action: 'confirm_showing', text: 'Confirm the Saturday 10am showing.' },
      quotes: ['Can we see it Saturday at 10am? Honestly the prices are way too high for us'],
    });
    expect(Date.parse(summary.followUp!.dueAt) - Date.parse(line.createdAt)).toBeLessThanOrEqual(
      2 * 3_600_000,
    );
    expect(line.text).toContain('Summary at close (Claude)');
    // The request: one forced tool call with the transcript as data and the rule summary as a hint.
    const request = fake.requests.find((candidate) =>
      JSON.stringify(candidate.body).includes('<rule_summary>'),
    );
    expect(JSON.stringify(request?.body)).toContain('<lead>Can we see it Saturday at 10am?');
    expect((request?.body as { tool_choice?: unknown }).tool_choice).toEqual({
      type: 'tool',
      name: SUMMARY_TOOL,
    });
    const rows = await store.listOutboxEvents('demo', { conversationId });
    expect(rows.find((row) => row.type === 'conversation.summarized')?.data).toMatchObject({
      summary: { source: 'llm' },
    });
    await expectLeadNeverSawIt(widget, leadEvents);
  });

  it('falls back to the rule summary when Claude does not answer in time', async () => {
    fake = await startFakeAnthropic({ tokenDelayMs: 1 });
    fake.setBehaviour(() => ({ fault: { type: 'stall' } }));
    const { url, hub, store } = await startSummaryHub({ model: 'fake', timeoutMs: 600 });
    const { agent, conversationId } = await buyerWithAgent(url, hub);
    const closedAt = Date.now();
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'no_response' }));
    await expect.poll(() => summaryLine(store, conversationId), { timeout: 5_000 }).toBeDefined();
    const line = (await summaryLine(store, conversationId))!;
    expect((line.meta!.summary as AfterSummary).source).toBe('rules');
    // The deadline (600 ms) and the writes, not the model's stall.
    expect(Date.parse(line.createdAt) - closedAt).toBeLessThan(3_000);
  });

  it('after a call ends: the call summary (its utterances read like messages), staff only', async () => {
    const { url, hub, store } = await startSummaryHub();
    const { widget, agent, conversationId, leadEvents } = await buyerWithAgent(url, hub);
    expectOk(await emitAck(agent, 'call:start', { conversationId }));
    expectOk(
      await emitAck(agent, 'call:utterance', {
        conversationId,
        speaker: 'prospect',
        clientMsgId: 'u1',
        text: 'Can you call me back today? My lender said rates are too high right now',
      }),
    );
    expectOk(await emitAck(agent, 'call:end', { conversationId }));
    await expect.poll(() => summaryLine(store, conversationId)).toBeDefined();
    const summary = (await summaryLine(store, conversationId))!.meta!.summary as AfterSummary;
    expect(summary.trigger).toBe('call_ended');
    expect(summary.objections).toContain('rates');
    expect(summary.quotes).toContain(
      'Can you call me back today? My lender said rates are too high right now',
    );
    const rows = await store.listOutboxEvents('demo', { conversationId });
    expect(rows.filter((row) => row.type === 'conversation.summarized')).toHaveLength(1);
    await expectLeadNeverSawIt(widget, leadEvents);
  });
});
