import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface HubMetrics {
  registry: Registry;
  socketsConnected: Gauge<'namespace'>;
  /** Gives the sockets gauge a namespace's count, read when the metrics are collected (no listener per socket). */
  watchSockets(namespace: string, count: () => number): void;
  messagesAccepted: Counter<'namespace'>;
  acks: Counter<'event' | 'code'>;
  botSteps: Histogram<'outcome'>;
  /** Socket.IO connections (engine.io sessions) open on this node, namespace or not (src/realtime/limits.ts). */
  connectionsOpen: Gauge;
  connectionsRefused: Counter<'reason'>;
  backpressure: Counter<'action'>;
  /** Compliance warnings on agents' messages, by rule and outcome (warned, blocked, sent after confirming). */
  agentWarnings: Counter<'rule' | 'outcome'>;
}

export function createMetrics(registry = new Registry()): HubMetrics {
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const socketCounts = new Map<string, () => number>();
  return {
    registry,
    socketsConnected: new Gauge({
      name: 'hub_sockets_connected',
      help: 'Sockets connected to this node, per namespace',
      labelNames: ['namespace'],
      registers: [registry],
      collect() {
        for (const [namespace, count] of socketCounts) this.set({ namespace }, count());
      },
    }),
    watchSockets: (namespace, count) => void socketCounts.set(namespace, count),
    messagesAccepted: new Counter({
      name: 'hub_messages_accepted_total',
      help: 'Messages stored and acked, per namespace',
      labelNames: ['namespace'],
      registers: [registry],
    }),
    acks: new Counter({
      name: 'hub_acks_total',
      help: 'Acks sent to clients, by event and code (ok or an error code)',
      labelNames: ['event', 'code'],
      registers: [registry],
    }),
    botSteps: new Histogram({
      name: 'hub_bot_turn_seconds',
      help: 'Bot turn duration from lead message to stored reply',
      labelNames: ['outcome'],
      buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers: [registry],
    }),
    connectionsOpen: new Gauge({
      name: 'hub_connections_open',
      help: 'Socket.IO connections open on this node (every connection, before and without any namespace)',
      registers: [registry],
    }),
    connectionsRefused: new Counter({
      name: 'hub_connections_refused_total',
      help: 'Connections refused at the handshake: node_limit, ip_limit, root_namespace',
      labelNames: ['reason'],
      registers: [registry],
    }),
    backpressure: new Counter({
      name: 'hub_socket_backpressure_total',
      help: 'Connections whose outbound buffer passed its limit (paused: reading stopped, resumed, disconnected) or cut for an event flood (flood)',
      labelNames: ['action'],
      registers: [registry],
    }),
    agentWarnings: new Counter({
      name: 'hub_agent_compliance_warnings_total',
      help: "Compliance warnings on agents' messages, by rule and outcome (warned, blocked, sent)",
      labelNames: ['rule', 'outcome'],
      registers: [registry],
    }),
  };
}
