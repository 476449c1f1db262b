/** Why a model request failed. Every failure of the model port is a ModelError with one of these kinds. */
export const ModelErrorKind = {
  /** The whole request (all attempts, all tokens) took longer than the total timeout. */
  timeout: 'timeout',
  /** No text arrived within the first-token timeout (retries included). */
  first_token_timeout: 'first_token_timeout',
  /** 429 from the API, after the allowed retries. */
  rate_limited: 'rate_limited',
  /** 529 overloaded_error, after the allowed retries. */
  overloaded: 'overloaded',
  /** 5xx from the API, after the allowed retries. */
  server: 'server',
  /** The caller aborted (a newer trigger, shutdown). */
  aborted: 'aborted',
  /** The tenant used up its hourly token budget. */
  budget: 'budget',
  /** The model's circuit breaker is open. */
  circuit_open: 'circuit_open',
  /** An `error` event in the stream, or a stream that ended without `message_stop`. */
  stream_error: 'stream_error',
  /** The connection failed or dropped. */
  connection: 'connection',
  /** A 4xx other than 429 (bad request, authentication, permission): our bug or configuration, never retried. */
  bad_request: 'bad_request',
  /** No model is configured (the offline provider). */
  unavailable: 'unavailable',
} as const;

export type ModelErrorKind = (typeof ModelErrorKind)[keyof typeof ModelErrorKind];

/** Worth another attempt before the first token; a stream_error here is an `error` event that came before any text. */
const retryableKinds: ReadonlySet<ModelErrorKind> = new Set([
  'rate_limited',
  'overloaded',
  'server',
  'connection',
  'stream_error',
]);

/** Kinds that say something about the health of the model endpoint (they count for the circuit breaker). */
const healthKinds: ReadonlySet<ModelErrorKind> = new Set([
  'timeout',
  'first_token_timeout',
  'rate_limited',
  'overloaded',
  'server',
  'stream_error',
  'connection',
]);

export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly kind: ModelErrorKind;
  /** HTTP status, when the API answered with an error status. */
  readonly status: number | undefined;
  /** The server's retry hint in ms (`retry-after-ms` or `retry-after`), when it sent one. */
  readonly retryAfterMs: number | undefined;
  /** The API's `request-id`, for support tickets. */
  readonly requestId: string | undefined;

  constructor(
    kind: ModelErrorKind,
    message: string,
    details: { status?: number; retryAfterMs?: number; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.requestId = details.requestId;
  }

  /** Worth another attempt (only before the first token is delivered). */
  get retryable(): boolean {
    return retryableKinds.has(this.kind);
  }

  /** Counts as a failure of the model endpoint for the circuit breaker. */
  get countsAsFailure(): boolean {
    return healthKinds.has(this.kind);
  }
}

export function isModelError(error: unknown, kind?: ModelErrorKind): error is ModelError {
  return error instanceof ModelError && (kind === undefined || error.kind === kind);
}
