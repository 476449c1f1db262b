import type { StaffClaims, TokenService } from '../auth.js';
import { HubError } from '../errors.js';
import { StaffRole } from '../protocol/common.js';
import type { Store } from '../store/types.js';

/** Past this many cached members the cache starts over (a bound, not an expected size). */
const MAX_ENTRIES = 10_000;

/** The lower of two roles (agent < supervisor < admin). */
export function lowerRole(a: StaffRole, b: StaffRole): StaffRole {
  return StaffRole.indexOf(a) <= StaffRole.indexOf(b) ? a : b;
}

/**
 * Whether a staff member may still act: a member an admin disabled (`active: false` in the roster) is refused
 * even with a valid staff token, and a member an admin demoted acts with the roster's role, not the token's (a
 * promotion takes a new sign-in). Answers come from a short per-process cache, emptied for a member whenever the
 * roster changes (on this node at once, on the others through `forget` from the cluster), so a socket event or a
 * busy REST client does not read the store each time. A token whose user is not on the roster (minted with
 * `npm run token`) is not refused here.
 */
export interface StaffStanding {
  /**
   * Throws FORBIDDEN when the member is disabled, UNAUTHORIZED when the token's sign-in session ended (signed out,
   * expired); else the claims with the role the roster allows now.
   */
  check(claims: StaffClaims): Promise<StaffClaims>;
  /** Drops the cached answer for a member (their roster entry changed). */
  forget(tenantId: string, userId: string): void;
  /** Drops the cached answer for a sign-in session (it ended). */
  forgetSession(sessionId: string): void;
  /** The same token service with `verifyStaff` also checking the member's standing. */
  guard(tokens: TokenService): TokenService;
}

export function createStaffStanding(deps: {
  store: Store;
  ttlMs: number;
  nowMs?: () => number;
}): StaffStanding {
  const nowMs = deps.nowMs ?? Date.now;
  const cache = new Map<string, { active: boolean; role?: StaffRole; expiresAt: number }>();
  // Bumped by every forget: a store read that started before it does not put its (older) answer in the cache.
  let generation = 0;
  const keyOf = (tenantId: string, userId: string) => `${tenantId}\u0000${userId}`;
  /** Sign-in sessions behind session tokens: live or not, cached like the standing. */
  const sessions = new Map<string, { live: boolean; expiresAt: number }>();

  async function sessionLive(sessionId: string): Promise<boolean> {
    const cached = sessions.get(sessionId);
    if (cached && cached.expiresAt > nowMs()) return cached.live;
    const startedAt = generation;
    const session = await deps.store.getStaffSession(sessionId);
    const live = Boolean(
      session && session.revokedAt === undefined && Date.parse(session.expiresAt) > nowMs(),
    );
    if (startedAt === generation) {
      if (sessions.size >= MAX_ENTRIES) sessions.clear();
      sessions.set(sessionId, { live, expiresAt: nowMs() + deps.ttlMs });
    }
    return live;
  }

  async function standingOf(
    tenantId: string,
    userId: string,
  ): Promise<{ active: boolean; role?: StaffRole }> {
    const key = keyOf(tenantId, userId);
    const cached = cache.get(key);
    if (cached && cached.expiresAt > nowMs()) return cached;
    const startedAt = generation;
    const member = await deps.store.getStaffMember(tenantId, userId);
    const entry = {
      active: member?.active ?? true,
      ...(member ? { role: member.role } : {}),
      expiresAt: nowMs() + deps.ttlMs,
    };
    if (startedAt === generation) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, entry);
    }
    return entry;
  }

  const standing: StaffStanding = {
    async check(claims) {
      if (claims.sid !== undefined && !(await sessionLive(claims.sid))) {
        throw new HubError('UNAUTHORIZED', 'The sign-in session ended; sign in again');
      }
      const { active, role } = await standingOf(claims.tenantId, claims.userId);
      if (!active) throw new HubError('FORBIDDEN', 'This staff member was disabled by an admin');
      return role && role !== claims.role ? { ...claims, role: lowerRole(claims.role, role) } : claims;
    },
    forget(tenantId, userId) {
      generation += 1;
      cache.delete(keyOf(tenantId, userId));
    },
    forgetSession(sessionId) {
      generation += 1;
      sessions.delete(sessionId);
    },
    guard(tokens) {
      return {
        ...tokens,
        async verifyStaff(token) {
          return standing.check(await tokens.verifyStaff(token));
        },
      };
    },
  };
  return standing;
}
