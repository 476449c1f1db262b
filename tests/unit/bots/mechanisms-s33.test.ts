import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 26 (docs/BOTS.md section 30), each with phrasings in English, Spanish
 * and Spanglish and near misses that must read otherwise.
 */

const budgetKnown = { slots: { budget: { min: 480_000, max: 600_000 } } };

// A same-day time ("right now", "ahorita", "tonight", "mañana") is the move's only with a move, a home, or alone.
suite('a same-day time of something else', [
  ['lo hablo con mi esposo tonight', ES('urgency', budgetKnown), { slots: { urgency: null } }],
  ["i'll ask my wife tonight and get back to you", B('urgency', budgetKnown), { slots: { urgency: null } }],
  [
    'right now im at work but we are moving in april',
    B('urgency', budgetKnown),
    { slots: { urgency: 'three_months' } },
  ],
  ['my commute is 2 hrs each way right now', B('urgency', budgetKnown), { slots: { urgency: null } }],
  ['ahorita estoy en el trabajo', ES('urgency', budgetKnown), { slots: { urgency: null } }],
  ['le pregunto a mi hermano mañana', ES('urgency', budgetKnown), { slots: { urgency: null } }],
  ['can you call me today after 5', B('urgency', budgetKnown), { slots: { urgency: null } }],
  // Near misses: the move, a home, or the time alone.
  ['right now', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['today if possible', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['tmrw if we could lol', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['hoy mismo', ES('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['ahorita', ES('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['we need to move right now', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['need a place by tomorrow', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['queremos mudarnos ahorita', ES('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['right now. our lease is up', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
]);

// A bedroom count set aside, complained of or taken back gives way to the count wanted.
suite('a count set aside or complained of', [
  [
    'scratch the 3 beds, we need 4 since my mom is moving in',
    B('size', budgetKnown),
    { slots: { size: { bedrooms: 4 } } },
  ],
  ['forget the 3 bedrooms, 4 at least', B('size', budgetKnown), { slots: { size: { bedrooms: 4 } } }],
  [
    'stop sending me 2 bedroom stuff lol, we need 3 min',
    B('size', budgetKnown),
    { slots: { size: { bedrooms: 3 } } },
  ],
  ['no more 2 bedrooms please, we need 3', B('size', budgetKnown), { slots: { size: { bedrooms: 3 } } }],
  [
    'ya no me manden casas de 2 recamaras, ocupamos 3',
    ES('size', budgetKnown),
    { slots: { size: { bedrooms: 3 } } },
  ],
  ['4 recamaras. no, mejor 3 y un cuarto', ES('size', budgetKnown), { slots: { size: { bedrooms: 3 } } }],
  // Near misses: a ceiling, a count with its baths, a count turned down with nothing in its place.
  ['no more than 3 bedrooms', B('size', budgetKnown), { slots: { size: { bedrooms: 3 } } }],
  [
    '3 beds. actually 2 and a half baths too',
    B('size', budgetKnown),
    { slots: { size: { bedrooms: 3, bathrooms: 2.5 } } },
  ],
  ["we don't need 4 beds, we have 2 kids", B('size', budgetKnown), { slots: { size: null } }],
]);

// A price called too much with a degree word ("too steep", "bastante caro") is not the budget.
suite('a price called too much', [
  ['700 is too steep, 650 tops', B('budget'), { slots: { budget: { max: 650_000 } } }],
  ['700 is way too much for us, 600 max', B('budget'), { slots: { budget: { max: 600_000 } } }],
  ['800 es bastante caro, mejor 650', ES('budget'), { slots: { budget: { min: 520_000, max: 650_000 } } }],
  ['700 is pricey, 600 is more like it', B('budget'), { slots: { budget: { min: 480_000, max: 600_000 } } }],
  // Near miss: a price said to be good.
  ['650 is really good for us', B('budget'), { slots: { budget: { min: 520_000, max: 650_000 } } }],
]);

const buyerKnown = { slots: { budget: { min: 448_000, max: 560_000 }, size: { bedrooms: 4 } } };

// A stop that opens a typo's correction holds the lead's words ("STOP - typo, i meant 650k").
suite('a stop before a typo corrected', [
  [
    'STOP - typo, i meant 650k',
    B('financing', buyerKnown),
    { optOut: false, slots: { budget: { min: 520_000, max: 650_000 } } },
  ],
  [
    'stop, typo, i meant 650k',
    B('financing', buyerKnown),
    { optOut: false, slots: { budget: { min: 520_000, max: 650_000 } } },
  ],
  ['para, error, quise decir 650', ES('financing', buyerKnown), { optOut: false }],
  // Near misses: a stop with nothing corrected.
  ['STOP', B('financing', buyerKnown), { optOut: true }],
  ['stop texting me, typo or not', B('financing', buyerKnown), { optOut: true }],
]);

// "háblame hoy", "hábleme ahorita": with a time it is a call asked for.
suite('a Spanish call asked for with a time', [
  ['hableme ahorita si puede, soy Lupe 909 555 0133', ES('financing', buyerKnown), { escalation: 'person' }],
  ['hablame hoy porfa', ES('financing', buyerKnown), { escalation: 'person' }],
  // Near misses: "tell me".
  ['hablame de la casa porfa', ES('financing', buyerKnown), { escalation: null }],
  ['hablame de la casa', ES('financing', buyerKnown), { escalation: null }],
]);

// Still without a lender is no cash.
suite('still without a lender', [
  ['todavia sin banco', ES('financing', buyerKnown), { slots: { financing: 'needs_lender' } }],
  ['aun sin prestamista', ES('financing', buyerKnown), { slots: { financing: 'needs_lender' } }],
  ['still without a lender', B('financing', buyerKnown), { slots: { financing: 'needs_lender' } }],
  // Near misses: no loan at all.
  ['sin banco, pagamos de contado', ES('financing', buyerKnown), { slots: { financing: 'cash' } }],
  ['sin prestamo', ES('financing', buyerKnown), { slots: { financing: 'cash' } }],
]);

const sellerKnown = {
  slots: { address: '9480 Carnelian St', motivation: 'inherited', timelineAccepted: true },
};

// A lien put on the home, in Spanish too, is a legal hand-off.
suite('a lien on the home', [
  [
    'pero el condado le puso un lien por impuestos atrasados, que hacemos?',
    SES('condition', sellerKnown),
    { escalation: 'legal' },
  ],
  ['la casa tiene un lien del condado', SES('condition', sellerKnown), { escalation: 'legal' }],
]);

// What a seller says after taking the condition back decides.
suite('a condition taken back', [
  [
    'necesita trabajo en la cocina... bueno no, ya la arreglamos el año pasado',
    SES('condition', sellerKnown),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'it needs a new roof. actually no, we fixed it already',
    S('condition', sellerKnown),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'its in great shape, wait no, the roof leaks',
    S('condition', sellerKnown),
    { slots: { condition: 'needs_work' } },
  ],
  // Near misses: an apology first, a fix beside work still needed.
  [
    'sorry for the late reply, it needs a lot of work',
    S('condition', sellerKnown),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'we already fixed the roof but the kitchen needs work',
    S('condition', sellerKnown),
    { slots: { condition: 'needs_work' } },
  ],
]);
