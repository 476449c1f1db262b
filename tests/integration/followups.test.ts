import { createServer, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { jorgeBot } from '../../src/bots/index.js';
import { createFollowUpDelivery } from '../../src/jobs/delivery.js';
import { createFollowUpScheduler } from '../../src/jobs/scheduler.js';
import { createWebhookSender, signBody } from '../../src/jobs/webhook.js';
import { createLogger } from '../../src/logger.js';
import type { MessageView } from '../../src/protocol/common.js';
import { connect, emitAck, expectOk, record, startHub, tempStore, widgetToken } from '../helpers/hub.js';

const DAY_MS = 24 * 3600_000;
const SECRET = 'webhook-secret-for-tests';

async function webhookReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`, received };
}

describe('nurture follow-ups end to end', () => {
  it('sends each due follow-up once across two schedulers, as a transcript message and a signed webhook', async () => {
    // 09:00 in Rancho Cucamonga (UTC-8): inside the sending window.
    let clock = Date.parse('2026-11-23T17:00:00Z');
    const now = () => new Date(clock);
    const store = tempStore();
    const { url, hub } = await startHub({ store, bot: jorgeBot, now });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const live = record(widget, 'message');
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'a',
        text: 'Hi, just browsing for now',
      }),
    );
    await hub.idle();
    const planned = await store.listFollowUps('demo', sent.conversationId);
    expect(planned.filter((job) => job.status === 'pending').map((job) => job.step)).toEqual([3, 7, 14, 30]);

    const hook = await webhookReceiver();
    const logger = createLogger('silent');
    const deliver = createFollowUpDelivery({
      store,
      core: hub.core,
      logger,
      webhook: createWebhookSender({ url: hook.url, secret: SECRET }),
    });
    const scheduler = (nodeId: string) =>
      createFollowUpScheduler({
        store,
        nodeId,
        clock: now,
        leaseMs: 60_000,
        intervalMs: 1_000,
        deliver,
        logger,
      });
    const [nodeA, nodeB] = [scheduler('node-a'), scheduler('node-b')];

    clock += 3 * DAY_MS + 3600_000;
    const results = await Promise.all([nodeA.tick(), nodeB.tick()]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
    const transcript = await store.messagesAfter('demo', sent.conversationId, 0);
    const followUps = transcript.filter((message) => message.meta?.followUpStep !== undefined);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({
      author: { type: 'bot' },
      visibility: 'everyone',
      meta: { followUpStep: 3 },
    });
    await expect
      .poll(() => live.some((event) => (event.payload as unknown as MessageView).seq === followUps[0]!.seq))
      .toBe(true);
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    expect(delivery!.headers['x-hub-event']).toBe('followup.sent');
    expect(delivery!.headers['x-hub-signature-256']).toBe(signBody(SECRET, delivery!.body));
    expect(JSON.parse(delivery!.body)).toMatchObject({
      version: 1,
      id: delivery!.headers['x-hub-delivery'],
      type: 'followup.sent',
      conversation: { id: sent.conversationId },
      data: { step: 3, seq: followUps[0]!.seq, text: followUps[0]!.text },
    });

    // Nothing more is due yet; the lead's reply cancels the rest of the sequence.
    expect((await nodeB.tick()).sent).toBe(0);
    expectOk(
      await emitAck(widget, 'message:send', { clientMsgId: 'b', text: 'Thanks, still looking around' }),
    );
    await hub.idle();
    const after = await store.listFollowUps('demo', sent.conversationId);
    const firstPlan = after.filter((job) => planned.some((old) => old.id === job.id));
    expect(firstPlan.map((job) => job.status).sort()).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'sent',
    ]);
  });

  it('skips follow-ups of a lead who opted out', async () => {
    let clock = Date.parse('2026-11-23T17:00:00Z');
    const now = () => new Date(clock);
    const store = tempStore();
    const { url, hub } = await startHub({ store, bot: jorgeBot, now });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'a',
        text: 'Just looking',
      }),
    );
    await hub.idle();
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'b', text: 'STOP' }));
    await hub.idle();
    const jobs = await store.listFollowUps('demo', sent.conversationId);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.status === 'cancelled')).toBe(true);
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: now,
      leaseMs: 60_000,
      intervalMs: 1_000,
      deliver: createFollowUpDelivery({ store, core: hub.core, logger: createLogger('silent') }),
      logger: createLogger('silent'),
    });
    clock += 31 * DAY_MS;
    expect((await scheduler.tick()).sent).toBe(0);
    const transcript = await store.messagesAfter('demo', sent.conversationId, 0);
    expect(transcript.some((message) => message.meta?.followUpStep !== undefined)).toBe(false);
  });
});
