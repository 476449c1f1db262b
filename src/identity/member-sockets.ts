import type { Namespace } from 'socket.io';
import type { Logger } from 'pino';
import type { StaffClaims } from '../auth.js';
import type { StaffRole } from '../protocol/common.js';
import { rooms } from '../realtime/rooms.js';
import { lowerRole } from './standing.js';

/**
 * After an admin changed a member, through the adapter (every node): a disabled member's sockets close, and so do a
 * demoted member's sockets opened with the higher role (a new connection gets the role the roster allows now).
 */
export function endSocketsBeyondStanding(
  namespaces: readonly Namespace[],
  member: { tenantId: string; userId: string; active: boolean; role: StaffRole },
  logger: Pick<Logger, 'warn'>,
): void {
  const room = rooms.staffMember(member.tenantId, member.userId);
  for (const namespace of namespaces) {
    if (!member.active) {
      namespace.in(room).disconnectSockets(true);
      continue;
    }
    namespace
      .in(room)
      .fetchSockets()
      .then((sockets) => {
        for (const socket of sockets) {
          const claims = (socket.data as { claims?: StaffClaims }).claims;
          if (claims && lowerRole(claims.role, member.role) !== claims.role) socket.disconnect(true);
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, "cannot end a demoted member's sockets"));
  }
}

/** After a sign-out, through the adapter (every node): the member's sockets opened with that session's tokens close. */
export function endSessionSockets(
  namespaces: readonly Namespace[],
  session: { id: string; tenantId: string; userId: string },
  logger: Pick<Logger, 'warn'>,
): void {
  const room = rooms.staffMember(session.tenantId, session.userId);
  for (const namespace of namespaces) {
    namespace
      .in(room)
      .fetchSockets()
      .then((sockets) => {
        for (const socket of sockets) {
          if ((socket.data as { claims?: StaffClaims }).claims?.sid === session.id) socket.disconnect(true);
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, "cannot end a signed-out session's sockets"));
  }
}
