import { stringify } from 'csv-stringify/sync';
import express, { type Router } from 'express';
import type { TokenService } from '../auth.js';
import { parseOr400, staffFor, wrap } from '../identity/http.js';
import type { Store } from '../store/types.js';
import { reportQuerySchema, runReport } from './reports.js';

/**
 * GET /api/analytics/:report (supervisors and admins, their own tenant only): one report table over a UTC day range
 * (`from`, `to`, at most MAX_REPORT_DAYS), optionally filtered by one agent, bot, listing or experiment variant;
 * JSON, or the same table as CSV with `?format=csv` (docs/ANALYTICS.md, docs/PROTOCOL.md).
 */
export function createAnalyticsRouter(deps: { store: Store; tokens: TokenService }): Router {
  const router = express.Router();
  router.get(
    '/api/analytics/:report',
    wrap(async (req, res) => {
      const claims = await staffFor(req, deps.tokens, 'GET /api/analytics/:report');
      const query = parseOr400(reportQuerySchema, req.query);
      const table = await runReport(deps.store, claims.tenantId, String(req.params.report), query);
      if (query.format === 'csv') {
        res
          .type('text/csv')
          .attachment(`${table.report}-${table.from}-${table.to}.csv`)
          .send(stringify([table.columns, ...table.rows]));
        return;
      }
      res.json(table);
    }),
  );
  return router;
}
