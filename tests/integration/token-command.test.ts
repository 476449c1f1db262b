import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connect, emitAck, expectOk } from '../helpers/hub.js';
import { spawnHub } from '../helpers/process.js';

const run = promisify(execFile);
const SECRET = 'compose-like-secret-0123456789abcdef';

/**
 * The README's "signed-in supervisor in two minutes" path without Docker: the hub process as compose runs it
 * (NODE_ENV=production, HUB_JWT_SECRET), a token from `npm run token`, a supervisor connection with it.
 */
describe('a production hub and the token command', () => {
  it('signs a supervisor in with a minted token; dev tokens stay off', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-token-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      NODE_ENV: 'production',
      HUB_JWT_SECRET: SECRET,
      HUB_DATA_DIR: dataDir,
      HUB_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      HUB_DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
    };
    const hub = await spawnHub(env);

    const minted = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/token.ts',
        '--tenant',
        'demo',
        '--role',
        'supervisor',
        '--user',
        'maria',
        '--name',
        'Maria Lopez',
      ],
      { env: { ...process.env, ...env } },
    );
    const token = minted.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    expect(minted.stderr).toMatch(/valid until/);

    const supervisor = await connect(hub.url, '/supervisor', token);
    expect(expectOk(await emitAck(supervisor, 'board:subscribe', {}))).toHaveProperty('conversations');

    const config = (await (await fetch(`${hub.url}/api/auth/config`)).json()) as { devTokens: boolean };
    expect(config.devTokens).toBe(false);
    const dev = await fetch(`${hub.url}/api/dev/tokens`, { method: 'POST', body: '{}' });
    expect(dev.status).toBe(404);
    await expect(connect(hub.url, '/supervisor', `${token}x`)).rejects.toThrow(/invalid/);
  });
});
