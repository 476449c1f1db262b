import { SENTENCE_WORDS, STREET_SUFFIXES } from '../lexicon/address.js';
import { WISH_WORDS } from '../lexicon/people.js';
import {
  AREA_NICKNAMES,
  NOT_A_PLACE_WORDS,
  AREA_REFUSED_AFTER,
  AREA_RULED_OUT,
  CLAUSE_JOINERS,
  REFUSAL_GOES_ON,
  AREA_TURNED_DOWN,
  AREA_ADDING_BEFORE,
  AREA_ADDING_AFTER,
  LIVING_WORDS,
  NEAR_COMMON_PLACES,
  NEAR_NOTHING,
  LIVES_AFTER_WORDS,
  LIST_LEAD_INS,
  NOT_A_ROUTE_AFTER,
  NEAR_WORDS,
  NEAR_DENIED,
  NEAR_PLACE_LINKS,
  NEAR_TIME_WORDS,
  OWN_PLACES,
  PLACE_POSSESSIVES,
  ROUTE_WORDS,
  SHORT_NAME_LEAD_INS,
  PLACE_INTRODUCERS,
  PLACE_FOLLOWERS,
  AREA_ALONE_WORDS,
  AREA_LIST_JOINS,
  AREA_PREFERRED_AFTER,
  STAY_NEAR_WORDS,
  AREA_LEAD_INS,
  AREA_NEGATIONS,
  EXCLUDING_WORDS,
  NO_WAY_LATER,
  WHERE_THEY_ARE_OR_LEAVE,
  MIND_CHANGED,
  PREFERRING_WORDS,
  STUDYING_WORDS,
  WHERE_THEY_ARE_WORDS,
  HEDGES_IN_A_LIST,
  CLAUSE_NOT_A_PLACE,
  FENCE_ARTICLES,
  WORKPLACE_WORDS,
  WORKPLACE_LINKS,
  WORKPLACE_BREAKS,
  NEAR_WISH_WORDS,
  OWNING_WORDS,
  OWNED_ARTICLES,
  AREA_QUOTING_WORDS,
  AREA_MEANT_WORDS,
  FACILITY_NOUNS,
  HAVING_WORDS,
} from '../lexicon/areas.js';
import { FAMILY_TO_BE_NEAR } from '../lexicon/seller.js';
import {
  AREA_NON_ANSWERS,
  DURATION_WORDS,
  NON_ANSWERS,
  NO_PREFERENCE_OPENINGS,
  NO_PREFERENCE_WHOLE,
} from '../lexicon/time.js';
import { phraseBook, tokenise } from '../read/phrases.js';
import { anyOf, isDigit, isFoldedLetter, wordsOf } from '../read/words.js';
import { fold, negatedBefore, titleCase } from '../text.js';

const NEAR = new RegExp(
  `\\b(?:${anyOf(NEAR_WORDS)}|cerca(?= del\\b))\\s+(?:(the|el|la|los|del)\\s+)?([a-z0-9][a-z0-9 .'-]{1,40}?)(?=$|[.,!?;]| (?:and|or|for|because|if|but|with|so|please|y|o|porque|pero|con)\\b)`,
  'g',
);
/**
 * A freeway by its number after a word that puts a home near or beside it and an article ("near the 210", "closer to
 * the 15", "right off the 210", "cerquita de la 60", "cerca del 10"), not a count, an amount or a time after it.
 */
const BESIDE_ROUTE = new RegExp(
  `\\b(?:${anyOf([...NEAR_WORDS, ...ROUTE_WORDS])}|cerca(?= del\\b))\\s+(the|el|la|los|del)\\s+(\\d{1,3})(?: freeway| fwy| highway| hwy)?(?=$|[.,!?;]| (?!${anyOf(NOT_A_ROUTE_AFTER)}))`,
  'g',
);
/** An amount right before "off" ("20 off the 650", "15 grand off the 720"): money taken off, not a place. */
const AMOUNT_BEFORE = /\d[\d,.]*\s*(?:k|grand|mil|thousand|bucks|dollars)?\s*$/;
/** Where the lead lives now, in the clause before ("we live right off the 10 now"). */
const LIVES_BEFORE = new RegExp(`${wordsOf(LIVING_WORDS)}\\s+(?:\\S+\\s+){0,2}$`);

/** A word listed right before or after a named area: "rancho o " + Upland, Upland + " or rancho". */
const SHORT_BEFORE = /\b([a-z]{5,})\s*(?:,|\bor\b|\bo\b|\band\b|\by\b)\s*$/;
const SHORT_AFTER = /^\s*(?:,|\bor\b|\bo\b|\band\b|\by\b)\s*([a-z]{5,})\b/;

/**
 * A place word or a wish and the word after it, which may be a known area's short name ("in rancho", "por victoria",
 * "mudarnos a rancho", "we want rancho", "prefiero rancho"); not a bare "to" or "at", which name people as often
 * ("talk to victoria"). The name is looked ahead, not taken, so "queremos mudarnos a rancho" reads both lead-ins.
 */
const SHORT_IN = new RegExp(`\\b(?:${anyOf(SHORT_NAME_LEAD_INS)})\\s+(?=([a-z]{5,})\\b)`, 'g');

/** More freeways listed after one ("and the 210", "o la 71"). */
const MORE_ROUTES =
  /^(?:(?:\s*,\s*(?:(?:and|or|y|o)\s+)?(?:the|el|la|del)|\s+(?:and|or|y|o)(?:\s+(?:the|el|la|del))?)\s+\d{1,3}\b(?!\s*(?:bed|bath|br|ba|bd|k|mil|recamara|cuarto|bano|hab)))+/;

/** The freeways listed right after one ("and the 210", "o la 71"), by number. */
function routesAfter(rest: string): string[] {
  return Array.from(rest.match(MORE_ROUTES)?.[0].matchAll(/\d{1,3}/g) ?? [], (number) => number[0]);
}

/** Words after "near" that name no place: pronouns, here and there, the lead's own places, a time or a price. */
const NOT_A_PLACE: ReadonlySet<string> = new Set([...NEAR_NOTHING, ...NEAR_COMMON_PLACES]);
/** A place of the lead's life: "my job", "la escuela de mis hijos", "the park where my kids play". */
const POSSESSIVE: ReadonlySet<string> = new Set(PLACE_POSSESSIVES);
const OWN_PLACE: ReadonlySet<string> = new Set(OWN_PLACES);
const TIME_WORD: ReadonlySet<string> = new Set(NEAR_TIME_WORDS);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'el']);
const CLAUSE_WORD: ReadonlySet<string> = new Set(CLAUSE_NOT_A_PLACE);
const FENCE_ARTICLE: ReadonlySet<string> = new Set(FENCE_ARTICLES);

/** What follows "near" is no area: nothing placeable, a place of the lead's own life, or a time. */
function notAnArea(place: string): boolean {
  const words = place.split(' ');
  const bare =
    words[0] === 'the' || words[0] === 'la' || words[0] === 'el' ? words.slice(1).join(' ') : place;
  return (
    NOT_A_PLACE.has(place) ||
    NOT_A_PLACE.has(bare) ||
    // "close to them in ontario": a person, then where they are
    (words.length > 1 && NOT_A_PLACE.has(words[0]!) && !ARTICLES.has(words[0]!)) ||
    place.length <= 2 ||
    words.some((word) => POSSESSIVE.has(word) || TIME_WORD.has(word) || /^\d+k$/.test(word)) ||
    OWN_PLACE.has(words[0]!) ||
    words.some((word) => CLAUSE_WORD.has(word) || spanishWeVerb(word))
  );
}

/**
 * Edit distance of two short words, two letters swapped counting as one edit ("ontairo"), capped: true when at most
 * `limit`.
 */
function near(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (lettersApart(a, b) > 2 * limit) return false;
  // Three rows of the distance table (the one two letters back for a swap), rotated after each letter of `a`.
  let before: number[] = [];
  let row: number[] = [];
  for (let j = 0; j <= b.length; j += 1) row.push(j);
  let next = row.slice();
  for (let i = 1; i <= a.length; i += 1) {
    next[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        next[j] = Math.min(next[j]!, before[j - 2]! + 1);
    }
    const done = before;
    before = row;
    row = next;
    next = done.length > 0 ? done : row.slice();
  }
  return row[b.length]! <= limit;
}

/**
 * How far apart the letters of two words are in number: the sum over letters of the difference of their counts
 * (letters counted by their code's last six bits, which can only make it smaller). An edit changes it by two at most
 * (a swap not at all), so words more than twice `limit` apart are more than `limit` edits apart.
 */
function lettersApart(a: string, b: string): number {
  const counts = new Int16Array(64);
  for (let i = 0; i < a.length; i += 1) counts[a.charCodeAt(i) & 63]! += 1;
  for (let i = 0; i < b.length; i += 1) counts[b.charCodeAt(i) & 63]! -= 1;
  let apart = 0;
  for (const count of counts) apart += Math.abs(count);
  return apart;
}

interface KnownArea {
  name: string;
  folded: string;
  /** The area spelled exactly, any spacing between its words. */
  pattern: RegExp;
  /** The same, global: every place it is named (read with `matchAll`, which leaves it as it is). */
  everywhere: RegExp;
  wordCount: number;
  /** The length of each of its words. */
  wordLengths: readonly number[];
  /** The first word of each spelling: a text that holds none of them (as written) cannot name the area. */
  firstWords: readonly string[];
}

/** Where the area is named in `folded` (none without one of its first words: most areas, in most texts). */
function namedIn(folded: string, area: KnownArea): { index: number; length: number }[] {
  if (!area.firstWords.some((word) => folded.includes(word))) return [];
  return Array.from(folded.matchAll(area.everywhere), (match) => ({
    index: match.index,
    length: match[0].length,
  }));
}

const SPACES = /\s+/;

/** Each tenant's areas, folded and compiled once (the list is the tenant's, so its identity is stable). */
const compiledAreas = new WeakMap<readonly string[], KnownArea[]>();

function knownAreasOf(names: readonly string[]): KnownArea[] {
  let areas = compiledAreas.get(names);
  if (!areas) {
    areas = names.map((name) => {
      const folded = fold(name);
      const spellings = [folded, ...(AREA_NICKNAMES[folded] ?? [])];
      const spelled = spellings
        .map((said) => said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'))
        .join('|');
      const pattern = new RegExp(`\\b(?:${spelled})\\b`);
      return {
        name,
        folded,
        pattern,
        everywhere: new RegExp(pattern, 'g'),
        wordCount: folded.split(SPACES).length,
        wordLengths: folded.split(SPACES).map((word) => word.length),
        firstWords: spellings.map((said) => said.split(SPACES)[0]!),
      };
    });
    compiledAreas.set(names, areas);
  }
  return areas;
}

type Word = { text: string; index: number };
/** Words that introduce the lead's name ("soy", "me llamo", "my name is", "I'm"). */
const NAME_INTRO: ReadonlySet<string> = new Set(['soy', 'llamo', 'name', 'im', 'am', 'habla']);

/**
 * Where a known area is written with one typo ("etiwana", "alta lomma", "victoria garden"), if it is: the same
 * number of words, the same first letter, one letter off in all (two in names of eight letters or more), and only for
 * names of six letters or more.
 */
function misspelledAt(words: readonly Word[], area: KnownArea, byFirst: FirstLetters): number | undefined {
  const { folded, wordCount } = area;
  if (folded.length < 6) return undefined;
  // Two letters off in a name of eight or more ("etiguanda", "murietta").
  const limit = folded.length >= 8 ? 2 : 1;
  // (only the words that start with the name's first letter, in the text's order)
  for (const i of byFirst.get(folded[0]!) ?? []) {
    if (i + wordCount > words.length) break;
    // (a surname after an introduction: "soy Javier Colón" is no Colton)
    if (words.slice(Math.max(0, i - 3), i).some((word) => NAME_INTRO.has(word.text))) continue;
    // (words of a length too far from the name's are no typo of it, and are not joined to be compared)
    let length = wordCount - 1;
    // ...nor is a word of a length two off the name's word ("at loma" is no "alta loma")
    let wordOff = false;
    for (let k = i; k < i + wordCount; k += 1) {
      length += words[k]!.text.length;
      if (wordCount > 1 && Math.abs(words[k]!.text.length - area.wordLengths[k - i]!) > 1) wordOff = true;
    }
    if (wordOff || Math.abs(length - folded.length) > limit) continue;
    const phrase =
      wordCount === 1
        ? words[i]!.text
        : words
            .slice(i, i + wordCount)
            .map((word) => word.text)
            .join(' ');
    if (phrase === folded || phrase.length < 5 || !near(phrase, folded, limit)) continue;
    // (a name of several words takes its typos word by word: "se la vende" is two letters off "la verne" in one
    // short word, no typo of it)
    if (wordCount > 1 && !eachWordNear(words.slice(i, i + wordCount), folded)) continue;
    return words[i]!.index;
  }
  return undefined;
}

/** Each word of a phrase at most one letter off its word of the name (two in a word of eight letters or more). */
function eachWordNear(words: readonly Word[], folded: string): boolean {
  const names = folded.split(' ');
  return words.every((word, k) => {
    const name = names[k] ?? '';
    return word.text === name || near(word.text, name, name.length >= 8 ? 2 : 1);
  });
}

/** A Spanish verb of "we" ("trabajamos", "tenemos", "vivimos"): a clause, not a place's name. */
function spanishWeVerb(word: string): boolean {
  return word.length > 5 && (word.endsWith('amos') || word.endsWith('emos') || word.endsWith('imos'));
}

/** The word that ends right before `at` (spaces skipped). */
function wordBefore(folded: string, at: number): string {
  const before = folded.slice(0, at).trimEnd();
  return before.slice(before.lastIndexOf(' ') + 1);
}

/** The runs of letters a to z of a folded text, each with where it starts. */
function letterRuns(folded: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  while (at < folded.length) {
    if (!isLowerLetter(folded.charCodeAt(at))) {
      at += 1;
      continue;
    }
    const from = at;
    while (at < folded.length && isLowerLetter(folded.charCodeAt(at))) at += 1;
    words.push({ text: folded.slice(from, at), index: from });
  }
  return words;
}
const isLowerLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Where the words of a text start, by their first letter (each list in the text's order). */
type FirstLetters = ReadonlyMap<string, readonly number[]>;
function byFirstLetter(words: readonly Word[]): FirstLetters {
  const starts = new Map<string, number[]>();
  words.forEach((word, at) => {
    const list = starts.get(word.text[0]!);
    if (list) list.push(at);
    else starts.set(word.text[0]!, [at]);
  });
  return starts;
}

/** Words before a place that rule it out ("anything but", "lejos de"), beside the plain negations. */
const EXCLUDING = new RegExp(
  `\\b(?:${anyOf(EXCLUDING_WORDS)}|(?<!\\b(?:don'?t|dont|do not|never|no) )forget(?: about)?)\\s+(?:\\S+\\s+)?$`,
);
/**
 * A negation that governs the place itself, right before it ("not fontana", "no en ontario", "nothing in chino",
 * "no me interesa fontana", "don't want corona"), not one about something else ("no HOA in Alta Loma").
 */
const NEGATED = new RegExp(`\\b(?:${anyOf(AREA_NEGATIONS)})\\s+(?:(?:${anyOf(AREA_LEAD_INS)})\\s+)*$`);
/**
 * A place turned down right after it is named ("fontana no, mejor rialto", "fontana but no thanks", "fontana, not for
 * us", "fontana pero no nos gustó", "fontana but not anymore", "fontana is off the table").
 */
const TURNED_DOWN_AFTER = new RegExp(
  `^\\s*[,?]*\\s*(?:(?:${anyOf(CLAUSE_JOINERS)})\\s+)?(?:${anyOf(AREA_REFUSED_AFTER)})\\s*(?:[,.!;]|$|(?:${anyOf(REFUSAL_GOES_ON)})\\b)` +
    `|^[^.?!]{0,24}\\bbut not anymore\\b|^[\\s.,!]*(?:is |are )?(?:${anyOf(AREA_RULED_OUT)})\\b`,
);
const JOINED_NO = /^\s*(?:and|y)\s+no\b/;
/** Where the lead is, works or leaves, not where it looks (lexicon WHERE_THEY_ARE_WORDS). */
const WHERE_THEY_ARE = new RegExp(
  `(?<!\\b(?:(?<!used )to|want|wanna|queremos|quiero|para|would|like|rather|prefer)\\s+)${wordsOf(WHERE_THEY_ARE_WORDS)}\\s+(?:\\w+\\s+){0,2}(?:in|en|by|near|at|cerca de)\\s+(?:the\\s+)?$|${wordsOf(WHERE_THEY_ARE_OR_LEAVE)}\\s+$`,
);

/** ...at a place of the town: "trabajo en el hospital de colton", "my daughter studies at the university in redlands". */
const AT_A_PLACE_OF = new RegExp(
  `${wordsOf([...WHERE_THEY_ARE_WORDS, ...STUDYING_WORDS])}\\s+(?:in|en|at|a)\\s+(?:the\\s+|el\\s+|la\\s+)?(?:\\w+\\s+)?(?:${anyOf(NEAR_COMMON_PLACES)})\\s+(?:de|del|in|en|at|of)\\s+$`,
);

/**
 * Place names that are everyday words too ("since corona" is the pandemic, "comida china", "pelo chino"): read as a
 * place only after a word that introduces one ("in corona", "por chino") or beside another place ("corona or
 * norco").
 */
const EVERYDAY_WORDS = new Set(['corona', 'chino']);
const INTRODUCES_PLACE = new RegExp(`(${wordsOf(PLACE_INTRODUCERS)}\\s+|,\\s*|^\\s*)$`);
const PLACE_FOLLOWS = new RegExp(`^\\s*(?:,|${wordsOf(PLACE_FOLLOWERS)})`);

const LIVES_AFTER = new RegExp(`^\\s*${wordsOf(LIVES_AFTER_WORDS)}`);

/**
 * Where the lead (or its family) lives or works, said right before the place ("trabajo en ontario") or right after it
 * ("en corona vive mi ex").
 */
function livesThere(folded: string, index: number, end?: number): boolean {
  const before =
    folded
      .slice(Math.max(0, index - 60), index)
      .split(/[.!?;,]/)
      .pop() ?? '';
  return (
    WHERE_THEY_ARE.test(before) ||
    AT_A_PLACE_OF.test(before) ||
    atAWorkplace(before) ||
    (end !== undefined && LIVES_AFTER.test(folded.slice(end, end + 24))) ||
    (end !== undefined && facilityNamed(before, folded.slice(end, end + 24)))
  );
}

const FACILITY_AFTER = new RegExp(`^\\s+${wordsOf(FACILITY_NOUNS)}`);
/**
 * The place names a facility, said right after it ("a bellhop at the hotel by the ontario airport", "the rialto
 * yard"): where the lead works, unless wished for or wished near in its clause ("close to the ontario airport").
 */
function facilityNamed(before: string, after: string): boolean {
  if (!FACILITY_AFTER.test(after)) return false;
  const words = tokenise(before).map((token) => token.word);
  return !words.some((word) => WISH.has(word));
}

/** Near where someone lives or works, said before it in its clause and not denied ("near my sister who lives in"). */
function nearWhereTheyAre(folded: string, index: number): boolean {
  // (in its sentence: "close to my daughter, she lives in chino hills")
  const before = ` ${
    folded
      .slice(Math.max(0, index - 60), index)
      .split(/[.!?;]/)
      .pop() ?? ''
  }`;
  const where = before.search(WHERE_THEY_ARE);
  const upTo = where >= 0 ? where : atAWorkplace(before) ? before.length : -1;
  return NEAR_WORDS.some((words) => {
    const at = before.indexOf(` ${words} `);
    return at >= 0 && at < upTo && !deniedAt(before, at);
  });
}
const NEGATED_NEAR: ReadonlySet<string> = new Set(NEAR_DENIED);
/** The word right before `at` denies the nearness said there ("not near", "menos cerca de"). */
const deniedAt = (text: string, at: number): boolean =>
  NEGATED_NEAR.has(text.slice(0, at).trim().split(' ').at(-1) ?? '');
/** Near someone or something denied, a few words before the place: "just not near my ex in colton". */
function nearDenied(before: string): boolean {
  const words = ` ${before.trim()}`;
  return (
    NEAR_AT.has(words.split(' ').at(-1) ?? '') &&
    NEAR_WORDS.some((near) => {
      const at = words.lastIndexOf(` ${near} `);
      return at >= 0 && deniedAt(words, at) && words.slice(at + near.length + 2).split(' ').length <= 5;
    })
  );
}
const NEAR_AT: ReadonlySet<string> = new Set(NEAR_PLACE_LINKS);

const WORKPLACE: ReadonlySet<string> = new Set(WORKPLACE_WORDS);
const WORKPLACE_LINK: ReadonlySet<string> = new Set(WORKPLACE_LINKS.map((words) => words.split(' ').at(-1)!));
const WISH: ReadonlySet<string> = new Set([...WISH_WORDS, ...NEAR_WISH_WORDS]);
const OWNING: ReadonlySet<string> = new Set(OWNING_WORDS);
const OWNED_ARTICLE: ReadonlySet<string> = new Set(OWNED_ARTICLES);
/**
 * ...or where a workplace named by its noun (or a verb of working) is, within four words before the link ("a dry
 * cleaner in"), not one wished for or wished near in its clause ("we want a house with a shop in fontana", "close to my
 * shop in la verne").
 */
function atAWorkplace(before: string): boolean {
  const words = tokenise(before).map((token) => token.word);
  if (!WORKPLACE_LINK.has(words.at(-1) ?? '')) return false;
  // (a thing the lead has there, said right before it: "tengo una baleadería en Ontario", not "tengo una hija en")
  if (
    HAVING.has(words.at(-4) ?? '') &&
    OWNED_ARTICLE.has(words.at(-3) ?? '') &&
    !FAMILY_THERE.has(words.at(-2) ?? '')
  )
    return true;
  // (further off, the words between only name the place: "i work nights at arrowhead regional in colton", not "my work
  // is flexible so anything in fontana")
  const near = (at: number) =>
    at >= words.length - 5 ||
    (at >= words.length - 8 && !words.slice(at + 1).some((word) => WORKPLACE_BREAK.has(word)));
  const noun = words.findLastIndex(
    (word, at) =>
      near(at) && (WORKPLACE.has(word) || (OWNING.has(word) && OWNED_ARTICLE.has(words[at + 1] ?? ''))),
  );
  return noun >= 0 && !words.slice(0, noun).some((word) => WISH.has(word));
}
const WORKPLACE_BREAK: ReadonlySet<string> = new Set([...WISH, ...WORKPLACE_BREAKS]);
const HAVING: ReadonlySet<string> = new Set(HAVING_WORDS);
const FAMILY_THERE: ReadonlySet<string> = new Set(FAMILY_TO_BE_NEAR);

/**
 * Words that take up a place the lead lives or works in as the one it wants ("we both work in ontario so near there",
 * "mis papás viven en upland, queremos estar cerca de ellos", "we grew up en rancho and want to come back").
 */
const STAY_NEAR = new RegExp(wordsOf(STAY_NEAR_WORDS));

/** Said of the place in the rest of its sentence: "but" and someone's "no" ("has cheap houses but my wife says no way"). */
const NO_WAY = phraseBook([
  { cue: 'no_way' as const, words: `but|pero ~5 ${NO_WAY_LATER.join('|')}`, clause: true, always: true },
]);
function noWayLater(after: string): boolean {
  const end = [...after].findIndex((char) => char === '.' || char === '!' || char === '?' || char === ';');
  return NO_WAY.find(tokenise(end < 0 ? after : after.slice(0, end))) !== undefined;
}

/**
 * "no me interesa fontana", "not in ontario", "anything but rialto": a place the lead does not want. `asAWord`: a name
 * that is an everyday word too ("chino", "corona") is out when no place word comes with it (said as the word).
 */
function ruledOut(folded: string, index: number, name: string, asAWord = true): boolean {
  const said = folded.slice(Math.max(0, index - 40), index);
  const before = said.split(/[.!?;,]/).pop() ?? '';
  if (
    EXCLUDING.test(before) ||
    NEGATED.test(before) ||
    nearDenied(before) ||
    livesThere(folded, index, index + name.length)
  )
    return true;
  const after = folded.slice(index + name.length);
  // "alta loma and no, we don't need to sell first": a "no" joined on answers something else
  if (TURNED_DOWN_AFTER.test(after) && !JOINED_NO.test(after)) return true;
  if (noWayLater(after)) return true;
  if (!asAWord || !EVERYDAY_WORDS.has(name)) return false;
  return !INTRODUCES_PLACE.test(said) && !PLACE_FOLLOWS.test(folded.slice(index + name.length));
}

const AFTER_A_PLACE: readonly string[] = [...AREA_ALONE_WORDS, ...AREA_PREFERRED_AFTER];
const CLAUSE_MARKS = '.,;!';
const isWordChar = (char: string | undefined): boolean => isFoldedLetter(char) || isDigit(char);
/**
 * The area is said as the only one: "eastvale only", "solo en chino", "just upland", or preferred to the others,
 * "Chino Hills mejor" (not "only fontana or rialto").
 */
function saidAlone(folded: string, hit: Hit): boolean {
  const before = folded.slice(0, hit.index).trimEnd().split(' ');
  // (not the last of a list, "fontana o rialto nomás")
  if (AREA_LIST_JOINS.includes(before.at(-1) ?? '') || (before.at(-1) ?? '').endsWith(',')) return false;
  const after = folded.slice(hit.end).trimStart();
  const only = AFTER_A_PLACE.find((word) => after.startsWith(word) && !isWordChar(after[word.length]));
  // (the clause ends with it: "fontana only. pomona rents don't pencil", "chino hills mejor, closer to my mom")
  if (only !== undefined) {
    const next = after[only.length];
    return (
      (next !== undefined && CLAUSE_MARKS.includes(next)) || !PLACE_FOLLOWS.test(after.slice(only.length))
    );
  }
  const place = before.at(-1) === 'en' || before.at(-1) === 'in' ? before.length - 2 : before.length - 1;
  // (not "no solo alta loma", "not only upland")
  if (before[place - 1] === 'no' || before[place - 1] === 'not') return false;
  return AREA_ALONE_WORDS.includes(before[place] ?? '') && !PLACE_FOLLOWS.test(folded.slice(hit.end));
}

/**
 * The text says one of the areas read from it as the only one wanted ("Fontana only. Pomona rents don't pencil",
 * "Chino Hills mejor"): a later explicit statement, which replaces the places known (DOMAIN.md 4.2a).
 */
export function saysOnlyThese(text: string, areas: readonly string[]): boolean {
  const folded = fold(text);
  return areas.some((area) => {
    const name = fold(area);
    const index = folded.indexOf(name);
    return index >= 0 && saidAlone(folded, { area, index, end: index + name.length });
  });
}

/** Where a known area was named: [index, end) in the folded text. */
interface Hit {
  area: string;
  index: number;
  end: number;
}

/**
 * Where the lead's family lives, taken up as the place it wants ("mis papás viven en upland, queremos estar cerca de
 * ellos"): read on the whole message when the lead's own clauses name no area.
 */
export function placesTakenUp(text: string, knownAreas: readonly string[]): string[] | undefined {
  return STAY_NEAR.test(fold(text)) ? extractAreas(text, knownAreas) : undefined;
}

const STREET_SUFFIX: ReadonlySet<string> = new Set(STREET_SUFFIXES);
/** The word after a place's name is a street suffix: "riverside ave", "foothill blvd" name a street, not the place. */
function namesAStreet(folded: string, end: number): boolean {
  let next = folded.slice(end).trimStart().split(' ')[0] ?? '';
  while (next !== '' && '.,;:!?)'.includes(next.at(-1)!)) next = next.slice(0, -1);
  return folded[end] === ' ' && STREET_SUFFIX.has(next);
}

/** Known areas of the tenant's market (case-insensitive) plus places after "near"/"cerca de". */
export function extractAreas(text: string, knownAreas: readonly string[]): string[] | undefined {
  const folded = fold(text);
  const words = letterRuns(folded);
  // Known areas in the order the lead named them, spelled exactly or with one typo per word of six letters or more.
  const hits: Hit[] = [];
  const homes: Hit[] = [];
  const refused = new Set<string>();
  const known = knownAreasOf(knownAreas);
  // Where each area is named, to tell "Chino" from the "Chino" in "Chino Hills" ("Chino, pero no Chino Hills").
  const namings = known.map((area) => namedIn(folded, area));
  let byFirst: FirstLetters | undefined;
  const spans = namings.flat().map(({ index, length }) => ({ index, end: index + length }));
  const inLonger = (index: number, length: number) =>
    spans.some((span) => span.index <= index && index + length <= span.end && span.end - span.index > length);
  for (const [at, area] of known.entries()) {
    // Each place it is named, until one is not ruled out ("mi mamá vive en chino y queremos estar en chino mismo").
    const named = namings[at]!.filter(({ index, length }) => !inLonger(index, length));
    const typo =
      named.length === 0 ? misspelledAt(words, area, (byFirst ??= byFirstLetter(words))) : undefined;
    if (typo !== undefined) named.push({ index: typo, length: area.folded.length });
    // (an area not named, nor misspelled, is neither wanted, turned down nor where the lead lives)
    if (named.length === 0) continue;
    let home: Hit | undefined;
    // (what was written: the name, a nickname or a typo, decides where the words after it start)
    const said = (index: number, length: number) => folded.slice(index, index + length);
    const wanted = named.find(({ index, length }) => {
      // ("close to the church on riverside ave": a street named after the place)
      if (namesAStreet(folded, index + length)) return false;
      if (!ruledOut(folded, index, said(index, length))) return true;
      if (!home && livesThere(folded, index, index + length))
        home = { area: area.name, index, end: index + length };
      return false;
    });
    // "ontario or chino... actually scratch ontario": a place turned down after it was named is out.
    const refusedLater =
      wanted !== undefined &&
      named.some(
        ({ index, length }) =>
          index > wanted.index &&
          // (a name that is an everyday word, said again with no place word, is not turned down: "ontario o chino.
          // is chino safe?")
          ruledOut(folded, index, said(index, length), false) &&
          !livesThere(folded, index, index + length),
      );
    if (refusedLater) refused.add(area.name);
    else if (wanted) hits.push({ area: area.name, index: wanted.index, end: wanted.index + wanted.length });
    else if (home) homes.push(home);
  }
  // A short name listed beside a named area ("rancho or upland", "en upland y rancho"): the list names both.
  for (const hit of [...hits]) {
    const before = SHORT_BEFORE.exec(folded.slice(Math.max(0, hit.index - 40), hit.index));
    const after = SHORT_AFTER.exec(folded.slice(hit.end));
    for (const [word, index] of [
      [before?.[1], hit.index - (before?.[0].length ?? 0)],
      // (where the word after starts: its match ends with it)
      [after?.[1], hit.end + (after?.[0].length ?? 0) - (after?.[1]?.length ?? 0)],
    ] as const) {
      const area = word === undefined ? undefined : areaCalled(word, known);
      if (
        area &&
        !refused.has(area) &&
        !hits.some((other) => other.area === area) &&
        !ruledOut(folded, index, word!)
      )
        hits.push({ area, index, end: index + word!.length });
    }
  }
  // A known area by its short name after a place word ("we want to stay in rancho", "algo por victoria").
  for (const match of folded.matchAll(SHORT_IN)) {
    const area = areaCalled(match[1]!, known);
    const index = match.index + match[0].length;
    if (!area || refused.has(area) || [...hits, ...homes].some((other) => other.area === area)) continue;
    const end = index + match[1]!.length;
    if (!ruledOut(folded, index, match[1]!)) hits.push({ area, index, end });
    else if (livesThere(folded, index)) homes.push({ area, index, end });
  }
  // "trabajo en ontario, queremos comprar en chino": where the lead lives or works is no area, unless nothing else
  // is named and the lead takes it up ("... so near there").
  // ...or the lead wants to be near it before naming any other ("cerca de mi hija que vive en eastvale, o en corona",
  // not "por etiwanda, pa estar cerca de mi jefa que vive en upland").
  if (hits.length === 0 && STAY_NEAR.test(folded)) hits.push(...homes);
  else {
    const first = (home: Hit) => !hits.some((hit) => hit.index < home.index);
    hits.push(...homes.filter((home) => first(home) && nearWhereTheyAre(folded, home.index)));
  }
  // A name inside a longer one the lead wrote is not a second area ("Chino" in "Chino Hills"), nor is one that overlaps
  // a longer one ("at Loma Linda" is no misspelled "Alta Loma").
  const inside = (hit: Hit, other: Hit) =>
    other.index < hit.end && hit.index < other.end && other.end - other.index > hit.end - hit.index;
  // "before I say Ontario, but now we decide Eastvale only": the one area said with "only" is the whole answer.
  const named = hits.filter((hit) => !hits.some((other) => inside(hit, other)));
  const alone = named.filter((hit) => saidAlone(folded, hit));
  const found = (alone.length === 1 ? alone : named)
    .sort((a, b) => a.index - b.index)
    .map(({ area }) => area);
  // "Fontana or Rialto, near the 10 freeway", "Upland or Montclair, close to the salon": beside areas it names, what
  // the lead wants to be near says where in them, and is no area of its own.
  const qualifies = found.length > 0;
  for (const match of folded.matchAll(NEAR)) {
    // "not near the 10", "no cerca de fontana": a place to keep away from.
    // ...or a wish against it ("no queremos vivir cerca de ...")
    if (negatedBefore(folded, match.index, 3) || NEGATED_NEAR.has(wordBefore(folded, match.index))) continue;
    // "la cerca del patio está caída": the fence, not a place near
    if (match[0].startsWith('cerca') && FENCE_ARTICLE.has(wordBefore(folded, match.index))) continue;
    const place = (match[2] ?? '')
      .trim()
      .replace(/\s+(porfa|pls|please|plz|thanks|thx|gracias|por favor|lol|jaja)$/, '')
      .replace(
        /^(my|our|mi|nuestro|nuestra)( [a-z]+'s)? (work|job|office|family|parents|school|house|place|trabajo|familia|oficina|casa) (in|at|en)\s+/,
        '',
      );
    // "near my wife's work", "cerca de mi trabajo": a place in the lead's life, not an area it names.
    if (/^\d/.test(place) || notAnArea(place) || place.split(' ').length > 4) continue;
    const named = knownAreas.find((area) => fold(area) === place);
    // "near the Victoria Gardens mall", "close to loma linda university": the area already named says it.
    if (!named && known.some((area) => found.includes(area.name) && area.pattern.test(place))) continue;
    if (!named && qualifies) continue;
    const label = named ?? `near ${titleCase(place)}`;
    if (!found.some((existing) => fold(existing) === fold(label) || (named && existing === named)))
      found.push(label);
  }
  // A home near or beside a freeway ("near the 210", "right off the 210", "sobre la 10"): not kept away from, not
  // where the lead lives, not an amount taken off another. A number without an article counts ("near 5 schools").
  for (const match of folded.matchAll(BESIDE_ROUTE)) {
    const before = folded.slice(0, match.index);
    if (
      negatedBefore(folded, match.index, 2) ||
      ruledOut(folded, match.index, match[0]) ||
      (/\boff\b/.test(match[0]) && AMOUNT_BEFORE.test(before)) ||
      LIVES_BEFORE.test(before) ||
      qualifies
    )
      continue;
    for (const number of [match[2]!, ...routesAfter(folded.slice(match.index + match[0].length))]) {
      const label = `near the ${number}`;
      if (!found.includes(label)) found.push(label);
    }
  }
  return found.length > 0 ? found : undefined;
}

/**
 * No preference: "no", "nope" or "open" as the whole answer or before a word of the same ("no, anywhere is fine"),
 * or a phrase that says it. "no hoa", "no stairs", "open house?" name something else.
 */
const NO_PREFERENCE = phraseBook([
  ...NO_PREFERENCE_WHOLE.map((words) => ({ cue: 'none' as const, words, always: true, whole: true })),
  ...NO_PREFERENCE_OPENINGS.map((words) => ({ cue: 'none' as const, words, always: true, opening: true })),
]);
/**
 * Words of a sentence, never of a place's name (lexicon/address.ts), and the units of time ("sometime next year" answers
 * when, not where; a day names places: "Day Creek").
 */
const NOT_IN_A_NAME: ReadonlySet<string> = new Set([
  ...SENTENCE_WORDS,
  ...NOT_A_PLACE_WORDS,
  ...DURATION_WORDS.filter((unit) => unit !== 'day' && unit !== 'dia'),
]);
const HEDGE = new RegExp(wordsOf([...NON_ANSWERS, ...AREA_NON_ANSWERS, 'maybe', 'tal vez', 'quizas']));

/** Deferring the areas question ("open to anything", "still learning the area", "cualquier zona está bien"). */
export function isAreaNonAnswer(text: string): boolean {
  return HEDGE.test(fold(text));
}

/**
 * The answer to the areas question that wants no place in particular ("no preference", "anywhere is fine", "donde
 * sea"): the question is answered with no place. Only used when the areas question is the one being answered.
 */
export function saysAnyArea(text: string, knownAreas: readonly string[] = []): boolean {
  const folded = fold(text).trim();
  if (knownAreasOf(knownAreas).some((area) => area.pattern.test(folded)) || HEDGE.test(folded)) return false;
  return NO_PREFERENCE.find(tokenise(folded)) !== undefined;
}

/**
 * An answer to the areas question that names places the tenant does not list ("Upland or Claremont"). Only used when
 * the areas question is the one being answered.
 */
export function extractAreaAnswer(text: string, knownAreas: readonly string[] = []): string[] | undefined {
  const folded = fold(text).trim();
  const known = knownAreasOf(knownAreas);
  // A known area was named and ruled out ("ya no busco en fontana"): the rest is not a list of places, unless every
  // place of the list is a known area ("Day Crick, o si no Etiwanda").
  if (known.some((area) => area.pattern.test(folded))) return extractAreaList(text, knownAreas);
  if (HEDGE.test(folded) || NO_PREFERENCE.find(tokenise(folded))) return undefined;
  const places = placesListed(text);
  if (!places) return undefined;
  return places.map(
    (place) => areaCalled(fold(place), known) ?? typoOfAName(fold(place), known) ?? titleCase(place),
  );
}

/**
 * A place listed in answer to the areas question that is a known area's name with a typo or an autocorrect ("alta
 * llama"): the whole item as far off the name as `misspelledAt` allows a whole name, same first letter and word count.
 */
function typoOfAName(place: string, known: readonly KnownArea[]): string | undefined {
  const wordCount = place.split(' ').length;
  const area = known.find(
    (candidate) =>
      candidate.folded.length >= 6 &&
      candidate.wordCount === wordCount &&
      candidate.folded[0] === place[0] &&
      near(place, candidate.folded, candidate.folded.length >= 8 ? 2 : 1),
  );
  return area?.name;
}

/**
 * An answer to the areas question that lists a known area spelled out beside others named by their short name
 * ("Rancho o Upland"): every place of the list, or nothing when one of them is not a known area.
 */
export function extractAreaList(text: string, knownAreas: readonly string[]): string[] | undefined {
  const places = placesListed(text);
  if (!places || places.length < 2) return undefined;
  const known = knownAreasOf(knownAreas);
  // A place turned down in its item is left out ("fontana ni de chiste, mejor upland").
  const named = places.flatMap((place) => {
    const item = fold(place);
    const area = spelledIn(item, known) ?? areaCalled(item, known) ?? typoOfAName(item, known);
    const at = area === undefined ? -1 : item.indexOf(fold(area));
    return at >= 0 && ruledOut(item, at, fold(area!)) ? [] : [area];
  });
  return named.length > 0 && named.every((name) => name !== undefined) ? named : undefined;
}

const LIST_LEAD_IN = new RegExp(`^(?:${anyOf(LIST_LEAD_INS)})\\s+`, 'i');
/** The places of a short list ("upland or claremont", "rancho y fontana"), or nothing when it reads as a sentence. */
function placesListed(text: string): string[] | undefined {
  const folded = fold(text).trim();
  const words = folded.split(/\s+/);
  if (words.length > 6 || /\d/.test(folded) || /[?]/.test(folded)) return undefined;
  const items = text
    .replace(LIST_LEAD_IN, '')
    .split(/\s*(?:,|\/|\band\b|\bor\b|\by\b|\bo\b)\s*/i)
    .map((place) => withoutHedges(place.replace(/[.!]+$/, '').trim()));
  const places = items.filter((place) => /^[\p{L}][\p{L} .'-]{1,30}$/u.test(place));
  // (an item no place is named by makes it a sentence: "Actually, scratch the four months;")
  if (items.some((item) => item !== '' && !places.includes(item) && item.length > 2)) return undefined;
  // A sentence is not a list of places ("que no tenga escaleras", "un piso de madera estaría bien").
  if (
    places.some((place) =>
      fold(place)
        .split(/\s+/)
        .some((word) => NOT_IN_A_NAME.has(word)),
    )
  )
    return undefined;
  return places.length > 0 ? places : undefined;
}

/** A list item without the hedges said with it ("rancho prob", "upland maybe", "tal vez chino"). */
function withoutHedges(place: string): string {
  // ("Day Creek, o si no Etiwanda": "or else" joins the next one)
  const folded = fold(place);
  const orElse = ['si no ', 'if not '].find((words) => folded.startsWith(words));
  if (orElse) place = place.slice(orElse.length).trim();
  const words = place.split(' ');
  const kept = words.filter((word) => !LIST_HEDGES.has(fold(word)));
  return kept.length === words.length ? place : kept.join(' ');
}
const LIST_HEDGES: ReadonlySet<string> = new Set(HEDGES_IN_A_LIST);

/** The longest known area spelled out in a list item ("chino hills", not "chino"). */
function spelledIn(place: string, known: readonly KnownArea[]): string | undefined {
  return known
    .filter((area) => area.pattern.test(place))
    .reduce<KnownArea | undefined>(
      (best, area) => (!best || area.folded.length > best.folded.length ? area : best),
      undefined,
    )?.name;
}

/**
 * The known area a list item names: spelled out, or by the first word of a longer name when that word is long and
 * no other area's ("rancho" is Rancho Cucamonga, "jurupa" Jurupa Valley; "san" and "alta" name nothing alone).
 */
function areaCalled(place: string, known: readonly KnownArea[]): string | undefined {
  const exact = known.find((area) => area.folded === place);
  if (exact) return exact.name;
  if (place.length < 5 || place.includes(' ')) return undefined;
  const startingWith = known.filter((area) => area.folded.split(' ')[0] === place || area.folded === place);
  return startingWith.length === 1 && startingWith[0]!.wordCount > 1 ? startingWith[0]!.name : undefined;
}

const TURNED_DOWN = anyOf(AREA_TURNED_DOWN);
const MIND = anyOf(MIND_CHANGED);
const MIND_SAID = new RegExp(wordsOf(MIND_CHANGED));
const PREFERRED = anyOf([...PREFERRING_WORDS, 'keep', 'only', 'just', 'solo', 'nomas', 'nada mas']);
const TURNED_DOWN_IN_A_CORRECTION = anyOf([...AREA_TURNED_DOWN, 'no']);

/**
 * The places already said that the message turns down by name ("not fontana anymore, we want upland", "sorry, no en
 * Ontario"): they give way to the places it names.
 */
export function areasTurnedDown(text: string, known: readonly string[], correcting: boolean): string[] {
  if (known.length === 0) return [];
  const folded = fold(text);
  const down = correcting ? TURNED_DOWN_IN_A_CORRECTION : TURNED_DOWN;
  const mindChanged = MIND_SAID.test(folded);
  return knownAreasOf(known)
    .filter((area) => {
      // "scratch fontana, the commute is bad", "corona está muy lejos": the last time it is named, it is turned down...
      const said = Array.from(folded.matchAll(area.everywhere));
      const last = said.pop();
      if (last === undefined) return false;
      // ...or it is quoted as said before and another meant ("I wrote Upland earlier; I meant Claremont").
      if ([...said, last].some((match) => quotedThenMeant(folded, match.index))) return true;
      const end = last.index + last[0].length;
      // ...and not taken up again after it ("we're not in fontana now but we want to live there").
      if (BACK_THERE.test(folded.slice(end))) return false;
      if (new RegExp(`\\b(?:${down})\\s+(?:in |en )?${area.folded}\\b`).test(folded)) return true;
      if (
        mindChanged &&
        new RegExp(`\\b(?:${MIND})\\s+${area.folded}\\b[^.!?]*\\b(?:${PREFERRED})\\b`).test(folded)
      )
        return true;
      if (!ruledOut(folded, last.index, area.folded)) return false;
      if (!livesThere(folded, last.index, end)) return true;
      // (the last time said as where the lead works, turned down before: "no es Fontana, es Rialto, Fontana es donde
      // trabajo")
      return said.some(
        (match) =>
          ruledOut(folded, match.index, area.folded) &&
          !livesThere(folded, match.index, match.index + match[0].length),
      );
    })
    .map((area) => area.name);
}

const QUOTING: ReadonlySet<string> = new Set(AREA_QUOTING_WORDS);
const MEANT: ReadonlySet<string> = new Set(AREA_MEANT_WORDS);
/** The place at `index` is quoted as the lead's earlier word, and something else is meant after it. */
function quotedThenMeant(folded: string, index: number): boolean {
  const before = folded
    .slice(Math.max(0, index - 24), index)
    .split(/[.;!?,]/)
    .pop()!
    .split(' ');
  const after = folded.slice(index).split(' ').slice(1, 12);
  return before.some((word) => QUOTING.has(word)) && after.some((word) => MEANT.has(word));
}

const BACK_THERE = new RegExp(`${wordsOf(WISH_WORDS)}[^.!?]{0,24}\\b(?:there|ahi|alla)\\b`);

/** "also upland", "upland too", "agrega rialto": places added to the ones already said. */
const ADDING_BEFORE = new RegExp(`${wordsOf(AREA_ADDING_BEFORE)}[^.!?]{0,24}$`);
const ADDING_AFTER = new RegExp(`^[^.!?,;]{0,12}${wordsOf(AREA_ADDING_AFTER)}`);
export function areasAdded(text: string, areas: readonly string[]): boolean {
  const folded = fold(text);
  // (any place it is named: "la mandan a la oficina de redlands ... y maybe redlands too")
  return knownAreasOf(areas).some((area) =>
    Array.from(folded.matchAll(area.everywhere)).some(
      (at) =>
        ADDING_BEFORE.test(folded.slice(0, at.index)) ||
        ADDING_AFTER.test(folded.slice(at.index + at[0].length)),
    ),
  );
}
