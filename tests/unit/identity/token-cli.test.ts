import { decodeJwt } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createTokenService } from '../../../src/auth.js';
import { mintFromArgs, parseTtlSeconds, runTokenCli } from '../../../src/identity/token-cli.js';

const SECRET = 'operator-secret-0123456789abcdefghij';
const env = { HUB_JWT_SECRET: SECRET, NODE_ENV: 'production', HUB_TENANTS_FILE: 'config/tenants.json' };
const args = (...extra: string[]) => [
  '--tenant',
  'demo',
  '--role',
  'supervisor',
  '--user',
  'maria',
  '--name',
  'Maria Lopez',
  ...extra,
];

describe('npm run token (the operator command)', () => {
  it('mints a staff token signed with HUB_JWT_SECRET that the hub accepts, with an expiry', async () => {
    const { token, expiresAt } = await mintFromArgs(args(), env);
    const claims = await createTokenService(SECRET, 60).verifyStaff(token);
    expect(claims).toEqual({
      kind: 'staff',
      tenantId: 'demo',
      role: 'supervisor',
      userId: 'maria',
      name: 'Maria Lopez',
    });
    const { exp, iat } = decodeJwt(token);
    expect(exp! - iat!).toBe(12 * 3600);
    expect(Math.abs(Date.parse(expiresAt) - exp! * 1_000)).toBeLessThan(2_000);
  });

  it('honours --ttl and mints admin tokens', async () => {
    const { token } = await mintFromArgs(
      args('--ttl', '30m').map((a) => (a === 'supervisor' ? 'admin' : a)),
      env,
    );
    const { exp, iat, role } = decodeJwt(token);
    expect(exp! - iat!).toBe(1_800);
    expect(role).toBe('admin');
  });

  it('refuses a token another secret signed', async () => {
    const { token } = await mintFromArgs(args(), env);
    await expect(createTokenService('another-secret-0123456789', 60).verifyStaff(token)).rejects.toThrow(
      /invalid/,
    );
  });

  it.each([
    [['--tenant', 'nowhere', '--role', 'agent', '--user', 'u1', '--name', 'U'], /unknown tenant "nowhere"/],
    [['--tenant', 'demo', '--role', 'boss', '--user', 'u1', '--name', 'U'], /--role/],
    [['--tenant', 'demo', '--role', 'agent', '--user', 'u 1', '--name', 'U'], /--user/],
    [['--tenant', 'demo', '--role', 'agent', '--user', 'u1'], /--name/],
    [['--tenant', 'demo', '--role', 'agent', '--user', 'u1', '--name', 'U', '--ttl', '1y'], /--ttl/],
    [['--tenant', 'demo', '--bogus', 'x'], /bogus/],
  ])('explains a bad command line %j', async (argv, message) => {
    await expect(mintFromArgs(argv, env)).rejects.toThrow(message);
  });

  it('refuses to sign with the development secret in production', async () => {
    await expect(mintFromArgs(args(), { NODE_ENV: 'production' })).rejects.toThrow(/HUB_JWT_SECRET/);
  });

  it('says on stderr when it signed with the development secret (a hub with its own secret refuses that token)', async () => {
    const written = (stream: NodeJS.WriteStream) => {
      const spy = vi.spyOn(stream, 'write').mockImplementation(() => true);
      return () => spy.mock.calls.map(([chunk]) => String(chunk)).join('');
    };
    const stderr = written(process.stderr);
    written(process.stdout);
    try {
      expect(await runTokenCli(args(), { HUB_TENANTS_FILE: 'config/tenants.json' })).toBe(0);
      expect(stderr()).toMatch(/development secret/);
      vi.mocked(process.stderr.write).mockClear();
      expect(await runTokenCli(args(), env)).toBe(0);
      expect(stderr()).not.toMatch(/development secret/);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('reads durations', () => {
    expect(parseTtlSeconds('3600')).toBe(3_600);
    expect(parseTtlSeconds('90s')).toBe(90);
    expect(parseTtlSeconds('12h')).toBe(43_200);
    expect(parseTtlSeconds('7d')).toBe(604_800);
    expect(() => parseTtlSeconds('5s')).toThrow(/between/);
    expect(() => parseTtlSeconds('91d')).toThrow(/between/);
  });
});
