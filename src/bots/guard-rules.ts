import {
  ADMITTED,
  CLASS_WORDS,
  CUT_FEES,
  CUT_VERBS,
  CUT_VERBS_ES,
  STEERING_DEGREE_WORDS,
  EACH_WORDS,
  FEE_CUTS,
  FEE_NOUNS,
  FEE_WORDS,
  FIT_PLACES,
  FIT_WORDS,
  GROUP_PLACES,
  GROUPS,
  HOUSE_PART_PLACES,
  HOUSE_PARTS,
  HOUSEHOLDS,
  HOUSEHOLDS_ES,
  IS_VERBS,
  JUDGED_PLACES,
  KIND_OF_PEOPLE,
  KIND_WORDS,
  LIKE_YOU,
  LIKE_YOU_ES,
  LIKE_YOU_PEOPLE,
  LIKE_YOU_PEOPLE_ES,
  STEERING_NEAR_WORDS,
  OF_A_KIND,
  OF_A_KIND_ES,
  ONLY_ES,
  PAY_VERBS,
  PEOPLE,
  PERCENT_WORDS,
  PLACE_JUDGEMENTS,
  PLACE_JUDGEMENTS_ES,
  PLACE_NOUNS_ES,
  PLACE_SUBJECTS,
  REFERRAL_PAYS,
  REFERRING,
  REWARDS,
  REWARDS_ES,
  SAFETY_WORDS,
  SHARE_WORDS,
  SHARE_WORDS_ES,
  SINGLE_PEOPLE,
  WE_WILL,
  WHO_IS_WELCOME,
  WHO_IS_WELCOME_JOINED,
  WHOSE_FEE,
  WHOSE_FEE_ES,
  WORSHIP_PLACES,
} from './lexicon/guard.js';
import { everyHit, locate, type Located } from './read/phrase-offsets.js';
import { oneOf, phraseBook } from './read/phrases.js';
import { fold, negatedBefore } from './text.js';
import { isDigit } from './read/words.js';

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

/** A phrase of a content rule; `hyphen`: its words side by side may be joined by a hyphen ("high-crime"). */
type ContentPhrase = string | { words: string; notFollowedBy?: string; hyphen?: true };

/** A rule of the content check: its phrases, and how far back a negation excuses it (none for Fair Housing). */
interface ContentRule {
  rule: GuardRule;
  phrases: readonly ContentPhrase[];
  negation?: number;
  /** Its words stand apart (a `~` gap within a sentence); else side by side, one space between ("safe area"). */
  apart?: true;
}

const hyphened = (words: string): ContentPhrase => ({ words, hyphen: true });

/**
 * Fair Housing: protected classes and their proxies (DOMAIN.md section 7), no negation excuse; a commission with a
 * figure or promised down; pay for referrals. Each rule is flagged once, at its first place.
 */
const CONTENT_RULES: readonly ContentRule[] = [
  { rule: GuardRule.fairHousing, phrases: [`${oneOf(PLACE_JUDGEMENTS)} ${oneOf(JUDGED_PLACES)}`] },
  {
    rule: GuardRule.fairHousing,
    phrases: [
      `${oneOf(PLACE_SUBJECTS)} ${oneOf(IS_VERBS)} ${oneOf(STEERING_DEGREE_WORDS)}|_ ${oneOf(SAFETY_WORDS)}`,
    ],
  },
  { rule: GuardRule.fairHousing, phrases: [hyphened('high|low crime')] },
  {
    rule: GuardRule.fairHousing,
    phrases: [
      `${oneOf(LIKE_YOU_PEOPLE)} like ${oneOf(LIKE_YOU)}`,
      oneOf(OF_A_KIND),
      `that ${oneOf(KIND_WORDS)} of ${oneOf(KIND_OF_PEOPLE)}`,
    ],
  },
  {
    rule: GuardRule.fairHousing,
    phrases: [`${oneOf(FIT_WORDS)} ${oneOf(FIT_PLACES)} for ${oneOf(HOUSEHOLDS)}`],
  },
  {
    rule: GuardRule.fairHousing,
    phrases: [
      hyphened(oneOf(WHO_IS_WELCOME_JOINED)),
      oneOf(WHO_IS_WELCOME),
      `perfect for a single|_ ${oneOf(SINGLE_PEOPLE)}`,
    ],
  },
  // ("african-american" is one of the groups)
  {
    rule: GuardRule.fairHousing,
    phrases: [
      hyphened(`${oneOf(SHARE_WORDS)} ${oneOf(GROUPS)}`),
      `${oneOf(SHARE_WORDS_ES)} ${oneOf(GROUPS)}`,
    ],
  },
  { rule: GuardRule.fairHousing, phrases: [hyphened(`${oneOf(GROUPS)} ${oneOf(GROUP_PLACES)}`)] },
  { rule: GuardRule.fairHousing, phrases: [oneOf(CLASS_WORDS)] },
  {
    rule: GuardRule.fairHousing,
    phrases: [`${oneOf(STEERING_NEAR_WORDS)} a|the|many|lots+of|_ ${oneOf(WORSHIP_PLACES)}`],
  },
  {
    rule: GuardRule.fairHousing,
    phrases: [
      `${oneOf(PLACE_NOUNS_ES)} ${oneOf(PLACE_JUDGEMENTS_ES)}`,
      'buen|mal barrio|vecindario',
      // "¿qué tan seguro es el barrio?", "es segura la zona?"
      `que+tan|es|esta ${oneOf(PLACE_JUDGEMENTS_ES)} es|esta|_ el|la|este|esta|ese|esa ${oneOf(PLACE_NOUNS_ES)}`,
    ],
  },
  {
    rule: GuardRule.fairHousing,
    phrases: [`${oneOf(LIKE_YOU_PEOPLE_ES)} como ${oneOf(LIKE_YOU_ES)}`, oneOf(OF_A_KIND_ES)],
  },
  { rule: GuardRule.fairHousing, phrases: [`ideal para ${oneOf(HOUSEHOLDS_ES)}`] },
  // A class admitted or kept out: "for whites only", "no mexicans", "christians preferred", "solo para blancos"
  // (not "only kids in the pool"; "no kids in the pool" is still a class kept out).
  {
    rule: GuardRule.fairHousing,
    phrases: [
      hyphened(`${oneOf(PEOPLE)} ${oneOf(ADMITTED)}`),
      {
        words: `only|no for|_ ${oneOf(PEOPLE)}`,
        notFollowedBy: `allowed|_ ${oneOf(HOUSE_PART_PLACES)} the|_ ${HOUSE_PARTS.map((part) => `${part}*`).join('|')}`,
      },
      `${oneOf(ONLY_ES)} para|_ ${oneOf(PEOPLE)}`,
    ],
  },
  { rule: GuardRule.commission, apart: true, phrases: [`${oneOf(FEE_WORDS)} ~9 # ${oneOf(PERCENT_WORDS)}`] },
  { rule: GuardRule.commission, apart: true, phrases: [`# ${oneOf(PERCENT_WORDS)} ~7 ${oneOf(FEE_NOUNS)}`] },
  {
    rule: GuardRule.commission,
    negation: 4,
    phrases: [
      `${oneOf(CUT_VERBS)} ${oneOf(WHOSE_FEE)} ${oneOf(CUT_FEES)}`,
      `commission|fee ${oneOf(FEE_CUTS)}`,
      'zero|no commission',
      `${oneOf(CUT_VERBS_ES)} ${oneOf(WHOSE_FEE_ES)} comision`,
    ],
  },
  { rule: GuardRule.kickback, negation: 5, phrases: ['kick back|backs', 'kickback|kickbacks'] },
  { rule: GuardRule.kickback, negation: 5, phrases: [`referral ${oneOf(REFERRAL_PAYS)}`] },
  {
    rule: GuardRule.kickback,
    negation: 5,
    apart: true,
    phrases: [
      `${oneOf(REWARDS)} ~9 for|per|with ${oneOf(EACH_WORDS)}|_ refer*|friend+you+send|friend+you+refer`,
    ],
  },
  {
    rule: GuardRule.kickback,
    negation: 5,
    apart: true,
    phrases: [`${oneOf(WE_WILL)} ${oneOf(PAY_VERBS)} you ~9 ${oneOf(REFERRING)}`],
  },
  {
    rule: GuardRule.kickback,
    negation: 5,
    phrases: [`${oneOf(REWARDS_ES)} por cada|_ referido*|recomendacion*|referir*|recomendar*`],
  },
];

/** Each phrase of every rule, flat: a hit's cue is its place here. */
const CONTENT_PHRASES = CONTENT_RULES.flatMap((rule, ruleAt) =>
  rule.phrases.map((phrase) => ({
    ruleAt,
    apart: rule.apart === true,
    ...(typeof phrase === 'string' ? { words: phrase } : phrase),
  })),
);
const CONTENT_BOOK = phraseBook<string>(
  CONTENT_PHRASES.map(({ words, notFollowedBy, apart }, at) => ({
    cue: String(at),
    words,
    ...(notFollowedBy ? { notFollowedBy } : {}),
    always: true,
    clause: !apart,
  })),
);

/**
 * What stands between a phrase's words (tokens[start..end)) is as the rule says: apart, no sentence's end (no "!",
 * "?", nor "." but a decimal point); side by side, one space (or a hyphen where the phrase allows one). Either way
 * the match is of whole words ("safe_area" is none).
 */
function spacedAsSaid(
  phrase: (typeof CONTENT_PHRASES)[number],
  folded: string,
  located: Located,
  start: number,
  end: number,
): boolean {
  const from = located.at[start]!;
  const to = located.end[end - 1]!;
  if (folded[from - 1] === '_' || folded[to] === '_') return false;
  if (phrase.apart) {
    for (let at = from; at < to; at++) {
      const char = folded[at];
      if (char === '!' || char === '?') return false;
      if (char === '.' && !(isDigit(folded[at - 1]) && isDigit(folded[at + 1]))) return false;
    }
    return true;
  }
  for (let token = start + 1; token < end; token++) {
    const between = folded.slice(located.end[token - 1], located.at[token]);
    if (between !== ' ' && !('hyphen' in phrase && between === '-')) return false;
  }
  return true;
}

export function contentViolations(text: string): Violation[] {
  // A possessive is its word ("near the church's lot"): tokens would read "churchs" (same length, offsets kept).
  const folded = fold(text).replace(/'s\b/g, ' s');
  const located = locate(folded);
  // Each rule's first place (the hits come in token order).
  const firsts = new Map<number, { from: number; to: number }>();
  for (const hit of everyHit(CONTENT_BOOK, located.tokens)) {
    const phrase = CONTENT_PHRASES[Number(hit.cue)]!;
    if (firsts.has(phrase.ruleAt) || !spacedAsSaid(phrase, folded, located, hit.start, hit.end)) continue;
    firsts.set(phrase.ruleAt, { from: located.at[hit.start]!, to: located.end[hit.end - 1]! });
  }
  const found: Violation[] = [];
  CONTENT_RULES.forEach((rule, ruleAt) => {
    const first = firsts.get(ruleAt);
    if (!first || (rule.negation && negatedBefore(folded, first.from, rule.negation))) return;
    found.push({ rule: rule.rule, detail: folded.slice(first.from, first.to) });
  });
  return found;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const MARKDOWN = /\*\*|__|`|^\s{0,3}#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|\[[^\]]+\]\([^)]+\)/m;

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
