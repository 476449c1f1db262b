import { HubError } from '../errors.js';
import { addressBucket, networkBucket } from '../http/client-ip.js';
import { limitKey } from '../names.js';
import type { ChallengeSolution } from '../protocol/challenge.js';
import type { RateLimitFactory } from '../realtime/rate-limit.js';
import type { SessionChallenges } from './challenges.js';

export interface SessionGateOptions {
  rateLimits: RateLimitFactory;
  challenges: SessionChallenges;
  /** Session requests per address (IPv4 address, IPv6 /64) per minute: the only hard refusal (HUB_WIDGET_SESSIONS_PER_MIN_PER_IP). */
  perAddress: number;
  /** New anonymous visitors per network (IPv4 /24, IPv6 /56) per minute without a challenge (0 = no such challenge). */
  freePerNetwork: number;
  /** New leads per tenant per minute, counted at their first message, past which every new anonymous visitor solves a challenge (0 = never). */
  leadsPerTenant: number;
}

/** Who asks for a session, as far as the route can tell before any store read. */
export type SessionAsker =
  { kind: 'identified'; tenantId: string; userId: string } | { kind: 'anonymous'; address: string };

/**
 * Who may open widget sessions when strangers flood a tenant (docs/SECURITY.md "Widget sessions under a flood").
 * Nothing a stranger does can refuse someone else: the one hard limit is per address (or, for a site user proven by
 * an identity token, per user), and the tenant-wide count only makes new anonymous visitors solve a cheap proof of
 * work (the widget does it by itself), never refuses them. That count is of leads that wrote a first message
 * (a session alone costs the tenant nothing); a network that opens many new sessions solves challenges too.
 */
export function createSessionGate(options: SessionGateOptions) {
  const { rateLimits, challenges } = options;
  const perAddress = rateLimits('sessions-ip', { points: options.perAddress, durationMs: 60_000 });
  const perUser = rateLimits('sessions-user', { points: options.perAddress, durationMs: 60_000 });
  const perNetwork = rateLimits('sessions-net', { points: options.freePerNetwork, durationMs: 60_000 });
  const newLeads = rateLimits('leads-tenant', { points: options.leadsPerTenant, durationMs: 60_000 });
  const tooMany = () => new HubError('RATE_LIMITED', 'Too many widget sessions; retry in a minute');

  return {
    /** The hard per-asker limit, before any store read: an address, or a proven site user (never both). */
    async admitRequest(asker: SessionAsker): Promise<void> {
      const admitted =
        asker.kind === 'identified'
          ? await perUser.take(limitKey(asker.tenantId, asker.userId))
          : await perAddress.take(limitKey(addressBucket(asker.address)));
      if (!admitted) throw tooMany();
    },

    /**
     * A new anonymous visitor (no live secret, no proven identity) is about to become a lead. Under pressure (its
     * network past its free sessions, or the tenant past its new leads) it needs a solved challenge: without one,
     * or with a wrong, expired or spent one, the answer is RATE_LIMITED with a fresh challenge in `details`.
     */
    async admitAnonymousLead(input: {
      tenantId: string;
      address: string;
      solution: ChallengeSolution | undefined;
    }): Promise<void> {
      const networkFree =
        options.freePerNetwork <= 0 || (await perNetwork.take(limitKey(networkBucket(input.address))));
      const tenantCalm =
        options.leadsPerTenant <= 0 ||
        (await newLeads.used(limitKey(input.tenantId))) < options.leadsPerTenant;
      if (networkFree && tenantCalm) return;
      if (input.solution && (await challenges.verify(input.tenantId, input.solution))) return;
      throw new HubError('RATE_LIMITED', 'Solve the challenge to open a widget session', {
        details: { challenge: challenges.issue(input.tenantId) },
      });
    },

    /** A new lead wrote its first message (its conversation started): counted toward the tenant's pressure. */
    leadWrote(tenantId: string): void {
      if (options.leadsPerTenant > 0) void newLeads.take(limitKey(tenantId));
    },
  };
}

export type SessionGate = ReturnType<typeof createSessionGate>;
