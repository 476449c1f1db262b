import { ModelError } from './errors.js';

export type AbortCause = 'caller' | 'first_token_timeout' | 'timeout';

export interface RequestControl {
  /** Aborts the HTTP request (every attempt uses it). */
  readonly signal: AbortSignal;
  /** Why the request was aborted, once it was. */
  readonly cause: AbortCause | undefined;
  /** Stops the first-token timer. */
  firstTokenArrived(): void;
  /** Milliseconds left before the earliest running deadline. */
  remainingMs(): number;
  /** Waits, unless the request is aborted meanwhile (then rejects). */
  sleep(ms: number): Promise<void>;
  abort(cause: AbortCause): void;
  /** The ModelError for the abort cause. */
  abortError(cause: AbortCause, original?: unknown): ModelError;
  dispose(): void;
}

/**
 * One AbortController per model request, linked to the caller's signals and to two deadlines measured from the
 * start of the request: the first-token timeout (stopped by the first text delta) and the total timeout. Retries
 * happen inside these deadlines.
 */
export function createRequestControl(options: {
  /** Any of them aborting aborts the request with cause `caller` (the request's signal, an iterator's stop). */
  callerSignals: readonly (AbortSignal | undefined)[];
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  now: () => number;
}): RequestControl {
  const controller = new AbortController();
  const startedAt = options.now();
  let cause: AbortCause | undefined;
  let firstTokenDeadline: number | undefined = startedAt + options.firstTokenTimeoutMs;
  const totalDeadline = startedAt + options.totalTimeoutMs;

  const abort = (why: AbortCause) => {
    if (cause) return;
    cause = why;
    // No custom reason: the SDK and undici then see a standard AbortError.
    controller.abort();
  };
  const onCallerAbort = () => abort('caller');
  const firstTokenTimer = setTimeout(() => abort('first_token_timeout'), options.firstTokenTimeoutMs);
  const totalTimer = setTimeout(() => abort('timeout'), options.totalTimeoutMs);
  const callerSignals = options.callerSignals.filter((signal) => signal !== undefined);
  if (callerSignals.some((signal) => signal.aborted)) abort('caller');
  else for (const signal of callerSignals) signal.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    get cause() {
      return cause;
    },
    firstTokenArrived() {
      clearTimeout(firstTokenTimer);
      firstTokenDeadline = undefined;
    },
    remainingMs() {
      const deadline = Math.min(firstTokenDeadline ?? Infinity, totalDeadline);
      return Math.max(0, deadline - options.now());
    },
    sleep(ms) {
      return new Promise<void>((resolve, reject) => {
        if (controller.signal.aborted) return reject(new Error('aborted'));
        const timer = setTimeout(() => {
          controller.signal.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        const onAbort = () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        };
        controller.signal.addEventListener('abort', onAbort, { once: true });
      });
    },
    abort,
    abortError(why, original) {
      const details = { cause: original };
      if (why === 'caller') return new ModelError('aborted', 'Model request aborted by the caller', details);
      if (why === 'first_token_timeout') {
        return new ModelError(
          'first_token_timeout',
          `No first token within ${options.firstTokenTimeoutMs} ms`,
          details,
        );
      }
      return new ModelError('timeout', `Model request exceeded ${options.totalTimeoutMs} ms`, details);
    },
    dispose() {
      clearTimeout(firstTokenTimer);
      clearTimeout(totalTimer);
      for (const signal of callerSignals) signal.removeEventListener('abort', onCallerAbort);
    },
  };
}
