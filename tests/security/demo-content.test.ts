import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { clientDist, ensureClientBuilt } from '../e2e/build.js';
import { ORIGIN } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

/** A production hub process with its own data folder and keys; `extra` adds settings. */
async function productionHub(extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-demo-'));
  onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
  return spawnHub({
    NODE_ENV: 'production',
    HUB_DATA_DIR: dataDir,
    HUB_JWT_SECRET: randomBytes(32).toString('hex'),
    HUB_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    HUB_DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
    ...extra,
  });
}

const session = (url: string, tenantId: string) =>
  fetch(`${url}/api/widget/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ tenantId }),
  });

/**
 * Security issue 33 (the team's deployment): a production hub served the demo listing pages (`/demo/`) and took
 * widget sessions for the shipped `acme` test tenant. Both are now off in production unless HUB_SERVE_DEMO turns
 * them on (they stay on by default outside production, for development and the tests).
 */
describe('demo content in production (issue 33)', () => {
  it('serves neither /demo/ nor the acme test tenant, unless HUB_SERVE_DEMO=1', async () => {
    if (!existsSync(join(clientDist, 'demo', 'index.html'))) await ensureClientBuilt();
    const hub = await productionHub();
    for (const path of ['/demo/', '/demo', '/demo/seller/', '/%64emo/', '//demo/index.html']) {
      expect((await fetch(`${hub.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${hub.url}/agent/`)).status).toBe(200);
    const acme = await session(hub.url, 'acme');
    expect(acme.status).toBe(404);
    expect(((await acme.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await session(hub.url, 'demo')).status).toBe(201);

    const withDemo = await productionHub({ HUB_SERVE_DEMO: '1' });
    expect((await fetch(`${withDemo.url}/demo/`)).status).toBe(200);
    expect((await session(withDemo.url, 'acme')).status).toBe(201);
  }, 120_000);
});
