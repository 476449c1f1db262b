import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { TokenService } from '../auth.js';
import type { ConversationCore } from '../conversations/service.js';
import { HubError, httpStatusByCode, toErrorBody } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HubMetrics } from '../metrics.js';
import { devTokenBody, widgetSessionBody, type WidgetSessionResult } from '../protocol/http.js';
import type { SessionGate } from '../visitors/session-gate.js';
import type { VisitorSessions } from '../visitors/sessions.js';
import { clientIp } from './client-ip.js';
import { requestError } from './request-errors.js';
import { idSchema, seqSchema } from '../protocol/common.js';
import type { Store } from '../store/types.js';
import { isOriginAllowed, type TenantDirectory } from '../tenants.js';
import type { AuditLog } from '../identity/audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from '../identity/http.js';

export interface RouteDeps {
  /** Reads of transcripts and lead profiles are appended to it (src/identity/audit.ts). */
  audit?: AuditLog;
  store: Store;
  tenants: TenantDirectory;
  tokens: TokenService;
  core: ConversationCore;
  metrics: HubMetrics;
  logger: Logger;
  devTokensEnabled: boolean;
  /** Named readiness checks; each throws when its part does not answer. */
  readiness: Record<string, () => Promise<void>>;
  /** Reported by /readyz next to the checks (for example `redis: degraded`), never failing it on its own. */
  degraded?: () => string[];
  visitors: VisitorSessions;
  /** Who may open widget sessions under a flood (src/visitors/session-gate.ts). */
  sessionGate: SessionGate;
  /** Proxy hops whose X-Forwarded-For is trusted (HUB_TRUST_PROXY). */
  trustProxyHops: number;
  /**
   * Who may read /metrics: `{ token }` (HUB_METRICS_TOKEN) a bearer of it; 'open' anyone (development); 'closed'
   * nobody (production without a token: lead counts and traffic are not for the public).
   */
  metricsAccess: { token: string } | 'open' | 'closed';
  /** Disconnects the lead's widget sockets after its secrets were revoked. */
  onVisitorRevoked: (tenantId: string, leadId: string) => void;
}

const bearer = (req: Request) => /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];

/** Equal-length, constant-time string comparison (for the metrics token). */
function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const READY_TIMEOUT_MS = 2_000;
function withTimeout(check: () => Promise<void>): Promise<void> {
  return Promise.race([
    check(),
    new Promise<void>((_, reject) =>
      setTimeout(() => reject(new HubError('UNAVAILABLE', 'timed out')), READY_TIMEOUT_MS).unref(),
    ),
  ]);
}

export function createRoutes(deps: RouteDeps): Router {
  const { store, tenants, tokens, core, metrics, logger } = deps;
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get(
    '/readyz',
    wrap(async (_req, res) => {
      const results = await Promise.all(
        Object.entries(deps.readiness).map(async ([name, check]) => {
          try {
            await withTimeout(check);
            return [name, 'ok'] as const;
          } catch (error) {
            // The cause (a file path, an address) goes to the log; the answer is public: a typed error's message
            // (written for clients) or nothing more than "failing".
            logger.warn({ err: error, check: name }, 'readiness check failing');
            return [name, error instanceof HubError ? `failing: ${error.message}` : 'failing'] as const;
          }
        }),
      );
      const failing = results.filter(([, state]) => state !== 'ok').map(([name]) => name);
      const body = {
        status: failing.length ? 'unavailable' : 'ok',
        checks: Object.fromEntries(results),
        degraded: deps.degraded?.() ?? [],
        ...(failing.length ? { failing } : {}),
      };
      res.status(failing.length ? 503 : 200).json(body);
    }),
  );

  router.get(
    '/metrics',
    wrap(async (req, res) => {
      const access = deps.metricsAccess;
      if (access === 'closed') {
        res.status(403).json({
          error: {
            code: 'FORBIDDEN',
            message: 'Set HUB_METRICS_TOKEN to serve /metrics in production',
          },
        });
        return;
      }
      if (access !== 'open' && !sameSecret(bearer(req), access.token)) {
        res
          .set('WWW-Authenticate', 'Bearer')
          .status(401)
          .json({
            error: { code: 'UNAUTHORIZED', message: 'A metrics token is required' },
          });
        return;
      }
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    }),
  );

  const json = express.json({ limit: '32kb', strict: true, type: () => true });

  router.options('/api/widget/sessions', (req, res) => {
    const origin = req.get('origin');
    if (origin && tenants.all().some((tenant) => isOriginAllowed(tenant, origin))) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'content-type',
        Vary: 'Origin',
      });
    }
    res.sendStatus(204);
  });

  router.post(
    '/api/widget/sessions',
    json,
    wrap(async (req, res) => {
      const body = parseOr400(widgetSessionBody, req.body);
      const tenant = tenants.get(body.tenantId);
      if (!tenant) throw new HubError('NOT_FOUND', 'Unknown tenant');
      const origin = req.get('origin');
      if (!isOriginAllowed(tenant, origin))
        throw new HubError('FORBIDDEN', 'This origin may not open widget sessions');
      res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
      const ip = clientIp(req.socket.remoteAddress, req.headers['x-forwarded-for'], deps.trustProxyHops);
      // A proven site user is limited per user, anyone else per address (IPv6 by its /64), before any store read.
      const userId = await deps.visitors.provenUserId({
        tenant,
        ...(body.identityToken ? { identityToken: body.identityToken } : {}),
        ...(body.identity ? { identity: body.identity } : {}),
      });
      await deps.sessionGate.admitRequest(
        userId ? { kind: 'identified', tenantId: tenant.id, userId } : { kind: 'anonymous', address: ip },
      );
      const context = {
        ...(body.listing ? { listing: body.listing } : {}),
        ...(body.intent ? { intent: body.intent } : {}),
      };
      const opened = await deps.visitors.open({
        tenant,
        context,
        ...(body.visitorSecret ? { visitorSecret: body.visitorSecret } : {}),
        ...(body.identityToken ? { identityToken: body.identityToken } : {}),
        ...(body.identity ? { identity: body.identity } : {}),
        // A new anonymous visitor under a flood solves a challenge (never refused by the tenant's traffic).
        admitNewLead: () =>
          deps.sessionGate.admitAnonymousLead({ tenantId: tenant.id, address: ip, solution: body.challenge }),
      });
      const token = await tokens.signWidget({
        tenantId: tenant.id,
        secretId: opened.secretId,
        leadId: opened.lead.id,
        ...context,
      });
      res.status(201).json({ token, visitorSecret: opened.visitorSecret } satisfies WidgetSessionResult);
    }),
  );

  router.post(
    '/api/dev/tokens',
    json,
    wrap(async (req, res) => {
      if (!deps.devTokensEnabled) throw new HubError('NOT_FOUND', 'Not found');
      const body = parseOr400(devTokenBody, req.body);
      if (!tenants.get(body.tenantId)) throw new HubError('NOT_FOUND', 'Unknown tenant');
      res.status(201).json({ token: await tokens.signStaff(body) });
    }),
  );

  router.get(
    '/api/conversations/:id/transcript',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/conversations/:id/transcript');
      const id = parseOr400(idSchema, req.params.id);
      const afterSeq =
        req.query.afterSeq === undefined ? 0 : parseOr400(seqSchema, Number(req.query.afterSeq));
      const conversation = await core.getConversation(claims.tenantId, id);
      // Bounded in count and bytes; while hasMore, ask again with afterSeq = the last seq of this page.
      const { messages, hasMore } = await core.messagePage(claims.tenantId, id, afterSeq, 'staff');
      await deps.audit?.record({
        claims,
        action: 'transcript.read',
        target: { type: 'conversation', id },
        origin: requestOrigin(req),
      });
      res.json({ conversation: core.summary(conversation), messages, hasMore });
    }),
  );

  router.get(
    '/api/leads/:id',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/leads/:id');
      const lead = await store.getLead(claims.tenantId, parseOr400(idSchema, req.params.id));
      if (!lead) throw new HubError('NOT_FOUND', 'Lead not found');
      await deps.audit?.record({
        claims,
        action: 'lead.read',
        target: { type: 'lead', id: lead.id },
        origin: requestOrigin(req),
      });
      res.json({ lead });
    }),
  );

  router.post(
    '/api/leads/:id/visitor-secrets/revoke',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/leads/:id/visitor-secrets/revoke');
      const lead = await store.getLead(claims.tenantId, parseOr400(idSchema, req.params.id));
      if (!lead) throw new HubError('NOT_FOUND', 'Lead not found');
      const revoked = await deps.visitors.revoke(claims.tenantId, lead.id);
      deps.onVisitorRevoked(claims.tenantId, lead.id);
      // Who cut a visitor off, and how many secrets it held, before the answer (as every staff action).
      await deps.audit?.record({
        claims,
        action: 'lead.visitor_secrets_revoke',
        target: { type: 'lead', id: lead.id },
        origin: requestOrigin(req),
        detail: { revoked },
      });
      res.json({ revoked });
    }),
  );

  router.use('/api', (_req, _res, next) => next(new HubError('NOT_FOUND', 'Not found')));

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const hubError = requestError(error);
    if (!hubError) logger.error({ err: error }, 'request failed');
    else if (hubError.code === 'UNAVAILABLE' && hubError.cause)
      logger.warn({ err: hubError }, 'request answered UNAVAILABLE');
    const body = toErrorBody(hubError ?? error);
    res.status(httpStatusByCode[body.code]).json({ error: body });
  });

  return router;
}
