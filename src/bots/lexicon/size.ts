/**
 * Size words, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents).
 */

/**
 * A conclusion: the count said after it is the answer, whatever counts were added up before ("3 rooms for the kids
 * plus an office so 4", "2 para los niños y una para nosotros, entonces 3").
 */
export const CONCLUSION_WORDS = [
  'so',
  // "...so it should be four", "so make it 4"
  'so it should be',
  'so it would be',
  'so it will be',
  'so make it',
  'so that makes',
  'so that makes it',
  'so like',
  'so about',
  'so we need',
  'which means',
  'meaning',
  "that's",
  'thats',
  'in total',
  'total',
  'entonces',
  'o sea',
  'asi que',
  'en total',
  'total son',
  'serian',
  'son',
] as const;

/** A count said as the least the buyer takes ("at least 3", "por lo menos 3", "3 minimum", "3 o más"). */
export const AT_LEAST_BEFORE = [
  'at least',
  'minimum',
  'min',
  'no less than',
  'al menos',
  'por lo menos',
  'minimo',
  'como minimo',
] as const;
export const AT_LEAST_AFTER = [
  'or more',
  'minimum',
  'min',
  'at least',
  'o mas',
  'minimo',
  'como minimo',
] as const;

/**
 * Who lives in the home, said before a count ("family of 5", "familia de 6", "we are 4", "somos 6"): a count of
 * people, never of bedrooms.
 */
export const PEOPLE_BEFORE = [
  'family of',
  'household of',
  'party of',
  'familia de',
  'we are',
  'were',
  "we're",
  'there are',
  'theres',
  'somos',
  'vivimos',
  // "somos solo 2 y un baby", "we're just 3"
  'somos solo',
  'somos nomas',
  'somos nada mas',
  'we are only',
  'we are just',
  'were only',
  'were just',
  'its only',
  'its just',
  // "it's just us two", "just the 2 of us"
  'us',
  'just us',
  'only us',
  'solo nosotros',
  'nomas nosotros',
] as const;

/** People said after a count ("5 of us", "4 people", "3 kids", "6 en la familia", "somos 4 personas"). */
export const PEOPLE_AFTER = [
  'of us',
  'people',
  'persons',
  'kids',
  'children',
  'adults',
  'sons',
  'daughters',
  'boys',
  'girls',
  'grandkids',
  'dogs',
  'cats',
  'cars',
  'trucks',
  'hijas',
  'nietos',
  'perros',
  'carros',
  'in the family',
  'in my family',
  'in our family',
  'personas',
  'hijos',
  'ninos',
  'ninas',
  'chamacos',
  'chiquillos',
  'adultos',
  'de nosotros',
  'en la familia',
  'en mi familia',
  'en nuestra familia',
  'en la casa',
] as const;

/** Children, as a lead names them: whose ages are given and whom rooms are counted for. */
// prettier-ignore
const CHILDREN: readonly string[] = [
  'kids', 'kid', 'children', 'child', 'sons', 'daughters', 'daughter', 'boys', 'boy', 'girls', 'girl', 'grandkids',
  'hijos', 'hijo', 'hijas', 'hija', 'ninos', 'nino', 'ninas', 'nina', 'nietos', 'nieto', 'chamacos',
];
/**
 * People whose ages a lead gives ("kids ages 7 and 9", "my daughter is 4", "mis hijos tienen 8 y 12 años"): the ages are
 * no bedroom count. Who, what the ages follow, and what follows them.
 */
export const WHOSE_AGES: readonly string[] = [
  ...CHILDREN,
  ...['son', 'twins', 'baby', 'nietas', 'nieta', 'gemelos', 'bebe'],
];
// prettier-ignore
export const AGES_BEFORE: readonly string[] = ['ages', 'aged', 'age', 'edades', 'edad', 'de edades', 'de edad'];
/** What joins the subject to its ages: "are 7 and 9", "is 4", "tienen 8 y 12" (or nothing: "2 kids (7 & 9)"). */
// prettier-ignore
export const AGES_VERBS: readonly string[] = ['are', 'is', 'r', 'tienen', 'tiene', 'turning', 'turn', 'cumplen', 'cumple'];
/** Someone whose age is said with "de" ("un niño de 6 y una de 9", "mi hija de 4"). */
// prettier-ignore
export const AGES_OF_SOMEONE: readonly string[] = [
  'nino', 'nina', 'ninos', 'ninas', 'hijo', 'hija', 'hijos', 'hijas', 'chamaco', 'chamaca', 'bebe', 'uno', 'una',
];
// prettier-ignore
export const AGES_AFTER: readonly string[] = [
  'anos', 'anitos', 'years old', 'year old', 'yrs old', 'yr old', 'months old', 'meses',
];

/**
 * Rooms the lead counts out rather than names ("a room for each of our 3 kids plus one for us", "one for me, one for
 * each of my 2 girls and an office", "una recámara pa' cada chamaco, son tres, y la de nosotros"): whom a room is
 * for, each of them, and the rooms added.
 */
export const ROOMS_FOR_EACH: readonly string[] = [
  ...CHILDREN,
  ...['grandbabies', 'teens', 'teenagers', 'chamaco', 'plebes', 'morros'],
];
/** Whom one more room is for: "one for us", "otra para mi mamá". */
// prettier-ignore
export const ONE_MORE_ROOM_FOR: readonly string[] = [
  'me', 'us', 'myself', 'nosotros', 'mi', 'my wife', 'my husband', 'the two of us', 'my mom', 'my mother', 'grandma',
  'la abuela', 'mi mama', 'mi esposa', 'mi esposo', 'guests', 'visitas', 'the baby', 'el bebe',
];
/** People named as a pair, counted without a number ("one for each of the twins"). */
export const PAIRS: readonly string[] = ['twins', 'gemelos', 'gemelas', 'cuates', 'cuatas'];
/** A room said before whom it is for, in a list of rooms ("one for us, one for the girl", "uno pa' nosotros"). */
export const ONE_ROOM_WORDS: readonly string[] = ['one', 'uno', 'una', 'another', 'otro', 'otra'];
/** A room that is no one's bedroom, added: "and an office", "plus a guest room", "y una oficina". */
// prettier-ignore
export const ROOMS_ADDED: readonly string[] = [
  'office', 'guest room', 'oficina', 'cuarto de visitas', 'gym', 'study', 'den', 'playroom', 'craft room',
];

/** What joins the two ends of a count range ("3 or 4", "3-4", "3 maybe 4", "3 o tal vez 4", "3 or even 4"). */
export const RANGE_JOINERS = [
  // after a comma: "two, maybe three bedrooms", "3, o tal vez 4 recámaras"
  ', maybe',
  ', or maybe',
  ', or',
  ', o',
  ', tal vez',
  ', o tal vez',
  ', quizas',
  ', possibly',
  ', maybe even',
  'or',
  'to',
  '-',
  'o',
  'a',
  'maybe',
  'or maybe',
  'possibly',
  'or possibly',
  'or even',
  'even',
  'quizas',
  'quiza',
  'tal vez',
  'o tal vez',
  'o quizas',
  'o hasta',
  'or up to',
] as const;

/**
 * A count the lead does not need, said before the bedrooms: "we don't need 4 beds", "no necesitamos 4 recámaras", a
 * count set aside ("scratch the 3 beds", "olvida las 3 recámaras") or complained of ("stop sending me 2 bedroom
 * stuff", "ya no me manden casas de 2 recámaras").
 */
// prettier-ignore
const COUNTS_NOT_NEEDED: readonly string[] = [
  "don't need", 'dont need', 'do not need', "don't want", 'dont want', 'do not want', "don't really need", "won't need",
  'wont need', 'no need', 'no necesitamos', 'doesnt have to be', "doesn't have to be", 'does not have to be',
  'dont have to be', 'no tiene que ser', 'no tienen que ser', 'no tiene que ser de',
  'no necesito', 'no queremos', 'no quiero', 'no ocupamos', 'scratch the', 'scratch', 'forget the', 'forget about the',
  'ignore the', 'olvida las', 'olvida lo de las', 'olvidate de las', 'stop sending me', 'stop sending', 'stop showing me',
  'quit sending me', 'no more', 'enough with the', 'tired of', 'sick of', 'forget', 'olvida', 'tired of seeing',
  'sick of seeing', 'sending me casas de', 'sending me houses with', 'ya no me mandes', 'ya no me manden',
  'no me manden', 'dejen de mandarme', 'deja de mandarme', 'ya no mas', 'no mas casas de', 'manden casas de',
  'mandes casas de', 'mandarme casas de', 'quit sending', 'quit showing me', 'quit showing', 'stop showing',
  'stop with the', 'enough of the', 'no more of the',
  // "stop looking at 1 bedrooms, he wants 3", "quit dreaming about 5 bedrooms lol. 3 beds 2 baths is fine"
  'stop looking at', 'quit looking at', 'stop dreaming about', 'quit dreaming about', 'dejen de buscar',
  'deja de buscar', 'ya no busquen', 'no busquen', 'olvidate de',
  // (in Spanglish: "stop mandándome de 2 recámaras")
  'stop mandandome', 'stop mandando', 'paren de mandarme', 'paren de mandar', 'dejen de mandar', 'deja de mandar',
  // a count warned off ("if you start sending me 2 bedroom places I'll unsubscribe")
  'if you send me', 'if you start sending me', 'if you keep sending me', 'if u send me', 'si me mandan', 'si me mandas',
  'si me siguen mandando',
  // nothing of that count wanted: "no quiero nada de 2 recámaras, mínimo 3", "nothing with 2 bedrooms, at least 3"
  'no quiero nada de', 'no queremos nada de', 'nada de', 'nada con', 'ninguna de', 'nothing with', 'nothing under',
];
/** ...with the "de" a Spanish count takes after them ("ya no me manden de 2 recámaras", "no quiero de 2"). */
export const COUNT_NOT_NEEDED: readonly string[] = [
  ...COUNTS_NOT_NEEDED,
  ...COUNTS_NOT_NEEDED.filter((words) => !words.endsWith(' de')).map((words) => `${words} de`),
];
/**
 * Homes of a count not to be sent or shown, said as a negator and a verb of sending among the last words before the
 * count ("don't send me any 2 bedrooms", "never show us 2 beds", "no me manden de 2 recámaras").
 */
// prettier-ignore
export const NOT_SENT_NEGATORS: readonly string[] = [
  "don't", 'dont', 'never', 'no', 'stop', 'quit', 'nunca', 'dejen', 'deja', 'dnt',
  // ...or a complaint that they kept coming: "zillow kept sending 2 bedrooms", "me siguen mandando de 2 recámaras"
  'kept', 'keeps', 'siguen', 'seguian',
];
// prettier-ignore
export const SENT_OR_SHOWN: readonly string[] = [
  'send', 'sending', 'show', 'showing', 'mandar', 'mandarme', 'mandarnos', 'mandes', 'manden', 'mande', 'envies',
  'envien', 'enviar', 'ensenes', 'ensenen', 'ensenar', 'ensenarme', 'mandando', 'enviando', 'ensenando',
];
/** ...with only whom and how many between the verb and the count ("send me any", "show us no more", "mandarme de"). */
// prettier-ignore
export const SENT_TO_WORDS: readonly string[] = [
  'me', 'us', 'them', 'any', 'more', 'no', 'again', 'nos', 'mas', 'de', 'the', 'those', 'these', 'ningun', 'ninguna',
  'ya', 'otra', 'otro',
];
/** Besides the take-back words, what corrects one bare count with the next: "3, make it 4", "3 o sea 4". */
export const COUNT_CORRECTIONS: readonly string[] = ['make it', 'make that', 'o sea'];

/** The count said to be enough after it: "3 is plenty", "con 3 basta", "3 would be fine", "con 4 estamos bien". */
// prettier-ignore
export const COUNT_ENOUGH: readonly string[] = [
  'is plenty', 'is enough', 'is fine', 'is good', 'is ok', 'would be fine', 'would be enough', 'are plenty',
  'are enough', 'plenty', 'enough', 'basta', 'bastan', 'es suficiente', 'son suficientes', 'esta bien', 'estan bien',
  'alcanza', 'seria suficiente', 'estamos bien', 'we are good', "we're good", 'works for us',
  // a floor after a wish: "five bedrooms ideally, four at the very least", "5 ideal, 4 mínimo"
  'at the very least', 'at least', 'minimum', 'at a minimum', 'como minimo', 'minimo', 'por lo menos', 'lo minimo',
  // "4 bed ideally, 3 is the minimum", "5 seria lo ideal, 4 es el minimo"
  'the minimum', 'the bare minimum', 'the min', 'our minimum', 'my minimum', 'el minimo', 'nuestro minimo', 'the floor',
  'nos la arreglamos', 'nos arreglamos', 'nos acomodamos', 'la hacemos', 'nos alcanza', 'we can make do', 'make do', 'we can make it work', 'we could make it work',
  'works', 'would work', 'could work', 'will work', 'will do', 'would do', 'is a plenty', 'me sirve', 'nos sirve',
  'funciona', 'nos funciona', 'nos sirven',
];
/** A word between the count and "enough" that makes it no bedroom count enough: "4 isnt enough", "2 stories is fine". */
// prettier-ignore
export const NOT_ENOUGH_BETWEEN: readonly string[] = [
  'no', 'not', 'isnt', 'wasnt', 'aint', 'nunca', 'stories', 'story', 'levels', 'level', 'pisos', 'piso', 'plantas',
  'floors', 'floor', 'niveles', 'nivel', 'planta',
  'baths', 'bathrooms', 'banos', 'car', 'cars', 'garage', 'kids', 'people', 'personas', 'acres',
  // a turn before a floor belongs to the next count: "ideally 5 but minimum 4"
  'but', 'pero', 'and', 'y', 'or', 'o',
];
/** A count quoted from before, to be replaced: "i said 3 bedrooms earlier but we need 4", "te dije 3 pero ocupamos 4". */
// prettier-ignore
export const SAID_BEFORE: readonly string[] = [
  'i said', 'we said', 'i told you', 'told you', 'i put', 'i mentioned', 'i wrote', 'dije', 'te dije', 'le dije',
  'dijimos', 'puse', 'earlier', 'before', 'last time', 'antes', 'la otra vez', 'hace rato',
];
/**
 * A count added as a nice-to-have beside the one known, not put in its place: "4 bedrooms would be nice too", "y si
 * tiene 4 mejor", in the grammar of `read/phrases.ts`.
 */
// prettier-ignore
export const COUNT_ADDED: readonly string[] = [
  'too', 'also', 'tambien', 'maybe', 'quizas', 'quiza', 'tal+vez', 'a+lo+mejor', 'bonus', 'plus', 'if+possible',
  'si+se+puede', 'nice+to+have', 'would be nice|great|better', 'seria|estaria bueno|mejor|bien',
];
/** Words that may lead the count put in place of one turned down: "not 3, but 4", "no 3 sino 4", "not 3, we need 4". */
// prettier-ignore
export const COUNT_INSTEAD_LEADS: readonly string[] = [
  'but', 'sino', 'pero', 'more like', 'mas bien', 'make it', 'que sean', 'son', "it's", 'its', 'are', 'at least',
  'minimum', 'minimo', 'al menos', 'ideally', 'preferably', 'mejor', 'idealmente', 'we need', 'we want', 'need',
  'want', 'necesitamos', 'queremos', 'ocupamos',
];

/**
 * What a bare number before it counts when it is no bedroom count: money, time, people, cars, animals, areas, storeys
 * ("650k", "2 weeks", "4 kids", "3 car garage", "2 stories"). Whole words, then the starts of words.
 */
export const COUNT_UNIT_WORDS: readonly string[] = [
  'k',
  'mil',
  'm',
  'min',
  'mins',
  'minute',
  'minutes',
  'am',
  'pm',
];
// prettier-ignore
export const COUNT_UNIT_STARTS: readonly string[] = [
  '%', '$', ':0', ':1', ':2', ':3', ':4', ':5', 'grand', 'thousand', 'million', 'of us', 'de nosotros', 'day', 'dias', 'hour', 'hr', 'hora', 'minuto',
  // a part of the rooms: "2 of the bedrooms gotta be downstairs"
  'of the', 'of them', 'of those', 'de las', 'de los', 'de ellas', 'de ellos',
  'week', 'semana', 'month', 'mes', 'year', 'ano', 'yr', "o'clock", 'oclock', 'kid', 'hijos', 'car', 'people',
  'personas', 'dog', 'sq', 'ft', 'acre', 'stor', 'floor', 'level', 'nivel', 'planta', 'piso',
  // what a lead has to add: "sorry 1 more thing", "2 preguntas"
  'thing', 'question', 'cosa', 'cosita', 'pregunta', 'preguntita',
  ...['more', 'quick', 'last', 'small', 'little', 'other'].flatMap((word) => [
    `${word} thing`,
    `${word} question`,
    `${word} q `,
  ]),
];

/**
 * Things a bare number counts with a word or two between ("2 big dogs", "3 of my project cars", "2 jet skis", "dos
 * perros grandes" is read by its first word): the starts of their words.
 */
// prettier-ignore
export const COUNTED_THINGS: readonly string[] = [
  'dog', 'perro', 'cat', 'gato', 'pet', 'mascota', 'car', 'carro', 'truck', 'troca', 'jet', 'boat',
  'lancha', 'bike', 'motorcycle', 'moto', 'horse', 'caballo', 'kid', 'nino', 'hijo', 'trailer', 'camper', 'rv',
  'pitbull', 'pup', 'bird', 'parrot', 'perico', 'chicken', 'gallina', 'goat', 'chiva', 'cow', 'vaca', 'pig',
  // the household by age and vehicles in other words: "we have 2 teenagers", "cochera para dos troques"
  'teen', 'adolescent', 'toddler', 'baby', 'babies', 'bebe', 'grandkid', 'nieto', 'nieta', 'twin', 'gemel', 'troque',
  'suv',
  // children in regional words: "somos 2 y 2 gurises", "3 chamacos", "2 plebes"
  'guri', 'chamac', 'chiquill', 'plebe', 'morrit', 'escuincl', 'pibe', 'cipot', 'nene', 'nena', 'bebito', 'bebita',
];
/** Words that between a count and a thing say the count is of rooms after all ("3 for my kids", "4 con los niños"). */
// prettier-ignore
export const COUNT_FOR_WORDS: readonly string[] = [
  'for', 'para', 'pa', 'with', 'con', 'so', 'since', 'because', 'cuz', 'bc', 'and', 'y', 'or', 'o', 'one', 'una', 'uno',
  'each', 'cada',
];

/** Words that say a count is the one wanted ("we need 3 bed"): such a count is no home's that falls short. */
// prettier-ignore
export const WANTING_COUNT_WORDS: readonly string[] = [
  'need', 'want', 'queremos', 'quiero', 'necesitamos', 'necesito', 'buscamos', 'ocupamos',
];
/** What a count wanted after one that falls short may be of, other than bedrooms ("we need 2 baths", "a 3 car garage"). */
// prettier-ignore
export const COUNTS_NOT_BEDROOMS: readonly string[] = [
  'bath', 'baths', 'bathroom', 'bathrooms', 'ba', 'bano', 'banos', 'car', 'story', 'stories',
];
/**
 * Words that say a bedroom count falls short of what the lead needs, so the count wanted after it is the one: "if its
 * only 3 bed, we need 4", "3 beds is too small, we need 4", "this one is 3 bed but we need 4", "solo tiene 3, ocupamos 4".
 */
// prettier-ignore
export const FALLING_SHORT: readonly string[] = [
  'only', 'just', 'solo', 'nomas', 'small', 'smaller', 'tiny', 'not enough', 'isnt enough', 'no alcanza', 'no alcanzan',
  'poco', 'pocas', 'pequena', 'chica', 'chiquita', 'but', 'pero', 'though', 'aunque', 'tight', 'cramped',
  // "son 2 habitaciones nada más, necesitamos 3", Caribbean "na' má"
  'nada mas', 'namas', 'na ma',
];
/** The home the lead has now, by its noun: "our current house has 3", "mi casa tiene 2". */
// prettier-ignore
export const HOMES_NOW: readonly string[] = [
  'house', 'home', 'place', 'apartment', 'apt', 'condo', 'casa', 'depa', 'departamento', 'apartamento',
];
/**
 * The home the lead has now, said before its count with "the" and who lives there ("the depa we have now is 2 bed",
 * "the apartment we're in now has", "la casa que rentamos ahorita tiene"): phrase rules ending at the count.
 */
// prettier-ignore
export const HOME_NOW_SAID: readonly string[] = [
  `the|this|el|la|este|esta ${HOMES_NOW.join('|')} we|i|que|_ have|got|are+in|re+in|were+in|live+in|rent|tenemos|tengo|rentamos|rento ~2 is|has|es|tiene ~2 $`,
];
/** Words that make the home now the lead's own ("my", "our", "tenemos"), not the one on the page ("it has 4"). */
// prettier-ignore
export const OWN_HOME_NOW_WORDS: readonly string[] = [
  'my', 'our', 'mi', 'nuestra', 'nuestro', 'have', 'got', 'tenemos', 'tengo', 'currently', 'ahorita',
];
/** A home that is not the one wanted, said of its count: "it only has 3 rooms y necesitamos 4", "esta tiene 3". */
// prettier-ignore
export const OTHER_HOMES: readonly string[] = [
  'it', 'this one', 'this house', 'this home', 'that one', 'that house', 'the house', 'esta', 'esta casa', 'la casa',
  'esta nomas', 'esta nada mas', 'esta casa nomas', 'la casa nomas',
];
/** What may come between a home's "has" and its count: "has only 3", "tiene solo 2". */
// prettier-ignore
export const COUNT_LEAD_INS: readonly string[] = [
  'a', 'an', 'un', 'una', 'only', 'solo', 'just', 'ahorita', 'now', 'currently',
];
/**
 * One bathroom said with an article right after the bedroom count: "2 recámaras y un baño", "3 beds and a bath",
 * "dos cuartos con un solo baño" (not "a bath and a half", read as 1.5 before this).
 */
export const ONE_BATH_AFTER_BEDS: readonly string[] = [
  'y|and|con|with|_ un|una|a|one solo|single|just|only|_ bano|banos|bath|baths|bathroom|bathrooms|bthrm|ba',
];

/**
 * A count said against the home the lead has now ("one more bedroom than we have now, we're in a 2 bed", "una recámara
 * más de las que tenemos", "we need el doble"): what is added, or that it doubles, in the grammar of `read/phrases.ts`.
 */
export const ONE_MORE_PHRASES: readonly string[] = [
  'one|1|una|un|uno more|mas bedroom|bedrooms|room|rooms|bed|beds|recamara|recamaras|cuarto|cuartos|habitacion|than|que|de',
  'one|1|una|un|uno more|mas $',
  // ...said as enough: "we got 3 rn and it's not enough, one more would do it", "una más y ya", "uno más estaría bien"
  'one|1|una|un|uno more|mas would|should|seria|estaria|bastaria|alcanza|alcanzaria|y+ya|and+done|and+were',
  'one|1|una|un|uno recamara|cuarto|habitacion|bedroom|room mas|more',
];
export const TWO_MORE_PHRASES: readonly string[] = [
  'two|2|dos more|mas bedrooms|rooms|beds|recamaras|cuartos|habitaciones|than|que|de',
  'two|2|dos more|mas $',
  'two|2|dos recamaras|cuartos|habitaciones|bedrooms|rooms mas|more',
];
/** The lead's home now, said in its first person, before a count is read against it ("we have 4 now", "vivimos en"). */
// prettier-ignore
export const HOME_NOW_WORDS: readonly string[] = [
  'have', 'got', 'tenemos', 'tengo', 'now', 'ahora', 'ahorita', 'currently', 'actualmente',
  'live', 'living', 'vivimos', 'vivo', 'rent', 'renting', 'rentamos', 'rento', 'were', 'im', 'estamos', 'current',
  'actual',
];
/** One fewer than the home now, downsizing ("la de ahora tiene 3 pero queremos una menos", "one less bedroom"). */
export const ONE_FEWER_PHRASES: readonly string[] = [
  'one|1|una|un|uno less|fewer|menos bedroom|bedrooms|room|rooms|bed|beds|recamara|recamaras|cuarto|cuartos|habitacion|than|que|de',
  'one|1|una|un|uno less|fewer|menos $',
  'one|1|una|un|uno recamara|cuarto|habitacion|bedroom|room menos|less|fewer',
  'one|1|una|un|uno less|fewer|menos is|would|works|should|esta|estaria|basta|alcanza',
];
// (not a thing said double: "double garage", "double sink")
export const DOUBLE_PHRASES: readonly string[] = ['el doble', 'double|twice that|what|as+many', 'double $'];

/** Units of floor and lot area, as a listing's feature lines write them ("about 9,500 sq ft", "0.3 acres"). */
// prettier-ignore
export const AREA_UNITS: readonly string[] = [
  'sq ft', 'sqft', 'square feet', 'square foot', 'pies cuadrados', 'acre', 'acres', 'm2',
];

/** A bathroom wanted by its ordinal ("the 3rd bath is a must", "un tercer baño"): that many bathrooms. */
export const ORDINAL_BATHS: readonly { count: number; words: string }[] = [
  { count: 2, words: 'a|the|un|el|_ 2+nd|second|segundo bath|baths|bathroom|bano' },
  { count: 3, words: 'a|the|un|el|_ 3+rd|third|tercer|tercero bath|baths|bathroom|bano' },
  { count: 4, words: 'a|the|_ 4+th|fourth bath|baths|bathroom' },
];
