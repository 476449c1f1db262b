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
    /\b(inherit\w*|probate|estate of my|(mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle)('s)? (house|home|estate|place)|(mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle|husband|wife|she|he)('s)? (passed|died)|passed away|my late|in (his|her|their) estate|the estate|quedo a nuestro nombre|herencia|herede|heredamos|heredo|sucesion|fallecio|murio)/,
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
    /\b(downsiz\w*|smaller (place|home|house)|empty nest\w*|kids (moved|are) out|too (big|much house)|too much (space|yard|house|upkeep|maintenance|work)|too many stairs|(want|need) (a )?(single|one)[- ]story|less (house|space|upkeep|maintenance)|something smaller|mas pequen[ao]|(algo|una|uno) mas (chic[oa]|chiquit[oa]|pequen[ao]|pequenit[oa])|(comprar|buscar|buscamos|queremos) (algo|una|uno) (mas )?(chic[oa]|pequen[ao])|muy grande para|(nos|me|les|le|te) queda (muy |demasiado )?grande|(demasiado|muy) grande para (nosotros|mi|nosotras|los dos)|(ya )?se (fueron|casaron|independizaron) (los|mis|nuestros) hijos|(los|mis|nuestros) (hijos|ninos|muchachos) ya ([a-z]+ ){0,4}?se (fueron|casaron|independizaron)(?! (a|al|pa|para) )|(mucha|demasiada) casa para (mi|nosotros|nosotras|los dos|una persona|dos personas|nosotros dos)|(kids|children) (have |are )?(all )?(moved out|grown (up )?and (gone|moved out|left)|left home|left the nest)|(ya )?no (necesitamos|necesito|ocupamos|ocupo) tant[oa] (espacio|casa)|(don'?t|do not) need (that|so|this) much (space|house|room)|(house|casa) (feels|se siente|is too|es demasiado|esta demasiado) (so |way |muy )?(huge|big|empty|grande|vacia)|(a lot of|lots of|too much) (house|space) for (just )?(me|us|the (two|2) of us|one person|two people|2 people)\b)/,
  ],
  [
    'upgrading',
    /\b(upgrad\w*|growing family|family is growing|need more (room|space)|(bigger|larger) (place|home|house|yard|backyard|lot|kitchen|garage|property)|more (room|space|bedrooms|land|yard)|another bedroom|outgr(ew|own|owing)|too small|baby (#?\d+ )?on the way|expecting (a baby|our|twins)|mas grande|(necesitamos|queremos|ocupamos) mas (espacio|recamaras|cuartos|terreno|patio)|mas espacio|(patio|terreno|jardin|cocina) mas grande|familia crece|nos queda (chica|chico|pequena)|muy (chica|pequena) para)/,
  ],
];

const DESTINATION =
  /\b(?:(?:moving|move|relocating|relocate|transferred|transferring|going|headed|heading|mudar|mudarnos|mudarme|me mudo|nos mudamos|nos vamos|irnos|transfirieron)\s+(?:(?:me|us)\s+)?(?:back\s+)?(?:to|a)|(?:job offer|new job|job|trabajo nuevo|nuevo trabajo|trabajo) (?:in|en))\s+([a-z][a-z .'-]{1,40}?)(?=$|[.,!?;]| (?:for|because|in|next|this|and|to|by|soon|since|so|but|porque|por|en|el|la|y|pronto)\b)/;
const NOT_A_PLACE =
  /^(a|an|the|be|sell|buy|find|get|do|go|have|make|move|vender|comprar|ser|tener|una|un|el|la|mudar\w*|ir|irnos|irme|vivir|regresar\w*|volver)\b/;

export interface MotivationResult {
  motivation?: Motivation;
  destination?: string;
}

/** The first place named after a move; a verb after it is searched again ("nos vamos a mudar a phoenix"). */
function destinationOf(folded: string): string | undefined {
  const search = new RegExp(DESTINATION.source, 'g');
  for (let match = search.exec(folded); match; match = search.exec(folded)) {
    const place = match[1]!.trim();
    if (!NOT_A_PLACE.test(place)) return place;
    search.lastIndex = match.index + match[0].length - match[1]!.length;
  }
  return undefined;
}

/** Classifies a selling motivation; "thinking about selling" alone is not one. */
export function extractMotivation(text: string, { asked }: { asked: boolean }): MotivationResult {
  const folded = fold(text);
  const result: MotivationResult = {};
  for (const [motivation, cue] of CUES) {
    if (cue.test(folded)) {
      result.motivation = motivation;
      break;
    }
  }
  const destination = destinationOf(folded);
  if (destination && destination.split(' ').length <= 4) {
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
