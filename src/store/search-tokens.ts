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

/** The tokens of one word: its whole-word token, then (with prefixes) those of its prefixes, shortest first. */
function wordTokens(codec: PersonalDataCodec, tenantId: string, word: string, prefixes: boolean): string[] {
  const tokens = [token(codec, 'w', tenantId, word)];
  if (!prefixes) return tokens;
  const longest = Math.min(word.length - 1, PREFIX_MAX);
  for (let length = PREFIX_MIN; length <= longest; length++)
    tokens.push(token(codec, 'p', tenantId, word.slice(0, length)));
  return tokens;
}

/**
 * The tokens of the words indexed last, by tenant and word (with their prefixes' tokens): a word of up to
 * PREFIX_MAX + 1 letters is one whole-word hash and up to eight prefix hashes, each looked up by its own HMAC input
 * (about 0.3 µs each, remembered or not), and most words of a message were indexed before. Use it only with the
 * codec it was made with (the tokens are hashes under its lookup key). Bounded in entries, started over when full, in this
 * process's memory only, like the codec's own memo of search hashes (personal-data.ts).
 */
export interface SearchTokenMemo {
  tokensOf(tenantId: string, word: string): readonly string[];
}

export function createSearchTokenMemo(codec: PersonalDataCodec, maxEntries = 10_000): SearchTokenMemo {
  let byWord = new Map<string, readonly string[]>();
  return {
    tokensOf(tenantId, word) {
      const key = `${tenantId}\u0000${word}`;
      let tokens = byWord.get(key);
      if (!tokens) {
        tokens = wordTokens(codec, tenantId, word, true);
        if (word.length <= 200) {
          if (byWord.size >= maxEntries) byWord = new Map();
          byWord.set(key, tokens);
        }
      }
      return tokens;
    },
  };
}

/**
 * The index body of a message's words: space-separated tokens, each distinct token once. `memo` (made with the
 * same codec: createSearchTokenMemo) remembers each word's tokens with its prefixes'; the body is the same with it.
 */
export function searchTokens(
  codec: PersonalDataCodec,
  tenantId: string,
  words: readonly string[],
  options: { prefixes: boolean; memo?: SearchTokenMemo },
): string {
  const memo = options.prefixes ? options.memo : undefined;
  const tokens = new Set<string>();
  for (const word of words) {
    if (word === '') continue;
    for (const one of memo
      ? memo.tokensOf(tenantId, word)
      : wordTokens(codec, tenantId, word, options.prefixes))
      tokens.add(one);
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
