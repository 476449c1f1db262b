import { turnEvents } from '../analytics/derive.js';
import { canReach, type ContactDetails } from '../bots/extract/contact.js';
import type { Bot, BotStepResult } from '../bots/port.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';
import {
  isTurnMessage,
  type ConversationRecord,
  type FollowUpJob,
  type MessageRecord,
  type Store,
} from '../store/types.js';
import { createTurnQueue } from '../loop-turns.js';
import { stepBurst } from './burst.js';
import { planEffects, type EffectPlan, type TurnKey } from './effects.js';
import type { HookRunner } from './hooks.js';
import type { HubEvent } from './events.js';
import type { Broadcaster, ReplyStreamer, TurnLease, TurnReader } from './ports.js';
import { tenantBotContext, type ConversationCore } from './service.js';
import { listingForBot } from '../listings/facts.js';
import { createListingMatcher } from '../listings/matcher.js';
import { homeCardsFor } from '../listings/home-cards.js';
import { toMessageView } from './views.js';
import { rankHandoff } from './handoff-rank.js';
import { assistantAuthor } from './assistant.js';

/** The steps of a turn a test can crash the process at (HUB_CRASH_AT): to prove no reply is lost or repeated. */
export const TURN_STEPS = ['after_decide', 'after_store'] as const;
export type TurnStep = (typeof TURN_STEPS)[number];

export interface TurnDeps {
  store: Store;
  bot: Bot;
  core: ConversationCore;
  broadcaster: Broadcaster;
  streamReply: ReplyStreamer;
  hooks: HookRunner;
  /**
   * Records contact details the bot read in a lead message on the lead (lifecycle.ts identify); `conversation` is
   * the record as it was before the turn.
   */
  identify: (
    conversation: ConversationRecord,
    contact: ContactDetails,
    message: MessageRecord,
  ) => Promise<void>;
  /** Reads the turn's lead messages with the model when one is configured (the rules' reading is used alone else). */
  readTurn?: TurnReader | undefined;
  logger: Logger;
  metrics: HubMetrics;
  now: () => Date;
  /** A burst is read once no lead message arrived for this long (ms). */
  quietMs: number;
  /** ... or once its first message waited this long, whatever the lead still sends (ms). */
  maxWaitMs: number;
  /** Test-only: the step at which the process kills itself (SIGKILL) during a turn. */
  crashAt?: TurnStep;
}

export type TurnOutcome =
  | { kind: 'done' }
  /** The burst is still arriving (a message younger than the quiet window): run again at untilMs. */
  | { kind: 'wait'; untilMs: number }
  /** A concurrent write won the compare-and-set: run again from a fresh read. */
  | { kind: 'superseded' };

const RECENT_FOR_BOT = 8;
const PENDING_LIMIT = 200;

/** The bot speaks in conversations it owns that are open (or opted out: it can hear an opt-in). */
const botOwns = (conversation: ConversationRecord) =>
  conversation.owner.type === 'bot' &&
  (conversation.status === 'open' || conversation.status === 'opted_out');

/** Messages of any kind after processedSeq (bounded): what the last-messages read must reach past. */
const unread = (conversation: ConversationRecord) =>
  Math.min(PENDING_LIMIT, Math.max(0, conversation.lastSeq - conversation.processedSeq));

/** The follow-up jobs a turn schedules; ids derive from the turn, so a repeated turn schedules nothing new. */
function followUpJobs(
  conversation: ConversationRecord,
  turn: TurnKey,
  schedule: NonNullable<EffectPlan['followUps']['schedule']>,
): FollowUpJob[] {
  const { tenantId, id: conversationId } = conversation;
  return schedule.steps.map((followUp) => ({
    id: `${conversationId}:fu:${turn.key}:${followUp.step}`,
    tenantId,
    conversationId,
    step: followUp.step,
    dueAt: new Date(followUp.dueAtMs).toISOString(),
    status: 'pending',
    attempts: 0,
    payload: {
      temperature: schedule.temperature,
      lang: schedule.lang ?? 'en',
      ...(followUp.text ? { text: followUp.text } : {}),
    },
  }));
}

/**
 * One bot turn, run under the conversation lock (DESIGN.md section 3). It reads the conversation once, then:
 * 1. posts what an earlier turn decided but did not finish (the outbox: a node died mid-turn);
 * 2. reads every lead message not processed yet (a burst) and steps the bot once over all of them;
 * 3. writes the new state, processedSeq and the decided messages (outbox) in one fenced compare-and-set;
 * 4. streams and stores the reply, then clears the outbox and raises answeredSeq in one more compare-and-set.
 * A crash between any two steps leaves a state the next turn (on any node) finishes: nothing lost, nothing twice.
 */
export function createTurnTaker(deps: TurnDeps) {
  const { store, bot, core, broadcaster, streamReply, hooks, logger, metrics, now } = deps;
  /** Bot steps of this node, one per event-loop turn (a step reads up to READ_LIMIT characters: milliseconds). */
  const stepTurn = createTurnQueue();
  /** Matching homes for buyer hand-off packets (an index per tenant, rebuilt every minute). */
  const matcher = createListingMatcher(store);
  /**
   * What every bot step is told besides its input: the time, the tenant, the listing and intent it started with.
   * The listing's facts come from the tenant's catalogue (listingForBot), never from the page that named it.
   */
  const botSees = async (conversation: ConversationRecord) => {
    const [listing, catalogue] = await Promise.all([
      listingForBot(store, conversation.tenantId, conversation.listing),
      conversation.botKind === 'seller' ? undefined : matcher.catalogue(conversation.tenantId),
    ]);
    return {
      nowMs: now().getTime(),
      tenant: tenantBotContext(core.tenantOf(conversation.tenantId)),
      context: {
        ...(listing ? { listing } : {}),
        ...(conversation.intent ? { intent: conversation.intent } : {}),
        ...(catalogue ? { catalogue } : {}),
      },
    };
  };

  function crashPoint(step: TurnStep): void {
    if (deps.crashAt !== step) return;
    logger.fatal({ step }, 'HUB_CRASH_AT: killing the process mid-turn');
    process.kill(process.pid, 'SIGKILL');
  }

  const write = (
    conversation: ConversationRecord,
    lease: TurnLease,
    patch: Parameters<Store['updateConversation']>[2],
  ) =>
    store.updateConversation(
      conversation.tenantId,
      conversation.id,
      patch,
      conversation.version,
      lease.fence === undefined ? {} : { fence: lease.fence },
    );

  /** Stores the outbox (idempotent by clientMsgId), broadcasts it, clears it. Live entries stream first. */
  async function deliver(
    conversation: ConversationRecord,
    lease: TurnLease,
    live: boolean,
    leadMessage?: MessageRecord,
  ): Promise<ConversationRecord | null> {
    const { tenantId, id: conversationId } = conversation;
    const tenant = core.tenantOf(tenantId);
    for (const entry of conversation.outbox) {
      const streamed =
        live && entry.kind === 'reply' && !entry.homes
          ? await streamReply({
              tenantId,
              conversationId,
              text: entry.text,
              lang: entry.lang ?? 'en',
              rephrase: entry.rephrase ?? false,
              replyToSeq: entry.replyToSeq ?? 0,
            })
          : undefined;
      let stored: MessageRecord;
      try {
        const result = await store.appendMessage(tenantId, {
          conversationId,
          clientMsgId: entry.clientMsgId,
          author: entry.kind === 'reply' ? assistantAuthor(tenant) : { type: 'system' },
          visibility: entry.visibility,
          kind: entry.kind === 'reply' ? 'text' : 'event',
          text: streamed?.text ?? entry.text,
          createdAt: now().toISOString(),
          ...(entry.kind === 'reply'
            ? {
                meta: {
                  ...(entry.replyToSeq !== undefined ? { replyToSeq: entry.replyToSeq } : {}),
                  ...(entry.fromSeq !== undefined ? { fromSeq: entry.fromSeq } : {}),
                  botKind: conversation.botKind,
                  ...(entry.homes ? { homes: entry.homes } : {}),
                  ...(live ? {} : { recovered: true }),
                },
              }
            : {}),
        });
        stored = result.message;
      } catch (error) {
        streamed?.fail('UNAVAILABLE', 'The reply could not be stored');
        throw error;
      }
      crashPoint('after_store');
      // Stored by a turn that died before broadcasting it, or just now: either way clients get it (they de-duplicate by seq).
      broadcaster.message(tenantId, toMessageView(stored));
      streamed?.finish(stored.seq);
      if (streamed?.violations?.length && leadMessage) {
        for (const violation of streamed.violations) {
          await core.raiseCompliance(tenantId, conversationId, violation.rule, violation.detail);
        }
        await hooks.run('onGuardViolation', {
          tenant,
          conversation,
          message: leadMessage,
          violations: streamed.violations,
        });
      }
    }
    // Clear the outbox and mark the turn answered; a concurrent staff write only costs a re-read.
    let current: ConversationRecord | null = conversation;
    const posted = conversation.outbox.map((entry) => entry.clientMsgId).join('|');
    for (let attempt = 0; attempt < 5 && current; attempt++) {
      if (current.outbox.map((entry) => entry.clientMsgId).join('|') !== posted) return current;
      const saved = await write(current, lease, { outbox: [], answeredSeq: current.processedSeq });
      if (saved) return saved;
      current = await store.getConversation(tenantId, conversationId);
    }
    return current;
  }

  /**
   * The model's reading of the burst, when a model reader is configured: asked with the question the lead last saw,
   * within the reader's own deadline (it resolves with no reading when it cannot answer in time).
   */
  async function readWithModel(conversation: ConversationRecord, burst: MessageRecord[]) {
    if (!deps.readTurn) return undefined;
    const view = bot.view(conversation.botState);
    return deps.readTurn({
      tenantId: conversation.tenantId,
      conversationId: conversation.id,
      text: burst.map((message) => message.text).join('\n'),
      kind: view.botKind,
      ...(view.currentQuestion ? { question: view.currentQuestion } : {}),
    });
  }

  /**
   * The bot's decision for the burst. The bot reads every lead message (it is the one reader of lead text); when
   * it does not own the conversation it only listens (an opt-out is honoured, contact details, compliance cues
   * and facts are read, nothing else is said: DOMAIN.md 1.3).
   */
  async function decide(
    conversation: ConversationRecord,
    burst: MessageRecord[],
    recent: MessageRecord[],
  ): Promise<BotStepResult> {
    const owner = botOwns(conversation) ? 'bot' : 'staff';
    const reading = owner === 'bot' ? await readWithModel(conversation, burst) : undefined;
    const result = await stepBurst(
      bot,
      conversation.botState,
      burst,
      {
        type: 'lead_message',
        owner,
        ...(reading && Object.keys(reading.slots).length > 0 ? { modelSlots: reading.slots } : {}),
        ...(reading?.optOut ? { modelOptOut: true } : {}),
        ...(await botSees(conversation)),
        recent: recent
          .filter((message) => message.visibility === 'everyone' && message.seq < burst[0]!.seq)
          .slice(-RECENT_FOR_BOT)
          .map((message) => ({ author: message.author.type, text: message.text })),
      },
      stepTurn,
    );
    if (owner === 'bot' || conversation.status !== 'opted_out') return result;
    // Opted out while staff owned it (an older conversation whose bot state never heard the opt-out): silent.
    return { state: conversation.botState, effects: [] };
  }

  /**
   * Writes the decision in one store call (commitTurn): the fenced compare-and-set of the state, processedSeq and
   * outbox, and only if it wins, the lead's profile and the follow-ups, all in one transaction.
   */
  async function commit(
    conversation: ConversationRecord,
    lease: TurnLease,
    turn: TurnKey,
    result: BotStepResult,
    processedSeq: number,
  ): Promise<ConversationRecord | null> {
    const at = now().toISOString();
    const plan = planEffects(bot, conversation, turn, result, at, await homesToSend(conversation, result));
    // A new buyer hand-off carries the homes that match what the lead said (docs/LISTINGS.md).
    await matcher.addToPacket(conversation.tenantId, plan.patch.meta, at);
    const { tenantId, id: conversationId } = conversation;
    if ((plan.patch.status ?? conversation.status) === 'handoff_pending')
      await rankWaiting(conversation, plan, result);
    const schedule = plan.followUps.schedule;
    const raised = plan.events.map((event): HubEvent => ({ ...event, tenantId, conversationId, at }));
    // One store call: the fenced compare-and-set, and only if it wins, the lead profile, the follow-ups and the
    // CRM events (the outbox).
    const saved = await store.commitTurn(tenantId, conversationId, {
      conversation: {
        patch: {
          ...plan.patch,
          processedSeq,
          outbox: plan.outbox,
          ...(plan.outbox.length === 0 ? { answeredSeq: processedSeq } : {}),
        },
        expectedVersion: conversation.version,
        ...(lease.fence === undefined ? {} : { fence: lease.fence }),
      },
      ...(Object.keys(plan.leadPatch).length > 0
        ? { lead: { id: conversation.leadId, patch: plan.leadPatch } }
        : {}),
      followUps: {
        cancel: plan.followUps.cancel,
        schedule: schedule ? followUpJobs(conversation, turn, schedule) : [],
      },
      // The lead events no record shows (a booked call), written only if the compare-and-set wins.
      leadEvents: turnEvents(conversation, plan.events, at),
      events: core.outboxOf(...raised),
    });
    if (!saved) return null;
    crashPoint('after_decide');
    for (const notice of plan.notices) notice(saved, broadcaster);
    for (const event of raised) core.emit(event);
    return saved;
  }

  /**
   * The cards of the homes the lead said yes to (the bot's `send_homes`), built from the catalogue now; none when
   * the bot sent none, no home is left, or the catalogue cannot be read (the bot's words still go out).
   */
  async function homesToSend(conversation: ConversationRecord, result: BotStepResult) {
    const request = result.effects.find((effect) => effect.type === 'send_homes');
    if (!request) return undefined;
    return homeCardsFor(store, conversation.tenantId, request).catch((error: unknown) => {
      logger.warn({ err: error, conversationId: conversation.id }, 'reading the homes to send failed');
      return undefined;
    });
  }

  /**
   * A waiting hand-off's place in the staff's lists (issue 33, finding 2): from signals a stranger cannot cheaply
   * fake (handoff-rank.ts), set in the turn's own write, so every turn while it waits can raise it.
   */
  async function rankWaiting(conversation: ConversationRecord, plan: EffectPlan, result: BotStepResult) {
    const meta = plan.patch.meta ?? conversation.meta;
    const stored = await store.getLead(conversation.tenantId, conversation.leadId);
    const lead = stored && plan.leadPatch.profile ? { ...stored, profile: plan.leadPatch.profile } : stored;
    const { key, signals } = rankHandoff({
      packet: meta.handoff,
      listing: conversation.listing,
      lead,
      contactGiven: result.effects.some(
        (effect) => effect.type === 'contact_given' && canReach(effect.contact),
      ),
      highValueThreshold: core.tenantOf(conversation.tenantId).highValueThreshold,
      since: meta.handoff?.requestedAt ?? plan.patch.stateSince ?? conversation.stateSince,
    });
    plan.patch.handoffKey = key;
    if (meta.handoff) {
      const { signals: _before, ...packet } = meta.handoff;
      plan.patch.meta = { ...meta, handoff: signals.length ? { ...packet, signals } : packet };
    }
  }

  /** Reads the conversation and finishes what an earlier turn left in the outbox. */
  async function readAndRecover(
    tenantId: string,
    conversationId: string,
    lease: TurnLease,
  ): Promise<ConversationRecord | null> {
    const conversation = await store.getConversation(tenantId, conversationId);
    if (!conversation || conversation.outbox.length === 0) return conversation;
    logger.warn(
      { conversationId, outbox: conversation.outbox.length },
      'finishing a turn a failed node left',
    );
    const recovered = await deliver(conversation, lease, false);
    if (recovered) core.publishUpdate(recovered);
    return recovered;
  }

  /** The turn for every unprocessed lead message of the conversation (see createTurnTaker). */
  async function take(tenantId: string, conversationId: string, lease: TurnLease): Promise<TurnOutcome> {
    const startedAt = performance.now();
    const conversation = await readAndRecover(tenantId, conversationId, lease);
    if (!conversation) return { kind: 'done' };
    if (conversation.lastLeadSeq <= conversation.processedSeq) return { kind: 'done' };
    // Both reads leave together (one round trip to the store); the bot's context is only read when it speaks.
    const [after, recent] = await Promise.all([
      store.messagesAfter(tenantId, conversationId, conversation.processedSeq, {
        limit: PENDING_LIMIT,
        visibility: ['everyone'],
      }),
      botOwns(conversation)
        ? store.lastMessages(tenantId, conversationId, RECENT_FOR_BOT + unread(conversation))
        : Promise.resolve([]),
    ]);
    const burst = after.filter(isTurnMessage);
    const last = burst.at(-1);
    if (!last) return { kind: 'done' };
    const dueMs = Math.min(
      Date.parse(last.createdAt) + deps.quietMs,
      Date.parse(burst[0]!.createdAt) + deps.maxWaitMs,
    );
    if (dueMs > now().getTime() + 5) return { kind: 'wait', untilMs: dueMs };

    const result = await decide(conversation, burst, recent);
    const turn: TurnKey = { key: `bot:${last.seq}`, fromSeq: burst[0]!.seq, toSeq: last.seq };
    const saved = await commit(conversation, lease, turn, result, last.seq);
    if (!saved) {
      metrics.botSteps.observe({ outcome: 'superseded' }, (performance.now() - startedAt) / 1_000);
      return { kind: 'superseded' };
    }
    for (const effect of result.effects) {
      if (effect.type !== 'contact_given') continue;
      await deps
        .identify(conversation, effect.contact, last)
        .catch((error: unknown) =>
          logger.warn({ err: error, conversationId }, 'recording contact details failed'),
        );
    }
    const finished = saved.outbox.length > 0 ? await deliver(saved, lease, true, last) : saved;
    core.publishUpdate(finished ?? saved);
    metrics.botSteps.observe({ outcome: 'ok' }, (performance.now() - startedAt) / 1_000);
    return { kind: 'done' };
  }

  /** The conversation went back to the bot: it resumes at its current state (the bot decides what to say). */
  async function resume(tenantId: string, conversationId: string, lease: TurnLease): Promise<TurnOutcome> {
    const conversation = await readAndRecover(tenantId, conversationId, lease);
    if (!conversation || conversation.owner.type !== 'bot') return { kind: 'done' };
    const sees = await botSees(conversation);
    await stepTurn();
    const result = bot.step(conversation.botState, { type: 'resume', ...sees });
    const turn: TurnKey = { key: `resume:${conversation.version}` };
    const saved = await commit(conversation, lease, turn, result, conversation.processedSeq);
    if (!saved) return { kind: 'superseded' };
    const finished = saved.outbox.length > 0 ? await deliver(saved, lease, true) : saved;
    core.publishUpdate(finished ?? saved);
    return { kind: 'done' };
  }

  return { take, resume };
}

export type TurnTaker = ReturnType<typeof createTurnTaker>;
