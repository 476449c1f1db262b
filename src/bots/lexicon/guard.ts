/**
 * The words of the outbound guard (`guard-rules.ts`): what a reply must never say of a place or of people (Fair
 * Housing, DOMAIN.md section 7), of the commission, and of paying for referrals. English and Spanish, folded
 * (lower case, no accents, no apostrophes). Plain word lists: `guard-rules.ts` combines them into phrases.
 */

/** A place judged: "safe area", "bad neighborhood" (a proxy for who lives there). */
// prettier-ignore
export const PLACE_JUDGEMENTS: readonly string[] = [
  'safe', 'safer', 'safest', 'unsafe', 'dangerous', 'sketchy', 'rough', 'bad', 'good', 'nice', 'better', 'best',
  'quiet', 'desirable', 'undesirable', 'ghetto',
];
/** The places judged. */
// prettier-ignore
export const JUDGED_PLACES: readonly string[] = [
  'area', 'areas', 'neighborhood', 'neighborhoods', 'neighbourhood', 'part of town', 'side of town', 'community',
  'communities', 'street', 'block', 'school district',
];
/** A place that "is" something: "the area is very safe". */
export const PLACE_SUBJECTS: readonly string[] = [
  'area',
  'neighborhood',
  'neighbourhood',
  'community',
  'part of town',
];
export const IS_VERBS: readonly string[] = ['is', 'feels', 'seems', 'isnt', 'is not'];
export const STEERING_DEGREE_WORDS: readonly string[] = ['very', 'really', 'pretty', 'quite', 'totally'];
export const SAFETY_WORDS: readonly string[] = [
  'safe',
  'unsafe',
  'dangerous',
  'sketchy',
  'rough',
  'bad',
  'good for',
];
/** "great area for families": a place fitted to a kind of household. */
export const FIT_WORDS: readonly string[] = ['good', 'great', 'perfect', 'ideal', 'better', 'best', 'right'];
export const FIT_PLACES: readonly string[] = [
  'area',
  'neighborhood',
  'place',
  'community',
  'street',
  'home',
  'fit',
];
// prettier-ignore
export const HOUSEHOLDS: readonly string[] = [
  'families', 'kids', 'children', 'young couples', 'young families', 'young professionals', 'retirees', 'seniors',
  'singles', 'couples', 'a family like',
];
/** Who is welcome said of the home: "adults only", "perfect for a single man". */
// prettier-ignore
export const WHO_IS_WELCOME: readonly string[] = [
  'adult only', 'adults only', 'no kids allowed', 'no children allowed', 'singles only', 'mature community',
  'mature neighborhood', 'bachelor pad',
];
/** The same, written with a hyphen too ("family-friendly"). */
export const WHO_IS_WELCOME_JOINED: readonly string[] = ['family friendly', 'child free'];
export const SINGLE_PEOPLE: readonly string[] = ['man', 'woman', 'guy', 'lady'];
/** Of the lead as one of a kind: "people like you", "those people", "the wrong crowd". */
export const LIKE_YOU_PEOPLE: readonly string[] = [
  'families',
  'people',
  'folks',
  'buyers',
  'someone',
  'couples',
];
export const LIKE_YOU: readonly string[] = ['you', 'yours', 'your', 'yourself'];
// prettier-ignore
export const OF_A_KIND: readonly string[] = [
  'your kind', 'those people', 'these people', 'the wrong crowd', 'the wrong kind', 'the wrong element',
];
/** "that kind of people", "that type of crowd". */
export const KIND_WORDS: readonly string[] = ['kind', 'type'];
export const KIND_OF_PEOPLE: readonly string[] = ['people', 'crowd', 'family', 'families'];
/** How much of a place one group makes: "mostly hispanic". */
// prettier-ignore
export const SHARE_WORDS: readonly string[] = [
  'mostly', 'predominantly', 'mainly', 'lots of', 'full of', 'many', 'largely', 'primarily', 'heavily',
];
/** Slurs and coded words for a group ("mucho cholo por ahí"): read by the guard and by `intents.ts`. */
export const CODED_GROUP_WORDS: readonly string[] = ['cholo', 'cholos', 'cholas', 'mojados', 'wetbacks'];
/** Protected classes and their proxies, as a place's people ("mostly hispanic", "latino neighborhood"). */
// prettier-ignore
export const GROUPS: readonly string[] = [
  'white', 'black', 'hispanic', 'latino', 'latina', 'latinos', 'asian', 'asians', 'mexican', 'mexicans', 'chinese',
  'indian', 'indians', 'arab', 'arabs', 'african american', 'caucasian', 'ethnic', 'minority', 'minorities',
  'immigrant', 'immigrants', 'foreigner', 'foreigners', 'christian', 'christians', 'catholic', 'catholics', 'muslim',
  'muslims', 'jewish', 'jews', 'hindu', 'hindus', 'mormon', 'mormons', 'gay', 'gays', 'lesbian', 'seniors',
  'elderly', 'old people', 'young people', 'kids', 'children', 'families', 'singles', 'latinas', 'hispanos',
  'blancos', 'negros', 'asiaticos', 'inmigrantes', 'extranjeros', 'familias', 'ninos', 'mexicanos',
  ...CODED_GROUP_WORDS, 'ghetto people',
];
/**
 * How much of a place one group makes, in Spanish: "mucho cholo", "puros mexicanos", "lleno de inmigrantes", "sin
 * tantos ...", "pocos ..." (read by the guard on drafts and by `intents.ts` on what the lead writes).
 */
// prettier-ignore
export const SHARE_WORDS_ES: readonly string[] = [
  'mucho', 'muchos', 'mucha', 'muchas', 'puro', 'puros', 'pura', 'puras', 'lleno de', 'llena de', 'bastante',
  'bastantes', 'mayormente', 'tantos', 'tantas', 'tanto', 'tanta', 'pocos', 'pocas',
];
export const GROUP_PLACES: readonly string[] = [
  'area',
  'neighborhood',
  'neighbourhood',
  'community',
  'part of town',
  'enclave',
];
/**
 * People named by a protected class, in the plural, for "whites only", "no mexicans", "solo para blancos": the
 * singular colour words stay out ("only white cabinets", "no black mold" are about the house).
 */
// prettier-ignore
export const PEOPLE: readonly string[] = [
  'whites', 'blacks', 'hispanics', 'latinos', 'latinas', 'asians', 'mexicans', 'chinese', 'indians', 'arabs',
  'africans', 'christians', 'catholics', 'muslims', 'jews', 'hindus', 'mormons', 'gays', 'lesbians', 'immigrants',
  'foreigners', 'kids', 'children', 'families', 'singles', 'seniors', 'blancos', 'negros', 'hispanos', 'asiaticos',
  'mexicanos', 'inmigrantes', 'extranjeros', 'familias', 'ninos', 'cristianos', 'catolicos', 'musulmanes',
  'judios',
];
export const ADMITTED: readonly string[] = ['only', 'preferred', 'welcome', 'wanted'];
/** "no kids in the pool" is about the pool. */
export const HOUSE_PARTS: readonly string[] = ['pool', 'yard', 'kitchen', 'garage'];
export const HOUSE_PART_PLACES: readonly string[] = ['in', 'on', 'at', 'near', 'under'];
/** Protected classes named outright. */
// prettier-ignore
export const CLASS_WORDS: readonly string[] = [
  'race', 'racial', 'ethnicity', 'religion', 'religious', 'national origin', 'handicapped', 'crippled',
  'mentally ill', 'disabled people',
];
export const STEERING_NEAR_WORDS: readonly string[] = ['close to', 'near', 'next to'];
// prettier-ignore
export const WORSHIP_PLACES: readonly string[] = [
  'church', 'churches', 'mosque', 'mosques', 'synagogue', 'synagogues', 'temple', 'temples',
];
export const PLACE_NOUNS_ES: readonly string[] = ['zona', 'barrio', 'vecindario', 'colonia'];
// prettier-ignore
export const PLACE_JUDGEMENTS_ES: readonly string[] = [
  'seguro', 'segura', 'peligroso', 'peligrosa', 'malo', 'mala', 'bueno', 'buena', 'tranquilo', 'tranquila', 'feo',
  'fea',
];
export const LIKE_YOU_PEOPLE_ES: readonly string[] = ['familias', 'personas', 'gente'];
export const LIKE_YOU_ES: readonly string[] = ['la suya', 'la tuya', 'usted', 'tu'];
export const OF_A_KIND_ES: readonly string[] = ['esa gente', 'ese tipo de gente', 'ese tipo de personas'];
export const HOUSEHOLDS_ES: readonly string[] = ['familias', 'ninos', 'jubilados', 'solteros', 'parejas'];
export const ONLY_ES: readonly string[] = ['solo', 'nada mas', 'no'];

/** What the agent is paid, with a figure: "our commission is 2.5%". */
// prettier-ignore
export const FEE_WORDS: readonly string[] = [
  'commission', 'comision', 'fee', 'fees', 'rate', 'honorarios', 'cobramos', 'charge', 'charges',
];
export const FEE_NOUNS: readonly string[] = ['commission', 'comision', 'fee', 'honorarios'];
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'por ciento'];
/** A commission promised down: "cut my commission", "commission rebate", "rebajar la comisión". */
// prettier-ignore
export const CUT_VERBS: readonly string[] = [
  'cut', 'reduce', 'lower', 'discount', 'waive', 'rebate', 'split', 'match', 'beat',
];
export const WHOSE_FEE: readonly string[] = ['my', 'our', 'the', 'your'];
export const CUT_FEES: readonly string[] = ['commission', 'fee', 'fees', 'rate'];
export const FEE_CUTS: readonly string[] = ['discount', 'rebate', 'cut', 'reduction'];
export const CUT_VERBS_ES: readonly string[] = ['rebajar', 'bajar', 'reducir'];
export const WHOSE_FEE_ES: readonly string[] = ['la', 'mi', 'nuestra'];

/** Paying for referrals: "referral bonus", "a gift card for every referral", "regalos por referidos". */
// prettier-ignore
export const REFERRAL_PAYS: readonly string[] = [
  'fee', 'fees', 'bonus', 'bonuses', 'reward', 'rewards', 'gift', 'gifts', 'payment', 'payments', 'program',
  'cash', 'check',
];
// prettier-ignore
export const REWARDS: readonly string[] = [
  'gift cards', 'gift card', 'gift', 'gifts', 'cash', 'money', 'reward', 'rewards', 'bonus', 'bonuses', 'payment',
  'payments', 'paid',
];
export const EACH_WORDS: readonly string[] = ['each', 'every', 'any', 'a', 'your'];
export const WE_WILL: readonly string[] = ['well', 'ill', 'we will', 'i will', 'we', 'i'];
export const PAY_VERBS: readonly string[] = ['pay', 'give', 'send', 'reward'];
export const REFERRING: readonly string[] = ['refer', 'referral', 'referrals', 'send us'];
// prettier-ignore
export const REWARDS_ES: readonly string[] = [
  'pago', 'pagos', 'regalo', 'regalos', 'tarjeta de regalo', 'tarjetas de regalo', 'bono', 'bonos', 'comision',
  'dinero',
];

/** A group in Spanish's collective singular: "mucho inmigrante" (not the colours and places: "mucho blanco", "Chino"). */
export const GROUP_SINGULAR_ES =
  'negro|negra|prieto|prieta|moreno|morena|gringo|gringa|indio|mexicano|latino|inmigrante|extranjero|mojado';
/** The same groups said of "gente": "gente morena", "familias mexicanas". */
export const GROUP_FEMININE_ES =
  'negra|negras|prieta|prietas|morena|morenas|gringa|gringas|india|indias|mexicana|mexicanas|latina|latinas|inmigrante|inmigrantes|extranjera|extranjeras|blanca|blancas|asiatica|asiaticas|china|chinas';
