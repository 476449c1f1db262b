import { describe, expect, it } from 'vitest';
import { normaliseLeadText } from '../../../src/conversations/service.js';
import { visibleText } from '../../../src/protocol/text.js';
import { HubError } from '../../../src/errors.js';
import { TEXT_STORE_LIMIT } from '../../../src/protocol/common.js';

describe('lead text as staff and the bot read it', () => {
  it('refuses a text of only invisible characters as empty (a black-box attack stored them as blank bubbles)', () => {
    for (const raw of [
      '\u202E\u200B\u200D\uFEFF',
      '\u200C\u200D',
      ' \u2066 \u2069 ',
      '\u0000\u0007',
      '\u2060',
    ])
      expect(() => normaliseLeadText(raw), JSON.stringify(raw)).toThrow(HubError);
  });

  it('drops bidirectional overrides, zero-width spaces and control characters, keeps emoji joiners and line breaks', () => {
    expect(visibleText('hola \u202Eeveryone\u202C')).toBe('hola everyone');
    expect(visibleText('3\u200Bbeds\u0000 please')).toBe('3beds please');
    expect(visibleText('👨\u200D👩\u200D👧 we are 3\nand a dog')).toBe(
      '👨\u200D👩\u200D👧 we are 3\nand a dog',
    );
  });

  it('replaces lone surrogates, keeps well-formed pairs', () => {
    expect(visibleText('a\uD800b')).toBe('a\uFFFDb');
    expect(visibleText('a\uDC00')).toBe('a\uFFFD');
    expect(visibleText('🏡 ok')).toBe('🏡 ok');
  });

  it('cuts a text at the stored limit in characters (code points), not in UTF-16 units', () => {
    const atLimit = 'a'.repeat(TEXT_STORE_LIMIT);
    expect(normaliseLeadText(atLimit)).toEqual({ text: atLimit, truncated: false });
    // 1,500 houses are 3,000 UTF-16 units but 1,500 characters: within the limit.
    const houses = '🏡'.repeat(1_500);
    expect(normaliseLeadText(houses)).toEqual({ text: houses, truncated: false });
    const long = `${'🏡'.repeat(TEXT_STORE_LIMIT)}b`;
    expect(normaliseLeadText(long)).toEqual({ text: '🏡'.repeat(TEXT_STORE_LIMIT), truncated: true });
    expect(normaliseLeadText(`${atLimit}b`)).toEqual({ text: atLimit, truncated: true });
  });
});
