import { describe, expect, it } from 'vitest';

import { respell } from '../../../src/bots/read/respell.js';
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

suite("a seller's purchase: a bare figure in a clause about buying is its budget", [
  [
    "I'd like 735 for mine, y después comprar algo como de 450 en Redlands",
    S('priceExpectation', SELLING_HOME),
    { slots: { priceExpectation: 735000, 'budget.max': 450000 } },
  ],
  [
    'then buy something around 500 in Yucaipa',
    S('condition', SELLING_HOME),
    { slots: { 'budget.max': 500000, priceExpectation: null } },
  ],
  // a count of rooms is no budget
  [
    'y luego comprar algo de 3 recámaras en Fontana',
    SES('condition', SELLING_HOME),
    { slots: { budget: null, 'size.bedrooms': 3 } },
  ],
  ['and then buy a 4 bedroom in Etiwanda', S('condition', SELLING_HOME), { slots: { budget: null } }],
]);

suite('a count range after a comma, and a smaller count that works after a wish', [
  [
    "two, maybe three bedrooms. it's just me and my son",
    B('size'),
    { slots: { 'size.bedrooms': 2, 'size.maxBedrooms': 3 } },
  ],
  ['3, o tal vez 4 recámaras', ES('size'), { slots: { 'size.bedrooms': 3, 'size.maxBedrooms': 4 } }],
  ['5 bedrooms would be nice but 4 works', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['lo ideal 4 recámaras, pero 3 nos sirve', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // a count of something else
  ['3 bedrooms, and 2 baths works', B('size'), { slots: { 'size.bedrooms': 3 } }],
  [
    '3 bedrooms, maybe 4 weeks to close',
    B('size'),
    { slots: { 'size.bedrooms': 3, 'size.maxBedrooms': null } },
  ],
]);

suite('a verb written with its final g dropped', [
  ["We'll be payin cash, no bank", B('financing'), { slots: { financing: 'cash' } }],
  [
    "we're just lookin, thinkin bout movin in like 6 months",
    B('urgency'),
    { slots: { urgency: 'six_months' } },
  ],
  ['been plannin on sellin since my wife retired', S('motivation'), { slots: { motivation: 'retirement' } }],
]);

describe('a dropped g is restored on verbs only', () => {
  it('respells the verbs and leaves other words ending in "in" as written', () => {
    expect(respell("just lookin, payin cash, movin' soon")).toBe("just looking, paying cash, moving' soon");
    const others = 'my cousin has a cabin within an hour, begin in the margin of Robin';
    expect(respell(others)).toBe(others);
  });
});

suite('an answer to the areas question made of what a home or a buyer is like names no place', [
  ['somewhere quiet', B('areas'), { slots: { areas: null } }],
  ['cash buyer', B('areas'), { slots: { areas: null, financing: 'cash' } }],
  ['algo tranquilo, con escuelas buenas', ES('areas'), { slots: { areas: null } }],
  // places the tenant does not list are still places
  ['Hesperia or Apple Valley', B('areas'), { slots: { areas: ['Hesperia', 'Apple Valley'] } }],
  ['the Claremont area', B('areas'), { slots: { areas: ['Claremont'] } }],
]);

const KNOWN_520 = { slots: { budget: { max: 520000 } } };
suite('an amount denied right after another ("550, not 520") is set aside', [
  ['nos aprobaron hasta 550, no 520', ES('financing', KNOWN_520), { slots: { 'budget.max': 550000 } }],
  ["it's 550 not 520, sorry", B('financing', KNOWN_520), { slots: { 'budget.max': 550000 } }],
  ['600k max, not 650', B('budget'), { slots: { 'budget.max': 600000 } }],
  // a range is not a denial
  ['between 500 and 550, not more', B('budget'), { slots: { 'budget.min': 500000, 'budget.max': 550000 } }],
]);

suite("'an'' is 'and'", [
  ["in two an' a half months", B('urgency'), { slots: { urgency: 'three_months' } }],
  ["me an' my wife want 3 bedrooms", B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

const PRICED_500 = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'inherited',
    timelineAccepted: true,
    priceExpectation: 500000,
  },
};
suite("a new price said as the co-owners' wish replaces the one known", [
  [
    'Ay perdón, mis hermanos dicen que mínimo 525 mil, que no bajemos de ahí',
    SES('condition', { ...PRICED_500, lang: 'es' }),
    { slots: { priceExpectation: 525000 } },
  ],
  [
    'sorry, my sisters say 540k at least',
    S('condition', PRICED_500),
    { slots: { priceExpectation: 540000 } },
  ],
  // the lead's own figure against theirs replaces it too
  [
    'my brother says 600k but i think 550k is fair',
    S('condition', PRICED_500),
    { slots: { priceExpectation: 550000 } },
  ],
  // someone who does not own it
  ['my neighbor says his sold for 600', S('condition', PRICED_500), { slots: { priceExpectation: 500000 } }],
]);

const SELLER_AT_TIMELINE = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
suite(
  'not knowing, or asking someone first, is no answer to the 30-to-45-days question (DOMAIN.md 4.2a, issue 30)',
  [
    [
      'Pues no sé, tendría que hablarlo con mi esposo',
      SES('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: null } },
    ],
    [
      'not sure, gotta ask my wife first',
      S('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: null } },
    ],
    [
      'no le sabría decir todavía',
      SES('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: null } },
    ],
    // what else is said still answers
    [
      'not sure, probably not that fast',
      S('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: false } },
    ],
    [
      'no sé, pero 45 días sí funciona',
      SES('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: true } },
    ],
    // "no se puede" is "it cannot be", not "no sé"
    [
      'no, en 30 días no se puede, mínimo 6 meses',
      SES('timelineAccepted', SELLER_AT_TIMELINE),
      { slots: { timelineAccepted: false } },
    ],
  ],
);

// After the held-out measurement: the opt-out errors of the spent sealed-s54.
suite(
  'a stop inside a correction after "wait no", and stops said as "discontinue" or "no volver a escribir"',
  [
    [
      "wait no, stop, it's 4 bedrooms and 3 baths, I flipped them",
      B('size'),
      { optOut: false, slots: { 'size.bedrooms': 4 } },
    ],
    [
      'espera no, para, son 4 recámaras y 3 baños, me confundí',
      ES('size'),
      { optOut: false, slots: { 'size.bedrooms': 4 } },
    ],
    ['wait no, stop texting me', B('size'), { optOut: true }],
    [
      'Please discontinue these text messages. We decided to stay put.',
      S('timelineAccepted'),
      { optOut: true },
    ],
    ['Favor de no volver a escribir a este número. Gracias.', SES('timelineAccepted'), { optOut: true }],
    ['favor de no volver a escribirme', ES('size'), { optOut: true }],
    ['we had to discontinue the search for a bit, still want texts', B('size'), { optOut: false }],
  ],
);

// After the held-out measurement: the spent conversations-s54's leads who write for someone else.
suite("the wishes of the people the lead says it acts for are the buyer's", [
  [
    "Hi, I'm helping my parents look. They're retiring. They want a single story with 3 bedrooms",
    B('size'),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'estoy ayudando a mi mamá a buscar, ella quiere 2 recámaras',
    ES('size'),
    { slots: { 'size.bedrooms': 2 } },
  ],
  // a person named without acting for them keeps their wish
  [
    'my sister bought a 5 bedroom, she needs the space, we need 3',
    B('size'),
    { slots: { 'size.bedrooms': 3 } },
  ],
]);
