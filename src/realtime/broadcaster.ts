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
  /** Nobody else in the room on any node: only provable with the in-process adapter. */
  const nobodyElse = (namespace: Namespace, room: string, except: string | undefined) => {
    if (!local) return false;
    const members = namespace.adapter.rooms.get(room);
    return !members || (except !== undefined && members.size === 1 && members.has(except));
  };
  const emit = (namespace: Namespace, room: string, event: string, args: unknown[], except?: string) => {
    if (nobodyElse(namespace, room, except)) return;
    const target = namespace.to(room);
    send(except === undefined ? target : target.except(except), event, args);
  };

  const toStaffIn = (room: string, event: string, args: unknown[]) => {
    emit(agent, room, event, args);
    emit(supervisor, room, event, args);
  };

  /** True when every tab of the lead on this node is in the room already. */
  const admittedHere = (leadRoom: string, room: string) => {
    const tabs = widget.adapter.rooms.get(leadRoom);
    const members = widget.adapter.rooms.get(room);
    if (!tabs) return true;
    if (!members) return false;
    for (const id of tabs) if (!members.has(id)) return false;
    return true;
  };

  const broadcaster: Broadcaster = {
    admitLead(tenantId, leadId, conversationId) {
      const leadRoom = rooms.lead(tenantId, leadId);
      const room = rooms.conversation(tenantId, conversationId);
      // This node's tabs joined (with every node's tabs, below) when one of them first sent or resumed here.
      if (admittedHere(leadRoom, room)) return;
      // This node's tabs join now (a cluster adapter applies socketsJoin only once its own request comes back
      // through Redis, which would miss the first broadcast, or never happen while Redis is away); the lead's
      // tabs on other nodes join through the adapter.
      widget.local.in(leadRoom).socketsJoin(room);
      widget.in(leadRoom).socketsJoin(room);
    },
    message(tenantId, message, options = {}) {
      const room = rooms.conversation(tenantId, message.conversationId);
      if (message.visibility === 'everyone') emit(widget, room, 'message', [message], options.exceptSocket);
      emit(agent, room, 'message', [message]);
      emit(supervisor, room, 'message', [message]);
    },
    toLead(tenantId, conversationId, event, ...args) {
      emit(widget, rooms.conversation(tenantId, conversationId), event, args);
    },
    toStaff(tenantId, conversationId, event, ...args) {
      toStaffIn(rooms.conversation(tenantId, conversationId), event, args);
    },
    conversation(tenantId, conversationId) {
      const room = rooms.conversation(tenantId, conversationId);
      return {
        toLead: (event, ...args) => emit(widget, room, event, args),
        toStaff: (event, ...args) => toStaffIn(room, event, args),
      };
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
