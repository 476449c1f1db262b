import { describe, expect, it } from 'vitest';
import { COACHING_TAGS, parseCoaching } from '../../../src/coaching/format.js';
import { createLineParser, parseLines, type SectionUpdate } from '../../../src/coaching/parser.js';

const text = [
  'FOCUS: Acknowledge the price concern, then anchor on recent sales',
  'OBJECTION: price (high)',
  'SAY: I hear you, prices here have moved a lot. Let me pull what similar homes sold for.',
  'ASK: Have you talked with a lender yet?',
  'URGENCY: medium',
  'COMPLIANCE: none',
].join('\n');

const expected = [
  { tag: 'FOCUS', text: 'Acknowledge the price concern, then anchor on recent sales' },
  { tag: 'OBJECTION', text: 'price (high)' },
  { tag: 'SAY', text: 'I hear you, prices here have moved a lot. Let me pull what similar homes sold for.' },
  { tag: 'ASK', text: 'Have you talked with a lender yet?' },
  { tag: 'URGENCY', text: 'medium' },
  { tag: 'COMPLIANCE', text: 'none' },
];

function feed(chunks: string[]) {
  const parser = createLineParser(COACHING_TAGS);
  const updates: SectionUpdate[] = [];
  for (const chunk of chunks) updates.push(...parser.push(chunk));
  updates.push(...parser.end());
  return { entries: parser.entries(), updates };
}

describe('incremental line parser', () => {
  it('parses the whole text at once', () => {
    expect(parseLines(COACHING_TAGS, text)).toEqual(expected);
  });

  it('gives the same sections for every split point into two deltas', () => {
    for (let i = 0; i <= text.length; i++) {
      expect(feed([text.slice(0, i), text.slice(i)]).entries, `split at ${i}`).toEqual(expected);
    }
  });

  it('gives the same sections for every pair of split points (three deltas)', () => {
    const short = 'FOCUS: a b\nOBJECTION: none\nSAY: hi\nASK: why?';
    const want = parseLines(COACHING_TAGS, short);
    for (let i = 0; i <= short.length; i++) {
      for (let j = i; j <= short.length; j++) {
        expect(feed([short.slice(0, i), short.slice(i, j), short.slice(j)]).entries).toEqual(want);
      }
    }
  });

  it('one character at a time: every section starts before its text and only grows', () => {
    const { entries, updates } = feed([...text]);
    expect(entries).toEqual(expected);
    const seen = new Map<number, string>();
    for (const update of updates) {
      const before = seen.get(update.index) ?? '';
      expect(update.text.startsWith(before), `${update.tag}: "${update.text}" after "${before}"`).toBe(true);
      seen.set(update.index, update.text);
    }
    // Each section is announced with empty text as soon as its tag is complete.
    for (const [index, entry] of expected.entries()) {
      expect(updates.find((u) => u.index === index)).toMatchObject({ tag: entry.tag, text: '', done: false });
      expect(updates.filter((u) => u.index === index).at(-1)).toMatchObject({ text: entry.text, done: true });
    }
  });

  it('a section is done as soon as the next tag starts', () => {
    const parser = createLineParser(COACHING_TAGS);
    parser.push('FOCUS: one\nOBJ');
    expect(parser.push('ECTION: none')).toEqual([
      { tag: 'FOCUS', index: 0, text: 'one', done: true },
      { tag: 'OBJECTION', index: 1, text: 'none', done: false },
    ]);
  });

  it('tolerates markdown decoration, lower case, CRLF and blank lines', () => {
    const messy =
      '**Focus:** stay calm**\r\n\r\n- OBJECTION: none\r\n### say: hello there\n  ASK : what works?  \n';
    expect(parseLines(COACHING_TAGS, messy)).toEqual([
      { tag: 'FOCUS', text: 'stay calm' },
      { tag: 'OBJECTION', text: 'none' },
      { tag: 'SAY', text: 'hello there' },
      { tag: 'ASK', text: 'what works?' },
    ]);
  });

  it('joins wrapped lines to the previous section and ignores text before the first tag', () => {
    const wrapped = 'Sure, here you go:\nSAY: first part\nsecond part\nASK: q?';
    expect(parseLines(COACHING_TAGS, wrapped)).toEqual([
      { tag: 'SAY', text: 'first part second part' },
      { tag: 'ASK', text: 'q?' },
    ]);
  });

  it('unknown tags are continuation text, and a colon inside a section is kept', () => {
    expect(parseLines(COACHING_TAGS, 'SAY: Note: rates changed\nNOTE: more')).toEqual([
      { tag: 'SAY', text: 'Note: rates changed NOTE: more' },
    ]);
  });

  it('builds the structured result from the streamed text', () => {
    expect(parseCoaching(text, 'llm')).toEqual({
      next: { action: 'qualify', text: '' },
      focus: expected[0]!.text,
      objection: { type: 'price', severity: 'high' },
      say: expected[2]!.text,
      ask: expected[3]!.text,
      urgency: 'medium',
      compliance: [],
      source: 'llm',
    });
  });
});
