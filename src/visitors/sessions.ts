import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { HubError } from '../errors.js';
import type { Listing } from '../protocol/common.js';
import type { LeadRecord, Store, VisitorSecretRecord } from '../store/types.js';
import type { Tenant } from '../tenants.js';
import { hashVisitorSecret, newVisitorSecret, verifyIdentityHash } from './secrets.js';

export interface VisitorIdentity {
  userId: string;
  hash: string;
  name?: string;
  email?: string;
  phone?: string;
}

export interface OpenVisitorInput {
  tenant: Tenant;
  visitorSecret?: string;
  identity?: VisitorIdentity;
  context: { listing?: Listing; intent?: 'buy' | 'sell' };
  /**
   * Asked before a new lead is created (a first visit, or a site user seen for the first time); false refuses the
   * session with RATE_LIMITED. A returning visitor with a live secret or a known identity never asks, so a flood
   * of new sessions cannot lock returning leads out (the per-tenant widget-session budget is spent here).
   */
  admitNewLead?: () => Promise<boolean>;
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
}

/**
 * Who a widget visitor is. An anonymous visitor is recognised only by a server-issued secret (stored as a hash,
 * expiring, revocable); a site's logged-in user only by an identity hash its backend computed. Lead ids are server
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
    identity?: VisitorIdentity,
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

  /** The lead linked to a proven site user, created and linked on first sight (races resolved by the store). */
  async function identifiedLead(input: OpenVisitorInput, identity: VisitorIdentity): Promise<LeadRecord> {
    const tenantId = input.tenant.id;
    const linked = await store.findIdentity(tenantId, identity.userId);
    if (linked) {
      const lead = await store.getLead(tenantId, linked.leadId);
      if (lead) return lead;
    }
    await admitNewLead(input);
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
      const winnerLead = winner && (await store.getLead(tenantId, winner.leadId));
      if (!winnerLead) throw error;
      return winnerLead;
    }
  }

  async function admitNewLead(input: OpenVisitorInput): Promise<void> {
    if (input.admitNewLead && !(await input.admitNewLead()))
      throw new HubError('RATE_LIMITED', 'Too many widget sessions; retry in a minute');
  }

  async function presentedSecret(tenantId: string, secret: string | undefined) {
    if (!secret) return null;
    const record = await store.findVisitorSecret(tenantId, hashVisitorSecret(secret));
    return isLive(record) ? record : null;
  }

  return {
    async open(input: OpenVisitorInput): Promise<OpenedVisitor> {
      const tenantId = input.tenant.id;
      const secret = await presentedSecret(tenantId, input.visitorSecret);
      const identity =
        input.identity &&
        input.tenant.identitySecret &&
        verifyIdentityHash(input.tenant.identitySecret, input.identity.userId, input.identity.hash)
          ? input.identity
          : undefined;

      if (identity) {
        const lead = await identifiedLead(input, identity);
        if (secret && secret.leadId === lead.id) {
          await store.touchVisitorSecret(tenantId, secret.id, expiry());
          return { lead, secretId: secret.id, visitorSecret: input.visitorSecret!, via: 'identity' };
        }
        return { lead, ...(await issueSecret(tenantId, lead.id)), via: 'identity' };
      }
      if (secret) {
        const lead = await store.getLead(tenantId, secret.leadId);
        if (lead && (await store.touchVisitorSecret(tenantId, secret.id, expiry()))) {
          return { lead, secretId: secret.id, visitorSecret: input.visitorSecret!, via: 'secret' };
        }
      }
      await admitNewLead(input);
      const lead = await createLead(tenantId, input.context);
      return { lead, ...(await issueSecret(tenantId, lead.id)), via: 'new' };
    },

    /** True while the secret behind a widget token is neither revoked nor expired (checked on every connect). */
    async isSessionLive(tenantId: string, secretId: string): Promise<boolean> {
      return isLive(await store.getVisitorSecret(tenantId, secretId));
    },

    /** Ends every anonymous secret of the lead; the caller disconnects the lead's sockets. */
    revoke: (tenantId: string, leadId: string) =>
      store.revokeVisitorSecrets(tenantId, leadId, now().toISOString()),
  };
}

export type VisitorSessions = ReturnType<typeof createVisitorSessions>;
