import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { HubError } from '../errors.js';

/**
 * Personal data at rest (docs/SECURITY.md, "Data protection"). Both store adapters seal a lead's name, phone and
 * email, the conversation's lead name and every message text with AES-256-GCM before writing, and open them on
 * read, so the rest of the hub sees plaintext. Each sealed value carries the id of the key that sealed it, so keys
 * rotate: new values use the active key, old values stay readable while their key is listed.
 *
 * Exact lookups (a lead by phone or email, a conversation by a word of the lead's name) use keyed hashes:
 * HMAC-SHA256 under a separate lookup key, bound to the purpose and the tenant, stored beside the ciphertext and
 * indexed. Without the lookup key a hash reveals nothing; with it, only equality.
 */

/** Plain data (it crosses to the SQLite worker thread): AES keys by id, the active one, the lookup key. */
export interface DataKeySettings {
  /** Key id → base64 of 32 random bytes. */
  keys: Record<string, string>;
  /** The id of the key new values are sealed with. */
  activeKeyId: string;
  /** base64 of at least 32 random bytes: the HMAC key of the lookup hashes (never an AES key). */
  lookupKey: string;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const PREFIX = 'pd1';

const devKey = (purpose: string) =>
  createHash('sha256').update(`jorge-hub development ${purpose}; never use in production`).digest('base64');

/**
 * The development keys: derived from fixed, public strings (so a development database stays readable across
 * restarts). They protect nothing; production refuses to start without HUB_DATA_KEYS and HUB_DATA_LOOKUP_KEY.
 */
export const DEV_DATA_KEYS: DataKeySettings = {
  keys: { dev: devKey('data key') },
  activeKeyId: 'dev',
  lookupKey: devKey('lookup key'),
};

function decodeKey(what: string, base64: string, min: number, max: number): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64) || bytes.length < min || bytes.length > max) {
    throw new Error(`${what}: must be base64 of ${min === max ? min : `${min} to ${max}`} random bytes`);
  }
  return bytes;
}

/**
 * Reads HUB_DATA_KEYS ("id:base64,id:base64"), HUB_DATA_KEY_ACTIVE (default: the first id) and
 * HUB_DATA_LOOKUP_KEY. Throws an Error naming the setting on any mistake.
 */
export function parseDataKeys(spec: string, active: string | undefined, lookupKey: string): DataKeySettings {
  const keys: Record<string, string> = {};
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    if (colon < 1 || !KEY_ID.test(id))
      throw new Error('HUB_DATA_KEYS: each entry is keyId:base64key (id: 1 to 32 letters, digits, _ or -)');
    if (id in keys) throw new Error(`HUB_DATA_KEYS: key id ${id} is listed twice`);
    decodeKey(`HUB_DATA_KEYS (${id})`, entry.slice(colon + 1), 32, 32);
    keys[id] = entry.slice(colon + 1);
  }
  const ids = Object.keys(keys);
  if (ids.length === 0) throw new Error('HUB_DATA_KEYS: no key given');
  const activeKeyId = active ?? ids[0]!;
  if (!(activeKeyId in keys)) throw new Error(`HUB_DATA_KEY_ACTIVE: ${activeKeyId} is not in HUB_DATA_KEYS`);
  const lookup = decodeKey('HUB_DATA_LOOKUP_KEY', lookupKey, 32, 64);
  for (const id of ids) {
    if (Buffer.from(keys[id]!, 'base64').equals(lookup))
      throw new Error('HUB_DATA_LOOKUP_KEY: must differ from every HUB_DATA_KEYS key');
  }
  return { keys, activeKeyId, lookupKey };
}

/** What a sealed value is (the additional authenticated data: a value cannot be moved to another field kind). */
export type SealedField =
  | 'lead.name'
  | 'lead.email'
  | 'lead.phone'
  | 'message.text'
  | 'consent.contact'
  | 'staff.alert'
  | 'tenant.secret';

/** What a lookup hash is for; part of the HMAC input, so a phone hash never equals an email hash. */
export type LookupPurpose = 'phone' | 'email' | 'name-word' | 'search-word' | 'search-prefix';

export interface PersonalDataCodec {
  readonly activeKeyId: string;
  /**
   * AES-256-GCM under the active key: `pd1.<keyId>.<iv>.<ciphertext+tag>` (base64url). `keep`: the value is put in
   * the cache of opened values as it is sealed, so the next `open` of it (a record read back after its write) is a
   * lookup; for the values read again soon, not for every message text.
   */
  seal(field: SealedField, plaintext: string, options?: { keep?: boolean }): string;
  /**
   * Seals these plaintexts now, one after the other, for the `seal` calls of the same field and plaintext that
   * follow: each of those takes one of them (every sealed value is used once, with its own nonce) until
   * `dropSealedAhead`. A store seals the message texts of a whole group-commit batch this way, before its SQL runs.
   * OpenSSL sets up every cipher afresh (about 10 µs in a tight loop, and 25 µs of an append's 150 when each seal
   * ran between the append's SQL statements, which evict what that set-up reads).
   */
  sealAhead(field: SealedField, plaintexts: Iterable<string>): void;
  /** Forgets the values sealed ahead and not taken. */
  dropSealedAhead(): void;
  /** The plaintext of a sealed value; a value written before encryption (no `pd1.` prefix) is returned as is. */
  open(field: SealedField, stored: string): string;
  /** Which key sealed a value (undefined for plaintext): rotation tooling and tests. */
  keyIdOf(stored: string): string | undefined;
  /** Hex HMAC-SHA256 of the normalised value, bound to purpose and tenant; null when nothing is left to hash. */
  lookup(purpose: LookupPurpose, tenantId: string, value: string): string | null;
}

/** Digits only; a North American number with its country code compares equal to the 10-digit form. */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

function normalise(purpose: LookupPurpose, value: string): string {
  if (purpose === 'phone') return normalisePhone(value);
  if (purpose === 'email') return value.trim().toLowerCase();
  return value;
}

/**
 * Random 96-bit GCM nonces, drawn from the system's generator 4 KiB at a time (one call per 341 seals instead of
 * one per seal). Each nonce is fresh random bytes, used once.
 */
function createIvSource(): () => Buffer {
  const IV_BYTES = 12;
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + IV_BYTES > pool.length) {
      pool = randomBytes(IV_BYTES * 341);
      offset = 0;
    }
    offset += IV_BYTES;
    return pool.subarray(offset - IV_BYTES, offset);
  };
}

/**
 * The search index's hashes computed last, by HMAC input (purpose, tenant, word or prefix). Every word of every
 * message is hashed whole and as up to eight prefixes (search-tokens.ts), at about 4 µs an HMAC: the store's
 * largest cost per append. Words repeat, so most come from here. Only the search purposes are kept (the hashes of
 * phones, emails and names are not); bounded in entries, started over when full, in this process's memory only.
 */
function createSearchHashMemo(maxEntries = 20_000) {
  let hashes = new Map<string, string>();
  const kept = (purpose: LookupPurpose) => purpose === 'search-word' || purpose === 'search-prefix';
  return {
    get: (purpose: LookupPurpose, input: string): string | undefined =>
      kept(purpose) ? hashes.get(input) : undefined,
    set(purpose: LookupPurpose, input: string, hash: string): void {
      if (!kept(purpose) || input.length > 200) return;
      if (hashes.size >= maxEntries) hashes = new Map();
      hashes.set(input, hash);
    },
  };
}

/**
 * The plaintexts of the sealed values read last (a conversation's sealed meta is read with every turn and every
 * lead message), and of those sealed with `keep` (a conversation's record, read back by the next append), keyed
 * by field and stored text: a stored text is unique (random IV), so an entry never goes stale, and one for data
 * erased since can no longer be asked for. Bounded in entries and size; it only keeps in
 * this process's memory what was just decrypted or encrypted there, and nothing of it reaches a file.
 */
function createOpenedCache(maxEntries = 2_000, maxChars = 8_192) {
  const byField = new Map<SealedField, Map<string, string>>();
  let size = 0;
  return {
    get(field: SealedField, stored: string): string | undefined {
      return byField.get(field)?.get(stored);
    },
    set(field: SealedField, stored: string, plaintext: string): void {
      if (plaintext.length > maxChars) return;
      // Full: start over (cheaper than an exact LRU; the entries worth keeping come back at once).
      if (size >= maxEntries) {
        byField.clear();
        size = 0;
      }
      let entries = byField.get(field);
      if (!entries) byField.set(field, (entries = new Map<string, string>()));
      entries.set(stored, plaintext);
      size += 1;
    },
  };
}

export function createPersonalDataCodec(settings: DataKeySettings = DEV_DATA_KEYS): PersonalDataCodec {
  const rawKeys = new Map(Object.entries(settings.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')]));
  const activeRaw = rawKeys.get(settings.activeKeyId);
  if (!activeRaw || activeRaw.length !== 32)
    throw new Error('personal data: the active key is missing or not 32 bytes');
  // Imported once: a cipher made from a KeyObject skips importing the raw key on every call.
  const keys = new Map<string, KeyObject>([...rawKeys].map(([id, raw]) => [id, createSecretKey(raw)]));
  const active = keys.get(settings.activeKeyId)!;
  const opened = createOpenedCache();
  const nextIv = createIvSource();
  const lookupKey = Buffer.from(settings.lookupKey, 'base64');
  const searchHashes = createSearchHashMemo();
  const activeKeyId = settings.activeKeyId;
  // The additional authenticated data of each field kind, made once (a seal per message on the store's hot path).
  const aads = new Map<SealedField, Buffer>();
  const aadOf = (field: SealedField) => {
    let aad = aads.get(field);
    if (!aad) aads.set(field, (aad = Buffer.from(field)));
    return aad;
  };

  const sealNow = (field: SealedField, plaintext: string): string => {
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', active, iv);
    cipher.setAAD(aadOf(field));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}.${activeKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  };
  /** Values sealed ahead, by field and plaintext (sealAhead). */
  let ahead = new Map<string, string[]>();
  const aheadKey = (field: SealedField, plaintext: string) => `${field}\u0000${plaintext}`;

  return {
    activeKeyId,
    seal(field, plaintext, options) {
      const sealed =
        (ahead.size > 0 ? ahead.get(aheadKey(field, plaintext))?.pop() : undefined) ??
        sealNow(field, plaintext);
      if (options?.keep) opened.set(field, sealed, plaintext);
      return sealed;
    },
    sealAhead(field, plaintexts) {
      for (const plaintext of plaintexts) {
        const key = aheadKey(field, plaintext);
        const sealed = ahead.get(key);
        if (sealed) sealed.push(sealNow(field, plaintext));
        else ahead.set(key, [sealNow(field, plaintext)]);
      }
    },
    dropSealedAhead() {
      if (ahead.size > 0) ahead = new Map();
    },
    open(field, stored) {
      if (!stored.startsWith(`${PREFIX}.`)) return stored;
      const known = opened.get(field, stored);
      if (known !== undefined) return known;
      const [, keyId, ivText, bodyText] = stored.split('.');
      const key = keyId === undefined ? undefined : keys.get(keyId);
      if (!key || ivText === undefined || bodyText === undefined) {
        throw new HubError(
          'INTERNAL',
          `Sealed personal data uses key ${keyId ?? '?'}, which is not configured`,
        );
      }
      const body = Buffer.from(bodyText, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
        decipher.setAAD(aadOf(field));
        decipher.setAuthTag(body.subarray(body.length - 16));
        const plaintext = Buffer.concat([
          decipher.update(body.subarray(0, body.length - 16)),
          decipher.final(),
        ]).toString('utf8');
        opened.set(field, stored, plaintext);
        return plaintext;
      } catch (error) {
        throw new HubError('INTERNAL', 'Sealed personal data failed authentication', { cause: error });
      }
    },
    keyIdOf(stored) {
      return stored.startsWith(`${PREFIX}.`) ? stored.split('.')[1] : undefined;
    },
    lookup(purpose, tenantId, value) {
      const normalised = normalise(purpose, value);
      if (normalised === '') return null;
      const input = `${purpose}\u0000${tenantId}\u0000${normalised}`;
      const remembered = searchHashes.get(purpose, input);
      if (remembered !== undefined) return remembered;
      const hash = createHmac('sha256', lookupKey).update(input).digest('hex');
      searchHashes.set(purpose, input, hash);
      return hash;
    },
  };
}

/** A fresh key for HUB_DATA_KEYS or HUB_DATA_LOOKUP_KEY (`npm run data-key`). */
export const newDataKey = (): string => randomBytes(32).toString('base64');
