import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it, onTestFinished } from 'vitest';
import { io } from 'socket.io-client';
import type { Ack } from '../../src/errors.js';
import { startHubCluster, type HubCluster } from '../../scripts/lib/hub-processes.js';
import { createReceiver } from '../../scripts/webhook-receiver.js';
import { describeWithRedis, fastTimings, widgetToken } from './harness.js';

const SECRET = 'outbox-webhook-secret-0123456789abcdef';

/** One HTTP attempt the receiver answered: the delivery id, the event type and the status it answered. */
interface Attempt {
  id: string;
  type: string;
  status: number;
}

/**
 * The example receiver (verifying signatures) behind a real server on port 0. Each attempt is recorded at the
 * HTTP level with the status answered, so a second acceptance of one delivery id would show (the example receiver
 * itself acknowledges a repeat without handling it again). `failing(type)` answers 500 while it returns true.
 */
async function startCrm(failing: (attempt: Omit<Attempt, 'status'>, seen: Attempt[]) => boolean) {
  const attempts: Attempt[] = [];
  const receiver = createReceiver({ secret: SECRET, onEvent: () => undefined });
  const listeners: ((attempt: Attempt) => void)[] = [];
  const server = createServer((req, res) => {
    const id = String(req.headers['x-hub-delivery']);
    const type = String(req.headers['x-hub-event']);
    res.on('finish', () => {
      const attempt = { id, type, status: res.statusCode };
      attempts.push(attempt);
      for (const listener of listeners) listener(attempt);
    });
    if (failing({ id, type }, attempts)) {
      req.resume();
      res.writeHead(500).end();
      return;
    }
    receiver.emit('request', req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    attempts,
    /** Resolves at the first attempt that matches. */
    next(match: (attempt: Attempt) => boolean): Promise<Attempt> {
      return new Promise((resolve) => listeners.push((attempt) => match(attempt) && resolve(attempt)));
    },
  };
}

const outboxEnv = (url: string) => ({
  ...fastTimings,
  HUB_WEBHOOK_URL: url,
  HUB_WEBHOOK_SECRET: SECRET,
  HUB_OUTBOX_LEASE_MS: '2000',
  HUB_OUTBOX_INTERVAL_MS: '200',
  HUB_WEBHOOK_RETRY_BASE_MS: '200',
  HUB_WEBHOOK_RETRY_MAX_MS: '1000',
});

async function cluster(options: Parameters<typeof startHubCluster>[0]): Promise<HubCluster> {
  const started = await startHubCluster(options);
  onTestFinished(() => started.stop());
  return started;
}

/** A lead's first message through node `url`: the change that writes `lead.created`. */
async function firstMessage(url: string): Promise<string> {
  const token = await widgetToken(url);
  const socket = io(`${url}/widget`, { auth: { token }, transports: ['websocket'], forceNew: true });
  onTestFinished(() => void socket.close());
  const ack = (await socket
    .timeout(10_000)
    .emitWithAck('message:send', { clientMsgId: 'first', text: 'Hi, I want to sell my house' })) as Ack<{
    conversationId: string;
  }>;
  if (!ack.ok) throw new Error(`message:send: ${ack.error.code}`);
  return ack.data.conversationId;
}

async function adminDeliveries(url: string, conversationId: string) {
  const tokenAnswer = await fetch(`${url}/api/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'adm', name: 'Adm' }),
  });
  const { token } = (await tokenAnswer.json()) as { token: string };
  const answer = await fetch(`${url}/api/admin/deliveries?conversationId=${conversationId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(answer.status).toBe(200);
  return (
    (await answer.json()) as { deliveries: { id: string; type: string; status: string; attempts: number }[] }
  ).deliveries;
}

const accepted = (attempts: Attempt[], id: string) =>
  attempts.filter((attempt) => attempt.id === id && attempt.status >= 200 && attempt.status < 300);

describeWithRedis('cluster: the webhook outbox', () => {
  it('delivers an event exactly once from the other node after the node that wrote it is killed (kill -9)', async () => {
    // lead.created fails its first two attempts; the first one also kills node A.
    const crm = await startCrm((attempt, seen) => {
      return attempt.type === 'lead.created' && seen.filter((s) => s.type === 'lead.created').length < 2;
    });
    const hubs = await cluster({ nodes: 2, env: outboxEnv(crm.url) });
    const [nodeA] = hubs.nodes;
    const firstAttempt = crm.next((attempt) => attempt.type === 'lead.created');
    const conversationId = await firstMessage(nodeA!.url);
    const first = await firstAttempt;
    await nodeA!.kill('SIGKILL');
    expect(nodeA!.child.signalCode).toBe('SIGKILL');

    // Node B takes it over (after A's lease, or at A's recorded retry) and it is accepted once.
    await expect
      .poll(() => accepted(crm.attempts, first.id).length, { timeout: 20_000, interval: 100 })
      .toBe(1);
    const deliveries = await adminDeliveries(hubs.nodes[1]!.url, conversationId);
    const created = deliveries.find((delivery) => delivery.type === 'lead.created');
    expect(created).toMatchObject({ id: first.id, status: 'delivered' });
    // Every attempt of lead.created carried the one delivery id, and only one was accepted.
    const createdAttempts = crm.attempts.filter((attempt) => attempt.type === 'lead.created');
    expect(createdAttempts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(createdAttempts.map((attempt) => attempt.id))).toStrictEqual(new Set([first.id]));
    expect(accepted(crm.attempts, first.id)).toHaveLength(1);
    // Every other event of the conversation was accepted once too.
    for (const delivery of deliveries.filter((d) => d.status === 'delivered'))
      expect(accepted(crm.attempts, delivery.id), delivery.type).toHaveLength(1);
  }, 90_000);

  it('keeps pending events across a restart and delivers them from the new process', async () => {
    let up = false;
    const crm = await startCrm(() => !up);
    const hubs = await cluster({ nodes: 1, privateRedis: false, env: outboxEnv(crm.url) });
    const firstAttempt = crm.next((attempt) => attempt.type === 'lead.created');
    const conversationId = await firstMessage(hubs.nodes[0]!.url);
    const first = await firstAttempt;
    expect(first.status).toBe(500);
    await hubs.nodes[0]!.kill('SIGKILL');
    const attemptsBefore = crm.attempts.length;
    up = true;
    const restarted = await hubs.addNode('node-restarted');
    await expect
      .poll(() => accepted(crm.attempts, first.id).length, { timeout: 20_000, interval: 100 })
      .toBe(1);
    expect(crm.attempts.length).toBeGreaterThan(attemptsBefore);
    const deliveries = await adminDeliveries(restarted.url, conversationId);
    expect(deliveries.find((delivery) => delivery.id === first.id)).toMatchObject({
      type: 'lead.created',
      status: 'delivered',
    });
    expect(accepted(crm.attempts, first.id)).toHaveLength(1);
  }, 90_000);
});
