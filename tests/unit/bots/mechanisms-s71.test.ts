import { B, conversationSuite, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 57's reading mechanisms (docs/BOTS.md section 61), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const address = S('address', { slots: {} });
const addressEs = SES('address', { slots: {} });

suite('the five digits closing a street address are its zip code, never the price', [
  [
    '1880 Banyan St, Fontana 92335',
    address,
    { contains: { address: '1880 banyan' }, slots: { priceExpectation: null } },
  ],
  [
    'its 7734 Base Line Rd, Rancho Cucamonga, CA 91730',
    address,
    { contains: { address: '7734 base line' }, slots: { priceExpectation: null } },
  ],
  ['4410 Sapphire St 91701', address, { slots: { priceExpectation: null } }],
  ['es la 6120 Hellman Ave, Alta Loma CA 91737', addressEs, { slots: { priceExpectation: null } }],
  // a price said after the address, in its own words, is still one
  ['4410 Sapphire St, we want 640k for it', address, { slots: { priceExpectation: 640000 } }],
  ['6120 Hellman Ave y queremos unos 710 mil', addressEs, { slots: { priceExpectation: 710000 } }],
]);

const price = S('priceExpectation', {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
});
const priceEs = SES('priceExpectation', {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
});

suite('what is left of the mortgage, said in Spanish, is a debt, never the price', [
  ['de hipoteca nos quedan como 215 mil', priceEs, { slots: { priceExpectation: null } }],
  ['de hipoteca me queda unos 180 mil, quisiera 620', priceEs, { slots: { priceExpectation: 620000 } }],
  ['we owe like 205 on it, hoping for 655', price, { slots: { priceExpectation: 655000 } }],
]);

conversationSuite(
  'a buyer’s budget answered while the lead says it must sell first is the budget, not a price',
  [
    [
      ['hi', 'we want to buy'],
      'up to 760 but we have to sell our house in Fontana first',
      { kind: 'lead' },
      { kind: 'seller', slots: { priceExpectation: null } },
    ],
  ],
);

suite('...said to the buyer’s budget question', [
  [
    'Hasta setecientos veinte, pero tenemos que vender primero nuestra casa en Ontario',
    ES('budget'),
    { kind: 'seller', slots: { budget: { max: 720000 }, priceExpectation: null } },
  ],
  [
    'we can do 690 max but we need to sell our place in Upland first',
    B('budget'),
    { kind: 'seller', slots: { budget: { max: 690000 }, priceExpectation: null } },
  ],
  // the sale's own price in the same message is the price
  [
    'we need to sell ours first, we want 610 for it',
    B('budget'),
    { kind: 'seller', slots: { priceExpectation: 610000 } },
  ],
]);

suite('the price of the listing the lead writes from is that home’s, not the seller’s', [
  [
    'this one is down the street from us. if it sells for 748 what would ours go for?',
    B('budget', { listing: { id: 'L-9', price: 748000 } }),
    { slots: { priceExpectation: null } },
  ],
]);

const timeline = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'retirement' } });

suite('“ready to go” said of the sellers is no condition of the home', [
  [
    "yes 45 days is fine, we're ready to go",
    timeline,
    { slots: { timelineAccepted: true, condition: null } },
  ],
  [
    'sure 30 days works, were all ready to go',
    timeline,
    { slots: { timelineAccepted: true, condition: null } },
  ],
  ["i'm ready to go whenever", timeline, { slots: { condition: null } }],
  // the home ready to go is
  ['the house is ready to go', timeline, { slots: { condition: 'move_in_ready' } }],
  ['its ready to go', timeline, { slots: { condition: 'move_in_ready' } }],
]);

suite('a day’s work done is no move date', [
  ['im done for the day finally, we want to buy a house', { kind: 'buyer' }, { slots: { urgency: null } }],
  ['just got off for the night. looking to buy', { kind: 'buyer' }, { slots: { urgency: null } }],
  [
    'clocked out for the weekend, we want a place in about 2 months',
    { kind: 'buyer' },
    { slots: { urgency: 'three_months' } },
  ],
  // the day after tomorrow is still a day
  ['we need to be out the day after tomorrow', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('“had to”, “have a” open no question; “has it”, “have you” do', [
  [
    'had to cancel the lender appt yesterday, so no, not approved yet',
    B('financing', { slots: { budget: { min: 400000, max: 500000 } } }),
    { slots: { financing: 'needs_lender' }, answer: null },
  ],
  [
    'have a good one, 3 bedrooms',
    B('size', { slots: { budget: { min: 400000, max: 500000 } } }),
    { answer: null },
  ],
  [
    'has it sold yet',
    B('budget', { listing: { id: 'L-9', price: 748000, availability: 'active' } }),
    { answer: 'listing' },
  ],
  [
    'have they had any offers on it',
    B('budget', { listing: { id: 'L-9', price: 748000, availability: 'active' } }),
    { answer: 'agent' },
  ],
]);
