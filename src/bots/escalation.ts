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
  NOTICE_WORDS,
  OWN_HOME,
  PERSON_NOUNS,
  REAL_WORDS,
} from './lexicon/escalation.js';
import { QUESTION_WORDS } from './lexicon/seller.js';
import { either as w, phraseBook, tokenise, type Token } from './read/phrases.js';
import { fold, negatedBefore } from './text.js';

export type Escalation = { kind: 'person'; detail: string } | { kind: 'legal'; detail: string };

/** "pásame con", "comunícame con", "me pasas con": put me through (to someone), in Spanish. */
const PUT_THROUGH_ES =
  '(pasame|pasenme|paseme|comunicame|comuniquenme|comuniqueme|conectame|conectenme|conecteme|ponme|ponganme|pongame|me (pasas|pasan|comunicas|comunican|comunica|conectas|conectan|pones|ponen)|me (puedes|puede|pueden|podrias|podria|podrian) (pasar|comunicar|conectar|poner))';

const PERSON: RegExp[] = [
  // Not a story about someone else ("we already talk with an agent", "going to talk w a realtor friend first", "need
  // to talk to someone at my bank").
  /(?<!\b(already|gonna|going to|will|would|should|i'?ll|we'?ll|he'?ll|she'?ll|they'?ll) )\b(talk|speak|chat) (to|with|w\/?) (a |an |the |your )?(real |live |actual |listing |sellers? |seller'?s )?(person|human|agent|realtor|someone|somebody|broker|representative|rep|manager)\b(?! (\w+ )?(friend|at my|from my|of mine))/,
  /\b(connect|transfer|put) me (to|with|through|in touch)\b/,
  /\b(get|give) me (a |an )?(real |live )?(person|human|agent|realtor)\b/,
  /\b(i want|i need|i'd like|i would like|can i get|let me have) (a |an )?(real |live )?(person|human|agent|realtor)\b/,
  /\bstop the bot\b|\bno more bot\b|\benough (with the )?bot\b/,
  // Not the idiom "call me crazy, old-fashioned, picky... but we really want a pool".
  // A call asked for without "me": "can you call instead?", "could u just call", "i'd rather a phone call", "prefer
  // to talk on the phone" (not "can you call the lender?").
  /\b(can|could|would) (you|u|ya|someone|somebody|jorge) (just |please |pls )?call( (instead|rather|back))?(?= *(?:[?.!,]|please|pls|plz|$))|\bcall (us )?instead\b|\b(prefer|rather( have)?|rather do) (a )?(phone )?call\b|\b(prefer|rather) (to )?(talk|speak) (on|over|by) (the )?phone\b/,
  /\b(call me(?! (crazy|nuts|old[- ]?fashioned|old school|picky|paranoid|silly|weird|cautious|skeptical|naive|stubborn|impatient|cheap|spoiled|a (little |bit )?\w+|an \w+)\b)|give me a call|give me a ring|ring me|can (you|someone|somebody) call me|have (someone|somebody|him|her|jorge|the agent) call me|phone me|call me back|hit me up on the phone)\b/,
  new RegExp(
    `(?<!\\b(voy a|vamos a|tengo que|tenemos que|van a|va a) )\\b(hablar|comunicarme)( por (telefono|cel|celular)| en persona)? con (un |una |el |la |tu |su )?(persona|humano|agente|agent|realtor|asesor[a]?|alguien|corredor[a]?)\\b`,
  ),
  // "pásame con el agente", "me pasas a alguien del equipo?", "me puedes comunicar con un asesor"
  new RegExp(
    `\\b${PUT_THROUGH_ES} (con|a) (un |una |el |la |tu |su )?(persona|humano|agente|agent|realtor|asesor[a]?|alguien|corredor[a]?)\\b`,
  ),
  // "llámame", "márcame" (Mexican Spanish: call me), "márquenme", "me marcan", "háblame por teléfono"; a bare
  // "háblame" is also "tell me" ("háblame de la casa"), so it needs the phone.
  /\b(llamame|llamenme|llameme|marcame|marquenme|marqueme|me (pueden|puedes|puede|podrian|podrias) (llamar|marcar)|me (llaman|marcan|llamas|marcas)|quiero una llamada|(mejor|prefiero|quiero|quisiera|me gustaria|necesito|pido|ocupo) (que|q) (?!no\b)(\w+ )?(me|nos) (llame|llamen|llames|marque|marquen|marques)\b(?! (del|de la|de los|de mi|de su))|(hablame|hablenme|hableme) (por telefono|al (cel|celular|telefono)))\b/,
  // "que me llame jorge por favor", "q me marquen": a call asked for in the subjunctive, opening the message.
  /^\s*[¿¡]?(que|q) (me|nos) (llame|llamen|marque|marquen|hable|hablen)\b(?! (la|el|los|las) (atencion|gana))/,
  // "persona real" alone asks for one; "es esto una persona real o que" asks what is answering (disclosure.ts).
  /(?<!\b(es esto|esto es|eres|es usted|hablo con|estoy hablando con) (una )?)\bpersona real\b(?!.*\?)/,
  // "real person please", "is there a human i can talk to", "quiero a alguien de verdad", "¿hay alguien que me
  // pueda atender?": a person asked for, not asked about ("are you a real person?" is a disclosure question).
  // ("real person?" alone asks what is answering: a disclosure question; "live agent?" asks for one.)
  /(?:^|[,.;!?]\s*)(a |an )?(real|live|actual) (person|human|agent)( please| pls| plz| now| asap)?\s*(?=[,.;!]|$)|(?:^|[,.;!?]\s*)(a |an )?(real|live|actual) agent\s*(?=\?)/,
  /\b(is there|are there|any) (a |an |some )?(real |live |actual )?(person|human|one|someone|somebody|anyone|anybody|agent|realtor) (i|we) (can|could) (talk|speak|chat) (to|with)\b(?! (at|from) )/,
  /\b(quiero|queremos|necesito|necesitamos|ocupo) (hablar con )?(a )?(alguien|una persona|un humano|un agente) (de verdad|real(?! estate)|de carne y hueso)\b/,
  /\b(hay|habra|tienen|tendran) (a )?(alguien|una persona|algun agente) (que|quien) (me |nos )?(pueda|puedan|podria) (atender|ayudar|llamar)\b(?! (con|sobre|de) (la hoa|el banco|el prestamo))/,
  /(?<!\b(si|cuando) )\balguien (me|nos) (puede|podria|pueda) (atender|ayudar|llamar)\b/,
];

/**
 * Right now: a call asked for with one of these, and no other time named, is a request for a person even while a
 * call is being set up ("call me now", "llámame ahorita"); not when it is turned down ("not right now, call me
 * thursday", "ahorita no", "i'm busy now") or when a day or time is picked ("call me today at 4": a time answer).
 */
const NOW =
  /\b(now|right now|rn|asap|right away|immediately|today|ahorita|ahora( mismo)?|ya mismo|hoy|de inmediato|en este momento)\b|\b(call me|llamame|marcame|llamenme|marquenme|hablame) ya\b/;
const NOT_NOW =
  /\b(not|no|can'?t|cannot|busy|ocupad[oa]s?|puedo|podemos)\b[^.!?]{0,12}\b(now|right now|rn|ahorita|ahora)\b|\b(ahorita|ahora) no\b/;
const A_TIME =
  /\b(tonight|tomorrow|manana|morning|afternoon|evening|tarde|noche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d{1,2}(:\d{2})?\s*(am|pm)|(at|a las) \d{1,2})\b/;
const callNow = (folded: string) => NOW.test(folded) && !NOT_NOW.test(folded) && !A_TIME.test(folded);
/** Names of the agent: "can I talk to Jorge" is a request for a person. */
function agentPattern(agentName: string): RegExp {
  const first = fold(agentName).split(/\s+/)[0] ?? '';
  return new RegExp(
    `\\b((talk|speak|chat) (to|with|w\\/?|con)|hablar con|${PUT_THROUGH_ES} (con|a)( el)?) ${first.replace(/[^a-z]/g, '')}\\b`,
  );
}

const LEGAL: [RegExp, string][] = [
  [/\b(bankrupt\w*|chapter (7|13)|bancarrota|quiebra)/, 'bankruptcy'],
  [/\b(lawyers?|attorneys?|abogad[oa]s?)\b/, 'lawyer'],
  [/\b(lawsuits?|suing|sued|sue (me|us|them)|demandar|demandando|demandaron|una demanda legal)\b/, 'lawsuit'],
  [/\b(short sales?|ventas? cortas?)\b/, 'short sale'],
  [
    /\b(tax liens?|irs liens?|liens? (on|against) (the|my|our) (house|home|property)|(un |el )?lien (de|del|sobre)|gravamen|embargo fiscal)\b/,
    'tax lien',
  ],
  [
    /\b(legal advice|tax advice|is (it|this|that) legal|can (i|we) legally|legal (question|issue|problem)|capital gains?|how much (in )?(tax|taxes) (would|will|do|should)|(owe|pay) (in |any |the )?(capital gains |income )?(tax|taxes)\b(?! (on the house|rate of the (area|house)))|tax (implications?|consequences?|questions?|write[- ]?offs?|liability|penalt\w*)|1031 exchange|consejo legal|asesoria legal|asesoria fiscal|ganancias de capital|cuanto (pagaria|pago|voy a pagar|tendria que pagar) de impuestos|impuestos? (de|sobre) (la )?(ganancia|venta)|(no pagar|pagar menos|ahorrar\w*( en)?|evit\w*( pagar)?|avoid( paying)?|pay less|not pay|get out of paying|minimi[sz]e|reduce|lower|cut( down)?( on)?|reducir|bajar) (tantos |tanto |los |de |in |so much (in )?)?(impuestos|taxes|capital gains)(?![^.?!]*\bmello))\b/,
    'legal or tax advice',
  ],
  [/\b(evict\w*|desalojo|desalojar)/, 'eviction'],
  [
    /\b(suicid\w*|kill myself|hurt myself|domestic violence|abus(e|ive) (husband|wife|partner)|violencia domestica)/,
    'distress',
  ],
];

/**
 * The clause rules of a hand-off over the words of lexicon/escalation.ts: a person asked to help ("can a human help
 * me?", "¿me puede ayudar una persona?", "una persona real me puede atender?") and a loan in arrears with a notice
 * ("we're 3 months behind and they filed a notice", "llevamos 3 meses atrasados y el banco mandó un aviso").
 */
const BOOK = phraseBook<'person' | 'arrears' | 'notice' | 'foreclosure'>([
  ...FORECLOSURE_PHRASES.map((words) => ({ cue: 'foreclosure' as const, words })),
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
const FIRST_PERSON_SET: ReadonlySet<string> = new Set(FIRST_PERSON);
const QUESTION_OPENERS: ReadonlySet<string> = new Set(QUESTION_WORDS.map((word) => word.replace(/'/g, '')));

/**
 * A general question about a legal matter, not the lead's own: "is foreclosure common around here?", "¿hay muchas
 * ejecuciones hipotecarias en la zona?". The clause that holds it asks (a "?" or a question word first) and names
 * neither the lead (I, we, my, nuestra...) nor the home as a definite thing ("can the bank take the house?"), and
 * it speaks of the market in general ("common", "around here", "en la zona"): "is a short sale possible?" is the
 * lead's own.
 */
function generalQuestion(folded: string, index: number): boolean {
  const start = Math.max(...['.', '!', '?', '\n'].map((mark) => folded.lastIndexOf(mark, index - 1))) + 1;
  const stops = ['.', '!', '?', '\n'].map((mark) => folded.indexOf(mark, index)).filter((at) => at >= 0);
  const end = stops.length > 0 ? Math.min(...stops) : folded.length;
  const tokens: Token[] = tokenise(folded.slice(start, end));
  const asks =
    folded[end] === '?' ||
    folded.slice(start, end).includes('¿') ||
    QUESTION_OPENERS.has(tokens[0]?.word ?? '');
  if (!asks) return false;
  if (tokens.some((token) => FIRST_PERSON_SET.has(token.word))) return false;
  if (!tokens.some((token) => GENERAL_WORDS.includes(token.word))) return false;
  return !tokens.some(
    (token, at) => OWN_HOME.includes(token.word) && DEFINITE.includes(tokens[at - 1]?.word ?? ''),
  );
}

export interface EscalationOptions {
  agentName: string;
  /** While a call is being scheduled, "call me in the morning" is an answer, not an escalation. */
  scheduling: boolean;
}

/** DOMAIN.md section 1.5: a request for a person, or an active legal or distress matter. */
/**
 * A foreclosure that is not the lead's own: a neighbour's, one bought or looked for ("my neighbor's house got
 * foreclosed", "we bought at a foreclosure auction in 2012", "any foreclosures in etiwanda?").
 */
const NOT_THEIR_FORECLOSURE =
  /\b(neighbou?r'?s?|next door|down the street|(bought|buy|buying|purchased|compramos|compre) (at |a |an |in )?(a |an |the )?(foreclos\w*|auction|subasta|remate)|foreclosures? (auction|homes|listings|deals|properties) (in|near|around)|(any|looking for|searching for) foreclosures?|foreclosures? (in|near|around) \w+)\b/;

export function detectEscalation(text: string, options: EscalationOptions): Escalation | null {
  const folded = fold(text);
  const tokens = tokenise(folded);
  // The lead's own foreclosure (negated ones are left out by the book): not a neighbour's, not a general question.
  const foreclosure = BOOK.find(tokens, 'foreclosure');
  if (
    foreclosure &&
    !NOT_THEIR_FORECLOSURE.test(folded) &&
    !generalQuestion(folded, Math.max(0, folded.indexOf(foreclosure.evidence.split(' ')[0]!)))
  )
    return { kind: 'legal', detail: 'foreclosure' };
  for (const [pattern, detail] of LEGAL) {
    const match = pattern.exec(folded);
    if (!match || negatedBefore(folded, match.index, 3)) continue;
    if (detail === 'short sale' && generalQuestion(folded, match.index)) continue;
    return { kind: 'legal', detail };
  }
  if (BOOK.find(tokens, 'arrears') && BOOK.find(tokens, 'notice'))
    return { kind: 'legal', detail: 'foreclosure' };
  if (
    /\b(am i|are you|is this|estoy)\b.*\b(talking|chatting|speaking|hablando|real|human|bot|robot)\b/.test(
      folded,
    )
  ) {
    if (!/\b(want|need|let me|can i|quiero)\b/.test(folded)) return null;
  }
  const asked = BOOK.find(tokens, 'person');
  if (asked) return { kind: 'person', detail: asked.evidence };
  const patterns = [...PERSON, agentPattern(options.agentName)];
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (options.scheduling && /call|llam|marc/.test(match[0]) && !callNow(folded)) continue;
    if (negatedBefore(folded, match.index, 3)) continue;
    return { kind: 'person', detail: match[0] };
  }
  return null;
}
