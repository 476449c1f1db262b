import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { StaffClaims, TokenService } from '../auth.js';
import type { ConversationCore } from '../conversations/service.js';
import { HubError } from '../errors.js';
import type { AuditLog } from '../identity/audit.js';
import { requestOrigin, staffFor, wrap } from '../identity/http.js';
import type { Store } from '../store/types.js';
import { importListings } from './import.js';
import { listingEventMessage, type PostListingEvent } from './notify.js';
import { isFeedError } from './rows.js';

/** The largest feed the route takes (bigger catalogues: the command, or several posts: the import upserts). */
export const ROUTE_FEED_LIMIT = '20mb';

/** A listing change as a staff-only system event through the conversation core (stored, then broadcast to staff). */
export function postThroughCore(core: Pick<ConversationCore, 'append'>): PostListingEvent {
  return (tenantId, conversationId, event) =>
    core.append(tenantId, listingEventMessage(conversationId, event));
}

/**
 * POST /api/admin/listings (admins only, their own tenant): the body is a feed, JSON (`application/json`: an array
 * of RESO listings, or {"value": [...]}) or CSV (`text/csv`, or `?format=csv`); the answer is the import report
 * (ListingImportReport: counts, every rejected row with its reason, cleaned rows, dropped fields, changes). The
 * role is checked before the body is read. Audited as `listings.import` with the counts.
 */
export function createListingRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  now: () => Date;
  post: PostListingEvent;
}): Router {
  const { store, tokens, audit, now } = deps;
  const router = express.Router();
  const authorised = (req: Request, res: Response, next: NextFunction) => {
    staffFor(req, tokens, 'POST /api/admin/listings').then((claims) => {
      res.locals.staff = claims;
      next();
    }, next);
  };
  router.post(
    '/api/admin/listings',
    authorised,
    express.text({ type: () => true, limit: ROUTE_FEED_LIMIT }),
    wrap(async (req, res) => {
      const claims = res.locals.staff as StaffClaims;
      const text = typeof req.body === 'string' ? req.body : '';
      if (text.trim() === '')
        throw new HubError(
          'INVALID_PAYLOAD',
          'The body is the feed: JSON (application/json) or CSV (text/csv)',
        );
      const format = req.is('text/csv') || req.query.format === 'csv' ? 'csv' : 'json';
      let report;
      try {
        report = await importListings(text, format, {
          store,
          tenantId: claims.tenantId,
          now,
          post: deps.post,
        });
      } catch (error) {
        if (isFeedError(error)) throw new HubError('INVALID_PAYLOAD', error.message);
        throw error;
      }
      await audit.record({
        claims,
        action: 'listings.import',
        target: { type: 'staff', id: claims.userId },
        origin: requestOrigin(req),
        detail: {
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        },
      });
      res.json(report);
    }),
  );
  return router;
}
