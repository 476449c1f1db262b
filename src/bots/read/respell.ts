import { REGIONAL_SPELLINGS } from '../lexicon/spellings.js';

/** Each key as a whole word, in any case: "Queremo" and "queremo" alike. */
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${Object.keys(REGIONAL_SPELLINGS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * The lead's message with regional spellings written the usual way (lexicon/spellings.ts), read by every reader of the
 * step in place of the message (the transcript keeps what the lead wrote). A message with none is returned as is.
 */
export function respell(text: string): string {
  return text.replace(SPELLED, (word) => {
    const usual = REGIONAL_SPELLINGS[word.toLowerCase()];
    if (usual === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? usual[0]!.toUpperCase() + usual.slice(1) : usual;
  });
}
