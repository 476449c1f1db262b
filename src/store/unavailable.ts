import { HubError } from '../errors.js';
import type { Store } from './types.js';

/** SQLite result codes that mean "the database cannot serve right now", not "the request is wrong". */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL|NOLFS|AUTH)/;

/** True for errors that mean the store is unreachable or busy: the caller may retry later. */
export function isSqliteUnavailable(error: unknown): boolean {
  if (error instanceof HubError) return false;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && SQLITE_UNAVAILABLE.test(code)) return true;
  // better-sqlite3 after close(): "The database connection is not open".
  return error instanceof TypeError && /database connection is not open/i.test(error.message);
}

/**
 * Wraps every store call so that an unavailable backend surfaces as HubError UNAVAILABLE (the client is told to
 * retry; nothing is acked). Each store call is one transaction, so a failed call has written nothing.
 */
export function withUnavailableErrors<S extends Store>(
  store: S,
  isUnavailable: (error: unknown) => boolean,
): S {
  const wrapped = { ...store };
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function' || name === 'close') continue;
    const method = value as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await method.apply(store, args);
      } catch (error) {
        if (isUnavailable(error)) {
          throw new HubError('UNAVAILABLE', 'The store is unavailable; retry shortly', { cause: error });
        }
        throw error;
      }
    };
  }
  return wrapped;
}
