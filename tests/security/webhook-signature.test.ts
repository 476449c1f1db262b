import { createHmac } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createReceiver } from '../../scripts/webhook-receiver.js';
import { createWebhookSender, signBody } from '../../src/jobs/webhook.js';
import { connect, emitAck, expectOk, startHub, widgetToken } from '../helpers/hub.js';

const SECRET = 'crm-webhook-secret-0123456789abcdef';

interface Captured {
  headers: Record<string, string>;
  body: string;
}

/** A CRM endpoint that records each request's headers and raw body; the first `failFirst` answers are 503. */
async function capturingEndpoint(failFirst = 0) {
  const requests: Captured[] = [];
  let failures = failFirst;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (failures > 0) {
        failures -= 1;
        res.writeHead(503).end();
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, requests };
}

/** Replays a captured request, byte for byte, to a receiver. */
async function replay(url: string, captured: Captured): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-event': captured.headers['x-hub-event']!,
          'x-hub-delivery': captured.headers['x-hub-delivery']!,
          'x-hub-webhook-signature': captured.headers['x-hub-webhook-signature']!,
          'x-hub-signature-256': captured.headers['x-hub-signature-256']!,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(captured.body);
  });
}

/**
 * Security issue 33 (webhooks): the signature covered the body but no time, so a captured delivery verified
 * forever. Every delivery now also carries `x-hub-webhook-signature: t=<unix>,v1=<hmac of "t.body">`, signed at each
 * attempt by the hub's clock; the legacy `x-hub-signature-256` stays for one version.
 */
describe('timestamped webhook signatures (issue 33)', () => {
  it('signs t=<unix>,v1=<hmac of t.body> at each attempt, keeps the legacy header, and a late replay is refused', async () => {
    const crm = await capturingEndpoint(1);
    let clockMs = Date.parse('2026-11-24T18:00:00.000Z');
    const now = () => new Date(clockMs);
    const webhook = createWebhookSender({
      url: crm.url,
      secret: SECRET,
      now,
      baseDelayMs: 10,
      // The retry waits: the hub's clock moves 7 s meanwhile.
      sleep: async () => {
        clockMs += 7_000;
      },
    });
    const { url, hub } = await startHub({ now, integrations: { webhook } });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'w1', text: 'Hi, is it still for sale?' }));
    await hub.idle();
    await expect.poll(async () => (await hub.integrations.idle(), crm.requests.length)).toBeGreaterThan(1);

    const [first, retry] = crm.requests as [Captured, Captured];
    expect(retry.headers['x-hub-delivery']).toBe(first.headers['x-hub-delivery']);
    expect(retry.body).toBe(first.body);
    const stamps = [first, retry].map((captured) => {
      const header = captured.headers['x-hub-webhook-signature'] ?? '';
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
      expect(match, header).not.toBeNull();
      const t = Number(match![1]);
      expect(match![2]).toBe(createHmac('sha256', SECRET).update(`${t}.${captured.body}`).digest('hex'));
      // The legacy header, for one version.
      expect(captured.headers['x-hub-signature-256']).toBe(signBody(SECRET, captured.body));
      return t;
    });
    expect(stamps[0]).toBe(Math.floor(Date.parse('2026-11-24T18:00:00.000Z') / 1_000));
    expect(stamps[1]! - stamps[0]!).toBe(7);

    // The example receiver (docs/INTEGRATIONS.md): the delivery verifies within 5 minutes of its t, not later.
    const receiverAt = async (atMs: number) => {
      const events: unknown[] = [];
      const server = createReceiver({
        secret: SECRET,
        now: () => atMs,
        maxAgeMs: 86_400_000,
        onEvent: (e) => void events.push(e),
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
      return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, events };
    };
    const fresh = await receiverAt(stamps[1]! * 1_000 + 60_000);
    expect(await replay(fresh.url, retry)).toBe(204);
    const late = await receiverAt(stamps[1]! * 1_000 + 10 * 60_000);
    expect(await replay(late.url, retry)).toBe(401);
    // A forged t (the captured v1 with a new time) does not verify either.
    const forged = {
      ...retry,
      headers: {
        ...retry.headers,
        'x-hub-webhook-signature': retry.headers['x-hub-webhook-signature']!.replace(
          /^t=\d+/,
          `t=${stamps[1]! + 600}`,
        ),
      },
    };
    expect(await replay(late.url, forged)).toBe(401);
    expect(late.events).toEqual([]);
  }, 60_000);
});
