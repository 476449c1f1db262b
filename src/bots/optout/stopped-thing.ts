/**
 * "they taped a notice of trustee sale on my door... can you stop that??": a stop said of a pronoun ("that", "it",
 * "eso", "pararlo") whose nearest thing named before it in the message is not us or our messages (a sale, a notice,
 * an auction, a neighbour's dog) asks for that thing to be stopped, not our messages. With nothing named before it,
 * or with our messages or contact named after the thing ("... and these texts, stop that"), it stays a stop. So does a
 * thing named after it with "with" ("quit it with the canned questions"; not "stop it with the texts").
 */
import {
  ABOUT_US_OR_CONTACT,
  PRONOUN_STOPS,
  STOP_OF_A_PRONOUN,
  PRONOUNS_STOPPED,
  STOP_ASKED_OF,
  THINGS_STOPPED,
} from '../lexicon/optout.js';
import type { Located } from '../read/phrase-offsets.js';

const STOP_VERB: ReadonlySet<string> = new Set(STOP_OF_A_PRONOUN);
const PRONOUN: ReadonlySet<string> = new Set(PRONOUNS_STOPPED);
const WITH_ITS_PRONOUN: ReadonlySet<string> = new Set(PRONOUN_STOPS);
const THING: ReadonlySet<string> = new Set(THINGS_STOPPED);
// (whom the stop is asked of is no thing between: "can you stop that", "could u stop it")
const ASKED_OF: ReadonlySet<string> = new Set(STOP_ASKED_OF);
const WITH: ReadonlySet<string> = new Set(['with', 'con']);
const US_OR_CONTACT: ReadonlySet<string> = new Set(ABOUT_US_OR_CONTACT.filter((word) => !ASKED_OF.has(word)));

/** The spans (from the stop to its clause's end) of every stop of a thing named before it in the message. */
export function stopsOfAThingNamed(located: Located): { start: number; end: number }[] {
  const { tokens } = located;
  const spans: { start: number; end: number }[] = [];
  tokens.forEach((token, index) => {
    const ofAPronoun =
      WITH_ITS_PRONOUN.has(token.word) ||
      (STOP_VERB.has(token.word) && PRONOUN.has(tokens[index + 1]?.word ?? ''));
    if (!ofAPronoun) return;
    // the thing named right after it with "with" ("quit it with the canned questions"), not us or our messages ("stop
    // it with the texts")
    const pronoun = WITH_ITS_PRONOUN.has(token.word) ? index : index + 1;
    if (WITH.has(tokens[pronoun + 1]?.word ?? '')) {
      const named = tokens
        .slice(pronoun + 2)
        .filter((later) => later.clause === token.clause)
        .map((later) => later.word);
      if (named.length > 0 && !named.some((word) => US_OR_CONTACT.has(word)))
        spans.push({ start: located.at[index]!, end: located.end[pronoun + 1 + named.length]! });
      return;
    }
    // the nearest thing named before the stop, with no word of us or of contact between it and the stop
    for (let at = index - 1; at >= 0; at--) {
      const word = tokens[at]!.word;
      if (US_OR_CONTACT.has(word)) return;
      if (THING.has(word)) break;
      if (at === 0) return;
    }
    if (index === 0) return;
    let last = index;
    while (last + 1 < tokens.length && tokens[last + 1]!.clause === token.clause) last += 1;
    spans.push({ start: located.at[index]!, end: located.end[last]! });
  });
  return spans;
}
