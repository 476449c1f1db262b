import { io, type Socket } from 'socket.io-client';
import type { Bot } from '../src/bots/port.js';

/** A valid, complete line-tagged coaching answer (about 66 deltas from the fake server). */
export const COACHING_TEXT = [
  'FOCUS: Acknowledge the timing worry, then anchor on the 30 to 45 day plan',
  'OBJECTION: timing (medium)',
  'SAY: That makes sense. Many sellers worry about timing, and we can line up the move around your dates.',
  'ASK: What price would make you feel good about selling?',
  'URGENCY: high',
  'COMPLIANCE: none',
].join('\n');

/** A bot that never answers: keeps bot turns out of measurements that are not about them. */
export const silentBot: Bot = {
  initialState: () => ({ version: 1 }),
  step: (state) => ({ state, effects: [] }),
  view: () => ({ botKind: 'seller', slotsFilled: [], slotsMissing: [], temperature: 'warm', active: true }),
};

/** A websocket-only socket.io client, connected (rejects on connect_error). */
export function connectClient(url: string, token?: string): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 10_000,
      ...(token ? { auth: { token } } : {}),
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/**
 * Every benchmark client comes from 127.0.0.1: the per-client limits (widget sessions, connections per IP, the
 * per-socket event budget and in-flight cap) are off, as in tests/helpers/hub.ts. Node-wide caps are off too.
 */
export const BENCH_SECURITY = {
  widgetSessionsPerMinPerIp: 0,
  widgetSessionsPerMinPerTenant: 0,
  maxConnections: 0,
  maxConnectionsPerIp: 0,
  socketEventsPer10s: 0,
  socketMaxInFlight: 0,
};

/**
 * A full collection before a measured window (with --expose-gc; `npm run bench` passes it), for the hub and its
 * baseline alike: the garbage of a scenario's setup must not land as a major GC inside the measurement.
 */
export function collectSetupGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The production defaults of HUB_TURN_QUIET_MS and HUB_TURN_MAX_WAIT_MS (src/config.ts): a burst gets one turn. */
export const PRODUCTION_TURN = { turnQuietMs: 1_000, turnMaxWaitMs: 3_000 };
