import { HubError } from '../errors.js';
import type { agentPayloads, supervisorPayloads } from '../protocol/events.js';
import type { StaffRole } from '../protocol/common.js';

const EVERY_STAFF = ['agent', 'supervisor', 'admin'] as const satisfies readonly StaffRole[];
const OVERSIGHT = ['supervisor', 'admin'] as const satisfies readonly StaffRole[];
const ADMIN = ['admin'] as const satisfies readonly StaffRole[];

/** Which roles may open each staff namespace (checked at the Socket.IO handshake). */
export const namespacePermissions = {
  '/agent': EVERY_STAFF,
  '/supervisor': OVERSIGHT,
} as const satisfies Record<string, readonly StaffRole[]>;

type AgentEvent = `/agent ${Extract<keyof typeof agentPayloads, string>}`;
type SupervisorEvent = `/supervisor ${Extract<keyof typeof supervisorPayloads, string>}`;

/**
 * Every staff event and staff route with the roles allowed to use it; anything else is FORBIDDEN. The table in
 * docs/SECURITY.md mirrors it and tests/security/permissions.test.ts walks every row with every role. Business
 * rules still apply on top (only the owner writes to the lead; only the owner or a supervisor releases).
 */
export const permissions = {
  '/agent inbox:list': EVERY_STAFF,
  '/agent conversation:join': EVERY_STAFF,
  '/agent conversation:leave': EVERY_STAFF,
  '/agent conversation:claim': EVERY_STAFF,
  '/agent conversation:release': EVERY_STAFF,
  '/agent message:send': EVERY_STAFF,
  '/agent note:add': EVERY_STAFF,
  '/agent call:start': EVERY_STAFF,
  '/agent call:utterance': EVERY_STAFF,
  '/agent call:end': EVERY_STAFF,
  '/agent coach:request': EVERY_STAFF,
  '/agent narrative:draft': EVERY_STAFF,
  '/agent listing:card': EVERY_STAFF,
  '/agent bot:enable': EVERY_STAFF,
  '/agent typing': EVERY_STAFF,
  '/agent conversation:close': EVERY_STAFF,
  '/agent conversation:snooze': EVERY_STAFF,
  '/agent conversation:read': EVERY_STAFF,
  '/agent unread:counts': EVERY_STAFF,
  '/agent history:search': EVERY_STAFF,
  '/agent canned:list': EVERY_STAFF,
  '/supervisor board:subscribe': OVERSIGHT,
  '/supervisor board:unsubscribe': OVERSIGHT,
  '/supervisor conversation:monitor': OVERSIGHT,
  '/supervisor conversation:unmonitor': OVERSIGHT,
  '/supervisor whisper:send': OVERSIGHT,
  '/supervisor conversation:barge': OVERSIGHT,
  '/supervisor conversation:assign': OVERSIGHT,
  '/supervisor draft:approve': OVERSIGHT,
  '/supervisor draft:reject': OVERSIGHT,
  '/supervisor staff:roster': OVERSIGHT,
  'GET /api/conversations/:id/transcript': EVERY_STAFF,
  'GET /api/leads/:id': EVERY_STAFF,
  'POST /api/leads/:id/visitor-secrets/revoke': OVERSIGHT,
  'GET /api/leads/:id/export': OVERSIGHT,
  'POST /api/leads/:id/erase': ADMIN,
  'POST /api/admin/listings': ADMIN,
  'GET /api/analytics/:report': OVERSIGHT,
  'POST /api/admin/experiments': ADMIN,
  'GET /api/admin/experiments': ADMIN,
  'GET /api/admin/experiments/:id': ADMIN,
  'PATCH /api/admin/experiments/:id': ADMIN,
  'POST /api/admin/experiments/:id/start': ADMIN,
  'POST /api/admin/experiments/:id/stop': ADMIN,
  'GET /api/admin/experiments/:id/results': ADMIN,
  'GET /api/admin/deliveries': ADMIN,
  'GET /api/admin/tenant': ADMIN,
  'PUT /api/admin/tenant': ADMIN,
  'POST /api/admin/deliveries/:id/redeliver': ADMIN,
  'GET /api/staff': OVERSIGHT,
  'PUT /api/staff/:userId': ADMIN,
  'GET /api/audit': OVERSIGHT,
  'GET /api/staff/me/alert-channel': EVERY_STAFF,
  'PUT /api/staff/me/alert-channel': EVERY_STAFF,
  'PUT /api/staff/:userId/alert-channel': ADMIN,
  'POST /api/telephony/calls': EVERY_STAFF,
  'POST /api/telephony/calls/:conversationId/:callId/end': EVERY_STAFF,
} as const satisfies Record<AgentEvent | SupervisorEvent, readonly StaffRole[]> &
  Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

/**
 * Routes no staff member calls: providers post to them and each request is authenticated by its signature
 * (Twilio's X-Twilio-Signature, the feed's HMAC with the tenant's key), not by a staff token or role.
 * docs/SECURITY.md lists them in the same table with `signed` in every role column.
 */
export const signedRoutes = [
  'POST /api/telephony/twilio/:tenantId/voice',
  'POST /api/telephony/twilio/:tenantId/:conversationId/:callId',
  'POST /api/telephony/feed/:tenantId/inbound',
  'POST /api/telephony/feed/:tenantId/:conversationId/:callId',
] as const;

/**
 * Events an agent may use only on a conversation it owns (supervisors and admins on any): the table above lets
 * the agent role in, and the action checks ownership (src/conversations/staff.ts). docs/SECURITY.md shows `owner`
 * in the agent column for them.
 */
export const ownerOnlyForAgents: ReadonlySet<Permission> = new Set<Permission>([
  '/agent bot:enable',
  '/agent call:start',
  '/agent call:utterance',
  'POST /api/telephony/calls',
]);

export function isAllowed(role: StaffRole, action: string): boolean {
  const roles = (permissions as Record<string, readonly StaffRole[]>)[action];
  return roles !== undefined && roles.includes(role);
}

/** Throws FORBIDDEN unless the role may perform the action (an unknown action is refused too). */
export function authorize(role: StaffRole, action: Permission | (string & {})): void {
  if (!isAllowed(role, action)) {
    throw new HubError('FORBIDDEN', `The ${role} role may not use ${action}`);
  }
}

export function canOpenNamespace(role: StaffRole, namespace: keyof typeof namespacePermissions): boolean {
  return (namespacePermissions[namespace] as readonly StaffRole[]).includes(role);
}
