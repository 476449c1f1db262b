import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { spawnHub } from '../helpers/process.js';

const strong = 'x'.repeat(40);

/** Finding 3: the webhook key fell back to HUB_JWT_SECRET, and production started with default secrets. */
describe('secrets', () => {
  it('never signs webhooks with the staff-token key', () => {
    expect(() => loadConfig({ HUB_WEBHOOK_URL: 'https://crm.example/hook' })).toThrow(/HUB_WEBHOOK_SECRET/);
    expect(() =>
      loadConfig({
        HUB_WEBHOOK_URL: 'https://crm.example/hook',
        HUB_JWT_SECRET: strong,
        HUB_WEBHOOK_SECRET: strong,
      }),
    ).toThrow(/must differ from HUB_JWT_SECRET/);
    const config = loadConfig({
      HUB_WEBHOOK_URL: 'https://crm.example/hook',
      HUB_WEBHOOK_SECRET: 'w'.repeat(40),
    });
    expect(config.HUB_WEBHOOK_SECRET).not.toBe(config.HUB_JWT_SECRET);
  });

  it('refuses default or short secrets in production, and binds 127.0.0.1 when dev tokens are on', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/HUB_JWT_SECRET: must be set/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', HUB_JWT_SECRET: 'sixteen-chars-ok-but-short' }),
    ).toThrow(/at least 32/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        HUB_JWT_SECRET: strong,
        HUB_METRICS_TOKEN: 'short-metrics-token',
      }),
    ).toThrow(/HUB_METRICS_TOKEN/);
    expect(loadConfig({ NODE_ENV: 'production', HUB_JWT_SECRET: strong }).HOST).toBe('0.0.0.0');
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('a production process with the default secret exits at once with the reason', async () => {
    await expect(
      spawnHub({ NODE_ENV: 'production', HUB_JWT_SECRET: '', HUB_DATA_DIR: '/nonexistent/never-created' }),
    ).rejects.toThrow(/HUB_JWT_SECRET: must be set in production/);
  });

  it('a production process without the personal data keys refuses to start, naming them', async () => {
    await expect(
      spawnHub({
        NODE_ENV: 'production',
        HUB_JWT_SECRET: strong,
        HUB_DATA_DIR: '/nonexistent/never-created',
      }),
    ).rejects.toThrow(/HUB_DATA_KEYS and HUB_DATA_LOOKUP_KEY: must be set in production/);
  });

  it('checks the personal data keys it is given, in every environment', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const lookup = Buffer.alloc(32, 9).toString('base64');
    expect(() => loadConfig({ HUB_DATA_KEYS: 'k1:short', HUB_DATA_LOOKUP_KEY: lookup })).toThrow(
      /HUB_DATA_KEYS \(k1\)/,
    );
    expect(() => loadConfig({ HUB_DATA_KEYS: `k1:${key}` })).toThrow(/HUB_DATA_LOOKUP_KEY: must be set/);
    expect(() =>
      loadConfig({ HUB_DATA_KEYS: `k1:${key}`, HUB_DATA_LOOKUP_KEY: lookup, HUB_DATA_KEY_ACTIVE: 'k2' }),
    ).toThrow(/HUB_DATA_KEY_ACTIVE/);
    expect(loadConfig({ HUB_DATA_KEYS: `k1:${key}`, HUB_DATA_LOOKUP_KEY: lookup }).HUB_DATA_KEYS).toBe(
      `k1:${key}`,
    );
  });
});
