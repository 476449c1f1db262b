import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from '../../../src/bots/read/numbers.js';
import { fold } from '../../../src/bots/text.js';
import { B, ES, S, SES, suite, type Probe } from './probe-suite.js';

/**
 * Amounts and durations said in words, generated over many values rather than written one phrasing at a time: every
 * way of saying a price in English, Spanish or both at once ("quinientos fifty", "four hundred cincuenta mil", "un
 * millón two hundred") must read as the same number, and so must a number of days said in words.
 */
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ES_UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ES_TENS = [
  '',
  '',
  'veinte',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
const ES_HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/** 20 to 99 in English and in Spanish words ("seventy five", "setenta y cinco", "veinticinco"). */
function tens(value: number): { en: string; es: string } {
  const [ten, unit] = [Math.floor(value / 10), value % 10];
  const en = unit ? `${EN_TENS[ten]} ${EN_UNITS[unit]}` : EN_TENS[ten]!;
  if (ten === 2 && unit) return { en, es: `veinti${ES_UNITS[unit]}` };
  return { en, es: unit ? `${ES_TENS[ten]} y ${ES_UNITS[unit]}` : ES_TENS[ten]! };
}

/** A budget of `thousands` said every way, each with the setup it is said in. */
function budgetSaid(thousands: number): Probe[] {
  const hundred = Math.floor(thousands / 100);
  const rest = tens(thousands % 100);
  const max = { slots: { budget: { max: thousands * 1000 } } };
  return [
    [`up to ${EN_UNITS[hundred]} hundred ${rest.en} thousand`, B('budget'), max],
    [`we can do ${EN_UNITS[hundred]} ${rest.en} tops`, B('budget'), max],
    [`nuestro tope es ${ES_HUNDREDS[hundred]} ${rest.es} mil`, ES('budget'), max],
    [`hasta ${ES_HUNDREDS[hundred]} ${rest.es}`, ES('budget'), max],
    // both languages in one amount
    [`hasta ${ES_HUNDREDS[hundred]} ${rest.en}`, ES('budget'), max],
    [`like ${ES_HUNDREDS[hundred]} ${rest.en} max`, B('budget'), max],
    [`hasta ${EN_UNITS[hundred]} hundred ${rest.es} mil`, ES('budget'), max],
    [`no more than ${ES_HUNDREDS[hundred]} ${rest.en} thousand`, B('budget'), max],
  ];
}

suite(
  'a budget said in words, in either language or both',
  [325, 450, 475, 520, 550, 585, 640, 675, 725, 890].flatMap(budgetSaid),
);

suite('a million and its thousands said as hundreds', [
  ['hasta un millón two hundred', ES('budget'), { slots: { budget: { max: 1_200_000 } } }],
  ['a million two hundred tops', B('budget'), { slots: { budget: { max: 1_200_000 } } }],
  ['one million four fifty max', B('budget'), { slots: { budget: { max: 1_450_000 } } }],
  ['hasta un millón cuatrocientos cincuenta', ES('budget'), { slots: { budget: { max: 1_450_000 } } }],
  ['up to one point one five mil', B('budget'), { slots: { budget: { max: 1_150_000 } } }],
  // ...and not when the thousands are said ("one million two hundred thousand" is 1.2m by the recognizer)
  ['one million two hundred thousand max', B('budget'), { slots: { budget: { max: 1_200_000 } } }],
]);

suite('a ceiling named before its amount is a ceiling, a budget is a range', [
  ['my max is 450k', B('budget'), { slots: { budget: { max: 450_000 } } }],
  ['the ceiling is 450k honestly', B('budget'), { slots: { budget: { max: 450_000 } } }],
  ['el límite es cuatrocientos cincuenta mil', ES('budget'), { slots: { budget: { max: 450_000 } } }],
  ['our budget is 450k', B('budget'), { slots: { budget: { min: 360_000, max: 450_000 } } }],
]);

suite('a seller price said in both languages', [
  ['quiero sacar unos seiscientos fifty', SES('priceExpectation'), { slots: { priceExpectation: 650_000 } }],
  [
    'hoping for seven hundred veinticinco mil',
    S('priceExpectation'),
    { slots: { priceExpectation: 725_000 } },
  ],
]);

suite('counts in both languages stay counts', [
  ['dos or three bedrooms', B('size'), { slots: { size: { bedrooms: 2, maxBedrooms: 3 } } }],
  ['somos cinco, so four bedrooms', ES('size'), { slots: { size: { bedrooms: 4 } } }],
]);

suite('a number of days or weeks said in words', [
  ['in fifteen days', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['in forty five days', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['en quince días', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['dentro de veinte días', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['en cuarenta y cinco días', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ['in about ten weeks', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

const SELLER_ASKED_30_45 = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    condition: 'move_in_ready',
    priceExpectation: 600_000,
  },
};
suite('the 30 to 45 days answered with the days in words', [
  ['thirty days is fine', S('urgency', SELLER_ASKED_30_45), { slots: { timelineAccepted: true } }],
  ['forty five days works', S('urgency', SELLER_ASKED_30_45), { slots: { timelineAccepted: true } }],
  ['sixty days would work better', S('urgency', SELLER_ASKED_30_45), { slots: { timelineAccepted: true } }],
  ['treinta días sí se puede', SES('urgency', SELLER_ASKED_30_45), { slots: { timelineAccepted: true } }],
  ['noventa días mejor', SES('urgency', SELLER_ASKED_30_45), { slots: { timelineAccepted: true } }],
  [
    'forty five days is way too fast',
    S('urgency', SELLER_ASKED_30_45),
    { slots: { timelineAccepted: false } },
  ],
  // the lead's own words are kept where they read the same
  [
    'in about two months',
    S('urgency', SELLER_ASKED_30_45),
    { slots: { timelineAccepted: true, timelineUrgency: 'in about two months' } },
  ],
]);

suite('units of time said small, ceilings said before the amount', [
  ['como en dos semanitas', ES('urgency'), { slots: { urgency: 'immediate' } }],
  ['en unos tres mesecitos', ES('urgency'), { slots: { urgency: 'three_months' } }],
  ["we're capped at 525k", B('budget'), { slots: { budget: { max: 525_000 } } }],
  ['ceiling of 680k', B('budget'), { slots: { budget: { max: 680_000 } } }],
  ['con un tope de 450 mil', ES('budget'), { slots: { budget: { max: 450_000 } } }],
]);

describe('amounts in both languages, in bounded time', () => {
  it.each([['quinientos fifty '], ['four hundred cincuenta mil '], ['un millon two hundred ']])(
    'reads %j x200 in a few milliseconds',
    (unit) => {
      const started = performance.now();
      numberWordsToDigits(fold(unit.repeat(200)), { spanish: true });
      expect(performance.now() - started).toBeLessThan(250);
    },
  );
});
