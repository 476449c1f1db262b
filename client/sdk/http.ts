import type {
  DevTokenBody,
  SessionChallenge,
  WidgetSessionBody,
  WidgetSessionResult,
} from '../../src/protocol/index.js';
import { solveChallenge } from './challenge.js';
import { HubClientError } from './errors.js';

export interface HttpOptions {
  /** Extra headers; in Node, set `origin` for widget sessions (browsers send it themselves). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

async function post<T>(url: string, path: string, body: unknown, options: HttpOptions): Promise<T> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${url.replace(/\/$/, '')}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new HubClientError('DISCONNECTED', `Cannot reach the hub at ${url}`, path, { cause: error });
  }
  const answer = (await response.json().catch(() => ({}))) as T & {
    error?: { code?: string; message?: string; details?: Record<string, unknown> };
  };
  if (!response.ok) {
    const code = (answer.error?.code ??
      (response.status >= 500 ? 'UNAVAILABLE' : 'INVALID_PAYLOAD')) as HubClientError['code'];
    const details = answer.error?.details;
    throw new HubClientError(code, answer.error?.message ?? `HTTP ${response.status}`, path, {
      ...(details ? { details } : {}),
    });
  }
  return answer;
}

/** The challenge a RATE_LIMITED session answer carries when a solved proof of work would admit it. */
function challengeOf(error: unknown): SessionChallenge | undefined {
  if (!(error instanceof HubClientError) || error.code !== 'RATE_LIMITED') return undefined;
  const challenge = error.details?.challenge as Partial<SessionChallenge> | undefined;
  return typeof challenge?.token === 'string' && typeof challenge.bits === 'number'
    ? (challenge as SessionChallenge)
    : undefined;
}

/** Challenges solved in a row before the refusal is passed on (a fresh one per answer). */
const CHALLENGE_ATTEMPTS = 3;

/**
 * Opens a widget session (`POST /api/widget/sessions`): a token for `/widget` and the visitor id to keep. While
 * strangers flood the tenant the hub may ask a new visitor for a proof of work (RATE_LIMITED with
 * `details.challenge`): it is solved here with WebCrypto and the request sent again with it.
 */
export async function createWidgetSession(
  url: string,
  body: WidgetSessionBody,
  options: HttpOptions = {},
): Promise<WidgetSessionResult> {
  let request = body;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await post<WidgetSessionResult>(url, '/api/widget/sessions', request, options);
    } catch (error) {
      const challenge = challengeOf(error);
      if (!challenge || attempt >= CHALLENGE_ATTEMPTS) throw error;
      request = { ...body, challenge: await solveChallenge(challenge) };
    }
  }
}

/** A development staff token (`POST /api/dev/tokens`; disabled when the hub runs with NODE_ENV=production). */
export async function requestDevToken(
  url: string,
  body: DevTokenBody,
  options: HttpOptions = {},
): Promise<string> {
  return (await post<{ token: string }>(url, '/api/dev/tokens', body, options)).token;
}
