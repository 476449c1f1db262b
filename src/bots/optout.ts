import {
  CHANNEL_NOUNS_ES,
  CLOSING_WORDS_ES,
  CONTACT_NOUNS,
  CORRECTION_VERBS,
  HOLD_WORDS,
  NUMBER_WORDS,
} from './lexicon/optout.js';
import { anyOf } from './read/words.js';
import { tokenise } from './read/phrases.js';
import { fold, sentences, type Lang } from './text.js';

/**
 * Opt-out by intent (DOMAIN.md section 1.3): a message that asks to stop being contacted, in English or Spanish,
 * however it is phrased, including short, misspelled and emoji forms. A phrase inside a sentence that is about
 * something else is not one ("the bus stop is close", "not interested in condos", "the kids won't leave me alone").
 *
 * The decision is made sentence by sentence on folded text with emojis mapped to words:
 * 1. a sentence that is only a carrier keyword (STOP, UNSUBSCRIBE, CANCEL, END, QUIT, PARAR, ...), allowing one
 *    typo ("stopp", "unsubscibe") and repetition ("stop stop", "STOP 🛑");
 * 2. a request aimed at the contact itself: a stop verb with a contact object ("quit messaging me", "dejen de
 *    escribirme"), removing the lead's number or name ("delete my number", "take me off your list"), a ban on
 *    contacting ("don't text me again", "no me manden mensajes"), "leave me alone" as an imperative;
 * 3. "not interested" when it is about this conversation (alone, "anymore", "in buying", "in your services"),
 *    never when it names a property feature or place ("not interested in condos").
 */

const STOP_EMOJI = /[\u{1F6D1}\u{26D4}\u{1F6AB}\u{270B}\u{1F645}\u{1F44B}]/gu;

const STOP_TYPO = /\b(s+t+o+p+|stahp|stap|sotp|stpo|sstop)\b/g;
const KEYWORDS = [
  'stop',
  'stopall',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'optout',
  'parar',
  'cancelar',
  'alto',
  'basta',
  'baja',
];
const BARE_OPT_IN = /^\s*(start|unstop|comenzar|resume|subscribe)\s*[.!?]*\s*$/;

/** Levenshtein distance up to `limit` (small words only). */
function within(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0]!;
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j += 1) {
      const next = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return false;
  }
  return row[b.length]! <= limit;
}

/**
 * Real words one letter away from a keyword: a typo never turns them into one ("hasta 650" is a budget, not
 * "basta"; "pagar" is not "parar").
 */
const NEAR_KEYWORD_WORDS = new Set([
  'hasta',
  'pasta',
  'gasta',
  'casta',
  'vasta',
  'bastan',
  'pagar',
  'pasar',
  'parir',
  'pared',
  'parad',
  'paran',
  'parte',
  'cancer',
  'canceled',
  'cancels',
  'candle',
  'ended',
  'ends',
  'quite',
  'quiet',
  'quits',
]);

/**
 * A carrier keyword, allowing one typo for words of five letters or more ("stopp", "unsubscibe"). A typo keeps
 * the first letter, and a real word near a keyword is never one.
 */
function isKeyword(word: string): boolean {
  if (KEYWORDS.includes(word)) return true;
  if (/^(s+t+o+p+|stahp|stap|sotp|stpo|stp|sstop|stopp+)$/.test(word)) return true;
  if (NEAR_KEYWORD_WORDS.has(word)) return false;
  return KEYWORDS.some(
    (keyword) =>
      keyword.length >= 5 &&
      word.length >= 4 &&
      word[0] === keyword[0] &&
      within(word, keyword, keyword.length >= 8 ? 2 : 1),
  );
}

/** The sentence is only keywords, politeness and the word "all" ("STOP ALL", "stop please", "stop stop"). */
function bareKeyword(sentence: string): boolean {
  // Every token counts: "hasta 650" holds an amount, so it is not a bare keyword.
  const words = sentence.match(/[a-z0-9']+/g) ?? [];
  if (words.length === 0 || words.length > 4) return false;
  let keyword = false;
  for (const word of words) {
    if (isKeyword(word)) keyword = true;
    else if (
      !/^(all|please|pls|plz|now|it|por|x|favor|xfa|porfa|porfis|ya|me|thanks|thx|ok|okay|no|nah|actually|just|mejor|ahora)$/.test(
        word,
      )
    )
      return false;
  }
  return keyword;
}

/** Why the lead is done, said right after a keyword: "ya compramos", "we already bought", "we're all set". */
const DONE_REASON =
  /^((ya )?(compramos|compre|vendimos|vendi|encontramos|rentamos|cerramos|firmamos)\b|ya no (estamos|estoy) (buscando|interesad[oa]s?)\b|(we|i) (already |just )?(bought|found|sold|closed|purchased|rented|signed)\b|already (bought|found|sold|closed|purchased)\b|(we'?re|were|we are|i'?m|im|i am) (good|all set|set|done|not interested|no longer looking)\b|not interested\b|no (estamos|estoy) interesad[oa]s?\b|no (me|nos) interesa\b|(you'?re|ur|u r|you are|this is|its|it'?s) (so |really |getting )?(annoying|spam|spammy|harassment)\b|(es|son|eres|esto es) (puro )?(spam|acoso|molest\w*)\b)/;

/**
 * A keyword, politeness, then why: "stop x favor ya compramos", "STOP pls we already bought". ("stop by tmrw" does
 * not start with politeness or a reason, so it stays a visit.)
 */
function keywordThenReason(sentence: string): boolean {
  const words = sentence.match(/[a-z0-9']+/g) ?? [];
  if (!words[0] || !isKeyword(words[0])) return false;
  let next = 1;
  while (
    next < words.length &&
    /^(please|pls|plz|por|x|favor|xfa|porfa|porfis|thanks|thx|gracias|now|ok|i|mean|meant|o|sea)$/.test(
      words[next]!,
    )
  )
    next += 1;
  return next < words.length && DONE_REASON.test(words.slice(next).join(' '));
}

/**
 * A keyword and an insistence, the whole sentence, not a question: "STOP i mean it", "stop seriously stop", "para,
 * en serio", "stop for real this time". ("stop for real?? it has a pool" is surprise, not a stop.)
 */
function keywordInsisted(sentence: string): boolean {
  if (sentence.includes('?')) return false;
  const words = sentence.match(/[a-z0-9']+/g) ?? [];
  if (!words[0] || !isKeyword(words[0])) return false;
  const rest = words
    .slice(1)
    .filter((word) => !isKeyword(word))
    .join(' ');
  // "para ya", "para ahorita" answer "when?" ("para" is also "for"): only the other keywords take a time as insistence.
  if (words[0] === 'para' && /^(ya|ahora|ahorita|now|right now)$/.test(rest)) return false;
  return rest !== '' && EMPHASIS.test(rest);
}

/** What insists after a keyword, and nothing else: "i mean it", "seriously", "en serio", "this time", "please". */
const EMPHASIS =
  /^((i mean it|i meant it|i'?m serious|im serious|seriously|really|for real|fr|frfr|i mean|i meant|o sea|this time|last time|again|forever|for good|permanently|para siempre|en serio|lo digo en serio|hablo en serio|ya en serio|please|pls|plz|now|right now|like now|asap|already|everything|all of it|todo|ok|guys|dude|bro|man|tho|though|ffs|thanks|thx|bye|gracias|ya|ahora|ahorita|por favor|porfa)( |$))+$/;

/**
 * A ban with a time or a place is a schedule, not a stop ("don't text me after 9pm", "don't call or text me on
 * Sundays"): the lookahead every "don't <contact> me" rule ends with.
 */
const AT_A_TIME =
  '(?! (about|if|when|until|before|after|back|on|at(?! all)|in|during|past|so early|so late|this early|this late|early|late|between|at night|on (sundays|weekends)|now|right now|rn|today|tonight|yet|at work|while))';
const CONTACT =
  '(texting|txting|texts?|messaging|messages?|msging|msgs?|contacting|calling|calls|emailing|emails|sending|writing|bugging|spamming|harassing|blowing up my phone|hitting me up|reaching out)';
/** The Spanish want-not's channel and closing words, from the lexicon (lexicon/optout.ts). */
const CHANNEL_ES = anyOf(CHANNEL_NOUNS_ES);
const CLOSING_ES = anyOf(CLOSING_WORDS_ES);
const REQUESTS: RegExp[] = [
  new RegExp(
    `\\b(stop|quit|quite|cease|enough|no more|end|halt)( already)? (with )?(the |all the |these |your )?${CONTACT}\\b`,
  ),
  /\b(please|pls|plz|just|can you|could you|u can|you can) (stop|quit)\b(?! (by|at|in|the|a|renting|paying|looking|working|thinking|searching))/,
  /^\s*(stop|quit) (it|now|already|please|pls|plz)\b/,
  /\b(stop|quit) (texting|messaging|contacting|calling|emailing|writing|sending)\b/,
  /\bunsubscri\w*\b/,
  // "don't call or text me", "never text, call or email us": every channel named, then the lead.
  new RegExp(
    `\\b(don'?t|do not|never|stop|quit) (ever )?(call|text|txt|message|msg|email|contact|calling|texting|messaging|emailing|contacting)((,? (or|and|nor) |, )(call|text|txt|message|msg|email|contact|calling|texting|messaging|emailing|contacting))+( (me|us)\\b${AT_A_TIME}|(?=\\s*(?:[.!]|$|,? ?(please|pls|plz|thanks|thank you|anymore|any more|again|ever again)\\b)))(?![^.!?]*\\b(only|instead|is fine|is better|works better|is ok|is okay)\\b)`,
  ),
  // "kindly discontinue all further communication", "cease all contact"
  /(?:^|\b(?:please|kindly|pls|i ask (?:that )?you|i'?d like you to|i want you to|you can|you may) )(discontinue|cease|terminate) (all |any )?(further |future |more )?(communication|communications|contact|correspondence|outreach)\b(?! (with (the|my|our) (seller|buyer|lender|other|old)|from (the|my) (seller|lender|bank)))/,
  // "no need to keep reaching out", "you don't need to text me anymore"
  /\b(no need|there'?s no need|you (don'?t|do not) need|no reason) (for you )?to (keep|continue|continue to) (reaching out|contacting|texting|messaging|following up|checking in|writing|emailing)( (with )?(me|us))?\b(?! (on|about|with|for|re|regarding) )|\b(no need|there'?s no need|you (don'?t|do not) need) (for you )?to (reach out|contact me|text me|message me|email me|follow up)( (with )?(me|us))? (any ?more|again|ever)\b/,
  // "how do I get these texts to stop?", "how can I unsubscribe"
  /\bhow (do|can|would) (i|we) (get|make) (these|the|your|this|all these|all the) (\w+ )?(texts?|messages?|msgs|calls|emails) (to )?stop\b/,
  /\bhow (do|can|would) (i|we) (stop|end|block) (these|the|your|this|all these|all the|getting) (\w+ )?(texts?|messages?|msgs|calls|emails)\b/,
  // "no necesito que me sigan escribiendo" (not "...tan seguido": how often, not whether)
  /\bno (necesito|necesitamos|ocupo|ocupamos) que (me |nos )?(sigan|sigas|siga) (contact\w*|escrib\w*|mand\w*|envi\w*|molest\w*|texte\w*|mensaje\w*)\b(?! (tan|tanto|todos los|cada|casas|propiedades|opciones|listados|de |en |con |en (ingles|espanol)|por (whatsapp|correo|mensaje|texto)|a esta hora|antes|despues|mas tarde))/,
  // "no hace falta que me sigan escribiendo", "no es necesario que nos contacten más"
  /\bno (hace falta|es necesario|necesitan|necesitas|tienen que|tiene que|hay necesidad de) (que )?(me |nos )?(sigan |sigas |siga |vuelvan a |vuelvas a |vuelva a )?(contact\w*|escrib\w*|mand\w*|envi\w*|molest\w*|texte\w*|mensaje\w*)\b(?! (en (ingles|espanol)|por (whatsapp|correo|mensaje|texto)|a esta hora|tan (tarde|temprano)|antes|despues|mas tarde))/,
  /\bopt(ing)?[ -]?(me )?out\b/,
  /\b(remove|delete|erase|lose|forget|drop) (me|my (number|info|information|contact|details|email|phone)|this number)\b/,
  // Not a move between lists: "take me off the condo alerts and put me on houses only".
  /\btake (me|my (number|name|info)) off\b(?![^.!?]*\b(put|add|switch|move|keep) (me|us)\b)/,
  // Off a list: the lead (me, us, my number) is what comes off, or the sentence is only "off your list (please)".
  /\b(me|us|my (number|name|info|information|contact|email|phone)|this number)\b.*\b(off|from) (your|this|the|ur) (\w+ )?(list|contacts|database)\b/,
  /^\s*(please |pls |just )?(off|from) (your|this|the|ur) (\w+ )?(list|contacts)\b\s*(please|pls|now|thanks)?\s*$/,
  /\b(don't|dont|do not) want (you (guys )?to |u to |y'?all to )?(contact|text|txt|message|msg|call|email|write|bother)\w* (me|us)\b(?! (about|if|when|until|before|after|back))/,
  /\b(don't|dont|do not) want (any ?more|more) (texts|txts|messages|msgs|calls|emails)\b/,
  /\b(i|we) (don't|dont|do not) want (any |your |these |the )?(texts|txts|messages|msgs|calls|emails)( (any ?more|from you|again))?\s*(,?\s*(thanks|thank you|thx|please|pls|bye))*\s*[.!]*\s*$/,
  /\b(don't|dont|do not) want to hear from (you|u|y'?all)\b/,
  new RegExp(
    `\\b(don't|dont|do not|never) (ever )?(contact|text|txt|message|msg|call|email|write|bother|reach out to) (me|us|this number)\\b${AT_A_TIME}`,
  ),
  /\bdo not contact\b/,
  /\bno (more )?(texts?|messages|msgs|calls|emails) (please|pls|plz|thanks|thank you)\b/,
  /\bno more (texts?|messages|msgs|calls|emails)\b/,
  /\bwrong (number|person)\b/,
  /\bi never (signed up|asked|gave you my number)\b/,
  /\b(no (me|nos)|ya no (me|nos)|nunca (me|nos)|no (quiero|queremos) que (me|nos)|ya no (quiero|queremos) que (me|nos)) (vuelvan a |vuelvas a |vuelva a |volvieran a |volviera a |volvieras a |sigan |sigas |siga )?(contact\w*|escrib\w*|llam\w*|mand\w*|envi\w*|molest\w*|texte\w*|mensaje\w*)\b(?! (en la|por la|antes|despues|a las|a esta hora|a estas horas|hoy|manana|temprano|tan temprano|tan tarde|de noche|en la noche|en la madrugada|en ingles|los (lunes|martes|miercoles|jueves|viernes|sabados|domingos)|al trabajo))/,
  /\b(dej|par)(en|a|e|ar)(le)? de (escribir|contactar|mandar|enviar|molestar|llamar|textear|mensajear|whatsappear)(me|nos)\b(?! (a (el|la|los|las|mi|su) |al |casas|propiedades|opciones|listados))|\b(dej|par)(en|a|e|ar) de (mandar|enviar) (mensajes|textos)\b/,
  /\bdej(ame|enme|eme|anme) en paz\b/,
  new RegExp(
    `\\bno (mas|(quiero|queremos) (recibir )?mas|(quiero|queremos) recibir( mas)?) (${CHANNEL_ES})\\b(?! (de|sobre|con|acerca de) (?!(ustedes|usted|nadie|ti|este numero)\\b))`,
  ),
  // "ya no quiero mensajes", "no kiero msjs, gracias": the want-not with our channel as the whole clause; what follows
  // it narrows it ("no quiero mensajes en inglés", "...tan temprano", "...de whatsapp, mándame correo").
  new RegExp(
    `\\b(ya )?no (quiero|kiero|queremos|keremos) (recibir )?(sus |tus |los |estos |esos |mas )?(${CHANNEL_ES})( ni (${CHANNEL_ES}))?\\s*(,?\\s*(${CLOSING_ES}))*\\s*[.!]*\\s*$`,
  ),
  /\b(borr(en|a|e)|elimin(en|a|e)) (mi (numero|informacion|contacto|telefono)|mis datos)\b/,
  // Spanish imperatives with the lead as clitic ("bórrenme de su lista", "sáquenme", "elimínenos de sus contactos").
  /\b(saqu|sac|quit|borr|elimin|baj|remuev|remov)\w*(me|nos) de (la|las|su|tu|esta|estas|esa|esas|sus|tus) (lista|listas|base de datos|contactos|sistema)\b(?! (de|con|para) (casas|propiedades|condos?|departamentos|\d|dos|tres|cuatro|cinco|recamaras)\b)/,
  /\b(numero|persona) equivocad[oa]\b/,
  /\b(quiero|queremos) (cancelar|parar|darme de baja)\s*$/,
  /\b(cancelar|parar) (los mensajes|mensajes|todo|esto|la suscripcion)\b/,
  /\bdarme de baja\b/,
  // "can you cancel these texts?", "cancel all messages please": our channel is what is cancelled.
  /(?<!\b(don'?t|do not|dont|never|no|not) )\bcancel (these|the|all|all the|all these|all of the|my|your|ur)? ?(texts?|messages?|msgs|sms|notifications|alerts|subscription)\b|\bcancel(a|en|e|ar) (los |tus |sus |estos |todos los )?(mensajes|textos|msjs?|notificaciones)\b(?! (about|for|from) (the |a |my )?(showing|tour|appointment|visit|call))/,
  // "i said stop", "te dije que pares", "dije basta": a stop said again.
  /\b(i said|i told you|told you|i already said|dije|te dije|les dije|ya les dije|ya te dije)( to)?( que)? (stop|quit|basta|alto|pares|paren|parar|no me escriban|no me escribas)\b|\bhow many times (do i have to|must i|should i|have i|did i|will i have to) (say|tell you|ask|text|write)( you)?( to)? (stop|quit|unsubscribe)\b|\bcuantas veces (te |les )?(tengo que|hay que)? ?(decir|pedir|digo|pido) (que )?(pares|paren|basta|stop|no me escriban)\b/,
  // "dejen de mandarle mensajes a este número", "dejen de escribirle a mi esposa, y a mí también"
  /\bdej(en|a|e) de (escrib|mand|envi|llam|molest|contact)\w*(le|les)\b.*\b(a mi (tambien|tampoco)|este numero)\b/,
  // "me doy de baja", "nos damos de baja de esto" (a question about it is set aside first: SOMEDAY); not "me doy de
  // baja de zillow" or "del contrato de renta"
  /\b(me|nos) (doy|damos) de baja\b(?=\s*([.!,]|$|(ya|gracias|por favor|porfa|de (esto|estos mensajes|sus mensajes|los mensajes|la lista|su lista|aqui|todo|este numero))\b))/,
  /\b(ya )?(basta|suficiente|ya estuvo)( ya)?( por favor| porfa)? (de|con) (los |tus |sus |tanto |tantos |estos |esos )?(mensajes?|textos|llamadas|correos|spam)\b/,
];

/**
 * "no más" ("ya no más, gracias") is a stop only as a sentence of its own: after a comma it is the Mexican "just,
 * only" ("ajusta pa unos 480 mil, no más", "tres recámaras no más"), so it is read on whole sentences, not on the
 * comma-separated parts the other requests are read on.
 */
const ENOUGH =
  /^\s*((ok|okay|ya)\s*,?\s*)?(ya )?no mas\s*,?\s*(por favor|porfa|gracias|pls|please)?\s*[.!]*\s*$/;

/**
 * "ya para con los mensajes", "bro paren con el spam", "párenle con las llamadas", Spanglish "porfa ya stop con los
 * textos": "stop it with the messages", as a
 * sentence of its own. "Para" is also "for", and what follows the messages often narrows them instead ("paren con
 * los mensajes de condos, solo casas", "para con las llamadas, mejor mándame mensaje"), so only a sentence that is
 * nothing but the stop counts.
 */
const STOP_IT_WITH =
  /^\s*((ya|oye|oigan|oiga|bro|neta|porfa|por favor|porfavor|en serio|ok|okay|plis|pls|please),? )*(para|paren|pare|parale|parenle|parele|stop)( ya)?,? con (el |los |tus |sus |tanto |tantos |estos |esos |las |tantas |estas |esas |the |all the |your |these )?(mensajes?|mensajitos|msjs?|mjs|textos|texts|txts|messages|msgs|calls|emails|llamadas|correos|spam|whatsapps?)(,? (ya|porfa|por favor|porfavor|bro|en serio|please|pls|plis|gracias))*[^a-z0-9]*$/;

/** "leave me alone" as an imperative, not "the kids won't leave me alone until ...". */
const LEAVE_ALONE = /\bleave (me|us) alone\b/;
const NOT_IMPERATIVE =
  /\b(won't|wont|will not|don't|dont|doesn't|doesnt|never|can't|cant|until|till|wouldn't|wouldnt)\b[^.!?]*$/;

/** "not interested" about this contact, not about a kind of home. */
const NOT_INTERESTED =
  /\b(not|no longer|never been|never was|nor) (really |at all |even |very |that |so )?interested\b|\bno (estoy|estamos|me|nos) (interesa|interesad[oa]s?)\b|\bya no (me |nos )?interesa\b/;
const ABOUT_THIS =
  /^\s*(anymore|any more|at all|thanks|thank you|thx|sorry|bye|goodbye|ok|okay|lol|period|,|\.|!|$)|^\s*in (this|that|it|your (services?|help|offer|company|messages?|texts?)|any of (this|that|it)|working with|hearing|talking|chatting|these|receiving|getting)\b|^\s*(en (esto|eso|nada|sus servicios|sus mensajes)|gracias|ya|para nada|$)/;
/**
 * "not interested in buying / selling" is about this contact when nothing follows but the lead's own home or a time
 * ("in selling my house right now", "en vender ahorita"); "in buying a condo" or "in buying in fontana" says which
 * home, like "not interested in condos".
 */
const ABOUT_THE_MOVE =
  /^\s*(in |en )?(buying|selling|moving|investing|buying or selling|selling or buying|comprar|vender|mudarme|mudarnos|comprar ni vender|vender ni comprar)( (my|our|the|this|mi|nuestra|la|esta) (house|home|place|property|casa|propiedad))?\s*(right now|now|anymore|any more|at this time|at the moment|at all|this year|for now|any ?time soon|ahorita|ahora|por ahora|en este momento|por el momento|ya)?\s*(thanks|thank you|thx|sorry|bye|gracias|,|\.|!|$)/;

function notInterested(sentence: string): boolean {
  const match = NOT_INTERESTED.exec(sentence);
  if (!match) return false;
  const after = sentence.slice(match.index + match[0].length).replace(/^[\s,]*/, '');
  return ABOUT_THIS.test(after) || ABOUT_THE_MOVE.test(after);
}

export type OptSignal = 'opt_out' | 'opt_in' | null;

/**
 * The lead is not who the team thinks: "this isn't jimmy's phone anymore", "jimmy doesn't have this number
 * anymore", "this number no longer belongs to sarah", "you have the wrong guy", "este número ya no es de Juan".
 */
const NOT_THEIR_NUMBER =
  /\b(this|that|it)( is|'?s)? (is ?n'?t|is not|not|no longer|isnt|aint) (\w+'?s|\w+ \w+'?s) (phone|number|cell|cel)\b|\b(this|that) (number|phone|cell) (does ?n'?t|does not|no longer|is ?n'?t|is not) (belong(s)? to|\w+'?s)\b|\b\w+ (does ?n'?t|does not|no longer) (have|has|use|uses|own|owns) this (number|phone|cell)\b|\b(you have|you'?ve got|u have|you got) the wrong (guy|girl|person|lady|man|dude|number)\b|\b(this|that) (number|phone) (belongs to|is) (someone|somebody) else\b|\bnumber changed (owners|hands)\b|\bi'?m not (who|the person) you'?re looking for\b|\b(este|ese) (numero|telefono|cel|celular) ya no es (de|del)\b|\b(este|ese)( ya)? no es (el |su )?(numero|telefono|cel|celular) (de|del)\b(?! (la |mi |su |tu )?(casa|oficina|trabajo|negocio|escuela))|\bya no es (el |su )?(numero|telefono|cel|celular) (de|del)\b(?! (la |mi |su |tu )?(casa|oficina|trabajo|negocio|escuela))/;
/**
 * ... unless the same message keeps talking: the lead claims the number or asks to be written to ("it's mine",
 * "text me here instead", "es mío"), goes on about the search ("we want 3 beds", "we're both looking"), or asks
 * whether it is someone's number ("is this not jorge's number?").
 */
const KEEPS_TALKING =
  /\?|\b(it'?s mine|its mine|it'?s my (number|phone)|this is my (number|phone|cell)|text me|message me|call me|write me|me here|we('re| are| want| need| were)|were both|i('m| am) (looking|buying|selling|interested)|i want|i need|es mio|es mia|es mi (numero|telefono|cel)|escribeme|escribanme|mandame|llamame|queremos|buscamos|quiero|necesito|estamos buscando)\b/;

function notTheirNumber(folded: string): boolean {
  return NOT_THEIR_NUMBER.test(folded) && !KEEPS_TALKING.test(folded);
}

/** "don't stop sending me listings", "no dejen de escribirme": asking for more contact, the opposite of an opt-out. */
const KEEP_GOING =
  /\b(don't|dont|do not|never|please don't|pls dont) (ever )?(stop|quit)\b|\bno (dejen|dejes|deje) de\b/g;
/** Someone else who would not stop, told as a story ("the last realtor wouldn't stop texting me lol"). */
const STORY =
  /\b(wouldn'?t|would not|didn'?t|did not|couldn'?t|could not|never would) (ever )?(stop|quit)\b/g;

/** A lead no longer in the market, said as the whole sentence ("no longer looking, thanks", "ya no estamos buscando"). */
const DONE_LOOKING =
  /^\s*(we'?re |were |we are |i'?m |im |i am )?(no longer (looking|searching|house hunting|in the market|interested|buying|selling|moving)|not (looking|searching|house hunting|in the market|buying|selling|moving) any ?more|ya no (estamos|estoy) (buscando|interesad[oa]s?|comprando|vendiendo))\s*(any ?more|at this time|now)?\s*(thanks|thank you|thx|sorry|gracias)?\s*[.!]*\s*$/;

/** "remove", "pls remove", "remove me please": the whole sentence is the request. */
const BARE_REMOVE =
  /^\s*(please |pls |plz )?(remove|delete|unsub|borrar|eliminar)( me| us| this number| my number)?( please| pls| plz| now| thanks| asap)?\s*[.!]*\s*$/;

/**
 * "stop sending condos", "quit showing me townhomes", "deja de mandarme casas en fontana": which homes to send,
 * not a request to stop contact.
 */
const WHICH_HOMES =
  /\b((stop|quit|no more|(dej|par)(en|a|e) de) (sending|showing|texting|emailing|mandar|enviar|mandarme|enviarme|mandarnos|enviarnos)|(ya )?no (me|nos) (manden|mandes|mande|envien|envies|envie|pasen|pases)|(don'?t|do not) (send|show) (me|us))( me| us)?( \w+){0,2} (condos?|listings?|houses?|homes?|properties|places|options|townhomes?|townhouses?|apartments?|ones|fixers?|fixer uppers?|new builds?|casas|propiedades|condominios|departamentos|opciones|anything (in|under|over|above|below|with|outside|near)|stuff (in|under|over|about|near))\b/g;

/** The lead asks for the contact themselves in the same message: "...send them to me instead", "escríbanme a mí". */
const REDIRECTED =
  /\b(send|text|email|forward|call) (them|it|those|these|the \w+|listings|links)? ?(to )?me\b(?! (no|not))|\binstead\b|\b(escribanme|escribeme|mandenme|mandame|envienme|enviame|llamame|llamenme|mejor a mi|a mi si)\b/;
/**
 * "my wife says stop sending her the links, send them to me instead", "dejen de escribirle a mi esposa, escríbanme a
 * mí": contact with someone else stops, not with the lead, who asks for it in the same message (REDIRECTED). Without
 * that, "stop texting him, he's not interested and neither am I" and a wrong number's "stop texting them" opt out.
 */
const SOMEONE_ELSE =
  /\b((stop|quit) (sending|texting|emailing|messaging|calling|contacting|bothering) (her|him|them|my (wife|husband|hubby|son|daughter|mom|dad|mother|father|partner|boyfriend|girlfriend|brother|sister|roommate))(?! (and|&|or|nor) (me|us|to me)\b)|dej(en|a|e) de (escribirle|mandarle|enviarle|llamarle|molestarle|escribirles|mandarles|llamarles)( a (mi|su) \w+)?)\b/g;

/** "unsubscribed from zillow alerts": something the lead did elsewhere, told as a story, not a request to us. */
const ELSEWHERE =
  /\b(unsubscribed|opted out|canceled|cancelled) (from|of) (?!(you|your|ur|this|these|y'?all|the texts|the messages|your texts)\b)/g;

/**
 * "unsubscribe me from zillow not u", "take me off redfin, not you guys", "remove me from the realtor.com list, not
 * yours", "denme de baja de zillow, no de ustedes": the lead names another service and says it is not us. Only then:
 * what is named must be more than our own channel ("take me off the list, not you its just not a good time" and "im
 * opting out of the texts not u personally" still opt out), and the "not you" must close the clause (not "its not you
 * its me", "not you guys fault", "no u didnt do anything"). Without it, naming another service still opts out
 * ("unsubscribe me from zillow and from you too").
 */
const ANOTHER_SERVICE_NOT_US =
  /\b(?:unsubscri\w*|opt(?:ing)? out|remove|delete|drop|take|saqu\w*|borr\w*|den\w* de baja|dar\w* de baja)(?: me| us)? (?:off of|off|out of|from|of|de|del) (?!(?:you|your|ur|this|these|y'?all|ustedes|su|sus|tu|tus|esta|este|everything|everyone|todo|todos)\b)((?:[^!?,;.]|\.(?=\S)){1,40}?),? (?:but |pero )?(?:not|no) (?:from |de |a )?(?:(?:you|u|ya)(?: guys| all| two)?|ur|yours|y'?all|ustedes|ti)\b(?=\s*(?:lol|lmao|jaja\w*|haha\w*|xd)?\s*(?:[,.!?;]|$))/g;
/** Words that name our own channel, not another service ("the texting list", "los mensajes"). */
const OUR_CHANNEL_WORDS =
  /\b(the|a|an|all|any|my|our|your|ur|texting|text|texts|txts?|sms|messages?|msgs?|mailing|email|emails|calls?|contacts?|list|lists|la|las|el|los|lista|listas|mensajes?|textos?|correos?|llamadas?|de|del)\b/g;

/** Sets aside a request about another service that says it is not us (ANOTHER_SERVICE_NOT_US). */
function sparedOtherService(match: string, named: string): string {
  return named.replace(OUR_CHANNEL_WORDS, '').trim() === '' ? match : 'left elsewhere';
}

/**
 * "not interested in selling right now, just buying", "no me interesa vender, solo comprar": the lead names what
 * it does want, so the "not interested" is about one side of the deal, not about being contacted.
 */
const OTHER_INTEREST =
  /\b(not|no longer) (really )?interested in (buying|selling|moving|renting|investing)\b[^.!?]*?\b(just|only|but|instead|rather|mainly|mostly|more|want to|wanna|need to|looking to|planning to|plan to)\b[^.!?]{0,24}?\b(buy|buying|sell|selling|rent|renting|look|looking|invest|investing)\b|\bno (me |nos )?interesa (comprar|vender|rentar|mudarnos|mudarme)\b[^.!?]*?\b(solo|sino|pero|mas bien|nada mas)\b[^.!?]{0,24}?\b(comprar|vender|rentar|buscar|invertir)\b/g;

/**
 * "don't call me, text is better", "no me llames, prefiero por mensaje": the lead picks the channel, it does not
 * ask to stop being contacted. A ban on calls alone stays an opt-out.
 */
const CALLS_ONLY =
  /\b((don'?t|do not|never|please don'?t|pls dont) (ever )?(call|email|call or email|email or call|call and email|email and call)( (me|us)|(?=,))|(stop|quit) (calling|phoning)( me| us)?|no calls?( please| pls)?|(no|no (quiero|queremos) que) (me|nos) (llames|llamen|llame)|sin llamadas)\b(?!,? (or|and|nor|ni|o|y) (me |nos )?(text|txt|message|msg|email|write|contact|reach|escrib|mand|envi|contact)\w*)/;
const CALLS_ONLY_ALL = new RegExp(CALLS_ONLY.source, 'g');
const PREFERS_TEXT =
  /\b(text (is|would be|works) (better|best|fine|easier|ok|good)|(prefer|rather)( to)? (text|texting|messages|chat)|(just|only) (text|texts|message|messages)|text (me )?(only|instead)|texting (is|works) (better|best|fine)|(prefiero|mejor|solo|nada mas) (por )?(mensaje|mensajes|texto|textos|whatsapp|chat)|por mensaje (esta bien|mejor|por favor)|(mejor |solo |nada mas )?(mandame|mandeme|mandenme|envíame|enviame|envieme|escribeme|escribame|escribanme|textame|texteame)( (un|unos|los|por|al|mejor))? ?(mensaje|mensajes|texto|textos|whatsapp|correo|mail|email)?(?= |$|[.!,])(?! (no|nada))|(?<!\b(?:don'?t|do not|never|not|no|stop|ever) )(text|txt|message|msg|email|whatsapp) (me|us)|(send|shoot) me (a )?(text|message|email)( instead)?)\b/;

/**
 * A warning against more contact: "if you text me again i'll report you", "one more message and im filing a
 * complaint", "si me vuelven a escribir los demando". It takes more contact, a consequence the lead will take
 * ("i'll report", "los voy a reportar") and the contact itself, in one sentence ("if you email me again can you
 * attach the inspection report?" is none).
 */
const MORE_CONTACT =
  /\b(if|si) (you guys |you |u |y'?all |ustedes )?((don'?t|do not|dont) (stop|quit) (texting|calling|messaging|emailing|contacting|bothering|spamming)|(keep|continue) (on )?(texting|calling|messaging|emailing|contacting|bothering|sending|spamming|harassing)|no (dejan|dejas|deja|paran|paras|para) de (escrib|mand|llam|envi|molest|textear|contact)\w*)\b|\b((keep|continue) (on )?(texting|calling|messaging|emailing|contacting|bothering)( me| us)?|keep (it|this) up),? (and|&|y)\b|\b(again|another|one more|any ?more|otro|otra|otra vez|de nuevo|vuelv\w+ a|sigu\w+)\b[^.!?]*\b(texts?|txts?|messages?|msgs?|calls?|emails?|mensajes?|llamadas?|correos?|text|call|email|texting|messaging|calling|emailing|contact|escrib\w*|llam\w*|mand\w*|contact\w*)\b|\b(texts?|txts?|messages?|msgs?|calls?|emails?|mensajes?|text|call|email|contact|escrib\w*|llam\w*|mand\w*)\b[^.!?]*\b(again|another|one more|otra vez|de nuevo)\b/;
const CONSEQUENCE =
  /\b(i'?ll|i will|im|i'?m|i am|we'?ll|we will|gonna|going to|voy a|vamos a|los|las|te|les|lo)( \w+){0,2}? (report|reporting|block|blocking|sue|suing|file|filing|complain|reporto|reportar|bloqueo|bloquear|demando|demandar|denuncio|denunciar|acuso)\b(?! (back|manana|luego|al rato|despues|mas tarde|en la (tarde|noche|manana)|como))|\b(call|calling|get|getting|hablarle|llamar|llamo) (a )?(my|a|mi) (lawyer|attorney|abogado)\b|\b(restraining order|(get|getting|be|being) reported|report (this|your|the) (number|company|texts?)|orden de restriccion)\b/;

function warnsOff(sentence: string): boolean {
  return CONSEQUENCE.test(sentence) && MORE_CONTACT.test(sentence);
}

function sentenceOptsOut(raw: string): boolean {
  const sentence = raw
    .replace(KEEP_GOING, 'keep')
    .replace(STORY, 'kept')
    .replace(WHICH_HOMES, 'filter')
    .replace(ELSEWHERE, 'left ');
  if (bareKeyword(sentence) || keywordThenReason(sentence)) return true;
  if (BARE_REMOVE.test(sentence) || DONE_LOOKING.test(sentence) || warnsOff(sentence)) return true;
  if (REQUESTS.some((pattern) => pattern.test(sentence))) return true;
  const alone = LEAVE_ALONE.exec(sentence);
  if (alone && !NOT_IMPERATIVE.test(sentence.slice(0, alone.index))) return true;
  return notInterested(sentence);
}

const HAS_LETTER = /\p{L}/u;

/**
 * "stop, i meant 500 not 600", "para, quise decir 4 recamaras", "para, quise decir fontana": a keyword that holds
 * the lead's own words while they correct something is a "wait", not an opt-out (`correctionFollows`).
 */
const HOLD_TO_CORRECT =
  /\b(stop|stopp|para|alto)\b[\s,.!…-]*(?=(((sorry|perdon|oops|ups|whoops|my bad|mb|my mistake|wait|hold on|hang on|no|espera|esperen|perdona)[,.!:]* )*)((i meant|i mean|meant|quise decir|queria decir|me equivoque)\b|(actually|en realidad|correction|typo|my mistake|mistake|sorry)[,:!]*(?= \$?\d)))/g;
const CORRECTION_LEAD_IN =
  /^(((sorry|perdon|oops|ups|whoops|my bad|mb|my mistake|wait|hold on|hang on|no|espera|esperen|perdona)[,.!:]* )*)(i meant|i mean|meant|quise decir|queria decir|me equivoque|actually|en realidad|correction|typo|my mistake|mistake|sorry)\b[\s,:!]*/;
const ABOUT_THE_CONTACT =
  /\b(texts?|messages?|msgs?|calls?|emails?|mensajes?|llamadas?|correos?|contact\w*|escrib\w*|molest\w*)\b/;
const A_NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b/;
/** Words that open what a lead means by the stop itself ("i mean it", "i mean leave me alone", "quise decir que no"). */
const NOT_A_CORRECTION =
  /^(it|that|this|what|stop|alto|para|basta|lo|eso|esto|que|no|not|nope|nah|never|nothing|nada|yes|si|ya|we|we'?re|were|i|i'?m|im|you|u|ur|your|y'?all|they|leave|dejen|deja|dejame|enough|seriously|really|en serio|de verdad|serio|just|please|pls|ok|okay|bye|all|everything|todo|done|come|go|get|shut|ugh|omg|lol|dude|bro|man|whatever|like|fr|forever|for|to|de|del|con|para siempre|fuck\w*|f\w*k)\b/;
/** A word that says how, not what: "permanently", "completamente", "wrong number". */
const NOT_A_THING = /\b\w+(ly|mente)\b|\b(wrong|equivocad[oa]|someone|somebody|alguien|else|otra persona)\b/;

/**
 * What follows "stop, i meant" is a correction: a number ("500 not 600", "4 recamaras") or a short name of what
 * the lead wants ("fontana", "the one on elm"). Not one: "STOP. I mean it", "stop, i meant what i said", "stop, i
 * mean we already bought", "stop, i mean 3 texts a day is too much", "para, quise decir que no me escriban", "stop, i
 * meant permanently", "para, me equivoqué de número", "stop, meant for someone else".
 */
function correctionFollows(rest: string): boolean {
  const leadIn = CORRECTION_LEAD_IN.exec(rest)?.[0] ?? '';
  const said = (rest.slice(leadIn.length).split(/[.!?]/)[0] ?? '').trim();
  if (said === '' || NOT_A_CORRECTION.test(said) || ABOUT_THE_CONTACT.test(said)) return false;
  if (EMPHASIS.test(said) || DONE_REASON.test(said)) return false;
  if (A_NUMBER.test(said)) return true;
  // Without a number: a short name, none of its words a keyword or a manner, after "i meant".
  const words = said.match(/[a-z0-9']+/g) ?? [];
  // "chino hills not chino", "fontana en vez de rialto": a name in place of another may run to six words.
  const limit = /\b(not|no|instead of|en vez de|en lugar de)\b/.test(said) ? 6 : 3;
  return (
    !/equivoque/.test(leadIn) && words.length <= limit && !words.some(isKeyword) && !NOT_A_THING.test(said)
  );
}

const HOLD = new Set(HOLD_WORDS);
const CORRECTING = new Set(CORRECTION_VERBS);
const ABOUT_CONTACT = new Set(CONTACT_NOUNS);
const NUMBER_WORD = new Set(NUMBER_WORDS);

/**
 * A stop that opens a correction of figures: "stop, i typed 500 meant 600", "para, puse 3 recámaras y son 4". The
 * sentence opens with a hold word, then says what was written or meant (a correction verb) with two figures, and
 * never names our channel ("stop, i typed stop 3 times" and "stop texting me, i meant 600" still opt out).
 */
function correctsFigures(sentence: string): boolean {
  const tokens = tokenise(sentence);
  if (!HOLD.has(tokens[0]?.word ?? '')) return false;
  const rest = tokens.slice(1).map((token) => token.word);
  if (rest.some((word) => ABOUT_CONTACT.has(word) || isKeyword(word))) return false;
  const figures = rest.filter((word) => /^\d/.test(word) || NUMBER_WORD.has(word)).length;
  return figures >= 2 && rest.some((word) => CORRECTING.has(word));
}

/**
 * A stop said as a condition the lead may meet later: "si luego quiero darme de baja, ¿cómo le hago?", "if i ever
 * want to unsubscribe, do i just reply stop?". Only the conditional opt-out itself is set aside ("if i need
 * anything i'll call you, stop texting me" still opts out), and the Spanish "si" needs a time ("sí quiero darme de
 * baja" is a yes).
 */
const SOMEDAY =
  /\b(?:(?:(?:if|in case|en caso de que|si (?:luego|despues|mas adelante|algun dia|en algun momento|un dia|mas tarde))\b(?: [a-z']+){0,3}? (?:want|wanted|need|decide|choose|quiero|quisiera|queremos|quisieramos|necesito|decido|decidimos)(?: to)?|(?:if|in case|once|after) (?:i|we)(?: ever| later| eventually| do| did)?) (?:unsubscribe|opt out|stop (?:the |these |your |getting |receiving )?(?:texts|messages|msgs|emails|calls)|cancel|darme de baja|darnos de baja|cancelar|que (?:ya )?no (?:me|nos) (?:escriban|manden mensajes|contacten|llamen))|si (?:luego |despues |mas adelante )?(?:me|nos) (?:doy|damos) de baja(?=[^.!]*\?))\b/g;

/**
 * Classifies a lead message for the opt-out rule of DOMAIN.md section 1.3. Runs before anything else (and before
 * any model call); the service must also call it for human-owned conversations.
 */
export function classifyOptOut(text: string): OptSignal {
  const read = fold(text)
    .replace(STOP_EMOJI, ' stop ')
    // "stpo texting me", "STOPP": a misspelt stop reads as stop everywhere, not only alone.
    .replace(STOP_TYPO, 'stop')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(OTHER_INTEREST, 'interested elsewhere')
    .replace(SOMEDAY, 'someday ')
    .replace(ANOTHER_SERVICE_NOT_US, sparedOtherService)
    .replace(SOMEONE_ELSE, (stop, ...args: unknown[]) =>
      REDIRECTED.test(args[args.length - 1] as string) ? 'spare them' : stop,
    )
    .replace(HOLD_TO_CORRECT, (hold, ...args: unknown[]) => {
      const offset = args[args.length - 2] as number;
      const whole = args[args.length - 1] as string;
      return correctionFollows(whole.slice(offset + hold.length)) ? 'wait ' : hold;
    });
  // A channel preference, not a stop: only the ban on calls is set aside, and the rest of the message is read as
  // usual ("don't call me and don't text me" still opts out).
  const folded = PREFERS_TEXT.test(read) ? read.replace(CALLS_ONLY_ALL, 'calls declined') : read;
  if (BARE_OPT_IN.test(folded)) return 'opt_in';
  if (folded === '') return null;
  // Only what has words can say stop (an emoji stop was made a word above): a run of punctuation reads nothing.
  const worded = sentences(folded).filter(
    (sentence) => HAS_LETTER.test(sentence) && !correctsFigures(sentence),
  );
  const parts = worded.flatMap((sentence) => sentence.split(/\s*[,;]\s*|\s+-\s+/));
  // A keyword spelled out letter by letter ("S T O P", "s.t.o.p").
  const spelled = /^([a-z][\s.*_-]+){2,14}[a-z][\s.!]*$/.test(folded) ? folded.replace(/[^a-z]/g, '') : '';
  if (spelled && bareKeyword(spelled)) return 'opt_out';
  if (
    bareKeyword(folded) ||
    notTheirNumber(folded) ||
    parts.some((part) => HAS_LETTER.test(part) && sentenceOptsOut(part))
  )
    return 'opt_out';
  if (
    worded.some(
      (sentence) =>
        ENOUGH.test(sentence) ||
        STOP_IT_WITH.test(sentence) ||
        sentenceOptsOut(sentence) ||
        keywordInsisted(sentence),
    )
  )
    return 'opt_out';
  return null;
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
