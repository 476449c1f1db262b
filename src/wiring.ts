import { createStreamGuard } from './bots/guard.js';
import { modelReadRequest, NO_READING, readingFromAnswer } from './bots/model-read.js';
import type { EventAppender } from './analytics/appender.js';
import { coachingPromptOf, coachingSectionsOf, coachingSourceOf, leadArm } from './analytics/experiments.js';
import { cardAction } from './coaching/format.js';
import { buildCoachingContext, createCoachingEngine } from './coaching/index.js';
import { cardOf, cardUse, lastCardBefore, type CoachingCard } from './coaching/used.js';
import { crmSummary, ruleSummary, summaryNote, type AfterSummary } from './coaching/summary.js';
import { modelSummary } from './coaching/summary-model.js';
import type { HubEvent } from './conversations/events.js';
import type { ConversationEndedPayload } from './conversations/hooks.js';
import type { ExtensionFactory } from './conversations/hooks.js';
import { createTemplateStreamer } from './conversations/template-streamer.js';
import { HubError } from './errors.js';
import type { Logger } from './logger.js';
import type { Clock } from './llm/clock.js';
import type { ModelProvider } from './llm/port.js';
import { createPhrasingReplyStreamer } from './llm/reply-streamer.js';
import type { Registry } from 'prom-client';
import type { Store } from './store/types.js';
import type { TenantDirectory } from './tenants.js';

const COACHING_CONTEXT_MESSAGES = 12;

export interface ModelWiringDeps {
  store: Store;
  tenants: TenantDirectory;
  model: ModelProvider;
  logger: Logger;
  registry: Registry;
  /** Debounce of prospect utterances before coaching starts (ms). */
  debounceMs?: number;
  /** The lead event log's background appends (coaching shown and used); none recorded without it. */
  events?: EventAppender;
  /** The process's clock in milliseconds (coaching's debounce and model budgets); the system clock without it. */
  clock?: Clock;
}

/** Messages read back from an agent's message to find the last coaching card before it. */
const CARD_LOOKBACK_MESSAGES = 20;

/**
 * Live coaching as a hub extension: a lead message in an agent-owned conversation or a prospect utterance
 * triggers it (onLeadMessage, onUtterance); coach:request asks for it; results are kept staff-only.
 */
export function coachingExtension(deps: ModelWiringDeps): ExtensionFactory {
  const { store, tenants, model, logger, registry } = deps;
  return ({ streams, core }) => {
    const engine = createCoachingEngine({
      model,
      publisher: streams,
      registry,
      logger: logger.child({ component: 'coaching' }),
      ...(deps.debounceMs !== undefined ? { debounceMs: deps.debounceMs } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
      async loadContext(tenantId, conversationId) {
        const conversation = await core.getConversation(tenantId, conversationId);
        const tenant = core.tenantOf(tenantId);
        const experimentId = conversation.meta.experiment?.id;
        const [lead, messages, experiment] = await Promise.all([
          store.getLead(tenantId, conversation.leadId),
          store.lastMessages(tenantId, conversationId, COACHING_CONTEXT_MESSAGES),
          experimentId ? store.getExperiment(tenantId, experimentId) : null,
        ]);
        // The lead's arm of a running coaching experiment decides who writes the cards, the prompt's version or
        // the sections a card shows (the control's when a guardrail stopped the arm; the default once the
        // experiment stops).
        const arm = experiment ? leadArm(experiment, conversation.leadId) : undefined;
        const sourceChoice = coachingSourceOf(arm);
        const promptVersion = coachingPromptOf(arm);
        const sections = coachingSectionsOf(arm);
        return {
          ...buildCoachingContext({ tenant, conversation, lead, messages }),
          ...(sourceChoice ? { sourceChoice } : {}),
          ...(promptVersion ? { promptVersion } : {}),
          ...(sections ? { sections } : {}),
        };
      },
      async saveResult(tenantId, conversationId, result, text) {
        const { message } = await core.append(tenantId, {
          conversationId,
          author: { type: 'system', name: 'Coach' },
          visibility: 'staff',
          kind: 'coaching',
          text,
          meta: { result: result as unknown as Record<string, unknown> },
        });
        // A coaching card (not a qualification analysis) is about to reach the agents: coaching_shown.
        if ('next' in result)
          deps.events?.appendFor(tenantId, conversationId, () => [
            { type: 'coaching_shown', run: message.seq, action: cardAction(result), source: result.source },
          ]);
        return message.seq;
      },
    });

    /** The card an agent's message may come from: the one it names ("Use as reply"), else the last before it. */
    async function cardFor(
      tenantId: string,
      conversationId: string,
      sentSeq: number,
      coachingSeq: number | undefined,
    ): Promise<{ card: CoachingCard; clicked: boolean } | null> {
      if (coachingSeq !== undefined && coachingSeq < sentSeq) {
        const [named] = await store.messagesAfter(tenantId, conversationId, coachingSeq - 1, { limit: 1 });
        const card = named?.seq === coachingSeq ? cardOf(named) : null;
        if (card) return { card, clicked: true };
      }
      const recent = await store.lastMessages(tenantId, conversationId, CARD_LOOKBACK_MESSAGES);
      const card = lastCardBefore(recent, sentSeq);
      return card ? { card, clicked: false } : null;
    }

    /** True when the card was counted as used already (a card is used once, by whichever message came first). */
    async function usedAlready(tenantId: string, conversationId: string, card: CoachingCard) {
      const used = await store.leadEvents(tenantId, {
        from: card.createdAt,
        to: '9999-12-31T23:59:59.999Z',
        types: ['coaching_used'],
        conversationId,
      });
      return used.some(({ event }) => event.type === 'coaching_used' && event.run === card.seq);
    }
    const trigger = (
      tenantId: string,
      conversationId: string,
      kind: 'lead_message' | 'utterance',
      replyToSeq: number,
    ) => {
      engine
        .trigger({ tenantId, conversationId, kind: 'coaching', trigger: kind, replyToSeq })
        .catch((error: unknown) => logger.warn({ err: error, conversationId }, 'coaching trigger failed'));
    };
    return {
      name: 'coaching',
      // The staff compliance alert for what a lead writes in an agent-owned conversation comes from the bot, which
      // reads every lead message (bots/listen.ts with bots/side-topics.ts): nothing here reads lead text.
      onLeadMessage({ tenant, conversation, message }) {
        if (conversation.owner.type === 'agent')
          trigger(tenant.id, conversation.id, 'lead_message', message.seq);
      },
      // An agent's message that came from a card ("Use as reply", or close to its SAY line): coaching_used, in
      // the background (the send is answered already).
      onAgentMessage({ tenant, conversation, message, coachingSeq }) {
        deps.events?.appendFor(tenant.id, conversation.id, async () => {
          const found = await cardFor(tenant.id, conversation.id, message.seq, coachingSeq);
          const use = found ? cardUse(message.text, found.card, found.clicked) : null;
          if (!found || !use || (await usedAlready(tenant.id, conversation.id, found.card))) return [];
          return [use];
        });
      },
      onUtterance({ tenant, conversation, message, speaker }) {
        if (speaker === 'prospect') trigger(tenant.id, conversation.id, 'utterance', message.seq);
      },
      coaching: {
        request: (tenantId, conversationId, kind) => {
          if (!tenants.get(tenantId)) throw new HubError('FORBIDDEN', 'Unknown tenant');
          return engine.trigger({ tenantId, conversationId, kind, trigger: 'request' });
        },
      },
      close: () => engine.close(),
    };
  };
}

/**
 * Bot replies phrased by the model through the outbound guard; the template text otherwise or on any failure.
 * What the guard blocks comes back with the reply; the core raises the compliance alert (onGuardViolation).
 */
export function phrasingExtension(
  deps: ModelWiringDeps,
  options: { wordDelayMs?: number } = {},
): ExtensionFactory {
  return ({ streams }) => ({
    name: 'phrasing',
    replyStreamer: createPhrasingReplyStreamer({
      streams,
      ...(options.wordDelayMs ? { wordDelayMs: options.wordDelayMs } : {}),
      model: deps.model,
      guardFor: ({ lang }) => createStreamGuard({ lang }),
      tenantOf: (tenantId) => deps.tenants.get(tenantId),
      logger: deps.logger.child({ component: 'phrasing' }),
    }),
    onGuardViolation({ tenant, conversation, violations }) {
      deps.logger.warn(
        { tenantId: tenant.id, conversationId: conversation.id, violations },
        'the guard blocked model phrasing',
      );
    },
  });
}

/**
 * Claude reads each bot turn (issue 30): the bots build the request and check the answer (model-read.ts: every
 * value quoted from the lead's text), the provider makes the call under the tenant's budget and the circuit breaker,
 * with usage metered per tenant as `reading`. Past `timeoutMs`, or on any failure, the turn has no model reading and
 * the rules' reading stands alone.
 */
export function modelReadingExtension(
  deps: ModelWiringDeps,
  options: { timeoutMs: number },
): ExtensionFactory {
  const logger = deps.logger.child({ component: 'reading' });
  return () => ({
    name: 'reading',
    turnReader: async ({ tenantId, conversationId, text, kind, question }) => {
      if (!deps.model.available(tenantId, 'reading')) return NO_READING;
      const request = modelReadRequest({ text, kind, ...(question ? { question } : {}) });
      try {
        const answer = await deps.model.callTool({
          purpose: 'reading',
          tenantId,
          conversationId,
          ...request,
          maxTokens: 500,
          timeoutMs: options.timeoutMs,
        });
        return readingFromAnswer(answer, text);
      } catch (error) {
        logger.debug({ err: error, conversationId }, 'model reading unavailable: the rules read the turn');
        return NO_READING;
      }
    },
  });
}

/** Transcript messages the after-conversation summary reads (the latest). */
const SUMMARY_MESSAGES = 60;

/**
 * The after-conversation summary (issue 31 item 6): when staff close a conversation or a call on it ends, the rule
 * summary (src/coaching/summary.ts), or Claude's when a model is configured and answers within `timeoutMs`
 * (summary-model.ts), is written as a staff-only `event` line (`meta.event: 'summary'`), then on the conversation
 * (`meta.summary`) with its `conversation.summarized` CRM event in the same store call. In the background: the
 * close or the call's end is answered first. Idempotent per close or call end (the line's clientMsgId).
 */
export function summaryExtension(
  deps: ModelWiringDeps,
  options: { timeoutMs: number; now?: () => Date },
): ExtensionFactory {
  const { store, model } = deps;
  const now = options.now ?? (() => new Date());
  const logger = deps.logger.child({ component: 'summary' });
  return ({ core }) => {
    const running = new Set<Promise<void>>();

    async function write(payload: ConversationEndedPayload): Promise<void> {
      const { tenant, conversation, message: line, reason } = payload;
      const [lead, messages] = await Promise.all([
        store.getLead(tenant.id, conversation.leadId),
        store.lastMessages(tenant.id, conversation.id, SUMMARY_MESSAGES),
      ]);
      const context = buildCoachingContext({ tenant, conversation, lead, messages });
      const meta = conversation.meta;
      const outcome = reason === 'closed' ? meta.lifecycle?.outcome : undefined;
      const at = now().toISOString();
      const rules = ruleSummary({
        trigger: reason,
        context,
        ...(outcome ? { outcome } : {}),
        ...(meta.callBooked ? { callBooked: meta.callBooked } : {}),
        optedOut: Boolean(lead?.optedOut) || conversation.status === 'opted_out',
        at,
      });
      const summary: AfterSummary =
        (await modelSummary(model, {
          tenantId: tenant.id,
          conversationId: conversation.id,
          context,
          rules,
          ...(outcome ? { outcome } : {}),
          at,
          timeoutMs: options.timeoutMs,
        })) ?? rules;
      const { duplicate } = await core.append(tenant.id, {
        conversationId: conversation.id,
        clientMsgId: `summary:${reason}:${line.seq}`,
        author: { type: 'system', name: 'Summary' },
        visibility: 'staff',
        kind: 'event',
        text: summaryNote(summary),
        meta: { event: 'summary', summary },
      });
      if (duplicate) return;
      const summarized: HubEvent = {
        type: 'conversation.summarized',
        tenantId: tenant.id,
        conversationId: conversation.id,
        at,
        data: crmSummary(summary),
      };
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await store.getConversation(tenant.id, conversation.id);
        if (!current) return;
        const saved = await store.updateConversation(
          tenant.id,
          conversation.id,
          {
            meta: {
              ...current.meta,
              summary: { at, trigger: reason, source: summary.source, followUp: summary.followUp },
            },
          },
          current.version,
          { events: core.outboxOf(summarized) },
        );
        if (saved) return core.emit(summarized);
      }
      logger.warn({ conversationId: conversation.id }, 'summary: the conversation kept changing; not filed');
    }

    return {
      name: 'summary',
      onConversationEnded(payload) {
        const work = write(payload)
          .catch((error: unknown) =>
            logger.warn({ err: error, conversationId: payload.conversation.id }, 'summary failed'),
          )
          .finally(() => running.delete(work));
        running.add(work);
      },
      async close() {
        while (running.size > 0) await Promise.allSettled([...running]);
      },
    };
  };
}

/** Demos and failover tests: the template text, one word every tokenDelayMs (HUB_BOT_TOKEN_DELAY_MS). */
export function slowTemplateExtension(options: { tokenDelayMs: number }): ExtensionFactory {
  return ({ streams }) => ({
    name: 'slow-template',
    replyStreamer: createTemplateStreamer(streams, { tokenDelayMs: options.tokenDelayMs }),
  });
}
