import type { StaffClaims } from '../auth.js';
import type { StaffRole } from '../protocol/common.js';
import type { StaffMemberRecord, Store } from '../store/types.js';

/** One member of the roster as staff see it: the stored record plus whether they are online now. */
export interface RosterEntry {
  userId: string;
  name: string;
  role: StaffRole;
  online: boolean;
  active: boolean;
  email?: string;
  lastSignInAt?: string;
}

export interface StaffRoster {
  /** The tenant's roster (stored members and anyone online), online first then by name. */
  list(tenantId: string): Promise<RosterEntry[]>;
  /** A staff connection counts as a sign-in: it adds the member to the roster or refreshes it. */
  noteConnection(claims: StaffClaims): Promise<void>;
}

export function createStaffRoster(deps: {
  store: Store;
  now: () => Date;
  /** Who is connected to the agent console now, across the cluster. */
  online: (tenantId: string) => Promise<{ userId: string; name: string; role: StaffRole }[]>;
}): StaffRoster {
  const toEntry = (member: StaffMemberRecord, online: boolean): RosterEntry => ({
    userId: member.userId,
    name: member.name,
    role: member.role,
    online,
    active: member.active,
    ...(member.email ? { email: member.email } : {}),
    ...(member.lastSignInAt ? { lastSignInAt: member.lastSignInAt } : {}),
  });
  return {
    async list(tenantId) {
      const [members, online] = await Promise.all([
        deps.store.listStaffMembers(tenantId),
        deps.online(tenantId),
      ]);
      const onlineIds = new Set(online.map((entry) => entry.userId));
      const entries = members.map((member) => toEntry(member, onlineIds.has(member.userId)));
      const known = new Set(members.map((member) => member.userId));
      for (const entry of online) {
        if (!known.has(entry.userId)) entries.push({ ...entry, online: true, active: true });
      }
      return entries.sort(
        (a, b) =>
          Number(b.online) - Number(a.online) ||
          a.name.localeCompare(b.name) ||
          a.userId.localeCompare(b.userId),
      );
    },
    async noteConnection(claims) {
      await deps.store.recordStaffSignIn({
        tenantId: claims.tenantId,
        userId: claims.userId,
        name: claims.name,
        role: claims.role,
        at: deps.now().toISOString(),
      });
    },
  };
}
