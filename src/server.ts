import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHub } from './app.js';
import { resolveNodeId, setupCluster } from './cluster/index.js';
import { publicNodeLabel } from './cluster/node-id.js';
import { dataKeysFromConfig, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createSqliteWorkerHost, openSqliteStore } from './store/sqlite/store.js';
import type { Store } from './store/types.js';
import { loadTenants, loopbackOrigins, type Tenant } from './tenants.js';
import { createTenantRegistry, seedTenants } from './tenancy/registry.js';
import { repeat } from './cluster/interval.js';
import { jorgeBot, warmUpReaders } from './bots/index.js';
import { createAlertMonitor } from './conversations/alerts.js';
import { tenantBotContext } from './conversations/service.js';
import { createFollowUpDelivery } from './jobs/delivery.js';
import { createFollowUpScheduler } from './jobs/scheduler.js';
import { createWebhookSender } from './jobs/webhook.js';
import { redisDeliveryLease, storeDeliveryLease } from './integrations/outbox/index.js';
import { createModelProvider, modelOptionsFromConfig, type Clock } from './llm/index.js';
import { createEventAppender } from './analytics/appender.js';
import { modelUsageEvents } from './analytics/model-usage.js';
import { createMetrics } from './metrics.js';
import {
  coachingExtension,
  modelReadingExtension,
  summaryExtension,
  phrasingExtension,
  slowTemplateExtension,
} from './wiring.js';
import { identityWiring, oidcSettingsFromConfig } from './identity/index.js';

/** The folder holding package.json: two levels above dist/src/server.js, one above src/server.ts (tsx). */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const projectRoot = findProjectRoot();

/** The store, stamping its times (updatedAt, a consent's recordedAt) with the process's one clock. */
async function openStore(config: Config, logger: Logger, clock: Clock): Promise<Store> {
  if (config.MONGODB_URI) {
    // Loaded only when used, so the embedded default never pays for mongoose.
    const { connectMongoStore } = await import('./store/mongo/store.js');
    return connectMongoStore({
      uri: config.MONGODB_URI,
      logger,
      dataKeys: dataKeysFromConfig(config),
      clock,
    });
  }
  // Runs on the store worker thread this process starts here, with history search and reports on a second one and
  // the reads of a lead's first message on a third (sqlite/store.ts LOOKUP_METHODS); awaits the open so that a bad
  // data dir fails the start.
  return openSqliteStore(
    createSqliteWorkerHost(),
    {
      file: join(config.HUB_DATA_DIR, 'hub.db'),
      synchronous: config.HUB_SQLITE_SYNCHRONOUS,
      dataKeys: dataKeysFromConfig(config),
      clock,
    },
    createSqliteWorkerHost(),
    createSqliteWorkerHost(),
  );
}

/** The process entry: read config, build dependencies, listen, drain on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(78);
  }
  const nodeId = resolveNodeId(config.HUB_NODE_ID);
  const logger = createLogger(config.LOG_LEVEL, { nodeId });
  // The demo pages and the test-only tenants: off in production unless HUB_SERVE_DEMO turns them on.
  const serveDemo = config.HUB_SERVE_DEMO ?? config.NODE_ENV !== 'production';
  // The tenants file seeds the store at the first boot; from then on the store holds the tenants and their
  // settings (edited in the Admin page), and the file is read only for tenants the store does not have.
  const fileTenants: Tenant[] = existsSync(config.HUB_TENANTS_FILE)
    ? loadTenants(config.HUB_TENANTS_FILE).all()
    : [];
  // The one clock of the process: every part that reads the time is given this one.
  const now = () => new Date();
  // The same clock in milliseconds, for the store's stamps, the model layer (budgets, breakers) and coaching's
  // debounce.
  const clock: Clock = { now: () => now().getTime() };
  const store = await openStore(config, logger, clock);
  const seeded = await seedTenants(store, fileTenants, now().toISOString());
  if (seeded.length > 0) logger.info({ tenants: seeded, file: config.HUB_TENANTS_FILE }, 'tenants seeded');
  const tenants = createTenantRegistry({ store, serveDemo, logger: logger.child({ component: 'tenants' }) });
  await tenants.reloadAll();
  if (tenants.all().length === 0) {
    await store.close();
    throw new Error(
      fileTenants.length > 0
        ? 'HUB_TENANTS_FILE: every tenant is testOnly; list your own tenants (or set HUB_SERVE_DEMO=1)'
        : `no tenants: create one with \`npm run tenant -- create\` or list them in HUB_TENANTS_FILE (${config.HUB_TENANTS_FILE})`,
    );
  }
  if (config.NODE_ENV === 'production') {
    for (const tenant of tenants.all()) {
      const origins = loopbackOrigins(tenant);
      if (origins.length > 0)
        logger.warn(
          { tenantId: tenant.id, origins },
          'tenant accepts widget sessions from loopback origins (development pages): list only its listing sites in production',
        );
    }
  }
  if (config.HUB_TRUST_PROXY > 0)
    logger.warn(
      { trustProxyHops: config.HUB_TRUST_PROXY, acknowledged: config.HUB_TRUST_PROXY_ACK !== undefined },
      'HUB_TRUST_PROXY is set: the client address is read from X-Forwarded-For. Anyone who reaches this hub without the proxy can write that header and pick the address its limits count; set it only behind a proxy that overwrites the header and is the only way in (the header is ignored from public peers)',
    );
  for (const tenant of tenants.all()) {
    if (tenant.legacyIdentityHash && tenant.identitySecret)
      logger.warn(
        { tenantId: tenant.id },
        'tenant accepts legacy identity hashes (legacyIdentityHash), which never expire: move its site to identity tokens (docs/SECURITY.md)',
      );
  }
  const clientDir = config.HUB_SERVE_CLIENT ? join(projectRoot, 'client', 'dist') : undefined;
  const servesApps = clientDir !== undefined && existsSync(clientDir);
  if (clientDir && !servesApps)
    logger.warn(
      { clientDir },
      'the browser apps are not built, so none is served: run `npm run build:client` first',
    );

  const cluster = await setupCluster({ config, nodeId, logger, now });
  const metrics = createMetrics();
  // Events that change no record (coaching shown and used, model usage), appended in the background.
  const leadEvents = createEventAppender({ store, now, logger });
  const model = createModelProvider(
    modelOptionsFromConfig(config, (tenantId) => tenants.get(tenantId)?.tokensPerHour),
    { registry: metrics.registry, logger, onTokens: modelUsageEvents(leadEvents), clock },
  );
  const modelDeps = { store, tenants, model, logger, registry: metrics.registry, events: leadEvents, clock };

  // loadConfig refuses HUB_WEBHOOK_URL without its own HUB_WEBHOOK_SECRET: never the staff-token key.
  const webhook =
    config.HUB_WEBHOOK_URL && config.HUB_WEBHOOK_SECRET
      ? createWebhookSender({ url: config.HUB_WEBHOOK_URL, secret: config.HUB_WEBHOOK_SECRET, now })
      : undefined;
  // The lifecycle events go through the store's outbox: one POST per attempt, the outbox retries (across
  // restarts and nodes), under a lease per delivery (Redis when configured, else the store).
  const outboxSender =
    config.HUB_WEBHOOK_URL && config.HUB_WEBHOOK_SECRET
      ? createWebhookSender({
          url: config.HUB_WEBHOOK_URL,
          secret: config.HUB_WEBHOOK_SECRET,
          maxAttempts: 1,
          now,
        })
      : undefined;
  const outbox = {
    lease: cluster.redis
      ? redisDeliveryLease({
          redis: cluster.redis,
          store,
          nodeId,
          keyPrefix: config.REDIS_KEY_PREFIX,
          leaseMs: config.HUB_OUTBOX_LEASE_MS,
        })
      : storeDeliveryLease(store, nodeId, config.HUB_OUTBOX_LEASE_MS),
    retry: {
      maxAttempts: config.HUB_WEBHOOK_MAX_ATTEMPTS,
      baseDelayMs: config.HUB_WEBHOOK_RETRY_BASE_MS,
      maxDelayMs: config.HUB_WEBHOOK_RETRY_MAX_MS,
    },
    intervalMs: config.HUB_OUTBOX_INTERVAL_MS,
  };
  const hub = createHub({
    ...cluster.hubOptions,
    now,
    store,
    tenants,
    tenantRegistry: tenants,
    logger,
    jwtSecret: config.HUB_JWT_SECRET,
    devTokensEnabled: config.NODE_ENV !== 'production',
    production: config.NODE_ENV === 'production',
    serveDemo,
    security: {
      visitorSecretTtlSeconds: config.HUB_VISITOR_SECRET_TTL_S,
      widgetSessionsPerMinPerIp: config.HUB_WIDGET_SESSIONS_PER_MIN_PER_IP,
      widgetSessionsPerMinPerTenant: config.HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT,
      widgetSessionsFreePerMinPerNet: config.HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET,
      widgetChallengeBits: config.HUB_WIDGET_CHALLENGE_BITS,
      trustProxyHops: config.HUB_TRUST_PROXY,
      maxConnections: config.HUB_MAX_CONNECTIONS,
      maxConnectionsPerIp: config.HUB_MAX_CONNECTIONS_PER_IP,
      socketMaxBufferBytes: config.HUB_SOCKET_MAX_BUFFER_BYTES,
      socketStallMs: config.HUB_SOCKET_STALL_MS,
      socketInboundBytesPerS: config.HUB_SOCKET_INBOUND_BYTES_PER_S,
      inboundBytesPerSPerIp: config.HUB_INBOUND_BYTES_PER_S_PER_IP,
      socketEventsPer10s: config.HUB_SOCKET_EVENTS_PER_10S,
      socketMaxInFlight: config.HUB_SOCKET_MAX_IN_FLIGHT,
      pages: {
        replayMessages: config.HUB_REPLAY_MAX_MESSAGES,
        replayBytes: config.HUB_REPLAY_MAX_BYTES,
        liveConversations: config.HUB_LIVE_PAGE_SIZE,
      },
      ...(config.HUB_METRICS_TOKEN ? { metricsToken: config.HUB_METRICS_TOKEN } : {}),
      alertChannelsAllowPrivate: config.HUB_ALERT_CHANNELS_ALLOW_PRIVATE,
    },
    widgetTokenTtlSeconds: config.HUB_WIDGET_TOKEN_TTL_S,
    rateLimitPer10s: config.HUB_RATE_LIMIT_PER_10S,
    bot: jorgeBot,
    metrics,
    identity: identityWiring({
      store,
      logger,
      now,
      secret: config.HUB_JWT_SECRET,
      providers: oidcSettingsFromConfig(config, tenants.all()[0]!.id),
      session: {
        accessTokenTtlS: config.HUB_ACCESS_TOKEN_TTL_S,
        sessionTtlS: config.HUB_SESSION_TTL_S,
        ...(config.HUB_PUBLIC_URL ? { publicUrl: config.HUB_PUBLIC_URL } : {}),
      },
    }),
    // One reply streamer: model phrasing, unless HUB_BOT_TOKEN_DELAY_MS asks for the slow template text
    // (demos, failover tests); it is said in the start log which one runs.
    extensions: [
      coachingExtension(modelDeps),
      summaryExtension(modelDeps, { timeoutMs: config.HUB_SUMMARY_TIMEOUT_MS, now }),
      ...(config.HUB_MODEL_READ_MS > 0
        ? [modelReadingExtension(modelDeps, { timeoutMs: config.HUB_MODEL_READ_MS })]
        : []),
      config.HUB_BOT_TOKEN_DELAY_MS
        ? slowTemplateExtension({ tokenDelayMs: config.HUB_BOT_TOKEN_DELAY_MS })
        : phrasingExtension(modelDeps, { wordDelayMs: config.HUB_BOT_WORD_PACE_MS }),
    ],
    // Listing narratives: Claude when a key is set (the template otherwise), cached in Redis for every node.
    narrative: { model, ...(cluster.narrativeCache ? { cache: cluster.narrativeCache } : {}) },
    // Lifecycle events for the CRM and agent paging (docs/INTEGRATIONS.md).
    // The outbox runs on every node: a tenant may have its own webhook (its settings) without HUB_WEBHOOK_URL.
    integrations: {
      ...(outboxSender && webhook ? { webhook: outboxSender, pageWebhook: webhook } : {}),
      outbox,
    },
    turnQuietMs: config.HUB_TURN_QUIET_MS,
    satisfactionQuietMs: config.HUB_SATISFACTION_QUIET_MINUTES * 60_000,
    turnMaxWaitMs: config.HUB_TURN_MAX_WAIT_MS,
    ...(config.HUB_CRASH_AT ? { crashAt: config.HUB_CRASH_AT } : {}),
    telephony: {
      ...(config.HUB_PUBLIC_URL ? { publicUrl: config.HUB_PUBLIC_URL } : {}),
      replayWindowMs: config.HUB_TELEPHONY_REPLAY_WINDOW_MS,
      gapWaitMs: config.HUB_TELEPHONY_GAP_WAIT_MS,
      stallAfterMs: config.HUB_TELEPHONY_STALL_MS,
    },
    ...(clientDir ? { staticDir: clientDir } : {}),
  });
  cluster.attach(hub, { store, tenants });
  // Which replica answered, for load-balancer debugging (a label: no host name, no pid).
  const nodeLabel = config.HUB_NODE_ID ?? publicNodeLabel(nodeId);
  hub.httpServer.prependListener('request', (_req, res) => res.setHeader('x-hub-node', nodeLabel));
  const scheduler = createFollowUpScheduler({
    store,
    nodeId,
    clock: now,
    leaseMs: 60_000,
    intervalMs: config.HUB_SCHEDULER_INTERVAL_MS,
    deliver: createFollowUpDelivery({ store, core: hub.core, logger, ...(webhook ? { webhook } : {}) }),
    logger: logger.child({ component: 'followups' }),
    timeZoneOf: (tenantId) => tenants.get(tenantId)?.timeZone,
    quietHoursOf: (tenantId) => tenants.get(tenantId)?.quietHours,
  });
  const alerts = createAlertMonitor({ store, tenants, core: hub.core, logger, now });
  // The readers compile their expressions on first use (a fraction of a second, on the event loop): pay that
  // before listening, with a few bot steps in both languages.
  logger.info(
    { ms: Math.round(warmUpReaders(tenants.all().map(tenantBotContext), now().getTime())) },
    'bot readers warmed up',
  );
  const port = await hub.listen(config.PORT, config.HOST);
  scheduler.start();
  alerts.start();
  // Settings changes reach the other nodes at once over Redis; this catches any message lost while it was away.
  const tenantRefresh = repeat(
    'tenant settings refresh',
    config.HUB_TENANT_REFRESH_MS,
    () => tenants.reloadAll(),
    logger,
  );
  logger.info(
    {
      port,
      store: store.kind === 'sqlite' ? `sqlite (${join(config.HUB_DATA_DIR, 'hub.db')})` : 'mongo',
      adapter: cluster.adapterName,
      model: config.ANTHROPIC_API_KEY
        ? `anthropic (${config.HUB_MODEL_FAST})`
        : 'offline rule-based provider',
      botReplies: config.HUB_BOT_TOKEN_DELAY_MS
        ? `template text, one word every ${config.HUB_BOT_TOKEN_DELAY_MS} ms (HUB_BOT_TOKEN_DELAY_MS)`
        : config.ANTHROPIC_API_KEY
          ? 'model phrasing through the guard'
          : config.HUB_BOT_WORD_PACE_MS > 0
            ? `template text, word by word every ${config.HUB_BOT_WORD_PACE_MS} ms (HUB_BOT_WORD_PACE_MS)`
            : 'template text, whole',
      tenants: tenants.all().map((tenant) => tenant.id),
      ...(servesApps
        ? {
            apps: [...(serveDemo ? ['/demo/'] : []), '/agent/', '/supervisor/'].map(
              (path) => `http://localhost:${port}${path}`,
            ),
          }
        : {}),
    },
    `Jorge Hub listening on http://localhost:${port}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining');
    alerts.stop();
    tenantRefresh.stop();
    void Promise.all([scheduler.stop(), cluster.stop()])
      .then(() => hub.close({ graceMs: config.HUB_SHUTDOWN_GRACE_MS }))
      // Background lead events (coaching, model usage) still being appended reach the store before it closes.
      .then(() => leadEvents.idle())
      .then(() => cluster.close())
      .then(() => store.close())
      .then(() => {
        logger.info('stopped cleanly');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Jorge Hub failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
