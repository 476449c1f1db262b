import { describe, expect, it } from 'vitest';
import { createPersonalDataCodec, newDataKey } from '../../../src/store/personal-data.js';
import { createSearchTokenMemo, searchTokens } from '../../../src/store/search-tokens.js';

describe('search tokens', () => {
  it('makes the same index body with the word memo as without, past its bound, per tenant', () => {
    const codec = createPersonalDataCodec();
    const memo = createSearchTokenMemo(codec, 50);
    const words = (n: number) => [`casa${n}`, 'casa', 'cas', 'ca', '', 'recámaras', `a${'b'.repeat(n % 15)}`];
    // Twice over more words than the memo holds: first computed, then remembered or computed again.
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 120; n++) {
        for (const tenant of ['t', 'u']) {
          expect(searchTokens(codec, tenant, words(n), { prefixes: true, memo })).toBe(
            searchTokens(codec, tenant, words(n), { prefixes: true }),
          );
        }
      }
    }
    expect(searchTokens(codec, 't', ['casa'], { prefixes: true, memo })).not.toBe(
      searchTokens(codec, 'u', ['casa'], { prefixes: true, memo }),
    );
    // Without prefixes the memo is not used: whole-word tokens only.
    expect(searchTokens(codec, 't', ['casa', 'casa'], { prefixes: false, memo })).toMatch(/^w[0-9a-f]{20}$/);
  });

  it('keeps the hashes of the codec it was made with', () => {
    const other = createPersonalDataCodec({
      keys: { k: newDataKey() },
      activeKeyId: 'k',
      lookupKey: newDataKey(),
    });
    const memo = createSearchTokenMemo(other);
    expect(searchTokens(other, 't', ['house'], { prefixes: true, memo })).toBe(
      searchTokens(other, 't', ['house'], { prefixes: true }),
    );
    expect(searchTokens(other, 't', ['house'], { prefixes: true })).not.toBe(
      searchTokens(createPersonalDataCodec(), 't', ['house'], { prefixes: true }),
    );
  });
});
