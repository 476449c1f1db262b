import { fold, negatedBefore } from './text.js';

export const GuardRule = {
  fairHousing: 'fair_housing',
  commission: 'commission',
  kickback: 'referral_kickback',
  oneQuestion: 'style_one_question',
  length: 'style_length',
  emoji: 'style_emoji',
  markdown: 'style_markdown',
} as const;
export type GuardRule = (typeof GuardRule)[keyof typeof GuardRule];

export interface Violation {
  rule: GuardRule;
  detail: string;
}

const GROUPS =
  'white|black|hispanic|latino|latina|latinos|asian|asians|mexican|mexicans|chinese|indian|indians|arab|arabs|african[- ]american|caucasian|ethnic|minority|minorities|immigrants?|foreigners?|christian|christians|catholic|catholics|muslim|muslims|jewish|jews|hindu|hindus|mormon|mormons|gay|gays|lesbian|seniors|elderly|old people|young people|kids|children|families|singles|latinas|hispanos|latinos|blancos|negros|asiaticos|inmigrantes|extranjeros|familias|ninos';

/**
 * People named by a protected class, in the plural, for "whites only", "no mexicans", "solo para blancos": the
 * singular colour words stay out ("only white cabinets", "no black mold" are about the house).
 */
const PEOPLE =
  'whites|blacks|hispanics|latinos|latinas|asians|mexicans|chinese|indians|arabs|africans|christians|catholics|muslims|jews|hindus|mormons|gays|lesbians|immigrants|foreigners|kids|children|families|singles|seniors|blancos|negros|hispanos|asiaticos|mexicanos|inmigrantes|extranjeros|familias|ninos|cristianos|catolicos|musulmanes|judios';

/** Fair Housing: protected classes and their proxies (DOMAIN.md section 7). No negation excuse applies. */
const FAIR_HOUSING: RegExp[] = [
  /\b(safe|safer|safest|unsafe|dangerous|sketchy|rough|bad|good|nice|better|best|quiet|desirable|undesirable|ghetto) (area|areas|neighborhood|neighborhoods|neighbourhood|part of town|side of town|community|communities|street|block|school district)\b/,
  /\b(area|neighborhood|neighbourhood|community|part of town) (is|feels|seems|isn't|is not) (very |really |pretty |quite |totally )?(safe|unsafe|dangerous|sketchy|rough|bad|good for)\b/,
  /\b(high|low)[- ]crime\b/,
  /\b(families|people|folks|buyers|someone|couples) like (you|yours|your|yourself)\b|\bpeople like you\b|\byour kind\b|\bthose people\b|\bthese people\b|\bthat (kind|type) of (people|crowd|family|families)\b|\bthe wrong (crowd|kind|element)\b/,
  /\b(good|great|perfect|ideal|better|best|right) (area|neighborhood|place|community|street|home|fit) for (families|kids|children|young (couples|families|professionals)|retirees|seniors|singles|couples|a family like)\b/,
  /\b(family[- ]friendly|adults? only|no (kids|children) allowed|child[- ]free|singles only|mature (community|neighborhood)|bachelor pad|perfect for a (single )?(man|woman|guy|lady))\b/,
  new RegExp(
    `\\b(mostly|predominantly|mainly|lots of|full of|many|largely|primarily|heavily) (${GROUPS})\\b`,
  ),
  new RegExp(`\\b(${GROUPS}) (area|neighborhood|neighbourhood|community|part of town|enclave)\\b`),
  /\b(race|racial|ethnicity|religion|religious|national origin|handicapped|crippled|mentally ill|disabled people)\b/,
  /\b(close to|near|next to) (a |the |many |lots of )?(church|churches|mosque|mosques|synagogue|synagogues|temple|temples)\b/,
  /\b(zona|barrio|vecindario|colonia) (segur[oa]|peligros[oa]|mal[oa]|buen[oa]|tranquil[oa]|fe[oa])\b|\b(buen|mal) (barrio|vecindario)\b/,
  /\b(familias|personas|gente) como (la suya|la tuya|usted|tu)\b|\besa gente\b|\bese tipo de (gente|personas)\b/,
  /\bideal para (familias|ninos|jubilados|solteros|parejas)\b/,
  // A class admitted or kept out: "for whites only", "no mexicans", "christians preferred", "solo para blancos".
  new RegExp(
    `\\b(${PEOPLE})[- ](only|preferred|welcome|wanted)\\b|\\b(only|no) (for )?(${PEOPLE})\\b(?! (allowed )?(in|on|at|near|under) (the )?(pool|yard|kitchen|garage))|\\b(solo|nada mas|no) (para )?(${PEOPLE})\\b`,
  ),
];

const COMMISSION_NUMBER: RegExp[] = [
  /\b(commission|comision|fee|fees|rate|honorarios|cobramos|charge|charges)\b[^.!?]{0,40}?\d+(\.\d+)?\s*(%|percent|por ciento)/,
  /\d+(\.\d+)?\s*(%|percent|por ciento)[^.!?]{0,30}\b(commission|comision|fee|honorarios)\b/,
];
const COMMISSION_PROMISE =
  /\b(cut|reduce|lower|discount|waive|rebate|split|match|beat) (my|our|the|your) (commission|fee|fees|rate)\b|\b(commission|fee) (discount|rebate|cut|reduction)\b|\b(zero|no) commission\b|\b(rebajar|bajar|reducir) (la|mi|nuestra) comision\b/;

const KICKBACK: RegExp[] = [
  /\bkick ?backs?\b/,
  /\breferral (fee|fees|bonus|bonuses|reward|rewards|gift|gifts|payment|payments|program|cash|check)\b/,
  /\b(gift cards?|gifts?|cash|\$\d+|money|rewards?|bonus(es)?|payments?|paid)\b[^.!?]{0,40}\b(for|per|with) (each |every |any |a |your )?(referral|referrals|refer|friend you (send|refer))/,
  /\b(we'?ll|i'?ll|we will|i will|we|i) (pay|give|send|reward) you\b[^.!?]{0,40}\b(refer|referral|referrals|send us)\b/,
  /\b(pagos?|regalos?|tarjetas? de regalo|bonos?|comision|dinero) por (cada )?(referido|referidos|recomendacion|recomendaciones|referir|recomendar)/,
];

const EMOJI = /\p{Extended_Pictographic}/u;
const MARKDOWN = /\*\*|__|`|^\s{0,3}#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|\[[^\]]+\]\([^)]+\)/m;

export function contentViolations(text: string): Violation[] {
  const folded = fold(text);
  const found: Violation[] = [];
  for (const pattern of FAIR_HOUSING) {
    const match = pattern.exec(folded);
    if (match) found.push({ rule: GuardRule.fairHousing, detail: match[0] });
  }
  for (const pattern of COMMISSION_NUMBER) {
    const match = pattern.exec(folded);
    if (match) found.push({ rule: GuardRule.commission, detail: match[0] });
  }
  const promise = COMMISSION_PROMISE.exec(folded);
  if (promise && !negatedBefore(folded, promise.index)) {
    found.push({ rule: GuardRule.commission, detail: promise[0] });
  }
  for (const pattern of KICKBACK) {
    const match = pattern.exec(folded);
    if (match && !negatedBefore(folded, match.index, 5))
      found.push({ rule: GuardRule.kickback, detail: match[0] });
  }
  return found;
}

export function styleViolations(text: string, maxChars: number): Violation[] {
  const found: Violation[] = [];
  const questions = (text.match(/\?/g) ?? []).length;
  if (questions > 1) found.push({ rule: GuardRule.oneQuestion, detail: `${questions} questions` });
  if (text.length > maxChars)
    found.push({ rule: GuardRule.length, detail: `${text.length} > ${maxChars} characters` });
  const emoji = EMOJI.exec(text);
  if (emoji) found.push({ rule: GuardRule.emoji, detail: emoji[0] });
  const markdown = MARKDOWN.exec(text);
  if (markdown) found.push({ rule: GuardRule.markdown, detail: markdown[0].trim() });
  return found;
}
