import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 48's mechanisms (docs/BOTS.md section 52), with near neighbours written for this file (none from a corpus)
 * and the hard negatives beside them.
 */

const MOVED = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } } as const;

suite('a known area’s typo: word by word in a sentence, the whole item in an answer to the areas question', [
  // a name of several words takes its typos word by word: a Spanish verb two letters off is no typo
  ['el dueño quiere cerrar pronto, si no se la vende a otro', B('urgency'), { slots: { areas: null } }],
  ['mi suegra la viene a ver el sábado', B('urgency'), { slots: { areas: null } }],
  ['looking around alta lomma or etiwana', B('urgency'), { slots: { areas: ['Alta Loma', 'Etiwanda'] } }],
  ['something in victoria garden', B('urgency'), { slots: { areas: ['Victoria Gardens'] } }],
  ['chino hils would be ideal', B('urgency'), { slots: { areas: ['Chino Hills'] } }],
  // ...while an answer to the areas question that is a name autocorrected is that name
  ['alta llama', B('areas'), { slots: { areas: ['Alta Loma'] } }],
  ['terra vissta', B('areas'), { slots: { areas: ['Terra Vista'] } }],
]);

suite('near a place: a clause after "near" or "cerca de" is no place, and "la cerca" is a fence', [
  [
    'Necesita arreglos, hay humedad en el baño y la cerca del patio está caída',
    SES('condition'),
    { slots: { areas: null } },
  ],
  ['the fence near the side gate is leaning', S('condition'), { slots: { areas: null } }],
  [
    'we were hoping for 560. the unit next to ours sold for 548',
    S('priceExpectation'),
    { slots: { areas: null } },
  ],
  ['3 bd, close to bedrooms would be nice for the laundry', B('size'), { slots: { areas: null } }],
  ['close to a bus stop please, my son takes the bus', B('areas'), { slots: { areas: ['near A Bus Stop'] } }],
  ['cerca de un parque', ES('areas'), { slots: { areas: ['near Un Parque'] } }],
]);

suite('"soon" or "pronto" as the whole answer: a date beside it says when', [
  ['soon', B('urgency'), { slots: { urgency: 'immediate' } }],
  [
    'Pronto. Mi compañera de cuarto se va en tres semanas',
    ES('urgency'),
    { slots: { urgency: 'immediate' } },
  ],
  ['pronto, en unos 5 meses', ES('urgency'), { slots: { urgency: 'six_months' } }],
  ['soon, our lease is up in 4 months', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['hopefully soon', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['not soon', B('urgency'), { slots: { urgency: null } }],
  ['tenemos 20 mil pal pronto', ES('urgency'), { slots: { urgency: null } }],
  ['el pronto ya lo tenemos', ES('budget'), { slots: { urgency: null } }],
]);

suite('cash with the home bought between: "buy a house cash"', [
  ['we want to buy a house cash', B('budget'), { slots: { financing: 'cash' } }],
  ['queremos comprar una casa cash', ES('budget'), { slots: { financing: 'cash' } }],
  ['pagaríamos la casa de contado', ES('budget'), { slots: { financing: 'cash' } }],
  ['planning to buy the place cash', B('budget'), { slots: { financing: 'cash' } }],
  ["we can't buy a house cash", B('financing'), { slots: { financing: null } }],
  ['the house cash flow matters to us', B('financing'), { slots: { financing: null } }],
]);

suite('not started with a lender: talked over, asked, checked', [
  ['Con el banco no hemos platicado nada', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['no he averiguado lo del banco', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['havent checked with a lender yet', B('financing'), { slots: { financing: 'needs_lender' } }],
  ["haven't asked about homes yet", B('financing'), { slots: { financing: null } }],
  ['ya platicamos con el banco y nos aprobaron', ES('financing'), { slots: { financing: 'pre_approved' } }],
]);

suite('the 30 to 45 days asked back, then a yes', [
  ['in 45? yeah, pero no menos', S('timelineAccepted', MOVED), { slots: { timelineAccepted: true } }],
  [
    '¿Entre 30 y 45? Sí, ojalá fuera antes',
    SES('timelineAccepted', MOVED),
    { slots: { timelineAccepted: true } },
  ],
  ['45 days? sure thing', S('timelineAccepted', MOVED), { slots: { timelineAccepted: true } }],
  ['45 days?? no way', S('timelineAccepted', MOVED), { slots: { timelineAccepted: false } }],
  ['30 días? no, imposible', SES('timelineAccepted', MOVED), { slots: { timelineAccepted: false } }],
]);
