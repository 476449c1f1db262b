import { B, ES, suite } from './probe-suite.js';

/**
 * Neighbours of the money and budget mechanisms fixed in session 24 (docs/BOTS.md section 28.2): misreads of the
 * blind-s30 set, each with phrasings in English, Spanish and Spanglish and near misses that must read otherwise. The
 * corpus instant is Tuesday 10 March 2026 in Rancho Cucamonga.
 */

const nothing = { slots: { budget: null, urgency: null } };
const immediate = { slots: { urgency: 'immediate' } };

// A rent or a monthly payment the lead pays now says where it lives, not when it moves; a rent is no budget either.
suite('a rent paid now is no timeline', [
  ['pagamos 2,800 de renta al mes ahorita', ES('budget'), nothing],
  ['paying 2800 a month right now', B('budget'), nothing],
  ['la renta ahorita es de 2,400', ES('budget'), nothing],
  ['right now pagamos like 2,500 de renta', B('budget'), nothing],
  ['our mortgage is 2100 a month right now', B('budget'), nothing],
  ['pagamos 6 cientos al mes de renta ahorita', ES('budget'), nothing],
  // Near misses: a move wanted now beside the rent, a budget beside it, or a date after "lease".
  ['we pay 2800 in rent right now and need to move asap', B('budget'), immediate],
  ['ahorita pagamos 2800 de renta pero queremos mudarnos ya', ES('budget'), immediate],
  ['we need to move right now, paying 2800 a month is too much', B('budget'), immediate],
  [
    'pagamos 2,800 de renta al mes ahorita, budget 500k',
    B('budget'),
    { slots: { 'budget.max': 500_000, urgency: null } },
  ],
  ['our lease is up may 31', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

const budgetMax = (max: number | null) => ({ slots: { 'budget.max': max } });

// What the lead got for a past sale is no budget; the amount said with a spending word is.
suite('a past sale is not the budget', [
  [
    'we sold our condo 2 years ago for 480k and have about 600 to spend now',
    B('budget'),
    { slots: { 'budget.max': 600_000, urgency: null } },
  ],
  ['vendimos el condo hace 2 años en 480 y tenemos como 600 para gastar', ES('budget'), budgetMax(600_000)],
  [
    'sold my townhouse back in 2021 for 480, podemos gastar unos 600 ahora',
    B('budget'),
    { slots: { 'budget.max': 600_000, urgency: null } },
  ],
  ['we sold our house 2 years ago for 480k', B('budget'), budgetMax(null)],
  ['now we can spend 600, we sold ours last year for 480k', B('budget'), { slots: { urgency: null } }],
  // Near misses: a new clause after the sale, another verb's wide gap, a move wanted now beside the spending.
  ['we sold it and looking for 600k', B('budget'), budgetMax(600_000)],
  ['vendimos la casa y buscamos algo por 550', ES('budget'), budgetMax(550_000)],
  ['we went to see one in etiwanda for 650k', B('budget'), budgetMax(650_000)],
  [
    'we need to move now and can spend 600',
    B('budget'),
    { slots: { 'budget.max': 600_000, ...immediate.slots } },
  ],
]);

// A spoken hundred ("6 hunnid", "seis cientos") is a price's top, alone or as a range's high end.
suite('slang hundreds as a range top', [
  ['like 5 fitty to 6 hunnid', B('budget'), { slots: { budget: { min: 550_000, max: 600_000 } } }],
  ['like 5 or 6 hunnid', B('budget'), { slots: { budget: { min: 500_000, max: 600_000 } } }],
  [
    'entre quinientos cincuenta y seis cientos',
    ES('budget'),
    { slots: { budget: { min: 550_000, max: 600_000 } } },
  ],
  ['de 5 cincuenta a 6 cientos', ES('budget'), { slots: { budget: { min: 550_000, max: 600_000 } } }],
  ['6 hunnid tops', B('budget'), { slots: { budget: { max: 600_000 } } }],
  // Near misses: hundreds of something else, dollars, a monthly payment, a square footage.
  ['hay cientos de casas', ES('budget'), budgetMax(null)],
  ['5 hunnid bucks', B('budget'), budgetMax(null)],
  ['6 hunnid a month max', B('budget'), nothing],
  ['like 6 hunnid square feet lol', B('budget'), budgetMax(null)],
]);

const held = { slots: { budget: { min: 480_000, max: 600_000 }, financing: 'pre_approved' } };
const keptBudget = { slots: { budget: { min: 480_000, max: 600_000 } } };

// A later explicit amount replaces the one said before (DOMAIN.md 4.2a): "i said X earlier but", "the real max is Y".
suite('an amount said before, then corrected', [
  ['i said 600 earlier but my husband says 675 is the real max', B('size', held), budgetMax(675_000)],
  ['dije 600 antes pero mi esposo dice que 675 es el máximo real', ES('size', held), budgetMax(675_000)],
  ['en realidad el máximo es 650', ES('size', held), budgetMax(650_000)],
  ['i told you 600k before, 650 is our limit', B('size', held), budgetMax(650_000)],
  ['el budget real es 650', B('size', held), budgetMax(650_000)],
  ['actually our max is 700', B('size', held), budgetMax(700_000)],
  // Near misses: an amount said without a correction, a restatement, "real" about something else.
  ['our budget is 675', B('size', held), keptBudget],
  ['as i said before, 600 max', B('size', held), keptBudget],
  ['mi esposo dice que 675 pero yo digo 600', ES('size', held), keptBudget],
  [
    'the real question is if we qualify, 3 bedrooms',
    B('size', held),
    { slots: { ...keptBudget.slots, size: { bedrooms: 3 } } },
  ],
]);

const ceiling = (max: number) => ({ slots: { budget: { max } } });
const floor = (min: number) => ({ slots: { budget: { min } } });

// "more than" under a negation in its clause ("no queremos pagar más de", "can't go over") is a ceiling.
suite('a negated floor is a ceiling', [
  ['no queremos pagar más de 550', ES('budget'), ceiling(550_000)],
  ['no queremos pasar de 600', ES('budget'), ceiling(600_000)],
  ["don't want to pay more than 550k", B('budget'), ceiling(550_000)],
  ["we can't go over 650", B('budget'), ceiling(650_000)],
  ['no queremos spend more than 600', B('budget'), ceiling(600_000)],
  ["we don't want to pagar más de 550", B('budget'), ceiling(550_000)],
  // Near misses: a floor with no negation, or a negation in another clause or about knowing.
  ['more than 550', B('budget'), floor(550_000)],
  ['más de 550 está bien', ES('budget'), floor(550_000)],
  ['no, more than 550', B('budget'), floor(550_000)],
  ['no sé, más de 500', ES('budget'), floor(500_000)],
  ['not sure more than 500', B('budget'), floor(500_000)],
]);
