import { randomBytes } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import type { StaffClaims, TokenService } from '../auth.js';
import { HubError } from '../errors.js';
import type { AuditLog } from '../identity/audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from '../identity/http.js';
import type { Permission } from '../identity/permissions.js';
import { idSchema } from '../protocol/common.js';
import { nonPublicHostReason } from '../jobs/destinations.js';
import type { AlertChannel, StaffMemberRecord, Store } from '../store/types.js';

const channelUrl = z
  .url({ protocol: /^https?$/ })
  .max(2_048)
  .refine((value) => {
    const url = new URL(value);
    return !url.username && !url.password;
  }, 'must not carry credentials');

const channelBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('url'), url: channelUrl }),
  z.strictObject({ kind: z.literal('tenant_webhook') }),
  z.strictObject({ kind: z.literal('none') }),
]);

/** The channel as shown to staff: never its secret. */
export type AlertChannelView =
  | { kind: 'url'; url: string; setAt: string; setBy: string }
  | {
      kind: 'tenant_webhook';
      setAt: string;
      setBy: string;
    };

export function channelView(channel: AlertChannel | null | undefined): AlertChannelView | null {
  if (!channel) return null;
  if (channel.kind === 'url')
    return { kind: 'url', url: channel.url, setAt: channel.setAt, setBy: channel.setBy };
  return { kind: 'tenant_webhook', setAt: channel.setAt, setBy: channel.setBy };
}

/**
 * Per-member alert channels (docs/INTEGRATIONS.md "Paging an agent"): a member sets where they are paged away
 * from the screen, an admin sets it for any member. A new URL gets a fresh signing secret, answered once.
 */
export function createAlertChannelRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  now: () => Date;
  /** Production: channel URLs must use https. */
  production: boolean;
  /**
   * HUB_ALERT_CHANNELS_ALLOW_PRIVATE, for local testing only: channel URLs may name loopback, private and local
   * hosts. Off by default in every mode: a URL must name a public host (checked again on every send).
   */
  allowPrivate: boolean;
}): Router {
  const { store, tokens, audit, now } = deps;
  const router = express.Router();
  const json = express.json({ limit: '4kb', strict: true, type: () => true });

  async function memberFor(claims: StaffClaims, userId: string): Promise<StaffMemberRecord> {
    const member = await store.getStaffMember(claims.tenantId, userId);
    if (member) return member;
    if (userId !== claims.userId) throw new HubError('NOT_FOUND', 'No such staff member');
    // A member who never signed in through the roster (a minted token): this request puts them on it.
    return store.recordStaffSignIn({
      tenantId: claims.tenantId,
      userId: claims.userId,
      name: claims.name,
      role: claims.role,
      at: now().toISOString(),
    });
  }

  async function put(req: Request, claims: StaffClaims, userId: string) {
    const body = parseOr400(channelBody, req.body);
    if (body.kind === 'url') {
      if (deps.production && !body.url.startsWith('https:'))
        throw new HubError('INVALID_PAYLOAD', 'url: alert channels must use https');
      const host = new URL(body.url).hostname;
      const reason = deps.allowPrivate ? null : nonPublicHostReason(host);
      if (reason) {
        throw new HubError(
          'INVALID_PAYLOAD',
          `url: alert channels must point to a public address (${host} is ${reason})`,
        );
      }
    }
    const member = await memberFor(claims, userId);
    const at = now().toISOString();
    let secret: string | undefined;
    let channel: AlertChannel | null = null;
    if (body.kind === 'url') {
      const current = member.alertChannel;
      // Same URL: keep its secret (the receiver already holds it); a new URL gets a new one.
      secret =
        current?.kind === 'url' && current.url === body.url ? undefined : randomBytes(32).toString('hex');
      channel = {
        kind: 'url',
        url: body.url,
        secret: secret ?? (current as Extract<AlertChannel, { kind: 'url' }>).secret,
        setAt: at,
        setBy: claims.userId,
      };
    } else if (body.kind === 'tenant_webhook') {
      channel = { kind: 'tenant_webhook', setAt: at, setBy: claims.userId };
    }
    const saved = await store.updateStaffMember(claims.tenantId, userId, {
      alertChannel: channel,
      updatedAt: at,
    });
    if (!saved) throw new HubError('NOT_FOUND', 'No such staff member');
    await audit.record({
      claims,
      action: 'staff.alert_channel',
      target: { type: 'staff', id: userId },
      origin: requestOrigin(req),
      detail: { kind: body.kind, ...(body.kind === 'url' ? { url: body.url } : {}) },
    });
    return { channel: channelView(saved.alertChannel), ...(secret ? { secret } : {}) };
  }

  const mine: Permission = 'PUT /api/staff/me/alert-channel';
  router.get(
    '/api/staff/me/alert-channel',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/staff/me/alert-channel');
      const member = await store.getStaffMember(claims.tenantId, claims.userId);
      res.json({ channel: channelView(member?.alertChannel) });
    }),
  );
  router.put(
    '/api/staff/me/alert-channel',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, mine);
      res.json(await put(req, claims, claims.userId));
    }),
  );
  router.put(
    '/api/staff/:userId/alert-channel',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'PUT /api/staff/:userId/alert-channel');
      res.json(await put(req, claims, parseOr400(idSchema, req.params.userId)));
    }),
  );
  return router;
}
