import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { Server, type Namespace, type ServerOptions } from 'socket.io';
import { createTokenService } from './auth.js';
import { jorgeBot } from './bots/index.js';
import type { Bot } from './bots/port.js';
import { createHookRunner, type ExtensionFactory } from './conversations/hooks.js';
import { createLifecycle } from './conversations/lifecycle.js';
import { createLocalLock, type ConversationLock } from './conversations/lock.js';
import type { CoachingService } from './conversations/ports.js';
import {
  createConversationCore,
  createLeadSide,
  defaultPageLimits,
  type ConversationDeps,
  type PageLimits,
} from './conversations/service.js';
import { createDraftActions, createStaffSide } from './conversations/staff.js';
import { createTemplateStreamer } from './conversations/template-streamer.js';
import { createTurnTaker, type TurnStep } from './conversations/turn.js';
import { createTurnScheduler } from './conversations/turn-scheduler.js';
import { HubError } from './errors.js';
import { createRoutes } from './http/routes.js';
import { refuseDemoPages } from './http/demo-pages.js';
import { refuseSourceMaps, securityHeaders } from './http/security-headers.js';
import { trackTcpConnections } from './http/tcp-connections.js';
import { createIdentityRouter, type IdentityRouterDeps } from './identity/router.js';
import { createAuditLog } from './identity/audit.js';
import { createStaffRoster } from './identity/roster.js';
import { endSessionSockets, endSocketsBeyondStanding } from './identity/member-sockets.js';
import { createStaffStanding } from './identity/standing.js';
import { createStaffRouter } from './identity/staff-routes.js';
import { createLeadDataRouter } from './identity/lead-data-routes.js';
import { createListingRouter, postThroughCore } from './listings/routes.js';
import { createAnalyticsRouter } from './analytics/routes.js';
import { createExperimentRouter } from './analytics/experiment-routes.js';
import { createExperimentService, GUARDRAIL_CHECK_MS } from './analytics/experiment-service.js';
import {
  createMemoryNarrativeCache,
  createNarrativeService,
  NarrativeStop,
  type NarrativeCache,
} from './listings/narrative/index.js';
import { createOfflineProvider } from './llm/offline.js';
import type { ModelProvider } from './llm/port.js';
import { onlineStaff } from './realtime/roster.js';
import { boundedParser, MAX_PACKET_BYTES } from './realtime/packet-parser.js';
import type { Logger } from './logger.js';
import { createMetrics, type HubMetrics } from './metrics.js';
import { createBroadcaster } from './realtime/broadcaster.js';
import { registerConnections } from './realtime/connections.js';
import { createSatisfaction } from './analytics/satisfaction.js';
import { createNamespaces } from './realtime/namespaces.js';
import { createConnectionGate, defaultConnectionLimits } from './realtime/limits.js';
import { createRateLimitFactory, type RateLimitFactory } from './realtime/rate-limit.js';
import { rooms } from './names.js';
import { createSessionChallenges } from './visitors/challenges.js';
import { createSessionGate } from './visitors/session-gate.js';
import { createVisitorSessions } from './visitors/sessions.js';
import { createStreamHub, type StreamHub, type StreamSnapshotShare } from './realtime/stream-hub.js';
import type { ConversationRecord, MessageRecord, Store } from './store/types.js';
import { createTelephony, type TelephonyOptions } from './telephony/index.js';
import { createAlertChannelRouter } from './integrations/alert-channels.js';
import { createCrmEvents, type CrmEventsOptions } from './integrations/crm-events.js';
import { createWebhookSender } from './jobs/webhook.js';
import {
  createOutboxDelivery,
  createOutboxRouter,
  storeDeliveryLease,
  type OutboxSettings,
} from './integrations/outbox/index.js';
import type { TenantDirectory, TenantWebhook } from './tenants.js';
import type { TenantRegistry } from './tenancy/registry.js';
import { createTenantSettingsRouter } from './tenancy/routes.js';

export interface HubOptions {
  store: Store;
  tenants: TenantDirectory;
  /**
   * The same tenants, kept in step with the store (src/tenancy/registry.ts): an admin's saved settings apply here
   * at once and on the other nodes through the adapter. Without it (tests on a fixed directory) a save is stored
   * and read by the next boot only.
   */
  tenantRegistry?: TenantRegistry;
  logger: Logger;
  jwtSecret: string;
  devTokensEnabled: boolean;
  widgetTokenTtlSeconds?: number;
  /**
   * The widget asks the lead for a rating after a close, and after this long without a message (0: only after a
   * close; default 30 minutes; HUB_SATISFACTION_QUIET_MINUTES).
   */
  satisfactionQuietMs?: number;
  /** Lead messages per 10 s per visitor (and staff actions per user) before RATE_LIMITED. */
  rateLimitPer10s?: number;
  /** The conversation bot (default: the Jorge lead/buyer/seller bot). */
  bot?: Bot;
  lock?: ConversationLock;
  metrics?: HubMetrics;
  now?: () => Date;
  /** Socket.IO adapter (the Redis adapter in a cluster); the in-process adapter by default. */
  adapter?: ServerOptions['adapter'];
  readiness?: Record<string, () => Promise<void>>;
  degraded?: () => string[];
  /** Shares in-flight stream snapshots across nodes (cluster); local to this process by default. */
  streamSnapshots?: StreamSnapshotShare;
  /**
   * Features registered on the hook surface (coaching, the summary, model reading and phrasing), in order, after
   * the hub's own (lifecycle, narrative, new leads, the CRM webhooks). Telephony is not one: it is an inbound
   * adapter that calls the core (src/telephony).
   */
  extensions?: ExtensionFactory[];
  /** A burst of lead messages is read once the lead was quiet this long (ms, default 0: at once). */
  turnQuietMs?: number;
  /** Hard upper bound of that wait, typing or not (ms, default 4 × turnQuietMs). */
  turnMaxWaitMs?: number;
  /** Test-only: the process kills itself (SIGKILL) at this step of a bot turn (HUB_CRASH_AT). */
  crashAt?: TurnStep;
  /** Staff sign-in (OpenID Connect), roster, audit and lead-data routes (src/identity/). */
  identity?: (deps: {
    tokens: ReturnType<typeof createTokenService>;
    /** Call when a sign-in session ends: its tokens are refused and its sockets closed, on every node. */
    onSessionEnded: (session: { id: string; tenantId: string; userId: string }) => void;
  }) => Partial<IdentityRouterDeps>;
  /** Folder of the built browser apps (client/dist); served when it exists. */
  staticDir?: string;
  /** Production (NODE_ENV=production): the apps' source maps are not served; /metrics needs HUB_METRICS_TOKEN. */
  production?: boolean;
  /** Serve the demo listing pages (`/demo/`; HUB_SERVE_DEMO). Default true; a production hub turns it off. */
  serveDemo?: boolean;
  /** Security settings (visitor secrets, limits, metrics token); see docs/SECURITY.md. */
  security?: Partial<SecurityOptions>;
  /** Named rate limits, shared through Redis in a cluster (default: per process). */
  rateLimits?: RateLimitFactory;
  /** Live call transcripts from Twilio and the generic feed (src/telephony). */
  telephony?: TelephonyOptions;
  /**
   * Listing narratives (docs/LISTINGS.md): the model (default: none, the template narrative), the cache shared by
   * the nodes (default: in this process) and the model's first-token budget before the template is used.
   */
  narrative?: { model?: ModelProvider; cache?: NarrativeCache; firstTokenMs?: number };
  /** Lifecycle webhooks for the CRM and agent paging (src/integrations, docs/INTEGRATIONS.md). */
  integrations?: Pick<CrmEventsOptions, 'webhook' | 'pageWebhook' | 'channelSender' | 'resolve'> & {
    /** How the outbox delivers the webhook's events (lease, retries, polling); defaults when left out. */
    outbox?: OutboxSettings;
  };
}

export interface SecurityOptions {
  /** Sliding lifetime of an anonymous visitor secret (HUB_VISITOR_SECRET_TTL_S). */
  visitorSecretTtlSeconds: number;
  /** Widget sessions per minute per client IP (HUB_WIDGET_SESSIONS_PER_MIN_PER_IP; 0 = unlimited). */
  widgetSessionsPerMinPerIp: number;
  /**
   * New leads (counted at their first message) per tenant per minute past which every new anonymous widget visitor
   * solves a challenge (HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT; 0 = never). Never a refusal.
   */
  widgetSessionsPerMinPerTenant: number;
  /** New anonymous visitors per network (IPv4 /24, IPv6 /56) per minute before a challenge (HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET; 0 = never). */
  widgetSessionsFreePerMinPerNet: number;
  /** Leading zero bits of the widget-session proof of work (HUB_WIDGET_CHALLENGE_BITS). */
  widgetChallengeBits: number;
  /** Proxy hops whose X-Forwarded-For is trusted (HUB_TRUST_PROXY; 0 = none). */
  trustProxyHops: number;
  /** Bearer token for /metrics (HUB_METRICS_TOKEN); when unset, open outside production and closed in it. */
  metricsToken?: string;
  /** Socket.IO connections per node (HUB_MAX_CONNECTIONS; 0 = unlimited). */
  maxConnections: number;
  /** Socket.IO connections per client IP per node (HUB_MAX_CONNECTIONS_PER_IP; 0 = unlimited). */
  maxConnectionsPerIp: number;
  /** Outbound bytes queued per connection before reading stops (half) and it is cut (all); 0 = unlimited. */
  socketMaxBufferBytes: number;
  /** How long a connection may stay over that limit, not reading, before it is cut (HUB_SOCKET_STALL_MS). */
  socketStallMs: number;
  /** Bytes a connection may send per second, 8 s of it at once (HUB_SOCKET_INBOUND_BYTES_PER_S; 0 = unlimited). */
  socketInboundBytesPerS: number;
  /** Bytes all connections of one address may send per second, 4 s at once (HUB_INBOUND_BYTES_PER_S_PER_IP). */
  inboundBytesPerSPerIp: number;
  /** Client events per 10 s per socket, of any name (HUB_SOCKET_EVENTS_PER_10S; 0 = unlimited). */
  socketEventsPer10s: number;
  /** Handlers running at once per socket (HUB_SOCKET_MAX_IN_FLIGHT; 0 = unlimited). */
  socketMaxInFlight: number;
  /** Answer sizes: replay and transcript pages, inbox and board pages. */
  pages: PageLimits;
  /**
   * Staff alert-channel URLs may name loopback, private and local hosts (HUB_ALERT_CHANNELS_ALLOW_PRIVATE; local
   * testing only, refused in production). Off: only public hosts, when set and at every send, in every mode.
   */
  alertChannelsAllowPrivate: boolean;
}

export const defaultSecurity: SecurityOptions = {
  visitorSecretTtlSeconds: 90 * 24 * 3600,
  widgetSessionsPerMinPerIp: 30,
  widgetSessionsPerMinPerTenant: 300,
  widgetSessionsFreePerMinPerNet: 10,
  widgetChallengeBits: 14,
  trustProxyHops: 0,
  maxConnections: defaultConnectionLimits.maxConnections,
  maxConnectionsPerIp: defaultConnectionLimits.maxConnectionsPerIp,
  socketMaxBufferBytes: defaultConnectionLimits.maxBufferBytes,
  socketStallMs: defaultConnectionLimits.stallMs,
  socketInboundBytesPerS: defaultConnectionLimits.inboundBytesPerS,
  inboundBytesPerSPerIp: defaultConnectionLimits.inboundBytesPerSPerIp,
  socketEventsPer10s: 100,
  socketMaxInFlight: 8,
  pages: defaultPageLimits,
  alertChannelsAllowPrivate: false,
};

export interface Hub {
  httpServer: HttpServer;
  io: Server;
  listen(port: number, host?: string): Promise<number>;
  /** Graceful stop: refuse new work, finish in-flight acks and bot turns, tell clients to reconnect, close. */
  close(options?: { graceMs?: number }): Promise<void>;
  /** Resolves when no bot step is queued or running (tests). */
  idle(): Promise<void>;
  metrics: HubMetrics;
  /** The token stream publisher (benchmarks, embedding engines; the cluster ends a dead node's streams with it). */
  streams: StreamHub;
  /** The conversation core, for background jobs (follow-ups, alerts) built beside the hub. */
  core: ReturnType<typeof createConversationCore>;
  /** Lifecycle webhooks and pages in flight (tests wait for them with idle()). */
  integrations: { idle(): Promise<void> };
  /** Bot turns, for the sweeper: check a conversation now (answer what is pending, finish a dead node's turn). */
  turns: { now(tenantId: string, conversationId: string): Promise<void>; readonly lock: ConversationLock };
}

/** How long a shutdown waits for peers to finish their close handshakes before it cuts their connections. */
const CLOSE_WINDOW_MS = 1_000;
/** How long a staff member's standing (not disabled) is cached per node; roster edits invalidate it at once. */
const STAFF_STANDING_TTL_MS = 15_000;
/** The server-side event telling the other nodes that a roster entry changed. */
const STAFF_CHANGED = 'hub:staff-changed';
/** The server-side event telling the other nodes that a tenant's settings changed (they reload it). */
const TENANT_CHANGED = 'hub:tenant-changed';
/** The server-side event telling the other nodes that a sign-in session ended. */
const SESSION_ENDED = 'hub:session-ended';
/** The server-side event telling the other nodes that a lead wrote: a narrative streaming to it there stops. */
const NARRATIVE_STOP = 'hub:narrative-stop';

const unavailableCoaching: CoachingService = {
  request: () => Promise.reject(new HubError('UNAVAILABLE', 'Coaching is not configured on this hub')),
};

/** Builds the hub (HTTP routes, Socket.IO namespaces, services) from ready dependencies; does no I/O itself. */
export function createHub(options: HubOptions): Hub {
  const { store, tenants, logger } = options;
  const metrics = options.metrics ?? createMetrics();
  const now = options.now ?? (() => new Date());
  // The same clock in milliseconds, for the hot paths (event and byte budgets): no Date allocated per packet.
  const nowMs = options.now ? () => now().getTime() : Date.now;
  // Every staff token check (sockets and routes) also refuses a member an admin disabled (src/identity/standing.ts).
  const standing = createStaffStanding({
    store,
    ttlMs: STAFF_STANDING_TTL_MS,
    nowMs,
  });
  const tokens = standing.guard(
    createTokenService(options.jwtSecret, options.widgetTokenTtlSeconds ?? 7 * 24 * 3600),
  );
  const security: SecurityOptions = { ...defaultSecurity, ...options.security };
  const rateLimits = options.rateLimits ?? createRateLimitFactory();
  const visitors = createVisitorSessions({
    store,
    now,
    secretTtlSeconds: security.visitorSecretTtlSeconds,
    // Why a site identity was not used (never the token or hash): a site whose tokens all fail shows here.
    onIdentityRefused: (tenantId, reason) =>
      logger.info({ tenantId, reason }, 'widget session: site identity not used'),
  });
  // Widget sessions under a flood: a hard limit per address or proven user, challenges past the free ones.
  const sessionGate = createSessionGate({
    rateLimits,
    challenges: createSessionChallenges({
      secret: options.jwtSecret,
      bits: security.widgetChallengeBits,
      ttlMs: 120_000,
      now,
      rateLimits,
    }),
    perAddress: security.widgetSessionsPerMinPerIp,
    freePerNetwork: security.widgetSessionsFreePerMinPerNet,
    leadsPerTenant: security.widgetSessionsPerMinPerTenant,
  });

  const app = express();
  app.disable('x-powered-by');
  // req.ip reads X-Forwarded-For only as far as the trusted proxy hops (the audit log's origin).
  app.set('trust proxy', security.trustProxyHops);
  // CSP, frame policy, nosniff... on every HTTP answer, one policy per kind of route (src/http/security-headers.ts).
  app.use(securityHeaders());
  // A request must send its headers within 10 s and its body within 30 s, checked every 2 s (Node checks every 30 s
  // by default): a client that trickles bytes (slowloris) cannot hold connections for minutes.
  const httpServer = createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 2_000 },
    app,
  );
  // Every TCP connection (for the shutdown), and a per-peer cap when the hub faces clients directly (no trusted
  // proxy: behind one, every connection comes from the proxy): room for the Socket.IO cap and as many requests again.
  const sockets = trackTcpConnections(
    httpServer,
    security.trustProxyHops === 0 && security.maxConnectionsPerIp > 0
      ? security.maxConnectionsPerIp * 2 + 64
      : 0,
  );
  // Connection caps and backpressure at the engine.io layer (src/realtime/limits.ts); HTTP routes are not counted.
  const gate = createConnectionGate(
    {
      maxConnections: security.maxConnections,
      maxConnectionsPerIp: security.maxConnectionsPerIp,
      maxBufferBytes: security.socketMaxBufferBytes,
      stallMs: security.socketStallMs,
      inboundBytesPerS: security.socketInboundBytesPerS,
      inboundBytesPerSPerIp: security.inboundBytesPerSPerIp,
      trustProxyHops: security.trustProxyHops,
    },
    metrics,
    nowMs,
  );
  const io = new Server(httpServer, {
    cors: { origin: true },
    maxHttpBufferSize: MAX_PACKET_BYTES,
    parser: boundedParser,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // A connection that joins no namespace (or only the refused "/") is closed after this long.
    connectTimeout: 10_000,
    allowRequest: (req, callback) => gate.allowRequest(req, callback),
    connectionStateRecovery: undefined,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  gate.attach(io);
  const namespaces = createNamespaces(io);
  const broadcaster = createBroadcaster(namespaces, { local: options.adapter === undefined });
  const streams = createStreamHub(
    broadcaster,
    options.streamSnapshots ? { share: options.streamSnapshots } : {},
  );

  // Members' own page URLs reach only public hosts, in every mode, unless a local test allows private ones.
  const { outbox: outboxSettings = {}, ...integrations } = options.integrations ?? {};
  // A tenant's own webhook (its settings, read at each use): an admin's URL reaches only public hosts, like the
  // members' own page URLs, unless a local test allows private ones.
  const tenantDestinations = security.alertChannelsAllowPrivate ? 'any' : 'public';
  const endpointSender = (endpoint: TenantWebhook, maxAttempts?: number) =>
    createWebhookSender({
      url: endpoint.url,
      secret: endpoint.secret,
      ...(endpoint.previousSecret ? { previousSecret: endpoint.previousSecret } : {}),
      destinations: tenantDestinations,
      now,
      ...(maxAttempts ? { maxAttempts } : {}),
      ...(integrations.resolve ? { resolve: integrations.resolve } : {}),
    });
  /** The sender of an outbox copy's endpoint (null: the tenant's first enabled endpoint, a copy from before). */
  const outboxSender = (tenantId: string, endpointId: string | null) => {
    const endpoints = tenants.get(tenantId)?.webhooks ?? [];
    const endpoint = endpoints.find(
      (entry) => entry.enabled && (endpointId === null || entry.id === endpointId),
    );
    return endpoint ? endpointSender(endpoint, 1) : undefined;
  };
  // The webhook's events are written to the store's outbox with their change and delivered from there: the
  // deployment's (HUB_WEBHOOK_URL) or, for a tenant with its own webhook, the tenant's.
  const delivery =
    integrations.webhook || options.tenantRegistry
      ? createOutboxDelivery({
          store,
          logger: logger.child({ component: 'outbox' }),
          ...(integrations.webhook ? { sender: integrations.webhook } : {}),
          senderFor: outboxSender,
          lease: outboxSettings.lease ?? storeDeliveryLease(store, `hub-${randomUUID()}`, 30_000),
          now,
          ...(outboxSettings.retry ? { retry: outboxSettings.retry } : {}),
          ...(outboxSettings.intervalMs ? { intervalMs: outboxSettings.intervalMs } : {}),
        })
      : undefined;
  delivery?.start();
  const crmEvents = createCrmEvents({
    store,
    logger,
    now,
    memberDestinations: security.alertChannelsAllowPrivate ? 'any' : 'public',
    ...integrations,
    ...(delivery ? { delivery } : {}),
    ...(options.tenantRegistry
      ? {
          tenantWebhooks: (tenantId: string) => tenants.get(tenantId)?.webhooks ?? [],
          endpointSender: (_tenantId: string, endpoint: TenantWebhook) => endpointSender(endpoint),
        }
      : {}),
  });
  const deps: ConversationDeps = {
    // Lifecycle events go to the extensions (the hook runner below): their outbox rows and their onEvent.
    events: { outbox: (events) => hooks.outbox(events), event: (event) => hooks.event(event) },
    store,
    bot: options.bot ?? jorgeBot,
    tenants,
    streams,
    broadcaster,
    lock: options.lock ?? createLocalLock(),
    logger,
    metrics,
    now,
    pages: security.pages,
  };
  const core = createConversationCore(deps);
  const extensions = (options.extensions ?? []).map((factory) => factory({ streams, core }));
  const narratives = createNarrativeService({
    store,
    core,
    streams,
    model: options.narrative?.model ?? createOfflineProvider(),
    cache: options.narrative?.cache ?? createMemoryNarrativeCache(),
    logger: logger.child({ component: 'narrative' }),
    now,
    ...(options.narrative?.firstTokenMs !== undefined
      ? { firstTokenMs: options.narrative.firstTokenMs }
      : {}),
  });
  // The working day's lifecycle: a lead message reopens a closed conversation (wakes a snoozed one); first of the
  // hooks. The name, phone or email the bot read in a turn are recorded through it (identify).
  const lifecycle = createLifecycle(deps, core, (conversation, message) =>
    conversationEnded(conversation, message, 'closed'),
  );
  /** A close or a call's end (the extensions' onConversationEnded: the summary); in the background. */
  const conversationEnded = (
    conversation: ConversationRecord,
    message: MessageRecord,
    reason: 'closed' | 'call_ended',
  ) =>
    void hooks.run('onConversationEnded', {
      tenant: core.tenantOf(conversation.tenantId),
      conversation,
      message,
      reason,
    });
  const hooks = createHookRunner(
    [
      {
        name: 'lifecycle',
        onLeadMessage: ({ conversation }) => lifecycle.onLeadMessage(conversation),
      },
      {
        // A lead who writes something else stops the narrative streaming to them, on whichever node it runs.
        name: 'narrative',
        onLeadMessage: ({ conversation }) => stopNarrativeEverywhere(conversation.tenantId, conversation.id),
      },
      {
        // A lead's first message (its conversation started) counts toward the tenant's new leads (session-gate.ts).
        name: 'new leads',
        onEvent: (event) => {
          if (event.type === 'lead.created') sessionGate.leadWrote(event.tenantId);
        },
      },
      // The CRM webhooks (their outbox rows, written with the change they report) and the agents' pages.
      crmEvents,
      ...extensions,
    ],
    logger,
  );
  const coaching = extensions.find((extension) => extension.coaching)?.coaching ?? unavailableCoaching;
  const quietMs = options.turnQuietMs ?? 0;
  const turns = createTurnTaker({
    ...deps,
    core,
    hooks,
    identify: lifecycle.identify,
    readTurn: extensions.find((extension) => extension.turnReader)?.turnReader,
    streamReply:
      extensions.find((extension) => extension.replyStreamer)?.replyStreamer ??
      createTemplateStreamer(streams),
    quietMs,
    maxWaitMs: options.turnMaxWaitMs ?? 4 * quietMs,
    ...(options.crashAt ? { crashAt: options.crashAt } : {}),
  });
  const scheduler = createTurnScheduler({
    turns,
    lock: deps.lock,
    logger,
    now,
    quietMs,
    maxWaitMs: options.turnMaxWaitMs ?? 4 * quietMs,
  });
  const leads = createLeadSide(deps, core, scheduler, hooks);
  const staff = createStaffSide(deps, core, scheduler, hooks);
  const drafts = createDraftActions(deps, core);

  let draining = false;
  const inFlight = new Set<Promise<unknown>>();
  // Staff governance (src/identity/): the audit log and the roster, used by the staff events and routes.
  const audit = createAuditLog({ store, now, logger });
  // Experiments (docs/ANALYTICS.md): the admin routes, and the guardrails checked every few minutes on every node
  // (a stop is a compare-and-set: written and audited once, whichever node gets there first).
  const experiments = createExperimentService({ store, audit, now, logger });
  const guardrailTimer = setInterval(() => void experiments.checkAllGuardrails(), GUARDRAIL_CHECK_MS);
  guardrailTimer.unref();
  // Another node changed a roster entry: its cached standing here is stale (server-side events of the adapter).
  const staffNodes = namespaces.agent as unknown as Namespace;
  staffNodes.on(STAFF_CHANGED, (tenantId: unknown, userId: unknown) => {
    if (typeof tenantId === 'string' && typeof userId === 'string') standing.forget(tenantId, userId);
  });
  staffNodes.on(TENANT_CHANGED, (tenantId: unknown) => {
    if (typeof tenantId !== 'string' || !options.tenantRegistry) return;
    options.tenantRegistry
      .reload(tenantId)
      .catch((error: unknown) => logger.warn({ err: error, tenantId }, 'tenant settings reload failed'));
  });
  staffNodes.on(SESSION_ENDED, (sessionId: unknown) => {
    if (typeof sessionId === 'string') standing.forgetSession(sessionId);
  });
  staffNodes.on(NARRATIVE_STOP, (tenantId: unknown, conversationId: unknown) => {
    if (typeof tenantId === 'string' && typeof conversationId === 'string')
      narratives.stopConversation(tenantId, conversationId, NarrativeStop.leadWrote);
  });
  /** The lead's narrative runs on the node of the tab that asked for it; the lead may write from another one. */
  function stopNarrativeEverywhere(tenantId: string, conversationId: string): void {
    narratives.stopConversation(tenantId, conversationId, NarrativeStop.leadWrote);
    if (options.adapter) staffNodes.serverSideEmit(NARRATIVE_STOP, tenantId, conversationId);
  }
  const roster = createStaffRoster({
    store,
    now,
    online: (tenantId) => onlineStaff(namespaces.agent, tenantId),
  });
  const satisfactionPolicy = { quietMs: options.satisfactionQuietMs ?? 30 * 60_000 };
  const satisfaction = createSatisfaction({
    store,
    now,
    policy: satisfactionPolicy,
    staffLine: (conversation, text, rating) =>
      core.systemEvent(conversation.tenantId, conversation.id, text, 'staff', {
        event: 'satisfaction',
        rating,
      }),
  });
  const connections = registerConnections({
    satisfaction,
    satisfactionPolicy,
    audit,
    roster,
    trustProxyHops: security.trustProxyHops,
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
    listings: store,
    rateLimiter: rateLimits('lead', { points: options.rateLimitPer10s ?? 20, durationMs: 10_000 }),
    // Resumes and replay pages: cheap one by one, not by the ten thousand (three times the message budget).
    leadReadLimiter: rateLimits('lead-reads', {
      points: (options.rateLimitPer10s ?? 20) * 3,
      durationMs: 10_000,
    }),
    // Staff consoles do more per minute than a lead (joins, monitors, coaching requests): five times the budget.
    staffRateLimiter: rateLimits('staff', {
      points: (options.rateLimitPer10s ?? 20) * 5,
      durationMs: 10_000,
    }),
    isVisitorLive: (tenantId, secretId) => visitors.isSessionLive(tenantId, secretId),
    storedMessage: (tenantId, conversationId, clientMsgId) =>
      store.findMessageByClientId(tenantId, conversationId, clientMsgId),
    handler: {
      logger,
      metrics,
      isDraining: () => draining,
      nowMs,
      socketLimits: { eventsPer10s: security.socketEventsPer10s, maxInFlight: security.socketMaxInFlight },
      track: (work) => {
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      },
    },
  });

  const telephony = createTelephony({
    ...options.telephony,
    onCallEnded: (conversation, message) => conversationEnded(conversation, message, 'call_ended'),
    store,
    tenants,
    tokens,
    core,
    staff,
    broadcaster,
    logger,
    now,
  });
  app.use(telephony.router);
  const identity =
    options.identity?.({
      tokens,
      onSessionEnded: (session) => {
        standing.forgetSession(session.id);
        if (options.adapter) staffNodes.serverSideEmit(SESSION_ENDED, session.id);
        endSessionSockets([namespaces.agent, namespaces.supervisor], session, logger);
      },
    }) ?? {};
  app.use(
    createIdentityRouter({
      logger,
      devTokensEnabled: options.devTokensEnabled,
      ...identity,
      routers: [
        ...(identity.routers ?? []),
        createStaffRouter({
          store,
          tokens,
          audit,
          roster,
          now,
          onMemberChanged: (member) => {
            standing.forget(member.tenantId, member.userId);
            if (options.adapter) staffNodes.serverSideEmit(STAFF_CHANGED, member.tenantId, member.userId);
            endSocketsBeyondStanding([namespaces.agent, namespaces.supervisor], member, logger);
          },
        }),
        createAlertChannelRouter({
          store,
          tokens,
          audit,
          now,
          production: !options.devTokensEnabled,
          allowPrivate: security.alertChannelsAllowPrivate,
        }),
        // Export and erasure of a lead's data (CCPA/GDPR).
        createLeadDataRouter({
          store,
          tokens,
          audit,
          now,
          erasureEvents: (tenantId, leadId, at) => crmEvents.erasureEvents(tenantId, leadId, at),
          onErased: (tenantId, leadId, at) => {
            namespaces.widget.in(rooms.lead(tenantId, leadId)).disconnectSockets(true);
            crmEvents.leadErased(tenantId, leadId, at);
          },
        }),
        // The tenant's settings, edited by its admins (docs/OPERATIONS.md "Tenants").
        createTenantSettingsRouter({
          store,
          tokens,
          audit,
          now,
          saved: (record) => {
            options.tenantRegistry?.apply(record);
            if (options.adapter) staffNodes.serverSideEmit(TENANT_CHANGED, record.tenantId);
          },
        }),
        // The webhook deliveries: status and redelivery (docs/INTEGRATIONS.md).
        createOutboxRouter({ store, tokens, audit, now, kick: () => delivery?.kick() }),
        // The listing catalogue's import (docs/LISTINGS.md).
        createListingRouter({ store, tokens, audit, now, post: postThroughCore(core) }),
        // The Reports' tables and their CSV (docs/ANALYTICS.md).
        createAnalyticsRouter({ store, tokens }),
        // Experiments on the bots: definitions, start and stop, results (docs/ANALYTICS.md).
        createExperimentRouter({ tokens, experiments }),
      ],
    }),
  );
  app.use(
    createRoutes({
      audit,
      store,
      tenants,
      tokens,
      core,
      metrics,
      logger,
      devTokensEnabled: options.devTokensEnabled,
      visitors,
      sessionGate,
      trustProxyHops: security.trustProxyHops,
      metricsAccess: security.metricsToken
        ? { token: security.metricsToken }
        : options.production
          ? 'closed'
          : 'open',
      onVisitorRevoked: (tenantId, leadId) => {
        namespaces.widget.in(rooms.lead(tenantId, leadId)).disconnectSockets(true);
      },
      readiness: { store: () => store.ping(), ...options.readiness },
      ...(options.degraded ? { degraded: options.degraded } : {}),
    }),
  );
  if (options.staticDir && existsSync(options.staticDir)) {
    if (options.production) app.use(refuseSourceMaps());
    if (options.serveDemo === false) app.use(refuseDemoPages());
    app.use(express.static(options.staticDir, { index: 'index.html', maxAge: '5m' }));
    app.get('/widget.js', (_req, res) => res.sendFile(join(options.staticDir!, 'widget.js')));
  }

  return {
    httpServer,
    io,
    metrics,
    streams,
    core,
    integrations: { idle: () => crmEvents.idle() },
    turns: { now: (tenantId, conversationId) => scheduler.now(tenantId, conversationId), lock: deps.lock },
    idle: () => scheduler.idle(),
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async close({ graceMs = 10_000 } = {}) {
      draining = true;
      clearInterval(guardrailTimer);
      const deadline = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([
        Promise.allSettled([...inFlight, telephony.idle()])
          .then(() => scheduler.idle())
          .then(() => hooks.idle()),
        deadline,
      ]);
      scheduler.close();
      await delivery?.stop();
      telephony.close();
      connections.close();
      await Promise.allSettled(extensions.map((extension) => extension.close?.() ?? Promise.resolve()));
      // The hooks still running (a summary the close above aborted, a page) end before the store closes after
      // this; one that does not settle within the close window is left behind.
      await Promise.race([
        hooks.idle(),
        new Promise((resolve) => setTimeout(resolve, CLOSE_WINDOW_MS).unref()),
      ]);
      narratives.close();
      streams.failAll('SHUTDOWN', 'The server is restarting');
      const notice = { reason: 'shutdown', reconnectAfterMs: 500 } as const;
      namespaces.widget.emit('server:shutdown', notice);
      namespaces.agent.emit('server:shutdown', notice);
      namespaces.supervisor.emit('server:shutdown', notice);
      // Give engine.io a moment to flush its write buffers before the transports close.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closed = new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      // A WebSocket close handshake waits for the peer (up to 30 s in ws); a peer that does not answer
      // must not hold the shutdown: whatever is still open after a short window is destroyed.
      const cutoff = new Promise((resolve) => setTimeout(resolve, CLOSE_WINDOW_MS).unref());
      await Promise.race([closed, cutoff]);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
