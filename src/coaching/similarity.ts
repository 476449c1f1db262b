/**
 * How close an agent's sent message is to the coaching card's SAY line, to count a suggestion as used without the
 * "Use as reply" click (docs/CLAUDE.md "Was it used?"). Both texts are staff-side: the coach's line and the
 * agent's message; no lead text is read here.
 *
 * The measure is the Dice coefficient of the two texts' word sets, 2·|A∩B| / (|A| + |B|), after normalising
 * (lower case, accents removed, only letters and digits kept as words). It is linear in the texts' length (one
 * set each, one pass), and each text is cut at MAX_SIMILARITY_CHARS first, so a very long message costs no more
 * than that.
 */

/** A sent message at or above this similarity to the last SAY line counts as that suggestion used. */
export const USED_SIMILARITY_THRESHOLD = 0.6;
/** Characters of each text compared (a SAY line is one or two sentences; a long message's tail is ignored). */
export const MAX_SIMILARITY_CHARS = 2_000;

/** The text's distinct words: lower case, accents removed, runs of letters and digits. */
export function wordSet(text: string): Set<string> {
  const normal = text
    .slice(0, MAX_SIMILARITY_CHARS)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return new Set(normal.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Dice similarity of the two texts' word sets, 0 (nothing shared, or an empty text) to 1 (the same words). */
export function textSimilarity(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (left.size === 0 || right.size === 0) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** True when `sent` is close enough to the suggestion to count as using it. */
export function closeToSuggestion(sent: string, suggestion: string): boolean {
  return textSimilarity(sent, suggestion) >= USED_SIMILARITY_THRESHOLD;
}
