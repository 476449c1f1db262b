import { phraseBook, type Phrase, type PhraseHit, type Tokens } from './phrases.js';

/**
 * A phrase table split by cue, each part compiled once: asking for one cue reads only its own phrases (a reader
 * that asks for many cues one at a time, as the lead's question does, does not scan the whole table each time).
 */
export function cueBooks<C extends string>(
  phrases: readonly Phrase<C>[],
): (text: Tokens, ...cues: C[]) => PhraseHit<C> | undefined {
  const books = new Map(
    [...new Set(phrases.map((phrase) => phrase.cue))].map((cue) => [
      cue,
      phraseBook(phrases.filter((phrase) => phrase.cue === cue)),
    ]),
  );
  return (text, ...cues) => {
    for (const cue of cues) {
      const hit = books.get(cue)?.find(text);
      if (hit) return hit;
    }
    return undefined;
  };
}
