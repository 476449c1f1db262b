import { blankNotFigures } from '../read/not-figures.js';
import { numberWordsToDigits } from '../read/numbers.js';
import { either, oneOf, phraseBook, tokenise, type Token } from '../read/phrases.js';
import {
  BATHROOM_WORD,
  BEDROOM_WORD,
  fold,
  NUMBER_WORD_PATTERN,
  smallNumber,
  TAKE_BACK,
  TAKE_BACK_WORD,
} from '../text.js';
import {
  COUNT_LEAD_INS,
  HOMES_NOW,
  OTHER_HOMES,
  AT_LEAST_AFTER,
  AT_LEAST_BEFORE,
  CONCLUSION_WORDS,
  COUNT_ENOUGH,
  NOT_ENOUGH_BETWEEN,
  COUNT_NOT_NEEDED,
  NOT_SENT_NEGATORS,
  SENT_OR_SHOWN,
  SENT_TO_WORDS,
  PEOPLE_AFTER,
  PEOPLE_BEFORE,
  RANGE_JOINERS,
  COUNT_INSTEAD_LEADS,
  COUNT_CORRECTIONS,
  COUNT_UNIT_STARTS,
  COUNTED_THINGS,
  COUNT_FOR_WORDS,
  COUNT_UNIT_WORDS,
  SAID_BEFORE,
  FALLING_SHORT,
  WANTING_COUNT_WORDS,
  COUNTS_NOT_BEDROOMS,
  ONE_BATH_AFTER_BEDS,
  AGES_AFTER,
  AGES_OF_SOMEONE,
  ORDINAL_BATHS,
  AGES_BEFORE,
  ONE_MORE_ROOM_FOR,
  ROOMS_ADDED,
  PAIRS,
  ONE_ROOM_WORDS,
  ROOMS_FOR_EACH,
  AGES_VERBS,
  WHOSE_AGES,
  ONE_MORE_PHRASES,
  TWO_MORE_PHRASES,
  ONE_FEWER_PHRASES,
  HOME_NOW_WORDS,
  HOME_NOW_SAID,
  OWN_HOME_NOW_WORDS,
  DOUBLE_PHRASES,
} from '../lexicon/size.js';
import { everyHit, locate } from '../read/phrase-offsets.js';
import { anyOf, blanked, blankRange, isDigit, isDigits, wordsOf } from '../read/words.js';
import { TAKE_BACK_WORDS } from '../lexicon/optout.js';
import { findAddresses } from './address.js';
import { blankPhone } from './contact.js';
import { blankMoney } from './amount.js';
import { DURATION_UNITS, HOUR_UNITS, NOT_A_HOME_UNITS } from '../lexicon/time.js';

export interface Size {
  bedrooms?: number;
  bathrooms?: number;
  style?: string;
  /** The top of a range said ("3-4 bedrooms", "3 o 4"): `bedrooms` is its low end, the buyer's minimum. */
  maxBedrooms?: number;
}

/** The joiners of a count range, as one alternation (a hyphen may touch the numbers: "3-4"). */
const RANGE_JOIN = anyOf(RANGE_JOINERS);
const BEDS = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\+?(?:\\s*(?:${RANGE_JOIN})\\s*(\\d{1,2}|${NUMBER_WORD_PATTERN}))?\\s*-?\\s*${BEDROOM_WORD}\\b`,
);
/** "2.5 baths", "2 baños y medio", "two and a half baths", "2 1/2 ba": a half said before or after the word. */
const HALF =
  '(?:\\s*(?:y medio|and a half|& a half|and half|1\\/2|½))(?!\\s*(?:acres?|ac\\b|lots?|miles?|blocks?|hours?|hrs?|days?|weeks?|months?|years?|stor|basement|garage))';
const BATHS = new RegExp(
  `\\b(\\d(?:\\.5)?|${NUMBER_WORD_PATTERN})(${HALF})?\\+?\\s*-?\\s*(?:full\\s+)?${BATHROOM_WORD}\\b(${HALF})?`,
);
const BATHS_REPLACING = new RegExp(
  `${BATHS.source}\\s*,?\\s*(?:not|no|instead of|en vez de|en lugar de)\\s+\\d(?:\\.5)?\\b`,
);
/** "bath and a half", "baño y medio": one and a half, said without a number. */
const BATH_AND_A_HALF = new RegExp(
  `\\b(?:a |one |un )?${BATHROOM_WORD} (?:and a half|y medio)\\b${HALF.slice(HALF.indexOf('(?!'))}`,
);
/**
 * "3/2", and "a 3-2" or "2-1 is fine": a home's beds and baths (no more baths than beds and at most six beds: "2-3"
 * is a range, "we work 9-5" no home, "2-3 weeks" a time).
 */
const SLASH = /\b(\d)\s*([/-])\s*(\d(?:\.5)?)\b(?![-/\d])/g;
const NOT_A_HOME_AFTER = new RegExp(`^ ?${wordsOf([...DURATION_UNITS, ...HOUR_UNITS, ...NOT_A_HOME_UNITS])}`);
const STYLES: [RegExp, string][] = [
  [/\b(single[- ]story|one[- ]story|1[- ]story|una planta|un piso)\b/, 'single story'],
  [/\b(two[- ]story|2[- ]story|dos plantas|dos pisos)\b/, 'two story'],
  [/\b(condo|condominio)\b/, 'condo'],
  [/\b(townhome|townhouse|town home|town house)\b/, 'townhouse'],
  [/\b(single[- ]family|casa sola)\b/, 'single family'],
];

/**
 * A bare count answering the bedroom question ("5", "prob four", "3 at least", "4 or 5"): the only small number in
 * the message that is not a price, a time, a duration or a bathroom count. A range gives its upper end.
 */
const BARE_COUNT = new RegExp(
  `(?:^|[\\s,(~])(?<!\\b(?:after|before|at|by|til|till|until|around|las|despues de|antes de)\\s)(\\d{1,2})(?:ish|\\+)?(?:\\s*(?:${RANGE_JOIN})\\s*(\\d{1,2})(?:ish)?)?(?=$|[\\s,.!?):])(?!\\s*(?:${BATHROOM_WORD}\\b|${wordsOf(COUNT_UNIT_WORDS)}|${anyOf(COUNT_UNIT_STARTS)}))`,
  'g',
);

/**
 * A range's rest after a count read alone: the whole range was no count ("2 or 3 months", "1-2 baths": its top carries
 * another unit, so the count pattern fell back to its low end alone).
 */
function rangeRest(after: string): boolean {
  const said = after.trimStart();
  return RANGE_JOINERS.some(
    (join) => said.startsWith(join) && isDigit(said.slice(join.length).trimStart()[0] ?? ''),
  );
}

/** What may follow a count that settles the answer: "4 instead", "3 is fine", "4 would be ideal", "3 estaría bien". */
const COUNT_SETTLED =
  '(?:instead|then|is (?:fine|enough|plenty|ok|good|better|best|ideal|perfect)|would be (?:ideal|great|perfect|better|best|nice|good|fine|enough)|ideally|nomas|no mas|nada mas|solamente|es suficiente|esta bien|estaria bien|seria (?:ideal|mejor|perfecto)|alcanza|total)';

/** A correction between two counts ("5, no wait 4", "3... actually 4"): the later count replaces the earlier. */
const CORRECTION = new RegExp(`\\b(?:${anyOf([...TAKE_BACK_WORDS, ...COUNT_CORRECTIONS])})\\b`);

/** The home the lead has now, before its count: "our house has", "my place is a", "ahorita tenemos", "mi casa tiene". */
const HOME_NOW = new RegExp(
  `\\b(?:(?:my|our|mi|nuestra|nuestro) (?:current )?(?:${anyOf(HOMES_NOW)})\\b.*\\b(?:has|have|is|tiene|es)|(?:${anyOf(OTHER_HOMES)}) (?:only |just |solo )?(?:has|tiene)|(?:we|i) (?:have|got)|(?:we|i) currently have|(?:ahorita |ahora )?(?:tenemos|tengo))\\s*(?:${anyOf(COUNT_LEAD_INS)})?\\s*$`,
);
/** The count wanted after it: "we want 4", "queremos 4", "need at least 4". */
const WANTED_COUNT =
  /^[^.!?]*?\b(?:want|need|looking for|queremos|quiero|necesitamos|necesito|buscamos|ocupamos)\s+(?:at least\s+|al menos\s+|minimo\s+)?(\d{1,2})\b/;
/** A count quoted from before ("i said 3 earlier"), in its clause or right after it: the count wanted now replaces it. */
const QUOTED = new RegExp(wordsOf(SAID_BEFORE));
/** A count the lead does not need, said before the bedrooms ("we don't need", "no necesitamos"). */
const NOT_NEEDED_COUNT = new RegExp(`${wordsOf(COUNT_NOT_NEEDED)}\\s*$`);
const NOT_SENT: ReadonlySet<string> = new Set(NOT_SENT_NEGATORS);
const SENT: ReadonlySet<string> = new Set(SENT_OR_SHOWN);
const SENT_TO: ReadonlySet<string> = new Set(SENT_TO_WORDS);
/**
 * A negator, then a verb of sending or showing, among the last five words of the clause before a count, the count its
 * object ("don't send me any 2 bedrooms"; not "stop showing me condos lol 3bd houses only").
 */
function notToBeSent(clause: string): boolean {
  const last = tokenise(clause).slice(-5);
  const verb = last.findIndex((token) => SENT.has(token.word));
  return (
    verb > 0 &&
    last.slice(0, verb).some((token) => NOT_SENT.has(token.word)) &&
    last.slice(verb + 1).every((token) => SENT_TO.has(token.word))
  );
}
/** ...and the count said to be enough after it: "3 is plenty", "con 3 basta", "3 would be fine". */
const ENOUGH_COUNT = new RegExp(
  `^[^.!?]*?\\b(?:con )?(\\d{1,2})\\s*(?:(?!(?:${anyOf(NOT_ENOUGH_BETWEEN)})\\b)\\w+\\s+)?${wordsOf(COUNT_ENOUGH)}`,
);
/**
 * A bedroom count taken back right after it was said, in the same message: "3 bed. wait no, 4", "2 recámaras,
 * bueno no, mejor 3 porque...", "3br... actually make it 4". The new count must end the thought (the end, a comma, a
 * bedroom word, "instead", "because"...), so "sorry 1 more thing", "wait 1 sec", "sorry 2.5 baths", "actually 2-car
 * garage" or "o sea 1 para cada niño" take nothing back.
 */
const BEDS_TAKEN_BACK = new RegExp(
  `${TAKE_BACK}(\\d{1,2})(?=\\s*(?:$|[,;!?]|\\.(?!\\d)|-\\s|(?:${BEDROOM_WORD}|${COUNT_SETTLED}|porque|because|since|cuz|pq|if|si|pa|para)\\b|(?:y|and|plus|con|with|\\+) (?!(?:a )?half\\b|medio\\b|${BATHROOM_WORD}\\b)))`,
);

/** A count of people ("family of 5", "somos 6 en la familia", "3 kids"), taken out before a bare count is read. */
const PEOPLE_COUNT = new RegExp(
  `\\b(?:${anyOf(PEOPLE_BEFORE)}) (\\d{1,2})\\b|\\b(\\d{1,2}) (?:${anyOf(PEOPLE_AFTER)})\\b`,
  'g',
);

/** Ages given of people ("kids ages 7 and 9", "my daughter is 4", "tienen 8 y 12 años"), blanked before a bare count is read. */
const AGES_LIST = '# and|y|e|_ a|an|_ #|_ and|y|e|_ a|an|_ #|_';
const AGES_GIVEN = phraseBook(
  [
    { words: `${oneOf(AGES_BEFORE)} ${AGES_LIST}` },
    { words: `${either(WHOSE_AGES)} ${either(AGES_VERBS)} ${AGES_LIST}` },
    // "2 kids (7 & 9)", not "2 kids, 3" (nor the Spanish "son 5 no 4": they are 5)
    { words: `${either(WHOSE_AGES.filter((who) => who !== 'son'))} ${AGES_LIST}`, clause: true },
    // ...and after a comma, two joined and said alone ("2 kids, 7 and 11": ages, where "2 kids, 3" is a count)
    { words: `${either(WHOSE_AGES.filter((who) => who !== 'son'))} # and|y|e|& # $` },
    { words: `${AGES_LIST} ${oneOf(AGES_AFTER)}` },
    // "un niño de 6 y una de 9": the ages of the people named, said with "de"
    { words: `${oneOf(AGES_OF_SOMEONE)} de # y|e uno|una|otro|otra|el|la de #` },
  ].map((phrase) => ({ cue: 'ages' as const, always: true, ...phrase })),
);

/** The text with the numbers of every age given blanked (the words kept: "2 kids (7 & 9)" still counts people). */
function withoutAges(folded: string): string {
  const located = locate(folded);
  let text = folded;
  for (const hit of everyHit(AGES_GIVEN, located.tokens))
    for (let token = hit.start; token < hit.end; token += 1) {
      if (!isDigits(located.tokens[token]!.word)) continue;
      text = blankRange(text, located.at[token]!, located.end[token]!);
    }
  return text;
}

const FOR_EACH = either(ROOMS_FOR_EACH);
/** A room said before whom it is for: "one", "a room", "una recámara". */
const ROOM_FOR = 'one|a+room|a+bedroom|room|bedroom|una|un|un+cuarto|una+recamara|cuarto|recamara';
/** Rooms counted out: one for each of a number of people, and each room added beside them. */
const ROOMS_COUNTED = phraseBook<'each' | 'more'>(
  [
    // (a room for each, not money or anything else for each: "i pay for each of my 2 kids' school")
    {
      cue: 'each' as const,
      words: `${ROOM_FOR} for|para|pa each|every|cada of|uno+de|una+de|_ my|our|the|mis|nuestros|nuestras|los|las|_ # ${FOR_EACH}`,
    },
    {
      cue: 'each' as const,
      words: `# ${FOR_EACH} ~3 one|a|un|una|su|their+own|_ room|bedroom|cuarto|recamara each|apiece|cada+uno|cada+quien`,
    },
    // "una recámara pa' cada chamaco, son tres"
    { cue: 'each' as const, words: `${ROOM_FOR} para|pa cada ${FOR_EACH} son|are|theres #` },
    { cue: 'more' as const, words: `one|another|otra|otro|una|uno ~2 for|para ${oneOf(ONE_MORE_ROOM_FOR)}` },
    { cue: 'more' as const, words: `plus|and|y|also|mas one|_ for|para ${oneOf(ONE_MORE_ROOM_FOR)}` },
    { cue: 'more' as const, words: `and|plus|y|also|mas an|a|una|un|one|_ ${oneOf(ROOMS_ADDED)}` },
    { cue: 'more' as const, words: 'y|and|plus la|el|_ de|of nosotros|us|ours|mine' },
    { cue: 'more' as const, words: 'y|and|plus la+nuestra|el+nuestro|la+mia|ours|mine' },
  ].map((phrase) => ({ ...phrase, always: true })),
);

/**
 * Rooms listed one by one, each for someone ("one for each of the twins, one for us, and one for my mom": 4; "uno pa'
 * nosotros, uno pa' la niña y uno pa' los dos varones": 3), at least two of them; a room for each of a pair is two.
 */
const ROOMS_LISTED = phraseBook<'one_for' | 'each_pair'>(
  [
    {
      cue: 'each_pair' as const,
      words: `${oneOf(ONE_ROOM_WORDS)} for|para|pa each|cada of|de|uno+de|una+de the|los|las|my|mis|_ ${oneOf(PAIRS)}`,
    },
    { cue: 'one_for' as const, words: `${oneOf(ONE_ROOM_WORDS)} for|para|pa *` },
  ].map((phrase) => ({ ...phrase, always: true })),
);
const EACH: ReadonlySet<string> = new Set(['each', 'every', 'cada']);
const NOT_ANYONE: ReadonlySet<string> = new Set([...ROOMS_ADDED, 'guests', 'visitas', 'guest', 'visitors']);
function roomsListed(tokens: readonly Token[], saidBefore = 0): number | undefined {
  const hits = everyHit(ROOMS_LISTED, tokens);
  const pairs = hits.filter((hit) => hit.cue === 'each_pair');
  // (each room once: a pair's phrase is heard as "one for" too)
  // (a room for each of some people counted elsewhere is no single room: "una pa cada niño")
  const ones = hits.filter(
    (hit) =>
      hit.cue === 'one_for' &&
      !pairs.some((pair) => pair.start === hit.start) &&
      !EACH.has(tokens[hit.end - 1]?.word ?? ''),
  );
  // (rooms that are no one's bedroom alone count no bedrooms: "one for the office and another for guests")
  const forSomeone = ones.filter(
    (hit) => !tokens.slice(hit.end - 1, hit.end + 2).some(({ word }) => NOT_ANYONE.has(word)),
  );
  if (pairs.length + ones.length + saidBefore < 2 || pairs.length + forSomeone.length + saidBefore === 0)
    return undefined;
  return pairs.length * 2 + ones.length + saidBefore;
}

/** The bedrooms a lead counts out ("a room for each of our 3 kids plus one for us": 4), or undefined. */
function roomsCounted(folded: string): number | undefined {
  const tokens = tokenise(folded);
  const hits = everyHit(ROOMS_COUNTED, tokens);
  const each = hits.find((hit) => hit.cue === 'each');
  if (!each) return undefined;
  const people = Number(tokens.slice(each.start, each.end).find((token) => isDigits(token.word))?.word);
  // (each room added once, however many phrases hear it: "plus one for us")
  let added = 0;
  let after = -1;
  for (const hit of hits)
    if (hit.cue === 'more' && (hit.end <= each.start || hit.start >= each.end) && hit.start >= after) {
      added += 1;
      after = hit.end;
    }
  const rooms = people + added;
  return people >= 1 && rooms <= 8 ? rooms : undefined;
}

/** A negation right before a bare count ("not 5", "ni 5", "4 no 5"; a "no" opening its clause is "no, 4"). */
const TURNED_DOWN = /(?:\bnot|\bni|[a-z\d] no)\s?$/;

const OFFERED_AFTER =
  /^[\s,]*(?:maybe|or|o|quizas|tal vez|possibly|or maybe|o hasta)\s+(\d{1,2})\b(?!\s*(?:k|mil|bath|ba\b|banos?|%))/;
const NO_THEN = /^\d{1,2}\s*,?\s*(?:no|nah|nope)\b[\s,.]*$/;
const FLOOR_MIN = /\b(\d{1,2}) min\b(?!\s*(?:from|away|to|walk|drive|de|del|a|al|in|en)\b)/g;
const BETWEEN_AND = /\b((?:entre|between) \d{1,2}) (?:y|and) /g;

/**
 * The message turns down the bedroom count known, by name ("stop looking at 1 bedrooms, he wants 3", "forget the 5
 * bedrooms"): a set-aside phrase, then that count within a few characters.
 */
export function countTurnedDown(text: string, count: number): boolean {
  const folded = numberWordsToDigits(fold(text), { spanish: true });
  return COUNT_NOT_NEEDED.some((words) => {
    const at = folded.indexOf(`${words} `);
    if (at < 0 || (at > 0 && folded[at - 1] !== ' ')) return false;
    const after = folded.slice(at + words.length, at + words.length + 10).split(' ');
    return after.includes(String(count));
  });
}

const COUNT_FOR: ReadonlySet<string> = new Set(COUNT_FOR_WORDS);
/**
 * The words after a bare count name what it counts within five words: "2 big dogs", "3 of my project cars", "2 jet
 * skis" (not "3 for my kids", "4, one for each kid": a word of purpose or a mark ends the look).
 */
function countsAThing(after: string): boolean {
  for (const word of after.split(' ').filter(Boolean).slice(0, 5)) {
    if (COUNT_FOR.has(word)) return false;
    if (COUNTED_THINGS.some((thing) => word.startsWith(thing))) return true;
    if (!/^[a-z]+$/.test(word)) return false;
  }
  return false;
}

function bareCount(text: string): Size | undefined {
  // (a phone number given with the count is no figure: "4. I'm Dana 951-555-0128")
  const said = blankPhone(text);
  // (money, and a figure with decimals: "we can go up to 1.3" is millions, never a count)
  if (/\$|\d{3,}|\d+k\b|\d\.\d/.test(said)) return undefined;
  const folded = withoutAges(said)
    .replace(PEOPLE_COUNT, blanked)
    // "3 min, 4 would be nice" is a floor, not minutes; "entre 3 y 4" a range
    .replace(FLOOR_MIN, '$1 minimo')
    .replace(BETWEEN_AND, '$1 o ');
  const counts: { value: number; index: number; at: number; max?: number }[] = [];
  for (const match of folded.matchAll(BARE_COUNT)) {
    // "we need 4, not 5", "4 no 5": a count turned down is not one of the counts said.
    if (TURNED_DOWN.test(folded.slice(0, match.index + 1))) continue;
    if (match[2] === undefined && rangeRest(folded.slice(match.index + match[0].length))) continue;
    if (countsAThing(folded.slice(match.index + match[0].length, match.index + match[0].length + 60)))
      continue;
    // A range ("3 or 4", "3-4") is the buyer's minimum: its low end (and its top is kept).
    counts.push({
      value: Number(match[1]),
      index: match.index,
      at: match.index + match[0].search(/\d/),
      ...rangeTop(match[1], match[2]),
    });
  }
  if (counts.length === 0 || counts.length > 3) return undefined;
  if (counts.some(({ value }) => value < 1 || value > 12)) return undefined;
  // "with 3 is enough, pero 4 would be nice": the count said to be enough is the buyer's minimum.
  const enough = counts.length > 1 ? ENOUGH_COUNT.exec(folded) : null;
  if (enough) {
    // ("2 or 3 is fine, 3 would be nice": the range said to be enough is, its low end the minimum)
    const enoughCount = Number(enough[1]);
    const least =
      counts.find(({ value, max }) => max === enoughCount && value < enoughCount)?.value ?? enoughCount;
    const most = Math.max(...counts.map(({ value }) => value));
    return { bedrooms: least, ...(most > least ? { maxBedrooms: most } : {}) };
  }
  // One count is the answer. Several are alternatives ("4 would be ideal but 3 is ok", "3, maybe 4"): like a
  // range, the larger one is the need, unless the lead corrects themselves.
  const last = counts[counts.length - 1]!;
  const between = folded.slice(counts[0]!.index, last.index);
  // "3, no 4", "3 no, 4": the count said after a bare "no" replaces the one before it
  if (counts.length > 1 && (CORRECTION.test(between) || NO_THEN.test(between)))
    return { bedrooms: last.value };
  // "at least 3, ideally 4", "3 minimum but 4 would be nice": the least the buyer takes is the count.
  const least = counts.find(({ at }) => {
    return (
      LEAST_BEFORE.test(folded.slice(Math.max(0, at - 16), at)) || LEAST_AFTER.test(folded.slice(at, at + 16))
    );
  });
  // ...and the larger one said beside it its top ("3 minimum, 4 if we can find it").
  if (counts.length > 1 && least) {
    const most = Math.max(...counts.map(({ value }) => value));
    return { bedrooms: least.value, ...(most > least.value ? { maxBedrooms: most } : {}) };
  }
  if (counts.length === 1) return { bedrooms: last.value, ...(last.max ? { maxBedrooms: last.max } : {}) };
  // Alternatives are a range: the least is the buyer's minimum, the most its top ("3, maybe 4", "tres, o cuatro si
  // la tercera es chiquita").
  const values = counts.map(({ value }) => value);
  const [fewest, most] = [Math.min(...values), Math.max(...values)];
  return { bedrooms: fewest, ...(most > fewest ? { maxBedrooms: most } : {}) };
}

/** A floor said around a count ("at least 3", "3 minimum", "3 o más"). */
const LEAST_BEFORE = new RegExp(`${wordsOf(AT_LEAST_BEFORE)}\\s*$`);
const LEAST_AFTER = new RegExp(`^\\d{1,2}\\s*(?:\\+|${wordsOf(AT_LEAST_AFTER)})`);

const BATH_WORDS: ReadonlySet<string> = new Set([
  'bath',
  'baths',
  'bathroom',
  'bathrooms',
  'bano',
  'banos',
  'ba',
]);
/** A bathroom word among the last few words of the clause before a floor ("y baños mínimo dos"). */
function bathsBefore(text: string): boolean {
  const clause = tokenise(text);
  const last = clause.at(-1)?.clause;
  return clause
    .filter((token) => token.clause === last)
    .slice(-3)
    .some((token) => BATH_WORDS.has(token.word));
}
/** A figure goes on after the digits ("2,400"). */
const figureGoesOn = (rest: string): boolean =>
  (rest[0] === ',' || rest[0] === '.') && isDigits(rest[1] ?? '');
/** A smaller count than `said` after a floor word ("minimum 4", "al menos 3") in `after`, or undefined. */
function floorAfter(after: string, said: number): number | undefined {
  for (const match of after.matchAll(BARE_COUNT)) {
    const value = Number(match[1]);
    const at = match.index + match[0].indexOf(match[1]!);
    const rest = after.slice(match.index + match[0].length);
    // (not a figure, a thing counted or the bathrooms: "at least 2,400 square feet", "y baños mínimo dos")
    if (figureGoesOn(rest) || countsAThing(rest.slice(0, 60)) || bathsBefore(after.slice(0, at))) continue;
    if (value >= 1 && value < said && LEAST_BEFORE.test(after.slice(Math.max(0, at - 16), at))) return value;
  }
  return undefined;
}

/** A count after a conclusion ends its clause: "3 rooms for the kids plus an office so 4", "entonces 3". */
const CONCLUDED = new RegExp(
  `\\b(?:${anyOf(CONCLUSION_WORDS)}),?\\s+(\\d{1,2})\\+?(?:\\s*${BEDROOM_WORD})?(?=\\s*(?:$|[,;!?]|\\.(?!\\d)|${COUNT_SETTLED}\\b))`,
);

/** The top of a range whose low end is the count ("3-4", "tres o cuatro"), when it is above it. */
function rangeTop(low: string | undefined, high: string | undefined): { max?: number } {
  const top = smallNumber(high ?? '');
  return top !== undefined && top > (smallNumber(low ?? '') ?? top) && top <= 12 ? { max: top } : {};
}

/** "4 not 3", "cuatro en vez de tres": a count put in place of another. */
const COUNT_FOR_COUNT =
  /\b(\d{1,2}) (?:not|no|instead of|en vez de|en lugar de) (\d{1,2})\b(?!\s*(?:k\b|mil|%|\$|:))/g;

/**
 * "not 3 beds, 4", "no 3 recámaras sino 4", "not 3 but 4 bedrooms", "not 3 bedrooms, we need 4": a count said only to
 * be replaced.
 */
const COUNT_NOT_THIS = new RegExp(
  `\\b(?:not|no|ni)(?: (?:son|es|are|is|it'?s|its|sean|seran|were))? (\\d{1,2}) ?(${BEDROOM_WORD})?\\s*(?:[,;-]|\\b(?:sino|but|pero)\\b)\\s*(?:(?:${anyOf(COUNT_INSTEAD_LEADS)})\\s+)?(\\d{1,2})(?=\\s*(?:$|[,.!?]|(${BEDROOM_WORD})\\b|${COUNT_SETTLED}\\b))`,
);

/** "sorry, three", "perdón, tres nomás", "actually make it 4": a message that opens by taking a count back. */
const RECOUNT = new RegExp(
  `^\\s*(sorry|oops|actually|wait|perdon|perdona|mejor|digo|no)\\b[\\s,.!-]*(?:(?:make (?:it|that)|just|only|que sean|solo|nada mas|mejor)\\s+)?(\\d{1,2})(?=\\s*(?:$|[,.!]|(?:${BEDROOM_WORD}|${COUNT_SETTLED})\\b))`,
);

/**
 * A correction of the bedroom count said before ("actually we want 4 not 3" when 3 bedrooms were said, "perdón,
 * tres nomás"), whatever else the message holds: the new count, else undefined.
 */
export function correctedCount(text: string, bedrooms: number): Size | undefined {
  const folded = numberWordsToDigits(fold(text), { spanish: true });
  for (const match of folded.matchAll(COUNT_FOR_COUNT)) {
    const now = Number(match[1]);
    if (Number(match[2]) === bedrooms && now >= 1 && now <= 12) return { bedrooms: now };
  }
  const notThis = COUNT_NOT_THIS.exec(folded);
  // About bedrooms: a bedroom word with either count ("not 3 beds, 4", "no son 3, son 4 recamaras").
  if ((notThis?.[2] || notThis?.[4]) && Number(notThis[1]) === bedrooms)
    return bedroomCount(Number(notThis[3]));
  const recount = RECOUNT.exec(folded);
  // Or it opens by taking something back and says one count later on: "wait no, my mother-in-law is moving in, need 4".
  const now = recount
    ? Number(recount[2])
    : TAKING_BACK.test(folded)
      ? bareCount(withoutBaths(folded))?.bedrooms
      : undefined;
  return now !== undefined && now >= 1 && now <= 12 && now !== bedrooms ? { bedrooms: now } : undefined;
}

/** A message that opens by taking back what was said ("wait no", "actually", "perdón", "no, espera"). */
const TAKING_BACK = new RegExp(`^\\s*(?:${anyOf(TAKE_BACK_WORDS)})\\b`);

/** The text without its bathroom counts and the counts they replace ("3 baths not 2"): no bedrooms there. */
const withoutBaths = (folded: string): string => folded.replace(BATHS_REPLACING, ' ').replace(BATHS, ' ');

/** A bedroom count within reason (1 to 12), else nothing. */
const bedroomCount = (count: number): Size | undefined =>
  count >= 1 && count <= 12 ? { bedrooms: count } : undefined;

/** The bathroom count in folded text with digits ("2.5 baths", "2 banos"), when one is there. */
const BATH_BY_ORDINAL = phraseBook(
  ORDINAL_BATHS.map(({ count, words }) => ({ cue: String(count), words, always: true })),
);
function bathroomsIn(folded: string): number | undefined {
  const baths = BATHS.exec(folded);
  // ("the 3rd bath is a must": three)
  const ordinal = baths ? undefined : BATH_BY_ORDINAL.find(tokenise(folded));
  if (ordinal) return Number(ordinal.cue);
  if (!baths) return BATH_AND_A_HALF.test(folded) ? 1.5 : undefined;
  const whole = /\d/.test(baths[1] ?? '') ? Number(baths[1]) : smallNumber(baths[1] ?? '');
  const count =
    whole !== undefined && (baths[2] || baths[3]) && Number.isInteger(whole) ? whole + 0.5 : whole;
  return count !== undefined && count >= 1 && count <= 10 ? count : undefined;
}

/** A bathroom count said again after a take-back ("3 bed 2 bath wait, 3 baths"): the later one. */
function bathroomsTakenBack(folded: string): number | undefined {
  const first = BATHS.exec(folded);
  if (!first) return undefined;
  const rest = folded.slice(first.index + first[0].length);
  const back = TAKE_BACK_WORD.exec(rest);
  return back ? bathroomsIn(rest.slice(back.index)) : undefined;
}

const ONE_BATH = phraseBook(ONE_BATH_AFTER_BEDS.map((words) => ({ cue: 'one_bath' as const, words })));
/** "... y un baño", "... and a bath": one bathroom said with an article right after the bedroom count. */
function oneBathAfter(afterBeds: string): boolean {
  return ONE_BATH.find(tokenise(afterBeds))?.start === 0;
}

/** Bathrooms said on their own ("y dos baños", "2.5 baths"): added to a size already known. */
export function extractBathrooms(text: string): number | undefined {
  return bathroomsIn(numberWordsToDigits(fold(withoutAddressedHomes(text)), { spanish: true }));
}

const SHORT: readonly string[] = FALLING_SHORT.map((words) => ` ${words} `);
const WANTING: ReadonlySet<string> = new Set(WANTING_COUNT_WORDS);
const NOT_BEDROOMS: ReadonlySet<string> = new Set(COUNTS_NOT_BEDROOMS);
/**
 * A count said of a home that falls short, then the count wanted: the words before the wanted count say so ("if its
 * only 3 bed, we need 4"), and the wanted count is of bedrooms (not "we need 2 baths").
 */
function fallsShort(clause: string, upToWanted: string, afterWanted: string): boolean {
  const said = ` ${tokenise(`${clause} ${upToWanted}`)
    .map((token) => token.word)
    .join(' ')} `;
  const unit = tokenise(afterWanted)[0]?.word ?? '';
  const ofBedrooms =
    !NOT_A_HOME_AFTER.test(` ${unit}`) && !NOT_BEDROOMS.has(unit) && !countsAThing(afterWanted.trim());
  // (the first count is itself the one wanted, "we need 3 bed, pero si solo tiene 1 baño we need 2"; or baths are
  // named between them)
  const firstWanted = tokenise(clause).some((token) => WANTING.has(token.word));
  const othersBetween = tokenise(upToWanted).some((token) => NOT_BEDROOMS.has(token.word));
  return ofBedrooms && !firstWanted && !othersBetween && SHORT.some((words) => said.includes(words));
}

const SENTENCE_MARKS = '.!?\n';
/** The fewest digits of a house number whose address's sentence describes that home. */
const HOUSE_NUMBER_DIGITS = 3;
/**
 * The text without its street addresses, and without the rest of the sentence of one that wants nothing: a size said with
 * the lead's address is that home's ("we have to sell first. Es la 1817 Grand Ave en Chino Hills, 3 bed 2 bath"), not
 * the one wanted ("we're at 1817 Grand Ave, need 4 bedrooms" keeps its count).
 */
function withoutAddressedHomes(text: string): string {
  let out = text;
  for (const { address, start, end } of findAddresses(text)) {
    let from = start;
    while (from > 0 && !SENTENCE_MARKS.includes(text[from - 1]!)) from -= 1;
    let to = end;
    while (to < text.length && !SENTENCE_MARKS.includes(text[to]!)) to += 1;
    const wants = tokenise(fold(text.slice(from, to))).some((token) => WANTING.has(token.word));
    // (from the address on, and only a street's house number: "the lot is 10 mil sq ft" names no home)
    const street = (address.split(' ')[0] ?? '').length >= HOUSE_NUMBER_DIGITS;
    const [blankFrom, blankTo] = wants || !street ? [start, end] : [start, to];
    out = blankRange(out, blankFrom, blankTo);
  }
  return out;
}

/** Bedrooms (and bathrooms, style when given): "3 bed", "3br", "three bedrooms", "3/2", "3 recámaras". */
export function extractSize(
  text: string,
  { asked }: { asked: boolean } = { asked: false },
): Size | undefined {
  const folded = blankNotFigures(
    numberWordsToDigits(fold(withoutAddressedHomes(text)), { spanish: true }),
  ).replace(BETWEEN_AND, '$1 o ');
  const size: Size = {};
  const beds = BEDS.exec(folded);
  let turnedDown = false;
  // A total is no smaller than a bedroom count said before it ("tres recámaras: una para cada niño, son dos, y la
  // nuestra": "son dos" counts the children).
  const total = (beds || asked) && CONCLUDED.exec(folded);
  const concluded =
    total && !(beds && beds.index < total.index && Number(total[1]) < (smallNumber(beds[1] ?? '') ?? 0))
      ? total
      : null;
  // A count said only to be replaced, about bedrooms: named with the first count, or the question just asked.
  const notThis = COUNT_NOT_THIS.exec(folded);
  if (notThis && (notThis[2] || notThis[4] || asked)) Object.assign(size, bedroomCount(Number(notThis[3])));
  else if (concluded) {
    // "lo ideal serían cinco recámaras, pero con cuatro nos la arreglamos": a smaller count said to be enough after it.
    const said = Number(concluded[1]);
    const after = withoutBaths(folded.slice(concluded.index + concluded[0].length));
    const enough = Number(ENOUGH_COUNT.exec(after)?.[1] ?? NaN);
    // ...or a floor said after it: "lo ideal serían 5, pero mínimo 4 recámaras"
    const least = enough < said ? enough : floorAfter(after, said);
    // ...and a home that falls short, then the count wanted: "son 2 habitaciones nada más, necesitamos 3"
    const wantedAfter = WANTED_COUNT.exec(after);
    const wanted =
      wantedAfter &&
      Number(wantedAfter[1]) > said &&
      fallsShort(
        '',
        after.slice(0, wantedAfter.index + wantedAfter[0].length),
        after.slice(wantedAfter.index + wantedAfter[0].length),
      )
        ? Number(wantedAfter[1])
        : undefined;
    Object.assign(
      size,
      wanted !== undefined
        ? bedroomCount(wanted)
        : least !== undefined && least < said
          ? { bedrooms: least, maxBedrooms: said }
          : bedroomCount(said),
    );
  } else if (beds) {
    // "our house has 3 bedrooms, we want 4": the count of the home the lead has now gives way to the one it wants.
    const clause =
      folded
        .slice(0, beds.index)
        .split(/[.,;!?]/)
        .pop() ?? '';
    const after = folded.slice(beds.index + beds[0].length);
    // ("queremos de 4 o 5": the count wanted after "de")
    const wantedText = WANTING_COUNT_WORDS.reduce(
      (said, word) => said.replaceAll(`${word} de `, `${word} `),
      after,
    );
    const wantedAfter = WANTED_COUNT.exec(wantedText);
    const clauseTokens = tokenise(clause);
    const toldNow = HOME_NOW_TOLD.find(clauseTokens) !== undefined;
    const homeNow = HOME_NOW.test(clause) || toldNow;
    // (the lead's own home, not the one on the page: "it has 4 bedroom, that is exactly what we need")
    const ownHomeNow = toldNow || (homeNow && clauseTokens.some((token) => OWN_NOW.has(token.word)));
    const wanted =
      homeNow ||
      (wantedAfter &&
        fallsShort(
          clause,
          wantedText.slice(0, wantedAfter.index + wantedAfter[0].length),
          wantedText.slice(wantedAfter.index + wantedAfter[0].length),
        ))
        ? wantedAfter
        : null;
    // "i said 3 bedrooms earlier but we need 4", "i mentioned 2 before, make that 3": the count said after it.
    const quoted = QUOTED.test(clause) || QUOTED.test(after.slice(0, 24));
    const requoted = quoted ? bareCount(withoutBaths(after))?.bedrooms : undefined;
    // "we don't need 4 beds, 3 is plenty": the count turned down gives way to the one said to be enough.
    // "scratch the 3 beds, we need 4", "forget the 3 bedrooms, 4 at least": or the count wanted or said after it.
    const notNeeded = NOT_NEEDED_COUNT.test(clause) || notToBeSent(clause);
    const enough = notNeeded ? (ENOUGH_COUNT.exec(after) ?? WANTED_COUNT.exec(after)) : null;
    const other = notNeeded && !enough ? bareCount(withoutBaths(after))?.bedrooms : undefined;
    const instead = enough ? [enough[0], enough[1]] : other !== undefined ? ['', String(other)] : null;
    // "2 bed is fine... wait no, 3": a take-back further on, then the count it puts in place.
    const back = TAKE_BACK_WORD.exec(after);
    const takenBack =
      wanted ??
      instead ??
      BEDS_TAKEN_BACK.exec(after) ??
      (back ? BEDS_TAKEN_BACK.exec(after.slice(back.index)) : null);
    // "5 bedrooms would be a dream but 4 is fine": a smaller count said to be enough is the buyer's minimum.
    const enoughLater = Number(ENOUGH_COUNT.exec(withoutBaths(after))?.[1] ?? NaN);
    const saidFirst = smallNumber(beds[1] ?? '') ?? 0;
    // "4 bedrooms, or at least 3", "cuatro cuartos, o mínimo tres": a smaller floor said after it is the minimum.
    const floorLater = floorAfter(withoutBaths(after), saidFirst);
    const replacement =
      requoted ??
      (takenBack ? Number(takenBack[1]) : undefined) ??
      (enoughLater < saidFirst ? enoughLater : undefined) ??
      floorLater;
    // A range ("3-4 bedrooms", "3 o 4 recámaras") is the buyer's minimum: its low end.
    // ("the depa we have now is 2 bed, we need more space": the home's count, none wanted said)
    turnedDown = (notNeeded && !instead) || (ownHomeNow && replacement === undefined);
    const count = replacement ?? (turnedDown ? undefined : smallNumber(beds[1] ?? ''));
    if (count !== undefined && count >= 1 && count <= 12) {
      size.bedrooms = count;
      // "5 bedrooms would be a dream but 4 is fine": the dream is the top of the range.
      const said = smallNumber(beds[1] ?? '');
      const dream =
        (count === enoughLater || count === floorLater) && said !== undefined && said > count
          ? said
          : undefined;
      // "2 bedrooms, maybe 3 if the price is right": a larger count offered right after is the top.
      // (not "3 bedrooms, maybe 4 weeks to close")
      const offeredAfter = OFFERED_AFTER.exec(after);
      const offered =
        offeredAfter && !NOT_A_HOME_AFTER.test(after.slice(offeredAfter[0].length))
          ? Number(offeredAfter[1])
          : NaN;
      const top =
        replacement !== undefined
          ? dream
          : (rangeTop(beds[1], beds[2]).max ?? (offered > count && offered <= 12 ? offered : undefined));
      if (top !== undefined) size.maxBedrooms = top;
    }
  }
  const bathrooms =
    bathroomsTakenBack(folded) ??
    bathroomsIn(folded) ??
    (beds && oneBathAfter(folded.slice(beds.index + beds[0].length)) ? 1 : undefined);
  if (bathrooms !== undefined) size.bathrooms = bathrooms;
  // (the first "3/2" or "4-2" of a home: "1-2 rentals, 3/2 minimum" counts rentals first)
  const slash = [...folded.matchAll(SLASH)].find(
    (said) =>
      said[2] === '/' ||
      (Number(said[3]) <= Number(said[1]) &&
        Number(said[1]) <= 6 &&
        !NOT_A_HOME_AFTER.test(folded.slice(said.index + said[0].length))),
  );
  if (slash && size.bedrooms === undefined) {
    size.bedrooms = Number(slash[1]);
    size.bathrooms ??= Number(slash[3]);
  }
  for (const [pattern, style] of STYLES) {
    if (pattern.test(folded)) {
      size.style = style;
      break;
    }
  }
  // "a room for each of our 3 kids plus one for us": the rooms counted out, more than a room said per person ("3
  // kids, one room each, plus one for us")
  const counted = turnedDown ? undefined : roomsCounted(folded);
  if (counted !== undefined && counted > (size.bedrooms ?? 0)) {
    size.bedrooms = counted;
    delete size.maxBedrooms;
  }
  if (size.bedrooms === undefined && asked && !turnedDown) {
    // A bathroom count and the count it replaces ("3 baths not 2") say nothing about bedrooms.
    // (money said beside it is no count: "2 would work, 3 if i can swing it. i have like 38k saved")
    Object.assign(size, bareCount(withoutBaths(blankMoney(folded))));
  }
  // Rooms listed one by one, when no count of rooms was said or a smaller bare one, of people ("one for us, one for the
  // baby and one for my mom"; "uno pa' nosotros, uno pa' la niña y uno pa' los dos varones").
  // (a room said as "one bedroom" opens such a list: "una recámara para nosotros, otra para los niños y otra ...")
  const oneRoomSaid = beds !== null && smallNumber(beds[1] ?? '') === 1;
  const listed =
    (!beds || oneRoomSaid) && !concluded && !turnedDown
      ? roomsListed(tokenise(folded), oneRoomSaid ? 1 : 0)
      : undefined;
  if (listed !== undefined && listed > (size.bedrooms ?? 0)) {
    size.bedrooms = listed;
    delete size.maxBedrooms;
  }
  return size.bedrooms === undefined ? undefined : size;
}

const RELATIVE = phraseBook([
  ...ONE_MORE_PHRASES.map((words) => ({ cue: 'one' as const, words })),
  ...TWO_MORE_PHRASES.map((words) => ({ cue: 'two' as const, words })),
  ...ONE_FEWER_PHRASES.map((words) => ({ cue: 'fewer' as const, words })),
  ...DOUBLE_PHRASES.map((words) => ({ cue: 'double' as const, words })),
]);
const SAYS_A_HOME_NOW: ReadonlySet<string> = new Set(HOME_NOW_WORDS);
const OWN_NOW: ReadonlySet<string> = new Set(OWN_HOME_NOW_WORDS);
const HOME_NOW_TOLD = phraseBook(
  HOME_NOW_SAID.map((words) => ({ cue: 'now' as const, words, always: true })),
);
/** The most bedrooms a home now is read with ("we're in a 2 bed"): a count of its own, not a price or a date. */
const MOST_NOW = 6;

/**
 * The bedrooms wanted, said against the home the lead has now: "one more bedroom than we have now, we're in a 2 bed
 * apartment" (3), "una recámara más de las que tenemos, vivimos en una de dos" (3), "ahorita tenemos 2 cuartos and we
 * need el doble" (4), "la de ahora tiene 3 pero queremos una menos" (2). The count now is the one other small figure
 * of the text; none, or several, reads nothing.
 */
export function relativeBedrooms(text: string): number | undefined {
  const folded = fold(text);
  const tokens = tokenise(numberWordsToDigits(folded, { spanish: true }));
  const hit = RELATIVE.find(tokens);
  // (against the home now, said: not "3 bedrooms, one less than my sister's")
  if (hit === undefined || !tokens.some((token) => SAYS_A_HOME_NOW.has(token.word))) return undefined;
  const counts = tokens
    .filter((token, at) => (at < hit.start || at >= hit.end) && isDigits(token.word))
    .map((token) => Number(token.word))
    .filter((count) => count >= 1 && count <= MOST_NOW);
  if (new Set(counts).size !== 1) return undefined;
  const now = counts[0]!;
  if (hit.cue === 'fewer') return now > 1 ? now - 1 : undefined;
  return hit.cue === 'double' ? now * 2 : now + (hit.cue === 'two' ? 2 : 1);
}
