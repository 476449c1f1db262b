import type { StaffClaims } from '../auth.js';
import { HubError } from '../errors.js';
import type { ConversationStatus, MessageKind } from '../protocol/common.js';
import type { LivePage, SendResult } from '../protocol/events.js';
import { staffClientMsgId } from '../names.js';
import type {
  ConversationPatch,
  ConversationRecord,
  HandoffPosition,
  MessageRecord,
} from '../store/types.js';
import { rankOfHandoffKey, storedHandoffKey } from '../store/handoff-key.js';
import type { HubEvent } from './events.js';
import type { HookRunner } from './hooks.js';
import { visibleText } from '../protocol/text.js';
import { defaultPageLimits, type ConversationCore, type ConversationDeps } from './service.js';
import { byTemperatureThenWait, toMessageView, toSummary } from './views.js';
import { authorTypeOf, isSupervisorRole, requireOwnerOrSupervisor } from '../identity/roles.js';
import { assistantAuthor } from './assistant.js';
import { checkAgentMessage } from './agent-guard.js';
import type { AgentWarning, ComplianceWarningEvent } from '../protocol/events.js';

/** Live conversations that are neither waiting for nor owned by a human: paged, most recently updated first. */
const REST_STATUSES = ['open', 'opted_out'] as const;
/** The rules of the agent compliance check as staff read them in the transcript. */
const RULE_NAMES: Record<string, string> = {
  fair_housing: 'Fair Housing',
  commission: 'Commission',
  referral_kickback: 'RESPA referral kickback',
};
/** Bound of the pinned human-owned list, far above what a team can have open at once (only staff make them). */
const PINNED_LIMIT = 5_000;
/**
 * Waiting hand-offs on the first page: every one up to this many. Anyone can ask the bot for a person, so they are
 * listed by the signals a stranger cannot cheaply fake (handoff-rank.ts: returning, contact, qualified, value),
 * the longest waiting first within a rank; past it the page keeps every ranked one it can, then the anonymous ones
 * that waited longest and the newest anonymous half, and the pages after it (`cursor`) list the hand-offs left
 * out before the rest (issue 33, finding 2: 260 throwaway hand-offs, a real one, 260 more had hidden the real one).
 */
const PINNED_HANDOFFS = 500;

type Position = [string, string];
/** Where the pages after the first go on: the hand-offs between `h` and `u`, then the rest after `r` (null: none). */
interface HandoffCursor {
  h: Position;
  u?: Position;
  r: Position | null;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const encodeCursor = (last: ConversationRecord) => encode([last.updatedAt, last.id]);
const handoffPosition = (conversation: ConversationRecord): HandoffPosition => ({
  key: storedHandoffKey(conversation),
  id: conversation.id,
});
const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

function decodeCursor(
  cursor: string,
): { rest: { updatedAt: string; id: string } } | { handoffs: HandoffCursor } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isPosition(value)) return { rest: { updatedAt: value[0], id: value[1] } };
    const next = value as Partial<HandoffCursor> | null;
    if (
      next &&
      typeof next === 'object' &&
      isPosition(next.h) &&
      (next.u === undefined || isPosition(next.u)) &&
      (next.r === null || isPosition(next.r))
    ) {
      return { handoffs: { h: next.h, ...(next.u ? { u: next.u } : {}), r: next.r } };
    }
  } catch {
    // fall through: not a cursor this hub issued
  }
  throw new HubError('INVALID_PAYLOAD', 'Unknown cursor: pass the cursor of the previous page');
}

/** What the staff side asks of the turn machinery: the bot resumes when a conversation is handed back. */
export interface ResumeTrigger {
  resume(tenantId: string, conversationId: string): Promise<void>;
}

/** Staff actions: claim, release, assign, barge, messages, notes, whispers, calls, drafts. */
export function createStaffSide(
  deps: ConversationDeps,
  core: ConversationCore,
  turns: ResumeTrigger,
  hooks: HookRunner,
) {
  const { store, now, metrics, broadcaster } = deps;

  /** Compare-and-set on the conversation version; a lost race re-reads and re-decides once. */
  async function casUpdate(
    claims: StaffClaims,
    conversationId: string,
    decide: (conversation: ConversationRecord) => ConversationPatch,
    /** The lifecycle events of the change: written with it (the outbox), raised once it is written. */
    raise: (conversation: ConversationRecord, patch: ConversationPatch) => HubEvent[] = () => [],
  ): Promise<ConversationRecord> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await core.getConversation(claims.tenantId, conversationId);
      const patch = decide(current);
      const raised = raise(current, patch);
      const saved = await store.updateConversation(claims.tenantId, conversationId, patch, current.version, {
        events: core.outboxOf(...raised),
      });
      if (saved) {
        for (const event of raised) core.emit(event);
        return saved;
      }
    }
    throw new HubError('CONFLICT', 'The conversation changed concurrently; try again');
  }

  const ownerOf = (claims: StaffClaims) => ({ type: 'agent' as const, id: claims.userId, name: claims.name });

  function takeOver(
    claims: StaffClaims,
    conversationId: string,
    options: { allowSteal: boolean; via: 'claim' | 'barge' },
  ) {
    return casUpdate(
      claims,
      conversationId,
      (current) => {
        if (current.status === 'closed') throw new HubError('CONFLICT', 'The conversation is closed');
        const owner = current.owner;
        if (owner.type === 'agent' && owner.id !== claims.userId && !options.allowSteal) {
          throw new HubError('CONFLICT', `Already claimed by ${owner.name ?? owner.id ?? 'another agent'}`);
        }
        const at = now().toISOString();
        const meta = current.meta;
        return {
          owner: ownerOf(claims),
          status: current.status === 'opted_out' ? 'opted_out' : 'human',
          stateSince: at,
          meta: { ...meta, alerts: (meta.alerts ?? []).filter((alert) => alert !== 'unclaimed_hot_handoff') },
        };
      },
      (current, patch) => handoffClaimed(current, patch, options.via),
    );
  }

  async function announceJoin(conversation: ConversationRecord, name: string, previousOwnerId?: string) {
    if (previousOwnerId !== conversation.owner.id) {
      await core.systemEvent(
        conversation.tenantId,
        conversation.id,
        `${name} joined the conversation`,
        'everyone',
        {
          event: 'joined',
          name,
        },
      );
    }
    core.publishUpdate(conversation);
    return { conversation: toSummary(conversation) };
  }

  /**
   * A hand-off that waited becomes someone's with this patch: the CRM hears who took it and how long the lead
   * waited (no event otherwise).
   */
  function handoffClaimed(
    before: ConversationRecord,
    patch: ConversationPatch,
    via: 'claim' | 'barge' | 'assign',
  ): HubEvent[] {
    const owner = patch.owner ?? before.owner;
    if (before.status !== 'handoff_pending' || owner.type !== 'agent') return [];
    const requestedAt = before.meta.handoff?.requestedAt;
    const at = patch.stateSince ?? before.stateSince;
    return [
      {
        type: 'handoff.claimed',
        tenantId: before.tenantId,
        conversationId: before.id,
        at,
        data: {
          agent: { id: owner.id ?? '', name: owner.name ?? owner.id ?? '' },
          via,
          ...(requestedAt ? { waitedMs: Math.max(0, Date.parse(at) - Date.parse(requestedAt)) } : {}),
        },
      },
    ];
  }

  async function claim(claims: StaffClaims, conversationId: string) {
    const before = await core.getConversation(claims.tenantId, conversationId);
    const saved = await takeOver(claims, conversationId, { allowSteal: false, via: 'claim' });
    return announceJoin(saved, claims.name, before.owner.type === 'agent' ? before.owner.id : undefined);
  }

  async function barge(claims: StaffClaims, conversationId: string) {
    const before = await core.getConversation(claims.tenantId, conversationId);
    const saved = await takeOver(claims, conversationId, { allowSteal: true, via: 'barge' });
    return announceJoin(saved, claims.name, before.owner.type === 'agent' ? before.owner.id : undefined);
  }

  async function assign(claims: StaffClaims, conversationId: string, agentId: string, agentName?: string) {
    const agent = { id: agentId, name: agentName ?? agentId };
    const saved = await casUpdate(
      claims,
      conversationId,
      (current) => {
        if (current.status === 'closed') throw new HubError('CONFLICT', 'The conversation is closed');
        const meta = current.meta;
        return {
          owner: { type: 'agent', id: agentId, name: agentName ?? agentId },
          status: current.status === 'opted_out' ? 'opted_out' : 'human',
          stateSince: now().toISOString(),
          meta: { ...meta, alerts: (meta.alerts ?? []).filter((alert) => alert !== 'unclaimed_hot_handoff') },
        };
      },
      (current, patch) => [
        ...handoffClaimed(current, patch, 'assign'),
        {
          type: 'agent.assigned',
          tenantId: current.tenantId,
          conversationId,
          at: patch.stateSince ?? current.stateSince,
          data: { agent, by: { id: claims.userId, name: claims.name } },
        },
      ],
    );
    await core.systemEvent(
      claims.tenantId,
      conversationId,
      `Assigned to ${agentName ?? agentId} by ${claims.name}`,
      'staff',
    );
    core.publishUpdate(saved);
    return { conversation: toSummary(saved) };
  }

  async function release(claims: StaffClaims, conversationId: string) {
    const saved = await casUpdate(claims, conversationId, (current) => {
      const owner = current.owner;
      if (owner.type !== 'agent') throw new HubError('CONFLICT', 'The conversation is not owned by an agent');
      if (owner.id !== claims.userId && !isSupervisorRole(claims.role)) {
        throw new HubError('FORBIDDEN', 'Only the owner or a supervisor can release the conversation');
      }
      const meta = current.meta;
      const { handoff: _handoff, ...rest } = meta;
      return {
        owner: { type: 'bot' },
        status: current.status === 'opted_out' ? 'opted_out' : 'open',
        stateSince: now().toISOString(),
        meta: { ...rest },
      };
    });
    await core.systemEvent(
      claims.tenantId,
      conversationId,
      `${claims.name} handed the conversation back to the assistant`,
      'staff',
    );
    core.publishUpdate(saved);
    void turns.resume(claims.tenantId, conversationId);
    return { conversation: toSummary(saved) };
  }

  const recorderOf = (claims: StaffClaims) => ({ id: claims.userId, name: claims.name, role: claims.role });

  function requireSender(claims: StaffClaims, conversation: ConversationRecord) {
    const ownsIt = conversation.owner.type === 'agent' && conversation.owner.id === claims.userId;
    if (!ownsIt) throw new HubError('FORBIDDEN', 'Claim the conversation before writing to the lead');
    if (conversation.status === 'opted_out')
      throw new HubError('FORBIDDEN', 'The lead opted out of messages');
  }

  async function post(
    claims: StaffClaims,
    input: { conversationId: string; clientMsgId: string; text: string },
    kind: MessageKind,
    visibility: 'everyone' | 'staff',
    authorOverride?: 'lead',
    meta?: Record<string, unknown>,
  ): Promise<{ result: SendResult; message: MessageRecord }> {
    const text = visibleText(input.text);
    if (!text) throw new HubError('INVALID_PAYLOAD', 'Text must not be empty');
    const { message, duplicate } = await core.append(claims.tenantId, {
      conversationId: input.conversationId,
      clientMsgId: staffClientMsgId(claims.userId, input.clientMsgId),
      author: authorOverride
        ? { type: 'lead' }
        : { type: authorTypeOf(claims.role), id: claims.userId, name: claims.name },
      visibility,
      kind,
      text,
      ...(meta ? { meta } : {}),
    });
    if (!duplicate)
      metrics.messagesAccepted.inc({ namespace: claims.role === 'agent' ? '/agent' : '/supervisor' });
    return {
      result: { conversationId: input.conversationId, seq: message.seq, duplicate, truncated: false },
      message,
    };
  }

  const WARNING_OUTCOMES: Record<ComplianceWarningEvent['outcome'], string> = {
    warned: 'not sent, waiting for the agent to edit or confirm',
    blocked: 'blocked, not sent',
    sent: 'sent after confirming',
  };

  /**
   * Every compliance warning reaches the supervisors' board (live) and the counter, and stays on record: a
   * staff-only line in the transcript (the words, the rules, what became of them) and the conversation's
   * compliance flag, so a board opened later still shows it.
   */
  async function reportWarning(
    claims: StaffClaims,
    warning: AgentWarning,
    text: string,
    outcome: ComplianceWarningEvent['outcome'],
    seq?: number,
  ) {
    for (const violation of warning.violations) metrics.agentWarnings.inc({ rule: violation.rule, outcome });
    const rules = warning.violations.map((violation) => violation.rule);
    const labels = warning.violations.map((violation) => RULE_NAMES[violation.rule]).join(', ');
    broadcaster.toBoard(claims.tenantId, 'compliance:warning', {
      conversationId: warning.conversationId,
      agent: { id: claims.userId, name: claims.name },
      outcome,
      rules,
      detail: warning.violations.map((violation) => violation.detail).join('; '),
      text: text.slice(0, 500),
      lang: warning.lang,
      ...(seq === undefined ? {} : { seq }),
      at: now().toISOString(),
    });
    const first = warning.violations[0]!;
    void core
      .raiseCompliance(claims.tenantId, warning.conversationId, first.rule, `${claims.name}: ${first.detail}`)
      .catch(() => undefined);
    const quoted = outcome === 'sent' ? '' : ` "${text.length > 200 ? `${text.slice(0, 199)}…` : text}"`;
    await core
      .systemEvent(
        claims.tenantId,
        warning.conversationId,
        `Compliance warning to ${claims.name} (${labels}): ${WARNING_OUTCOMES[outcome]}${quoted}`,
        'staff',
        {
          event: 'agent_warning',
          outcome,
          rules,
          by: recorderOf(claims),
          ...(seq === undefined ? {} : { seq }),
        },
      )
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'recording a compliance warning failed'));
  }

  /**
   * An agent's message to the lead, checked first by the bots' outbound guard (Fair Housing, commission,
   * referral kickbacks): a message that breaks a rule is refused with COMPLIANCE and the warning (rules, a
   * suggested rewrite); under the tenant's 'confirm' mode a resend with `confirm: true` sends it, under 'block'
   * nothing does. A resend of a stored message (same clientMsgId) is answered as stored.
   */
  async function sendMessage(
    claims: StaffClaims,
    input: {
      conversationId: string;
      clientMsgId: string;
      text: string;
      confirm?: boolean | undefined;
      coachingSeq?: number | undefined;
    },
  ) {
    const conversation = await core.getConversation(claims.tenantId, input.conversationId);
    requireSender(claims, conversation);
    const text = visibleText(input.text);
    const mode = core.tenantOf(claims.tenantId).agentGuard ?? 'confirm';
    const lang = conversation.meta.botView?.lang;
    const warning = checkAgentMessage(text, {
      conversationId: input.conversationId,
      mode,
      ...(lang ? { leadLang: lang } : {}),
    });
    const { conversationId, clientMsgId } = input;
    if (warning && (mode === 'block' || input.confirm !== true)) {
      const stored = await store.findMessageByClientId(
        claims.tenantId,
        conversationId,
        staffClientMsgId(claims.userId, clientMsgId),
      );
      if (!stored) {
        await reportWarning(claims, warning, text, mode === 'block' ? 'blocked' : 'warned');
        const rules = warning.violations.map((violation) => violation.label).join(', ');
        throw new HubError(
          'COMPLIANCE',
          mode === 'block'
            ? `Not sent: the message breaks a compliance rule (${rules})`
            : `The message breaks a compliance rule (${rules}); edit it, or confirm to send it as written`,
          { details: { warning } },
        );
      }
    }
    const { result, message } = await post(
      claims,
      { conversationId, clientMsgId, text: input.text },
      'text',
      'everyone',
    );
    if (warning && !result.duplicate) await reportWarning(claims, warning, text, 'sent', result.seq);
    if (!result.duplicate) {
      void hooks.run('onAgentMessage', {
        tenant: core.tenantOf(claims.tenantId),
        conversation,
        message,
        ...(input.coachingSeq !== undefined ? { coachingSeq: input.coachingSeq } : {}),
      });
    }
    return result;
  }

  async function addNote(
    claims: StaffClaims,
    input: { conversationId: string; clientMsgId: string; text: string },
  ) {
    await core.getConversation(claims.tenantId, input.conversationId);
    return (await post(claims, input, 'note', 'staff')).result;
  }

  async function whisper(
    claims: StaffClaims,
    input: { conversationId: string; clientMsgId: string; text: string },
  ) {
    await core.getConversation(claims.tenantId, input.conversationId);
    const { result, message } = await post(claims, input, 'whisper', 'staff');
    if (!result.duplicate) {
      broadcaster.toAgentsOnly(claims.tenantId, input.conversationId, 'whisper', toMessageView(message));
    }
    return result;
  }

  /** A call starts only on a conversation the agent owns (supervisors on any), as its words are recorded. */
  async function setCall(claims: StaffClaims, conversationId: string, active: boolean) {
    const saved = await casUpdate(claims, conversationId, (current) => {
      if (active) requireOwnerOrSupervisor(claims, current, 'start a call');
      return { meta: { ...current.meta, callActive: active } };
    });
    const line = await core.systemEvent(
      claims.tenantId,
      conversationId,
      active ? 'Call started' : 'Call ended',
      'staff',
    );
    core.publishUpdate(saved);
    if (!active)
      void hooks.run('onConversationEnded', {
        tenant: core.tenantOf(claims.tenantId),
        conversation: saved,
        message: line,
        reason: 'call_ended',
      });
    return { conversation: toSummary(saved) };
  }

  async function utterance(
    claims: StaffClaims,
    input: { conversationId: string; clientMsgId: string; text: string; speaker: 'prospect' | 'agent' },
  ) {
    const conversation = await core.getConversation(claims.tenantId, input.conversationId);
    const { result, message } = await post(
      claims,
      input,
      'text',
      'staff',
      input.speaker === 'prospect' ? 'lead' : undefined,
      // Who wrote it down: a prospect's words are authored as the lead, so the recorder is kept beside them.
      { recordedBy: recorderOf(claims) },
    );
    if (!result.duplicate) {
      void hooks.run('onUtterance', {
        tenant: core.tenantOf(claims.tenantId),
        conversation,
        message,
        speaker: input.speaker,
      });
    }
    return result;
  }

  /** `call:utterance` from a staff socket: only the conversation's owner or a supervisor types a call's words. */
  async function recordUtterance(
    claims: StaffClaims,
    input: { conversationId: string; clientMsgId: string; text: string; speaker: 'prospect' | 'agent' },
  ) {
    requireOwnerOrSupervisor(
      claims,
      await core.getConversation(claims.tenantId, input.conversationId),
      'record call words',
    );
    return utterance(claims, input);
  }

  /** Only the owner or a supervisor re-enables the assistant (it may write to a lead who opted out). */
  async function enableBot(claims: StaffClaims, conversationId: string) {
    const saved = await casUpdate(claims, conversationId, (current) => {
      requireOwnerOrSupervisor(claims, current, 're-enable the assistant');
      return {
        meta: { ...current.meta, botActive: true },
        status: current.status === 'opted_out' ? 'open' : current.status,
      };
    });
    await core.systemEvent(
      claims.tenantId,
      conversationId,
      `${claims.name} re-enabled the assistant`,
      'staff',
      { event: 'bot_enabled', by: recorderOf(claims) },
    );
    core.publishUpdate(saved);
    return { conversation: toSummary(saved) };
  }

  /**
   * The waiting hand-offs of the first page, in the hand-off order (strongest signals first, then the longest
   * waiting): all of them, or past PINNED_HANDOFFS as many as fit, keeping the newest anonymous half when every
   * ranked one fits before it. `next`: where the hand-offs left out lie (after `after`, before `before`).
   */
  async function waitingHandoffs(tenantId: string): Promise<{
    handoffs: ConversationRecord[];
    count: number;
    next?: { after: HandoffPosition; before?: HandoffPosition };
  }> {
    const statuses: ConversationStatus[] = ['handoff_pending'];
    const head = await store.listConversations(tenantId, {
      statuses,
      byHandoff: {},
      limit: PINNED_HANDOFFS + 1,
    });
    if (head.length <= PINNED_HANDOFFS) return { handoffs: head, count: head.length };
    const { total: count } = await store.searchConversations(tenantId, { statuses, limit: 1 });
    const split = PINNED_HANDOFFS / 2;
    const lastOfHead = head[split - 1]!;
    if (rankOfHandoffKey(storedHandoffKey(lastOfHead)) > 0) {
      // Ranked hand-offs fill the page past its first half: the page is the first PINNED_HANDOFFS of the order.
      const handoffs = head.slice(0, PINNED_HANDOFFS);
      return { handoffs, count, next: { after: handoffPosition(handoffs.at(-1)!) } };
    }
    // Every ranked one is in the first half: the anonymous ones that waited longest, and the newest anonymous.
    const newest = await store.listConversations(tenantId, {
      statuses,
      byHandoff: { after: handoffPosition(lastOfHead), last: true },
      limit: PINNED_HANDOFFS - split,
    });
    const tail = newest.reverse();
    return {
      handoffs: [...head.slice(0, split), ...tail],
      count: Math.max(count, head.length),
      next: {
        after: handoffPosition(lastOfHead),
        ...(tail[0] ? { before: handoffPosition(tail[0]) } : {}),
      },
    };
  }

  /** A page of the rest (neither waiting for nor owned by a human), most recently updated first. */
  async function restPage(tenantId: string, after?: { updatedAt: string; id: string }) {
    const pageSize = (deps.pages ?? defaultPageLimits).liveConversations;
    const rest = await store.listConversations(tenantId, {
      statuses: [...REST_STATUSES],
      limit: pageSize + 1,
      ...(after ? { after } : {}),
    });
    const page = rest.slice(0, pageSize);
    const last = page.at(-1);
    return { page, last: rest.length > pageSize && last !== undefined ? last : undefined };
  }

  const shown = (conversations: ConversationRecord[]) =>
    conversations.filter((conversation) => conversation.lastSeq > 0).map(toSummary);

  /**
   * Live conversations by state (security issue 9, finding 5; issue 33, finding 2): the first page holds the
   * waiting hand-offs (every one up to PINNED_HANDOFFS, strongest first), every human-owned conversation and the
   * first page of the rest; the pages after it hold the hand-offs the first one left out, then the rest.
   */
  async function listLive(tenantId: string, cursor?: string): Promise<LivePage> {
    const pageSize = (deps.pages ?? defaultPageLimits).liveConversations;
    if (cursor === undefined) {
      const waiting = await waitingHandoffs(tenantId);
      const human = await store.listConversations(tenantId, { statuses: ['human'], limit: PINNED_LIMIT });
      const rest = await restPage(tenantId);
      const restAt: Position | null = rest.last ? [rest.last.updatedAt, rest.last.id] : null;
      const next = waiting.next
        ? encode({
            h: [waiting.next.after.key, waiting.next.after.id],
            ...(waiting.next.before ? { u: [waiting.next.before.key, waiting.next.before.id] } : {}),
            r: restAt,
          } satisfies HandoffCursor)
        : rest.last && encodeCursor(rest.last);
      return {
        conversations: shown([...waiting.handoffs, ...human, ...rest.page]),
        hasMore: next !== undefined,
        ...(next ? { cursor: next } : {}),
        handoffsWaiting: waiting.count,
        ...(waiting.next ? { moreHandoffs: true } : {}),
      };
    }
    const decoded = decodeCursor(cursor);
    if ('rest' in decoded) {
      const rest = await restPage(tenantId, decoded.rest);
      return {
        conversations: shown(rest.page),
        hasMore: rest.last !== undefined,
        ...(rest.last ? { cursor: encodeCursor(rest.last) } : {}),
      };
    }
    const { h, u, r } = decoded.handoffs;
    const handoffs = await store.listConversations(tenantId, {
      statuses: ['handoff_pending'],
      byHandoff: { after: { key: h[0], id: h[1] }, ...(u ? { before: { key: u[0], id: u[1] } } : {}) },
      limit: pageSize + 1,
    });
    if (handoffs.length > pageSize) {
      const page = handoffs.slice(0, pageSize);
      const last = handoffPosition(page.at(-1)!);
      return {
        conversations: shown(page),
        hasMore: true,
        cursor: encode({ h: [last.key, last.id], ...(u ? { u } : {}), r } satisfies HandoffCursor),
        moreHandoffs: true,
      };
    }
    // The last hand-offs left out; the rest goes on where the first page left it.
    const rest = r ? await restPage(tenantId, { updatedAt: r[0], id: r[1] }) : { page: [], last: undefined };
    return {
      conversations: shown([...handoffs, ...rest.page]),
      hasMore: rest.last !== undefined,
      ...(rest.last ? { cursor: encodeCursor(rest.last) } : {}),
    };
  }

  async function inbox(claims: StaffClaims, cursor?: string): Promise<LivePage> {
    const live = await listLive(claims.tenantId, cursor);
    const mine = live.conversations.filter(
      (conversation) =>
        conversation.status === 'handoff_pending' ||
        (conversation.owner.type === 'agent' && conversation.owner.id === claims.userId) ||
        (conversation.pendingDrafts?.length ?? 0) > 0,
    );
    return { ...live, conversations: mine.sort(byTemperatureThenWait) };
  }

  return {
    claim,
    barge,
    assign,
    release,
    sendMessage,
    addNote,
    whisper,
    setCall,
    utterance,
    recordUtterance,
    enableBot,
    inbox,
    board: (tenantId: string, cursor?: string) => listLive(tenantId, cursor),
  };
}

export type StaffSide = ReturnType<typeof createStaffSide>;

/** The high-value review gate: held bot replies approved (optionally edited) or rejected by staff. */
export function createDraftActions(deps: ConversationDeps, core: ConversationCore) {
  const { store } = deps;

  async function takeDraft(claims: StaffClaims, conversationId: string, draftId: string) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await core.getConversation(claims.tenantId, conversationId);
      const meta = current.meta;
      const draft = meta.drafts?.find((candidate) => candidate.draftId === draftId);
      if (!draft) throw new HubError('NOT_FOUND', 'Draft not found (already approved or rejected?)');
      const drafts = (meta.drafts ?? []).filter((candidate) => candidate.draftId !== draftId);
      const alerts = drafts.length
        ? meta.alerts
        : (meta.alerts ?? []).filter((alert) => alert !== 'draft_pending');
      const saved = await store.updateConversation(
        claims.tenantId,
        conversationId,
        { meta: { ...meta, drafts, alerts: alerts ?? [] } },
        current.version,
      );
      if (saved) return { draft, saved };
    }
    throw new HubError('CONFLICT', 'The conversation changed concurrently; try again');
  }

  async function approve(
    claims: StaffClaims,
    input: { conversationId: string; draftId: string; text?: string | undefined },
  ): Promise<SendResult> {
    const { draft, saved } = await takeDraft(claims, input.conversationId, input.draftId);
    const { message } = await core.append(claims.tenantId, {
      conversationId: input.conversationId,
      clientMsgId: `draft:${draft.draftId}`,
      author: assistantAuthor(core.tenantOf(claims.tenantId)),
      visibility: 'everyone',
      kind: 'text',
      text: input.text?.trim() || draft.text,
      meta: { approvedBy: claims.userId, draftId: draft.draftId },
    });
    core.publishUpdate(saved);
    return { conversationId: input.conversationId, seq: message.seq, duplicate: false, truncated: false };
  }

  async function reject(
    claims: StaffClaims,
    input: { conversationId: string; draftId: string; reason?: string | undefined },
  ) {
    const { saved } = await takeDraft(claims, input.conversationId, input.draftId);
    await core.systemEvent(
      claims.tenantId,
      input.conversationId,
      `Draft rejected by ${claims.name}${input.reason ? `: ${input.reason}` : ''}`,
      'staff',
    );
    core.publishUpdate(saved);
    return { conversation: toSummary(saved) };
  }

  return { approve, reject };
}
