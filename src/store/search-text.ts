/**
 * The words a search reads: each one is a lookup of every conversation holding it, so a few words of a search box
 * are plenty and the rest are left out.
 */
export const MAX_SEARCH_WORDS = 5;

/** The words of a search box, normalised the same way by every adapter (lower case, no accents, no symbols). */
export function searchWords(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

export const HISTORY_DEFAULT_LIMIT = 20;
export const HISTORY_MAX_LIMIT = 100;

export const historyLimit = (limit: number | undefined): number =>
  Math.min(HISTORY_MAX_LIMIT, Math.max(1, Math.floor(limit ?? HISTORY_DEFAULT_LIMIT)));
