import {
  ARREARS_COUNTS,
  ARREARS_ON,
  ARREARS_WORDS,
  ARTICLES,
  CAN_VERBS,
  DEFINITE,
  FIRST_PERSON,
  FORECLOSURE_PHRASES,
  GENERAL_WORDS,
  HELP_VERBS,
  LEAD_OBJECTS,
  FORECLOSURE_UNLESS_PAID,
  LEGAL_PHRASES,
  CALL_ME_ES,
  CALL_ME_PHRASES,
  PERSON_PHRASES,
  PERSON_PHRASES_ES,
  RATHER_A_PERSON,
  LATER_WORDS,
  PUT_THROUGH_ES,
  SOMEONE_CAN_HELP,
  SOMEONE_THERE_ES,
  TALK_TO_SOMEONE,
  CALL_INSTEAD,
  CALL_WITH_TIME,
  CALL_ME_SUBJUNCTIVE,
  CALL_ME_PREFERRED,
  CALL_WISHED,
  NOT_THEIR_FORECLOSURE,
  ASKS_WHAT_ANSWERS,
  WANTS_ONE,
  TAX_OWED,
  SOMEONE_REAL_ES,
  SOMEONE_TO_TALK_TO,
  NOTICE_WORDS,
  OWN_HOME,
  PERSON_NOUNS,
  REAL_WORDS,
  TAX_AVOIDED,
  SETTLED_WORDS,
  STILL_TO_COME_WORDS,
  CALL_NOW_WORDS,
  COMPARABLE_SALE_WORDS,
  FREE_NOW,
  ABOUT_OUR_HOME,
  RELAYED_QUESTION,
  LAWYER_ENGAGED,
  LAWYER_BY_TRADE,
  LAWYER_FRIEND,
  LAWYER_PAID,
  LIST_DENYING_WORDS,
  EVICTION_OVER,
  POWER_OF_ATTORNEY,
  CALL_SET_UP,
  AGENT_TITLES,
  AGENT_CONTACT_VERBS,
  CALL_TIME_WORDS,
  OTHER_CALLERS,
  DREADED_CALLERS,
  OUR_CALLERS,
  CALL_VERBS_ENGLISH,
  CALL_VERBS_SPANISH,
  CALLED_ENGLISH,
  CALLED_SPANISH,
  NO_CALL_ASKED_BEFORE,
  TOLD_WORDS,
  CONTACT_ACTS,
  CONTACT_ASKING_WORDS,
  CALL_WANTING_WORDS,
  PAST_WISHING_WORDS,
  OUR_PEOPLE,
  OTHER_PARTIES,
  WRITTEN_CHANNEL_WORDS,
  CONTACT_STORY_WORDS,
  NAMING_WORDS,
  NOT_A_CALLER_WORDS,
  CONTACT_MAKER_BEFORE,
  DUTY_WORDS,
  YOUR_WORDS,
} from './lexicon/escalation.js';
import { MONTH_NAMES, WEEKDAYS } from './lexicon/time.js';
import { QUESTION_WORDS } from './lexicon/seller.js';
import { everyHit, firstHit, firstHits, tokenFrom, type Located } from './read/phrase-offsets.js';
import {
  either as w,
  oneOf,
  phraseBook,
  tokenise,
  type Phrase,
  type PhraseBook,
  type PhraseHit,
  type Token,
} from './read/phrases.js';
import { memoised } from './read/memo.js';
import { namesSomeoneElse, ownPart } from './read/others.js';
import { asRead, type Readable } from './read/read-text.js';
import { anyOf, wordsOf } from './read/words.js';
import { fold, negatedBefore } from './text.js';

export type Escalation = { kind: 'person'; detail: string } | { kind: 'legal'; detail: string };

type Said = { index: number; said: string };
type PhraseSpec = Omit<Phrase<string>, 'cue'>;
/** A phrase table of the person rules, read with all the others in one pass (`PERSON_BOOK`). */
interface Table {
  cue: string;
  phrases: readonly PhraseSpec[];
}
/** The first place of each table said in a message. */
type Firsts = ReadonlyMap<string, PhraseHit<string>>;
/**
 * A rule of a person asked for: a phrase table (its first place), the earliest of several rules, the agent's name,
 * or, where words are not enough, a pattern.
 */
type PersonRule = RegExp | Table | { earliest: PersonRule[] } | ((located: Located) => Said | undefined);

function said(rule: PersonRule, folded: string, located: Located, firsts: Firsts): Said | undefined {
  if (typeof rule === 'function') return rule(located);
  if (rule instanceof RegExp) {
    const match = rule.exec(folded);
    return match ? { index: match.index, said: match[0] } : undefined;
  }
  if ('earliest' in rule)
    return rule.earliest
      .map((each) => said(each, folded, located, firsts))
      .reduce<Said | undefined>(
        (first, found) => (found && (!first || found.index < first.index) ? found : first),
        undefined,
      );
  const hit = firsts.get(rule.cue);
  return hit && { index: located.at[hit.start]!, said: hit.evidence };
}

const firstOf = (cue: string, phrases: readonly PhraseSpec[]): Table => ({ cue, phrases });
/** The first place any of the rules says it ("llámame" or "quiero que me llamen", whichever comes first). */
const earliest = (...rules: PersonRule[]): PersonRule => ({ earliest: rules });

const PERSON: PersonRule[] = [
  // Not a story about someone else ("we already talk with an agent", "going to talk w a realtor friend first", "need
  // to talk to someone at my bank").
  firstOf('talk_to', [TALK_TO_SOMEONE]),
  firstOf('person1', PERSON_PHRASES[0]!),
  firstOf('person2', PERSON_PHRASES[1]!),
  firstOf('person3', PERSON_PHRASES[2]!),
  firstOf('person4', PERSON_PHRASES[3]!),
  // A call asked for without "me": "can you call instead?" (not "can you call the lender?").
  firstOf('call_instead', [...CALL_INSTEAD, ...CALL_WITH_TIME]),
  firstOf('person5', CALL_ME_PHRASES),
  firstOf('person6', PERSON_PHRASES_ES[0]!),
  // "pásame con el agente", "me pasas a alguien del equipo?", "me puedes comunicar con un asesor"
  firstOf('person7', PERSON_PHRASES_ES[1]!),
  // "llámame", "márcame" (Mexican Spanish: call me), "márquenme", "me marcan", "háblame por teléfono"; a bare
  // "háblame" is also "tell me" ("háblame de la casa"), so it needs the phone.
  earliest(firstOf('person8', CALL_ME_ES), firstOf('call_wished', CALL_WISHED)),
  firstOf('call_me_subjunctive', [CALL_ME_SUBJUNCTIVE, CALL_ME_PREFERRED]),
  firstOf('rather_a_person', RATHER_A_PERSON),
  firstOf('free_now', FREE_NOW),
  // "persona real" alone asks for one; "es esto una persona real o que" asks what is answering (disclosure.ts).
  /(?<!\b(es esto|esto es|eres|es usted|hablo con|estoy hablando con) (una )?)\bpersona real\b(?!.*\?)/,
  // "real person please", "is there a human i can talk to", "quiero a alguien de verdad", "¿hay alguien que me
  // pueda atender?": a person asked for, not asked about ("are you a real person?" is a disclosure question).
  // ("real person?" alone asks what is answering: a disclosure question; "live agent?" asks for one.)
  /(?:^|[,.;!?]\s*)(a |an )?(real|live|actual) (person|human|agent)( please| pls| plz| now| asap)?\s*(?=[,.;!]|$)|(?:^|[,.;!?]\s*)(a |an )?(real|live|actual) agent\s*(?=\?)/,
  firstOf('person9', SOMEONE_TO_TALK_TO),
  firstOf('person10', SOMEONE_REAL_ES),
  firstOf('someone_there_es', [SOMEONE_THERE_ES]),
  firstOf('person11', [SOMEONE_CAN_HELP]),
];
/**
 * Right now: a call asked for with one of these, and no other time named, is a request for a person even while a
 * call is being set up ("call me now", "llámame ahorita"); not when it is turned down ("not right now, call me
 * thursday", "ahorita no", "i'm busy now") or when a day or time is picked ("call me today at 4": a time answer).
 */
const NOW = new RegExp(wordsOf(CALL_NOW_WORDS));
const NOT_NOW =
  /\b(not|no|can'?t|cannot|busy|ocupad[oa]s?|puedo|podemos)\b[^.!?]{0,12}\b(now|right now|rn|ahorita|ahora)\b|\b(ahorita|ahora) no\b/;
const A_TIME = new RegExp(
  `\\b(?:${anyOf(CALL_TIME_WORDS)}|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|(?:at|a las) \\d{1,2})\\b`,
);
const callNow = (folded: string) => NOW.test(folded) && !NOT_NOW.test(folded) && !A_TIME.test(folded);
const namesATime = (folded: string) => A_TIME.test(folded) || NOT_NOW.test(folded) || LATER.test(folded);
const LATER = new RegExp(wordsOf(LATER_WORDS));
/**
 * Names of the agent: "can I talk to Jorge", "pásame con Jorge", "I'd prefer to speak with Mr. Salas directly" is a
 * request for a person. The first name or the surname, after a title or none.
 */
function agentRule(agentName: string): PersonRule {
  const names = agentNames(agentName);
  if (names.length === 0) return () => undefined;
  return (located) => {
    // Most messages never name the agent: the name's phrases are compiled only for one that does.
    if (!located.tokens.some((token) => names.includes(token.word))) return undefined;
    const hit = firstHit(agentBook(agentName), located.tokens);
    return hit && { index: located.at[hit.start]!, said: hit.evidence };
  };
}

/** The words of the agent's name that name him: the first name or the surname, three letters or more. */
const agentNames = (agentName: string): string[] =>
  [...new Set(tokenise(agentName).map((token) => token.word))].filter((word) => /^[a-z]{3,}$/.test(word));

/**
 * The phrases of a person asked for by the agent's name, compiled once per name (a tenant's agent is named in many
 * messages) and remembered for the few names seen lately (read/memo.ts).
 */
const agentBook = memoised(16, (agentName: string): PhraseBook<string> => {
  const name = `${oneOf(AGENT_TITLES)}|_ ${agentNames(agentName).join('|')}`;
  return phraseBook(
    [
      // "i'd rather just talk it through with jorge", "I'd prefer to deal with Jorge directly", "discuss this with
      // Mr. Salas personally" (not when denied: "no need to talk to jorge")
      { words: `${oneOf(AGENT_CONTACT_VERBS)} ~3 to|with|w|con ${name}`, clause: true, always: false },
      // "prefiero hablar directamente con jorge", "quisiera tratar esto con el señor salas"
      { words: `hablar|platicar|tratar|tratarlo|verlo|comunicarme|reunirme ~2 con ${name}` },
      // "¿nos puede llamar jorge hoy?", "can jorge just hop on a call with me"
      { words: `me|nos puede|podria|podra|pudiera llamar|marcar ${name}`, clause: true },
      { words: `${name} ~2 hop|jump|get on a|the call|phone`, clause: true },
      // "can you loop jorge in?", "loop in jorge", "get jorge on the phone"
      { words: `loop|bring|get ${name} in|on` },
      { words: `loop|bring in ${name}` },
      // "¿jorge me podrá llamar hoy?", "que me llame el señor jorge mañana", "can jorge call me"
      { words: `${name} ~2 me|nos puede|podra|podria|pueda|pudiera llamar|marcar|hablar`, clause: true },
      { words: `que|q me|nos llame|marque|hable ~3 ${name}`, clause: true },
      { words: `can|could|would|will ${name} ~2 call|phone|ring|text me|us`, clause: true },
      // "I prefer that Jorge calls me himself", "¿y no me puede llamar Jorge mismo?": the agent himself asked for
      {
        words: `prefer|rather|want|like ~2 ${name} ~1 call|calls|phone|phones|ring|rings me|us`,
        clause: true,
      },
      // ...asked as a negative question: "¿y no me puede llamar Jorge mismo?"
      { words: `no me|nos puede|podria|podra llamar|marcar ${name}`, clause: true, always: true },
      // "can Jorge give us a ring tomorrow", "have Jorge call the wife tonight", "mek Jorge call mi today"
      { words: `${name} ~2 give me|us a call|ring|buzz`, clause: true },
      { words: `have|make|mek|tell|get ${name} ~2 call|ring|phone`, clause: true },
      // "is Jorge around? I'd like to talk to him", "is there a way to reach Jorge himself?"
      { words: `is|isnt ${name} around|available|there|in|free`, clause: true },
      { words: `reach|contact|ahold+of ${name}`, clause: true },
      // "¿y si mejor Jorge me habla por teléfono hoy?", "¿y no podría mejor hablar directo con Jorge?"
      { words: `${name} me|nos habla|llama|marca|hable|llame|marque`, clause: true },
      { words: `no podria|puedo|podemos|podriamos ~2 hablar|platicar ~2 con ${name}`, always: true },
      // "i want jorge on the phone today", "necesito a jorge al teléfono"
      {
        words: `want|need|get|quiero|necesito a|_ ${name} on|al|en the|el|_ phone|line|telefono`,
        clause: true,
      },
      ...PUT_THROUGH_ES.map((put) => ({ words: `${put} con|a|al el|_ ${name}` })),
    ].map((phrase) => ({ cue: 'agent', always: true, ...phrase })),
  );
});

const CONTACT_BOOK = phraseBook(
  CONTACT_ACTS.map((act) => ({
    ...act,
    always: true,
    clause: true,
    // ("reach out to me by email", "que me contacten por correo": a written channel, no call)
    notFollowedBy: [
      `by|via|through|thru|por|x|in|en an|a|the|el|un|_ ${WRITTEN_CHANNEL_WORDS}`,
      ...(act.notFollowedBy === undefined ? [] : [act.notFollowedBy]),
    ],
  })),
);
const CONTACT_ASKING: ReadonlySet<string> = new Set(CONTACT_ASKING_WORDS);
const CALL_WANTING: ReadonlySet<string> = new Set(CALL_WANTING_WORDS);
const PAST_WISHING: ReadonlySet<string> = new Set(PAST_WISHING_WORDS);
const OURS: ReadonlySet<string> = new Set(OUR_PEOPLE);
const OTHERS: ReadonlySet<string> = new Set(OTHER_PARTIES);
/** How far back in its clause a contact's asking word may be ("can someone from your team please reach out to me"). */
const ASKED_WITHIN = 8;
const THAT: ReadonlySet<string> = new Set(['que', 'q']);
const FROM: ReadonlySet<string> = new Set(CONTACT_MAKER_BEFORE);
const DUTY: ReadonlySet<string> = new Set(DUTY_WORDS);
const NOT_A_MAKER: ReadonlySet<string> = new Set(NOT_A_CALLER_WORDS);
const YOURS: ReadonlySet<string> = new Set(YOUR_WORDS);

/**
 * A contact with the lead asked of the team, read by its parts in one clause (DOMAIN.md section 1.5): a contact only
 * a person makes (`CONTACT_ACTS`), an asking word before it ("can", "i'd love", "que", "have"), nothing between them
 * that makes it someone else's, past or denied ("can my lender reach out to me", "did someone call me"), and who
 * makes it named where the verb does not say it ("can someone reach out to me", "can an actual person take it from
 * here", never "hit me up with listings"). Said in the past only after a wish ("id rather jorge rang me"); a call as
 * a noun only when wanted ("i'd love a quick phone call", "ocupo una llamada de Jorge"), never "a call from the bank".
 */
function contactRule(agentName: string): PersonRule {
  const names = agentNames(agentName);
  return ({ tokens, at }) => {
    for (const hit of everyHit(CONTACT_BOOK, tokens)) {
      const clause = tokens[hit.start]!.clause;
      let from = hit.start;
      while (from > 0 && tokens[from - 1]!.clause === clause && hit.start - from < ASKED_WITHIN) from -= 1;
      const before = tokens.slice(from, hit.start).map((token) => token.word);
      const asking = before.findIndex((word) => CONTACT_ASKING.has(word));
      // (or the act asks itself: "¿me podrían atender por teléfono?")
      const asks = tokens.slice(hit.start, hit.end).some((token) => CONTACT_ASKING.has(token.word));
      if (asking < 0 && !asks) continue;
      if (THAT.has(before[asking] ?? '') && DUTY.has(before[asking - 1] ?? '')) continue;
      const between = before.slice(asking + 1);
      // (an asking word is no past: "pls have someone hit me up")
      const past = before.some((word) => !CONTACT_ASKING.has(word) && NO_CALL_ASKED.has(word));
      // ...and a "que" said to someone else makes it theirs ("le voy a decir a mi esposo que me llame")
      const theirs = THAT.has(before[asking] ?? '') ? before.slice(Math.max(0, asking - 3)) : between;
      if (past || theirs.some((word) => OTHERS.has(word))) continue;
      const after = tokens.slice(hit.end, hit.end + 4).filter((token) => token.clause === clause);
      // (or named right after a Spanish verb: "que me llame mi hermana")
      if (OTHERS.has(after[0]?.word ?? '')) continue;
      // (said before the act, or after a Spanish verb: "¿puede seguir la plática una persona del equipo?")
      const named = (word: string) => OURS.has(word) || names.includes(word);
      const ours = between.some(named) || after.slice(0, 3).some((token) => named(token.word));
      if (hit.cue === 'past_call' && !before.some((word) => PAST_WISHING.has(word))) continue;
      if (hit.cue === 'call_noun' && !before.some((word) => CALL_WANTING.has(word))) continue;
      if ((hit.cue === 'reach' || hit.cue === 'take_over') && !ours) continue;
      return { index: at[hit.start]!, said: hit.evidence };
    }
    return undefined;
  };
}

/** Every phrase table of the person rules, in one book. */
const PERSON_BOOK = phraseBook<string>(
  PERSON.flatMap((rule) =>
    rule instanceof RegExp || typeof rule === 'function' ? [] : 'earliest' in rule ? rule.earliest : [rule],
  )
    .flatMap((rule) =>
      rule instanceof RegExp || typeof rule === 'function' || 'earliest' in rule ? [] : [rule],
    )
    .flatMap((table) => table.phrases.map((phrase) => ({ cue: table.cue, always: true, ...phrase }))),
);

/** Each legal matter's phrases, weighed in order (one book, cue = detail); tax avoided, unless the taxes are Mello-Roos. */
const LEGAL_BOOK = phraseBook<string>(
  LEGAL_PHRASES.flatMap(([detail, phrases]) => [
    ...phrases.map((words) => ({ cue: detail, words, always: true })),
    ...(detail === 'legal or tax advice'
      ? [
          ...TAX_AVOIDED.map((words) => ({ cue: detail, words, always: true, unless: 'mello' })),
          { cue: detail, always: true, ...TAX_OWED },
        ]
      : []),
  ]),
);
/**
 * The clause rules of a hand-off over the words of lexicon/escalation.ts: a person asked to help ("can a human help
 * me?", "¿me puede ayudar una persona?", "una persona real me puede atender?") and a loan in arrears with a notice
 * ("we're 3 months behind and they filed a notice", "llevamos 3 meses atrasados y el banco mandó un aviso").
 */
const BOOK = phraseBook<
  | 'person'
  | 'arrears'
  | 'notice'
  | 'foreclosure'
  | 'not_their_foreclosure'
  | 'asks_what_answers'
  | 'wants_one'
  | 'about_our_home'
  | 'lawyer_engaged'
  | 'lawyer_by_trade'
  | 'lawyer_paid'
  | 'eviction_over'
  | 'power_of_attorney'
  | 'relayed'
  | 'sets_up_call'
>([
  ...RELAYED_QUESTION.map((words) => ({ cue: 'relayed' as const, words, always: true })),
  ...EVICTION_OVER.map((words) => ({ cue: 'eviction_over' as const, words, always: true, clause: true })),
  { cue: 'power_of_attorney', words: POWER_OF_ATTORNEY, always: true },
  { cue: 'sets_up_call', words: CALL_SET_UP, always: true },
  ...ABOUT_OUR_HOME.map((words) => ({ cue: 'about_our_home' as const, words, always: true })),
  { cue: 'lawyer_engaged', words: LAWYER_ENGAGED, always: true },
  { cue: 'lawyer_by_trade', words: LAWYER_BY_TRADE, always: true },
  { cue: 'lawyer_by_trade', words: LAWYER_FRIEND, always: true },
  ...LAWYER_PAID.map((words) => ({ cue: 'lawyer_paid' as const, words, always: true, clause: true })),
  ...NOT_THEIR_FORECLOSURE.map((words) => ({
    cue: 'not_their_foreclosure' as const,
    words,
    always: true,
    clause: true,
  })),
  { cue: 'asks_what_answers', words: ASKS_WHAT_ANSWERS, always: true },
  { cue: 'wants_one', words: WANTS_ONE, always: true },
  ...FORECLOSURE_PHRASES.map((words) => ({ cue: 'foreclosure' as const, words })),
  ...FORECLOSURE_UNLESS_PAID.map((words) => ({ cue: 'foreclosure' as const, words, always: true })),
  {
    cue: 'person',
    words: `${w(CAN_VERBS)} ${w(ARTICLES)}|_ ${w(REAL_WORDS)}|_ ${w(PERSON_NOUNS)} ${w(REAL_WORDS)}|_ ${w(HELP_VERBS)}`,
  },
  {
    cue: 'person',
    words: `${w(LEAD_OBJECTS)}|_ ${w(CAN_VERBS)} ${w(HELP_VERBS)} ${w(ARTICLES)}|_ ${w(PERSON_NOUNS)}`,
  },
  {
    cue: 'person',
    words: `${w(ARTICLES)} ${w(PERSON_NOUNS)} ${w(REAL_WORDS)}|_ ${w(LEAD_OBJECTS)}|_ ${w(CAN_VERBS)} ${w(HELP_VERBS)}`,
  },
  { cue: 'arrears', words: `${w(ARREARS_COUNTS)} ${w(ARREARS_WORDS)}` },
  { cue: 'arrears', words: `${w(ARREARS_WORDS)} on|en|with|con|de ~ ${w(ARREARS_ON)}` },
  { cue: 'notice', words: w(NOTICE_WORDS) },
]);
/** The only attorney said is a power of attorney ("I have power of attorney for my dad"), none hired besides it. */
function powerOfAttorneyOnly(read: ReadonlyRead): boolean {
  const power = BOOK.find(read, 'power_of_attorney');
  if (!power || read.folded.split('attorney').length > 2) return false;
  if (OTHER_LAWYER_WORDS.some((word) => read.words.has(word))) return false;
  const hired = BOOK.find(read, 'lawyer_engaged');
  return hired === undefined || hired.end === power.end;
}
type ReadonlyRead = ReturnType<typeof asRead>;
const OTHER_LAWYER_WORDS = ['lawyer', 'lawyers', 'attorneys', 'abogado', 'abogada', 'abogados', 'abogadas'];
/** Words that deny a thing in a list ("nada de abogados ni de bancos", "no debts nor lawyers"). */
const LIST_DENIERS: ReadonlySet<string> = new Set(LIST_DENYING_WORDS);
/**
 * A legal word denied in a list, within the three words before it: "nada de abogados", "ni nada de abogados" (not the
 * idiom "ni modo, el abogado dice...").
 */
function deniedInAList(folded: string, index: number): boolean {
  const words = folded
    .slice(Math.max(0, index - 32), index)
    .split(' ')
    .filter((word) => word !== '')
    .slice(-3);
  return words.some((word, at) => LIST_DENIERS.has(word) && !(words[at + 1] ?? '').startsWith('modo'));
}
const FIRST_PERSON_SET: ReadonlySet<string> = new Set(FIRST_PERSON);
const QUESTION_OPENERS: ReadonlySet<string> = new Set(QUESTION_WORDS.map((word) => word.replace(/'/g, '')));

const SENTENCE_STOPS = ['.', '!', '?', '\n'];
/** The sentence around `index` (between stops), its tokens, and whether a question mark ends it. */
function sentenceAround(
  folded: string,
  index: number,
): { said: string; tokens: readonly Token[]; endsAsking: boolean } {
  const start = Math.max(...SENTENCE_STOPS.map((mark) => folded.lastIndexOf(mark, index - 1))) + 1;
  const stops = SENTENCE_STOPS.map((mark) => folded.indexOf(mark, index)).filter((at) => at >= 0);
  const end = stops.length > 0 ? Math.min(...stops) : folded.length;
  const said = folded.slice(start, end);
  return { said, tokens: tokenise(said), endsAsking: folded[end] === '?' };
}

/**
 * A general question about a legal matter, not the lead's own: "is foreclosure common around here?", "¿hay muchas
 * ejecuciones hipotecarias en la zona?". The clause that holds it asks (a "?" or a question word first) and names
 * neither the lead (I, we, my, nuestra...) nor the home as a definite thing ("can the bank take the house?"), and
 * it speaks of the market in general ("common", "around here", "en la zona"): "is a short sale possible?" is the
 * lead's own.
 */
function generalQuestion(folded: string, index: number): boolean {
  const { said, tokens, endsAsking } = sentenceAround(folded, index);
  const asks = endsAsking || said.includes('¿') || QUESTION_OPENERS.has(tokens[0]?.word ?? '');
  if (!asks) return false;
  if (tokens.some((token) => FIRST_PERSON_SET.has(token.word))) return false;
  if (!tokens.some((token) => GENERAL_WORDS.includes(token.word))) return false;
  return !tokens.some(
    (token, at) => OWN_HOME.includes(token.word) && DEFINITE.includes(tokens[at - 1]?.word ?? ''),
  );
}

/**
 * A question about the home on the page, not the lead's own matter: "is this one a short sale? price seems low", "¿esta
 * casa es venta corta?". The clause asks, names the home as this one and names not the lead.
 */
function askedOfTheListing(folded: string, index: number): boolean {
  const { tokens, endsAsking } = sentenceAround(folded, index);
  const asks = endsAsking || QUESTION_OPENERS.has(tokens[0]?.word ?? '');
  return (
    asks &&
    tokens.some((token) => THIS_HOME.has(token.word)) &&
    !tokens.some((token) => FIRST_PERSON_SET.has(token.word))
  );
}
/**
 * Another home's sale told as a price ("the short sale on our street went for 610", "la venta corta de la esquina se
 * vendió en 580"): a comparable, not the lead's matter.
 */
function aComparable(folded: string, index: number): boolean {
  const { said, tokens } = sentenceAround(folded, index);
  // ("we're doing a short sale, we closed on the loan in 2015" is the lead's own)
  const ownBefore = tokenise(folded.slice(Math.max(0, index - 24), index)).some((token) =>
    FIRST_PERSON_SET.has(token.word),
  );
  return !ownBefore && /\d/.test(said) && tokens.some((token) => SOLD_FOR.has(token.word));
}
const SOLD_FOR: ReadonlySet<string> = new Set(COMPARABLE_SALE_WORDS);

/** The home on the page, named: "this one", "esta casa". */
const THIS_HOME: ReadonlySet<string> = new Set(['this', 'it', 'esta', 'este', 'listing']);

/** A matter said to be over ("the lien was paid off", "there was a lien but we paid it off", "ya se pagó"). */
const SETTLED = new RegExp(wordsOf(SETTLED_WORDS));
/** The matters that may be over (a lawyer involved is a matter all the same). */
const SETTLES: ReadonlySet<string> = new Set(['tax lien', 'bankruptcy', 'lawsuit']);
/** Still to come: "needs to be paid off", "we need the lien resolved", "gets paid off when we sell" (lexicon). */
const STILL_TO_COME = new RegExp(wordsOf(STILL_TO_COME_WORDS));

/**
 * The matter at `index` said to be settled later in its sentence, not denied ("hasn't been paid off") nor still to
 * come ("we need the tax lien resolved before we can sell", "it gets paid off when we sell").
 */
function settledAfter(folded: string, index: number): boolean {
  const sentence = folded.slice(index, index + 100).split(/[.!?\n]/)[0]!;
  const settled = SETTLED.exec(sentence);
  if (!settled) return false;
  const before =
    (folded
      .slice(Math.max(0, index - 30), index)
      .split(/[.!?\n,;]/)
      .pop() ?? '') + sentence.slice(0, settled.index);
  const after = sentence.slice(settled.index + settled[0].length).split(/[,;]/)[0]!;
  return (
    !negatedBefore(sentence, settled.index, 3) && !STILL_TO_COME.test(before) && !STILL_TO_COME.test(after)
  );
}

export interface EscalationOptions {
  agentName: string;
  /** While a call is being scheduled, "call me in the morning" is an answer, not an escalation. */
  scheduling: boolean;
  /** The lead writes for someone else (`JorgeState.writesFor`): that person's legal matter is the seller's. */
  writesFor?: boolean;
}

/** DOMAIN.md section 1.5: a request for a person, or an active legal or distress matter. */
export function detectEscalation(text: Readable, options: EscalationOptions): Escalation | null {
  const read = asRead(text);
  const { folded } = read;
  // The lead's own foreclosure (negated ones are left out by the book): not a neighbour's, not a general question.
  const foreclosure = BOOK.find(read, 'foreclosure');
  if (
    foreclosure &&
    !BOOK.find(read, 'not_their_foreclosure') &&
    !generalQuestion(folded, Math.max(0, folded.indexOf(foreclosure.evidence.split(' ')[0]!)))
  )
    return { kind: 'legal', detail: 'foreclosure' };
  const located = read.located;
  const legal = firstHits(LEGAL_BOOK, read);
  // "the last owner did a short sale, pero we're just upgrading": a clause about someone else is not the lead's matter.
  // (not a question passed on for them: "my dad wants to know if he'll have to pay capital gains")
  const own =
    legal.size > 0 && namesSomeoneElse(read.words) && BOOK.find(read, 'relayed') === undefined
      ? ownPart(folded, { writesFor: options.writesFor === true })
      : folded;
  // ...unless it is a lawsuit about the lead's home or the estate ("my cousin file a lawsuit over the will"), or a
  // lawyer hired over it ("my sister hired a lawyer over the estate", "the tenant got a lawyer and won't move out").
  // ...or a lien on it ("a mi papá le llegó una carta ... un gravamen por impuestos atrasados sobre la propiedad").
  // ...or a co-owner on the title who will not sign (the title is the home's).
  const theirsAboutOurs = (detail: string) =>
    detail === 'title dispute' ||
    ((detail === 'lawsuit' ||
      detail === 'tax lien' ||
      (detail === 'lawyer' && BOOK.find(read, 'lawyer_engaged') !== undefined)) &&
      BOOK.find(read, 'about_our_home') !== undefined);
  for (const [detail] of LEGAL_PHRASES) {
    const first = legal.get(detail);
    if (!first) continue;
    const index = located.at[first.start]!;
    if (negatedBefore(folded, index, 3) || deniedInAList(folded, index)) continue;
    // "I'm an attorney myself", "mi esposo es abogado": a trade, not a matter (unless a lawyer is also hired).
    if (detail === 'lawyer' && BOOK.find(read, 'lawyer_by_trade') && !BOOK.find(read, 'lawyer_engaged'))
      continue;
    // "I have power of attorney for my dad": a relative's authority to sell, no lawyer; "we had to evict": over.
    if (detail === 'lawyer' && powerOfAttorneyOnly(read)) continue;
    // "140k after the lawyers took their cut": the lawyer's share of money come in, a matter over.
    if (detail === 'lawyer' && BOOK.find(read, 'lawyer_paid') && !BOOK.find(read, 'lawyer_engaged')) continue;
    if (detail === 'eviction' && BOOK.find(read, 'eviction_over')) continue;
    if (own !== folded && own.slice(index, index + 2).trim() === '' && !theirsAboutOurs(detail)) continue;
    if (SETTLES.has(detail) && settledAfter(folded, index)) continue;
    if (
      detail === 'short sale' &&
      (generalQuestion(folded, index) || askedOfTheListing(folded, index) || aComparable(folded, index))
    )
      continue;
    return { kind: 'legal', detail };
  }
  if (BOOK.find(read, 'arrears') && BOOK.find(read, 'notice'))
    return { kind: 'legal', detail: 'foreclosure' };
  // Asking what is answering is a disclosure question, unless the lead wants a person all the same.
  if (BOOK.find(read, 'asks_what_answers') && !BOOK.find(read, 'wants_one')) return null;
  const asked = BOOK.find(read, 'person');
  if (asked) return { kind: 'person', detail: asked.evidence };
  const firsts = firstHits(PERSON_BOOK, read);
  // The person rules, then the agent's name (its rule made only for a message that gets that far).
  const rules = [...PERSON, agentRule(options.agentName), contactRule(options.agentName)];
  for (const rule of rules) {
    const found = said(rule, folded, located, firsts);
    if (!found) continue;
    // While a call is being set up, a call asked for with a time is an answer ("call me in the morning"); one with
    // none is a request for the person now ("just have someone call me whenever", "mejor que me llame una persona").
    // ...and so is a call asked to be set up ("can we set up a call to go over listings?"): the call goes on being set up.
    if (
      options.scheduling &&
      /call|llam|marc/.test(found.said) &&
      !callNow(folded) &&
      (namesATime(folded) || setsUpACall(read))
    )
      continue;
    if (
      negatedBefore(folded, found.index, 3) ||
      toldAsAStory(located, found.index) ||
      givesAName(read, found.index, options.agentName) ||
      calledBySomeoneElse(located, found, options.agentName) ||
      toldOfSomeoneElse(located, found.index) ||
      dreadedCallers(located, found.index)
    )
      continue;
    return { kind: 'person', detail: found.said };
  }
  const call = callOfOurs(located.tokens);
  if (call && givesAName(read, 0, options.agentName)) return null;
  if (call && !(options.scheduling && (namesATime(folded) || setsUpACall(read)) && !callNow(folded)))
    return call;
  return null;
}

/**
 * A call asked to be set up, neither now nor at a time said ("can we set up a call?", "agendemos la llamada"; not
 * "¿podemos agendar una llamada para el lunes en la mañana?", a call asked for with its time).
 */
export const setsUpACall = (text: Readable): boolean => {
  const read = asRead(text);
  return BOOK.find(read, 'sets_up_call') !== undefined && !callNow(read.folded) && !namesATime(read.folded);
};

const OUR_CALLER: ReadonlySet<string> = new Set(OUR_CALLERS);
const CALLING: ReadonlySet<string> = new Set(CALL_VERBS_ENGLISH);
const LLAMAR: ReadonlySet<string> = new Set(CALL_VERBS_SPANISH);
const NO_CALL_ASKED: ReadonlySet<string> = new Set(NO_CALL_ASKED_BEFORE);
const CALLED: ReadonlySet<string> = new Set(CALLED_ENGLISH);
const LLAMADO: ReadonlySet<string> = new Set(CALLED_SPANISH);
/**
 * A call asked of one of ours, read by its parts: a caller of ours, then in the same clause a call verb with the lead
 * (or the one it writes for) as its object right after it in English ("jorge just phones me", "can Jorge call him?")
 * or right before it in Spanish ("que él me llame", "que le llame a mi papá"), nothing in between that makes it past,
 * doubted or denied ("did jorge call me?", "jorge never calls me back").
 */
function callOfOurs(tokens: readonly Token[]): Escalation | null {
  for (let at = 1; at < tokens.length; at += 1) {
    const word = tokens[at]!.word;
    const english = CALLING.has(word) && CALLED.has(tokens[at + 1]?.word ?? '');
    const spanish = LLAMAR.has(word) && LLAMADO.has(tokens[at - 1]?.word ?? '');
    if (!english && !spanish) continue;
    const clause = tokens[at]!.clause;
    const from = spanish ? at - 1 : at;
    let caller = -1;
    for (let back = from - 1; back >= Math.max(0, from - 6) && tokens[back]!.clause === clause; back -= 1)
      if (OUR_CALLER.has(tokens[back]!.word)) caller = back;
    // ("que él me llame": "el" right before the verb's "me" is "él", never the article)
    if (spanish && tokens[from - 1]?.word === 'el') caller = from - 1;
    // (the caller may follow a Spanish verb: "que me llame Jorge")
    const after = spanish && OUR_CALLER.has(tokens[at + 1]?.word ?? '') && tokens[at + 1]!.clause === clause;
    if (caller < 0 && !after) continue;
    const between = tokens.slice(caller < 0 ? from : caller, from).map((token) => token.word);
    const before = tokens
      .slice(Math.max(0, (caller < 0 ? from : caller) - 2), from)
      .map((token) => token.word);
    if ([...between, ...before].some((other) => NO_CALL_ASKED.has(other))) continue;
    return { kind: 'person', detail: 'a call asked of us' };
  }
  return null;
}

const DREADED: ReadonlySet<string> = new Set(DREADED_CALLERS);
const ASKING_THEM: ReadonlySet<string> = new Set(['have', 'let', 'can', 'could', 'please', 'pls', 'your']);
/**
 * Callers the lead dreads named right before the call ("50 realtors call me?"), or right after it in Spanish ("no
 * quiero que me llamen 50 agentes"): no call asked for, unless asked of them ("have your agents call me").
 */
function dreadedCallers(located: Located, index: number): boolean {
  const { tokens } = located;
  const start = tokenFrom(located, index);
  const before = tokens.slice(Math.max(0, start - 3), start).map((token) => token.word);
  const after = tokens.slice(start, start + 5).map((token) => token.word);
  return (
    (DREADED.has(before.at(-1) ?? '') && !before.some((word) => ASKING_THEM.has(word))) ||
    // ("can i call you guys": the ones called, not callers)
    after.slice(2).some((word, k) => DREADED.has(word) && after[k + 1] !== 'you')
  );
}
/**
 * "you can call me Dani btw", "llámame Lupe": a name the lead goes by, written with its capital right after "call me"
 * (from `index` on), not the agent's name, a day or a month ("call me Monday").
 */
function givesAName(read: ReadonlyRead, index: number, agentName: string): boolean {
  const { tokens, at } = read.located;
  const names = agentNames(agentName);
  for (let k = tokenFrom(read.located, index); k < tokens.length; k += 1) {
    const word = tokens[k]!.word;
    const named = word === 'call' && tokens[k + 1]?.word === 'me' ? k + 2 : NAMING.has(word) ? k + 1 : -1;
    const next = tokens[named];
    if (named < 0 || next === undefined || next.clause !== tokens[k]!.clause) continue;
    if (NOT_A_NAME.has(next.word) || names.includes(next.word)) continue;
    const written = read.raw.slice(at[named], at[named]! + next.word.length);
    // (a capital says a name only where the lead writes in lower case too: "CALL ME TOMORROW" names no one)
    if (fold(written) === next.word && written[0] !== written[0]!.toLowerCase() && !shouted(read.raw))
      return true;
  }
  return false;
}
const NAMING: ReadonlySet<string> = new Set(NAMING_WORDS);
const NOT_A_NAME: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES, ...CALL_TIME_WORDS, 'i']);
/** Written all in capitals: no letter in lower case. */
const shouted = (raw: string): boolean => raw === raw.toUpperCase();

/**
 * A contact said with who makes or shares it, someone else: right after a Spanish verb ("que me llame mi hermano
 * primero"), or after "from", "with" or "de" ("i'd love a call from the credit union", "hablar por teléfono con mi
 * esposa"). Read for every person rule.
 */
function calledBySomeoneElse(located: Located, found: Said, agentName: string): boolean {
  const { tokens, at } = located;
  const end = tokenFrom(located, found.index + found.said.length);
  const next = tokens[end]?.word ?? '';
  const spanishVerb = LLAMAR.has(tokens[end - 1]?.word ?? '');
  if (spanishVerb && OTHERS.has(next) && tokens[end]!.clause === tokens[end - 1]?.clause) return true;
  let start = end;
  while (start > 0 && at[start - 1]! >= found.index) start -= 1;
  const clause = tokens[end - 1]?.clause;
  const around = tokens.slice(start, end + 4).filter((token) => token.clause === clause);
  return madeByOthers(
    around.map((token) => token.word),
    agentNames(agentName),
  );
}

/**
 * Who makes or shares a contact, named after "from", "with" or "de" among `words`, is someone else: "a call from
 * our loan officer", "hablar con mi esposa"; not one of ours ("a call from someone on the team", "from jorge").
 */
function madeByOthers(words: readonly string[], names: readonly string[] = []): boolean {
  const by = words.findIndex((word) => FROM.has(word));
  if (by < 0) return false;
  // ("pásame con tu jefe", "let me talk with your manager": the team's own)
  if (YOURS.has(words[by + 1] ?? '')) return false;
  const named = words.slice(by + 1, by + 4).filter((word) => !NOT_A_MAKER.has(word));
  const first = named[0];
  return (
    first !== undefined &&
    !OURS.has(first) &&
    !names.includes(first) &&
    named.some((word) => OTHERS.has(word))
  );
}

const STORY: ReadonlySet<string> = new Set(CONTACT_STORY_WORDS);
/** A contact told as made or missed: a word of a story among the last few of its clause before it ("did ... call me"). */
function toldAsAStory(located: Located, index: number): boolean {
  const { tokens } = located;
  const end = tokenFrom(located, index);
  const clause = tokens[end]?.clause;
  return tokens
    .slice(Math.max(0, end - 5), end)
    .some((token) => token.clause === clause && STORY.has(token.word));
}
const OTHER_CALLER: ReadonlySet<string> = new Set(OTHER_CALLERS);
const TOLD: ReadonlySet<string> = new Set(TOLD_WORDS);
/**
 * A call someone else will make or said they would, told, not asked for: "my lender will give me a ring tomorrow",
 * "mi lender said she'd call me mañana" (another caller and a word of telling among the last few words of the clause
 * before the request).
 */
function toldOfSomeoneElse(located: Located, index: number): boolean {
  const { tokens } = located;
  const end = tokenFrom(located, index);
  const clause = (tokens[end] ?? tokens[end - 1])?.clause;
  const words = tokens
    .slice(0, end)
    .filter((token) => token.clause === clause)
    .slice(-6)
    .map((token) => token.word);
  return words.some((word) => OTHER_CALLER.has(word)) && words.some((word) => TOLD.has(word));
}
