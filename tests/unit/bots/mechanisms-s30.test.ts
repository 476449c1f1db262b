import { B, ES, S, suite } from './probe-suite.js';

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

// A clause about someone else (a relative, a friend, a neighbour) holds none of the buyer's facts; the household
// (a spouse, the lead's children) is the lead's.
suite("someone else's facts are not the buyer's", [
  [
    'my sister has a pre-approval, we havent started that yet',
    B('financing', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'my sister is preapproved but we still need a lender',
    B('financing', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    "my best friend is pre-approved lol we aren't yet",
    B('financing', lenderAsked),
    { slots: { financing: null } },
  ],
  [
    'my parents moved to temecula last year, we want to stay in rancho',
    B('areas', areasAsked),
    { slots: { areas: ['Rancho Cucamonga'], urgency: null } },
  ],
  ['my sister lives in fontana. we want upland', B('areas', areasAsked), { slots: { areas: ['Upland'] } }],
  [
    'mi suegra vive en ontario, buscamos por rancho',
    ES('areas', areasAsked),
    { slots: { areas: ['Rancho Cucamonga'] } },
  ],
  // Near misses: the lead with someone, the household, a person who lives with the lead.
  ['my wife and i are pre-approved', B('financing', lenderAsked), { slots: { financing: 'pre_approved' } }],
  [
    'my parents will live with us so we need 5 bedrooms',
    B('size', lenderAsked),
    { slots: { 'size.bedrooms': 5 } },
  ],
  ['my kids go to school in etiwanda so there', B('areas', areasAsked), { slots: { areas: ['Etiwanda'] } }],
  ['3 bed. wait no, 4 - my mom is moving in', B('size', lenderAsked), { slots: { 'size.bedrooms': 4 } }],
]);

// A known area by its short name after a place word, anywhere in a message.
suite('a known area by its short name', [
  ['we want to stay in rancho', B('areas', areasAsked), { slots: { areas: ['Rancho Cucamonga'] } }],
  ['looking in rancho', B('areas', areasAsked), { slots: { areas: ['Rancho Cucamonga'] } }],
  ['algo por victoria', ES('areas', areasAsked), { slots: { areas: ['Victoria Gardens'] } }],
  ['3 beds around rancho', B('size', lenderAsked), { slots: { areas: ['Rancho Cucamonga'] } }],
  // Near misses: ruled out, or the word in another sense.
  ['not in rancho', B('areas', areasAsked), { slots: { areas: null } }],
  ['una casa tipo rancho', ES('areas', areasAsked), { slots: { areas: null } }],
]);

// The lender question answered with what the lead has not done yet.
suite('not started with a lender', [
  ['we havent started that yet', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ["haven't yet", B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['not yet, havent applied', B('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  // Near miss: a house hunt not started says nothing of a lender.
  ['we havent started looking', B('financing', lenderAsked), { slots: { financing: null } }],
]);

// "with" shortened ("w", "w/", "wit") in a sincere bot-or-human question.
suite('a disclosure question with "w"', [
  ['am i chatting w chatgpt rn', B('financing'), { disclosure: true }],
  ['am i talkin w/ a bot', B('financing'), { disclosure: true }],
  ['r we texting wit a real person', B('financing'), { disclosure: true }],
]);

const timelineAsked = { slots: { motivation: 'relocation' }, lang: 'es' };

// A seller's answer that opens by taking back the one given replaces it.
suite('a seller timeline taken back', [
  [
    'no, espera, sí aceptamos los 45 días',
    { ...S('timelineAccepted', timelineAsked) },
    { slots: { timelineAccepted: true } },
  ],
]);

// A condition the lead sets is a must-have, not what it owns.
suite('a must-have said as a condition', [
  ['if it has RV parking i would pay up to 800', B('size'), { slots: { mustHaves: ['rv_parking'] } }],
  ['as long as it has a pool', B('size'), { slots: { mustHaves: ['pool'] } }],
  ['si tiene alberca mejor', ES('size'), { slots: { mustHaves: ['pool'] } }],
  // Near miss: owned today.
  ['we have a pool at our place', B('size'), { slots: { mustHaves: null } }],
]);

// A day asked for in a question clause after a comma is a visit's, not the move's.
suite('a day in a question clause', [
  ['cancel the tour de mañana, can we do sunday instead?', B('budget'), { slots: { urgency: null } }],
  ['ok, can we see it friday?', B('budget'), { slots: { urgency: null } }],
  // Near miss: a date stated before a question about something else.
  ['by june, is that doable?', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

const listing = {
  id: 'L-7',
  price: 689_000,
  beds: 4,
  baths: 3,
  sqft: 2150,
  yearBuilt: 2004,
  hoaMonthly: 0,
  features: ['pool'],
  area: 'Etiwanda',
};

// A count asked without its noun counts what the message named before it; what the question's sentence states
// before it asks is still read.
suite('a count asked without its noun', [
  [
    '4 bedrooms, cuantos tiene esta?',
    B('size', { listing }),
    { answer: 'listing', slots: { 'size.bedrooms': 4 } },
  ],
  ['we need 3 baths. how many does this one have?', B('size', { listing }), { answer: 'listing' }],
  [
    'need 4 beds, does it have a pool?',
    B('size', { listing }),
    { answer: 'listing', slots: { 'size.bedrooms': 4 } },
  ],
  // Near misses: nothing counted before the question, or a question about the team's homes.
  ['how many does it have?', B('size', { listing }), { answer: 'agent' }],
  ['4 beds, how many do you have available?', B('size', { listing }), { answer: 'agent' }],
]);
