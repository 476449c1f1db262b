import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { tenantIdSchema } from './names.js';
import { talkTracksSchema } from './coaching/talk-tracks.js';
import { settingSecret, telephonySettingsSchema } from './telephony/settings.js';
import type { WebhookEventType } from './integrations/payload.js';

/** The events a tenant's webhook endpoint may ask for (its `events` filter). */
export const TENANT_WEBHOOK_EVENTS = [
  'lead.created',
  'lead.identified',
  'lead.qualified',
  'lead.opted_out',
  'handoff.requested',
  'handoff.claimed',
  'handoff.unclaimed',
  'agent.assigned',
  'agent.paged',
  'call.booked',
  'conversation.closed',
  'conversation.reopened',
  'conversation.summarized',
] as const satisfies readonly WebhookEventType[];

/** The most endpoints a tenant may have. */
export const MAX_TENANT_WEBHOOKS = 10;

/** The id the old single `webhook` setting gets when it is read as a one-element `webhooks` list. */
export const LEGACY_WEBHOOK_ID = 'webhook';

/**
 * One of the tenant's webhook endpoints (docs/INTEGRATIONS.md "Endpoints"): the tenant's endpoints replace
 * HUB_WEBHOOK_URL for its events. `events` filters them (empty: every event; `lead.erased` always goes to every
 * enabled endpoint, so a CRM forgets what it got). `previousSecret` signs beside `secret` while a receiver switches
 * keys (rotation with an overlap). A disabled endpoint keeps its settings and receives nothing.
 */
export const tenantWebhookSchema = z.strictObject({
  /** Names the endpoint in the settings, the deliveries and the audit (lower-case letters, digits, - and _). */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, - and _ (at most 40)'),
  url: z.url({ protocol: /^https?$/ }),
  secret: settingSecret(32),
  previousSecret: settingSecret(32).optional(),
  events: z.array(z.enum(TENANT_WEBHOOK_EVENTS)).max(TENANT_WEBHOOK_EVENTS.length).default([]),
  enabled: z.boolean().default(true),
});
export type TenantWebhook = z.infer<typeof tenantWebhookSchema>;

/** Whether an endpoint receives an event of this type: enabled, and its filter takes it. */
export const endpointTakes = (endpoint: TenantWebhook, type: string): boolean =>
  endpoint.enabled &&
  (type === 'lead.erased' || endpoint.events.length === 0 || (endpoint.events as string[]).includes(type));

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings written before endpoints existed have one `webhook` object: it is read as `webhooks` with one enabled
 * endpoint, id LEGACY_WEBHOOK_ID. Pages went to that webhook whatever its filter, so a filter it had also takes
 * `agent.paged`. Settings with both fields are left for the schema to refuse (`webhook` is no longer a field).
 */
export function withWebhookList(settings: unknown): unknown {
  if (!isPlainRecord(settings) || !('webhook' in settings) || 'webhooks' in settings) return settings;
  const { webhook, ...rest } = settings;
  if (webhook === undefined || webhook === null) return rest;
  if (!isPlainRecord(webhook)) return settings;
  const events: unknown[] | undefined =
    Array.isArray(webhook.events) && webhook.events.length > 0 ? (webhook.events as unknown[]) : undefined;
  return {
    ...rest,
    webhooks: [
      {
        id: LEGACY_WEBHOOK_ID,
        enabled: true,
        ...webhook,
        ...(events && !events.includes('agent.paged') ? { events: [...events, 'agent.paged'] } : {}),
      },
    ],
  };
}

/** An IANA time zone this runtime knows (`America/Los_Angeles`). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as America/Los_Angeles');

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24 h)');

/** Opening hours: the weekdays (0 Sunday … 6 Saturday) and one local time range, open before close. */
export const businessHoursSchema = z
  .strictObject({
    days: z.array(z.number().int().min(0).max(6)).max(7),
    open: clockTime,
    close: clockTime,
  })
  .refine((hours) => hours.open < hours.close, { message: 'open must be before close', path: ['close'] })
  .refine((hours) => new Set(hours.days).size === hours.days.length, {
    message: 'each day once',
    path: ['days'],
  });

/** Quiet hours: from startHour (inclusive) to endHour (exclusive), local; a start after the end spans midnight. */
export const quietHoursSchema = z
  .strictObject({ startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(0).max(23) })
  .refine((quiet) => quiet.startHour !== quiet.endHour, {
    message: 'start and end differ',
    path: ['endHour'],
  });

const tenantObjectSchema = z.strictObject({
  id: tenantIdSchema,
  name: z.string().min(1),
  market: z.string().min(1),
  agentName: z.string().min(1),
  /** The name bot replies are shown under (never the agent's own name). */
  assistantName: z.string().min(1).max(60).default('Assistant'),
  /**
   * Canned replies of the agent console; `{lead}` and `{agent}` are filled in when one is used. A reply with a
   * `lang` is offered for leads in that language only; one without is offered for every lead.
   */
  cannedReplies: z
    .array(
      z.strictObject({
        title: z.string().min(1).max(60),
        text: z.string().min(1).max(1_000),
        lang: z.enum(['en', 'es']).optional(),
      }),
    )
    .max(100)
    .default([]),
  /**
   * What happens to an agent's message that breaks a compliance rule (Fair Housing, commission, referral
   * kickbacks): 'confirm' warns and sends once the agent confirms; 'block' warns and never sends it.
   */
  agentGuard: z.enum(['confirm', 'block']).default('confirm'),
  timeZone: timeZoneSchema.default('America/Los_Angeles'),
  /**
   * The hours the team answers, in the tenant's zone: a lead handed to the team outside them is told when the team
   * is next in. No day (the default): no office hours kept, a hand-off always says someone joins shortly.
   */
  businessHours: businessHoursSchema.default({ days: [], open: '09:00', close: '18:00' }),
  /** No outbound text or nurture follow-up between these local hours (src/jobs/scheduler.ts postpones them). */
  quietHours: quietHoursSchema.default({ startHour: 21, endHour: 8 }),
  knownAreas: z.array(z.string().min(1).max(80)).max(500).default([]),
  /** Streets the bot recognises as places, like the known areas (the bot's persona). */
  knownStreets: z.array(z.string().min(1).max(80)).max(500).default([]),
  /**
   * The team's own objection answers for the coach, per objection and language (src/coaching/talk-tracks.ts); the
   * built-in ones fill what is left out. The only source of claims about the agent the coach may use.
   */
  talkTracks: talkTracksSchema,
  /** Origins allowed to open widget sessions; a trailing ":*" allows any port. */
  widgetOrigins: z.array(z.string().min(1)).min(1),
  highValueThreshold: z.number().positive().default(1_200_000),
  calendarSlots: z.array(z.string().min(1)).max(3).default([]),
  tokensPerHour: z.number().int().positive().optional(),
  /**
   * Secret the site's backend signs its short-lived identity tokens with (HS256 JWTs, docs/SECURITY.md "Visitor
   * identity"), shared only with that backend; without it, client-supplied identities are ignored. At least 32
   * characters.
   */
  identitySecret: z.string().min(32).optional(),
  /**
   * LEGACY, off unless set: also accept the old identity hash (hex HMAC-SHA256 of the user id with identitySecret),
   * which never expires and does not cover name, email or phone. Only while a site moves to identity tokens; a
   * lead whose visitor secrets were revoked is never reached by a hash again.
   */
  legacyIdentityHash: z.boolean().default(false),
  /** Twilio account and auth token, feed keys (src/telephony, docs/TELEPHONY.md); server-side only. */
  telephony: telephonySettingsSchema.optional(),
  /**
   * The tenant's webhook endpoints (at most MAX_TENANT_WEBHOOKS, ids unique), each with its URL, signing secret(s),
   * event filter and on/off switch. None: the tenant's events go to HUB_WEBHOOK_URL, when set.
   */
  webhooks: z
    .array(tenantWebhookSchema)
    .max(MAX_TENANT_WEBHOOKS)
    .default([])
    .refine((endpoints) => new Set(endpoints.map((endpoint) => endpoint.id)).size === endpoints.length, {
      message: 'each endpoint id once',
    }),
  /**
   * A tenant for tests and demos only (the shipped `acme`): a production hub leaves it out unless HUB_SERVE_DEMO
   * turns the demo content on.
   */
  testOnly: z.boolean().default(false),
});
/** A tenant's settings; the old single `webhook` is read as a one-element `webhooks` list (withWebhookList). */
export const tenantSchema = z.preprocess(withWebhookList, tenantObjectSchema);
export type Tenant = z.infer<typeof tenantSchema>;

const tenantsFileSchema = z.strictObject({ tenants: z.array(tenantSchema).min(1) });

export interface TenantDirectory {
  get(id: string): Tenant | undefined;
  all(): Tenant[];
}

export function createTenantDirectory(tenants: Tenant[]): TenantDirectory {
  const byId = new Map(tenants.map((tenant) => [tenant.id, tenant]));
  if (byId.size !== tenants.length) throw new Error('Tenant ids must be unique');
  return { get: (id) => byId.get(id), all: () => [...byId.values()] };
}

export function loadTenants(path: string): TenantDirectory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`HUB_TENANTS_FILE: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = tenantsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`HUB_TENANTS_FILE: ${path} is invalid:\n${lines.join('\n')}`);
  }
  return createTenantDirectory(parsed.data.tenants);
}

export function isOriginAllowed(tenant: Tenant, origin: string | undefined): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = `${url.protocol}//${url.hostname}`;
  return tenant.widgetOrigins.some((allowed) => {
    if (allowed.endsWith(':*')) return allowed.slice(0, -2) === host;
    return allowed === url.origin;
  });
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The tenant's widget origins on this machine's own loopback (development pages, not a listing site). */
export function loopbackOrigins(tenant: Tenant): string[] {
  return tenant.widgetOrigins.filter((allowed) => {
    try {
      return LOOPBACK_HOSTS.has(new URL(allowed.endsWith(':*') ? allowed.slice(0, -2) : allowed).hostname);
    } catch {
      return false;
    }
  });
}

/**
 * The tenants a hub serves: without the demo content (a production hub, unless HUB_SERVE_DEMO), the test-only
 * ones are left out, so nobody can open sessions or sign in as them. Throws when nothing would be left.
 */
export function servedTenants(tenants: TenantDirectory, serveDemo: boolean): TenantDirectory {
  if (serveDemo) return tenants;
  const served = tenants.all().filter((tenant) => !tenant.testOnly);
  if (served.length === 0) {
    throw new Error(
      'HUB_TENANTS_FILE: every tenant is testOnly; list your own tenants (or set HUB_SERVE_DEMO=1)',
    );
  }
  return createTenantDirectory(served);
}
