import { B, ES, conversationSuite, picking, priceAsked, suite } from './probe-suite.js';

/**
 * Session 68's reading mechanisms (docs/BOTS.md section 71), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const LISTING = {
  id: 'L-m88',
  address: '200 Test Ave, Rancho Cucamonga, CA 91739',
  price: 810000,
  beds: 4,
  baths: 3,
  area: 'Etiwanda',
};
const onListing = { ...B('budget'), intent: 'buy' as const, listing: LISTING };
/** A pre-approved buyer with a budget and a size, asked when. */
const READY = {
  slots: { budget: { min: 520000, max: 650000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
};
/** The same buyer, asked the areas, who said "next year". */
const NEXT_YEAR = { slots: { ...READY.slots, urgency: 'browsing', timeline: 'next year' } };
/** The same buyer, asked the areas, who said within weeks. */
const SOON = { slots: { ...READY.slots, urgency: 'immediate', timeline: 'in 3 weeks' } };

suite('where the lead comes from each day or for good is no area it wants', [
  ['the commute from victorville is brutal, 3 beds please', { intent: 'buy' }, { slots: { areas: null } }],
  [
    'manejo desde hesperia todos los días, queremos 3 recámaras',
    { intent: 'buy', lang: 'es' },
    { slots: { areas: null } },
  ],
  [
    "we're coming from ontario, want something in etiwanda",
    { intent: 'buy' },
    { slots: { areas: ['Etiwanda'] } },
  ],
  // (a place the home should be minutes from is one it wants)
  [
    '10 minutes from victoria gardens would be perfect',
    { intent: 'buy' },
    { slots: { areas: ['Victoria Gardens'] } },
  ],
]);

suite("a word said before someone else's clause is no place", [
  ['ah, and my mom asks if those have HOAs', B('areas', READY), { slots: { areas: null } }],
  ['ok, upland or claremont', B('areas', READY), { slots: { areas: ['Upland', 'Claremont'] } }],
  ['pues claremont o la verne', ES('areas', READY), { slots: { areas: ['Claremont', 'La Verne'] } }],
]);

suite('a no closing the story of why answers the lender question', [
  [
    'we were supposed to meet the bank friday but it got moved, so no, not yet',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'fuimos al banco pero estaba cerrado, entonces todavía no',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    "we're pre approved with chase, toured homes? not yet",
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['cash, so no', B('financing'), { slots: { financing: 'cash' } }],
]);

suite('how long a search paused or lasted is no time for the move', [
  [
    'oh we took a break from looking for a couple months, back at it now',
    B('areas', NEXT_YEAR),
    { slots: { urgency: 'browsing' } },
  ],
  ['llevamos buscando 3 meses y nada', ES('areas', NEXT_YEAR), { slots: { urgency: 'browsing' } }],
  [
    'we had to pause for a few months after my surgery',
    B('areas', NEXT_YEAR),
    { slots: { urgency: 'browsing' } },
  ],
  // (a deadline is one)
  ['actually we want to move in 2 months now', B('areas', NEXT_YEAR), { slots: { urgency: 'three_months' } }],
]);

suite('a message that opens by taking the time back replaces it, unless someone else moves', [
  [
    'wait, more like 5 months, the kids finish school first',
    B('areas', SOON),
    { slots: { urgency: 'six_months' } },
  ],
  ['no espera, mejor en unos 5 meses', ES('areas', SOON), { slots: { urgency: 'six_months' } }],
  [
    'no wait, my brother moves to fontana next month. fontana then',
    B('areas', SOON),
    { slots: { urgency: 'immediate' } },
  ],
]);

suite('a count said as "about" an event gives the time', [
  ['once school lets out, so like 5 months', B('urgency', READY), { slots: { urgency: 'six_months' } }],
  ['cuando acaben las clases, como en 5 meses', ES('urgency', READY), { slots: { urgency: 'six_months' } }],
  ['once school lets out, in june', B('urgency', READY), { slots: { urgency: 'three_months' } }],
]);

suite('a hot buyer is offered the call first only when the move is within the month', [
  ['within 3 weeks', B('urgency', READY), { phase: 'scheduling' }],
  ['in about 2 months', B('urgency', READY), { temperature: 'hot', sent: true, slots: { areas: null } }],
]);

suite('a call asked for the one the lead writes for, and the Mexican "hablar"', [
  ['could you have someone call him? 909 555 0100', B('urgency', READY), { escalation: 'person' }],
  ['¿me puede hablar don Jorge?', ES('urgency', READY), { escalation: 'person' }],
  ['¿nos pueden hablar hoy en la tarde?', ES('urgency', READY), { escalation: 'person' }],
  // (told about something, or spoken to in a language: no call)
  ['¿me puede hablar de las escuelas de la zona?', ES('urgency', READY), { escalation: null }],
  ['me puede hablar en español por favor', ES('urgency', READY), { escalation: null }],
]);

suite("the ceiling the lead's own question states is its budget", [
  [
    "what's even out there for under 450k? just curious",
    { intent: 'buy' },
    { slots: { budget: { max: 450000 } } },
  ],
  ['hey. realistic to find anything under 520?', { intent: 'buy' }, { slots: { budget: { max: 520000 } } }],
  // (a figure asked about is no budget)
  ["hey. they're asking 725 for it?", { intent: 'buy' }, { slots: { budget: null } }],
  // (an offer asked of the seller is the lead's own figure since session 76, docs/BOTS.md section 79)
  ['ok. would the owners take 690?', { intent: 'buy' }, { slots: { 'budget.max': 690000 } }],
]);

suite('a count of the listing asked to be confirmed is answered from it', [
  ['is it a 4 bedroom?', onListing, { answer: 'listing' }],
  ['does it have 3 baths?', onListing, { answer: 'listing' }],
  ['¿tiene 4 recámaras?', { ...onListing, lang: 'es' }, { answer: 'listing' }],
]);

suite('a ceiling after a hedge', [
  ['around 600, maybe up to 640', B('budget'), { slots: { budget: { min: 600000, max: 640000 } } }],
  ['como 450, quizás hasta 480', ES('budget'), { slots: { budget: { min: 450000, max: 480000 } } }],
]);

suite('a buyer paying the seller, supposed, names the price', [
  ['if somebody offered 750 id take it', priceAsked, { slots: { priceExpectation: 750000 } }],
  ['if they paid 820 i would think about it', priceAsked, { slots: { priceExpectation: 820000 } }],
  // (an offer that happened is someone else's figure)
  ['somebody offered us 600 last year, no way', priceAsked, { slots: { priceExpectation: null } }],
]);

suite('other things counted beside a bedroom count are no bedrooms', [
  ["4, we've got 2 teenagers", B('size'), { slots: { size: { bedrooms: 4 } } }],
  ['cuatro, con cochera para 2 troques', ES('size'), { slots: { size: { bedrooms: 4 } } }],
  ['3, we have twin toddlers', B('size'), { slots: { size: { bedrooms: 3 } } }],
  // (a range is still one)
  ['3 or 4', B('size'), { slots: { size: { bedrooms: 3, maxBedrooms: 4 } } }],
]);

suite('"even" only stresses, and a dropped s', [
  ['are you even a real person?', B('size'), { disclosure: true }],
  ['lo ante posible, ya no cabemo', ES('urgency', READY), { slots: { urgency: 'immediate' } }],
]);

conversationSuite('the budget question left unanswered is answered by figures said later', [
  [
    [
      "no idea on price yet, haven't looked",
      'still no clue honestly',
      'pre approved last week',
      '2 bedrooms',
    ],
    'ok i ran the numbers, maybe 480 to 520',
    { intent: 'buy' },
    { slots: { budget: { min: 480000, max: 520000 } } },
  ],
]);

// Two Wednesdays a week apart and a Monday of next week.
const WEDNESDAYS = ['Wed Mar 11, 4:30pm', 'Wed Mar 18, 4:30pm', 'Mon Mar 16, 9:00am'];
suite('a week named as a whole, a day a week off, and tomorrow by its date', [
  ['the one next week on wednesday', picking(WEDNESDAYS), { booked: 1 }],
  ['a week from tomorrow works', picking(WEDNESDAYS), { booked: 1 }],
  ['tomorrow at 4:30', picking(WEDNESDAYS), { booked: 0 }],
  ['mañana en la tarde', picking(WEDNESDAYS, 'es'), { booked: 0 }],
  ['el lunes de la semana que entra', picking(WEDNESDAYS, 'es'), { booked: 2 }],
  // (next week holds two of them: asked again)
  ['next week', picking(WEDNESDAYS), { booked: null }],
]);

suite('"between X and Y" bedrooms is a range', [
  [
    'between 3 and 4 bedrooms, 2 baths',
    B('size'),
    { slots: { size: { bedrooms: 3, maxBedrooms: 4, bathrooms: 2 } } },
  ],
  ['entre 3 y 4 recámaras', ES('size'), { slots: { size: { bedrooms: 3, maxBedrooms: 4 } } }],
]);

const SELLER_ASKED_WINDOW = {
  kind: 'seller' as const,
  asking: 'timelineAccepted' as const,
  slots: { address: '1 Main St', motivation: 'downsizing' as const },
};
suite('punctuation dictated as words, and a later window taken in a sentence of its own', [
  [
    'thirty days is too quick for us period four months we could do comma we need to pack',
    SELLER_ASKED_WINDOW,
    { slots: { timelineAccepted: true } },
  ],
  ['too fast. 3 months works though', SELLER_ASKED_WINDOW, { slots: { timelineAccepted: true } }],
  // (a reason's date in a sentence of its own takes nothing; nor is a span of time a full stop)
  [
    "that's too soon. our lease runs through june",
    SELLER_ASKED_WINDOW,
    { slots: { timelineAccepted: false } },
  ],
]);

suite('a correction marked with a star, and children in regional words', [
  [
    '*4, me equivoqué',
    ES('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { size: { bedrooms: 4 } } },
  ],
  [
    '*3 bedrooms not 2',
    B('urgency', { slots: { size: { bedrooms: 2 } } }),
    { slots: { size: { bedrooms: 3 } } },
  ],
  ['4, somos 2 y 3 chamacos', ES('size'), { slots: { size: { bedrooms: 4 } } }],
  ['3, tenemos 2 gurises', ES('size'), { slots: { size: { bedrooms: 3 } } }],
]);

suite("a range of two bare hundreds is a buyer's budget when it reads as one", [
  [
    'paying cash from a heloc, roughly 430-470',
    { intent: 'buy' },
    { slots: { budget: { min: 430000, max: 470000 } } },
  ],
  // (a credit score or a down payment is not)
  ['our credit scores are 690-740', { intent: 'buy' }, { slots: { budget: null } }],
  ['we can put 120-150 down', { intent: 'buy' }, { slots: { budget: null } }],
]);

suite('where the lead owns homes already is no area it wants', [
  [
    'we own 3 rentals in ontario and want one in etiwanda',
    { intent: 'buy' },
    { slots: { areas: ['Etiwanda'] } },
  ],
  ["we'd love to own in alta loma", { intent: 'buy' }, { slots: { areas: ['Alta Loma'] } }],
]);

suite('a stop that would be said, were things otherwise, is none', [
  ["if we weren't buying i'd tell you to take me off your list, but we are", B('size'), { optOut: false }],
  [
    'if it were up to me i would ask you to stop texting, but my husband likes the updates',
    B('size'),
    { optOut: false },
  ],
  // (said plainly it is one)
  ['i would ask you to stop texting me', B('size'), { optOut: true }],
]);

// Thursday and Friday, then a Monday.
const WEEKEND_AROUND = ['Thu Mar 12, 10:30am', 'Fri Mar 13, 6:45pm', 'Mon Mar 16, 8:15am'];
suite('the slot left over after the days ruled out', [
  ["thursday and friday we're slammed so whatever's left", picking(WEEKEND_AROUND), { booked: 2 }],
  ['el jueves y el viernes no puedo, el que quede', picking(WEEKEND_AROUND, 'es'), { booked: 2 }],
  // (two left: asked again)
  ["friday is bad so whatever's left", picking(WEEKEND_AROUND), { booked: null }],
]);

suite('laughter beside a question asked without its mark is no joke', [
  ['lol these answers come fast, is this an ai', B('size'), { disclosure: true }],
  ['haha, are you a bot', B('size'), { disclosure: true }],
  // (a remark with laughter is one)
  ['you text like a robot lol', B('size'), { disclosure: false }],
]);

suite('"one bedroom" opening a list of rooms', [
  [
    'una recámara para nosotros, otra para mi suegra y otra para los niños',
    ES('size'),
    { slots: { size: { bedrooms: 3 } } },
  ],
  ['one bedroom for us and another for the baby', B('size'), { slots: { size: { bedrooms: 2 } } }],
  ['1 bedroom is plenty', B('size'), { slots: { size: { bedrooms: 1 } } }],
]);

suite('a price the seller settles for, beside an estimate', [
  [
    'según zillow vale 800 pero le falta pintura, con unos 760 me conformo',
    priceAsked,
    { slots: { priceExpectation: 760000 } },
  ],
  [
    'zillow says 812 but with the roof, 780 and im happy',
    priceAsked,
    { slots: { priceExpectation: 780000 } },
  ],
]);

const ADDRESS_ASKED = { kind: 'seller' as const, asking: 'address' as const, slots: {} };
suite('a Spanish street right after the number, and "de la" before an English one', [
  ['es el 8120 Calle Serena', ADDRESS_ASKED, { contains: { address: '8120 calle serena' } }],
  ['vivimos en el 6321 de la Amethyst Ave', ADDRESS_ASKED, { contains: { address: '6321 amethyst' } }],
  // (a Spanish street keeps its words)
  ['el 5510 de la Avenida Banyan', ADDRESS_ASKED, { contains: { address: '5510 de la avenida banyan' } }],
]);

const MOTIVATION_ASKED = {
  kind: 'seller' as const,
  asking: 'motivation' as const,
  slots: { address: '1 Main St' },
};
suite('going along with someone who moves is a relocation', [
  [
    'my son is moving to boise and im going with him',
    MOTIVATION_ASKED,
    { slots: { motivation: 'relocation' } },
  ],
  ['mi hija se muda a Texas y me voy con ella', MOTIVATION_ASKED, { slots: { motivation: 'relocation' } }],
  // (no move said: none)
  ["i'm going with him to the open house first", MOTIVATION_ASKED, { slots: { motivation: 'other' } }],
]);

suite('a discount asked for clients sent, and a commission paid to us outside the deal, are kickbacks', [
  [
    '¿nos hacen un descuento en el cierre si les recomiendo a mi compadre?',
    ES('budget'),
    { alertTopic: 'kickback' },
  ],
  [
    'mi primo es broker; si le mandan el préstamo, le da a Jorge una comisión por fuera',
    ES('budget'),
    { alertTopic: 'kickback' },
  ],
  [
    'my uncle would pay you a commission on the side if you send him your loans',
    B('budget'),
    { alertTopic: 'kickback' },
  ],
  // (the lead's own pay on the side, or a discount asked alone, is none)
  ['i sell insurance on commission on the side', B('budget'), { alertTopic: null }],
  ['gano una comisión por fuera vendiendo seguros', ES('budget'), { alertTopic: null }],
  ['si te dan el préstamo ya se paga solo', ES('budget'), { alertTopic: null }],
]);

suite(
  'stops found after the final measure: "nothing further" said whole, two ways of contact, "porfa" after a stop',
  [
    [
      "we've decided to pass. please don't send anything further, thanks for your time",
      B('size'),
      { optOut: true },
    ],
    ["honestly I'd rather you not text or call me anymore", B('size'), { optOut: true }],
    ['ya no me busquen porfa', ES('size'), { optOut: true }],
    // (narrowed or until a time, and the idiom: no stop)
    ["don't send anything further until after the holidays", B('size'), { optOut: false }],
    ['no me busquen casas de dos pisos porfa', ES('size'), { optOut: false }],
    ['ok that takes me off the hook lol, 3 bedrooms', B('size'), { optOut: false }],
  ],
);

const WINDOW_ASKED_INHERITED = {
  kind: 'seller' as const,
  asking: 'timelineAccepted' as const,
  slots: { address: '1 Main St', motivation: 'inherited' as const },
};
suite('after the final measure: no hurry in Spanglish, a place driven by, a month gone by, who the lead is', [
  ['whenever, no hay rush', B('urgency', READY), { slots: { urgency: 'browsing' } }],
  ['no tenemos hurry', B('urgency', READY), { slots: { urgency: 'browsing' } }],
  ['we drove by yesterday, love the street', onListing, { slots: { urgency: null } }],
  ['needed it by yesterday lol', B('urgency', READY), { slots: { urgency: 'immediate' } }],
  [
    'sí nos sirve, el probate se cerró en enero',
    WINDOW_ASKED_INHERITED,
    { slots: { timelineAccepted: true } },
  ],
  [
    "i'm a retired teacher, what would my place sell for?",
    { intent: 'sell' },
    { slots: { motivation: null } },
  ],
  ["we're retiring next year and want to sell", { intent: 'sell' }, { slots: { motivation: 'retirement' } }],
]);

const WEEKEND_AND_TUESDAY = ['Sat Mar 14, 10:30am', 'Sun Mar 15, 1:00pm', 'Tue Mar 17, 6:30pm'];
suite(
  'after the final measure: the weeknight slot, a walk-through, a lana per client, not caring what answers',
  [
    ['weekends are packed so the weeknight one', picking(WEEKEND_AND_TUESDAY), { booked: 2 }],
    ['can we walk it saturday?', onListing, { answer: 'showing' }],
    ['we walk the dog after 5', onListing, { answer: null }],
    [
      'si usted los recomienda a sus clientes, mi compadre le da una lana por cada uno',
      ES('budget'),
      { alertTopic: 'kickback' },
    ],
    ['me da igual si eres persona o máquina, quiero ver casas en Chino', ES('size'), { disclosure: false }],
    ["i don't care if you're a bot, just send me listings", B('size'), { disclosure: false }],
    ['¿eres persona o máquina?', ES('size'), { disclosure: true }],
  ],
);
