import express, { type Request, type Router } from 'express';
import twilio from 'twilio';
import { z } from 'zod';
import { HubError } from '../errors.js';
import type { Logger } from '../logger.js';
import { idSchema } from '../protocol/common.js';
import type { TenantDirectory } from '../tenants.js';
import type { CallRecord, CallRegistry } from './calls.js';
import { parseWith, requestUrl, requireFresh, wrap } from './http.js';
import type { Ingest } from './ingest.js';
import type { InboundMatcher } from './inbound.js';
import type { Speaker } from './settings.js';

/**
 * The status callback of Twilio's `<Start><Transcription>` (real-time transcription), posted as a form:
 * `transcription-started`, `transcription-content` (`TranscriptionData` is JSON with `transcript` and
 * `confidence`; `Final` is "true" or "false"; `Track` is `inbound_track` or `outbound_track`),
 * `transcription-stopped` and `transcription-error`. `SequenceId` counts the callbacks of one transcription.
 */
const callbackSchema = z.object({
  AccountSid: z.string().min(1),
  CallSid: z.string().min(1).optional(),
  TranscriptionSid: z.string().regex(/^[A-Za-z0-9]{1,64}$/),
  TranscriptionEvent: z.enum([
    'transcription-started',
    'transcription-content',
    'transcription-stopped',
    'transcription-error',
  ]),
  SequenceId: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  Timestamp: z.string().min(1),
  /** `inbound_track` or `outbound_track` on content; the configured track (`both_tracks`) on started. */
  Track: z.string().max(32).optional(),
  TranscriptionData: z.string().max(20_000).optional(),
  Final: z.enum(['true', 'false']).optional(),
});
const transcriptionDataSchema = z.object({ transcript: z.string().max(20_000).default('') });

const voiceSchema = z.object({
  AccountSid: z.string().min(1),
  CallSid: z.string().min(1),
  From: z.string().min(1).max(64),
  To: z.string().max(64).optional(),
});

export interface TwilioRouteDeps {
  tenants: TenantDirectory;
  registry: CallRegistry;
  ingest: Ingest;
  inbound: InboundMatcher;
  logger: Logger;
  now: () => Date;
  publicUrl: string | undefined;
  replayWindowMs: number;
}

export const twilioPaths = {
  transcription: (tenantId: string, conversationId: string, callId: string) =>
    `/api/telephony/twilio/${encodeURIComponent(tenantId)}/${encodeURIComponent(conversationId)}/${encodeURIComponent(callId)}`,
  voice: (tenantId: string) => `/api/telephony/twilio/${encodeURIComponent(tenantId)}/voice`,
};

/** The TwiML that starts the live transcript of a call, with the hub's call id in the callback URL. */
export function transcriptionTwiml(input: {
  statusCallbackUrl: string;
  inboundTrack: Speaker;
  dial?: string | undefined;
}): string {
  const response = new twilio.twiml.VoiceResponse();
  response.start().transcription({
    statusCallbackUrl: input.statusCallbackUrl,
    track: 'both_tracks',
    partialResults: true,
    inboundTrackLabel: input.inboundTrack,
    outboundTrackLabel: input.inboundTrack === 'prospect' ? 'agent' : 'prospect',
  });
  if (input.dial?.startsWith('client:')) response.dial().client(input.dial.slice('client:'.length));
  else if (input.dial) response.dial(input.dial);
  return response.toString();
}

/** Twilio's webhooks: transcription status callbacks and the inbound voice webhook. */
export function createTwilioRouter(deps: TwilioRouteDeps): Router {
  const { tenants, registry, ingest, logger } = deps;
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 100 });

  /** The tenant's Twilio settings after the signature (over the exact URL and every form field) checks out. */
  function verified(req: Request, tenantId: string) {
    const settings = tenants.get(tenantId)?.telephony?.twilio;
    if (!settings) throw new HubError('NOT_FOUND', 'Telephony is not configured for this tenant');
    const signature = req.get('x-twilio-signature');
    if (!signature) throw new HubError('UNAUTHORIZED', 'X-Twilio-Signature is missing');
    const params = (req.body ?? {}) as Record<string, string>;
    if (!twilio.validateRequest(settings.authToken, signature, requestUrl(req, deps.publicUrl), params)) {
      throw new HubError('FORBIDDEN', 'Invalid Twilio signature');
    }
    if (params.AccountSid !== settings.accountSid) {
      throw new HubError('FORBIDDEN', 'The callback is for another Twilio account');
    }
    return settings;
  }

  router.post(
    '/api/telephony/twilio/:tenantId/voice',
    form,
    wrap(async (req, res) => {
      const tenantId = parseWith(idSchema, req.params.tenantId, 'tenantId');
      const settings = verified(req, tenantId);
      const body = parseWith(voiceSchema, req.body);
      const call = await deps.inbound.open(tenantId, body.From, body.CallSid);
      const twiml = call
        ? transcriptionTwiml({
            statusCallbackUrl: transcriptionUrl(req, call),
            inboundTrack: call.inboundTrack,
            dial: settings.inboundDial,
          })
        : plainDial(settings.inboundDial);
      if (!call) logger.info({ tenantId }, 'inbound call from a number no lead has: not transcribed');
      res.type('text/xml').send(twiml);
    }),
  );

  function transcriptionUrl(req: Request, call: CallRecord) {
    const base = deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    return `${base.replace(/\/+$/, '')}${twilioPaths.transcription(call.tenantId, call.conversationId, call.callId)}`;
  }

  router.post(
    '/api/telephony/twilio/:tenantId/:conversationId/:callId',
    form,
    wrap(async (req, res) => {
      const tenantId = parseWith(idSchema, req.params.tenantId, 'tenantId');
      verified(req, tenantId);
      const body = parseWith(callbackSchema, req.body);
      requireFresh(Date.parse(body.Timestamp), deps.now().getTime(), deps.replayWindowMs);
      const call = await registry.get(
        tenantId,
        parseWith(idSchema, req.params.conversationId, 'conversationId'),
        parseWith(idSchema, req.params.callId, 'callId'),
      );
      if (await registry.isEnded(call)) {
        res.status(204).end();
        return;
      }
      if (body.TranscriptionEvent === 'transcription-error') {
        logger.warn(
          { callId: call.callId, sequence: body.SequenceId },
          'Twilio reported a transcription error',
        );
        res.status(204).end();
        return;
      }
      const type =
        body.TranscriptionEvent === 'transcription-started'
          ? 'started'
          : body.TranscriptionEvent === 'transcription-stopped'
            ? 'stopped'
            : body.Final === 'true'
              ? 'final'
              : 'partial';
      let text: string | undefined;
      if (type === 'final' || type === 'partial') {
        let data: unknown;
        try {
          data = JSON.parse(body.TranscriptionData ?? '{}');
        } catch {
          throw new HubError('INVALID_PAYLOAD', 'TranscriptionData is not JSON');
        }
        text = parseWith(transcriptionDataSchema, data, 'TranscriptionData').transcript;
      }
      const other: Speaker = call.inboundTrack === 'prospect' ? 'agent' : 'prospect';
      ingest.accept({
        call,
        source: 'twilio',
        streamId: body.TranscriptionSid,
        sequence: body.SequenceId,
        type,
        ...(body.Track === 'inbound_track' ? { speaker: call.inboundTrack } : {}),
        ...(body.Track === 'outbound_track' ? { speaker: other } : {}),
        ...(text !== undefined ? { text } : {}),
        at: new Date(Date.parse(body.Timestamp)).toISOString(),
      });
      res.status(204).end();
    }),
  );

  return router;
}

function plainDial(dial: string | undefined): string {
  const response = new twilio.twiml.VoiceResponse();
  if (dial?.startsWith('client:')) response.dial().client(dial.slice('client:'.length));
  else if (dial) response.dial(dial);
  return response.toString();
}
