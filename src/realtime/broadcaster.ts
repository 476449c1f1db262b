import type { Broadcaster } from '../conversations/ports.js';
import type { HubNamespaces } from './namespaces.js';
import { rooms } from './rooms.js';

export type { Broadcaster } from '../conversations/ports.js';

type Namespace = HubNamespaces[keyof HubNamespaces];

/**
 * The Broadcaster port (owned by conversations/) over the three Socket.IO namespaces. With `local` (the
 * in-process adapter: no other node can hold a member) an emit to a room nobody joined is skipped before
 * Socket.IO encodes the packet; most token events have no staff watching.
 */
export function createBroadcaster(namespaces: HubNamespaces, options: { local?: boolean } = {}): Broadcaster {
  const { widget, agent, supervisor } = namespaces;
  const local = options.local ?? false;
  // socket.io's typed emit needs a concrete event name; the generic wrappers keep the public API typed.
  type AnyEmit = (event: string, ...args: unknown[]) => boolean;
  const send = (target: { emit: unknown }, event: string, args: unknown[]) =>
    (target.emit as AnyEmit).call(target, event, ...args);
  const emit = (namespace: Namespace, room: string, event: string, args: unknown[]) => {
    if (local && !namespace.adapter.rooms.has(room)) return;
    send(namespace.to(room), event, args);
  };

  const broadcaster: Broadcaster = {
    message(tenantId, message) {
      const room = rooms.conversation(tenantId, message.conversationId);
      if (message.visibility === 'everyone') emit(widget, room, 'message', [message]);
      emit(agent, room, 'message', [message]);
      emit(supervisor, room, 'message', [message]);
    },
    toLead(tenantId, conversationId, event, ...args) {
      emit(widget, rooms.conversation(tenantId, conversationId), event, args);
    },
    toStaff(tenantId, conversationId, event, ...args) {
      const room = rooms.conversation(tenantId, conversationId);
      emit(agent, room, event, args);
      emit(supervisor, room, event, args);
    },
    toAgentsOnly(tenantId, conversationId, event, ...args) {
      emit(agent, rooms.conversation(tenantId, conversationId), event, args);
    },
    toTenantStaff(tenantId, event, ...args) {
      emit(agent, rooms.tenantStaff(tenantId), event, args);
    },
    toBoard(tenantId, event, ...args) {
      emit(supervisor, rooms.board(tenantId), event, args);
    },
  };
  return broadcaster;
}
