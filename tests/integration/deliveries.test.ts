import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createWebhookSender } from '../../src/jobs/webhook.js';
import { createTokenService } from '../../src/auth.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const SECRET = 'crm-webhook-secret-0123456789abcdef';

/** A receiver on port 0 answering `status()` to every attempt, recording (delivery id, event, status). */
async function startCrm(status: () => number) {
  const attempts: { id: string; type: string; status: number }[] = [];
  const server = createServer((req, res) => {
    req.resume();
    const answer = status();
    attempts.push({
      id: String(req.headers['x-hub-delivery']),
      type: String(req.headers['x-hub-event']),
      status: answer,
    });
    res.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, attempts };
}

describe('webhook deliveries: the admin view and redelivery', () => {
  it('lists a refused event as failed with its error and attempts, and an admin redelivers it once', async () => {
    let answer = 410;
    const crm = await startCrm(() => answer);
    const { url, hub } = await startHub({
      integrations: { webhook: createWebhookSender({ url: crm.url, secret: SECRET, maxAttempts: 1 }) },
    });
    const tokens = createTokenService(JWT_SECRET, 600);
    const admin = await tokens.signStaff(
      { tenantId: 'demo', role: 'admin', userId: 'adm', name: 'Adm' },
      600,
    );
    const supervisor = await tokens.signStaff(
      { tenantId: 'demo', role: 'supervisor', userId: 'sup', name: 'Sup' },
      600,
    );
    const get = (token: string, query = '') =>
      fetch(`${url}/api/admin/deliveries${query}`, { headers: { authorization: `Bearer ${token}` } });

    const session = await widgetToken(url);
    const widget = await connect(url, '/widget', session.token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: 'Hi there',
      }),
    );
    await hub.idle();
    await hub.integrations.idle();

    // A 410 is a refusal: failed at once (no retry), with the status and the attempt.
    const listed = (await (await get(admin, `?conversationId=${conversationId}&status=failed`)).json()) as {
      deliveries: { id: string; type: string; status: string; attempts: number; lastError: string }[];
    };
    const created = listed.deliveries.find((delivery) => delivery.type === 'lead.created');
    expect(created).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 410', lastStatus: 410 });
    expect(crm.attempts.filter((attempt) => attempt.id === created!.id)).toHaveLength(1);

    // Only admins, and bad input changes nothing.
    expect((await get(supervisor)).status).toBe(403);
    expect((await get(admin, '?status=lost')).status).toBe(400);
    const missing = await fetch(`${url}/api/admin/deliveries/nope/redeliver`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(missing.status).toBe(404);

    answer = 200;
    const redeliver = await fetch(`${url}/api/admin/deliveries/${created!.id}/redeliver`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(redeliver.status).toBe(200);
    expect(
      ((await redeliver.json()) as { delivery: { status: string; attempts: number } }).delivery,
    ).toMatchObject({ status: 'pending', attempts: 0 });
    await hub.integrations.idle();
    const after = (await (await get(admin, `?conversationId=${conversationId}`)).json()) as {
      deliveries: { id: string; status: string; attempts: number; deliveredAt: string | null }[];
    };
    expect(after.deliveries.find((delivery) => delivery.id === created!.id)).toMatchObject({
      status: 'delivered',
      attempts: 1,
    });
    // The same delivery id on both attempts, accepted once.
    expect(crm.attempts.filter((attempt) => attempt.id === created!.id).map((a) => a.status)).toStrictEqual([
      410, 200,
    ]);
    // The redelivery is in the audit log.
    const audit = (await (
      await fetch(`${url}/api/audit?action=delivery.redeliver`, {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json()) as { entries: { action: string; target: { id: string } }[] };
    expect(audit.entries.map((entry) => [entry.action, entry.target.id])).toContainEqual([
      'delivery.redeliver',
      created!.id,
    ]);
  });
});
