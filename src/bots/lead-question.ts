import type { Listing, ListingAvailability } from '../protocol/common.js';
import { detectIntent, wantsToRent } from './intent.js';
import {
  AGE_STATED_PHRASE,
  HAS_A_ARTICLES,
  FEATURE_SYNONYMS,
  KIND_HOME_NOUNS,
  MASS_FEATURE_WORDS,
  NOT_A_KIND,
  NOT_A_THING,
  NOT_A_FEATURE_WORD,
  OWNERSHIP_WORDS,
  QUESTION_PHRASES,
  QUESTION_OPENERS_AFTER,
  QUESTION_OPENERS_OF_A_CLAUSE,
  QUESTION_WORDS_ANYWHERE,
  STATING_OPENERS,
  QUESTIONS_NOT_FOR_THE_AGENT,
  CONDITION_FIRST_WORDS,
  FEATURE_COPULAS,
  REQUEST_OPENERS,
  DETAIL_SYNONYMS,
  FEATURE_DETAIL_FILLERS,
  QUESTION_TAGS,
  QUESTION_PREAMBLES,
  APOLOGIES,
  NOES_BEFORE_ASKING,
} from './lexicon/questions.js';
import { detectLanguage } from './lang.js';
import { AREA_UNITS } from './lexicon/size.js';
import { isDigit, wordsOf } from './read/words.js';
import { locateTokens } from './read/phrase-offsets.js';
import { cueBooks } from './read/cue-books.js';
import { phraseBook, tokenise, type Token } from './read/phrases.js';
import { BATHROOM_WORD, BEDROOM_WORD, fold, formatMoney, sentences, smallNumber, type Lang } from './text.js';
import type { ModelQuestion, TopicModel } from './topic-model/model.js';

export type QuestionTopic =
  | 'showing'
  | 'home_value'
  | 'availability'
  | 'pool'
  | 'hoa'
  | 'sqft'
  | 'beds'
  | 'baths'
  | 'price'
  | 'year_built'
  | 'lot'
  | 'feature'
  | 'other';

export type AnswerSource = 'listing' | 'agent' | 'showing' | 'home_value';

export interface LeadQuestion {
  topic: QuestionTopic;
  /** The lead's sentence, as written. */
  sentence: string;
  /** For `feature`: the feature asked about ("garage", "solar"). */
  feature?: string;
  /** For `feature`: asked whether it is owned, leased or paid off ("is the solar paid off?"). */
  ownership?: true;
  /** For `feature`: what it is asked to be, beyond being there ("is the pool heated?": ["heated"]). */
  detail?: string[];
  /** For `feature`: asked what the home is, not what it has ("is this one single story?"). */
  kind?: true;
}

const BOOK = phraseBook(QUESTION_PHRASES);
/** "is there ...", "are there ...": an opening that may ask about anything, not only the home. */
const IS_THERE: ReadonlySet<string> = new Set(['is', 'are']);
const heard = cueBooks(QUESTION_PHRASES);

/** The listing facts asked about, in this order (the HOA first: its fee may be asked with the pool's). */
const TOPICS = ['pool', 'sqft', 'year_built', 'beds', 'baths', 'price'] as const;
/** The listing facts a wish to know asks for ("my dad wants to know what year it was built"). */
const WISHED_FACTS = ['pool', 'sqft', 'year_built', 'beds', 'baths', 'hoa', 'lot_size', 'feature'] as const;
const FEATURES = BOOK.only('feature');
/** The feature asked about first in the sentence, as written ("a/c" for the words "a c"). */
function featureAsked(tokens: readonly Token[]): { feature: string; start: number; end: number } | undefined {
  const hits = FEATURES.hear(tokens);
  if (hits.length === 0) return undefined;
  const first = hits.reduce((best, hit) => (hit.start < best.start ? hit : best));
  return { feature: first.evidence === 'a c' ? 'a/c' : first.evidence, start: first.start, end: first.end };
}

const COPULA: ReadonlySet<string> = new Set(FEATURE_COPULAS);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'un', 'una']);
const DETAIL_FILLER: ReadonlySet<string> = new Set(FEATURE_DETAIL_FILLERS);
/**
 * What a feature is asked to be, when it is the subject of "is" ("is the pool heated o no?", "¿la chimenea es de leña
 * o de gas?", "is the casita permitted?"): the words after it, past fillers; none for "is there a pool?".
 */
function detailAsked(tokens: readonly Token[], start: number, end: number): { detail?: string[] } {
  const words = tokens.map((token) => token.word);
  // ("is that a pool in pic 6?" asks whether there is one)
  if (INDEFINITE.has(words[start - 1] ?? '')) return {};
  // ("..., is the pool heated tho?": "is the" right before the feature, later in the sentence)
  const opensWithIs =
    (COPULA.has(words[0] ?? '') && words[1] !== 'there') ||
    (start >= 2 && COPULA.has(words[start - 2]!) && THE_THING.has(words[start - 1]!));
  const isAfter = COPULA.has(words[end] ?? '');
  if (!opensWithIs && !isAfter) return {};
  const detail = words.slice(isAfter ? end + 1 : end).filter((word) => !DETAIL_FILLER.has(word));
  return detail.length > 0 ? { detail } : {};
}

/**
 * A question that starts after a laugh or an aside inside one unpunctuated sentence: "cant stop thinking about that
 * kitchen lol is it still available", "love the yard btw does it have a pool", "me encanta jaja tiene alberca". Only
 * after a laugh or "btw", and only a question built as one ("is it", "does the", "how much", "tiene"): after "but" or
 * "pero", and before "which", "what we need", "tiene que", the words are a statement.
 */
const BUILT_AS_A_QUESTION =
  "(?:(?:is|does|do|are|can|will|has|did) (?:it|this|that|there|the|they|he|she)|how (?:much|many|big|old)|what'?s the|whats the|when (?:was|is|did|does|will|can|could)|where (?:is|are)|(?:de )?qu[eé] a[ñn]o|cuándo|tiene|incluye|se quedan?|cu[aá]nt[oa]s?|cu[aá]l es)\\b";
const INNER_QUESTION = new RegExp(
  `(?:^|\\s)(?:lol|lmao|rofl|(?:ha|ja|he|je){2,}h?|btw|by the way|por cierto|oye)\\s+(?=${BUILT_AS_A_QUESTION})`,
  'i',
);
/** A last clause built as a question ("..., whats the hoa", "..., does it have a pool"; not "..., tiene que ser"). */
const CLAUSE_QUESTION = new RegExp(`^\\s*(?!tiene que|cu[aá]nto antes)${BUILT_AS_A_QUESTION}`, 'i');
/**
 * The sentence, or its head and the question that starts inside it: after a laugh or an aside (INNER_QUESTION), or
 * as its last clause in a sentence with no question mark ("never mind the pool question, whats the hoa").
 */
function splitInnerQuestion(sentence: string): string[] {
  const match = INNER_QUESTION.exec(sentence);
  if (!match) return splitClauseQuestion(sentence);
  const cut = match.index + match[0].length;
  return [sentence.slice(0, match.index), sentence.slice(cut)].filter((part) => part.trim() !== '');
}

/** A sentence without a question mark whose last clause opens as a question: its head and that clause. */
function splitClauseQuestion(sentence: string): string[] {
  if (sentence.includes('?')) return [sentence];
  const comma = sentence.lastIndexOf(',');
  if (comma <= 0) return [sentence];
  const last = sentence.slice(comma + 1);
  return CLAUSE_QUESTION.test(last) ? [sentence.slice(0, comma), last.trim()] : [sentence];
}

/**
 * In a sentence with a question mark that opens as no question, the first clause that does, to the end ("if we change
 * our minds, can we back out?", "g'day, has the sewer line been scoped at all, do you know?").
 */
function markedQuestion(sentence: string): string | undefined {
  if (!sentence.includes('?')) return undefined;
  const opensAsking = (part: string): boolean =>
    OPENS_ASKING.test(part.trim()) ||
    heard(tokenise(afterPreamble(fold(part).replace(OPENING_MARKS, '').trim())), 'interrogative')?.start ===
      0;
  if (opensAsking(sentence)) return undefined;
  // (after a greeting of a word or two, or a condition: not after a statement, "sorry was fixing the dryer, what was
  // the question?")
  const head = tokenise(fold(sentence.slice(0, sentence.indexOf(','))));
  if (head.length > 2 && !CONDITION_FIRST_WORD.has(head[0]?.word ?? '')) return undefined;
  // (the first few clauses only: a long run of commas asks nothing more)
  let comma = sentence.indexOf(',');
  for (let tried = 0; comma > 0 && tried < 4; tried += 1) {
    const rest = sentence.slice(comma + 1).trim();
    if (opensAsking(rest)) return rest;
    comma = sentence.indexOf(',', comma + 1);
  }
  // ...or, with no comma after the condition, from the first word that opens asking ("if we put in an offer and get
  // cold feet can we back out?")
  if (sentence.includes(',') || !CONDITION_FIRST_WORD.has(head[0]?.word ?? '')) return undefined;
  const words = sentence.trim().split(' ');
  for (let at = 3; at < words.length - 1; at += 1) {
    const rest = words.slice(at).join(' ');
    if (opensAsking(rest)) return rest;
  }
  return undefined;
}

const BEDROOMS_NAMED = new RegExp(`\\b${BEDROOM_WORD}(?![a-z])`, 'g');
const BATHROOMS_NAMED = new RegExp(`\\b${BATHROOM_WORD}(?![a-z])`, 'g');

/** Bedrooms or bathrooms, whichever the text names last before the sentence's question ends. */
function countNamedBefore(text: string, sentence: string): 'beds' | 'baths' | undefined {
  const end = text.indexOf(sentence) + sentence.length;
  const folded = fold(text.slice(0, Math.max(end, sentence.length)));
  const last = (pattern: RegExp) =>
    Math.max(-1, ...Array.from(folded.matchAll(pattern), (match) => match.index));
  const [beds, baths] = [last(BEDROOMS_NAMED), last(BATHROOMS_NAMED)];
  if (beds < 0 && baths < 0) return undefined;
  return beds > baths ? 'beds' : 'baths';
}

// The patterns of a sentence's shape, compiled once (a pattern written in a function is a new object per call).
/** A clause's end inside a sentence: a comma, or "and", "y", "so" before a question ("3 is enough and does it..."). */
const clauseEnd = (joiners: string) => new RegExp(`,\\s*|\\s+(?=(?:${joiners})\\s)`, 'i');
const COMMA = clauseEnd('and|y|so|asi que');
/** ...or a "but" ("3 bedrooms is enough pero does it have a garage?"). */
const COMMA_OR_BUT = clauseEnd('but|pero|and|y|so|asi que');
const APOSTROPHES = /'/g;
const OPENING_MARKS = /^[¿\s]+/;
const LETTER = /[a-z]/;
const STATING: ReadonlySet<string> = new Set(STATING_OPENERS);
const ASKED_LAST = /\b(cuant[oa]s?|how (much|many))\s*$/;
const ENDS_ASKING = /\?\s*$/;
const OPENS_ASKING = /^¿/;
const ENDS_EXCLAIMING = /!\s*$/;
/** A few words and a colon, with no question mark: a label before what it lists. */
const LABEL = /^[^?:]{1,30}:(?!\d)[^?]*$/;
const WORDS_OF_TWO = /[a-z]{2,}/g;
/** "tiene 25 años", "tiene como 30 años la casa": the home's age stated. */
const AGE_STATED = phraseBook([
  { cue: 'age' as const, words: AGE_STATED_PHRASE, opening: true, always: true },
]);

/**
 * What a question's sentence states before the clause that asks ("4 bedrooms, cuantos tiene esta?": "4 bedrooms"):
 * its leading clauses when a later one opens a question and none of them does, or a no before a question asked in
 * other words ("not yet, we were gonna ask if ..."); empty otherwise.
 */
export function statedBefore(sentence: string, { butQualifies }: { butQualifies: boolean }): string {
  // While a call is set up, what a "but" question follows is what it qualifies ("thursday works but can we push it
  // to 6?" picks nothing).
  const clauses = sentence.split(butQualifies ? COMMA : COMMA_OR_BUT);
  const asking = clauses.findIndex((clause) => {
    const tokens = tokenise(fold(clause.replace(APOSTROPHES, ' ')).replace(OPENING_MARKS, ''));
    return heard(tokens, 'interrogative') !== undefined || heard(tokens, 'count_elided') !== undefined;
  });
  if (asking > 0) return clauses.slice(0, asking).join(', ');
  // ...or, the question asked in other words ("not yet, we were gonna ask if you guys know someone decent?"), a no
  // said before it
  const first = fold(clauses[0] ?? '').trim();
  return asking < 0 && clauses.length > 1 && NO_BEFORE_ASKING.has(first) ? first : '';
}
const NO_BEFORE_ASKING: ReadonlySet<string> = new Set(NOES_BEFORE_ASKING);

/** Longest first: "quick question" before "question". */
const PREAMBLES = [...QUESTION_PREAMBLES].sort((a, b) => b.length - a.length);
const wordChar = (char: string | undefined): boolean =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));
const PREAMBLE_MARKS = ' ,.!:;-';
const APOLOGY: ReadonlySet<string> = new Set(APOLOGIES);
/**
 * A folded sentence read past the words that open it and ask nothing ("sorry, what's the asking price again", "ok so
 * how much is it"): at most three, and never the whole sentence.
 */
function afterPreamble(folded: string): string {
  let rest = folded;
  for (let taken = 0; taken < 3; taken++) {
    const opening =
      PREAMBLES.find((word) => rest.startsWith(word) && !wordChar(rest[word.length])) ?? drawnOut(rest);
    if (opening === undefined) break;
    let next = opening.length;
    while (next < rest.length && PREAMBLE_MARKS.includes(rest[next]!)) next += 1;
    const left = rest.slice(next);
    const marked = rest.slice(opening.length, next).trim() !== '';
    if (APOLOGY.has(opening) && !marked && !ASKING_WORDS.has(tokenise(left)[0]?.word ?? '')) break;
    if (!LETTER.test(left)) break;
    rest = left;
  }
  return rest;
}

/** The first word when it is a preamble said drawn out ("hiii", "heyyy", "holaaa", "sooo"). */
function drawnOut(text: string): string | undefined {
  let end = 0;
  while (wordChar(text[end])) end += 1;
  const word = text.slice(0, end);
  let said = word;
  while (said.length > 2 && said.at(-1) === said.at(-2)) said = said.slice(0, -1);
  return said !== word && PREAMBLE_SET.has(said) ? word : undefined;
}
const PREAMBLE_SET: ReadonlySet<string> = new Set(QUESTION_PREAMBLES);

/** Words past which a sentence not built as a question, only ended by "?", is a hedged statement. */
const HEDGED_STATEMENT_WORDS = 8;
const ASKING_WORDS: ReadonlySet<string> = new Set(QUESTION_WORDS_ANYWHERE);
const ASKING_OPENERS: ReadonlySet<string> = new Set(QUESTION_OPENERS_OF_A_CLAUSE);
/** ...or after a word that opens a clause of its own ("lease is up in 5 months but does the seller need..."). */
const ASKING_AFTER: ReadonlySet<string> = new Set(QUESTION_OPENERS_AFTER);

/**
 * Finds the lead's own question in the (side-topic free) text; none when the message asks nothing.
 * `worthMeansOwnHome`: "what's it worth?" asks about the lead's own home (no listing in view, not a buyer).
 */
export function findLeadQuestion(
  text: string,
  {
    worthMeansOwnHome,
    ownHome = false,
    model,
  }: {
    worthMeansOwnHome: boolean;
    /** The lead describes its own home (a seller): "está bien cuidada, tiene piso nuevo" states. */
    ownHome?: boolean;
    /**
     * The trained reading of a visit or a home's value asked for, where the rules read no question or one for the
     * agent, and the language of the conversation (a sentence's own language first).
     */
    model?: { reader: TopicModel; lang: Lang };
  } = { worthMeansOwnHome: false },
): LeadQuestion | undefined {
  const asked = sentences(text).flatMap(splitInnerQuestion);
  // (the message is this one sentence, or a statement and a question marked by its signs: "ya vimos las fotos. ¿el
  // techo es nuevo?")
  // ...or a marked question and a few words of context after it ("¿el corral tiene permiso para cuantos caballos? I
  // have three")
  const whole =
    asked.length === 1 ||
    (asked.length === 2 && OPENS_ASKING.test(asked[1]!.trim()) && !asked[0]!.includes('?')) ||
    (asked.length === 2 &&
      asked[0]!.trim().endsWith('?') &&
      !asked[1]!.includes('?') &&
      tokenise(asked[1]!).length <= CONTEXT_AFTER_A_QUESTION);
  for (const sentence of asked) {
    const found = questionOf(sentence, { text, whole, worthMeansOwnHome, ownHome });
    if (found && (found.topic !== 'other' || !model)) return found;
    const modelled = model ? modelledQuestion(sentence, model.reader, model.lang) : undefined;
    if (modelled) return { topic: modelled, sentence };
    if (found) return found;
    // (the question a sentence holds after words that ask nothing and state no intent, read as the sentence would be)
    const marked = markedQuestion(sentence);
    const inner = marked && detectIntent(fold(sentence)).intent === 'unclear' ? marked : undefined;
    const innerFound = inner ? questionOf(inner, { text, whole, worthMeansOwnHome, ownHome }) : undefined;
    if (innerFound) return { ...innerFound, sentence };
  }
  return undefined;
}

/**
 * The topic model's reading of a sentence built as a question, or said as a wish ("we'd love to see it"): a visit or
 * the value of the lead's own home ("can we pop over for a look saturday?", "¿en cuánto creen que se vendería la
 * nuestra?").
 */
function modelledQuestion(sentence: string, reader: TopicModel, lang: Lang): ModelQuestion | undefined {
  const folded = afterPreamble(fold(sentence).replace(OPENING_MARKS, '').trim());
  const tokens = tokenise(folded);
  const apart = folded.includes("'") ? tokenise(folded.replace(APOSTROPHES, ' ')) : tokens;
  const asks =
    ENDS_ASKING.test(folded) ||
    OPENS_ASKING.test(sentence.trim()) ||
    heard(apart, 'interrogative') !== undefined ||
    heard(tokens, 'wants') !== undefined;
  if (!asks) return undefined;
  const asked = reader.asks(sentence, detectLanguage(sentence) ?? lang);
  // (a visit asked, not told; the lead's own home valued, not this one: "¿y esta en cuánto la tienen?")
  if (asked === 'showing' && heard(tokens, 'visit_made')) return undefined;
  if (asked === 'home_value' && !heard(apart, 'own_home')) return undefined;
  return asked;
}

/** The question one sentence of the message asks, read by the rules; none when it asks nothing. */
function questionOf(
  sentence: string,
  {
    text,
    whole,
    worthMeansOwnHome,
    ownHome,
  }: { text: string; whole: boolean; worthMeansOwnHome: boolean; ownHome: boolean },
): LeadQuestion | undefined {
  const folded = afterPreamble(fold(sentence).replace(OPENING_MARKS, '').trim());
  // A sentence without letters asks nothing (and a long run of "?!" is many such sentences).
  if (!LETTER.test(folded)) return undefined;
  const tokens = tokenise(folded);
  if (
    heard(tokens, 'home_value') ||
    heard(tokens, 'sell_it_for') ||
    (worthMeansOwnHome && heard(tokens, 'worth_it'))
  )
    return { topic: 'home_value', sentence };
  // "can't", "how's" open a question as "can" and "how" do; "we're" is no "were" (a sentence without an
  // apostrophe has the same tokens either way).
  const apart = folded.includes("'") ? tokenise(folded.replace(APOSTROPHES, ' ')) : tokens;
  // "what wasn't: the roof leaks", "lo que falta: pintura": a question word before a colon labels a list.
  // "tiene 25 años y ...", "tiene como 30 años la casa": the home's age after "tiene", with no question mark, is stated
  // ("tiene 4 recámaras verdad" still asks).
  // (a wish to know asks a fact of the listing; of what a home is worth it is the home-value request the model reads)
  const knowingWished =
    heard(apart, 'knowing_wished') !== undefined &&
    !ownHome &&
    heard(apart, 'own_home') === undefined &&
    WISHED_FACTS.some((cue) => heard(tokens, cue) !== undefined);
  const interrogative =
    (heard(apart, 'interrogative') !== undefined || knowingWished) &&
    !LABEL.test(folded) &&
    !(AGE_STATED.find(apart) !== undefined && !folded.includes('?')) &&
    !(ownHome && !folded.includes('?') && STATING.has(apart[0]?.word ?? ''));
  // A question word at the end asks too ("hoa cuanto", "taxes how much").
  // ...and so does a listing fact named alone ("hoa fees", "y la cuota").
  const askedLast = ASKED_LAST.test(folded) || heard(tokens, 'fact_alone') !== undefined;
  // A question built as one and closed by a tag instead of its mark ("did somebody grab this one or nah").
  const tagged =
    interrogative &&
    QUESTION_TAG.has(
      tokens
        .slice(-2)
        .map(({ word }) => word)
        .join(' '),
    );
  const asks = ENDS_ASKING.test(folded) || OPENS_ASKING.test(sentence.trim()) || interrogative || askedLast;
  // (a visit told, not asked: "my parents went to see it last weekend, how many offers are in?")
  if (heard(tokens, 'showing') && (asks || heard(tokens, 'wants')) && !heard(tokens, 'visit_made'))
    return { topic: 'showing', sentence };
  // A lead who wants to rent asks the team something the bots do not do: the agent answers it.
  if (wantsToRent(folded) && detectIntent(folded).intent === 'unclear') return { topic: 'other', sentence };
  if (!asks) return undefined;
  // "que bonita casa!", "what a view!": an exclamation opened like a question asks nothing.
  if (ENDS_EXCLAIMING.test(folded) && !folded.includes('?') && !OPENS_ASKING.test(sentence.trim()))
    return undefined;
  if (!interrogative && !ENDS_ASKING.test(folded) && !askedLast) return undefined;
  if (heard(tokens, 'rent_rate')) return { topic: 'other', sentence };
  if (heard(tokens, 'advice_asked') && (heard(tokens, 'getting_ready') || heard(tokens, 'first')))
    return { topic: 'other', sentence };
  // A choice between getting it ready and selling as is: "¿le arreglo el techo primero o la vendo así?"
  if (heard(tokens, 'getting_ready') && heard(tokens, 'first_or')) return { topic: 'other', sentence };
  // Another home's facts are not the page's listing's: the agent answers them.
  if (heard(tokens, 'another_home')) return { topic: 'other', sentence };
  // The lot is a fact of the catalogue; another part's size or age is the agent's to answer.
  if (heard(tokens, 'lot_size')) return { topic: 'lot', sentence };
  if (heard(tokens, 'size_of_part', 'age_of_part')) return { topic: 'other', sentence };
  if (heard(tokens, 'appliance') && heard(tokens, 'stays')) return { topic: 'other', sentence };
  // What the HOA allows is not what it costs.
  if (heard(tokens, 'hoa') && heard(tokens, 'hoa_rules')) return { topic: 'other', sentence };
  // "is it still available?", "¿ya se vendió?": the catalogue's status answers it.
  if (heard(tokens, 'availability')) return { topic: 'availability', sentence };
  if (heard(tokens, 'hoa')) return { topic: 'hoa', sentence };
  const topic = TOPICS.find((cue) => heard(tokens, cue));
  // ("is the pool heated?": what the pool is, which only a feature line can say)
  const pool = topic === 'pool' ? heard(tokens, 'pool') : undefined;
  const poolDescribed = pool ? detailAsked(tokens, pool.start, pool.end) : {};
  if (poolDescribed.detail) return { topic: 'feature', sentence, feature: 'pool', ...poolDescribed };
  // ("price wise maybe 575?": a figure said last after a hedge, not built as a question, is an answer)
  const last = tokens.length - 1;
  const figureHedged =
    !interrogative &&
    last > 0 &&
    tokens[last]!.word[0]! >= '0' &&
    tokens[last]!.word[0]! <= '9' &&
    FIGURE_HEDGES.has(tokens[last - 1]!.word);
  if (topic && !(topic === 'price' && figureHedged)) return { topic, sentence };
  // "4 bedrooms, cuantos tiene esta?": a count asked without its noun counts what the message named last before it.
  const counted = heard(tokens, 'count_elided') ? countNamedBefore(text, sentence) : undefined;
  if (counted) return { topic: counted, sentence };
  const asked = featureAsked(tokens);
  const ownership = heard(tokens, 'status_of_part') ? { ownership: true as const } : {};
  if (asked)
    return {
      topic: 'feature',
      sentence,
      feature: asked.feature,
      ...ownership,
      ...detailAsked(tokens, asked.start, asked.end),
    };
  // "does it have a guest house?", "¿tiene bodega?": whatever the listing's features may name.
  const thing = thingAsked(folded, tokens, 'has_a');
  if (thing) return { topic: 'feature', sentence, feature: thing };
  // "¿tiene lugar para estacionar una troca grande?": a longer thing asked of the home is the agent's to answer.
  // ("is there anything else you need?" asks the bot, not about the home)
  const opening = heard(tokens, 'has_a');
  if ((ENDS_ASKING.test(folded) || tagged) && opening?.start === 0 && !IS_THERE.has(tokens[0]!.word))
    return { topic: 'other', sentence };
  // "is this one single story?": the kind of home, after "one" when the lead said "this one".
  const kind = kindAsked(thingAsked(folded, tokens, 'is_it'));
  if (kind && !NOT_A_KIND.has(kind.split(' ')[0]!))
    return { topic: 'feature', sentence, feature: kind, kind: true };
  // "is the workshop detached?", "¿el corral es techado?": a thing of the home and what it is asked to be.
  const described = describedThing(folded, tokens);
  if (described) return { topic: 'feature', sentence, ...described };
  if (figureHedged) return undefined;
  // A bare "?" after one word ("ok?", "3?") is not a question about the home, unless the word names a listing
  // fact ("hoa?", "pool?", "garage?", matched above).
  if ((folded.match(WORDS_OF_TWO) ?? []).length < 2) return undefined;
  // Any other question about the home, the market or the process; not a counter-question about the bot.
  // ("why are the owners selling?" asks about the other side, not back about the bot's question)
  if (heard(tokens, 'counter_question') && !heard(tokens, 'their_side')) return undefined;
  // "Can I get a cash offer on my house?" states the intent; the bot step reads it.
  if (heard(tokens, 'about_the_agent')) return { topic: 'other', sentence };
  // "how long has it been on the market?": a question whose subject is the listing asks about it, whatever its
  // words say of selling.
  if (heard(tokens, 'about_the_listing')) return { topic: 'other', sentence };
  // How something works is a question for the agent, whatever intent its words state ("how does the buying
  // process work?", "¿cómo funciona el proceso de compra?", "what are the steps to sell?").
  if (heard(tokens, 'how_it_works')) return { topic: 'other', sentence };
  // A long statement with a question mark at its end states, hedged ("we're locked into our lease for roughly 5
  // more months so around then?"): not a question about the home unless it is built as one, or holds a question
  // word or a verb that asks opening a clause ("if we rented it out what would it bring in?", "we want to avoid
  // mello roos, does this one have it?").
  const builtAsAQuestion = interrogative || heard(tokens, 'accepts') || OPENS_ASKING.test(sentence.trim());
  const hedgedStatement =
    !builtAsAQuestion &&
    tokens.length > HEDGED_STATEMENT_WORDS &&
    !tokens.some(
      ({ word, clause }, at) =>
        ASKING_WORDS.has(word) ||
        (ASKING_OPENERS.has(word) &&
          (tokens[at - 1]?.clause !== clause || ASKING_AFTER.has(tokens[at - 1]!.word))),
    );
  // ...and so does one whose subject is the other side of the sale ("why are the owners selling?").
  if (
    (heard(apart, 'home_words') || heard(tokens, 'their_side')) &&
    !hedgedStatement &&
    (detectIntent(folded).intent === 'unclear' || heard(tokens, 'their_side'))
  )
    return { topic: 'other', sentence };
  // (how a purchase is paid for is asked whatever intent it states: "can i buy with an ITIN?")
  if (heard(tokens, 'financing') && builtAsAQuestion && detectIntent(folded).intent !== 'seller')
    return { topic: 'other', sentence };
  if (heard(tokens, 'getting_around') && detectIntent(folded).intent === 'unclear')
    return { topic: 'other', sentence };
  // A message that is one question built as one, about no call, visit, time, figure or intent ("¿cuánto sale el
  // recibo de la luz al mes?", "how old is the water heater?"): the agent answers it.
  // (Spanish asks without turning the sentence round: "¿las placas solares son propias?", "¿perdemos el depósito?" are
  // built as questions by their marks; not "¿me pueden mandar más casas?", a request)
  const thingMarked =
    OPENS_ASKING.test(sentence.trim()) &&
    !REQUEST_OPENER.has((AND_WORDS.has(tokens[0]?.word ?? '') ? tokens[1] : tokens[0])?.word ?? '');
  if (
    (interrogative || thingMarked) &&
    whole &&
    (folded.endsWith('?') || tagged) &&
    !hedgedStatement &&
    tokens.length >= 4 &&
    !tokens.some(({ word }) => NOT_FOR_THE_AGENT.has(word) || (word[0]! >= '0' && word[0]! <= '9')) &&
    detectIntent(folded).intent === 'unclear'
  )
    return { topic: 'other', sentence };
  return undefined;
}
const NOT_FOR_THE_AGENT: ReadonlySet<string> = new Set(QUESTIONS_NOT_FOR_THE_AGENT);
/** A hedge right before a figure that ends a sentence: "maybe 575?", "como 500?". */
const FIGURE_HEDGES: ReadonlySet<string> = new Set([
  'maybe',
  'like',
  'around',
  'about',
  'prob',
  'probably',
  'como',
  'unos',
  'quizas',
  'vez',
]);
/** Words after a marked question that still leave it the message's one question ("... ? I have three"). */
const CONTEXT_AFTER_A_QUESTION = 4;
const REQUEST_OPENER: ReadonlySet<string> = new Set(REQUEST_OPENERS);
const AND_WORDS: ReadonlySet<string> = new Set(['y', 'e', 'and']);
const CONDITION_FIRST_WORD: ReadonlySet<string> = new Set(CONDITION_FIRST_WORDS);
const QUESTION_TAG: ReadonlySet<string> = new Set(QUESTION_TAGS);

/**
 * The thing a question whether the home has something names, in one to eight words ("does it have a guest house?",
 * "is there a wine cellar", "¿tiene bodega?", "¿hay cuarto de lavado?"), the question being the whole sentence: the
 * listing answers it when one of its features names it, the agent otherwise.
 */
function thingAsked(folded: string, tokens: readonly Token[], cue: 'has_a' | 'is_it'): string | undefined {
  const opening = heard(tokens, cue);
  if (!opening) return undefined;
  const { end } = locateTokens(folded, tokens);
  const openingEnd = end[opening.end - 1]!;
  // The opening as written, its words one space apart ("does it have", not "does it, have").
  if (folded.slice(0, openingEnd) !== opening.evidence || folded[openingEnd] !== ' ') return undefined;
  const rest = folded.slice(openingEnd + 1);
  // (the thing up to an alternative: "tiene EV charger pa mi Tesla o tendria que poner uno?")
  let words = (rest.endsWith('?') ? rest.slice(0, -1) : rest).trimEnd().split(' ');
  const or = words.findIndex((word, at) => at > 0 && (word === 'o' || word === 'or'));
  if (or > 0) words = words.slice(0, or);
  // "is there a pool": the article is no part of the thing, unless what follows it names none ("a chance").
  if (words.length > 1 && HAS_A_ARTICLES.has(words[0]!) && !NOT_A_THING.has(firstPart(words[1]!)))
    words = words.slice(1);
  // (a longer thing is found by its words among the listing's features: "does it have somewhere to charge my
  // tesla?", "¿tiene espacio para parquear un RV?")
  const most = cue === 'has_a' ? 8 : 4;
  if (
    NOT_A_THING.has(firstPart(words[0]!)) ||
    words.length > most ||
    !words.every((word, at) => isPlainWord(word) || (at > 0 && isCount(word)))
  )
    return undefined;
  return words.join(' ');
}

const THE_THING: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);
/**
 * A question that opens with "is the" and one word, then at most three words of what it is ("is the workshop
 * detached?"), or its Spanish "¿el X es Y?": the thing is found among the listing's features and answered when its line
 * says it, by the agent otherwise.
 */
function describedThing(
  folded: string,
  tokens: readonly Token[],
): { feature: string; detail: string[] } | undefined {
  if (!folded.trimEnd().endsWith('?') || tokens.length < 3 || tokens.length > 6) return undefined;
  const words = tokens.map((token) => token.word);
  const english = COPULA.has(words[0]!) && THE_THING.has(words[1]!);
  const spanish = THE_THING.has(words[0]!) && COPULA.has(words[2]!);
  if (!english && !spanish) return undefined;
  const thing = english ? words[2]! : words[1]!;
  const detail = words.slice(3).filter((word) => !DETAIL_FILLER.has(word));
  if (detail.length === 0 || !isPlainWord(thing) || NOT_A_THING.has(thing) || NOT_A_KIND.has(thing))
    return undefined;
  if (!detail.every(isPlainWord) || detail.some((word) => NOT_A_KIND.has(word))) return undefined;
  return { feature: thing, detail };
}

/** The kind of home asked about, without "one" before it or "home" after it ("this one single story home"). */
function kindAsked(thing: string | undefined): string | undefined {
  if (thing === undefined) return undefined;
  const words = thing.split(' ');
  if (words[0] === 'one' && words.length > 1) words.shift();
  if (words.length > 1 && KIND_HOME_NOUNS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** A small count inside a longer thing asked about ("room for my 2 horses"). */
const isCount = (word: string) => word.length <= 2 && [...word].every((char) => char >= '0' && char <= '9');
/** A word's part before a hyphen ("something" of "something-else"). */
const firstPart = (word: string) => word.split('-')[0]!;
/** A word of letters and hyphens, opened by a letter. */
const isPlainWord = (word: string) =>
  word.length > 0 && [...word].every((char, at) => (char >= 'a' && char <= 'z') || (at > 0 && char === '-'));

/** The catalogue says whether a feature is owned or leased ("owned solar", "leased solar", "paid-off panels"). */
const OWNERSHIP_SAID = new RegExp(wordsOf(OWNERSHIP_WORDS));

/** What a listing says about a feature, if it says anything. */
function featureLine(
  listing: Listing,
  asked: string,
  lang: Lang,
  {
    ownership = false,
    kind = false,
    detail = [],
  }: { ownership?: boolean; kind?: boolean; detail?: readonly string[] } = {},
): string | undefined {
  const feature = (listing.features ?? []).find((item) => featureNames(item, asked));
  if (!feature || (ownership && !OWNERSHIP_SAID.test(fold(feature)))) return undefined;
  // (the catalogue says what it is only when its line says it: "heated pool" answers "is the pool heated?")
  // (in either language, a count in words or digits: "¿la cochera es de tres carros?" finds "3-car garage")
  const line = fold(feature);
  const said = detail.flatMap((word) => [
    word,
    String(smallNumber(word) ?? word),
    ...(DETAIL_SYNONYMS[word] ?? []),
  ]);
  if (detail.length > 0 && !said.some((word) => line.includes(word))) return undefined;
  if (kind) return lang === 'es' ? `Sí: ${feature}.` : `Yes, it's ${feature}.`;
  if (lang === 'es') return `Sí, tiene ${feature}.`;
  // "a pool", "an RV pad", "a 3-car garage"; plurals and mass nouns ("solar panels", "RV parking") take none.
  const bare =
    /^(a|an|the)\b/i.test(feature) ||
    /s$/i.test(feature) ||
    fold(feature)
      .split(' ')
      .some((word) => MASS_FEATURE_WORDS.has(word));
  return `Yes, it has ${bare ? feature : `${/^[aeiou]/i.test(feature) ? 'an' : 'a'} ${feature}`}.`;
}

/**
 * Whether a listing feature names what was asked: one of its words is the word asked, or one the lexicon gives for it
 * ("alberca" finds "pool", "jardín" finds "backyard"); several words and "a/c" are found as written.
 */
function featureNames(feature: string, asked: string): boolean {
  // (a catalogue's "rv_parking" or "single-story" is written with spaces)
  const item = fold(feature).replaceAll('_', ' ').replaceAll('-', ' ');
  const words = new Set(item.split(/[^a-z0-9]+/));
  // (a plural asked finds its singular: "room for 3 cars" finds "three-car garage")
  const has = (word: string) =>
    words.has(word) || (word.length > 3 && word.endsWith('s') && words.has(word.slice(0, -1)));
  const names = (said: string) =>
    (FEATURE_SYNONYMS[said] ?? [said]).some((word) =>
      word.includes(' ') || word.includes('/') ? item.includes(word) : has(word),
    );
  if (names(asked)) return true;
  // ...or by one of the thing's words, or two of them the lexicon knows ("is it all on one level?" finds "single story",
  // "is there room for my RV?" finds "RV parking", "¿tiene garaje para tres carros?" finds "3-car garage")
  const parts = asked.split(' ');
  return parts.some((word, at) => {
    const pair = at + 1 < parts.length ? `${word} ${parts[at + 1]}` : undefined;
    return (
      (pair !== undefined && FEATURE_SYNONYMS[pair] !== undefined && names(pair)) ||
      (word.length > 1 && !NOT_A_FEATURE_WORD.has(word) && names(word))
    );
  });
}

/** A listing without its HOA figure whose features name it ("HOA $145/mo"): the line as the listing writes it. */
function hoaLine(listing: Listing, es: boolean): string | undefined {
  const line = (listing.features ?? []).find((item) => featureNames(item, 'hoa'));
  if (line === undefined) return undefined;
  return es ? `Sobre la HOA, la ficha dice: ${line}.` : `On the HOA, the listing says: ${line}.`;
}

/** What the catalogue's status tells a lead who asks whether the home can still be bought. */
const AVAILABILITY_LINES: Record<ListingAvailability, Record<Lang, string>> = {
  active: { en: "Yes, it's still available.", es: 'Sí, sigue disponible.' },
  coming_soon: {
    en: "It's coming on the market soon, so you can be among the first to see it.",
    es: 'Sale al mercado muy pronto; puedes estar entre los primeros en verla.',
  },
  under_contract: {
    en: "It's under contract right now, so it may not be available.",
    es: 'Ahora mismo está bajo contrato, así que podría no estar disponible.',
  },
  off_market: { en: "It's off the market right now.", es: 'Ahora mismo no está en el mercado.' },
  sold: { en: 'That one has sold.', es: 'Esa casa ya se vendió.' },
};

/** The answer from the listing facts, when they hold it. */
export function listingAnswer(
  question: LeadQuestion,
  listing: Listing | undefined,
  lang: Lang,
): string | undefined {
  if (!listing) return undefined;
  const es = lang === 'es';
  switch (question.topic) {
    case 'hoa':
      if (listing.hoaMonthly === undefined) return hoaLine(listing, es);
      if (listing.hoaMonthly === 0) return es ? 'No tiene cuota de HOA.' : "There's no HOA on this one.";
      return es
        ? `La cuota de HOA es de ${formatMoney(listing.hoaMonthly)} al mes.`
        : `The HOA is ${formatMoney(listing.hoaMonthly)} a month.`;
    case 'availability':
      return listing.availability ? AVAILABILITY_LINES[listing.availability][lang] : undefined;
    case 'pool':
      return featureLine(listing, 'pool', lang);
    case 'sqft':
      if (!listing.sqft) return measureLine(listing, 'sqft', es);
      return es
        ? `Tiene unos ${listing.sqft.toLocaleString('en-US')} pies cuadrados.`
        : `It's about ${listing.sqft.toLocaleString('en-US')} square feet.`;
    case 'lot':
      return lotLine(listing.lotSqft, es) ?? measureLine(listing, 'lot', es);
    case 'year_built':
      if (!listing.yearBuilt) return undefined;
      return es ? `Se construyó en ${listing.yearBuilt}.` : `It was built in ${listing.yearBuilt}.`;
    case 'beds':
      if (!listing.beds) return undefined;
      return es ? `Tiene ${listing.beds} recámaras.` : `It has ${listing.beds} bedrooms.`;
    case 'baths':
      if (!listing.baths) return undefined;
      return es ? `Tiene ${listing.baths} baños.` : `It has ${listing.baths} bathrooms.`;
    case 'price':
      if (!listing.price) return undefined;
      return es ? `Está en ${formatMoney(listing.price)}.` : `It's listed at ${formatMoney(listing.price)}.`;
    case 'feature': {
      const feature = question.feature ?? '';
      return feature === ''
        ? undefined
        : featureLine(listing, feature, lang, {
            ownership: question.ownership === true,
            kind: question.kind === true,
            detail: question.detail ?? [],
          });
    }
    default:
      return undefined;
  }
}

/** The lot in acres from half an acre up, else in square feet. */
function lotLine(lotSqft: number | undefined, es: boolean): string | undefined {
  if (!lotSqft) return undefined;
  const acres = lotSqft / SQFT_PER_ACRE;
  if (acres >= 0.5) {
    const said = acres.toLocaleString('en-US', { maximumFractionDigits: 2 });
    return es ? `El terreno mide unos ${said} acres.` : `The lot is about ${said} acres.`;
  }
  const said = Math.round(lotSqft).toLocaleString('en-US');
  return es ? `El terreno mide unos ${said} pies cuadrados.` : `The lot is about ${said} square feet.`;
}

const SQFT_PER_ACRE = 43_560;

/**
 * A listing without the figure whose feature lines give it ("lot about 9,500 sq ft with fruit trees", "1924
 * Craftsman, about 1,480 sq ft"): the line that measures the lot (or, for the home, a line that measures and names no
 * lot), as the listing writes it.
 */
function measureLine(listing: Listing, of: 'lot' | 'sqft', es: boolean): string | undefined {
  const measures = (item: string) => {
    const line = fold(item);
    return [...line].some(isDigit) && AREA_UNITS.some((unit) => line.includes(unit));
  };
  const line = (listing.features ?? []).find(
    (item) => measures(item) && featureNames(item, 'lot') === (of === 'lot'),
  );
  if (line === undefined) return undefined;
  const what = of === 'lot' ? (es ? 'el terreno' : 'the lot') : es ? 'el tamaño' : 'the size';
  return es ? `Sobre ${what}, la ficha dice: ${line}.` : `On ${what}, the listing says: ${line}.`;
}

/** Said when the listing facts do not hold the answer: the agent confirms (and the question is noted for them). */
export function agentWillConfirmLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Buena pregunta; le pediré a ${agentName} que te lo confirme.`
    : `Good question; I'll have ${agentName} confirm that for you.`;
}

/** What a seller asking for the home's value hears first: the numbers come from the agent, not from the bot. */
export function homeValueLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `${agentName} te preparará un análisis con números reales de tu casa.`
    : `${agentName} will put together real numbers on your home for you.`;
}

export function showingLine(lang: Lang): string {
  return lang === 'es' ? 'Con gusto lo coordinamos.' : 'Happy to set that up.';
}
