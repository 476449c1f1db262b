import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../src/protocol/common.js';
import type { LivePage } from '../../src/protocol/events.js';
import { connect, emitAck, expectOk, staffToken, startHub } from '../helpers/hub.js';
import { connectAgent, connectSupervisor } from '../sdk/helpers.js';
import { openSession } from './helpers.js';

const FLOOD = 260;
const BATCH = 26;

/**
 * Issue 33, finding 2: 260 "talk to a person" hand-offs, then a real one (pre-approved, $1.5M, a phone number),
 * then 260 more: inbox:list and board:subscribe each returned 500 rows (the 250 that waited longest and the 250
 * newest) with `moreHandoffs: true` and `hasMore: false`, and the real one was on neither. Now waiting hand-offs
 * are ranked by signals a stranger cannot cheaply fake (returning, contact, qualified, value) above the anonymous
 * ones, the first page says how many wait, and the pages after it list the ones it left out.
 */
describe('a flood of throwaway hand-offs does not hide a real one (issue 33, finding 2)', () => {
  it(`${FLOOD} anonymous hand-offs, a real one, ${FLOOD} more: the real one is on the first page of both lists`, async () => {
    const hub = await startHub();
    /** A widget visitor over a real socket: a session, its messages, the bot's turn. */
    const visitor = async (texts: string[], body: Record<string, unknown> = {}) => {
      const session = await openSession(hub.url, body);
      const widget = await connect(hub.url, '/widget', session.token);
      let conversationId = '';
      for (const [n, text] of texts.entries()) {
        const sent = expectOk(
          await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: `m-${n}`, text }),
        );
        conversationId = sent.conversationId;
      }
      widget.close();
      return conversationId;
    };
    const flood = async () => {
      const ids: string[] = [];
      for (let start = 0; start < FLOOD; start += BATCH) {
        ids.push(...(await Promise.all(Array.from({ length: BATCH }, () => visitor(['talk to a person'])))));
        await hub.hub.idle();
      }
      return ids;
    };

    const before = await flood();
    const real = await visitor(
      [
        "I'm pre-approved for $1.5M and want to see it this weekend. My number is 909-555-0142. Can I talk to a person?",
      ],
      { listing: { id: 'rc-9100-etiwanda', address: '9100 Etiwanda Ave', price: 1_500_000 }, intent: 'buy' },
    );
    await hub.hub.idle();
    const after = await flood();
    const waiting = new Set([...before, real, ...after]);
    expect(waiting.size).toBe(2 * FLOOD + 1);

    const supervisor = await connect(hub.url, '/supervisor', await staffToken(hub.url, 'supervisor', 'sue'));
    const board = expectOk(await emitAck<LivePage>(supervisor, 'board:subscribe', {}));
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    const inbox = expectOk(await emitAck<LivePage>(agent, 'inbox:list', {}));
    for (const page of [board, inbox]) {
      const ids = page.conversations.map((conversation) => conversation.id);
      expect(ids).toContain(real);
      expect(page.conversations.every((c) => c.status === 'handoff_pending')).toBe(true);
      expect(ids.length).toBe(500);
      // Every flood hand-off was on the hub: the page says how many wait and that it left some out.
      expect(page.handoffsWaiting).toBe(2 * FLOOD + 1);
      expect(page.moreHandoffs).toBe(true);
      expect(page.hasMore).toBe(true);
      const shown = page.conversations.find((conversation) => conversation.id === real)!;
      expect(shown.handoff?.signals).toEqual(['contact', 'qualified', 'value']);
      // The longest-waiting and the newest anonymous ones stay on it too.
      expect(ids).toContain(before[0]);
      expect(ids).toContain(after.at(-1));
    }
    // On the board it is first: ranked above every anonymous one.
    expect(board.conversations[0]!.id).toBe(real);

    // Paging with the cursor reaches every waiting hand-off exactly once, on both lists.
    for (const [socket, event] of [
      [supervisor, 'board:subscribe'],
      [agent, 'inbox:list'],
    ] as const) {
      let page = expectOk(await emitAck<LivePage>(socket, event, {}));
      const seen = page.conversations.map((conversation) => conversation.id);
      while (page.hasMore) {
        page = expectOk(await emitAck<LivePage>(socket, event, { cursor: page.cursor }));
        seen.push(...page.conversations.map((conversation) => conversation.id));
      }
      expect(seen.length).toBe(waiting.size);
      expect(new Set(seen)).toEqual(waiting);
    }

    // The SDKs page through by themselves.
    const sdkBoard: ConversationSummary[] = await (await connectSupervisor(hub)).subscribeBoard();
    expect(new Set(sdkBoard.map((conversation) => conversation.id))).toEqual(waiting);
    const sdkInbox = await (await connectAgent(hub)).inbox();
    expect(sdkInbox.map((conversation) => conversation.id)).toContain(real);
    expect(sdkInbox).toHaveLength(waiting.size);
  }, 120_000);
});
