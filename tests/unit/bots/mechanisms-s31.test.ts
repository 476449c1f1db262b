import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 25 (docs/BOTS.md section 29): the misses of session 24's sealed part
 * and notes, and of blind-s31's tuning part, each with phrasings in English, Spanish and Spanglish and near misses
 * that must read otherwise.
 */

const budgetKnown = { slots: { budget: { min: 480_000, max: 600_000 } } };

// A length of time that measures something else is no timeline: minutes, hours of a distance, months of reserves,
// rent or a job; "sat" as a verb is not Saturday.
suite('a length of time that is no move date', [
  ['we have 3 months of reserves', B('financing', budgetKnown), { slots: { urgency: null } }],
  [
    'we have 3 months worth of bank statements ready',
    B('financing', budgetKnown),
    { slots: { urgency: null } },
  ],
  ['tengo 2 años de trabajo en el hospital', ES('urgency', budgetKnown), { slots: { urgency: null } }],
  ['queremos algo a 15 minutos del trabajo', ES('areas', budgetKnown), { slots: { urgency: null } }],
  ['within 20 minutes of the ontario airport', B('areas', budgetKnown), { slots: { urgency: null } }],
  ['an hour from my job max', B('areas', budgetKnown), { slots: { urgency: null } }],
  ['a media hora del trabajo maximo', ES('areas', budgetKnown), { slots: { urgency: null } }],
  ['we have 6 months of rent saved', B('urgency', budgetKnown), { slots: { urgency: null } }],
  // Near misses: a move date said with them, a window to move; "sat" for a visit is the visit's.
  [
    'tengo 2 años de trabajo y queremos comprar en 6 meses',
    ES('urgency', budgetKnown),
    { slots: { urgency: 'six_months' } },
  ],
  [
    'we want something 20 min from my job, moving in 2 months',
    B('urgency', budgetKnown),
    { slots: { urgency: 'three_months' } },
  ],
  ['we have 3 months to move out', B('urgency', budgetKnown), { slots: { urgency: 'three_months' } }],
  ['we need to move within 2 months', B('urgency', budgetKnown), { slots: { urgency: 'three_months' } }],
  ['we could see it sat morning', B('urgency', budgetKnown), { slots: { urgency: null } }],
]);

// How the lead lives now, said with "right now", is a state, not when it moves.
suite('renters right now', [
  ["hi we're renters right now and want to buy our first home", B('budget'), { slots: { urgency: null } }],
  ['somos inquilinos ahorita y queremos comprar', ES('budget'), { slots: { urgency: null } }],
  ['we are tenants right now, lease ends in june', B('urgency'), { slots: { urgency: 'three_months' } }],
  // Near miss: the move itself now.
  ["we need a place right now, we're staying in a motel", B('urgency'), { slots: { urgency: 'immediate' } }],
]);

// A later date that takes back the one before it is the answer.
suite('a move date taken back in the same message', [
  [
    "en 3 meses. wait no, mi esposa says 6 months. she's right lol",
    B('urgency', budgetKnown),
    { slots: { urgency: 'six_months' } },
  ],
  [
    'in 2 weeks, actually more like 4 months',
    B('urgency', budgetKnown),
    { slots: { urgency: 'six_months' } },
  ],
  ['en un mes, bueno no, mejor en 5 meses', ES('urgency', budgetKnown), { slots: { urgency: 'six_months' } }],
  // Near miss: two dates with no take-back between them.
  ['3 months or 6 months', B('urgency', budgetKnown), { slots: { urgency: 'three_months' } }],
]);

const lenderAsked = budgetKnown;

// A lender recommended or known but not yet called is no lender yet.
suite('a lender not yet called', [
  [
    'our neighbor recommended a lender, havent called yet',
    B('financing', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'havent called the lender yet, 3 bedrooms',
    B('size', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
  ['we didnt contact a bank yet', B('size', lenderAsked), { slots: { financing: 'needs_lender' } }],
  [
    'un amigo me recomendo un prestamista pero no le he llamado',
    ES('financing', lenderAsked),
    { slots: { financing: 'needs_lender' } },
  ],
  ['no le hemos marcado todavia', ES('financing', lenderAsked), { slots: { financing: 'needs_lender' } }],
  ['no hemos ido al banco', ES('size', lenderAsked), { slots: { financing: 'needs_lender' } }],
  // Near misses: someone else's lender, a call asked for, an approval after an apology.
  ['my sister hasnt called her lender', B('size', lenderAsked), { slots: { financing: null } }],
  ['dont call the bank for me', B('size', lenderAsked), { slots: { financing: null } }],
  [
    'i didnt call you back sorry, we are preapproved',
    B('financing', lenderAsked),
    { slots: { financing: 'pre_approved' } },
  ],
]);

// A bedroom count turned down or quoted from before gives way to the one wanted now.
suite('a count turned down or quoted from before', [
  ['i said 3 bedrooms earlier but we need 4', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['te dije 3 recamaras pero necesitamos 4', ES('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  [
    'i told you 3 bedrooms but we need 4 since my mom is moving in',
    B('size', budgetKnown),
    { slots: { 'size.bedrooms': 4 } },
  ],
  ['we need 4, not 5', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['not 3 bedrooms, we need 4', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['no 3 recamaras, necesitamos 4', ES('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['4 no 5', ES('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ["we don't need 4 beds", B('size', budgetKnown), { slots: { size: null } }],
  ['no necesitamos 5 recamaras', ES('size', budgetKnown), { slots: { size: null } }],
  // Near misses: a "no" that opens a correction, the count said again, a range with one turned down.
  ['3, no 4', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  [
    'i said 3 bedrooms earlier and we still want 3',
    B('size', budgetKnown),
    { slots: { 'size.bedrooms': 3 } },
  ],
  ['3 or 4 not 5', B('size', budgetKnown), { slots: { 'size.bedrooms': 3 } }],
]);

// A unit of area or distance after a scaled number is a size, not money.
suite('square feet are not money', [
  ['unos 2 mil pies cuadrados, y hasta 600 mil', ES('budget'), { slots: { budget: { max: 600_000 } } }],
  ['2k sq ft, 650k max', B('budget'), { slots: { budget: { max: 650_000 } } }],
  ['around 2,000 sq ft and under 700k', B('budget'), { slots: { budget: { max: 700_000 } } }],
  // Near miss: a scaled amount alone.
  ['600 mil', ES('budget'), { slots: { budget: { min: 480_000, max: 600_000 } } }],
]);

// A place already said, turned down by name, gives way to the places the message names.
suite('an area turned down', [
  [
    'not fontana anymore, we want upland. budget 580',
    B('budget', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  [
    'we like upland, not fontana',
    B('budget', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  [
    'forget fontana, rialto is better',
    B('budget', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Rialto'] } },
  ],
  [
    'ya no en fontana, mejor en upland',
    ES('budget', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  // Near misses: an area kept, another added.
  [
    // (session 29: "upland too" adds Upland to the places already said; Fontana is still not turned down)
    'fontana is fine, upland too',
    B('budget', { slots: { areas: ['Fontana'] } }),
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
]);

// A stop shouted by someone else, and a warning about the hour, are no opt-out.
suite('a stop that is not the lead asking', [
  [
    'lol my wife just yelled stop texting at the dinner table, ill get back to you on the bedrooms later',
    B('size', budgetKnown),
    { optOut: false },
  ],
  ['my husband literally said stop texting lol, anyway 3 beds', B('size', budgetKnown), { optOut: false }],
  [
    'if you keep texting me at 6am ill have to block you lol, but yes still looking, 3 beds',
    B('size', budgetKnown),
    { optOut: false, slots: { 'size.bedrooms': 3 } },
  ],
  ['si me siguen escribiendo tan temprano los voy a bloquear', ES('size', budgetKnown), { optOut: false }],
  // Near misses: the same warnings without the hour, the lead's own stop after someone else's words.
  ['if you keep texting me ill block you', B('size', budgetKnown), { optOut: true }],
  ['if you text me again i will block you', B('size', budgetKnown), { optOut: true }],
  ['si me siguen escribiendo los voy a bloquear', ES('size', budgetKnown), { optOut: true }],
  ['my husband said stop texting me', B('size', budgetKnown), { optOut: true }],
]);

// "If this is a bot, tell me": a sincere ask, whatever the answer.
suite('a bot question asked as a condition', [
  ['if this is a bot just tell me, im ok with it', B('size', budgetKnown), { disclosure: true }],
  ['if this is a bot, just tell me', B('size', budgetKnown), { disclosure: true }],
  ['si eres un robot dime la verdad', ES('size', budgetKnown), { disclosure: true }],
  ['if im talking to a bot let me know', B('size', budgetKnown), { disclosure: true }],
  // Near misses: someone else as a bot, a condition on the home, an offer of help.
  ['if the seller is a bot tell me lol', B('size', budgetKnown), { disclosure: false }],
  ['if it has a pool tell me', B('size', budgetKnown), { disclosure: false }],
  ['tell me if you need anything', B('size', budgetKnown), { disclosure: false }],
]);

const priceAsked = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'upgrading',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

// The seller's own price comes before a price someone else listed or got; that one stands in only alone.
suite("the seller's own price before a neighbour's", [
  [
    'my neighbor listed at 899 and it sat for months. hoping to get around 780',
    S('priceExpectation', priceAsked),
    { slots: { priceExpectation: 780_000, timelineUrgency: null } },
  ],
  [
    'the neighbors got 850, we want 900',
    S('priceExpectation', priceAsked),
    { slots: { priceExpectation: 900_000 } },
  ],
  [
    'mi vecino la vendio en 700, nosotros queremos 750',
    SES('priceExpectation', priceAsked),
    { slots: { priceExpectation: 750_000 } },
  ],
  // Near miss: the neighbour's sale alone is no price of the seller's (session 26: only when taken up).
  [
    'my neighbor sold for 900k last month',
    S('priceExpectation', priceAsked),
    { slots: { priceExpectation: null } },
  ],
]);

// The bank selling the home at auction is a foreclosure, in Spanish too.
suite('a home the bank auctions', [
  ['ya llegó la fecha del remate, el banco la va a subastar', SES('motivation'), { escalation: 'legal' }],
  ['el banco la quiere rematar', SES('motivation'), { escalation: 'legal' }],
  ['the bank is auctioning our house next month', S('motivation'), { escalation: 'legal' }],
  // Near miss: an auction the lead bought at.
  ['we bought at a bank auction in 2012', B('budget'), { escalation: null }],
]);
