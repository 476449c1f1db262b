import { experimentMeta, runningArm } from '../analytics/experiment-arm.js';
import { botVariantOf } from '../analytics/experiments.js';
import type { WidgetClaims } from '../auth.js';
import type { Bot, TenantBotContext } from '../bots/port.js';
import { visibleText } from '../protocol/text.js';
import { HubError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';
import { TEXT_ACCEPT_LIMIT, TEXT_STORE_LIMIT, type Author, type MessageView } from '../protocol/common.js';
import type { LeadSendResult, ReplayResult } from '../protocol/events.js';
import type {
  ConversationRecord,
  LeadAppendResult,
  MessageRecord,
  NewConversation,
  NewMessage,
  Store,
} from '../store/types.js';
import type { Tenant, TenantDirectory } from '../tenants.js';
import type { OutboxEvent } from '../store/outbox-types.js';
import type { HubEvent } from './events.js';
import type { EventHooks, HookRunner } from './hooks.js';
import type { Broadcaster, ConversationLock, StreamPort } from './ports.js';
import { statusOf, toMessageView, toSummary } from './views.js';
import { listingForBot } from '../listings/facts.js';

export { newDraftId } from './ids.js';

export interface ConversationDeps {
  store: Store;
  bot: Bot;
  tenants: TenantDirectory;
  streams: StreamPort;
  broadcaster: Broadcaster;
  lock: ConversationLock;
  logger: Logger;
  metrics: HubMetrics;
  now: () => Date;
  /**
   * Where lifecycle events go: the hook runner's (the extensions' outbox rows and onEvent hooks, e.g. the CRM
   * webhooks and agent paging of src/integrations); none by default.
   */
  events?: EventHooks;
  /** Answer sizes; defaultPageLimits when absent. */
  pages?: PageLimits;
}

/** What the lead side asks of the turn machinery: a quiet window per message, a check at once on resume. */
export interface TurnTriggers {
  leadMessage(tenantId: string, conversationId: string): void;
  typing(tenantId: string, conversationId: string, isTyping: boolean): void;
  now(tenantId: string, conversationId: string): Promise<void>;
}

/** How much one answer may hold (docs/SECURITY.md "Limits"): replays and transcripts, the inbox and the board. */
export interface PageLimits {
  /** Messages per replay or transcript page (HUB_REPLAY_MAX_MESSAGES). */
  replayMessages: number;
  /** Bytes of message JSON per replay or transcript page, at least one message (HUB_REPLAY_MAX_BYTES). */
  replayBytes: number;
  /** Conversations per inbox or board page after the waiting hand-offs (HUB_LIVE_PAGE_SIZE). */
  liveConversations: number;
}

export const defaultPageLimits: PageLimits = {
  replayMessages: 1_000,
  replayBytes: 512 * 1024,
  liveConversations: 200,
};

/**
 * Bounds one page of messages read with `limit`: in count (the read's limit) and in bytes (`maxBytes` of JSON,
 * always at least one message). `hasMore` says that the client should ask again after the last seq.
 */
export function boundPage<T>(records: T[], limit: number, maxBytes: number): { page: T[]; hasMore: boolean } {
  let bytes = 0;
  for (let index = 0; index < records.length; index++) {
    bytes += Buffer.byteLength(JSON.stringify(records[index]));
    if (bytes > maxBytes && index > 0) return { page: records.slice(0, index), hasMore: true };
  }
  return { page: records, hasMore: records.length === limit };
}

export function tenantBotContext(tenant: Tenant): TenantBotContext {
  return {
    tenantId: tenant.id,
    market: tenant.market,
    agentName: tenant.agentName,
    timeZone: tenant.timeZone,
    // Streets are places the lead may name, read like the areas.
    knownAreas: tenant.knownStreets.length
      ? [...tenant.knownAreas, ...tenant.knownStreets]
      : tenant.knownAreas,
    highValueThreshold: tenant.highValueThreshold,
    calendarSlots: tenant.calendarSlots,
    quietHours: tenant.quietHours,
    businessHours: tenant.businessHours,
  };
}

/** Cleans (visibleText), rejects empty text, refuses absurd sizes and cuts long text at the stored limit. */
export function normaliseLeadText(raw: string): { text: string; truncated: boolean } {
  if (raw.length > TEXT_ACCEPT_LIMIT) {
    throw new HubError('TEXT_TOO_LONG', `Text is limited to ${TEXT_ACCEPT_LIMIT} characters`);
  }
  const trimmed = visibleText(raw);
  if (trimmed.length === 0) throw new HubError('INVALID_PAYLOAD', 'Text must not be empty');
  // A text has at most as many code points as UTF-16 units: one within the limit in units is not split up to count.
  if (trimmed.length <= TEXT_STORE_LIMIT) return { text: trimmed, truncated: false };
  const cut = [...trimmed];
  if (cut.length <= TEXT_STORE_LIMIT) return { text: trimmed, truncated: false };
  return { text: cut.slice(0, TEXT_STORE_LIMIT).join(''), truncated: true };
}

/** No extension hears lifecycle events (tests and tools that build a core alone). */
const noEventHooks: EventHooks = { outbox: () => [], event: () => undefined };

/** The core of the hub shared by every namespace: storing, ordering, replaying and broadcasting messages. */
export function createConversationCore(deps: ConversationDeps) {
  const { store, tenants, streams, broadcaster, now } = deps;
  const events = deps.events ?? noEventHooks;

  function tenantOf(tenantId: string): Tenant {
    const tenant = tenants.get(tenantId);
    if (!tenant) throw new HubError('FORBIDDEN', 'Unknown tenant');
    return tenant;
  }

  async function getConversation(tenantId: string, conversationId: string): Promise<ConversationRecord> {
    const conversation = await store.getConversation(tenantId, conversationId);
    if (!conversation) throw new HubError('NOT_FOUND', 'Conversation not found');
    return conversation;
  }

  /** Tells everyone who may see it about a stored message (but `exceptSocket`, which sent it). */
  const publishMessage = (tenantId: string, message: MessageView, options?: { exceptSocket?: string }) =>
    broadcaster.message(tenantId, message, options);

  /** Stores a message (idempotent by clientMsgId) and broadcasts it when it is new. */
  async function append(tenantId: string, message: Omit<NewMessage, 'createdAt'>) {
    const result = await store.appendMessage(tenantId, { ...message, createdAt: now().toISOString() });
    if (!result.duplicate) publishMessage(tenantId, toMessageView(result.message));
    return result;
  }

  async function systemEvent(
    tenantId: string,
    conversationId: string,
    text: string,
    visibility: 'everyone' | 'staff',
    meta?: Record<string, unknown>,
  ): Promise<MessageRecord> {
    const { message } = await append(tenantId, {
      conversationId,
      author: { type: 'system' },
      visibility,
      kind: 'event',
      text,
      ...(meta ? { meta } : {}),
    });
    return message;
  }

  /** Tells every staff socket of the tenant (inbox, board, joined consoles) about the new state. */
  function publishUpdate(conversation: ConversationRecord): void {
    const summary = toSummary(conversation);
    broadcaster.toTenantStaff(conversation.tenantId, 'conversation:updated', summary);
    broadcaster.toBoard(conversation.tenantId, 'board:update', summary);
    broadcaster.toLead(conversation.tenantId, conversation.id, 'conversation:status', statusOf(conversation));
  }

  /**
   * One page of the messages after `afterSeq` the viewer may see, bounded in count and bytes; while `hasMore`,
   * the next page starts after the last seq of this one.
   */
  async function messagePage(
    tenantId: string,
    conversationId: string,
    afterSeq: number,
    viewer: 'lead' | 'staff',
  ) {
    const { replayMessages, replayBytes } = deps.pages ?? defaultPageLimits;
    const records = await store.messagesAfter(tenantId, conversationId, afterSeq, {
      limit: replayMessages,
      ...(viewer === 'lead' ? { visibility: ['everyone' as const] } : {}),
    });
    const { page, hasMore } = boundPage(records.map(toMessageView), replayMessages, replayBytes);
    return { messages: page, hasMore };
  }

  /** Messages after lastSeq visible to the viewer (one page), plus in-flight stream snapshots. */
  async function replay(
    tenantId: string,
    conversationId: string,
    lastSeq: number,
    viewer: 'lead' | 'staff',
  ): Promise<ReplayResult> {
    const { messages, hasMore } = await messagePage(tenantId, conversationId, lastSeq, viewer);
    return {
      conversationId,
      messages,
      streams: await streams.allSnapshots(tenantId, conversationId, viewer),
      hasMore,
    };
  }

  function publishTyping(
    tenantId: string,
    conversationId: string,
    who: 'lead' | 'bot' | 'agent',
    isTyping: boolean,
  ) {
    const event = { conversationId, who, isTyping };
    if (who !== 'lead') broadcaster.toLead(tenantId, conversationId, 'typing', event);
    broadcaster.toStaff(tenantId, conversationId, 'typing', event);
  }

  /** Tells staff about a compliance problem and flags the conversation on the board (compare-and-set). */
  async function raiseCompliance(tenantId: string, conversationId: string, rule: string, detail: string) {
    broadcaster.toStaff(tenantId, conversationId, 'compliance:alert', {
      conversationId,
      rule,
      detail,
      at: now().toISOString(),
    });
    for (let attempt = 0; attempt < 5; attempt++) {
      const conversation = await store.getConversation(tenantId, conversationId);
      if (!conversation) return;
      const meta = conversation.meta;
      if (meta.alerts?.includes('compliance')) return;
      const saved = await store.updateConversation(
        tenantId,
        conversationId,
        { meta: { ...meta, alerts: [...(meta.alerts ?? []), 'compliance'] } },
        conversation.version,
      );
      if (saved) {
        publishUpdate(saved);
        return;
      }
    }
  }

  /** The outbox rows of lifecycle events, for the store call that writes their change (HubExtension.outbox). */
  function outboxOf(...raised: HubEvent[]): OutboxEvent[] {
    return events.outbox(raised);
  }

  /** Raises a lifecycle event once its change is written (HubExtension.onEvent; never throws, never waits). */
  function emit(event: HubEvent): void {
    events.event(event);
  }

  return {
    tenantOf,
    getConversation,
    emit,
    outboxOf,
    raiseCompliance,
    append,
    publishMessage,
    systemEvent,
    publishUpdate,
    publishTyping,
    replay,
    messagePage,
    summary: toSummary,
  };
}

export type ConversationCore = ReturnType<typeof createConversationCore>;

/** The lead side: lead messages, resume (leads are created by src/visitors/sessions.ts). */
export function createLeadSide(
  deps: ConversationDeps,
  core: ConversationCore,
  turns: TurnTriggers,
  hooks: HookRunner,
) {
  const { store, bot, now, metrics } = deps;

  /**
   * The conversation a lead's first message starts, with a deterministic id so concurrent tabs agree. The store
   * titles it with the lead's name when the site identified the lead (or the lead gave a name before). Its
   * listing is what the bot sees: the catalogue's facts for the key the page named, never the page's (listingForBot).
   */
  async function newConversation(claims: WidgetClaims): Promise<NewConversation> {
    const tenant = core.tenantOf(claims.tenantId);
    // The variant point: the lead's arm of a running bot experiment shapes the bot's state from the start (the
    // exposure is logged by the store with the conversation, once per lead: src/analytics/derive.ts). Read beside
    // the listing: one store round trip of latency for both.
    const [listing, arm] = await Promise.all([
      listingForBot(store, claims.tenantId, claims.listing),
      runningArm(store, claims.tenantId, claims.leadId),
    ]);
    const context = {
      ...(listing ? { listing } : {}),
      ...(claims.intent ? { intent: claims.intent } : {}),
    };
    const variant = botVariantOf(arm);
    const botState = bot.initialState(
      { ...context, ...(variant ? { variant } : {}) },
      tenantBotContext(tenant),
    );
    const view = bot.view(botState);
    const at = now().toISOString();
    return {
      id: `conv-${claims.leadId}`,
      tenantId: claims.tenantId,
      leadId: claims.leadId,
      channel: 'widget',
      botKind: view.botKind,
      botState,
      owner: { type: 'bot' },
      status: 'open',
      temperature: view.temperature,
      lastSeq: 0,
      version: 0,
      meta: { botActive: true, botView: view, ...experimentMeta(arm) },
      createdAt: at,
      updatedAt: at,
      stateSince: at,
      ...context,
    };
  }

  /** The lead's tabs receive the conversation's events (before the first broadcast that must reach them). */
  const admit = (claims: WidgetClaims, conversationId: string) =>
    deps.broadcaster.admitLead(claims.tenantId, claims.leadId, conversationId);

  /**
   * The message in the lead's open conversation, or in the one it starts: one store call. When the new
   * conversation's id exists, another tab started it first, or it is the lead's closed conversation, which the
   * message reopens (lifecycle.ts). `expectOpen` (the sender's tab is in a conversation already) leaves the new
   * conversation out of the first call, which then finds the open one; it is built only when that call finds none.
   */
  async function appendLeadMessage(
    claims: WidgetClaims,
    message: Omit<NewMessage, 'conversationId'>,
    expectOpen: boolean,
  ): Promise<LeadAppendResult> {
    const { tenantId, leadId } = claims;
    const open = expectOpen ? await store.appendToOpenConversation(tenantId, leadId, message) : null;
    if (open) return open;
    const conversation = await newConversation(claims);
    const created: HubEvent = {
      type: 'lead.created',
      tenantId,
      conversationId: conversation.id,
      at: conversation.createdAt,
      data: { channel: conversation.channel },
    };
    try {
      // Never null with a conversation to start; lead.created is written only when this call starts it.
      const appended = (await store.appendToOpenConversation(tenantId, leadId, message, conversation, {
        startEvents: core.outboxOf(created),
      }))!;
      if (appended.started) core.emit(created);
      return appended;
    } catch (error) {
      if (!(error instanceof HubError && error.code === 'CONFLICT')) throw error;
      const existing = await core.getConversation(tenantId, conversation.id);
      const appended = await store.appendMessage(tenantId, { ...message, conversationId: existing.id });
      return { ...appended, conversation: existing };
    }
  }

  /**
   * Stores a lead message (idempotent by clientMsgId) in the lead's open conversation, or starts one: one store
   * round trip. The connection that sent it (`sender.socketId`) gets the message in the answer, not as a
   * separate event; `sender.inConversation` says whether that tab has joined a conversation (see
   * appendLeadMessage).
   */
  async function acceptLeadMessage(
    claims: WidgetClaims,
    input: { clientMsgId: string; text: string },
    sender: { socketId?: string; inConversation: boolean } = { inConversation: false },
  ): Promise<LeadSendResult> {
    const { text, truncated } = normaliseLeadText(input.text);
    const message = {
      clientMsgId: input.clientMsgId,
      author: { type: 'lead', id: claims.leadId } satisfies Author,
      visibility: 'everyone',
      kind: 'text',
      text,
      createdAt: now().toISOString(),
    } as const;
    const appended = await appendLeadMessage(claims, message, sender.inConversation);
    const { conversation } = appended;
    const view = toMessageView(appended.message);
    admit(claims, conversation.id);
    if (!appended.duplicate) {
      core.publishMessage(claims.tenantId, view, { exceptSocket: sender.socketId });
      metrics.messagesAccepted.inc({ namespace: '/widget' });
      turns.leadMessage(claims.tenantId, conversation.id);
      void hooks.run('onLeadMessage', {
        tenant: core.tenantOf(claims.tenantId),
        conversation,
        message: appended.message,
      });
    }
    return {
      conversationId: conversation.id,
      seq: appended.message.seq,
      duplicate: appended.duplicate,
      truncated,
      message: view,
    };
  }

  const findConversation = (claims: WidgetClaims) =>
    store.findOpenConversationForLead(claims.tenantId, claims.leadId);

  /**
   * The lead (re)connected and asks for what it missed. A turn still pending (its node died, or it is waiting
   * for its quiet window elsewhere) is checked here at once: it runs as soon as its lease is free.
   */
  function checkPending(conversation: ConversationRecord): void {
    if (conversation.lastLeadSeq > conversation.answeredSeq) {
      void turns.now(conversation.tenantId, conversation.id);
    }
  }

  /** The lead's typing indicator: shown to staff, and it holds the bot's quiet window open (bounded). */
  async function typing(claims: WidgetClaims, isTyping: boolean): Promise<void> {
    const conversation = await findConversation(claims);
    if (!conversation) return;
    core.publishTyping(claims.tenantId, conversation.id, 'lead', isTyping);
    turns.typing(claims.tenantId, conversation.id, isTyping);
  }

  return { admit, acceptLeadMessage, findConversation, checkPending, typing };
}

export type LeadSide = ReturnType<typeof createLeadSide>;
