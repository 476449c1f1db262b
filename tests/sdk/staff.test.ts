import { describe, expect, it } from 'vitest';
import { jorgeBot } from '../../src/bots/index.js';
import { connectAgent, connectSupervisor, connectWidget, startHub, waitFor } from './helpers.js';

describe('staff clients', () => {
  it('a supervisor approves an edited held draft (high-value gate) and the lead receives the edit', async () => {
    const hub = await startHub({ bot: jorgeBot });
    const supervisor = await connectSupervisor(hub);
    await supervisor.subscribeBoard();
    const widget = await connectWidget(hub, { listing: { id: 'estate-1', price: 2_400_000 } });
    const { conversationId } = await widget.send('Hi, I love this house, is it still available?');

    const held = await waitFor(() => supervisor.conversation(conversationId)?.pendingDrafts?.[0], {
      what: 'a held draft on the board',
    });
    expect(supervisor.board().map((summary) => summary.id)).toContain(conversationId);
    expect(widget.messages().filter((message) => message.author.type === 'bot')).toEqual([]);

    await supervisor.monitor(conversationId);
    const edited = `${held.text} (Reviewed by the team.)`;
    const { seq } = await supervisor.approveDraft(conversationId, held.draftId, edited);
    await waitFor(() => widget.messages().some((message) => message.seq === seq), {
      what: 'the approved reply',
    });
    expect(widget.messages().find((message) => message.seq === seq)?.text).toBe(edited);
    await waitFor(() => !supervisor.conversation(conversationId)?.pendingDrafts?.length, {
      what: 'draft cleared',
    });
    await expect(supervisor.approveDraft(conversationId, held.draftId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('an agent sees hand-offs live, claims first (the second claim conflicts) and releases', async () => {
    const hub = await startHub({ bot: jorgeBot });
    const jorge = await connectAgent(hub, 'jorge', 'Jorge Salas');
    const ana = await connectAgent(hub, 'ana', 'Ana Ruiz');
    const handoff = jorge.once('handoff');
    const widget = await connectWidget(hub, { listing: { id: 'home-1', price: 650_000 } });
    const { conversationId } = await widget.send('Can I talk to a real person please?');
    const [event] = await handoff;
    expect(event.conversationId).toBe(conversationId);
    expect(event.packet.reason).toBeTruthy();
    expect((await jorge.inbox()).map((summary) => summary.id)).toContain(conversationId);

    const claims = await Promise.allSettled([jorge.claim(conversationId), ana.claim(conversationId)]);
    expect(claims.map((claim) => claim.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = claims.find((claim) => claim.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'CONFLICT' });
    const winner = claims[0].status === 'fulfilled' ? jorge : ana;
    await waitFor(() => widget.status?.agentName, { what: 'agent name at the lead' });

    const released = await winner.release(conversationId);
    expect(released.owner.type).toBe('bot');
  });
});
