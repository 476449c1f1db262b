import type { PersonalDataCodec } from './personal-data.js';

/**
 * The history search index without readable words (docs/SECURITY.md "Search without plaintext"). Each word a
 * message's index keeps (search-text.ts: no contact details, no lead name) is stored as keyed hashes under the
 * lookup key (HUB_DATA_LOOKUP_KEY), bound to the tenant: `w<hash>` for the whole word and, where the adapter
 * supports type-ahead, `p<hash>` for each of its prefixes of 3 to PREFIX_MAX letters. A search hashes its words the
 * same way. Without the lookup key the index shows how often tokens repeat, never a word.
 */

/** Hex characters kept of each HMAC (80 bits: no two words of a tenant collide in practice). */
const TOKEN_HEX = 20;
/** Prefixes up to this many letters are indexed; a longer typed word is matched by its first PREFIX_MAX letters. */
export const PREFIX_MAX = 10;
/** The shortest prefix searched (one or two letters would match much of the index). */
export const PREFIX_MIN = 3;

const token = (codec: PersonalDataCodec, kind: 'w' | 'p', tenantId: string, value: string): string =>
  `${kind}${codec.lookup(kind === 'w' ? 'search-word' : 'search-prefix', tenantId, value)!.slice(0, TOKEN_HEX)}`;

/** The index body of a message's words: space-separated tokens, each distinct token once. */
export function searchTokens(
  codec: PersonalDataCodec,
  tenantId: string,
  words: readonly string[],
  options: { prefixes: boolean },
): string {
  const tokens = new Set<string>();
  for (const word of words) {
    if (word === '') continue;
    tokens.add(token(codec, 'w', tenantId, word));
    if (!options.prefixes) continue;
    const longest = Math.min(word.length - 1, PREFIX_MAX);
    for (let length = PREFIX_MIN; length <= longest; length++)
      tokens.add(token(codec, 'p', tenantId, word.slice(0, length)));
  }
  return [...tokens].join(' ');
}

/** The token of a whole search word. */
export const wordToken = (codec: PersonalDataCodec, tenantId: string, word: string): string =>
  token(codec, 'w', tenantId, word);

/**
 * The token of a word being typed, matched as a prefix: its prefix hash (a word longer than PREFIX_MAX letters is
 * matched by its first PREFIX_MAX, so it may also find longer words that share them); null below PREFIX_MIN letters.
 */
export const prefixToken = (codec: PersonalDataCodec, tenantId: string, word: string): string | null =>
  word.length < PREFIX_MIN ? null : token(codec, 'p', tenantId, word.slice(0, PREFIX_MAX));

/** True when an index body is made of tokens only (a row written before the index was hashed is not). */
export const isTokenBody = (body: string): boolean =>
  /^(?:[wp][0-9a-f]{20})(?: [wp][0-9a-f]{20})*$/.test(body);
