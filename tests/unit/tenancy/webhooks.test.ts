import { describe, expect, it } from 'vitest';
import { createPersonalDataCodec } from '../../../src/store/personal-data.js';
import { openTenantSecrets, sealTenantSecrets } from '../../../src/store/tenant-types.js';
import {
  CURRENT_SECRET,
  maskedSettings,
  SECRET_MASK,
  settingsChange,
  withSavedSecrets,
} from '../../../src/tenancy/secrets.js';
import { LEGACY_WEBHOOK_ID, MAX_TENANT_WEBHOOKS, tenantSchema, type Tenant } from '../../../src/tenants.js';

const base = {
  id: 'team-a',
  name: 'Team A',
  market: 'Ontario, CA',
  agentName: 'Ana Ruiz',
  widgetOrigins: ['https://a.example'],
};
const CRM_SECRET = 'crm-endpoint-secret-0123456789abcdef';
const SMS_SECRET = 'sms-endpoint-secret-0123456789abcdef';
const OLD_SECRET = 'old-single-webhook-secret-0123456789';
const endpoint = (id: string, secret: string, extra: Record<string, unknown> = {}) => ({
  id,
  url: `https://${id}.example/hook`,
  secret,
  ...extra,
});
const parse = (settings: Record<string, unknown>): Tenant => tenantSchema.parse({ ...base, ...settings });

describe('webhook endpoints in the tenant settings', () => {
  it('reads the old single webhook as a one-element list (its filter keeps taking pages)', () => {
    const tenant = parse({
      webhook: { url: 'https://crm.example/hook', secret: OLD_SECRET, events: ['lead.created'] },
    });
    expect(tenant.webhooks).toStrictEqual([
      {
        id: LEGACY_WEBHOOK_ID,
        url: 'https://crm.example/hook',
        secret: OLD_SECRET,
        events: ['lead.created', 'agent.paged'],
        enabled: true,
      },
    ]);
    expect('webhook' in tenant).toBe(false);
    expect(
      parse({ webhook: { url: 'https://crm.example/hook', secret: OLD_SECRET } }).webhooks[0]!.events,
    ).toEqual([]);
    expect(parse({}).webhooks).toEqual([]);
  });

  it('refuses both fields, too many endpoints, a repeated id and a bad url or id', () => {
    const one = endpoint('crm', CRM_SECRET);
    expect(() =>
      parse({ webhook: { url: 'https://x.example', secret: OLD_SECRET }, webhooks: [one] }),
    ).toThrow();
    const many = Array.from({ length: MAX_TENANT_WEBHOOKS + 1 }, (_, n) => endpoint(`e${n}`, CRM_SECRET));
    expect(() => parse({ webhooks: many })).toThrow();
    expect(parse({ webhooks: many.slice(0, MAX_TENANT_WEBHOOKS) }).webhooks).toHaveLength(
      MAX_TENANT_WEBHOOKS,
    );
    expect(() => parse({ webhooks: [one, endpoint('crm', SMS_SECRET)] })).toThrow(/each endpoint id once/);
    expect(() => parse({ webhooks: [{ ...one, url: 'ftp://crm.example' }] })).toThrow();
    expect(() => parse({ webhooks: [{ ...one, id: 'Has Space' }] })).toThrow();
    expect(() => parse({ webhooks: [{ ...one, secret: 'short' }] })).toThrow();
  });

  it('opens settings stored sealed with the old single webhook, and seals each endpoint secret', () => {
    const codec = createPersonalDataCodec();
    const legacy = {
      ...base,
      webhook: { url: 'https://crm.example/hook', secret: codec.seal('tenant.secret', OLD_SECRET) },
    };
    const opened = openTenantSecrets(codec, legacy as unknown as Tenant);
    expect(opened.webhooks).toMatchObject([{ id: LEGACY_WEBHOOK_ID, secret: OLD_SECRET, enabled: true }]);
    const two = parse({
      webhooks: [endpoint('crm', CRM_SECRET, { previousSecret: OLD_SECRET }), endpoint('sms', SMS_SECRET)],
    });
    const sealed = sealTenantSecrets(codec, two);
    expect(JSON.stringify(sealed)).not.toContain(CRM_SECRET);
    expect(JSON.stringify(sealed)).not.toContain(SMS_SECRET);
    expect(JSON.stringify(sealed)).not.toContain(OLD_SECRET);
    expect(openTenantSecrets(codec, sealed)).toStrictEqual(two);
  });

  it('masks each endpoint, keeps each saved secret by endpoint id, and rotates with an overlap', () => {
    const saved = parse({ webhooks: [endpoint('crm', CRM_SECRET), endpoint('sms', SMS_SECRET)] });
    const masked = maskedSettings(saved);
    expect(masked.webhooks.map((entry) => entry.secret)).toEqual([SECRET_MASK, SECRET_MASK]);
    // The form sends the list back reordered, sms rotated (a new secret, the saved one kept as previous).
    const NEW_SMS = 'new-sms-endpoint-secret-0123456789ab';
    const sent = {
      webhooks: [
        { ...masked.webhooks[1], secret: NEW_SMS, previousSecret: CURRENT_SECRET },
        { ...masked.webhooks[0], enabled: false },
      ],
    };
    const next = parse(withSavedSecrets(sent, saved));
    expect(next.webhooks).toMatchObject([
      { id: 'sms', secret: NEW_SMS, previousSecret: SMS_SECRET },
      { id: 'crm', secret: CRM_SECRET, enabled: false },
    ]);
    // A new endpoint has no saved secret to keep.
    expect(() => withSavedSecrets({ webhooks: [{ ...endpoint('new', SECRET_MASK) }] }, saved)).toThrow(
      /webhooks.0.secret: no saved secret to keep/,
    );
    // The audit names the changed secrets by endpoint, never their values.
    const change = settingsChange(saved, next);
    expect(change.secretsChanged).toEqual(['webhooks[sms].previousSecret', 'webhooks[sms].secret']);
    expect(JSON.stringify(change)).not.toContain('endpoint-secret');
    expect(change.changed).toEqual(['webhooks']);
  });
});
