/**
 * Words of a street address, folded (lower case, no accents), for `extract/address.ts`. A street name is the words
 * between the house number and a suffix; these lists say which words end it, which make the number a quantity
 * instead, and which make the words a sentence.
 */

/** Street suffixes, spelled out and abbreviated (DOMAIN.md section 3, USPS forms). "Route"/"Rte" are suffixes too. */
// prettier-ignore
export const STREET_SUFFIXES: readonly string[] = [
  'street', 'st', 'avenue', 'ave', 'av', 'boulevard', 'blvd', 'drive', 'dr', 'road', 'rd', 'lane', 'ln', 'way',
  'court', 'ct', 'place', 'pl', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'terrace', 'ter',
  'trail', 'trl', 'loop', 'square', 'sq', 'crossing', 'xing', 'row', 'path', 'run', 'walk', 'alley', 'point',
  'pt', 'heights', 'hts', 'ridge', 'glen', 'grove', 'plaza', 'plz', 'crescent', 'bend', 'commons', 'cove',
  'cv', 'landing', 'manor', 'mews', 'pass', 'pike', 'trace', 'expressway', 'expy', 'freeway', 'fwy', 'route',
  'rte',
  // "ave" with a Spanish b ("8834 sierra abe"), and the usual slips of the thumb
  'abe', 'abenue', 'avenu', 'avnue', 'stree', 'strt', 'stret', 'steet', 'sreet', 'bvld', 'blv', 'drv',
];

/** Suffixes that take a road number after them: "Old Route 66", "County Road 5", "State Highway 18". */
// prettier-ignore
export const NUMBERED_ROAD_WORDS: readonly string[] = [
  'route', 'rte', 'highway', 'hwy', 'road', 'rd', 'interstate',
];

/** What opens a unit after the street: "#B", "apt 12", "unit 4", "ste 100". */
// prettier-ignore
export const UNIT_WORDS: readonly string[] = [
  '#', 'apt', 'apartment', 'unit', 'ste', 'suite', 'spc', 'space', 'interior', 'depto', 'dpto',
];
/** Half a lot, said after a house number: "7021 1/2 Sunflower St", "7021 ½ Sunflower St". */
export const HALF_NUMBERS: readonly string[] = ['1/2', '1\u20442'];

/**
 * A word right after a number that makes it a quantity, not a house number ("45 days", "25 years", "7200 sq ft",
 * "650 k", "3 beds").
 */
// prettier-ignore
export const QUANTITY_WORDS: readonly string[] = [
  'days', 'weeks', 'months', 'years', 'yrs', 'hours', 'hrs', 'minutes', 'mins', 'min', 'miles', 'mi', 'dias',
  'semanas', 'meses', 'anos', 'horas', 'minutos', 'millas', 'k', 'thousand', 'mil', 'million', 'millones',
  'grand', 'dollars', 'bucks', 'dolares', 'pesos', 'bed', 'beds', 'bedroom', 'bedrooms', 'bath', 'baths',
  'bathrooms', 'br', 'ba', 'bd', 'bds', 'recamaras', 'cuartos', 'banos', 'sq', 'sqft', 'ft', 'feet', 'foot',
  'pies', 'acres', 'acre', 'percent', 'people', 'kids', 'cars', 'car', 'story', 'stories', 'pisos', 'more',
  'less', 'per', 'each', 'or', 'to', 'a', 'y', 'o', 'plus', 'ish', 'max', 'tops', 'maximo', 'at', 'of', 'for',
  'in', 'en',
];

/** A singular time word after a short number or an article ("a 30 day walk through", "12 year old"): a quantity. */
// prettier-ignore
export const TIME_UNITS: readonly string[] = [
  'day', 'week', 'month', 'year', 'hour', 'minute', 'mile', 'dia', 'mes',
];

/** Before a number, these make it a count ("a 30 day escrow", "un 20 por ciento"). */
// prettier-ignore
export const COUNT_ARTICLES: readonly string[] = [
  'a', 'an', 'un', 'una', 'like', 'about', 'around', 'maybe', 'unos',
];

/**
 * Words that make the words after a number a sentence, wherever they stand: verbs, pronouns, conjunctions,
 * prepositions and quantifiers ("30 days is a good way", "25 years on this street"). Articles are names' words
 * only after "of" ("Lake of the Woods").
 */
// prettier-ignore
export const SENTENCE_WORDS: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'would', 'will', 'can', 'could', 'should', 'has', 'have',
  'had', 'do', 'does', 'did', 'get', 'got', 'goes', 'go', 'need', 'want', 'i', 'we', 'you', 'they', 'he',
  'she', 'it', 'its', "it's", 'my', 'our', 'your', 'their', 'his', 'her', 'me', 'us', 'this', 'that', 'these',
  'those', 'and', 'or', 'but', 'to', 'for', 'from', 'with', 'by', 'at', 'on', 'in', 'about', 'around', 'near',
  'like', 'so', 'because', 'if', 'than', 'then', 'no', 'not', 'yes', 'just', 'only', 'very', 'much', 'many',
  'more', 'most', 'less', 'any', 'some', 'each', 'per', 'every', 'y', 'o', 'pero', 'que', 'para', 'por', 'con',
  'en', 'cerca', 'es', 'son', 'esta', 'estan', 'tiene', 'va', 'mi', 'tu', 'su', 'nuestra', 'nuestro',
  'un', 'una', 'sea', 'sean', 'tenga', 'tengan', 'haya', 'seria', 'estaria', 'bien', 'necesito', 'necesitamos',
  'quiero', 'queremos', 'busco', 'buscamos', 'nos', 'me', 'porfa', 'please', 'pls', 'ok', 'okay', 'fine',
  'thanks', 'gracias', 'nada', 'sin', 'without', 'within', 'an', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins',
  'mile', 'miles', 'drive', 'commute', 'close', 'closer', 'minutos', 'hora', 'horas', 'millas',
];

/** Articles: inside a street name only after "of"/"de". */
export const ADDRESS_ARTICLES: readonly string[] = ['the', 'a', 'an'];

/** After a corrected house number, the one it replaces ("its 2209 not 2290", "es 4760 no 4706"). */
export const NUMBER_REPLACED_WORDS: readonly string[] = ['not', 'no', 'instead', 'en'];
/** Another number of an address, never the house's ("sorry zip is 91730 not 91701", "unit 12"). */
export const NOT_THE_HOUSE_NUMBER: readonly string[] = [
  'zip',
  'zipcode',
  'code',
  'codigo',
  'postal',
  'unit',
  'apt',
  'suite',
];

/**
 * Words that open a street named before its number, as Spanish says it ("Calle Willow número 7320", "la Avenida Euclid
 * 1435"); with an English suffix after the name ("Calle Citrus Ave") the street is the English one.
 */
// prettier-ignore
export const STREET_OPENERS: readonly string[] = [
  'calle', 'avenida', 'avda', 'camino', 'bulevar', 'boulevard', 'paseo', 'privada', 'cerrada', 'circuito', 'callejon',
  // the lettered avenues of desert and mountain towns: "34290 Avenue E, Yucaipa", "4410 Avenue L"
  'avenue',
];
/** Words that say the number after a street is its house number: "Haven Ave, number 6610", "número 1435", "#10255". */
// prettier-ignore
export const HOUSE_NUMBER_WORDS: readonly string[] = ['number', 'numero', 'num', 'no', 'nro', 'house', 'casa', '#'];

/** Words before an address the lead lives or rents at, not the home it sells when it names another. */
// prettier-ignore
export const LIVING_AT_WORDS: readonly string[] = [
  'live', 'living', 'lived', 'vivimos', 'vivo', 'viviendo', 'rent', 'renting', 'rentamos', 'rento', 'reside',
];

/** English openers of lettered streets only ("Avenue E"): "Avenue of the Stars" is no street read. */
export const LETTERED_STREET_OPENERS: readonly string[] = ['avenue'];

/** A workplace: "my office", "mi trabajo", "the shop" (an address said to be one is never the home). */
const WORKPLACE = 'office|oficina|job|work|trabajo|shop|store|tienda|negocio|business|clinic|clinica|taller';
/**
 * Said right before an address, where the lead works: "my office is at", "I work at", "trabajo en", "mi oficina
 * está en" (phrase rules ending at the address).
 */
// prettier-ignore
export const WORKPLACE_BEFORE: readonly string[] = [
  `my|our|mi|nuestra|nuestro|the|la|el ${WORKPLACE} is|es|esta|queda|_ at|in|on|en|_ $`,
  'i|we work at|in|on|_ $', 'trabajo|trabajamos en|_ $', 'where i|we work is|es $', 'donde trabajo|trabajamos es $',
];
/** Said right after an address, that the lead works there: "es mi oficina", "is where I work", "that's my job". */
// prettier-ignore
export const WORKPLACE_AFTER: readonly string[] = [
  `^ is|es|thats|its|_ my|our|mi|nuestra|nuestro|the|la|el ${WORKPLACE}`,
  '^ is|es|thats|_ where|donde i|we|_ work|trabajo|trabajamos',
];
