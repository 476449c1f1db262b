import {
  CONDITION_OPENERS,
  CONDITION_ON_THE_HOME,
  TOPICS_LEFT_ALONE,
  NOT_INTERESTED_WORDS,
  FEATURES_TURNED_DOWN,
  LISTINGS_POINTED_AT,
  POINTING_WORDS,
  CONTRAST_WORDS,
  WIDENING_AFTER,
  PREFERRED_INSTEAD,
  WHOLE_LIST_WORDS,
  DEAL_SIDES,
  OPT_OUT_ACTS,
  OUR_LIST_WORDS,
  RATHER_WORDS,
  WANT_WORDS,
  ABOUT_THIS_WORDS,
  HOMES_AND_PLACES,
  FOR_NOW_WORDS,
  THE_MOVE_WORDS,
  PREFER_AFTER,
  PREFER_BEFORE,
  WELCOME_CHANNELS,
  WELCOME_VERBS,
  WELCOME_VERBS_ES,
  CHANNEL_NOUNS,
  CHANNEL_NOUNS_ES,
  CHANNEL_STEMS,
  CLOSING_WORDS,
  CONTACT_STEMS_ES,
  PROGRESSIVE_AUXILIARIES,
  PROGRESSIVE_CONTACT,
  PHONE_WORDS,
  SENT_HOME_KINDS,
  KIND_NARROWERS,
  NOTHING_NARROWED,
  OFFERS_RULED_OUT,
  EXCLAIMED_AT,
  EXCLAIMING_EMOJIS,
  ABOUT_US_OR_CONTACT,
  CONTACT_NEGATORS,
  OTHER_PEOPLE,
  CALLERS_NAMED_ES,
  PLAIN_REQUEST_PHRASES,
  NOT_INTERESTED_PHRASES,
  TALKING_INFINITIVES,
  NOT_INFINITIVES,
  TOLD_VERBS,
  STOPS_TOLD,
  KEEP_GOING_AFTER,
  NOT_BOTHERED_AFTER,
  MESSAGE_RECEIVED,
  PUT_BACK_AFTER,
  STOP_JOKED_AFTER,
  STOP_EMOJIS,
  STOP_SPELLINGS,
  WHAT_WE_SEND,
  UNSUBSCRIBED,
  UNSUBSCRIBING,
  OWN_AGREEMENTS,
  OTHER_SERVICES,
  HOME_FLAWS,
  NEVER_US,
  MUST_WORDS,
  AGENT_WORDS,
  OTHER_BEFORE_AGENT,
  OURS,
  NOT_A_BARE_NOUN,
  REPLY_VERBS,
  REPLY_KEYWORDS,
  REPLY_TO,
  STOP_VERBS,
  CONTACTING_SOMEONE,
  STOP_VERBS_ES,
  CONTACTING_SOMEONE_ES,
  SEND_VERBS,
  WHAT_IS_SENT,
  TO_ME_ES,
  STILL_WE,
  STILL_IN_IT,
  NOT_IMPERATIVE_WORDS,
  STORY_NEGATORS,
  IF_YOU,
  HOME_OWNERS,
  OWN_HOMES,
  SIGN_OFFS,
  type Channel,
  START_KEYWORDS,
  AFTER_A_START,
  START_RETRACTIONS,
  CONTACT_SUBJECTS,
  STILL_INTERESTED,
  REPLIED_BY_SOMEONE_ELSE,
  NOTHING_NARROWED_AFTER,
  BOTHERED_WITH,
  DELIGHTED_AT_A_HOME,
  PUT_IN_TOUCH_WITH,
  STOP_SAID_NOT_TO_BE,
  SAID_OF_SOMETHING_ELSE,
  CLOCK_LEADS,
  CLOCK_TIMES,
  RECEIVING_STEMS,
  NAMED_SERVICES,
  HOMES_AS_A_WHOLE,
  OTHER_HOMES_NOT_SENT,
  SEARCH_ELSEWHERE,
  NOTHING_NAMED_BEFORE,
  OPENING_JOINS,
} from './lexicon/optout.js';
import { bareKeyword, keywordAndMore, keywordLanguage, wordsIn } from './optout/keywords.js';
import {
  correctionFollows,
  correctsFigures,
  HOLD_TO_CORRECT,
  pausedForAQuestion,
  STOP_TAKEN_BACK,
  holdsInACorrection,
  holdsThenNotAPick,
} from './optout/correction.js';
import { CLOSINGS, stopsByParts, welcomesByParts } from './optout/by-parts.js';
import { stopsOfAThingNamed } from './optout/stopped-thing.js';
import { warnsOff } from './optout/threat.js';
import { wrongNumber, wrongNumberOfAThing } from './optout/wrong-number.js';
import { AFTER, CLAUSE_RULES, SENTENCE_RULES, type RequestRule } from './optout/requests.js';
import { anyOf, words } from './optout/words.js';
import { everyHit, locate, type Located } from './read/phrase-offsets.js';
import { readFolded, type ReadText } from './read/read-text.js';
import { isDigit } from './read/words.js';
import { oneOf, phraseBook, tokenise, type PhraseHit, type Token } from './read/phrases.js';
import { fold, sentences, type Lang } from './text.js';
import { speaksOfFollowingUp } from './extract/timeline.js';
import { isSincereBotQuestion } from './disclosure.js';
import { detectEscalation } from './escalation.js';
import {
  createStopModel,
  STOP_THRESHOLD,
  STOP_THRESHOLD_ASKING,
  type StopModel,
} from './topic-model/stop-model.js';

/** Messages longer than this are read by the rules alone (the model was trained on texts of a few sentences). */
const TRAINED_STOP_MAX_CHARS = 600;
const wordCount = (text: string) => tokenise(fold(text)).filter(({ word }) => /[a-z0-9]/.test(word)).length;
/** The model every step reads with (its weights are read-only). */
const stopModel = createStopModel();

/**
 * Opt-out by intent (DOMAIN.md section 1.3), read clause by clause (docs/BOTS.md section 4).
 *
 * A message is split into sentences and clauses (commas, semicolons, dashes). Each clause is read with a few rules
 * over one lexicon (lexicon/optout.ts): a carrier keyword said alone, a stop operator or a negator over a verb or
 * noun of contact aimed at the lead ("stop texting me", "no me escriban", "no more msgs"), a removal from a list, a
 * want-not, "not interested" about this conversation, a wrong number. What a request stops is read from its words:
 * one channel ("don't text") or every one ("don't contact me", "unsubscribe").
 *
 * A request counts unless it falls inside a scope that sets it aside: a negated stop ("don't stop sending me
 * listings"), a story about someone else or another service ("my old realtor wouldn't stop calling", "i
 * unsubscribed from redfin"), someone else addressed while the lead asks for contact ("stop texting her, text me"),
 * a condition on the lead's own future ("if i want to opt out later"), which homes to send ("stop sending condos"),
 * a correction ("stop, i meant 700k"), a time or a language ("don't text me after 9pm"). Scopes are found on the
 * whole message and compared by position; the text is never rewritten.
 *
 * Then the message: no request is no opt-out; a request on one channel with another channel welcome in the same
 * message is a channel opt-out ("don't text, call me": texting stops, a call is welcome); anything else is a full
 * opt-out, a wrong number included ("this isn't jimmy's phone anymore"), unless the lead corrects their own number
 * ("i put the wrong number earlier, mine is ..." is a contact update).
 */

export type { Channel };
export type OptSignal = 'opt_out' | 'opt_in' | null;
/** What a message says about being contacted: stop everything, stop one channel for another, or start again. */
export type OptOutReading =
  | { kind: 'opt_out'; wrongNumber: boolean }
  | { kind: 'channel'; stop: Channel[]; welcome: Channel[] }
  | { kind: 'opt_in' };

// ---------------------------------------------------------------- the lexicon as pattern pieces

/** The stems that name each channel, as word starts ("texteen", "msjs", "llámame", "correos"). */
const CHANNELS = Object.keys(CHANNEL_STEMS) as Channel[];
const NAMED = phraseBook(
  CHANNELS.map((channel) => ({
    cue: channel,
    words: CHANNEL_STEMS[channel].map((stem) => `${stem}*`).join('|'),
    always: true,
  })),
);
/**
 * Verbs of contact without a channel: they stop everything ("contact", "bother", "reach out", "molestar"). A removal
 * ("unsubscribe", "opt out", "dar de baja") stops everything too, unless it names its channel ("unsubscribe me from
 * the emails": the emails).
 */
const EVERY_CHANNEL = phraseBook([
  ...[
    'contact*|bother*|bug*|spam*|harass*|molest*|lose|number|numero|alone|paz|interested|interesa*|communication*',
    'hit|hitting me|us up',
    'reach* out',
    'blowing up',
    'hear from',
  ].map((words) => ({ cue: 'all' as const, words, always: true })),
  { cue: 'removal' as const, words: 'unsub*|opt*|remove|delete|list|baja|cancel*', always: true },
]);
/** "no me escriban", "stop writing me", "stop sending": writing is texting. */
const WRITING = phraseBook([{ cue: 'text' as const, words: 'sending*|mand*|envi*', always: true }]);
/** "márcame", "ring me": a call. */
const RINGING = phraseBook([{ cue: 'call' as const, words: 'marc*|ring*', always: true }]);

/** Notices of any channel, counted as texts only when no other channel names them ("the email alerts" are emails). */
const NOTICE_STEMS: readonly string[] = ['alert', 'notif'];
const noticeOnly = (hit: PhraseHit<Channel>) => NOTICE_STEMS.some((stem) => hit.evidence.startsWith(stem));

/** The channels some words name, in the lexicon's order. */
function named(tokens: readonly Token[]): Channel[] {
  const hits = NAMED.every(tokens);
  const otherNamed = hits.some((hit) => hit.cue !== 'text');
  const heard = new Set(
    hits.filter((hit) => !(hit.cue === 'text' && otherNamed && noticeOnly(hit))).map((hit) => hit.cue),
  );
  return CHANNELS.filter((channel) => heard.has(channel));
}

/**
 * What a request stops: every channel, the channels it names, or (`unnamed`) every channel unless a request said with
 * it names them ("take me off your call list": "take me off" names none, "off your call list" the calls).
 */
type Stops = Channel[] | 'all' | 'unnamed';

/** Words before the channel a contact goes by ("por correo", "by email", "via whatsapp"). */
const WAY_WORDS: ReadonlySet<string> = new Set(['por', 'by', 'via', 'through', 'thru', 'x']);

/** What a request stops, from its own words. */
function channelsOf(request: readonly Token[]): Stops {
  const every = new Set(EVERY_CHANNEL.hear(request).map((hit) => hit.cue));
  // (the way said names the channel, whatever the verb's own: "no me escriban por correo" is email)
  const way = request.findIndex((token) => WAY_WORDS.has(token.word));
  const byWay = way >= 0 ? named(request.slice(way + 1)) : [];
  const channels = byWay.length > 0 ? byWay : named(request);
  // (a contact narrowed to its channels: "no me contacten por correo", "don't contact me by email")
  if (every.has('all')) return channels.length > 0 ? channels : 'all';
  if (every.has('removal')) return channels.length > 0 ? channels : 'unnamed';
  if (channels.length === 0 && WRITING.find(request)) return ['text'];
  return channels.length > 0 ? channels : 'unnamed';
}

const ES_VERB = `(?:${CONTACT_STEMS_ES.join('|')})\\w*`;
const NOUN = words(CHANNEL_NOUNS);

/** The clause rules that ask to stop contact (optout/requests.ts), with the rules read on sentences only. */
const CLAUSE_REQUESTS = phraseBook(CLAUSE_RULES.map((rule) => ({ ...rule, always: true })));
const SENTENCE_REQUESTS = phraseBook(SENTENCE_RULES.map((rule) => ({ ...rule, always: true })));
const SENTENCE_AND_CLAUSE = phraseBook(
  [...CLAUSE_RULES, ...SENTENCE_RULES].map((rule) => ({ ...rule, always: true })),
);
/** The requests said in plain words (lexicon/optout.ts), read with the clause rules. */
const PLAIN_REQUESTS = phraseBook(
  PLAIN_REQUEST_PHRASES.map((phrase) => ({ cue: 'stop' as const, always: true, ...phrase })),
);

/** Rules that read the clause from its start: only spaces before their match. */
const FROM_THE_START: ReadonlySet<RequestRule> = new Set(
  [...CLAUSE_RULES, ...SENTENCE_RULES].filter((rule) => rule.whole || rule.opening).map((rule) => rule.cue),
);

/** The text around a rule's match looks as the rule says (`AFTER`: "no calls." is a request, "no calls?" none). */
function framed(text: string, from: number, to: number, rule: RequestRule): boolean {
  if (FROM_THE_START.has(rule) && text.slice(0, from).trim() !== '') return false;
  const after = AFTER[rule] ?? 'any';
  if (after === 'any') return true;
  const rest = text.slice(to);
  if (after === 'blank') return rest.trim() === '';
  if (after === 'stops') return [...rest].every((char) => char === '.' || char === '!' || char.trim() === '');
  if (after === 'unasked')
    return [...rest].find((char) => char === '.' || char === '!' || char === '?') !== '?';
  const next = rest.trimStart()[0];
  return next === undefined || next === '.' || next === '!';
}

// ---------------------------------------------------------------- scopes that set a request aside

/** A channel the lead welcomes: "call me", "text is better", "mejor llámame", "solo por whatsapp". */
const WELCOME = new RegExp(
  `\\b(${words(WELCOME_CHANNELS)} ${words(PREFER_AFTER)}|${words(PREFER_BEFORE)} ${words(WELCOME_CHANNELS)}|${words(WELCOME_VERBS_ES)}( (un|unos|los|por|al|mejor))? ?${words(WELCOME_CHANNELS)}?(?= |$|[.!,])(?! (no|nada))|(?<!\\b(?:${anyOf(CONTACT_NEGATORS)}|not|no|stop|ever|ni|or|and) )${words(WELCOME_VERBS)} (me|us)\\b(?! (about|if|when))|(?<!\\b(?:${anyOf(CONTACT_NEGATORS)}|not|no|stop|ever|ni) )${words(WELCOME_VERBS)}( (me|us))? (instead|rather)|(send|shoot|give) me (a )?${words(WELCOME_CHANNELS)}|(?<=(^|, ))${words(WELCOME_CHANNELS)}( ${words(CLOSING_WORDS)})?(?=\\s*([.!]|$)))\\b`,
  'g',
);

/** Our messages by name ("messages", "texts", "mensajes"): a ban on them is a ban on everything we send. */
const OUR_MESSAGES = `(${anyOf([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES])})`;
/** What we send, said as a whole (a kind only with a narrowing after it). */
const WHOLE = `(${anyOf(WHAT_WE_SEND)})`;

/**
 * Scopes that set aside a request inside them, found on the whole message. Each is one clause rule: negation over
 * a stop, a story, someone else addressed, a condition, which homes, another service, another interest.
 */
const SCOPES: RegExp[] = [
  // which homes to send, not whether: "stop sending condos", "deja de mandarme casas en fontana"; what we send said
  // as a whole ("stop sending me listings", "no more messages about houses") is a stop of everything we send
  new RegExp(
    `\\b((stop|quit|no more|(dej|par)(en|a|e) de) (sending|showing|pulling|texting|emailing|mandar|enviar|mandarme|enviarme|mandarnos|enviarnos)|(ya )?no (me|nos) (manden|mandes|mande|envien|envies|envie|pasen|pases)|(don'?t|do not) (send|show) (me|us))( me| us)?(( [\\w$]+){0,2} (?!${WHOLE}\\b)(${anyOf(SENT_HOME_KINDS)})|( (?!${OUR_MESSAGES}\\b)[\\w$]+){0,2} ${WHOLE}(?=,? (${anyOf(KIND_NARROWERS)})\\b| \\d)|( [\\w$]+){0,2} ((anything|nada) (${anyOf(NOTHING_NARROWED)}|de(?! lo| eso| nada))|stuff (in|under|over|about|near)))\\b`,
    'g',
  ),
  // the lead's own future: "if i ever want to unsubscribe, do i reply stop?", "si luego quiero darme de baja", "¿y si
  // firmo con ustedes y luego quiero cancelar, me cobran algo?"
  new RegExp(
    `\\b(?:(?:${words(CONDITION_OPENERS)})\\b(?: [a-z']+){0,6}? ${words(WANT_WORDS)}(?: to)?|(?:if|in case|once|after) (?:i|we)(?: ever| later| eventually| do| did)?) (?:${words(OPT_OUT_ACTS)}|stop (?:the |these |your |getting |receiving )?${NOUN}|que (?:ya )?no (?:me|nos) ${ES_VERB})\\b|\\bsi (?:luego |despues |mas adelante )?(?:me|nos) (?:doy|damos) de baja(?=[^.!]*\\?)`,
    'g',
  ),
  // a third person reported: "my wife said stop texting her", "he says stop", "my wife just yelled stop texting"
  new RegExp(
    `\\b(he|she|they|my \\w+|the \\w+|\\w+ (?:said|says))(?: just| literally| always)? (${anyOf(TOLD_VERBS)})( (me|us))?( to| que)? (stop|quit|dejen|paren)\\b[^,.!?;]*(?<!\\b(me|us))(?=[,.!?;]|$)`,
    'g',
  ),
  // words someone else said, quoted after a report verb: "my wife said 'tell them to stop texting' lol", "mi esposo
  // dijo "que ya no nos manden nada"" (the lead's own words go on after the quote)
  new RegExp(
    `\\b(?:he|she|they|someone|somebody|(?:my|our|his|her|the|mi|mis|su|el|la|nuestro|nuestra) [a-z]+) (?:${anyOf(TOLD_VERBS)})(?: (?:me|us|me que|nos que))?[:,]? ?["'][^"']{1,160}["']`,
    'g',
  ),
  // a condition on the home: "if its more than 200 no me interesa", "si tiene hoa no nos interesa"
  new RegExp(
    `\\b(?:if|si|unless) (?:${words(CONDITION_ON_THE_HOME)})\\b[^.!?;]{0,50}?${words(NOT_INTERESTED_WORDS)}`,
    'g',
  ),
  // "not interested in selling right now, just buying", "no me interesa vender, solo comprar", "not interested en vender"
  // (the other side said in the next sentence too: "ya no nos interesa vender. queremos comprar una casa")
  new RegExp(
    `\\b((not|no longer) (really )?interested (in|en)|no (me |nos )?interesa) ${words(DEAL_SIDES)}\\b[^!?]{0,40}?\\b${words(RATHER_WORDS)}\\b[^.!?]{0,24}?\\b${words(DEAL_SIDES)}\\b`,
    'g',
  ),
];

/**
 * Another service, and not us: "unsubscribe me from zillow not u", "denme de baja de zillow, no de ustedes". What is
 * named must be more than our own channel ("take me off the list, not you its just not a good time" opts out).
 */
const ANOTHER_SERVICE_NOT_US =
  /\b(?:unsubscri\w*|opt(?:ing)? out|remove|delete|drop|take|saqu\w*|borr\w*|den\w* de baja|dar\w* de baja)(?: me| us)? (?:off of|off|out of|from|of|de|del) (?!(?:you|your|ur|this|these|y'?all|ustedes|su|sus|tu|tus|esta|este|everything|everyone|todo|todos)\b)((?:[^!?,;.]|\.(?=\S)){1,40}?),? (?:but |pero )?(?:not|no) (?:from |de |a )?(?:(?:you|u|ya)(?: guys| all| two)?|ur|yours|y'?all|ustedes|ti)\b(?=\s*(?:lol|lmao|jaja\w*|haha\w*|xd)?\s*(?:[,.!?;]|$))/g;
const OUR_CHANNEL_WORDS = new RegExp(`\\b(${anyOf(OUR_LIST_WORDS)})\\b`, 'g');

const WHOLE_HOMES: ReadonlySet<string> = new Set(HOMES_AS_A_WHOLE);

/**
 * Scopes said in words, read on the message's tokens: a story about another service ("i unsubscribed from zillow
 * alerts", to the clause's end), the carrier's instruction quoted ("reply STOP to opt out"), someone else addressed
 * ("stop texting her", "dejen de escribirle a mi esposa": set aside only if the lead asks for the contact), and the
 * lead asking for it ("send them to me instead", "escríbanme a mí", "i'm still interested").
 */
const SCOPE_BOOK = phraseBook<
  | 'negated_stop'
  | 'another_service'
  | 'instruction'
  | 'someone_else'
  | 'redirected'
  | 'about_a_topic'
  | 'told_the_lead'
  | 'other_homes'
  | 'own_future'
  | 'how_it_works'
  | 'offers_ruled_out'
  | 'held'
>(
  [
    // a negated stop asks for more ("don't stop sending me listings", "no dejen de escribirme"); a story about
    // someone who would not stop ("the last realtor wouldn't stop texting me"): to the clause's end
    {
      cue: 'negated_stop' as const,
      words: `${oneOf([...CONTACT_NEGATORS.map((word) => word.split("'").join('')), ...STORY_NEGATORS])} ever|_ stop|quit|de`,
      notPrecededBy: oneOf(IF_YOU),
    },
    // someone named who does not stop, told in Spanish ("mi ex no para de mandarme mensajes", "el otro agente no deja
    // de llamarme"): "no para de" is no imperative (that is "no pares de"); to the clause's end
    {
      cue: 'negated_stop' as const,
      words: 'mi|mis|su|sus ~2 no|nunca para|paran|paraba|paraban|deja|dejan|dejaba|dejaban de',
    },
    {
      cue: 'negated_stop' as const,
      words: `el|la|los|las|ese|esa|esos|esas otro|otra|otros|otras|_ ${oneOf(CALLERS_NAMED_ES)} no|nunca para|paran|paraba|paraban|deja|dejan|dejaba|dejaban de`,
    },
    // our messages said not to bother the lead ("a mí no me molesta", "a mí no me molestan"): "molesta" is the
    // indicative (the request is "no me moleste(s)"); not a wish ("quiero que ya no me molestan"), nor "más"
    ...['no me molesta', 'a+mi|yo no me molestan'].map((words) => ({
      cue: 'negated_stop' as const,
      words,
      notPrecededBy: 'que|q|ya|porfa|favor',
      notFollowedBy: 'mas|ya|porfa|por+favor|pls|please',
    })),
    // a removal the lead forbids ("don't you dare take me off", "ni se les ocurra borrarme"): to the clause's end
    {
      cue: 'negated_stop' as const,
      words:
        'dont+you+dare|do+not+dare|dont+even+think+about|ni+se+les+ocurra|ni+se+te+ocurra|ni+se+le+ocurra',
    },
    {
      cue: 'another_service' as const,
      words: `${oneOf(UNSUBSCRIBED)} from|of|de|del`,
      notFollowedBy: oneOf(OURS),
    },
    {
      cue: 'another_service' as const,
      // ("unsubscribe me from zillow emails lol, your listings are better")
      // ("i need to unsubscribe from like 5 zillow email lists lol")
      words: `${oneOf(UNSUBSCRIBING)} me|us|_ from|of|de like|about|around|all|my|mis|_ #|_ ${oneOf(OTHER_SERVICES)}`,
      notFollowedBy: '~3 and|y|plus|or|o ~2 you|u|yall|ustedes|ur|your|this|these',
    },
    // ...or from anything not ours, named by a bare noun: "she's unsubscribing from motherhood lol", "unsubscribing
    // from life" (not "from this", "from the list", "from your texts", "from everything")
    {
      cue: 'another_service' as const,
      words: `${oneOf(UNSUBSCRIBING)} from|of`,
      notFollowedBy: [
        oneOf([...OURS, ...NOT_A_BARE_NOUN, ...CHANNEL_NOUNS, ...WHAT_WE_SEND]),
        // ("unsubscribe from redfin and from you too")
        '~3 and|y|plus|or|o ~2 you|u|yall|ustedes|ur|your|this|these',
      ],
    },
    // ...or from an agreement of the lead's own ("can i opt out of that contract before listing?", "salirme del
    // contrato de los paneles")
    {
      cue: 'another_service' as const,
      words: `${oneOf(UNSUBSCRIBING)} from|of|de|del ~2 ${oneOf(OWN_AGREEMENTS)}`,
    },
    // the lead asked another service to stop ("already asked realtor.com to quit sending me alerts", "le pedí a
    // zillow que dejara de mandarme correos")
    {
      cue: 'another_service' as const,
      words: `asked|told|emailed|messaged|called|pedi|dije|le+pedi|le+dije|les+pedi|les+dije|a ${OTHER_SERVICES.map((service) => `${service}*`).join('|')} ~2 to|que stop|quit|dejar|dejara|dejaran|parar|parara|pararan`,
    },
    // someone else made to stop ("how do i get the lender i talked to to stop calling me", "tell every other agent to
    // stop texting me", "¿cómo le hago para que la otra agencia deje de llamarme?"): to the clause's end
    {
      cue: 'another_service' as const,
      words: `get|make|tell|ask|have|getting|making|telling|asking|told|asked|had|made|got|para+que|hacer+que|hago+que ~3 ${oneOf([...NEVER_US, ...OTHER_SERVICES])} ~~ to|_ stop|quit|deje|dejen|pare|paren`,
    },
    // someone else who must stop ("those investors need to quit sending me postcards lol, not you", "zillow needs to
    // stop calling me", "los inversionistas tienen que dejar de mandarme cartas"): to the clause's end
    {
      cue: 'another_service' as const,
      words: `${oneOf([...NEVER_US, ...NAMED_SERVICES])} ${oneOf(MUST_WORDS)} stop|quit|dejar|parar`,
    },
    // a stop the lead told someone of its own ("ayer le dije a mi cuñado que ya no me mandara memes", "a la otra
    // agencia le dije que ya no me escribieran"): to the clause's end (not "ya les dije que no me escriban", to us)
    {
      cue: 'another_service' as const,
      words: 'le|les|_ dije|pedi|dijimos|pedimos|dijo|pidio a|al ~3 que',
    },
    { cue: 'another_service' as const, words: 'a|al ~3 le|les dije|pedi|dijimos|pedimos|dijo|pidio que' },
    // homes of one kind, said by what marks them ("quit sending the 750k+ ones", "stop sending me the pool ones"): to
    // the clause's end
    {
      cue: 'another_service' as const,
      words: 'stop|quit|no+more sending|showing|texting|_ me|us|_ the|those|these ~2 ones',
    },
    {
      cue: 'another_service' as const,
      words: `get|make|tell|ask|have|getting|making|telling|asking|told|asked|had|made|got|para+que|hacer+que|hago+que ~2 ${oneOf(OTHER_BEFORE_AGENT)} ${oneOf(AGENT_WORDS)} ~~ to|_ stop|quit|deje|dejen|pare|paren`,
    },
    // calls or texts from someone else ("no more calls from the lender, thank god", "no más llamadas del prestamista",
    // "10 emails a day from redfin and cant unsubscribe"): to the clause's end
    {
      cue: 'another_service' as const,
      words: `calls|call|texts|text|messages|emails|spam|llamadas|mensajes|correos ~2 from|de|del the|el|la|los|las|_ ${oneOf([...NEVER_US, ...OTHER_SERVICES])}`,
      notFollowedBy: '~3 and|y|plus|or|o|ni|nor ~2 you|u|yall|ustedes|ur|your|this|these|ti|usted',
    },
    // ...or another agency's ("cancelé los mensajes de otra inmobiliaria", "the texts from my old realtor")
    {
      cue: 'another_service' as const,
      words: `calls|call|texts|text|messages|emails|llamadas|mensajes|correos from|de|del the|el|la|los|las|my|mi|_ ${oneOf(OTHER_BEFORE_AGENT)} ${oneOf(AGENT_WORDS)}`,
    },
    {
      cue: 'instruction' as const,
      words: `${oneOf(REPLY_VERBS)} with|_ ${oneOf(REPLY_KEYWORDS)} to ${oneOf(REPLY_TO)}`,
    },
    {
      cue: 'someone_else' as const,
      words: `${oneOf(STOP_VERBS)} ${oneOf(CONTACTING_SOMEONE)} ${oneOf(OTHER_PEOPLE)}`,
      // "&" is no word: "her & me" is "her me"
      notFollowedBy: ['and|or|nor me|us|to+me', 'me|us|to+me'],
    },
    {
      cue: 'someone_else' as const,
      words: `${oneOf(STOP_VERBS_ES)} de ${oneOf(CONTACTING_SOMEONE_ES)} a mi|su *`,
    },
    { cue: 'someone_else' as const, words: `${oneOf(STOP_VERBS_ES)} de ${oneOf(CONTACTING_SOMEONE_ES)}` },
    // "no le manden mensajes a mi esposa, ... mándenme a mí": someone else's stop, the lead's messages redirected
    {
      cue: 'someone_else' as const,
      words: 'no|ya+no le|les manden|mande|escriban|escriba|llamen|envien ~2 a mi|su *',
    },
    {
      cue: 'redirected' as const,
      words: `${oneOf(SEND_VERBS)} ${oneOf(WHAT_IS_SENT)}|_ to|_ me`,
      notFollowedBy: 'no|not',
    },
    { cue: 'redirected' as const, words: `${oneOf(SEND_VERBS)} the * to|_ me`, notFollowedBy: 'no|not' },
    { cue: 'redirected' as const, words: 'instead' },
    // the lead told to stop by someone ("hes being difficult, told me to stop texting him"): to the clause's end
    {
      cue: 'told_the_lead' as const,
      words: `${oneOf(TOLD_VERBS)} me|us to|que ${oneOf(STOPS_TOLD)}`,
    },
    // ...said in the Spanish order, or told not to write to them ("mi hija me dijo que ya no le mande mensajes")
    { cue: 'told_the_lead' as const, words: `me|nos ${oneOf(TOLD_VERBS)} que ${oneOf(STOPS_TOLD)}` },
    { cue: 'told_the_lead' as const, words: `me|nos ${oneOf(TOLD_VERBS)} que ya|_ no le|les` },
    // ...or someone who told us to stop writing to them ("my neighbor told your team to stop texting her, but i'm
    // thinking of selling"; not the lead's own "i told you to stop")
    {
      cue: 'told_the_lead' as const,
      words: `${oneOf(TOLD_VERBS)} you|u|yall|your+team|your+office|ustedes|les to|que ${oneOf(STOPS_TOLD)} ~3 her|him|them|a+ella|a+el`,
      notPrecededBy: 'i|we|yo|i+already|we+already|ya+les|ya+te',
    },
    // ...or told by someone to opt out ("my sister said to just unsubscribe from everything real estate but nah"; not the
    // lead's own words said again: "I already said to unsubscribe me")
    {
      cue: 'told_the_lead' as const,
      words: `${oneOf(TOLD_VERBS)} me|us|_ to|que ~1 ${oneOf(OPT_OUT_ACTS)}|unsub|block|bloquear|bloquearlos`,
      notPrecededBy: 'i|we|yo|i+already|we+already|i+just|i+literally|i+clearly|ya+les|ya+te',
    },
    // homes other than one named, not to be sent: to the clause's end
    ...OTHER_HOMES_NOT_SENT.map((words) => ({ cue: 'other_homes' as const, words })),
    // ...or a keyword someone says to everything ("mi hijo le dice 'unsubscribe' a todo lo que le digo jaja")
    {
      cue: 'told_the_lead' as const,
      words: `${oneOf(TOLD_VERBS)} ~1 stop|unsubscribe|baja|alto|cancel|cancelar to|a everything|todo|all|everyone|todos`,
    },
    // ...or told to send the keyword ("mi hijo dice que les mande STOP, pero yo sí quiero vender"): to the clause's end
    {
      cue: 'told_the_lead' as const,
      words: `${oneOf(TOLD_VERBS)} me|us|_ to|que|just|_ les|le|you|u|_ mande|mandara|mandemos|envie|escriba|ponga|conteste|text|send|reply ~2 stop|baja|alto|cancelar`,
    },
    // "leave me alone about the lender stuff": one topic, not the conversation (to the clause's end)
    {
      cue: 'about_a_topic' as const,
      words: `leave|dejame|dejenme me|us|_ alone|en+paz about|regarding|with|con|de the|that|those|all+the|lo+del|lo+de|la+del|el+del|lo|la|el|_ ${oneOf([...TOPICS_LEFT_ALONE, ...BOTHERED_WITH])}`,
    },
    // ...or one thing the lead will not be bothered with ("no me molesten con ofertas bajas", "don't bother me with
    // lowball offers", "no me molesten con lo del préstamo"): to the clause's end
    {
      cue: 'about_a_topic' as const,
      words: `molesten|molestes|moleste|bother|bug|manden|mandes|send ~2 con|with ~2 ${oneOf([...BOTHERED_WITH, ...TOPICS_LEFT_ALONE])}`,
    },
    // ...or messages about one kind of home ("no more texts about condos, only houses", "no more alerts for 2 story
    // homes"): the homes sent, not the messages (to the clause's end)
    {
      cue: 'about_a_topic' as const,
      // (not homes as a whole: "no more texts about houses" is everything we send)
      words: `no+more|stop|stop+the|quit+the|ya+no ${oneOf(CHANNEL_NOUNS)} about|on|for|de|sobre|con the|those|any|las|los|_ ${oneOf([...BOTHERED_WITH, ...SENT_HOME_KINDS].filter((kind) => !WHOLE_HOMES.has(kind)))}`,
    },
    // ...or someone the lead is not to be put in touch with yet ("no me contacten con el lender todavía, primero quiero
    // ver casas", "don't connect me with a lender yet")
    {
      cue: 'about_a_topic' as const,
      words: `contacten|contacte|contactes|conecten|conecte|comuniquen|connect|put|hook ~2 con|with|in+touch+with|up+with el|la|un|una|a|the|any|_ ${oneOf(PUT_IN_TOUCH_WITH)}`,
    },
    // homes sent and found wanting ("don't send those anymore, they're all too expensive", "ya no me manden esas, son
    // muy chicas"): the homes, not the messages (to the clause's end)
    {
      cue: 'about_a_topic' as const,
      words: `send|sending|mandar|manden|mandes|envien|enviar me|us|_ those|these|them|esas|esos|estas|estos ~~ are|theyre|they+are|r|son|estan|eran ~2 ${oneOf(HOME_FLAWS)}`,
      clause: false,
    },
    // a want-not of the lead's own future, not a request now ("if i dont want texts anymore, how do i stop them?", "si
    // luego ya no quiero recibir mensajes", "cuando ya no quiera mensajes les aviso"): to the clause's end
    {
      cue: 'own_future' as const,
      words: `${oneOf(CONDITION_OPENERS)} i|we|_ ever|later|_ ya+no|no|dont|do+not|no+longer ${oneOf(WANT_WORDS)}`,
    },
    { cue: 'own_future' as const, words: 'cuando ya+no|no quiera|queramos|necesite|necesitemos' },
    // ...or a stop wanted under a condition ("¿y si algún día quiero que dejen de escribirme?"; not "if i need anything
    // ill call you stop texting me"), or after the move
    // ("cuando nos mudemos ya pueden dejar de mandarme cosas", "once we close you can stop")
    {
      cue: 'own_future' as const,
      words: `${oneOf(CONDITION_OPENERS)} i|we|_ ${oneOf(WANT_WORDS)} que|you|u|yall|to ~3 stop|quit|dejen|paren|unsubscribe|cancel|cancelar|darme|darnos`,
    },
    {
      cue: 'own_future' as const,
      words:
        'cuando|once|after|when nos+mudemos|compremos|encontremos|cerremos|we+move|we+buy|we+find|we+close|were+moved|weve+moved|we+are+moved',
    },
    // ...or a stop said under a condition ("¿y si un día les digo que ya no me escriban?", "if the job falls through
    // i'll be the first to ask you to drop me")
    {
      cue: 'own_future' as const,
      words: `${oneOf(CONDITION_OPENERS)} i|we|_ les|le|_ digo|decimos|pido|pedimos|tell+you|ask+you|say|text`,
    },
    { cue: 'own_future' as const, words: 'ill|i+will|well|we+will be the first to ask|tell' },
    // ...or one that would be said, were things otherwise ("if we weren't moving i'd tell you to take me off your list,
    // but we are")
    {
      cue: 'own_future' as const,
      words: `${oneOf(CONDITION_OPENERS)} ~6 id|i+would|wed|we+would tell|ask you|u|yall to`,
    },
    // how opting out works, asked ("how does opting out work if i ever need to?"): to the clause's end
    {
      cue: 'how_it_works' as const,
      words: `how|what does|would|will ${oneOf(OPT_OUT_ACTS)}|opting+out|unsubscribing|replying+stop|the+stop+thing ~2 work|mean|do|happen`,
    },
    // which offers or homes to rule out, and what to do with them, to the sentence's end: "anything below that, stop,
    // don't even bring it to me", "if you start sending me 2 bedroom places I'll hit unsubscribe 😂"
    ...OFFERS_RULED_OUT.map((words) => ({ cue: 'offers_ruled_out' as const, words })),
    {
      cue: 'offers_ruled_out' as const,
      words: `if|si you|u|yall|ustedes|me start|keep|ever|_ sending|send|showing|show|mandan|mandas|envian|mandando me|us|_ ~3 ${oneOf(SENT_HOME_KINDS)}`,
    },
    ...REPLIED_BY_SOMEONE_ELSE.map((words) => ({ cue: 'another_service' as const, words })),
    // a stop said for some hours only, the hours first ("después de las 9 de la noche no me escriban", "after 9pm
    // please don't text"): to the clause's end
    {
      cue: 'held' as const,
      words: 'after|before|past|despues+de|antes+de|pasadas ~1 #',
      opening: true,
    },
    // a stop that holds the talk while the lead checks something ("espérate, stop, déjame checar con mi esposo", "wait
    // stop, let me ask my wife"): to the clause's end
    {
      cue: 'held' as const,
      words:
        'wait|espera|esperate|espere|esperen|hold+on|hang+on|momento|un+momento stop|para|alto ~1 let+me|lemme|dejame|dejeme|dejenme|deja+que|i+need+to|i+gotta|tengo+que|voy+a|necesito',
      clause: false,
    },
    { cue: 'redirected' as const, words: oneOf(TO_ME_ES) },
    { cue: 'redirected' as const, words: `${oneOf(STILL_WE)} still ${oneOf(STILL_IN_IT)}` },
  ].map((phrase) => ({ always: true, clause: true, ...phrase })),
);

/**
 * The words of a hit are written one space apart, as the rules they replace wrote them ("stop - texting her" is
 * not one), or glued as one word ("750k"); the quoted instruction may quote its keyword ("reply 'stop' to opt out").
 */
function spaced(message: string, located: Located, hit: PhraseHit<string>): boolean {
  for (let token = hit.start + 1; token < hit.end; token++) {
    const between = message.slice(located.end[token - 1], located.at[token]);
    const quoted =
      hit.cue === 'instruction' || hit.cue === 'told_the_lead' ? between.replace(/["']/g, '') : between;
    // (a word cut into its figure and its letters is one word: "750k", "750k+ ones")
    const gap = quoted.startsWith('+') ? quoted.slice(1) : quoted;
    // (homes found wanting are said in the next clause: "don't send those anymore, they're all too expensive")
    // (a stop held is said between commas: "espérate, stop, déjame checar")
    const crossed = (hit.cue === 'about_a_topic' || hit.cue === 'held') && CLAUSE_GAPS.has(gap);
    if (gap !== ' ' && gap !== '' && !crossed) return false;
  }
  return true;
}

const CLAUSE_GAPS: ReadonlySet<string> = new Set([', ', '. ', '; ', '! ', ',', '.', ';', '!']);

/** Where the clause of token `index` ends in the message: just after its last word. */
function clauseEnd(located: Located, index: number): number {
  let last = index;
  while (
    last + 1 < located.tokens.length &&
    located.tokens[last + 1]!.clause === located.tokens[index]!.clause
  )
    last += 1;
  return located.end[last]!;
}

/** Where the sentence that holds `from` ends in the message: at its stop, question or exclamation mark, or the end. */
function sentenceEnd(message: string, from: number): number {
  for (let at = from; at < message.length; at += 1) {
    const mark = message[at];
    if (
      (mark === '.' || mark === '!' || mark === '?') &&
      (at + 1 === message.length || message[at + 1] === ' ')
    )
      return at;
  }
  return message.length;
}

/** Every match of a global rule, without the copy `matchAll` makes of it (the rules are shared and stateless between calls). */
function matchesOf(rule: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  rule.lastIndex = 0;
  for (let m = rule.exec(text); m; m = rule.exec(text)) {
    found.push(m);
    if (m[0] === '') rule.lastIndex += 1;
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

/** Every span of the message that sets a request aside. */
function scopesOf(read: ReadText): Span[] {
  const message = read.folded;
  const spans: Span[] = [];
  const add = (start: number, end: number): void => {
    spans.push({ start, end });
  };
  for (const scope of SCOPES) for (const m of matchesOf(scope, message)) add(m.index, m.index + m[0].length);
  for (const m of matchesOf(ANOTHER_SERVICE_NOT_US, message))
    if (m[1]!.replace(OUR_CHANNEL_WORDS, '').trim() !== '') add(m.index, m.index + m[0].length);
  const located = read.located;
  const hits = everyHit(SCOPE_BOOK, located.tokens).filter((hit) => spaced(message, located, hit));
  const redirected = hits.some((hit) => hit.cue === 'redirected');
  for (const hit of hits) {
    const start = located.at[hit.start]!;
    if (
      hit.cue === 'another_service' ||
      hit.cue === 'negated_stop' ||
      hit.cue === 'about_a_topic' ||
      hit.cue === 'told_the_lead' ||
      hit.cue === 'other_homes' ||
      hit.cue === 'own_future' ||
      hit.cue === 'how_it_works' ||
      hit.cue === 'held'
    )
      add(start, clauseEnd(located, hit.end - 1));
    else if (hit.cue === 'offers_ruled_out') add(start, sentenceEnd(message, start));
    else if (hit.cue === 'instruction' || (hit.cue === 'someone_else' && redirected))
      add(start, located.end[hit.end - 1]!);
  }
  for (const m of matchesOf(HOLD_TO_CORRECT, message))
    if (correctionFollows(message.slice(m.index + m[0].length))) add(m.index, m.index + m[0].length);
  for (const m of matchesOf(STOP_TAKEN_BACK, message)) add(m.index, m.index + m[0].length);
  for (const hold of holdsThenNotAPick(located)) add(hold.start, hold.end);
  for (const hold of holdsInACorrection(located)) add(hold.start, hold.end);
  for (const pause of pausedForAQuestion(message, located)) add(pause.start, pause.end);
  for (const exclaimed of exclaimedAtAHome(message)) add(exclaimed.start, exclaimed.end);
  for (const stopped of stopsOfAThingNamed(located)) add(stopped.start, stopped.end);
  return spans;
}

const EXCLAIMED: ReadonlySet<string> = new Set(EXCLAIMED_AT);
const NOT_EXCLAIMED: ReadonlySet<string> = new Set(ABOUT_US_OR_CONTACT);
/**
 * "stop it, 614 for that??", "stop it, that kitchen 😍": "stop it" said at a home or its price, in disbelief or
 * delight, not a stop; not when the rest of its sentence speaks of us or of contact ("stop it, who gave you my
 * number?").
 */
function exclaimedAtAHome(message: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const said = sentences(message);
  said.forEach((sentence, index) => {
    const at = message.indexOf(sentence, from);
    from = at + sentence.length;
    const [stop, it, ...rest] = wordsIn(sentence);
    // "STOP. this is the one 😍 can I see it this weekend": a bare stop, then delight at the home in the next sentence
    const next = said[index + 1];
    if (stop === 'stop' && (it === undefined || it === 'it') && next !== undefined && delighted(next)) {
      spans.push({ start: at, end: at + sentence.length });
      return;
    }
    if (stop !== 'stop' || it !== 'it' || rest.length === 0) return;
    if (rest.some((word) => NOT_EXCLAIMED.has(word))) return;
    const atAHome =
      sentence.includes('?') ||
      rest.some((word) => EXCLAIMED.has(word) || isDigit(word[0])) ||
      EXCLAIMING_EMOJIS.some((emoji) => sentence.includes(emoji));
    if (atAHome) spans.push({ start: at, end: at + sentence.length });
  });
  return spans;
}

const DELIGHT = phraseBook(
  DELIGHTED_AT_A_HOME.map((words) => ({ cue: 'delight' as const, words, always: true })),
);
/** A sentence of delight at a home: its emoji, "this is the one", or a wish to see it; nothing said of us or contact. */
function delighted(sentence: string): boolean {
  if (wordsIn(sentence).some((word) => NOT_EXCLAIMED.has(word))) return false;
  return (
    EXCLAIMING_EMOJIS.some((emoji) => sentence.includes(emoji)) ||
    DELIGHT.find(tokenise(fold(sentence))) !== undefined
  );
}

/** Going on after a stop ("jk keep em coming", "sígale"), or put back on ("can u put me back on?"), as phrases. */
const KEEP_GOING = phraseBook([
  // an imperative, not a complaint ("why do you keep texting me?")
  ...KEEP_GOING_AFTER.map((words) => ({
    cue: 'keep_going' as const,
    words,
    always: true,
    notPrecededBy: 'you|u|yall|ya|why|they|he|she|it|still|always',
  })),
  ...[...PUT_BACK_AFTER, ...NOT_BOTHERED_AFTER].map((words) => ({
    cue: 'keep_going' as const,
    words,
    always: true,
  })),
  ...STOP_JOKED_AFTER.map((words) => ({
    cue: 'keep_going' as const,
    words,
    always: true,
    notPrecededBy: ['not|no|nt|ni|nunca|never', 'not|no ~1'],
  })),
]);

// ---------------------------------------------------------------- not interested, leave me alone, warnings

/** "not interested", "no longer interested", "ya no me interesa": what follows says whether it is about this. */
const NOT_INTERESTED = phraseBook(
  NOT_INTERESTED_PHRASES.map((words) => ({ cue: 'not_interested' as const, words, always: true })),
);
/**
 * What may follow "not interested" to make it about the move itself, with the lead's own home, a time or a sign-off
 * at most, as the whole clause ("in selling my house right now", "en vender ahorita, gracias").
 */
const OWN_HOME = HOME_OWNERS.flatMap((owner) => OWN_HOMES.map((home) => `${owner}+${home}`)).join('|');
const THE_MOVE = phraseBook([
  {
    cue: 'the_move' as const,
    words: `in|en|_ ${oneOf(THE_MOVE_WORDS)} ${OWN_HOME}|_ ${oneOf(FOR_NOW_WORDS)}|_ ${oneOf(SIGN_OFFS)}|_ $`,
    opening: true,
    always: true,
  },
]);
/** A home or a place right after "in that", "in this": what the lead is not interested in is that, not this talk. */
const A_THING_AFTER = new RegExp(`^\\s+${words(HOMES_AND_PLACES)}(?![a-z])`);
const HOME_NOUNS: ReadonlySet<string> = new Set(HOMES_AND_PLACES.filter((word) => !word.includes(' ')));
/** A home said with a word or two before its noun ("in this particular one", "in that blue house"): a home. */
function aHomeDescribedAfter(rest: string): boolean {
  const said = rest.trimStart().split(' ', 3);
  for (let at = 0; at < said.length; at += 1) {
    const word = said[at]!;
    let end = word.length;
    while (end > 0 && !inWord(word[end - 1])) end -= 1;
    if (at > 0 && HOME_NOUNS.has(word.slice(0, end))) return true;
    // (a mark ends the clause: "in this, one more text and i block you")
    if (end < word.length || end === 0) return false;
  }
  return false;
}

const TURNED_DOWN: ReadonlySet<string> = new Set(FEATURES_TURNED_DOWN);
const POINTED: ReadonlySet<string> = new Set(LISTINGS_POINTED_AT);
const POINTING: ReadonlySet<string> = new Set(POINTING_WORDS);
const CONTRAST: ReadonlySet<string> = new Set(CONTRAST_WORDS);
const EVERYTHING: ReadonlySet<string> = new Set(WHOLE_LIST_WORDS);
/**
 * What "not interested" (at `from` in the message) turns down is named before it in its sentence, so it narrows the
 * search and stops nothing: a kind of home or a feature ("condos no, not interested en eso", "mobile homes? nah not
 * interested", "la alberca no me interesa"), a listing pointed at ("the one on hillside rd, not interested", "lo de
 * Fontana no, no me interesa"), or any home word in its own clause ("esa no me interesa"). Not past a full stop, nor
 * past a contrast ("the pool looks amazing but honestly not interested anymore" is about all of it).
 */
function turnedDownBefore(read: ReadText, from: number): boolean {
  const { tokens, at, end } = read.located;
  const start = at.indexOf(from);
  for (let k = start - 1; k >= 0; k -= 1) {
    const gap = read.folded.slice(end[k], at[k + 1]);
    if ([...gap].some((char) => char === '.' || char === '!' || char === '\n')) return false;
    const word = tokens[k]!.word;
    // (and not past a word that makes the list everything: "houses, condos, whatever, not interested")
    if (CONTRAST.has(word) || EVERYTHING.has(word)) return false;
    if (TURNED_DOWN.has(word)) return true;
    // (a plan named right before it, as a Spanish infinitive: "rentar no me interesa, queremos comprar")
    if (k === start - 1 && gap.trim() === '' && plannedInfinitive(word)) return true;
    if (
      POINTED.has(word) &&
      (tokens[k]!.clause === tokens[start]!.clause || POINTING.has(tokens[k - 1]?.word ?? ''))
    )
      return true;
    // (the one named by its street or its city: "la de Rosebay", "el de Foothill", "lo de Fontana")
    if ((word === 'la' || word === 'el' || word === 'lo') && tokens[k + 1]?.word === 'de') return true;
  }
  return false;
}

const TALKING: ReadonlySet<string> = new Set([...TALKING_INFINITIVES, ...NOT_INFINITIVES]);
/** A Spanish infinitive of a plan ("rentar", "vender", "invertir"), not of talking ("hablar"). */
const plannedInfinitive = (word: string): boolean =>
  word.length >= 5 &&
  !TALKING.has(word) &&
  (word.endsWith('ar') || word.endsWith('er') || word.endsWith('ir'));

const PREFERRED = phraseBook([
  {
    cue: 'preferred' as const,
    words: oneOf(PREFERRED_INSTEAD),
    opening: true,
    notFollowedBy: 'not|no|que+no|nada',
  },
]);
const ELSEWHERE = phraseBook([{ cue: 'elsewhere' as const, words: oneOf(SEARCH_ELSEWHERE), opening: true }]);
const NAMES_NOTHING: ReadonlySet<string> = new Set(NOTHING_NAMED_BEFORE);
/**
 * "Fontana no me interesa, mejor Alta Loma": the next clause (from `after`) opens with what the lead prefers; or, with
 * something named before the "not interested" (its first token `first`, in the clause), sends the search elsewhere
 * ("Ontario no me interesa, busquen en Chino").
 */
function preferredAfter(message: string, after: number, read: ReadText, first: number): boolean {
  const rest = message.slice(after).trimStart();
  if (!rest.startsWith(',')) return false;
  const next = tokenise(rest.slice(1));
  if (PREFERRED.hear(next).length > 0) return true;
  const { tokens } = read.located;
  const clause = tokens[first]?.clause;
  let named = false;
  for (let k = first - 1; k >= 0 && tokens[k]!.clause === clause; k -= 1)
    if (!NAMES_NOTHING.has(tokens[k]!.word)) named = true;
  return named && ELSEWHERE.hear(next).length > 0;
}

/** "not interested" (ending at `after`) said of all of it: "in any of it anymore", "en nada". */
const widened = (text: string, after: number): boolean =>
  WIDENING_AFTER.some(
    (words) => text.startsWith(words, after + 1) && !inWord(text[after + 1 + words.length]),
  );

const NARROWS_NOTHING: ReadonlySet<string> = new Set(NOTHING_NARROWED_AFTER);
/** The word after `at` narrows what was turned down to some homes ("nada en Ontario", "anything over 600"). */
const narrowedAfter = (text: string, at: number): boolean =>
  NARROWS_NOTHING.has(text.slice(at).trimStart().split(' ')[0] ?? '');

/** A letter or digit of a folded word: "anymore" is said whole, "thanks'" and "ok." end where they should. */
const inWord = (char: string | undefined) =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '_');

/**
 * "not interested" (its last token `last`) is about this: nothing but a full stop or "!" after it ("not interested.",
 * never "not interested?"), or right after it, spaces and commas skipped, a word about this conversation ("anymore",
 * "in your services", never "in condos"; read on the text, as "thanks'" is one token with what follows it) or the
 * move (`THE_MOVE`).
 */
function aboutThis(text: string, located: Located, last: number): boolean {
  const { tokens, at, end } = located;
  let next = end[last]!;
  while (next < text.length && (text[next] === ',' || text[next]!.trim() === '')) next += 1;
  const char = text[next];
  if (char === undefined || char === '.' || char === '!') return true;
  const about = ABOUT_THIS_WORDS.find(
    (word) => text.startsWith(word, next) && !inWord(text[next + word.length]),
  );
  // ...but not a home or a place named right after it ("not interested in that one", "in this area"), nor nothing
  // narrowed ("no me interesa nada en Ontario").
  if (about !== undefined)
    return (
      !A_THING_AFTER.test(text.slice(next + about.length)) &&
      !aHomeDescribedAfter(text.slice(next + about.length)) &&
      !narrowedAfter(text, next + about.length)
    );
  if (at[last + 1] !== next) return false;
  // The clause after it, where its words are read.
  let close = last + 1;
  while (close + 1 < tokens.length && tokens[close + 1]!.clause === tokens[last + 1]!.clause) close += 1;
  for (const hit of THE_MOVE.hear(tokens.slice(last + 1, close + 1))) {
    const first = last + 1 + hit.start;
    const after = last + 1 + hit.end;
    if (
      !tokens
        .slice(first + 1, after)
        .every((_, k) => text.slice(end[first + k], at[first + k + 1]).trim() === '')
    )
      continue;
    // the move ends its clause with a comma, a full stop, "!" or the text's end (not a question)
    const stop = text.slice(end[after - 1]).trimStart()[0];
    if (stop === undefined || stop === ',' || stop === '.' || stop === '!') return true;
  }
  return false;
}
/** "leave me alone" as an imperative, not "the kids won't leave me alone" (a word of a story before it). */
const LEAVE_ALONE = phraseBook<'leave_alone' | 'not_imperative'>([
  // ("alone*": a word glued on by an apostrophe, "alone'lol", is one token with it; `alone` checks the text)
  // (not a room or a moment to oneself: "leave me alone in the kitchen for an hour", "déjame sola un rato")
  {
    cue: 'leave_alone',
    words: 'leave me|us alone*',
    always: true,
    clause: true,
    notFollowedBy: [
      'in|inside|en the|la|el|my|mi|this|esta|este',
      'for a|an|one hour|minute|min|sec|second|bit|moment',
      // (a room of the home: "leave me alone with that kitchen for an hour")
      'with|con that|this|the|esa|ese|la|el|those|these ~2 kitchen|house|home|pool|yard|backyard|view|patio|cocina|casa|alberca|jardin|closet|bathroom|garage',
      // (a pause to an hour: "leave me alone til like 3pm", "hasta las 4")
      'til|till|until|hasta|before|after ~2 *',
    ],
  },
  // "ugh go away", "ya váyanse": the same, told to leave (not "we want to go away for the weekend")
  {
    cue: 'leave_alone',
    words: 'go away|vete|largate|vayanse|larguense',
    always: true,
    clause: true,
    notPrecededBy:
      'to|want|wanna|gonna|will|would|could|can|cant|may|might|never|wont|doesnt|dont|didnt|lets|ll',
  },
  // "olvídense de mí y de mi casa", "just forget about me": the same, said as forgetting the lead
  {
    cue: 'leave_alone',
    words: 'olvidense|olvidate|olvidenme|olvideme|olvidese|forget de|about mi|me|us|nosotros',
    always: true,
    clause: true,
  },
  { cue: 'not_imperative', words: oneOf(NOT_IMPERATIVE_WORDS), always: true },
]);

// ---------------------------------------------------------------- the message

const STOP_EMOJI = new RegExp(`[${STOP_EMOJIS.join('')}]`, 'gu');
const STOP_TYPO = new RegExp(`\\b${STOP_SPELLINGS}\\b`, 'g');
const START = anyOf(START_KEYWORDS);
const BARE_OPT_IN = new RegExp(`^\\s*(?:${START})\\s*[.!?]*\\s*$`);
/** The same keyword as a sentence of its own before more: "START. sorry my kid had my phone, we're preapproved btw". */
const OPENING_OPT_IN = new RegExp(
  `^\\s*(?:${START})(?:\\s*[.!,;]+|\\s+-+|\\s+(?=(?:${anyOf(AFTER_A_START)})\\b))\\s*(?=\\S)`,
);
const START_TAKEN_BACK = new RegExp(`^(?:(?:oops|sorry|perdon|ay)[\\s,.!]+)?${words(START_RETRACTIONS)}\\b`);
const HAS_LETTER = /\p{L}/u;
const CLAUSE_SPLIT = /(\s*[,;]\s*|\s+-\s+)/;
const SEPARATOR = /^\s*[,;-]/;
const BLANKS = /\s+/g;

interface Unit {
  text: string;
  at: number;
  sentence: boolean;
  /** A sentence of several clauses: only the sentence rules read it whole. */
  split?: boolean;
}

/** Sentences and their clauses, each with its place in the message. */
function unitsOf(message: string): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  for (const sentence of sentences(message)) {
    const at = message.indexOf(sentence, from);
    from = at + sentence.length;
    if (!HAS_LETTER.test(sentence) || correctsFigures(sentence)) continue;
    const clauses: Unit[] = [];
    let offset = 0;
    for (const clause of sentence.split(CLAUSE_SPLIT)) {
      if (HAS_LETTER.test(clause) && !SEPARATOR.test(clause))
        clauses.push({ text: clause, at: at + offset, sentence: false });
      offset += clause.length;
    }
    // A sentence of one clause is read once.
    units.push({ text: sentence, at, sentence: true, split: clauses.length > 1 });
    if (clauses.length > 1) units.push(...clauses);
  }
  // ("I'll pass on all of this. And no follow-ups, please.": a clause opened by "and" is read without it too)
  return units.flatMap((unit) => {
    const opener = OPENING_JOINS.find((join) => unit.text.startsWith(join));
    if (opener === undefined || unit.text.length === opener.length) return [unit];
    return [unit, { ...unit, text: unit.text.slice(opener.length), at: unit.at + opener.length }];
  });
}

interface Request {
  stops: Stops;
  start: number;
  end: number;
}

/**
 * The requests a unit makes, with where they are, before scopes are applied. A unit that is the whole message is
 * read on the message's own tokens (`read`, made once for every reader of the message).
 */
function requestsIn(unit: Unit, read: ReadText): Request[] {
  const found: Request[] = [];
  const add = (stops: Stops, start: number, end: number): void => {
    found.push({ stops, start: unit.at + start, end: unit.at + end });
  };
  const whole = (): void => add('all', 0, unit.text.length);
  if (bareKeyword(unit.text) || keywordAndMore(unit.text, unit.sentence)) whole();
  const located = unit.text === read.folded ? read.located : locate(unit.text);
  const { tokens, at, end } = located;
  const book = unit.split ? SENTENCE_REQUESTS : unit.sentence ? SENTENCE_AND_CLAUSE : CLAUSE_REQUESTS;
  for (const hit of everyHit(book, tokens)) {
    const from = at[hit.start]!;
    const to = end[hit.end - 1]!;
    if (framed(unit.text, from, to, hit.cue)) add(channelsOf(tokens.slice(hit.start, hit.end)), from, to);
  }
  if (!unit.split) {
    for (const hit of everyHit(PLAIN_REQUESTS, tokens)) {
      const from = at[hit.start]!;
      const to = end[hit.end - 1]!;
      add(channelsOf(tokens.slice(hit.start, hit.end)), from, to);
    }
    const asked = unit.text.trimEnd().endsWith('?');
    const endsMessage = wordsIn(read.folded.slice(unit.at + unit.text.length)).every((word) =>
      CLOSINGS.has(word),
    );
    for (const hit of stopsByParts({ tokens, asked, phoneNamed: namesAPhone(read), endsMessage }))
      add(channelsOf(tokens.slice(hit.start, hit.end)), at[hit.start]!, end[hit.end - 1]!);
  }
  const leave = everyHit(LEAVE_ALONE, tokens);
  for (const hit of leave) {
    if (hit.cue !== 'leave_alone' || !spaced(unit.text, located, hit)) continue;
    const last = at[hit.end - 1]!;
    // ("alone" checked on the text; "olvídense de mí" ends on its word)
    const saysAlone = tokens[hit.end - 1]!.word.startsWith('alone');
    if (saysAlone && (!unit.text.startsWith('alone', last) || inWord(unit.text[last + 'alone'.length])))
      continue;
    const to = saysAlone ? last + 'alone'.length : end[hit.end - 1]!;
    const from = at[hit.start]!;
    // A story word earlier in the same sentence (no stop between) makes it a story.
    const story = leave.some(
      (word) =>
        word.cue === 'not_imperative' &&
        word.start < hit.start &&
        ![...unit.text.slice(at[word.start], from)].some(
          (char) => char === '.' || char === '!' || char === '?',
        ),
    );
    if (!story) add('all', from, to);
  }
  for (const hit of everyHit(NOT_INTERESTED, tokens))
    if (
      aboutThis(unit.text, located, hit.end - 1) &&
      !preferredAfter(
        read.folded,
        unit.at + end[hit.end - 1]!,
        read,
        read.located.at.indexOf(unit.at + at[hit.start]!),
      ) &&
      (widened(unit.text, end[hit.end - 1]!) || !turnedDownBefore(read, unit.at + at[hit.start]!))
    )
      add('all', at[hit.start]!, end[hit.end - 1]!);
  if (unit.sentence && warnsOff(unit.text)) whole();
  return found;
}

const PHONES: ReadonlySet<string> = new Set(PHONE_WORDS);
/** The message names a phone or a number: "it" and "lo" may be it ("he had this number, pls lose it"). */
const namesAPhone = (read: ReadText): boolean => read.located.tokens.some((token) => PHONES.has(token.word));

function normalise(text: string): string {
  // ("never text this # again": "#" is a number said, which the tokens would drop; "realtor.com" is one name, no
  // sentence ending at its dot)
  return fold(text.replace(SPOKEN_PA, 'pa').split('#').join(' number ').split('.com').join(' com'))
    .replace(STOP_EMOJI, ' stop ')
    .replace(STOP_TYPO, 'stop')
    .replace(PROGRESSIVE, (_said, gerund: string) => PROGRESSIVE_CONTACT[gerund] ?? gerund)
    .replace(BLANKS, ' ')
    .trim();
}
/** Spoken "pa'" is "para" as "for" ("pa' ya": right away), never the imperative "¡para!" (stop): kept apart here. */
const SPOKEN_PA = /\bpa['\u2019](?=\s|$)/gi;
/**
 * "ya no me anden mandando mensajes", "no me estén llamando": the verb of contact said as the request it is ("no me
 * manden mensajes"), so the rules read it as they read that ("no me estén mandando condos" narrows).
 */
const PROGRESSIVE = new RegExp(
  `\\b(?:${anyOf(PROGRESSIVE_AUXILIARIES)}) (${anyOf(Object.keys(PROGRESSIVE_CONTACT))})\\b`,
  'g',
);

/**
 * Reads a lead message for the opt-out rule of DOMAIN.md section 1.3: runs before anything else (and before any
 * model call), for human-owned conversations too.
 */
export function readOptOut(text: string): OptOutReading | null {
  const message = normalise(text);
  if (BARE_OPT_IN.test(message)) return { kind: 'opt_in' };
  // A start, then more: an opt-in unless what follows stops again ("START. actually no, STOP").
  const opening = OPENING_OPT_IN.exec(message);
  if (opening) {
    const said = message.slice(opening[0].length);
    if (START_TAKEN_BACK.test(said)) return { kind: 'opt_out', wrongNumber: false };
    const rest = readOptOut(said);
    return rest?.kind === 'opt_out' ? rest : { kind: 'opt_in' };
  }
  if (message === '') return null;
  // A keyword spelled out letter by letter ("S T O P", "s.t.o.p").
  if (/^([a-z][\s.*_-]+){2,14}[a-z][\s.!]*$/.test(message) && bareKeyword(message.replace(/[^a-z]/g, '')))
    return { kind: 'opt_out', wrongNumber: false };
  if (wrongNumber(message)) return { kind: 'opt_out', wrongNumber: true };
  const read = readFolded(message);
  const found = requestsOf(message, read);
  if (found.length === 0) return null;
  const scopes = scopesOf(read);
  const requests = found.filter(
    (request) => !scopes.some((scope) => request.start < scope.end && scope.start < request.end),
  );
  if (requests.length === 0) return null;
  // "jk keep em coming", "mientras tanto sígale": going on, said after every request, takes them back.
  const last = Math.max(...requests.map((request) => request.end));
  if (everyHit(KEEP_GOING, read.located.tokens).some((hit) => read.located.at[hit.start]! >= last))
    return null;
  const stops = new Set<Channel>();
  for (const request of requests) {
    if (request.stops === 'all') return { kind: 'opt_out', wrongNumber: false };
    if (request.stops === 'unnamed') {
      // "take me off your call list": the channel is named by a request said with it, or right after it ("remove
      // me from the email blasts", "quítenme de la email list")
      const said = requests.filter(
        (other) => Array.isArray(other.stops) && other.start < request.end && request.start < other.end,
      );
      const from = channelsFrom(message, request.start, request.end);
      if (said.length === 0 && from.length === 0) return { kind: 'opt_out', wrongNumber: false };
      for (const channel of from) stops.add(channel);
      continue;
    }
    for (const channel of request.stops) stops.add(channel);
  }
  const welcome = new Set<Channel>();
  for (const m of matchesOf(WELCOME, message)) {
    const inRequest = requests.some(
      (request) => m.index < request.end && request.start < m.index + m[0].length,
    );
    if (inRequest) continue;
    for (const channel of channelsIn(m[0])) if (!stops.has(channel)) welcome.add(channel);
  }
  for (const hit of welcomesByParts(read.located.tokens)) {
    const from = read.located.at[hit.start]!;
    const to = read.located.end[hit.end - 1]!;
    if (requests.some((request) => from < request.end && request.start < to)) continue;
    for (const channel of channelsIn(message.slice(from, to))) if (!stops.has(channel)) welcome.add(channel);
  }
  // Texting is what the bot does: stopped, with no call welcome, it is a full opt-out ("stop texting, email me").
  if (welcome.size === 0 || (stops.has('text') && !welcome.has('call')))
    return { kind: 'opt_out', wrongNumber: false };
  return { kind: 'channel', stop: [...stops].sort(), welcome: [...welcome].sort() };
}

const REMOVED_FROM: ReadonlySet<string> = new Set(['from', 'of', 'off', 'de', 'del', 'out']);
/**
 * The channels named right after a removal, in its clause: "from the email blasts", "de la email list", or after a
 * removal that ends on its "off" ("take me off the newsletter emails").
 */
function channelsFrom(message: string, start: number, end: number): Channel[] {
  const said = tokenise(message.slice(start, end));
  const tokens = tokenise(message.slice(end, end + 48));
  const opened = REMOVED_FROM.has(said.at(-1)?.word ?? '') || REMOVED_FROM.has(tokens[0]?.word ?? '');
  if (!opened || tokens.length === 0) return [];
  return named(tokens.filter((token) => token.clause === tokens[0]!.clause).slice(0, 5));
}

/** The channels a welcome names ("llámame" is a call, "escríbeme" and "mándame" are texts). */
function channelsIn(said: string): Channel[] {
  const tokens = tokenise(said);
  const channels = named(tokens);
  if (channels.length > 0) return channels;
  return RINGING.find(tokens) ? ['call'] : ['text'];
}

/** Every request a normalised message makes, before its scopes set any aside. */
function requestsOf(message: string, read: ReadText): Request[] {
  const found = unitsOf(message).flatMap((unit) => requestsIn(unit, read));
  if (bareKeyword(message)) found.push({ stops: 'all', start: 0, end: message.length });
  return found;
}

/**
 * The trained opt-out reading (topic-model/stop-model.ts, docs/BOTS.md section 66), for a message the rules read no
 * request in. The model knows the words of a stop, not what they are said of, so the rules keep the scope: it is read
 * only in a message of two words or more (one word is a keyword, the rules' part) and at most TRAINED_STOP_MAX_CHARS
 * that speaks of contact; that holds no request the rules set aside ("told me to stop texting him"), says no contact
 * to come ("cualquier cosa les escribo") and welcomes none ("mándame correo", "keep em coming", "sigo interesada");
 * that names no one and nothing else than us, no time of day, language or narrowing ("a mi esposa", "before 8am",
 * "en inglés", "sin cochera"); and that asks for no person ("phone me pls") and no sincere question of who is
 * answering ("are these messages automated"). A message that asks something needs a surer score ("who is this? i
 * got a text from this number" is to be answered).
 */
export function trainedStop(text: string, model: StopModel = stopModel): boolean {
  if (text.length > TRAINED_STOP_MAX_CHARS || wordCount(text) < 2 || !speaksOfContact(text)) return false;
  const message = normalise(text);
  const read = readFolded(message);
  if (!saysNoRequest(message, read) || speaksOfFollowingUp(text) || keptFromTheModel(message, read))
    return false;
  if (isSincereBotQuestion(text) || asksForAPerson(text)) return false;
  return model.score(text) >= (text.includes('?') ? STOP_THRESHOLD_ASKING : STOP_THRESHOLD);
}

/** Our message said to have reached the lead ("got your message", "me llegó su mensaje"): no trained stop then. */
const RECEIVED = phraseBook(
  MESSAGE_RECEIVED.map((words) => ({ cue: 'received' as const, words, always: true })),
);

/** Someone or something else than us, a time of day, a language or a narrowing named (no trained stop then). */
const SOMETHING_ELSE_BOOK = phraseBook(
  [
    ...SAID_OF_SOMETHING_ELSE,
    ...NAMED_SERVICES,
    ...NEVER_US,
    ...CLOCK_LEADS.map((lead) => `${lead} ${CLOCK_TIMES.join('|')}`),
  ].map((words) => ({ cue: 'something_else' as const, words, always: true })),
);

/** The message asks for a person ("phone me pls", "que alguien del equipo me contacte"): a hand-off, no stop. */
const asksForAPerson = (text: string) =>
  detectEscalation(text, { agentName: '', scheduling: false })?.kind === 'person';

/**
 * A still interested lead, as phrases ("I'm still interested", "sigo buscando"); a negated one is none ("no estoy
 * buscando"), but a stop said not to be one is heard with its own negation ("don't stop looking").
 */
const STILL_INTERESTED_BOOK = phraseBook(
  STILL_INTERESTED.map((words) => ({
    cue: 'still_interested' as const,
    words,
    always: words === STOP_SAID_NOT_TO_BE,
  })),
);

/**
 * The rules' scope, which keeps the model out: the message holds what would set a request aside (someone else's, a
 * time of day, a topic, a story, a correction), names someone or something else than us, a time of day, a language or
 * a narrowing, welcomes contact still (a channel welcome, a "keep going", the lead still interested), or says our
 * message reached it.
 */
function keptFromTheModel(message: string, read: ReadText): boolean {
  const { tokens } = read.located;
  return (
    scopesOf(read).length > 0 ||
    namesSomethingElse(message) ||
    matchesOf(WELCOME, message).length > 0 ||
    welcomesByParts(tokens).length > 0 ||
    everyHit(KEEP_GOING, tokens).length > 0 ||
    everyHit(STILL_INTERESTED_BOOK, tokens).length > 0 ||
    RECEIVED.find(tokens) !== undefined ||
    wrongNumberOfAThing(message)
  );
}

/**
 * Someone or something else than us named in a sentence that speaks of contact ("text my wife instead", "not after
 * 9pm"); a sentence that tells of someone with no word of contact ("My husband passed.") names nobody the stop is for.
 */
function namesSomethingElse(message: string): boolean {
  return sentences(message).some(
    (sentence) =>
      speaksOfContact(sentence) && everyHit(SOMETHING_ELSE_BOOK, readFolded(sentence).tokens).length > 0,
  );
}

/** The rules read no request at all in the message (not one they set aside as a story, someone else's or a narrowing). */
function saysNoRequest(message: string, read: ReadText): boolean {
  return message === '' || requestsOf(message, read).length === 0;
}

const CONTACT_WORD_STARTS = [
  ...Object.values(CHANNEL_STEMS).flat(),
  ...CONTACT_STEMS_ES,
  ...CONTACT_SUBJECTS,
  ...RECEIVING_STEMS,
];
/** The message speaks of contact: a channel, a verb of contact, a list or this number ("come off your list"). */
function speaksOfContact(text: string): boolean {
  return tokenise(fold(text)).some(({ word }) => CONTACT_WORD_STARTS.some((start) => word.startsWith(start)));
}

/** The message is only the opt-in keyword ("START", "unstop"): nothing else to read. */
export function isBareOptIn(text: string): boolean {
  return BARE_OPT_IN.test(normalise(text));
}

/**
 * A full stop or a start, without the channel: a channel opt-out is not a stop (the other channel is welcome). The
 * engine acts on `readOptOut`; a burst of messages uses this to tell whether one of them stands alone.
 */
export function classifyOptOut(text: string): OptSignal {
  const reading = readOptOut(text);
  if (reading?.kind === 'opt_out') return 'opt_out';
  return reading?.kind === 'opt_in' ? 'opt_in' : null;
}

/** The fixed opt-out confirmation (sent as is, never rephrased). */
/** The language a stop said with carrier keywords alone is in ("ALTO": Spanish, whatever the conversation's). */
export function stopLanguage(text: string): Lang | undefined {
  return keywordLanguage(normalise(text));
}

export function optOutReply(lang: Lang): string {
  return lang === 'es'
    ? 'Sin problema, escríbenos cuando estés listo'
    : "No problem at all, reach out whenever you're ready";
}
