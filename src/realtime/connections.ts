import type { ExtendedError, Socket } from 'socket.io';
import type { StaffClaims, TokenService, WidgetClaims } from '../auth.js';
import type { CoachingService } from '../conversations/ports.js';
import type { ConversationCore, LeadSide } from '../conversations/service.js';
import type { createDraftActions, StaffSide } from '../conversations/staff.js';
import type { Lifecycle } from '../conversations/lifecycle.js';
import { statusOf } from '../conversations/views.js';
import { HubError } from '../errors.js';
import { agentPayloads, supervisorPayloads, widgetPayloads } from '../protocol/events.js';
import type { TenantDirectory } from '../tenants.js';
import { authorize, namespacePermissions } from '../identity/permissions.js';
import { registerHandlers, type HandlerContext } from './handler.js';
import type { HubNamespaces } from './namespaces.js';
import type { RateLimiter } from './rate-limit.js';
import { limitKey, rooms, staffClientMsgId } from '../names.js';
import { onlineStaff } from './roster.js';
import { handshakeOrigin, withAudit, type AuditLog } from '../identity/audit.js';
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
  ) => Promise<{ seq: number } | null>;
  /** Staff actions and transcript reads are appended to it (src/identity/audit.ts). */
  audit?: AuditLog;
  /** The tenant's staff roster (stored members and who is online); fed by staff connections. */
  roster?: StaffRoster;
}

function authError(error: unknown): ExtendedError {
  const hubError = error instanceof HubError ? error : new HubError('UNAUTHORIZED', 'Authentication failed');
  const failure = new Error(hubError.message) as ExtendedError;
  failure.data = { code: hubError.code, message: hubError.message };
  return failure;
}

function readToken(socket: Socket): unknown {
  const auth: unknown = socket.handshake.auth;
  return typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
}

/** Wires auth middleware and event handlers on the three namespaces. */
export function registerConnections(deps: ConnectionDeps): void {
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
    rateLimiter,
    staffRateLimiter,
    handler,
  } = deps;
  const { metrics } = handler;

  const countSockets = (namespace: string, socket: Socket) => {
    metrics.socketsConnected.inc({ namespace });
    socket.once('disconnect', () => metrics.socketsConnected.dec({ namespace }));
  };

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
      tokens
        .verifyStaff(readToken(socket))
        .then((claims) => {
          if (!tenants.get(claims.tenantId)) throw new HubError('FORBIDDEN', 'Unknown tenant');
          if (!allowed.includes(claims.role))
            throw new HubError('FORBIDDEN', `The ${claims.role} role cannot use this namespace`);
          (socket.data as { claims: StaffClaims }).claims = claims;
          next();
        })
        .catch((error: unknown) => next(authError(error)));
    };
  namespaces.agent.use(verifyStaff(namespacePermissions['/agent']));
  namespaces.supervisor.use(verifyStaff(namespacePermissions['/supervisor']));

  namespaces.widget.on('connection', (socket) => {
    countSockets('/widget', socket);
    // Verified already: an idle widget socket need not keep its token (a few hundred bytes, times thousands).
    socket.handshake.auth = {};
    const claims: WidgetClaims = socket.data.claims;
    void socket.join(rooms.lead(claims.tenantId, claims.leadId));
    const joinConversation = (conversationId: string) => leads.admit(claims, conversationId);
    const rateLimitKey = limitKey('w', claims.tenantId, claims.leadId);
    /** Over the message limit: the original answer of a stored message, RATE_LIMITED for a new one. */
    const answerLimitedSend = async (clientMsgId: string) => {
      const open = await leads.findConversation(claims);
      const stored = open && (await deps.storedMessage(claims.tenantId, open.id, clientMsgId));
      if (!open || !stored) throw new HubError('RATE_LIMITED', 'Too many messages; slow down');
      joinConversation(open.id);
      return { conversationId: open.id, seq: stored.seq, duplicate: true, truncated: false };
    };
    registerHandlers(
      socket,
      '/widget',
      widgetPayloads,
      {
        'message:send': async (payload) => {
          // Limited before any store read. A resend of a stored message stores nothing: it gets its point back,
          // and over the limit it still gets its original answer.
          if (!(await rateLimiter.take(rateLimitKey))) return answerLimitedSend(payload.clientMsgId);
          const sent = await leads.acceptLeadMessage(claims, payload);
          if (sent.duplicate) void rateLimiter.give(rateLimitKey);
          return sent;
        },
        'conversation:resume': async ({ lastSeq }) => {
          const conversation = await leads.findConversation(claims);
          if (!conversation) return { conversationId: null, messages: [], streams: [], hasMore: false };
          // Join before reading: a message stored meanwhile arrives live too, and clients de-duplicate by seq.
          joinConversation(conversation.id);
          leads.checkPending(conversation);
          const replay = await core.replay(claims.tenantId, conversation.id, lastSeq, 'lead');
          return { ...replay, status: statusOf(conversation) };
        },
        typing: async ({ isTyping }) => {
          await leads.typing(claims, isTyping);
          return null;
        },
      },
      handler,
      // Per lead, shared by every node (rate-limiter-flexible): a lead with many sockets gets each budget once.
      // message:send is limited in its handler, after the idempotent-resend answer (which stores nothing).
      async (event) => {
        if (event === 'message:send') return;
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
      },
    );
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
    (claims: StaffClaims, namespace: '/agent' | '/supervisor') => async (event: string, payload: unknown) => {
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

  /** Audit context of a staff socket, and its connection recorded in the roster. */
  const staffContext = (socket: Socket, claims: StaffClaims, namespace: '/agent' | '/supervisor') => {
    deps.roster?.noteConnection(claims).catch((error: unknown) => {
      handler.logger.warn({ err: error }, 'roster update failed');
    });
    return { audit: deps.audit, namespace, claims, origin: handshakeOrigin(socket.handshake) };
  };

  namespaces.agent.on('connection', (socket) => {
    countSockets('/agent', socket);
    const claims = socket.data.claims;
    void socket.join([rooms.tenantStaff(claims.tenantId), rooms.staffMember(claims.tenantId, claims.userId)]);
    registerHandlers(
      socket,
      '/agent',
      agentPayloads,
      withAudit(
        {
          'inbox:list': ({ cursor }) => staff.inbox(claims, cursor),
          'conversation:join': ({ conversationId, lastSeq }) =>
            joinStaff(socket, claims, conversationId, lastSeq),
          'conversation:leave': async ({ conversationId }) => {
            await socket.leave(rooms.conversation(claims.tenantId, conversationId));
            return null;
          },
          'conversation:claim': ({ conversationId }) => staff.claim(claims, conversationId),
          'conversation:release': ({ conversationId }) => staff.release(claims, conversationId),
          'message:send': (payload) => staff.sendMessage(claims, payload),
          'note:add': (payload) => staff.addNote(claims, payload),
          'call:start': ({ conversationId }) => staff.setCall(claims, conversationId, true),
          'call:utterance': (payload) => staff.recordUtterance(claims, payload),
          'call:end': ({ conversationId }) => staff.setCall(claims, conversationId, false),
          'coach:request': async ({ conversationId, kind }) => {
            await core.getConversation(claims.tenantId, conversationId);
            return { streamId: await coaching.request(claims.tenantId, conversationId, kind) };
          },
          'bot:enable': ({ conversationId }) => staff.enableBot(claims, conversationId),
          typing: async ({ conversationId, isTyping }) => {
            await core.getConversation(claims.tenantId, conversationId);
            core.publishTyping(claims.tenantId, conversationId, 'agent', isTyping);
            return null;
          },
          'conversation:close': ({ conversationId, outcome, note }) =>
            lifecycle.close(claims, conversationId, outcome, note),
          'conversation:snooze': ({ conversationId, until }) =>
            lifecycle.snooze(claims, conversationId, until),
          'conversation:read': ({ conversationId, seq }) => lifecycle.markRead(claims, conversationId, seq),
          'unread:counts': ({ conversationIds }) => lifecycle.unread(claims, conversationIds),
          'history:search': (query) => lifecycle.history(claims, query),
          'canned:list': async () => ({ replies: tenants.get(claims.tenantId)?.cannedReplies ?? [] }),
        },
        staffContext(socket, claims, '/agent'),
      ),
      handler,
      staffRateLimit(claims, '/agent'),
    );
  });

  namespaces.supervisor.on('connection', (socket) => {
    countSockets('/supervisor', socket);
    const claims = socket.data.claims;
    void socket.join(rooms.staffMember(claims.tenantId, claims.userId));
    registerHandlers(
      socket,
      '/supervisor',
      supervisorPayloads,
      withAudit(
        {
          'board:subscribe': async ({ cursor }) => {
            await socket.join(rooms.board(claims.tenantId));
            return staff.board(claims.tenantId, cursor);
          },
          'board:unsubscribe': async () => {
            await socket.leave(rooms.board(claims.tenantId));
            return null;
          },
          'conversation:monitor': ({ conversationId, lastSeq }) =>
            joinStaff(socket, claims, conversationId, lastSeq),
          'conversation:unmonitor': async ({ conversationId }) => {
            await socket.leave(rooms.conversation(claims.tenantId, conversationId));
            return null;
          },
          'whisper:send': (payload) => staff.whisper(claims, payload),
          'conversation:barge': ({ conversationId }) => staff.barge(claims, conversationId),
          'conversation:assign': ({ conversationId, agentId, agentName }) =>
            staff.assign(claims, conversationId, agentId, agentName),
          'draft:approve': (payload) => drafts.approve(claims, payload),
          'draft:reject': (payload) => drafts.reject(claims, payload),
          'staff:roster': async () => ({
            agents: deps.roster
              ? (await deps.roster.list(claims.tenantId)).filter((member) => member.active)
              : await onlineStaff(namespaces.agent, claims.tenantId),
          }),
        },
        staffContext(socket, claims, '/supervisor'),
      ),
      handler,
      staffRateLimit(claims, '/supervisor'),
    );
  });
}
