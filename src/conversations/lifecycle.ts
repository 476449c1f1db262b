import type { StaffClaims } from '../auth.js';
import { HubError } from '../errors.js';
import { isSupervisorRole } from '../identity/roles.js';
import type { ConversationSummary } from '../protocol/common.js';
import type { ConversationRecord, HistoryQuery, MessageRecord } from '../store/types.js';
import { createConsentLog } from './consent.js';
import type { ContactDetails } from '../bots/extract/contact.js';
import type { ConversationCore, ConversationDeps } from './service.js';
import type { HubEvent } from './events.js';
import type { ConversationLifecycle, ConversationMeta, Outcome } from '../store/conversation-meta.js';
import { toSummary } from './views.js';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  appointment_set: 'Appointment set',
  qualified: 'Qualified',
  not_a_fit: 'Not a fit',
  spam: 'Spam',
  no_response: 'No response',
};

/** A search text that is an email or a phone number (7 to 15 digits, with the usual separators). */
export function contactQuery(text: string | undefined): { kind: 'phone' | 'email'; value: string } | null {
  const value = text?.trim() ?? '';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { kind: 'email', value };
  const digits = value.replace(/\D/g, '');
  if (/^\+?[\d\s().-]+$/.test(value) && digits.length >= 7 && digits.length <= 15)
    return { kind: 'phone', value };
  return null;
}

/** The history filters other than the text, applied to a conversation found by contact. */
function matchesFilters(conversation: ConversationRecord, query: HistoryQuery): boolean {
  const outcome = conversation.meta.lifecycle?.outcome;
  return (
    (!query.statuses?.length || query.statuses.includes(conversation.status)) &&
    (!query.outcomes?.length ||
      (outcome !== undefined && query.outcomes.some((wanted) => wanted === outcome))) &&
    (!query.temperatures?.length || query.temperatures.includes(conversation.temperature)) &&
    (!query.ownerId || conversation.owner.id === query.ownerId) &&
    (!query.from || conversation.updatedAt >= query.from) &&
    (!query.to || conversation.updatedAt <= query.to)
  );
}
const lifecycleOf = (meta: ConversationMeta): ConversationLifecycle => meta.lifecycle ?? {};

/**
 * The working day's conversation lifecycle: close with an outcome, snooze until a time, reopen when the lead
 * writes again; the history list with search; read marks and unread counts per staff member.
 */
export function createLifecycle(
  deps: Pick<ConversationDeps, 'store' | 'now'>,
  core: ConversationCore,
  /** A close was written (the extensions' onConversationEnded: the summary); must not throw. */
  onClosed: (conversation: ConversationRecord, message: MessageRecord) => void = () => undefined,
) {
  const { store, now } = deps;
  const consents = createConsentLog(store);

  /**
   * Compare-and-set of a staff change. A lead message stored between the read and the write (it did not see the
   * change, so it woke nothing) wakes the conversation right after, as if it had arrived just after the change.
   */
  async function cas(
    claims: StaffClaims,
    conversationId: string,
    decide: (
      meta: ConversationMeta,
      status: string,
      owner: { type: string; id?: string },
    ) => Parameters<typeof store.updateConversation>[2],
    /** The change's lifecycle events: written with it (the outbox); the caller raises them after. */
    raised: HubEvent[] = [],
  ) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await core.getConversation(claims.tenantId, conversationId);
      const patch = decide(current.meta, current.status, current.owner);
      const saved = await store.updateConversation(claims.tenantId, conversationId, patch, current.version, {
        events: core.outboxOf(...raised),
      });
      if (saved) return { saved, leadWroteMeanwhile: saved.lastLeadSeq > current.lastLeadSeq };
    }
    throw new HubError('CONFLICT', 'The conversation changed concurrently; try again');
  }

  const mayManage = (claims: StaffClaims, owner: { type: string; id?: string }) =>
    isSupervisorRole(claims.role) || owner.type !== 'agent' || owner.id === claims.userId;

  async function close(claims: StaffClaims, conversationId: string, outcome: Outcome, note?: string) {
    const at = now().toISOString();
    const closed: HubEvent = {
      type: 'conversation.closed',
      tenantId: claims.tenantId,
      conversationId,
      at,
      data: { outcome, ...(note ? { note } : {}), closedBy: { id: claims.userId, name: claims.name } },
    };
    const { saved, leadWroteMeanwhile } = await cas(
      claims,
      conversationId,
      (meta, status, owner) => {
        if (status === 'closed') throw new HubError('CONFLICT', 'The conversation is already closed');
        if (!mayManage(claims, owner))
          throw new HubError('FORBIDDEN', 'Only the owner or a supervisor can close this conversation');
        const { snoozedUntil: _snoozed, ...lifecycle } = lifecycleOf(meta);
        return {
          status: 'closed',
          stateSince: at,
          meta: {
            ...meta,
            alerts: [],
            lifecycle: {
              ...lifecycle,
              outcome,
              closedAt: at,
              closedBy: { id: claims.userId, name: claims.name },
              ...(note ? { note } : {}),
            },
          },
        };
      },
      [closed],
    );
    await store.cancelFollowUps(claims.tenantId, conversationId);
    const line = await core.systemEvent(
      claims.tenantId,
      conversationId,
      `Closed by ${claims.name}: ${OUTCOME_LABELS[outcome]}${note ? ` (${note})` : ''}`,
      'staff',
      { event: 'closed', outcome },
    );
    core.emit(closed);
    core.publishUpdate(saved);
    onClosed(saved, line);
    const woken = leadWroteMeanwhile ? await wake(claims.tenantId, conversationId) : null;
    return { conversation: toSummary(woken ?? saved) };
  }

  async function snooze(claims: StaffClaims, conversationId: string, until: string) {
    if (Date.parse(until) <= now().getTime())
      throw new HubError('INVALID_PAYLOAD', 'Snooze until a time in the future');
    const { saved, leadWroteMeanwhile } = await cas(claims, conversationId, (meta, status, owner) => {
      if (status === 'closed') throw new HubError('CONFLICT', 'The conversation is closed');
      if (!mayManage(claims, owner))
        throw new HubError('FORBIDDEN', 'Only the owner or a supervisor can snooze this conversation');
      return { meta: { ...meta, lifecycle: { ...lifecycleOf(meta), snoozedUntil: until } } };
    });
    await core.systemEvent(
      claims.tenantId,
      conversationId,
      `Snoozed by ${claims.name} until ${until}`,
      'staff',
      { event: 'snoozed', until },
    );
    core.publishUpdate(saved);
    const woken = leadWroteMeanwhile ? await wake(claims.tenantId, conversationId) : null;
    return { conversation: toSummary(woken ?? saved) };
  }

  /**
   * A lead message arrived: a closed conversation reopens (with its owner: the agent if one had it, else the bot)
   * and a snoozed one wakes up. Runs before the bot or the agent see the message. `conversation` is the record as
   * the core read it when it stored the message (in the same transaction): an open, awake conversation needs no
   * second read. A close or snooze that lands after that read finds the message in its own compare-and-set.
   */
  async function onLeadMessage(conversation: ConversationRecord) {
    if (conversation.status === 'closed' || lifecycleOf(conversation.meta).snoozedUntil) {
      await wake(conversation.tenantId, conversation.id);
    }
  }

  /**
   * Name, phone and email the bot read in a lead message (its `contact_given` effect, whoever owns the
   * conversation) go on the lead, the name titles the conversation, the CRM hears `lead.identified`, and a number
   * given after the bot's consent line records the consent to texts (its exact wording, the time, the source).
   * `conversation` is the record as it was before the turn that read the message (so a consent line shown in the
   * same turn does not count for a number given before it).
   */
  async function identify(conversation: ConversationRecord, contact: ContactDetails, message: MessageRecord) {
    const { tenantId } = conversation;
    const meta = conversation.meta;
    const lead = await store.getLead(tenantId, conversation.leadId);
    if (!lead) return;
    const patch: { name?: string; phone?: string; email?: string } = {};
    if (contact.name && contact.name !== lead.name) patch.name = contact.name;
    if (contact.phone && contact.phone !== lead.phone) patch.phone = contact.phone;
    if (contact.email && contact.email !== lead.email) patch.email = contact.email;
    if (contact.phone && meta.contactAsk) {
      await recordTextConsent(conversation, message, meta.contactAsk.consentText);
    }
    if (Object.keys(patch).length === 0) return;
    const identified: HubEvent = {
      type: 'lead.identified',
      tenantId,
      conversationId: conversation.id,
      at: message.createdAt,
      data: { fields: (['name', 'phone', 'email'] as const).filter((field) => patch[field] !== undefined) },
    };
    await store.updateLead(tenantId, conversation.leadId, patch, { events: core.outboxOf(identified) });
    core.emit(identified);
    if (patch.name) await titleWithName(tenantId, conversation.id, patch.name);
  }

  async function titleWithName(tenantId: string, conversationId: string, name: string) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await store.getConversation(tenantId, conversationId);
      if (!current || current.meta.leadName === name) return;
      const saved = await store.updateConversation(
        tenantId,
        conversationId,
        { meta: { ...current.meta, leadName: name } },
        current.version,
      );
      if (saved) {
        core.publishUpdate(saved);
        return;
      }
    }
  }

  /** The lead gave a number after the consent line was shown: the consent to texts, as shown and when given. */
  async function recordTextConsent(conversation: ConversationRecord, message: MessageRecord, text: string) {
    await consents.record(conversation, {
      channel: 'sms',
      text,
      givenAt: message.createdAt,
      source: 'widget',
      conversationId: conversation.id,
      messageSeq: message.seq,
    });
  }

  /**
   * A lead wrote: reopens the conversation if closed, ends its snooze if snoozed (compare-and-set on a fresh
   * read). Returns the conversation as it is now (null when it is gone).
   */
  async function wake(tenantId: string, conversationId: string): Promise<ConversationRecord | null> {
    for (let attempt = 0; ; attempt++) {
      const current = await store.getConversation(tenantId, conversationId);
      if (!current) return null;
      const meta = current.meta;
      const lifecycle = lifecycleOf(meta);
      const closed = current.status === 'closed';
      if ((!closed && !lifecycle.snoozedUntil) || attempt === 3) return current;
      const { snoozedUntil: _snoozed, ...rest } = lifecycle;
      const at = now().toISOString();
      const reopened: HubEvent[] = closed
        ? [{ type: 'conversation.reopened', tenantId, conversationId, at, data: {} }]
        : [];
      const saved = await store.updateConversation(
        tenantId,
        conversationId,
        {
          ...(closed ? { status: current.owner.type === 'agent' ? 'human' : 'open', stateSince: at } : {}),
          meta: { ...meta, lifecycle: { ...rest, ...(closed ? { reopenedAt: at } : {}) } },
        },
        current.version,
        { events: core.outboxOf(...reopened) },
      );
      if (!saved) continue;
      if (closed) {
        await core.systemEvent(tenantId, conversationId, 'Reopened: the lead wrote again', 'staff', {
          event: 'reopened',
        });
      }
      for (const event of reopened) core.emit(event);
      core.publishUpdate(saved);
      return saved;
    }
  }

  /**
   * A search for a phone number or an email finds the lead through the store's keyed lookup (exact hashes, the
   * personal data stays sealed), then its conversations, filtered as the full-text search filters them.
   */
  async function byContact(
    tenantId: string,
    contact: { kind: 'phone' | 'email'; value: string },
    query: HistoryQuery,
  ): Promise<{ conversations: ConversationSummary[]; total: number }> {
    const leads = await store.findLeadsByContact(tenantId, contact.kind, contact.value);
    const found: ConversationRecord[] = [];
    for (const lead of leads) found.push(...(await store.listConversationsForLead(tenantId, lead.id, 100)));
    const matches = found
      .filter((conversation) => matchesFilters(conversation, query))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    return {
      conversations: matches.slice(offset, offset + limit).map(toSummary),
      total: matches.length,
    };
  }

  /**
   * Staff members with a history search running on this node. A search of common words reads a large share of the
   * index: on SQLite it runs on the search worker, not before the lead appends (docs/SQLITE.md), but it still takes
   * CPU and, on Mongo, the primary's time. One at a time per person (BUSY otherwise) keeps what one person can queue
   * to one search.
   */
  const searching = new Set<string>();
  async function history(
    claims: StaffClaims,
    query: HistoryQuery,
  ): Promise<{ conversations: ConversationSummary[]; total: number }> {
    const who = `${claims.tenantId}\n${claims.userId}`;
    if (searching.has(who)) {
      throw new HubError('BUSY', 'A search of yours is still running; wait for its answer');
    }
    searching.add(who);
    try {
      const contact = contactQuery(query.text);
      if (contact) return await byContact(claims.tenantId, contact, query);
      const page = await store.searchConversations(claims.tenantId, query);
      return { conversations: page.conversations.map(toSummary), total: page.total };
    } finally {
      searching.delete(who);
    }
  }

  async function markRead(claims: StaffClaims, conversationId: string, seq: number) {
    await core.getConversation(claims.tenantId, conversationId);
    await store.markRead(claims.tenantId, conversationId, claims.userId, seq);
    return null;
  }

  async function unread(claims: StaffClaims, conversationIds: string[]) {
    return { counts: await store.unreadCounts(claims.tenantId, claims.userId, conversationIds) };
  }

  return { close, snooze, onLeadMessage, identify, history, markRead, unread };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
