import express, { type Router } from 'express';
import { z } from 'zod';
import type { TokenService } from '../auth.js';
import { HubError } from '../errors.js';
import type { AuditLog } from '../identity/audit.js';
import { parseOr400, requestOrigin, staffFor, wrap } from '../identity/http.js';
import type { TenantSettingsRecord } from '../store/tenant-types.js';
import { validTenant } from '../store/tenant-types.js';
import type { Store } from '../store/types.js';
import { withWebhookList, type Tenant } from '../tenants.js';
import { maskedSettings, settingsChange, withSavedSecrets } from './secrets.js';

/** Settings only the operator sets (the tenants file or the command), never an admin through the API. */
export const OPERATOR_SETTINGS = ['id', 'testOnly', 'tokensPerHour'] as const;

type EditableSettings = Omit<Tenant, (typeof OPERATOR_SETTINGS)[number]>;

/** The answer of GET and PUT: the editable settings, secrets masked, with the version to send back. */
export interface TenantSettingsView {
  tenantId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  settings: EditableSettings;
}

export function settingsView(record: TenantSettingsRecord): TenantSettingsView {
  const {
    id: _id,
    testOnly: _testOnly,
    tokensPerHour: _tokens,
    ...editable
  } = maskedSettings(record.settings);
  return {
    tenantId: record.tenantId,
    version: record.version,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    settings: editable,
  };
}

const putBody = z.strictObject({
  /** The version the admin's form was loaded at (compare-and-set). */
  version: z.number().int().min(1),
  settings: z.record(z.string(), z.unknown()),
});

/**
 * The Admin settings routes (docs/PROTOCOL.md "Tenant settings"): an admin reads and replaces their own tenant's
 * settings, never another tenant's (the tenant is the token's). A PUT is a compare-and-set on `version`: a stale
 * form gets CONFLICT with the current version and changes nothing. Secrets are masked both ways (secrets.ts);
 * each change is audited with its before and after values and applied on every node (`saved`).
 */
export function createTenantSettingsRouter(deps: {
  store: Store;
  tokens: TokenService;
  audit: AuditLog;
  now: () => Date;
  /** A tenant's settings were saved: hold them on this node and tell the other nodes (they reload from the store). */
  saved: (record: TenantSettingsRecord) => void;
}): Router {
  const { store, tokens, audit, now } = deps;
  const router = express.Router();
  const json = express.json({ limit: '256kb', strict: true, type: () => true });

  const stored = async (tenantId: string): Promise<TenantSettingsRecord> => {
    const record = await store.getTenant(tenantId);
    if (!record) throw new HubError('NOT_FOUND', 'This tenant has no stored settings');
    return record;
  };

  router.get(
    '/api/admin/tenant',
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'GET /api/admin/tenant');
      res.set('cache-control', 'no-store').json(settingsView(await stored(claims.tenantId)));
    }),
  );

  router.put(
    '/api/admin/tenant',
    json,
    wrap(async (req, res) => {
      const claims = await staffFor(req, tokens, 'PUT /api/admin/tenant');
      const body = parseOr400(putBody, req.body);
      for (const key of OPERATOR_SETTINGS) {
        if (key in body.settings) {
          throw new HubError('INVALID_PAYLOAD', `settings.${key}: set by the operator, not through the API`);
        }
      }
      const current = await stored(claims.tenantId);
      const { id, testOnly, tokensPerHour } = current.settings;
      const next = validTenant({
        // A form of before endpoints may still send the single `webhook`: read as the endpoint of the same id.
        ...withSavedSecrets(withWebhookList(body.settings) as Record<string, unknown>, current.settings),
        id,
        testOnly,
        ...(tokensPerHour === undefined ? {} : { tokensPerHour }),
      });
      if (body.version !== current.version) throw staleVersion(current.version);
      const at = now().toISOString();
      const saved = await store.updateTenant(claims.tenantId, next, body.version, at, claims.userId);
      if (!saved) throw staleVersion((await stored(claims.tenantId)).version);
      deps.saved(saved);
      const change = settingsChange(current.settings, saved.settings);
      await audit.record({
        claims,
        action: 'tenant.settings_update',
        target: { type: 'tenant', id: claims.tenantId },
        origin: requestOrigin(req),
        detail: { fromVersion: current.version, toVersion: saved.version, ...change },
      });
      res.set('cache-control', 'no-store').json(settingsView(saved));
    }),
  );
  return router;
}

const staleVersion = (version: number) =>
  new HubError('CONFLICT', 'Someone saved these settings first: reload them and apply your change again', {
    details: { version },
  });
