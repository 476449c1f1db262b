import type { DevTokenBody, WidgetSessionBody, WidgetSessionResult } from '../../src/protocol/index.js';
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
    error?: { code?: string; message?: string };
  };
  if (!response.ok) {
    const code = (answer.error?.code ??
      (response.status >= 500 ? 'UNAVAILABLE' : 'INVALID_PAYLOAD')) as HubClientError['code'];
    throw new HubClientError(code, answer.error?.message ?? `HTTP ${response.status}`, path);
  }
  return answer;
}

/** Opens a widget session (`POST /api/widget/sessions`): a token for `/widget` and the visitor id to keep. */
export function createWidgetSession(
  url: string,
  body: WidgetSessionBody,
  options: HttpOptions = {},
): Promise<WidgetSessionResult> {
  return post<WidgetSessionResult>(url, '/api/widget/sessions', body, options);
}

/** A development staff token (`POST /api/dev/tokens`; disabled when the hub runs with NODE_ENV=production). */
export async function requestDevToken(
  url: string,
  body: DevTokenBody,
  options: HttpOptions = {},
): Promise<string> {
  return (await post<{ token: string }>(url, '/api/dev/tokens', body, options)).token;
}
