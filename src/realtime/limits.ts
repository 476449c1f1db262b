import { type IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'socket.io';
import { addressBucket, clientIp } from '../http/client-ip.js';
import type { HubMetrics } from '../metrics.js';
import { takeToken, type TokenBucket } from './rate-limit.js';

/** Connection-level bounds of one node (docs/SECURITY.md "Limits and what a refusal looks like"). */
export interface ConnectionLimits {
  /** Socket.IO connections (engine.io sessions) on this node; 0 = unlimited (HUB_MAX_CONNECTIONS). */
  maxConnections: number;
  /** Socket.IO connections per client IP on this node; 0 = unlimited (HUB_MAX_CONNECTIONS_PER_IP). */
  maxConnectionsPerIp: number;
  /**
   * Outbound bytes one connection may have queued (HUB_SOCKET_MAX_BUFFER_BYTES; 0 = unlimited). Past it the hub
   * stops reading the connection; below half of it reading resumes; still above half after `stallMs`, or past
   * twice the limit at any time, the connection is cut.
   */
  maxBufferBytes: number;
  /** How long a connection may stay over its buffer limit before it is cut (HUB_SOCKET_STALL_MS). */
  stallMs: number;
  /**
   * Bytes a client may send per second on one connection, eight seconds of it at once (HUB_SOCKET_INBOUND_BYTES_PER_S;
   * 0 = unlimited), and on all connections of its address, four seconds at once (HUB_INBOUND_BYTES_PER_S_PER_IP).
   * Every event is small (a lead message is at most 10,000 characters), so a real client stays far below them, while
   * 190 connections of one address sending 127 KB packets ten times a second (each within the event budget) are cut
   * within a second or two instead of holding the event loop for seconds. Past either, the connection is cut.
   */
  inboundBytesPerS: number;
  inboundBytesPerSPerIp: number;
  /** Proxy hops whose X-Forwarded-For is trusted (HUB_TRUST_PROXY). */
  trustProxyHops: number;
}

/**
 * Namespace sockets one connection may hold or be opening at once. A client uses one namespace per connection; a
 * burst of CONNECT packets on one connection would otherwise open a socket each, past every connection cap.
 */
export const MAX_SOCKETS_PER_CONNECTION = 2;

export const defaultConnectionLimits: ConnectionLimits = {
  maxConnections: 10_000,
  maxConnectionsPerIp: 200,
  maxBufferBytes: 4 * 1024 * 1024,
  stallMs: 10_000,
  inboundBytesPerS: 64 * 1024,
  inboundBytesPerSPerIp: 256 * 1024,
  trustProxyHops: 0,
};

/** The refusal texts a client sees at the handshake (engine.io puts them in the 403 / 400 body). */
export const refusals = {
  node: 'UNAVAILABLE: this node is at its connection limit (HUB_MAX_CONNECTIONS); retry shortly',
  ip: 'RATE_LIMITED: too many connections from this address (HUB_MAX_CONNECTIONS_PER_IP)',
  root: 'The root namespace "/" is not served: connect to /widget, /agent or /supervisor',
  sockets: `RATE_LIMITED: at most ${MAX_SOCKETS_PER_CONNECTION} namespace connections per connection; open another connection`,
} as const;

/** What the limits need of an engine.io connection (structural, so engine.io's own types are not imported). */
interface EnginePacket {
  data?: unknown;
  options?: { wsPreEncodedFrame?: unknown };
}
interface EngineTransport {
  name: string;
  socket?: {
    bufferedAmount?: number;
    pause?: () => void;
    resume?: () => void;
    terminate?: () => void;
    /** ws's control frames: a ping (answered by ws itself) or an unsolicited pong. */
    on?: (event: 'ping' | 'pong', listener: (this: object, data: Buffer) => void) => void;
  };
}
interface EngineConnection {
  request: IncomingMessage | HandshakeRequest;
  transport: EngineTransport;
  readyState: string;
  /** Packets queued and not yet handed to the transport; a flush replaces it with an empty array. */
  writeBuffer: readonly unknown[];
  on(event: 'packetCreate' | 'packet', listener: (packet: EnginePacket & { type?: string }) => void): void;
  on(event: 'close' | 'upgrade', listener: () => void): void;
  close(discard?: boolean): void;
}

/**
 * What Socket.IO reads of a connection's first HTTP request after it was accepted: each namespace handshake copies
 * its headers, URL and query and whether it was encrypted (socket.handshake). Nothing else reads it later.
 */
interface HandshakeRequest {
  headers: IncomingMessage['headers'];
  url: string | undefined;
  _query: unknown;
  connection: { encrypted: boolean };
}

/**
 * The headers a handshake keeps: the only one the hub reads after the connection is accepted is X-Forwarded-For
 * (the audit log's origin of a staff action, src/identity/audit.ts). A browser sends a dozen more (user agent,
 * languages, cookies: often 1 KB or more), which every idle socket would otherwise hold for its whole life.
 */
const KEPT_HEADERS = ['x-forwarded-for'] as const;

/**
 * The connection's request, cut down to what its handshakes read. engine.io keeps the whole IncomingMessage for the
 * life of the connection (its stream state, raw headers, socket references: about 0.7 KB an idle connection), which
 * Socket.IO's own documentation suggests dropping once the connection is accepted.
 */
function handshakeRequest(request: IncomingMessage): HandshakeRequest {
  const headers: IncomingMessage['headers'] = {};
  for (const name of KEPT_HEADERS)
    if (request.headers[name] !== undefined) headers[name] = request.headers[name];
  return {
    headers,
    url: request.url,
    _query: (request as IncomingMessage & { _query?: unknown })._query,
    connection: { encrypted: (request.socket as { encrypted?: boolean }).encrypted === true },
  };
}

/** A WebSocket frame's bytes beyond its payload, as charged for a control frame (a client frame's header and mask). */
const CONTROL_FRAME_OVERHEAD = 6;

/** A byte budget: `burst` bytes at once, refilled at `perSecond` (a token bucket of `takeToken`). */
interface ByteRate {
  burst: number;
  perSecond: number;
}
/** Takes `bytes` from a bucket refilled at `rate`; always true when the rate is 0 (unlimited). */
const takeBytes = (bucket: TokenBucket, bytes: number, rate: ByteRate, now: number): boolean =>
  rate.perSecond <= 0 || takeToken(bucket, rate.burst, (rate.burst * 1_000) / rate.perSecond, now, bytes);

const sizeOf = (packet: EnginePacket): number => {
  const data = packet.data;
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 16;
};

/**
 * Closes a connection at once, dropping what it still had to send and what it sent that was not read yet: not a
 * graceful close, which would wait for the very buffer that is stuck (or keep parsing a flood).
 */
export function cutConnection(conn: Pick<EngineConnection, 'transport' | 'close'>): void {
  if (conn.transport.name === 'websocket') conn.transport.socket?.terminate?.();
  conn.close(true);
}

/**
 * Ends a flooding connection: stops reading it at once (the rest of the flood is never parsed), lets the answers
 * already given and the namespace's disconnect packet go out, and cuts whatever is left after `graceMs`.
 */
export function endFlood(
  conn: Pick<EngineConnection, 'transport' | 'close'>,
  disconnect: () => void,
  graceMs = 1_000,
) {
  if (conn.transport.name === 'websocket') conn.transport.socket?.pause?.();
  disconnect();
  setTimeout(() => cutConnection(conn), graceMs).unref();
}

export interface ConnectionGate {
  /** engine.io's `allowRequest`: refuses a new connection over the node or per-IP cap. */
  allowRequest(
    req: IncomingMessage,
    callback: (message: string | null | undefined, success: boolean) => void,
  ): void;
  /** Counts connections, watches every connection's outbound buffer and refuses the root namespace. */
  attach(io: Server): void;
  /** Open engine.io connections of one client IP (tests, metrics). */
  connectionsOf(ip: string): number;
}

/**
 * Connection caps, per-IP accounting and backpressure, at the engine.io layer below every namespace: a refused
 * handshake never reaches authentication, and HTTP routes (/healthz, /readyz) are never counted or refused.
 */
export function createConnectionGate(
  limits: ConnectionLimits,
  metrics: HubMetrics,
  nowMs: () => number,
): ConnectionGate {
  const perIp = new Map<string, number>();
  let open = 0;
  // Counted by address, IPv6 clients by their /64.
  const ipOf = (req: IncomingMessage) =>
    addressBucket(clientIp(req.socket.remoteAddress, req.headers['x-forwarded-for'], limits.trustProxyHops));

  /**
   * One small record per connection; the listeners below are shared by every connection (engine.io calls them
   * with the connection as `this`), so an idle connection costs no closures here.
   */
  interface Watched {
    ip: string;
    /**
     * Bytes of the packets in engine.io's write buffer (waiting for the transport). A flush hands all of them over
     * and empties the buffer, so an empty buffer means none of the counted bytes are still queued.
     */
    queued: number;
    /** When reading was paused because the buffer passed the limit. */
    pausedAt: number | undefined;
    timer: ReturnType<typeof setInterval> | undefined;
    /** Inbound byte budget of this connection: bytes left, and when it was last refilled (numbers only: a TokenBucket). */
    tokens: number;
    at: number;
    /** Namespace handshakes begun in the window that started at `handshakesSince`. */
    handshakes: number;
    handshakesSince: number;
  }
  const watched = new WeakMap<EngineConnection, Watched>();
  /** Inbound byte budget of each address with open connections. */
  const inboundPerIp = new Map<string, TokenBucket>();
  const perConnection: ByteRate = { burst: 8 * limits.inboundBytesPerS, perSecond: limits.inboundBytesPerS };
  const perAddress: ByteRate = {
    burst: 4 * limits.inboundBytesPerSPerIp,
    perSecond: limits.inboundBytesPerSPerIp,
  };
  const maxBytes = limits.maxBufferBytes;
  const fullBucket = (rate: ByteRate): TokenBucket => ({ tokens: rate.burst, at: nowMs() });
  const websocketOf = (conn: EngineConnection) =>
    conn.transport.name === 'websocket' ? conn.transport.socket : undefined;

  const stopWatching = (state: Watched) => {
    if (state.timer !== undefined) clearInterval(state.timer);
    state.timer = undefined;
  };

  function cut(conn: EngineConnection, state: Watched): void {
    stopWatching(state);
    metrics.backpressure.inc({ action: 'disconnected' });
    cutConnection(conn);
  }

  /**
   * Pauses reading past the limit, resumes below half of it, cuts a connection that stays over or doubles it.
   * Runs for every packet queued to a watched connection: nothing is allocated on the way through.
   */
  function checkBuffer(conn: EngineConnection, state: Watched): void {
    if (conn.readyState === 'closed') return stopWatching(state);
    if (conn.writeBuffer.length === 0) state.queued = 0;
    const bytes = state.queued + (websocketOf(conn)?.bufferedAmount ?? 0);
    if (bytes > 2 * maxBytes) return cut(conn, state);
    if (state.pausedAt === undefined) {
      if (bytes <= maxBytes) return;
      // Stop reading the client's events until it reads ours: it cannot ask for more answers meanwhile.
      state.pausedAt = nowMs();
      websocketOf(conn)?.pause?.();
      metrics.backpressure.inc({ action: 'paused' });
      state.timer = setInterval(() => checkBuffer(conn, state), 100);
      state.timer.unref();
    } else if (bytes < maxBytes / 2) {
      state.pausedAt = undefined;
      stopWatching(state);
      websocketOf(conn)?.resume?.();
      metrics.backpressure.inc({ action: 'resumed' });
    } else if (nowMs() - state.pausedAt > limits.stallMs) cut(conn, state);
  }

  /** Runs before the packet joins the write buffer: an empty buffer was flushed since the last one was counted. */
  function onPacketCreate(this: EngineConnection, packet: EnginePacket): void {
    const state = watched.get(this);
    if (!state || maxBytes <= 0) return;
    state.queued = (this.writeBuffer.length === 0 ? 0 : state.queued) + sizeOf(packet);
    checkBuffer(this, state);
  }
  /** Charges what a client sent to its connection and its address; past either budget the connection is cut. */
  function charge(conn: EngineConnection, bytes: number): void {
    const state = watched.get(conn);
    if (!state) return;
    const now = nowMs();
    const address = inboundPerIp.get(state.ip);
    const within =
      takeBytes(state, bytes, perConnection, now) &&
      (address === undefined || takeBytes(address, bytes, perAddress, now));
    if (within) return;
    metrics.backpressure.inc({ action: 'inbound_flood' });
    stopWatching(state);
    cutConnection(conn);
  }
  /**
   * Every engine.io packet counts, not only messages: engine.io takes a "pong" with any payload at any time (a
   * 120 KB pong flood went through the message budget untouched).
   */
  function onPacket(this: EngineConnection, packet: EnginePacket): void {
    charge(this, sizeOf(packet));
  }
  /**
   * WebSocket ping and pong frames never reach engine.io (ws answers a ping with a pong by itself), so they are
   * charged here: a client that sent pings without reading made ws queue a pong for each, 1.8 GB in 12 s from 8
   * connections. Within the budget, the pongs a client leaves unread stay as small as the pings it may send.
   */
  const frameOwner = new WeakMap<object, EngineConnection>();
  function onControlFrame(this: object, data: Buffer): void {
    const conn = frameOwner.get(this);
    if (conn) charge(conn, data.length + CONTROL_FRAME_OVERHEAD);
  }
  function watchControlFrames(conn: EngineConnection): void {
    const socket = websocketOf(conn);
    if (!socket?.on || frameOwner.has(socket)) return;
    frameOwner.set(socket, conn);
    socket.on('ping', onControlFrame);
    socket.on('pong', onControlFrame);
  }
  /** A polling connection that upgrades to a WebSocket gets its control frames charged from then on. */
  function onUpgrade(this: EngineConnection): void {
    watchControlFrames(this);
  }
  const inboundBudgeted = perConnection.perSecond > 0 || perAddress.perSecond > 0;
  function onClose(this: EngineConnection): void {
    const state = watched.get(this);
    if (!state) return;
    watched.delete(this);
    stopWatching(state);
    open -= 1;
    const left = (perIp.get(state.ip) ?? 1) - 1;
    if (left > 0) perIp.set(state.ip, left);
    else {
      perIp.delete(state.ip);
      inboundPerIp.delete(state.ip);
    }
    metrics.connectionsOpen.dec();
  }

  return {
    allowRequest(req, callback) {
      if (limits.maxConnections > 0 && open >= limits.maxConnections) {
        metrics.connectionsRefused.inc({ reason: 'node_limit' });
        return callback(refusals.node, false);
      }
      if (limits.maxConnectionsPerIp > 0 && (perIp.get(ipOf(req)) ?? 0) >= limits.maxConnectionsPerIp) {
        metrics.connectionsRefused.inc({ reason: 'ip_limit' });
        return callback(refusals.ip, false);
      }
      callback(null, true);
    },
    attach(io) {
      // engine.io answers a WebSocket upgrade through a small response object that a `close` listener on the TCP
      // socket keeps for the life of the connection, and that object keeps the whole upgrade request: it is noted
      // here (the only place engine.io hands it out) and lets go of the request once the connection is open.
      const upgradeResponses = new WeakMap<IncomingMessage, { req?: unknown }>();
      io.engine.use((req: IncomingMessage, res: unknown, next: () => void) => {
        if (!(res instanceof ServerResponse)) upgradeResponses.set(req, res as { req?: unknown });
        next();
      });
      io.engine.on('connection', (conn: EngineConnection) => {
        const request = conn.request as IncomingMessage;
        const ip = ipOf(request);
        conn.request = handshakeRequest(request);
        const response = upgradeResponses.get(request);
        if (response) response.req = undefined;
        open += 1;
        perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
        metrics.connectionsOpen.inc();
        watched.set(conn, {
          ip,
          queued: 0,
          pausedAt: undefined,
          timer: undefined,
          ...fullBucket(perConnection),
          handshakes: 0,
          handshakesSince: 0,
        });
        if (!inboundPerIp.has(ip)) inboundPerIp.set(ip, fullBucket(perAddress));
        conn.on('close', onClose);
        // Each listener is shared, but each event name costs every connection a slot in its listener table (past
        // five names the table doubles): no flush listener (the write buffer's emptiness says it), and no upgrade
        // listener on a connection that opened as a WebSocket (it has nothing to upgrade to).
        if (inboundBudgeted) {
          conn.on('packet', onPacket);
          if (conn.transport.name !== 'websocket') conn.on('upgrade', onUpgrade);
          watchControlFrames(conn);
        }
        if (maxBytes > 0) conn.on('packetCreate', onPacketCreate);
      });
      // Namespace sockets per connection: at most MAX_SOCKETS_PER_CONNECTION open, and as many handshakes begun in a
      // ten-second window; checked before any other middleware, so a refused one costs no token check or store read.
      io.on('new_namespace', (namespace) => {
        namespace.use((socket, next) => {
          const client = socket.client as unknown as {
            sockets: Map<string, unknown>;
            conn: EngineConnection;
          };
          const state = watched.get(client.conn);
          const now = nowMs();
          if (state && now - state.handshakesSince >= 10_000) {
            state.handshakes = 0;
            state.handshakesSince = now;
          }
          if (
            client.sockets.size >= MAX_SOCKETS_PER_CONNECTION ||
            (state?.handshakes ?? 0) >= MAX_SOCKETS_PER_CONNECTION
          ) {
            metrics.connectionsRefused.inc({ reason: 'sockets_per_connection' });
            const refusal = new Error(refusals.sockets) as Error & { data?: unknown };
            refusal.data = { code: 'RATE_LIMITED', message: refusals.sockets };
            return next(refusal);
          }
          if (state) state.handshakes += 1;
          next();
        });
      });
      // No unauthenticated sockets parked on "/": every namespace the hub serves checks a token.
      io.of('/').use((_socket, next) => {
        metrics.connectionsRefused.inc({ reason: 'root_namespace' });
        const refusal = new Error(refusals.root) as Error & { data?: unknown };
        refusal.data = { code: 'NOT_FOUND', message: refusals.root };
        next(refusal);
      });
    },
    connectionsOf: (ip) => perIp.get(ip) ?? 0,
  };
}
