/**
 * The seller's words, folded (lower case, no accents), English and Spanish side by side, for the motivation,
 * destination and condition readers (`extract/motivation.ts`, `extract/condition.ts`).
 * Plain word lists: the readers decide by position (what comes before and after a word in its clause).
 */

/** Words that deny what follows within a few words. */
// prettier-ignore
export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', "don't", 'dont', "doesn't", 'doesnt', "won't", 'wont', "can't", 'cant', 'cannot',
  "isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "haven't", 'havent', "hasn't", 'hasnt', "wouldn't",
  'wouldnt', "weren't", 'nothing', 'nunca', 'tampoco', 'nada', 'sin', "didn't", 'didnt',
  // a reason denied in a list: "ni divorcio ni nada de eso"
  'ni',
];
/** A clause that opens by denying what it names: "no es que estemos behind on payments", "it's not that we...". */
// prettier-ignore
export const DENYING_CLAUSE_OPENINGS: readonly string[] = [
  'no es que', 'no es por', 'no fue por', 'not that', 'its not that', 'it s not that', 'it isnt that', 'its not like',
  'not like', 'it aint that',
];

/** A clause of a question ("...?", "¿...") that opens with one of these asks; it does not tell. */
// prettier-ignore
export const QUESTION_WORDS: readonly string[] = [
  'any', 'who', 'cual', 'tiene', 'puedo', 'podemos', 'se', 'what', "what's", 'whats', 'why', 'how', 'is',
  'are', 'does', 'do', 'can', 'could', 'would', 'will', 'when', 'where', 'should', 'que', 'por', 'porque',
  'como', 'cuando', 'cuanto', 'donde', 'es', 'puede', 'pueden', 'hay', 'did', 'was', 'were', 'has', 'have',
  'had', 'whats',
];

/** Relatives whose home is left to the lead (inheritance). */
// prettier-ignore
export const KIN: readonly string[] = [
  'mom', 'mother', 'mum', 'mama', 'mommy', 'mami', 'dad', 'father', 'papa', 'daddy', 'papi', 'parents',
  'padres', 'madre', 'padre', 'grandma', 'grandmother', 'granny', 'nana', 'grandpa', 'grandfather',
  'grandparents', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'abuelos', 'aunt', 'auntie', 'tia', 'uncle',
  'tio', 'suegra', 'suegro', 'suegros', 'brother', 'sister', 'hermano', 'hermana', 'cousin', 'primo', 'prima',
  'godmother', 'madrina', 'padrino', 'brothers', 'sisters', 'siblings', 'hermanos', 'hermanas', 'cousins', 'primos',
  'primas', 'aunts', 'uncles', 'tias', 'tios', 'manman', 'stepmom', 'stepdad', 'stepmother', 'stepfather', 'granddad',
  'grandad',
];

/** The family a seller may move to be near ("near the grandkids up in Spokane", "cerca de mis hijos en Boise"). */
// prettier-ignore
export const FAMILY_TO_BE_NEAR: readonly string[] = [
  ...KIN, 'kids', 'children', 'grandkids', 'grandchildren', 'grandbabies', 'daughter', 'daughters', 'son', 'sons',
  'family', 'familia', 'hijos', 'hijas', 'hijo', 'hija', 'nietos', 'nietas', 'nieto', 'nieta', 'inlaws',
];

/** A verb said as what would follow, before it ("they'd move closer to me", folded "theyd"; "we would move"). */
// prettier-ignore
export const CONDITIONAL_WORDS: readonly string[] = [
  'would', 'could', 'might', 'id', 'wed', 'theyd', 'hed', 'shed', 'youd', "i'd", "we'd", "they'd", "he'd", "she'd",
  "you'd", 'i’d', 'we’d', 'they’d',
];

/** A smaller home wanted, before where ("algo más chico en Hesperia", "a condo in Redlands", "a smaller place in"). */
// prettier-ignore
export const SMALLER_HOME_WORDS: readonly string[] = [
  'smaller', 'small', 'chico', 'chica', 'chiquita', 'chiquito', 'pequena', 'pequeno', 'condo', 'townhouse', 'townhome',
  'apartment', 'departamento', 'depa', 'story', 'planta',
];

/** Words of being near ("near the grandkids", "closer to my daughter", "cerca de mis hijos"). */
export const NEAR_WORDS: readonly string[] = ['near', 'closer', 'close', 'cerca', 'cerquita'];

/** A person said to age or ail ("my mom is getting older", "mi papá está enfermo"): a need after it is theirs. */
// prettier-ignore
export const AILING_WORDS: readonly string[] = [
  'older', 'old', 'sick', 'ill', 'aging', 'elderly', 'frail', 'mayor', 'grande', 'viejita', 'viejito', 'enferma',
  'enfermo', 'delicada', 'delicado',
];

/** A person as the subject right before a need ("he needs help"): the need is theirs, not the home's. */
export const PERSON_SUBJECTS: readonly string[] = ['he', 'she', 'el', 'ella'];
/** Whoever asks for help for themselves ("I need some help", "we need help"; "it needs help" is the home's work). */
export const HELP_SEEKERS: readonly string[] = [...PERSON_SUBJECTS, 'i', 'we', 'they', 'you', 'u'];
/** Pronouns that stand for the home ("it needs work", "la heredé ... y necesita"). */
export const HOME_PRONOUNS: readonly string[] = ['it', 'la', 'lo'];

/** What the owner wants for the home, said by whoever helps them sell: "mi papá quiere 600", "mom is hoping for 640". */
// prettier-ignore
export const OWNER_WISH_VERBS: readonly string[] = [
  'wants', 'want', 'wanted', 'hopes', 'hoping', 'would like', 'wishes', 'asking', 'quiere', 'quieren', 'queria',
  'pide', 'piden', 'espera', 'esperan', 'le gustaria', 'les gustaria', 'quisiera', 'quisieran', 'would be happy',
  'would take', 'would love',
  // said by the owner, reported by whoever helps them sell: "mi dad dice que no menos de 650", "my son say 640"
  'says', 'say', 'said', 'dice', 'dijo', 'thinks', 'piensa', 'cree', 'dicen', 'dijeron', 'creen', 'piensan', 'think',
];
/** The owner's wish said with a contraction (apostrophes dropped): "she'd be happy with 520k", "they'd take 600". */
// prettier-ignore
export const OWNER_CONTENT: readonly string[] = [
  'she would be happy', 'they would be happy', 'he would be happy', 'she would take', 'they would take', 'he would take',
  'they would love', 'she would love', 'he would love', 'they would like', 'she would like', 'he would like',
  'they want', 'they are hoping', 'theyre hoping', 'she says', 'he says', 'they say', 'ella dice', 'ellos dicen',
  'estaria contenta', 'estaria contento', 'estarian contentos',
  // "he's hoping around four eighty" (the apostrophe dropped)
  'hes hoping', 'shes hoping', 'hes asking', 'shes asking', 'hes thinking', 'shes thinking', 'hes looking for',
  'shes looking for', 'he is hoping', 'she is hoping', 'theyre asking', 'theyre thinking',
];

/** "left me", "nos dejó": the giving of a home on a death (and the base form of "she leave the house to me"). */
// prettier-ignore
export const BEQUEATH_VERBS: readonly string[] = [
  'left', 'leave', 'willed', 'dejo', 'dejaron', 'heredo', 'heredaron',
];
/** Who receives, in English after the verb, in Spanish before it. */
export const RECEIVERS: readonly string[] = ['me', 'us', 'nos', 'le', 'les', 'mi', 'nosotros'];
/** Words that may stand between a verb and the home: "her house", "la casa", "the family home". */
// prettier-ignore
export const HOME_DETERMINERS: readonly string[] = [
  'her', 'his', 'their', 'the', 'a', 'our', 'my', 'la', 'el', 'su', 'sus', 'family', 'old', 'whole', 'this',
];
/** The home itself. */
// prettier-ignore
export const HOME_NOUNS: readonly string[] = [
  'house', 'home', 'place', 'property', 'condo', 'townhouse', 'townhome', 'casa', 'casita', 'propiedad',
  'depa', 'departamento', 'duplex',
];

/** Verbs of moving away (both languages): a destination follows after to/a/in/en. */
// prettier-ignore
export const MOVE_VERBS: readonly string[] = [
  'moving', 'move', 'relocating', 'relocate', 'transferring', 'transferred', 'transfer', 'going', 'heading',
  'headed', 'head', 'retiring', 'retire', 'mudar', 'mudarnos', 'mudarme', 'mudamos', 'mudo', 'vamos', 'voy',
  'irnos', 'irme', 'regresar', 'regresarnos', 'regresarme', 'regresamos', 'volver', 'volvernos', 'volvemos',
  'transfirieron', 'transfieren', 'cambian', 'cambiaron', 'mandan', 'mandaron', 'trasladan', 'trasladaron',
  'stationed', 'ir', 'sending', 'send', 'sent', 'sends', 'transfiere', 'manda', 'traslada', 'devolvemos', 'devuelvo',
  'regreso', 'vuelvo', 'mueve', 'mueven', 'movieron', 'cambia', 'transfirio', 'mando', 'movio', 'reassigned',
  'reassigning', 'assigned', 'reubicaron', 'reubican', 'reubico',
];
/** Nouns of a move for work: "job transfer to Austin", "job offer in Seattle", "trabajo en Dallas". */
export const JOB_NOUNS: readonly string[] = [
  'transfer',
  'job',
  'offer',
  'orders',
  'trabajo',
  'chamba',
  'empleo',
  // "got hired on at a towing outfit in Flagstaff", "a mi marido lo contrataron en Houston"
  'hired',
  'contrataron',
  'contrataran',
  // only after an opener (JOB_NOUN_OPENERS): "me salió un contrato en Tulsa", "le dieron un puesto en Reno"
  'contrato',
  'puesto',
  // "le aprobaron el cambio a Blythe", "pedí mi traslado a Reno"
  'cambio',
  'traslado',
];
/** Job nouns that name a move, not the job held now, even after "my" ("my transfer to Fresno"). */
export const TRANSFER_NOUNS: readonly string[] = ['transfer', 'cambio', 'traslado', 'orders'];
/** Job nouns that are one only after an opener: "trabajo" is also "I work", "contrato" a lease, "puesto" a stall. */
export const OPENED_JOB_NOUNS: readonly string[] = ['trabajo', 'contrato', 'puesto', 'cambio', 'traslado'];
/**
 * The employer or the post between a job and its place, skipped on the way to it: "a job at the university in
 * Flagstaff", "a contract with a security company in Tulsa", "working for the county in Reno", "a job as a foreman in
 * Reno", "un puesto de gerente en Boise". With no place after it the job says none ("a job at Walmart").
 */
export const EMPLOYER_LEADS: readonly string[] = ['at', 'for', 'with', 'con', 'as', 'de', 'como'];
/**
 * Words before "trabajo" (and the other OPENED_JOB_NOUNS) that make it the noun, a job ("un trabajo en Tulsa", "me salió trabajo en Phoenix", "por
 * trabajo"); with none of them it is the verb, where the lead works now ("trabajo en un vivero en upland").
 */
// prettier-ignore
export const JOB_NOUN_OPENERS: readonly string[] = [
  'un', 'el', 'mi', 'su', 'nuestro', 'nuevo', 'otro', 'buen', 'mejor', 'de', 'del', 'por', 'este', 'ese',
  'salio', 'consegui', 'consiguio', 'conseguimos', 'consiguieron', 'encontre', 'encontro', 'ofrecieron', 'dieron',
  'tengo', 'tiene', 'tenemos', 'hay', 'cambio', 'nueva',
];
/** Who goes along, skipped on the way to the place: "me voy a vivir con mi hija a Phoenix". */
export const COMPANIONS: readonly string[] = ['with', 'con'];
/** Words between the move and its place: "moving back to", "moving up there", "me cambian de trabajo a". */
// prettier-ignore
export const MOVE_FILLERS: readonly string[] = [
  'me', 'us', 'back', 'up', 'out', 'down', 'over', 'closer', 'de', 'trabajo', 'oficina', 'plaza', 'nos', 'all',
  'the', 'way', 'finally', 'permanently', 'home', 'on',
  // an adjective after the job in Spanish: "un trabajo nuevo en Tucson"
  'nuevo', 'nueva', 'mejor',
];
/** The prepositions before a place. */
/** A post an employer moves with the lead on it: "moving my base to charlotte", "mandan mi plaza a Texas". */
// prettier-ignore
export const POST_NOUNS: readonly string[] = [
  'base', 'station', 'position', 'job', 'unit', 'route', 'office', 'team', 'puesto', 'plaza', 'oficina', 'trabajo',
  'terminal', 'crew', 'department', 'dispatch', 'assignment', 'posting', 'yard', 'port', 'vessel',
];
export const PLACE_PREPOSITIONS: readonly string[] = ['to', 'in', 'a', 'en', 'para', 'pa', 'near', 'towards'];
/** "moving up there", "nos vamos para allá": the place named before. */
export const THERE: readonly string[] = ['there', 'alla', 'aya'];
/** Where a place's name stops. */
// prettier-ignore
export const PLACE_STOPS: readonly string[] = [
  'for', 'because', 'in', 'next', 'this', 'that', 'and', 'to', 'by', 'soon', 'since', 'so', 'but', 'when',
  'once', 'after', 'before', 'with', 'full', 'permanently', 'asap', 'porque', 'por', 'en', 'el', 'la', 'y',
  'pronto', 'cuando', 'con', 'para', 'este', 'esta', 'lo', 'a', 'towards', 'near', 'de', 'del', 'al', 'hasta',
  'right', 'now', 'ya', 'where', 'we', 'i', 'he', 'she', 'they', 'as', 'is', 'are', 'has', 'have', 'like',
  'around', 'then', 'or', 'o', 'until', 'at', 'later', 'early', 'late', 'from', 'que', 'donde', 'pues', 'pero', 'because',
  'cuz', 'bc', 'porq', 'xq', 'since', 'ahi', 'alla', 'there',
  // a verb after the place ("if his transfer to phoenix gets signed off", "a texas se aprueba")
  'gets', 'got', 'goes', 'went', 'was', 'were', 'will', 'would', 'if', 'si', 'happens', 'comes', 'works', 'se', 'es',
  'sale',
  // a time after the place ("trabajo en dallas desde enero", "starting in june")
  'desde', 'starting', 'durante', 'till', 'til', 'back', 'ago', 'last',
];
/**
 * Workplaces a lead is sent to, said with the place they are in: "a la planta de Saltillo", "en la tienda de Tulsa",
 * "to the Denver office".
 */
// prettier-ignore
export const WORKPLACES: readonly string[] = [
  'planta', 'tienda', 'oficina', 'sucursal', 'prision', 'carcel', 'hospital', 'escuela', 'fabrica', 'bodega', 'clinica',
  'parroquia', 'iglesia', 'universidad', 'sede', 'base', 'mina', 'refineria', 'almacen', 'terminal', 'yarda',
  'plant', 'store', 'office', 'branch', 'prison', 'school', 'factory', 'warehouse', 'clinic', 'parish', 'church',
  'campus', 'location', 'site', 'hub', 'depot', 'mill', 'refinery', 'yard', 'shop', 'restaurant', 'hospice', 'agency',
  'facility', 'center', 'centro', 'district', 'distrito',
];
/** Words before a workplace that name whose it is: "to the Tulsa store", "a su oficina de Ogden". */
export const WORKPLACE_DETERMINERS: readonly string[] = [
  'the',
  'their',
  'our',
  'his',
  'her',
  'its',
  'my',
  'la',
  'el',
  'su',
  'sus',
  'mi',
  'nuestra',
  'nuestro',
];
/** Places whose names open with an article, which `NOT_A_PLACE` would turn away ("nos vamos a Las Vegas"). */
// prettier-ignore
export const ARTICLE_PLACES: readonly string[] = [
  'las vegas', 'los angeles', 'el paso', 'la paz', 'las cruces', 'la quinta', 'los cabos', 'el centro', 'la jolla',
  'el cajon', 'la mesa', 'la habra', 'la puente', 'la verne', 'el monte', 'los alamos', 'la crosse', 'las palmas',
  'el salvador', 'la habana', 'los mochis', 'la piedad', 'el grullo', 'los altos',
];
/** A post's verb after "hired to", "moving to": what the lead goes to do, then where ("hired to run a new plant in phoenix"). */
// prettier-ignore
export const POST_VERBS: readonly string[] = [
  'run', 'manage', 'lead', 'open', 'head', 'oversee', 'supervise', 'coordinate', 'teach', 'train', 'help', 'start',
  'launch', 'build', 'cook', 'drive', 'fix', 'handle', 'take', 'fill', 'cover', 'dirigir', 'manejar', 'abrir',
  'encargarse', 'administrar',
];
/** Where the post's place follows it: "to run a new plant in phoenix", "at the reno depot". */
export const POST_PLACE_PREPOSITIONS: readonly string[] = ['in', 'en', 'at'];
/** What a place's name cannot start with: articles, pronouns, verbs, time words. */
// prettier-ignore
export const NOT_A_PLACE: readonly string[] = [
  'a', 'an', 'the', 'be', 'sell', 'buy', 'find', 'get', 'do', 'go', 'have', 'make', 'move', 'see', 'live', 'town',
  // what a home goes to that is no place: "the house is going to auction", "se va a remate"
  'auction', 'subasta', 'remate', 'escrow', 'foreclosure',
  'work', 'stay', 'rent', 'vender', 'comprar', 'ser', 'tener', 'una', 'un', 'el', 'la', 'los', 'las', 'ir',
  'irnos', 'irme', 'vivir', 'volver', 'regresar', 'buscar', 'my', 'our', 'your', 'his', 'her', 'their', 'mi',
  'mis', 'su', 'sus', 'nuestra', 'nuestro', 'another', 'other', 'otra', 'otro', 'some', 'closer', 'back', 'ready',
  'condition', 'shape', 'great', 'good', 'ella', 'ellas', 'ellos', 'nosotros', 'him', 'them', 'you', 'usted', 'ustedes', 'ti',
  'there', 'here', 'us', 'me', 'it', 'that', 'this', 'where', 'somewhere', 'next', 'june', 'july', 'new',
  'nuevo', 'nueva', 'alla', 'aca', 'aqui', 'ver', 'hablar', 'mudar', 'mudarnos', 'mudarme', 'regresarnos',
  'regresarme', 'volvernos', 'cerca', 'near', 'same', 'smaller', 'bigger', 'apartment', 'assisted', 'senior',
  'retire', 'school', 'college', 'office', 'whatever', 'wherever', 'jubilar', 'jubilarnos', 'quedar',
  'quedarnos', 'cambiar', 'cambiarnos', 'pasar', 'estar', 'hacer', 'poner', 'dar', 'salir', 'llegar',
  'empezar', 'poder', 'rentar', 'trabajar', 'storage',
  // "a punto de": about to ("no me voy a mudar con mi esposa a punto de aliviarse")
  'punto',
  ...POST_VERBS,
];
/** Whose move it is not: "are you moving", "my brother se va a regresar". */
// prettier-ignore
export const OTHER_SUBJECTS: readonly string[] = [
  'you', 'he', 'she', 'they', 'se', 'va', 'van', 'ustedes', 'usted',
  'son', 'daughter', 'kids', 'children', 'hijo', 'hija', 'hijos', 'hijas', 'friend', 'friends', 'neighbor',
  'neighbors', 'vecino', 'vecina', 'vecinos', 'amigo', 'amiga', 'amigos', 'in-laws', 'inlaws', 'laws',
];
/** The owner a lead writes for, as the subject of a move ("she's moving back to Mexico", "él se regresa a Jalisco"). */
export const OWNER_PRONOUNS: readonly string[] = [
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'theyre',
  'el',
  'ella',
  'ellos',
  'ellas',
];
/** Whose move is the lead's own: "my husband got transferred", "our family is moving". */
// prettier-ignore
export const OUR_SUBJECTS: readonly string[] = [
  'husband', 'hubby', 'wife', 'wifey', 'spouse', 'partner', 'fiance', 'fiancee', 'family', 'esposo', 'esposa',
  'marido', 'mujer', 'familia', 'pareja', 'company', 'job', 'work', 'employer', 'boss', 'trabajo', 'compania',
  'empresa', 'jefe',
];
/** Between a subject and its verb: "my coworker just transferred", "my son is moving", "mi tía se fue". */
// prettier-ignore
export const AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'got', 'gets', 'getting', 'just', 'will', 'gonna', 'already', 'recently', 'has',
  'had', 'have', 'se', 'ya', 'also', 'finally', 'be', 'being', 'been',
];

/** A state of the home, said of it ("its a mess", "pretty dated", "está muy viejita", "falling apart"). */
// prettier-ignore
export const BAD_STATES: readonly string[] = [
  'mess', 'disaster', 'wreck', 'dump', 'desastre', 'dated', 'outdated', 'old', 'vieja', 'viejas', 'viejo',
  'viejos', 'viejita', 'viejito', 'viejitas', 'antigua', 'antiguo', 'antiguas', 'worn', 'rough', 'gastada',
  'gastado', 'gastados', 'fea', 'feo', 'original', 'originales', 'apart', 'pedazos', 'shot', 'tired',
  'rundown', 'run-down', 'jodida', 'amolada', 'acabada', 'cracked', 'cracking',
  'descuidada', 'descuidado', 'descuidadita', 'descuidadito', 'maltratada', 'maltratado', 'deteriorada', 'deteriorado', 'abandonada', 'abandonado', 'scratched', 'scuffed', 'neglected', 'dilapidated', 'shabby', 'podrida', 'podrido', 'podridas', 'podridos', 'rotten', 'rotted', 'rotting', 'quemada', 'quemado', 'burned', 'burnt', 'overdue', 'toast',
];
/** A good state of the home, said of it the same way ("está impecable", "it's spotless"): move-in ready. */
// prettier-ignore
export const GOOD_STATES: readonly string[] = [
  'impecable', 'impeccable', 'immaculate', 'spotless', 'pristine', 'flawless', 'nuevecita', 'nuevecito', 'nitida',
  'nitido',
  'impeque', 'reluciente', 'relucientes', 'immaculate', 'mint', 'gorgeous', 'stunning', 'cuidadisima', 'cuidadisimo', 'preciosa', 'divina',
];
/** Before "como está": selling the home as it is ("se vende como está", "tal como está", "así como está"). */
export const AS_IS_BEFORE: readonly string[] = [
  'tal',
  'asi',
  'vende',
  'vendo',
  'vendemos',
  'vender',
  'venderla',
];
/** A motivation said of the past ("a divorce 5 years ago", "hace años"): what follows it is the reason now. */
export const PAST_MARKERS: readonly string[] = ['ago', 'hace'];

/** "falls apart", "se cae a pedazos": the state word needs its verb. */
export const FALL_VERBS: readonly string[] = ['falls', 'falling', 'fell', 'fall', 'coming', 'cae', 'cayendo'];
/** The words after a state word that make it about something else ("a mess of paperwork", "old enough"). */
// prettier-ignore
export const NOT_A_STATE_NEXT: readonly string[] = [
  'of', 'de', 'enough', 'school', 'fashioned', 'timer', 'timers',
];
/** The home and its parts: the subject a state word is said of. */
// prettier-ignore
export const HOME_PARTS: readonly string[] = [
  'it', 'its', "it's", 'itself', 'everything', 'house', 'home', 'place', 'property', 'condo', 'inside',
  'outside', 'interior', 'exterior', 'kitchen', 'kitchens', 'bathroom', 'bathrooms', 'bath', 'baths', 'roof',
  'floors', 'floor', 'flooring', 'carpet', 'carpets', 'cabinets', 'windows', 'walls', 'ceiling', 'foundation',
  'plumbing', 'electrical', 'hvac', 'ac', 'deck', 'patio', 'porch', 'fence', 'garage', 'yard', 'backyard',
  'pool', 'driveway', 'paint', 'siding', 'appliances', 'shape', 'condition', 'casa', 'todo', 'cocina', 'bano',
  'banos', 'techo', 'pisos', 'piso', 'ventanas', 'paredes', 'barda', 'alberca', 'garaje', 'jardin',
  'gabinetes', 'alfombra', 'alfombras', 'estado', 'condiciones', 'stucco', 'tile', 'tiles', 'counters',
  'countertops', 'fixtures', 'bones', 'structure', 'estructura', 'stuff', 'area', 'rooms', 'cuartos',
  'recamaras', 'pintura',
  'vigas', 'beams', 'joists', 'subfloor', 'cimientos', 'drywall', 'sheetrock', 'madera', 'walls', 'panel', 'ducts',
];
/** Words skipped when finding what a state word is said of (articles, possessives, copulas, adverbs). */
// prettier-ignore
export const STATE_FILLERS: readonly string[] = [
  'the', 'a', 'an', 'la', 'el', 'los', 'las', 'un', 'una', 'my', 'our', 'their', 'your', 'mi', 'mis',
  'nuestra', 'nuestro', 'su', 'sus', 'is', 'are', 'was', 'were', "'s", 'be', 'been', 'looks', 'look', 'feels',
  'feel', 'seems', 'got', 'gets', 'getting', 'kinda', 'kind', 'sort', 'es', 'son', 'esta', 'estan', 'era',
  'se', 've', 'ven', 'siente', 'queda', 'hecha', 'hecho', 'quedo', 'honestly', 'really', 'pretty', 'very',
  'super', 'so', 'too', 'bit', 'little', 'lot', 'just', 'totally', 'total', 'complete', 'completely', 'whole',
  'entire', 'bien', 'muy', 'poco', 'algo', 'bastante', 'medio', 'ya', 'todavia', 'tan', 're', 'honestamente',
  'sinceramente', 'verdad', 'lol', 'tbh', 'also', 'back', 'front', 'all', 'quite', 'real', 'rather',
  'somewhat', 'still', 'absolute', 'huge', 'big', 'bigger', 'such', 'bastantito', 'demasiado', 'toda', 'todas',
  'todos', 'y', 'and', 'both', 'now', 'of',
  // words that open or stress an answer and say nothing of whom: "pues está viejita", "bro it's a straight mess"
  'pues', 'bueno', 'mira', 'oye', 'eh', 'ah', 'bro', 'straight', 'like', 'well', 'yeah', 'ok', 'okay', 'um', 'hmm',
  'la', 'neta', 'literally', 'literalmente', 'seriously',
];
/** A possessive right before "old" makes it former ("my old neighborhood", "mi vieja escuela"), unless a home follows. */
// prettier-ignore
export const POSSESSIVES: readonly string[] = [
  'my', 'our', 'his', 'her', 'their', 'your', 'mi', 'mis', 'su', 'nuestra', 'nuestro',
];

/** Saying it needs: "needs work", "necesita reparaciones", "le falta mucho". */
// prettier-ignore
export const NEED_VERBS: readonly string[] = [
  'need', 'needs', 'needed', 'necesita', 'necesitan', 'ocupa', 'ocupan', 'requires', 'require', 'falta',
  'faltan',
];
/** Said of a home that needed work and is ready now ("ya quedó lista"). */
// prettier-ignore
export const MENDED_NOW_WORDS: readonly string[] = [
  'now', 'now its', 'ahora', 'ahorita', 'ya quedo', 'ya esta', 'already fixed', 'all fixed', 'ya la arreglamos',
  'at this point', 'nothing left to fix', 'nothing left to do', 'all done', 'todo listo', 'ya no le falta nada',
];
/** Between the need and its work: amounts, "a", "new", "to be" ("needs a ton of work", "needs mucho work"). */
// prettier-ignore
export const NEED_FILLERS: readonly string[] = [
  'some', 'a', 'lot', 'lots', 'of', 'little', 'major', 'minor', 'ton', 'tons', 'bunch', 'whole', 'good', 'bit',
  'fair', 'amount', 'serious', 'quite', 'new', 'to', 'be', 'mucho', 'muchos', 'mucha', 'muchas', 'bastante',
  'bastantes', 'un', 'una', 'poco', 'poquito', 'de', 'algunas', 'algunos', 'unas', 'unos', 'varias', 'varios',
  'chin', 'algo', 'buen', 'harto', 'hartos', 'par', 'su', 'nueva', 'nuevo', 'nuevas', 'nuevos', 'el', 'la',
  'more', 'extra', 'real', 'basic', 'cosmetic', 'full', 'complete', 'total', 'los', 'las', 'any',
];
/** What a home needs when it needs work. */
// prettier-ignore
export const WORK_NOUNS: readonly string[] = [
  'work', 'repairs', 'repair', 'tlc', 'updating', 'updates', 'update', 'love', 'fixing', 'fixed', 'painted',
  'redone', 'replaced', 'replacing', 'updated', 'remodel', 'remodeling', 'renovation', 'renovating', 'paint',
  'roof', 'kitchen', 'flooring', 'floors', 'carpet', 'carpets', 'windows', 'hvac', 'ac', 'a/c', 'plumbing',
  'electrical', 'bathroom', 'bathrooms', 'cabinets', 'siding', 'fence', 'pintura', 'pintar', 'piso', 'pisos',
  'techo', 'reparaciones', 'reparacion', 'arreglos', 'arreglo', 'trabajo', 'remodelacion', 'manita',
  'mantenimiento', 'refresh', 'makeover', 'overhaul', 'gutting', 'help', 'cariño', 'carino', 'arreglar',
  'reparar', 'remodelar',
  'patching', 'patched', 'patch', 'redoing', 'rewired', 'repiped', 'replumbed', 'elbow', 'sweat', 'replacement', 'replacing', 'rewiring', 'repiping', 'rehab', 'gut', 'tune-up', 'touch-ups', 'touchups', 'retoques', 'resanar', 'arreglitos', 'inversion', 'lana', 'cosas', 'cositas',
];
/** "le falta mucho", "needs a lot": an amount alone at the end of the clause is work. */
// prettier-ignore
export const NEED_AMOUNTS: readonly string[] = [
  'mucho', 'muchisimo', 'bastante', 'harto', 'lot', 'lots', 'tons', 'todo', 'everything',
];
/** Done to a home; denied, the home needs work ("nunca la hemos arreglado", "nothing updated since 1979"). */
// prettier-ignore
export const FIX_PARTICIPLES: readonly string[] = [
  'updated', 'remodeled', 'remodelled', 'renovated', 'fixed', 'upgraded', 'touched', 'redone', 'arreglado',
  'arreglada', 'remodelado', 'remodelada', 'renovado', 'renovada', 'actualizado', 'actualizada', 'arreglamos',
  'remodelamos', 'renovamos', 'actualizamos', 'reparado', 'reparada', 'mantenido', 'mantenida',
  // "nunca le hicieron nada", "no le hemos hecho nada"
  'hicieron', 'hicimos', 'hecho',
];
/**
 * The era a part of the home dates from ("the kitchen is straight out of 1983", "an 80s kitchen", "el baño como en
 * los ochentas"): decades said as words; a year said as digits is old up to OLD_PART_LAST_YEAR.
 */
// prettier-ignore
export const PART_ERAS: readonly string[] = [
  '50s', '60s', '70s', '80s', '90s', "50's", "60's", "70's", "80's", "90's", '1950s', '1960s', '1970s', '1980s',
  '1990s', 'cincuentas', 'sesentas', 'setentas', 'ochentas', 'noventas',
];
export const OLD_PART_FIRST_YEAR = 1940;
export const OLD_PART_LAST_YEAR = 2005;
/** Persons: what a state or a lack is said of when it is not the home ("mi mamá ya está muy vieja"). */
// prettier-ignore
export const PERSONS: readonly string[] = [
  'i', "i'm", 'im', 'we', "we're", 'were', 'you', 'he', 'she', 'they', 'yo', 'nosotros', 'esposo', 'esposa',
  'husband', 'wife', 'hijo', 'hija', 'kids', 'ninos',
];

/** Someone inheriting ("my sister just inherited our mom's house", "mi hermano heredó la casa"). */
export const INHERITING_WORDS: readonly string[] = [
  'inherit',
  'inherited',
  'inherits',
  'inheriting',
  'heredo',
  'heredaron',
  'heredara',
  'heredaran',
];

/** A budget for the home a seller buys next ("pre approved up to 800", "nos alcanza para 600"): extract/index.ts. */
// prettier-ignore
export const PURCHASE_BUDGET_WORDS: readonly string[] = [
  'budget', 'price range', 'afford', 'spend', 'pre approved for', 'pre-approved for', 'preapproved for', 'approved for',
  'pre approved up to', 'pre-approved up to', 'preapproved up to', 'approved up to', 'presupuesto', 'gastar',
  'pagar hasta', 'rango de precio', 'nos alcanza para', 'aprobados por', 'aprobados para', 'aprobado por',
  'aprobado para', 'aprobada por', 'aprobada para', 'aprobadas por', 'aprobadas para',
];
/** A clause about the home bought next: "and then buy", "for the next one", "la siguiente". */
// prettier-ignore
export const BUYING_NEXT_WORDS: readonly string[] = [
  'buy', 'buying', 'purchase', 'comprar', 'next one', 'next house', 'next home', 'next place', 'la siguiente',
  'la proxima', 'la otra casa', 'compremos', 'compraremos', 'comprariamos', 'the new place', 'the new house',
  'the new home', 'la casa nueva', 'la nueva casa', 'el depto', 'un depto', 'el depa', 'un depa',
];
/**
 * The home wanted, by its size against the one sold ("we want something bigger", "algo más chiquito"): this clause is
 * about the purchase (not the ones after it: "we want something smaller. the house is in good shape, we'd want 875").
 */
// prettier-ignore
export const WANTED_HOME_WORDS: readonly string[] = [
  'something bigger', 'something smaller', 'something larger', 'a bigger place', 'a smaller place', 'a bigger house',
  'a smaller house', 'a bigger home', 'a smaller home', 'bigger place', 'smaller place', 'algo mas grande',
  'algo mas chico', 'algo mas chiquito', 'algo mas pequeno', 'una casa mas grande', 'una casa mas chica',
];
/**
 * What the sale must bring for the purchase after it, the sale's own figure: "we need at least 590 to make the next
 * one work", "necesitamos 600 para que nos alcance para la siguiente".
 */
export const NEEDED_FROM_SALE: readonly string[] = [
  'need|needs|necesitamos|necesito ~6 to+make|para+que|para the|la|nos next|siguiente|alcance|alcanzar',
  // "we'd need at least 630k to make the bigger place work", "para que salga la casa nueva"
  'need|needs|necesitamos|necesito ~6 to+make|para+que the|a|la|el|_ bigger|smaller|new|other|nueva|otra|mas+grande ~1 place|house|home|one|casa|work|salga|funcione',
  'need|needs|necesitamos|necesito ~6 pa|para|to poder|_ comprar|buy',
];
/** A purchase paid with what the sale brings: "con lo de la venta", "with the money from the sale". */
// prettier-ignore
export const SALE_PROCEEDS_WORDS: readonly string[] = [
  'con lo de la venta', 'con lo que saquemos', 'con el dinero de la venta', 'with the money from the sale',
  'from the sale', 'with what we get', 'with the proceeds', 'proceeds', 'con la ganancia',
];

/** Words among the people a home was left to ("my brother and me", "a mis primos y a mí", "my two cousins"). */
// prettier-ignore
export const RECIPIENT_JOINERS: readonly string[] = [
  'and', 'y', 'a', 'al', 'my', 'mi', 'mis', 'our', 'the', 'los', 'las', 'two', 'three', 'four', 'both', 'dos', 'tres', 'cuatro', 'ambos',
];
