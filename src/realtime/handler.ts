import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { HubError, toAck, type Ack } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';
import { endFlood } from './limits.js';
import { takeToken, type TokenBucket } from './rate-limit.js';

/** Per-socket bounds every client event passes before it is parsed (docs/SECURITY.md "Limits"). */
export interface SocketEventLimits {
  /** Events (of any name, answered or not) per 10 s per socket, as a token bucket; 0 = unlimited. */
  eventsPer10s: number;
  /** Handlers of one socket running at once; more are refused with BUSY; 0 = unlimited. */
  maxInFlight: number;
}

/** Refused events in a row (the budget empty) after which the connection is cut: a flood, not a slow client. */
export const floodLimit = (eventsPer10s: number) => Math.max(eventsPer10s, 50);

export interface HandlerContext {
  logger: Logger;
  metrics: HubMetrics;
  /** Rejects new work with UNAVAILABLE while the process drains. */
  isDraining: () => boolean;
  /** Tracks in-flight handlers so shutdown can wait for their acks. */
  track: (work: Promise<unknown>) => void;
  /** Per-socket event budget and in-flight cap; unbounded when absent. */
  socketLimits?: SocketEventLimits;
  /** The process's clock in milliseconds (the event budget's refill). */
  nowMs: () => number;
}

const overBudget = () => toAck(new HubError('RATE_LIMITED', 'Too many events on this connection; slow down'));

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- accepts every namespace's typed socket
export type AnySocket = Socket<any, any, any, any>;

/** A namespace's handler of one client event: the socket that sent it, its verified claims, the parsed payload. */
export type EventHandlers<
  P extends Record<string, z.ZodType>,
  S extends AnySocket,
  C,
  R extends { [K in keyof P]: unknown } = { [K in keyof P]: unknown },
> = {
  /** The result is what the ack carries on success: the namespace's results map (protocol/events.ts) types it. */
  [K in keyof P]: (socket: S, claims: C, payload: z.infer<P[K]>) => Promise<R[K]>;
};

/**
 * Runs before a valid event's handler (permissions, shared rate limits); throws (or rejects with) a HubError to
 * refuse it. An event it has nothing to check for returns nothing, and its handler starts at once.
 */
export type EventGuard<S extends AnySocket, C> = (
  socket: S,
  claims: C,
  event: string,
  payload: unknown,
) => Promise<void> | undefined;

/** What one socket's limits need between its events: one small record, made at its first event. */
interface SocketLimitState extends TokenBucket {
  /** Its handlers running now. */
  inFlight: number;
  /** Events refused in a row for an empty budget. */
  refusedInARow: number;
}

/**
 * Builds the client-event dispatch of a namespace once, and returns what attaches it to each new socket: every
 * socket gets the same listeners, one per event and one for unknown events (Socket.IO calls them with the socket
 * as `this`, after the socket's middlewares), and the same handler table, which takes the socket and its claims
 * (`socket.data.claims`) with the payload, so an idle socket holds no closure here. Its limit state (budget,
 * in-flight count) is one record in a WeakMap, made at its first event.
 *
 * Every event is validated at the edge and answered in the ack envelope. Unknown events and events without an ack
 * callback are answered (when possible) with INVALID_PAYLOAD and change nothing. Every event, known or not, first
 * takes a token from the socket's event budget (RATE_LIMITED when empty; a flood of refusals cuts the connection)
 * and, when it runs a handler, a slot of the socket's in-flight cap (BUSY when full); both are checked before the
 * payload is parsed, here and only here, so no handler can forget them and a refusal costs almost nothing.
 */
export function createEventDispatch<
  P extends Record<string, z.ZodType>,
  S extends AnySocket,
  C,
  R extends { [K in keyof P]: unknown } = { [K in keyof P]: unknown },
>(
  namespace: string,
  schemas: P,
  handlers: EventHandlers<P, S, C, R>,
  context: HandlerContext,
  guard?: EventGuard<S, C>,
): (socket: S) => void {
  const { logger, metrics } = context;
  const capacity = context.socketLimits?.eventsPer10s ?? 0;
  const maxInFlight = context.socketLimits?.maxInFlight ?? 0;
  const refusedInARowLimit = floodLimit(capacity);
  const limited = capacity > 0 || maxInFlight > 0;
  const states = new WeakMap<Socket, SocketLimitState>();

  const stateOf = (socket: Socket): SocketLimitState => {
    let state = states.get(socket);
    if (!state) {
      state = { tokens: capacity, at: context.nowMs(), inFlight: 0, refusedInARow: 0 };
      states.set(socket, state);
    }
    return state;
  };

  /** Takes a token of the budget; past the flood limit of refusals in a row, the connection is cut. */
  const withinBudget = (socket: Socket, state: SocketLimitState): boolean => {
    if (takeToken(state, capacity, 10_000, context.nowMs())) {
      state.refusedInARow = 0;
      return true;
    }
    state.refusedInARow += 1;
    if (state.refusedInARow === refusedInARowLimit) {
      metrics.backpressure.inc({ action: 'flood' });
      logger.warn({ namespace, refused: state.refusedInARow }, 'event flood: connection cut');
      endFlood(socket.conn, () => socket.disconnect(true));
    }
    return false;
  };

  const reply = (event: string, ack: (answer: Ack<unknown>) => void, answer: Ack<unknown>) => {
    metrics.acks.inc({ event: `${namespace}:${event}`, code: answer.ok ? 'ok' : answer.error.code });
    ack(answer);
  };

  const run = async (
    socket: Socket,
    state: SocketLimitState | undefined,
    event: string,
    payload: unknown,
    respond: (answer: Ack<unknown>) => void,
  ) => {
    const claims = (socket.data as { claims: C }).claims;
    try {
      const guarded = guard?.(socket as unknown as S, claims, event, payload);
      if (guarded) await guarded;
      const handler = handlers[event] as (socket: S, claims: C, payload: unknown) => Promise<unknown>;
      const data = await handler(socket as unknown as S, claims, payload);
      respond({ ok: true, data: data ?? null });
    } catch (error) {
      if (!(error instanceof HubError)) logger.error({ err: error, event, namespace }, 'handler failed');
      // What made a store unavailable (a file path, a driver message) is for the logs; the ack says only UNAVAILABLE.
      else if (error.code === 'UNAVAILABLE' && error.cause)
        logger.warn({ err: error, event, namespace }, 'handler answered UNAVAILABLE');
      respond(toAck(error));
    } finally {
      if (state) state.inFlight -= 1;
    }
  };

  /** Refuses an event over the socket's budget; true when it was refused (and answered when it can be). */
  const refusedOverBudget = (
    socket: Socket,
    state: SocketLimitState,
    event: string,
    ack: unknown,
  ): boolean => {
    if (withinBudget(socket, state)) return false;
    if (typeof ack === 'function') reply(event, ack as (answer: Ack<unknown>) => void, overBudget());
    else metrics.acks.inc({ event: `${namespace}:${event}`, code: 'RATE_LIMITED' });
    return true;
  };

  /**
   * Unknown events: every socket's `onAny` listener, with the socket as `this`. Socket.IO calls it for every
   * event (known ones return at once: their own listener below answers them), also for packets decoded just
   * before a disconnect: nothing is answered or counted for a socket that is gone (a flood it was cut for).
   */
  function onUnknownEvent(this: Socket, event: unknown, ...args: unknown[]): void {
    if (!this.connected || (typeof event === 'string' && Object.hasOwn(schemas, event))) return;
    const ack = args.at(-1);
    if (limited && refusedOverBudget(this, stateOf(this), 'unknown', ack)) return;
    if (typeof ack === 'function') {
      reply(
        'unknown',
        ack as (answer: Ack<unknown>) => void,
        toAck(new HubError('INVALID_PAYLOAD', 'Unknown event')),
      );
    }
  }

  /** The listener of one known event, shared by every socket of the namespace (called with the socket as `this`). */
  const listenerOf = (event: string, schema: z.ZodType) =>
    function onEvent(this: Socket, ...args: unknown[]): void {
      const state = limited ? stateOf(this) : undefined;
      const ack = args.at(-1);
      if (state && refusedOverBudget(this, state, event, ack)) return;
      if (typeof ack !== 'function' || args.length !== 2) {
        if (typeof ack === 'function') {
          reply(
            event,
            ack as (answer: Ack<unknown>) => void,
            toAck(new HubError('INVALID_PAYLOAD', 'Send exactly one payload and an ack')),
          );
        } else metrics.acks.inc({ event: `${namespace}:${event}`, code: 'NO_ACK' });
        return;
      }
      const respond = (answer: Ack<unknown>) => reply(event, ack as (answer: Ack<unknown>) => void, answer);
      if (context.isDraining()) {
        respond(toAck(new HubError('UNAVAILABLE', 'The server is restarting; reconnect and retry')));
        return;
      }
      if (state && maxInFlight > 0 && state.inFlight >= maxInFlight) {
        respond(
          toAck(
            new HubError(
              'BUSY',
              `At most ${maxInFlight} requests at once per connection; wait for an answer`,
            ),
          ),
        );
        return;
      }
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        const tooLong = parsed.error.issues.some(
          (issue) => issue.code === 'too_big' && issue.path.at(-1) === 'text',
        );
        respond(
          toAck(new HubError(tooLong ? 'TEXT_TOO_LONG' : 'INVALID_PAYLOAD', describeIssues(parsed.error))),
        );
        return;
      }
      if (state) state.inFlight += 1;
      context.track(run(this, state, event, parsed.data, respond));
    };
  const listeners = Object.entries(schemas).map(
    ([event, schema]) => [event, listenerOf(event, schema)] as const,
  );

  return (socket) => {
    socket.onAny(onUnknownEvent);
    for (const [event, listener] of listeners) socket.on(event, listener);
  };
}
