import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createTenantDirectory, isOriginAllowed, loadTenants, loopbackOrigins } from '../../src/tenants.js';

describe('config', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HUB_DATA_DIR: './data', NODE_ENV: 'development' });
    expect(config.ANTHROPIC_API_KEY).toBeUndefined();
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'ninety' })).toThrow(/PORT/);
    expect(() => loadConfig({ HUB_JWT_SECRET: 'short' })).toThrow(/HUB_JWT_SECRET/);
    expect(() => loadConfig({ REDIS_SHARDED: 'maybe' })).toThrow(/REDIS_SHARDED/);
    expect(() => loadConfig({ HUB_WEBHOOK_URL: 'not a url' })).toThrow(ConfigError);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/HUB_JWT_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', HUB_JWT_SECRET: 'a-long-production-secret-0123456789' }).NODE_ENV,
    ).toBe('production');
  });
});

describe('tenants', () => {
  it('loads the shipped demo tenant', () => {
    const demo = loadTenants('config/tenants.json').get('demo');
    expect(demo).toMatchObject({ market: 'Rancho Cucamonga, CA', agentName: 'Jorge Salas' });
  });

  it('checks widget origins exactly, with ":*" for any port', () => {
    const demo = loadTenants('config/tenants.json').get('demo')!;
    expect(isOriginAllowed(demo, 'http://localhost:5173')).toBe(true);
    expect(isOriginAllowed(demo, 'http://127.0.0.1:3000')).toBe(true);
    expect(isOriginAllowed(demo, 'http://localhost.evil.com:80')).toBe(false);
    expect(isOriginAllowed(demo, 'https://localhost:5173')).toBe(false);
    expect(isOriginAllowed(demo, undefined)).toBe(false);
    expect(isOriginAllowed(demo, 'garbage')).toBe(false);
  });

  it('names the loopback widget origins (a production hub warns about them at start)', () => {
    const demo = loadTenants('config/tenants.json').get('demo')!;
    expect(loopbackOrigins(demo)).toEqual(demo.widgetOrigins);
    expect(
      loopbackOrigins({
        ...demo,
        widgetOrigins: ['https://homes.example.com', 'http://[::1]:*', 'http://localhost.example.com:*'],
      }),
    ).toEqual(['http://[::1]:*']);
  });

  it('rejects duplicate tenant ids and invalid files', () => {
    const tenant = loadTenants('config/tenants.json').get('demo')!;
    expect(() => createTenantDirectory([tenant, tenant])).toThrow(/unique/);
    expect(() => loadTenants('package.json')).toThrow(/HUB_TENANTS_FILE/);
    expect(() => loadTenants('does-not-exist.json')).toThrow(/HUB_TENANTS_FILE/);
  });
});

describe('documentation', () => {
  it('documents every setting of the config schema in the README', async () => {
    const { readFileSync } = await import('node:fs');
    const { configSchema } = await import('../../src/config.js');
    const readme = readFileSync('README.md', 'utf8');
    const missing = Object.keys(configSchema.shape).filter((name) => !readme.includes(`| \`${name}\``));
    expect(missing).toEqual([]);
  });
});
