/**
 * Words about places that are not the tenant's areas, folded (lower case, no accents): what may follow "near" or
 * "cerca de" without naming an area.
 */

/**
 * What people call an area besides its name, by the area's folded name: read wherever the tenant knows the area
 * ("RC or upland", "Fontucky lol", "san berdoo is fine", "moval", "por el rancho").
 */
// prettier-ignore
export const AREA_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  'rancho cucamonga': ['rc', 'el rancho', 'rancho cuca', 'cucamonga', 'r cucamonga'],
  'san bernardino': ['san berdoo', 'berdoo', 'san berna', 'sanber', 'san bernadino', 'sb county'],
  fontana: ['fontucky'],
  'moreno valley': ['moval', 'mo val', 'mo-val', 'moreno vally'],
  'jurupa valley': ['jurupa'],
  'diamond bar': ['db'],
  'apple valley': ['av'],
  victorville: ['vville'],
  'chino hills': ['ch'],
  'la verne': ['laverne'],
  'san dimas': ['sandimas'],
  'loma linda': ['lomalinda'],
  'alta loma': ['altaloma'],
  etiwanda: ['eti'],
};

/** Words that deny a nearness right before it: "not near my job", "menos cerca de mi trabajo". */
// prettier-ignore
export const NEAR_DENIED: readonly string[] = [
  'not', 'no', 'nada', 'nothing', 'never', 'nunca', 'menos', 'except', 'excepto', 'salvo',
];
/** Words that link a thing near the lead to its place: "not near my ex in Colton", "cerca de mi trabajo en". */
export const NEAR_PLACE_LINKS: readonly string[] = ['in', 'en', 'at', 'by', 'de', 'por'];
/** Words that put a place near what the lead wants ("near", "closer to", "cerca de", "más cerca de"). */
// prettier-ignore
export const NEAR_WORDS: readonly string[] = [
  'near',
  'nearer to',
  'close to',
  'closer to',
  'next to',
  'cerca de',
  'mas cerca de',
  'cerquita de',
  'junto a',
];

/**
 * Words that place a home beside a freeway named by its number only ("off the 210", "sobre la 10"). Not "by" or
 * "por": "by the 15" is as often a day of the month.
 */
// prettier-ignore
export const ROUTE_WORDS: readonly string[] = ['off', 'off of', 'right off', 'just off', 'along', 'sobre', 'junto a'];

/** What after a number says it is no freeway: a unit, an amount, a time, a date ("near the 15 de abril"). */
// prettier-ignore
export const NOT_A_ROUTE_AFTER: readonly string[] = [
  'bed', 'bath', 'br', 'ba', 'bd', 'k', 'mil', 'grand', 'thousand', 'recamara', 'cuarto', 'bano', 'hab', 'percent',
  'por ciento', '%', 'am', 'pm', 'day', 'dia', 'week', 'semana', 'month', 'mes', 'school', 'escuela', 'de', 'of', 'th',
];
/** Living somewhere now: "we live right off the 10". */
export const LIVING_WORDS: readonly string[] = [
  'live',
  'living',
  'lives',
  'reside',
  'rent',
  'renting',
  'vivimos',
  'vivo',
  'rentamos',
  'rento',
  'rentando',
  'alquilamos',
  'alquilo',
  'alquilando',
  'arrendamos',
  'arrendando',
];

/** Someone who studies somewhere: "mi hija estudia en loma linda", "my son goes to school in redlands". */
// prettier-ignore
export const STUDYING_WORDS: readonly string[] = [
  'study', 'studies', 'studying', 'estudia', 'estudio', 'estudian', 'estudiamos', 'goes to school', 'go to school',
  'va a la escuela', 'van a la escuela', 'attends', 'attend',
];
/**
 * Where the lead is now, not where it looks: living, renting or working somewhere, up to one word before "in"/"en"
 * ("we live in ontario", "trabajo en riverside", "we grew up in pomona").
 */
// prettier-ignore
export const WHERE_THEY_ARE_WORDS: readonly string[] = [
  'live', 'living', 'lives', 'reside', "we're renting", 'rent', 'renting', 'rent now', 'renting now', 'own', 'owns', 'own a house',
  'own a home', 'own a place', 'own a condo', 'vivimos', 'vivo', 'viven', 'rentamos', 'rento', 'rentando', 'alquilamos',
  'alquilo', 'alquilando', 'arrendamos', 'arrendando', 'work', 'works',
  'working', 'trabajo', 'trabajamos', 'trabaja', 'grew up', 'crecimos', 'creci', 'vive', ...STUDYING_WORDS,
  // a job there: "i'm a nurse at loma linda", "soy maestra en fontana", "he's stationed at march"
  'nurse', 'nurses', 'teacher', 'teachers', 'doctor', 'employed', 'stationed', 'enfermera', 'enfermero', 'maestra',
  'maestro',
  // a home of the lead's own there: "yo ya tengo la mía en Rialto", "we already have ours in fontana"
  'tengo la mia', 'tenemos la nuestra', 'ya tengo casa', 'ya tenemos casa', 'have ours', 'have mine', 'tengo mi casa',
  'tenemos nuestra casa',
  // a home already sold there: "1031 money from a sale in Pomona", "we sold in Hialeah", "vendimos en Colton"
  'sold', 'a sale', 'the sale', 'our sale', 'vendimos', 'vendi', 'vendio',
  // a place of the lead's own life: "my church is in pomona", "mi trabajo está en ontario"
  ...['my', 'our', 'his', 'her', 'their', 'mi', 'su', 'nuestra', 'nuestro'].flatMap((whose) =>
    ['church', 'job', 'work', 'office', 'iglesia', 'trabajo', 'chamba', 'oficina', 'gym', 'clinic', 'clinica'].map(
      (place) => `${whose} ${place}`,
    ),
  ),
];
/** ...or right before the place: "we're in ontario now", "estamos en fontana", "leaving fontana", "salimos de chino". */
// prettier-ignore
export const WHERE_THEY_ARE_OR_LEAVE: readonly string[] = [
  "we're in", 'were in', 'we are in', "we're currently in", 'currently in', 'currently living in', 'estamos en',
  'ahorita estamos en', 'leaving', 'leave',
  'moving out of', 'moving away from', 'moving from', 'getting out of', 'get out of', 'relocating from', 'salimos de',
  'salirnos de', 'salir de', 'nos vamos de', 'irnos de', 'nos mudamos de', 'mudarnos de', 'dejar', 'dejamos',
  // where someone the lead deals with is: "un broker de aquí de ontario", "a lender based in upland"
  'de aqui de', 'based in', 'based out of', 'office in', 'oficina en',
  // "un muchacho de un banco de ontario", "a credit union in upland", "my lender from chino"
  'banco de', 'banco en', 'bank in', 'bank from', 'bank out of', 'lender in', 'lender from', 'broker de', 'broker in',
  'broker from', 'credit union in', 'credit union from', 'prestamista de', 'prestamista en', 'credit union de',
  'credit union en', 'union de credito de', 'cooperativa de',
  // where the lead comes from each day or for good: "the drive from hesperia", "commuting from victorville", "soy de
  // fontana", "venimos de pomona"
  'drive from', 'driving from', 'commute from', 'commuting from', 'coming from', 'come from', "we're from", 'were from',
  "i'm from", 'im from', 'originally from', 'manejo desde', 'manejar desde', 'vengo de', 'venimos de', 'soy de',
  'somos de',
];

/** Taking up where the lead lives or works as the place it wants: "so near there", "cerca de ellos", "come back". */
// prettier-ignore
export const STAY_NEAR_WORDS: readonly string[] = [
  'near there', 'near them', 'close to them', 'close by', 'around there', 'over there', 'come back', 'move back',
  'go back', 'stay', 'staying', 'same area', 'cerca de ellos', 'cerca de ellas', 'cerca de ahi', 'por ahi',
  'regresar', 'volver', 'quedarnos', 'quedar', 'la misma zona', 'misma area', 'ahi mismo', 'close to there', 'close to it',
  'nearby', 'alla', 'por alla', 'para alla', 'cerca de ella', 'cerca de el', 'near her', 'near him', 'close to her', 'close to him',
  // a home wanted where the lead is: "we live in upland and want a 4 bedroom there"
  'buy there', 'something there', 'one there', 'bedroom there', 'bed there', 'house there', 'home there', 'place there',
  'comprar ahi', 'comprar alla', 'algo ahi', 'casa ahi', 'casa alla', 'so there', 'asi que ahi', 'entonces ahi',
  'close a ella', 'close a el', 'cerca a ella', 'cerca a el', 'near ella', 'near el',
];

/** Words before a place that rule it out ("anything but", "lejos de"), beside the plain negations ("forget" is read apart). */
// prettier-ignore
export const EXCLUDING_WORDS: readonly string[] = [
  'except', 'excepto', 'menos', 'but not', 'anything but', 'anywhere but', 'away from', 'lejos de', 'avoid', 'evitar',
  'cross', 'olvida', 'olvida lo de', 'olvidate de', 'olvidese de', 'scratch',
  // a place the lead has had enough of: "we're done with pomona", "ya estamos hartos de ontario"
  'done with', 'sick of', 'tired of', 'harto de', 'harta de', 'hartos de', 'hartas de', 'cansados de',
  // where a commute goes: "anywhere that isnt a crazy commute to riverside"
  'commute to', 'commute from', 'commute into', 'drive to', 'drive into', 'manejar a', 'manejar hasta',
  // a place taken off the list or not to be sent: "quita Rialto de la lista", "dont send me anything in corona"
  'quita', 'quitale', 'quiten', 'quitenle', 'saca', 'sacale', 'borra', 'borrale', 'remove', 'take off', 'cross off',
  'dont send me anything', "don't send me anything", 'dont show me anything', "don't show me anything", 'no me mandes nada', 'no me manden nada', 'no me mande nada',
];
/** Someone living or working in the place, said right after it: "en corona vive mi ex", "upland, where my mom lives". */
// prettier-ignore
export const LIVES_AFTER_WORDS: readonly string[] = [
  'vive', 'viven', 'lives', 'trabaja', 'trabajan', 'works', 'donde vive', 'donde viven',
  'donde trabaja', 'donde trabajo', 'donde trabajamos', 'es donde trabajo', 'is where i work', 'is where we work',
  'is where he works', 'is where she works',
  // the lead's clients there: "en Redlands tengo muchos clientes pero para vivir no"
  'tengo clientes', 'tengo muchos clientes', 'tenemos clientes', 'tenemos muchos clientes', 'i have clients',
  'i have a lot of clients', 'we have clients', 'i got clients',
];
/**
 * A workplace or business named by its noun alone before the place ('my job en pomona', 'a dry cleaner in upland', 'un
 * restaurante de claremont', 'the edison yard in chino'): where the lead or its people work, not where it looks.
 */
// prettier-ignore
export const WORKPLACE_WORDS: readonly string[] = [
  'job', 'work', 'trabajo', 'chamba', 'jale', 'office', 'oficina', 'shop', 'store', 'tienda', 'restaurant',
  'restaurante', 'hotel', 'hospital', 'clinic', 'clinica', 'plant', 'planta', 'warehouse', 'bodega', 'salon', 'cleaner',
  'cleaners', 'taller', 'fabrica', 'factory', 'business', 'negocio', 'company', 'compania', 'empresa', 'station',
  'depot', 'dealership', 'firm', 'practice', 'consultorio', 'lab', 'laboratorio', 'terminal', 'mill', 'refinery',
  'offices', 'oficinas', 'shops', 'stores', 'tiendas', 'restaurants', 'restaurantes', 'hotels', 'motel', 'motels',
  'clinics', 'market', 'mercado', 'meet', 'tianguis', 'puesto',
  // a public employer's office: "I work for the building dept in ontario"
  'dept', 'department', 'departamento',
  // a public or large workplace: "baggage at the ontario airport", "the library in upland", "started at kaiser in
  // ontario"
  'airport', 'aeropuerto', 'library', 'biblioteca', 'branch', 'sucursal', 'courthouse', 'university', 'universidad', 'college', 'campus',
  'yard', 'yarda', 'hangar', 'kaiser', 'amazon', 'ups', 'fedex', 'walmart', 'costco',
  // a verb of working beside the place: "trabajo en el cheesecake de victoria gardens", "cleans rooms at a motel"
  'trabajo', 'trabaja', 'trabajamos', 'trabajan', 'works', 'working', 'limpio', 'limpia', 'cleans',
];
/**
 * A business owned or run there, said with its article: "mi esposo tiene una llantera en fontana", "she runs a daycare
 * in upland" (not "tiene que ser en fontana").
 */
// prettier-ignore
export const OWNING_WORDS: readonly string[] = [
  'owns', 'own', 'runs', 'run', 'manages', 'manage', 'tiene', 'tienen', 'tenemos', 'maneja', 'atiende',
];
export const OWNED_ARTICLES: readonly string[] = ['a', 'an', 'un', 'una'];
/** Having, right before a thing had and its place: "tengo una baleadería en Ontario", "I have a shop in Chino". */
export const HAVING_WORDS: readonly string[] = ['tengo', 'tenemos', 'have', 'has', 'got'];
/** Words that wish for a place near the workplace named after them: "close to my shop in la verne". */
export const NEAR_WISH_WORDS: readonly string[] = [
  'close',
  'closer',
  'near',
  'nearer',
  'nearby',
  'cerca',
  'cerquita',
];
/** The words that put a workplace in a place: 'in', 'en', 'de', 'at'. */
export const WORKPLACE_LINKS: readonly string[] = ['in', 'en', 'de', 'del', 'at', 'out of'];
/** Words that end the naming of a workplace before its link: "my work is flexible so anything in fontana". */
// prettier-ignore
export const WORKPLACE_BREAKS: readonly string[] = [
  'so', 'but', 'and', 'or', 'because', 'is', 'are', 'if', 'anything', 'something', 'y', 'o', 'pero', 'porque', 'asi',
  'que', 'es', 'son', 'si', 'algo', 'cualquier',
];
/** A negation that governs the place after it ("not fontana", "no me interesa fontana", "ya no buscamos en chino"). */
// prettier-ignore
export const AREA_NEGATIONS: readonly string[] = [
  'not', 'no', 'no es', 'no era', "isn't", 'isnt', 'nothing', 'never', 'nunca', 'ni', 'no me interesa', 'no nos interesa', 'not interested in', 'no quiero',
  'no queremos', 'no quiero nada', 'no queremos nada', "don't want", 'dont want', 'do not want', "don't like",
  'dont like', 'do not like', "don't want anything", 'dont want anything', 'do not want anything',
  "don't like anything", 'dont like anything', 'no me gusta', 'no nos gusta', 'no more', 'nada de', 'nada en',
  // ("nada más Chino", "no más Chino": only Chino, said the Mexican way, is no negation)
  ...['not', 'no longer', 'ya no', 'no'].flatMap((not) =>
    ['looking', 'searching', 'shopping', 'busco', 'buscamos', 'buscando', 'estoy buscando', 'estamos buscando'].flatMap(
      (looking) => [`${not} ${looking}`, `${not} ${looking} anymore`, `${not} ${looking} mas`],
    ),
  ),
  // a search given up: "ya dejamos de ver casas en fontana", "we stopped looking at homes in chino", "gave up on rialto"
  ...['dejamos de', 'deje de', 'stopped', 'quit', 'gave up'].flatMap((stopped) =>
    ['ver', 'ver casas', 'buscar', 'buscar casas', 'looking', 'looking at homes', 'looking at houses', 'searching', 'on'].map(
      (looking) => `${stopped} ${looking}`,
    ),
  ),
];
/** What may stand between such a negation and the place ("not in", "no en la zona de"). */
// prettier-ignore
export const AREA_LEAD_INS: readonly string[] = [
  'in', 'en', 'near', 'around', 'by', 'por', 'cerca de', 'at', 'the', 'el', 'la', 'de', 'la zona de', 'el area de',
  'the area of',
];

/** Pronouns, here and there, and words of no place ("near me", "cerca de ahí", "near the end"). */
// prettier-ignore
export const NEAR_NOTHING: readonly string[] = [
  'me', 'my', 'us', 'you', 'it', 'that', 'this', 'then', 'now', 'end', 'there', 'here', 'mi', 'nosotros', 'la', 'el',
  'ahi', 'aqui', 'around', 'about', 'them', 'him', 'her', 'ellos', 'ellas', 'ella', 'ti', 'usted', 'ustedes',
  // people, not a place: "cerca de gente de fe", "near families like ours"
  'gente', 'people', 'folks', 'families', 'familias', 'personas', 'neighbors', 'vecinos',
];

/** Places everywhere, not one area ("near the freeway", "cerca de la escuela", "near shopping"). */
// prettier-ignore
export const NEAR_COMMON_PLACES: readonly string[] = [
  'freeway', 'highway', 'hwy', 'interstate', 'train', 'tracks', 'airport', 'school', 'schools', 'work', 'job',
  'family', 'beach', 'mountains', 'stores', 'shops', 'shopping', 'autopista', 'escuela', 'escuelas', 'trabajo',
  'familia', 'tiendas', 'chamba', 'jale', 'metrolink', 'station', 'estacion', 'church', 'iglesia', 'park', 'parks',
  'parque', 'hospital', 'college', 'university', 'universidad', 'gym', 'mall', 'base', 'freeways', 'aeropuerto',
  'office', 'oficina', 'warehouse', 'bodega', 'fabrica', 'factory', 'plant', 'planta', 'clinic', 'clinica', 'downtown',
  'centro', 'mercado', 'market', 'costco', 'walmart', 'target', 'kids', 'ninos', 'grandkids', 'nietos', 'parents',
  'papas', 'suegros', 'in-laws', 'daycare', 'guarderia', 'kinder', 'campus', 'depot', 'terminal',
];

/** Whose place it is: "near my job", "cerca de mi trabajo". */
// prettier-ignore
export const PLACE_POSSESSIVES: readonly string[] = [
  'my', 'our', 'his', 'her', 'their', 'your', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'su', 'sus', 'tu', 'tus',
];

/** A place of the lead's own life named first: "school", "work", "church", "gym". */
// prettier-ignore
export const OWN_PLACES: readonly string[] = [
  'school', 'escuela', 'work', 'trabajo', 'job', 'church', 'iglesia', 'hospital', 'park', 'parque', 'gym', 'office',
  'oficina',
];

/** A time or a price after "near": "near the end of the month", "near my budget". */
// prettier-ignore
export const NEAR_TIME_WORDS: readonly string[] = [
  'month', 'months', 'week', 'weeks', 'year', 'summer', 'spring', 'fall', 'winter', 'friday', 'monday', 'morning',
  'evening', 'noon', 'time', 'price', 'budget',
];
/**
 * Words that turn down a place already said, right before its name: "not fontana anymore", "ya no en ontario",
 * "forget rialto", "instead of upland". A bare "no" does only in a correction ("sorry, no fontana, rialto").
 */
// prettier-ignore
export const AREA_TURNED_DOWN: readonly string[] = [
  'not', 'ni', 'no longer', 'ya no', 'forget', 'forget about', 'instead of', 'en vez de', 'en lugar de', 'olvida',
  'olvidate de', 'sin', 'quita', 'quitale', 'quitele', 'quitenle', 'quitale a', 'quite', 'saca', 'sacale', 'saquele', 'borra', 'borrale', 'tacha',
  'tachale', 'elimina', 'descarta', 'remove', 'drop', 'take off', 'cross off', 'cross out', 'skip', 'minus', 'cancel',
  'cancel lo de', 'cancela', 'cancela lo de', 'olvida lo de', 'olvide', 'olvide lo de', 'olviden', 'olviden lo de',
  'olvidese de', 'borra lo de', 'borre lo de', 'borren lo de', 'quita lo de', 'quite lo de', 'saca lo de', 'strike',
  'scratch', 'ignore',
];
/**
 * A mind changed about a place: turned down only when a preferred place follows ("... on fontana, rather upland", "...
 * on montclair, keep claremont"); it may be taken back up ("changed our minds about chino, add it back").
 */
// prettier-ignore
export const MIND_CHANGED: readonly string[] = [
  ...['changed our minds', 'changed our mind', 'changed my mind', 'cambiamos de opinion', 'cambie de opinion'].flatMap(
    (changed) => ['on', 'about', 'sobre', 'de', 'con'].map((on) => `${changed} ${on}`),
  ),
];
/** Before a place added to the ones already said: "also upland", "agrega rialto", "y también en chino". */
// prettier-ignore
export const AREA_ADDING_BEFORE: readonly string[] = [
  'also', 'add', 'plus', 'tambien', 'agrega', 'agregale', 'agregue', 'agreguele', 'anade', 'anadele', 'and maybe',
  'agreguen', 'agreguenle', 'anadan', 'incluyan',
  'y tal vez', 'pon', 'ponle', 'ponga', 'pongale', 'incluye', 'incluyele', 'include', 'throw in', 'suma', 'sumale',
];
/** After it: "upland too", "rialto también". */
export const AREA_ADDING_AFTER: readonly string[] = ['too', 'as well', 'also', 'tambien'];
/** Said right after a place to turn it down: "fontana no", "fontana but no thanks", "fontana, not for us". */
// prettier-ignore
export const AREA_REFUSED_AFTER: readonly string[] = [
  'no', 'nope', 'nah', 'not anymore', 'no more', 'ya no', 'no thanks', 'no thank you', 'no gracias', 'not for us',
  'not for me', 'no es para nosotros', 'pass', 'not a fan', 'no nos gusto', 'no me gusto', 'no nos convencio',
  'no me convencio', "didn't like it", 'didnt like it', 'did not like it', "wasn't for us", 'wasnt for us',
  "didn't love it", 'didnt love it', 'is a no', 'es un no', 'hard no', 'a hard no', 'thats a no', 'thats a hard no',
  'no way', 'ni loco', 'ni loca', 'ni de chiste', 'ni de broma', 'hell no', 'too pricey', 'too expensive',
  'muy caro', 'esta carisimo', 'too far', 'is too far', 'its too far', 'way too far', 'esta muy lejos', 'esta lejos',
  'queda lejos', 'queda muy lejos', 'muy lejos',
];
/** Before a short list of places answering the areas question ("maybe upland or claremont", "mejor rancho"). */
// prettier-ignore
export const LIST_LEAD_INS: readonly string[] = [
  'maybe', 'probably', 'i like', 'we like', 'i would say', 'somewhere in', 'in', 'en', 'quizas', 'either', 'entre',
  'mejor', 'we would love', 'we love', 'i would love', 'prefer', 'i would prefer', 'we would prefer', 'prefiero',
  'preferimos',
  'how about', 'what about', 'y que tal', 'que tal',
];
/** Before a known area's short name ("in rancho", "mudarnos a rancho", "we want rancho"); not "to", "at" (people). */
// prettier-ignore
export const SHORT_NAME_LEAD_INS: readonly string[] = [
  'in', 'en', 'around', 'near', 'por', 'cerca de',
  ...['move', 'moving', 'relocate', 'relocating'].map((verb) => `${verb} to`),
  ...['mudarnos', 'mudarme', 'mudar', 'irnos', 'cambiarnos'].map((verb) => `${verb} a`),
  'we want', 'i want', 'we like', 'i like', 'we prefer', 'i prefer', 'we love', 'prefer', 'prefiero', 'preferimos',
  'queremos', 'quiero', 'looking at', 'thinking',
];
/** A place said to be out right after it: "fontana is off the table", "fontana está descartada", "scratch that". */
// prettier-ignore
/** A fault found with a place, right after its name: "fontana está muy caro", "corona is too far". */
// prettier-ignore
const AREA_FAULTS: readonly string[] = [
  'too expensive', 'too pricey', 'too far', 'too crowded', 'way too expensive', 'way too far', 'muy caro', 'muy cara',
  'bien caro', 'bien cara', 'carisimo', 'carisima', 'muy lejos', 'bien lejos', 'lejisimos', 'demasiado caro',
  'demasiado cara', 'demasiado lejos',
];
const FAULT_VERBS: readonly string[] = [
  'esta',
  'es',
  'queda',
  'se puso',
  'anda',
  'its',
  'got',
  'is getting',
  // "fontana ya está muy caro", "menifee me queda muy lejos", "nos queda bien lejos"
  ...['ya', 'me', 'nos', 'ya me', 'ya nos'].flatMap((lead) =>
    ['esta', 'queda', 'se puso'].map((verb) => `${lead} ${verb}`),
  ),
];
// prettier-ignore
export const AREA_RULED_OUT: readonly string[] = [
  'off the table', 'off the list', 'out of the question', 'out of the picture', 'off', 'esta descartada',
  'esta descartado', 'ya no', 'scratch that',
  ...AREA_FAULTS, ...FAULT_VERBS.flatMap((verb) => AREA_FAULTS.map((fault) => `${verb} ${fault}`)),
];
/** Words that join a clause to the one before: "but", "pero", "and", "y". */
export const CLAUSE_JOINERS: readonly string[] = ['but', 'pero', 'and', 'y'];
/** What may follow a place turned down: "fontana no, mejor rialto", "chino no porque ahí vive mi ex". */
// prettier-ignore
export const REFUSAL_GOES_ON: readonly string[] = [
  'mejor', 'better', 'pero', 'but', 'porque', 'because', 'cuz', 'since', 'lol', 'jaja', 'haha', 'lmao', 'de', 'from',
];
/** Words that introduce a place, before a name that is an everyday word too ("in corona", "por chino"). */
// prettier-ignore
export const PLACE_INTRODUCERS: readonly string[] = [
  'in', 'en', 'near', 'around', 'by', 'por', 'cerca de', 'to', 'a', 'from', 'de', 'at', 'like', 'prefer', 'prefiero',
  'or', 'o', 'and', 'y', 'maybe', 'mejor', 'quiza', 'quizas', 'tal vez', 'how about', 'what about', 'preferimos',
  'preferiria', 'prefeririamos', 'rather', 'solo', 'only', 'just', 'nomas', 'nada mas', 'no mas', 'u', 'otherwise',
  'or else', 'si no', 'sino',
];

/** Words right after a place that make it one ("corona or norco", "chino only", "corona u ontario"). */
export const PLACE_FOLLOWERS: readonly string[] = [
  'or',
  'o',
  'u',
  'and',
  'y',
  'area',
  'ca',
  'only',
  'solo',
  'nomas',
];

/** Words that make an area the only one ("eastvale only", "solo en chino"). */
export const AREA_ALONE_WORDS: readonly string[] = ['only', 'solo', 'solamente', 'nomas', 'unicamente'];
/** Words after a place that prefer it to the others said ("Chino Hills mejor", "Eastvale preferably"). */
// prettier-ignore
export const AREA_PREFERRED_AFTER: readonly string[] = [
  'mejor', 'better', 'preferably', 'ideally', 'is better', 'would be better', 'works better', 'is best', 'es mejor',
  'seria mejor', 'queda mejor', 'nos queda mejor',
];
/** Words that join places in a list ("fontana o rialto nomás": the "only" is the whole list's). */
export const AREA_LIST_JOINS: readonly string[] = ['o', 'or', 'y', 'and', 'u'];

/** A no that opens a message: "no", "nah", "nel" (Mexican Spanish). */
export const NO_WORDS: readonly string[] = ['no', 'nah', 'nope', 'nel', 'nop', 'naa'];
/** What a lead prefers after a no: "no, better in chino", "nah i'd rather upland", "no, mejor en upland". */
// prettier-ignore
/** Places said in place of the ones known: "can you look in corona instead?", "mejor en rialto en vez de eso". */
export const PLACES_INSTEAD: readonly string[] = ['instead', 'en vez', 'en lugar', 'rather than', 'in place of'];
export const PREFERRING_WORDS: readonly string[] = [
  'better',
  'rather',
  'i would rather',
  'we would rather',
  'prefer',
  'i prefer',
  'we prefer',
  'instead',
  'mejor',
  'mas bien',
  'prefiero',
  'preferimos',
];

/**
 * Words of what a home or a buyer is like, never in the name of a place the tenant does not list: an answer to the
 * areas question made of them ("somewhere quiet", "cash buyer", "algo tranquilo") names no place. (Not "big", "home",
 * "garden" or "valley": Big Bear, Home Gardens, Garden Grove.)
 */
// prettier-ignore
export const NOT_A_PLACE_WORDS: readonly string[] = [
  'somewhere', 'anywhere', 'everywhere', 'quiet', 'quieter', 'safe', 'safer', 'cash', 'buyer', 'buyers', 'cheap',
  'cheaper', 'affordable', 'bigger', 'smaller', 'school', 'schools', 'yard', 'house', 'houses', 'condo', 'condos',
  'townhouse', 'loan', 'lender', 'bank', 'approved', 'preapproved', 'budget', 'bedroom', 'bedrooms', 'bath', 'baths',
  'pool', 'garage', 'story', 'investor', 'rental', 'rent', 'algun', 'alguna', 'algo', 'tranquila', 'tranquilo',
  'segura', 'seguro', 'barata', 'barato', 'casa', 'casas', 'escuela', 'escuelas', 'patio', 'alberca', 'contado',
  'efectivo', 'banco', 'prestamo', 'recamaras', 'banos', 'lugar', 'zona', 'barrio', 'familia', 'family', 'kids',
  'ninos', 'work', 'job', 'trabajo',
  // "todavía tengo el número de PR": the lead's phone or papers, not a place
  'tengo', 'tenemos', 'todavia', 'still', 'numero', 'number', 'phone', 'telefono', 'cel', 'celular', 'soy', 'llamo',
  'name', 'im',
  // a word said before the real answer, left alone when the rest is someone else's clause ("Oh y mi papá pregunta...")
  'oh', 'ah', 'ahh', 'eh', 'uh', 'um', 'ok', 'okay', 'lol', 'pues', 'bueno',
];

/** Hedges said beside a place in a short list, no part of its name: "rancho prob", "upland maybe", "tal vez chino". */
export const HEDGES_IN_A_LIST: readonly string[] = [
  'probably',
  'prob',
  'probs',
  'prolly',
  'maybe',
  'perhaps',
  'possibly',
  'mostly',
  'ideally',
  'quizas',
  'quiza',
  'talvez',
  'probablemente',
  'idealmente',
  'pref',
  'preferably',
  // laughter is no place ("... lol", "jaja")
  'lol',
  'lmao',
  'haha',
  'jaja',
  'jajaja',
  'jeje',
];

/** A place turned down later in its sentence by someone's "no" ("hesperia has cheap houses but my wife says no way"). */
// prettier-ignore
export const NO_WAY_LATER: readonly string[] = [
  'no+way', 'says+no', 'said+no', 'dice+que+no', 'dijo+que+no', 'not+for+us', 'nope', 'ni+loca', 'ni+loco',
  'no+thanks', 'no+gracias', 'ni+de+broma', 'hard+pass',
];

/**
 * Words of a clause, never of a place the lead wants to be near: a verb or a pronoun after "near" or "cerca de" says
 * the words go on as a sentence ("next to ours sold for 548", "close to bedrooms would be nice", "la cerca del patio
 * está caída").
 */
// prettier-ignore
export const CLAUSE_NOT_A_PLACE: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'would', 'will', 'can', 'could', 'should', 'has', 'have', 'had',
  'do', 'does', 'did', 'get', 'got', 'goes', 'sold', 'sells', 'sell', 'buy', 'need', 'want', 'i', 'we', 'you',
  'they', 'he', 'she', 'it', 'its', 'me', 'us', 'ours', 'mine', 'yours', 'right', 'es', 'son', 'esta', 'estan',
  'está', 'tiene', 'tienen', 'va', 'sea', 'seria', 'estaria', 'queda', 'quedan', 'hay', 'fue', 'yo', 'nosotros',
  'caida', 'caido', 'rota', 'roto', 'vendio', 'vendieron', 'donde', 'where', 'cuando', 'when',
  // "estamos cerca de renovar el lease", "close to closing on ours": close to doing something, no place
  'renovar', 'terminar', 'cerrar', 'comprar', 'vender', 'firmar', 'acabar', 'encontrar', 'mudarnos', 'mudarme', 'pagar',
  'closing', 'finishing', 'signing', 'buying', 'selling', 'moving', 'done', 'finished', 'ready', 'listo', 'listos',
];

/** An article before "cerca" makes it the fence ("la cerca del patio", "una cerca de madera"), no "near". */
export const FENCE_ARTICLES: readonly string[] = ['la', 'una', 'esa', 'nuestra', 'the'];

/** A place quoted as the lead's earlier word ("I wrote Upland earlier", "dije Ontario antes"). */
// prettier-ignore
export const AREA_QUOTING_WORDS: readonly string[] = [
  'said', 'say', 'wrote', 'typed', 'put', 'mentioned', 'dije', 'puse', 'escribi',
];
/** ...and another meant after it ("I meant Claremont", "ahora queremos Chino"). */
// prettier-ignore
export const AREA_MEANT_WORDS: readonly string[] = [
  'meant', 'mean', 'now', 'ahora', 'quise', 'instead', 'actually', 'mejor',
];

/** A facility named by its place before it ("the ontario airport", "the rialto yard", "the fontana kaiser"). */
// prettier-ignore
export const FACILITY_NOUNS: readonly string[] = [
  'airport', 'hub', 'yard', 'depot', 'terminal', 'plant', 'warehouse', 'hospital', 'clinic', 'courthouse', 'library',
  'campus', 'mall', 'casino', 'refinery', 'kaiser', 'amazon', 'fulfillment', 'distribution', 'headquarters', 'hq',
];
