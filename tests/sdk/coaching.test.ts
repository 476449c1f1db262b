import { describe, expect, it } from 'vitest';
import { createCoachingParser, parseCoaching } from '../../client/sdk/index.js';

const TEXT = [
  'FOCUS: Confirm the timeline before talking price',
  'OBJECTION: price (medium)',
  'SAY: I hear you on price. Homes in Etiwanda are moving in about 20 days,',
  'so pricing right from day one matters.',
  'ASK: When would you ideally like to be moved?',
  'URGENCY: high',
  'COMPLIANCE: none',
].join('\n');

describe('coaching parser (the hub parser from src/coaching, wrapped for the consoles)', () => {
  it('parses the line-tagged format, with continuation lines', () => {
    expect(parseCoaching(TEXT).sections).toEqual({
      focus: 'Confirm the timeline before talking price',
      objection: 'price (medium)',
      say: 'I hear you on price. Homes in Etiwanda are moving in about 20 days, so pricing right from day one matters.',
      ask: 'When would you ideally like to be moved?',
      urgency: 'high',
      compliance: 'none',
    });
  });

  it('renders progressively, section by section, whatever the chunking', () => {
    const parser = createCoachingParser();
    const seen: string[][] = [];
    for (let i = 0; i < TEXT.length; i += 3)
      seen.push(Object.keys(parser.push(TEXT.slice(i, i + 3)).sections));
    expect(seen.find((keys) => keys.length === 1)).toEqual(['focus']);
    expect(seen.at(-1)).toEqual(['focus', 'objection', 'say', 'ask', 'urgency', 'compliance']);
    expect(parser.end().sections).toEqual(parseCoaching(TEXT).sections);

    // Mid-line text of the section being written shows before its newline; a half-written tag does not leak.
    const mid = createCoachingParser();
    expect(mid.push('FOCUS: Confirm the tim')).toEqual({
      sections: { focus: 'Confirm the tim' },
      current: 'focus',
    });
    expect(mid.push('eline\nSA').sections).toEqual({ focus: 'Confirm the timeline' });
    expect(mid.push('Y: I hear')).toEqual({
      sections: { focus: 'Confirm the timeline', say: 'I hear' },
      current: 'say',
    });
    expect(mid.end().current).toBeUndefined();
  });

  it('parses a qualification analysis; reset takes a snapshot', () => {
    const parser = createCoachingParser('qualification');
    parser.push(
      'COMPLETENESS: 40%\nMISSING: size, timeline\nNEXT: How many bedrooms? | When?\nREADINESS: warming\n',
    );
    expect(parser.view.sections).toEqual({
      completeness: '40%',
      missing: 'size, timeline',
      next: 'How many bedrooms? | When?',
      readiness: 'warming',
    });
    expect(parser.reset('SUMMARY: again').sections).toEqual({ summary: 'again' });
  });
});
