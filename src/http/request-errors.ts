import { HubError } from '../errors.js';

/**
 * The typed error of a request that Express or its JSON body parser refused before any route ran (a 4xx of theirs),
 * or the HubError a route threw; undefined for anything else (a bug: logged, answered INTERNAL).
 */
export function requestError(error: unknown): HubError | undefined {
  if (error instanceof HubError) return error;
  const { status, type } = error as { status?: number; type?: string };
  if (status === undefined || status < 400 || status >= 500) return undefined;
  if (status === 413 || type === 'entity.too.large')
    return new HubError('TEXT_TOO_LONG', 'Request body too large');
  if (type === 'entity.parse.failed')
    return new HubError('INVALID_PAYLOAD', 'Request body is not valid JSON');
  // A path that does not decode ("/api/conversations/%/transcript").
  if (error instanceof URIError) return new HubError('INVALID_PAYLOAD', 'Malformed URL');
  return new HubError('INVALID_PAYLOAD', 'Bad request');
}
