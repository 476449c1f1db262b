import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import { createWebhookSender } from '../../src/jobs/webhook.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const SECRET = 'crm-webhook-secret-0123456789abcdef';

interface Delivery {
  headers: Record<string, string>;
  body: string;
}

async function crmEndpoint() {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      deliveries.push({
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, deliveries };
}

/**
 * Security issue 33, finding 9: an erasure was not passed on: the CRM kept the name and phone the hub had sent it.
 * Once the store committed an erasure, the hub now sends a signed `lead.erased` event (the lead id and its
 * conversation ids, no personal data) to the CRM webhook, with the usual retries.
 */
describe('erasure is passed on to the CRM (issue 33, finding 9)', () => {
  it('sends a signed lead.erased event naming the lead and its conversations, with no personal data', async () => {
    const crm = await crmEndpoint();
    const webhook = createWebhookSender({ url: crm.url, secret: SECRET, baseDelayMs: 10 });
    const { url, hub, store } = await startHub({ integrations: { webhook } });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'w1', text: 'Hello' }),
    );
    const leadId = (await store.getConversation('demo', conversationId))!.leadId;
    await store.updateLead('demo', leadId, { name: 'Rosalind Vexley', phone: '(909) 555-0188' });
    await hub.idle();
    await hub.integrations.idle();

    const admin = await createTokenService(JWT_SECRET, 60).signStaff(
      { tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' },
      600,
    );
    const erase = (confirm: string) =>
      fetch(`${url}/api/leads/${leadId}/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ confirm }),
      });
    // Bad input erases nothing and tells the CRM nothing.
    expect((await erase('someone-else')).status).toBe(400);
    await hub.integrations.idle();
    expect(crm.deliveries.filter((d) => d.headers['x-hub-event'] === 'lead.erased')).toEqual([]);

    expect((await erase(leadId)).status).toBe(200);
    await expect
      .poll(async () => {
        await hub.integrations.idle();
        return crm.deliveries.filter((d) => d.headers['x-hub-event'] === 'lead.erased').length;
      })
      .toBe(1);
    const delivery = crm.deliveries.find((d) => d.headers['x-hub-event'] === 'lead.erased')!;
    const [, t, v1] =
      /^t=(\d+),v1=([0-9a-f]{64})$/.exec(delivery.headers['x-hub-webhook-signature'] ?? '') ?? [];
    expect(v1).toBe(createHmac('sha256', SECRET).update(`${t}.${delivery.body}`).digest('hex'));
    const event = JSON.parse(delivery.body) as {
      type: string;
      id: string;
      tenantId: string;
      lead: { id: string; name: unknown; phone: unknown; email: unknown };
      data: { conversationIds: string[] };
    };
    expect(event).toMatchObject({
      type: 'lead.erased',
      id: delivery.headers['x-hub-delivery'],
      tenantId: 'demo',
      lead: { id: leadId, name: null, phone: null, email: null },
      data: { conversationIds: [conversationId] },
    });
    expect(delivery.body.toLowerCase()).not.toMatch(/vexley|555-0188|9095550188/);
  }, 60_000);
});
