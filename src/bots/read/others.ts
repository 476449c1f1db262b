import { FIRST_PERSON } from '../lexicon/escalation.js';
import { HOME_NOUNS } from '../lexicon/seller.js';
import {
  CLAUSE_OPENERS,
  DISOWNING_WORDS,
  DISOWNED_THINGS,
  DOUBTING_WORDS,
  GIVEN_MEANS,
  AGREEING_WORDS,
  BEFORE_NOW_WORDS,
  HOME_REFERENTS,
  HOUSEHOLD_SPEAKERS,
  JOINING_WORDS,
  OWN_WITHOUT_SUBJECT,
  NEARBY_HOMES,
  OTHER_HOME_DETERMINERS,
  OWN_VOICE,
  OWNERS,
  PARENTS,
  LANDLORDS,
  HOME_TAKEN_BACK_WORDS,
  THIRD_PERSON_SUBJECTS,
  PERSON_ADJECTIVES,
  REPORT_VERBS,
  THIRD_PARTIES,
  TURNING_WORDS,
  HOME_NOW_PHRASES,
  HOME_ASKED_PHRASES,
  OWN_CONTRAST_PHRASES,
  OTHERS_OPENING,
  WISH_WORDS,
  BUYING_WORDS,
  THIRD_PERSON_WISH_WORDS,
  ACTING_FOR_WORDS,
  WRITES_FOR_PHRASES,
  NEIGHBOR_WORDS,
  TELLING_OPENERS,
} from '../lexicon/people.js';

import { locate } from './phrase-offsets.js';
import { phraseBook, tokenise } from './phrases.js';
import type { ReadText } from './read-text.js';
import { anyOf, blankRange, emojiOffsets, wordsOf } from './words.js';
import { fold, negatedBefore } from '../text.js';

const OPENER: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
const PARENT: ReadonlySet<string> = new Set(PARENTS);
const LANDLORD: ReadonlySet<string> = new Set(LANDLORDS);
const TAKEN_BACK: ReadonlySet<string> = new Set(HOME_TAKEN_BACK_WORDS);
/** He, she, they: a person named before ("el" is read only as "él" would be, so it is left out: "el precio"). */
const THIRD_PERSON: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECTS);
const OWNER: ReadonlySet<string> = new Set(OWNERS);
const ARTICLE: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);
const OF: ReadonlySet<string> = new Set(['of', 'de', 'del']);
const ADJECTIVE: ReadonlySet<string> = new Set(PERSON_ADJECTIVES);
const PERSON: ReadonlySet<string> = new Set(THIRD_PARTIES);
const SELF: ReadonlySet<string> = new Set(FIRST_PERSON);
const SPEAKER: ReadonlySet<string> = new Set([...THIRD_PARTIES, ...HOUSEHOLD_SPEAKERS]);
const THIRD_PARTY: ReadonlySet<string> = PERSON;
const REPORT: ReadonlySet<string> = new Set(REPORT_VERBS);
/**
 * Words that may say a clause is someone else's: the last word of each NEARBY_HOMES phrase ("door", "street",
 * "lado") and the first of each DISOWNING_WORDS phrase ("thats", "eso").
 */
const NEARBY: ReadonlySet<string> = new Set([
  ...NEARBY_HOMES.map((words) => words.split(' ').pop()!),
  ...DISOWNING_WORDS.map((words) => words.split(' ')[0]!),
]);
const APOSTROPHE_S = /\b([a-z]+) s\b/g;
/** A clause that says the one before it is someone else's: "thats her", "but thats them", "eso es de ella". */
const DISOWNING = new RegExp(
  `^(?:(?:${anyOf(CLAUSE_OPENERS)}) )?(?:${anyOf(DISOWNING_WORDS)})(?: (?:${anyOf(DISOWNED_THINGS)}))?(?: (?:lol|jaja|haha|tbh|honestly|anyway|not ours|not mine))*$`,
);
const VOICE: ReadonlySet<string> = new Set(OWN_VOICE);
const JOINING: ReadonlySet<string> = new Set(JOINING_WORDS);
const TOLD: ReadonlySet<string> = new Set(TELLING_OPENERS);
const OWN_UNSAID: ReadonlySet<string> = new Set(OWN_WITHOUT_SUBJECT);

/**
 * A clause joined to the one before it that names no subject of its own ("my brother lives in fontana and works in
 * ontario": "and works in ontario"): it says more of the same one.
 */
function continues(words: readonly string[]): boolean {
  // ...and one that opens with what the person said ("his buddy sold a 4 bed for 810k, said it took 2 weeks")
  if (TOLD.has(words[0] ?? '')) return !saysOfUs(words);
  if (!JOINING.has(words[0] ?? '')) return false;
  let at = 0;
  while (at < words.length && (JOINING.has(words[at]!) || OPENER.has(words[at]!))) at += 1;
  const subject = words[at] ?? '';
  return (
    !saysOfUs(words) &&
    !isPerson(subject) &&
    !OWNER.has(subject) &&
    !ARTICLE.has(subject) &&
    !OWN_UNSAID.has(subject)
  );
}

/**
 * Clause ends: . ; ! ? and a new line, a comma, a colon or a point not inside a number ("2,800", "1.5M"), and the space before
 * a word that turns to someone else ("my friend is pre-approved but we aren't", "... lol we aren't yet").
 */
const CLAUSE_END = new RegExp(
  `[;!?\\n]+|[.,:](?!\\d)|(?<!\\b(?:a|me|i|yo))\\s(?=${wordsOf(TURNING_WORDS)})`,
  'g',
);

/**
 * Whether a clause (folded words) is about someone else: it opens with another person as its subject ("my sister has
 * a pre-approval", "neighbors listed at 950", "mi suegra ya tiene su pre aprobación", "my parents moved to temecula
 * last year", "the last owner did a short sale") or another person's thing ("el lease de mi mamá ends in may") and says
 * nothing of the lead after it (no "we", "us", "i", "nosotros", no Spanish verb of ours: "my parents will live with
 * us", "mi hermana y yo buscamos").
 */
function aboutSomeoneElse(words: readonly string[], personNamedBefore: boolean, writesFor = false): boolean {
  let at = 0;
  while (at < words.length && OPENER.has(words[at]!)) at += 1;
  // ("the house next door to mine is selling": "mine" places the other home, it says nothing of the lead)
  if (
    ANOTHER_HOME.test(words.slice(at, at + 8).join(' ')) &&
    !saysOfUs(words.slice(at + 2).filter((word) => word !== 'mine' && word !== 'ours'))
  )
    return true;
  // Another person already named, as the clause's subject: "... mi cuñado nos recomendó, él compró en rialto". A wish
  // of people named nowhere before is that of the buyers the lead writes for ("they need 4 bedrooms, her mom lives
  // with them"), and so is all they say once the lead said it writes for them ("he gets back in about 6 weeks").
  if (
    THIRD_PERSON.has(words[at] ?? '') &&
    !saysOfUs(words.slice(at + 1)) &&
    (personNamedBefore ||
      !(writesFor || WISH.test(words.join(' ')) || words.some((word) => THEIR_WISH.has(word))))
  )
    return true;
  // ...or the other of them: "una de mis hermanas dice 600, la otra 650", "the other one says 700".
  if (theOtherOne(words.slice(at)) && !saysOfUs(words.slice(at + 2))) return true;
  // "la herencia de mi abuela alcanza para toda la casa": what the person left or gave is the lead's means.
  if (ARTICLE.has(words[at] ?? '') && GIVEN.has(words[at + 1] ?? '') && OF.has(words[at + 2] ?? ''))
    return false;
  // The person after a Spanish "a" ("a mi vecina le tomó 4 meses", "al vecino le dieron 700").
  if (words[at] === 'a' && OWNER.has(words[at + 1] ?? '')) at += 1;
  else if (words[at] === 'al' && isPerson(words[at + 1] ?? '')) return !saysOfUs(words.slice(at + 2));
  // Whose thing it is, said after it: "el lease de mi mamá", "la casa de mi suegra", "the house of my uncle".
  if (ARTICLE.has(words[at] ?? '') && OF.has(words[at + 2] ?? '') && OWNER.has(words[at + 3] ?? '')) at += 3;
  // "my sister", "la vecina"; a plural needs no owner ("neighbors listed at 950", "vecinos vendieron en 700").
  const owned = OWNER.has(words[at] ?? '');
  if (owned) at += 1;
  // ...and a parent needs none either ("mom wants to be near her church", "mama dice que 700").
  else if (!PERSON.has(words[at] ?? '') || !((words[at] ?? '').endsWith('s') || PARENT.has(words[at]!)))
    return false;
  while (at < words.length && ADJECTIVE.has(words[at]!)) at += 1;
  if (!isPerson(words[at] ?? '')) return false;
  // (the landlord wanting the lead's home back: "the landlord wants the unit back in six weeks" is the lead's move)
  if (LANDLORD.has(words[at]!) && words.slice(at + 1).some((word) => TAKEN_BACK.has(word))) return false;
  // "my grandma's inheritance covers the whole purchase": what the person left or gave is the lead's means.
  if (GIVEN.has(words[words[at + 1] === 's' ? at + 2 : at + 1] ?? '')) return false;
  return !saysOfUs(words.slice(at + 1));
}
const GIVEN: ReadonlySet<string> = new Set(GIVEN_MEANS);

const OTHER_ONE: ReadonlySet<string> = new Set(['otra', 'otro', 'other']);
/** "la otra 650", "el otro dice", "the other one says": another of the people just named, with a figure or a word. */
function theOtherOne(words: readonly string[]): boolean {
  // "una quiere 650", "one says 700": one of them
  if (ONE_OF_THEM.has(words[0] ?? '') && REPORT.has(words[1] ?? '')) return true;
  // "one of them wants to keep it", "uno de mis hermanos quiere quedársela"
  if (ONE_OF_THEM.has(words[0] ?? '') && OF.has(words[1] ?? '') && OF_WHOM.has(words[2] ?? '')) return true;
  return ARTICLE.has(words[0] ?? '') && OTHER_ONE.has(words[1] ?? '');
}
const ONE_OF_THEM: ReadonlySet<string> = new Set(['una', 'uno', 'one']);
const OF_WHOM: ReadonlySet<string> = new Set([
  'them',
  'my',
  'his',
  'her',
  'their',
  'ellos',
  'ellas',
  'mis',
  'sus',
]);

/** Another person, or another person's written without its apostrophe ("my sisters house", "sister's" as "sisters"). */
const isPerson = (word: string): boolean =>
  PERSON.has(word) || (word.endsWith('s') && PERSON.has(word.slice(0, -1)));

/** Words of the lead: "we", "us", "i", "nosotros", a Spanish verb of ours ("buscamos"). */
const saysOfUs = (words: readonly string[]): boolean =>
  words.some(
    (word, at) =>
      // "our mom's house", "mi hermana": a possessive of another person names that person, not the lead
      (SELF.has(word) && !(POSSESSIVE.has(word) && isPerson(words[at + 1] ?? ''))) || OUR_VERB.test(word),
  );
const POSSESSIVE: ReadonlySet<string> = new Set([
  'my',
  'our',
  'mi',
  'mis',
  'nuestra',
  'nuestro',
  'nuestras',
  'nuestros',
]);

const NEIGHBORS: ReadonlySet<string> = new Set(NEIGHBOR_WORDS);
/** The message speaks of another home nearby ("the house next door", "the neighbors place", "la casa de al lado"). */
export function namesAnotherHome(read: ReadText): boolean {
  for (const word of NEIGHBORS) if (read.words.has(word)) return true;
  return NEARBY_HOMES.some((place) => read.folded.includes(place));
}

/** Another home nearby as the clause's subject: "the one down the street", "the house next door", "la casa de al lado". */
const ANOTHER_HOME = new RegExp(
  `^(?:(?:${anyOf(OTHER_HOME_DETERMINERS)}) )?(?:${anyOf(HOME_REFERENTS)}) (?:${anyOf(NEARBY_HOMES)})\\b`,
);

/**
 * Whether a clause (folded words) reports what someone says or wants: a person of the household, another person or an
 * estimate's source, then a saying or wanting within two words ("my son says we should ask 750", "mi suegra dice que
 * esperemos", "mis hermanos want 800", "900 is what zillow says").
 */
function reported(words: readonly string[], speakers: ReadonlySet<string>): boolean {
  for (let at = 0; at < words.length; at += 1) {
    if (!speakers.has(words[at]!)) continue;
    if (words.slice(at + 1, at + 3).some((word) => REPORT.has(word))) return true;
  }
  return false;
}

/**
 * Whether any word of a text names another person, or may name another home nearby ("next door"): when none does,
 * every clause is the lead's own.
 */
export function namesSomeoneElse(words: ReadonlySet<string>): boolean {
  for (const word of words) if (isPerson(word) || NEARBY.has(word)) return true;
  return false;
}

/**
 * The lead's own part of a message: the text with every clause about someone else blanked out (its characters
 * replaced by spaces, so offsets and clause marks stay). The message itself when no clause is.
 */
/**
 * The text with every clause that `blank` marks blanked out (offsets kept), and a clause the next one disowns ("i told
 * my son to stay under 420, thats him not us"): the clause reader of `ownPart`, for other marks.
 */
export function withoutClauses(text: string, blank: (words: readonly string[]) => boolean): string {
  return blanked(text, (words) => blank(words)).text;
}

export function ownPart(text: string, { writesFor = false }: { writesFor?: boolean } = {}): string {
  return blanked(text, (words, personNamedBefore) => aboutSomeoneElse(words, personNamedBefore, writesFor))
    .text;
}

const OWN_CONTRAST = phraseBook(
  OWN_CONTRAST_PHRASES.map((words) => ({ cue: 'own' as const, words, always: true })),
);
const OTHERS_FIRST: ReadonlySet<string> = new Set(OTHERS_OPENING);
/**
 * The lead's own part when it turns from someone else to itself ("her lender says she's pre-qualified for 300. me,
 * nope, haven't called anybody"; "mi hermana ya tiene preaprobación. Yo ni he preguntado"): the text with the clauses
 * from the first that opens with someone else to the one that turns blanked. Otherwise the text.
 */
export function fromOwnContrast(text: string): string {
  const folded = fold(text);
  const { tokens, at } = locate(folded);
  const hit = OWN_CONTRAST.find(tokens);
  if (!hit) return text;
  const clause = tokens[hit.start]!.clause;
  const first = tokens.findIndex((token) => token.clause === clause);
  const othersAt = tokens.findIndex(
    (token, index) =>
      index < first &&
      (index === 0 || tokens[index - 1]!.clause !== token.clause) &&
      (OTHERS_FIRST.has(token.word) || isPerson(token.word) || isPerson(tokens[index + 1]?.word ?? '')),
  );
  if (othersAt < 0) return text;
  // (the lead's own clauses before the first about someone else stay: "yes, that window is doable. my cousin is an
  // attorney, he'll look over the contract for us")
  const from = rawIndex(text, folded, at[othersAt] ?? 0);
  const to = rawIndex(text, folded, at[first] ?? 0);
  // (a clause between them that speaks of the lead stays: "mi tía no tuvo hijos y la casa me la heredó a mí. yo ya
  // tengo la mía")
  const between = blanked(text.slice(from, to), (words) => !saysOfUs(words)).text;
  return text.slice(0, from) + between + text.slice(to);
}

/**
 * Where a place in the folded text falls in the text as written: folding rewrites a few marks ("…" is "..."), so the
 * two can differ in length. Folding a longer start never gives a shorter text: a binary search.
 */
function rawIndex(text: string, folded: string, index: number): number {
  if (folded.length === text.length) return index;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fold(text.slice(0, middle)).length < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

const WRITES_FOR = phraseBook(WRITES_FOR_PHRASES.map((words) => ({ cue: 'for' as const, words })));
/**
 * The lead says it writes for someone else ("I'm helping my parents look", "mi hermano me pidió que le ayude a buscar
 * casa"): remembered for the conversation (`JorgeState.writesFor`), so what "he", "she" or "they" say or want later
 * is that buyer's or seller's.
 */
export const writesForSomeone = (text: string): boolean =>
  WRITES_FOR.find(tokenise(fold(text))) !== undefined;

/**
 * The lead's own voice, when the message also reports what someone else says or wants: the own part without the
 * reported clauses ("mis hermanos want 800 pero yo digo 720" is "yo digo 720"), provided a clause in the lead's own
 * voice is left; otherwise undefined (then "my wife says 550 is the most" speaks for the household). `household`
 * false: only what someone outside the household says is set aside ("my mom wants 5 bedrooms, we need 4"; "she says
 * 2 bedrooms is fine, 3 if we can" is the household's).
 */
export function ownVoice(
  text: string,
  { household = true }: { household?: boolean } = {},
): string | undefined {
  // Most messages report no one: one scan of the words before any clause is cut.
  const folded = fold(text);
  const said = folded.match(/[a-z]+/g) ?? [];
  if (!said.some((word) => REPORT.has(word))) return undefined;
  // "my husband thinks 800, i was thinking 750 but he's probably right": the lead gives in; "i don't think he's
  // right", "no tiene razón", "idk if she's right": the lead does not, and its own figure is the one said.
  const agreeing = AGREEING.exec(folded);
  const disagrees =
    agreeing !== null &&
    (negatedBefore(folded, agreeing.index, 4) ||
      DOUBTING.test(folded.slice(Math.max(0, agreeing.index - 16), agreeing.index)));
  if (agreeing && !disagrees) return undefined;
  const { text: voice, kept } = blanked(
    text,
    (words, personNamedBefore) =>
      aboutSomeoneElse(words, personNamedBefore) ||
      (reported(words, household ? SPEAKER : THIRD_PARTY) && !lenderNow(words)),
  );
  // A clause in the lead's own voice now: "i'd be fine with 700", "queremos quedarnos en 600"; not a figure it had
  // before ("i wanted 700 at first but my wife says 650 is the max now").
  const ownNow = (words: readonly string[]) =>
    words.some((word) => VOICE.has(word) || OUR_VERB.test(word)) && !BEFORE_NOW.test(words.join(' '));
  if (voice !== text && (disagrees || kept.some(ownNow))) return voice;
  // "mi tío dice 450 pero abuelo says he'd take 430k": only others reported, the one after the last contrast has the
  // last word.
  if (kept.length === 0) {
    const contrasted = afterLastContrast(text);
    if (contrasted !== undefined) return contrasted;
  }
  // "i was at 700 last week but my wife says 650 is the max now": the lead's own figure is one it had before, and
  // what the household says now stands.
  const now = blanked(text, (words) => BEFORE_NOW.test(words.join(' '))).text;
  return voice !== text && now !== text ? now : undefined;
}

/**
 * The message without the clauses that describe the home the lead has now ("we currently live in a 3 bed in rialto but
 * need 4", "rn i pay 1900 for a 1 bed in upland"), or a home sold before, or what the listing's photos show, and
 * without its questions about the home on the page: their size and place are not the home the lead looks for. A
 * clause that says a wish too ("we rent in upland and want to stay") is kept.
 */
export function withoutHomeNow(text: string): string {
  const asked = withoutListingQuestions(text);
  // Most messages say nothing of a home now: one scan of the whole text before any clause is cut.
  if (HOME_NOW.find(tokenise(fold(asked))) === undefined) return asked;
  // ("comprar pues, un depa de 2 cuartos": a short clause of buying or wishing names what the next one describes)
  let wishedBefore = false;
  return blanked(asked, (words) => {
    const now = !wishedBefore && describesHomeNow(words);
    wishedBefore = words.length <= 3 && words.some((word) => WISHED_BEFORE.has(word));
    return now;
  }).text;
}
const WISHED_BEFORE: ReadonlySet<string> = new Set([...WISH_WORDS, ...BUYING_WORDS]);

const ASKED_OF_THE_HOME = phraseBook(
  HOME_ASKED_PHRASES.map((words) => ({ cue: 'asked' as const, words, opening: true, always: true })),
);
/**
 * The text without its questions about the home on the page ("solo tiene 1 baño?", "does it have 4 bedrooms?"): what
 * the home has is no count the lead wants ("do you have anything with 4 bedrooms?" is kept: it asks for one).
 */
function withoutListingQuestions(text: string): string {
  let result = text;
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char !== '?' && char !== '.' && char !== '!' && char !== '\n') continue;
    // (a question's last clause: "oh wait, solo tiene 1 baño?")
    const clause = text.slice(Math.max(start, text.lastIndexOf(',', at) + 1), at);
    if (char === '?' && ASKED_OF_THE_HOME.find(tokenise(fold(clause).trim())) !== undefined)
      result = blankRange(result, start, at + 1);
    start = at + 1;
  }
  return result;
}

// (a room wanted named by its home, "my home office", "a home gym", is no home now)
const HOME_NOW = phraseBook(
  HOME_NOW_PHRASES.map((words) => ({
    cue: 'now' as const,
    words,
    always: true,
    notFollowedBy: 'office|offices|gym|theater|theatre|studio',
  })),
);
const WISH = new RegExp(wordsOf(WISH_WORDS));
const THEIR_WISH: ReadonlySet<string> = new Set(THIRD_PERSON_WISH_WORDS);
const ACTING_FOR: ReadonlySet<string> = new Set(ACTING_FOR_WORDS);
function describesHomeNow(words: readonly string[]): boolean {
  const said = words.join(' ');
  if (WISH.test(said)) return false;
  const tokens = tokenise(said);
  const hit = HOME_NOW.find(tokens);
  // (not a place wanted, then where the lead lives said of it: "por Eastvale o Jurupa Valley donde vivo yo")
  if (hit === undefined) return false;
  // ("where I live", "donde yo vivo": its subject may come between)
  let where = hit.start - 1;
  if (SUBJECTS.has(tokens[where]?.word ?? '')) where -= 1;
  // (not said of a home: "en la casa donde rentamos hay 2 cuartos")
  return !(
    where > 0 &&
    RELATIVE_WHERE.has(tokens[where]!.word) &&
    !HOMES_LIVED_IN.has(tokens[where - 1]!.word)
  );
}
const RELATIVE_WHERE: ReadonlySet<string> = new Set(['donde', 'where']);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'yo', 'nosotros']);
const HOMES_LIVED_IN: ReadonlySet<string> = new Set([
  ...HOME_NOUNS,
  'apartment',
  'apartamento',
  'apt',
  'unit',
  'lugar',
  'room',
  'cuarto',
]);

const AGREEING = new RegExp(wordsOf(AGREEING_WORDS));
const DOUBTING = new RegExp(`${wordsOf(DOUBTING_WORDS)}\\s*$`);
const BEFORE_NOW = new RegExp(wordsOf(BEFORE_NOW_WORDS));
/** A Spanish verb of ours ("queremos", "podemos", "vivimos"). */
const OUR_VERB = /^[a-z]{2,}[aei]mos$/;

const LENDERS: ReadonlySet<string> = new Set([
  'lender',
  'bank',
  'banco',
  'prestamista',
  'loan',
  'underwriter',
]);
const NOW: ReadonlySet<string> = new Set(['now', 'ahora', 'anymore']);
/** The lender's word on what holds now ("after rates went up the lender said 610 is the max now"): the household's. */
const lenderNow = (words: readonly string[]): boolean =>
  words.some((word) => LENDERS.has(word)) && words.some((word) => NOW.has(word));

const CONTRAST: ReadonlySet<string> = new Set(['but', 'pero', 'though', 'aunque', 'although']);
/** The text with every clause before the last one opening with a contrast blanked; undefined when none opens so. */
function afterLastContrast(text: string): string | undefined {
  let clauses = 0;
  let last = -1;
  blanked(text, (words) => {
    if (CONTRAST.has(words[0] ?? '')) last = clauses;
    clauses += 1;
    return false;
  });
  if (last <= 0) return undefined;
  let at = 0;
  return blanked(text, () => at++ < last).text;
}

function blanked(
  text: string,
  blank: (words: readonly string[], personNamedBefore: boolean) => boolean,
): { text: string; kept: (readonly string[])[] } {
  let own: string | undefined;
  const kept: (readonly string[])[] = [];
  const clauses: { start: number; end: number; words: readonly string[] }[] = [];
  let blankedBefore = false;
  let start = 0;
  // Clause ends are found on the folded text ("así que" is "asi que") when folding keeps every offset.
  const folded = fold(text);
  const marks = folded.length === text.length ? folded : text;
  const ends = [...Array.from(marks.matchAll(CLAUSE_END), (match) => match.index), ...emojiOffsets(text)];
  for (const end of [...ends.sort((a, b) => a - b), text.length]) {
    if (end < start) continue;
    clauses.push({ start, end, words: fold(text.slice(start, end)).match(/[a-z0-9]+(?:-[a-z]+)?/g) ?? [] });
    start = end + 1;
  }
  let personNamedBefore = false;
  clauses.forEach(({ start, end, words }, at) => {
    // "my daughter moves to oregon next year but thats her": a clause the next one says is someone else's.
    // ("that's" is the words "that s": joined back as written without the apostrophe)
    const next = (clauses[at + 1]?.words ?? []).join(' ').replace(APOSTROPHE_S, '$1s');
    const disowned = DISOWNING.test(next);
    const continuing = at > 0 && continues(words) && blankedBefore;
    blankedBefore = blank(words, personNamedBefore) || disowned || continuing;
    // (not a person the lead acts for: "i'm helping my parents look. they want 3 bedrooms")
    personNamedBefore ||= words.some(isPerson) && !words.some((word) => ACTING_FOR.has(word));
    if (blankedBefore) {
      own = blankRange(own ?? text, start, end);
    } else kept.push(words);
  });
  return { text: own ?? text, kept };
}
