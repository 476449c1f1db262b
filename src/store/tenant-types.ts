import { HubError } from '../errors.js';
import { tenantSchema, withWebhookList, type Tenant } from '../tenants.js';
import type { PersonalDataCodec } from './personal-data.js';

/**
 * A tenant and its settings as the store keeps them (docs/OPERATIONS.md "Tenants"): the settings are the tenants
 * file's record (src/tenants.ts `tenantSchema`), validated with the same schema on every write and read. `version`
 * starts at 1 and grows by one with each update: the compare-and-set token, so that two admins cannot overwrite
 * each other's edits silently.
 */
export interface TenantSettingsRecord {
  tenantId: string;
  version: number;
  settings: Tenant;
  createdAt: string;
  updatedAt: string;
  /** Who wrote the current version: a staff user id, or `seed` / `command` for the boot seed and the CLI. */
  updatedBy: string;
}

/** The tenants part of the store port (src/store/types.ts extends it). */
export interface TenantStore {
  /** Creates the tenant at version 1; CONFLICT when it exists (INVALID_PAYLOAD when the settings are invalid). */
  createTenant(settings: Tenant, at: string, by: string): Promise<TenantSettingsRecord>;
  getTenant(tenantId: string): Promise<TenantSettingsRecord | null>;
  /** Every tenant, by id. */
  listTenants(): Promise<TenantSettingsRecord[]>;
  /**
   * Replaces the settings and bumps the version, only while the stored version is `expectedVersion`; null when it
   * is not (someone else saved first) or the tenant does not exist: nothing is written. The id cannot change.
   */
  updateTenant(
    tenantId: string,
    settings: Tenant,
    expectedVersion: number,
    at: string,
    by: string,
  ): Promise<TenantSettingsRecord | null>;
}

/**
 * Validates settings with the tenants file's schema; INVALID_PAYLOAD naming the first issue. Values are plain
 * (no `env:` reference is resolved twice: a stored secret never starts with it, see rejectEnvReferences).
 */
export function validTenant(settings: unknown): Tenant {
  const parsed = tenantSchema.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HubError(
      'INVALID_PAYLOAD',
      `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/**
 * Every secret of a tenant's settings, mapped by `map` (sealing, opening, masking): the identity secret, the
 * Twilio auth token, each feed key's secret and each webhook endpoint's secrets. Everything else is copied as is.
 */
export function mapTenantSecrets(tenant: Tenant, map: (secret: string) => string): Tenant {
  const { telephony } = tenant;
  return {
    ...tenant,
    ...(tenant.identitySecret === undefined ? {} : { identitySecret: map(tenant.identitySecret) }),
    ...(telephony
      ? {
          telephony: {
            ...telephony,
            ...(telephony.twilio
              ? { twilio: { ...telephony.twilio, authToken: map(telephony.twilio.authToken) } }
              : {}),
            feedKeys: telephony.feedKeys.map((key) => ({ ...key, secret: map(key.secret) })),
          },
        }
      : {}),
    webhooks: tenant.webhooks.map((endpoint) => ({
      ...endpoint,
      secret: map(endpoint.secret),
      ...(endpoint.previousSecret === undefined ? {} : { previousSecret: map(endpoint.previousSecret) }),
    })),
  };
}

/** The settings as stored: each secret sealed with the data keys (AES-256-GCM, field `tenant.secret`). */
export const sealTenantSecrets = (codec: PersonalDataCodec, tenant: Tenant): Tenant =>
  mapTenantSecrets(tenant, (secret) => codec.seal('tenant.secret', secret));

/**
 * The stored settings opened and validated again (defaults of settings added since are filled in). Settings
 * stored with the old single `webhook` are read as a one-element `webhooks` list first, so its sealed secrets
 * are opened like the endpoints' (the next save stores the list).
 */
export const openTenantSecrets = (codec: PersonalDataCodec, stored: Tenant): Tenant => {
  const listed = withWebhookList(stored) as Omit<Tenant, 'webhooks'> & { webhooks?: Tenant['webhooks'] };
  return validTenant(
    mapTenantSecrets({ ...listed, webhooks: listed.webhooks ?? [] }, (secret) =>
      codec.open('tenant.secret', secret),
    ),
  );
};
