import twilio from 'twilio';
import { signFeedRequest, telephonySettingsSchema } from '../../src/telephony/index.js';
import { createTenantDirectory, loadTenants, type Tenant } from '../../src/tenants.js';

/** Test credentials: each tenant has its own Twilio account, auth token and feed key. */
export const creds = {
  demo: {
    accountSid: `AC${'d'.repeat(32)}`,
    authToken: 'demo-twilio-auth-token-0123456789',
    feedKey: { id: 'deepgram', secret: 'demo-feed-secret-0123456789abcdef0123' },
  },
  acme: {
    accountSid: `AC${'a'.repeat(32)}`,
    authToken: 'acme-twilio-auth-token-9876543210',
    feedKey: { id: 'deepgram', secret: 'acme-feed-secret-fedcba9876543210fedc' },
  },
} as const;

export function telephonyTenantList(): Tenant[] {
  return loadTenants('config/tenants.json')
    .all()
    .map((tenant) => {
      const c = creds[tenant.id as keyof typeof creds];
      if (!c) return tenant;
      return {
        ...tenant,
        telephony: telephonySettingsSchema.parse({
          twilio: { accountSid: c.accountSid, authToken: c.authToken },
          feedKeys: [c.feedKey],
        }),
      };
    });
}

export const telephonyTenants = () => createTenantDirectory(telephonyTenantList());

/** The tenants file content for hub processes (auth tokens given as env: references, as in production). */
export function telephonyTenantsFile(): { file: object; env: Record<string, string> } {
  const tenants = loadTenants('config/tenants.json')
    .all()
    .map((tenant) => {
      const c = creds[tenant.id as keyof typeof creds];
      if (!c) return tenant;
      const upper = tenant.id.toUpperCase();
      return {
        ...tenant,
        telephony: {
          twilio: { accountSid: c.accountSid, authToken: `env:TWILIO_AUTH_TOKEN_${upper}` },
          feedKeys: [{ id: c.feedKey.id, secret: `env:FEED_SECRET_${upper}` }],
        },
      };
    });
  return {
    file: { tenants },
    env: {
      TWILIO_AUTH_TOKEN_DEMO: creds.demo.authToken,
      TWILIO_AUTH_TOKEN_ACME: creds.acme.authToken,
      FEED_SECRET_DEMO: creds.demo.feedKey.secret,
      FEED_SECRET_ACME: creds.acme.feedKey.secret,
    },
  };
}

export interface TwilioCallback {
  event: 'transcription-started' | 'transcription-content' | 'transcription-stopped';
  sequence: number;
  track?: 'inbound_track' | 'outbound_track';
  text?: string;
  final?: boolean;
  /** Default: now. */
  timestamp?: Date;
}

/** The form fields Twilio posts to a `<Transcription statusCallbackUrl>`. */
export function twilioParams(
  tenantId: keyof typeof creds,
  callback: TwilioCallback,
  transcriptionSid = `GT${'1'.repeat(32)}`,
): Record<string, string> {
  const params: Record<string, string> = {
    AccountSid: creds[tenantId].accountSid,
    CallSid: `CA${'2'.repeat(32)}`,
    TranscriptionSid: transcriptionSid,
    TranscriptionEvent: callback.event,
    SequenceId: String(callback.sequence),
    Timestamp: (callback.timestamp ?? new Date()).toISOString(),
  };
  if (callback.event === 'transcription-started') {
    params.ProviderConfiguration = JSON.stringify({ profanityFilter: 'true', speechModel: 'telephony' });
    params.Track = 'both_tracks';
    params.PartialResults = 'true';
  }
  if (callback.event === 'transcription-content') {
    params.LanguageCode = 'en-US';
    params.Track = callback.track ?? 'inbound_track';
    params.TranscriptionData = JSON.stringify({ transcript: callback.text ?? '', confidence: 0.93 });
    params.Final = callback.final === false ? 'false' : 'true';
    if (callback.final === false) params.Stability = '0.8';
  }
  return params;
}

/** Posts a form as Twilio does, signed with the twilio package's own helper (or a given signature). */
export async function postTwilio(
  url: string,
  params: Record<string, string>,
  options: { authToken?: string; signature?: string | null } = {},
) {
  const signature =
    options.signature === undefined
      ? twilio.getExpectedTwilioSignature(options.authToken ?? creds.demo.authToken, url, params)
      : options.signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature !== null ? { 'x-twilio-signature': signature } : {}),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, text: await response.text() };
}

export interface FeedEvent {
  type: 'started' | 'partial' | 'final' | 'stopped';
  sequence: number;
  speaker?: 'prospect' | 'agent';
  text?: string;
}

/** Posts to the generic feed, signed with HMAC-SHA256 over `${timestamp}.${path}.${body}` (`signedPath`: another path). */
export async function postFeed(
  url: string,
  body: unknown,
  options: {
    secret?: string;
    keyId?: string;
    timestampMs?: number;
    signature?: string | null;
    signedPath?: string;
  } = {},
) {
  const raw = JSON.stringify(body);
  const timestamp = String(options.timestampMs ?? Date.now());
  const signature =
    options.signature === undefined
      ? signFeedRequest(
          options.secret ?? creds.demo.feedKey.secret,
          timestamp,
          options.signedPath ?? new URL(url).pathname,
          raw,
        )
      : options.signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-key-id': options.keyId ?? creds.demo.feedKey.id,
      'x-hub-timestamp': timestamp,
      ...(signature !== null ? { 'x-hub-signature': signature } : {}),
    },
    body: raw,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
}

/** Starts a call from the console route; returns the hub's call id and the URLs to hand the provider. */
export async function startCall(
  url: string,
  token: string,
  conversationId: string,
  extra: Record<string, unknown> = {},
) {
  const response = await fetch(`${url}/api/telephony/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ conversationId, ...extra }),
  });
  const body = (await response.json()) as {
    call: { callId: string; conversationId: string; stallAfterMs: number };
    twilio?: { statusCallbackUrl: string; twiml: string };
    feed?: { eventsUrl: string };
    error?: { code: string };
  };
  if (response.status !== 201) throw new Error(`call start: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Fisher-Yates with a fixed seed, so a failing order can be replayed. */
export function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
