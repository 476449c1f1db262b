/** A warning against more contact ("one more text and i report this number"): an opt-out however it is worded. */
import {
  AGAIN_WORDS,
  CHANNEL_STEMS,
  CLITICS_ES,
  CONSEQUENCE_WORDS,
  CONTACT_STEMS_ES,
  KEEP_WORDS,
  STRONG_CONSEQUENCES,
  THREAT_HOURS,
  THREAT_OBJECTS,
} from '../lexicon/optout.js';
import { wordsIn } from './keywords.js';

const CONSEQUENCE = new Set(CONSEQUENCE_WORDS);
const STRONG = new Set(STRONG_CONSEQUENCES);
const AIMED_AT = new Set(THREAT_OBJECTS);
const CLITIC = new Set(CLITICS_ES);
const AGAIN = new Set(AGAIN_WORDS);
const KEEP = new Set(KEEP_WORDS);
const HOURS = new Set(THREAT_HOURS);
/** A clock time: "6am", "6", "5:30". */
const CLOCK = /^\d{1,2}(?:\d\d)?(?:am|pm)?$/;
export const CONTACT_WORD = new RegExp(
  `^(${[...Object.values(CHANNEL_STEMS).flat(), ...CONTACT_STEMS_ES, 'contact', 'spam', 'bother', 'harass'].join('|')})`,
);

const COMPLAINT = /^(complaint|report|queja)$/;
const REPORT_THEM = /^(reportar|bloquear|demandar|denunciar)(los|las|te|les|lo)$/;
const GET_OR_BE = /^(get|getting|be|being)$/;
const ONE_OR_ANY = /^(one|any)$/;
const KEEP_ON = /^(keep|continue)$/;

/**
 * A warning against more contact, read on the words of a sentence: a consequence aimed at us ("i'll report you",
 * "block this number", "los demando", "calling my lawyer"), more contact ("again", "one more", "if you keep", "si
 * siguen") and a word of contact. "keep texting me, i'll report to my wife" and "i'm filing my taxes, keep the
 * texts coming" threaten no one.
 */
export function warnsOff(sentence: string): boolean {
  const said = wordsIn(sentence);
  const near = (at: number, set: Set<string>, span: number): boolean =>
    said.slice(Math.max(0, at - span), at).some((word) => set.has(word));
  const threat = said.some(
    (word, at) =>
      STRONG.has(word) ||
      (CONSEQUENCE.has(word) &&
        (AIMED_AT.has(said[at + 1] ?? '') || near(at, CLITIC, 3) || COMPLAINT.test(said[at + 2] ?? ''))) ||
      REPORT_THEM.test(word) ||
      (word === 'reported' && GET_OR_BE.test(said[at - 1] ?? '')),
  );
  const more = said.some(
    (word, at) =>
      AGAIN.has(word) ||
      (word === 'more' && ONE_OR_ANY.test(said[at - 1] ?? '')) ||
      (KEEP.has(word) &&
        said.slice(Math.max(0, at - 5), at).some((before) => before === 'if' || before === 'si')) ||
      (KEEP_ON.test(word) && said.slice(at + 1).some((after) => after === 'and' || after === 'y')),
  );
  // The contact narrowed to an hour within four words: "if you keep texting me at 6am i'll block you".
  const atAnHour = (at: number): boolean =>
    said
      .slice(at + 1, at + 5)
      .some(
        (word, i, after) => HOURS.has(word) || (CLOCK.test(word) && /^(at|by|las)$/.test(after[i - 1] ?? '')),
      );
  const contact = said.flatMap((word, at) => (CONTACT_WORD.test(word) ? [at] : []));
  return threat && more && contact.length > 0 && !contact.every(atAnHour);
}
