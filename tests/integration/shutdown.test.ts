import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../src/conversations/events.js';
import type { ConversationRecord } from '../../src/store/types.js';
import { connect as connectSocket, emitAck, expectOk, startHub, widgetToken } from '../helpers/hub.js';
import { expectNothingWithin } from '../helpers/waits.js';

/** Opens a raw TCP connection to the hub and sends `request` as is; resolves once the hub has answered. */
async function rawPeer(url: string, request: string, answered: RegExp): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (answered.test(received)) resolve();
    });
    socket.once('close', () => reject(new Error(`closed before an answer: ${received}`)));
    socket.write(request);
  });
  return socket;
}

const whenClosed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });

describe('shutdown', () => {
  it('ends within seconds even when peers ignore the WebSocket close handshake or leave a request half sent', async () => {
    const hub = await startHub();
    const { host } = new URL(hub.url);
    // A WebSocket peer that completes the upgrade, then never answers anything (no close frame back).
    const silentWebSocket = await rawPeer(
      hub.url,
      [
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
        `Host: ${host}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
      /101 Switching Protocols[\s\S]*\r\n\r\n[\s\S]*"sid"/,
    );
    // A keep-alive HTTP peer that got one answer, then leaves a second request half sent.
    const halfRequest = await rawPeer(
      hub.url,
      `GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      /HTTP\/1\.1 200[\s\S]*\r\n\r\n\{/,
    );
    halfRequest.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n`);

    const started = performance.now();
    await hub.close();
    const elapsedMs = performance.now() - started;

    expect(elapsedMs).toBeLessThan(5_000); // ws alone would wait 30 s for the close frame
    await Promise.all([whenClosed(silentWebSocket), whenClosed(halfRequest)]);
  }, 20_000);

  it("waits for the extensions' hooks still running (a lead message, a lifecycle event) before it returns, so they still read the store", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const bothStarted = new Promise<void>((resolve) => (started = resolve));
    const seen: { hook: string; conversation: ConversationRecord | null }[] = [];
    let waiting = 0;
    /** Holds until the test releases it, then reads the conversation back from the store. */
    const slow = async (hook: string, tenantId: string, conversationId: string) => {
      if (++waiting === 2) started();
      await released;
      seen.push({ hook, conversation: await hub.store.getConversation(tenantId, conversationId) });
    };
    const hub = await startHub({
      extensions: [
        () => ({
          name: 'slow',
          onLeadMessage: ({ conversation }) => slow('onLeadMessage', conversation.tenantId, conversation.id),
          onEvent: (event: HubEvent) =>
            event.type === 'lead.created' ? slow('onEvent', event.tenantId, event.conversationId) : undefined,
        }),
      ],
    });
    const widget = await connectSocket(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'one', text: 'hola' }),
    );
    await bothStarted;
    widget.close();

    let seenWhenClosed = -1;
    const closing = hub.hub.close({ graceMs: 5_000 }).then(() => (seenWhenClosed = seen.length));
    // Without hooks in flight a close takes about 100 ms (at most the 1 s close window): held by the two hooks,
    // it has not returned after 1.5 s.
    await expectNothingWithin(1_500, () => expect(seenWhenClosed).toBe(-1));
    release();
    await closing;
    expect(seenWhenClosed).toBe(2);
    expect(seen.map(({ hook }) => hook).sort()).toEqual(['onEvent', 'onLeadMessage']);
    for (const { conversation } of seen) expect(conversation?.id).toBe(conversationId);
  }, 20_000);
});
