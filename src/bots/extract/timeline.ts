import { fold, negatedBefore, NUMBER_WORD_PATTERN, smallNumber } from '../text.js';

export interface SellerTimeline {
  accepted: boolean;
  urgency: string;
}

const YES =
  /^\s*(yes|yeah|yep|yup|sure|absolutely|definitely|of course|ok|okay|si|claro|por supuesto|dale|sale|va)\b/;
const WORKS =
  /\b(works|would work|that works|sounds good|sounds great|no problem|perfect|that'?s fine|fine by me|funciona|me funciona|nos funciona|esta bien|suena bien|sin problema|perfecto)\b/;
const NO = /^\s*(no|nope|nah|not really|no way)\b/;
const URGENT =
  /\b(asap|a\.s\.a\.p|as soon as possible|quickly|quick sale|fast|right away|immediately|need to sell|have to sell|lo antes posible|cuanto antes|rapido|urge|necesito vender|necesitamos vender|ya mismo)\b/;
const DAYS_30_45 = /\b(30|45|thirty|forty[- ]five|treinta|cuarenta y cinco)\s*(days|dias)\b/;
const MONTHS = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*(?:to\\s*\\d{1,2}\\s*)?(months|month|meses|mes)\\b`,
);
const SEASON_SOON = /\b(this|next|by|este|esta|para (el|la)) ?(spring|summer|primavera|verano)\b/;
const FEW_MONTHS = /\b(a few months|few months|couple (of )?months|unos meses|pocos meses|un par de meses)\b/;
const REJECT =
  /\b(next year|no rush|no hurry|not in a hurry|eventually|someday|some day|one day|not sure|unsure|just exploring|just looking|just curious|not yet|too soon|too fast|not that (fast|quick|soon)|el proximo ano|el ano que viene|sin prisa|no hay prisa|algun dia|no se|no estoy segur[oa]|solo (explorando|viendo))\b/;

/**
 * Seller question 2 ("within 30 to 45 days, would that work?"). Only called once motivation is known. `asked`
 * says whether the question is the one being answered: a bare yes/no counts only then.
 */
export function extractSellerTimeline(text: string, asked: boolean): SellerTimeline | undefined {
  const folded = fold(text);
  const months = MONTHS.exec(folded);
  if (months) {
    const count = smallNumber(months[1] ?? '') ?? 99;
    const upper = /to\s*(\d{1,2})/.exec(months[0])?.[1];
    const n = upper ? Number(upper) : count;
    const negated = negatedBefore(folded, months.index);
    if (n > 4 || negated) return { accepted: false, urgency: `${n} months` };
    return { accepted: true, urgency: `within ${n} months` };
  }
  const days = DAYS_30_45.exec(folded);
  if (days) {
    if (negatedBefore(folded, days.index) || REJECT.test(folded) || NO.test(folded)) {
      return { accepted: false, urgency: 'not within 30-45 days' };
    }
    return { accepted: true, urgency: '30-45 days' };
  }
  if (REJECT.test(folded)) return { accepted: false, urgency: REJECT.exec(folded)?.[0] ?? 'not now' };
  if (URGENT.test(folded)) return { accepted: true, urgency: 'asap' };
  if (SEASON_SOON.test(folded)) return { accepted: true, urgency: SEASON_SOON.exec(folded)?.[0] ?? 'soon' };
  if (FEW_MONTHS.test(folded)) return { accepted: true, urgency: 'a few months' };
  if (!asked) return undefined;
  if (WORKS.test(folded)) return { accepted: true, urgency: '30-45 days' };
  if (NO.test(folded)) return { accepted: false, urgency: 'declined 30-45 days' };
  if (YES.test(folded)) return { accepted: true, urgency: '30-45 days' };
  return undefined;
}

export const URGENCIES = ['immediate', 'three_months', 'six_months', 'browsing'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface BuyerTimeline {
  urgency: Urgency;
  timeline: string;
}

const MONTH_NAMES: [RegExp, number][] = [
  [/\b(january|jan|enero)\b/, 0],
  [/\b(february|feb|febrero)\b/, 1],
  [/\b(march|marzo)\b/, 2],
  [/\b(april|apr|abril)\b/, 3],
  [/\b(may|mayo)\b/, 4],
  [/\b(june|junio)\b/, 5],
  [/\b(july|julio)\b/, 6],
  [/\b(august|aug|agosto)\b/, 7],
  [/\b(september|sept|sep|septiembre)\b/, 8],
  [/\b(october|oct|octubre)\b/, 9],
  [/\b(november|nov|noviembre)\b/, 10],
  [/\b(december|dec|diciembre)\b/, 11],
  [/\b(spring|primavera)\b/, 2],
  [/\b(summer|verano)\b/, 5],
  [/\b(fall|autumn|otono)\b/, 8],
  [/\b(winter|invierno)\b/, 11],
];
const IMMEDIATE =
  /\b(asap|as soon as possible|right away|immediately|right now|this month|next month|lo antes posible|cuanto antes|ya mismo|este mes|el proximo mes|ahorita|de inmediato)\b/;
const BROWSING =
  /\b(just (looking|browsing|exploring|curious)|browsing|no rush|no hurry|eventually|someday|next year|not sure|a year|couple (of )?years|solo (viendo|mirando|explorando)|sin prisa|el proximo ano|el ano que viene|algun dia)\b/;
const IN_N = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN}|a couple|a few|couple|few)\\s*(?:to\\s*(\\d{1,2})\\s*)?(weeks|week|semanas|semana|months|month|meses|mes|years|year|anos|ano)\\b`,
);

function byMonths(months: number): Urgency {
  if (months <= 1) return 'immediate';
  if (months <= 3) return 'three_months';
  if (months <= 6) return 'six_months';
  return 'browsing';
}

/** Buyer timeline: month names, seasons, "in N weeks/months", asap, "lease ends in ...", relocation dates. */
export function extractBuyerTimeline(text: string, nowMs: number): BuyerTimeline | undefined {
  const folded = fold(text);
  const inN = IN_N.exec(folded);
  if (
    inN &&
    !/\b(old|ago|hace)\b/.test(folded.slice(inN.index + inN[0].length, inN.index + inN[0].length + 6))
  ) {
    const word = inN[1] ?? '';
    const base = /few/.test(word) ? 3 : /couple/.test(word) ? 2 : (smallNumber(word) ?? 1);
    const n = inN[2] ? Number(inN[2]) : base;
    const unit = inN[3] ?? '';
    const months = /week|semana/.test(unit) ? n / 4.3 : /year|ano/.test(unit) ? n * 12 : n;
    return { urgency: byMonths(months), timeline: inN[0] };
  }
  if (BROWSING.test(folded))
    return { urgency: 'browsing', timeline: BROWSING.exec(folded)?.[0] ?? 'browsing' };
  if (IMMEDIATE.test(folded))
    return { urgency: 'immediate', timeline: IMMEDIATE.exec(folded)?.[0] ?? 'asap' };
  const nowMonth = new Date(nowMs).getUTCMonth();
  for (const [pattern, month] of MONTH_NAMES) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (
      month === 4 &&
      !/\b(in|by|around|before|after|until|end of|early|late|mid|de|en|para)\s+may\b/.test(folded)
    )
      continue;
    const ahead = (month - nowMonth + 12) % 12;
    return { urgency: byMonths(ahead === 0 ? 0 : ahead), timeline: match[0] };
  }
  return undefined;
}
