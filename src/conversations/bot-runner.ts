import { detectLanguage } from '../bots/lang.js';
import { classifyOptOut, optOutReply } from '../bots/optout.js';
import type { BotEffect, BotInput, BotStepResult } from '../bots/port.js';
import type { ReplyStreamer } from '../realtime/stream-port.js';
import type { ConversationRecord, MessageRecord } from '../store/types.js';
import { createEffectApplier } from './bot-effects.js';
import { tenantBotContext, type ConversationCore, type ConversationDeps } from './service.js';
import { metaOf } from './views.js';
import { assistantAuthor } from './assistant.js';

export type { ReplyStreamer };

/**
 * The offline streamer: the template text, word by word, one word per event-loop turn (or every `tokenDelayMs`,
 * to make streams last long enough to watch, or to test a node dying mid-stream).
 */
export function createTemplateStreamer(
  streams: ConversationDeps['streams'],
  options: { tokenDelayMs?: number } = {},
): ReplyStreamer {
  const pause = options.tokenDelayMs
    ? () => new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs))
    : () => new Promise((resolve) => setImmediate(resolve));
  return async ({ tenantId, conversationId, text, replyToSeq }) => {
    const stream = streams.open({ tenantId, conversationId, kind: 'bot', audience: 'everyone', replyToSeq });
    for (const word of text.match(/\S+\s*/g) ?? [text]) {
      stream.push(word);
      await pause();
    }
    return {
      text,
      finish: (seq) => stream.end({ seq }),
      fail: (code, message) => stream.fail(code, message),
    };
  };
}

const RECENT_FOR_BOT = 8;

/** A lead message that gets a bot turn (widget text; call transcripts are staff-only and never stepped). */
export const isLeadTurn = (message: MessageRecord) =>
  message.author.type === 'lead' && message.kind === 'text' && message.visibility === 'everyone';

/**
 * Runs the bot for lead messages in bot-owned conversations, one step at a time per conversation, and applies
 * the effects. Each reply is stored with clientMsgId `bot:<leadSeq>:<n>`, so a re-run never duplicates it.
 */
export interface BotRunnerHooks {
  /** A lead message in an agent-owned conversation: the live-coaching trigger. */
  onHumanOwnedLeadMessage(tenantId: string, conversationId: string, message: MessageRecord): void;
}

export function createBotRunner(
  deps: ConversationDeps,
  core: ConversationCore,
  streamReply: ReplyStreamer,
  hooks: BotRunnerHooks,
) {
  const { store, bot, lock, logger, now, metrics } = deps;
  const applyEffects = createEffectApplier(deps, core, streamReply);
  const inFlight = new Set<Promise<void>>();

  const contextOf = (conversation: ConversationRecord) => ({
    ...(conversation.listing ? { listing: conversation.listing } : {}),
    ...(conversation.intent ? { intent: conversation.intent } : {}),
  });

  async function step(tenantId: string, conversationId: string, leadMessage: MessageRecord): Promise<void> {
    const startedAt = performance.now();
    const conversation = await store.getConversation(tenantId, conversationId);
    if (!conversation) return;
    const meta = metaOf(conversation);
    if ((meta.answeredSeq ?? 0) >= leadMessage.seq) return;
    const turn = { key: `bot:${leadMessage.seq}`, leadSeq: leadMessage.seq };
    const botOwned =
      conversation.owner.type === 'bot' &&
      (conversation.status === 'open' || conversation.status === 'opted_out');
    if (!botOwned) {
      // The bot stays silent, but an opt-out is honoured whoever owns the conversation (DOMAIN.md 1.3).
      const optOut = classifyOptOut(leadMessage.text) === 'opt_out' && conversation.status !== 'opted_out';
      const effects: BotEffect[] = optOut
        ? [
            {
              type: 'reply',
              text: optOutReply(detectLanguage(leadMessage.text) ?? 'en'),
              rephrase: false,
              lang: detectLanguage(leadMessage.text) ?? 'en',
            },
            { type: 'opt_out' },
          ]
        : [];
      await applyEffects(conversation, turn, { state: conversation.botState, effects });
      if (conversation.owner.type === 'agent' && !optOut)
        hooks.onHumanOwnedLeadMessage(tenantId, conversationId, leadMessage);
      return;
    }
    const recent = await store.lastMessages(tenantId, conversationId, RECENT_FOR_BOT);
    const result: BotStepResult = bot.step(conversation.botState, {
      type: 'lead_message',
      text: leadMessage.text,
      seq: leadMessage.seq,
      nowMs: now().getTime(),
      tenant: tenantBotContext(core.tenantOf(tenantId)),
      context: contextOf(conversation),
      recent: recent
        .filter((message) => message.visibility === 'everyone')
        .map((message) => ({ author: message.author.type, text: message.text })),
    });
    const applied = await applyEffects(conversation, turn, result);
    metrics.botSteps.observe(
      { outcome: applied ? 'ok' : 'superseded' },
      (performance.now() - startedAt) / 1_000,
    );
  }

  /** The conversation went back to the bot: it resumes at its current state (the bot decides what to say). */
  async function resume(tenantId: string, conversationId: string): Promise<void> {
    const conversation = await store.getConversation(tenantId, conversationId);
    if (!conversation || conversation.owner.type !== 'bot') return;
    const input: BotInput = {
      type: 'resume',
      nowMs: now().getTime(),
      tenant: tenantBotContext(core.tenantOf(tenantId)),
      context: contextOf(conversation),
    };
    await applyEffects(
      conversation,
      { key: `resume:${conversation.version}` },
      bot.step(conversation.botState, input),
    );
  }

  /**
   * One bot turn under the conversation lock. First it finishes what a failed node left behind: replies decided
   * but not stored (outbox), then earlier lead messages never stepped; answeredSeq is a high-water mark, so
   * stepping only the newest message would silently skip them.
   */
  async function turn(tenantId: string, conversationId: string, leadMessage: MessageRecord): Promise<void> {
    const current = await store.getConversation(tenantId, conversationId);
    if (!current) return;
    // One read serves the outbox check and the turn; re-read only when recovered replies were stored.
    const recovered = await storeOutbox(tenantId, conversationId, current);
    const conversation = recovered > 0 ? await store.getConversation(tenantId, conversationId) : current;
    if (!conversation) return;
    const answeredSeq = metaOf(conversation).answeredSeq ?? 0;
    if (answeredSeq >= leadMessage.seq) return;
    const earlier = await store.messagesAfter(tenantId, conversationId, answeredSeq, {
      limit: 200,
      visibility: ['everyone'],
    });
    for (const message of earlier) {
      if (message.seq < leadMessage.seq && isLeadTurn(message)) await step(tenantId, conversationId, message);
    }
    await step(tenantId, conversationId, leadMessage);
  }

  function enqueue(tenantId: string, conversationId: string, leadMessage: MessageRecord): Promise<void> {
    const run = lock
      .run(conversationId, () => turn(tenantId, conversationId, leadMessage))
      .catch((error: unknown) => logger.error({ err: error, conversationId }, 'bot step failed'));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  }

  function enqueueResume(tenantId: string, conversationId: string): Promise<void> {
    const run = lock
      .run(conversationId, () => resume(tenantId, conversationId))
      .catch((error: unknown) => logger.error({ err: error, conversationId }, 'bot resume failed'));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  }

  /**
   * Stores the replies a step decided (meta.outbox) that are not stored yet: the node that decided them died
   * before storing them. Runs under the conversation lock; idempotent by clientMsgId. Returns how many it stored.
   */
  function resendOutbox(tenantId: string, conversationId: string): Promise<number> {
    return lock.run(conversationId, () => storeOutbox(tenantId, conversationId));
  }

  async function storeOutbox(
    tenantId: string,
    conversationId: string,
    known?: ConversationRecord,
  ): Promise<number> {
    const conversation = known ?? (await store.getConversation(tenantId, conversationId));
    if (!conversation) return 0;
    const outbox = metaOf(conversation).outbox ?? [];
    const missing = [];
    for (const entry of outbox) {
      if (!(await store.findMessageByClientId(tenantId, conversationId, entry.clientMsgId)))
        missing.push(entry);
    }
    if (missing.length === 0) return 0;
    let stored = 0;
    for (const entry of missing) {
      const { duplicate } = await core.append(tenantId, {
        conversationId,
        clientMsgId: entry.clientMsgId,
        author: assistantAuthor(core.tenantOf(tenantId)),
        visibility: 'everyone',
        kind: 'text',
        text: entry.text,
        meta: { replyToSeq: entry.replyToSeq, botKind: conversation.botKind, recovered: true },
      });
      if (!duplicate) stored++;
    }
    if (stored > 0) {
      logger.warn({ conversationId, stored }, 'stored bot replies left unsent by a failed node');
      core.publishUpdate((await store.getConversation(tenantId, conversationId)) ?? conversation);
    }
    return stored;
  }

  return {
    enqueue,
    enqueueResume,
    resendOutbox,
    /** Waits until every queued bot step has finished (graceful shutdown, tests). */
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
