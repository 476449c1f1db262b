import {
  MARKET_WORDS,
  MARKET_WORDS_ES,
  SAID_WORDS,
  STOP_SAID,
  CONDITION_OPENERS,
  DEAL_SIDES,
  OPT_OUT_ACTS,
  OUR_LIST_WORDS,
  RATHER_WORDS,
  WANT_WORDS,
  ABOUT_THIS_WORDS,
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
  CONTACT_GERUNDS,
  CONTACT_STEMS_ES,
  CONTACT_VERBS,
  HOME_NOUNS,
  KIND_NARROWERS,
  LEAD_OBJECTS,
  NARROWING_WORDS,
  NEGATORS,
  OTHER_PEOPLE,
  PLAIN_REQUEST_PHRASES,
  NOT_INTERESTED_PHRASES,
  REPORT_VERBS,
  STOP_SPELLINGS,
  WHAT_WE_SEND,
  type Channel,
} from './lexicon/optout.js';
import { bareKeyword, keywordAndMore } from './optout/keywords.js';
import { correctionFollows, correctsFigures, HOLD_TO_CORRECT } from './optout/correction.js';
import { warnsOff } from './optout/threat.js';
import { wrongNumber } from './optout/wrong-number.js';
import { anyOf, words } from './optout/words.js';
import { everyHit, locate } from './read/phrase-offsets.js';
import { phraseBook } from './read/phrases.js';
import { fold, sentences, type Lang } from './text.js';

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

// ---------------------------------------------------------------- keywords

// ---------------------------------------------------------------- the lexicon as pattern pieces

const CHANNEL_OF = Object.entries(CHANNEL_STEMS).map(
  ([channel, stems]) => [channel as Channel, new RegExp(`\\b(${stems.join('|')})`)] as const,
);
/** Verbs of contact without a channel: they stop everything ("contact", "bother", "reach out", "molestar"). */
const EVERY_CHANNEL =
  /\b(contact\w*|bother\w*|bug\w*|spam\w*|harass\w*|hit(ting)? (me|us) up|reach\w* out|blowing up|molest\w*|unsub\w*|opt\w*|remove|delete|lose|list|baja|cancel\w*|number|numero|alone|paz|interested|interesa\w*|communication\w*|hear from)\b/;

/** What a request stops, from its own words: every channel, or the channels it names. */
function channelsOf(request: string): Channel[] | 'all' {
  if (EVERY_CHANNEL.test(request)) return 'all';
  const named = CHANNEL_OF.filter(([, stem]) => stem.test(request)).map(([channel]) => channel);
  // "no me escriban", "stop writing me": writing is texting.
  if (named.length === 0 && /\b(sending|mand|envi)/.test(request)) return ['text'];
  return named.length > 0 ? named : 'all';
}

const VERB = words(CONTACT_VERBS);
const GERUND = `(?:${anyOf(CONTACT_GERUNDS)}|${anyOf(CHANNEL_NOUNS)})`;
const LEAD = `(?:${anyOf(LEAD_OBJECTS)})`;
const NOT = words(NEGATORS);
const ES_VERB = `(?:${CONTACT_STEMS_ES.join('|')})\\w*`;
const CHANNEL_ES = words(CHANNEL_NOUNS_ES);
const CLOSING = words(CLOSING_WORDS);
const NARROWED = `(?! (?!at all)${words(NARROWING_WORDS)}\\b)`;
/** A Spanish request narrowed by a time, a language, a channel or which homes ("...en inglés", "...casas de 2"). */
const NARROWED_ES = `\\b(?! (${anyOf(NARROWING_WORDS)}|${anyOf(HOME_NOUNS)}|de|con|por (whatsapp|correo|mensaje|texto))\\b)`;
const NOUN = words(CHANNEL_NOUNS);
const THESE = '(these|the|your|this|all these|all the|ur)';
/** One banned verb, with the lead after it or not; a list of them ends with "or", "and" or "nor". */
const BANNED_ONE = `${VERB}(?: ${LEAD}\\b)?`;
const BANNED = `${BANNED_ONE}(?:(?:, ${BANNED_ONE})*,? (?:or|and|nor) (?:${NOT} )?${BANNED_ONE})?`;

/**
 * The clause rules that ask to stop contact. Each match is one request; what it stops is read from its words
 * (`channelsOf`), and a scope may set it aside (`SCOPES`).
 */
const REQUESTS: RegExp[] = [
  // a stop operator over our channel: "stop texting me", "quit messaging", "no more texts", "enough with the calls"
  new RegExp(
    `\\b(stop|quit|quite|cease|enough|no more|end|halt)( already)? (with )?(the |all the |these |your |those )?${GERUND}(?:(?:, ${GERUND})*,? (?:or|and|nor) ${GERUND}(?! (me |us )?(instead|rather)\\b))?( (me|us))?\\b`,
    'g',
  ),
  // a polite stop with nothing after it, or something that is no contact; a stop of one contact ("can you stop
  // calling") is the rule above's, with its channel
  new RegExp(
    `\\b(please|pls|plz|just|can you|could you|u can|you can) (stop|quit)\\b(?! (by|at|in|the|a|renting|paying|looking|working|thinking|searching|(with )?(the |all the |these |your |those )?${GERUND})\\b)`,
    'g',
  ),
  /^\s*(stop|quit) (it|now|already|please|pls|plz)\b/g,
  // a negator over one or more verbs of contact aimed at the lead, or alone at the end of the clause: "don't text",
  // "never call me or message me", "don't call, text or email us"
  new RegExp(
    `(?<!\\b(i|we|he|she|they|who) )\\b${NOT} (ever )?${BANNED}(?:(?<=\\b${LEAD})${NARROWED}|(?=\\s*(?:[.!]|$|,? ?(${CLOSING})\\b)))`,
    'g',
  ),
  // our channel refused as the whole message: "no calls", "no texts pls", "no llamadas por favor", "nada de mensajes"
  new RegExp(
    `^\\s*(no|nada de) (${anyOf([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES])})( (please|pls|plz|por favor|porfa|thanks|thank you|thx|gracias))?\\s*[.!]*\\s*$`,
    'g',
  ),
  // no longer in the market, the whole clause: "no longer looking, thanks", "ya no estamos buscando"
  new RegExp(
    `^\\s*(we'?re |were |we are |i'?m |im |i am )?(no longer ${words(MARKET_WORDS)}|not ${words(MARKET_WORDS)} any ?more|ya no (estamos|estoy) ${words(MARKET_WORDS_ES)})\\s*(any ?more|at this time|now)?\\s*(thanks|thank you|thx|sorry|gracias)?\\s*[.!]*\\s*$`,
    'g',
  ),
  // a Spanish negator over a verb of contact with the lead as clitic: "no me escriban", "ya no quiero que me llamen"
  new RegExp(
    `\\b(no (me|nos)|ya no (me|nos)|nunca (me|nos)|(ya )?no (quiero|queremos) que (me|nos)) (vuelvan a |vuelvas a |vuelva a |volvieran a |volviera a |volvieras a |sigan |sigas |siga )?${ES_VERB}(?:,? (?:ni|o|y) (?:me |nos )?${ES_VERB})*(?: (?:un |unos |los |mas )?${CHANNEL_ES})?\\b(?! ${words(NARROWING_WORDS)}\\b)`,
    'g',
  ),
  // "dejen de escribirme", "paren de mandarme mensajes", "deja de llamarnos"
  new RegExp(
    `\\b(dej|par)(en|a|e|ar)(le)? de (${ES_VERB}(me|nos)\\b(?! (a (el|la|los|las|mi|su) |al ))|(mandar|enviar) (mensajes|textos)\\b)`,
    'g',
  ),
  // "no más mensajes", "ya no quiero msjs", "no quiero recibir más llamadas"
  new RegExp(
    `\\bno (mas|more|(quiero|queremos) (recibir )?mas|(quiero|queremos) recibir( mas)?) ${CHANNEL_ES}\\b(?! (de|sobre|con|acerca de) (?!(ustedes|usted|nadie|ti|este numero)\\b))`,
    'g',
  ),
  new RegExp(
    `\\b(ya )?no (quiero|kiero|queremos|keremos) (recibir )?(sus |tus |los |estos |esos |mas )?${CHANNEL_ES}( ni ${CHANNEL_ES})?\\s*(,?\\s*${CLOSING})*\\s*[.!]*\\s*$`,
    'g',
  ),
  new RegExp(
    `\\b(ya )?(basta|suficiente|ya estuvo)( ya)?( por favor| porfa)? (de|con) (los |tus |sus |tanto |tantos |estos |esos )?(${CHANNEL_ES}|mensaje|spam)\\b`,
    'g',
  ),
  // a want-not: "i don't want you to text me", "don't want any more calls", "don't want to hear from you"
  new RegExp(
    `\\b(don't|dont|do not) want (any ?more|more) ${NOUN}|\\b(i|we) (don't|dont|do not) want (any |your |these |the )?${NOUN}( (any ?more|from you|again))?\\s*(,?\\s*${CLOSING})*\\s*[.!]*\\s*$|\\bno (more )?${NOUN} ${CLOSING}`,
    'g',
  ),
  // no need to keep contacting: "no need to keep reaching out", "no hace falta que me sigan escribiendo"
  /\b(no need|there'?s no need|you (don'?t|do not) need|no reason) (for you )?to (keep|continue|continue to) (reaching out|contacting|texting|messaging|following up|checking in|writing|emailing)( (with )?(me|us))?\b(?! (on|about|with|for|re|regarding) )|\b(no need|there'?s no need|you (don'?t|do not) need) (for you )?to (reach out|contact me|text me|message me|email me|follow up)( (with )?(me|us))? (any ?more|again|ever)\b/g,
  new RegExp(
    `\\bno (necesito|necesitamos|ocupo|ocupamos) que (me |nos )?(sigan|sigas|siga) ${ES_VERB}${NARROWED_ES}|\\bno (hace falta|es necesario|necesitan|necesitas|tienen que|tiene que|hay necesidad de) (que )?(me |nos )?(sigan |sigas |siga |vuelvan a |vuelvas a |vuelva a )?${ES_VERB}${NARROWED_ES}`,
    'g',
  ),
  new RegExp(
    `\\bhow (do|can|would) (i|we) ((get|make) ${THESE} (\\w+ )?${NOUN} (to )?stop|(stop|end|block) (${THESE}|getting) (\\w+ )?${NOUN})\\b`,
    'g',
  ),
  // off the list: "unsubscribe", "opt me out", "remove me", "take me off", "delete my number", "sáquenme de su lista"
  /\btake (me|my (number|name|info)) off\b(?![^.!?]*\b(put|add|switch|move|keep) (me|us)\b)/g,
  /\b(me|us|my (number|name|info|information|contact|email|phone)|this number)\b.*\b(off|from) (your|this|the|ur) (\w+ )?(list|contacts|database)\b/g,
  /^\s*(please |pls |just )?(off|from) (your|this|the|ur) (\w+ )?(list|contacts)\b\s*(please|pls|now|thanks)?\s*$/g,
  /^\s*(please |pls |plz )?(remove|delete|unsub|borrar|eliminar)( me| us| this number| my number)?( please| pls| plz| now| thanks| asap)?\s*[.!]*\s*$/g,
  /\b(saqu|sac|quit|borr|elimin|baj|remuev|remov)\w*(me|nos) de (la|las|su|tu|esta|estas|esa|esas|sus|tus) (lista|listas|base de datos|contactos|sistema)\b(?! (de|con|para) (casas|propiedades|condos?|departamentos|\d|dos|tres|cuatro|cinco|recamaras)\b)/g,
  /\b(me|nos) (doy|damos) de baja\b(?=\s*([.!,]|$|(ya|gracias|por favor|porfa|de (esto|estos mensajes|sus mensajes|los mensajes|la lista|su lista|aqui|todo|este numero))\b))/g,
  /\b(quiero|queremos) (cancelar|parar|darme de baja)\s*$|\b(cancelar|parar) (los mensajes|mensajes|todo|esto|la suscripcion)\b/g,
  /(?<!\b(don'?t|do not|dont|never|no|not) )\bcancel (these|the|all|all the|all these|all of the|my|your|ur)? ?(texts?|messages?|msgs|sms|notifications|alerts|subscription)\b|\bcancel(a|en|e|ar) (los |tus |sus |estos |todos los )?(mensajes|textos|msjs?|notificaciones)\b(?! (about|for|from) (the |a |my )?(showing|tour|appointment|visit|call))/g,
  /(?:^|\b(?:please|kindly|pls|i ask (?:that )?you|i'?d like you to|i want you to|you can|you may) )(discontinue|cease|terminate) (all |any )?(further |future |more )?(communication|communications|contact|correspondence|outreach)\b(?! (with (the|my|our) (seller|buyer|lender|other|old)|from (the|my) (seller|lender|bank)))/g,
  // said again: "i said stop", "te dije que pares", "how many times do i have to say stop"
  new RegExp(
    `\\b${words(SAID_WORDS)}( to)?( que)? ${words(STOP_SAID)}\\b|\\bhow many times (do i have to|must i|should i|have i|did i|will i have to) (say|tell you|ask|text|write)( you)?( to)? ${words(STOP_SAID)}\\b|\\bcuantas veces (te |les )?(tengo que|hay que)? ?(decir|pedir|digo|pido) (que )?${words(STOP_SAID)}\\b`,
    'g',
  ),
];

/** Requests read on whole sentences only: after a comma "no más" is "just" ("480 mil, no más"). */
const SENTENCE_REQUESTS: RegExp[] = [
  // someone else's number, and the lead's too: "dejen de mandarle mensajes a este número"
  /\bdej(en|a|e) de (escrib|mand|envi|llam|molest|contact)\w*(le|les)\b.*\b(a mi (tambien|tampoco)|este numero)\b/g,
  /^\s*((ok|okay|ya)\s*,?\s*)?(ya )?no mas\s*,?\s*(por favor|porfa|gracias|pls|please)?\s*[.!]*\s*$/g,
  // "ya para con los mensajes", "porfa ya stop con los textos": nothing else in the sentence ("para" is also "for")
  new RegExp(
    `^\\s*((oye|oigan|oiga|neta|en serio|ok|okay|${anyOf(CLOSING_WORDS)}),? )*(para|paren|pare|parale|parenle|parele|stop)( ya)?,? con (el |los |tus |sus |tanto |tantos |estos |esos |las |tantas |estas |esas |the |all the |your |these )?(${CHANNEL_ES}|mensaje|spam)(,? (en serio|${anyOf(CLOSING_WORDS)}))*[^a-z0-9]*$`,
    'g',
  ),
];

const SENTENCE_AND_CLAUSE = [...REQUESTS, ...SENTENCE_REQUESTS];
/** The requests said in plain words (lexicon/optout.ts), read with the clause rules. */
const PLAIN_REQUESTS = phraseBook(
  PLAIN_REQUEST_PHRASES.map((phrase) => ({ cue: 'stop' as const, always: true, ...phrase })),
);

// ---------------------------------------------------------------- scopes that set a request aside

/** A channel the lead welcomes: "call me", "text is better", "mejor llámame", "solo por whatsapp". */
const WELCOME = new RegExp(
  `\\b(${words(WELCOME_CHANNELS)} ${words(PREFER_AFTER)}|${words(PREFER_BEFORE)} ${words(WELCOME_CHANNELS)}|${words(WELCOME_VERBS_ES)}( (un|unos|los|por|al|mejor))? ?${words(WELCOME_CHANNELS)}?(?= |$|[.!,])(?! (no|nada))|(?<!\\b(?:${anyOf(NEGATORS)}|not|no|stop|ever|ni|or|and) )${words(WELCOME_VERBS)} (me|us)\\b(?! (about|if|when))|(?<!\\b(?:${anyOf(NEGATORS)}|not|no|stop|ever|ni) )${words(WELCOME_VERBS)}( (me|us))? (instead|rather)|(send|shoot|give) me (a )?${words(WELCOME_CHANNELS)}|(?<=(^|, ))${words(WELCOME_CHANNELS)}( ${words(CLOSING_WORDS)})?(?=\\s*([.!]|$)))\\b`,
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
  // a negated stop asks for more ("don't stop sending me listings", "no dejen de escribirme"); a story about
  // someone who would not stop ("the last realtor wouldn't stop texting me")
  new RegExp(
    `(?<!\\b(?:if|si) (?:you guys |you |u |y'?all |ustedes )?)\\b(${anyOf(NEGATORS)}|wouldn'?t|would not|didn'?t|did not|couldn'?t|could not|never would|no (dejen|dejes|deje)) (ever )?(stop|quit|de)\\b[^,.!?;]*`,
    'g',
  ),
  // which homes to send, not whether: "stop sending condos", "deja de mandarme casas en fontana"; what we send said
  // as a whole ("stop sending me listings", "no more messages about houses") is a stop of everything we send
  new RegExp(
    `\\b((stop|quit|no more|(dej|par)(en|a|e) de) (sending|showing|texting|emailing|mandar|enviar|mandarme|enviarme|mandarnos|enviarnos)|(ya )?no (me|nos) (manden|mandes|mande|envien|envies|envie|pasen|pases)|(don'?t|do not) (send|show) (me|us))( me| us)?(( [\\w$]+){0,2} (?!${WHOLE}\\b)(${anyOf(HOME_NOUNS)})|( (?!${OUR_MESSAGES}\\b)[\\w$]+){0,2} ${WHOLE}(?=,? (${anyOf(KIND_NARROWERS)})\\b| \\d)|( [\\w$]+){0,2} (anything (in|under|over|above|below|with|outside|near)|stuff (in|under|over|about|near)))\\b`,
    'g',
  ),
  // a story about another service: "i unsubscribed from zillow alerts"
  /\b(unsubscribed|opted out|canceled|cancelled) (from|of) (?!(you|your|ur|this|these|y'?all|the texts|the messages|your texts)\b)[^,.!?;]*/g,
  // the lead's own future: "if i ever want to unsubscribe, do i reply stop?", "si luego quiero darme de baja"
  new RegExp(
    `\\b(?:(?:${words(CONDITION_OPENERS)})\\b(?: [a-z']+){0,3}? ${words(WANT_WORDS)}(?: to)?|(?:if|in case|once|after) (?:i|we)(?: ever| later| eventually| do| did)?) (?:${words(OPT_OUT_ACTS)}|stop (?:the |these |your |getting |receiving )?${NOUN}|que (?:ya )?no (?:me|nos) ${ES_VERB})\\b|\\bsi (?:luego |despues |mas adelante )?(?:me|nos) (?:doy|damos) de baja(?=[^.!]*\\?)`,
    'g',
  ),
  // the carrier's own instruction quoted: "you said reply STOP to opt out, what happens if i do?"
  /\b(reply|respond|text|type|send)(ing)? (with )?["']?(stop|end|quit|cancel|unsubscribe)["']? to (opt out|unsubscribe|stop)\b/g,
  // a third person reported: "my wife said stop texting her", "he says stop"
  new RegExp(
    `\\b(he|she|they|my \\w+|the \\w+|\\w+ (?:said|says)) (${anyOf(REPORT_VERBS)})( (me|us))?( to| que)? (stop|quit|dejen|paren)\\b[^,.!?;]*(?<!\\b(me|us))(?=[,.!?;]|$)`,
    'g',
  ),
  // words someone else said, quoted after a report verb: "my wife said 'tell them to stop texting' lol", "mi esposo
  // dijo "que ya no nos manden nada"" (the lead's own words go on after the quote)
  new RegExp(
    `\\b(?:he|she|they|someone|somebody|(?:my|our|his|her|the|mi|mis|su|el|la|nuestro|nuestra) [a-z]+) (?:${anyOf(REPORT_VERBS)})(?: (?:me|us|me que|nos que))?[:,]? ?["'][^"']{1,160}["']`,
    'g',
  ),
  // "not interested in selling right now, just buying", "no me interesa vender, solo comprar"
  new RegExp(
    `\\b((not|no longer) (really )?interested in|no (me |nos )?interesa) ${words(DEAL_SIDES)}\\b[^.!?]*?\\b${words(RATHER_WORDS)}\\b[^.!?]{0,24}?\\b${words(DEAL_SIDES)}\\b`,
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

/** Someone else addressed: "stop texting her", "dejen de escribirle a mi esposa" (set aside if the lead asks for contact). */
const SOMEONE_ELSE = new RegExp(
  `\\b((stop|quit) (sending|texting|emailing|messaging|calling|contacting|bothering) (${anyOf(OTHER_PEOPLE)})(?! (and|&|or|nor) (me|us|to me)\\b)|dej(en|a|e) de (escribirle|mandarle|enviarle|llamarle|molestarle|escribirles|mandarles|llamarles)( a (mi|su) \\w+)?)\\b`,
  'g',
);
/** The lead asks for the contact themselves: "...send them to me instead", "escríbanme a mí", "i'm still interested". */
const REDIRECTED =
  /\b(send|text|email|forward|call) (them|it|those|these|the \w+|listings|links)? ?(to )?me\b(?! (no|not))|\binstead\b|\b(escribanme|escribeme|mandenme|mandame|envienme|enviame|llamame|llamenme|mejor a mi|a mi si)\b|\b(i'?m|im|i am|we'?re|we are) still (interested|looking)\b/;

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
function scopesOf(message: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number): void => {
    spans.push({ start, end });
  };
  for (const scope of SCOPES) for (const m of matchesOf(scope, message)) add(m.index, m.index + m[0].length);
  for (const m of matchesOf(ANOTHER_SERVICE_NOT_US, message))
    if (m[1]!.replace(OUR_CHANNEL_WORDS, '').trim() !== '') add(m.index, m.index + m[0].length);
  if (REDIRECTED.test(message))
    for (const m of matchesOf(SOMEONE_ELSE, message)) add(m.index, m.index + m[0].length);
  for (const m of matchesOf(HOLD_TO_CORRECT, message))
    if (correctionFollows(message.slice(m.index + m[0].length))) add(m.index, m.index + m[0].length);
  return spans;
}

// ---------------------------------------------------------------- not interested, leave me alone, warnings

/** "not interested", "no longer interested", "ya no me interesa": what follows says whether it is about this. */
const NOT_INTERESTED = phraseBook(
  NOT_INTERESTED_PHRASES.map((words) => ({ cue: 'not_interested' as const, words, always: true })),
);
/** "not interested" about this conversation: alone, "anymore", "in your services" (never "in condos"). */
const CLOSE = '\\s*(,|\\.|!|$)';
const ABOUT_THIS = new RegExp(`^\\s*(${anyOf(ABOUT_THIS_WORDS)})\\b|^${CLOSE}`);
/** ... or about the move itself, with the lead's own home or a time at most ("in selling my house right now"). */
const ABOUT_THE_MOVE = new RegExp(
  `^\\s*(in |en )?${words(THE_MOVE_WORDS)}( (my|our|the|this|mi|nuestra|la|esta) (house|home|place|property|casa|propiedad))?\\s*${words(FOR_NOW_WORDS)}?\\s*(thanks|thank you|thx|sorry|bye|gracias)?${CLOSE}`,
);
/** "leave me alone" as an imperative, not "the kids won't leave me alone". */
const LEAVE_ALONE = /\bleave (me|us) alone\b/g;
const NOT_IMPERATIVE =
  /\b(won't|wont|will not|don't|dont|doesn't|doesnt|never|can't|cant|until|till|wouldn't|wouldnt)\b[^.!?]*$/;

// ---------------------------------------------------------------- wrong number, or the lead's own number corrected

// ---------------------------------------------------------------- the message

const STOP_EMOJI = /[\u{1F6D1}\u{26D4}\u{1F6AB}\u{270B}\u{1F645}\u{1F44B}]/gu;
const STOP_TYPO = new RegExp(`\\b${STOP_SPELLINGS}\\b`, 'g');
const BARE_OPT_IN = /^\s*(start|unstop|comenzar|resume|subscribe)\s*[.!?]*\s*$/;
const HAS_LETTER = /\p{L}/u;

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
    for (const clause of sentence.split(/(\s*[,;]\s*|\s+-\s+)/)) {
      if (HAS_LETTER.test(clause) && !/^\s*[,;-]/.test(clause))
        clauses.push({ text: clause, at: at + offset, sentence: false });
      offset += clause.length;
    }
    // A sentence of one clause is read once.
    units.push({ text: sentence, at, sentence: true, split: clauses.length > 1 });
    if (clauses.length > 1) units.push(...clauses);
  }
  return units;
}

interface Request {
  stops: Channel[] | 'all';
  start: number;
  end: number;
}

/** The requests a unit makes, with where they are, before scopes are applied. */
function requestsIn(unit: Unit): Request[] {
  const found: Request[] = [];
  const add = (stops: Channel[] | 'all', start: number, end: number): void => {
    found.push({ stops, start: unit.at + start, end: unit.at + end });
  };
  const whole = (): void => add('all', 0, unit.text.length);
  if (bareKeyword(unit.text) || keywordAndMore(unit.text, unit.sentence)) whole();
  for (const rule of unit.split ? SENTENCE_REQUESTS : unit.sentence ? SENTENCE_AND_CLAUSE : REQUESTS)
    for (const m of matchesOf(rule, unit.text)) add(channelsOf(m[0]), m.index, m.index + m[0].length);
  const { tokens, at, end } = locate(unit.text);
  if (!unit.split) {
    for (const hit of everyHit(PLAIN_REQUESTS, tokens)) {
      const from = at[hit.start]!;
      const to = end[hit.end - 1]!;
      add(channelsOf(unit.text.slice(from, to)), from, to);
    }
  }
  for (const m of matchesOf(LEAVE_ALONE, unit.text))
    if (!NOT_IMPERATIVE.test(unit.text.slice(0, m.index))) add('all', m.index, m.index + m[0].length);
  for (const hit of everyHit(NOT_INTERESTED, tokens)) {
    const to = end[hit.end - 1]!;
    const after = unit.text.slice(to).replace(/^[\s,]*/, '');
    if (ABOUT_THIS.test(after) || ABOUT_THE_MOVE.test(after)) add('all', at[hit.start]!, to);
  }
  if (unit.sentence && warnsOff(unit.text)) whole();
  return found;
}

function normalise(text: string): string {
  return fold(text).replace(STOP_EMOJI, ' stop ').replace(STOP_TYPO, 'stop').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a lead message for the opt-out rule of DOMAIN.md section 1.3: runs before anything else (and before any
 * model call), for human-owned conversations too.
 */
export function readOptOut(text: string): OptOutReading | null {
  const message = normalise(text);
  if (BARE_OPT_IN.test(message)) return { kind: 'opt_in' };
  if (message === '') return null;
  // A keyword spelled out letter by letter ("S T O P", "s.t.o.p").
  if (/^([a-z][\s.*_-]+){2,14}[a-z][\s.!]*$/.test(message) && bareKeyword(message.replace(/[^a-z]/g, '')))
    return { kind: 'opt_out', wrongNumber: false };
  if (wrongNumber(message)) return { kind: 'opt_out', wrongNumber: true };
  const found = unitsOf(message).flatMap(requestsIn);
  if (bareKeyword(message)) found.push({ stops: 'all', start: 0, end: message.length });
  if (found.length === 0) return null;
  const scopes = scopesOf(message);
  const requests = found.filter(
    (request) => !scopes.some((scope) => request.start < scope.end && scope.start < request.end),
  );
  if (requests.length === 0) return null;
  const stops = new Set<Channel>();
  for (const request of requests) {
    if (request.stops === 'all') return { kind: 'opt_out', wrongNumber: false };
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
  // Texting is what the bot does: stopped, with no call welcome, it is a full opt-out ("stop texting, email me").
  if (welcome.size === 0 || (stops.has('text') && !welcome.has('call')))
    return { kind: 'opt_out', wrongNumber: false };
  return { kind: 'channel', stop: [...stops].sort(), welcome: [...welcome].sort() };
}

/** The channels a welcome names ("llámame" is a call, "escríbeme" and "mándame" are texts). */
function channelsIn(said: string): Channel[] {
  const named = CHANNEL_OF.filter(([, stem]) => stem.test(said)).map(([channel]) => channel);
  if (named.length > 0) return named;
  if (/\b(marc|ring)/.test(said)) return ['call'];
  return ['text'];
}

/** The three-way signal the engine acts on: a channel opt-out is not a stop (the other channel is welcome). */
export function classifyOptOut(text: string): OptSignal {
  const reading = readOptOut(text);
  if (reading?.kind === 'opt_out') return 'opt_out';
  return reading?.kind === 'opt_in' ? 'opt_in' : null;
}

export function isOptOut(text: string): boolean {
  return classifyOptOut(text) === 'opt_out';
}

export function isOptIn(text: string): boolean {
  return classifyOptOut(text) === 'opt_in';
}

/** The fixed opt-out confirmation (sent as is, never rephrased). */
export function optOutReply(lang: Lang): string {
  return lang === 'es'
    ? 'Sin problema, escríbenos cuando estés listo'
    : "No problem at all, reach out whenever you're ready";
}
