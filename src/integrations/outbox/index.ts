import type { DeliveryLease } from './lease.js';
import type { RetryPolicy } from './delivery.js';

export {
  createOutboxDelivery,
  DEFAULT_RETRY_POLICY,
  payloadOf,
  retryDelayMs,
  type OutboxDelivery,
  type RetryPolicy,
  type TickResult,
} from './delivery.js';
export { redisDeliveryLease, storeDeliveryLease, type DeliveryLease } from './lease.js';
export { createOutboxRouter, deliveryView, type DeliveryView } from './routes.js';

/** How a hub delivers its outbox (createHub's `integrations.outbox`). */
export interface OutboxSettings {
  /** Default: the store's lease, 30 s (servers with Redis pass redisDeliveryLease). */
  lease?: DeliveryLease;
  retry?: Partial<RetryPolicy>;
  /** How often a node looks for due events. Default 1,000 ms. */
  intervalMs?: number;
}
