import { posix } from 'node:path';
import type { RequestHandler } from 'express';

/** Whether a request path names the demo listing pages, as express.static would resolve it. */
export function isDemoPath(rawPath: string): boolean {
  let path = rawPath;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is served by nothing: express.static answers it.
  }
  const normalised = posix.normalize(path.replace(/\\/g, '/'));
  return /^\/+demo(\/|$)/.test(normalised);
}

/**
 * Without the demo content (a production hub, unless HUB_SERVE_DEMO), `/demo/` answers 404: its pages open widget
 * sessions for the shipped tenants and are no listing site of the team.
 */
export function refuseDemoPages(): RequestHandler {
  return (req, res, next) => {
    if (isDemoPath(req.path)) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
      return;
    }
    next();
  };
}
