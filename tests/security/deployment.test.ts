import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTestIssuer } from '../fakes/oidc-issuer.js';
import { spawnHub } from '../helpers/process.js';

interface ComposeService {
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

/**
 * docker-compose.yml as Compose reads it (anchors and `<<` merges resolved). No YAML parser is a dependency of the
 * project and no Docker engine runs here: PyYAML (python3), which implements YAML 1.1 merges as Compose does, reads
 * it. A missing python3 fails the test rather than skipping it.
 */
function readCompose(): ComposeFile {
  const json = execFileSync(
    'python3',
    [
      '-c',
      'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))',
      'docker-compose.yml',
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(json) as ComposeFile;
}

/** Compose's interpolation: `${NAME:-default}` and `${NAME:?message}` (a missing required value throws). */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g,
    (_all, name: string, op?: string, arg?: string) => {
      const given = env[name];
      if (given !== undefined && given !== '') return given;
      if (op === '?') throw new Error(`compose refuses to start: ${name}: ${arg}`);
      return op === '-' ? (arg ?? '') : '';
    },
  );
}

/**
 * Security issue 33 (the team's deployment): the image baked the shipped tenants file (loopback widget origins,
 * the `acme` test tenant) and docker-compose.yml mounted no tenants file and passed no OIDC settings, so a team
 * following the README got a production hub no listing site could embed and no staff could sign in to. Compose now
 * mounts the team's tenants file (HUB_TENANTS_PATH) where the image looks for it, passes every HUB_OIDC_* setting
 * and HUB_PUBLIC_URL, and the image bakes no tenants file. Here the hub process runs with exactly the environment
 * compose gives `hub-1` (the store and Redis swapped for local ones), the mounted file read from its host path.
 */
describe('the Docker image and docker-compose.yml (issue 33, deployment)', () => {
  it('compose mounts the tenants file and passes the OIDC settings; the image bakes no tenants file', () => {
    const compose = readCompose();
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).not.toMatch(/^COPY\s+config\b/m);
    const imageTenants = /HUB_TENANTS_FILE=(\S+)/.exec(dockerfile)?.[1];
    expect(imageTenants).toBe('/run/jorge/tenants.json');
    for (const name of ['hub-1', 'hub-2', 'hub-3']) {
      const service = compose.services[name]!;
      const env = service.environment ?? {};
      expect(env.HUB_TENANTS_FILE, name).toBe(imageTenants);
      const mount = (service.volumes ?? []).find((volume) => volume.includes(`:${imageTenants}`));
      expect(mount, name).toMatch(/^\$\{HUB_TENANTS_PATH:\?[^}]+\}:\/run\/jorge\/tenants\.json:ro$/);
      for (const setting of [
        'HUB_OIDC_ISSUER',
        'HUB_OIDC_CLIENT_ID',
        'HUB_OIDC_CLIENT_SECRET',
        'HUB_OIDC_TENANT',
        'HUB_OIDC_ALLOWED_DOMAINS',
        'HUB_OIDC_ADMIN_GROUPS',
        'HUB_OIDC_SUPERVISOR_GROUPS',
        'HUB_PUBLIC_URL',
      ]) {
        expect(env[setting], `${name} ${setting}`).toContain(`\${${setting}`);
      }
      // Only the load balancer is reachable: no hub port is published, so X-Forwarded-For comes from HAProxy.
      expect(service.ports, name).toBeUndefined();
      expect(env.HUB_TRUST_PROXY).toBe('1');
    }
    // HAProxy overwrites the header rather than appending to it.
    const haproxy = readFileSync('deploy/haproxy.cfg', 'utf8');
    expect(haproxy).toMatch(/^\s*http-request set-header X-Forwarded-For %\[src\]/m);
    expect(haproxy).not.toMatch(/^\s*option forwardfor/m);
    // Without a tenants path compose refuses to start (rather than mounting an empty directory).
    expect(() => interpolate(compose.services['hub-1']!.volumes![0]!, {})).toThrow(/HUB_TENANTS_PATH/);
  });

  it('runs a working production hub with the environment compose gives hub-1', async () => {
    const compose = readCompose();
    const dataDir = mkdtempSync(join(tmpdir(), 'jorge-compose-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const issuer = await startTestIssuer({
      redirectUris: () => ['https://hub.example-realty.com/auth/oidc/callback'],
      accounts: {},
    });
    onTestFinished(() => issuer.close());
    // What the operator exports before `docker compose up` (the README's steps).
    const operator = {
      HUB_JWT_SECRET: randomBytes(32).toString('hex'),
      HUB_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      HUB_DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
      HUB_TENANTS_PATH: './deploy/tenants.example.json',
      HUB_PUBLIC_URL: 'https://hub.example-realty.com',
      HUB_OIDC_ISSUER: issuer.issuer,
      HUB_OIDC_CLIENT_ID: issuer.clientId,
      HUB_OIDC_CLIENT_SECRET: issuer.clientSecret,
      HUB_OIDC_LABEL: 'Example SSO',
      HUB_OIDC_ALLOWED_DOMAINS: 'example-realty.com',
    };
    const service = compose.services['hub-1']!;
    const env = Object.fromEntries(
      Object.entries(service.environment ?? {}).map(([name, value]) => [
        name,
        interpolate(String(value), operator),
      ]),
    );
    const mounts = (service.volumes ?? []).map((volume) => interpolate(volume, operator).split(':'));
    const tenantsMount = mounts.find(([, target]) => target === env.HUB_TENANTS_FILE)!;
    // Swapped for what runs here: the host path of the mount, SQLite instead of MongoDB, a local Redis.
    delete env.MONGODB_URI;
    const hub = await spawnHub({
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      HUB_TENANTS_FILE: resolve(tenantsMount[0]!),
      HUB_DATA_DIR: dataDir,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `jorge-compose-${randomBytes(4).toString('hex')}:`,
    });
    expect(env.NODE_ENV).toBe('production');

    // Staff sign in with the team's identity provider.
    const auth = (await (await fetch(`${hub.url}/api/auth/config`)).json()) as {
      devTokens: boolean;
      providers: { id: string; label: string }[];
    };
    expect(auth).toMatchObject({ devTokens: false, providers: [{ id: 'default', label: 'Example SSO' }] });
    const login = await fetch(`${hub.url}/auth/oidc/default/login?app=supervisor`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(issuer.issuer);
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      'https://hub.example-realty.com/auth/oidc/callback',
    );

    // The team's listing site embeds the widget; a loopback page does not.
    const session = (origin: string) =>
      fetch(`${hub.url}/api/widget/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ tenantId: 'demo' }),
      });
    expect((await session('https://www.example-realty.com')).status).toBe(201);
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:8080']) {
      expect((await session(origin)).status, origin).toBe(403);
    }
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
