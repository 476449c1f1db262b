import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every HTTP answer (helmet), with one policy per kind of route (docs/SECURITY.md
 * "Security headers"):
 * - the staff apps, the API and everything else: a strict CSP (scripts, styles, connections to this origin only;
 *   no plugins, no inline script), never framed (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), `nosniff`,
 *   no referrer, same-origin resource policy;
 * - the demo listing pages (`/demo/`): the same, but may be framed by this origin and allow the inline `<style>`
 *   the widget puts in its shadow root (a listing site's own CSP decides that on a real site);
 * - `/widget.js`: loaded by `<script src>` from listing sites on other origins, so its resource policy is
 *   `cross-origin` (with `same-origin`, browsers refuse to run it there). The widget is a script that draws into
 *   the host page (a shadow root), not a framed hub page, so no hub page needs to be embeddable.
 */
export function securityHeaders(): RequestHandler {
  const directives = {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    // Listing photos come from the team's MLS/IDX image hosts, over https only (the catalogue refuses other URLs);
    // `no-referrer` below keeps the console's address from those hosts.
    imgSrc: ["'self'", 'data:', 'https:'],
    fontSrc: ["'self'"],
    // The staff consoles talk to their own origin only (the browser enforces it too): Socket.IO and the API.
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    scriptSrcAttr: ["'none'"],
    upgradeInsecureRequests: null,
  };
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: false as const,
  };
  const apps = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives },
    xFrameOptions: { action: 'deny' },
  });
  const demo = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'self'"] },
    },
    xFrameOptions: { action: 'sameorigin' },
  });
  const widgetScript = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/widget.js') return widgetScript(req, res, next);
    if (req.path === '/demo' || req.path.startsWith('/demo/')) return demo(req, res, next);
    return apps(req, res, next);
  };
}

/** In production the apps' source maps are not served (404), though the build writes them. */
export function refuseSourceMaps(): RequestHandler {
  return (req, res, next) => {
    // The path as express.static will read it: "/widget.js%2emap" is "/widget.js.map".
    let path = req.path;
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape is served by nothing: express.static answers it.
    }
    if (path.toLowerCase().endsWith('.map')) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
      return;
    }
    next();
  };
}
