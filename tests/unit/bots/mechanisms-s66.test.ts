import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, S, SES, suite } from './probe-suite.js';

/**
 * Session 52's reading mechanisms (docs/BOTS.md section 56), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const firstBuyerMessage = { kind: 'buyer' } as CorpusCase['setup'];
const sellerAskedWindow = S('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});
const sellerAskedWindowEs = SES('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});

suite('a negation that reaches a trouble denies the trouble, not what follows it', [
  [
    'no hay problema con 45 días, ya nos queremos ir',
    sellerAskedWindowEs,
    { slots: { timelineAccepted: true } },
  ],
  ['no tenemos ningún problema con los 45 días', sellerAskedWindowEs, { slots: { timelineAccepted: true } }],
  ['honestly 45 days isnt an issue for us', sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ["we don't have a problem with 30 to 45 days", sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ['no hay bronca con 45 días', sellerAskedWindowEs, { slots: { timelineAccepted: true } }],
  ["no, that wouldn't be a problem at all", sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ['not really an issue tbh', sellerAskedWindow, { slots: { timelineAccepted: true } }],
  // a negation of the days themselves still refuses them
  ['no 45 days, we need at least 4 months', sellerAskedWindow, { slots: { timelineAccepted: false } }],
  ['no en 45 días, necesitamos como 5 meses', sellerAskedWindowEs, { slots: { timelineAccepted: false } }],
  [
    "45 days won't work, the kids finish school in june",
    sellerAskedWindow,
    { slots: { timelineAccepted: false } },
  ],
  // a trouble named without a negation is a no
  [
    '45 days is a problem, my husband starts his new job in august',
    sellerAskedWindow,
    { slots: { timelineAccepted: false } },
  ],
  [
    'eso sería un problema, mi esposo empieza a trabajar en agosto',
    sellerAskedWindowEs,
    { slots: { timelineAccepted: false } },
  ],
]);

suite('a figure priced only by a hedge is a budget in answer, not one volunteered before any question', [
  [
    'hey on my break, on delivery 41 of like 130 today. we wanna buy a house',
    firstBuyerMessage,
    { slots: { budget: null } },
  ],
  ['still at call 12 of about 200 lol. looking to buy soon', firstBuyerMessage, { slots: { budget: null } }],
  // a sentence that speaks of the home or the money prices it
  ['hi, looking for a 3 bed in upland around 575', firstBuyerMessage, { slots: { 'budget.max': 575000 } }],
  ["we're thinking like 480, maybe a bit more", firstBuyerMessage, { slots: { 'budget.max': 480000 } }],
  ['queremos comprar una casa de unos 520', firstBuyerMessage, { slots: { 'budget.max': 520000 } }],
  // ...and so does answering the bot's questions
  ['3 bed 2 bath, and around 610', B('size'), { slots: { 'size.bedrooms': 3, 'budget.max': 610000 } }],
  // a figure priced by more than a hedge stays one
  ['parked at stop 30 of 90 today, budget is 450', firstBuyerMessage, { slots: { 'budget.max': 450000 } }],
  ['on route rn, pre-approved for 505', firstBuyerMessage, { slots: { 'budget.max': 505000 } }],
]);
