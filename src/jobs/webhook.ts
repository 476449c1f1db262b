import { createHmac, randomUUID } from 'node:crypto';

export interface WebhookSenderOptions {
  url: string;
  /** HMAC-SHA256 key; the receiver checks `x-hub-signature-256: sha256=<hex>` over the raw body. */
  secret: string;
  fetch?: typeof globalThis.fetch;
  /** Attempts in total, the first included. Default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound for one delay (including a server's retry-after). Default 30,000 ms. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Per-attempt timeout. Default 10,000 ms. */
  timeoutMs?: number;
}

export interface WebhookResult {
  ok: boolean;
  attempts: number;
  /** The last HTTP status, when a response arrived. */
  status?: number;
  error?: string;
  deliveryId: string;
}

export interface WebhookSender {
  send(event: string, payload: unknown, options?: { deliveryId?: string }): Promise<WebhookResult>;
}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1_000 : undefined;
}

/**
 * Outbound webhooks for the CRM/SMS integration: POSTs the JSON payload, signed with HMAC-SHA256, and retries with
 * exponential backoff on network errors, 5xx and 429 (honouring retry-after); other 4xx answers give up at once.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const doFetch = options.fetch ?? globalThis.fetch;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

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
          const response = await doFetch(options.url, {
            method: 'POST',
            headers,
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          await response.arrayBuffer().catch(() => undefined);
          if (response.ok) return { ok: true, attempts: attempt, status: response.status, deliveryId };
          last = { ok: false, status: response.status, error: `HTTP ${response.status}` };
          const retryable = response.status >= 500 || response.status === 429;
          if (!retryable) return { ...last, attempts: attempt, deliveryId };
          hint = retryAfterMs(response.headers.get('retry-after'));
        } catch (error) {
          last = { ok: false, error: (error as Error).message };
        }
        if (attempt < maxAttempts) {
          await sleep(Math.min(maxDelayMs, Math.max(hint ?? 0, baseDelayMs * 2 ** (attempt - 1))));
        }
      }
      return { ...last, attempts: maxAttempts, deliveryId };
    },
  };
}
