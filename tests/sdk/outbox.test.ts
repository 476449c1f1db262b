import type { Socket } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { HubClientError } from '../../client/sdk/index.js';
import { connectAgent, connectWidget, startHub, waitFor, type TestHub } from './helpers.js';

/** Lead text messages stored for the conversation. */
async function leadTexts(hub: TestHub, conversationId: string): Promise<string[]> {
  const messages = await hub.store.messagesAfter('demo', conversationId, 0, { limit: 1_000 });
  return messages.filter((message) => message.author.type === 'lead').map((message) => message.text);
}

/** Swallows the ack of the next matching event and drops the connection: stored on the hub, ack lost. */
function loseNextAck(hub: TestHub, event: string): { dropped: () => boolean } {
  let dropped = false;
  hub.hub.io.of('/widget').on('connection', (socket: Socket) => {
    socket.use((packet, next) => {
      if (!dropped && packet[0] === event && typeof packet.at(-1) === 'function') {
        dropped = true;
        packet[packet.length - 1] = () => socket.conn.close();
      }
      next();
    });
  });
  return { dropped: () => dropped };
}

describe('widget outbox', () => {
  it('resends after a forced disconnect with the same clientMsgId and stores the message exactly once', async () => {
    const hub = await startHub();
    const trap = loseNextAck(hub, 'message:send');
    const widget = await connectWidget(hub);
    const states: string[] = [];
    widget.on('state', (state) => states.push(state));

    const result = await widget.send('I want to buy a 3 bedroom home', { clientMsgId: 'lead-msg-1' });

    expect(trap.dropped()).toBe(true);
    expect(states).toContain('reconnecting');
    expect(result.duplicate).toBe(true);
    expect(await leadTexts(hub, result.conversationId)).toEqual(['I want to buy a 3 bedroom home']);
    expect(widget.pending()).toHaveLength(0);
  });

  it('queues what is typed offline and sends it once, in order, when back online', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const first = await widget.send('hello');
    widget.disconnect();
    expect(widget.state).toBe('offline');

    const sends = [widget.send('one'), widget.send('two'), widget.send('three')];
    expect(widget.pending().map((entry) => entry.payload.text)).toEqual(['one', 'two', 'three']);
    await widget.connect();
    const results = await Promise.all(sends);

    expect(results.map((result) => result.duplicate)).toEqual([false, false, false]);
    expect(results.map((result) => result.seq)).toEqual(
      [...results.map((result) => result.seq)].sort((a, b) => a - b),
    );
    expect(await leadTexts(hub, first.conversationId)).toEqual(['hello', 'one', 'two', 'three']);
  });

  it('survives a hub restart: shutdown notice, reconnect, resend what was queued meanwhile exactly once', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const { conversationId } = await widget.send('before the restart');
    const notice = widget.once('shutdown');
    await hub.stop();
    await notice;
    await waitFor(() => widget.state === 'reconnecting', { what: 'reconnecting state' });

    const queued = widget.send('typed while the hub was down');
    await hub.start();
    await queued;
    await waitFor(() => widget.state === 'connected', { what: 'reconnection' });

    expect(await leadTexts(hub, conversationId)).toEqual([
      'before the restart',
      'typed while the hub was down',
    ]);
  });

  it('answers with typed errors: local validation, hub errors and ack timeouts', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub, { ackTimeouts: { typing: 200 } });
    await expect(widget.send('   ')).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    const tooLong = widget.send('x'.repeat(10_001));
    await expect(tooLong).rejects.toBeInstanceOf(HubClientError);
    await expect(tooLong).rejects.toMatchObject({ code: 'TEXT_TOO_LONG' });

    const agent = await connectAgent(hub);
    const missing = agent.claim('conv-does-not-exist');
    await expect(missing).rejects.toMatchObject({
      name: 'HubClientError',
      code: 'NOT_FOUND',
      event: 'conversation:claim',
    });
    await expect(agent.send('conv-x', '')).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });

    hub.hub.io.of('/agent').on('connection', (socket: Socket) => {
      socket.use((packet, next) => {
        if (packet[0] !== 'inbox:list') next();
      });
    });
    const slowAgent = await connectAgent(hub, 'agent-2', 'Ana', { ackTimeouts: { 'inbox:list': 150 } });
    await expect(slowAgent.inbox()).rejects.toMatchObject({ code: 'TIMEOUT', event: 'inbox:list' });
  });
});
