import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { HubError, toAck, type Ack } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';

export interface HandlerContext {
  logger: Logger;
  metrics: HubMetrics;
  /** Rejects new work with UNAVAILABLE while the process drains. */
  isDraining: () => boolean;
  /** Tracks in-flight handlers so shutdown can wait for their acks. */
  track: (work: Promise<unknown>) => void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

/**
 * Registers every client event of a namespace with validation at the edge and the ack envelope. Unknown events
 * and events without an ack callback are answered (when possible) with INVALID_PAYLOAD and change nothing.
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

  const reply = (event: string, ack: (answer: Ack<unknown>) => void, answer: Ack<unknown>) => {
    metrics.acks.inc({ event: `${namespace}:${event}`, code: answer.ok ? 'ok' : answer.error.code });
    ack(answer);
  };

  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event !== 'string' || Object.hasOwn(schemas, event)) return;
    const ack = args.at(-1);
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
      const work = (async () => {
        try {
          await guard?.(event, parsed.data);
          const data = await handler(parsed.data);
          respond({ ok: true, data: data ?? null });
        } catch (error) {
          if (!(error instanceof HubError)) logger.error({ err: error, event, namespace }, 'handler failed');
          respond(toAck(error));
        }
      })();
      context.track(work);
    });
  }
}
