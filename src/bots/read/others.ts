import { FIRST_PERSON } from '../lexicon/escalation.js';
import {
  CLAUSE_OPENERS,
  HOUSEHOLD_SPEAKERS,
  OWN_VOICE,
  OWNERS,
  PERSON_ADJECTIVES,
  REPORT_VERBS,
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
const SPEAKER: ReadonlySet<string> = new Set([...THIRD_PARTIES, ...HOUSEHOLD_SPEAKERS]);
const REPORT: ReadonlySet<string> = new Set(REPORT_VERBS);
const VOICE: ReadonlySet<string> = new Set(OWN_VOICE);

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

/**
 * Whether a clause (folded words) reports what someone says or wants: a person of the household, another person or an
 * estimate's source, then a saying or wanting within two words ("my son says we should ask 750", "mi suegra dice que
 * esperemos", "mis hermanos want 800", "900 is what zillow says").
 */
function reported(words: readonly string[]): boolean {
  for (let at = 0; at < words.length; at += 1) {
    if (!SPEAKER.has(words[at]!)) continue;
    if (words.slice(at + 1, at + 3).some((word) => REPORT.has(word))) return true;
  }
  return false;
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
  return blanked(text, (words) => aboutSomeoneElse(words)).text;
}

/**
 * The lead's own voice, when the message also reports what someone else says or wants: the own part without the
 * reported clauses ("mis hermanos want 800 pero yo digo 720" is "yo digo 720"), provided a clause in the lead's own
 * voice is left; otherwise undefined (then "my wife says 550 is the most" speaks for the household).
 */
export function ownVoice(text: string): string | undefined {
  // Most messages report no one: one scan of the words before any clause is cut.
  const said = fold(text).match(/[a-z]+/g) ?? [];
  if (!said.some((word) => REPORT.has(word))) return undefined;
  const { text: voice, kept } = blanked(text, (words) => aboutSomeoneElse(words) || reported(words));
  return voice !== text && kept.some((words) => words.some((word) => VOICE.has(word))) ? voice : undefined;
}

function blanked(
  text: string,
  blank: (words: readonly string[]) => boolean,
): { text: string; kept: (readonly string[])[] } {
  let own: string | undefined;
  const kept: (readonly string[])[] = [];
  let start = 0;
  for (const end of [...Array.from(text.matchAll(CLAUSE_END), (match) => match.index), text.length]) {
    const clause = text.slice(start, end);
    const words = fold(clause).match(/[a-z0-9]+(?:-[a-z]+)?/g) ?? [];
    if (blank(words)) {
      own = (own ?? text).slice(0, start) + ' '.repeat(end - start) + (own ?? text).slice(end);
    } else kept.push(words);
    start = end + 1;
  }
  return { text: own ?? text, kept };
}
