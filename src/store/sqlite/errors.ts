import { type ErrorCode, HubError, isHubError } from '../../errors.js';
import { isSqliteUnavailable } from '../unavailable.js';

/** An error as it crosses the thread boundary (plain, structured-clonable data). */
export interface WireError {
  /** A HubError code, when the error is (or maps to) a HubError. */
  code?: ErrorCode;
  name: string;
  message: string;
  /** The SQLite result code of the underlying error, for logs. */
  sqliteCode?: string;
  /** What caused it (file paths, driver messages): for the logs, never for a client's answer. */
  detail?: string;
}

const UNAVAILABLE_MESSAGE = 'The store is unavailable; retry shortly';

function sqliteCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause === undefined || cause === error ? undefined : sqliteCodeOf(cause);
}

/** Turns what a store call threw in the worker into wire data; "database busy/closed" becomes UNAVAILABLE. */
export function toWireError(error: unknown): WireError {
  const sqliteCode = sqliteCodeOf(error);
  const extra = sqliteCode ? { sqliteCode } : {};
  if (isHubError(error)) {
    const detail = causeOf(error);
    return {
      code: error.code,
      name: error.name,
      message: error.message,
      ...extra,
      ...(detail ? { detail } : {}),
    };
  }
  if (isSqliteUnavailable(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 'UNAVAILABLE', name: 'HubError', message: UNAVAILABLE_MESSAGE, ...extra, detail };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, ...extra };
  return { name: 'Error', message: String(error) };
}

/** The messages of an error's causes, for the logs. */
function causeOf(error: Error): string | undefined {
  const messages: string[] = [];
  let cause: unknown = error.cause;
  while (cause instanceof Error && messages.length < 4) {
    messages.push(cause.message);
    cause = cause.cause;
  }
  return messages.length ? messages.join(': ') : undefined;
}

/**
 * Re-creates the error on the calling thread: the same HubError code and message (what a client may read), with
 * the detail as its cause (what the logs read), or a plain Error.
 */
export function fromWireError(wire: WireError): Error {
  if (wire.code) {
    return new HubError(wire.code, wire.message, wire.detail ? { cause: new Error(wire.detail) } : undefined);
  }
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.sqliteCode) Object.assign(error, { code: wire.sqliteCode });
  return error;
}

/** The error every call gets when the worker cannot serve at all (it died, or the store is closed). */
export const unavailable = (detail?: string) =>
  new HubError('UNAVAILABLE', UNAVAILABLE_MESSAGE, detail ? { cause: new Error(detail) } : undefined);
