/** Carrier keywords and what may stand beside them (docs/BOTS.md section 4): "STOP", "stopp please", "para, en serio". */
import { phraseBook, tokenise } from '../read/phrases.js';
import {
  DONE_REASON_PHRASES,
  EMPHASIS_WORDS,
  KEYWORD_COMPANIONS,
  KEYWORDS,
  NEAR_KEYWORD_WORDS,
  POLITE_WORDS,
  SPANISH_KEYWORDS,
} from '../lexicon/optout.js';
import type { Lang } from '../text.js';
import { anyOf } from './words.js';

const KEYWORD_SET = new Set(KEYWORDS);
const NEAR_KEYWORD = new Set(NEAR_KEYWORD_WORDS);
const COMPANION = new Set(KEYWORD_COMPANIONS);
const POLITE = new Set(POLITE_WORDS);

/** Levenshtein distance up to `limit` (small words only). */
function within(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const row: number[] = [];
  for (let j = 0; j <= b.length; j += 1) row.push(j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0]!;
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j += 1) {
      const next = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return false;
  }
  return row[b.length]! <= limit;
}

const STOPP = /^sto+p+$/;
/** A carrier keyword, one typo allowed from five letters on (same first letter, never a real near word). */
export function isKeyword(word: string): boolean {
  if (KEYWORD_SET.has(word) || STOPP.test(word)) return true;
  if (NEAR_KEYWORD.has(word)) return false;
  return KEYWORDS.some(
    (keyword) =>
      keyword.length >= 5 &&
      word.length >= 4 &&
      word[0] === keyword[0] &&
      within(word, keyword, keyword.length >= 8 ? 2 : 1),
  );
}

const WORD = /[a-z0-9']+/g;
export const wordsIn = (text: string): string[] => text.match(WORD) ?? [];

const SPANISH_KEYWORD = new Set(SPANISH_KEYWORDS);
/**
 * The language of a stop said with keywords alone (folded text): Spanish when every keyword said is a Spanish one
 * ("ALTO", "ya basta porfa"), else none (the conversation's language answers it; "STOP" is every carrier's).
 */
export function keywordLanguage(text: string): Lang | undefined {
  if (!bareKeyword(text)) return undefined;
  const said = wordsIn(text).filter(isKeyword);
  return said.every((word) => SPANISH_KEYWORD.has(word)) ? 'es' : undefined;
}

/** Only keywords and their companions ("STOP ALL", "stop please", "ya basta"); an amount is not one ("hasta 650"). */
export function bareKeyword(text: string): boolean {
  const said = wordsIn(text);
  if (said.length === 0 || said.length > 6) return false;
  return said.some(isKeyword) && said.every((word) => isKeyword(word) || COMPANION.has(word));
}

const DONE_REASON = phraseBook(
  DONE_REASON_PHRASES.map((words) => ({ cue: 'done' as const, words, always: true })),
);
/** Why the lead is done, opening the text ("ya compramos", "we already bought", "this is spam"). */
export function doneReason(text: string): boolean {
  const first = text.charAt(0);
  if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))) return false;
  return DONE_REASON.hear(tokenise(text)).some((hit) => hit.start === 0);
}
export const EMPHASIS = new RegExp(`^((${anyOf(EMPHASIS_WORDS)})( |$))+$`);

/** A keyword, then politeness and a reason ("STOP pls we already bought"), or an insistence ("STOP i mean it"). */
export function keywordAndMore(text: string, sentence: boolean): boolean {
  const said = wordsIn(text);
  if (!said[0] || !isKeyword(said[0])) return false;
  let next = 1;
  while (next < said.length && POLITE.has(said[next]!)) next += 1;
  if (next < said.length && doneReason(said.slice(next).join(' '))) return true;
  // A clause of its own may insist too when its keyword can only be one ("ok, stop for real"; "para" is also "for").
  if ((!sentence && said[0] !== 'stop') || text.includes('?')) return false;
  const rest = said
    .slice(1)
    .filter((word) => !isKeyword(word))
    .join(' ');
  // "para ya", "para ahorita" answer "when?" ("para" is also "for").
  if (said[0] === 'para' && /^(ya|ahora|ahorita|now|right now)$/.test(rest)) return false;
  return rest !== '' && EMPHASIS.test(rest);
}
