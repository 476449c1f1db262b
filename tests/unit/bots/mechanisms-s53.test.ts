import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 39's mechanisms (docs/BOTS.md section 43), taken from the conversations that still failed (the tuning and
 * older sealed sets, and the spent conversations-s52), with near neighbours written for this file and the hard
 * negatives beside them.
 */
const LISTED = { listing: { id: 'RC-9', price: 765000 } };

suite("the listing's own price named as a figure is the budget", [
  ['765 works, we are paying cash', B('financing', LISTED), { slots: { 'budget.max': 765000 } }],
  ['the 765k is fine for us', B('size', LISTED), { slots: { 'budget.max': 765000 } }],
  ['765,000 está bien para nosotros', ES('size', LISTED), { slots: { 'budget.max': 765000 } }],
  // asked about, not taken up
  ['is the 765 firm?', B('financing', LISTED), { slots: { budget: null } }],
  [
    'has the price come down or is 765 where they are at',
    B('financing', LISTED),
    { slots: { budget: null } },
  ],
  ['765 is too much for us', B('financing', LISTED), { slots: { budget: null } }],
  // another figure is no listing price
  ['we live at 765 Elm St right now', B('financing'), { slots: { budget: null } }],
]);

suite('a price called high is no budget', [
  [
    '615 está un poquito alto pa nosotros, lo más que podemos son 590 mil',
    ES('budget', { listing: { id: 'RC-2', price: 615000 } }),
    { slots: { 'budget.max': 590000 } },
  ],
  ['650 is a tad high, 600 max', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['650 se me hace algo elevado, hasta 600', ES('budget'), { slots: { 'budget.max': 600000 } }],
  ['650 is high but we can do it', B('budget'), { slots: { 'budget.max': 650000 } }],
]);

suite("a date chrono reads from part of a word is none ('the money')", [
  ['idk todavía, mi esposo handles the money part', ES('budget'), { slots: { urgency: null } }],
  ['my wife does the money stuff', B('budget'), { slots: { urgency: null } }],
  ['we want to move within the month', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['by the weekend if possible', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('dropping in to see a home is no move date', [
  ['is there an open house? we might stop by saturday', B('budget', LISTED), { slots: { urgency: null } }],
  ['we could swing by sunday afternoon', B('budget', LISTED), { slots: { urgency: null } }],
  ['we need to be moved by saturday the 28th', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['nos gustaría pasarnos en unas 6 semanas', ES('urgency'), { slots: { urgency: 'three_months' } }],
]);

const READY = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'upgrading',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};
const READY_ES = { ...READY, lang: 'es' };

suite("a defect told after 'move in ready' replaces it", [
  [
    'actually wait I forgot the AC is broken and the roof needs fixing',
    S('priceExpectation', READY),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'oh i forgot to mention, the water heater is leaking',
    S('priceExpectation', READY),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'ah se me olvidó, el techo gotea',
    SES('priceExpectation', READY_ES),
    { slots: { condition: 'needs_work' } },
  ],
  // not a defect told: a price
  ['i forgot, my husband wants 600', S('priceExpectation', READY), { slots: { condition: 'move_in_ready' } }],
  // a later "it needs some paint" without a cue adds nothing to what was said
  [
    'my neighbor says it needs work lol',
    S('priceExpectation', READY),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

suite('a home grown too big, the two left alone in it', [
  ['nos quedó muy grande la casa', SES('motivation'), { slots: { motivation: 'downsizing' } }],
  ['quedamos solitos mi esposo y yo', SES('motivation'), { slots: { motivation: 'downsizing' } }],
  ['nos quedamos sin trabajo los dos', SES('motivation'), { slots: { motivation: 'financial' } }],
]);

suite("a move in Spanglish ('moverse a', 'moverse con')", [
  [
    'my dad wants to sell y moverse con nosotros a Phoenix',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  ['queremos movernos a Arizona', SES('motivation'), { slots: { motivation: 'relocation' } }],
  ['queremos movernos a una casa más grande', SES('motivation'), { slots: { motivation: 'upgrading' } }],
]);

suite("the owner the lead sells for: their move, their price ('he's hoping')", [
  [
    'mi abuela se va a vivir con mi tía a Texas y quiere saber cuánto le darían por su casa',
    SES('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'my grandpa is moving in with my uncle in Vegas, he wants to sell his house',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  ["she's hoping around five twenty", S('priceExpectation'), { slots: { priceExpectation: 520000 } }],
  // someone else who is no owner (no reason of the seller's at all since session 52: review-s66)
  ['my coworker moved to austin, he sold his house fast', S('motivation'), { slots: { motivation: null } }],
]);

suite("a digit or an emoji texted for a word ('lookin 4 a 3bd', '3 🛏 2 🛁')", [
  ['lookin 4 a 3bd in upland', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['we want 2 buy a 3 bedroom', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['3 🛏 2 🛁', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } }],
  ['need 4 bedrooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['4 or 5 bedrooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('a floor said after the wish is the minimum', [
  ['five bedrooms ideally, four at the very least', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['5 would be ideal, 4 minimum', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['cinco recámaras idealmente, cuatro como mínimo', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['forget the 3 bedrooms, 4 at least', B('size'), { slots: { size: { bedrooms: 4 } } }],
]);

suite('an application not yet made needs a lender', [
  [
    'ya hablamos con un asesor del banco pero no hemos llenado la solicitud',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['no hemos aplicado todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'we talked to a loan officer but havent applied',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
]);

suite('the count the home has is not the count wanted', [
  [
    '825 is doable, pero it only has 3 rooms y necesitamos 4',
    B('size', { listing: { id: 'RC-3', price: 825000 } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
  ['esta casa tiene 3 recámaras, necesitamos 4', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['it has to have 4 bedrooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('the lead who writes for someone: their sale routes to the seller bot', [
  [
    "I'm texting for my parents, they want to sell their house and buy something smaller",
    undefined,
    { kind: 'seller' },
  ],
  ['le escribo de parte de mi papá, quiere vender su casa', { lang: 'es' }, { kind: 'seller' }],
  ['my mom is selling her house, we want to buy in chino', undefined, { kind: 'buyer' }],
]);

suite("a home's worth asked with 'la casa' and no listing is the lead's own", [
  ['mi esposo quería saber cuánto vale la casa, 2245 S Mountain Ave', { lang: 'es' }, { kind: 'seller' }],
  ['queremos saber cuánto nos darían por la casa', { lang: 'es' }, { kind: 'seller' }],
]);

suite('a lender not found yet', [
  ["we'd need to sort out a lender, haven't yet", B('financing'), { slots: { financing: 'needs_lender' } }],
  ["haven't found a lender yet", B('financing'), { slots: { financing: 'needs_lender' } }],
  ['no tenemos prestamista todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ["we haven't found a house yet, our lender is great", B('size'), { slots: { financing: null } }],
]);

const THREE = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'retirement',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

suite('an answer left to someone else is a hedge (a seller with three answers stays cold)', [
  [
    'pues lo que valga, vos decime',
    SES('priceExpectation', { ...THREE, lang: 'es' }),
    { temperature: 'cold' },
  ],
  [
    'mi señora es la que sabe de eso',
    SES('priceExpectation', { ...THREE, lang: 'es' }),
    { temperature: 'cold' },
  ],
  ['I need to talk to my ex first', S('priceExpectation', THREE), { temperature: 'cold' }],
  ['you tell me, what do you think it is worth', S('priceExpectation', THREE), { temperature: 'cold' }],
  ['we would take 600', S('priceExpectation', THREE), { temperature: 'hot' }],
]);

suite("'talk con' a person", [
  ['can I talk con un agente real?', ES('budget'), { escalation: 'person' }],
  ['can i talk con alguien?', ES('budget'), { escalation: 'person' }],
  ['tengo que talk con mi esposo first', ES('budget'), { escalation: null }],
]);

suite("someone else's lawsuit over the lead's home or the will", [
  [
    'my cousin file a lawsuit over the will, he say the house is his',
    S('priceExpectation', { slots: { address: '8231 Haven Ave', motivation: 'inherited' } }),
    { escalation: 'legal' },
  ],
  ['mi hermano nos demandó por la casa', SES('priceExpectation'), { escalation: 'legal' }],
  ['my neighbor got sued over his house', S('priceExpectation'), { escalation: null }],
]);

suite('a lender asked for needs one', [
  ['can you point me to a good mortgage guy?', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['who do you guys use for loans?', B('budget'), { slots: { financing: 'needs_lender' } }],
  ['¿me pasas el contacto de algún prestamista?', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['recomiéndame un buen loan officer porfa', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['¿con qué banco trabajan ustedes?', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['who do you use?', B('size'), { slots: { financing: null } }],
]);

suite('a zip code, an income brought in, a million thanks: no amount', [
  ['Fontana, pero el zip 92336', ES('areas'), { slots: { budget: null } }],
  ['zip code is 91739', B('areas'), { slots: { budget: null } }],
  ['between the two of us we bring in about 180k', B('budget'), { slots: { budget: null } }],
  ['un millón de gracias! andamos en 450', ES('budget'), { slots: { 'budget.max': 450000 } }],
  ['thanks a million, 450 max', B('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('a price called too much, then allowed, is the budget', [
  ['725 is pricey for us but doable', B('budget'), { slots: { 'budget.max': 725000 } }],
  ['725 se me hace caro, pero bueno, sí podemos', ES('budget'), { slots: { 'budget.max': 725000 } }],
  [
    'my husband says 725 is too steep but i think we can do it',
    B('budget'),
    { slots: { 'budget.max': 725000 } },
  ],
  ['725 is too steep, 650 max', B('budget'), { slots: { 'budget.max': 650000 } }],
]);

suite('rooms, a price and the home of the owner, after the review of the mechanisms', [
  ['4 recámaras ideal, pero con 3 nos la arreglamos', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['esta nomás tiene dos recámaras y ocupamos tres', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['lookin 4 sumn w a big yard 4 the dogs', B('size'), { slots: { size: null } }],
  [
    'the lady next to my mom got 610, my mom hasnt said a number yet',
    S('priceExpectation'),
    { slots: { priceExpectation: null } },
  ],
  ['is there una persona real I can talk to?', B('budget'), { escalation: 'person' }],
  ['voy a hablar con alguien del banco primero', ES('financing'), { escalation: null }],
  ['mi tía nos puso una demanda por la casa', SES('priceExpectation'), { escalation: 'legal' }],
  ['a lo mejor nos damos una vuelta el domingo pa verla', ES('budget'), { slots: { urgency: null } }],
]);

// After the held-out measurement: mechanisms taken from the spent conversations-s53.
suite('the agent asked for by name, in more ways', [
  ["is Jorge around? I'd like to talk to him", B('areas'), { escalation: 'person' }],
  ["I'd rather hop on the phone with Jorge", B('areas'), { escalation: 'person' }],
  ['is there a way to reach Jorge himself?', B('areas'), { escalation: 'person' }],
  ['¿Y no podría mejor hablar directo con Jorge?', ES('areas'), { escalation: 'person' }],
  ['¿Y si mejor Jorge me habla por teléfono hoy?', ES('areas'), { escalation: 'person' }],
  ['Jorge will reach out tomorrow, he said', B('areas'), { escalation: null }],
  ['is jorge the listing agent?', B('areas'), { escalation: null }],
]);

suite('a judgment, payments that no longer fit, a sale before the purchase', [
  [
    'a credit card company got a judgment against me last year, can they take money from the sale?',
    S('priceExpectation'),
    { escalation: 'legal' },
  ],
  [
    'los pagos de la casa ya no me alcanzan desde que cerraron la fábrica',
    SES('motivation'),
    { slots: { motivation: 'financial' } },
  ],
  [
    'queremos comprar algo más grande but first we gotta put ours on the market',
    undefined,
    { kind: 'seller' },
  ],
  ['I typed 500 but meant 550', B('budget'), { slots: { 'budget.max': 550000 } }],
]);

suite('an approval that came through or was sent over', [
  [
    'our loan officer at Chase already sent over the approval letter',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  [
    'the preapproval came through from the credit union',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ["my boss's approval for the transfer came through", B('financing'), { slots: { financing: null } }],
]);

suite('places ranked by a kind of household; care promised for referrals', [
  ['which neighborhood has más niños? we have 3 little ones', B('areas'), { alertTopic: 'fair_housing' }],
  ['qué zona tiene menos familias?', ES('areas'), { alertTopic: 'fair_housing' }],
  ['which area has more parks?', B('areas'), { alertTopic: null }],
  [
    "I'm a loan officer, send your buyers my way and I'll take care of you at every closing",
    B('areas'),
    { alertTopic: 'kickback' },
  ],
  ['my lender will take care of everything at closing', B('areas'), { alertTopic: null }],
]);
