import { createHash } from 'node:crypto';
import type { NarrativeLength, NarrativeStyle } from '../../protocol/common.js';
import type { NarrativeProfile } from './profile.js';

/** How long a narrative is served from the cache (24 hours). */
export const NARRATIVE_TTL_MS = 24 * 60 * 60 * 1_000;

/**
 * Where finished narratives are kept, shared by every node when Redis is configured. Keys are hashes (no listing
 * key, lead need or tenant in clear). A cache that cannot answer answers nothing: the narrative is made again.
 */
export interface NarrativeCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, text: string, ttlMs: number): Promise<void>;
}

/**
 * The cache key of one narrative: SHA-256 over the tenant, the listing (its key and the time the store last changed
 * it, so new facts make a new narrative), the lead's needs, the style, the length and the language. The same
 * needs give the same key for every lead who said them.
 */
export function narrativeCacheKey(input: {
  tenantId: string;
  listing: { ListingKey: string; updatedAt: string };
  profile: NarrativeProfile;
  style: NarrativeStyle;
  length: NarrativeLength;
  lang: 'en' | 'es';
}): string {
  const { profile } = input;
  const canonical = JSON.stringify([
    'narrative/v1',
    input.tenantId,
    input.listing.ListingKey,
    input.listing.updatedAt,
    profile.bedrooms ?? null,
    profile.bathrooms ?? null,
    profile.budget?.min ?? null,
    profile.budget?.max ?? null,
    profile.areas ?? [],
    profile.mustHaves ?? [],
    profile.urgency ?? null,
    input.style,
    input.length,
    input.lang,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The in-process cache (no Redis): at most `maxEntries` narratives, least recently used dropped first, each kept
 * for its TTL. One per hub (no module state).
 */
export function createMemoryNarrativeCache(
  options: { maxEntries?: number; nowMs?: () => number } = {},
): NarrativeCache {
  const maxEntries = options.maxEntries ?? 2_000;
  const nowMs = options.nowMs ?? Date.now;
  const entries = new Map<string, { text: string; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve(undefined);
      entries.delete(key);
      if (entry.expiresAt <= nowMs()) return Promise.resolve(undefined);
      entries.set(key, entry);
      return Promise.resolve(entry.text);
    },
    set(key, text, ttlMs) {
      entries.delete(key);
      entries.set(key, { text, expiresAt: nowMs() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      return Promise.resolve();
    },
  };
}

/** The Redis commands the shared cache uses (an ioredis client or cluster). */
export interface NarrativeRedis {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'PX', ttlMs: number): Promise<unknown>;
}

/**
 * The cache shared by every node: `<prefix>narrative:<hash>` with a PX expiry. A Redis error reads as a miss and a
 * failed write is dropped (the narrative was sent already; the next request makes it again).
 */
export function createRedisNarrativeCache(redis: NarrativeRedis, keyPrefix: string): NarrativeCache {
  const keyOf = (key: string) => `${keyPrefix}narrative:${key}`;
  return {
    async get(key) {
      try {
        return (await redis.get(keyOf(key))) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, text, ttlMs) {
      try {
        await redis.set(keyOf(key), text, 'PX', ttlMs);
      } catch {
        // A miss next time.
      }
    },
  };
}
