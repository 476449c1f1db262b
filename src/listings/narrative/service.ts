import type { Logger } from 'pino';
import { assistantAuthor } from '../../conversations/assistant.js';
import { newDraftId } from '../../conversations/ids.js';
import type { StreamPublisher } from '../../conversations/ports.js';
import { HubError } from '../../errors.js';
import type { ModelProvider } from '../../llm/port.js';
import type { NarrativeLength, NarrativeStyle } from '../../protocol/common.js';
import type { NarrativeDraftResult, NarrativeResult } from '../../protocol/events.js';
import type { ConversationRecord, MessageRecord, Store } from '../../store/types.js';
import type { Tenant } from '../../tenants.js';
import type { NarrativeCache } from './cache.js';
import { runNarrative, type NarrativeOutcome } from './engine.js';
import type { Violation } from './guard.js';
import { narrativeProfile } from './profile.js';

export interface NarrativeServiceDeps {
  store: Pick<Store, 'getListing' | 'getLead' | 'updateConversation'>;
  core: {
    getConversation(tenantId: string, conversationId: string): Promise<ConversationRecord>;
    tenantOf(tenantId: string): Tenant;
    append(
      tenantId: string,
      message: Omit<MessageRecord, 'seq' | 'createdAt'>,
    ): Promise<{ message: MessageRecord; duplicate: boolean }>;
    systemEvent(
      tenantId: string,
      conversationId: string,
      text: string,
      visibility: 'everyone' | 'staff',
      meta?: Record<string, unknown>,
    ): Promise<MessageRecord>;
    raiseCompliance(tenantId: string, conversationId: string, rule: string, detail: string): Promise<void>;
    publishUpdate(conversation: ConversationRecord): void;
  };
  streams: StreamPublisher;
  model: ModelProvider;
  cache: NarrativeCache;
  logger: Pick<Logger, 'warn' | 'debug'>;
  now: () => Date;
  /** The model's first-token budget before the template is used (default 1.5 s). */
  firstTokenMs?: number;
}

export interface NarrativeAsk {
  style?: NarrativeStyle | undefined;
  length?: NarrativeLength | undefined;
}

/** Why a lead's narrative stream stopped early (the stream:error code is CANCELLED). */
export const NarrativeStop = {
  leadLeft: 'The lead left',
  leadWrote: 'The lead wrote something else',
  replaced: 'A new narrative was asked for',
  shutdown: 'The server is restarting',
} as const;

const ruleName = (violations: Violation[]) => violations[0]?.rule ?? 'fair_housing';
const detailOf = (violations: Violation[]) => violations.map((violation) => violation.detail).join('; ');

/**
 * Listing narratives for a conversation whose listing is in the tenant's catalogue (docs/LISTINGS.md):
 * - to the lead (`listing:narrative`): a bot stream to everyone, stored as the assistant's message when it ends;
 *   it stops when the lead leaves (their socket closes) or writes something else;
 * - to staff (`narrative:draft`): a staff stream (coach:*, kind narrative) the agent may edit and send; when the
 *   conversation's high-value review gate is on, the narrative is held as a draft for a supervisor instead.
 * A narrative the guard stops is never sent: the stream ends with COMPLIANCE, and staff get a system event and a
 * compliance alert saying why. One service per hub; lead streams are tracked on the node that runs them.
 */
export function createNarrativeService(deps: NarrativeServiceDeps) {
  const { store, core, streams, logger } = deps;
  /** Lead narratives running on this node, by conversation: at most one each. */
  const running = new Map<string, { controller: AbortController; socketId: string }>();
  const drafts = new Set<AbortController>();
  const keyOf = (tenantId: string, conversationId: string) => `${tenantId}\u0000${conversationId}`;

  /** The conversation's catalogue listing, the lead's needs and language (NOT_FOUND without a catalogue listing). */
  async function inputs(conversation: ConversationRecord, ask: NarrativeAsk) {
    const key = conversation.listing?.id;
    const listing = key ? await store.getListing(conversation.tenantId, key) : null;
    if (!listing) throw new HubError('NOT_FOUND', 'This conversation has no listing in the catalogue');
    const lead = await store.getLead(conversation.tenantId, conversation.leadId);
    const { profile, lang: profileLang } = narrativeProfile(lead?.profile);
    const lang = conversation.meta.botView?.lang ?? profileLang ?? 'en';
    return { listing, profile, lang, style: ask.style ?? 'warm', length: ask.length ?? 'short' } as const;
  }

  const run = (
    conversation: ConversationRecord,
    input: Awaited<ReturnType<typeof inputs>>,
    signal: AbortSignal,
    out: { push(text: string): void },
  ) =>
    runNarrative(
      {
        model: deps.model,
        cache: deps.cache,
        ...(deps.firstTokenMs !== undefined ? { firstTokenMs: deps.firstTokenMs } : {}),
      },
      { ...input, tenantId: conversation.tenantId, conversationId: conversation.id, signal },
      out,
    );

  /** Staff are told why a narrative was not sent: a staff-only system event and the compliance alert. */
  async function tellStaff(
    conversation: ConversationRecord,
    ListingKey: string,
    audience: 'lead' | 'draft',
    violations: Violation[],
  ) {
    const detail = detailOf(violations);
    await core.systemEvent(
      conversation.tenantId,
      conversation.id,
      `Listing narrative for ${ListingKey} was not sent${audience === 'draft' ? ' (agent draft)' : ''}: the Fair Housing guard stopped it (${detail}).`,
      'staff',
      { narrativeBlocked: { ListingKey, audience, violations } },
    );
    await core.raiseCompliance(conversation.tenantId, conversation.id, ruleName(violations), detail);
  }

  const blockedMessage = (lang: 'en' | 'es') =>
    lang === 'es'
      ? 'La descripción se detuvo porque no cumplía nuestras reglas. El equipo ya fue avisado.'
      : 'The description was stopped because it broke our rules. The team has been told.';

  /**
   * Runs one narrative into its stream and settles it, for the lead and for a staff draft alike: a stop fails the
   * stream CANCELLED, a guard failure fails it COMPLIANCE and tells staff why, an error fails it INTERNAL (logged),
   * and a finished text goes to `deliver`; `done` runs whatever the outcome.
   */
  function startRun(job: {
    conversation: ConversationRecord;
    details: Awaited<ReturnType<typeof inputs>>;
    controller: AbortController;
    stream: ReturnType<typeof streams.open>;
    whose: 'lead' | 'draft';
    blockedText: string;
    failedLog: string;
    deliver: (outcome: Extract<NarrativeOutcome, { status: 'sent' }>) => Promise<void>;
    done: () => void;
  }): void {
    const { conversation, details, controller, stream } = job;
    const settle = async (outcome: NarrativeOutcome) => {
      if (outcome.status === 'aborted') {
        stream.fail('CANCELLED', String(controller.signal.reason ?? 'The narrative was stopped'));
        return;
      }
      if (outcome.status === 'blocked') {
        stream.fail('COMPLIANCE', job.blockedText);
        await tellStaff(conversation, details.listing.ListingKey, job.whose, outcome.violations);
        return;
      }
      await job.deliver(outcome);
    };
    void run(conversation, details, controller.signal, stream)
      .then(settle)
      .catch((error: unknown) => {
        logger.warn({ err: error, conversationId: conversation.id }, job.failedLog);
        stream.fail('INTERNAL', 'The narrative could not be made');
      })
      .finally(job.done);
  }

  /** A narrative for the lead: answered with the stream's id at once, the tokens follow (stream:*). */
  async function toLead(input: {
    tenantId: string;
    conversation: ConversationRecord;
    socketId: string;
    ask: NarrativeAsk;
  }): Promise<NarrativeResult> {
    const { conversation } = input;
    const details = await inputs(conversation, input.ask);
    const key = keyOf(conversation.tenantId, conversation.id);
    running.get(key)?.controller.abort(NarrativeStop.replaced);
    const controller = new AbortController();
    const entry = { controller, socketId: input.socketId };
    running.set(key, entry);
    const stream = streams.open({
      tenantId: conversation.tenantId,
      conversationId: conversation.id,
      kind: 'bot',
      audience: 'everyone',
      trigger: 'request',
    });
    startRun({
      conversation,
      details,
      controller,
      stream,
      whose: 'lead',
      blockedText: blockedMessage(details.lang),
      failedLog: 'listing narrative failed',
      deliver: async (outcome) => {
        const { message } = await core.append(conversation.tenantId, {
          conversationId: conversation.id,
          clientMsgId: `narrative:${stream.streamId}`,
          author: assistantAuthor(core.tenantOf(conversation.tenantId)),
          visibility: 'everyone',
          kind: 'text',
          text: outcome.text,
          meta: {
            narrative: {
              ListingKey: details.listing.ListingKey,
              style: details.style,
              length: details.length,
              lang: details.lang,
              source: outcome.source,
            },
          },
        });
        stream.end({ seq: message.seq });
      },
      done: () => {
        if (running.get(key) === entry) running.delete(key);
      },
    });
    return {
      conversationId: conversation.id,
      streamId: stream.streamId,
      ListingKey: details.listing.ListingKey,
      style: details.style,
      length: details.length,
      lang: details.lang,
    };
  }

  /** Holds a narrative as a draft for a supervisor (the review gate): returns its id. */
  async function holdForReview(conversation: ConversationRecord, text: string): Promise<string> {
    const draftId = newDraftId();
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await core.getConversation(conversation.tenantId, conversation.id);
      const meta = current.meta;
      const alerts = meta.alerts ?? [];
      const saved = await store.updateConversation(
        current.tenantId,
        current.id,
        {
          meta: {
            ...meta,
            drafts: [
              ...(meta.drafts ?? []),
              { draftId, conversationId: current.id, text, createdAt: deps.now().toISOString() },
            ],
            alerts: alerts.includes('draft_pending') ? alerts : [...alerts, 'draft_pending'],
          },
        },
        current.version,
      );
      if (saved) {
        await core.systemEvent(
          current.tenantId,
          current.id,
          'Listing narrative held for approval: high_value',
          'staff',
        );
        core.publishUpdate(saved);
        return draftId;
      }
    }
    throw new HubError('CONFLICT', 'The conversation changed concurrently; try again');
  }

  /** A narrative draft for staff (coach:*, kind narrative); the review gate holds it for a supervisor. */
  async function draft(input: {
    tenantId: string;
    conversationId: string;
    ask: NarrativeAsk;
  }): Promise<NarrativeResult> {
    const conversation = await core.getConversation(input.tenantId, input.conversationId);
    const details = await inputs(conversation, input.ask);
    const review = conversation.meta.botView?.review === true;
    const controller = new AbortController();
    drafts.add(controller);
    const stream = streams.open({
      tenantId: conversation.tenantId,
      conversationId: conversation.id,
      kind: 'narrative',
      audience: 'staff',
      trigger: 'request',
    });
    startRun({
      conversation,
      details,
      controller,
      stream,
      whose: 'draft',
      blockedText: 'The Fair Housing guard stopped this narrative; nothing was sent.',
      failedLog: 'narrative draft failed',
      deliver: async (outcome) => {
        const result: NarrativeDraftResult = {
          text: outcome.text,
          source: outcome.source,
          ListingKey: details.listing.ListingKey,
          style: details.style,
          length: details.length,
          lang: details.lang,
          review,
          ...(review ? { draftId: await holdForReview(conversation, outcome.text) } : {}),
        };
        stream.end({
          source: outcome.source === 'template' ? 'rules' : 'llm',
          result: { ...result },
        });
      },
      done: () => drafts.delete(controller),
    });
    return {
      conversationId: conversation.id,
      streamId: stream.streamId,
      ListingKey: details.listing.ListingKey,
      style: details.style,
      length: details.length,
      lang: details.lang,
    };
  }

  return {
    toLead,
    draft,
    /** Stops the lead's narrative in a conversation (the lead wrote something else). */
    stopConversation(tenantId: string, conversationId: string, reason: string) {
      running.get(keyOf(tenantId, conversationId))?.controller.abort(reason);
    },
    /** Stops the lead narratives a widget socket asked for (the lead left). */
    stopSocket(socketId: string, reason: string) {
      for (const entry of running.values()) if (entry.socketId === socketId) entry.controller.abort(reason);
    },
    /** Shutdown: stops every narrative of this node. */
    close() {
      for (const entry of running.values()) entry.controller.abort(NarrativeStop.shutdown);
      for (const controller of drafts) controller.abort(NarrativeStop.shutdown);
    },
  };
}

export type NarrativeService = ReturnType<typeof createNarrativeService>;
