import { detectEscalation } from './escalation.js';
import { extractFinancing } from './extract/financing.js';
import { detectLanguage } from './lang.js';
import { findLeadQuestion, type LeadQuestion } from './lead-question.js';
import {
  oneOf,
  phraseBook,
  tokenise,
  type Phrase,
  type PhraseBook,
  type PhraseHit,
  type Tokens,
} from './read/phrases.js';
import { asRead, type Readable } from './read/read-text.js';
import { day, timeOfDay } from './scheduling-parse.js';
import { ACCEPTING_WORDS } from './lexicon/time.js';
import { CODED_GROUP_WORDS, GROUP_FEMININE_ES, GROUP_SINGULAR_ES, SHARE_WORDS_ES } from './lexicon/guard.js';
import { wordsOf } from './read/words.js';
import { fold, readablePart, sentences, stripJsonBlobs, type Lang } from './text.js';
import { sideTopic } from './topics.js';

/**
 * What a lead's message asks for, objects to or touches in compliance terms, in English and Spanish: the reading
 * the live coach hears through (DOMAIN.md section 6). Pure. What the bots' readers already detect comes from them
 * (side topics from topics.ts, the lead's questions and showing requests from lead-question.ts, requests for a call
 * from escalation.ts, the lender need from extract/financing.ts, days and times from scheduling-parse.ts); the rest
 * comes from one bilingual word list, read once per message, with negation ("not too expensive", "no es caro").
 */

export const OBJECTION_KINDS = [
  'price',
  'rates',
  'timing',
  'sell_first',
  'competition',
  'think',
  'zestimate',
  'trust',
  'authority',
  'value',
] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export const COMPLIANCE_CUES = ['fair_housing', 'respa', 'commission', 'tcpa'] as const;
export type ComplianceCue = (typeof COMPLIANCE_CUES)[number];

export type Severity = 'low' | 'medium' | 'high';

export interface HeardObjection {
  kind: ObjectionKind;
  severity: Severity;
  /** The words that carried it, folded. */
  evidence: string;
}

export interface HeardCompliance {
  cue: ComplianceCue;
  /** The lead's sentence, as written (at most 200 characters). */
  sentence: string;
}

export type LeadRequest =
  | { kind: 'showing'; when?: string }
  | { kind: 'call'; now: boolean; when?: string }
  | { kind: 'lender' }
  | { kind: 'home_value'; question: LeadQuestion }
  /** A question about the home or the process: answered from the listing facts, or "ask the team". */
  | { kind: 'question'; question: LeadQuestion };

export interface LeadIntents {
  lang: Lang;
  /** Nothing to read: no letters or digits. */
  silent: boolean;
  /** In the word list's order (rates before price); an objection the lead concedes before a request ("no rush, but ...") is not heard. */
  objections: HeardObjection[];
  compliance: HeardCompliance[];
  requests: LeadRequest[];
  /** Time pressure: asap, fast, within days or weeks, today. */
  urgent: boolean;
  /** Ready to make an offer. */
  offer: boolean;
  /** A day or a time of day named anywhere in the message ("Saturday", "el jueves", "morning"). */
  when?: string;
  /** The lead says a time or a plan works for it ("saturday at 10 works", "sounds good", "me funciona"). */
  accepts: boolean;
}

/** Taking what was offered: the time words of a yes (lexicon WORKS_WORDS) and a goodbye until then. */
const ACCEPTS = new RegExp(wordsOf(ACCEPTING_WORDS));

/** Cues of the word list: the objection kinds, compliance cues, and helper groups combined below. */
type Cue =
  | ObjectionKind
  | ComplianceCue
  | 'spouse_decides'
  | 'percent'
  | 'fee_word'
  | 'loan_word'
  | 'reward'
  | 'referral'
  | 'showing'
  | 'showing_word'
  | 'call'
  | 'lender_have'
  | 'disbelief'
  | 'lender'
  | 'now'
  | 'later'
  | 'urgent'
  | 'offer'
  | 'strong'
  | 'hedge';

/**
 * The word list: a phrase per entry in the grammar of the reader's one phrase matcher (`read/phrases.ts`): words
 * separated by spaces (folded), `a|b` for either word, `word*` for a word's start, `~` for up to four words in
 * between; `always`, `negAfter`, `unless` and `needs` as documented there.
 */
type Entry = Phrase<Cue>;

/** Word groups: the vocabulary, one group per idea, shared by the phrases below. */
const SPOUSE = 'wife|husband|spouse|partner|parents|esposo|esposa|marido|mujer|pareja|papas|papa|mama';
const PEOPLE = `hispanic*|latin*|black|blacks|white|whites|asian*|mexican*|immigrant*|jewish|jews|muslim*|christian*|catholic*|hispan*|blancos|blancas|negros|negras|mexican*|asiatic*|inmigrant*|gringos|gringas|afroamerican*|morenos|morenas|chinos|arabes|indios|minority|minorities|minorias|${oneOf(CODED_GROUP_WORDS)}|mormon*|musulman*|judio*|judias|iglesia*|church*|mosque*|mezquita*|synagogue*|sinagoga*|puertorrique*|dominican*|salvadore*|guatemal*|cuban*|colombian*|hondure*|filipin*|korean*|coreano*|coreana*|vietnam*|armenian*|armenio*|persian*|cristian*|catolic*|evangelic*`;
const PLACE =
  'area|neighborhood|neighbourhood|street|block|community|school|schools|building|complex|barrio|zona|colonia|vecindario|calle|escuela|escuelas|edificio';
const FAMILY = 'kids|children|family|families|ninos|hijos|familia|familias';
const HIGH =
  'high|higher|steep|nuts|insane|crazy|ridiculous|outrageous|brutal|killing|alto|alta|altos|altas|altisimo|altisima|altisimos|altisimas|elevado|elevada|elevados|elevadas|caro|cara|caros|caras|locos|loco';
const PRICE = 'price|prices|pricing|asking|cost|precio|precios|costo';
const RATES = 'rates|tasas|intereses';
const BROKER =
  'agencia|inmobiliaria|brokerage|company|firm|compass|remax|coldwell|keller|kw|century|exp|berkshire|sothebys|opendoor|offerpad|agent|realtor|agente|someone|somebody|alguien|otro|another|broker';
const LENDER = 'lender|lenders|prestamista|prestamistas|banco|bank|mortgage|credito';
const MOVE = 'move|moving|buy|buying|sell|selling|list|listing|mudar|mudarnos|mudarme|comprar|vender';
const ESTIMATOR = 'zillow|redfin|trulia';
/** A purchase in view, which makes a sale first a plan for the next home. */
const BUY_TOO =
  'buy|buying|purchase|look|looking|bigger|smaller|next|new|then|another|move|comprar|compremos|comprariamos|otra|buscar|mudarnos|mudar|podemos';
/** Getting the home ready: "¿le arreglo el techo primero o la vendo así?" asks advice, it is no sell-first. */
const GETTING_READY =
  'arreglo|arreglar|arreglarla|reparar|reparo|pintar|pinto|techo|remodelar|fix|paint|repair|roof';
const SELL_ES = 'vender|vendemos|vendamos|venda|vendo|vendiendo|venderla|venderlo';
const RELATIVE =
  'brother|sister|cousin|friend|uncle|aunt|neighbor|law|inlaw|son|daughter|dad|mom|buddy|suegro|suegra|prima|primo|amigo|amiga|hermano|hermana|cunado|cunada|tio|tia|hijo|hija|vecino|vecina|compadre|comadre';
const PREQUAL =
  'prequalified|prequalify|preapproved|preapproval|precalificar|preaprobar|preaprobacion|precalificados|preaprobados|precalificacion';
const REWARD_THING =
  'something|money|cash|bonus|gift|bucks|dollars|hundred|cut|piece|few|percentage|comision|algo|regalo|dinero|tarjeta|parte|lana|feria|porcentaje|dolares|bono|propina';
const REFERRED =
  'people|clients|buyers|buyer|friends|leads|group|neighbors|family|clientes|cliente|comprador|compradores|amigos|vecinos|referidos';

const LEXICON: readonly Entry[] = [
  // rates before price: "rates are too high" is a financing worry
  { cue: 'rates', words: RATES, negAfter: true },
  { cue: 'rates', words: 'interest rate|rates' },
  { cue: 'rates', words: 'tasa ~ interes' },
  { cue: 'rates', words: 'percent|% mortgage|loan|rate' },
  { cue: 'rates', words: 'bajen|baje ~ tasas|intereses' },
  { cue: 'rates', words: 'monthly payment|payments ~ brutal|high|crazy|scary|too' },
  { cue: 'rates', words: 'pago mensual|mensualidad ~ alcanza|alcance|alto|alta' },
  { cue: 'price', words: 'expensive|overpriced|pricey|carisimo|carisima|carisimos|carisimas' },
  { cue: 'price', words: `${PRICE} ~ ${HIGH}` },
  { cue: 'price', words: `${HIGH} ~ ${PRICE}` },
  { cue: 'price', words: 'muy|tan|bien caro|cara|caros|caras' },
  { cue: 'price', words: 'too|way high' },
  { cue: 'price', words: 'cant|cannot|couldnt afford|swing|justify' },
  { cue: 'price', words: 'out of ~ budget|range|reach|spend|afford|pay' },
  { cue: 'price', words: 'salimos|sale|pasa|pasamos|excede ~ presupuesto' },
  { cue: 'price', words: 'house poor' },
  { cue: 'price', words: 'more than ~ worth', unless: 'owe|owes|debemos|debo|underwater' },
  { cue: 'disbelief', words: 'kidding|joking|bromeando|broma|seriously' },
  { cue: 'disbelief', words: 'en serio' },
  {
    cue: 'price',
    words: 'no ~ alcanza|alcance|alcanzan|alcanzaria',
    unless: 'dias|semanas|meses|tiempo|days|weeks|months|time',
  },
  { cue: 'price', words: 'no podemos|puedo|podriamos pagar' },
  { cue: 'timing', words: 'not ready', always: true },
  { cue: 'timing', words: `not|no|dont|wont ~ ${MOVE} ~ until|hasta|before`, always: true },
  { cue: 'timing', words: 'no rush|hurry', always: true },
  { cue: 'timing', words: 'not in a rush|hurry', always: true },
  { cue: 'timing', words: 'next year', negAfter: true },
  { cue: 'timing', words: 'in a|few|couple|two year|years' },
  { cue: 'timing', words: 'year|years|months out|away' },
  { cue: 'timing', words: 'maybe later' },
  { cue: 'timing', words: 'down the road' },
  { cue: 'timing', words: 'someday|eventually' },
  { cue: 'timing', words: 'just browsing|looking' },
  { cue: 'timing', words: 'just|only starting|beginning|started' },
  { cue: 'timing', words: 'nothing|not serious' },
  { cue: 'timing', words: 'early stages|days' },
  { cue: 'timing', words: 'falta ~ rato|tiempo|mucho' },
  { cue: 'timing', words: 'not the right time', always: true },
  { cue: 'timing', words: 'no estamos|estoy listos|listo|lista|listas', always: true },
  { cue: 'timing', words: 'no tenemos|tengo|hay prisa', always: true },
  { cue: 'timing', words: 'no es|sera para ~ ano', always: true },
  { cue: 'timing', words: 'sin prisa' },
  { cue: 'timing', words: 'proximo|otro ano' },
  { cue: 'timing', words: 'mas adelante' },
  { cue: 'timing', words: 'algun dia' },
  { cue: 'timing', words: 'solo|apenas estamos|estoy viendo|mirando|empezando' },
  { cue: 'timing', words: 'apenas ~ viendo|mirando|empezando' },
  { cue: 'sell_first', words: 'sell ~ first', always: true },
  { cue: 'sell_first', words: 'sell ~ before ~ buy|buying|purchase|look|looking', always: true },
  { cue: 'sell_first', words: 'buy ~ until ~ sells|sold|sell', always: true },
  { cue: 'sell_first', words: 'sell ~ then ~ buy|look|we', always: true },
  {
    cue: 'sell_first',
    words: 'home|house|place|condo|townhouse ~ close|closes|sell|sells|sold ~ before|first',
    always: true,
    needs: BUY_TOO,
  },
  { cue: 'sell_first', words: `${SELL_ES} ~ primero`, always: true, unless: GETTING_READY },
  { cue: 'sell_first', words: `${SELL_ES} ~ antes`, always: true, needs: BUY_TOO, unless: 'posible' },
  { cue: 'sell_first', words: `primero ~ ${SELL_ES}`, always: true, unless: GETTING_READY },
  { cue: 'sell_first', words: `${SELL_ES} ~ para poder comprar`, always: true },
  { cue: 'sell_first', words: 'hasta que ~ vend*', always: true },
  { cue: 'sell_first', words: 'proceeds', always: true },
  { cue: 'sell_first', words: 'dinero de la venta', always: true },
  { cue: 'competition', words: 'another|other|different agent|agents|realtor|realtors|broker' },
  { cue: 'competition', words: 'working with ~ agent|realtor|someone|somebody|anyone|broker' },
  { cue: 'competition', words: 'already ~ have|got ~ agent|realtor|someone|somebody' },
  { cue: 'competition', words: 'ya ~ tenemos|tengo ~ agente|alguien|quien|corredor' },
  {
    cue: 'competition',
    words: `signed|listed|listing|going|firmamos|firmado|firmamos ~ with|con ~ ${BROKER}`,
  },
  { cue: 'competition', words: 'interviewing|interview|comparing ~ agents|realtors' },
  { cue: 'competition', words: `${RELATIVE} ~ is|s|es ~ realtor|agent|broker|agente|corredor|corredora` },
  { cue: 'competition', words: 'list|listing|go with him|her|them' },
  { cue: 'competition', words: 'discount ~ broker|brokerage|realtor|agent' },
  { cue: 'competition', words: 'otro|otra|otros agente|agentes|corredor|realtor' },
  { cue: 'competition', words: 'trabajando|trabajamos con ~ agente|alguien|otro|corredor|realtor' },
  { cue: 'competition', words: 'entrevistando|comparando ~ agentes' },
  {
    cue: 'competition',
    words: 'otro|otra|other|another ~ offered|ofrecio|ofrecieron|cobra|charges|said|dijo',
  },
  { cue: 'competition', words: 'flat fee' },
  { cue: 'think', words: 'think about it' },
  { cue: 'think', words: 'think ~ over' },
  { cue: 'think', words: 'let me think' },
  { cue: 'think', words: 'need to think' },
  { cue: 'think', words: 'sleep on it' },
  { cue: 'think', words: 'mull|mulling|ponder|digest|almohada' },
  { cue: 'think', words: 'process this|it|all|everything' },
  { cue: 'think', words: 'need|needs ~ time' },
  { cue: 'think', words: 'circle|get|come back ~ you|to you|with you' },
  { cue: 'think', words: 'circle back' },
  { cue: 'think', words: 'talk it through|over' },
  { cue: 'think', words: 'les|le|te aviso|avisamos' },
  { cue: 'think', words: 'give|dame|denme|danos ~ days|dias|time|tiempo' },
  { cue: 'think', words: 'pensarlo|pensarla|pensarle|considerarlo' },
  { cue: 'think', words: 'lo vamos a pensar' },
  { cue: 'think', words: 'lo pensamos|pensaremos|pensare|pensamos' },
  { cue: 'think', words: 'dejame|dejeme|dejanos pensar' },
  { cue: 'zestimate', words: 'zestimate|zestimates', negAfter: true },
  {
    cue: 'zestimate',
    words: `${ESTIMATOR} ~ says|say|dice|dicen|worth|vale|value|estimate|estimates|has|shows|tiene|valor|estimado|price|precio|at`,
    negAfter: true,
  },
  { cue: 'zestimate', words: `worth|value|vale|valor|estimate|estimado ~ ${ESTIMATOR}`, negAfter: true },
  {
    cue: 'zestimate',
    words: 'online|internet ~ estimate|estimates|estimator|estimators|value|valuation|says',
  },
  { cue: 'zestimate', words: 'estimator|estimators' },
  { cue: 'zestimate', words: 'website|internet says|dice' },
  { cue: 'zestimate', words: 'estimado|valor en linea|internet' },
  {
    cue: 'trust',
    words: 'scam|scams|scammer|estafa|fraude|legit|sketchy|shady|sospechoso|desconfio|burned|burnt',
    always: true,
  },
  { cue: 'trust', words: 'dont|cant|not|no ~ trust|confio|confiamos', always: true },
  { cue: 'trust', words: 'how do i know' },
  { cue: 'trust', words: 'como se|sabemos que' },
  { cue: 'trust', words: 'agent|realtor|experience ~ terrible|awful|horrible|bad' },
  { cue: 'trust', words: 'bad|terrible|horrible experience' },
  { cue: 'trust', words: 'mala experiencia' },
  { cue: 'trust', words: 'burned before' },
  { cue: 'trust', words: 'pushy' },
  {
    cue: 'authority',
    words: `talk|discuss|check|consult|ask|run|checarlo|checar|revisarlo|verlo|hablar|hablarlo|hablo|hablamos|platico|platicarlo|platicamos|consulto|consultar|consultarlo|consultarle|preguntarle ~ ${SPOUSE}`,
  },
  { cue: 'authority', words: 'get|gets|have|has|want a say' },
  {
    cue: 'authority',
    words: `${SPOUSE} ~ decide|decides|decisions|decision|decide|decisiones|say|input|opinion|approve|opinan|deciden`,
  },
  { cue: 'value', words: 'why ~ pay|need|use|hire ~ agent|realtor|you' },
  { cue: 'value', words: 'sell|selling|sale ~ myself|ourselves|owner' },
  { cue: 'value', words: 'fsbo' },
  {
    cue: 'value',
    words: 'para que|why ~ pagar|pagarle|pay ~ comision|commission|agente|agent|alguien|someone',
  },
  { cue: 'value', words: 'anunciar|anunciarla|advertise|list ~ yo|myself|ourselves|nosotros' },
  { cue: 'value', words: 'para que ~ necesito|necesitamos ~ agente' },
  { cue: 'value', words: 'vender|venderla|venderlo|vendo ~ yo solo|sola|mismo|misma|nosotros' },
  // compliance beyond the bots' side topics
  { cue: 'fair_housing', words: 'section|seccion 8|eight|ocho', always: true },
  { cue: 'fair_housing', words: 'voucher|vouchers|welfare', always: true },
  { cue: 'fair_housing', words: 'on|public assistance', always: true },
  { cue: 'fair_housing', words: 'source of income', always: true },
  { cue: 'fair_housing', words: 'low income', always: true },
  { cue: 'fair_housing', words: 'bajos recursos|ingresos', always: true },
  { cue: 'fair_housing', words: 'public|subsidized|government housing', always: true },
  { cue: 'fair_housing', words: 'people|families|folks like us|ours', always: true },
  // "familias jóvenes like us", "gente mayor como nosotros"
  {
    cue: 'fair_housing',
    words: 'people|families|folks|familias|gente ~1 like|como us|nosotros',
    always: true,
  },
  // a place named by its households: "is this a family neighborhood?", "¿es una zona familiar?" (not the zoning's
  // "single family neighborhood")
  {
    cue: 'fair_housing',
    words:
      'a|an|the|this|that|good|nice|real|more|mostly family|families|kid|kids|retiree|retirees neighborhood|area|community|block|street',
    always: true,
  },
  {
    cue: 'fair_housing',
    words: 'zona|barrio|vecindario|colonia|comunidad ~2 familiar|de+familias|para+familias|de+ninos',
    always: true,
  },
  // age and familial status as a share: "mostly older folks or couples w little kids?"
  {
    cue: 'fair_housing',
    words:
      'mostly|mainly|predominantly|mayormente|puro|pura|puros|puras ~1 older|old|elderly|retired|young|younger|viejitos|jovenes|mayores|retirados folks|people|couples|families|gente|familias|parejas|personas',
    always: true,
  },
  // disability, kept away: "¿algún vecindario sin esos hogares de grupo para discapacitados?"
  {
    cue: 'fair_housing',
    words:
      'sin|without|no|avoid|away+from|lejos+de ~3 group+home|group+homes|hogares+de+grupo|hogar+de+grupo|discapacitados|disabled|handicapped',
    always: true,
  },
  { cue: 'fair_housing', words: 'kind|type|sort of ~ folks|people|neighbors|families|crowd' },
  // who goes to a school, asked: "what kind of kids go to the elementary there?", "want my son around the right crowd"
  { cue: 'fair_housing', words: 'kind|type|sort of kids|students|children|ninos|alumnos ~3 go|attend|van' },
  {
    cue: 'fair_housing',
    words: 'the right|a good|the wrong|good|right crowd|element|kind+of+kids|kind+of+people',
  },
  { cue: 'fair_housing', words: 'tipo|clase de ~ gente|personas|vecinos|familias' },
  {
    cue: 'fair_housing',
    words:
      'bad|rough|dangerous|sketchy|peligrosa|peligrosas|fea|feas|mala|malas ~ part|parts|side|areas|zonas|partes|colonias',
  },
  { cue: 'fair_housing', words: 'government|gobierno ~ assistance|help|ayuda|subsidy|subsidio' },
  // who lives there, asked: "whats the vibe with the people who live there", "qué tipo de gente vive ahí"
  {
    cue: 'fair_housing',
    words:
      'vibe|like|como|what|whats|how ~3 people|folks|crowd|neighbors|gente|vecinos who|that|que ~1 live|lives|vive|viven',
  },
  {
    cue: 'fair_housing',
    words: 'is|es|esta *|it|that|there|the+area|el+barrio|la+zona sketchy|ghetto|peligroso|peligrosa',
  },
  { cue: 'fair_housing', words: 'ayuda|asistencia del gobierno' },
  { cue: 'fair_housing', words: 'gente|familias como nosotros', always: true },
  { cue: 'fair_housing', words: `safe|safer|safest|segura|seguro|quiet|tranquilo|tranquila ~ ${FAMILY}` },
  { cue: 'fair_housing', words: `${FAMILY} ~ safe|segura|seguro` },
  {
    cue: 'fair_housing',
    words: `${oneOf(SHARE_WORDS_ES)}|mostly|mainly|fewer|less|menos|gente|familias|vecinos ~ ${PEOPLE}`,
  },
  // a group in the collective singular right after how much of it ("sin tanto negro", "mucho inmigrante")
  // ...beside people or a place in its clause ("la cocina tiene mucho negro" is a colour)
  {
    cue: 'fair_housing',
    words: `${PLACE}|gente|vecinos|ahi|alli|alla ~4 ${oneOf(SHARE_WORDS_ES)} ${GROUP_SINGULAR_ES}`,
    always: true,
    clause: true,
  },
  {
    cue: 'fair_housing',
    words: `${oneOf(SHARE_WORDS_ES)} ${GROUP_SINGULAR_ES} ~4 ${PLACE}|ahi|alli|alla|por+aqui|por+ahi`,
    always: true,
    clause: true,
  },
  { cue: 'fair_housing', words: `gente|personas|familias ${GROUP_FEMININE_ES}`, always: true },
  // ...or "without so much" of it, in a message about a place ("¿qué zona es más tranquila, sin tanto inmigrante?")
  {
    cue: 'fair_housing',
    words: `sin tanto|tanta|mucho|mucha ${GROUP_SINGULAR_ES}`,
    always: true,
    needs: 'zona|zonas|barrio|barrios|colonia|vecindario|area|areas|calle|cuadra|neighborhood|area',
  },
  { cue: 'fair_housing', words: `${PEOPLE} ~ families|people|neighbors|familias|gente|${PLACE}` },
  // familial status by how many: "sin tantos niños", "fewer kids around", "not a lot of families with kids"
  {
    cue: 'fair_housing',
    words: `fewer|less|menos|tantos|tantas|sin+tantos|sin+muchos|not+many|not+a+lot+of|without+so+many|without+many ~1 ${FAMILY}`,
    always: true,
  },
  // national origin by language: "is the area mostly english speaking?", "zona donde hablen puro español"
  {
    cue: 'fair_housing',
    words:
      'mostly|mainly|predominantly|mayormente|puro|solo english|spanish|ingles|espanol ~1 speaking|speakers|hablan|habla|$',
  },
  { cue: 'fair_housing', words: `english|spanish speaking ${PLACE}` },
  { cue: 'fair_housing', words: `${PLACE} ~ ${PEOPLE}` },
  { cue: 'fair_housing', words: `good|great|best|buena|buen ~ ${PLACE} ~ ${FAMILY}` },
  {
    cue: 'fair_housing',
    words: 'church|mosque|synagogue|temple|iglesia|mezquita|sinagoga ~ near|nearby|close|cerca',
    always: true,
  },
  { cue: 'respa', words: 'gift card|cards', always: true },
  { cue: 'respa', words: 'tarjeta ~ regalo', always: true },
  { cue: 'respa', words: 'referral fee|fees|bonus|reward|rewards', always: true },
  { cue: 'respa', words: 'kick ~ back', always: true },
  { cue: 'respa', words: 'kickback|kickbacks|finders', always: true },
  { cue: 'reward', words: 'something on the side' },
  { cue: 'reward', words: 'split|share ~ something|it|commission|fee|with me' },
  { cue: 'reward', words: `give|pay|send|throw|slip|toss you|me ~ ${REWARD_THING}` },
  { cue: 'reward', words: `me das|dan|da|darias|darian|pagas|pagan|toca ~ ${REWARD_THING}` },
  // ...or given by the lead: "le doy 200 dólares por cada uno", "te pago un bono"
  {
    cue: 'reward',
    words: `le|te|les doy|damos|daria|dariamos|pago|pagamos|pagaria|regalo ~ ${REWARD_THING}`,
  },
  { cue: 'referral', words: 'refer|referral|referrals|refers' },
  {
    cue: 'referral',
    words: `send|sends|bring|find|consigo|traigo|mando|paso|recomiendo|refiero ~ ${REFERRED}`,
  },
  { cue: 'referral', words: 'recomiendo|refiero|recomendar|referir|referidos|clientes' },
  { cue: 'percent', words: 'percent|porciento|%' },
  {
    cue: 'commission',
    words:
      'would|could|will|can|do|did you|u ~ do|list|take|work ~ for ~ one|two|three|1|2|3|1.5|2.5|uno|dos|tres',
    always: true,
  },
  { cue: 'percent', words: 'por ciento' },
  {
    cue: 'fee_word',
    words:
      'agent|agents|realtor|realtors|broker|commission|fee|fees|charge|charges|cobra|cobran|cobras|cobraria|comision|list|listing|said|offered|ofrecio|deja|dejas|bajar|bajas|beat|match|quoted|quote|brokerage|cotizo',
  },
  { cue: 'loan_word', words: 'payment|enganche|rate|rates|interest|intereses|tasa|apr|fha|loan|mortgage' },
  { cue: 'loan_word', words: 'down payment|pago' },
  { cue: 'tcpa', words: 'how did you|they get my number|info|information', always: true },
  { cue: 'tcpa', words: 'who gave you ~ number', always: true },
  { cue: 'tcpa', words: 'never ~ signed|permission|consent|opted|gave', always: true },
  { cue: 'tcpa', words: 'didnt ~ permission|consent', always: true },
  { cue: 'tcpa', words: 'did not ~ permission|consent', always: true },
  { cue: 'tcpa', words: 'do not call', always: true },
  { cue: 'tcpa', words: 'off ~ call|calling|text|texting|contact|mailing list', always: true },
  { cue: 'tcpa', words: 'dont|stop|quit call|calling|text|texting me|my', always: true },
  { cue: 'tcpa', words: 'no me ~ llamen|llames|llame|marquen|vuelvan', always: true },
  { cue: 'tcpa', words: 'de donde ~ numero', always: true },
  { cue: 'tcpa', words: 'quien ~ numero', always: true },
  { cue: 'tcpa', words: 'nunca ~ permiso|numero', always: true },
  { cue: 'tcpa', words: 'de su|tu lista', always: true },
  { cue: 'showing', words: 'want|like|love|wanna ~ see|tour|visit|view ~ it|house|home|place|this' },
  {
    cue: 'showing',
    words:
      'queremos|quiero|quisieramos|podemos|podriamos|puedo ~ ver|verla|verlo|visitar|visitarla|conocer|conocerla',
  },
  { cue: 'showing', words: 'agendar|programar|schedule|book ~ visita|cita|showing|tour|viewing' },
  { cue: 'showing', words: 'take|have|get|sneak a look|peek ~ it|house|home|place|this|inside' },
  { cue: 'showing_word', words: 'showing|showings|tour|viewing|walkthrough|visita|recorrido' },
  { cue: 'showing_word', words: 'open house' },
  { cue: 'showing', words: 'quisiera|gustaria ~ ver|verla|verlo|visitar|visitarla|conocer|conocerla' },
  { cue: 'showing', words: 'ir|pasar|venir a ver|verla|verlo|conocerla' },
  { cue: 'lender', words: `${LENDER} ~ know|recommend|recomiendas|recomienda|recomiendan|good|bueno` },
  { cue: 'lender', words: `need|necesitamos|necesito|ocupamos|ayuda ~ ${LENDER}|${PREQUAL}` },
  { cue: 'lender', words: `need|get|getting|necesitamos|ocupamos ~ ${PREQUAL}` },
  { cue: 'lender', words: 'need|get|getting ~ pre approved|qualified' },
  { cue: 'lender', words: `know|recommend|connect|conoce|conoces|conocen|conozca ~ ${LENDER}` },
  { cue: 'lender', words: 'what|much ~ qualify' },
  { cue: 'lender_have', words: `have|use|tienes|tiene|usas|usa ~ ${LENDER}` },
  { cue: 'lender', words: `${LENDER} person|guy|gal|officer|contact` },
  { cue: 'lender', words: 'cuanto ~ prestan|prestarian|presta|califico|calificamos' },
  { cue: 'call', words: 'regresa|regresas|regresan|devuelve|devuelves|return ~ llamada|call' },
  { cue: 'call', words: 'have|can ~ someone|somebody ~ call' },
  { cue: 'call', words: 'callback|callbacks' },
  { cue: 'call', words: 'call back' },
  { cue: 'now', words: 'within|en ~ hour|hora|minutes|minutos' },
  { cue: 'now', words: 'now|today|tonight|asap|ahora|ahorita|hoy|immediately|inmediatamente' },
  { cue: 'now', words: 'right away' },
  {
    cue: 'later',
    words:
      'tomorrow|manana|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|lunes|martes|miercoles|jueves|viernes|sabado|domingo',
  },
  { cue: 'later', words: 'next week' },
  { cue: 'later', words: 'proxima semana' },
  { cue: 'urgent', words: 'asap|fast|quickly|quick|urgent|urgently|rapido|urge|urgente|immediately' },
  { cue: 'urgent', words: 'within|in|en ~ days|weeks|dias|semanas|month|mes' },
  { cue: 'urgent', words: 'cuanto antes' },
  { cue: 'urgent', words: 'lo antes posible' },
  { cue: 'urgent', words: 'today|hoy|tonight' },
  { cue: 'urgent', words: 'this week' },
  { cue: 'urgent', words: 'esta semana' },
  { cue: 'offer', words: 'offer|oferta|ofertar|ofertas' },
  {
    cue: 'strong',
    words:
      'never|ridiculous|insane|crazy|nunca|jamas|ridiculo|carisimo|carisima|carisimos|carisimas|killing|brutal|way',
  },
  { cue: 'strong', words: 'no way' },
  { cue: 'hedge', words: 'maybe|probably|might|bit|little|quizas|igual|creo' },
  { cue: 'hedge', words: 'kind of' },
  { cue: 'hedge', words: 'tal vez' },
  { cue: 'hedge', words: 'a lo mejor' },
];

const BOOK = phraseBook(LEXICON);
const CONCESSION = new Set(['but', 'pero', 'though', 'aunque', 'although']);

type Hit = PhraseHit<Cue>;
const hear = (tokens: Tokens, book: PhraseBook<Cue> = BOOK): readonly Hit[] => book.hear(tokens);

const SIDE_CUES = { fair_housing: 'fair_housing', commission: 'commission', kickback: 'respa' } as const;

function complianceOf(sentence: Readable, has: (cue: Cue) => boolean): ComplianceCue[] {
  const cues = new Set<ComplianceCue>();
  const side = sideTopic(sentence);
  if (side && side !== 'injection') cues.add(SIDE_CUES[side]);
  for (const cue of COMPLIANCE_CUES) if (has(cue)) cues.add(cue);
  // "the other one said one percent", "¿me lo deja en uno y medio por ciento?"; not a down payment or a rate
  if (has('percent') && has('fee_word') && !has('loan_word')) cues.add('commission');
  if (has('reward') && has('referral')) {
    cues.add('respa');
    // "te paso clientes y tú me das una comisión": the lead's own cut, not the agent's fee
    if (!has('percent')) cues.delete('commission');
  }
  return [...cues];
}

/** The word list's entries a compliance cue is built from (complianceOf). */
const COMPLIANCE_ENTRIES = BOOK.only(
  'fair_housing',
  'respa',
  'commission',
  'tcpa',
  'reward',
  'referral',
  'percent',
  'fee_word',
  'loan_word',
);

/**
 * The compliance cues of one sentence, and nothing else of readLeadIntents (no requests, objections or language):
 * what the bot's side-topic reading asks of the word list for every sentence of a turn (side-topics.ts), cheaply.
 */
export function complianceCuesOf(sentence: Readable): ComplianceCue[] {
  const read = asRead(sentence);
  const hits = hear(read, COMPLIANCE_ENTRIES);
  return complianceOf(read, (cue) => hits.some((hit) => hit.cue === cue));
}

function requestsOf(text: string, folded: string, lang: Lang, has: (cue: Cue) => boolean): LeadRequest[] {
  const requests: LeadRequest[] = [];
  const when = day(folded, lang) ?? timeOfDay(folded);
  const questions = sentences(text)
    .map((sentence) => findLeadQuestion(sentence))
    .filter((question): question is LeadQuestion => question !== undefined);
  // A showing named with a day or a time ("private showing Sunday morning?") asks for one.
  const namedShowing = has('showing_word') && (when !== undefined || has('later'));
  if (questions.some((question) => question.topic === 'showing') || has('showing') || namedShowing)
    requests.push({ kind: 'showing', ...(when ? { when } : {}) });
  const escalation = detectEscalation(text, { agentName: 'agent', scheduling: false });
  if ((escalation?.kind === 'person' && /call|llam|marc|phone|ring/.test(escalation.detail)) || has('call')) {
    const later = has('later') && !has('now');
    requests.push({ kind: 'call', now: !later, ...(when ? { when } : {}) });
  }
  const financing = extractFinancing(text, { asked: false });
  // "do you have a mortgage person?" asks for one; "we have a lender" does not.
  const asksForOne = has('lender_have') && financing !== 'pre_approved' && financing !== 'cash';
  if (financing === 'needs_lender' || (has('lender') && financing !== 'cash') || asksForOne)
    requests.push({ kind: 'lender' });
  for (const question of questions) {
    if (question.topic === 'showing') continue;
    requests.push(
      question.topic === 'home_value' ? { kind: 'home_value', question } : { kind: 'question', question },
    );
  }
  return requests;
}

/** Reads a lead's message (or a prospect's utterance) for objections, compliance cues and requests. */
export function readLeadIntents(text: string, lang?: Lang): LeadIntents {
  const read = stripJsonBlobs(readablePart(text));
  const language = lang ?? detectLanguage(read) ?? 'en';
  const tokens = tokenise(read);
  const empty: LeadIntents = {
    lang: language,
    silent: true,
    objections: [],
    compliance: [],
    requests: [],
    urgent: false,
    offer: false,
    accepts: false,
  };
  if (tokens.length === 0) return empty;
  const hits = hear(tokens);
  const has = (cue: Cue) => hits.some((hit) => hit.cue === cue);

  const compliance: HeardCompliance[] = [];
  const add = (cue: ComplianceCue, sentence: string) => {
    if (!compliance.some((heard) => heard.cue === cue))
      compliance.push({ cue, sentence: sentence.slice(0, 200) });
  };
  const flagged: string[] = [];
  for (const sentence of sentences(read)) {
    const sentenceHits = hear(tokenise(sentence));
    const cues = complianceOf(sentence, (wanted) => sentenceHits.some((hit) => hit.cue === wanted));
    if (cues.length > 0) flagged.push(sentence);
    for (const cue of cues) add(cue, sentence);
  }
  // Cues split over sentences ("Is it safe? We have kids."): the word list on the whole message.
  for (const cue of COMPLIANCE_CUES) if (has(cue)) add(cue, read);

  // A compliance question ("is it a safe area?") is answered by the compliant line, not from the listing.
  const when = day(fold(read), language) ?? timeOfDay(fold(read));
  const requests = requestsOf(read, fold(read), language, has).filter(
    (request) =>
      request.kind !== 'question' ||
      !flagged.some((sentence) => sentence.includes(request.question.sentence)),
  );
  // "No rush, but does it have solar?": what comes before the "but" is conceded when the lead goes on to ask.
  const concession = tokens.findIndex((token) => CONCESSION.has(token.word));
  const conceded = (hit: Hit) => requests.length > 0 && concession > 0 && hit.start < concession;
  const severity: Severity = has('strong') ? 'high' : has('hedge') ? 'low' : 'medium';
  const objections: HeardObjection[] = [];
  for (const hit of hits) {
    const kind = OBJECTION_KINDS.find((candidate) => candidate === hit.cue);
    if (!kind || conceded(hit) || objections.some((heard) => heard.kind === kind)) continue;
    objections.push({ kind, severity, evidence: hit.evidence });
  }
  // "725 for this? you've got to be kidding": disbelief at a figure is a price objection.
  if (
    has('disbelief') &&
    /\$?\b\d{3}\b|\d\s*k\b/.test(fold(read)) &&
    !objections.some((o) => o.kind === 'price')
  )
    objections.push({ kind: 'price', severity, evidence: 'disbelief at a figure' });
  // A rate worry is not also a price objection; a competing agent's fee is competition, not value.
  const drop = new Set<ObjectionKind>();
  // Haggling over the fee ("¿me la puedes bajar al 1%?") questions what the agent is worth.
  if (compliance.some((heard) => heard.cue === 'commission') && !objections.some((o) => o.kind === 'value'))
    objections.push({ kind: 'value', severity, evidence: 'commission' });
  if (objections.some((o) => o.kind === 'rates')) drop.add('price');
  if (objections.some((o) => o.kind === 'competition')) drop.add('value');
  // "Talk it over with my wife": the spouse's say, not time to think.
  if (objections.some((o) => o.kind === 'authority')) drop.add('think');
  // "Not in a hurry, just want to see it Saturday": a lead who asks to see the home or to talk is not stalling.
  // Coming to see it with a spouse is no stall either.
  if (requests.some((request) => request.kind === 'showing' || request.kind === 'call')) {
    drop.add('timing');
    drop.add('authority');
  }
  return {
    ...empty,
    silent: false,
    objections: objections.filter((o) => !drop.has(o.kind)),
    compliance,
    requests,
    urgent: has('urgent'),
    offer: has('offer'),
    accepts: ACCEPTS.test(fold(read)),
    ...(when ? { when } : {}),
  };
}
