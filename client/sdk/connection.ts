import { io, type Socket } from 'socket.io-client';
import type { Ack, ShutdownEvent } from '../../src/protocol/index.js';
import { HubClientError, toHubClientError } from './errors.js';

/**
 * `connecting`: first connection under way. `connected`: connected and resumed. `reconnecting`: the link was lost
 * (or the hub restarts) and the client is getting back. `offline`: the application called disconnect().
 * `failed`: the hub refused the token. `closed`: close() was called.
 */
export type ConnectionState =
  'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'failed' | 'closed';

/** A token, or a function asked for one before every connection attempt (after a refusal: with that error). */
export type TokenSource = string | ((context: { lastError?: HubClientError }) => string | Promise<string>);

export interface ConnectionOptions {
  /** The hub's base URL, e.g. `http://localhost:3000`. */
  url: string;
  token: TokenSource;
  /** Default ack timeout for every event, in ms (default 10,000). */
  ackTimeoutMs?: number;
  /** Per-event ack timeouts in ms, e.g. `{ 'conversation:resume': 20_000 }`. */
  ackTimeouts?: Partial<Record<string, number>>;
  /** First reconnection delay in ms (default 500); doubles up to reconnectionDelayMaxMs (default 5,000). */
  reconnectionDelayMs?: number;
  reconnectionDelayMaxMs?: number;
  /** socket.io-client transports (default: WebSocket first, HTTP long-polling as the fallback). */
  transports?: ('websocket' | 'polling' | 'webtransport')[];
}

/** The events every role client emits about its connection. */
export interface ConnectionEvents {
  state: [ConnectionState];
  error: [HubClientError];
  shutdown: [ShutdownEvent];
}

export interface Connection {
  readonly socket: Socket;
  readonly state: ConnectionState;
  /** Emits an event and resolves with the ack's data; rejects with a HubClientError. Never buffers offline. */
  request<T>(event: string, payload: unknown): Promise<T>;
  /** Connects (or reconnects after disconnect()); resolves once connected and resumed. */
  connect(): Promise<void>;
  /** Goes offline and stays offline until connect(); keeps every state (outbox, last seqs). */
  disconnect(): void;
  close(): void;
}

interface ConnectionHooks {
  /** Runs after every (re)connection, before the state becomes `connected`: resume, re-join, flush. */
  onConnected(): Promise<void>;
  onState(state: ConnectionState): void;
  onError(error: HubClientError): void;
  onShutdown(notice: ShutdownEvent): void;
}

const jitter = (ms: number) => Math.round(ms * (0.8 + Math.random() * 0.4));

/** One Socket.IO connection to a hub namespace with typed acks, resume on every reconnect and shutdown handling. */
export function createConnection(
  namespace: string,
  options: ConnectionOptions,
  hooks: ConnectionHooks,
): Connection {
  const defaultAckTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const baseDelayMs = options.reconnectionDelayMs ?? 500;
  const maxDelayMs = options.reconnectionDelayMaxMs ?? 5_000;
  let state: ConnectionState = 'idle';
  let lastAuthError: HubClientError | undefined;
  let manualRetry: ReturnType<typeof setTimeout> | undefined;
  let manualAttempts = 0;
  let everConnected = false;
  let waiters: { resolve: () => void; reject: (error: HubClientError) => void }[] = [];
  /** Set by a `server:shutdown` notice: how long to wait before reconnecting. */
  let shutdownDelayMs: number | undefined;

  const socket: Socket = io(`${options.url.replace(/\/$/, '')}${namespace}`, {
    autoConnect: false,
    forceNew: true,
    reconnectionDelay: baseDelayMs,
    reconnectionDelayMax: maxDelayMs,
    transports: options.transports ?? ['websocket', 'polling'],
    auth: (callback: (data: object) => void) => {
      const source = options.token;
      if (typeof source === 'string') return callback({ token: source });
      Promise.resolve()
        .then(() => source(lastAuthError ? { lastError: lastAuthError } : {}))
        .then(
          (token) => callback({ token }),
          (error: unknown) => {
            hooks.onError(toHubClientError(error, 'auth'));
            callback({ token: '' });
          },
        );
    },
  });

  const setState = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    hooks.onState(next);
  };
  const settleWaiters = (error?: HubClientError) => {
    const pending = waiters;
    waiters = [];
    for (const waiter of pending) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  };
  const clearManualRetry = () => {
    if (manualRetry !== undefined) clearTimeout(manualRetry);
    manualRetry = undefined;
  };
  /** Socket.IO does not reconnect by itself after a server-side disconnect or a refused handshake. */
  const retryLater = (delayMs: number) => {
    clearManualRetry();
    manualAttempts += 1;
    manualRetry = setTimeout(() => {
      manualRetry = undefined;
      if (state === 'reconnecting' || state === 'connecting') socket.connect();
    }, jitter(delayMs));
  };

  socket.on('connect', () => {
    everConnected = true;
    manualAttempts = 0;
    shutdownDelayMs = undefined;
    lastAuthError = undefined;
    const connectedSocketId = socket.id;
    hooks.onConnected().then(
      () => {
        if (!socket.connected || socket.id !== connectedSocketId) return;
        setState('connected');
        settleWaiters();
      },
      (error: unknown) => {
        const failure = toHubClientError(error);
        if (failure.code !== 'DISCONNECTED') hooks.onError(failure);
        if (socket.connected && socket.id === connectedSocketId) {
          setState('connected');
          settleWaiters();
        }
      },
    );
  });

  socket.on('connect_error', (error: Error & { data?: { code?: string; message?: string } }) => {
    if (state === 'closed' || state === 'offline') return;
    if (!error.data?.code) {
      // A transport failure: the manager retries with backoff by itself.
      setState(everConnected ? 'reconnecting' : 'connecting');
      return;
    }
    const refusal = new HubClientError(
      error.data.code as HubClientError['code'],
      error.data.message ?? error.message,
      'connect',
    );
    lastAuthError = refusal;
    hooks.onError(refusal);
    if (typeof options.token === 'function' && manualAttempts < 5) {
      retryLater(Math.min(maxDelayMs, baseDelayMs * 2 ** manualAttempts));
      return;
    }
    setState('failed');
    settleWaiters(refusal);
  });

  socket.on('disconnect', (reason: Socket.DisconnectReason) => {
    if (reason === 'io client disconnect') return;
    if (state === 'closed' || state === 'offline') return;
    setState('reconnecting');
    if (reason === 'io server disconnect') retryLater(shutdownDelayMs ?? baseDelayMs);
  });

  socket.on('server:shutdown', (notice: ShutdownEvent) => {
    shutdownDelayMs = Math.max(0, notice.reconnectAfterMs);
    hooks.onShutdown(notice);
    setState('reconnecting');
  });

  // Cross-node fan-out came back after an outage: events may have been lost, so resume again by seq.
  let resyncing: Promise<void> | undefined;
  let resyncAgain = false;
  const resync = () => {
    if (!socket.connected || state === 'closed') return;
    if (resyncing) {
      resyncAgain = true;
      return;
    }
    resyncing = hooks
      .onConnected()
      .catch((error: unknown) => {
        const failure = toHubClientError(error);
        if (failure.code !== 'DISCONNECTED') hooks.onError(failure);
      })
      .finally(() => {
        resyncing = undefined;
        if (resyncAgain) {
          resyncAgain = false;
          resync();
        }
      });
  };
  socket.on('server:resync', resync);

  const ackTimeoutFor = (event: string) => options.ackTimeouts?.[event] ?? defaultAckTimeoutMs;

  return {
    socket,
    get state() {
      return state;
    },
    request<T>(event: string, payload: unknown): Promise<T> {
      if (state === 'closed')
        return Promise.reject(new HubClientError('CLOSED', 'The client is closed', event));
      if (!socket.connected) {
        return Promise.reject(new HubClientError('DISCONNECTED', 'Not connected to the hub', event));
      }
      return new Promise<T>((resolve, reject) => {
        socket
          .timeout(ackTimeoutFor(event))
          .emit(event, payload, (error: Error | null, ack: Ack<T> | undefined) => {
            if (error) return reject(toHubClientError(error, event));
            if (!ack || typeof ack !== 'object' || typeof ack.ok !== 'boolean') {
              return reject(new HubClientError('INTERNAL', 'The hub sent a malformed ack', event));
            }
            if (ack.ok) return resolve(ack.data);
            reject(
              new HubClientError(
                ack.error.code,
                ack.error.message,
                event,
                ack.error.details ? { details: ack.error.details } : undefined,
              ),
            );
          });
      });
    },
    connect() {
      if (state === 'closed') return Promise.reject(new HubClientError('CLOSED', 'The client is closed'));
      if (state === 'connected') return Promise.resolve();
      const ready = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      if (!socket.active || state === 'offline' || state === 'failed' || state === 'idle') {
        setState(everConnected ? 'reconnecting' : 'connecting');
        socket.connect();
      }
      return ready;
    },
    disconnect() {
      if (state === 'closed') return;
      clearManualRetry();
      setState('offline');
      socket.disconnect();
      settleWaiters(new HubClientError('DISCONNECTED', 'Disconnected by the application'));
    },
    close() {
      if (state === 'closed') return;
      clearManualRetry();
      setState('closed');
      socket.disconnect();
      socket.removeAllListeners();
      settleWaiters(new HubClientError('CLOSED', 'The client is closed'));
    },
  };
}
