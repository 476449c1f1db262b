import { describe, expect, it } from 'vitest';
import {
  closeToSuggestion,
  MAX_SIMILARITY_CHARS,
  textSimilarity,
  USED_SIMILARITY_THRESHOLD,
  wordSet,
} from '../../../src/coaching/similarity.js';

const SAY =
  'Of course! Saturday at 10 works. I will confirm the time with the listing agent and send you the details.';

describe('textSimilarity (Dice of normalised word sets)', () => {
  it('is 1 for the same text, whatever the case, accents and punctuation', () => {
    expect(textSimilarity(SAY, SAY)).toBe(1);
    expect(textSimilarity('¡Claro! El sábado a las 10.', 'claro el SABADO a las 10')).toBe(1);
  });

  it('is 0 when nothing is shared or a text has no words', () => {
    expect(textSimilarity('Hello there', 'Buenos días')).toBe(0);
    expect(textSimilarity('', SAY)).toBe(0);
    expect(textSimilarity('?!', SAY)).toBe(0);
  });

  it('computes 2·shared / (|A| + |B|) over distinct words', () => {
    // {a, b, c} and {b, c, d}: 2·2 / 6.
    expect(textSimilarity('a b c', 'b c d')).toBeCloseTo(4 / 6, 10);
    // Repeats count once: {yes} and {yes, sure}.
    expect(textSimilarity('yes yes yes', 'yes sure')).toBeCloseTo(2 / 3, 10);
  });

  it('is symmetric', () => {
    const sent = 'Saturday at 10 works, I will send you the details';
    expect(textSimilarity(sent, SAY)).toBe(textSimilarity(SAY, sent));
  });
});

describe('closeToSuggestion', () => {
  it('counts a lightly edited SAY line as used', () => {
    const edited =
      'Of course, Maria! Saturday at 10 works. I will confirm the time with the listing agent and text you the details.';
    expect(textSimilarity(edited, SAY)).toBeGreaterThanOrEqual(USED_SIMILARITY_THRESHOLD);
    expect(closeToSuggestion(edited, SAY)).toBe(true);
  });

  it('does not count a different message on the same topic', () => {
    const own = 'Saturday is booked for me, could Sunday afternoon work instead?';
    expect(closeToSuggestion(own, SAY)).toBe(false);
  });

  it('does not count a short acknowledgement that shares a word or two', () => {
    expect(closeToSuggestion('Of course!', SAY)).toBe(false);
  });
});

describe('cost', () => {
  it('reads at most MAX_SIMILARITY_CHARS of each text', () => {
    const long = `${'palabra '.repeat(MAX_SIMILARITY_CHARS)}final`;
    expect(wordSet(long).has('final')).toBe(false);
  });

  it('compares two long texts in linear time', () => {
    const a = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 5_000 }, (_, i) => `w${i + 1}`).join(' ');
    const started = performance.now();
    for (let i = 0; i < 200; i++) textSimilarity(a, b);
    // 200 comparisons of two 2,000-character texts: well under 5 ms each (about 0.1 ms on this machine).
    expect((performance.now() - started) / 200).toBeLessThan(5);
  });
});
