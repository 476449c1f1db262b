import type { Broadcaster } from '../conversations/ports.js';
import type { HubNamespaces } from './namespaces.js';
import { rooms } from './rooms.js';

export type { Broadcaster } from '../conversations/ports.js';

/** The Broadcaster port (owned by conversations/) over the three Socket.IO namespaces. */
export function createBroadcaster(namespaces: HubNamespaces): Broadcaster {
  const { widget, agent, supervisor } = namespaces;
  // socket.io's typed emit needs a concrete event name; the generic wrappers keep the public API typed.
  type AnyEmit = (event: string, ...args: unknown[]) => boolean;
  const emit = (target: { emit: unknown }, event: string, args: unknown[]) =>
    (target.emit as AnyEmit).call(target, event, ...args);

  const broadcaster: Broadcaster = {
    message(tenantId, message) {
      const room = rooms.conversation(tenantId, message.conversationId);
      if (message.visibility === 'everyone') widget.to(room).emit('message', message);
      agent.to(room).emit('message', message);
      supervisor.to(room).emit('message', message);
    },
    toLead(tenantId, conversationId, event, ...args) {
      emit(widget.to(rooms.conversation(tenantId, conversationId)), event, args);
    },
    toStaff(tenantId, conversationId, event, ...args) {
      const room = rooms.conversation(tenantId, conversationId);
      emit(agent.to(room), event, args);
      emit(supervisor.to(room), event, args);
    },
    toAgentsOnly(tenantId, conversationId, event, ...args) {
      emit(agent.to(rooms.conversation(tenantId, conversationId)), event, args);
    },
    toTenantStaff(tenantId, event, ...args) {
      emit(agent.to(rooms.tenantStaff(tenantId)), event, args);
    },
    toBoard(tenantId, event, ...args) {
      emit(supervisor.to(rooms.board(tenantId)), event, args);
    },
  };
  return broadcaster;
}
