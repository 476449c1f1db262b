import { describe, expect, it } from 'vitest';
import { COACHING_TAGS } from '../../../src/coaching/format.js';
import { parseLines } from '../../../src/coaching/parser.js';
import { createSectionFilter, filterSections, shownSections } from '../../../src/coaching/sections.js';

const LEAN = ['NEXT', 'SAY', 'COMPLIANCE'] as const;

/** A model answer with the awkward parts: a preamble, markdown tags, continuations, CRLF, no final newline. */
const ANSWER = [
  'Here is the card:\n',
  'NEXT: book_showing | Book Saturday\n',
  '**FOCUS:** Lock the showing\n',
  '  and keep it short\n',
  'OBJECTION: none\n',
  'SAY: Saturday at 10 works.\r\n',
  'See you there.\n',
  '\n',
  'ASK: Is this number best?\n',
  'NOTE: from the notes\n',
  'URGENCY: high\n',
  '- COMPLIANCE: none',
].join('');
/** Written out by hand: the lean arm's lines, each with what continues it. */
const LEAN_ANSWER = [
  'NEXT: book_showing | Book Saturday\n',
  'SAY: Saturday at 10 works.\r\n',
  'See you there.\n',
  '\n',
  '- COMPLIANCE: none',
].join('');

/** Feeds `parts` one by one, then ends: the whole output. */
function run(parts: readonly string[], shown: readonly string[] = LEAN): string {
  const filter = createSectionFilter(COACHING_TAGS, shown);
  return parts.map((part) => filter.push(part)).join('') + filter.end();
}

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `text` cut at random points into 1 to 12 pieces (empty pieces included). */
function randomSplit(text: string, next: () => number): string[] {
  const cuts = Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * (text.length + 1)));
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  return pieces;
}

describe('the section filter (a coaching.sections arm)', () => {
  it('keeps the shown sections with their continuation lines and drops the rest, whole or char by char', () => {
    expect(run([ANSWER])).toBe(LEAN_ANSWER);
    expect(run([...ANSWER])).toBe(LEAN_ANSWER);
    expect(filterSections(COACHING_TAGS, LEAN, ANSWER)).toBe(LEAN_ANSWER);
    // Every section shown: the text is unchanged but for the preamble, which belongs to no section.
    expect(run([ANSWER], COACHING_TAGS)).toBe(ANSWER.slice('Here is the card:\n'.length));
  });

  it('gives the same output for every split of the text into three pieces (tags cut anywhere)', () => {
    for (let i = 0; i <= ANSWER.length; i++)
      for (let j = i; j <= ANSWER.length; j++)
        expect(run([ANSWER.slice(0, i), ANSWER.slice(i, j), ANSWER.slice(j)])).toBe(LEAN_ANSWER);
  });

  it('waits only while a tag split across deltas is undecided, then streams its section token by token', () => {
    const filter = createSectionFilter(COACHING_TAGS, LEAN);
    expect(filter.push('S')).toBe('');
    expect(filter.push('A')).toBe('');
    expect(filter.push('Y: Sat')).toBe('SAY: Sat');
    expect(filter.push('urday')).toBe('urday');
    expect(filter.push(' at 10\nFO')).toBe(' at 10\n');
    expect(filter.push('CUS: hidden')).toBe('');
    expect(filter.push(' still hidden\nCOMPL')).toBe('');
    expect(filter.push('IANCE: none')).toBe('COMPLIANCE: none');
    expect(filter.end()).toBe('');
    // A last line still undecided at the end is decided then: a shown tag without a colon continues its section.
    const open = createSectionFilter(COACHING_TAGS, LEAN);
    expect(open.push('SAY: Hi\nthere')).toBe('SAY: Hi\n');
    expect(open.end()).toBe('there');
  });

  it('agrees with the parser on random answers and random splits: the shown sections, exactly as parsed', () => {
    const lines = [
      ...COACHING_TAGS.map((tag) => `${tag}: text of ${tag.toLowerCase()}`),
      ...COACHING_TAGS.map((tag) => `**${tag}:** bold ${tag.toLowerCase()}`),
      ...COACHING_TAGS.map((tag) => `- ${tag.toLowerCase()}: listed`),
      'a line that continues',
      'Note: an unknown tag continues too',
      'SAYING something without a colon',
      '',
      '   ',
    ];
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const count = 1 + Math.floor(next() * 14);
      const text = Array.from({ length: count }, () => lines[Math.floor(next() * lines.length)]!)
        .map((line) => `${line}${next() < 0.2 ? '\r\n' : '\n'}`)
        .join('')
        .slice(0, next() < 0.5 ? undefined : -1);
      const shown = COACHING_TAGS.filter((tag) => tag === 'COMPLIANCE' || next() < 0.5);
      const out = run(randomSplit(text, next), shown);
      expect(out, `seed ${seed}`).toBe(filterSections(COACHING_TAGS, shown, text));
      expect(parseLines(COACHING_TAGS, out), `seed ${seed}`).toEqual(
        parseLines(COACHING_TAGS, text).filter((entry) => shown.some((tag) => tag === entry.tag)),
      );
    }
  });

  it('shows COMPLIANCE whatever the arm says, in the card’s order', () => {
    expect(shownSections(['SAY', 'NEXT'])).toEqual(['NEXT', 'SAY', 'COMPLIANCE']);
    expect(shownSections([])).toEqual(['COMPLIANCE']);
    expect(shownSections(undefined)).toBeUndefined();
  });
});
