import type { Phrase } from '../read/phrases.js';
import { GREETINGS_AND_HESITATIONS } from './people.js';
import { WEEKDAYS_EN } from './time.js';

/**
 * The lead's own questions (`lead-question.ts`) as phrases in the grammar of `read/phrases.ts`: what the lead's home
 * is worth or would sell for, in English and Spanish. Heard whatever precedes them (`always`).
 */
const OWN = 'my|our|mi|nuestra|nuestro';
const HOME =
  'home|house|condo|place|property|townhouse|townhome|casa|propiedad|condominio|depa|departamento|crib|pad|piso|apartment|duplex';
const MODAL = 'would|could|will|can|might';
/** The lead's home said as a possessive pronoun ("mine", "la mía"). */
const MINE = 'mine|ours|la+mia|la+nuestra|el+mio|el+nuestro';
const SPANISH_MODAL = 'podria|podriamos|puedo|podemos|le+puedo|le+podemos|le+podria';

// prettier-ignore
/** A word about the lead's home now ("my current house", "nuestra casa actual" says it after). */
const NOW_ADJ = 'current|present|old|existing|_';
const HOME_VALUE: readonly string[] = [
  `${OWN} ${NOW_ADJ} ${HOME} would|could|might|_ be|_ worth`,
  `what|much|whats would|could|might|will|is|_ ${OWN} ${NOW_ADJ} ${HOME} ~ worth`,
  `what|much ~ think|say ${OWN} ${NOW_ADJ} ${HOME} ~ worth`,
  'home value',
  `value of ${OWN} ${NOW_ADJ} ${HOME}`,
  `what|much ${MODAL} ${OWN} ${NOW_ADJ} ${HOME} ~ sell|go|list|get for`,
  `${OWN} ${NOW_ADJ} ${HOME} ~ ${MODAL} sell|go|list|get for`,
  `what|much money|_ ${MODAL} i|we get|sell|list ~ for ${OWN} ${NOW_ADJ} ${HOME}`,
  `what|much ${MODAL} i|we get|sell|list ${OWN} ${NOW_ADJ} ${HOME} ~ for`,
  `valor de ${OWN} ${NOW_ADJ} ${HOME}`,
  // Spanglish: "how much vale mi casa", "how much valdria our house".
  `much vale|valga|valdria|valdra ${OWN} ${NOW_ADJ} ${HOME}`,
  `cuanto|que ~ me|nos darian|dan|den|pagarian|pagan|paguen|ofrecen|ofrezcan|ofrecerian por|x ${OWN} ${NOW_ADJ} ${HOME}`,
  // homes around the lead's own: "what are homes on my street going for"
  'what|much are|do homes|houses|places on|in|around my|our street|block|area|neighborhood ~3 going|selling|go|sell for',
  `cuanto ${SPANISH_MODAL} vender ${OWN} ${NOW_ADJ} ${HOME}`,
  `cuanto ${SPANISH_MODAL} sacar|pedir por ${OWN} ${NOW_ADJ} ${HOME}`,
  `cuanto|que ${SPANISH_MODAL} sacar|obtener|ganar por|de ${OWN} ${NOW_ADJ} ${HOME}`,
  // The home said as a pronoun: "how much is mine worth", "cuánto vale la mía", "y la nuestra cuánto vale".
  `what|much|whats would|could|might|will|is|_ ${MINE} ~ worth`,
  `what|much ${MODAL} ${MINE} ~ sell|go|list|get for`,
  `cuanto|que ~1 vale|valga|valdria|valdra|costaria|cuesta ${MINE}`,
  `${MINE} ~1 cuanto|que ~1 vale|valga|valdria|valdra|costaria|cuesta`,
  `cuanto|que ~ me|nos darian|dan|pagarian|pagan|ofrecen|ofrecerian por|x ${MINE}`,
  // asked for a relative: "me pidió que viera cuánto le darían por su casa"
  'cuanto|que ~ le|les darian|dan|den|pagarian|ofrecerian por|x su casa|propiedad',
  // in other words: "what could we get for ours", "what my condo would fetch", "run comps on my place", "a CMA", "what
  // would you list my townhouse at", "¿en cuánto podría vender la mía?", "un avalúo", "¿en cuánto me tasarían el depa?"
  `what|much ${MODAL} i|we|you get|sell|list ~ for|at ${MINE}`,
  `${OWN} ${NOW_ADJ} ${HOME} ~2 would|could|might|will fetch|bring|go+for|sell+for|list+for`,
  `run|pull|do|send|get comps|a+cma|a+market+analysis|an+evaluation|a+valuation on|for|of ${OWN} ${HOME}|${MINE}`,
  'cma|avaluo|tasacion|valuacion|valuo|market+analysis de|of|on|for mi|my|nuestra|our|la|el|_ casa|home|house|place|propiedad|depa|departamento|condo|townhouse',
  'like mine|ours|como+la+mia|como+la+nuestra going|selling|go|sell|se+vende|se+venden for|en',
  `list ${OWN} ${HOME} at|for`,
  `en|por cuanto ${SPANISH_MODAL}|se+podria|se+puede|me|nos|_ vender|tasarian|tasan|valuarian|avaluarian ~2 ${OWN}|${MINE}|el|la ${HOME}|mia|nuestra`,
  `que|cuanto precio tendria|tiene|le+pondrian|le+pondrias ${OWN} ${HOME}`,
  `much|cuanto ~ pedir|sacar|cobrar por|x ${OWN} ${HOME}`,
];

/**
 * What the lead's home would bring, asked with what follows it: not a loan ("how much could we get approved for",
 * "cuánto podría sacar de préstamo"), not a price of somewhere else ("what could we get in that area", "for 600k"),
 * not a payment ("cuánto vale mi casa al mes con FHA").
 */
const COULD_WE_GET =
  'how+much|what do+you+think|would+you+say|you+think|could+you+say|_ i|we can|could|would|will|might get|make|walk+away+with|sell+for|sell+it+for';
// prettier-ignore
const NOT_OUR_SALE = [
  'approved*|pre*|financ*|qualified*', 'a loan*|mortgage*', 'a house|home|place for',
  '~~ in that|this|the area|neighborhood', '~~ for|with #',
];
const THINK_ES = 'crees+que|cree+que|creen+que';
const COULD_WE_GET_ES = `cuanto|que ${THINK_ES}|_ ${SPANISH_MODAL} sacar|obtener|ganar|pedir`;
const A_LOAN_ES = ['de prestamo*|credito*|enganche*', 'prestado*', 'para el enganche*'];
const WORTH_ES = `cuanto|que ${THINK_ES}|crees+q|cree+q|creen+q|_ vale|valga|valdria|valdra|costaria|cuesta ~1 ${OWN} ${HOME}`;
const A_PAYMENT_ES = ['al|por mes*', 'mensual*', 'de pago*', 'con fha*|va*|prestamo*|credito*|hipoteca*'];
const HOME_VALUE_AROUND: readonly Phrase<'home_value'>[] = [
  { cue: 'home_value', words: COULD_WE_GET, always: true, notFollowedBy: NOT_OUR_SALE },
  { cue: 'home_value', words: COULD_WE_GET_ES, always: true, notFollowedBy: A_LOAN_ES },
  { cue: 'home_value', words: WORTH_ES, always: true, notFollowedBy: A_PAYMENT_ES },
];

const DAYS = ['tomorrow', 'today', ...WEEKDAYS_EN].join('|');
const HOME_NOUN = 'house|home|place|property';
const SEE_IT_ES = 'verla|conocerla|visitarla|recorrerla|checarla|chequearla';
const SEE_ES = 'ver*|visitar*|conocer*';
const CAN_ES = 'podemos|puedo|puede|podriamos|pudieramos';

/** A showing asked for ("any showings this weekend?", "¿podemos pasar a verla?"). */
// prettier-ignore
const SHOWING: readonly string[] = [
  'are there any|_ showing|showings on|this|tomorrow|today|the',
  'any showing|showings on|this|tomorrow|today|the',
  'hay|tienen cita|citas|visita|visitas disponible|disponibles|_ para|el|este|esta|hoy|manana',
  `pasar|pasamos|paso|parar|paramos|caer|caemos|ir|vamos ~ a|para ${SEE_IT_ES}`,
  'pasar|pasamos|paso|parar|paramos|caer|caemos|ir|vamos ~ a|para ver la casa',
  `quiero|queremos|gustaria ${SEE_IT_ES}`,
  'quiero|queremos|gustaria ver la casa',
  `chance|oportunidad de ${SEE_IT_ES}`,
  'chance|oportunidad de ver la casa',
  'walk thru|through it',
  // "can we walk it thursday after 5?"
  `walk it ${DAYS}|this|after|_`,
  `see it|the|_ ${HOME_NOUN}|_ in person`,
  `see it|the|_ ${HOME_NOUN}|_ this|on|${DAYS}`,
  'hacer|agendar|programar|tener|quisiera|quiero|queremos|gustaria un|una|_ tour|recorrido|visita|videollamada',
  'videollamada para verla|ver',
  'tour|tours virtual|virtuales|_ por|via|on|over facetime|zoom|video|whatsapp',
  'do|get|have un|una tour|recorrido',
  'showing on|this|tomorrow|today',
  `${CAN_ES} ir|pasar|venir|parar|caer|pasarnos|_ a|para|por|_ ${SEE_ES}`,
  `${CAN_ES} dar|darnos una vuelta a|para|por ${SEE_ES}`,
  'ver|visitar la casa',
  'agendar una|_ visita',
  'agendar una|_ cita para verla',
  // "¿qué tal el sábado para verla?", "que tal si la vemos mañana": a visit proposed for a time.
  `para ${SEE_IT_ES}`,
  'si|_ la|lo vemos|visitamos|conocemos',
  // in other words: "take a look at it saturday", "get us in there", "how do we get inside", "wants to tour it",
  // "conocer la propiedad", "¿nos la podríais enseñar?", "chequear por dentro", "recorrerla", "un walkthrough"
  'take|have|get a|_ look at|inside it|the+house|the+home|the+place|this+one',
  'get us|me in|inside there|it|the+house|the+place|this+one|_',
  'get inside|in+there',
  'want|wants|wanna|like|gustaria|quiere|quieren to|_ tour|see|visit|view|ver|conocer it|the+house|this+one|la+casa',
  'conocer|ver|visitar|recorrer la|el propiedad|casa|inmueble|depa|departamento|terreno',
  'nos|me la|lo podrian|podriais|pueden|puedes|puede|podria|podrias ensenar|mostrar',
  'ensenarnos|mostrarnos|ensenarmela|mostrarmela|ensenarnosla|mostrarnosla|ensenarmelo|mostrarmelo',
  'chequear|checar|revisar|ver por dentro',
  'ir a chequear|checar|ver|revisar|conocer',
  'recorrerla|recorrerlo|checarla|chequearla',
  'hacer|agendar|programar|tener|quisiera|quiero|queremos|gustaria|concertar un|una|_ walkthrough|showing|recorrido|cita+para+ver|cita+para+visitar',
  'check|see|ver|conocer it|la|lo|_ out|_ in|en person|persona',
  // "check it out this weekend", "to go see it?", "conocerla por dentro", "echarle un ojo por dentro"
  'check it|this+one|the+place|the+house out',
  'go see|look+at it|the+house|the+place|this+one',
  `${SEE_IT_ES} por dentro`,
  'echarle|echar un ojo|ojito|vistazo',
];

/** When a visit is set: a day, "tonight", "this weekend". */
const VISIT_DAYS = `${DAYS}|tonight|weekend`;
/** A visit asked with "stop by", "swing over", "pop in", not an errand ("drop by the office to sign"). */
const DROP_BY = 'stop|come|swing|drop|pop by|over|in';
const TO_SEE_WHEN = `see|look|tour|view|check|walk|visit|${VISIT_DAYS}|sat|sun|mon|tue|tues|wed|thur|thurs|fri`;
const ERRAND_WORDS = 'office|paperwork|papers|sign|document|documents|oficina|papeles|firmar';
const ERRAND = `${ERRAND_WORDS}|pick+up|drop+off`;
/** "tour the house tomorrow", "see this one in person": the home seen at a time. */
const THE_HOME_NAMED = [
  'it',
  ...HOME_NOUN.split('|').map((noun) => `the+${noun}`),
  'this+one|this+house|this+home|this+place',
];
const SEE_THE_HOME = `tour|see|visit|view|walk+through|check+out ${THE_HOME_NAMED.join('|')}`;
const SEEN_WHEN = `${VISIT_DAYS}|morning|afternoon|evening|in+person|soon|this+week|next+week`;
/** "can we see it", "could i come tour", not the papers ("can i see the hoa docs", "can you look at the comps"). */
const CAN_WE_SEE =
  'can|could|may we|i|you go|come|_ see|tour|visit|view|look+at|check+out|go+see|walk+through|verla|verlo|visitarla|conocerla|schedule+a+showing|schedule+a+tour|schedule+a+visit';
const THE_PAPERS =
  'the|any|all+the|_ hoa|inspection|seller|sellers|disclosure|title|_ docs|documents|disclosures|report|reports|paperwork|papers|photos|pictures|floorplan|floorplans|floor+plan|floor+plans|numbers|comps';
/** "schedule a showing", "do a virtual tour", not a tour's link ("get a tour link"). */
const BOOK_A_VISIT =
  'schedule|book|set+up|arrange|do|get|have a|an|_ virtual|video|facetime|in+person|private|quick|_ showing*|tour*|viewing*|visit*|walkthrough*|walk+through';

const SHOWING_AROUND: readonly Phrase<'showing'>[] = [
  // the home before the verb: "la quiero ver el sábado", "¿la podemos ir a ver?" (not "ya no lo quiero ver más")
  {
    cue: 'showing',
    words: 'la|lo quiero|queremos|quisiera|quisieramos|podemos|puedo|podriamos ir+a|_ ver|visitar|conocer',
  },
  {
    cue: 'showing',
    words: DROP_BY,
    always: true,
    followedBy: `~~ ${TO_SEE_WHEN}`,
    notFollowedBy: `~~ ${ERRAND}`,
  },
  // "can we swing by, maybe saturday?": the time in a later clause of the sentence.
  { cue: 'showing', words: `${DROP_BY} ~~ $ ~~ ${TO_SEE_WHEN}`, always: true, unless: ERRAND_WORDS },
  // Not "see it, maybe tomorrow" (a comma after the home).
  { cue: 'showing', words: `${SEE_THE_HOME} ~~ ${SEEN_WHEN}`, always: true, clause: true },
  { cue: 'showing', words: CAN_WE_SEE, always: true, notFollowedBy: THE_PAPERS },
  { cue: 'showing', words: BOOK_A_VISIT, always: true, notFollowedBy: 'link*|url*|video*' },
];

/** The HOA's fee asked about: its name, its fee, its dues with a word of money ("cuánto se paga de asociación"). */
// prettier-ignore
const HOA: readonly string[] = [
  'hoa', 'h o a', 'homeowner|homeowners association', 'association fee|fees|dues|due', 'cuota de mantenimiento|asociacion',
  'paga|pagan|pago|cobran|cobra de|_ mantenimiento',
  'monthly|condo|hoa dues',
  'mensualidad de la asociacion', 'cuanto|cuota|pago|paga|pagan|pagar|mensual*|how+much ~ asociacion',
  'asociacion ~ cuanto|al+mes|mensual*|cuesta|sale',
];

/** Whether the home can still be bought ("is it still available?", "¿ya se vendió?", "is it pending?"). */
// prettier-ignore
const AVAILABILITY: readonly string[] = [
  'still available|listed|active',
  'still up|_ for sale',
  'still on the market',
  'still on market',
  'is|its it|this|that|_ available',
  'is the|this house|home|property|place|condo|listing|one available',
  'is|has it|this|that|_ been|_ sold|pending',
  'already sold|gone|taken',
  'under contract',
  'sigue|esta|todavia|aun disponible',
  'sigue|todavia|aun en venta',
  'sigue|todavia|aun esta|_ on the|el market|mercado',
  'ya tiene|tienen offers|ofertas',
  'todavia|aun la|lo venden',
  'ya se|_ vendio|vendieron',
  'ya esta vendida|vendido',
  'esta bajo contrato',
  'up for grabs',
  'did|has it|this|that|_ sell|sold already|yet',
  'la|lo|_ tienen|tiene disponible',
];

/** Getting a home ready: "do I need to replace the carpets first?", "¿tengo que arreglar el techo antes?". */
// prettier-ignore
const GETTING_READY: readonly string[] = [
  'fix|fixing|replace|replacing|repair|repairing|paint|painting|update|updating|upgrade|upgrading|remodel|remodeling|renovate|renovating|stage|staging|clean|cleaning|redo|refinish|carpet|carpets|floor|floors|flooring|roof|kitchen|landscap*|arreglar|arreglo|cambiar|cambio|pintar|pinto|reparar|reparo|remodelar|remodelo|renovar|limpiar|alfombra|alfombras|piso|pisos|techo|cocina',
];
/** What comes first: "before listing", "antes de vender". */
const FIRST: readonly string[] = ['first|before|beforehand|antes|primero'];
/** A choice of what comes first: "¿le arreglo el techo primero o la vendo así?". */
const FIRST_OR: readonly string[] = ['primero|first o|or'];
/** Appliances, which stay with the house or not ("does the fridge stay?", "¿se quedan el refri y la lavadora?"). */
// prettier-ignore
const APPLIANCE: readonly string[] = [
  'fridge|refrigerator|washer|dryer|stove|oven|dishwasher|microwave|refri|refrigerador|lavadora|secadora|estufa|horno|lavaplatos|lavavajillas|microondas',
];
// prettier-ignore
const STAYS: readonly string[] = [
  'stay|stays|staying|included|include|includes|convey|conveys|incluye|incluyen|incluido|incluida|incluidos|incluidas',
  'come|comes|go|goes with',
  'se queda|quedan|incluye|incluyen',
  'viene|vienen con',
];
/** What the HOA allows, which is not what it costs. */
// prettier-ignore
const HOA_RULES: readonly string[] = [
  'allow|allows|allowed|let|lets|rule|rules|restrict*|pet|pets|dog|dogs|cat|cats|rent|rental|rentals|renting|airbnb|permit*|approv*|permite|permiten|deja|dejan|regla|reglas|mascota|mascotas|perro|perros|gato|gatos|rentar|docs|documents|bylaws|ccrs|minutes|reserve|reserves|documentos|reglamento',
  'short term',
  'cc rs',
];
/** Words about the home, the market or the process: a question holding one is the agent's to answer. */
// prettier-ignore
const HOME_WORDS: readonly string[] = [
  'it|house|home|property|listing|place|unit|condo|market|price|seller|sellers|owner|owners|vendedor|vendedores|vendedora|dueno|duenos|negotiable|flexible|prices|rate|rates|interest|roof|kitchen|hvac|furnace|utilities|taxes|offer|offers|closing|escrow|inspection|appraisal|available|pending|sold|process|pet|pets|parking|lot|acre|acres|acreage|yard|foundation|hoa|dog|dogs|cat|cats|furniture|furnished|appliances|casa|lote|propiedad|mercado|precios|techo|cocina|disponible|oferta|ofertas|enganche|mascotas|estacionamiento|terreno|muebles|amueblada|electrodomesticos|impuesto|impuestos|predial|venden|rentan|escuela|escuelas|vecinos|cancel|contract|contracts|commitment|obligat*|agreement|rental|rentals|lease|leases|cancelar|contrato|contratos|compromiso|renta|rentas|rentar|alquilar|alquiler|arrendamiento|precio|negociable|tour|photo|photos|picture|pictures|fotos|video|videos|floorplan|floorplans|disclosure|disclosures|asociacion|flood|zone|zona|inundacion|inundaciones|perro|perros|gato|gatos',
  'water heater',
  'down payment',
  'school|schools district',
  'floor plan|plans',
];
/** The other side of the sale as a question's subject ("why are the owners selling?"): their selling is no intent of the lead's. */
const THEIR_SIDE: readonly string[] = [
  'owner|owners|seller|sellers|dueno|duenos|duena|duenas|vendedor|vendedores|vendedora|propietario|propietarios',
  // the owners said by the verb: "¿por qué la están vendiendo?", "why are they selling?"
  'la|lo estan|andan vendiendo',
  'la|lo venden|vendieron',
  'are|were they selling|moving|leaving',
  'theyre|they+are selling|moving|leaving',
];
/** Financing, which the listing cannot answer ("do they accept VA loans?", "¿aceptan préstamo VA?"). */
// prettier-ignore
const FINANCING: readonly string[] = [
  'loan|loans|mortgage|financing|fha|usda|conventional|concession|concessions|prestamo|prestamos|credito|creditos|hipoteca|financiamiento|infonavit|itin|daca|enganche',
  'closing cost|costs',
  'costos de cierre',
  'down payment|payments',
  'credit score|scores',
];
/** Getting around ("is there a bus stop close by?"). */
// prettier-ignore
const GETTING_AROUND: readonly string[] = [
  'bus|train|metro|transit|freeway|commute|store|stores|shopping|grocery|parada|camion|transporte|tienda|tiendas|supermercado',
];
/** Asking whether someone takes or allows something ("do they accept VA?", "¿el vendedor acepta FHA?"). */
const ACCEPTS: readonly string[] = [
  'accept|accepts|take|takes|allow|allows|acepta|aceptan|toma|toman|permite|permiten',
];
/**
 * A question about the agent or the team rather than the home ("does jorge work with first time buyers?", "do you
 * guys speak spanish?", "¿Jorge habla español?").
 */
// prettier-ignore
const ABOUT_THE_AGENT: readonly string[] = [
  'agent|realtor|broker|brokerage|yall|agente|corredor',
  // the team of the agent, not the lead's own ("i have practice with my u10 team")
  'the|your|ur|a|his|jorges|su|tu|el|del|un team|equipo',
  'you guys',
  'your company|office|agency',
  'first time home|_ buyer|buyers',
  'first time homebuyer|homebuyers',
  'speak spanish|english',
  'habla|hablan|hablas espanol|ingles',
  'trabaja|trabajan|trabajas|ayuda|ayudan|ayudas|representa|representan|representas a|con',
  'primera casa|vivienda',
  'primer|primera|primeros|primeras compra|comprador|compradores',
];
/** The team working with someone, not with the lead ("do you work with first time buyers", not "can you help me"). */
const THE_TEAM_DOES: readonly string[] = [
  'do|does|can|will|would * work|help|speak|handle|deal|represent|show',
];

/** The listing facts asked about, in the order they are tried (`lead-question.ts`). */
// prettier-ignore
const TOPIC_WORDS: Record<'pool' | 'sqft' | 'year_built' | 'beds' | 'baths' | 'price' | 'feature', readonly string[]> = {
  pool: ['pool|swimming|piscina|alberca|pileta'],
  sqft: [
    'sq ft', 'sqft', 'square feet|footage|foot', 'how big|large', 'what size is it', 'what size is the house',
    'pies|metros cuadrados', 'que tan grande', 'de que tamano',
  ],
  year_built: [
    'year built', 'what|which year', 'year was it built', 'year it was built', 'year the house|home was built',
    'built when', 'when was it built', 'when was the house|home built', 'how old is it',
    'older|newer|old|new build|construction', 'it|this|house|home|one|place older|newer|new|old or newer|older|new|old',
    'how old is the|this|that house|home|property|place', 'built in', 'de que ano|year es', 'what year es', 'cuando se construyo', 'que antiguedad',
    'cuantos anos tiene la|_ casa|propiedad|vivienda|construccion', 'cuantos anos tiene de construida|construido|construccion',
    'la|_ casa|propiedad cuantos anos tiene', 'que edad tiene la|_ casa|propiedad',
    'que tan vieja|nueva|antigua es la|_ casa|propiedad', 'en que ano se construyo', 'en que ano la construyeron',
    'en que ano fue construida', 'que ano se construyo|construyeron', 'que ano fue construida|construido',
    // "de qué año es la casa", "the year of construction"
    'de que ano es la|esta casa|propiedad', 'year of construction|construction+of', 'construction year',
  ],
  beds: [
    'how many bed|bedrooms|rooms|recamaras|cuartos|habitaciones', 'bedrooms does it',
    'cuantos|cuantas recamaras|habitaciones|cuartos|dormitorios|bedrooms|beds|rooms|recamaras|bdrms',
    // the noun first: "¿y de recámaras cuántas trae?"
    'de|y|_ recamaras|cuartos|habitaciones|bedrooms cuantas|cuantos|how+many trae|tiene|has|_',
    // a count asked to be confirmed: "is it 5 bed?", "does it have 4 bedrooms?", "¿tiene 4 recámaras?"
    'is|does it|this have|_ a|_ # bed|beds|bedroom|bedrooms|br|bd|bdrm|bdrms',
    'tiene|es+de # recamaras|cuartos|habitaciones|bedrooms',
  ],
  baths: [
    'how many bath|baths|bathrooms', 'bathrooms does it', 'cuantos banos|baths|bathrooms|restrooms',
    // the noun first: "¿y de baños cuántos trae?", "baths how many?"
    'de|y|_ banos|baths|bathrooms cuantos|how+many trae|tiene|has|_',
    'is|does it|this have|_ # bath|baths|bathroom|bathrooms|ba',
  ],
  price: [
    'how much is it', 'how much is the|this house|home', 'how much is this one', 'how much are they asking',
    'how much do they want', 'how much are the sellers asking', 'what are they asking', 'whats|what is the price|asking',
    'what is the price|asking', 'asking|list price', 'cuanto cuesta', 'cuanto estan|_ piden|pide|quieren|pidiendo por ella|el|esta',
    'cuanto estan|_ piden|pide|quieren|pidiendo por la casa', 'cuanto vale|sale la|esta casa', 'cual es el precio',
    'en cuanto esta', 'en cuanto la venden|dan', 'how much vale|cuesta|sale|piden', 'que|cual precio tiene|es|piden',
    'how much was it|this|that', 'how much was the|this house|home|place',
    'what|whatre|whats are|is|_ the|_ seller|sellers|owner|owners|they asking|wanting', 'whats the damage',
    'how much is|es the|this|la|esta house|home|casa|place|property|propiedad',
    'en cuanto la|lo estan|_ dan|dando|venden|vendiendo|ofrecen|ofreciendo', 'el precio que tiene|tienen|piden|pide',
    'precio de la|esta casa|propiedad', 'remind|tell me|us the|its|_ price|asking', 'recuerdame|recuerdeme|dime|digame el|su|_ precio',
  ],
  feature: [
    'garage|cochera|solar|panels|paneles|yard|backyard|patio|jardin|ac|fireplace|chimenea|view|vista|adu|casita|basement|sotano|office|oficina|spa|jacuzzi',
    // a fence asked of the yard: "like fully fenced?", "¿está bardeado?"
    'fenced|fence|fencing|bardeado|bardeada|barda|cercado|cercada',
    'a c', 'air conditioning', 'aire acondicionado', 'rv parking', 'placas solares',
  ],
};
/**
 * The price asked by its noun alone, or by "how much" alone ("and the price?", "y el precio?", "¿cuánto es?", "how
 * much?"): on a listing page, the listing's price.
 */
const PRICE_ALONE: readonly string[] = [
  'and|y|so|ok|_ the|el|its|_ price|precio|asking|list+price|asking+price|precio+de+lista',
  'and|y|so|ok|_ how much',
  'y|_ cuanto|cuanta es|sale|cuesta|vale|piden|pide|_',
];
/** "Is" before or after a feature asked about: "is the pool heated?", "¿la chimenea es de leña?". */
export const FEATURE_COPULAS: readonly string[] = ['is', 'are', 'was', 'es', 'son', 'esta', 'estan'];
/** What a feature is asked to be, in the words a catalogue line may use ("¿el patio es grande?" finds "large backyard"). */
export const DETAIL_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  grande: ['large', 'big'],
  grandes: ['large', 'big'],
  big: ['large'],
  large: ['big'],
  chico: ['small'],
  pequeno: ['small'],
  privada: ['private'],
  privado: ['private'],
  complejo: ['community', 'shared'],
  comunitaria: ['community', 'shared'],
  shared: ['community'],
  climatizada: ['heated'],
  calentada: ['heated'],
  carros: ['car'],
  cars: ['car'],
  techada: ['covered'],
  cubierta: ['covered'],
  salada: ['salt'],
  salt: ['saltwater'],
};
/** Words around what a feature is asked to be that say nothing of it ("o no", "or not", "de", "the"). */
// prettier-ignore
export const FEATURE_DETAIL_FILLERS: readonly string[] = [
  'the', 'this', 'that', 'its', 'it', 'or', 'not', 'nah', 'no', 'yes', 'o', 'si', 'de', 'del', 'la', 'el', 'los', 'las',
  'un', 'una', 'a', 'an', 'at', 'all', 'already', 'still', 'too', 'also', 'tambien', 'ya', 'todavia', 'verdad', 'right',
  'y', 'and', 'por', 'para', 'for', 'is', 'are', 'es', 'son', 'esta', 'estan', 'was',
];
/** Words that open a request to the team, not a question about the home ("¿me pueden mandar más casas?"). */
// prettier-ignore
export const REQUEST_OPENERS: readonly string[] = [
  'me', 'nos', 'te', 'le', 'les', 'pueden', 'puede', 'puedes', 'podrian', 'podria', 'podrias', 'manda', 'mandan',
  'manden', 'mande', 'envien', 'envian', 'quiero', 'queremos', 'quisiera', 'necesito', 'necesitamos',
];
/** Words that open a condition before a question ("if we change our minds, can we back out?"). */
// prettier-ignore
export const CONDITION_FIRST_WORDS: readonly string[] = [
  'if', 'si', 'when', 'cuando', 'once', 'say', 'suppose', 'assuming',
];

/**
 * Words a lead may open a question with that ask nothing themselves (greetings, hesitations, apologies): read past
 * before the question is ("sorry what's the asking price again", "ok so how much is it", "perdón,
 * ¿cuánto es?").
 */
// prettier-ignore
export const QUESTION_PREAMBLES: readonly string[] = [
  ...GREETINGS_AND_HESITATIONS, 'buenas', 'ok', 'okay', 'k', 'kk', 'okey', 'oki', 'alright', 'oh', 'ah', 'oye', 'so',
  'sorry', 'sry', 'srry', 'perdon', 'perdona', 'perdone', 'disculpa', 'disculpe', 'disculpen', 'btw', 'lol', 'jaja',
  'jajaja', 'haha', 'lmao', 'wait', 'nice', 'cool', 'bueno', 'pues', 'quick question', 'real quick', 'one more thing',
  'otra pregunta', 'una pregunta', 'pregunta', 'question', 'thanks', 'gracias', 'buenas tardes', 'buenos dias',
  'buenas noches', 'oiga', 'oigan', 'a ver', 'mira', 'mire',
];
/**
 * ...of which an apology opens a question only before a question word or a mark ("sorry, what's the HOA", "perdón
 * cuánto es"): "sorry was fixing the dryer" tells why the lead was away.
 */
export const APOLOGIES: readonly string[] = [
  'sorry',
  'sry',
  'srry',
  'perdon',
  'perdona',
  'perdone',
  'disculpa',
  'disculpe',
  'disculpen',
];
/** "¿y cuántos años tiene?" alone: the home's age. */
const YEAR_BUILT_ALONE = 'y|oye|_ cuantos anos tiene';

const HOME_4 = 'house|home|place|property';
const WOULD = 'would|could|should|will';
const MAY = 'could|would|can|might|will';
/** What the lead could list or sell a home for ("what would you list it for?", "¿en cuánto la podría vender?"). */
// prettier-ignore
const SELL_IT_FOR: readonly string[] = [
  `what ${WOULD} you|we|i list|sell|price|put it|her at|for`,
  `what ${WOULD} you|we|i list|sell|price|put it|her up for`,
  `what ${WOULD} you|we|i list|sell|price|put the ${HOME_4} at|for`,
  `what ${WOULD} you|we|i list|sell|price|put the ${HOME_4} up for`,
  `what|much ${MAY} i|we get|ask for it|her`,
  `what|much ${MAY} i|we get|ask for the ${HOME_4}`,
  `what|much ${MAY} i|we get|ask for my|our ${HOME_4}|condo`,
  `how much would|could|can|will|might|should you|we|i list|sell it for`,
  `how much would|could|can|will|might|should you|we|i list|sell the ${HOME_4} for`,
  'cuanto crees|cree|creen|_ que|_ la|lo podria|podriamos|puedo|podemos|deberia|deberiamos vender|poner|listar|pedir',
  'cuanto|precio podria|podriamos|puedo|podemos|deberia|deberiamos pedir por ella|el',
  'cuanto|precio podria|podriamos|puedo|podemos|deberia|deberiamos pedir por la casa',
];
/** What "it" is worth or would sell for: the lead's own home when no listing is in view and the lead is no buyer. */
const THINK = 'do|would|_ you|u|ya|yall|_ guys|_ think|say|_';
const THE_HOME = 'the|this house|home|place|property';
// prettier-ignore
const WORTH_IT: readonly string[] = [
  `what|much ${THINK} its|itd really|actually|_ worth`,
  `what|much ${THINK} itd be really|actually|_ worth`,
  `what|much ${THINK} it is|would|might|_ be|_ really|actually|_ worth`,
  `what|much ${THINK} ${THE_HOME} is|_ really|actually|_ worth`,
  `what|much ${THINK} ${THE_HOME} would be really|actually|_ worth`,
  `what|much ${THINK} the|this houses|homes|places|propertys really|actually|_ worth`,
  `what|much ${THINK} it would|could|will|can|might sell|go|list for`,
  `what|much ${THINK} the|this house|home|place would|could|will|can|might sell|go|list for`,
  `what|much ${THINK} would|could|will|can|might it sell|go|list for`,
  `what|much ${THINK} would|could|will|can|might the|this house|home|place sell|go|list for`,
  'cuanto se venderia|vende|vendera',
  'cuanto se podria vender',
];
/** What a home would rent for ("how much would this rent for?", "¿en cuánto se renta?"): the agent's estimate. */
const RENT_FOR = 'rent|lease|go out|_ for';
// prettier-ignore
const RENT_RATE: readonly string[] = [
  `how much would|could|does|will|can|might it|this|that ${RENT_FOR}`,
  `how much would|could|does|will|can|might this one ${RENT_FOR}`,
  `how much would|could|does|will|can|might this|the house|home|place ${RENT_FOR}`,
  `how much would|could|does|will|can|might a house|home|place like this ${RENT_FOR}`,
  `how much would|could|does|will|can|might something like this ${RENT_FOR}`,
  'what would|could|does|will|might it|this rent|lease out|_ for',
  'what would|could|does|will|might this one rent|lease out|_ for',
  'what would|could|does|will|might a house|home|place like this rent|lease out|_ for',
  'whats the rent',
  'what kind|sort|_ of|_ rent would|could|can i|we|it|this get|bring|make',
  'rental income|estimate|rate|value',
  'what would|will|might|_ the|_ rent would|will|might|_ be',
  'cuanto se podria|puede|pudiera rentar|alquilar',
  'cuanto de|en renta le|me|_ sacaria|sacariamos|saco|sacamos|daria|dejaria',
  'cuanto de alquiler le|me|_ sacaria|sacariamos|saco|sacamos|daria|dejaria',
  'cuanto se|_ renta|rentaria|alquila|alquilaria',
  'cuanto dejaria|deja|daria|da de renta',
  'cuanto podria|podriamos|puedo|podemos cobrar|sacar de renta',
];
/** Advice asked ("do I need to ...", "should we ...", "¿tengo que ...?"), heard at a question's opening. */
// prettier-ignore
const ADVICE_ASKED: readonly string[] = [
  'do|would|will i|we need|have', 'should i|we', 'what comes|goes first', 'what should come first',
  'what do i|we do first', 'tengo|tenemos|hay que', 'debo|debemos|deberia|deberiamos|conviene|necesito|necesitamos',
  'vale la pena',
  // "is it worth painting first?"
  'is it worth it+to|_ *ing',
];
/** How something works ("how does the buying process work?", "¿cómo funciona el proceso de compra?"), opening. */
// prettier-ignore
const HOW_IT_WORKS: readonly string[] = [
  'how does|do|would|will|is|did ~ ~ work|works|working|go|goes',
  'what are|r the|_ next|_ steps', 'what would|will be the|_ next|_ steps',
  'whats the buying|selling|closing|escrow|offer|loan process', 'what is the buying|selling|closing|escrow|offer|loan process',
  'y|_ como funciona|funcionaria|seria|es todo|esto|eso', 'y|_ como funciona|funcionaria|seria|es el proceso',
  'y|_ como funciona|funcionaria|seria|es la compra|venta', 'como|cual es|seria el proceso', 'cuales son|serian los pasos',
  'que pasos*',
];
/** A question whose subject is the listing ("how long has it been on the market?"), opening. */
const ASKED_OF_LISTING = ['how long', 'why|when|is|has|was|did|does'];
const LISTING_SUBJECT = [
  'it',
  'this one',
  'this|the house|home|place|listing|property',
  'the seller|sellers|owner|owners',
];
const LISTING_STATUS = ['on the market', 'listed|been|sitting|reduced|pending', 'for sale'];
const ABOUT_THE_LISTING: readonly string[] = ASKED_OF_LISTING.flatMap((asked) =>
  LISTING_SUBJECT.flatMap((subject) => LISTING_STATUS.map((status) => `${asked} ~ ${subject} ~ ~ ${status}`)),
);
/** A question whether the home has something, by its opening: "does it have", "is there", "¿tiene", "¿hay". */
const HAS_A: readonly string[] = [
  `and|y|_ does|do ${THE_HOME_NAMED.join('|')} have|come+with`,
  'is|are there',
  'y|_ tiene|hay|cuenta+con|viene+con',
  // "¿la casa tiene taller?", "¿esta casa tiene alberca?"
  'y|_ la|esta casa|propiedad tiene|trae',
  // what the lead could keep there: "can i park my rv there", "¿puedo estacionar la troca?"
  'can|could i|we park|fit|keep|charge',
  'y|_ puedo|podemos|se+puede park|parquear|estacionar|meter|cargar',
];
/** Features said without an article ("it has solar", "it has RV parking", "it has central air"). */
export const MASS_FEATURE_WORDS: ReadonlySet<string> = new Set(['parking', 'solar', 'air', 'a/c', 'central']);
/** The words a listing feature may be written with, by the word a lead asks with (lead-question.ts). */
const POOL = ['pool', 'piscina', 'alberca', 'pileta'];
const GARAGE = ['garage', 'cochera', 'garaje'];
const YARD = ['yard', 'backyard', 'patio', 'jardin'];
const FENCE = ['fence', 'fenced', 'fencing', 'wall', 'walled', 'gated'];
const AIR = ['a/c', 'ac', 'air condition', 'aire', 'air'];
const FIREPLACE = ['fireplace', 'chimenea'];
const SPA = ['spa', 'jacuzzi', 'hot tub', 'hottub'];
const PANELS = ['solar', 'panel', 'panels'];
const CHARGER = ['charger', 'charging', 'ev', 'cargador', 'tesla'];
const RV = ['rv', 'motorhome', 'camper'];
/** A boat or a trailer parks where an RV does ("can i park my boat + trailer on the lot?"). */
const BOAT = ['rv', 'boat', 'trailer'];
/** Room for horses: "horse corral", "barn", "stable", "equestrian". */
const HORSES = ['horse', 'horses', 'corral', 'barn', 'stable', 'stables', 'equestrian', 'arena'];
const ONE_STORY = [
  'single story',
  'single-story',
  'one story',
  'one-story',
  'single level',
  'one level',
  'one floor',
  'single floor',
  'un piso',
  'una planta',
  'un nivel',
];
const DOWNSTAIRS = ['downstairs', 'first floor', 'ground floor', 'main floor', 'ground-floor', 'first-floor'];
export const FEATURE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  pool: POOL,
  pileta: POOL,
  garage: GARAGE,
  cochera: GARAGE,
  garaje: GARAGE,
  solar: ['solar'],
  panels: PANELS,
  paneles: PANELS,
  placas: PANELS,
  taller: ['workshop', 'shop'],
  yard: YARD,
  fenced: FENCE,
  fence: FENCE,
  fencing: FENCE,
  bardeado: FENCE,
  bardeada: FENCE,
  barda: FENCE,
  cercado: FENCE,
  cercada: FENCE,
  backyard: YARD,
  patio: YARD,
  jardin: YARD,
  ac: AIR,
  'a/c': AIR,
  'air conditioning': AIR,
  'aire acondicionado': AIR,
  fireplace: FIREPLACE,
  chimenea: FIREPLACE,
  'single story': ONE_STORY,
  'single level': ONE_STORY,
  'one story': ONE_STORY,
  'one level': ONE_STORY,
  'one floor': ONE_STORY,
  'single floor': ONE_STORY,
  spa: SPA,
  jacuzzi: SPA,
  'hot tub': SPA,
  'de un piso': ONE_STORY,
  'de un solo piso': ONE_STORY,
  'de una planta': ONE_STORY,
  'de una sola planta': ONE_STORY,
  horse: HORSES,
  horses: HORSES,
  caballo: HORSES,
  caballos: HORSES,
  corral: HORSES,
  caballeriza: HORSES,
  establo: HORSES,
  motorhome: RV,
  boat: BOAT,
  trailer: BOAT,
  lancha: BOAT,
  remolque: BOAT,
  traila: BOAT,
  camper: RV,
  'casa rodante': RV,
  'motor home': RV,
  charge: CHARGER,
  charger: CHARGER,
  charging: CHARGER,
  cargar: CHARGER,
  cargador: CHARGER,
  tesla: CHARGER,
  ev: CHARGER,
  // a room on the ground floor: "¿tiene recámara y baño completo abajo?", "a bedroom downstairs?"
  abajo: DOWNSTAIRS,
  downstairs: DOWNSTAIRS,
  'planta baja': DOWNSTAIRS,
  'primer piso': DOWNSTAIRS,
  'first floor': DOWNSTAIRS,
  'ground floor': DOWNSTAIRS,
  'main floor': DOWNSTAIRS,
};
/**
 * Words of a thing asked about that name no feature of a home on their own ("is there room for my RV?", "¿tiene
 * espacio para la troca?"): a listing feature is found by the thing's other words.
 */
// prettier-ignore
export const NOT_A_FEATURE_WORD: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'for', 'of', 'to', 'in', 'on', 'at', 'with', 'all',
  'and', 'or', 'room', 'space', 'enough', 'big', 'good', 'some', 'any', 'de', 'del', 'la', 'el', 'los', 'las', 'un',
  'una', 'para', 'con', 'en', 'mi', 'mis', 'su', 'sus', 'nuestro', 'nuestra', 'y', 'o', 'espacio', 'lugar', 'suficiente',
  'grande', 'buen', 'buena',
]);
/** The home named after its kind ("a single story home", "una casa"): not part of the kind asked about. */
export const KIND_HOME_NOUNS: ReadonlySet<string> = new Set(['home', 'house', 'place', 'property', 'casa']);
/** What the home is, asked ("is this one single story?", "is it a corner lot", "¿es de una planta?"). */
const IS_IT: readonly string[] = [`and|y|so|_ is ${THE_HOME_NAMED.join('|')}|this|that+one`, 'y|_ es|esta'];
/** Words after "is it" that name no kind of home ("is it ok?", "is this worth it", "is it near the freeway"). */
export const NOT_A_KIND: ReadonlySet<string> = new Set(
  // (and their Spanish: "está bien", "es todo", "está perfecto" agree, they ask no kind of home)
  'ok okay good bad worth still available possible real true legit fine you jorge me for in on at near close far there here going done really actually just very too so listed sold priced bien mal bueno buena todo perfecto correcto claro listo asi eso cierto seguro disponible posible vendida vendido cerca lejos aqui ahi alli muy tan yo usted'.split(
    ' ',
  ),
);
/** The article before the thing asked about ("is there a pool", "¿hay una bodega?"). */
export const HAS_A_ARTICLES: ReadonlySet<string> = new Set(
  'a an any some un una unos unas algun alguna alguno'.split(' '),
);
/** Words after "is there" that name no part of a home ("is there anything else", "¿hay alguien?"). */
export const NOT_A_THING: ReadonlySet<string> = new Set(
  'anything anyone anybody something someone somebody else alguien algo nadie nada chance way problem time more another other otra otro'.split(
    ' ',
  ),
);
/** A sentence opened as a question ("does it ...", "and what ...", "¿tiene ...?"). */
const OPENER =
  'and|also|plus|oh|ok|okay|so|but|y|tambien|pero|ah|oye|hi|hey|hello|hola|buenas|nice|cool|wait|_';
/**
 * Spanish verbs that open a yes-or-no question only by the tone ("tiene alberca", "está bien cuidada"): said of the
 * seller's own home without a question mark, they state.
 */
export const STATING_OPENERS: readonly string[] = ['tiene', 'hay', 'es', 'esta', 'incluye'];
/** A listing fact named alone, as the whole message ("hoa fees", "the square footage?", "y la cuota"): asked. */
const FACT_ALONE: readonly string[] = [
  `${OPENER} the|el|la|_ hoa|dues|cuota|sqft|square+footage|sq+ft|year+built|lot+size`,
  `${OPENER} the|_ hoa|monthly|association fee|fees|dues`,
  `${OPENER} la|_ cuota de|del hoa|mantenimiento`,
];
// prettier-ignore
const INTERROGATIVE: readonly string[] = [
  `${OPENER} does|do|did|is|are|was|were|what|whats|whatre|how|hows|when|whens|where|wheres|which|who|why|can|could|would|will|any|tiene|hay|cuanto|cuanta|cuantos|cuantas|cual|cuales|cuando|donde|puedo|podemos|es|esta|incluye`,
  // "has it sold?", "have you got...", not a duty or a thing had ("had to cancel the lender appt", "have a good one")
  `${OPENER} has|have|had you|u|ya|yall|they|we|i|it|he|she|this|that|the|there|anyone|anybody|someone|somebody|any|your|their`,
  `${OPENER} se puede`,
  // a question put as a request to be reminded: "remind me the price", "recuérdeme el precio"
  `${OPENER} remind me|us`,
  `${OPENER} recuerdame|recuerdeme|recuerdenme`,
  // a question put as wondering: "just curious if the hoa covers water", "me pregunto si tiene cochera"
  `${OPENER} just|_ curious|wondering|wonder if|whether`,
  `${OPENER} me|nos pregunto|preguntamos|preguntaba si`,
  // a Spanish question opened by a preposition: "de que año es", "en qué año", "para cuándo", "desde cuándo"; not the
  // conjunctions "en cuanto vendamos", "para que sepas", "con que tenga", "desde que nos casamos"
  `${OPENER} de|a que|cual|cuales|donde|cuando|quien|cuanto|cuanta|cuantos|cuantas`,
  `${OPENER} en que|cual|cuales|donde|cuando|quien`,
  `${OPENER} con|para|desde cual|cuales|donde|cuando|quien|cuanto|cuanta|cuantos|cuantas`,
];
/** Asking politely to be told: "kindly tell me the year", "please let us know the hoa" (not "waiting on them to tell us"). */
const KNOWING_ASKED: readonly string[] = ['kindly|please|pls|plz tell|let me|us know|_'];
/** A wish to know: "my dad wants to know what year it was built", "mi papá quiere saber de qué año es la casa". */
const KNOWING_WISHED: readonly string[] = [
  'want|wants|wanted|wanna|like|quiere|quieren|quiero|queremos|quisiera|quisieramos|gustaria to|_ know|saber',
  // ...or someone asking it: "my pops is asking how many bathrooms it has", "la señora pregunta que si trae alberca"
  'asking|asks|asked|pregunta|preguntan|pregunto how|what|if|whether|si|que|cuantos|cuantas|cuanto|de+que',
];
/** Wanting something ("want to see it", "me gustaría verla"). */
const WANTS: readonly string[] = [
  'want|wanna|quiero|queremos|quisiera|quisieramos',
  'like|love to',
  'would love',
  'me|nos gustaria|encantaria',
  // a wish: "ojalá pudiéramos ir a verla", "hoping to see it this weekend"
  'ojala',
  'hoping|hope to',
];
/** A counter-question about the bot's own words ("why?", "what do you mean"), opening. */
const COUNTER_QUESTION: readonly string[] = ['why', 'por que', 'what do you mean', 'que quieres decir'];
/** The last two words of a question closed by a tag instead of its mark: "... or nah", "... o no". */
// prettier-ignore
export const QUESTION_TAGS: readonly string[] = [
  'or nah', 'or naw', 'or nope', 'or no', 'or not', 'or what', 'o no', 'o que', 'o nel', 'o nah',
];

/**
 * A size asked about a part of the property ("how big is the lot", "what's the lot size", "cuánto mide el
 * terreno", "how big is the master bedroom"): the listing's square footage is the house's, so it is not the answer.
 * The lot's size is a fact of the catalogue; another part's is the agent's.
 */
// prettier-ignore
const SIZE_ASKED = [
  'how big|large|wide|deep', 'what size', 'size of', 'square feet|footage', 'sq ft', 'sqft', 'acre|acres|acreage',
  'que tan grande', 'de que tamano', 'tamano de|del', 'mide', 'cuantos metros',
];
const LOT = 'lot|land|parcel|terreno|lote';
// prettier-ignore
const PART =
  'lot|yard|backyard|land|parcel|garage|kitchen|bedroom|bedrooms|master|primary|room|rooms|closet|closets|bathroom|bathrooms|patio|pool|terreno|lote|cocina|recamara|recamaras|cuarto|cuartos|cochera|jardin|alberca|piscina';
const MEASURE = ['size|dimensions|tamano|medidas', 'square footage', 'sq ft', 'sqft'];
const sizeOf = (part: string, asked: readonly string[]) => [
  ...asked.map((size) => `${size} ~ ${part}`),
  ...MEASURE.map((measure) => `${part} ${measure}`),
];
const LOT_SIZE: readonly string[] = [...sizeOf(LOT, SIZE_ASKED), 'how many acres', 'cuantos acres'];
const SIZE_OF_PART: readonly string[] = sizeOf(PART, [...SIZE_ASKED, 'how long']);
/**
 * The age of a part of the property ("how old is the roof", "¿cuántos años tiene la alberca?", "when was the water
 * heater replaced"): the listing's year built is the house's, and a feature line ("yes, it has a pool") does not
 * answer it, so the agent does.
 */
// prettier-ignore
const AGE_ASKED = [
  'how old', 'what|which year', 'when was|were|did', 'age of', 'cuantos anos tiene|tienen', 'que edad tiene|tienen',
  'que tan viejo|vieja|viejos|viejas|nuevo|nueva|nuevos|nuevas es|son|esta|estan', 'de que ano es|son',
  'cuando se|_ cambiaron|cambio|pusieron|puso|instalaron|instalo|remodelaron|remodelo',
];
const AGE_FILLER =
  'is|are|was|were|did|they|es|son|fue|fueron|the|el|la|los|las|de|del|of|on|in|this|that|its|it|s|su|sus|_';
// prettier-ignore
const AGED_PART = [
  'roof|pool|hvac|ac|furnace|heater|appliances|windows|kitchen|bathroom|bathrooms|floors|flooring|carpet|carpets|fence|deck|solar|panels|spa|jacuzzi|techo|alberca|piscina|calentador|boiler|aire|clima|minisplit|electrodomesticos|ventanas|cocina|bano|banos|pisos|alfombra|alfombras|cerca|barda|paneles|placas|cochera',
  'a c', 'air conditioner', 'water heater', 'garage door',
];
/** Words of a catalogue feature that say whether it is owned ("owned solar", "leased solar"). */
// prettier-ignore
export const OWNERSHIP_WORDS: readonly string[] = [
  'owned', 'leased', 'lease', 'paid', 'propio', 'propios', 'rentado', 'rentados', 'pagado', 'pagados',
];
const OWNED_HOW =
  'paid+off|leased|lease|owned|financed|rented|pagado|pagados|pagadas|rentado|rentados|rentadas|arrendado|arrendados|propios|propias';
/**
 * Whether a part is paid off, leased or owned ("is the solar paid off o es lease?", "los paneles son rentados?"): a
 * feature line answers it only when it says so ("owned solar"); otherwise the agent does.
 */
const STATUS_OF_PART: readonly string[] = AGED_PART.flatMap((part) => [
  `${part} ${AGE_FILLER} ${AGE_FILLER} ${OWNED_HOW}`,
  // "do they own the solar or is it a lease?", "¿los paneles solares ya están pagados?"
  `own|owned ${AGE_FILLER} ${AGE_FILLER} ${part}`,
  `${part} ~3 ${OWNED_HOW}|lease|leasing|rent|renta|de+ustedes|suyas|suyos|del+dueno|del+vendedor`,
]);
const AGE_OF_PART: readonly string[] = AGE_ASKED.flatMap((asked) =>
  AGED_PART.flatMap((part) => [
    `${asked} ${AGE_FILLER} ${AGE_FILLER} ${AGE_FILLER} ${AGE_FILLER} ${part}`,
    `${part} age|edad`,
  ]),
);

export type QuestionCue =
  | 'home_value'
  | 'showing'
  | 'availability'
  | 'getting_ready'
  | 'first'
  | 'first_or'
  | 'appliance'
  | 'stays'
  | 'hoa_rules'
  | 'home_words'
  | 'financing'
  | 'getting_around'
  | 'accepts'
  | 'about_the_agent'
  | 'their_side'
  | keyof typeof TOPIC_WORDS
  | 'sell_it_for'
  | 'worth_it'
  | 'rent_rate'
  | 'advice_asked'
  | 'how_it_works'
  | 'about_the_listing'
  | 'interrogative'
  | 'knowing_wished'
  | 'fact_alone'
  | 'wants'
  | 'counter_question'
  | 'lot_size'
  | 'size_of_part'
  | 'age_of_part'
  | 'status_of_part'
  | 'another_home'
  | 'count_elided'
  | 'hoa'
  | 'has_a'
  | 'is_it'
  | 'visit_made'
  | 'own_home';
/** A count asked without its noun ("4 bedrooms, cuantos tiene esta?", "how many does this one have?"). */
const COUNT_ELIDED: readonly string[] = [
  'cuantos|cuantas tiene|hay',
  'how many does|do it|this|that|they|_ one|house|home|place|_ have|got|has',
  'how many has it|this got',
  'how many on|in this|that|it|_ one',
];

/** A home other than the page's listing: "the other one we saw", "la otra que vimos", "otra casa". */
const ANOTHER_HOME: readonly string[] = [
  'the other one|house|home|place|listing|property',
  'that other one|house|home|place|listing|property',
  'the one we|i saw|visited|toured',
  'the one we|i looked at',
  'otra casa|propiedad',
  'la otra que|casa|propiedad',
  'el otro que',
  'la que vimos|vi|visitamos|fuimos',
];
/** A visit told, already made: "my parents went to see it last weekend", "ya la vimos", "fuimos a verla". */
const VISIT_MADE: readonly string[] = [
  'went|came|already ~1 see|saw|tour|toured|visit|visited|look+at|looked+at it|the+house|the+place|this+one',
  'saw|seen|toured|visited it|the+house|the+place|this+one',
  'ya|_ la|lo vimos|vi|visitamos|conocimos|recorrimos',
  'fuimos|fueron|fue|vinimos ~1 a ver|verla|conocerla|visitarla',
];
/**
 * The lead's own home named: "my house", "nuestra casa", "la mía", "i also own a condo", "la casa de mi mamá", a home
 * the lead sells.
 */
const OWN_HOME_NAMED: readonly string[] = [
  `${OWN} ${NOW_ADJ} ${HOME}`,
  MINE,
  'ours',
  `own|have|tengo|tenemos a|an|un|una|_ ${HOME}`,
  `${HOME} de mi|nuestra|nuestro|nosotros`,
  `sell|vender ~2 ${HOME}`,
];
const table = (
  cue: QuestionCue,
  phrases: readonly string[],
  how: Pick<Phrase<QuestionCue>, 'opening' | 'clause'> = {},
): Phrase<QuestionCue>[] => phrases.map((words) => ({ cue, words, always: true, ...how }));

export const QUESTION_PHRASES: readonly Phrase<QuestionCue>[] = [
  ...table('home_value', HOME_VALUE),
  ...HOME_VALUE_AROUND,
  ...table('showing', SHOWING),
  ...SHOWING_AROUND,
  // an open house, unless the lead tells of one they went to ("we stopped by la open house el sábado")
  {
    cue: 'showing',
    words: 'open house|houses',
    always: true,
    notPrecededBy: [
      'stopped|dropped|came|went by|to|into the|la|an|el|_',
      'were|was|been at|in the|la|an|el',
      'visited|attended|saw the|la|an|el|_',
      'fuimos|estuvimos|pasamos|entramos a|al|en|por la|el|_',
    ],
  },
  ...table('visit_made', VISIT_MADE),
  ...table('own_home', OWN_HOME_NAMED),
  ...table('hoa', HOA),
  ...table('has_a', HAS_A, { opening: true }),
  ...table('is_it', IS_IT, { opening: true }),
  ...table('availability', AVAILABILITY),
  ...table('getting_ready', GETTING_READY),
  ...table('first', FIRST),
  ...table('first_or', FIRST_OR),
  ...table('appliance', APPLIANCE),
  ...table('stays', STAYS),
  ...table('hoa_rules', HOA_RULES),
  ...table('home_words', HOME_WORDS),
  ...table('financing', FINANCING),
  ...table('getting_around', GETTING_AROUND),
  ...table('accepts', ACCEPTS),
  ...table('about_the_agent', ABOUT_THE_AGENT),
  ...table('their_side', THEIR_SIDE),
  ...Object.entries(TOPIC_WORDS).flatMap(([cue, phrases]) => table(cue as keyof typeof TOPIC_WORDS, phrases)),
  { cue: 'year_built', words: YEAR_BUILT_ALONE, always: true, whole: true },
  ...PRICE_ALONE.map((words) => ({ cue: 'price' as const, words, always: true, whole: true })),
  // ("what's the price range in alta loma?" asks of the market, not this home)
  { cue: 'price', words: 'whats the price|asking', always: true, notBefore: 'range|ranges|rango|point|per' },
  ...PRICE_ALONE.map((words) => ({ cue: 'fact_alone' as const, words, always: true, whole: true })),
  ...FACT_ALONE.map((words) => ({ cue: 'fact_alone' as const, words, always: true, whole: true })),
  ...table('sell_it_for', SELL_IT_FOR),
  ...table('worth_it', WORTH_IT),
  ...table('rent_rate', RENT_RATE),
  ...table('advice_asked', ADVICE_ASKED, { opening: true }),
  ...table('how_it_works', HOW_IT_WORKS, { opening: true }),
  ...table('about_the_listing', ABOUT_THE_LISTING, { opening: true }),
  ...table('interrogative', INTERROGATIVE, { opening: true, clause: true }),
  // "que" opens a question ("que tan grande es"), or a wish before a negation or a subjunctive ("que no tenga HOA
  // por favor", "que sea de un piso").
  {
    cue: 'interrogative',
    words: `${OPENER} que|q`,
    always: true,
    opening: true,
    clause: true,
    notBefore: 'no|tenga|tengan|sea|sean|haya|este|esten|quede|queden|tambien',
  },
  // a question put as a polite request to be told, anywhere in its clause: "kindly tell me the year of construction"
  ...table('interrogative', KNOWING_ASKED, { clause: true }),
  ...table('knowing_wished', KNOWING_WISHED, { clause: true }),
  ...table('wants', WANTS),
  ...table('counter_question', COUNTER_QUESTION, { opening: true }),
  ...table('lot_size', LOT_SIZE, { clause: true }),
  ...table('size_of_part', SIZE_OF_PART, { clause: true }),
  ...table('age_of_part', [...new Set(AGE_OF_PART)]),
  ...table('status_of_part', STATUS_OF_PART),
  ...table('another_home', ANOTHER_HOME),
  ...table('count_elided', COUNT_ELIDED),
  ...THE_TEAM_DOES.map((words) => ({
    cue: 'about_the_agent' as const,
    words,
    always: true,
    notBefore: 'me|us',
  })),
];

/** The home's age stated, not asked ("tiene 25 años y ...", "tiene como 30 años la casa"): lead-question.ts. */
export const AGE_STATED_PHRASE = 'y|_ tiene|tienen como|unos|casi|_ # anos';

/**
 * Words that make a sentence ask wherever they stand (`lead-question.ts`), and verbs that ask when they open a clause
 * ("..., does this one have it?"; not "our lease is up"): a long sentence with none of them, only ended by "?", is a
 * hedged statement ("we're locked into our lease for roughly 5 more months so around then?").
 */
// prettier-ignore
export const QUESTION_WORDS_ANYWHERE: readonly string[] = [
  'what', 'whats', 'whatre', 'how', 'hows', 'which', 'where', 'wheres', 'who', 'whos', 'why', 'cuanto', 'cuanta', 'cuantos',
  'cuantas', 'cual', 'cuales', 'donde', 'quien', 'quienes',
];
// prettier-ignore
export const QUESTION_OPENERS_OF_A_CLAUSE: readonly string[] = [
  'is', 'are', 'isnt', 'arent', 'does', 'do', 'did', 'doesnt', 'dont', 'can', 'cant', 'could', 'would', 'will',
  'should', 'may', 'am', 'any', 'when', 'hay', 'puedo', 'puede', 'pueden', 'podemos', 'podria', 'podrian', 'tiene',
  'tienen', 'es', 'son', 'esta', 'estan', 'sabe', 'saben', 'cuando',
];
/** ...or after a word that opens a clause of its own ("lease is up in 5 months but does the seller need..."). */
export const QUESTION_OPENERS_AFTER: readonly string[] = [
  'but',
  'pero',
  'and',
  'y',
  'so',
  'or',
  'o',
  'also',
  'then',
];

/**
 * Words that make a lone question something other than a question about the home for the agent (lead-question.ts):
 * a call, a visit or a time asked for, a figure, the lead's own sale or purchase, who answers.
 */
// prettier-ignore
export const QUESTIONS_NOT_FOR_THE_AGENT: readonly string[] = [
  'call', 'calls', 'llamar', 'llame', 'llamen', 'llamarle', 'llamarme', 'phone', 'text', 'textear', 'tour', 'visit',
  'see', 'ver', 'verla', 'verlo', 'schedule', 'agendar', 'cita', 'appointment', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado',
  'domingo', 'today', 'tomorrow', 'tonight', 'hoy', 'manana', 'morning', 'afternoon', 'evening', 'tarde', 'noche',
  'lender', 'prestamista', 'worth', 'vale', 'sell', 'vender', 'venderla', 'buy', 'comprar', 'bot', 'robot',
  'human', 'persona', 'jorge', 'still', 'sigues', 'sigue', 'recibiste', 'recibio', 'message', 'mensaje', 'texto',
  'approved', 'afford', 'qualify', 'aprobado', 'aprobados', 'calificamos', 'anything', 'else', 'algo',
];

/** A no said before a question asked in other words ("not yet, we were gonna ask if you know someone?"): an answer. */
// prettier-ignore
export const NOES_BEFORE_ASKING: readonly string[] = [
  'no', 'nope', 'nah', 'not yet', 'no not yet', 'not really', 'todavia no', 'aun no', 'no todavia', 'no aun',
];
