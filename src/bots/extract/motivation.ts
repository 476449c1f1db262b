import {
  BEQUEATH_VERBS,
  HOME_DETERMINERS,
  HOME_NOUNS,
  JOB_NOUNS,
  KIN,
  MOVE_FILLERS,
  MOVE_VERBS,
  NEGATORS,
  NOT_A_PLACE,
  OTHER_SUBJECTS,
  PLACE_PREPOSITIONS,
  PLACE_STOPS,
  QUESTION_WORDS,
  AUXILIARIES,
  OUR_SUBJECTS,
  PAST_MARKERS,
  COMPANIONS,
  RECEIVERS,
  THERE,
} from '../lexicon/seller.js';
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

/** Ordered: the first class whose cue appears wins (a divorce that mentions moving is a divorce). */
const CUES: [Motivation, RegExp][] = [
  ['divorce', /\b(divorc\w*|separat(ed|ing|ion)|split(ting)? up|my ex\b|separacion|separados|nos separamos)/],
  [
    'inherited',
    // Any relative of the lexicon who passed (the Spanish and Spanglish ones too: "my abuela passed"); a home that
    // "quedó para nosotros" on a death.
    new RegExp(
      `\\b(inherit\\w*|probate|estate of my|(mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle)('s)? (house|home|estate|place)|(${KIN.join('|')}|husband|wife|she|he)('s)? (passed|died)|passed away|my late|in (his|her|their) estate|the estate|quedo a nuestro nombre|(casa|propiedad|house) (nos |me |les )?quedo (para|a) (nosotros|nos|mi|mis|ellos|la familia)|(nos|me) quedo la casa|herencia|herede|heredamos|heredo|sucesion|fallecio|murio)`,
    ),
  ],
  [
    'financial',
    /\b(behind on (my |our |the )?(like |about |around |maybe |almost )?(a few |some |several |a couple( of)? |\d+ |two |three |four )?(payments|mortgage)|(fell|fallen|falling|got|gotten|are|am|we'?re|i'?m|were|im) behind (on )?(like |about |around |maybe |almost )?(a few |some |several |a couple( of)? |\d+ |two |three |four )?(payments|mortgage|months)|behind (like |about |around )?(\d+|a few|a couple( of)?|two|three|four|several) (months|payments) (on|with) (the |my |our )?(mortgage|payments|house)|get (out )?from under (it|this|the (mortgage|payments|house))|(underwater|upside down) on (the |our |my )?(mortgage|loan|house)|debts?\b|need the (money|cash)|can't afford|cant afford|cannot afford|bills|lost (my|our) job|money is tight|financial|hardship|pay off|atrasad[oa]s? (en|con) (los )?pagos|(nos|me) atrase|(nos|me) atrasamos|atras\w* (en|con) (los |las |el |la )?(pagos|hipoteca|mensualidad\w*)|deudas?|necesito el dinero|necesitamos el dinero|no (podemos|puedo) pagar|ya no (podemos|puedo|alcanzamos|alcanza)( \w+)? (con )?(los |las |el |la )?(pagos|hipoteca|mensualidad\w*|renta)|(can'?t|cannot|can no longer|no longer) (keep up|make|afford) (with )?(the |our |my )?(payments|mortgage)|problemas (economicos|de dinero|financieros))/,
  ],
  [
    'retirement',
    /\b(retir(e|ed|ing|ement)|jubil\w*|retiro|(me|nos) (voy a |vamos a )?retir(o|ar|amos|e|arme|arnos)\b(?! de\b| del\b))/,
  ],
  [
    'relocation',
    /\b(new job|job (offer|transfer)|transferr?(ed|ing)|relocat\w*|moving (to|out of|away|closer|back)|move (to|out of|closer|back)|(moving|sending|transferring|relocating) (me|us) (to|out)|job offer|getting transferred|closer to (family|work|my)|out of state|trabajo nuevo|nuevo trabajo|me transfirieron|(me|nos|lo|la) (cambiaron|transfirieron|mandaron|trasladaron) (de trabajo|de oficina|de plaza|a)|(cambio|traslado) de trabajo|nos mudamos|mudarnos|mudarme|me mudo|(me|nos) (voy|vamos) a mudar|mudar (a|para) |por (trabajo|chamba|la chamba|el trabajo)\b|nos vamos a|reubica\w*|(nos queremos|me quiero|nos vamos a|me voy a) (ir|regresar|volver) (a|para) |(queremos|quiero|vamos a) (irnos|irme|regresarnos|regresarme|volvernos) (a|para) |(nos|me) (vamos|voy) (para|pa) (?!la |el |los |las |una? |alla|aca|ver|comprar|vender|buscar|hablar)\w)/,
  ],
  [
    'downsizing',
    /\b(downsiz\w*|smaller (place|home|house)|empty nest\w*|kids (moved|are) out|too (big|much house)|too much (space|yard|house|upkeep|maintenance|work)|too many stairs|(want|need) (a |something )?(single|one)[- ]story|less (house|space|upkeep|maintenance)|something smaller|mas pequen[ao]|(algo|una|uno) mas (chic[oa]|chiquit[oa]|pequen[ao]|pequenit[oa])|(comprar|buscar|buscamos|queremos) (algo|una|uno) (mas )?(chic[oa]|pequen[ao])|muy grande para|(nos|me|les|le|te) queda (muy |demasiado )?grande|(demasiado|muy) grande para (nosotros|mi|nosotras|los dos)|(ya )?se (fueron|casaron|independizaron) (los|mis|nuestros) hijos|(los|mis|nuestros) (hijos|ninos|muchachos) ya ([a-z]+ ){0,4}?se (fueron|casaron|independizaron)(?! (a|al|pa|para) )|(mucha|demasiada) casa para (mi|nosotros|nosotras|los dos|una persona|dos personas|nosotros dos)|(kids|children) (have |are )?(all )?(moved out|grown (up )?and (gone|moved out|left)|left home|left the nest)|(ya )?no (necesitamos|necesito|ocupamos|ocupo) tant[oa] (espacio|casa)|(don'?t|do not) need (that|so|this) much (space|house|room)|(house|casa) (feels|se siente|is too|es demasiado|esta demasiado) (so |way |muy )?(huge|big|empty|grande|vacia)|(a lot of|lots of|too much) (house|space) for (just )?(me|us|the (two|2) of us|one person|two people|2 people)\b)/,
  ],
  [
    'upgrading',
    /\b(upgrad\w*|growing family|family is growing|need more (room|space)|(bigger|larger) (place|home|house|yard|backyard|lot|kitchen|garage|property)|more (room|space|bedrooms|land|yard)|another bedroom|outgr(ew|own|owing)|too small|baby (#?\d+ )?on the way|expecting (a baby|our|twins)|mas grande|(necesitamos|queremos|ocupamos) mas (espacio|recamaras|cuartos|terreno|patio)|mas espacio|(patio|terreno|jardin|cocina) mas grande|familia crece|nos queda (chica|chico|pequena)|muy (chica|pequena) para)/,
  ],
];

const EVERY_CUE = CUES.map(([motivation, cue]) => [motivation, new RegExp(cue.source, 'g')] as const);
const MOVE = new Set(MOVE_VERBS);
const JOB = new Set(JOB_NOUNS);
const FILLER = new Set(MOVE_FILLERS);
const PREPOSITION = new Set(PLACE_PREPOSITIONS);
const THERE_WORD = new Set(THERE);
const COMPANION = new Set(COMPANIONS);
const STOP = new Set([...PLACE_STOPS, ...PLACE_PREPOSITIONS]);
const NOT_PLACE = new Set(NOT_A_PLACE);
const OTHER = new Set(OTHER_SUBJECTS);
const OURS = new Set(OUR_SUBJECTS);
const AUXILIARY = new Set(AUXILIARIES);
const POSSESSIVE = new Set(['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'su', 'sus']);
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

/** The folded text as words and punctuation marks, in order, each knowing whether its sentence is a question. */
export function tokensOf(folded: string): Token[] {
  // "grandma's", "kitchen's", "everything's": the word itself.
  const tokens = [...folded.matchAll(/[a-z0-9'/#-]+|[.,;:!?¿¡]/g)].map((match) => ({
    word: match[0].replace(/'s$/, ''),
    at: match.index,
    asks: false,
  }));
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
        if (/^[,;:¿]$/.test(token.word)) opener = true;
        else if (opener) {
          opener = false;
          const asks = ASKS.has(token.word);
          for (
            let rest = at;
            rest <= end && rest < tokens.length && !/^[,;:]$/.test(tokens[rest]!.word);
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

/** Said as a statement: not inside a question, not denied by a negator in the few words before. */
export function stated(tokens: Token[], index: number, window = 3): boolean {
  if (tokens[index]!.asks) return false;
  return !clauseBefore(tokens, index, window).some((word) => NEGATOR.has(word));
}

/** The words from token `index` to the next stop: where they end, and the place they name if they name one. */
function placeAt(tokens: Token[], index: number): { end: number; place?: string } {
  let end = index;
  while (end < tokens.length && !BREAK.test(tokens[end]!.word) && !STOP.has(tokens[end]!.word)) end += 1;
  const words = tokens.slice(index, end).map((token) => token.word);
  const first = words[0];
  const place =
    first !== undefined && !NOT_PLACE.has(first) && /^[a-z]/.test(first) && words.length <= 4
      ? words.join(' ')
      : undefined;
  return { end: Math.max(end, index + 1), ...(place ? { place } : {}) };
}

/** The place a move at token `index` goes to: after to/a/in/en, past fillers and non-places ("closer to the kids in boise"). */
function placeAfter(tokens: Token[], index: number): string | undefined {
  for (let at = index + 1; at < Math.min(tokens.length, index + 10);) {
    const word = tokens[at]!.word;
    if (THERE_WORD.has(word)) return placeNamedBefore(tokens, index);
    if (PREPOSITION.has(word)) {
      const { end, place } = placeAt(tokens, at + 1);
      if (place) return place;
      at = end;
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
    if (!FILLER.has(word) && !MOVE.has(word)) return undefined;
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
  return found;
}

/**
 * Someone else's move: another subject before the verb ("are you moving", "mi hermano se va a regresar", "my
 * coworker transferred to Austin"), unless the move takes us along ("my company is sending us to Denver") or the
 * subject is the household's ("my husband got transferred"); or a job that is the one held now ("my job in LA").
 */
function notOurs(tokens: Token[], index: number): boolean {
  const before = clauseBefore(tokens, index, 5);
  const word = tokens[index]!.word;
  if (JOB.has(word)) return ['my', 'our', 'current', 'old', 'mi', 'su', 'yo', 'i'].includes(before[0] ?? '');
  const takesUs = ['me', 'us', 'nos'].includes(tokens[index + 1]?.word ?? '');
  const subject = before.findIndex((other) => !AUXILIARY.has(other));
  const noun = before[subject] ?? '';
  if (OTHER.has(noun) || KIN_WORD.has(noun)) return !takesUs;
  return POSSESSIVE.has(before[subject + 1] ?? '') && !OURS.has(noun) && !takesUs;
}

/** The first place named after a move of ours, said as a statement. */
function destinationOf(tokens: Token[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!.word;
    if (!MOVE.has(word) && !JOB.has(word)) continue;
    if (!stated(tokens, index) || notOurs(tokens, index)) continue;
    const place = placeAfter(tokens, index);
    if (place) return place;
  }
  return undefined;
}

/** A relative left the home to the lead: "my mom left me her house", "mi abuela nos dejó la casa", "nos la dejó". */
function bequeathed(tokens: Token[]): boolean {
  const words = tokens.map((token) => token.word);
  const toUs = (at: number): boolean => words[at] === 'to' && ['me', 'us'].includes(words[at + 1] ?? '');
  return words.some((word, index) => {
    if (!BEQUEATH.has(word) || !stated(tokens, index)) return false;
    // The giver before the verb, or after it in Spanish ("nos la dejó mi abuelito").
    const near = [...words.slice(Math.max(0, index - 5), index), ...words.slice(index + 1, index + 4)];
    if (!near.some((other) => KIN_WORD.has(other))) return false;
    const receiverBefore = RECEIVER.has(words[index - 1] ?? '') || RECEIVER.has(words[index - 2] ?? '');
    // "nos la dejó", "she left it to us" after the home was named: the pronoun is the home.
    if (words.slice(0, index).some((before) => HOME.has(before))) {
      if (['la', 'lo'].includes(words[index - 1] ?? '') && receiverBefore) return true;
      if (words[index + 1] === 'it' && toUs(index + 2)) return true;
    }
    let at = index + 1;
    const receiverAfter = RECEIVER.has(words[at] ?? '');
    if (receiverAfter) at += 1;
    while (at < index + 5 && DETERMINER.has(words[at] ?? '')) at += 1;
    return HOME.has(words[at] ?? '') && (receiverBefore || receiverAfter || toUs(at + 1));
  });
}

export interface MotivationResult {
  motivation?: Motivation;
  destination?: string;
}

/** The first class whose cue is said as a statement (not asked, not denied). */
function classOf(folded: string, tokens: Token[]): Motivation | undefined {
  // A cue said of the past stands only when nothing else is said ("divorce was final a month ago, judge says sell").
  let earlier: Motivation | undefined;
  for (const [motivation, cue] of EVERY_CUE) {
    // exec on the one compiled pattern (matchAll would copy it for every message).
    cue.lastIndex = 0;
    for (let match = cue.exec(folded); match; match = cue.exec(folded)) {
      const index = tokenAt(tokens, match.index);
      if (index >= tokens.length) return motivation;
      // "my coworker transferred to Austin": a move is the lead's only when its subject is.
      if (!stated(tokens, index) || (motivation === 'relocation' && notOurs(tokens, index))) continue;
      if (!past(tokens, index)) return motivation;
      earlier ??= motivation;
    }
    if (motivation === 'inherited' && bequeathed(tokens)) return motivation;
  }
  return earlier;
}

/** Classifies a selling motivation; "thinking about selling" alone is not one. */
export function extractMotivation(text: string, { asked }: { asked: boolean }): MotivationResult {
  const folded = fold(text);
  const tokens = tokensOf(folded);
  const result: MotivationResult = {};
  const motivation = classOf(folded, tokens);
  if (motivation) result.motivation = motivation;
  const destination = destinationOf(tokens);
  if (destination) {
    result.destination = titleCase(destination);
    result.motivation ??= 'relocation';
  }
  if (!result.motivation && asked && isSubstantive(folded)) result.motivation = 'other';
  return result;
}

/** A real reason given in answer to the motivation question (not a hedge, not a question back, not "just thinking"). */
function isSubstantive(folded: string): boolean {
  const hedge =
    /\b(not sure|idk|i don't know|i dont know|dunno|maybe|no idea|just (thinking|curious|looking|exploring)|no se|tal vez|quizas|solo (pensando|curiosidad|viendo))\b/;
  if (hedge.test(folded) || /\?\s*$/.test(folded)) return false;
  if (/^\s*(what|why|how|who|when|where|can|could|do|does|is|are|tell me|que|por que|como)\b/.test(folded))
    return false;
  if (
    /\b(thinking about selling|considering selling|pensando en vender)\b/.test(folded) &&
    folded.split(/\s+/).length < 8
  ) {
    return false;
  }
  const reason =
    /\b(because|since|want|wanna|need|time to|ready for|tired of|change|closer|too (big|small|far)|porque|queremos|quiero|necesitamos|cansad[oa]s?)\b/;
  const firstPerson = /\b(we|i|i'm|we're|our|my|us|nosotros|nuestra|mi)\b/;
  return reason.test(folded) || (firstPerson.test(folded) && (folded.match(/[a-z]{2,}/g) ?? []).length >= 5);
}
