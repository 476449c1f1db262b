import { describe, expect, it } from 'vitest';
import { conversation } from './helpers.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 36's mechanisms (docs/BOTS.md section 40), with near neighbours written for this file (not the phrasings of
 * the sets they came from) and the hard negatives beside them.
 */
suite("a pause that hands the figure to the household: the household's figure is the lead's", [
  ['like 450... oh wait my wife says 475 is ok', B('budget'), { slots: { 'budget.max': 475000 } }],
  ['unos 400, ah espérame, mi esposo dice que hasta 430', ES('budget'), { slots: { 'budget.max': 430000 } }],
  ['600 tops, hold on, my son says we can do 640', B('budget'), { slots: { 'budget.max': 640000 } }],
  // a report with no pause before it is not a correction: the lead's own figure against it stays
  ['my wife wants 700 but i say 650', B('budget'), { slots: { 'budget.max': 650000 } }],
  // the household's words after the pause that hold no figure leave the figure said
  [
    '500 max. actually my husband says we should look in upland too',
    B('budget'),
    { slots: { 'budget.max': 500000 } },
  ],
]);

const PRICING = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'divorce',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

suite('a figure the household settled on is the one said last', [
  [
    'he wanted 700 and i wanted 660, we settled on 680',
    S('priceExpectation', PRICING),
    { slots: { priceExpectation: 680000 } },
  ],
  [
    'yo quería 520 pero quedamos en 505 con mi ex',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: 505000 } },
  ],
  ['first we said 400, then we decided on 425', B('budget'), { slots: { 'budget.max': 425000 } }],
]);

suite("'no, espéreme' takes back what was said before it", [
  ['tres recámaras... no, espéreme, cuatro', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['como 350, no esperen, 380', ES('budget'), { slots: { 'budget.max': 380000 } }],
]);

suite('a contrast ends what a negation before it denies', [
  ['no big rush but within 4 months', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['no hay mucha prisa pero en unos 2 meses', ES('urgency'), { slots: { urgency: 'three_months' } }],
  // a negation after the contrast still denies
  ['we like it but not before next year', B('urgency'), { slots: { urgency: 'browsing' } }],
]);

suite('a hedged hurry beside a date is that date', [
  ['kind of urgent, our lease is up in 9 weeks', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['medio urgente, nos cambiamos en 2 meses', ES('urgency'), { slots: { urgency: 'three_months' } }],
  // an unhedged hurry alone is now
  ['urgent, we need something asap', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('a weekday of something received is no timeline', [
  [
    'we are pre approved, got our approval letter on monday',
    B('financing'),
    { slots: { financing: 'pre_approved', urgency: null } },
  ],
  ['we got the keys to our rental tuesday lol', B('urgency'), { slots: { urgency: null } }],
  // a weekday the lead moves by is one
  ['we have to be out by friday', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

describe('the review gate: a disclosure after a remark holds nothing new', () => {
  const held = (effects: readonly { type: string }[]) =>
    effects.some((effect) => effect.type === 'hold_for_review');

  it('holds no second copy of the question that waits for approval', () => {
    const c = conversation({ listing: { id: 'L-HV', price: 1_650_000 } });
    c.say('hello, love the pool on this one');
    c.say('we can do 1.7, already approved');
    const played = c.say('hmm ok. one sec... is this a real person or some automated thing? lol');
    expect(played.reply).toMatch(/AI assistant/);
    expect(held(played.effects)).toBe(false);
    expect(c.state.review).toBe(true);
  });

  it('holds nothing in Spanish either', () => {
    const c = conversation({ listing: { id: 'L-HV', price: 1_650_000 } });
    c.say('hola, me gusta mucho esta casa');
    c.say('sí, podemos pagar 1.7 millones');
    const played = c.say('a ver, antes de seguir... ¿usted es una persona o un robot? nomás para saber');
    expect(played.reply).toMatch(/asistente/i);
    expect(held(played.effects)).toBe(false);
  });

  it('still holds the next question when the message also answered one', () => {
    const c = conversation({ listing: { id: 'L-HV', price: 1_650_000 } });
    c.say('hello, love the pool on this one');
    c.say('we can do 1.7, already approved');
    const played = c.say('are you a bot? we need 5 bedrooms by the way');
    expect(played.reply).toMatch(/AI assistant/);
    expect(held(played.effects)).toBe(true);
  });
});

suite('a pause in the chat is no timeline', [
  ['one sec, checking with my husband', B('urgency'), { slots: { urgency: null } }],
  ['un momentito, ahorita le pregunto', ES('urgency'), { slots: { urgency: null } }],
  ['hold on a sec... 3 bedrooms', B('size'), { slots: { 'size.bedrooms': 3, urgency: null } }],
  // a month is a timeline
  ['within a month if we can', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

const ADDRESS = { slots: { address: '8231 Haven Ave' } };

suite('a family outgrowing the home is upgrading', [
  [
    'triplets on the way and we only have 2 bedrooms',
    S('motivation', ADDRESS),
    { slots: { motivation: 'upgrading' } },
  ],
  ['ya somos seis y no cabemos bien', SES('motivation', ADDRESS), { slots: { motivation: 'upgrading' } }],
  [
    'our third kid is coming and we ran out of space',
    S('motivation', ADDRESS),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'la casa ya no nos queda, viene otro bebé',
    SES('motivation', ADDRESS),
    { slots: { motivation: 'upgrading' } },
  ],
  // "ya no nos queda" with no home is no room problem
  ['ya no nos queda tiempo para arreglarla', SES('motivation', ADDRESS), { slots: { motivation: null } }],
]);

suite('a move said of the one the lead sells for', [
  [
    'se quiere regresar a Guatemala, ya está cansada de aquí',
    SES('motivation', ADDRESS),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'a mi esposo lo han trasladado a Houston',
    SES('motivation', ADDRESS),
    { slots: { motivation: 'relocation' } },
  ],
  // going back to work is no move
  [
    'my husband is going back to work next month',
    S('motivation', ADDRESS),
    { slots: { motivation: 'other' } },
  ],
]);

const FOR_THE_OWNER = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

suite("the owner's wish, told by whoever helps them sell", [
  [
    'a flipper offered her 450 but my grandma wants 520',
    S('priceExpectation', FOR_THE_OWNER),
    { slots: { priceExpectation: 520000 } },
  ],
  [
    'mi mamá espera unos 480 mil',
    SES('priceExpectation', FOR_THE_OWNER),
    { slots: { priceExpectation: 480000 } },
  ],
  // a neighbour's wish is not the owner's
  [
    'the neighbor wants 700 for his, no idea about ours',
    S('priceExpectation', FOR_THE_OWNER),
    { slots: { priceExpectation: null } },
  ],
]);

suite('a bare figure paid in cash', [
  ['we could do 1.2 cash', B('financing'), { slots: { financing: 'cash' } }],
  ['unos 400 de contado', ES('financing'), { slots: { financing: 'cash' } }],
  // cash offers are no way of paying
  ['our friends got 3 cash offers last month', B('financing'), { slots: { financing: null } }],
]);

suite('a figure concluded after a report, or taken back with no no', [
  ['i wanted 600, wife says 560 max, so 560', B('budget'), { slots: { 'budget.max': 560000 } }],
  [
    'pensábamos 500 pero mi esposo dice que 470, entonces 470',
    ES('budget'),
    { slots: { 'budget.max': 470000 } },
  ],
  ['450 no no, the max is 430', B('budget'), { slots: { 'budget.max': 430000 } }],
  [
    'sorry i said 700 before, the real max is 680',
    B('urgency', { slots: { budget: { max: 700000 } } }),
    { slots: { 'budget.max': 680000 } },
  ],
]);

suite('texting shorthand is read as the words it stands for', [
  ['lease ends in 5 wks', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['r u a real person or a bot', B('size'), { disclosure: true }],
  ['3 bed w a big yard pls', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['am i txting w an actual human', B('size'), { disclosure: true }],
  ['we need to move in like 7 wks tops', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['upland pq ahi trabaja mi esposo, y tmb rialto', ES('areas'), { slots: { areas: ['Upland', 'Rialto'] } }],
  ['nos cambiamos en 2 meses xq se acaba la renta', ES('urgency'), { slots: { urgency: 'three_months' } }],
  // Spanish "u" before an o is "or", and a "w" after a number is a street's direction
  ['siete u ocho meses', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['its 1328 w 9th st', S('address', { slots: {} }), { slots: { address: '1328 w 9th st' } }],
]);

suite('an age is no timeline; a length of years said ahead is one', [
  ['i have a 9 yr old so good schools matter', B('urgency'), { slots: { urgency: null } }],
  ['mi hija de 10 años necesita su cuarto', ES('urgency'), { slots: { urgency: null } }],
  ['prob in 2 years, just starting to look', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['en 3 años más o menos', ES('urgency'), { slots: { urgency: 'browsing' } }],
  // years gone by are none
  ['been renting 8 years, ready to own', B('urgency'), { slots: { urgency: null } }],
]);

describe("a buyer's facts beside a question left for the agent are read where they were said", () => {
  it('keeps the bedrooms said before a question about selling first', () => {
    const c = conversation({ listing: { id: 'L-7', price: 640_000, area: 'Etiwanda' } });
    c.say('still available?');
    c.say('yes thats our range, preapproved to 650');
    c.say('3 beds. but we would have to sell our place in fontana first, can you guys help with that too?');
    expect(c.state.slots.size?.bedrooms).toBe(3);
  });
});

const OFFERING = {
  kind: 'seller',
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
    priceExpectation: 600000,
    name: 'Dana Ruiz',
    phone: '909-555-0100',
  },
  scheduling: 'time_of_day',
} as const;

suite('a call the lead sets up, or asks for with a time, while one is offered', [
  ['could we hop on a call with jorge friday afternoon?', OFFERING, { phase: 'handoff' }],
  ['can i get a call this evening', OFFERING, { phase: 'handoff' }],
  ['que me llame jorge en un rato porfa', { ...OFFERING, lang: 'es' }, { phase: 'handoff' }],
  [
    '¿podemos agendar una llamada para el lunes en la mañana?',
    { ...OFFERING, lang: 'es' },
    { phase: 'handoff' },
  ],
  // a part of the day given as an answer is no request: the day is asked next
  ['afternoons are best', OFFERING, { phase: 'scheduling' }],
  // a call told of is none
  ['we had a call with the lender this morning', OFFERING, { phase: 'scheduling' }],
]);

describe('a hedged figure still answers', () => {
  it('keeps a seller warm on "maybe" and a price', () => {
    const c = conversation({ intent: 'sell' });
    c.say('4410 Amber Ln, we are splitting up');
    c.say('no, 30 days is way too fast for us');
    c.say('it needs a new roof honestly');
    c.say('zillow says 700 but maybe 650 given the roof');
    expect(c.state.slots.priceExpectation).toBe(650000);
    expect(c.state.temperature).toBe('warm');
  });
});

suite('like new, said of any home', [
  ['el depa está como nuevo', SES('condition'), { slots: { condition: 'move_in_ready' } }],
  [
    'los pisos están como nuevos, lo remodelé todo',
    SES('condition'),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

suite('a call asked for with a day and no time is for that day, any time', [
  ['ok, can jorge call me on monday?', OFFERING, { phase: 'handoff' }],
  ['¿me puede marcar el viernes?', { ...OFFERING, lang: 'es' }, { phase: 'handoff' }],
  // a day given as an answer is no request: the time of day is asked
  ['monday works', OFFERING, { phase: 'scheduling' }],
]);

suite('an opening after a greeting or a hesitation', [
  ['hey um could we tour it sunday', B('budget', { listing: { price: 615_000 } }), { answer: 'showing' }],
  ['hmm are you a bot', B('budget'), { disclosure: true }],
]);

suite('who answers, asked by what does the answering', [
  ['¿estos mensajes los contesta una inteligencia artificial?', ES('budget'), { disclosure: true }],
  ['are these replies written by a bot', B('budget'), { disclosure: true }],
  // a person who does the work is no question about the chat
  ['the paperwork was handled by a person at the bank', B('budget'), { disclosure: false }],
]);

suite('retiring said reflexively in Spanish', [
  [
    'mi papá se retira el otro año y se van a Michoacán',
    SES('motivation', ADDRESS),
    { slots: { motivation: 'retirement' } },
  ],
]);

describe('a seller talked out of selling who wants to buy goes to the buyer bot', () => {
  it('switches on "talked me out of selling"', () => {
    const c = conversation({ intent: 'sell' });
    c.say('thinking of selling 2210 Oak Ridge Dr');
    c.say('my wife talked me out of selling haha, what we want is to buy a second place to rent out');
    expect(c.state.kind).toBe('buyer');
  });
});

const PAGE = { listing: { id: 'L-5', price: 529_000, area: 'Upland' } };

suite('an amount only called acceptable leaves the approval above it as the limit', [
  ['529 is fine, we are preapproved up to 560', B('budget', PAGE), { slots: { 'budget.max': 560000 } }],
  ['529 está bien, nos aprobaron hasta 550', ES('budget', PAGE), { slots: { 'budget.max': 550000 } }],
  // a wish below the approval stays the budget
  [
    'we would like to stay near 500, approved up to 560',
    B('budget', PAGE),
    { slots: { 'budget.max': 500000 } },
  ],
]);

// Added after the held-out measurement of sealed-s49 and conversations-s49 (docs/BOTS.md 40), in other words.
suite('formal and polite requests for a call, the verb first', [
  ['¿Podría marcarme usted mañana temprano?', { ...OFFERING, lang: 'es' }, { phase: 'handoff' }],
  ['¿me puede hablar el agente hoy mismo?', ES('budget'), { escalation: 'person' }],
  ['¿Sería posible que alguien me llame el lunes?', ES('budget'), { escalation: 'person' }],
  // someone of the family who will call is no request
  ['le voy a decir a mi esposo que me llame', ES('budget'), { escalation: null }],
]);

suite("the owner's wish in a contraction, an owed figure said roughly", [
  [
    "he'd be happy with 455k, the neighbor got 470",
    S('priceExpectation', FOR_THE_OWNER),
    { slots: { priceExpectation: 455000 } },
  ],
  [
    'we owe approximately 210 thousand, and we would like 600 thousand',
    S('priceExpectation', FOR_THE_OWNER),
    { slots: { priceExpectation: 600000 } },
  ],
]);

suite('a new position taken elsewhere is relocation; a share per buyer sent is a kickback', [
  [
    'I accepted a new role with my company in Seattle',
    S('motivation', ADDRESS),
    { slots: { motivation: 'relocation' } },
  ],
  ['si le mando clientes, ¿me da una comisioncita por cada uno?', ES('budget'), { alertTopic: 'kickback' }],
]);

suite('a budget revised in full sentences', [
  [
    'We had said 450 to begin with, but we are comfortable going up to 490 now.',
    B('size', { slots: { budget: { min: 360000, max: 450000 } } }),
    { slots: { 'budget.max': 490000 } },
  ],
  ['we could go as high as 700 rather than 650', B('budget'), { slots: { 'budget.max': 700000 } }],
  [
    'el banco solamente nos aprobó hasta 480, así que ese sería mi límite',
    ES('size', { slots: { budget: { min: 400000, max: 500000 } } }),
    { slots: { 'budget.max': 480000 } },
  ],
  [
    'I was mistaken earlier, we need 4 bedrooms, not 3',
    B('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
]);
