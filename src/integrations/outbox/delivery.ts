import type { WebhookResult, WebhookSender } from '../../jobs/webhook.js';
import type { Logger } from '../../logger.js';
import type { OutboxOutcome, OutboxRecord } from '../../store/outbox-types.js';
import type { Store } from '../../store/types.js';
import { envelope, type WebhookEnvelope, type WebhookEventType } from '../payload.js';
import type { DeliveryLease } from './lease.js';

export interface RetryPolicy {
  /** HTTP attempts in all before the event is marked failed. Default 12. */
  maxAttempts: number;
  /** The first retry's delay; doubles each attempt. Default 1,000 ms. */
  baseDelayMs: number;
  /** The longest delay between two attempts (a receiver's retry-after included). Default 15 minutes. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
};

/**
 * The wait before attempt `attempts + 1`: exponential (base × 2^(attempts−1), at most maxDelayMs) with equal
 * jitter (half of it fixed, half random), so receivers coming back are not hit by every node at once; a
 * receiver's retry-after is honoured up to maxDelayMs.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempts: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0)));
}

export interface OutboxDeliveryOptions {
  store: Store;
  logger: Logger;
  /** The default endpoint (HUB_WEBHOOK_URL), one POST per call (its own retries off: the outbox retries). */
  sender?: WebhookSender;
  /**
   * The sender of the endpoint an event's copy goes to (tenant settings, read at each attempt): its `endpointId`,
   * or for a copy without one (HUB_WEBHOOK_URL, or a row written before endpoints) the tenant's first enabled
   * endpoint when it has endpoints. Undefined: the endpoint was removed or disabled (the copy is marked failed),
   * or, for a copy without an endpoint, the default `sender` is used.
   */
  senderFor?: (tenantId: string, endpointId: string | null) => WebhookSender | undefined;
  lease: DeliveryLease;
  now: () => Date;
  retry?: Partial<RetryPolicy>;
  /** How often a node looks for due events (events written on this node are looked for at once). */
  intervalMs?: number;
  /** Events taken per round. Default 20. */
  batchSize?: number;
  random?: () => number;
}

export interface TickResult {
  delivered: number;
  retried: number;
  failed: number;
  /** Due events another node took first. */
  skipped: number;
}

export interface OutboxDelivery {
  /** Delivers every due event once (concurrent calls share the running round). */
  tick(): Promise<TickResult>;
  /** Asks for a round soon (a change just wrote events). */
  kick(): void;
  start(): void;
  /** Stops the timer and waits for the running round. */
  stop(): Promise<void>;
  /** Resolves when no round runs and none is asked for (tests). */
  idle(): Promise<void>;
}

/** The payload of an event as delivered: the lead and conversation as they are at the attempt. */
export async function payloadOf(store: Store, record: OutboxRecord): Promise<WebhookEnvelope> {
  const conversation = record.conversationId
    ? await store.getConversation(record.tenantId, record.conversationId)
    : null;
  const leadId = conversation?.leadId ?? record.leadId;
  const lead = leadId ? await store.getLead(record.tenantId, leadId) : null;
  let data = record.data;
  if (record.type === 'lead.erased' && leadId) {
    // The erased lead's conversations stay as closed tombstones: their ids tell the CRM what to forget.
    const ids = (await store.listConversationsForLead(record.tenantId, leadId)).map(({ id }) => id);
    data = { ...data, conversationIds: ids };
  }
  return envelope(record.id, record.type as WebhookEventType, record, lead, conversation, data);
}

/**
 * Delivers the outbox (docs/INTEGRATIONS.md "Delivery"): any node takes a due event copy under a lease, POSTs it
 * once to its endpoint, and settles the attempt in the store: delivered, retried later (exponential backoff with
 * jitter, kept in the store so a restart or another node carries on) or failed after the last attempt or a
 * refusal. Each copy (one per endpoint) has its own delivery id, the same on every attempt, and its own state.
 */
export function createOutboxDelivery(options: OutboxDeliveryOptions): OutboxDelivery {
  const { store, logger, lease, now } = options;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const intervalMs = options.intervalMs ?? 1_000;
  const batchSize = options.batchSize ?? 20;
  const random = options.random ?? Math.random;
  let running: Promise<TickResult> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  async function attempt(record: OutboxRecord, result: TickResult): Promise<void> {
    const taken = await lease.take(record, now());
    if (!taken) {
      result.skipped += 1;
      return;
    }
    try {
      const endpointId = taken.endpointId;
      const sender =
        options.senderFor?.(taken.tenantId, endpointId) ?? (endpointId === null ? options.sender : undefined);
      const payload = await payloadOf(store, taken);
      const sent: WebhookResult = sender
        ? await sender.send(taken.type, payload, { deliveryId: taken.id })
        : {
            ok: false,
            attempts: 1,
            error:
              endpointId === null
                ? 'no webhook is set for this tenant'
                : `webhook endpoint ${endpointId} was removed or disabled`,
            retryable: false,
            deliveryId: taken.id,
          };
      const at = now();
      const attempts = taken.attempts + sent.attempts;
      let outcome: OutboxOutcome;
      if (sent.ok) {
        outcome = { status: 'delivered', at: at.toISOString(), lastStatus: sent.status ?? 200, attempts };
      } else {
        const retry = sent.retryable !== false && attempts < policy.maxAttempts;
        outcome = {
          status: retry ? 'pending' : 'failed',
          at: at.toISOString(),
          attempts,
          lastError: sent.error ?? 'failed',
          lastStatus: sent.status ?? null,
          ...(retry
            ? {
                nextAttemptAt: new Date(
                  at.getTime() + retryDelayMs(policy, attempts, random, sent.retryAfterMs),
                ).toISOString(),
              }
            : {}),
        };
      }
      const settled = await store.settleOutboxEvent(taken.tenantId, taken.id, lease.owner, outcome);
      if (!settled) {
        logger.warn({ deliveryId: taken.id }, 'outbox lease lost before the attempt was recorded');
        return;
      }
      if (outcome.status === 'delivered') result.delivered += 1;
      else if (outcome.status === 'pending') result.retried += 1;
      else {
        result.failed += 1;
        logger.warn(
          { type: taken.type, deliveryId: taken.id, endpointId, attempts, error: outcome.lastError },
          'CRM webhook gave up after its retries',
        );
      }
    } finally {
      await lease.release(taken);
    }
  }

  async function round(): Promise<TickResult> {
    const result: TickResult = { delivered: 0, retried: 0, failed: 0, skipped: 0 };
    for (;;) {
      again = false;
      const before = result.delivered + result.failed;
      const due = await store.dueOutboxEvents(now().toISOString(), batchSize);
      // Different conversations and endpoints are independent; due lists one event per conversation and endpoint.
      await Promise.all(
        due.map((record) =>
          attempt(record, result).catch((error: unknown) =>
            logger.warn({ err: error, deliveryId: record.id }, 'outbox attempt failed'),
          ),
        ),
      );
      // An event settled for good lets the next one of its conversation go: look again until nothing moves.
      if (!again && result.delivered + result.failed === before) break;
    }
    return result;
  }

  function tick(): Promise<TickResult> {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      tick()
        .catch((error: unknown) => logger.warn({ err: error }, 'outbox round failed'))
        .finally(() => schedule(intervalMs));
    }, delayMs);
    timer.unref();
  }

  return {
    tick,
    kick() {
      again = true;
      if (!running) schedule(0);
    },
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
    async idle() {
      while (running || again) await (running ?? tick()).catch(() => undefined);
    },
  };
}
