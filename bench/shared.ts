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
  readsAlone: () => false,
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
 * A full collection before a measured window (with --expose-gc; `npm run bench` passes it), for the hub and its
 * baseline alike: the garbage of a scenario's setup must not land as a major GC inside the measurement.
 */
export function collectSetupGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * POSTs JSON to the hub as a page of the demo site would (the widget and dev-token routes check the origin);
 * throws with the status and body when the hub refuses.
 */
export async function postJson<T>(url: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
