import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 40's mechanisms (docs/BOTS.md section 44), taken from the conversations and probes that still failed (the
 * tuning and older sealed sets, the spent conversations-s53 and sealed-s53), with near neighbours written for this
 * file and the hard negatives beside them.
 */

suite('a wish of people named nowhere before is that of the buyers the lead writes for', [
  ['They need 4 bedrooms, her mom lives with them', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['she wants 3 beds, her kids visit a lot', B('size'), { slots: { 'size.bedrooms': 3 } }],
  [
    'Ellos quieren 3 recámaras, la mamá de ella vive con ellos',
    ES('size'),
    { slots: { 'size.bedrooms': 3 } },
  ],
  // a person named before: their wish is theirs, the lead's is said after it
  ['my brother got 5 bedrooms, he needs the space, we need 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['my brother in law sent us your way, he bought in Rialto', B('budget'), { slots: { areas: null } }],
]);

const SELLING_HOME = { slots: { address: '8231 Haven Ave', motivation: 'upgrading' } };
suite("a seller's purchase: the home wanted by its size, and a purchase paid with the sale's money", [
  [
    'We want something bigger in Etiwanda, but we need to sell ours first',
    S('timelineAccepted', SELLING_HOME),
    { slots: { areas: ['Etiwanda'] } },
  ],
  [
    'queremos algo más grande en Fontana, 4 recámaras',
    SES('timelineAccepted', SELLING_HOME),
    { slots: { areas: ['Fontana'], 'size.bedrooms': 4 } },
  ],
  [
    'we would pay cash with the money from the sale, around 400',
    S('timelineAccepted', SELLING_HOME),
    { slots: { financing: 'cash', 'budget.max': 400000 } },
  ],
  // the sale's own facts after a wish for something smaller stay the sale's
  [
    'we want something smaller. the house is in great shape and we would want around 875',
    S('priceExpectation', SELLING_HOME),
    { slots: { priceExpectation: 875000, budget: null } },
  ],
  // "compramos" said of the past is the sale's history
  [
    'la compramos en 300 mil y queremos unos 700 mil',
    SES('priceExpectation', SELLING_HOME),
    { slots: { priceExpectation: 700000 } },
  ],
]);
