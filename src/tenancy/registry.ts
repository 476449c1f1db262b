import { HubError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TenantSettingsRecord } from '../store/tenant-types.js';
import type { Store } from '../store/types.js';
import type { Tenant, TenantDirectory } from '../tenants.js';

/**
 * The tenants this node serves, in memory, kept in step with the store (docs/OPERATIONS.md "Tenants"): every
 * reader asks it at use time (`get`), so a reloaded tenant applies to the next widget session, bot turn or
 * follow-up without a restart. A record older than the one held is ignored (messages may arrive out of order).
 */
export interface TenantRegistry extends TenantDirectory {
  /** The version held for a tenant (undefined: not served here). */
  versionOf(tenantId: string): number | undefined;
  /** Holds a record read from the store or just written (a test-only tenant is left out unless demo content is on). */
  apply(record: TenantSettingsRecord): void;
  /** Reads one tenant from the store again (another node changed it). */
  reload(tenantId: string): Promise<void>;
  /** Reads every tenant from the store (at boot, and now and then in case a change message was lost). */
  reloadAll(): Promise<void>;
}

export function createTenantRegistry(deps: {
  store: Pick<Store, 'getTenant' | 'listTenants'>;
  /** HUB_SERVE_DEMO: test-only tenants are served too. */
  serveDemo: boolean;
  logger?: Logger;
}): TenantRegistry {
  const { store, serveDemo } = deps;
  const held = new Map<string, { version: number; tenant: Tenant }>();

  function apply(record: TenantSettingsRecord): void {
    const current = held.get(record.tenantId);
    if (current && current.version > record.version) return;
    if (record.settings.testOnly && !serveDemo) {
      held.delete(record.tenantId);
      return;
    }
    if (current?.version !== record.version)
      deps.logger?.info({ tenantId: record.tenantId, version: record.version }, 'tenant settings loaded');
    held.set(record.tenantId, { version: record.version, tenant: record.settings });
  }

  return {
    get: (id) => held.get(id)?.tenant,
    all: () => [...held.values()].map((entry) => entry.tenant),
    versionOf: (id) => held.get(id)?.version,
    apply,
    async reload(tenantId) {
      const record = await store.getTenant(tenantId);
      if (record) apply(record);
    },
    async reloadAll() {
      for (const record of await store.listTenants()) apply(record);
    },
  };
}

/**
 * The first boot's seed: each tenant of the tenants file that the store does not hold yet is created from it
 * (version 1, by `seed`); a tenant the store holds is never overwritten by the file. Returns the ids created.
 */
export async function seedTenants(
  store: Pick<Store, 'getTenant' | 'createTenant'>,
  fileTenants: readonly Tenant[],
  at: string,
): Promise<string[]> {
  const created: string[] = [];
  for (const tenant of fileTenants) {
    if (await store.getTenant(tenant.id)) continue;
    try {
      await store.createTenant(tenant, at, 'seed');
      created.push(tenant.id);
    } catch (error) {
      // Another node seeding at the same time created it first: the store holds it, which is all that counts.
      if (!(error instanceof HubError && error.code === 'CONFLICT')) throw error;
    }
  }
  return created;
}
