import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { HubError } from '../errors.js';
import { idSchema } from '../protocol/common.js';
import type { TenantDirectory } from '../tenants.js';
import type { CallRegistry } from './calls.js';
import { parseWith, requireFresh, wrap } from './http.js';
import type { Ingest } from './ingest.js';
import type { InboundMatcher } from './inbound.js';

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, `${timestampMs}.${path}.${rawBody}`): what a feed sender puts in
 * X-Hub-Signature. `path` is the request's path ("/api/telephony/feed/demo/conv-1/call-1"), so a request signed
 * for one call cannot be replayed onto another call's URL within the replay window.
 */
export function signFeedRequest(
  secret: string,
  timestampMs: number | string,
  path: string,
  rawBody: string,
): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampMs}.${path}.${rawBody}`).digest('hex')}`;
}

const speaker = z.enum(['prospect', 'agent']);
const feedEventSchema = z
  .strictObject({
    type: z.enum(['started', 'partial', 'final', 'stopped']),
    /** Counts the events of one stream from 1 (partial results included), so order and retries can be told. */
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    speaker: speaker.optional(),
    text: z.string().max(20_000).optional(),
    at: z.iso.datetime().optional(),
  })
  .refine((event) => (event.type !== 'partial' && event.type !== 'final') || event.speaker, {
    message: 'partial and final events need a speaker',
    path: ['speaker'],
  });
const feedBodySchema = z.strictObject({
  /** One transcription stream of the call (a restart of the recogniser starts a new stream at sequence 1). */
  stream: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .default('main'),
  events: z.array(feedEventSchema).min(1).max(100),
});
const inboundBodySchema = z.strictObject({ from: z.string().min(3).max(64) });

export interface FeedRouteDeps {
  tenants: TenantDirectory;
  registry: CallRegistry;
  ingest: Ingest;
  inbound: InboundMatcher;
  now: () => Date;
  replayWindowMs: number;
  /** Builds the events URL of a call (for the inbound answer). */
  eventsUrl: (req: Request, tenantId: string, conversationId: string, callId: string) => string;
}

export const feedPaths = {
  events: (tenantId: string, conversationId: string, callId: string) =>
    `/api/telephony/feed/${encodeURIComponent(tenantId)}/${encodeURIComponent(conversationId)}/${encodeURIComponent(callId)}`,
  inbound: (tenantId: string) => `/api/telephony/feed/${encodeURIComponent(tenantId)}/inbound`,
};

/** The generic signed JSON feed: any speech-to-text pipeline posts a call's utterances here. */
export function createFeedRouter(deps: FeedRouteDeps): Router {
  const { tenants, registry, ingest } = deps;
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: '256kb' });

  /**
   * Checks key, timestamp and signature over the raw bytes; returns the parsed JSON body and the request's identity
   * (its key id and signature: the same signed request sent again has the same one, any other request another).
   */
  function verified(req: Request, tenantId: string): { body: unknown; requestId: string } {
    const keys = tenants.get(tenantId)?.telephony?.feedKeys ?? [];
    if (!keys.length) throw new HubError('NOT_FOUND', 'The feed is not configured for this tenant');
    const keyId = req.get('x-hub-key-id');
    const timestamp = req.get('x-hub-timestamp');
    const signature = req.get('x-hub-signature');
    if (!keyId || !timestamp || !signature) {
      throw new HubError('UNAUTHORIZED', 'X-Hub-Key-Id, X-Hub-Timestamp and X-Hub-Signature are required');
    }
    const key = keys.find((candidate) => candidate.id === keyId);
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    // The path as the sender addressed it (Express's `originalUrl`, without a query string).
    const path = req.originalUrl.split('?')[0]!;
    const expected = Buffer.from(signFeedRequest(key?.secret ?? 'no-such-key', timestamp, path, body));
    const given = Buffer.from(signature);
    if (!key || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new HubError('FORBIDDEN', 'Invalid feed signature');
    }
    requireFresh(
      /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : NaN,
      deps.now().getTime(),
      deps.replayWindowMs,
    );
    try {
      return { body: JSON.parse(body) as unknown, requestId: `feed:${key.id}:${signature}` };
    } catch {
      throw new HubError('INVALID_PAYLOAD', 'The body is not JSON');
    }
  }

  router.post(
    '/api/telephony/feed/:tenantId/inbound',
    raw,
    wrap(async (req, res) => {
      const tenantId = parseWith(idSchema, req.params.tenantId, 'tenantId');
      const request = verified(req, tenantId);
      const body = parseWith(inboundBodySchema, request.body);
      // The call id derives from the signed request: the same request sent again within the replay window (a
      // retry, a replay) gets the first call back, on any node (its "call started" event is idempotent in the
      // store); older ones are refused as replays above.
      const call = await deps.inbound.open(tenantId, body.from, request.requestId);
      if (!call) throw new HubError('NOT_FOUND', 'No lead has this phone number');
      res.status(201).json({
        callId: call.callId,
        conversationId: call.conversationId,
        eventsUrl: deps.eventsUrl(req, tenantId, call.conversationId, call.callId),
      });
    }),
  );

  router.post(
    '/api/telephony/feed/:tenantId/:conversationId/:callId',
    raw,
    wrap(async (req, res) => {
      const tenantId = parseWith(idSchema, req.params.tenantId, 'tenantId');
      const body = parseWith(feedBodySchema, verified(req, tenantId).body);
      const call = await registry.get(
        tenantId,
        parseWith(idSchema, req.params.conversationId, 'conversationId'),
        parseWith(idSchema, req.params.callId, 'callId'),
      );
      if (await registry.isEnded(call)) {
        res.status(200).json({ accepted: 0, duplicates: 0, ended: true });
        return;
      }
      let accepted = 0;
      let duplicates = 0;
      const at = deps.now().toISOString();
      for (const event of body.events) {
        const outcome = ingest.accept({
          call,
          source: 'feed',
          streamId: body.stream,
          sequence: event.sequence,
          type: event.type,
          ...(event.speaker ? { speaker: event.speaker } : {}),
          ...(event.text !== undefined ? { text: event.text } : {}),
          at: event.at ?? at,
        });
        if (outcome === 'duplicate') duplicates++;
        else accepted++;
      }
      res.status(202).json({ accepted, duplicates, ended: false });
    }),
  );

  return router;
}
