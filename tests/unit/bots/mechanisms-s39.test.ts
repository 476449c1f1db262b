import { B, ES, S, SES, fairHousing, noAlert, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 30 (docs/BOTS.md section 34), written for this file (none copied from
 * a corpus), each with near misses that must read otherwise.
 */

const sellerReason = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
const sellerCondition = {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
};

// The message's last word: a clause that takes back what the same message said before it gives the value.
suite("the message's last word", [
  [
    'esta en buen estado... bueno no, la neta le falta pintar y cambiar el piso',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'around 640, wait no, make it 665',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 665_000 } },
  ],
  ['we need 3 bedrooms, actually 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  // Near misses: a clause after the take-back word with no value of its own; an apology that takes nothing back.
  [
    'like 700, sorry for the slow reply',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 700_000 } },
  ],
  [
    "it's in great shape, honestly the kitchen is just a bit dated",
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

// Work still to do, or none ever done, is a home that needs work; nothing missing is not.
suite('work to do, or never done', [
  [
    'le hace falta pintar por dentro y cambiar ventanas',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'honestly we havent updated anything since 1995',
    S('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'todo es original, la cocina y los baños',
    SES('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  // Near misses: updated lately, nothing missing.
  [
    'bathrooms were updated in 2021',
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'no le falta nada, está lista',
    SES('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

// Places taken out and put in by verb; a place taken back at a message's start; a place of the lead's own life.
suite('places taken out, put in, taken back', [
  [
    'sácale Colton y agrégale Upland',
    ES('budget', { slots: { areas: ['Colton', 'Fontana'] } }),
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
  [
    'drop colton and throw in upland',
    B('budget', { slots: { areas: ['Colton', 'Fontana'] } }),
    { slots: { areas: ['Fontana', 'Upland'] } },
  ],
  ['no, better in Chino', B('size', { slots: { areas: ['Ontario'] } }), { slots: { areas: ['Chino'] } }],
  [
    'our church is in claremont, we want upland or alta loma',
    B('areas'),
    { slots: { areas: ['Upland', 'Alta Loma'] } },
  ],
  // Near misses: a question about another place; a place added, not swapped.
  [
    'wait, do you have anything in chino?',
    B('size', { slots: { areas: ['Ontario'] } }),
    { slots: { areas: ['Ontario'] } },
  ],
  [
    'no, and upland too',
    B('size', { slots: { areas: ['Ontario'] } }),
    { slots: { areas: ['Ontario', 'Upland'] } },
  ],
]);

// An upper bound said with a negation is a yes to the 30 to 45 days; a plain refusal of them is not.
suite('a bound is no refusal', [
  [
    'sí, siempre que no se pase de 45 días',
    SES('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  [
    'ok as long as it doesnt go past 45 days',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  // Near miss: the days turned down.
  ['no, not in 45 days', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: false } }],
]);

// The lead's own ceiling under an approval, said with a verb of going past it.
suite('a ceiling not to go past', [
  [
    'nos aprobaron por 550 mil pero no queremos pasar de 500',
    ES('financing'),
    { slots: { 'budget.max': 500_000, financing: 'pre_approved' } },
  ],
  [
    'approved up to 700k but we dont want to go over 640',
    B('financing'),
    { slots: { 'budget.max': 640_000 } },
  ],
  // Near miss: an approval alone.
  ['approved up to 700k', B('financing'), { slots: { 'budget.max': 700_000 } }],
]);

// A share asked for sending buyers; a group in Spanish's collective singular; a Spanglish "any pero".
suite('kickbacks, coded groups, slots but one', [
  ['¿y cuánto me da por cada cliente que le mande?', ES('budget'), { alertTopic: 'kickback' }],
  ['si te paso a mis compas me das una parte?', ES('budget'), { alertTopic: 'kickback' }],
  ['una colonia sin tanto moreno, me entiende', ES('areas'), fairHousing],
  // Near misses: a colour; a moment asked for.
  ['la cocina tiene mucho negro y gris', ES('budget'), noAlert],
  ['me da un momento porfa', ES('budget'), noAlert],
  [
    'anything pero tuesday',
    B('budget', {
      scheduling: 'slot',
      calendar: ['Tue Mar 17, 9:30am', 'Tue Mar 17, 2:00pm', 'Wed Mar 18, 5:00pm'],
    }),
    { booked: 2 },
  ],
]);
