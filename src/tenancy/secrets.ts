import { HubError } from '../errors.js';
import { mapTenantSecrets } from '../store/tenant-types.js';
import type { Tenant } from '../tenants.js';

/**
 * What a client sees in place of a saved secret (docs/PROTOCOL.md "Tenant settings"): the secret itself never
 * leaves the hub after it is saved. A PUT that sends the marker back keeps the saved secret.
 */
export const SECRET_MASK = '********';

/**
 * Rotation with an overlap: sent as an endpoint's `previousSecret`, it stands for that endpoint's secret saved so
 * far (which the admin cannot read back), so a save can set a new `secret` and keep signing with the old one too.
 */
export const CURRENT_SECRET = '<current secret>';

/** The settings with every secret replaced by SECRET_MASK. */
export const maskedSettings = (tenant: Tenant): Tenant => mapTenantSecrets(tenant, () => SECRET_MASK);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One secret of a PUT: the marker keeps `saved` (INVALID_PAYLOAD when nothing was saved there); a new value may not
 * be an `env:` reference (only the operator's tenants file reads the environment).
 */
function keptOrNew(value: unknown, saved: string | undefined, path: string): unknown {
  if (value === SECRET_MASK) {
    if (saved === undefined) throw new HubError('INVALID_PAYLOAD', `${path}: no saved secret to keep`);
    return saved;
  }
  if (typeof value === 'string' && value.startsWith('env:')) {
    throw new HubError('INVALID_PAYLOAD', `${path}: environment references are for the tenants file only`);
  }
  return value;
}

/**
 * One endpoint as sent, its secrets matched with the saved endpoint of the same id: SECRET_MASK keeps the saved
 * secret, CURRENT_SECRET as `previousSecret` keeps the saved `secret` as the previous one (rotation). A new id has
 * nothing saved: its secret must be sent.
 */
function withSavedEndpointSecrets(
  endpoint: Record<string, unknown>,
  saved: Tenant,
  path: string,
): Record<string, unknown> {
  const savedEndpoint = saved.webhooks.find((entry) => entry.id === endpoint.id);
  const previous = endpoint.previousSecret;
  return {
    ...endpoint,
    secret: keptOrNew(endpoint.secret, savedEndpoint?.secret, `${path}.secret`),
    ...('previousSecret' in endpoint
      ? {
          previousSecret:
            previous === CURRENT_SECRET
              ? keptOrNew(SECRET_MASK, savedEndpoint?.secret, `${path}.previousSecret`)
              : keptOrNew(previous, savedEndpoint?.previousSecret, `${path}.previousSecret`),
        }
      : {}),
  };
}

/**
 * The settings a client sent, with each SECRET_MASK put back to the saved secret: the identity secret, the Twilio
 * auth token, each feed key's secret (matched by the key's id) and each webhook endpoint's secrets (matched by its id). Validation comes after (the zod schema).
 */
export function withSavedSecrets(sent: Record<string, unknown>, saved: Tenant): Record<string, unknown> {
  const result: Record<string, unknown> = { ...sent };
  if ('identitySecret' in sent) {
    result.identitySecret = keptOrNew(sent.identitySecret, saved.identitySecret, 'identitySecret');
  }
  if (Array.isArray(sent.webhooks)) {
    result.webhooks = sent.webhooks.map((endpoint: unknown, index) =>
      isRecord(endpoint) ? withSavedEndpointSecrets(endpoint, saved, `webhooks.${index}`) : endpoint,
    );
  }
  const telephony = sent.telephony;
  if (!isRecord(telephony)) return result;
  const nextTelephony: Record<string, unknown> = { ...telephony };
  if (isRecord(telephony.twilio)) {
    nextTelephony.twilio = {
      ...telephony.twilio,
      authToken: keptOrNew(
        telephony.twilio.authToken,
        saved.telephony?.twilio?.authToken,
        'telephony.twilio.authToken',
      ),
    };
  }
  if (Array.isArray(telephony.feedKeys)) {
    nextTelephony.feedKeys = telephony.feedKeys.map((key: unknown, index) => {
      if (!isRecord(key)) return key;
      const savedKey = saved.telephony?.feedKeys.find((entry) => entry.id === key.id);
      return {
        ...key,
        secret: keptOrNew(key.secret, savedKey?.secret, `telephony.feedKeys.${index}.secret`),
      };
    });
  }
  result.telephony = nextTelephony;
  return result;
}

/** Where each secret sits, with its value (the audit says which secrets changed, never their values). */
function secretPaths(tenant: Tenant): Map<string, string> {
  const paths = new Map<string, string>();
  if (tenant.identitySecret !== undefined) paths.set('identitySecret', tenant.identitySecret);
  const twilio = tenant.telephony?.twilio;
  if (twilio) paths.set('telephony.twilio.authToken', twilio.authToken);
  for (const key of tenant.telephony?.feedKeys ?? [])
    paths.set(`telephony.feedKeys[${key.id}].secret`, key.secret);
  for (const endpoint of tenant.webhooks) {
    paths.set(`webhooks[${endpoint.id}].secret`, endpoint.secret);
    if (endpoint.previousSecret)
      paths.set(`webhooks[${endpoint.id}].previousSecret`, endpoint.previousSecret);
  }
  return paths;
}

/** A settings change as the audit log keeps it: the changed settings before and after, secrets masked. */
export interface SettingsChange {
  changed: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** Secrets set, replaced or removed (their paths only). */
  secretsChanged: string[];
}

export function settingsChange(before: Tenant, after: Tenant): SettingsChange {
  const maskedBefore = maskedSettings(before) as unknown as Record<string, unknown>;
  const maskedAfter = maskedSettings(after) as unknown as Record<string, unknown>;
  const rawBefore = before as unknown as Record<string, unknown>;
  const rawAfter = after as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(rawBefore), ...Object.keys(rawAfter)])].sort();
  const changed = keys.filter((key) => JSON.stringify(rawBefore[key]) !== JSON.stringify(rawAfter[key]));
  const secretsBefore = secretPaths(before);
  const secretsAfter = secretPaths(after);
  const secretsChanged = [...new Set([...secretsBefore.keys(), ...secretsAfter.keys()])]
    .filter((path) => secretsBefore.get(path) !== secretsAfter.get(path))
    .sort();
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, maskedBefore[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, maskedAfter[key] ?? null])),
    secretsChanged,
  };
}
