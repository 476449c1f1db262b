import type { Config } from '../config.js';
import type { StaffRole } from '../protocol/common.js';
import { idSchema } from '../protocol/common.js';
import { createHash } from 'node:crypto';

/** One OpenID Connect sign-in provider of the hub (per deployment, or per tenant). */
export interface OidcProviderSettings {
  /** The provider's id in URLs (`/auth/oidc/:id/login`). */
  id: string;
  /** Shown on the sign-in button: "Sign in with <label>". */
  label: string;
  /** The tenant whose staff sign in through this provider. */
  tenantId: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  scopes: string;
  /** Email domains allowed to sign in (lower case); empty allows any verified email. */
  allowedDomains: string[];
  /** Groups (values of groupsClaim) allowed to sign in; empty allows any. */
  allowedGroups: string[];
  /** The claim that lists the user's groups or app roles (`groups`, `roles`, ...). */
  groupsClaim: string;
  /** Members of any of these groups get the admin role, else of supervisorGroups supervisor, else agent. */
  adminGroups: string[];
  supervisorGroups: string[];
}

/** Staff session lifetimes. */
export interface SessionSettings {
  /** Lifetime of the access tokens issued from a session (at most an hour). */
  accessTokenTtlS: number;
  /** Lifetime of a sign-in session (renewals stop after it). */
  sessionTtlS: number;
  /** The hub's public base URL (callback URL, Secure cookies); derived from the request when unset. */
  publicUrl?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The deployment's provider from HUB_OIDC_* (none when HUB_OIDC_ISSUER is unset). */
export function oidcSettingsFromConfig(config: Config, defaultTenantId: string): OidcProviderSettings[] {
  if (!config.HUB_OIDC_ISSUER) return [];
  if (!config.HUB_OIDC_CLIENT_ID) throw new Error('HUB_OIDC_CLIENT_ID is required with HUB_OIDC_ISSUER');
  return [
    {
      id: 'default',
      label: config.HUB_OIDC_LABEL,
      tenantId: config.HUB_OIDC_TENANT ?? defaultTenantId,
      issuer: config.HUB_OIDC_ISSUER,
      clientId: config.HUB_OIDC_CLIENT_ID,
      ...(config.HUB_OIDC_CLIENT_SECRET ? { clientSecret: config.HUB_OIDC_CLIENT_SECRET } : {}),
      scopes: config.HUB_OIDC_SCOPES,
      allowedDomains: list(config.HUB_OIDC_ALLOWED_DOMAINS).map((domain) => domain.toLowerCase()),
      allowedGroups: list(config.HUB_OIDC_ALLOWED_GROUPS),
      groupsClaim: config.HUB_OIDC_GROUPS_CLAIM,
      adminGroups: list(config.HUB_OIDC_ADMIN_GROUPS),
      supervisorGroups: list(config.HUB_OIDC_SUPERVISOR_GROUPS),
    },
  ];
}

export interface StaffIdentity {
  userId: string;
  name: string;
  email?: string;
  role: StaffRole;
}

export type Admission = { ok: true; identity: StaffIdentity } | { ok: false; reason: string };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A hub user id from the provider's subject: as is when it is a valid id, else a stable hash of it. */
export function userIdFromSubject(providerId: string, subject: string): string {
  if (idSchema.safeParse(subject).success && subject.length <= 64) return subject;
  return `oidc-${createHash('sha256').update(`${providerId}:${subject}`).digest('hex').slice(0, 32)}`;
}

/**
 * Who signed in, or why they are refused: the email must be verified and in an allowed domain, the groups must
 * meet the allowed groups, and the groups map to the hub's role.
 */
export function admit(settings: OidcProviderSettings, claims: Record<string, unknown>): Admission {
  const subject = text(claims.sub);
  if (!subject) return { ok: false, reason: 'no subject' };
  const email = text(claims.email)?.toLowerCase();
  if (settings.allowedDomains.length > 0) {
    if (!email) return { ok: false, reason: 'no email' };
    if (claims.email_verified === false) return { ok: false, reason: 'email not verified' };
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!settings.allowedDomains.includes(domain))
      return { ok: false, reason: `domain ${domain} not allowed` };
  }
  const rawGroups = claims[settings.groupsClaim];
  const groups = Array.isArray(rawGroups)
    ? rawGroups.filter((group): group is string => typeof group === 'string')
    : typeof rawGroups === 'string'
      ? [rawGroups]
      : [];
  if (settings.allowedGroups.length > 0 && !groups.some((group) => settings.allowedGroups.includes(group))) {
    return { ok: false, reason: 'not in an allowed group' };
  }
  const role: StaffRole = groups.some((group) => settings.adminGroups.includes(group))
    ? 'admin'
    : groups.some((group) => settings.supervisorGroups.includes(group))
      ? 'supervisor'
      : 'agent';
  const name = (text(claims.name) ?? text(claims.preferred_username) ?? email ?? subject).slice(0, 120);
  return {
    ok: true,
    identity: {
      userId: userIdFromSubject(settings.id, subject),
      name,
      ...(email ? { email } : {}),
      role,
    },
  };
}
