import { describe, expect, it, onTestFinished } from 'vitest';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io';
import {
  connect,
  emitAck,
  expectOk,
  staffToken,
  startHub,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';
import { handshakeOrigin } from '../../src/identity/audit.js';

/** What a server-side socket holds in listeners: one entry per event name, plus its onAny listeners. */
function listenersOf(socket: Socket): { events: Map<string, unknown[]>; any: unknown[] } {
  const events = new Map<string, unknown[]>();
  for (const name of socket.eventNames()) events.set(String(name), socket.listeners(name as string));
  return { events, any: socket.listenersAny() };
}

async function socketsGauge(url: string, namespace: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`hub_sockets_connected{namespace="${namespace}"}`));
  return Number(line?.split(' ').at(-1) ?? NaN);
}

describe('idle sockets (BENCHMARKS.md (c): memory per idle widget connection)', () => {
  it('gives every socket of a namespace the same listeners, and none per socket for the sockets gauge', async () => {
    const hub = await startHub();
    const { url } = hub;
    for (let i = 0; i < 3; i++) await connect(url, '/widget', (await widgetToken(url)).token);
    await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    await connect(url, '/agent', await staffToken(url, 'agent', 'bob'));

    for (const namespace of ['/widget', '/agent'] as const) {
      const [first, ...others] = [...hub.hub.io.of(namespace).sockets.values()].map(listenersOf);
      // One listener per event name, shared by every socket (after the socket's middlewares, as Socket.IO runs
      // them; an onAny listener would run before them), and one onAny for unknown events.
      expect(first!.any).toHaveLength(1);
      expect(first!.events.size).toBeGreaterThan(2);
      // No closure per socket: a disconnect listener (the old sockets gauge) or any other per-socket function.
      expect(first!.events.has('disconnect')).toBe(false);
      for (const [event, listeners] of first!.events) expect(listeners, event).toHaveLength(1);
      for (const other of others) {
        expect(other.any[0]).toBe(first!.any[0]);
        expect([...other.events.keys()]).toEqual([...first!.events.keys()]);
        for (const [event, listeners] of first!.events)
          expect(other.events.get(event)![0]).toBe(listeners[0]);
      }
    }
  });

  it("keeps of a connection's HTTP request only what handshakes read, and no listener it does not need", async () => {
    const hub = await startHub();
    await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const socket = [...hub.hub.io.of('/widget').sockets.values()][0]!;
    const conn = socket.conn as unknown as {
      request: Record<string, unknown>;
      eventNames(): (string | symbol)[];
    };
    expect(Object.keys(conn.request).sort()).toEqual(['_query', 'connection', 'headers', 'url']);
    // Of the headers, only X-Forwarded-For is kept (the audit origin of staff actions; tests/security covers it).
    expect(socket.handshake.headers).toEqual({});
    expect(socket.handshake.url).toContain('transport=websocket');
    // A WebSocket from the start never upgrades; the write buffer's emptiness replaces a flush listener.
    expect(conn.eventNames()).not.toContain('upgrade');
    expect(conn.eventNames()).not.toContain('flush');
  });

  it('keeps X-Forwarded-For for the audit origin of a staff socket behind a trusted proxy', async () => {
    const hub = await startHub({ security: { trustProxyHops: 1 } });
    const agent = io(`${hub.url}/agent`, {
      auth: { token: await staffToken(hub.url, 'agent', 'ana') },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'a browser' },
    });
    onTestFinished(() => {
      agent.close();
    });
    await new Promise<void>((resolve, reject) => {
      agent.once('connect', () => resolve());
      agent.once('connect_error', reject);
    });
    const socket = [...hub.hub.io.of('/agent').sockets.values()][0]!;
    expect(socket.handshake.headers).toEqual({ 'x-forwarded-for': '203.0.113.9' });
    expect(handshakeOrigin(socket.handshake, 1)).toBe('203.0.113.9');
  });

  it('counts sockets per namespace in /metrics when scraped, and drops a disconnected one', async () => {
    const { url } = await startHub();
    const first = await connect(url, '/widget', (await widgetToken(url)).token);
    await connect(url, '/widget', (await widgetToken(url)).token);
    await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
    expect(await socketsGauge(url, '/widget')).toBe(2);
    expect(await socketsGauge(url, '/supervisor')).toBe(1);
    expect(await socketsGauge(url, '/agent')).toBe(0);
    first.close();
    await expect.poll(() => socketsGauge(url, '/widget')).toBe(1);
  });

  it("delivers a lead's conversation to its second tab on the same node, though only the first tab sent", async () => {
    const { url } = await startHub();
    const { token } = await widgetToken(url);
    const tabA = await connect(url, '/widget', token);
    const tabB = await connect(url, '/widget', token);
    const seen = waitForEvent(tabB, 'message', (message) => message.text === 'Hola desde la pestaña A');
    const replies = Promise.all([waitForEvent(tabA, 'stream:end'), waitForEvent(tabB, 'stream:end')]);
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(tabA, 'message:send', {
        clientMsgId: 'tab-a-1',
        text: 'Hola desde la pestaña A',
      }),
    );
    expect((await seen).conversationId).toBe(sent.conversationId);
    // And the bot's reply reaches both tabs.
    await replies;
  });
});
