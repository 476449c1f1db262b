import type { AuthorType, StaffRole } from '../protocol/common.js';

/** Supervisors and admins oversee the team: release others' conversations, barge, assign, approve. */
export function isSupervisorRole(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** How a staff member appears as a message author (admins write as supervisors). */
export function authorTypeOf(role: StaffRole): Extract<AuthorType, 'agent' | 'supervisor'> {
  return role === 'agent' ? 'agent' : 'supervisor';
}
