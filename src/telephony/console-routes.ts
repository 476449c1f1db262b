import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import type { StaffClaims, TokenService } from '../auth.js';
import { authorize, type Permission } from '../identity/permissions.js';
import { requireOwnerOrSupervisor } from '../identity/roles.js';
import { idSchema } from '../protocol/common.js';
import type { ConversationRecord } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import type { CallRecord, CallRegistry } from './calls.js';
import { parseWith, wrap } from './http.js';
import { transcriptionTwiml, twilioPaths } from './twilio.js';
import { feedPaths } from './feed.js';

const startBody = z.strictObject({
  conversationId: idSchema,
  /** Who speaks on Twilio's inbound track for this call (default: the tenant's setting). */
  inboundTrack: z.enum(['prospect', 'agent']).optional(),
  /** Dialled by the TwiML (the prospect's number, or `client:name`). */
  dial: z.string().min(1).max(64).optional(),
});

export interface ConsoleRouteDeps {
  tenants: TenantDirectory;
  tokens: TokenService;
  registry: CallRegistry;
  /** The conversation of the caller's tenant, or NOT_FOUND (who owns it decides who may start a call). */
  getConversation: (tenantId: string, conversationId: string) => Promise<ConversationRecord>;
  baseUrl: (req: Request) => string;
  stallAfterMs: number;
  /** Tells the staff in the conversation that the call ended. */
  announceEnded: (call: CallRecord) => void;
}

/** Staff routes: the console starts a call (and gets what to hand the provider) and ends it. */
export function createConsoleRouter(deps: ConsoleRouteDeps): Router {
  const { tenants, tokens, registry } = deps;
  const router = express.Router();
  const json = express.json({ limit: '8kb', strict: true, type: () => true });

  /** The staff claims of the bearer token, checked against the permission table (src/identity/permissions.ts). */
  async function staffFrom(req: Request, permission: Permission): Promise<StaffClaims> {
    const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    const claims = await tokens.verifyStaff(match?.[1]);
    authorize(claims.role, permission);
    return claims;
  }

  router.post(
    '/api/telephony/calls',
    json,
    wrap(async (req, res) => {
      const claims = await staffFrom(req, 'POST /api/telephony/calls');
      const body = parseWith(startBody, req.body);
      const settings = tenants.get(claims.tenantId)?.telephony;
      // As for `call:start` and `call:utterance`: the owner or a supervisor, never another agent.
      requireOwnerOrSupervisor(
        claims,
        await deps.getConversation(claims.tenantId, body.conversationId),
        'start a call',
      );
      const call = await registry.start({
        tenantId: claims.tenantId,
        conversationId: body.conversationId,
        agent: { id: claims.userId, name: claims.name },
        inboundTrack: body.inboundTrack ?? settings?.inboundTrack ?? 'prospect',
        origin: 'console',
      });
      const base = deps.baseUrl(req);
      const statusCallbackUrl = `${base}${twilioPaths.transcription(call.tenantId, call.conversationId, call.callId)}`;
      res.status(201).json({
        call: {
          callId: call.callId,
          conversationId: call.conversationId,
          startedAt: call.startedAt,
          inboundTrack: call.inboundTrack,
          stallAfterMs: deps.stallAfterMs,
        },
        ...(settings?.twilio
          ? {
              twilio: {
                statusCallbackUrl,
                twiml: transcriptionTwiml({
                  statusCallbackUrl,
                  inboundTrack: call.inboundTrack,
                  dial: body.dial,
                }),
              },
            }
          : {}),
        ...(settings?.feedKeys.length
          ? {
              feed: {
                eventsUrl: `${base}${feedPaths.events(call.tenantId, call.conversationId, call.callId)}`,
              },
            }
          : {}),
      });
    }),
  );

  router.post(
    '/api/telephony/calls/:conversationId/:callId/end',
    wrap(async (req, res) => {
      const claims = await staffFrom(req, 'POST /api/telephony/calls/:conversationId/:callId/end');
      const call = await registry.get(
        claims.tenantId,
        parseWith(idSchema, req.params.conversationId, 'conversationId'),
        parseWith(idSchema, req.params.callId, 'callId'),
      );
      await registry.end(call, `ended by ${claims.userId}`);
      deps.announceEnded(call);
      res.json({ callId: call.callId, ended: true });
    }),
  );

  return router;
}
