import type { ErrorCode } from '../../src/protocol/index.js';

/** Codes the client raises itself, next to the hub's error codes. */
export const ClientErrorCode = {
  /** No ack arrived within the event's ack timeout. */
  TIMEOUT: 'TIMEOUT',
  /** The socket was not connected, or disconnected before the ack arrived. */
  DISCONNECTED: 'DISCONNECTED',
  /** The client was closed by the application. */
  CLOSED: 'CLOSED',
} as const;

export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];
export type HubClientErrorCode = ErrorCode | ClientErrorCode;

/** Every failure the SDK reports: a hub error from an ack, or a client-side condition. */
export class HubClientError extends Error {
  override readonly name = 'HubClientError';
  constructor(
    readonly code: HubClientErrorCode,
    message: string,
    /** The client event whose ack failed, when there is one. */
    readonly event?: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    if (options?.details) this.details = options.details;
  }
  /** The hub's structured facts about a refusal (a `COMPLIANCE` refusal's `warning`). */
  readonly details?: Record<string, unknown>;
}

/** Errors after which resending the same clientMsgId may succeed (the hub de-duplicates it). */
const RETRYABLE: ReadonlySet<HubClientErrorCode> = new Set<HubClientErrorCode>([
  'TIMEOUT',
  'DISCONNECTED',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'BUSY',
  'INTERNAL',
]);

export function isRetryable(error: unknown): boolean {
  return error instanceof HubClientError && RETRYABLE.has(error.code);
}

export function toHubClientError(error: unknown, event?: string): HubClientError {
  if (error instanceof HubClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/timed out/i.test(message))
    return new HubClientError('TIMEOUT', `No answer to ${event ?? 'the request'} in time`, event);
  if (/disconnected/i.test(message))
    return new HubClientError('DISCONNECTED', 'The connection was lost', event);
  return new HubClientError('INTERNAL', message, event, { cause: error });
}
