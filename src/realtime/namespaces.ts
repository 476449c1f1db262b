import type { Namespace, Server, Socket } from 'socket.io';
import type { StaffClaims, WidgetClaims } from '../auth.js';
import type {
  AgentClientEvents,
  StaffServerEvents,
  SupervisorClientEvents,
  WidgetClientEvents,
  WidgetServerEvents,
} from '../protocol/events.js';

export interface WidgetSocketData {
  claims: WidgetClaims;
  conversationId?: string;
}
export interface StaffSocketData {
  claims: StaffClaims;
}

export type WidgetNamespace = Namespace<WidgetClientEvents, WidgetServerEvents, object, WidgetSocketData>;
export type AgentNamespace = Namespace<AgentClientEvents, StaffServerEvents, object, StaffSocketData>;
export type SupervisorNamespace = Namespace<
  SupervisorClientEvents,
  StaffServerEvents,
  object,
  StaffSocketData
>;

export type WidgetSocket = Socket<WidgetClientEvents, WidgetServerEvents, object, WidgetSocketData>;
export type AgentSocket = Socket<AgentClientEvents, StaffServerEvents, object, StaffSocketData>;
export type SupervisorSocket = Socket<SupervisorClientEvents, StaffServerEvents, object, StaffSocketData>;

export interface HubNamespaces {
  widget: WidgetNamespace;
  agent: AgentNamespace;
  supervisor: SupervisorNamespace;
}

export function createNamespaces(io: Server): HubNamespaces {
  return {
    widget: io.of('/widget') as WidgetNamespace,
    agent: io.of('/agent') as AgentNamespace,
    supervisor: io.of('/supervisor') as SupervisorNamespace,
  };
}
