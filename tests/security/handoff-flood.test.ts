import { describe, expect, it } from 'vitest';
import type { LivePage } from '../../src/protocol/events.js';
import { connect, emitAck, expectOk, startHub, staffToken } from '../helpers/hub.js';
import { connectAgent, connectSupervisor } from '../sdk/helpers.js';
import { makeConversation, makeMessage } from '../contract/store/fixtures.js';

const THROWAWAY = 600;

/**
 * Security issue 9, finding 5: throwaway conversations must not hide a real hand-off. Before, the inbox and board
 * read the 500 most recently updated conversations, so 520 throwaway sessions pushed a waiting hand-off out of
 * both. Now they query by state: every waiting hand-off is on the first page, oldest first, the rest pages.
 */
describe('throwaway conversations do not hide a waiting hand-off (finding 5)', () => {
  it(`lists the hand-off in the agent inbox and on the supervisor board after ${THROWAWAY} newer conversations`, async () => {
    const hub = await startHub();
    const t0 = Date.now() - 3_600_000;
    const handoff = makeConversation({
      tenantId: 'demo',
      status: 'handoff_pending',
      temperature: 'hot',
      createdAt: new Date(t0).toISOString(),
      updatedAt: new Date(t0).toISOString(),
      stateSince: new Date(t0).toISOString(),
    });
    await hub.store.createConversation(handoff);
    await hub.store.appendMessage(
      'demo',
      makeMessage(handoff.id, { text: 'I want to see it today', createdAt: new Date(t0).toISOString() }),
    );
    const throwaway: string[] = [];
    for (let start = 0; start < THROWAWAY; start += 100) {
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const at = new Date(t0 + 60_000 + (start + i) * 1_000).toISOString();
          const conversation = makeConversation({
            tenantId: 'demo',
            createdAt: at,
            updatedAt: at,
            stateSince: at,
          });
          throwaway.push(conversation.id);
          await hub.store.createConversation(conversation);
          await hub.store.appendMessage('demo', makeMessage(conversation.id, { text: 'hi', createdAt: at }));
        }),
      );
    }

    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    const inbox = expectOk(await emitAck<LivePage>(agent, 'inbox:list', {}));
    expect(inbox.conversations.map((c) => c.id)).toContain(handoff.id);

    const supervisor = await connect(hub.url, '/supervisor', await staffToken(hub.url, 'supervisor', 'sue'));
    const first = expectOk(await emitAck<LivePage>(supervisor, 'board:subscribe', {}));
    expect(first.conversations[0]?.id).toBe(handoff.id);
    expect(first.conversations.length).toBeLessThanOrEqual(201);
    expect(first.hasMore).toBe(true);
    // Paging reaches every live conversation exactly once.
    const seen = first.conversations.map((c) => c.id);
    let page = first;
    while (page.hasMore) {
      page = expectOk(await emitAck<LivePage>(supervisor, 'board:subscribe', { cursor: page.cursor }));
      seen.push(...page.conversations.map((c) => c.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set([handoff.id, ...throwaway]));
    const bad = await emitAck(supervisor, 'board:subscribe', { cursor: 'not-a-cursor' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    // The SDK pages through by itself.
    const board = await (await connectSupervisor(hub)).subscribeBoard();
    expect(board).toHaveLength(THROWAWAY + 1);
    expect((await (await connectAgent(hub)).inbox()).map((c) => c.id)).toContain(handoff.id);
  });

  it('keeps both the longest-waiting and the newest hand-off on the first page past 500 waiting (a flood of them)', async () => {
    const hub = await startHub();
    const t0 = Date.now() - 3_600_000;
    const handoffAt = async (offsetMs: number) => {
      const at = new Date(t0 + offsetMs).toISOString();
      const conversation = makeConversation({
        tenantId: 'demo',
        status: 'handoff_pending',
        createdAt: at,
        updatedAt: at,
        stateSince: at,
      });
      await hub.store.createConversation(conversation);
      await hub.store.appendMessage(
        'demo',
        makeMessage(conversation.id, { text: 'a person pls', createdAt: at }),
      );
      return conversation.id;
    };
    const first = await handoffAt(0);
    for (let start = 0; start < THROWAWAY; start += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, i) => handoffAt(60_000 + (start + i) * 1_000)));
    }
    const genuine = await handoffAt(3_000_000);

    const supervisor = await connect(hub.url, '/supervisor', await staffToken(hub.url, 'supervisor', 'sue'));
    const board = expectOk(await emitAck<LivePage>(supervisor, 'board:subscribe', {}));
    const ids = board.conversations.map((c) => c.id);
    expect(ids).toContain(first);
    expect(ids).toContain(genuine);
    expect(ids.length).toBe(500);
    expect(board.moreHandoffs).toBe(true);
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    const inbox = expectOk(await emitAck<LivePage>(agent, 'inbox:list', {}));
    expect(inbox.conversations.map((c) => c.id)).toEqual(expect.arrayContaining([first, genuine]));
    expect(inbox.moreHandoffs).toBe(true);
  });
});
