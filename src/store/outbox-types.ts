/**
 * The event outbox (docs/INTEGRATIONS.md "Delivery"): each CRM event is written in the same store call as the
 * change it reports, then delivered by any node (src/integrations/outbox/), with retries across restarts.
 */

export const OutboxStatus = ['pending', 'delivered', 'failed'] as const;
export type OutboxStatus = (typeof OutboxStatus)[number];

/** An event as the change writes it: what happened, not yet the payload (built at each attempt). */
export interface OutboxEvent {
  /** The delivery id: one per event, the payload's `id` and `x-hub-delivery` on every attempt. */
  id: string;
  tenantId: string;
  /** The webhook event type (`lead.created`, `conversation.closed`...). */
  type: string;
  /** The conversation it is about (null: a lead-level event such as `lead.erased`). */
  conversationId: string | null;
  leadId: string | null;
  /** When it happened (ISO 8601): the payload's `occurredAt`. */
  at: string;
  data: Record<string, unknown>;
  /**
   * The tenant's webhook endpoint this copy goes to (its `webhooks[].id`): an event its filters take is written
   * once per endpoint, each copy with its own delivery id and delivery state. Null or absent: the deployment's
   * HUB_WEBHOOK_URL (a tenant without endpoints), or a row written before endpoints existed (docs/INTEGRATIONS.md).
   */
  endpointId?: string | null;
}

/** An event in the outbox, with its delivery state. */
export interface OutboxRecord extends OutboxEvent {
  endpointId: string | null;
  status: OutboxStatus;
  /** Attempts made so far (reset to 0 by a redelivery). */
  attempts: number;
  /** When the next attempt is due (pending events). */
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  /** The last failure: `HTTP 500`, a network error... */
  lastError: string | null;
  /** The last HTTP status answered, when one was. */
  lastStatus: number | null;
  deliveredAt: string | null;
  /** The store lease (deployments without Redis): who attempts it now, and until when. */
  leaseOwner: string | null;
  leaseUntil: string | null;
  /**
   * Delivery order: the events of one conversation to one endpoint are attempted one after the other in this
   * order (another endpoint's copies never wait for them).
   */
  order: string;
}

/** How an attempt ended. */
export type OutboxOutcome =
  | { status: 'delivered'; at: string; lastStatus: number; attempts: number }
  | {
      /** `pending`: retried at nextAttemptAt; `failed`: given up (an admin may redeliver it). */
      status: 'pending' | 'failed';
      at: string;
      attempts: number;
      lastError: string;
      lastStatus: number | null;
      nextAttemptAt?: string;
    };

export interface OutboxQuery {
  status?: OutboxStatus;
  /** Only events of this conversation. */
  conversationId?: string;
  /** Only the copies for this endpoint (its id; `''`: the deployment's HUB_WEBHOOK_URL). */
  endpointId?: string;
  /** Keyset paging: events strictly before this `order` (newest first). */
  before?: string;
  /** Default 50, at most 200. */
  limit?: number;
}

/** Events written with a change: only when the change itself is written (a lost compare-and-set writes none). */
export interface WithEvents {
  events?: OutboxEvent[];
}

/** The outbox part of the store port (src/store/types.ts extends it). */
export interface OutboxStore {
  /** Writes events on their own (a change that has no store call of its own); an id already stored is kept. */
  addOutboxEvents(events: OutboxEvent[]): Promise<void>;
  /**
   * Pending events due at `now` whose store lease is free, at most `limit`, oldest first; only the first pending
   * event of each conversation and endpoint (the next one waits until it is delivered or failed; the copies for
   * another endpoint do not wait).
   */
  dueOutboxEvents(now: string, limit: number): Promise<OutboxRecord[]>;
  /**
   * Takes the store lease of a pending, due event for `leaseMs`: the record, or null when another owner holds it,
   * it is not due or no longer pending.
   */
  leaseOutboxEvent(
    tenantId: string,
    id: string,
    owner: string,
    now: string,
    leaseMs: number,
  ): Promise<OutboxRecord | null>;
  /**
   * Records an attempt's outcome and frees the store lease, only while the event is pending and its store lease is
   * free or `owner`'s; null otherwise (nothing written).
   */
  settleOutboxEvent(
    tenantId: string,
    id: string,
    owner: string,
    outcome: OutboxOutcome,
  ): Promise<OutboxRecord | null>;
  getOutboxEvent(tenantId: string, id: string): Promise<OutboxRecord | null>;
  /** The tenant's events, newest first (OutboxQuery). */
  listOutboxEvents(tenantId: string, query?: OutboxQuery): Promise<OutboxRecord[]>;
  /** Makes a delivered or failed event pending again, due at `at`, attempts 0; null when it does not exist. */
  redeliverOutboxEvent(tenantId: string, id: string, at: string): Promise<OutboxRecord | null>;
}

/**
 * When a new event is due: at once, whatever the clocks of the nodes (its `at` is the writer's clock, which may
 * run ahead of the node that delivers it).
 */
export const OUTBOX_DUE_AT_ONCE = '1970-01-01T00:00:00.000Z';

/** The order key of the `position`-th event of one write: occurrence time, then position, then id. */
export const outboxOrder = (event: OutboxEvent, position: number): string =>
  `${event.at}|${String(position).padStart(4, '0')}|${event.id}`;

export const OUTBOX_PAGE_DEFAULT = 50;
export const OUTBOX_PAGE_MAX = 200;

export const outboxPageSize = (limit: number | undefined): number =>
  Math.min(OUTBOX_PAGE_MAX, Math.max(1, Math.floor(limit ?? OUTBOX_PAGE_DEFAULT)));

/** What an adapter keeps beside its indexed fields: the event and the delivery state other than those. */
export type OutboxStored = Omit<
  OutboxRecord,
  'status' | 'nextAttemptAt' | 'leaseOwner' | 'leaseUntil' | 'order'
>;

/** The key of an event's endpoint as the adapters index it (`''`: the deployment's HUB_WEBHOOK_URL). */
export const endpointKeyOf = (event: Pick<OutboxEvent, 'endpointId'>): string => event.endpointId ?? '';

/** A stored part as read back: rows written before endpoints existed have no endpointId. */
export const withEndpoint = (stored: OutboxStored): OutboxStored => ({
  ...stored,
  endpointId: stored.endpointId ?? null,
});

/** A new event's stored part (no attempt yet). */
export const newOutboxStored = (event: OutboxEvent): OutboxStored => ({
  ...event,
  endpointId: event.endpointId ?? null,
  attempts: 0,
  lastAttemptAt: null,
  lastError: null,
  lastStatus: null,
  deliveredAt: null,
});

export function outboxStoredPart(record: OutboxRecord): OutboxStored {
  const { status: _s, nextAttemptAt: _n, leaseOwner: _o, leaseUntil: _u, order: _r, ...rest } = record;
  return rest;
}

/** The record after an attempt's outcome (the lease freed). */
export const settledOutboxRecord = (current: OutboxRecord, outcome: OutboxOutcome): OutboxRecord => ({
  ...current,
  status: outcome.status,
  attempts: outcome.attempts,
  lastAttemptAt: outcome.at,
  lastStatus: outcome.lastStatus,
  leaseOwner: null,
  leaseUntil: null,
  ...(outcome.status === 'delivered'
    ? { deliveredAt: outcome.at, lastError: null }
    : { lastError: outcome.lastError, nextAttemptAt: outcome.nextAttemptAt ?? current.nextAttemptAt }),
});

/** The record an admin's redelivery makes: pending again, due at `at`, attempts from 0. */
export const redeliveredOutboxRecord = (current: OutboxRecord, at: string): OutboxRecord => ({
  ...current,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: at,
  leaseOwner: null,
  leaseUntil: null,
});
