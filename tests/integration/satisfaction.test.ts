import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { Ack } from '../../src/errors.js';
import {
  connect,
  emitAck,
  expectOk,
  staffToken,
  startHub,
  widgetToken,
  type TestHub,
} from '../helpers/hub.js';
import { jumpingClock } from '../helpers/waits.js';

const today = () => new Date().toISOString().slice(0, 10);
const day = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

const codeOf = (ack: Ack<unknown>) => (ack.ok ? 'ok' : ack.error.code);

/** A lead that wrote once and got the bot's answer: its socket and conversation. */
async function leadWithAnswer(hub: TestHub, text = 'Hi, I would like to buy a home') {
  const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url, { intent: 'buy' })).token);
  const { conversationId } = expectOk(
    await emitAck<{ conversationId: string }>(lead, 'message:send', { clientMsgId: 'm1', text }),
  );
  await expect
    .poll(async () =>
      (await hub.store.lastMessages('demo', conversationId, 5)).some((m) => m.author.type === 'bot'),
    )
    .toBe(true);
  return { lead, conversationId };
}

const ratings = (hub: TestHub, conversationId: string) =>
  hub.store.leadEvents('demo', { ...day, types: ['satisfaction_given'], conversationId });

async function report(hub: TestHub, name: string) {
  const token = await staffToken(hub.url, 'supervisor', 'sam');
  const response = await fetch(`${hub.url}/api/analytics/${name}?from=${today()}&to=${today()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const table = (await response.json()) as { columns: string[]; rows: unknown[][] };
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i]])));
}

/** satisfaction:rate over real sockets: who may rate, when, once, and what the reports show. */
describe('lead satisfaction (satisfaction:rate)', () => {
  it('a closed conversation is rated once by its own lead; the comment stays with staff; the reports show it', async () => {
    const hub = await startHub({ satisfactionQuietMs: 0 });
    const { lead, conversationId } = await leadWithAnswer(hub);
    // The resume tells the widget when to ask.
    const resumed = expectOk(
      await emitAck<{ satisfaction?: { quietMs: number } }>(lead, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(resumed.satisfaction).toEqual({ quietMs: 0 });

    // Still open (and no quiet period): not yet.
    expect(codeOf(await emitAck(lead, 'satisfaction:rate', { conversationId, rating: 5 }))).toBe('CONFLICT');

    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(
      await emitAck(agent, 'message:send', { conversationId, clientMsgId: 'a1', text: 'Hi, Ana here' }),
    );
    const closedStatus = new Promise<{ status: string }>((resolve) =>
      lead.on('conversation:status', (event: { status: string }) => {
        if (event.status === 'closed') resolve(event);
      }),
    );
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'qualified' }));
    await closedStatus;

    // Bad values: typed refusals, nothing kept.
    for (const bad of [
      { conversationId, rating: 0 },
      { conversationId, rating: 6 },
      { conversationId, rating: 3.5 },
      { conversationId, rating: '4' },
      { conversationId },
      { conversationId, rating: 4, comment: 'x'.repeat(1_001) },
      { conversationId, rating: 4, extra: true },
    ])
      expect(codeOf(await emitAck(lead, 'satisfaction:rate', bad))).toBe('INVALID_PAYLOAD');
    // Another visitor cannot rate this conversation (it is not theirs: not found).
    const stranger = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expect(codeOf(await emitAck(stranger, 'satisfaction:rate', { conversationId, rating: 1 }))).toBe(
      'NOT_FOUND',
    );
    expect(await ratings(hub, conversationId)).toHaveLength(0);

    const comment = 'Ana was quick and kind \u202E';
    expect(
      expectOk(await emitAck(lead, 'satisfaction:rate', { conversationId, rating: 4, comment })),
    ).toEqual({ conversationId, rating: 4 });
    // Once: a second rating (even a different one) is refused and changes nothing.
    expect(codeOf(await emitAck(lead, 'satisfaction:rate', { conversationId, rating: 1 }))).toBe('CONFLICT');
    const kept = await ratings(hub, conversationId);
    expect(kept.map((stored) => stored.event)).toEqual([
      expect.objectContaining({ type: 'satisfaction_given', rating: 4, agentId: 'ana', conversationId }),
    ]);
    // The event holds no lead text; the comment is a staff-only transcript line (cleaned), never replayed to the lead.
    expect(JSON.stringify(kept)).not.toContain('quick');
    const lines = await hub.store.lastMessages('demo', conversationId, 20);
    const line = lines.find((message) => message.meta?.event === 'satisfaction');
    expect(line).toMatchObject({
      visibility: 'staff',
      text: 'Lead satisfaction: 4/5 — “Ana was quick and kind”',
    });
    const replay = expectOk(
      await emitAck<{ messages: { text: string }[] }>(lead, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(replay.messages.some((message) => message.text.includes('quick'))).toBe(false);

    // The reports: the agent's average and the tenant's satisfaction.
    const [ana] = await report(hub, 'agents');
    expect(ana).toMatchObject({ agent: 'ana', satisfaction: 4 });
    expect(await report(hub, 'satisfaction')).toEqual([{ ratings: 1, average: 4, rated_share: 1 }]);
  });

  it('a quiet conversation can be rated after the quiet period, never while the lead waits or after an opt-out', async () => {
    // The hub's clock jumps over the quiet period instead of the test sleeping through it; a quiet period of ten
    // minutes cannot pass by itself however slow the machine.
    const clock = jumpingClock();
    const QUIET_MS = 10 * 60_000;
    const hub = await startHub({ satisfactionQuietMs: QUIET_MS, now: clock.now });
    const { lead, conversationId } = await leadWithAnswer(hub);
    // Right after the bot's answer: not quiet yet.
    expect(codeOf(await emitAck(lead, 'satisfaction:rate', { conversationId, rating: 3 }))).toBe('CONFLICT');
    clock.jump(QUIET_MS + 50);
    expectOk(await emitAck(lead, 'satisfaction:rate', { conversationId, rating: 3 }));
    expect((await ratings(hub, conversationId)).map((stored) => stored.event.type)).toEqual([
      'satisfaction_given',
    ]);

    // A lead that opted out is never asked, and its rating is refused.
    const other = await leadWithAnswer(hub, 'Hello, I want to sell my house');
    clock.jump(QUIET_MS + 50);
    expectOk(await emitAck(other.lead, 'message:send', { clientMsgId: 'stop', text: 'STOP' }));
    await expect
      .poll(async () => (await hub.store.getConversation('demo', other.conversationId))?.status)
      .toBe('opted_out');
    clock.jump(QUIET_MS + 50);
    expect(
      codeOf(
        await emitAck(other.lead, 'satisfaction:rate', { conversationId: other.conversationId, rating: 5 }),
      ),
    ).toBe('FORBIDDEN');
    expect(await ratings(hub, other.conversationId)).toHaveLength(0);
  });

  it('is rate-limited with the other widget requests of the lead', async () => {
    // 2 messages per 10 s: 6 widget requests (resume, narrative, rating) per 10 s.
    const hub = await startHub({ satisfactionQuietMs: 0, rateLimitPer10s: 2 });
    const lead: Socket = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const codes: string[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(codeOf(await emitAck(lead, 'satisfaction:rate', { conversationId: 'nope', rating: 5 })));
    expect(codes.slice(0, 6)).toEqual(Array(6).fill('NOT_FOUND'));
    expect(codes.slice(6)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
