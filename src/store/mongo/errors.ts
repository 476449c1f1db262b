import { Error as MongooseError, mongo } from 'mongoose';
import { HubError } from '../../errors.js';

/** The URI with any user:password replaced, safe for logs and error messages. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}

/** True for E11000; with `field`, only when that field is part of the violated unique index. */
export function isDuplicateKey(error: unknown, field?: string): boolean {
  if (!(error instanceof mongo.MongoServerError) || error.code !== 11_000) return false;
  if (field === undefined) return true;
  const pattern = (error as { keyPattern?: Record<string, unknown> }).keyPattern;
  if (pattern) return field in pattern;
  return error.message.includes(field);
}

/** Errors that mean "the database cannot be reached right now", as opposed to a bad request or a bug. */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof mongo.MongoNetworkError ||
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongo.MongoNotConnectedError ||
    error instanceof mongo.MongoTopologyClosedError ||
    (error instanceof mongo.MongoError && error.hasErrorLabel('RetryableWriteError'))
  );
}

/**
 * Maps driver and mongoose errors to the hub's error table: unreachable → UNAVAILABLE, schema validation and
 * casting → INVALID_PAYLOAD. HubErrors and anything else pass through unchanged (they become INTERNAL at the edge).
 */
export function toStoreError(error: unknown, action: string): unknown {
  if (error instanceof HubError) return error;
  if (isUnavailable(error)) {
    return new HubError('UNAVAILABLE', `MongoDB is unavailable (${action})`, { cause: error });
  }
  if (error instanceof MongooseError.ValidationError || error instanceof MongooseError.CastError) {
    return new HubError('INVALID_PAYLOAD', `Invalid ${action}: ${error.message}`, { cause: error });
  }
  if (error instanceof MongooseError.StrictModeError) {
    return new HubError('INVALID_PAYLOAD', `Invalid ${action}: ${error.message}`, { cause: error });
  }
  return error;
}

/** Runs one store operation and maps driver errors to HubErrors (toStoreError). */
export async function guard<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error, action);
  }
}

/** Runs an insert; a duplicate key becomes a typed CONFLICT ("<what> already exists"). */
export async function insertOrConflict(what: string, insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (isDuplicateKey(error)) throw new HubError('CONFLICT', `${what} already exists`, { cause: error });
    throw error;
  }
}
