import type { StaffRosterEntry } from '../protocol/events.js';
import type { AgentNamespace } from './namespaces.js';
import { rooms } from './rooms.js';

/**
 * The staff signed in to the agent console right now, one entry per user, across every hub node (the adapter's
 * fetchSockets answers for the whole cluster). Used for the supervisor's Assign picker and "agents online".
 */
export async function onlineStaff(agent: AgentNamespace, tenantId: string): Promise<StaffRosterEntry[]> {
  const sockets = await agent.in(rooms.tenantStaff(tenantId)).fetchSockets();
  const byUser = new Map<string, StaffRosterEntry>();
  for (const socket of sockets) {
    const claims = socket.data.claims;
    if (!claims || claims.tenantId !== tenantId || byUser.has(claims.userId)) continue;
    byUser.set(claims.userId, { userId: claims.userId, name: claims.name, role: claims.role });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}
