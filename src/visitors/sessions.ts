import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { HubError } from '../errors.js';
import type { Listing } from '../protocol/common.js';
import type { IdentityLinkRecord, LeadRecord, Store, VisitorSecretRecord } from '../store/types.js';
import type { Tenant } from '../tenants.js';
import { hashVisitorSecret, newVisitorSecret, verifyIdentityHash } from './secrets.js';
import { verifyIdentityToken } from './identity-token.js';

/** The legacy identity: a hash of the user id alone (only for tenants with legacyIdentityHash). */
export interface VisitorIdentity {
  userId: string;
  hash: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** A site user proven to the hub, by a token (with when it was signed) or a legacy hash (without). */
interface ProvenIdentity {
  userId: string;
  name?: string;
  email?: string;
  phone?: string;
  /** iat of an identity token, in ms; undefined for a legacy hash. */
  issuedAtMs?: number;
}

/** Why a presented identity was not used (the visitor is then anonymous, or resumes by its own secret). */
export type IdentityRefusal =
  'expired' | 'invalid' | 'too_long_lived' | 'revoked' | 'legacy_off' | 'no_secret';

export interface OpenVisitorInput {
  tenant: Tenant;
  visitorSecret?: string;
  /** A short-lived identity token signed by the site's backend (identity-token.ts). */
  identityToken?: string;
  /** The legacy identity hash: used only when the tenant has legacyIdentityHash. */
  identity?: VisitorIdentity;
  context: { listing?: Listing; intent?: 'buy' | 'sell' };
  /**
   * Asked before a new anonymous lead is created (a first visit without a proven identity); it throws to refuse
   * the session (src/visitors/session-gate.ts: a challenge to solve under a flood). A returning visitor with a
   * live secret and a proven site user never ask, so no flood of strangers can keep them out.
   */
  admitNewLead?: () => Promise<void>;
}

export interface OpenedVisitor {
  lead: LeadRecord;
  /** The public handle of the secret (goes into the widget token); never the secret. */
  secretId: string;
  /** The secret the widget keeps: the presented one when it was valid, else a new one. */
  visitorSecret: string;
  /** How the visitor was recognised. */
  via: 'secret' | 'identity' | 'new';
}

export interface VisitorSessionsOptions {
  store: Store;
  now: () => Date;
  /** Sliding lifetime of a visitor secret: each resume moves its expiry to now + this. */
  secretTtlSeconds: number;
  /** Told when a presented identity is not used (logged by the caller; never the token or the hash). */
  onIdentityRefused?: (tenantId: string, reason: IdentityRefusal) => void;
}

/**
 * Who a widget visitor is. An anonymous visitor is recognised only by a server-issued secret (stored as a hash,
 * expiring, revocable); a site's logged-in user only by a short-lived identity token its backend signed (or, for a
 * tenant marked legacyIdentityHash, the old identity hash). Revoking the lead's secrets also stamps its identity
 * links: only a token signed after that reaches the lead again. Lead ids are server
 * ids (UUIDv7: the creation time to the millisecond, then at least 42 random bits); nothing the client sends becomes
 * an id, and no id is a credential: every access goes through a signed token or a staff session.
 */
export function createVisitorSessions(options: VisitorSessionsOptions) {
  const { store, now, secretTtlSeconds } = options;
  const expiry = () => new Date(now().getTime() + secretTtlSeconds * 1000).toISOString();
  const isLive = (record: VisitorSecretRecord | null): record is VisitorSecretRecord =>
    record !== null && record.revokedAt === undefined && Date.parse(record.expiresAt) > now().getTime();

  async function createLead(
    tenantId: string,
    context: OpenVisitorInput['context'],
    identity?: ProvenIdentity,
  ): Promise<LeadRecord> {
    const at = now().toISOString();
    return store.createLead({
      // Time-ordered (UUIDv7): the lead's conversation is `conv-<lead id>`, so the rows and index entries of the
      // conversations being written sit together at the end of their indexes instead of at random places; with
      // random ids an append dirtied a page of each message index of its own (BENCHMARKS.md, session 10).
      id: `lead-${uuidv7()}`,
      tenantId,
      profile: {},
      temperature: 'cold',
      optedOut: false,
      createdAt: at,
      updatedAt: at,
      ...(context.intent ? { intent: context.intent } : {}),
      ...(context.listing ? { sourceListing: context.listing } : {}),
      ...(identity?.name ? { name: identity.name } : {}),
      ...(identity?.email ? { email: identity.email } : {}),
      ...(identity?.phone ? { phone: identity.phone } : {}),
    });
  }

  async function issueSecret(tenantId: string, leadId: string) {
    const visitorSecret = newVisitorSecret();
    const record: VisitorSecretRecord = {
      id: `vsid-${randomUUID()}`,
      tenantId,
      leadId,
      secretHash: hashVisitorSecret(visitorSecret),
      createdAt: now().toISOString(),
      expiresAt: expiry(),
    };
    await store.createVisitorSecret(record);
    return { visitorSecret, secretId: record.id };
  }

  /** A link revoked at or after the identity was signed (a legacy hash: ever revoked) no longer opens the lead. */
  const revokedFor = (link: IdentityLinkRecord, identity: ProvenIdentity): boolean =>
    link.revokedAt !== undefined &&
    (identity.issuedAtMs === undefined || identity.issuedAtMs <= Date.parse(link.revokedAt));

  /**
   * The lead linked to a proven site user, created and linked on first sight (races resolved by the store); null
   * when the link was revoked after the identity was signed.
   */
  async function identifiedLead(
    input: OpenVisitorInput,
    identity: ProvenIdentity,
  ): Promise<LeadRecord | null> {
    const tenantId = input.tenant.id;
    const linked = await store.findIdentity(tenantId, identity.userId);
    if (linked) {
      if (revokedFor(linked, identity)) return null;
      const lead = await store.getLead(tenantId, linked.leadId);
      if (lead) return lead;
    }
    // A proven site user is never held back by anonymous traffic: no admission asked.
    const lead = await createLead(tenantId, input.context, identity);
    try {
      await store.linkIdentity({
        tenantId,
        userId: identity.userId,
        leadId: lead.id,
        createdAt: now().toISOString(),
      });
      return lead;
    } catch (error) {
      if (!(error instanceof HubError && error.code === 'CONFLICT')) throw error;
      const winner = await store.findIdentity(tenantId, identity.userId);
      if (winner && revokedFor(winner, identity)) return null;
      const winnerLead = winner && (await store.getLead(tenantId, winner.leadId));
      if (!winnerLead) throw error;
      return winnerLead;
    }
  }

  async function presentedSecret(tenantId: string, secret: string | undefined) {
    if (!secret) return null;
    const record = await store.findVisitorSecret(tenantId, hashVisitorSecret(secret));
    return isLive(record) ? record : null;
  }

  /**
   * The site user the request proves: a valid identity token, or a valid legacy hash where the tenant allows it.
   * `report` tells onIdentityRefused why one was not used (once per request: open() reports, the early look does not).
   */
  async function provenIdentity(
    input: Pick<OpenVisitorInput, 'tenant' | 'identityToken' | 'identity'>,
    report = true,
  ): Promise<ProvenIdentity | undefined> {
    const { tenant } = input;
    const refuse = (tenantId: string, reason: IdentityRefusal): undefined => {
      if (report) options.onIdentityRefused?.(tenantId, reason);
      return undefined;
    };
    if (!input.identityToken && !input.identity) return undefined;
    if (!tenant.identitySecret) return refuse(tenant.id, 'no_secret');
    if (input.identityToken) {
      const verified = await verifyIdentityToken(
        tenant.identitySecret,
        tenant.id,
        input.identityToken,
        now(),
      );
      return verified.ok ? verified.identity : refuse(tenant.id, verified.reason);
    }
    const legacy = input.identity!;
    if (!tenant.legacyIdentityHash) return refuse(tenant.id, 'legacy_off');
    if (!verifyIdentityHash(tenant.identitySecret, legacy.userId, legacy.hash))
      return refuse(tenant.id, 'invalid');
    return {
      userId: legacy.userId,
      ...(legacy.name ? { name: legacy.name } : {}),
      ...(legacy.email ? { email: legacy.email } : {}),
      ...(legacy.phone ? { phone: legacy.phone } : {}),
    };
  }

  return {
    async open(input: OpenVisitorInput): Promise<OpenedVisitor> {
      const tenantId = input.tenant.id;
      const secret = await presentedSecret(tenantId, input.visitorSecret);
      const identity = await provenIdentity(input);
      const identified = identity && (await identifiedLead(input, identity));
      if (identity && !identified) options.onIdentityRefused?.(tenantId, 'revoked');

      if (identified) {
        if (secret && secret.leadId === identified.id) {
          await store.touchVisitorSecret(tenantId, secret.id, expiry());
          return {
            lead: identified,
            secretId: secret.id,
            visitorSecret: input.visitorSecret!,
            via: 'identity',
          };
        }
        return { lead: identified, ...(await issueSecret(tenantId, identified.id)), via: 'identity' };
      }
      if (secret) {
        const lead = await store.getLead(tenantId, secret.leadId);
        if (lead && (await store.touchVisitorSecret(tenantId, secret.id, expiry()))) {
          return { lead, secretId: secret.id, visitorSecret: input.visitorSecret!, via: 'secret' };
        }
      }
      await input.admitNewLead?.();
      const lead = await createLead(tenantId, input.context);
      return { lead, ...(await issueSecret(tenantId, lead.id)), via: 'new' };
    },

    /**
     * The id of the site user the request proves, checked without any store read (signature and times only; a
     * revoked link is found later, by open): the session route limits a proven user per user, not per address.
     */
    async provenUserId(
      input: Pick<OpenVisitorInput, 'tenant' | 'identityToken' | 'identity'>,
    ): Promise<string | undefined> {
      return (await provenIdentity(input, false))?.userId;
    },

    /** True while the secret behind a widget token is neither revoked nor expired (checked on every connect). */
    async isSessionLive(tenantId: string, secretId: string): Promise<boolean> {
      return isLive(await store.getVisitorSecret(tenantId, secretId));
    },

    /**
     * Ends every anonymous secret of the lead and blocks its identity links until a token signed after now; the
     * caller disconnects the lead's sockets.
     */
    revoke: (tenantId: string, leadId: string) =>
      store.revokeVisitorSecrets(tenantId, leadId, now().toISOString()),
  };
}

export type VisitorSessions = ReturnType<typeof createVisitorSessions>;
