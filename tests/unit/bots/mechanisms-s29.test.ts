import { B, ES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed at the start of session 23 (docs/BOTS.md section 27): misreads the lead found
 * while measuring session 22's sets, each with phrasings in English, Spanish and Spanglish and near misses that
 * must not be read. The corpus instant is Tuesday 10 March 2026 in Rancho Cucamonga: 2027 is next year.
 */

// A season with its year is that year's season, not this one's.
suite('a season with its year', [
  ['by summer 2027', B('urgency'), { slots: { urgency: 'browsing', timeline: 'summer 2027' } }],
  ['summer of 2027 probably', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['para el verano del 2027', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ["fall '27", B('urgency'), { slots: { urgency: 'browsing' } }],
  ['primavera 2028 mas o menos', ES('urgency'), { slots: { urgency: 'browsing' } }],
  // Near misses: this year's season, or a season with no year, keep this year's.
  ['this summer', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['summer 2026', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['summer, 3 bedrooms', B('urgency'), { slots: { urgency: 'three_months', size: { bedrooms: 3 } } }],
]);

// A year said as the whole answer, perhaps hedged after it.
suite('a year as the whole answer', [
  ['2027 or so', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['2028ish', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['hmm 2027 más o menos', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['ok. 2027 i think', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['2027', B('urgency'), { slots: { urgency: 'browsing' } }],
  // Near misses: a past year, this year, or a year inside a sentence about something else.
  ['we bought in 2019', B('urgency'), { slots: { urgency: null } }],
  ['2026', B('urgency'), { slots: { urgency: null } }],
  ['built 2027 or so? no idea', B('urgency'), { slots: { urgency: null } }],
]);

// "we rent now" is where the lead lives, not when it moves.
suite('renting now is no timeline', [
  ['maybe 2027. we rent now', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['we rent now', B('urgency'), { slots: { urgency: null } }],
  ['living with my parents now lol', B('urgency'), { slots: { urgency: null } }],
  ['now we rent, want to buy in june', B('urgency'), { slots: { urgency: 'three_months' } }],
  // Near misses: a move wanted now is immediate.
  ['need to move now', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['we need a place now, renting is killing us', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

const areasAsked = {
  slots: { budget: { min: 560_000, max: 700_000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
};

// A known area named by its short name beside another spelled out: both are kept.
suite('areas by their short name', [
  ['Rancho o Upland', ES('areas', areasAsked), { slots: { areas: ['Rancho Cucamonga', 'Upland'] } }],
  ['rancho and fontana', B('areas', areasAsked), { slots: { areas: ['Rancho Cucamonga', 'Fontana'] } }],
  ['victoria or upland', B('areas', areasAsked), { slots: { areas: ['Victoria Gardens', 'Upland'] } }],
  ['rancho', B('areas', areasAsked), { slots: { areas: ['Rancho Cucamonga'] } }],
  ['either etiwanda or alta loma', B('areas', areasAsked), { slots: { areas: ['Etiwanda', 'Alta Loma'] } }],
  // Near misses: a yes or a hedge beside a known area, a misspelled one, or an area ruled out.
  ['si, etiwanda', ES('areas', areasAsked), { slots: { areas: ['Etiwanda'] } }],
  ['etiwanda or alta loma prob', B('areas', areasAsked), { slots: { areas: ['Etiwanda', 'Alta Loma'] } }],
  ['etiwana area', B('areas', areasAsked), { slots: { areas: ['Etiwanda'] } }],
  ['fontana no, mejor rialto', ES('areas', areasAsked), { slots: { areas: ['Rialto'] } }],
  ['san or upland', B('areas', areasAsked), { slots: { areas: ['Upland'] } }],
]);

// Cash weighed against a loan is no choice yet.
suite('cash or a loan, undecided', [
  ['we might do cash or a loan, not sure', B('financing'), { slots: { financing: null } }],
  ['cash or loan, havent decided', B('financing'), { slots: { financing: null } }],
  ['either cash or financing', B('financing'), { slots: { financing: null } }],
  ['de contado o con crédito, no sabemos', ES('financing'), { slots: { financing: null } }],
  ['not sure yet, cash vs mortgage', B('financing'), { slots: { financing: null } }],
  // Near misses: one way chosen, the other only named elsewhere.
  ['cash', B('financing'), { slots: { financing: 'cash' } }],
  ['not cash, we need a loan', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['paying cash. or do you think i should finance?', B('financing'), { slots: { financing: 'cash' } }],
  ['all cash, 3 bedrooms or 4', B('financing'), { slots: { financing: 'cash' } }],
]);

// A freeway named by its number after an article is a place to be near; a number alone counts something.
suite('near a freeway', [
  ['anywhere near the 210', B('areas', areasAsked), { slots: { areas: ['near the 210'] } }],
  ['close to the 10', B('areas', areasAsked), { slots: { areas: ['near the 10'] } }],
  ['cerca de la 15 porfa', ES('areas', areasAsked), { slots: { areas: ['near the 15'] } }],
  // Beside areas it names, a freeway says where in them (session 38: eight blind conversations and three blind probes
  // expect it so).
  [
    'fontana or rialto, close to the 210',
    B('areas', areasAsked),
    { slots: { areas: ['Fontana', 'Rialto'] } },
  ],
  // Near misses: a count, and "anywhere" alone.
  ['anywhere near 5 schools', B('areas', areasAsked), { slots: { areas: null, areasOpen: true } }],
  ['anywhere really', B('areas', areasAsked), { slots: { areas: null, areasOpen: true } }],
]);

// A way of paying said again after a word of changed plans replaces the one held.
suite('financing after changed plans', [
  [
    "actually we'll need a loan, havent talked to a lender",
    B('size', { slots: { financing: 'cash' } }),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'resulta que si necesitamos préstamo',
    ES('size', { slots: { financing: 'cash' } }),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'update: we got pre approved with chase',
    B('size', { slots: { financing: 'needs_lender' } }),
    { slots: { financing: 'pre_approved' } },
  ],
  // Near misses: the held way of paying said again, or a change about something else.
  [
    'actually 4 bedrooms, still cash',
    B('size', { slots: { financing: 'cash' } }),
    { slots: { financing: 'cash' } },
  ],
  ['actually make it 700k', B('size', { slots: { financing: 'cash' } }), { slots: { financing: 'cash' } }],
]);

// The listing's rooms asked with the English noun inside a Spanish question.
const listing = { listing: { id: 'L-1', price: 725_000, beds: 4, baths: 3, area: 'Etiwanda' } };
suite('listing rooms asked in Spanglish', [
  ['cuantos bedrooms tiene?', B('budget', listing), { answer: 'listing' }],
  ['cuantos baths tiene la casa?', B('budget', listing), { answer: 'listing' }],
  ['cuantas recamaras tiene?', ES('budget', listing), { answer: 'listing' }],
]);

// The review of these fixes (review-s29): a past season, a date turned down as too late, short names outside the
// areas answer, freeways listed, in Spanish, kept away from or read as an amount, someone else's loan, and the
// count of the home the lead has now.
suite('review-s29 mechanisms', [
  ['we bought our first place summer 2019', B('urgency'), { slots: { urgency: null } }],
  ['nos cambiamos aquí en el verano del 2018', ES('urgency'), { slots: { urgency: null } }],
  [
    'spring 2027 is too late for us, we need something by june',
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'by june, looking in rancho or upland',
    B('urgency'),
    { slots: { areas: ['Rancho Cucamonga', 'Upland'] } },
  ],
  ['600k max, en rancho o upland', ES('budget'), { slots: { areas: ['Rancho Cucamonga', 'Upland'] } }],
  ['a rancho style house in upland', B('urgency'), { slots: { areas: ['Upland'] } }],
  ['near the 15 and the 210', B('areas', areasAsked), { slots: { areas: ['near the 15', 'near the 210'] } }],
  ['cerca del 210', ES('areas', areasAsked), { slots: { areas: ['near the 210'] } }],
  ['near the 210, 3 bedrooms', B('urgency'), { slots: { areas: ['near the 210'], size: { bedrooms: 3 } } }],
  ['not near the 10, too much traffic', B('areas', areasAsked), { slots: { areas: null } }],
  ['somewhere near the 650', B('budget'), { slots: { areas: null, budget: { min: 520_000, max: 650_000 } } }],
  ['cerca de los 700', ES('budget'), { slots: { areas: null } }],
  ["could be all cash or could be a loan, haven't decided", B('financing'), { slots: { financing: null } }],
  [
    'siempre no, vamos a necesitar préstamo',
    ES('size', { slots: { financing: 'cash' } }),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'actually my brother needs a loan for his place, nosotros seguimos con cash',
    B('size', { slots: { financing: 'cash' } }),
    { slots: { financing: 'cash' } },
  ],
  ['our house has 3 bedrooms, we want 4', B('size'), { slots: { size: { bedrooms: 4 } } }],
  ['tenemos 2 recamaras y queremos 3', ES('size'), { slots: { size: { bedrooms: 3 } } }],
  ['we have 3 bedrooms now and need 4', B('size'), { slots: { size: { bedrooms: 4 }, urgency: null } }],
  ['we have to move now', B('size'), { slots: { urgency: 'immediate' } }],
  ['how many recamaras does it have?', B('budget', listing), { answer: 'listing' }],
]);

// Another home's facts are the agent's to confirm, never the page's listing's.
suite('another home asked about', [
  ['cuantos bedrooms tiene la otra que vimos?', B('budget', listing), { answer: 'agent' }],
  ['how many beds does the other one have?', B('budget', listing), { answer: 'agent' }],
  ['does the one we saw saturday have a pool?', B('budget', listing), { answer: 'agent' }],
  // Near misses: this listing asked about.
  ['cuantas recamaras tiene?', ES('budget', listing), { answer: 'listing' }],
  ['how many bedrooms does this one have?', B('budget', listing), { answer: 'listing' }],
]);

// The mechanisms behind the sealed-s29 misses, fixed after its one measurement (docs/BOTS.md 27).
suite('sealed-s29 mechanisms, fixed after the measurement', [
  ['once the kids finish the school year, so july', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['cuando terminen las clases, entonces julio', ES('urgency'), { slots: { urgency: 'six_months' } }],
  [
    'we need to be out by may so we can start school in august',
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ['a finales de año', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['para fin del año', ES('urgency'), { slots: { urgency: 'browsing' } }],
  [
    'after we sell ours, prob in 5 months',
    B('urgency', { slots: { budget: { min: 560_000, max: 700_000 } } }),
    { slots: { urgency: 'six_months' } },
  ],
  ['the seller es robot o que? nunca contesta lol', B('budget', listing), { disclosure: false }],
  ['el vendedor es un bot?', ES('budget', listing), { disclosure: false }],
  // Near misses: the bot itself asked.
  ['the seller is slow, are you a bot?', B('budget', listing), { disclosure: true }],
  ['eres un robot?', ES('budget', listing), { disclosure: true }],
]);
