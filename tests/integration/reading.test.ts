import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/app.js';
import { jorgeBot } from '../../src/bots/index.js';
import type { Listing, MessageView } from '../../src/protocol/common.js';
import { createLogger } from '../../src/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { createTenantDirectory, loadTenants } from '../../src/tenants.js';
import { connect, JWT_SECRET, UNLIMITED_PER_CLIENT, widgetToken } from '../helpers/hub.js';

/**
 * Issue 11's reading classes played over the real widget socket path (hub on port 0, SQLite, socket.io client):
 * calendar picks (3), opt-out both ways (4), the lead's own question (6), facts kept (9), one-message leads (10)
 * and the high-value gate never holding the hand-off notice, the opt-out reply or the disclosure (11).
 */

interface TurnExpect {
  replyIncludes?: string[];
  replyExcludes?: string[];
  /** Nothing reached the lead (no bot message stored for this turn). */
  noReply?: boolean;
  /** At least one bot message reached the lead at once. */
  sent?: boolean;
  heldForReview?: boolean;
  handoff?: boolean;
  /** The calendar slot confirmed in the hand-off reason; null = none confirmed. */
  booked?: string | null;
  optedOut?: boolean;
  botKind?: string;
  botView?: string;
  lang?: 'en' | 'es';
  slots?: Record<string, unknown>;
  packetIncludes?: string[];
  packetExcludes?: string[];
}

interface ReadingConversation {
  name: string;
  class: number;
  tenant: 'demo' | 'cal';
  intent?: 'buy' | 'sell';
  listing?: Listing;
  turns: { lead: string; expect?: TurnExpect }[];
}

const file = JSON.parse(
  readFileSync(new URL('../fixtures/reading-conversations.json', import.meta.url), 'utf8'),
) as { conversations: ReadingConversation[] };
const conversations = file.conversations;
const CALENDAR = ['Thu Mar 12, 4:00pm', 'Thu Mar 12, 6:30pm', 'Fri Mar 13, 10:00am'];
const lower = (text: string) => text.toLowerCase();

interface SharedHub {
  url: string;
  hub: Hub;
  store: Store;
}

let hub: SharedHub;
let dataDir: string;

beforeAll(async () => {
  const tenants = loadTenants('config/tenants.json').all();
  const demo = tenants.find((tenant) => tenant.id === 'demo')!;
  dataDir = mkdtempSync(join(tmpdir(), 'jorge-reading-'));
  const store = createSqliteStore({ file: join(dataDir, 'hub.db') });
  const created = createHub({
    store,
    tenants: createTenantDirectory([...tenants, { ...demo, id: 'cal', calendarSlots: CALENDAR }]),
    logger: createLogger('silent'),
    jwtSecret: JWT_SECRET,
    devTokensEnabled: true,
    rateLimitPer10s: 100_000,
    security: UNLIMITED_PER_CLIENT,
    bot: jorgeBot,
  });
  const port = await created.listen(0, '127.0.0.1');
  hub = { url: `http://127.0.0.1:${port}`, hub: created, store };
});

afterAll(async () => {
  await hub.hub.close({ graceMs: 1_000 });
  await hub.store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('reading conversations over the real widget socket path', () => {
  it('has at least 30 conversations in both languages covering classes 3, 4, 6, 9, 10 and 11', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(30);
    expect(new Set(conversations.map((c) => c.class))).toEqual(new Set([3, 4, 6, 9, 10, 11]));
    const spanish = conversations.filter((c) =>
      c.turns.some((t) => /[ñáéíóú¿]|\b(hola|quiero|busco|dejen|pagamos|estamos)\b/i.test(t.lead)),
    );
    expect(spanish.length).toBeGreaterThanOrEqual(6);
  });

  it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, script) => {
    const session = await widgetToken(hub.url, {
      tenantId: script.tenant,
      ...(script.intent ? { intent: script.intent } : {}),
      ...(script.listing ? { listing: script.listing } : {}),
    });
    const widget: Socket = await connect(hub.url, '/widget', session.token);
    const tenantId = script.tenant;
    let conversationId = '';
    for (const [index, turn] of script.turns.entries()) {
      const where = `${script.name} turn ${index + 1} (${JSON.stringify(turn.lead)})`;
      const before = conversationId ? await hub.store.getConversation(tenantId, conversationId) : null;
      const draftsBefore = before ? (before.meta.drafts?.length ?? 0) : 0;
      const ack = (await widget.emitWithAck('message:send', {
        clientMsgId: `r-${index}`,
        text: turn.lead,
      })) as {
        ok: boolean;
        data: { conversationId: string; seq: number };
      };
      expect(ack.ok, where).toBe(true);
      conversationId = ack.data.conversationId;
      await hub.hub.idle();
      const replay = (await widget.emitWithAck('conversation:resume', { lastSeq: ack.data.seq })) as {
        data: { messages: MessageView[] };
      };
      const replies = replay.data.messages.filter((m) => m.author.type === 'bot').map((m) => m.text);
      const conversation = (await hub.store.getConversation(tenantId, conversationId))!;
      const lead = (await hub.store.getLead(tenantId, conversation.leadId))!;
      const meta = conversation.meta;
      const held = (meta.drafts ?? []).slice(draftsBefore).map((draft) => draft.text);
      const handedOff = conversation.status === 'handoff_pending' && before?.status !== 'handoff_pending';
      const e = turn.expect;
      if (!e) continue;
      const said = lower([...replies, ...held].join(' '));
      for (const part of e.replyIncludes ?? []) expect(said, where).toContain(lower(part));
      for (const part of e.replyExcludes ?? [])
        expect(lower(replies.join(' ')), where).not.toContain(lower(part));
      if (e.noReply !== undefined) expect(replies.length === 0, `${where}: noReply`).toBe(e.noReply);
      if (e.sent !== undefined) expect(replies.length > 0, `${where}: sent`).toBe(e.sent);
      if (e.heldForReview !== undefined) expect(held.length > 0, `${where}: held`).toBe(e.heldForReview);
      if (e.handoff !== undefined) expect(handedOff, `${where}: handoff`).toBe(e.handoff);
      if (e.booked !== undefined) {
        const reason = meta.handoff?.reason ?? '';
        const booked = reason.startsWith('call confirmed for ')
          ? reason.slice('call confirmed for '.length)
          : null;
        expect(booked, `${where}: booked`).toBe(e.booked);
      }
      if (e.optedOut !== undefined) expect(lead.optedOut ?? false, `${where}: optedOut`).toBe(e.optedOut);
      if (e.botKind) expect(conversation.botKind, where).toBe(e.botKind);
      if (e.botView) expect(meta.botView?.currentQuestion, where).toBe(e.botView);
      if (e.lang) expect(lead.profile.lang, where).toBe(e.lang);
      if (e.slots) expect(lead.profile, where).toMatchObject(e.slots);
      const packet = JSON.stringify(meta.handoff ?? {});
      for (const part of e.packetIncludes ?? []) expect(packet, where).toContain(part);
      for (const part of e.packetExcludes ?? []) expect(packet, where).not.toContain(part);
    }
  });
});
