import { QUALITY_PHRASES, type QualityCue } from './lexicon/quality.js';
import { cueBooks } from './read/cue-books.js';
import { asRead, type Readable, type ReadText } from './read/read-text.js';
import { countWords } from './text.js';

const heardIn = cueBooks(QUALITY_PHRASES);
/** The text is its words one space apart, after them only these marks and spaces ("hello!", not "hello?"). */
function onlyWords(read: ReadText, marks: string): boolean {
  const { folded, located } = read;
  const last = located.end[located.end.length - 1];
  if (last === undefined) return false;
  const words = folded.slice(located.at[0], last);
  const isSpace = (char: string) => char.trim() === '';
  return (
    [...folded.slice(0, located.at[0])].every(isSpace) &&
    [...words].every((char) => char === ' ' || (char >= 'a' && char <= 'z')) &&
    !words.includes('  ') &&
    [...folded.slice(last)].every((char) => isSpace(char) || marks.includes(char))
  );
}
/** "???", "...": marks and nothing else. */
function onlyMarks(folded: string): boolean {
  const text = folded.trim();
  return (
    (text[0] === '?' || text[0] === '.') &&
    [...text].every((char) => char.trim() === '' || '.!?'.includes(char))
  );
}
/** The text opens with a word ("¿sí ...?" opens with a question mark: no definite answer). */
function opensWithAWord(folded: string): boolean {
  const first = folded.trimStart()[0] ?? '';
  return (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') || first === '_';
}

/**
 * Answer quality, 0 to 1 (DOMAIN.md section 3): definite yes/no, amounts and durations score high; hedges
 * ("maybe", "not sure", "idk", "we'll see") score low. `filled` says the message filled at least one slot.
 */
export function answerQuality(text: Readable, filled: boolean): number {
  const read = asRead(text);
  const { folded } = read;
  const heard = (cue: QualityCue) => heardIn(read, cue) !== undefined;
  const hedged = heard('hedge');
  if (folded.trim() === '') return 0;
  if (heard('greeting') && onlyWords(read, '.!,')) return 0.5;
  if ((heard('filler') && onlyWords(read, '.!?')) || onlyMarks(folded)) return 0.2;
  // "maybe 590 since ours needs work", "not sure, maybe 6 months": a hedged figure still answers.
  if (hedged) return filled ? (heard('fact') ? 0.6 : 0.4) : 0.2;
  if (filled) return heard('fact') ? 0.95 : 0.85;
  if (opensWithAWord(folded) && heard('definite')) return 0.8;
  if (heard('fact')) return 0.7;
  const words = countWords(folded);
  if (words >= 6) return 0.6;
  if (words >= 3) return 0.5;
  return 0.3;
}

/** Below this an answer is low quality (the vague streak counts it). */
export const LOW_QUALITY = 0.5;

export function isLowQuality(quality: number): boolean {
  return quality < LOW_QUALITY;
}
