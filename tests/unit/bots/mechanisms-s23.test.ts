import type { QuestionSlot } from '../../../src/bots/questions.js';
import { describe, expect, it } from 'vitest';
import { extractBuyerTimeline } from '../../../src/bots/extract/timeline.js';
import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms behind the blind-s23 tuning misses (docs/BOTS.md section 18): several phrasings of
 * each mechanism in English, Spanish and Spanglish, with near misses that must not be read, written before the
 * reader was changed. The corpus instant is Tuesday 10 March 2026 in Rancho Cucamonga.
 */

const urgency = (value: string | null) => ({ slots: { urgency: value } });

// A month named without a day is the whole month: immediate only when most of it is within 30 days; a past
// duration ("2 years ago", "hace 2 años") is no timeline and leaves the one after it; "now" opening a clause that
// goes on to a date is not the date.
suite('time: a month, a past duration, "now" as a discourse word', [
  ['in april', B('urgency'), urgency('three_months')],
  ['en abril', ES('urgency'), urgency('three_months')],
  ['my lease will end in april', B('urgency'), urgency('three_months')],
  ['we need to move in abril', B('urgency'), urgency('three_months')],
  ['se nos acaba la renta en abril', ES('urgency'), urgency('three_months')],
  ['sometime in april probably', B('urgency'), urgency('three_months')],
  ['lease ends in june', B('urgency'), urgency('three_months')],
  ['july', B('urgency'), urgency('six_months')],
  // near misses: a day said, a bound, the end of this month
  ['april 1st', B('urgency'), urgency('immediate')],
  ['need to be in before april', B('urgency'), urgency('immediate')],
  ['by the end of march', B('urgency'), urgency('immediate')],
  ['april 20', B('urgency'), urgency('three_months')],
  [
    'we closed on our last house 2 years ago, now ready to move up in like 3 months',
    B('urgency'),
    urgency('three_months'),
  ],
  ['sold our condo a year ago, now we want to buy in 2 months', B('urgency'), urgency('three_months')],
  ['we moved here 6 months ago and now we want to buy within 5 months', B('urgency'), urgency('six_months')],
  ['compramos hace 2 años, ahora queremos cambiarnos en 3 meses', ES('urgency'), urgency('three_months')],
  ['hace 3 años que rentamos', ES('urgency'), urgency(null)],
  ['we started looking 2 months ago', B('urgency'), urgency(null)],
  // near miss: "now" that is the timeline
  ['we need to move now', B('urgency'), urgency('immediate')],
]);

describe('time: a month is read from the conversation day, whatever the year', () => {
  const options = { nowMs: Date.UTC(2026, 10, 25, 18), timeZone: 'America/Los_Angeles' };
  it.each([
    ['in april', 'six_months'],
    ['en abril', 'six_months'],
    ['my lease will end in april', 'six_months'],
    ['in december', 'immediate'],
    ['en enero', 'three_months'],
    ['february', 'three_months'],
  ])('%s on 25 November 2026 is %s', (text, want) => {
    expect(extractBuyerTimeline(text, options)?.urgency).toBe(want);
  });
});

// "nos urge" (it is urgent for us) is now; "no nos urge" is no rush. "could be a while" is open-ended, unless a date
// is said too.
suite('time: urgency words and open-ended answers', [
  ['nos urge', ES('urgency'), urgency('immediate')],
  [
    'tres recámaras, y nos urge mudarnos',
    ES('size'),
    { slots: { 'size.bedrooms': 3, urgency: 'immediate' } },
  ],
  ['me urge encontrar casa', ES('urgency'), urgency('immediate')],
  ['urge, el dueño nos pidió la casa', ES('urgency'), urgency('immediate')],
  ['no nos urge', ES('urgency'), urgency('browsing')],
  ['no me urge para nada', ES('urgency'), urgency('browsing')],
  ['whenever the right house shows up, could be a while', B('urgency'), urgency('browsing')],
  ['could be a while honestly', B('urgency'), urgency('browsing')],
  ['might take a while to find the right one', B('urgency'), urgency('browsing')],
  ['puede tardar, depende de lo que encontremos', ES('urgency'), urgency('browsing')],
  ['the loan could take a while but our lease ends in 2 months', B('urgency'), urgency('three_months')],
  ['whenever works for you, call me', B('urgency'), urgency(null)],
]);

const financing = (value: string | null) => ({ slots: { financing: value } });

// How the buyer pays: an approval the lead "has" ("tenemos aprobado hasta..."), an amount said in cash ("1 million
// cash"), a clause that opens with cash ("cash from the sale of our house", "all cash, selling my other
// property": the sale pays for this purchase, the buyer stays a buyer).
suite('financing: approvals held, amounts in cash, clauses opening with cash', [
  [
    'tenemos aprobado hasta 1.3 millones',
    ES('budget'),
    { slots: { financing: 'pre_approved', 'budget.max': 1300000 } },
  ],
  ['tengo aprobado 600 mil con el banco', ES('financing'), financing('pre_approved')],
  ['we have approved up to 900k', B('budget'), financing('pre_approved')],
  ['no tenemos nada aprobado todavía', ES('financing'), financing('needs_lender')],
  ['1 million cash', B('financing'), financing('cash')],
  ['800k in cash', B('financing'), financing('cash')],
  ['1.2 millones en efectivo', ES('financing'), financing('cash')],
  ['all cash, selling my other property', B('financing'), { slots: { financing: 'cash' }, kind: 'buyer' }],
  [
    'cash, we are selling our condo in irvine',
    B('financing'),
    { slots: { financing: 'cash' }, kind: 'buyer' },
  ],
  ['4 bedrooms, cash from the sale of our house in san diego', B('size'), financing('cash')],
  ['5 beds, efectivo de la venta de nuestra casa', ES('size'), financing('cash')],
  // near misses: cash that says nothing about how the lead pays
  ['3 bedrooms, cash flow is tight right now', B('size'), financing(null)],
  ['we need a loan, cash is tight', B('financing'), financing('needs_lender')],
  ['4 beds, cash offers are better?', B('size'), financing(null)],
  ['not 1 million cash, we need a mortgage', B('financing'), financing('needs_lender')],
]);

const budgetMax = (value: number | null) => ({ slots: { 'budget.max': value } });
const PRICE_ASKED = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};
const SP = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'seller', asking, ...x }) as CorpusCase['setup'];
const price = (value: number | null) => ({ slots: { priceExpectation: value } });

// Money: spoken tens misspelled ("fitty"), English "N mil" for millions, the Spanish decimal comma, a plain decimal
// after a price word, a debt that is no price, "want" as a price word.
suite('money: shorthand, decimal commas, debts and context', [
  ['7 fitty max', B('budget'), budgetMax(750000)],
  ['like 6 fiddy', B('budget'), budgetMax(650000)],
  ['eight fitty tops', B('budget'), budgetMax(850000)],
  ['max 2 mil', B('budget'), budgetMax(2000000)],
  ['up to 3 mil', B('budget'), budgetMax(3000000)],
  ['budget is 1.5 mil', B('budget'), budgetMax(1500000)],
  ['1,2', ES('budget'), budgetMax(1200000)],
  ['como 1,5 millones', ES('budget'), budgetMax(1500000)],
  ['hasta 1,3 millones', ES('budget'), budgetMax(1300000)],
  ['unos 850.000', ES('budget'), budgetMax(850000)],
  ['650,000', B('budget'), budgetMax(650000)],
  ['4 bedrooms, around 1.1', B('size'), { slots: { 'size.bedrooms': 4, 'budget.max': 1100000 } }],
  ['cash, about 1.4, need 5 beds', B('financing'), budgetMax(1400000)],
  ['3 beds 2.5 baths', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2.5 } }],
  ['4 beds, about 1.5 miles from work', B('size'), budgetMax(null)],
  ['tenemos 5 mil de enganche', ES('budget'), budgetMax(null)],
  ['we owe about 310 so we need to clear that', SP('priceExpectation', PRICE_ASKED), price(null)],
  ['still owe like 280 on the mortgage', SP('priceExpectation', PRICE_ASKED), price(null)],
  ['debemos como 300 mil todavía', SP('priceExpectation', { ...PRICE_ASKED, lang: 'es' }), price(null)],
  ['we owe about 310, so at least 700', SP('priceExpectation', PRICE_ASKED), price(700000)],
  [
    'moving to denver, house needs a lot of work, want 600',
    SP('motivation', { slots: { address: '8231 Haven Ave' } }),
    price(600000),
  ],
  ['want 650 for it', SP('priceExpectation', PRICE_ASKED), price(650000)],
  ['queremos 700 mil', SP('priceExpectation', { ...PRICE_ASKED, lang: 'es' }), price(700000)],
  ['we want 3 bedrooms', B('size'), budgetMax(null)],
]);

const condition = (value: string | null) => ({ slots: { condition: value } });
const motivation = (value: string | null) => ({ slots: { motivation: value } });
const CONDITION_ASKED = { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true };

// Seller vocabulary: a good state said of the home ("está impecable", "spotless"), a sale "as it is" ("se vende
// como está"); empty-nest and smaller-home cues; a motivation said of the past ("a divorce 5 years ago") gives way
// to the present one.
suite('seller: condition states, as-is, empty nest, a past motivation', [
  ['está impecable', SES('condition', { slots: CONDITION_ASKED }), condition('move_in_ready')],
  ['it is spotless', S('condition', { slots: CONDITION_ASKED }), condition('move_in_ready')],
  ['immaculate honestly', S('condition', { slots: CONDITION_ASKED }), condition('move_in_ready')],
  [
    'la casa está impecable, recién pintada',
    SES('condition', { slots: CONDITION_ASKED }),
    condition('move_in_ready'),
  ],
  [
    'no está impecable, necesita pintura',
    SES('condition', { slots: CONDITION_ASKED }),
    condition('needs_work'),
  ],
  ['mi esposo es impecable para limpiar', SES('condition', { slots: CONDITION_ASKED }), condition(null)],
  ['se vende como está', SES('condition', { slots: CONDITION_ASKED }), condition('needs_work')],
  ['la vendo tal como está', SES('condition', { slots: CONDITION_ASKED }), condition('needs_work')],
  ['así como está, sin arreglar nada', SES('condition', { slots: CONDITION_ASKED }), condition('needs_work')],
  ['¿cómo está el mercado ahorita?', SES('condition', { slots: CONDITION_ASKED }), condition(null)],
  ['kids are gone, we want something single story and smaller', S('motivation'), motivation('downsizing')],
  ['the kids are gone now, too much house', S('motivation'), motivation('downsizing')],
  // near miss (review-s18 a18-186): gone for a while is no empty nest
  ['the kids are gone for the weekend so anytime works', S('motivation'), motivation(null)],
  ['we want something single story, knees are bad', S('motivation'), motivation('downsizing')],
  ['we went through a divorce 5 years ago, now just downsizing', S('motivation'), motivation('downsizing')],
  ['my dad passed 10 years ago, now we are retiring', S('motivation'), motivation('retirement')],
  [
    'nos divorciamos hace años, ahora nos mudamos a texas por trabajo',
    SES('motivation'),
    motivation('relocation'),
  ],
  ['going through a divorce, need to sell', S('motivation'), motivation('divorce')],
  ['divorce was final a month ago and the judge says we sell', S('motivation'), motivation('divorce')],
]);
