import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { ModelError, type ModelErrorKind } from './errors.js';

/** The server's retry hint: `retry-after-ms` (ms), else `retry-after` (seconds or an HTTP date), in ms. */
export function retryAfterMs(headers: Headers | undefined, nowMs: number): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms) {
    const value = Number.parseFloat(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers?.get('retry-after');
  if (after) {
    const seconds = Number.parseFloat(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  return undefined;
}

function kindForStatus(status: number, type: string | null): ModelErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 529 || type === 'overloaded_error') return 'overloaded';
  if (status >= 500 || status === 408 || status === 409) return 'server';
  return 'bad_request';
}

/**
 * Maps what the SDK throws to a ModelError. Caller aborts and our own timeouts are decided by the adapter (it
 * knows why it aborted); here an APIUserAbortError is only `aborted`.
 */
export function classifySdkError(error: unknown, nowMs: number): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof APIUserAbortError)
    return new ModelError('aborted', 'Request aborted', { cause: error });
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError('timeout', 'Model request timed out', { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ModelError('connection', `Model connection failed: ${error.message}`, { cause: error });
  }
  if (error instanceof APIError) {
    const apiError = error as APIError<number | undefined, Headers | undefined>;
    const requestId = apiError.requestID ?? undefined;
    if (apiError.status === undefined) {
      // An `error` event inside a 200 stream.
      return new ModelError('stream_error', `Model stream error: ${apiError.type ?? 'unknown'}`, {
        requestId,
        cause: error,
      });
    }
    return new ModelError(
      kindForStatus(apiError.status, apiError.type),
      `Model API error ${apiError.status}`,
      {
        status: apiError.status,
        retryAfterMs: retryAfterMs(apiError.headers, nowMs),
        requestId,
        cause: error,
      },
    );
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (error instanceof AnthropicError && cause instanceof TypeError) {
    // undici's "terminated": the socket closed mid-body.
    return new ModelError('connection', `Model connection dropped: ${cause.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError('stream_error', `Model stream failed: ${message}`, { cause: error });
}
