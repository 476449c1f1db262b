import { describe, expect, it } from 'vitest';
import { createAlertMonitor, UNCLAIMED_HOT_HANDOFF } from '../../src/conversations/alerts.js';
import { createLogger } from '../../src/logger.js';
import { loadTenants } from '../../src/tenants.js';
import {
  connect,
  emitAck,
  expectOk,
  staffToken,
  startHub,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';

describe('supervisor alerts', () => {
  it('raises an alert on a hot hand-off left unclaimed for 2 minutes, once, and clears it on claim', async () => {
    let clock = Date.parse('2026-11-23T17:00:00Z');
    const now = () => new Date(clock);
    const { url, hub, store } = await startHub({ now });
    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'sell' })).token);
    const lines = [
      'It is 1234 Banyan St',
      'We are relocating to Austin for a new job',
      'Yes, 30 days works',
      'It is move in ready, we remodeled',
      'Hoping to get around 750k',
      'Morning works',
      'Tomorrow',
      'Yes, confirmed',
    ];
    let conversationId = '';
    for (const [i, text] of lines.entries()) {
      conversationId = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: `m${i}`, text }),
      ).conversationId;
      await hub.idle();
    }
    const handedOff = await store.getConversation('demo', conversationId);
    expect(handedOff).toMatchObject({ status: 'handoff_pending', temperature: 'hot' });

    const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
    expectOk(await emitAck(supervisor, 'board:subscribe', {}));
    const monitor = createAlertMonitor({
      store,
      tenants: loadTenants('config/tenants.json'),
      core: hub.core,
      logger: createLogger('silent'),
      now,
    });
    clock += 119_000;
    expect(await monitor.tick()).toBe(0);
    clock += 2_000;
    const update = waitForEvent<{ id: string; alerts: string[] }>(supervisor, 'board:update', (c) =>
      c.alerts.includes(UNCLAIMED_HOT_HANDOFF),
    );
    expect(await monitor.tick()).toBe(1);
    expect((await update).id).toBe(conversationId);
    expect(await monitor.tick()).toBe(0);

    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    const claimed = await store.getConversation('demo', conversationId);
    expect(claimed!.meta.alerts).not.toContain(UNCLAIMED_HOT_HANDOFF);
  });
});
