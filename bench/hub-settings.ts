/**
 * What the benchmarks' hubs run with. No imports: the idle-connections server loads nothing beyond what it
 * measures.
 */

/**
 * Every benchmark client comes from 127.0.0.1: the per-client limits (widget sessions, connections per IP, the
 * per-socket event budget and in-flight cap, the inbound byte budgets) are off, as in tests/helpers/hub.ts. Node-wide caps are off too.
 */
export const BENCH_SECURITY = {
  widgetSessionsPerMinPerIp: 0,
  widgetSessionsPerMinPerTenant: 0,
  widgetSessionsFreePerMinPerNet: 0,
  maxConnections: 0,
  maxConnectionsPerIp: 0,
  socketEventsPer10s: 0,
  socketMaxInFlight: 0,
  socketInboundBytesPerS: 0,
  inboundBytesPerSPerIp: 0,
};

/**
 * The idle-connections hub: the per-connection limits at their production defaults (src/app.ts defaultSecurity:
 * the inbound byte budget with its ping and pong charge, the event budget, the in-flight cap, the outbound buffer
 * watch), so each idle socket carries what it carries in production. Only what is counted per address or per node
 * is off: every benchmark client comes from a handful of loopback addresses.
 */
export const IDLE_SECURITY = {
  ...BENCH_SECURITY,
  socketEventsPer10s: 100,
  socketMaxInFlight: 8,
  socketInboundBytesPerS: 64 * 1024,
};

/** The production defaults of HUB_TURN_QUIET_MS and HUB_TURN_MAX_WAIT_MS (src/config.ts): a burst gets one turn. */
export const PRODUCTION_TURN = { turnQuietMs: 1_000, turnMaxWaitMs: 3_000 };
