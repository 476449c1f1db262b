import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTenantFromArgs } from '../../src/tenancy/cli.js';
import { spawnHub } from '../helpers/process.js';

const SECRET = 'tenant-command-secret-0123456789abcdef';
const SITE = 'https://homes.team-b.example';

describe('npm run tenant -- create (issue 34, item 1)', () => {
  it('creates a tenant with its first admin that a hub on the same store serves, beside the seeded ones', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-tenant-command-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { HUB_DATA_DIR: dataDir, HUB_JWT_SECRET: SECRET };
    const args = [
      '--id',
      'team-b',
      '--name',
      'Team B Realty',
      '--market',
      'Ontario, CA',
      '--agent-name',
      'Ana Ruiz',
      '--origin',
      SITE,
      '--admin',
      'ana',
      '--admin-name',
      'Ana Ruiz',
    ];
    const { adminToken } = await createTenantFromArgs(args, env);
    // The same id again is refused, and so are bad arguments.
    await expect(createTenantFromArgs(args, env)).rejects.toThrow(/already exists/);
    await expect(createTenantFromArgs(['--id', 'Bad Id', ...args.slice(2)], env)).rejects.toThrow(/--id/);

    const hub = await spawnHub(env);
    const session = await fetch(`${hub.url}/api/widget/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: SITE },
      body: JSON.stringify({ tenantId: 'team-b' }),
    });
    expect(session.status).toBe(201);
    const settings = await fetch(`${hub.url}/api/admin/tenant`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(settings.status).toBe(200);
    expect(await settings.json()).toMatchObject({
      tenantId: 'team-b',
      version: 1,
      updatedBy: 'command',
      settings: { name: 'Team B Realty', agentName: 'Ana Ruiz', widgetOrigins: [SITE] },
    });
    const staff = await fetch(`${hub.url}/api/staff`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(((await staff.json()) as { members: { userId: string; role: string }[] }).members).toEqual([
      expect.objectContaining({ userId: 'ana', role: 'admin' }),
    ]);
    // The tenants file still seeded the demo tenant on this first boot.
    const demo = await fetch(`${hub.url}/api/widget/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
      body: JSON.stringify({ tenantId: 'demo' }),
    });
    expect(demo.status).toBe(201);
  }, 60_000);
});
