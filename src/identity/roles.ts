import { HubError } from '../errors.js';
import type { AuthorType, StaffRole } from '../protocol/common.js';

/** Supervisors and admins oversee the team: release others' conversations, barge, assign, approve. */
export function isSupervisorRole(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** How a staff member appears as a message author (admins write as supervisors). */
export function authorTypeOf(role: StaffRole): Extract<AuthorType, 'agent' | 'supervisor'> {
  return role === 'agent' ? 'agent' : 'supervisor';
}

/**
 * Actions on a conversation that only its owner or a supervisor may take (call words, a call start, the bot
 * re-enabled): FORBIDDEN for any other agent. `action` completes "Only the conversation's owner or a supervisor can".
 */
export function requireOwnerOrSupervisor(
  claims: { userId: string; role: StaffRole },
  conversation: { owner: { type: string; id?: string | undefined } },
  action: string,
): void {
  const ownsIt = conversation.owner.type === 'agent' && conversation.owner.id === claims.userId;
  if (!ownsIt && !isSupervisorRole(claims.role)) {
    throw new HubError('FORBIDDEN', `Only the conversation's owner or a supervisor can ${action}`);
  }
}
