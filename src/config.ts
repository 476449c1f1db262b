import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const port = z.coerce.number().int().min(0).max(65_535);
const positiveMs = z.coerce.number().int().positive();

/** Every environment variable the hub reads, with its default. Documented in README.md. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_DATA_DIR: z.string().min(1).default('./data'),
  HUB_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  HUB_TENANTS_FILE: z.string().min(1).default('./config/tenants.json'),
  HUB_JWT_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default('dev-only-secret-change-me-0123456789'),
  HUB_NODE_ID: z.string().min(1).max(64).optional(),
  HUB_WIDGET_TOKEN_TTL_S: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3600),
  HUB_RATE_LIMIT_PER_10S: z.coerce.number().int().positive().default(20),
  HUB_SHUTDOWN_GRACE_MS: positiveMs.default(10_000),
  HUB_WEBHOOK_URL: z.url().optional(),
  HUB_WEBHOOK_SECRET: z.string().min(8).optional(),
  HUB_SCHEDULER_INTERVAL_MS: positiveMs.default(5_000),
  HUB_SWEEPER_DEADLINE_MS: positiveMs.default(4_000),
  HUB_SWEEPER_HORIZON_MS: positiveMs.default(24 * 3600_000),
  HUB_LEASE_MS: positiveMs.default(5_000),
  HUB_TURN_QUIET_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  HUB_TURN_MAX_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(3_000),
  /** Test-only: a hub process kills itself at this step of a bot turn (crash tests). */
  HUB_CRASH_AT: z.enum(['after_decide', 'after_store']).optional(),
  HUB_PRESENCE_HEARTBEAT_MS: positiveMs.default(5_000),
  HUB_BOT_TOKEN_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  HUB_BOT_WORD_PACE_MS: z.coerce.number().int().min(0).max(1_000).default(45),
  HUB_SERVE_CLIENT: bool.default(true),
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
});

export type Config = z.infer<typeof configSchema>;

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
  if (
    config.NODE_ENV === 'production' &&
    config.HUB_JWT_SECRET === configSchema.shape.HUB_JWT_SECRET.parse(undefined)
  ) {
    throw new ConfigError('Invalid configuration:\n  HUB_JWT_SECRET: must be set in production');
  }
  return config;
}
