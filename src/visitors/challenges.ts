import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  CHALLENGE_NONCE,
  challengeInput,
  leadingZeroBits,
  type ChallengeSolution,
  type SessionChallenge,
} from '../protocol/challenge.js';
import type { RateLimitFactory } from '../realtime/rate-limit.js';

export interface SessionChallengeOptions {
  /** The hub's signing secret (HUB_JWT_SECRET); the challenge key is derived from it, for this purpose only. */
  secret: string;
  /** Leading zero bits a solution's hash must have (HUB_WIDGET_CHALLENGE_BITS). */
  bits: number;
  /** How long a challenge is accepted. */
  ttlMs: number;
  now: () => Date;
  /** Where used challenges are remembered: shared by every node through Redis when the factory is. */
  rateLimits: RateLimitFactory;
}

/**
 * Signed, expiring proof-of-work challenges for widget sessions (src/protocol/challenge.ts). A token is
 * `c1.<tenant>.<expires ms>.<bits>.<random>.<mac>`, the mac an HMAC-SHA256 of the rest under a key derived from the
 * hub's secret, so the hub keeps no state for the challenges it hands out; each solution is accepted once (a
 * limiter of one point per token for the token's lifetime: with REDIS_URL every node sees it spent).
 */
export function createSessionChallenges(options: SessionChallengeOptions) {
  const key = createHmac('sha256', options.secret).update('jorge-hub widget session challenge v1').digest();
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  const spent = options.rateLimits('session-challenge', {
    points: 1,
    durationMs: options.ttlMs + 60_000,
  });

  return {
    bits: options.bits,
    issue(tenantId: string): SessionChallenge {
      const expires = options.now().getTime() + options.ttlMs;
      const body = `c1.${tenantId}.${expires}.${options.bits}.${randomBytes(12).toString('base64url')}`;
      return {
        token: `${body}.${mac(body)}`,
        bits: options.bits,
        expiresAt: new Date(expires).toISOString(),
      };
    },

    /** True once for a valid, unexpired, solved challenge of this tenant; false for anything else or a replay. */
    async verify(tenantId: string, solution: ChallengeSolution): Promise<boolean> {
      const parts = solution.token.split('.');
      if (parts.length !== 6 || parts[0] !== 'c1' || parts[1] !== tenantId) return false;
      if (!CHALLENGE_NONCE.test(solution.nonce)) return false;
      const body = parts.slice(0, 5).join('.');
      const given = Buffer.from(parts[5]!);
      const expected = Buffer.from(mac(body));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      if (Number(parts[2]) <= options.now().getTime()) return false;
      const bits = Number(parts[3]);
      const digest = createHash('sha256').update(challengeInput(solution.token, solution.nonce)).digest();
      if (leadingZeroBits(digest) < bits) return false;
      // Spent once: the key is the token's mac (unique per challenge).
      return spent.take(`c:${parts[5]}`);
    },
  };
}

export type SessionChallenges = ReturnType<typeof createSessionChallenges>;
