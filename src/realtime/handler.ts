import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { HubError, toAck, type Ack } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';
import { endFlood } from './limits.js';
import { createEventBudget } from './rate-limit.js';

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
}

const overBudget = () => toAck(new HubError('RATE_LIMITED', 'Too many events on this connection; slow down'));

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

/**
 * Registers every client event of a namespace with validation at the edge and the ack envelope. Unknown events
 * and events without an ack callback are answered (when possible) with INVALID_PAYLOAD and change nothing.
 *
 * Every event, known or not, first takes a token from the socket's event budget (RATE_LIMITED when empty) and,
 * when it runs a handler, a slot of the socket's in-flight cap (BUSY when full); both are checked before the
 * payload is parsed, here and only here, so no handler can forget them and a refusal costs almost nothing.
 */
export function registerHandlers<P extends Record<string, z.ZodType>>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- accepts every namespace's typed socket
  anySocket: Socket<any, any, any, any>,
  namespace: string,
  schemas: P,
  handlers: { [K in keyof P]: (payload: z.infer<P[K]>) => Promise<unknown> },
  context: HandlerContext,
  guard?: (event: string, payload: unknown) => Promise<void>,
): void {
  const { logger, metrics } = context;
  const socket = anySocket as unknown as Socket;
  const limits = context.socketLimits;
  const budget = createEventBudget(limits?.eventsPer10s ?? 0, 10_000);
  const maxInFlight = limits?.maxInFlight ?? 0;
  const refusedInARowLimit = floodLimit(limits?.eventsPer10s ?? 0);
  let inFlight = 0;
  let refusedInARow = 0;
  /** Takes a token of the budget; past the flood limit of refusals in a row, the connection is cut. */
  const withinBudget = (): boolean => {
    if (budget.take()) {
      refusedInARow = 0;
      return true;
    }
    refusedInARow += 1;
    if (refusedInARow === refusedInARowLimit) {
      metrics.backpressure.inc({ action: 'flood' });
      logger.warn({ namespace, refused: refusedInARow }, 'event flood: connection cut');
      endFlood(socket.conn, () => socket.disconnect(true));
    }
    return false;
  };

  const reply = (event: string, ack: (answer: Ack<unknown>) => void, answer: Ack<unknown>) => {
    metrics.acks.inc({ event: `${namespace}:${event}`, code: answer.ok ? 'ok' : answer.error.code });
    ack(answer);
  };

  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && Object.hasOwn(schemas, event)) return;
    const ack = args.at(-1);
    if (!withinBudget()) {
      if (typeof ack === 'function') reply('unknown', ack as (answer: Ack<unknown>) => void, overBudget());
      else metrics.acks.inc({ event: `${namespace}:unknown`, code: 'RATE_LIMITED' });
      return;
    }
    if (typeof ack === 'function') {
      reply(
        'unknown',
        ack as (answer: Ack<unknown>) => void,
        toAck(new HubError('INVALID_PAYLOAD', 'Unknown event')),
      );
    }
  });

  for (const [event, schema] of Object.entries(schemas)) {
    const handler = handlers[event] as (payload: unknown) => Promise<unknown>;
    socket.on(event, (...args: unknown[]) => {
      const ack = args.at(-1);
      if (!withinBudget()) {
        if (typeof ack === 'function') reply(event, ack as (answer: Ack<unknown>) => void, overBudget());
        else metrics.acks.inc({ event: `${namespace}:${event}`, code: 'RATE_LIMITED' });
        return;
      }
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
      if (maxInFlight > 0 && inFlight >= maxInFlight) {
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
      inFlight += 1;
      const work = (async () => {
        try {
          await guard?.(event, parsed.data);
          const data = await handler(parsed.data);
          respond({ ok: true, data: data ?? null });
        } catch (error) {
          if (!(error instanceof HubError)) logger.error({ err: error, event, namespace }, 'handler failed');
          respond(toAck(error));
        } finally {
          inFlight -= 1;
        }
      })();
      context.track(work);
    });
  }
}
