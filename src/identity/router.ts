import express, { type Router } from 'express';
import type { Logger } from '../logger.js';
import { identityErrorHandler } from './http.js';

export interface IdentityRouterDeps {
  logger: Logger;
  devTokensEnabled: boolean;
  /** Extra route groups of the identity feature (OpenID Connect, roster, audit, lead data), mounted in order. */
  routers?: Router[];
  /** The sign-in providers shown on the sign-in screen. */
  providers?: () => { id: string; label: string; tenantId: string }[];
}

/** Sign-in, staff directory, audit and lead-data routes: one mount in src/app.ts. */
export function createIdentityRouter(deps: IdentityRouterDeps): Router {
  const router = express.Router();
  router.get('/api/auth/config', (_req, res) => {
    res.set('cache-control', 'no-store');
    res.json({ devTokens: deps.devTokensEnabled, providers: deps.providers?.() ?? [] });
  });
  for (const child of deps.routers ?? []) router.use(child);
  // Without a sign-in session (no identity provider configured) there is nothing to renew or end; answered
  // with 200 so the apps can ask on every load without an error in the browser console.
  router.post('/auth/session/token', (_req, res) => {
    res.set('cache-control', 'no-store').json({ token: null });
  });
  router.post('/auth/logout', (_req, res) => {
    res.json({ signedOut: true });
  });
  router.use(identityErrorHandler(deps.logger));
  return router;
}
