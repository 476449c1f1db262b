import express, { type Router } from 'express';
import { z } from 'zod';
import type { TokenService } from '../auth.js';
import { parseOr400, requestOrigin, staffFor, wrap } from '../identity/http.js';
import type { ExperimentService } from './experiment-service.js';
import { experimentChangeSchema, experimentIdSchema, experimentInputSchema } from './experiments.js';

const idParam = z.strictObject({ id: experimentIdSchema });

/**
 * The experiment routes (admins of the tenant only; docs/PROTOCOL.md, docs/ANALYTICS.md "Experiments"): define,
 * list, read, change, start, stop, and the results. Bad input is INVALID_PAYLOAD and changes nothing; a change in
 * the wrong status, a second running experiment or a lost race is CONFLICT.
 */
export function createExperimentRouter(deps: {
  tokens: TokenService;
  experiments: ExperimentService;
}): Router {
  const { tokens, experiments } = deps;
  const router = express.Router();
  const json = express.json({ limit: '16kb', strict: true, type: () => true });

  router.post(
    '/api/admin/experiments',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/admin/experiments');
      const input = parseOr400(experimentInputSchema, req.body);
      const experiment = await experiments.create({ claims, origin: requestOrigin(req) }, input);
      res.status(201).json({ experiment });
    }),
  );
  router.get(
    '/api/admin/experiments',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/admin/experiments');
      res.json({ experiments: await experiments.list(claims.tenantId) });
    }),
  );
  router.get(
    '/api/admin/experiments/:id',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/admin/experiments/:id');
      const { id } = parseOr400(idParam, req.params);
      res.json({ experiment: await experiments.get(claims.tenantId, id) });
    }),
  );
  router.patch(
    '/api/admin/experiments/:id',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'PATCH /api/admin/experiments/:id');
      const { id } = parseOr400(idParam, req.params);
      const change = parseOr400(experimentChangeSchema, req.body);
      res.json({ experiment: await experiments.change({ claims, origin: requestOrigin(req) }, id, change) });
    }),
  );
  router.post(
    '/api/admin/experiments/:id/start',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/admin/experiments/:id/start');
      const { id } = parseOr400(idParam, req.params);
      res.json({ experiment: await experiments.start({ claims, origin: requestOrigin(req) }, id) });
    }),
  );
  router.post(
    '/api/admin/experiments/:id/stop',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'POST /api/admin/experiments/:id/stop');
      const { id } = parseOr400(idParam, req.params);
      res.json({ experiment: await experiments.stop({ claims, origin: requestOrigin(req) }, id) });
    }),
  );
  router.get(
    '/api/admin/experiments/:id/results',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/admin/experiments/:id/results');
      const { id } = parseOr400(idParam, req.params);
      res.json({ results: await experiments.results(claims.tenantId, id) });
    }),
  );
  return router;
}
