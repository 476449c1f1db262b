import { FIRST_PERSON } from '../lexicon/escalation.js';
import {
  CLAUSE_OPENERS,
  OWNERS,
  PERSON_ADJECTIVES,
  THIRD_PARTIES,
  TURNING_WORDS,
} from '../lexicon/people.js';
import { wordsOf } from './words.js';
import { fold } from '../text.js';

const OPENER: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
const OWNER: ReadonlySet<string> = new Set(OWNERS);
const ADJECTIVE: ReadonlySet<string> = new Set(PERSON_ADJECTIVES);
const PERSON: ReadonlySet<string> = new Set(THIRD_PARTIES);
const SELF: ReadonlySet<string> = new Set(FIRST_PERSON);

/**
 * Clause ends: . ; ! ? and a new line, a comma or a point not inside a number ("2,800", "1.5M"), and the space before
 * a word that turns to someone else ("my friend is pre-approved but we aren't", "... lol we aren't yet").
 */
const CLAUSE_END = new RegExp(`[;!?\\n]+|[.,](?!\\d)|\\s(?=${wordsOf(TURNING_WORDS)})`, 'g');

/**
 * Whether a clause (folded words) is about someone else: it opens with another person as its subject ("my sister has
 * a pre-approval", "neighbors listed at 950", "mi suegra ya tiene su pre aprobación", "my parents moved to temecula last year") and says
 * nothing of the lead after it (no "we", "us", "i", "nosotros", no Spanish verb of ours: "my parents will live with
 * us", "mi hermana y yo buscamos").
 */
function aboutSomeoneElse(words: readonly string[]): boolean {
  let at = 0;
  while (at < words.length && OPENER.has(words[at]!)) at += 1;
  // "my sister", "la vecina"; a plural needs no owner ("neighbors listed at 950", "vecinos vendieron en 700").
  const owned = OWNER.has(words[at] ?? '');
  if (owned) at += 1;
  else if (!PERSON.has(words[at] ?? '') || !(words[at] ?? '').endsWith('s')) return false;
  while (at < words.length && ADJECTIVE.has(words[at]!)) at += 1;
  if (!PERSON.has(words[at] ?? '')) return false;
  return !words.slice(at + 1).some((word) => SELF.has(word) || (word.length > 4 && /[aei]mos$/.test(word)));
}

/** Whether any word of a text names another person: when none does, every clause is the lead's own. */
export function namesSomeoneElse(words: ReadonlySet<string>): boolean {
  for (const word of words) if (PERSON.has(word)) return true;
  return false;
}

/**
 * The lead's own part of a message: the text with every clause about someone else blanked out (its characters
 * replaced by spaces, so offsets and clause marks stay). The message itself when no clause is.
 */
export function ownPart(text: string): string {
  let own: string | undefined;
  let start = 0;
  for (const end of [...Array.from(text.matchAll(CLAUSE_END), (match) => match.index), text.length]) {
    const clause = text.slice(start, end);
    const words = fold(clause).match(/[a-z0-9]+(?:-[a-z]+)?/g) ?? [];
    if (aboutSomeoneElse(words)) {
      own = (own ?? text).slice(0, start) + ' '.repeat(end - start) + (own ?? text).slice(end);
    }
    start = end + 1;
  }
  return own ?? text;
}
