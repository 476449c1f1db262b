import { io } from 'socket.io-client';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusals } from '../../src/realtime/limits.js';
import { postJson } from '../helpers/hub.js';
import { openSession } from './helpers.js';
import {
  healthzMs,
  metric,
  probeHealthFromOutside,
  rawOpen,
  rawWidget,
  startHubChild,
  type HubChild,
  type RawSocket,
} from './abuse-client.js';

/**
 * Finding 4 (requests without bounds) and 6 (no connection caps), against a real hub process whose memory is read
 * from its own /metrics. The process trusts one proxy hop, so each test speaks from its own client address.
 */
const LIMITS = {
  HUB_TRUST_PROXY: '1',
  HUB_MAX_CONNECTIONS: '40',
  HUB_MAX_CONNECTIONS_PER_IP: '10',
  HUB_SOCKET_EVENTS_PER_10S: '100',
  HUB_SOCKET_MAX_IN_FLIGHT: '4',
  HUB_SOCKET_MAX_BUFFER_BYTES: String(256 * 1024),
  HUB_SOCKET_STALL_MS: '1000',
  HUB_RATE_LIMIT_PER_10S: '1000',
  HUB_WIDGET_SESSIONS_PER_MIN_PER_IP: '0',
  HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT: '0',
  HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET: '0',
  HUB_TURN_QUIET_MS: '0',
};
const MB = 1024 * 1024;

let hub: HubChild;
beforeAll(async () => {
  hub = await startHubChild(LIMITS);
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const rss = () => metric(hub.url, 'process_resident_memory_bytes');

async function widget(ip: string): Promise<RawSocket> {
  const session = await openSession(hub.url, {}, from(ip));
  expect(session.status).toBe(201);
  return rawWidget(hub.url, session.token, from(ip));
}

describe('per-socket bounds on every client event', () => {
  it('50,000 resume events from one socket: refused, then the socket is cut; /healthz stays fast, memory flat', async () => {
    const lead = await widget('10.0.1.1');
    lead.emit(1, 'message:send', { clientMsgId: 'first', text: 'Hola, busco casa' });
    expect((await lead.ack(1)).ok).toBe(true);
    // The bot's answer is its own work: let it finish before the flood is measured.
    await lead.event(/^42\/widget,\["stream:end"/);
    const before = await rss();
    const floodsBefore = await metric(hub.url, 'hub_socket_backpressure_total', 'action="flood"');

    // The hub's own event-loop delay (prom-client resets its maximum at every scrape) and /healthz from outside.
    await metric(hub.url, 'nodejs_eventloop_lag_max_seconds');
    const health = probeHealthFromOutside(hub.url);
    await health.ready;
    const total = 50_000;
    let sent = 0;
    let closed = false;
    void lead.closed.then(() => (closed = true));
    for (let id = 2; id < total + 2 && !closed; id++) {
      lead.emit(id, 'conversation:resume', { lastSeq: 0 });
      sent++;
      if (id % 1_000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await lead.closed;
    // Keep measuring past the cut: /healthz must also answer while the hub drops the flooding socket (counted in
    // probes answered, not in a pause, so a loaded machine measures as many as an idle one).
    const probesAtClose = health.probes();
    await expect.poll(() => health.probes(), { timeout: 20_000 }).toBeGreaterThanOrEqual(probesAtClose + 5);
    const times = await health.stop();
    const lagMax = await metric(hub.url, 'nodejs_eventloop_lag_max_seconds');
    const after = await rss();

    const answers = [...lead.acks.values()].map(
      (text) => JSON.parse(text) as { ok: boolean; error?: { code: string } },
    );
    const ok = answers.filter((answer) => answer.ok).length;
    const limited = answers.filter((answer) => answer.error?.code === 'RATE_LIMITED').length;
    const busy = answers.filter((answer) => answer.error?.code === 'BUSY').length;
    expect(ok + limited + busy).toBe(answers.length);
    // 100 events in a burst and 10 a second after that; 100 refusals in a row cut the connection.
    expect(ok).toBeLessThanOrEqual(300);
    expect(limited).toBeGreaterThanOrEqual(1);
    expect(answers.length).toBeLessThan(2_000);
    expect(await metric(hub.url, 'hub_socket_backpressure_total', 'action="flood"')).toBe(floodsBefore + 1);
    expect(sent).toBeGreaterThan(1_000);
    expect(times.length).toBeGreaterThan(3);
    // /healthz answers within 200 ms (the finding: 19.8 s), with margin for a shared 2-core machine: nine in
    // ten probes under 200 ms and none over two seconds (the probe is a process of its own, which a loaded machine
    // also delays: 1.1 s once while other suites ran beside it); the hub's own event loop never stalls a second
    // (measured 0.1 to 0.25 s on a busy 2-core machine, against 19.8 s before).
    const sorted = [...times].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThan(200);
    expect(sorted.at(-1)).toBeLessThan(2_000);
    expect(lagMax).toBeLessThan(1);
    expect(after - before).toBeLessThan(100 * MB);
  }, 90_000);

  it('refuses a message beyond the budget with RATE_LIMITED and stores nothing for it', async () => {
    const lead = await widget('10.0.1.2');
    const results: { id: number; ok: boolean; error?: { code: string }; data?: unknown }[] = [];
    for (let id = 1; id <= 150; id++) {
      lead.emit(id, 'message:send', { clientMsgId: `m-${id}`, text: `message ${id}` });
      results.push({ id, ...(await lead.ack(id)) });
    }
    lead.close();
    const accepted = results.filter((result) => result.ok);
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(refused.every((result) => result.error?.code === 'RATE_LIMITED')).toBe(true);

    const conversationId = (accepted[0]!.data as { conversationId: string }).conversationId;
    const { body } = await postJson(`${hub.url}/api/dev/tokens`, {
      tenantId: 'demo',
      role: 'supervisor',
      userId: 'sue',
      name: 'Sue',
    });
    const transcript = (await (
      await fetch(`${hub.url}/api/conversations/${conversationId}/transcript`, {
        headers: { authorization: `Bearer ${String(body.token)}` },
      })
    ).json()) as { messages: { author: { type: string }; text: string }[] };
    const stored = transcript.messages.filter((message) => message.author.type === 'lead').map((m) => m.text);
    expect(stored).toEqual(accepted.map((result) => `message ${result.id}`));
  }, 60_000);

  it('caps the handlers one socket runs at once: the rest are answered BUSY at once', async () => {
    const lead = await widget('10.0.1.3');
    lead.emit(1, 'message:send', { clientMsgId: 'first', text: 'Hola' });
    expect((await lead.ack(1)).ok).toBe(true);
    for (let id = 2; id <= 41; id++) lead.emit(id, 'conversation:resume', { lastSeq: 0 });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => lead.ack(index + 2)));
    lead.close();
    const ok = answers.filter((answer) => answer.ok).length;
    const busy = answers.filter((answer) => answer.error?.code === 'BUSY').length;
    expect(ok + busy).toBe(40);
    expect(ok).toBeGreaterThanOrEqual(4);
    expect(busy).toBeGreaterThanOrEqual(1);
  }, 30_000);
});

describe('backpressure', () => {
  it('stops reading, then disconnects, a socket that never reads; the process keeps its memory', async () => {
    // A conversation with a long history: every resume answers about 120 KB.
    const session = await openSession(hub.url, {}, from('10.0.2.1'));
    const writer = await rawWidget(hub.url, session.token, from('10.0.2.1'));
    const text = 'x'.repeat(1_990);
    for (let id = 1; id <= 60; id++) {
      writer.emit(id, 'message:send', { clientMsgId: `h-${id}`, text: `${id} ${text}` });
      expect((await writer.ack(id)).ok).toBe(true);
    }
    writer.close();

    const before = await rss();
    const cutBefore = await metric(hub.url, 'hub_socket_backpressure_total', 'action="disconnected"');
    const openBefore = await metric(hub.url, 'hub_connections_open');
    // The same lead's second tab, which stops reading right after connecting.
    const stuck = await rawWidget(hub.url, session.token, from('10.0.2.1'));
    stuck.ws.pause();
    let id = 1;
    const sender = setInterval(() => {
      for (let i = 0; i < 4; i++) stuck.emit(id++, 'conversation:resume', { lastSeq: 0 });
    }, 25);
    try {
      await expect
        .poll(() => metric(hub.url, 'hub_socket_backpressure_total', 'action="disconnected"'), {
          timeout: 20_000,
          interval: 200,
        })
        .toBeGreaterThan(cutBefore);
    } finally {
      clearInterval(sender);
    }
    expect(await metric(hub.url, 'hub_socket_backpressure_total', 'action="paused"')).toBeGreaterThanOrEqual(
      1,
    );
    await expect
      .poll(() => metric(hub.url, 'hub_connections_open'), { timeout: 5_000 })
      .toBeLessThanOrEqual(openBefore);
    expect((await rss()) - before).toBeLessThan(100 * MB);
    expect(await healthzMs(hub.url)).toBeLessThan(1_000);
    stuck.close();
  }, 60_000);
});

describe('connection caps', () => {
  const opened: WebSocket[] = [];
  const closeAll = () => {
    for (const ws of opened.splice(0)) ws.terminate();
  };

  it('refuses the root namespace "/" at once', async () => {
    const refusedBefore = await metric(hub.url, 'hub_connections_refused_total', 'reason="root_namespace"');
    const socket = io(`${hub.url}/`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: from('10.0.3.1'),
    });
    try {
      const error = await new Promise<Error & { data?: { code?: string } }>((resolve, reject) => {
        socket.once('connect', () => reject(new Error('the root namespace accepted a socket')));
        socket.once('connect_error', resolve);
      });
      expect(error.data?.code).toBe('NOT_FOUND');
      expect(error.message).toBe(refusals.root);
    } finally {
      socket.close();
    }
    expect(await metric(hub.url, 'hub_connections_refused_total', 'reason="root_namespace"')).toBe(
      refusedBefore + 1,
    );
  });

  it('caps connections per client IP at the handshake, with the reason in the refusal', async () => {
    try {
      for (let i = 0; i < 10; i++) opened.push(await rawOpen(hub.url, from('10.0.4.1')));
      await expect(rawOpen(hub.url, from('10.0.4.1'))).rejects.toThrow(refusals.ip);
      const polling = await fetch(`${hub.url}/socket.io/?EIO=4&transport=polling`, {
        headers: from('10.0.4.1'),
      });
      expect(polling.status).toBe(403);
      expect(((await polling.json()) as { message: string }).message).toBe(refusals.ip);
      // Another address is not affected, and neither is /healthz.
      opened.push(await rawOpen(hub.url, from('10.0.4.2')));
      expect(await healthzMs(hub.url)).toBeLessThan(1_000);
      expect(
        await metric(hub.url, 'hub_connections_refused_total', 'reason="ip_limit"'),
      ).toBeGreaterThanOrEqual(2);
    } finally {
      closeAll();
    }
  });

  it('caps connections per node; /healthz answers and /metrics counts them while the cap is reached', async () => {
    try {
      let refusal: Error | undefined;
      for (let i = 0; i < 60 && !refusal; i++) {
        try {
          opened.push(await rawOpen(hub.url, from(`10.0.5.${i}`)));
        } catch (error) {
          refusal = error as Error;
        }
      }
      expect(refusal?.message).toContain(refusals.node);
      expect(await metric(hub.url, 'hub_connections_open')).toBe(40);
      expect(await healthzMs(hub.url)).toBeLessThan(1_000);
      const ready = await fetch(`${hub.url}/readyz`);
      expect(ready.status).toBe(200);
      // A socket.io client gets a connect_error, not a connection.
      const socket = io(`${hub.url}/widget`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: from('10.0.5.200'),
      });
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => reject(new Error('connected over the cap')));
          socket.once('connect_error', () => resolve());
        });
      } finally {
        socket.close();
      }
      expect(
        await metric(hub.url, 'hub_connections_refused_total', 'reason="node_limit"'),
      ).toBeGreaterThanOrEqual(2);
    } finally {
      closeAll();
    }
    // Room again once they are gone.
    await expect.poll(() => metric(hub.url, 'hub_connections_open'), { timeout: 5_000 }).toBeLessThan(40);
    opened.push(await rawOpen(hub.url, from('10.0.5.201')));
    closeAll();
  });
});

describe('bytes, sockets and binary packets per connection (a second attack: all within the event budget)', () => {
  const big = (n: number) => ({ conversationId: 'x'.repeat(100 * 1024), n });

  it('cuts a connection that sends more bytes than its budget, even in few events; another address is served', async () => {
    const cutBefore = await metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"');
    const flooding = await widget('10.0.8.1');
    const calm = await widget('10.0.8.2');
    // Eight 100 KB events: far under the event budget (100 per 10 s), past the 512 KB a connection may send at once.
    for (let i = 0; i < 8; i++) flooding.emit(i, 'typing', big(i));
    await flooding.closed;
    expect(await metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"')).toBeGreaterThan(
      cutBefore,
    );
    calm.emit(1, 'message:send', { clientMsgId: 'calm-1', text: 'still here?' });
    expect((await calm.ack(1)).ok).toBe(true);
    expect(await healthzMs(hub.url)).toBeLessThan(1_000);
    calm.close();
  });

  it('shares a budget between the connections of one address', async () => {
    const sockets = await Promise.all(Array.from({ length: 5 }, () => widget('10.0.8.3')));
    // 300 KB each: every connection is within its own 512 KB, the address is not within its 1 MB.
    for (const socket of sockets) for (let i = 0; i < 3; i++) socket.emit(i, 'typing', big(i));
    const closed = await Promise.race([
      Promise.any(sockets.map((socket) => socket.closed)).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    expect(closed).toBe(true);
    for (const socket of sockets) socket.close();
  });

  it('charges WebSocket ping frames to the budget: a client that pings and never reads is cut, not answered forever', async () => {
    const cutBefore = await metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"');
    const pinging = await widget('10.0.8.6');
    // Never read again: ws would queue a pong for every ping in the hub's memory.
    (pinging.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const payload = Buffer.alloc(125, 1);
    // 5,000 pings of 131 bytes: 655 KB, past the 512 KB a connection may send at once.
    for (let i = 0; i < 5_000 && pinging.ws.readyState === pinging.ws.OPEN; i++) pinging.ws.ping(payload);
    await expect
      .poll(() => metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"'), {
        timeout: 10_000,
      })
      .toBeGreaterThan(cutBefore);
    pinging.ws.terminate();
    expect(await healthzMs(hub.url)).toBeLessThan(1_000);
  });

  it('charges engine.io packets of every type: a flood of large pongs is cut like a flood of messages', async () => {
    const cutBefore = await metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"');
    const flooding = await widget('10.0.8.7');
    for (let i = 0; i < 8 && flooding.ws.readyState === flooding.ws.OPEN; i++) {
      flooding.ws.send(`3${'x'.repeat(100 * 1024)}`);
    }
    await flooding.closed;
    expect(await metric(hub.url, 'hub_socket_backpressure_total', 'action="inbound_flood"')).toBeGreaterThan(
      cutBefore,
    );
  });

  it('opens at most two namespace sockets per connection, however many CONNECT packets arrive at once', async () => {
    const session = await openSession(hub.url, {}, from('10.0.8.4'));
    const ws = await rawOpen(hub.url, from('10.0.8.4'));
    const frames: string[] = [];
    let closed = false;
    ws.on('message', (data: Buffer) => frames.push(data.toString()));
    ws.on('close', () => (closed = true));
    for (let i = 0; i < 50; i++) ws.send(`40/widget,${JSON.stringify({ token: session.token })}`);
    // Refusals come from the first middleware, the two accepted sockets after their token check and store reads.
    // Socket.IO itself closes a connection that sends CONNECT for a namespace it already joined ("invalid state",
    // socket.io/dist/client.js): once the first accepted socket has passed its token check, a CONNECT still queued
    // ends the connection (close code 1005; about one run in fifteen here). The invariant holds either way, so the
    // test waits for every answer or the close, then checks that no third socket was ever accepted and that every
    // other answer is a refusal; when the connection stays open, all 48 refusals and both sockets must arrive.
    const count = (prefix: string) => frames.filter((frame) => frame.startsWith(prefix)).length;
    await expect
      .poll(() => closed || count('44/widget,') + count('40/widget,') === 50, { timeout: 25_000 })
      .toBe(true);
    expect(count('40/widget,')).toBeLessThanOrEqual(2);
    expect(count('44/widget,') + count('40/widget,')).toBe(frames.length);
    expect(count('44/widget,')).toBeGreaterThan(0);
    for (const refusal of frames.filter((frame) => frame.startsWith('44/widget,')))
      expect(refusal).toContain('RATE_LIMITED');
    if (!closed) {
      expect(count('44/widget,')).toBe(48);
      expect(count('40/widget,')).toBe(2);
    }
    ws.terminate();
  }, 60_000);

  it('closes a connection that sends a binary packet (announced attachments are never waited for)', async () => {
    const socket = await widget('10.0.8.5');
    socket.ws.send('451-/widget,["typing",{"_placeholder":true,"num":0}]');
    await socket.closed;
  });
});
