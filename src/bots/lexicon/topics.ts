import type { Phrase } from '../read/phrases.js';

/**
 * The side topics' phrases (`topics.ts`), English and Spanish, in the grammar of `read/phrases.ts` (folded words,
 * `a|b`, `word*`, `#` a number, `_` no word, `~` a few words between). Every entry is heard whatever precedes it
 * (`always`): a side question is answered even when the lead says "not that it matters, but is it safe?".
 */
export type TopicCue = 'fair_housing' | 'kickback' | 'commission';

const PEOPLE = 'hispanic*|latino*|black*|white*|asian*|christian*|muslim*|jewish|immigrant*|kids|families';
const PLACE = 'area|neighborhood|neighbourhood';

// prettier-ignore
const FAIR_HOUSING: readonly string[] = [
  'is it|this|that a|_ safe|dangerous|sketchy|rough|good|bad',
  `is the ${PLACE} a|_ safe|dangerous|sketchy|rough|good|bad`,
  `safe ${PLACE}|place|for`,
  `${PLACE} safe`,
  'how safe',
  'crime*',
  'what kind of people|neighbors|families',
  'who lives there|in',
  'demographic*',
  'diverse*|diversity|ethnic*',
  `many|lots|lot of|_ ${PEOPLE}`,
  'many|lots|lot of|_ old|young people',
  'family friendly',
  `good ${PLACE} for kids|families|children`,
  'good|best schools',
  'how|what are|r|is the|_ schools',
  'are|r|is the|_ school|schools any|_ good|decent|ok|okay',
  'school|schools ~ good|decent|ok|okay|rated|rating|ratings|bad|great|quality',
  'how good|are|r|bad ~ school|schools',
  `whats|hows|what|how is|_ the ${PLACE}|community|vibe like`,
  'escuelas ~ buenas|malas|buena|mala|calidad',
  'que tal ~ escuelas',
  'como son|estan ~ escuelas',
  'que tal el|la barrio|zona|colonia|vecindario|comunidad',
  'como es el|la barrio|zona|colonia|vecindario|comunidad',
  'churches|mosques|synagogues',
  'es seguro|segura',
  'zona|barrio segura|peligrosa|seguro|peligroso',
  'que tipo de gente|personas|vecinos',
  'crimen|delincuencia',
  'buenas escuelas',
];

// prettier-ignore
const KICKBACK: readonly string[] = [
  'referral fee|fees|bonus|bonuses|reward|rewards|gift|gifts|program|programs',
  'pay|give|reward me|_ for referral|referrals|referal|referals|referring|refer',
  'pay|give|reward me|_ if i refer*',
  'gift card',
  'get|earn anything|something|money|cash for|if i|_ referring|referral|referal|refer|send',
  'get|earn a gift for|if i|_ referring|referral|referal|refer|send',
  'kickback*',
  'finders|finder fee',
  'comision por referido|referir|recomendar',
  'regalo por referir|recomendar',
  'something|money|cash|bucks|dollars|cut for every|each client|lead|buyer|referral|deal',
  'bucks|dollars|cash|something per|a|each client|lead|buyer|referral|deal',
  'cash back ~ referral*|referido*|refer*|recomend*',
  'cashback|reembolso ~ referral*|referido*|refer*|recomend*',
  'kick you|u|me|ya back',
];

// prettier-ignore
const COMMISSION: readonly string[] = [
  'commission',
  'your fee|fees|rate|cut',
  'what %|percent|percentage do|would|will you|u|ya|yall|jorge|your guys|team|_ charge|get|take',
  'fee|fees to list|sell',
  'charge para|pa listar|vender',
  'do you|u|ya|yall guys|_ charge|take',
  'cuanto me|nos|le|_ cobra|cobran|cobras|cobraria|cobrarian|cobrarias ~ por|para vender|listar',
  'whats|what your fee|rate',
  'what is your fee|rate',
  'listing fee',
  'comision',
  'cuanto cobran|cobras',
  'que porcentaje',
  'lower|cut|reduce|discount|drop|negotiate on|off|_ your|the fee|fees|rate|commission|percentage',
  'aceptaria|aceptarias|aceptarian|aceptas|acepta|haria|harias|harian|cobraria|cobrarias|cobrarian|cobras|trabajaria|trabajarias|trabajarian por|con|_ el|un|_ # %',
  'aceptaria|aceptarias|aceptarian|aceptas|acepta|haria|harias|harian|cobraria|cobrarias|cobrarian|cobras|trabajaria|trabajarias|trabajarian por|con|_ el|un|_ # por ciento',
  'lo harias por|con|_ el|un|_ # %',
  'bajar|rebajar|reducir tu|su|la comision|tarifa|porcentaje',
];

const table = (cue: TopicCue, phrases: readonly string[]): Phrase<TopicCue>[] =>
  phrases.map((words) => ({ cue, words, always: true }));

export const TOPIC_PHRASES: readonly Phrase<TopicCue>[] = [
  ...table('kickback', KICKBACK),
  ...table('commission', COMMISSION),
  ...table('fair_housing', FAIR_HOUSING),
];
