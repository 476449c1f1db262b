import { describe, expect, it } from 'vitest';
import { createWidgetClient, createWidgetSession } from '../../client/sdk/index.js';
import { connectAgent, connectWidget, startHub, TEST_ORIGIN, waitFor } from './helpers.js';

describe('connection lifecycle', () => {
  it('reconnects by itself after a server:shutdown notice and a server-side disconnect', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const agent = await connectAgent(hub);
    const states: string[] = [];
    widget.on('state', (state) => states.push(state));
    const notices = [widget.once('shutdown'), agent.once('shutdown')];

    for (const namespace of ['/widget', '/agent'] as const) {
      hub.hub.io.of(namespace).emit('server:shutdown', { reason: 'shutdown', reconnectAfterMs: 20 });
    }
    await Promise.all(notices);
    // Socket.IO itself never reconnects after a server-side disconnect: the SDK must.
    hub.hub.io.of('/widget').disconnectSockets(true);
    hub.hub.io.of('/agent').disconnectSockets(true);

    await waitFor(() => widget.state === 'connected' && agent.state === 'connected', {
      what: 'both reconnected',
    });
    expect(states).toEqual(['reconnecting', 'connected']);
    const { seq } = await widget.send('still here');
    expect(seq).toBeGreaterThan(0);
  });

  it('asks a token function again after the hub refuses a token', async () => {
    const hub = await startHub();
    const session = await createWidgetSession(
      hub.url,
      { tenantId: 'demo' },
      { headers: { origin: TEST_ORIGIN } },
    );
    const asked: (string | undefined)[] = [];
    const widget = createWidgetClient({
      url: hub.url,
      reconnectionDelayMs: 20,
      token: ({ lastError }) => {
        asked.push(lastError?.code);
        return asked.length === 1 ? 'not-a-token' : session.token;
      },
    });
    const errors: string[] = [];
    widget.on('error', (error) => errors.push(error.code));
    await widget.connect();
    widget.close();
    expect(asked).toEqual([undefined, 'UNAUTHORIZED']);
    expect(errors).toEqual(['UNAUTHORIZED']);
  });

  it('fails with the refusal when a fixed token is rejected', async () => {
    const hub = await startHub();
    const widget = createWidgetClient({ url: hub.url, token: 'nope' });
    await expect(widget.connect()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(widget.state).toBe('failed');
    widget.close();
  });
});

describe('server:resync', () => {
  it('resumes by seq again when the hub says cross-node fan-out was interrupted', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const agent = await connectAgent(hub);
    const { conversationId } = await widget.send('hello');
    await agent.join(conversationId);
    await hub.hub.idle();
    // Stored without a broadcast, as if its event had been lost between nodes.
    const { message } = await hub.store.appendMessage('demo', {
      conversationId,
      author: { type: 'system' },
      visibility: 'everyone',
      kind: 'event',
      text: 'missed while fan-out was down',
      createdAt: new Date().toISOString(),
    });
    for (const namespace of ['/widget', '/agent'] as const) {
      hub.hub.io.of(namespace).emit('server:resync', { reason: 'fanout_restored' });
    }
    await waitFor(() => widget.messages().some((m) => m.seq === message.seq), { what: 'widget resync' });
    await waitFor(() => agent.messages(conversationId).some((m) => m.seq === message.seq), {
      what: 'agent resync',
    });
    expect(widget.state).toBe('connected');
  });
});
