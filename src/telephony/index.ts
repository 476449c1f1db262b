import express, { type Request, type Router } from 'express';
import type { TokenService } from '../auth.js';
import type { ConversationCore } from '../conversations/service.js';
import type { StaffSide } from '../conversations/staff.js';
import type { Logger } from '../logger.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import type { ConversationRecord, MessageRecord, Store } from '../store/types.js';
import type { TenantDirectory } from '../tenants.js';
import { createCallRegistry } from './calls.js';
import { createConsoleRouter } from './console-routes.js';
import { createFeedRouter, feedPaths } from './feed.js';
import { errorHandler } from './http.js';
import { createInboundMatcher } from './inbound.js';
import { createIngest } from './ingest.js';
import { createTwilioRouter } from './twilio.js';

export { signFeedRequest } from './feed.js';
export { normalisePhone } from './inbound.js';
export { telephonySettingsSchema, type TelephonySettings } from './settings.js';

export interface TelephonyOptions {
  /** The hub's public base URL as providers reach it (Twilio signs the exact URL). Default: the Host header. */
  publicUrl?: string;
  /** Signed requests older (or newer) than this are refused as replays. Default 5 minutes. */
  replayWindowMs?: number;
  /** How long a gap in sequence numbers holds later utterances back. Default 1,500 ms. */
  gapWaitMs?: number;
  /** The console shows the feed as stalled after this long without a caption during a call. Default 15 s. */
  stallAfterMs?: number;
}

export interface TelephonyDeps extends TelephonyOptions {
  store: Store;
  tenants: TenantDirectory;
  tokens: TokenService;
  core: ConversationCore;
  staff: StaffSide;
  broadcaster: Broadcaster;
  logger: Logger;
  now: () => Date;
  /** A call's end was stored (the after-call summary); must not throw. */
  onCallEnded?: (conversation: ConversationRecord, message: MessageRecord) => void;
}

export interface Telephony {
  router: Router;
  /** Resolves when every accepted transcript event has been stored (tests, shutdown). */
  idle(): Promise<void>;
  close(): void;
}

/** Live call transcripts from Twilio real-time transcription and the generic signed feed (docs/TELEPHONY.md). */
export function createTelephony(deps: TelephonyDeps): Telephony {
  const logger = deps.logger.child({ component: 'telephony' });
  const replayWindowMs = deps.replayWindowMs ?? 5 * 60_000;
  const stallAfterMs = deps.stallAfterMs ?? 15_000;
  const registry = createCallRegistry({
    store: deps.store,
    core: deps.core,
    now: deps.now,
    ...(deps.onCallEnded ? { onEnded: deps.onCallEnded } : {}),
  });
  const ingest = createIngest({
    registry,
    utterance: deps.staff.utterance,
    broadcaster: deps.broadcaster,
    logger,
    now: deps.now,
    gapWaitMs: deps.gapWaitMs ?? 1_500,
    stallAfterMs,
  });
  const inbound = createInboundMatcher({ store: deps.store, tenants: deps.tenants, registry });
  const baseUrl = (req: Request) =>
    (deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');

  const router = express.Router();
  router.use(
    createTwilioRouter({
      tenants: deps.tenants,
      registry,
      ingest,
      inbound,
      logger,
      now: deps.now,
      publicUrl: deps.publicUrl,
      replayWindowMs,
    }),
  );
  router.use(
    createFeedRouter({
      tenants: deps.tenants,
      registry,
      ingest,
      inbound,
      now: deps.now,
      replayWindowMs,
      eventsUrl: (req, tenantId, conversationId, callId) =>
        `${baseUrl(req)}${feedPaths.events(tenantId, conversationId, callId)}`,
    }),
  );
  router.use(
    createConsoleRouter({
      tenants: deps.tenants,
      tokens: deps.tokens,
      registry,
      getConversation: (tenantId, conversationId) => deps.core.getConversation(tenantId, conversationId),
      baseUrl,
      stallAfterMs,
      announceEnded: (call) => ingest.announceEnded(call),
    }),
  );
  router.use('/api/telephony', errorHandler(logger));
  return { router, idle: () => ingest.idle(), close: () => ingest.close() };
}
