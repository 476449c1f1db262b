import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/app.js';
import { jorgeBot } from '../../src/bots/index.js';
import { createLogger } from '../../src/logger.js';
import type { MessageView } from '../../src/protocol/common.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { loadConversations } from '../fixtures/conversations/load.js';
import { JWT_SECRET, ORIGIN, UNLIMITED_PER_CLIENT } from '../helpers/hub.js';

const scripts = loadConversations();
const lower = (text: string) => text.toLowerCase();

let hub: Hub;
let store: Store;
let url: string;
let dataDir: string;
let agent: Socket;
const handoffsSeen = new Set<string>();

const open = (namespace: string, token: string) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = io(`${url}${namespace}`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

async function post(path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { token: string };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jorge-scripts-'));
  store = createSqliteStore({ file: join(dataDir, 'hub.db'), synchronous: 'normal' });
  hub = createHub({
    store,
    tenants: loadTenants('config/tenants.json'),
    logger: createLogger('silent'),
    jwtSecret: JWT_SECRET,
    devTokensEnabled: true,
    rateLimitPer10s: 100_000,
    security: UNLIMITED_PER_CLIENT,
    bot: jorgeBot,
  });
  url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  const { token } = await post('/api/dev/tokens', {
    tenantId: 'demo',
    role: 'agent',
    userId: 'jorge',
    name: 'Jorge',
  });
  agent = await open('/agent', token);
  agent.on('handoff:requested', (event: { conversationId: string }) =>
    handoffsSeen.add(event.conversationId),
  );
});

afterAll(async () => {
  agent.close();
  await hub.close({ graceMs: 1_000 });
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('conversation scripts over the real widget socket path', () => {
  it('has at least 40 scripts in both languages', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(40);
    expect(scripts.some((script) => script.final.lang === 'es')).toBe(true);
  });

  it.each(scripts.map((script) => [script.name, script] as const))('%s', async (_name, script) => {
    const session = await post('/api/widget/sessions', {
      tenantId: 'demo',
      ...(script.intent ? { intent: script.intent } : {}),
      ...(script.listing ? { listing: script.listing } : {}),
    });
    const widget = await open('/widget', session.token);
    try {
      let conversationId = '';
      let handedOff = false;
      for (const [index, turn] of script.turns.entries()) {
        const where = `${script.name} turn ${index + 1} ("${turn.lead}")`;
        const before = conversationId ? await store.getConversation('demo', conversationId) : null;
        const draftsBefore = before ? (before.meta.drafts?.length ?? 0) : 0;
        const ack = (await widget.emitWithAck('message:send', {
          clientMsgId: `t-${index}`,
          text: turn.lead,
        })) as {
          ok: boolean;
          data: { conversationId: string; seq: number };
        };
        expect(ack.ok, where).toBe(true);
        conversationId = ack.data.conversationId;
        await hub.idle();
        const replay = (await widget.emitWithAck('conversation:resume', { lastSeq: ack.data.seq })) as {
          data: { messages: MessageView[] };
        };
        const replies = replay.data.messages.filter((m) => m.author.type === 'bot').map((m) => m.text);
        const conversation = (await store.getConversation('demo', conversationId))!;
        const lead = (await store.getLead('demo', conversation.leadId))!;
        const meta = conversation.meta;
        const turnHandoff = conversation.status === 'handoff_pending' && before?.status !== 'handoff_pending';
        handedOff ||= turnHandoff;
        const expectation = turn.expect;
        if (!expectation) continue;
        const replyText = lower(replies.join(' '));
        const heldText = lower(
          (meta.drafts ?? [])
            .slice(draftsBefore)
            .map((d) => d.text)
            .join(' '),
        );
        for (const fragment of expectation.replyIncludes ?? []) {
          expect(`${replyText} ${heldText}`, where).toContain(lower(fragment));
        }
        for (const fragment of expectation.replyExcludes ?? [])
          expect(replyText, where).not.toContain(lower(fragment));
        if (expectation.noReply) expect(replies, where).toEqual([]);
        if (expectation.heldForReview !== undefined) {
          expect((meta.drafts?.length ?? 0) > draftsBefore, where).toBe(expectation.heldForReview);
        }
        if (expectation.botKind) expect(conversation.botKind, where).toBe(expectation.botKind);
        if (expectation.temperature) expect(conversation.temperature, where).toBe(expectation.temperature);
        if (expectation.handoff !== undefined) expect(turnHandoff, where).toBe(expectation.handoff);
        if (expectation.slots) expect(lead.profile, where).toMatchObject(expectation.slots);
      }
      const conversation = (await store.getConversation('demo', conversationId))!;
      const lead = (await store.getLead('demo', conversation.leadId))!;
      const view = conversation.meta.botView!;
      const final = script.final;
      expect(conversation.temperature).toBe(final.temperature);
      expect(lead.temperature).toBe(final.temperature);
      if (final.handoff !== undefined) {
        expect(handedOff).toBe(final.handoff);
        if (final.handoff) {
          await expect.poll(() => handoffsSeen.has(conversationId)).toBe(true);
          expect(conversation.meta.handoff?.summary.length).toBeGreaterThan(20);
        }
      }
      if (final.botKind) expect(conversation.botKind).toBe(final.botKind);
      if (final.optedOut !== undefined) expect(lead.optedOut).toBe(final.optedOut);
      if (final.slots) expect(lead.profile).toMatchObject(final.slots);
      if (final.offerType) expect(lead.profile.offerType).toBe(final.offerType);
      if (final.lang) expect(lead.profile.lang).toBe(final.lang);
      if (final.review !== undefined) expect(view.review ?? false).toBe(final.review);
      if (final.active !== undefined) expect(view.active).toBe(final.active);
    } finally {
      widget.close();
    }
  });
});
