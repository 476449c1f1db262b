import express, { type Router } from 'express';
import { z } from 'zod';
import type { TokenService } from '../auth.js';
import { toMessageView } from '../conversations/views.js';
import { HubError } from '../errors.js';
import { idSchema } from '../protocol/common.js';
import type { Store } from '../store/types.js';
import type { OutboxEvent } from '../store/outbox-types.js';
import type { AuditLog } from './audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from './http.js';

/** Erasure is irreversible: the body repeats the lead id, so a mistyped URL or a replayed empty POST erases nothing. */
const eraseBody = z.strictObject({
  confirm: idSchema,
  /** Why (e.g. "CCPA request 2024-118"); kept in the audit entry, so it must not contain personal data. */
  reason: z.string().trim().max(200).optional(),
});

const MAX_EXPORT_MESSAGES = 100_000;

/**
 * A lead's data on request (CCPA/GDPR): the export (JSON: profile, consents, every conversation with its whole
 * transcript and follow-ups, and the audit entries about the lead and its conversations) and the erasure
 * (Store.eraseLead). Both are in the permission table and appended to the audit log; the erasure's entry holds
 * counts and the reason only, and stays when everything else about the lead is gone.
 */
export function createLeadDataRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  now: () => Date;
  /** The CRM's `lead.erased` event, written in the erasure's transaction (none without a webhook). */
  erasureEvents?: (tenantId: string, leadId: string, at: string) => OutboxEvent[];
  /** Disconnects the lead's widget sockets (its visitor secrets are gone) and has the CRM told (`lead.erased`). */
  onErased: (tenantId: string, leadId: string, at: string) => void;
}): Router {
  const { store, tokens, audit, now } = deps;
  const router = express.Router();
  const json = express.json({ limit: '8kb', strict: true, type: () => true });

  router.get(
    '/api/leads/:id/export',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/leads/:id/export');
      const leadId = parseOr400(idSchema, req.params.id);
      const { tenantId } = claims;
      const lead = await store.getLead(tenantId, leadId);
      if (!lead) throw new HubError('NOT_FOUND', 'Lead not found');
      const conversations = [];
      const auditEntries = await store.listAudit(tenantId, { targetId: leadId, limit: 500 });
      for (const conversation of await store.listConversationsForLead(tenantId, leadId)) {
        const messages = [];
        for (let after = 0; messages.length < MAX_EXPORT_MESSAGES;) {
          const page = await store.messagesAfter(tenantId, conversation.id, after, { limit: 1_000 });
          messages.push(...page.map(toMessageView));
          if (page.length < 1_000) break;
          after = page[page.length - 1]!.seq;
        }
        const { botState: _state, outbox: _outbox, fence: _fence, ...record } = conversation;
        conversations.push({
          conversation: record,
          messages,
          followUps: await store.listFollowUps(tenantId, conversation.id),
        });
        auditEntries.push(...(await store.listAudit(tenantId, { targetId: conversation.id, limit: 500 })));
      }
      const exportedAt = now().toISOString();
      await audit.record({
        claims,
        action: 'lead.export',
        target: { type: 'lead', id: leadId },
        origin: requestOrigin(req),
        detail: { conversations: conversations.length },
      });
      res.setHeader('content-disposition', `attachment; filename="lead-${leadId}.json"`);
      res.json({
        exportedAt,
        lead,
        consents: await store.listConsents(tenantId, leadId),
        conversations,
        audit: auditEntries.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
      });
    }),
  );

  router.post(
    '/api/leads/:id/erase',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/leads/:id/erase');
      const leadId = parseOr400(idSchema, req.params.id);
      const body = parseOr400(eraseBody, req.body);
      if (body.confirm !== leadId) throw new HubError('INVALID_PAYLOAD', 'confirm: must repeat the lead id');
      const at = now().toISOString();
      const erasure = await store.eraseLead(claims.tenantId, leadId, at, {
        events: deps.erasureEvents?.(claims.tenantId, leadId, at) ?? [],
      });
      if (!erasure) throw new HubError('NOT_FOUND', 'Lead not found');
      deps.onErased(claims.tenantId, leadId, at);
      await audit.record({
        claims,
        action: 'lead.erase',
        target: { type: 'lead', id: leadId },
        origin: requestOrigin(req),
        detail: { ...erasure, ...(body.reason ? { reason: body.reason } : {}) },
      });
      res.json({ erased: erasure });
    }),
  );

  return router;
}
