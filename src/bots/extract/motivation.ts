import {
  BEQUEATH_VERBS,
  HOME_DETERMINERS,
  HOME_NOUNS,
  JOB_NOUNS,
  JOB_NOUN_OPENERS,
  OPENED_JOB_NOUNS,
  EMPLOYER_LEADS,
  KIN,
  FAMILY_TO_BE_NEAR,
  MOVE_FILLERS,
  MOVE_VERBS,
  NEGATORS,
  DENYING_CLAUSE_OPENINGS,
  NOT_A_PLACE,
  POST_VERBS,
  POST_PLACE_PREPOSITIONS,
  ARTICLE_PLACES,
  WORKPLACES,
  WORKPLACE_DETERMINERS,
  TRANSFER_NOUNS,
  OTHER_SUBJECTS,
  OWNER_PRONOUNS,
  PLACE_PREPOSITIONS,
  PLACE_STOPS,
  QUESTION_WORDS,
  AUXILIARIES,
  OUR_SUBJECTS,
  PAST_MARKERS,
  COMPANIONS,
  RECEIVERS,
  THERE,
  POST_NOUNS,
  RECIPIENT_JOINERS,
  NEAR_WORDS,
  SMALLER_HOME_WORDS,
  CONDITIONAL_WORDS,
} from '../lexicon/seller.js';
import {
  GOING_TO_DO,
  JUST_THINKING,
  MOTIVATION_HEDGES,
  MOTIVATION_PHRASES,
  OWNERS_HOME_PHRASES,
  OWN_WORDS,
  QUESTION_OPENINGS,
  REASON_WORDS,
  RETIRED_STATE,
  SELLING_BECAUSE_PHRASES,
  WEARY_OWNER_PHRASES,
} from '../lexicon/motivation.js';
import { TAKE_BACK_WORDS } from '../lexicon/optout.js';
import { MONTH_NAMES, SECOND_GUESS_WORDS } from '../lexicon/time.js';
import { anyOf, isLetter, wordsOf } from '../read/words.js';
import { everyHit, locate, type Located } from '../read/phrase-offsets.js';
import { phraseBook, tokenise, type Phrase } from '../read/phrases.js';
import { SPOUSE_WORDS, WISH_WORDS } from '../lexicon/people.js';
import { fold, titleCase } from '../text.js';

export const MOTIVATIONS = [
  'relocation',
  'downsizing',
  'upgrading',
  'divorce',
  'inherited',
  'financial',
  'retirement',
  'other',
  'unknown',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/**
 * The cues of each class, as phrases over the words of lexicon/motivation.ts. Ordered: the first class whose cue
 * is said wins (a divorce that mentions moving is a divorce). Negation and questions are weighed here (`stated`).
 */
const CUE_ORDER: readonly Motivation[] = [
  'divorce',
  'inherited',
  'financial',
  'retirement',
  'relocation',
  'downsizing',
  'upgrading',
];
type Entry = (typeof MOTIVATION_PHRASES)[string][number];
type Guard = 'wordAfter' | 'apostrophe' | undefined;
const guardOf = (entry: Entry): Guard =>
  typeof entry === 'string'
    ? undefined
    : entry.wordAfter
      ? 'wordAfter'
      : entry.apostrophe
        ? 'apostrophe'
        : undefined;
/** A cue: its class and the guard its phrase needs, as "class guard" ("relocation wordAfter"). */
type Cue = `${Motivation} ${Guard | ''}`;
/** Every class's phrases in one book, read once per message. */
const CUES = phraseBook<Cue>(
  CUE_ORDER.flatMap((motivation) =>
    (MOTIVATION_PHRASES[motivation] ?? []).map((entry): Phrase<Cue> =>
      typeof entry === 'string'
        ? { cue: `${motivation} `, words: entry, always: true }
        : {
            cue: `${motivation} ${guardOf(entry) ?? ''}`,
            words: entry.words,
            always: true,
            ...(entry.notBefore ? { notBefore: entry.notBefore } : {}),
            ...(entry.notFollowedBy ? { notFollowedBy: entry.notFollowedBy } : {}),
            ...(entry.unless ? { unless: entry.unless } : {}),
            ...(entry.needs ? { needs: entry.needs } : {}),
          },
    ),
  ),
);

/** Every place each class's cue is said (an offset in the folded text), guards applied. */
function cueOffsets(folded: string, { tokens, at }: Located): Map<Motivation, number[]> {
  const written = (start: number): boolean => {
    const word = tokens[start]!.word;
    if (!word.endsWith('s') || word === 'parents') return true;
    return folded.slice(at[start], at[start + 1] ?? folded.length).includes("'");
  };
  const found = new Map<Motivation, number[]>();
  for (const hit of everyHit(CUES, tokens)) {
    const [motivation, guard] = hit.cue.split(' ') as [Motivation, string];
    // "nos vamos pa Texas": a word must follow; "mom's house" was written with its apostrophe.
    if (guard === 'wordAfter' && hit.end >= tokens.length) continue;
    if (guard === 'apostrophe' && !written(hit.start)) continue;
    found.set(motivation, [...(found.get(motivation) ?? []), at[hit.start]!]);
  }
  return found;
}

const MOVE = new Set(MOVE_VERBS);
const JOB = new Set(JOB_NOUNS);
const JOB_NOUN_OPENER: ReadonlySet<string> = new Set(JOB_NOUN_OPENERS);
const OPENED_JOB_NOUN: ReadonlySet<string> = new Set(OPENED_JOB_NOUNS);
const EMPLOYER_LEAD: ReadonlySet<string> = new Set(EMPLOYER_LEADS);
const FILLER = new Set(MOVE_FILLERS);
const PREPOSITION = new Set(PLACE_PREPOSITIONS);
const THERE_WORD = new Set(THERE);
const COMPANION = new Set(COMPANIONS);
const STOP = new Set([...PLACE_STOPS, ...PLACE_PREPOSITIONS]);
const NOT_PLACE = new Set(NOT_A_PLACE);
const POST_VERB: ReadonlySet<string> = new Set(POST_VERBS);
const PLACE_PREPOSITION: ReadonlySet<string> = new Set(POST_PLACE_PREPOSITIONS);
const ARTICLE_PLACE: ReadonlySet<string> = new Set(ARTICLE_PLACES);
const OTHER = new Set(OTHER_SUBJECTS);
const OWNER_PRONOUN: ReadonlySet<string> = new Set(OWNER_PRONOUNS);
const OURS = new Set(OUR_SUBJECTS);
const AUXILIARY = new Set(AUXILIARIES);
const POSSESSIVE = new Set(['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'su', 'sus']);
const OUR_POSSESSIVE: ReadonlySet<string> = new Set(['my', 'our', 'mi', 'nuestro', 'nuestra']);
const POST: ReadonlySet<string> = new Set(POST_NOUNS);
const WORKPLACE: ReadonlySet<string> = new Set(WORKPLACES);
const WORKPLACE_DETERMINER: ReadonlySet<string> = new Set(WORKPLACE_DETERMINERS);
const TRANSFER: ReadonlySet<string> = new Set(TRANSFER_NOUNS);
const NEGATOR = new Set(NEGATORS);
const ASKS = new Set(QUESTION_WORDS);
const KIN_WORD = new Set(KIN);
const BEQUEATH = new Set(BEQUEATH_VERBS);
const RECEIVER = new Set(RECEIVERS);
const DETERMINER = new Set(HOME_DETERMINERS);
const HOME = new Set(HOME_NOUNS);
const BREAK = /^[.,;:!?¿¡]$/;
const CONJUNCTION = new Set(['and', 'but', 'because', 'y', 'pero', 'porque', 'so', 'bc']);
const PAST = new Set(PAST_MARKERS);

/**
 * The cue's clause is said of the past ("we went through a divorce 5 years ago", "nos divorciamos hace años") and
 * the message goes on: what follows is the reason now.
 */
function past(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length; at += 1) {
    const word = tokens[at]!.word;
    if (BREAK.test(word) || CONJUNCTION.has(word)) return false;
    if (PAST.has(word)) return tokens.slice(at + 1).some((token) => !BREAK.test(token.word));
  }
  return false;
}

export interface Token {
  word: string;
  /** Where the word starts in the folded text. */
  at: number;
  /** The word's sentence asks: it ends in "?" (or opens with "¿") and starts with a question word. */
  asks: boolean;
}

const POSSESSIVE_S = /'s$/;
const CLAUSE_OPENER = /^[,;:¿]$/;
const CLAUSE_MARK = /^[,;:]$/;
const MARKS = '.,;:!?¿¡';
/** A character of a word: a-z, 0-9, ' / # - (as /[a-z0-9'\/#-]/). */
const inWord = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  code === 39 ||
  code === 47 ||
  code === 35 ||
  code === 45;

/**
 * The words and marks of /[a-z0-9'/#-]+|[.,;:!?¿¡]/g in one scan of the characters (no match array per word), a
 * word's "'s" dropped ("grandma's", "kitchen's", "everything's": the word itself).
 */
function wordsAndMarks(folded: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < folded.length) {
    if (inWord(folded.charCodeAt(at))) {
      const from = at;
      while (at < folded.length && inWord(folded.charCodeAt(at))) at += 1;
      tokens.push({ word: folded.slice(from, at).replace(POSSESSIVE_S, ''), at: from, asks: false });
    } else {
      if (MARKS.includes(folded[at]!)) tokens.push({ word: folded[at]!, at, asks: false });
      at += 1;
    }
  }
  return tokens;
}

/** The folded text as words and punctuation marks, in order, each knowing whether its sentence is a question. */
export function tokensOf(folded: string): Token[] {
  const tokens = wordsAndMarks(folded);
  let start = 0;
  for (let index = 0; index <= tokens.length; index += 1) {
    const word = tokens[index]?.word;
    if (word !== undefined && word !== '.' && word !== '!' && word !== '?' && word !== '¿') continue;
    // "¿" opens the next sentence; ".", "!", "?" close this one. In a question, each clause that opens with a
    // question word asks ("we inherited a house, what's it worth?" tells, then asks).
    const end = word === '¿' ? index - 1 : index;
    if (word === '?' || tokens[start]?.word === '¿') {
      let opener = true;
      for (let at = start; at <= end && at < tokens.length; at += 1) {
        const token = tokens[at]!;
        if (CLAUSE_OPENER.test(token.word)) opener = true;
        else if (opener) {
          opener = false;
          const asks = ASKS.has(token.word);
          for (
            let rest = at;
            rest <= end && rest < tokens.length && !CLAUSE_MARK.test(tokens[rest]!.word);
            rest += 1
          )
            tokens[rest]!.asks = asks;
        }
      }
    }
    start = end + 1;
  }
  return tokens;
}

/** The index of the first token at or after character `at` (tokens.length when none). */
export function tokenAt(tokens: Token[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words of the clause before token `index`, nearest first (a comma, a stop or a conjunction ends it). */
export function clauseBefore(tokens: Token[], index: number, count: number): string[] {
  const out: string[] = [];
  for (let at = index - 1; at >= 0 && out.length < count; at -= 1) {
    const word = tokens[at]!.word;
    if (BREAK.test(word) || CONJUNCTION.has(word)) break;
    out.push(word);
  }
  return out;
}

/**
 * Said as a statement: not inside a question, not denied by a negator in the few words before, nor in a clause that
 * opens by denying it ("no es que estemos behind on payments", "it's not that we're getting divorced").
 */
export function stated(tokens: Token[], index: number, window = 3): boolean {
  if (tokens[index]!.asks) return false;
  if (clauseBefore(tokens, index, window).some((word) => NEGATOR.has(word))) return false;
  const opening = clauseBefore(tokens, index, 12).reverse().join(' ');
  return !DENYING_CLAUSE_OPENINGS.some((denial) => opening === denial || opening.startsWith(`${denial} `));
}

/** The words from token `index` to the next stop: where they end, and the place they name if they name one. */
function placeAt(tokens: Token[], index: number): { end: number; place?: string } {
  // "a la planta de Saltillo", "en la tienda de Tulsa": a workplace, then the place it is in.
  const word = (at: number): string => tokens[at]?.word ?? '';
  if (
    WORKPLACE.has(word(index + 1)) &&
    ['de', 'del'].includes(word(index + 2)) &&
    WORKPLACE_DETERMINER.has(word(index))
  )
    return placeAt(tokens, index + 3);
  // "to the Tulsa store", "to their denver office": the place said before the workplace.
  if (WORKPLACE_DETERMINER.has(word(index))) {
    const workplace = [2, 3].find((at) => WORKPLACE.has(word(index + at)));
    const named = tokens.slice(index + 1, index + (workplace ?? 0)).map((token) => token.word);
    if (workplace && !named.some((said) => NOT_PLACE.has(said) || STOP.has(said)))
      return { end: index + workplace + 1, place: named.join(' ') };
  }
  // ("El Paso", "La Paz": an article that opens the name is no stop)
  const articled = ARTICLE_PLACE.has(`${tokens[index]?.word} ${tokens[index + 1]?.word}`);
  let end = articled ? index + 2 : index;
  while (end < tokens.length && !BREAK.test(tokens[end]!.word) && !STOP.has(tokens[end]!.word)) end += 1;
  const words = tokens.slice(index, end).map((token) => token.word);
  const first = words[0];
  const named = first !== undefined && !NOT_PLACE.has(first) && /^[a-z]/.test(first);
  const place = (named || articled) && words.length <= 4 ? words.join(' ') : undefined;
  return { end: Math.max(end, index + 1), ...(place ? { place } : {}) };
}

/** The place a move at token `index` goes to: after to/a/in/en, past fillers and non-places ("closer to the kids in boise"). */
function placeAfter(tokens: Token[], index: number): string | undefined {
  for (let at = index + 1; at < Math.min(tokens.length, index + 10);) {
    const word = tokens[at]!.word;
    if (THERE_WORD.has(word)) return placeNamedBefore(tokens, index);
    if (PREPOSITION.has(word)) {
      // ("nos vamos para allá": the place named before)
      if (THERE_WORD.has(tokens[at + 1]?.word ?? '')) {
        const there = placeNamedBefore(tokens, index);
        if (there) return there;
        at += 2;
        continue;
      }
      // ("hired to run a new plant in phoenix": what the lead goes to do, then the preposition of its place)
      if (POST_VERB.has(tokens[at + 1]?.word ?? '')) {
        const next = tokens.findIndex((token, later) => later > at + 1 && PLACE_PREPOSITION.has(token.word));
        at = next < 0 || next > at + 8 ? at + 2 : next;
        continue;
      }
      const { end, place } = placeAt(tokens, at + 1);
      if (place) return place;
      at = end;
      continue;
    }
    // "a job at the university in flagstaff": the employer, up to the preposition of its place.
    // (a post said after "de" has no article: "un puesto de gerente en Boise", not "el contrato de la renta en Ontario")
    if (
      EMPLOYER_LEAD.has(word) &&
      JOB.has(tokens[index]!.word) &&
      !(word === 'de' && NOT_PLACE.has(tokens[at + 1]?.word ?? ''))
    ) {
      // (from the employer's second word: "at a hospital in boise" has the article "a" first)
      const next = tokens.findIndex((token, index) => index > at + 1 && PREPOSITION.has(token.word));
      if (next < 0 || next > at + 5) return undefined;
      at = next;
      continue;
    }
    // "con mi hija a Phoenix": who goes along, up to the next preposition; with no place after it, where they
    // are ("mis hijos consiguieron trabajo en Texas y me quiero ir con ellos").
    if (COMPANION.has(word)) {
      const next = tokens.findIndex((token, index) => index > at && PREPOSITION.has(token.word));
      if (next < 0 || next > at + 4) return placeNamedBefore(tokens, index);
      at = next;
      continue;
    }
    // "moving my home terminal out to needles": the lead's post moved, past it.
    const post = OUR_POSSESSIVE.has(word)
      ? tokens.slice(at + 1, at + 4).findIndex((token) => POST.has(token.word))
      : -1;
    if (post >= 0) {
      at += post + 2;
      continue;
    }
    // ("me transfirieron to a parish in Pueblo": the workplace, then the preposition of its place)
    if (!FILLER.has(word) && !MOVE.has(word) && !WORKPLACE.has(word)) return undefined;
    at += 1;
  }
  return undefined;
}

/** The last place said with in/en before the move ("a cabin in big bear ... moving up there"). */
function placeNamedBefore(tokens: Token[], index: number): string | undefined {
  let found: string | undefined;
  for (let at = 0; at < index; at += 1) {
    if (tokens[at]!.word !== 'in' && tokens[at]!.word !== 'en') continue;
    found = placeAt(tokens, at + 1).place ?? found;
  }
  // ...or named with a workplace before it ("a lead spot at the dallas hub so im moving out there")
  return found ?? workplaceNamed(tokens.slice(0, index));
}

const SPOUSE_PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'el', 'ella']);
const LEADS_OWN: ReadonlySet<string> = new Set(['my', 'our', 'mi', 'nuestro', 'nuestra', 'su']);
/** The last person named before `index` is the lead's spouse: "my husband ...", "mi esposa ..." (not "her sister"). */
function spouseNamedBefore(tokens: Token[], index: number): boolean {
  const last = tokens
    .slice(0, index)
    .findLastIndex((token) => SPOUSE_WORDS.has(token.word) || KIN_WORD.has(token.word));
  return last > 0 && SPOUSE_WORDS.has(tokens[last]!.word) && LEADS_OWN.has(tokens[last - 1]!.word);
}

/**
 * Someone else's move: another subject before the verb ("are you moving", "mi hermano se va a regresar", "my
 * coworker transferred to Austin"), unless the move takes us along ("my company is sending us to Denver") or the
 * subject is the household's ("my husband got transferred"); or a job that is the one held now ("my job in LA").
 */
function notOurs(tokens: Token[], index: number, forOwner = false): boolean {
  const before = clauseBefore(tokens, index, 5);
  const word = tokens[index]!.word;
  // ("my transfer to Fresno", "pidió su traslado a Reno" are a move all the same)
  if (JOB.has(word) && !TRANSFER.has(word))
    return ['my', 'our', 'current', 'old', 'mi', 'su', 'yo', 'i'].includes(before[0] ?? '');
  // (or the lead's post: "my airline is moving my base to charlotte")
  const takesUs =
    ['me', 'us', 'nos'].includes(tokens[index + 1]?.word ?? '') ||
    // (Spanish puts the pronoun first: "la compañía me mueve a Monterrey")
    ['me', 'nos'].includes(tokens[index - 1]?.word ?? '') ||
    (OUR_POSSESSIVE.has(tokens[index + 1]?.word ?? '') &&
      tokens.slice(index + 2, index + 4).some((token) => POST.has(token.word)));
  const subject = before.findIndex((other) => !AUXILIARY.has(other));
  const noun = before[subject] ?? '';
  // ...unless the lead sells for that relative ("mi abuela se va a vivir con mi tía ... cuánto le darían por su casa").
  // ("my mom wants to know what her house is worth ... she's moving back to Mexico")
  if (forOwner && (KIN_WORD.has(noun) || OWNER_PRONOUN.has(noun))) return false;
  // ...or "he" or "she" after the lead's spouse was named ("me and my husband are selling, he got transferred")
  if (SPOUSE_PRONOUN.has(noun) && spouseNamedBefore(tokens, index)) return false;
  if (OTHER.has(noun) || KIN_WORD.has(noun)) return !takesUs;
  // "mi hermano se va a regresar a Guadalajara": a relative named in the few words before, none of ours after it.
  const named = before.findIndex((other) => KIN_WORD.has(other) || OTHER.has(other));
  if (named >= 0 && !before.slice(0, named).some((other) => OURS.has(other))) return !takesUs && !forOwner;
  return POSSESSIVE.has(before[subject + 1] ?? '') && !OURS.has(noun) && !takesUs;
}

/**
 * The first place named after a move of ours, said as a statement; '' when the only move said is followed by a month
 * ("nos vamos en agosto": a move, the month when, no place).
 */
function destinationOf(tokens: Token[], forOwner: boolean, movesOnly = false): string | undefined {
  let moveInAMonth = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!.word;
    if (!MOVE.has(word) && (movesOnly || !JOB.has(word))) continue;
    if (!stated(tokens, index) || notOurs(tokens, index, forOwner)) continue;
    if (OPENED_JOB_NOUN.has(word) && !JOB_NOUN_OPENER.has(tokens[index - 1]?.word ?? '')) continue;
    const place = placeAfter(tokens, index);
    // ("nos vamos a divorciar": a Spanish verb after "ir a" is no place)
    if (place && movesOnly && isInfinitive(fold(place))) continue;
    // ("ya me voy a retirar ..., nos vamos a Rosarito": a verb of the future said with "ir a" is no place)
    if (place && GOING_TO.has(fold(place).split(' ')[0]!)) continue;
    if (place && MONTH.has(fold(place).split(' ')[0]!)) moveInAMonth = true;
    else if (place) return place;
  }
  return moveInAMonth ? '' : undefined;
}
const MONTH: ReadonlySet<string> = new Set(MONTH_NAMES);
const GOING_TO: ReadonlySet<string> = new Set(GOING_TO_DO);

const NEAR: ReadonlySet<string> = new Set(NEAR_WORDS);
const FAMILY: ReadonlySet<string> = new Set(FAMILY_TO_BE_NEAR);
const WHERE_THEY_ARE: ReadonlySet<string> = new Set(['in', 'en']);
/**
 * Where the lead's family is, when the wish is to be near them ("want to be near the grandkids up in Spokane",
 * "queremos estar cerca de los nietos en Boise"): the place after "in" within a few words of the relative named.
 */
function nearFamilyIn(tokens: Token[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    if (!NEAR.has(tokens[index]!.word)) continue;
    const after = tokens.slice(index + 1, index + 8);
    const mark = after.findIndex((token) => BREAK.test(token.word));
    const span = mark < 0 ? after : after.slice(0, mark);
    const kin = span.findIndex((token) => FAMILY.has(token.word));
    if (kin < 0) continue;
    for (let at = kin + 1; at < span.length; at += 1) {
      if (!WHERE_THEY_ARE.has(span[at]!.word)) continue;
      const { place } = placeAt(tokens, index + 1 + at + 1);
      if (place) return place;
    }
  }
  return undefined;
}
const SMALLER_HOME: ReadonlySet<string> = new Set(SMALLER_HOME_WORDS);
const WISHED: ReadonlySet<string> = new Set(WISH_WORDS);
const DOWNSIZING_VERB: ReadonlySet<string> = new Set(['downsizing', 'downsize', 'downsizes']);
/**
 * Where a downsizing seller wants its smaller home ("queremos algo más chico en Hesperia", "looking for a condo in
 * Redlands"): the place after "in" within two words of the smaller home.
 */
function smallerHomeIn(tokens: Token[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    if (!SMALLER_HOME.has(tokens[index]!.word)) continue;
    // (wished for in its clause, a few words before: not the home the lead has, "we have a small condo in Upland")
    const before = tokens.slice(Math.max(0, index - 5), index);
    const from = before.findLastIndex((token) => BREAK.test(token.word));
    if (!before.slice(from + 1).some((token) => WISHED.has(token.word) || DOWNSIZING_VERB.has(token.word)))
      continue;
    for (let at = index + 1; at <= index + 3 && at < tokens.length; at += 1) {
      if (BREAK.test(tokens[at]!.word)) break;
      if (!WHERE_THEY_ARE.has(tokens[at]!.word)) continue;
      const { place } = placeAt(tokens, at + 1);
      if (place) return place;
    }
  }
  return undefined;
}
const INFINITIVE_ENDINGS = ['ar', 'er', 'ir'];
const isInfinitive = (place: string): boolean =>
  !place.includes(' ') && INFINITIVE_ENDINGS.some((ending) => place.endsWith(ending));

const AWAY: ReadonlySet<string> = new Set(['up', 'down', 'out', 'over', 'back']);
/** The first place named with a workplace ("their Prescott office", "la sucursal de Yuma", "a store in Reno"). */
function workplaceNamed(tokens: Token[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!.word;
    // ("a transit bus shop up in sacramento": the place after "up in", "out in", "down in")
    const from = AWAY.has(tokens[index + 1]?.word ?? '') ? index + 2 : index + 1;
    if (WORKPLACE.has(word) && ['in', 'en'].includes(tokens[from]?.word ?? '')) {
      const { place } = placeAt(tokens, from + 1);
      if (place) return place;
    }
    if (!WORKPLACE_DETERMINER.has(word)) continue;
    if (!tokens.slice(index + 1, index + 4).some((token) => WORKPLACE.has(token.word))) continue;
    const { place } = placeAt(tokens, index);
    if (place) return place;
  }
  return undefined;
}

/** A relative left the home to the lead: "my mom left me her house", "mi abuela nos dejó la casa", "nos la dejó". */
function bequeathed(tokens: Token[]): boolean {
  const words = tokens.map((token) => token.word);
  const toUs = (at: number): boolean => words[at] === 'to' && recipientsFrom(words, at + 1).self;
  return words.some((word, index) => {
    if (!BEQUEATH.has(word) || !stated(tokens, index)) return false;
    // The giver before the verb, or after it in Spanish ("nos la dejó mi abuelito").
    const near = [...words.slice(Math.max(0, index - 5), index), ...words.slice(index + 1, index + 4)];
    if (!near.some((other) => KIN_WORD.has(other) || SPOUSE_WORDS.has(other))) return false;
    const receiverBefore = RECEIVER.has(words[index - 1] ?? '') || RECEIVER.has(words[index - 2] ?? '');
    // "nos la dejó", "she left it to us" after the home was named: the pronoun is the home.
    if (words.slice(0, index).some((before) => HOME.has(before))) {
      if (['la', 'lo'].includes(words[index - 1] ?? '') && receiverBefore) return true;
      // "la casa que me dejó mi papá", "the house my dad left me": the home named just before, in a clause of its own
      // (a parent or a relative, not a spouse who left: "la casa que me dejó mi esposo cuando se fue")
      const near = words.slice(Math.max(0, index - 6), index);
      const kin = words.slice(index + 1, index + 4).some((after) => KIN_WORD.has(after));
      if (near.some((before) => HOME.has(before)) && near.includes('que') && receiverBefore && kin)
        return true;
      if (words[index + 1] === 'it' && toUs(index + 2)) return true;
    }
    // ("my grandpa left my brother and me his house": the lead among those it was left to)
    const recipients = recipientsFrom(words, index + 1);
    let at = recipients.self ? recipients.end : index + 1;
    const receiverAfter = recipients.self;
    const determinersEnd = at + 4;
    while (at < determinersEnd && DETERMINER.has(words[at] ?? '')) at += 1;
    return HOME.has(words[at] ?? '') && (receiverBefore || receiverAfter || toUs(at + 1));
  });
}

const JOINED: ReadonlySet<string> = new Set(RECIPIENT_JOINERS);
/**
 * The people a home was left to, from `from`: "me", "us", "my brother and me", "me and my sisters", "a mi hermano y a
 * mí" (at most seven words); `self` when the lead is among them, `end` the word after them.
 */
function recipientsFrom(words: readonly string[], from: number): { self: boolean; end: number } {
  let at = from;
  let self = false;
  while (at < from + 7 && at < words.length) {
    const word = words[at]!;
    // ("mi" is "mí" only where no relative follows it: "a mi hermano y a mí")
    if (RECEIVER.has(word) && !(word === 'mi' && KIN_WORD.has(words[at + 1] ?? ''))) self = true;
    else if (!JOINED.has(word) && !KIN_WORD.has(word) && !KIN_WORD.has(word.replace(/s$/, ''))) break;
    at += 1;
  }
  return { self, end: at };
}

export interface MotivationResult {
  motivation?: Motivation;
  destination?: string;
}

/** The first class whose cue is said as a statement (not asked, not denied). */
function classOf(folded: string, tokens: Token[], forOwner = false): Motivation | undefined {
  // A cue said of the past stands only when nothing else is said ("divorce was final a month ago, judge says sell").
  let earlier: Motivation | undefined;
  // ...and so does being retired, said of the lead, before its reason ("retired engineer here. we're downsizing", "im a
  // retired nurse, moving to arizona")
  let retired: Motivation | undefined;
  const located = locate(folded);
  const offsets = cueOffsets(folded, located);
  for (const motivation of CUE_ORDER) {
    for (const offset of offsets.get(motivation) ?? []) {
      const index = tokenAt(tokens, offset);
      if (index >= tokens.length) return motivation;
      // "my coworker transferred to Austin": a move is the lead's only when its subject is.
      if (!stated(tokens, index) || (motivation === 'relocation' && notOurs(tokens, index, forOwner)))
        continue;
      if (motivation === 'retirement' && retiredState(tokens, index)) {
        retired = motivation;
        continue;
      }
      // ...and so does a move said as what would follow ("they want to downsize... they'd move closer to me", the
      // cue on "move" or on "closer")
      const wouldMove = motivation === 'relocation' && saidAsWouldFollow(tokens, index);
      if (!wouldMove && !past(tokens, index) && !(motivation === 'inherited' && spouseGone(tokens, index)))
        return motivation;
      earlier ??= motivation;
    }
    if (motivation === 'inherited' && bequeathed(tokens)) return motivation;
  }
  return earlier ?? retired;
}
/** A verb said as what would follow: "would", "'d" ("they'd move", folded "theyd"). */
const CONDITIONAL: ReadonlySet<string> = new Set(CONDITIONAL_WORDS);
/** "would" or "'d" at most three words before the cue, in its clause ("they'd move closer", "we would probably move"). */
function saidAsWouldFollow(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const word = tokens[at]!.word;
    if (CONDITIONAL.has(word)) return true;
    if (!isLetter(word.charAt(0))) return false;
  }
  return false;
}
const RETIRED: ReadonlySet<string> = new Set(RETIRED_STATE.words);
const RETIRED_WHEN: ReadonlySet<string> = new Set(RETIRED_STATE.when);
const RETIRED_WHO: ReadonlySet<string> = new Set(RETIRED_STATE.who);
/** "retired" as what the lead is ("retired nurse here", "we're retired"), not as the act ("i retired last month"). */
function retiredState(tokens: Token[], index: number): boolean {
  return (
    RETIRED.has(tokens[index]!.word) &&
    !RETIRED_WHEN.has(tokens[index + 1]?.word ?? '') &&
    !RETIRED_WHO.has(tokens[index - 1]?.word ?? '')
  );
}

/** The cue names the lead's spouse's death ("mi esposo falleció", "my wife passed"): a spouse a few words before it. */
// (or a few words after it, as Spanish says it: "falleció mi esposo")
const spouseGone = (tokens: Token[], index: number): boolean =>
  tokens.slice(Math.max(0, index - 3), index + 3).some((token) => SPOUSE_WORDS.has(token.word));

/** Words that take back or correct what was just said: "actually", "i mean", "bueno no", "más bien", "or rather". */
const RETHINKING = new RegExp(
  `\\b(?:${anyOf([...TAKE_BACK_WORDS, ...SECOND_GUESS_WORDS.filter((words) => words.includes(' '))])})\\b`,
  'g',
);
/** What follows adds to the reason instead of replacing it: "actually also downsizing", "y también". */
const ADDING = /^[\s,.]*(?:also|too|and|plus|y|tambien|ademas)\b/;

/**
 * The reason said after the last word that takes one back ("we're retiring, bueno, más bien downsizing", "divorce,
 * sorry i mean we're relocating"): it replaces the one before, whatever the order of the classes.
 */
function rethought(folded: string, forOwner: boolean): Motivation | undefined {
  const last = Array.from(folded.matchAll(RETHINKING)).pop();
  if (!last || last.index === 0) return undefined;
  const rest = folded.slice(last.index + last[0].length);
  return ADDING.test(rest) ? undefined : classOf(rest, tokensOf(rest), forOwner);
}

/** Classifies a selling motivation; "thinking about selling" alone is not one. */
export function extractMotivation(
  text: string,
  { asked, writesFor = false }: { asked: boolean; writesFor?: boolean },
): MotivationResult {
  const folded = fold(text);
  const tokens = tokensOf(folded);
  const result: MotivationResult = {};
  // The lead who sells for the owner ("... cuánto le darían por su casa", or said before: `JorgeState.writesFor`): the
  // owner's move is the reason.
  const forOwner = writesFor || OWNERS_HOME.find(tokenise(folded)) !== undefined;
  const motivation = rethought(folded, forOwner) ?? classOf(folded, tokens, forOwner);
  if (motivation) result.motivation = motivation;
  // (beside another reason than a move or a retirement, only the lead's own move names where to: "going thru a divorce
  // ... im moving back to yucaipa"; a job is someone else's or no move of the sale: "my youngest got hired at a mine in
  // Arizona, so its just us in 4 bedrooms" is downsizing, with no destination)
  const moving = motivation === undefined || motivation === 'relocation' || motivation === 'retirement';
  // (a relocation said with no verb of moving names its place with the workplace: "wants me running their Prescott
  // office")
  const destination = moving
    ? (destinationOf(tokens, forOwner) ??
      (motivation === 'relocation' ? workplaceNamed(tokens) : undefined) ??
      nearFamilyIn(tokens))
    : destinationOf(tokens, forOwner, true) ||
      (motivation === 'downsizing' ? smallerHomeIn(tokens) : undefined);
  if (destination !== undefined) {
    if (destination !== '') result.destination = titleCase(destination);
    result.motivation ??= 'relocation';
  }
  if (!result.motivation && (asked || givesAReason(folded)) && isSubstantive(folded))
    result.motivation = 'other';
  return result;
}

const OWNERS_HOME = phraseBook(OWNERS_HOME_PHRASES.map((words) => ({ cue: 'owner' as const, words })));

const SELLS_BECAUSE = phraseBook(
  SELLING_BECAUSE_PHRASES.map((words) => ({ cue: 'because' as const, words })),
);
const WEARY_OWNER = phraseBook(
  WEARY_OWNER_PHRASES.map((words) => ({ cue: 'weary' as const, words, always: true })),
);
/** The sale said with a reason of at least four words after its "because", or a landlord worn out, unasked. */
function givesAReason(folded: string): boolean {
  const tokens = tokenise(folded);
  const hit = SELLS_BECAUSE.find(tokens);
  return (hit !== undefined && tokens.length - hit.end >= 4) || WEARY_OWNER.find(tokens) !== undefined;
}

/** A real reason given in answer to the motivation question (not a hedge, not a question back, not "just thinking"). */
function isSubstantive(folded: string): boolean {
  if (HEDGE.test(folded) || /\?\s*$/.test(folded)) return false;
  if (QUESTION_OPENING.test(folded)) return false;
  if (JUST_THINKING.some((words) => folded.includes(words)) && folded.split(/\s+/).length < 8) return false;
  const own = (folded.match(/[a-z']+/g) ?? []).some((word) => OWN.has(word));
  return REASON.test(folded) || (own && (folded.match(/[a-z]{2,}/g) ?? []).length >= 5);
}
const HEDGE = new RegExp(wordsOf(MOTIVATION_HEDGES));
const QUESTION_OPENING = new RegExp(`^\\s*${wordsOf(QUESTION_OPENINGS)}`);
const REASON = new RegExp(wordsOf(REASON_WORDS));
const OWN: ReadonlySet<string> = new Set(OWN_WORDS);
