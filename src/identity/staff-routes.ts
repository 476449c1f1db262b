import express, { type Router } from 'express';
import { z } from 'zod';
import { shownText } from '../protocol/text.js';
import type { TokenService } from '../auth.js';
import { HubError } from '../errors.js';
import { idSchema, StaffRole } from '../protocol/common.js';
import type { StaffMemberRecord, Store } from '../store/types.js';
import type { AuditLog } from './audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from './http.js';
import type { StaffRoster } from './roster.js';

const memberBody = z.strictObject({
  name: shownText(120).optional(),
  role: z.enum(StaffRole).optional(),
  active: z.boolean().optional(),
});

const isoTime = z.iso.datetime();
const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.string().max(300).optional(),
  actorId: idSchema.optional(),
  action: z
    .string()
    .regex(/^[a-z_.]{1,64}$/)
    .optional(),
  targetId: idSchema.optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
});
const cursorSchema = z.object({ at: isoTime, id: z.string().min(1).max(128) });

const encodeCursor = (entry: { at: string; id: string }) =>
  Buffer.from(JSON.stringify({ at: entry.at, id: entry.id })).toString('base64url');
function decodeCursor(value: string): { at: string; id: string } {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new HubError('INVALID_PAYLOAD', 'before: not a cursor from a previous page');
  }
}

/** The staff roster (GET for supervisors, PUT for admins) and the audit log (GET, paged and filtered). */
export function createStaffRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  roster: StaffRoster;
  now: () => Date;
  /** A member was created or edited (the hub forgets its cached standing and ends a disabled member's sockets). */
  onMemberChanged?: (member: StaffMemberRecord) => void;
}): Router {
  const { store, tokens, audit, roster, now } = deps;
  const router = express.Router();
  const json = express.json({ limit: '8kb', strict: true, type: () => true });

  router.get(
    '/api/staff',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/staff');
      res.json({ members: await roster.list(claims.tenantId) });
    }),
  );

  router.put(
    '/api/staff/:userId',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'PUT /api/staff/:userId');
      const userId = parseOr400(idSchema, req.params.userId);
      const body = parseOr400(memberBody, req.body);
      if (userId === claims.userId && (body.active === false || (body.role && body.role !== 'admin'))) {
        throw new HubError('CONFLICT', 'Admins cannot demote or disable themselves');
      }
      const at = now().toISOString();
      let member = await store.updateStaffMember(claims.tenantId, userId, { ...body, updatedAt: at });
      let created = false;
      if (!member) {
        if (!body.name || !body.role) {
          throw new HubError('INVALID_PAYLOAD', 'A new member needs a name and a role');
        }
        member = await store.putStaffMember({
          tenantId: claims.tenantId,
          userId,
          name: body.name,
          role: body.role,
          roleSetBy: 'admin',
          active: body.active ?? true,
          createdAt: at,
          updatedAt: at,
        });
        created = true;
      }
      deps.onMemberChanged?.(member);
      await audit.record({
        claims,
        action: created ? 'staff.create' : 'staff.update',
        target: { type: 'staff', id: userId },
        origin: requestOrigin(req),
        detail: body,
      });
      res.status(created ? 201 : 200).json({ member });
    }),
  );

  router.get(
    '/api/audit',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/audit');
      const query = parseOr400(auditQuery, req.query);
      const limit = query.limit ?? 50;
      const entries = await store.listAudit(claims.tenantId, {
        limit,
        ...(query.before ? { before: decodeCursor(query.before) } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.targetId ? { targetId: query.targetId } : {}),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      });
      const last = entries.at(-1);
      res.json({ entries, ...(entries.length === limit && last ? { next: encodeCursor(last) } : {}) });
    }),
  );
  return router;
}
