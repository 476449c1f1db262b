import { decodeJwt } from 'jose';
import type { ExtendedError, Socket } from 'socket.io';
import type { StaffClaims, TokenService, WidgetClaims } from '../auth.js';
import type { CoachingService } from '../conversations/ports.js';
import type { ConversationCore, LeadSide } from '../conversations/service.js';
import type { createDraftActions, StaffSide } from '../conversations/staff.js';
import type { Lifecycle } from '../conversations/lifecycle.js';
import { statusOf, toMessageView } from '../conversations/views.js';
import { HubError } from '../errors.js';
import {
  agentPayloads,
  supervisorPayloads,
  widgetPayloads,
  type AgentResults,
  type LeadSendResult,
  type SupervisorResults,
  type WidgetResults,
} from '../protocol/events.js';
import type { Satisfaction, SatisfactionPolicy } from '../analytics/satisfaction.js';
import { NarrativeStop, type NarrativeService } from '../listings/narrative/index.js';
import { conversationCards } from '../listings/card.js';
import type { MessageRecord, Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import { authorize, namespacePermissions } from '../identity/permissions.js';
import { createEventDispatch, type EventHandlers, type HandlerContext } from './handler.js';
import type { AgentSocket, HubNamespaces, SupervisorSocket, WidgetSocket } from './namespaces.js';
import type { RateLimiter } from './rate-limit.js';
import { isConversationRoom, limitKey, rooms, staffClientMsgId } from '../names.js';
import { onlineStaff } from './roster.js';
import { withAudit, type AuditLog } from '../identity/audit.js';
import type { StaffRoster } from '../identity/roster.js';

export interface ConnectionDeps {
  namespaces: HubNamespaces;
  tokens: TokenService;
  tenants: TenantDirectory;
  core: ConversationCore;
  leads: LeadSide;
  staff: StaffSide;
  drafts: ReturnType<typeof createDraftActions>;
  lifecycle: Lifecycle;
  coaching: CoachingService;
  /** Listing narratives: `listing:narrative` (widget) and `narrative:draft` (agent). */
  narratives: NarrativeService;
  /** Lead satisfaction ratings (`satisfaction:rate`) and when the widget asks for one. */
  satisfaction: Satisfaction;
  satisfactionPolicy: SatisfactionPolicy;
  /** Catalogue reads for the console's listing card. */
  listings: Pick<Store, 'getListing'>;
  rateLimiter: RateLimiter;
  /** Every other widget event (resume, paged replay) per lead, across nodes. */
  leadReadLimiter: RateLimiter;
  staffRateLimiter: RateLimiter;
  handler: HandlerContext;
  /** The visitor secret behind a widget token is still live (not revoked, not expired). */
  isVisitorLive: (tenantId: string, secretId: string) => Promise<boolean>;
  /** A message already stored under this client id (idempotent resends are answered before any limit). */
  storedMessage: (
    tenantId: string,
    conversationId: string,
    clientMsgId: string,
  ) => Promise<MessageRecord | null>;
  /** Staff actions and transcript reads are appended to it (src/identity/audit.ts). */
  audit?: AuditLog;
  /** The tenant's staff roster (stored members and who is online); fed by staff connections. */
  roster?: StaffRoster;
  /** Proxy hops whose X-Forwarded-For is trusted (HUB_TRUST_PROXY), for the audit log's origin. */
  trustProxyHops: number;
}

function authError(error: unknown): ExtendedError {
  const hubError = error instanceof HubError ? error : new HubError('UNAUTHORIZED', 'Authentication failed');
  const failure = new Error(hubError.message) as ExtendedError;
  failure.data = { code: hubError.code, message: hubError.message };
  return failure;
}

/**
 * Staff sockets end when their token expires: the token was checked once, at the handshake, and a console keeps its
 * socket for hours (a new connection needs a fresh token). Each socket keeps its token's expiry in `socket.data`;
 * one sweep a second per namespace closes the expired ones (no timer or listener per socket).
 */
const EXPIRY_SWEEP_MS = 1_000;

function expiresAtMs(token: string): number | undefined {
  const { exp } = decodeJwt(token);
  return exp === undefined ? undefined : exp * 1_000;
}

function sweepExpired(namespace: { sockets: Map<string, Socket> }, now: number): void {
  for (const socket of namespace.sockets.values()) {
    const expiry = (socket.data as { expiresAtMs?: number }).expiresAtMs;
    if (expiry !== undefined && expiry <= now) socket.disconnect(true);
  }
}

function readToken(socket: Socket): unknown {
  const auth: unknown = socket.handshake.auth;
  return typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
}

/**
 * Wires auth middleware and event handlers on the three namespaces; returns what stops the staff expiry sweeps.
 */
export function registerConnections(deps: ConnectionDeps): { close(): void } {
  const {
    namespaces,
    tokens,
    tenants,
    core,
    leads,
    staff,
    drafts,
    lifecycle,
    coaching,
    narratives,
    rateLimiter,
    staffRateLimiter,
    handler,
  } = deps;
  const { metrics } = handler;

  // The sockets gauge reads each namespace's socket count when /metrics is scraped: no listener per socket.
  metrics.watchSockets('/widget', () => namespaces.widget.sockets.size);
  metrics.watchSockets('/agent', () => namespaces.agent.sockets.size);
  metrics.watchSockets('/supervisor', () => namespaces.supervisor.sockets.size);

  namespaces.widget.use((socket, next) => {
    tokens
      .verifyWidget(readToken(socket))
      .then(async (claims) => {
        if (!tenants.get(claims.tenantId)) throw new HubError('FORBIDDEN', 'Unknown tenant');
        if (!(await deps.isVisitorLive(claims.tenantId, claims.secretId))) {
          throw new HubError('UNAUTHORIZED', 'The visitor session was revoked or expired');
        }
        socket.data.claims = claims;
        next();
      })
      .catch((error: unknown) => next(authError(error)));
  });

  const verifyStaff =
    (allowed: readonly StaffClaims['role'][]) => (socket: Socket, next: (error?: ExtendedError) => void) => {
      const token = readToken(socket);
      tokens
        .verifyStaff(token)
        .then((claims) => {
          if (!tenants.get(claims.tenantId)) throw new HubError('FORBIDDEN', 'Unknown tenant');
          if (!allowed.includes(claims.role))
            throw new HubError('FORBIDDEN', `The ${claims.role} role cannot use this namespace`);
          const data = socket.data as { claims: StaffClaims; expiresAtMs?: number };
          data.claims = claims;
          const expiry = expiresAtMs(token as string);
          if (expiry !== undefined) data.expiresAtMs = expiry;
          next();
        })
        .catch((error: unknown) => next(authError(error)));
    };
  namespaces.agent.use(verifyStaff(namespacePermissions['/agent']));
  namespaces.supervisor.use(verifyStaff(namespacePermissions['/supervisor']));

  // The event handlers of each namespace are built once and shared by its sockets (src/realtime/handler.ts): an
  // idle socket holds its claims (socket.data) and its rooms, nothing more.
  const joinConversation = (claims: WidgetClaims, conversationId: string) =>
    leads.admit(claims, conversationId);
  /** Whether a widget tab has joined a conversation (it resumed one, or sent to one). */
  const inConversation = (socket: WidgetSocket) => {
    for (const room of socket.rooms) if (isConversationRoom(room)) return true;
    return false;
  };
  const leadLimitKey = (claims: WidgetClaims) => limitKey('w', claims.tenantId, claims.leadId);
  /** Over the message limit: the original answer of a stored message, RATE_LIMITED for a new one. */
  const answerLimitedSend = async (claims: WidgetClaims, clientMsgId: string) => {
    const open = await leads.findConversation(claims);
    const stored = open && (await deps.storedMessage(claims.tenantId, open.id, clientMsgId));
    if (!open || !stored) throw new HubError('RATE_LIMITED', 'Too many messages; slow down');
    joinConversation(claims, open.id);
    const answer: LeadSendResult = {
      conversationId: open.id,
      seq: stored.seq,
      duplicate: true,
      truncated: false,
      message: toMessageView(stored),
    };
    return answer;
  };
  /** The shared per-lead limit of a widget event other than message:send: typing, or the other requests. */
  const limitWidgetEvent = async (claims: WidgetClaims, event: string) => {
    const rateLimitKey = leadLimitKey(claims);
    const limited =
      event === 'typing'
        ? !(await rateLimiter.take(`${rateLimitKey}:typing`))
        : !(await deps.leadReadLimiter.take(rateLimitKey));
    if (limited) {
      throw new HubError(
        'RATE_LIMITED',
        event === 'typing' ? 'Too many typing events' : 'Too many requests; slow down',
      );
    }
  };
  /** One listener for every widget socket that asked for a narrative (called with the socket as `this`). */
  function stopNarrativeOnLeave(this: WidgetSocket): void {
    narratives.stopSocket(this.id, NarrativeStop.leadLeft);
  }

  const attachWidget = createEventDispatch<typeof widgetPayloads, WidgetSocket, WidgetClaims, WidgetResults>(
    '/widget',
    widgetPayloads,
    {
      'message:send': async (socket, claims, payload) => {
        // Limited before any store read. A resend of a stored message stores nothing: it gets its point back,
        // and over the limit it still gets its original answer.
        const rateLimitKey = leadLimitKey(claims);
        if (!(await rateLimiter.take(rateLimitKey))) return answerLimitedSend(claims, payload.clientMsgId);
        const sent = await leads.acceptLeadMessage(claims, payload, {
          socketId: socket.id,
          inConversation: inConversation(socket),
        });
        if (sent.duplicate) void rateLimiter.give(rateLimitKey);
        return sent;
      },
      'conversation:resume': async (_socket, claims, { lastSeq }) => {
        const found = await leads.findConversation(claims);
        const satisfaction = { quietMs: deps.satisfactionPolicy.quietMs };
        if (!found) return { conversationId: null, messages: [], streams: [], hasMore: false, satisfaction };
        // Join before reading: a message or status change stored meanwhile arrives live too (clients
        // de-duplicate messages by seq, and keep the newer status by its version). The status is read again
        // after the join: one that changed between the lookup and the join was broadcast before this tab was in
        // the room.
        joinConversation(claims, found.id);
        leads.checkPending(found);
        const [replay, conversation] = await Promise.all([
          core.replay(claims.tenantId, found.id, lastSeq, 'lead'),
          core.getConversation(claims.tenantId, found.id),
        ]);
        return { ...replay, status: statusOf(conversation), satisfaction };
      },
      typing: async (_socket, claims, { isTyping }) => {
        await leads.typing(claims, isTyping);
        return null;
      },
      // "Tell me more about this home": the conversation's catalogue listing, streamed to this lead (stream:*).
      'listing:narrative': async (socket, claims, ask) => {
        const found = await leads.findConversation(claims);
        if (!found) throw new HubError('NOT_FOUND', 'No conversation yet');
        joinConversation(claims, found.id);
        // The lead leaves: a narrative this tab asked for stops. Only a tab that asked for one listens (an idle
        // widget socket holds no listener of its own).
        if (!socket.listeners('disconnect').includes(stopNarrativeOnLeave))
          socket.once('disconnect', stopNarrativeOnLeave);
        return narratives.toLead({
          tenantId: claims.tenantId,
          conversation: found,
          socketId: socket.id,
          ask,
        });
      },
      // The lead rates its own conversation once (docs/ANALYTICS.md); limited with the other widget requests.
      'satisfaction:rate': (_socket, claims, { conversationId, rating, comment }) =>
        deps.satisfaction.rate(claims, { conversationId, rating, ...(comment ? { comment } : {}) }),
    },
    handler,
    // Per lead, shared by every node (rate-limiter-flexible): a lead with many sockets gets each budget once.
    // message:send is limited in its handler, after the idempotent-resend answer (which stores nothing): nothing
    // to wait for here.
    (_socket, claims, event) => (event === 'message:send' ? undefined : limitWidgetEvent(claims, event)),
  );

  namespaces.widget.on('connection', (socket) => {
    // Verified already: an idle widget socket need not keep its token (a few hundred bytes, times thousands).
    socket.handshake.auth = {};
    const claims = socket.data.claims;
    void socket.join(rooms.lead(claims.tenantId, claims.leadId));
    attachWidget(socket);
  });

  const joinStaff = async (socket: Socket, claims: StaffClaims, conversationId: string, lastSeq: number) => {
    const conversation = await core.getConversation(claims.tenantId, conversationId);
    await socket.join(rooms.conversation(claims.tenantId, conversationId));
    const replay = await core.replay(claims.tenantId, conversationId, lastSeq, 'staff');
    return { ...replay, conversation: core.summary(conversation) };
  };

  // Every staff event: the permission table (src/identity/permissions.ts), then the per-user rate limit.
  // Idempotent resends (a stored clientMsgId) skip the rate limit: they store nothing and get their first answer.
  const staffRateLimit =
    (namespace: '/agent' | '/supervisor') =>
    async (_socket: Socket, claims: StaffClaims, event: string, payload: unknown) => {
      authorize(claims.role, `${namespace} ${event}`);
      const { conversationId, clientMsgId } = (payload ?? {}) as {
        conversationId?: unknown;
        clientMsgId?: unknown;
      };
      if (typeof conversationId === 'string' && typeof clientMsgId === 'string') {
        const stored = await deps.storedMessage(
          claims.tenantId,
          conversationId,
          staffClientMsgId(claims.userId, clientMsgId),
        );
        if (stored) return;
      }
      if (!(await staffRateLimiter.take(limitKey('s', claims.tenantId, claims.userId)))) {
        throw new HubError('RATE_LIMITED', 'Too many requests; slow down');
      }
    };

  /** A staff connection is recorded in the roster. */
  const noteConnection = (claims: StaffClaims) => {
    deps.roster?.noteConnection(claims).catch((error: unknown) => {
      handler.logger.warn({ err: error }, 'roster update failed');
    });
  };

  const agentHandlers: EventHandlers<typeof agentPayloads, AgentSocket, StaffClaims, AgentResults> = {
    'inbox:list': (_socket, claims, { cursor }) => staff.inbox(claims, cursor),
    'conversation:join': (socket, claims, { conversationId, lastSeq }) =>
      joinStaff(socket, claims, conversationId, lastSeq),
    'conversation:leave': async (socket, claims, { conversationId }) => {
      await socket.leave(rooms.conversation(claims.tenantId, conversationId));
      return null;
    },
    // A claim joins the conversation's live events on this connection (as conversation:join does, without a
    // replay): the owner gets every message and stream from then on. After a reconnect, join with the last seq.
    'conversation:claim': async (socket, claims, { conversationId }) => {
      const result = await staff.claim(claims, conversationId);
      await socket.join(rooms.conversation(claims.tenantId, conversationId));
      return result;
    },
    'conversation:release': (_socket, claims, { conversationId }) => staff.release(claims, conversationId),
    'message:send': (_socket, claims, payload) => staff.sendMessage(claims, payload),
    'note:add': (_socket, claims, payload) => staff.addNote(claims, payload),
    'call:start': (_socket, claims, { conversationId }) => staff.setCall(claims, conversationId, true),
    'call:utterance': (_socket, claims, payload) => staff.recordUtterance(claims, payload),
    'call:end': (_socket, claims, { conversationId }) => staff.setCall(claims, conversationId, false),
    'coach:request': async (_socket, claims, { conversationId, kind }) => {
      await core.getConversation(claims.tenantId, conversationId);
      return { streamId: await coaching.request(claims.tenantId, conversationId, kind) };
    },
    'bot:enable': (_socket, claims, { conversationId }) => staff.enableBot(claims, conversationId),
    'narrative:draft': (_socket, claims, { conversationId, style, length }) =>
      narratives.draft({ tenantId: claims.tenantId, conversationId, ask: { style, length } }),
    'listing:card': async (_socket, claims, { conversationId }) =>
      conversationCards(deps.listings, await core.getConversation(claims.tenantId, conversationId)),
    typing: async (_socket, claims, { conversationId, isTyping }) => {
      const conversation = await core.getConversation(claims.tenantId, conversationId);
      // The lead sees the agent who owns the conversation typing, not any agent who has it open; a supervisor
      // (who may barge in) always may.
      const owns = conversation.owner.type === 'agent' && conversation.owner.id === claims.userId;
      if (owns || claims.role !== 'agent')
        core.publishTyping(claims.tenantId, conversationId, 'agent', isTyping);
      return null;
    },
    'conversation:close': (_socket, claims, { conversationId, outcome, note }) =>
      lifecycle.close(claims, conversationId, outcome, note),
    'conversation:snooze': (_socket, claims, { conversationId, until }) =>
      lifecycle.snooze(claims, conversationId, until),
    'conversation:read': (_socket, claims, { conversationId, seq }) =>
      lifecycle.markRead(claims, conversationId, seq),
    'unread:counts': (_socket, claims, { conversationIds }) => lifecycle.unread(claims, conversationIds),
    'history:search': (_socket, claims, query) => lifecycle.history(claims, query),
    'canned:list': async (_socket, claims) => ({
      replies: tenants.get(claims.tenantId)?.cannedReplies ?? [],
    }),
  };
  const attachAgent = createEventDispatch(
    '/agent',
    agentPayloads,
    withAudit(agentHandlers, { audit: deps.audit, namespace: '/agent', trustProxyHops: deps.trustProxyHops }),
    handler,
    staffRateLimit('/agent'),
  );

  namespaces.agent.on('connection', (socket) => {
    const claims = socket.data.claims;
    void socket.join([rooms.tenantStaff(claims.tenantId), rooms.staffMember(claims.tenantId, claims.userId)]);
    noteConnection(claims);
    attachAgent(socket);
  });

  const supervisorHandlers: EventHandlers<
    typeof supervisorPayloads,
    SupervisorSocket,
    StaffClaims,
    SupervisorResults
  > = {
    'board:subscribe': async (socket, claims, { cursor }) => {
      await socket.join(rooms.board(claims.tenantId));
      return staff.board(claims.tenantId, cursor);
    },
    'board:unsubscribe': async (socket, claims) => {
      await socket.leave(rooms.board(claims.tenantId));
      return null;
    },
    'conversation:monitor': (socket, claims, { conversationId, lastSeq }) =>
      joinStaff(socket, claims, conversationId, lastSeq),
    'conversation:unmonitor': async (socket, claims, { conversationId }) => {
      await socket.leave(rooms.conversation(claims.tenantId, conversationId));
      return null;
    },
    'whisper:send': (_socket, claims, payload) => staff.whisper(claims, payload),
    'conversation:barge': (_socket, claims, { conversationId }) => staff.barge(claims, conversationId),
    'conversation:assign': (_socket, claims, { conversationId, agentId, agentName }) =>
      staff.assign(claims, conversationId, agentId, agentName),
    'draft:approve': (_socket, claims, payload) => drafts.approve(claims, payload),
    'draft:reject': (_socket, claims, payload) => drafts.reject(claims, payload),
    'staff:roster': async (_socket, claims) => ({
      agents: deps.roster
        ? (await deps.roster.list(claims.tenantId)).filter((member) => member.active)
        : await onlineStaff(namespaces.agent, claims.tenantId),
    }),
  };
  const attachSupervisor = createEventDispatch(
    '/supervisor',
    supervisorPayloads,
    withAudit(supervisorHandlers, {
      audit: deps.audit,
      namespace: '/supervisor',
      trustProxyHops: deps.trustProxyHops,
    }),
    handler,
    staffRateLimit('/supervisor'),
  );

  namespaces.supervisor.on('connection', (socket) => {
    const claims = socket.data.claims;
    void socket.join(rooms.staffMember(claims.tenantId, claims.userId));
    noteConnection(claims);
    attachSupervisor(socket);
  });

  const expirySweep = setInterval(() => {
    const now = deps.handler.nowMs();
    sweepExpired(namespaces.agent, now);
    sweepExpired(namespaces.supervisor, now);
  }, EXPIRY_SWEEP_MS);
  expirySweep.unref();
  return { close: () => clearInterval(expirySweep) };
}
