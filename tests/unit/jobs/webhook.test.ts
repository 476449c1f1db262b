import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookSender, isPublicAddress, signBody } from '../../../src/jobs/webhook.js';

const SECRET = 'whsec-test-123';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A real local receiver on port 0; `respond` decides each answer (by attempt number). */
async function receiver(respond: (attempt: number, res: ServerResponse) => void) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      respond(received.length, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received };
}

const noSleep = () => {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
};

describe('webhook sender', () => {
  it('POSTs the JSON with a verifiable HMAC-SHA256 signature and the event header', async () => {
    const { url, received } = await receiver((_n, res) => res.writeHead(204).end());
    const sender = createWebhookSender({
      url,
      secret: SECRET,
      maxAttempts: 3,
      baseDelayMs: 10,
      ...noSleep(),
    });
    const payload = { conversationId: 'c1', step: 3, text: 'Hi, just checking in.' };
    const result = await sender.send('followup.sent', payload, { deliveryId: 'd-1' });
    expect(result).toEqual({ ok: true, attempts: 1, status: 204, deliveryId: 'd-1' });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(JSON.parse(request!.body)).toEqual(payload);
    const expected = `sha256=${createHmac('sha256', SECRET).update(request!.body).digest('hex')}`;
    expect(request!.headers['x-hub-signature-256']).toBe(expected);
    expect(signBody(SECRET, request!.body)).toBe(expected);
    expect(request!.headers['x-hub-event']).toBe('followup.sent');
    expect(request!.headers['x-hub-delivery']).toBe('d-1');
    expect(request!.headers['content-type']).toBe('application/json');
  });

  it('retries 5xx and 429 with exponential backoff, honouring retry-after', async () => {
    const { url, received } = await receiver((attempt, res) => {
      if (attempt === 1) res.writeHead(503).end();
      else if (attempt === 2) res.writeHead(429, { 'retry-after': '2' }).end();
      else if (attempt === 3) res.writeHead(500).end();
      else res.writeHead(200).end('ok');
    });
    const { delays, sleep } = noSleep();
    const sender = createWebhookSender({ url, secret: SECRET, maxAttempts: 5, baseDelayMs: 100, sleep });
    const result = await sender.send('followup.sent', { n: 1 });
    expect(result).toMatchObject({ ok: true, attempts: 4, status: 200 });
    expect(received).toHaveLength(4);
    expect(delays).toEqual([100, 2_000, 400]);
    expect(new Set(received.map((request) => request.headers['x-hub-delivery'])).size).toBe(1);
  });

  it('gives up after maxAttempts', async () => {
    const { url, received } = await receiver((_n, res) => res.writeHead(502).end());
    const { delays, sleep } = noSleep();
    const sender = createWebhookSender({ url, secret: SECRET, maxAttempts: 3, baseDelayMs: 50, sleep });
    const result = await sender.send('followup.sent', {});
    expect(result).toMatchObject({ ok: false, attempts: 3, status: 502, error: 'HTTP 502' });
    expect(received).toHaveLength(3);
    expect(delays).toEqual([50, 100]);
  });

  it('does not retry other 4xx answers', async () => {
    const { url, received } = await receiver((_n, res) => res.writeHead(400).end());
    const sender = createWebhookSender({ url, secret: SECRET, maxAttempts: 4, baseDelayMs: 1, ...noSleep() });
    expect(await sender.send('followup.sent', {})).toMatchObject({ ok: false, attempts: 1, status: 400 });
    expect(received).toHaveLength(1);
  });

  it('retries network errors', async () => {
    const { url, received } = await receiver((_n, res) => res.writeHead(200).end());
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const sender = createWebhookSender({
      url,
      secret: SECRET,
      fetch: flaky,
      maxAttempts: 3,
      baseDelayMs: 5,
      ...noSleep(),
    });
    expect(await sender.send('followup.sent', { a: 1 })).toMatchObject({ ok: true, attempts: 2 });
    expect(calls).toBe(2);
    expect(received).toHaveLength(1);
  });

  it('reports a refused connection after maxAttempts', async () => {
    const { url } = await receiver((_n, res) => res.writeHead(200).end());
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    const sender = createWebhookSender({ url, secret: SECRET, maxAttempts: 2, baseDelayMs: 5, ...noSleep() });
    const result = await sender.send('followup.sent', {});
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(2);
    expect(result.error).toBeTruthy();
  });

  it('never follows a redirect: the body does not reach the address it points to', async () => {
    const inside = await receiver((_n, res) => res.writeHead(204).end());
    const outside = await receiver((_n, res) => res.writeHead(307, { location: inside.url }).end());
    const sender = createWebhookSender({ url: outside.url, secret: SECRET, maxAttempts: 3, ...noSleep() });
    expect(await sender.send('agent.paged', { phone: '555-0100' })).toMatchObject({
      ok: false,
      attempts: 1,
      status: 307,
    });
    expect(inside.received).toHaveLength(0);
  });

  it('never reads the answer: a receiver streaming without end costs nothing', async () => {
    let streamed = 0;
    // The receiver sees its connection closed once the sender has the status and drops the answer: after that,
    // nothing more can be streamed, so the figures below are final (no pause to guess how long that takes).
    let connectionClosed!: () => void;
    const closedBySender = new Promise<void>((resolve) => (connectionClosed = resolve));
    const endless = await receiver((_n, res) => {
      res.once('close', connectionClosed);
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) streamed += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const before = process.memoryUsage().rss;
    const sender = createWebhookSender({ url: endless.url, secret: SECRET, maxAttempts: 1, ...noSleep() });
    expect(await sender.send('agent.paged', {})).toMatchObject({ ok: true, status: 200 });
    await closedBySender;
    expect(streamed).toBeLessThan(16 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses non-public destinations when asked to, by IP literal and by name, without retrying', async () => {
    const local = await receiver((_n, res) => res.writeHead(204).end());
    const byName = local.url.replace('127.0.0.1', 'localhost');
    for (const url of [local.url, byName, 'http://[::1]:9/x', 'http://169.254.169.254/latest/meta-data/']) {
      const sender = createWebhookSender({
        url,
        secret: SECRET,
        destinations: 'public',
        maxAttempts: 3,
        ...noSleep(),
      });
      const result = await sender.send('agent.paged', {});
      expect(result, url).toMatchObject({ ok: false, attempts: 1 });
      expect(result.error, url).toMatch(/not a public address/);
    }
    expect(local.received).toHaveLength(0);
    // The operator's own webhook (the default) may be internal.
    expect(await createWebhookSender({ url: local.url, secret: SECRET }).send('x', {})).toMatchObject({
      ok: true,
    });
  });

  it('gives up on a receiver that drips its answer, at the timeout of the whole exchange', async () => {
    const net = await import('node:net');
    const dripping = net.createServer((socket) => {
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\n');
        const drip = setInterval(() => socket.write('x'), 50);
        socket.once('close', () => clearInterval(drip));
      });
    });
    await new Promise<void>((resolve) => dripping.listen(0, '127.0.0.1', resolve));
    const { port } = dripping.address() as AddressInfo;
    const started = performance.now();
    const sender = createWebhookSender({
      url: `http://127.0.0.1:${port}/hooks`,
      secret: SECRET,
      maxAttempts: 1,
      timeoutMs: 300,
    });
    const result = await sender.send('agent.paged', {});
    dripping.close();
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('classifies addresses: only public unicast is public', () => {
    for (const address of ['8.8.8.8', '2606:4700:4700::1111'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      'nonsense',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });
});
