/**
 * Compiles a lexicon list (src/bots/lexicon/) into one alternation, longest phrase first, regex characters escaped
 * and any run of spaces matching any space. The lists stay plain words; the patterns are built here, once.
 */
export function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '\\s+'))
    .join('|');
}

/** `anyOf` as whole words: not inside a longer word ("make" is not in "makeover"; "/yr" may follow "150k"). */
export function wordsOf(words: readonly string[]): string {
  const glued = words.filter((word) => !/^[a-z\d]/.test(word));
  // `\\b` first, not a lookbehind: V8 scans an alternation behind a lookbehind about ten times slower.
  const start = `\\b(?:${anyOf(words.filter((word) => /^[a-z\d]/.test(word)))})`;
  return `(?:${glued.length > 0 ? `${start}|${anyOf(glued)}` : start})(?![a-z\\d])`;
}

/** Whether one character is a letter, of any alphabet and either case ("a", "ñ", "É"). */
export const isLetter = (char: string | undefined): boolean =>
  char !== undefined && char.toLowerCase() !== char.toUpperCase();

/** Whether one character is a letter of folded text (`fold` lowercases and takes the accents off): a to z. */
export const isFoldedLetter = (char: string | undefined): boolean =>
  char !== undefined && char >= 'a' && char <= 'z';

/** Whether one character is an ASCII digit. */
export const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/** Whether a word is only ASCII digits (at least one). */
export const isDigits = (word: string | undefined): boolean =>
  word !== undefined && word.length > 0 && [...word].every(isDigit);

/** The first unit of an emoji: the surrogates of the pictograph planes, the dingbats and the other symbols. */
export const isEmojiStart = (code: number): boolean =>
  (code >= 0xd83c && code <= 0xd83e) || (code >= 0x2600 && code <= 0x27bf);

/** Where the emojis of a text start: each ends its clause as a mark does ("with 3 kids 😩 we need 4"). */
export function emojiOffsets(text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at += 1) if (isEmojiStart(text.charCodeAt(at))) found.push(at);
  return found;
}

/**
 * The text with `[from, to)` turned to spaces: the same length, so every offset read on it still points where it did
 * (how a reader takes words out of the way of the next one: an address before the amounts, a phone before the counts).
 */
export const blankRange = (text: string, from: number, to: number): string =>
  text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

/** As many spaces as `match` has characters: `blankRange` as a `String.replace` callback. */
export const blanked = (match: string): string => ' '.repeat(match.length);
