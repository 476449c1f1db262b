import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgentClient, createSupervisorClient, createWidgetClient } from '../../client/sdk/index.js';
import { isOlder } from '../../client/sdk/staff-core.js';
import type { ConversationSummary } from '../../src/protocol/common.js';

/**
 * Summaries of one conversation can reach a client out of order: the hub reads the conversation for a join (or a
 * list page) answer, an update overtakes that answer, and the older summary lands last. A scripted Socket.IO server
 * (real sockets) plays that order; the SDK must keep the newer summary.
 */
const at = '2026-11-23T18:00:00.000Z';
const summary = (version: number, extra: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id: 'c1',
  tenantId: 'demo',
  leadId: 'l1',
  channel: 'widget',
  status: 'handoff_pending',
  botKind: 'buyer',
  owner: { type: 'bot' },
  temperature: 'warm',
  slotsFilled: [],
  slotsMissing: [],
  lastSeq: 4,
  version,
  createdAt: at,
  updatedAt: at,
  stateSince: at,
  alerts: [],
  ...extra,
});
const named = summary(7, { leadName: 'Maria Lopez' });
const taken = {
  conversationId: 'c1',
  version: 7,
  status: 'human',
  botActive: false,
  agentName: 'Jorge Salas',
};
const botStatus = { conversationId: 'c1', version: 6, status: 'open', botActive: true };
const stale = summary(6);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scriptedHub() {
  const http = createServer();
  const io = new Server(http);
  const ok = (data: unknown) => ({ ok: true, data });
  // The update is sent first, the answer read before it second: one socket delivers in the order sent, so the
  // update always lands before the answer (no delay needed to make it so).
  io.of('/agent').on('connection', (socket) => {
    socket.on('conversation:join', (_payload, ack: (a: unknown) => void) => {
      socket.emit('conversation:updated', named);
      ack(ok({ conversationId: 'c1', conversation: stale, messages: [], streams: [], hasMore: false }));
    });
    socket.on('inbox:list', (_payload, ack: (a: unknown) => void) => {
      socket.emit('conversation:updated', named);
      ack(ok({ conversations: [stale], hasMore: false }));
    });
  });
  // A widget's resume answer read before the agent took over lands after the takeover's status.
  io.of('/widget').on('connection', (socket) => {
    socket.on('conversation:resume', (_payload, ack: (a: unknown) => void) => {
      socket.emit('conversation:status', taken);
      ack(ok({ conversationId: 'c1', messages: [], streams: [], hasMore: false, status: botStatus }));
    });
  });
  io.of('/supervisor').on('connection', (socket) => {
    socket.on('board:subscribe', (_payload, ack: (a: unknown) => void) => {
      socket.emit('board:update', named);
      ack(ok({ conversations: [stale], hasMore: false }));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        void io.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

describe('conversation summaries arriving out of order', () => {
  it('an agent keeps the update that overtook the join answer', async () => {
    const client = createAgentClient({ url: await scriptedHub(), token: 't' });
    cleanups.push(() => client.close());
    const seen: ConversationSummary[] = [];
    client.on('conversation', (s) => seen.push(s));
    await client.connect();
    await client.join('c1');
    expect(client.conversation('c1')?.leadName).toBe('Maria Lopez');
    expect(seen.map((s) => s.version)).toEqual([7]);
  });

  it("an agent's inbox list returns the newer summary", async () => {
    const client = createAgentClient({ url: await scriptedHub(), token: 't' });
    cleanups.push(() => client.close());
    await client.connect();
    const inbox = await client.inbox();
    expect(inbox.map((s) => s.leadName)).toEqual(['Maria Lopez']);
    expect(client.conversation('c1')?.version).toBe(7);
  });

  it("a supervisor's board keeps the update that overtook the snapshot", async () => {
    const client = createSupervisorClient({ url: await scriptedHub(), token: 't' });
    cleanups.push(() => client.close());
    await client.connect();
    const board = await client.subscribeBoard();
    expect(board.map((s) => s.leadName)).toEqual(['Maria Lopez']);
  });

  it("a widget keeps the agent's takeover that overtook its resume answer", async () => {
    const client = createWidgetClient({ url: await scriptedHub(), token: 't' });
    cleanups.push(() => client.close());
    // connect() resolves once the resume answer is applied.
    await client.connect();
    expect(client.status).toMatchObject({ status: 'human', agentName: 'Jorge Salas', version: 7 });
  });

  it('orders by version, then by lastSeq (an append moves lastSeq, not the version)', () => {
    expect(isOlder(summary(6), summary(7))).toBe(true);
    expect(isOlder(summary(7), summary(6))).toBe(false);
    expect(isOlder(summary(7, { lastSeq: 3 }), summary(7, { lastSeq: 4 }))).toBe(true);
    expect(isOlder(summary(7, { lastSeq: 4 }), summary(7, { lastSeq: 4 }))).toBe(false);
    expect(isOlder(summary(8, { lastSeq: 3 }), summary(7, { lastSeq: 4 }))).toBe(false);
  });
});
