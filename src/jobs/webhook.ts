import { createHmac, randomUUID } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, nonPublicHostReason } from './destinations.js';

/**
 * Where a sender may connect. `public` refuses loopback, private, link-local (cloud metadata), unique-local and
 * every other non-public address, for IP literals and for whatever a host name resolves to on each connection (a
 * name that later resolves elsewhere is checked again, so does a wildcard-DNS name), and names that are local by
 * their form (`localhost.`, single labels, `.internal`: destinations.ts): the URLs staff members set for their own
 * pages.
 */
export type Destinations = 'any' | 'public';

export interface WebhookSenderOptions {
  url: string;
  /**
   * HMAC-SHA256 key; the receiver checks `x-hub-webhook-signature: t=<unix>,v1=<hex>` over the time and the raw
   * body (and, until the next version, the legacy `x-hub-signature-256: sha256=<hex>` over the body alone).
   */
  secret: string;
  /**
   * A key being rotated out: while set, each request also carries a `v1=` signature with it (the receiver accepts
   * either), so the receiver can switch keys without losing a delivery.
   */
  previousSecret?: string;
  /** Replaces the HTTP client (tests); by default a plain POST that never follows a redirect or reads the answer. */
  fetch?: typeof globalThis.fetch;
  /** Default `any` (the operator's own HUB_WEBHOOK_URL). */
  destinations?: Destinations;
  /** Attempts in total, the first included. Default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound for one delay (including a server's retry-after). Default 30,000 ms. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Per-attempt timeout. Default 10,000 ms. */
  timeoutMs?: number;
  /** The hub's clock: the time each attempt is signed at (`t=` of the timestamped signature). */
  now?: () => Date;
  /** Resolves host names (default: node:dns `lookup`); `public` destinations check every address it answers. */
  resolve?: Resolver;
}

export interface WebhookResult {
  ok: boolean;
  attempts: number;
  /** The last HTTP status, when a response arrived. */
  status?: number;
  error?: string;
  deliveryId: string;
  /**
   * A failure worth retrying later (a network error, a timeout, 5xx or 429); false when the receiver refused it
   * (another 4xx, a redirect) or the destination is not allowed. Absent on success.
   */
  retryable?: boolean;
  /** The receiver's `retry-after`, in ms, on the last answer that carried one. */
  retryAfterMs?: number;
}

export interface WebhookSender {
  send(event: string, payload: unknown, options?: { deliveryId?: string }): Promise<WebhookResult>;
}

/**
 * The legacy signature (`x-hub-signature-256: sha256=<hex HMAC of the body>`): it covers no time, so a captured
 * request verifies forever. Sent beside the timestamped one for this version only; receivers move to that one.
 */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The header of the timestamped signature. */
export const SIGNATURE_HEADER = 'x-hub-webhook-signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (as payment providers sign webhooks): the receiver
 * recomputes it over the time and the raw body and refuses a `t` outside its tolerance, so a captured request
 * cannot be replayed later. Each attempt is signed at its own time (a retry is not stale).
 */
export function signTimestamped(secret: string, unixSeconds: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

export { isPublicAddress };

const refused = (host: string, reason?: string) =>
  Object.assign(new Error(`refused: ${host} is not a public address${reason ? ` (${reason})` : ''}`), {
    code: 'EADDRNOTPUBLIC',
  });

/** How a sender resolves names: node:dns's `lookup` with `all: true` (tests pass a resolver of their own). */
export type Resolver = (
  hostname: string,
  options: { all: true; family?: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/**
 * A lookup for node:http that resolves with `resolve`; `publicOnly` refuses a name with any non-public address
 * (every connection checks again, so a name that later resolves inside the network is refused too).
 */
const lookupWith =
  (resolve: Resolver, publicOnly: boolean): LookupFunction =>
  (hostname, options, callback) => {
    const family = typeof options.family === 'number' ? { family: options.family } : {};
    resolve(hostname, { all: true, ...family }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      if (publicOnly && addresses.some((entry) => !isPublicAddress(entry.address)))
        return callback(refused(hostname), '', 0);
      if (addresses.length === 0) {
        const none = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        return callback(publicOnly ? refused(hostname) : none, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

interface PostAnswer {
  status: number;
  retryAfter: string | null;
}

/**
 * One POST with node:http: a redirect is an answer like any other (never followed: a 307 to an internal address
 * would carry the body there), and the answer's body is never read (a receiver streaming gigabytes costs nothing).
 */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  destinations: Destinations,
  resolve: Resolver,
): Promise<PostAnswer> {
  const target = new URL(url);
  // Checked at every send, not only when the URL was set: a stored URL may predate the rule (or a setting).
  const reason = destinations === 'public' ? nonPublicHostReason(target.hostname) : null;
  if (reason) return Promise.reject(refused(target.hostname, reason));
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    lookup: lookupWith(resolve, destinations === 'public'),
  };
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, options, (res) => {
      clearTimeout(deadline);
      const retryAfter = res.headers['retry-after'];
      resolve({
        status: res.statusCode ?? 0,
        retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
      });
      res.destroy();
    });
    // The whole exchange, not only each pause (a receiver dripping one header byte at a time never goes idle).
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    req.end(body);
  });
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1_000 : undefined;
}

/**
 * Outbound webhooks for the CRM/SMS integration: POSTs the JSON payload, signed with HMAC-SHA256, and retries with
 * exponential backoff on network errors, 5xx and 429 (honouring retry-after); other 4xx answers, and redirects,
 * give up at once.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const destinations = options.destinations ?? 'any';
  const resolver = options.resolve ?? systemResolver;
  const injected = options.fetch;
  const send = async (
    headers: Record<string, string>,
    body: string,
    timeoutMs: number,
  ): Promise<PostAnswer> => {
    if (!injected) return post(options.url, headers, body, timeoutMs, destinations, resolver);
    const response = await injected(options.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  };
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => new Date());

  return {
    async send(event, payload, sendOptions = {}) {
      const deliveryId = sendOptions.deliveryId ?? randomUUID();
      const body = JSON.stringify(payload);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'jorge-hub-webhooks/1',
        'x-hub-event': event,
        'x-hub-delivery': deliveryId,
        'x-hub-signature-256': signBody(options.secret, body),
      };
      let last: Omit<WebhookResult, 'attempts' | 'deliveryId'> = { ok: false };
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        let hint: number | undefined;
        try {
          const signedAt = Math.floor(now().getTime() / 1_000);
          let signature = signTimestamped(options.secret, signedAt, body);
          if (options.previousSecret)
            signature += `,${signTimestamped(options.previousSecret, signedAt, body).split(',')[1]!}`;
          const signed = { ...headers, [SIGNATURE_HEADER]: signature };
          const answer = await send(signed, body, timeoutMs);
          if (answer.status >= 200 && answer.status < 300)
            return { ok: true, attempts: attempt, status: answer.status, deliveryId };
          last = { ok: false, status: answer.status, error: `HTTP ${answer.status}` };
          const retryable = answer.status >= 500 || answer.status === 429;
          if (!retryable) return { ...last, attempts: attempt, deliveryId, retryable: false };
          hint = retryAfterMs(answer.retryAfter);
          if (hint !== undefined) last.retryAfterMs = hint;
        } catch (error) {
          last = { ok: false, error: (error as Error).message };
          // A destination that is not allowed stays so: no retries.
          if ((error as { code?: string }).code === 'EADDRNOTPUBLIC')
            return { ...last, attempts: attempt, deliveryId, retryable: false };
        }
        if (attempt < maxAttempts) {
          await sleep(Math.min(maxDelayMs, Math.max(hint ?? 0, baseDelayMs * 2 ** (attempt - 1))));
        }
      }
      return { ...last, attempts: maxAttempts, deliveryId, retryable: true };
    },
  };
}
