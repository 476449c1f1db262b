import type { QuestionSlot } from '../../../src/bots/questions.js';
import { describe, expect, it } from 'vitest';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';

/**
 * Held-out neighbours of the reading-s21 tuning failures, written before the fix (docs/BOTS.md section 17): money
 * is never a time, an amount with another role (income, rent, a monthly payment, a down payment, a loan term) is
 * never a budget, a non-answer is never stored, a bedroom range is its low end and a conclusion after "so" wins,
 * lender and cash phrasings. About half are hard negatives: what must NOT be read.
 */
const B = (asking: QuestionSlot, x: object = {}) => ({ kind: 'buyer', asking, ...x }) as CorpusCase['setup'];
const ES = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'buyer', asking, lang: 'es', ...x }) as CorpusCase['setup'];

type Probe = [string, CorpusCase['setup'], CorpusCase['expect']['slots']];

const probes: Probe[] = [
  // 1. Money is never a time.
  ['$1.8M', B('budget'), { 'budget.max': 1800000, urgency: null }],
  ['1.2m max', B('budget'), { 'budget.max': 1200000, urgency: null }],
  ['750k-1m', B('budget'), { budget: { min: 750000, max: 1000000 }, urgency: null }],
  ['$2.1M cash', B('budget'), { 'budget.max': 2100000, financing: 'cash', urgency: null }],
  ['we make about 180k a year', B('budget'), { urgency: null, budget: null }],
  ['our payment cant go over 3500 a month', B('budget'), { urgency: null, budget: null }],
  ['we pay 2500 a month in rent', B('budget'), { urgency: null, budget: null }],
  ['we have a 15 year loan on our current house', B('financing'), { urgency: null, budget: null }],
  ['want a 30 yr fixed, nothing over 700', B('budget'), { 'budget.max': 700000, urgency: null }],
  ['ganamos 90 mil al año', ES('budget'), { urgency: null, budget: null }],
  ['la renta es de 2 mil al mes', ES('budget'), { urgency: null, budget: null }],
  ['un pago mensual de no más de 3 mil', ES('budget'), { urgency: null, budget: null }],
  ['hipoteca a 30 años, hasta 600 mil', ES('budget'), { 'budget.max': 600000, urgency: null }],
  ['$1.35M tops', B('budget'), { 'budget.max': 1350000, urgency: null }],
  // The time said beside the money is still read.
  [
    'rent is 3k a month, want to buy in the next 2 months',
    B('urgency'),
    { urgency: 'three_months', budget: null },
  ],
  [
    'pagamos 2,500 de renta y queremos comprar en 2 semanas',
    ES('urgency'),
    { urgency: 'immediate', budget: null },
  ],
  // 2. Amounts with another role are not budgets.
  ['been at my job 6 years, salary is 140k', B('financing'), { budget: null, urgency: null }],
  ['household income around 210k', B('budget'), { budget: null }],
  ['we have 60k for the down payment', B('financing'), { budget: null }],
  ['we have 150k saved', B('budget'), { budget: null }],
  ['tenemos 40 mil ahorrados', ES('budget'), { budget: null }],
  ['mi sueldo es de 85 mil', ES('financing'), { budget: null }],
  ['pago mensual de 2,800', ES('budget'), { budget: null }],
  ['income is 200k, hoping to stay under 800k', B('budget'), { 'budget.max': 800000 }],
  ['ganamos 150 mil pero el presupuesto es 650 mil', ES('budget'), { 'budget.max': 650000 }],
  // 3. Non-answers are never stored.
  ['not sure yet', B('urgency'), { urgency: null }],
  ['idk', B('urgency'), { urgency: null }],
  ['it depends on my job', B('urgency'), { urgency: null }],
  ['hard to say honestly', B('urgency'), { urgency: null }],
  ['todavía no sé', ES('urgency'), { urgency: null }],
  ['depende', ES('urgency'), { urgency: null }],
  ['no estoy segura', ES('urgency'), { urgency: null }],
  ['not sure, probably next year', B('urgency'), { urgency: 'browsing' }],
  ['no sé, tal vez el próximo año', ES('urgency'), { urgency: 'browsing' }],
  ['next year', B('urgency'), { urgency: 'browsing' }],
  ['el próximo año', ES('urgency'), { urgency: 'browsing' }],
  ['open to suggestions', B('areas'), { areas: null }],
  ['cualquier lugar está bien', ES('areas'), { areas: null }],
  ['still getting to know the area tbh', B('areas'), { areas: null }],
  ['no idea, we are new here', B('areas'), { areas: null }],
  ['anywhere really', B('areas'), { areas: null, areasOpen: true }],
  ['etiwanda', B('areas'), { areas: ['Etiwanda'] }],
  // 4. Timelines.
  ['we need to be out by the 15th', B('urgency'), { urgency: 'immediate' }],
  ['sometime in 2028', B('urgency'), { urgency: 'browsing' }],
  ['para el 2028', ES('urgency'), { urgency: 'browsing' }],
  ['need to move fast, we already sold our place', B('urgency'), { urgency: 'immediate' }],
  ['tenemos que mudarnos rápido, ya vendimos', ES('urgency'), { urgency: 'immediate' }],
  ['fast internet is a must for us', B('size'), { urgency: null }],
  ['we bought our first place in 2019', B('budget'), { urgency: null }],
  ['vivimos aquí desde 2020', ES('budget'), { urgency: null }],
  // 5. Sizes: a range is its low end, a plus its number, a conclusion wins.
  ['5+ bedrooms', B('size'), { 'size.bedrooms': 5 }],
  ['3+ br', B('size'), { 'size.bedrooms': 3 }],
  ['2-3 bedrooms', B('size'), { 'size.bedrooms': 2 }],
  ['4 or 5', B('size'), { 'size.bedrooms': 4 }],
  ['4 o 5 recámaras', ES('size'), { 'size.bedrooms': 4 }],
  ['dos o tres recámaras', ES('size'), { 'size.bedrooms': 2 }],
  ['one for us, two for the kids and a guest room so 4', B('size'), { 'size.bedrooms': 4 }],
  ['2 para los niños y una para nosotros, entonces 3', ES('size'), { 'size.bedrooms': 3 }],
  ['at least 3, ideally 4', B('size'), { 'size.bedrooms': 3 }],
  ['4 would be nice but 3 minimum', B('size'), { 'size.bedrooms': 3 }],
  ['por lo menos 3, idealmente 4', ES('size'), { 'size.bedrooms': 3 }],
  ['3 kids so we need space', B('size'), { size: null }],
  ['4+ acres would be a dream', B('size'), { size: null }],
  ['2-3 car garage is a must', B('size'), { size: null }],
  // 6. Financing.
  ['approved through chase', B('financing'), { financing: 'pre_approved' }],
  ['nos aprobaron con bank of america', ES('financing'), { financing: 'pre_approved' }],
  [
    'lender says we are approved up to 550',
    B('financing'),
    { financing: 'pre_approved', 'budget.max': 550000 },
  ],
  [
    'el prestamista nos aprobó hasta 500 mil',
    ES('financing'),
    { financing: 'pre_approved', 'budget.max': 500000 },
  ],
  ['necesitamos quien nos financie', ES('financing'), { financing: 'needs_lender' }],
  ['todavía buscamos prestamista', ES('financing'), { financing: 'needs_lender' }],
  ['we still need a lender', B('financing'), { financing: 'needs_lender' }],
  ['no mortgage needed, paying cash', B('financing'), { financing: 'cash' }],
  ['no financing, all cash', B('financing'), { financing: 'cash' }],
  ['no cash, we need a loan', B('financing'), { financing: 'needs_lender' }],
  ['not approved yet', B('financing'), { financing: 'needs_lender' }],
  ['sin préstamo, todo de contado', ES('financing'), { financing: 'cash' }],
];

/** A later explicit fact replaces an earlier one only when the lead says it changed. */
const later: [string, string[], CorpusCase['setup'], CorpusCase['expect']['slots']][] = [
  [
    'actually we need to move asap, our landlord is selling',
    ['just looking for now'],
    B('budget'),
    { urgency: 'immediate' },
  ],
  [
    'update: got a job offer, we need to be in by next month',
    ['no rush'],
    B('budget'),
    { urgency: 'immediate' },
  ],
  [
    'en realidad ya necesitamos mudarnos lo antes posible',
    ['solo estamos viendo'],
    ES('budget'),
    { urgency: 'immediate' },
  ],
  ['cambio de planes, nos urge, en 3 semanas', ['sin prisa'], ES('budget'), { urgency: 'immediate' }],
  ['asap', ['not sure yet'], B('urgency'), { urgency: 'immediate' }],
  [
    'my sister had to move asap last year',
    ['we want to move in 2 months'],
    B('budget'),
    { urgency: 'three_months' },
  ],
  [
    'asap would be a dream lol but realistically next year',
    ['next year'],
    B('budget'),
    { urgency: 'browsing' },
  ],
  ['mi hermano se mudó de inmediato', ['en 2 meses'], ES('budget'), { urgency: 'three_months' }],
];

describe('reading-s21: a later explicit fact', () => {
  it.each(later)('%s (after %j)', (text, before, setup, slots) => {
    const result = runCase({
      id: 'p',
      class: 'conversation',
      lang: setup?.lang === 'es' ? 'es' : 'en',
      text,
      before,
      ...(setup ? { setup } : {}),
      expect: { slots: slots ?? {} },
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
  });
});

describe('reading-s21: held-out neighbours of money, time, non-answers, sizes and financing', () => {
  it.each(probes)('%s', (text, setup, slots) => {
    const result = runCase({
      id: 'p',
      class: 'facts',
      lang: setup?.lang === 'es' ? 'es' : 'en',
      text,
      ...(setup ? { setup } : {}),
      expect: { slots: slots ?? {} },
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
  });
});
