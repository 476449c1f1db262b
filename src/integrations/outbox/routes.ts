import express, { type Router } from 'express';
import { z } from 'zod';
import type { TokenService } from '../../auth.js';
import { HubError } from '../../errors.js';
import type { AuditLog } from '../../identity/audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from '../../identity/http.js';
import { idSchema } from '../../protocol/common.js';
import { OUTBOX_PAGE_MAX, OutboxStatus, type OutboxRecord } from '../../store/outbox-types.js';
import type { Store } from '../../store/types.js';

/** A delivery as an admin sees it: the event and its delivery state (no payload: it is built at each attempt). */
export interface DeliveryView {
  id: string;
  type: string;
  /** The tenant's webhook endpoint this copy goes to (null: HUB_WEBHOOK_URL, or a copy from before endpoints). */
  endpointId: string | null;
  conversationId: string | null;
  leadId: string | null;
  occurredAt: string;
  status: OutboxRecord['status'];
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  lastStatus: number | null;
  deliveredAt: string | null;
  /** The page's cursor: pass it as `before` for the next (older) page. */
  cursor: string;
}

export const deliveryView = (record: OutboxRecord): DeliveryView => ({
  id: record.id,
  type: record.type,
  endpointId: record.endpointId,
  conversationId: record.conversationId,
  leadId: record.leadId,
  occurredAt: record.at,
  status: record.status,
  attempts: record.attempts,
  nextAttemptAt: record.status === 'pending' ? record.nextAttemptAt : null,
  lastAttemptAt: record.lastAttemptAt,
  lastError: record.lastError,
  lastStatus: record.lastStatus,
  deliveredAt: record.deliveredAt,
  cursor: record.order,
});

const listQuery = z.strictObject({
  status: z.enum(OutboxStatus).optional(),
  conversationId: idSchema.optional(),
  /** Only one endpoint's copies (`''`: HUB_WEBHOOK_URL). */
  endpointId: z
    .string()
    .regex(/^([a-z0-9][a-z0-9_-]{0,39})?$/)
    .optional(),
  before: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(OUTBOX_PAGE_MAX).optional(),
});

/**
 * The webhook deliveries of the admin's tenant (docs/INTEGRATIONS.md "Delivery"): one per event and endpoint, the
 * list with each one's endpoint, status, attempts and last error, and a redelivery of one endpoint's copy
 * (pending again at once, attempts from 0, same delivery id; the other endpoints' copies are untouched), audited.
 */
export function createOutboxRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  now: () => Date;
  /** Asks this node's delivery for a round (a redelivery is due at once). */
  kick: () => void;
}): Router {
  const { store, tokens, audit, now } = deps;
  const router = express.Router();

  router.get(
    '/api/admin/deliveries',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/admin/deliveries');
      const query = parseOr400(listQuery, req.query);
      const records = await store.listOutboxEvents(claims.tenantId, query);
      res.json({ deliveries: records.map(deliveryView) });
    }),
  );
  router.post(
    '/api/admin/deliveries/:id/redeliver',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/admin/deliveries/:id/redeliver');
      const id = parseOr400(idSchema, req.params.id);
      const before = await store.getOutboxEvent(claims.tenantId, id);
      if (!before) throw new HubError('NOT_FOUND', 'No such delivery');
      const record = await store.redeliverOutboxEvent(claims.tenantId, id, now().toISOString());
      if (!record) throw new HubError('NOT_FOUND', 'No such delivery');
      await audit.record({
        claims,
        action: 'delivery.redeliver',
        target: { type: 'delivery', id },
        origin: requestOrigin(req),
        detail: {
          type: record.type,
          endpointId: record.endpointId,
          before: { status: before.status, attempts: before.attempts },
        },
      });
      deps.kick();
      res.json({ delivery: deliveryView(record) });
    }),
  );
  return router;
}
