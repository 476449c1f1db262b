import { z } from 'zod';
import { DEV_DATA_KEYS, parseDataKeys, type DataKeySettings } from './store/personal-data.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const port = z.coerce.number().int().min(0).max(65_535);
const positiveMs = z.coerce.number().int().positive();
/** A limit: 0 means unlimited. */
const limit = z.coerce.number().int().min(0);

/** The value of HUB_TRUST_PROXY_ACK that acknowledges what HUB_TRUST_PROXY trusts. */
export const TRUST_PROXY_ACK = 'proxy-overwrites-x-forwarded-for';

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789';
/** Production secrets: at least this long (e.g. `openssl rand -hex 32` gives 64). */
export const PRODUCTION_SECRET_MIN_LENGTH = 32;

/** Every environment variable the hub reads, with its default. Documented in README.md. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  /** Default: 0.0.0.0 in production, 127.0.0.1 otherwise (development hubs mint dev tokens). */
  HOST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_DATA_DIR: z.string().min(1).default('./data'),
  HUB_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  /** Seeds the store's tenants at the first boot (a tenant the store holds is never read from it again). */
  HUB_TENANTS_FILE: z.string().min(1).default('./config/tenants.json'),
  /** How often a node reads every tenant's settings again, in case a change message was lost (Redis away). */
  HUB_TENANT_REFRESH_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  HUB_JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  HUB_NODE_ID: z.string().min(1).max(64).optional(),
  /** Personal data at rest (src/store/personal-data.ts): `keyId:base64key,...`; required in production. */
  HUB_DATA_KEYS: z.string().min(1).optional(),
  HUB_DATA_KEY_ACTIVE: z.string().min(1).optional(),
  HUB_DATA_LOOKUP_KEY: z.string().min(1).optional(),
  HUB_WIDGET_TOKEN_TTL_S: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3600),
  HUB_VISITOR_SECRET_TTL_S: z.coerce
    .number()
    .int()
    .positive()
    .default(90 * 24 * 3600),
  HUB_RATE_LIMIT_PER_10S: z.coerce.number().int().positive().default(20),
  HUB_SHUTDOWN_GRACE_MS: positiveMs.default(10_000),
  HUB_WEBHOOK_URL: z.url().optional(),
  HUB_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  HUB_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  HUB_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  HUB_WIDGET_SESSIONS_PER_MIN_PER_IP: limit.default(30),
  /** New leads (at their first message) per tenant per minute before every new anonymous visitor solves a challenge. */
  HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT: limit.default(300),
  HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET: limit.default(10),
  HUB_WIDGET_CHALLENGE_BITS: z.coerce.number().int().min(1).max(24).default(14),
  /**
   * Says that the proxy in front of the hub overwrites X-Forwarded-For and that only it reaches the hub: required
   * in production with HUB_TRUST_PROXY above 0 (docs/SECURITY.md "HUB_TRUST_PROXY").
   */
  HUB_TRUST_PROXY_ACK: z.literal(TRUST_PROXY_ACK).optional(),
  // Connection and per-socket limits (src/realtime/limits.ts, src/realtime/handler.ts; docs/SECURITY.md).
  HUB_MAX_CONNECTIONS: limit.default(10_000),
  HUB_MAX_CONNECTIONS_PER_IP: limit.default(200),
  HUB_SOCKET_EVENTS_PER_10S: limit.default(100),
  HUB_SOCKET_MAX_IN_FLIGHT: limit.default(8),
  HUB_SOCKET_MAX_BUFFER_BYTES: limit.default(4 * 1024 * 1024),
  HUB_SOCKET_STALL_MS: positiveMs.default(10_000),
  HUB_SOCKET_INBOUND_BYTES_PER_S: limit.default(64 * 1024),
  HUB_INBOUND_BYTES_PER_S_PER_IP: limit.default(256 * 1024),
  // Answer sizes (src/conversations/service.ts PageLimits; docs/SECURITY.md "Limits").
  HUB_REPLAY_MAX_MESSAGES: z.coerce.number().int().min(10).max(10_000).default(1_000),
  HUB_REPLAY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(16 * 1024)
    .max(64 * 1024 * 1024)
    .default(512 * 1024),
  HUB_LIVE_PAGE_SIZE: z.coerce.number().int().min(10).max(5_000).default(200),
  HUB_SCHEDULER_INTERVAL_MS: positiveMs.default(5_000),
  // The webhook outbox (docs/INTEGRATIONS.md "Delivery"): polling, the lease per delivery, the retries.
  HUB_OUTBOX_INTERVAL_MS: positiveMs.default(1_000),
  HUB_OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  HUB_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  HUB_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  HUB_WEBHOOK_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(24 * 3_600_000)
    .default(15 * 60_000),
  HUB_SWEEPER_DEADLINE_MS: positiveMs.default(4_000),
  HUB_SWEEPER_HORIZON_MS: positiveMs.default(24 * 3600_000),
  HUB_LEASE_MS: positiveMs.default(5_000),
  /** The widget asks the lead for a 1-5 rating after a close, and after this many quiet minutes (0: close only). */
  HUB_SATISFACTION_QUIET_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(30),
  HUB_TURN_QUIET_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  HUB_TURN_MAX_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(3_000),
  // The model reads each bot turn within this many ms, then the rules' reading is used alone; 0 turns it off.
  HUB_MODEL_READ_MS: z.coerce.number().int().min(0).max(1_500).default(1_500),
  /** With a model: how long Claude may take to write the after-conversation summary before the rules' is used. */
  HUB_SUMMARY_TIMEOUT_MS: z.coerce.number().int().min(500).max(30_000).default(5_000),
  /** Test-only: a hub process kills itself at this step of a bot turn (crash tests). */
  HUB_CRASH_AT: z.enum(['after_decide', 'after_store']).optional(),
  HUB_PRESENCE_HEARTBEAT_MS: positiveMs.default(5_000),
  HUB_BOT_TOKEN_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  HUB_BOT_WORD_PACE_MS: z.coerce.number().int().min(0).max(1_000).default(45),
  HUB_SERVE_CLIENT: bool.default(true),
  /** The demo pages (`/demo/`) and the test-only tenants (`acme`): default on outside production, off in it. */
  HUB_SERVE_DEMO: bool.optional(),
  MONGODB_URI: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('jorge:'),
  REDIS_SHARDED: bool.default(false),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  HUB_MODEL_FAST: z.string().min(1).default('claude-haiku-4-5'),
  HUB_MODEL_STRONG: z.string().min(1).default('claude-sonnet-4-5'),
  HUB_MODEL_FIRST_TOKEN_TIMEOUT_MS: positiveMs.default(2_000),
  HUB_MODEL_TOTAL_TIMEOUT_MS: positiveMs.default(30_000),
  HUB_MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  HUB_TENANT_TOKENS_PER_HOUR: z.coerce.number().int().positive().default(200_000),
  // Staff sign-in (src/identity/, docs/SECURITY.md "Staff sign-in"); the callback URL uses HUB_PUBLIC_URL.
  HUB_ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(60).max(3_600).default(900),
  HUB_SESSION_TTL_S: z.coerce
    .number()
    .int()
    .min(300)
    .max(30 * 86_400)
    .default(12 * 3_600),
  HUB_OIDC_ISSUER: z.url().optional(),
  HUB_OIDC_CLIENT_ID: z.string().min(1).optional(),
  HUB_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  HUB_OIDC_TENANT: z.string().min(1).optional(),
  HUB_OIDC_LABEL: z.string().min(1).max(60).default('your identity provider'),
  HUB_OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  HUB_OIDC_ALLOWED_DOMAINS: z.string().optional(),
  HUB_OIDC_ALLOWED_GROUPS: z.string().optional(),
  HUB_OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  HUB_OIDC_ADMIN_GROUPS: z.string().optional(),
  HUB_OIDC_SUPERVISOR_GROUPS: z.string().optional(),
  HUB_PUBLIC_URL: z.url().optional(),
  HUB_TELEPHONY_REPLAY_WINDOW_MS: positiveMs.default(300_000),
  HUB_TELEPHONY_GAP_WAIT_MS: positiveMs.default(1_500),
  HUB_TELEPHONY_STALL_MS: positiveMs.default(15_000),
  /** Local testing only (refused in production): staff alert channels may page loopback and private hosts. */
  HUB_ALERT_CHANNELS_ALLOW_PRIVATE: bool.default(false),
});

export type Config = Omit<z.infer<typeof configSchema>, 'HOST'> & { HOST: string };

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  const problems = secretProblems(config);
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }
  const production = config.NODE_ENV === 'production';
  return { ...config, HOST: config.HOST ?? (production ? '0.0.0.0' : '127.0.0.1') };
}

/**
 * One key per purpose: the webhook key (which the receiving CRM holds) is never the staff-token key, so a webhook
 * receiver cannot mint staff tokens. In production, no default or short secret starts a hub.
 */
function secretProblems(config: z.infer<typeof configSchema>): string[] {
  const problems: string[] = [];
  if (config.HUB_WEBHOOK_URL && !config.HUB_WEBHOOK_SECRET) {
    problems.push(
      'HUB_WEBHOOK_SECRET: must be set when HUB_WEBHOOK_URL is set (its own key, never HUB_JWT_SECRET)',
    );
  }
  if (config.HUB_WEBHOOK_SECRET && config.HUB_WEBHOOK_SECRET === config.HUB_JWT_SECRET) {
    problems.push('HUB_WEBHOOK_SECRET: must differ from HUB_JWT_SECRET');
  }
  if (config.HUB_DATA_KEYS || config.HUB_DATA_LOOKUP_KEY || config.HUB_DATA_KEY_ACTIVE) {
    try {
      dataKeysFromConfig(config);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (config.NODE_ENV !== 'production') return problems;
  const strong = (name: string, value: string | undefined) => {
    if (value !== undefined && value.length < PRODUCTION_SECRET_MIN_LENGTH) {
      problems.push(`${name}: must be at least ${PRODUCTION_SECRET_MIN_LENGTH} characters in production`);
    }
  };
  if (config.HUB_ALERT_CHANNELS_ALLOW_PRIVATE) {
    problems.push('HUB_ALERT_CHANNELS_ALLOW_PRIVATE: for local testing only, never in production');
  }
  if (config.HUB_TRUST_PROXY > 0 && config.HUB_TRUST_PROXY_ACK !== TRUST_PROXY_ACK) {
    problems.push(
      `HUB_TRUST_PROXY: the hub would take X-Forwarded-For as the client's address; set it only behind a proxy that overwrites that header and is the only way in, and say so with HUB_TRUST_PROXY_ACK=${TRUST_PROXY_ACK}`,
    );
  }
  if (config.HUB_JWT_SECRET === DEV_JWT_SECRET) problems.push('HUB_JWT_SECRET: must be set in production');
  else strong('HUB_JWT_SECRET', config.HUB_JWT_SECRET);
  strong('HUB_WEBHOOK_SECRET', config.HUB_WEBHOOK_SECRET);

  strong('HUB_METRICS_TOKEN', config.HUB_METRICS_TOKEN);
  return problems;
}

/**
 * The keys of the personal data at rest: HUB_DATA_KEYS / HUB_DATA_KEY_ACTIVE / HUB_DATA_LOOKUP_KEY, or outside
 * production when none is set, the documented development keys (DEV_DATA_KEYS: they protect nothing). Throws in
 * production when they are missing: the server does not start.
 */
export function dataKeysFromConfig(
  config: Pick<Config, 'HUB_DATA_KEYS' | 'HUB_DATA_KEY_ACTIVE' | 'HUB_DATA_LOOKUP_KEY' | 'NODE_ENV'>,
): DataKeySettings {
  if (!config.HUB_DATA_KEYS && !config.HUB_DATA_LOOKUP_KEY) {
    if (config.NODE_ENV !== 'production') return DEV_DATA_KEYS;
    // Checked where the store opens (not in loadConfig): `npm run token` needs no data keys.
    throw new Error(
      'HUB_DATA_KEYS and HUB_DATA_LOOKUP_KEY: must be set in production (lead personal data is encrypted ' +
        'at rest; make each key with `npm run data-key`)',
    );
  }
  if (!config.HUB_DATA_KEYS) throw new Error('HUB_DATA_KEYS: must be set with HUB_DATA_LOOKUP_KEY');
  if (!config.HUB_DATA_LOOKUP_KEY) throw new Error('HUB_DATA_LOOKUP_KEY: must be set with HUB_DATA_KEYS');
  return parseDataKeys(config.HUB_DATA_KEYS, config.HUB_DATA_KEY_ACTIVE, config.HUB_DATA_LOOKUP_KEY);
}
