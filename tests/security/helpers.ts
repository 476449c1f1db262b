import { decodeJwt } from 'jose';
import { ORIGIN, postJson } from '../helpers/hub.js';

export interface Session {
  status: number;
  token: string;
  visitorSecret: string;
  leadId: string;
  body: Record<string, unknown>;
}

/** POST /api/widget/sessions; decodes the lead id from the token (what the hub put in it). */
export async function openSession(
  url: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Session> {
  const { status, body: result } = await postJson(
    `${url}/api/widget/sessions`,
    { tenantId: 'demo', ...body },
    { origin: ORIGIN, ...headers },
  );
  const token = typeof result.token === 'string' ? result.token : '';
  const leadId = token ? String(decodeJwt(token).leadId) : '';
  return {
    status,
    token,
    visitorSecret: typeof result.visitorSecret === 'string' ? result.visitorSecret : '',
    leadId,
    body: result,
  };
}

/** A clock the test moves forward (visitor secret expiry). */
export function movableClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}
