import { B, ES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 24 (docs/BOTS.md section 28): the known misreads left by session
 * 23, each with phrasings in English, Spanish and Spanglish and near misses that must not be read.
 */

const areasAsked = {
  slots: { budget: { min: 560_000, max: 700_000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
};

// A freeway by its number after any word that puts the home near it.
suite('near a freeway, said other ways', [
  ['move closer to the 210', B('areas', areasAsked), { slots: { areas: ['near the 210'] } }],
  ['somewhere closer to the 15', B('areas', areasAsked), { slots: { areas: ['near the 15'] } }],
  ['right off the 210 would be great', B('areas', areasAsked), { slots: { areas: ['near the 210'] } }],
  ['algo mas cerca de la 10', ES('areas', areasAsked), { slots: { areas: ['near the 10'] } }],
  ['sobre la 210 o la 10', ES('areas', areasAsked), { slots: { areas: ['near the 210', 'near the 10'] } }],
  ['next to the 57 if possible', B('areas', areasAsked), { slots: { areas: ['near the 57'] } }],
  // Near misses: kept away from, an amount taken off, where the lead lives, a day of the month.
  ['not off the 10 please', B('areas', areasAsked), { slots: { areas: null } }],
  ['can you take 20 off the 650', B('areas', areasAsked), { slots: { areas: null } }],
  ['we live near the 10 now', B('areas', areasAsked), { slots: { areas: null } }],
  ['we want to be in by the 15', B('areas', areasAsked), { slots: { areas: null } }],
  ['closer to 4 bedrooms would be nice', B('areas', areasAsked), { slots: { areas: null } }],
]);

const lenderAsked = { slots: { budget: { min: 560_000, max: 700_000 } } };

// A way of paying taken back in the same message: what follows replaces it; a loan alone answers the lender question.
suite('a way of paying taken back', [
  ['cash. actually, loan', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['cash. wait no, financing', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['cash i mean loan', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['contado, bueno no, con préstamo', ES('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  [
    'loan, actually no we are pre approved',
    B('financing', lenderAsked),
    { slots: { financing: 'pre_approved' } },
  ],
  ['with a loan', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['con crédito', ES('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  // Near misses: a loan turned down, an apology that takes nothing back, a loan officer the lead has.
  ['cash, no financing', B('financing', lenderAsked), { slots: { financing: 'cash' } }],
  ['sorry for the delay, paying cash', B('financing', lenderAsked), { slots: { financing: 'cash' } }],
  ['cash. sorry, typo', B('financing', lenderAsked), { slots: { financing: 'cash' } }],
  ['we have a loan officer', B('financing', lenderAsked), { slots: { financing: null } }],
  [
    "oh wait, we're not actually pre approved yet, still gotta find a lender",
    B('financing', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
]);
