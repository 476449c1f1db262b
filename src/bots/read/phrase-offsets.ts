import { blankRange } from './words.js';
import { tokenise, type PhraseBook, type PhraseHit, type Token, type Tokens } from './phrases.js';

/**
 * The phrase grammar read on folded text by a reader that works on character offsets (motivation, condition): the
 * tokens of `tokenise`, each with the offset where its word starts in the folded text, and every place a book's
 * phrases match. The book's phrases are meant to be `always` (the caller weighs negation and questions itself).
 */

export interface Located {
  tokens: readonly Token[];
  /** Where each token's word starts in the folded text. */
  at: number[];
  /** Where each token's word ends (exclusive) in the folded text. */
  end: number[];
}

/** `tokenise(folded)` and, for each token, its offset in `folded` (apostrophes are dropped by tokenise). */
export function locate(folded: string): Located {
  return locateTokens(folded, tokenise(folded));
}

/** `locate` with the tokens of `folded` already made (read-text.ts). */
export function locateTokens(folded: string, tokens: readonly Token[]): Located {
  const at: number[] = [];
  const end: number[] = [];
  let from = 0;
  for (const token of tokens) {
    // The token's word in `folded`, skipping the apostrophes tokenise took out ("can't" is "cant").
    // (a word is spelled only where its first letter is, and written as it is there, apostrophes aside)
    let after = -1;
    const first = token.word.charCodeAt(0);
    for (; from < folded.length; from += 1) {
      if (folded.charCodeAt(from) !== first) continue;
      after = folded.startsWith(token.word, from)
        ? from + token.word.length
        : spelledAt(folded, from, token.word);
      if (after >= 0) break;
    }
    at.push(from);
    end.push(after);
    from = after;
  }
  return { tokens, at, end };
}

/** The first token that starts at or after `index` in the folded text (`tokens.length` when none does). */
export function tokenFrom({ tokens, at }: Located, index: number): number {
  let token = 0;
  while (token < tokens.length && at[token]! < index) token += 1;
  return token;
}

const APOSTROPHES = "'\u2019";

/** Where `word` ends when it is written at `from` (apostrophes inside it allowed), or -1. */
function spelledAt(folded: string, from: number, word: string): number {
  let index = from;
  for (const letter of word) {
    while (index > from && APOSTROPHES.includes(folded[index] ?? '') && folded[index] !== letter) index += 1;
    if (folded[index] !== letter) return -1;
    index += 1;
  }
  return index;
}

/** Every match of the book's phrases, each place (start and cue) once, in token order. */
export function everyHit<C extends string>(book: PhraseBook<C>, tokens: Tokens): readonly PhraseHit<C>[] {
  const hits = book.every(tokens);
  if (hits.length < 2) return hits;
  // A handful of hits: each kept unless one of the same place is kept already (no keys or map to make).
  const found: PhraseHit<C>[] = [];
  for (const hit of hits)
    if (!found.some((kept) => kept.start === hit.start && kept.cue === hit.cue)) found.push(hit);
  return found.sort((a, b) => a.start - b.start);
}

/** The first match of any of the book's phrases (the earliest start), or undefined: one pass over the book. */
export function firstHit<C extends string>(book: PhraseBook<C>, tokens: Tokens): PhraseHit<C> | undefined {
  let first: PhraseHit<C> | undefined;
  for (const hit of book.hear(tokens)) if (!first || hit.start < first.start) first = hit;
  return first;
}

/** The first match of each cue (its earliest start), from one pass over the book. */
export function firstHits<C extends string>(book: PhraseBook<C>, tokens: Tokens): Map<C, PhraseHit<C>> {
  const firsts = new Map<C, PhraseHit<C>>();
  for (const hit of book.hear(tokens)) {
    const first = firsts.get(hit.cue);
    if (!first || hit.start < first.start) firsts.set(hit.cue, hit);
  }
  return firsts;
}

/** Where a match starts in the folded text and the words it spans there, as a reader of offsets wants it. */
export interface Span {
  index: number;
  text: string;
}

/** The first match of the book's phrases in `folded` (located once by the caller when it asks several books). */
export function firstSpan<C extends string>(
  book: PhraseBook<C>,
  folded: string,
  located: Located = locate(folded),
): Span | undefined {
  const hit = firstHit(book, located.tokens);
  if (!hit) return undefined;
  const index = located.at[hit.start]!;
  return { index, text: folded.slice(index, located.end[hit.end - 1]) };
}

/**
 * The folded text with every match of the book blanked (`blankRange`), each from its first word to `reach(end)`: by
 * default the end of its own last word; a reader that drops the rest of the clause says so ("no sé si en la mañana o
 * en la tarde" picks nothing).
 */
export function blankHits<C extends string>(
  book: PhraseBook<C>,
  folded: string,
  reach: (end: number, text: string) => number = (end) => end,
): string {
  const located = locate(folded);
  let text = folded;
  for (const hit of everyHit(book, located.tokens)) {
    const from = located.at[hit.start]!;
    text = blankRange(text, from, Math.max(from, reach(located.end[hit.end - 1]!, text)));
  }
  return text;
}
