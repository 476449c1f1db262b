import { describe, expect, it } from 'vitest';
import { defaultPageLimits } from '../../src/conversations/service.js';
import { connect, emitAck, expectOk, startHub, staffToken, widgetToken } from '../helpers/hub.js';
import { makeMessage } from '../contract/store/fixtures.js';

interface Page {
  conversationId: string;
  messages: { seq: number; text: string }[];
  hasMore: boolean;
}

/**
 * Security issue 9, finding 4 (answers bounded): a resume and a transcript read answer at most HUB_REPLAY_MAX_BYTES of
 * messages per page, with hasMore; paging by the last seq returns every message once.
 */
const REPLAY_MAX_BYTES = defaultPageLimits.replayBytes;

describe('resume and transcript answers are bounded in bytes (finding 4)', () => {
  it('pages a 3 MB history in bounded answers over the socket and over REST', async () => {
    const hub = await startHub();
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'm-0', text: 'hi' }),
    );
    const big = 'x'.repeat(60_000);
    for (let i = 1; i <= 50; i++) {
      await hub.store.appendMessage('demo', makeMessage(sent.conversationId, { text: `${i} ${big}` }));
    }

    const seen: number[] = [];
    let lastSeq = 0;
    for (let round = 0; round < 100; round++) {
      const page = expectOk(await emitAck<Page>(widget, 'conversation:resume', { lastSeq }));
      expect(Buffer.byteLength(JSON.stringify(page.messages))).toBeLessThanOrEqual(
        REPLAY_MAX_BYTES + 100_000,
      );
      seen.push(...page.messages.map((m) => m.seq));
      lastSeq = page.messages.at(-1)?.seq ?? lastSeq;
      if (!page.hasMore) break;
    }
    // Every message the lead may see, once and in order: the 51 written here, and whatever the bot answered
    // meanwhile (staff-only events, such as a hand-off note, are not the lead's and leave gaps in the seqs).
    const visible = await hub.store.messagesAfter('demo', sent.conversationId, 0, {
      limit: 10_000,
      visibility: ['everyone'],
    });
    expect(seen).toEqual(visible.filter((m) => m.seq <= lastSeq).map((m) => m.seq));
    expect(seen.length).toBeGreaterThanOrEqual(51);

    const token = await staffToken(hub.url, 'supervisor', 'sue');
    const first = (await (
      await fetch(`${hub.url}/api/conversations/${sent.conversationId}/transcript`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as Page;
    expect(first.hasMore).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(first.messages))).toBeLessThanOrEqual(REPLAY_MAX_BYTES + 100_000);
  });

  it('honours the configured page sizes (HUB_REPLAY_MAX_MESSAGES)', async () => {
    const hub = await startHub({ security: { pages: { ...defaultPageLimits, replayMessages: 10 } } });
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const sent = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'p-0', text: 'hi' }),
    );
    for (let i = 1; i <= 24; i++) {
      await hub.store.appendMessage('demo', makeMessage(sent.conversationId, { text: `note ${i}` }));
    }
    const pages: number[] = [];
    let lastSeq = 0;
    for (let round = 0; round < 10; round++) {
      const page = expectOk(await emitAck<Page>(widget, 'conversation:resume', { lastSeq }));
      pages.push(page.messages.length);
      lastSeq = page.messages.at(-1)?.seq ?? lastSeq;
      if (!page.hasMore) break;
    }
    expect(pages.slice(0, 2)).toEqual([10, 10]);
    expect(pages.every((size) => size <= 10)).toBe(true);
    expect(lastSeq).toBeGreaterThanOrEqual(25);
  });
});
