import { describe, expect, it } from 'vitest';
import type { Broadcaster } from '../../src/realtime/broadcaster.js';
import { createStreamHub } from '../../src/realtime/stream-hub.js';

function recordingBroadcaster() {
  const events: { to: string; event: string; payload: Record<string, unknown> }[] = [];
  const push = (to: string) => (_tenant: string, _conversation: string, event: string, payload: unknown) =>
    events.push({ to, event, payload: payload as Record<string, unknown> });
  const broadcaster = {
    message: () => undefined,
    toLead: push('lead'),
    toStaff: push('staff'),
    toAgentsOnly: push('agents'),
    conversation: (tenant: string, conversation: string) => ({
      toLead: (event: string, payload: unknown) => push('lead')(tenant, conversation, event, payload),
      toStaff: (event: string, payload: unknown) => push('staff')(tenant, conversation, event, payload),
    }),
    toTenantStaff: () => undefined,
    toBoard: () => undefined,
  } as unknown as Broadcaster;
  return { broadcaster, events };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('stream hub', () => {
  it('emits the first token of a turn at once, coalesces the rest of the turn, numbers them without gaps', async () => {
    const { broadcaster, events } = recordingBroadcaster();
    const hub = createStreamHub(broadcaster);
    const stream = hub.open({ tenantId: 't', conversationId: 'c', kind: 'bot', audience: 'everyone' });
    const leadTokens = () =>
      events.filter((e) => e.to === 'lead' && e.event === 'stream:token').map((e) => e.payload);
    stream.push('Hel');
    expect(leadTokens()).toMatchObject([{ index: 0, text: 'Hel' }]);
    stream.push('lo');
    stream.push(' wor');
    expect(leadTokens()).toHaveLength(1);
    await tick();
    stream.push('ld');
    await tick();
    stream.end({ seq: 7 });
    expect(leadTokens()).toMatchObject([
      { index: 0, text: 'Hel' },
      { index: 1, text: 'lo wor' },
      { index: 2, text: 'ld' },
    ]);
    expect(events.filter((e) => e.to === 'staff').map((e) => e.event)).toEqual([
      'stream:start',
      'stream:token',
      'stream:token',
      'stream:token',
      'stream:end',
    ]);
    expect(events.at(-1)?.payload).toMatchObject({ seq: 7 });
  });

  it('coalesces each stream of a busy turn on its own, and a stream ended mid-turn emits nothing after its end', async () => {
    const { broadcaster, events } = recordingBroadcaster();
    const hub = createStreamHub(broadcaster);
    const a = hub.open({ tenantId: 't', conversationId: 'a', kind: 'coaching', audience: 'staff' });
    const b = hub.open({ tenantId: 't', conversationId: 'b', kind: 'coaching', audience: 'staff' });
    const tokens = (stream: { streamId: string }) =>
      events
        .filter((e) => e.event === 'coach:token' && e.payload.streamId === stream.streamId)
        .map((e) => e.payload);
    a.push('a1');
    b.push('b1');
    a.push('a2');
    b.push('b2');
    a.push('a3');
    b.end();
    expect(tokens(a)).toMatchObject([{ index: 0, text: 'a1' }]);
    expect(tokens(b)).toMatchObject([
      { index: 0, text: 'b1' },
      { index: 1, text: 'b2' },
    ]);
    await tick();
    expect(tokens(a)).toMatchObject([
      { index: 0, text: 'a1' },
      { index: 1, text: 'a2a3' },
    ]);
    expect(tokens(b)).toHaveLength(2);
    expect(events.filter((e) => e.payload.streamId === b.streamId).at(-1)?.event).toBe('coach:done');
    a.push('a4');
    expect(tokens(a).at(-1)).toMatchObject({ index: 2, text: 'a4' });
  });

  it('bounds one token event and keeps coaching streams away from the lead', async () => {
    const { broadcaster, events } = recordingBroadcaster();
    const hub = createStreamHub(broadcaster, { maxChunkChars: 4 });
    const stream = hub.open({ tenantId: 't', conversationId: 'c', kind: 'coaching', audience: 'everyone' });
    stream.push('abcdefghij');
    await tick();
    stream.end({ source: 'rules', result: { say: 'x' } });
    expect(events.every((e) => e.to === 'staff')).toBe(true);
    const tokens = events.filter((e) => e.event === 'coach:token').map((e) => e.payload.text);
    expect(tokens).toEqual(['abcd', 'efgh', 'ij']);
    expect(events.at(-1)).toMatchObject({
      event: 'coach:done',
      payload: { source: 'rules', result: { say: 'x' } },
    });
  });

  it('gives joiners the text emitted so far and the next index; fails open streams on shutdown', async () => {
    const { broadcaster, events } = recordingBroadcaster();
    const hub = createStreamHub(broadcaster);
    const bot = hub.open({ tenantId: 't', conversationId: 'c', kind: 'bot', audience: 'everyone' });
    const coach = hub.open({ tenantId: 't', conversationId: 'c', kind: 'coaching', audience: 'staff' });
    bot.push('one ');
    bot.push('two');
    await tick();
    bot.push(' three');
    bot.push(' pending');
    expect(hub.snapshots('t', 'c', 'lead')).toEqual([
      { streamId: bot.streamId, conversationId: 'c', kind: 'bot', text: 'one two three', nextIndex: 3 },
    ]);
    expect(hub.snapshots('t', 'c', 'staff')).toHaveLength(2);
    hub.failAll('SHUTDOWN', 'restarting');
    expect(hub.snapshots('t', 'c', 'staff')).toEqual([]);
    expect(events.filter((e) => e.event === 'stream:error' || e.event === 'coach:error')).toHaveLength(3);
    expect(coach.text).toBe('');
  });
});
