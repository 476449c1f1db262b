import { KIN } from './seller.js';

/**
 * People whose facts are not the lead's household's: relatives outside it, friends, neighbours, coworkers. A spouse,
 * a partner and the lead's children are the household ("my wife wants a pool", "my kids need their own rooms").
 */
// prettier-ignore
export const THIRD_PARTIES: readonly string[] = [
  ...KIN,
  'friend', 'friends', 'buddy', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'coworker', 'coworkers',
  'co-worker', 'roommate', 'cunado', 'cunada', 'cunados', 'compadre', 'comadre', 'vecino', 'vecina', 'vecinos', 'papas',
  'mamas', 'folks',
  'amigo', 'amiga', 'amigos', 'amigas', 'companero', 'companera', 'in-laws', 'inlaws', 'laws', 'owner', 'owners',
  'dueno', 'duena', 'duenos', 'landlord', 'landlady', 'tenant', 'tenants', 'inquilino', 'inquilina', 'inquilinos',
  'guy', 'lady', 'dude', 'muchacho', 'muchacha', 'fulano', 'fulana', 'ex',
  // friends in other words: "mi compa Luis", "my homie", "mi pana", "mi parcero", "my bestie"
  'compa', 'compas', 'homie', 'homies', 'bro', 'pana', 'parcero', 'parcera', 'cuate', 'cuata', 'bestie', 'colleague',
];

/** Parents, named with no possessive as often as with one: "mom wants", "mama dice", "dad says". */
// prettier-ignore
export const PARENTS: readonly string[] = [
  'mom', 'mum', 'mama', 'mommy', 'mami', 'dad', 'papa', 'daddy', 'papi', 'grandma', 'grandpa', 'abuela', 'abuelo',
  'abuelita', 'abuelito',
];

/**
 * Whoever the lead rents from, and what they say of the lead's home: wanting it back is the lead's move ("the landlord
 * wants the unit back in six weeks", "el casero quiere que desocupemos en un mes").
 */
export const LANDLORDS: readonly string[] = ['landlord', 'landlady', 'casero', 'casera'];
// prettier-ignore
export const HOME_TAKEN_BACK_WORDS: readonly string[] = [
  'back', 'out', 'vacate', 'vuelta', 'desocupar', 'desocupemos', 'salgamos', 'evict', 'evicting', 'notice', 'aviso',
];

/** A person named before, as a clause's subject: "he bought in rialto", "ella vive en chino". */
// prettier-ignore
export const THIRD_PERSON_SUBJECTS: readonly string[] = [
  'he', 'hes', 'she', 'shes', 'they', 'theyre', 'ella', 'ellos', 'ellas',
];

/** Whose: "my sister", "our neighbors", "mi suegra", "la vecina", "a coworker", "un amigo". */
// prettier-ignore
export const OWNERS: readonly string[] = [
  'my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'the', 'la', 'el', 'los', 'las', 'her',
  'his', 'their', 'su', 'sus', 'a', 'an', 'one', 'some', 'un', 'una',
];

/** Words that may stand between the owner and the person: "my older sister", "mi hermana mayor". */
// prettier-ignore
export const PERSON_ADJECTIVES: readonly string[] = [
  'older', 'younger', 'little', 'big', 'best', 'oldest', 'youngest', 'other', 'mayor', 'menor', 'chica', 'grande',
  'last', 'previous', 'former', 'old', 'anterior', 'antiguo', 'antigua',
];

/**
 * What another person leaves or gives that becomes the lead's own means, said right after that person: "my grandma's
 * inheritance covers it", "my dad's gift is the down payment" (the clause is the lead's, not the grandmother's).
 */
// prettier-ignore
export const GIVEN_MEANS: readonly string[] = [
  'inheritance', 'estate', 'trust', 'gift', 'life', 'insurance', 'settlement', 'herencia', 'regalo', 'seguro',
];

/** What opens a clause before its subject: "and", "but", "also", "pero", "y". */
// prettier-ignore
export const CLAUSE_OPENERS: readonly string[] = [
  'and', 'but', 'also', 'so', 'plus', 'btw', 'oh', 'well', 'y', 'pero', 'tambien', 'pues', 'bueno', 'because', 'bc',
  'cuz', 'porque', 'hey', 'hi', 'hello', 'hola', 'oye', 'ok', 'okay',
];

/** Words that turn from someone else to the lead: "my friend is pre-approved but we aren't", "... lol we aren't yet". */
// prettier-ignore
export const TURNING_WORDS: readonly string[] = [
  'but', 'pero', 'lol', 'jaja', 'haha', 'tho', 'though', 'while', 'mientras', 'whereas', 'and', 'y', 'aunque',
  'although', 'so', 'asi que', 'entonces',
  // a reason after what it explains ("upland o claremont pq ahí vivo yo")
  'because', 'porque', 'pq', 'cuz', 'cause', 'bc',
  // the lead's own opinion after someone else's, with no stop between ("my brother says 480 i think 500")
  'i think', 'i say', 'i would say', 'i feel', 'i figure', 'yo digo', 'yo creo', 'yo pienso',
];
/** Words that join a clause to the one before it, whose subject it keeps when it names none ("... and works in ontario"). */
export const JOINING_WORDS: readonly string[] = [
  'and',
  'y',
  'plus',
  'then',
  'also',
  'tambien',
  'luego',
  'because',
  'porque',
  'pq',
  'cuz',
  'cause',
  'bc',
];
/** A clause opened by what a person said keeps that person ("his buddy sold a 4 bed, said it took 2 weeks"). */
export const TELLING_OPENERS: readonly string[] = ['said', 'says', 'told', 'dijo', 'dice', 'conto'];
/** Said with no subject, of the lead: "... and need to move by may", "y hay que salirse para mayo". */
export const OWN_WITHOUT_SUBJECT: readonly string[] = ['hay', 'need', 'want', 'gotta', 'have'];

/**
 * The lead's household and the sources of an estimate, who may speak for a figure the lead then says otherwise: "my
 * son says we should ask 750, i'd be fine with 700", "mis hermanos want 800 pero yo digo 720", "900 is what zillow
 * says". Reported with REPORT_VERBS.
 */
// prettier-ignore
export const HOUSEHOLD_SPEAKERS: readonly string[] = [
  'husband', 'hubby', 'wife', 'wifey', 'spouse', 'partner', 'esposo', 'esposa', 'marido', 'mujer', 'son', 'daughter',
  'kids', 'hijo', 'hija', 'hijos', 'hijas', 'hermanos', 'brothers', 'sisters', 'siblings', 'family', 'familia',
  'agent', 'realtor', 'appraiser', 'zillow', 'redfin', 'zestimate', 'internet', 'app', 'she', 'he', 'they', 'ella',
  'ellos', 'lender', 'bank', 'banco', 'prestamista', 'broker',
  // a partner named the familiar way: "my girl says 797 max", "mi señor dice que 671", "mi viejo dice"
  'girl', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'novio', 'novia', 'senor', 'senora', 'viejo', 'vieja',
];
/** The lead giving in to the figure reported: "he's probably right", "creo que él tiene razón", "i agree with her". */
// prettier-ignore
export const AGREEING_WORDS: readonly string[] = [
  "he's right", 'hes right', "she's right", 'shes right', "they're right", 'theyre right', 'probably right',
  'tiene razon', 'tienen razon', 'i agree with him', 'i agree with her', 'i agree with them', 'le doy la razon',
  'estoy de acuerdo con el', 'estoy de acuerdo con ella', 'go with what he says', 'go with what she says',
  'knows better', 'knows the market better', 'knows more', 'sabe mas', 'le hago caso', 'les hago caso',
  'i trust him', 'i trust her', 'i trust them', 'ill defer to', 'defer to him', 'defer to her',
];
/** Doubting what is agreed to: "idk if she's right", "no sé si tiene razón" (then it is no agreement). */
// prettier-ignore
export const DOUBTING_WORDS: readonly string[] = [
  'idk if', 'idk', 'dunno if', 'not sure if', 'not sure', 'no se si', 'no estoy seguro si', 'no estoy segura si',
];
/** The lead's own figure said as one it had before: "i wanted 700 at first", "yo pensaba 750 antes". */
// prettier-ignore
export const BEFORE_NOW_WORDS: readonly string[] = [
  'at first', 'originally', 'used to', 'said before', 'thought before', 'before that', 'earlier', 'last week',
  'last month', 'a while ago', 'al principio', 'en un principio', 'antes', 'primero', 'la semana pasada',
];
/** A spouse taking over the phone: "hi this is his wife", "soy el esposo", "her husband here". */
// prettier-ignore
export const SPOUSE_TAKING_OVER: readonly string[] = [
  'this is his wife', 'this is her husband', 'this is his husband', 'this is her wife', 'his wife here',
  'her husband here', 'this is the wife', 'this is the husband', 'wife here', 'husband here', 'soy el esposo',
  'soy la esposa', 'soy su esposo', 'soy su esposa', 'habla el esposo', 'habla la esposa', 'aqui la esposa',
  'aqui el esposo',
  // a grown child texting for a parent: "hi this is his daughter", "soy su hija"
  'this is his daughter', 'this is her daughter', 'this is his son', 'this is her son', 'soy su hija', 'soy su hijo',
  'soy la hija', 'soy el hijo', 'im his daughter', 'im her daughter', 'im his son', 'im her son', 'im his wife',
  'im her husband', 'le escribe su hijo', 'le escribe su hija', 'le escribe su esposa', 'le escribe su esposo',
  'les escribe su hijo', 'les escribe su hija',
];
/** Saying or wanting, of someone else: "my son says", "mi suegra dice que", "mis hermanos want". */
// prettier-ignore
export const REPORT_VERBS: readonly string[] = [
  'says', 'said', 'thinks', 'think', 'thought', 'wants', 'want', 'wanted', 'suggests', 'suggested', 'told', 'tells',
  'say', 'dice', 'dicen', 'dijo', 'dijeron', 'quiere', 'quieren', 'queria', 'piensa', 'piensan', 'cree', 'creen',
  'opina', 'opinan', 'recomienda', 'sugiere', 'estimate', 'estimates', 'shows', 'has', 'puts', 'saying', 'yelling',
  'yells', 'yelled', 'grita', 'gritando',
];
/** The lead's own word against it: "i'd be fine with 700", "yo digo 720", "pero yo quiero en 3 meses". */
// prettier-ignore
export const OWN_VOICE: readonly string[] = [
  'i', 'id', 'im', 'ill', 'me', 'my', 'we', 'wed', 'were', 'us', 'yo', 'nosotros', 'personally', 'honestly',
];
/** A home named by where it is, not by its owner: "the one down the street", "la casa de al lado". */
// prettier-ignore
export const HOME_REFERENTS: readonly string[] = ['one', 'house', 'home', 'place', 'casa', 'condo', 'townhouse'];
/** Before such a home: "the", "that", "la", "esa" (never "my" or "our": the lead's own home may be on the corner). */
// prettier-ignore
export const OTHER_HOME_DETERMINERS: readonly string[] = ['the', 'that', 'this', 'la', 'esa', 'esta'];
/** Where another home is, right after it: "down the street", "next door", "de enfrente", "on our block". */
// prettier-ignore
export const NEARBY_HOMES: readonly string[] = [
  'down the street', 'up the street', 'next door', 'across the street', 'around the corner', 'on our street',
  'on the street', 'on our block', 'on the block', 'on the corner', 'behind us', 'behind ours', 'next to ours',
  'de al lado', 'de enfrente', 'de la esquina', 'en nuestra calle', 'de la cuadra', 'de junto', 'de atras',
];
/** The people of another home nearby: "the neighbors place is a dump", "el vecino la vendió como fixer". */
// prettier-ignore
export const NEIGHBOR_WORDS: readonly string[] = [
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'vecino', 'vecina', 'vecinos', 'vecinas', 'flip', 'flipper',
];
/** Said after a clause to make it someone else's: "my daughter moves next year but thats her", "eso es de ella". */
// prettier-ignore
export const DISOWNING_WORDS: readonly string[] = [
  ...['thats', 'that is'].flatMap((that) =>
    ['her', 'him', 'them', 'his', 'hers', 'theirs', 'not us', 'not our', 'not ours'].map((whose) => `${that} ${whose}`),
  ),
  'eso es de ella', 'eso es de el', 'eso es de ellos', 'eso es cosa suya', 'eso es cosa de ella', 'eso es cosa de el',
  'eso es cosa de ellos', 'eso no es nuestro', 'eso no tiene que ver',
];
/** What may end such a clause: "that's his thing", "thats not our problem", "eso es cosa suya". */
// prettier-ignore
export const DISOWNED_THINGS: readonly string[] = [
  'thing', 'deal', 'problem', 'business', 'plan', 'stuff', 'issue', 'situation', 'move', 'thing not ours',
];

/**
 * The home the lead has now, said in a clause (`read/others.ts`): living or renting there, paying for it, "currently",
 * "right now" before where it is ("we currently live in a 3 bed in rialto", "rn i pay 1900 for a 1 bed in upland",
 * "rentamos un depa de 2 recámaras en fontana"), in the grammar of `read/phrases.ts`.
 */
// prettier-ignore
export const HOME_NOW_PHRASES: readonly string[] = [
  'live|living|lived|reside|rent|renting|rented|vivimos|viviamos|vivo|rentamos|rento|rentando|viviendo|alquilamos|alquilo in|at|en|a|an|un|una|el|la|the|with|con|_',
  'i|we|im|were pay|paying ~3 for|a+month|rent',
  'pagamos|pago|pagando ~3 por|al+mes|de+renta|renta',
  'currently|rn|ahorita|actualmente in|at|en|_ a|an|un|una|el|la|the|our|my|mi|nuestra|nuestro',
  'right+now|ahora+mismo|for+now|por+ahora we|were|im|i|estamos|estoy|vivimos|rentamos in|at|en|_',
  'our|my current|actual|old|_ place|apartment|apt|house|home|condo|rental|lease',
  'mi|nuestro|nuestra|el|la casa|depa|departamento|apartamento|renta actual|de+ahorita|de+ahora',
  // "its 7 of us in a 2 bedroom", "a family of five squeezed into a 2 bed rental", "estamos en un depa de 2 recámaras"
  'were|we+are|its|it+is|im|i+am|estamos|somos|vivimos ~5 in|into|en a|an|un|una ~2 #',
  '# bed|beds|bedroom|br|bd|bdrm|recamaras|cuartos rental|rent|renta',
  // "3 kids sharing one room right now", "los niños comparten un cuarto"
  'sharing|share|comparten|compartiendo ~3 room|rooms|bedroom|cuarto|recamara',
  // "we're crammed in a 2br apt right now", "estamos apretados en un depa"
  'crammed|squeezed|stuck|cramped|apretados|amontonados ~3 in|into|en',
  // the lead's own home by its count: "our 2 bed condo there costs more than this whole house", "mi depa de 2 cuartos"
  'our|my # bed|beds|bedroom|br|bd|bdrm condo|house|home|place|apartment|apt|townhouse|rental|there',
  'mi|nuestra|nuestro casa|depa|departamento|apartamento|condo de # recamaras|cuartos|recamara|cuarto',
  // the home sold or had before: "we sold our 4 bedroom in etiwanda", "vendimos la de 3 recámaras"
  'sold|vendimos|vendi|had|tuvimos our|my|a|the|nuestra|mi|la|una ~2 #',
  // what the listing's photos show: "en las fotos nomás veo 2 cuartos", "the pics only show 2 beds"
  'fotos|photos|pics|pictures|fotografias ~4 veo|see|only|solo|nomas|show|shows|muestran',
  // the home the lead had: "we raised three kids in a four bedroom in claremont", "criamos a los hijos en una de 4"
  'raised|criamos|crecimos|grew+up ~4 in|en a|an|un|una|the|el|la|our|my|nuestra|mi',
  // "están conmigo en un apartamento de una recámara", "my parents live with us in a 1 bed"
  // (who lives with the lead says no home's size: "my mother in law lives with us" is no home now)
  'estan|viven|vive|live|lives|living|staying conmigo|con+nosotros|with+me|with+us ~1 in|en|at',
  'apartment|apt|apartamento|departamento|depa|studio|trailer de|with|_ #|un|una|one bed|beds|bedroom|br|recamara|recamaras|cuarto|cuartos',
];
/**
 * A question about the home on the page, by its opening: "does it have 4 bedrooms?", "¿solo tiene 1 baño?", "is it 3
 * beds?" (not "do you have anything with 4 bedrooms?").
 */
export const HOME_ASKED_PHRASES: readonly string[] = [
  'oh|wait|and|y|so|but|pero|_ does|do it|this|that|the+house|the+home|this+one|that+one|_ only|_ have|has',
  'oh|wait|and|y|so|but|pero|_ has|is|was it|this|that|this+one|that+one',
  'oh|y|o|pero|_ la+casa|esta+casa|la+propiedad|_ solo|nomas|nada+mas|_ tiene|trae|cuenta+con #|un|una|uno|dos|tres|cuatro|cinco',
];
/** Buying, said short before what is bought ("comprar pues, un depa de 2 cuartos"). */
export const BUYING_WORDS: readonly string[] = [
  'buy',
  'buying',
  'comprar',
  'compra',
  'comprando',
  'busco',
  'buscamos',
];
/** A wish in the same clause keeps it the lead's wish: "we rent in upland and want to stay", "queremos quedarnos". */
// prettier-ignore
export const WISH_WORDS: readonly string[] = [
  'want', 'wanna', 'need', 'needs', 'looking', 'look', 'hoping', 'hope', 'prefer', 'ideal', 'ideally', 'would like',
  'we would like', 'i would like', 'stay', 'buy', 'buying', 'move', 'moving', 'queremos', 'quiero', 'necesitamos',
  'necesito',
  'buscamos', 'busco', 'buscando', 'ocupamos', 'preferimos', 'prefiero', 'quedarnos', 'comprar', 'mudarnos',
  'gustaria', 'interested', 'interesados', 'interesado', 'interesada',
];

/** A wish said of a third person ("she wants", "ella quisiera", "they're hoping"): with WISH_WORDS, the people the lead writes for. */
export const THIRD_PERSON_WISH_WORDS: readonly string[] = [
  'wants',
  'hopes',
  'quiere',
  'quieren',
  'quisiera',
  'quisieran',
  'necesita',
  'necesitan',
  'busca',
  'buscan',
  'ocupa',
  'ocupan',
  'prefiere',
  'prefieren',
  'espera',
  'esperan',
];

/**
 * The lead acting for the person named ("I'm helping my parents look", "busco para mi mamá", "texting on behalf of my
 * brother"): that person's wishes said after it are the buyer's, not someone else's (read/others.ts).
 */
// prettier-ignore
export const ACTING_FOR_WORDS: readonly string[] = [
  'helping', 'ayudando', 'ayudo', 'ayudarle', 'ayudarles', 'behalf', 'representing', 'nombre',
];
/**
 * A lead who says it writes for someone else, remembered for the conversation (read/others.ts `writesForSomeone`):
 * "I'm helping my parents look", "tengo unas preguntas for my parents", "mi hermano ... me pidió que le ayude a
 * buscar casa", "buscando casa para mi mamá"; phrases (src/bots/read/phrases.ts grammar) over these relatives.
 */
export const ACTED_FOR_PEOPLE: readonly string[] = [...KIN, 'son', 'daughter', 'hijo', 'hija'];
/** The relatives as owners, as a text without apostrophes writes them ("my dad's house" is "my dads house"). */
const KIN_S = ACTED_FOR_PEOPLE.flatMap((person) => [person, `${person}s`]).join('|');
export const WRITES_FOR_PHRASES: readonly string[] = [
  'helping|ayudando|ayudo|ayudarle|ayudarles|behalf|representing',
  `for|para my|mi|mis|our|nuestro|nuestra|nuestros|nuestras ~1 ${ACTED_FOR_PEOPLE.join('|')}`,
  'asked|pidio|pidieron me|us|nos ~3 help|ayude|ayudara|ayudemos|ayudar|buscar|busque|look|find',
  'me|nos pidio|pidieron ~3 ayude|ayudara|ayudemos|ayudar|buscar|busque',
  // "me pidió que les escribiera", "asked me to reach out to you"
  'me|nos pidio|pidieron ~3 escribiera|escribieramos|contactara|contactaramos|mandara|hablara|llamara',
  'asked|told me|us to ~1 text|write|reach|contact|message',
  // the home named as the person's, with its sale or its worth: "my mom wants to know what her house is worth", "mi
  // papá quiere vender su casa", "what's my dad's house worth" (not a home merely described: "her house is right by
  // the park"; not "su casa" alone, which may be the listing's; not a sale told as done: "my neighbor sold her home for
  // 515", "mi tío sold his house in 2 weeks")
  'sell|selling|list|listing|worth|value her|his|their house|home|place|condo|property',
  `sell|selling|list|listing my|our ${KIN_S} house|home|place|condo|property`,
  `her|his|their|${KIN_S} house|home|place|condo|property ~2 worth|value|sell|selling`,
  `${ACTED_FOR_PEOPLE.join('|')} ~4 vender|vende|venda|valor|vale ~1 su|sus casa|propiedad|casita`,
];

/** Titles written with a period before a name ("Mr. Salas", "la Sra. Ruiz"): the period ends no clause or sentence. */
export const ABBREVIATED_TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta'];

/**
 * The lead's spouse: a spouse's death leaves the home with the lead, so it is the reason only when nothing else is
 * ("my husband passed and the house is too big for just me" is downsizing).
 */
export const SPOUSE_WORDS: ReadonlySet<string> = new Set([
  'husband',
  'wife',
  'spouse',
  'partner',
  'hubby',
  'esposo',
  'esposa',
  'marido',
  'mujer',
  'senora',
  'viejo',
  'vieja',
]);

/** Who buys or sells with the lead and may settle a figure for it: a spouse, a child, "she" or "he" just named. */
// prettier-ignore
export const CO_DECIDERS: readonly string[] = [
  ...SPOUSE_WORDS, 'son', 'daughter', 'kids', 'hijo', 'hija', 'hijos', 'hijas', 'she', 'he', 'ella',
  // a parent who lives and decides with the lead ("my mom's yelling from the kitchen that she wants 615")
  'mom', 'moms', 'mama', 'dad', 'dads', 'papa', 'mother', 'father', 'madre', 'padre',
  // a co-owner after a separation ("my ex says 547k minimum")
  'ex', 'exwife', 'exhusband', 'exesposa', 'exesposo',
];

/**
 * Words that only stress what they stand in, read past inside any phrase (`read/phrases.ts`): "who exactly am i
 * talking to", "quién exactamente me escribe", "is this honestly a bot".
 */
// prettier-ignore
export const STRESS_WORDS: readonly string[] = [
  'exactly', 'actually', 'really', 'honestly', 'literally', 'exactamente', 'realmente', 'basically',
  // "is this even a real person?"
  'even',
  // the Spanish intensifier of the south and of Central America: "nos queda re grande", "está re bonita"
  're',
];
/** What may open a message before what it says (read/phrases.ts openings): "hi um can we see it saturday". */
// prettier-ignore
export const GREETINGS_AND_HESITATIONS: readonly string[] = [
  'hi', 'hey', 'hello', 'hola', 'um', 'umm', 'ummm', 'uh', 'uhh', 'uhm', 'erm', 'hmm', 'hmmm', 'mmm',
];

/**
 * The lead turning from someone else to itself, opening a clause: "me, nope, haven't called anybody", "yo ni he
 * preguntado", "lo mío es que ya estamos grandes", "as for us", "en mi caso", "somewhere around 6 months for me".
 */
export const OWN_CONTRAST_PHRASES: readonly string[] = [
  '^ me|myself|yo|nosotros $',
  // "shes moving to texas, me i'm just tired of the upkeep"
  '^ me|myself im|i',
  '^ pero|but|and|y|_ yo|me|myself|nosotros|nosotras ni|no|nope|nah|todavia|tampoco|ya|personally|personalmente',
  '^ as|en for|cuanto+a me|us|mi|nosotros',
  '^ lo mio|nuestro',
  // "hers is a fixer, mine's turnkey", "la de ella necesita todo, la mía no"
  '^ mine|mines|ours|la+mia|el+mio|la+nuestra|el+nuestro',
  '^ in|en my|our|mi|nuestro case|caso',
  '~ for me|us|mi $',
];
/** Who opens a clause about someone else before the lead turns to itself ("her lender says...", "she needs..."). */
export const OTHERS_OPENING: readonly string[] = [
  'her',
  'hers',
  'theirs',
  'his',
  'their',
  'she',
  'shes',
  'he',
  'hes',
  'ella',
  'el',
];
