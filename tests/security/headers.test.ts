import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDist, ensureClientBuilt } from '../e2e/build.js';
import { startHub } from '../helpers/hub.js';

/** Finding 9: security headers on the apps (helmet), one frame policy per kind of route, no source maps in production. */
describe('security headers', () => {
  const directives = (header: string | null) =>
    new Map(
      (header ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );

  it('sends a strict CSP, nosniff and a frame policy per route; widget.js may be loaded cross-origin', async () => {
    await ensureClientBuilt();
    const { url } = await startHub({ staticDir: clientDist });

    for (const path of ['/agent/', '/supervisor/', '/', '/healthz', '/api/leads/x']) {
      const response = await fetch(`${url}${path}`);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('connect-src'), path).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }

    const demo = await fetch(`${url}/demo/`);
    expect(directives(demo.headers.get('content-security-policy')).get('frame-ancestors')).toEqual([
      "'self'",
    ]);
    expect(demo.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    const widget = await fetch(`${url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(widget.headers.get('x-content-type-options')).toBe('nosniff');
  }, 120_000);

  it('serves no source maps in production, and serves them in development', async () => {
    await ensureClientBuilt();
    const map = readdirSync(join(clientDist, 'assets')).find((name) => name.endsWith('.js.map'));
    expect(map).toBeDefined();
    const production = await startHub({ staticDir: clientDist, production: true });
    expect((await fetch(`${production.url}/assets/${map}`)).status).toBe(404);
    expect((await fetch(`${production.url}/widget.js.map`)).status).toBe(404);
    // Nor behind an escaped character (a black-box attack found "/widget.js%2emap" served).
    const hidden = map!.replace(/\.map$/, '');
    for (const path of [
      '/widget.js%2emap',
      '/widget.js%2Emap',
      `/assets/${hidden}%2Emap`,
      `/assets/${hidden}.ma%70`,
    ])
      expect((await fetch(`${production.url}${path}`)).status, path).toBe(404);
    expect((await fetch(`${production.url}/assets/${map!.replace(/\.map$/, '')}`)).status).toBe(200);
    const development = await startHub({ staticDir: clientDist });
    expect((await fetch(`${development.url}/assets/${map}`)).status).toBe(200);
  }, 120_000);
});
