import { anyOf } from '../read/words.js';

export { anyOf };
/** A lexicon list as one non-capturing alternation. */
export const words = (list: readonly string[]): string => `(?:${anyOf(list)})`;
