import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 35's mechanisms (docs/BOTS.md section 39), with near neighbours written for this file (not the phrasings of
 * the sets they came from) and the hard negatives beside them.
 */
suite('a limit said after a first amount decides the budget', [
  // a higher limit closes the range the first amount opens, said as a limit or under a condition
  ['more or less 500, máximo 550', ES('budget'), { slots: { 'budget.max': 550000 } }],
  ['like 420, 445 if the yard is big', B('budget'), { slots: { 'budget.max': 445000 } }],
  ['unos 480, y si es la buena nos vamos a 500', ES('budget'), { slots: { 'budget.max': 500000 } }],
  ['we said 700, 720 as long as it has the pool', B('budget'), { slots: { 'budget.max': 720000 } }],
  // ...and stretches a range said before it
  ['entre 380 y 420, máximo 440 si tiene cochera', ES('budget'), { slots: { 'budget.max': 440000 } }],
  ['300 to 350, approved up to 400', B('budget'), { slots: { 'budget.max': 350000 } }],
  // a lower limit said after it is the lead's own
  ['we were looking at 650 but honestly no more than 600', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['pensábamos 500, pero el tope es 470', ES('budget'), { slots: { 'budget.max': 470000 } }],
  // what a lender approved is not the lead's own limit
  ['we want to spend around 550, approved up to 650', B('budget'), { slots: { 'budget.max': 550000 } }],
  // a condition on a lower amount is not a stretch
  ['600, or 560 if it needs a roof', B('budget'), { slots: { 'budget.max': 600000 } }],
]);

suite('an amount called too much before the lead says its own', [
  ['525 is a lot for us, 490 would be better', B('budget'), { slots: { 'budget.max': 490000 } }],
  ['that 680 is a little over, we can do 640', B('budget'), { slots: { 'budget.max': 640000 } }],
  ['650 is a lot but we can do it', B('budget'), { slots: { 'budget.max': 650000 } }],
]);

suite('an amount taken back with hold on or hang on', [
  ['budget 600, hold on, 580', B('budget'), { slots: { 'budget.max': 580000 } }],
  [
    'hang on let me check with my wife',
    B('budget', { slots: { budget: { max: 600000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
]);

suite('a bedroom count the lead says its need changed to', [
  [
    'oh and we need 5 bedrooms after all, my in-laws are moving in',
    B('urgency', { slots: { size: { bedrooms: 4 } } }),
    { slots: { 'size.bedrooms': 5 } },
  ],
  [
    'al final sí necesitamos 4 recámaras, viene el bebé',
    ES('financing', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
  // the home the lead has now is not its need
  [
    'update: our house has 2 bedrooms and we are moving in 3 months',
    B('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
]);

suite('a list of places that opens the message says where the lead looks now', [
  [
    'Chino or Ontario, close to the freeway',
    B('urgency', { slots: { areas: ['Pomona'] } }),
    { slots: { areas: ['Chino', 'Ontario'] } },
  ],
  [
    'Rialto o Colton, donde haya algo barato',
    ES('financing', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Rialto', 'Colton'] } },
  ],
  // a question about places is not a new list
  [
    'Rialto or Colton, are those safe?',
    B('urgency', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland'] } },
  ],
  // a list that keeps the known place adds to it
  [
    'Upland or Claremont, near the college',
    B('urgency', { slots: { areas: ['Upland'] } }),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
]);

const HAVEN = { slots: { address: '8231 Haven Ave' } };

suite('a sale said with its reason, unasked', [
  [
    'we want to sell because the new freeway ramp goes right behind our fence',
    { kind: 'lead' },
    { slots: { motivation: 'other' } },
  ],
  [
    'queremos vender ya que los vecinos nuevos hacen fiestas cada fin de semana',
    { kind: 'lead', lang: 'es' },
    { slots: { motivation: 'other' } },
  ],
  // a named class wins over "other"
  [
    'selling because my job is moving us to Denver in June',
    { kind: 'lead' },
    { slots: { motivation: 'relocation' } },
  ],
  // no reason given
  [
    'not selling because of anything in particular, just curious',
    { kind: 'lead' },
    { slots: { motivation: null } },
  ],
]);

suite("a spouse's death is the reason only when nothing else is", [
  [
    'my wife passed in the spring and this place is too big for one old man',
    S('motivation', HAVEN),
    { slots: { motivation: 'downsizing' } },
  ],
  ['mi esposo falleció hace dos años', SES('motivation', HAVEN), { slots: { motivation: 'inherited' } }],
  [
    'my husband passed and left the house to me, I am moving near my son',
    S('motivation', HAVEN),
    { slots: { motivation: 'inherited' } },
  ],
]);

const PRICING = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

suite("among several amounts, the seller's own wish is the price", [
  [
    'probably worth 700 but with the old roof we would take 660',
    S('priceExpectation', PRICING),
    { slots: { priceExpectation: 660000 } },
  ],
  [
    "the house across the street sold for 580, I'd take 560",
    S('priceExpectation', PRICING),
    { slots: { priceExpectation: 560000 } },
  ],
  [
    'Redfin dice 640, yo diría unos 620 mil',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: 620000 } },
  ],
  [
    'queremos 650 mil... no, espéreme, 670',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: 670000 } },
  ],
  // a wish in the first clause stands
  [
    "we'd take 600, though the neighbor maybe got 640",
    S('priceExpectation', PRICING),
    { slots: { priceExpectation: 600000 } },
  ],
]);

const BOOKING = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
  scheduling: 'slot',
  calendar: ['Wed Mar 11, 9:00am', 'Fri Mar 13, 2:30pm', 'Mon Mar 16, 5:30pm'],
};

suite("the lead's own day beside a pick is not another pick", [
  ["the afternoon one, I'm at the shop till 1", S('priceExpectation', BOOKING), { booked: 1 }],
  ['the first one, after I drop the kids off', S('priceExpectation', BOOKING), { booked: 0 }],
  ['la de la tarde del lunes, cuando salga del trabajo', SES('priceExpectation', BOOKING), { booked: 2 }],
  ['the evenin one', S('priceExpectation', BOOKING), { booked: 2 }],
  // a time asked for that no offered slot has is still no pick
  ['friday, but at 6pm', S('priceExpectation', BOOKING), { booked: null }],
]);

suite('a person and a machine set against each other in a question', [
  ['yo, u a real person or some kinda computer?', B('size'), { disclosure: true }],
  ['is anyone there or am I just texting a machine?', B('size'), { disclosure: true }],
  ['¿me contesta alguien o es un programa?', ES('size'), { disclosure: true }],
  ['you a bot?', B('size'), { disclosure: true }],
  ['is this one of those automated things?', B('size'), { disclosure: true }],
  // something else that is automatic or manual
  ['is the sprinkler system automatic or does someone set it?', B('size'), { disclosure: false }],
  ['the seller, is he a real person or a company?', B('size'), { disclosure: false }],
]);

const CONDITION = { slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true } };

suite('the condition said by the work done or still to do', [
  [
    'remodelamos la cocina y los baños el año pasado',
    SES('condition', CONDITION),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['spotless, nothing to fix', S('condition', CONDITION), { slots: { condition: 'move_in_ready' } }],
  [
    "it's a big project, the previous owner was a hoarder",
    S('condition', CONDITION),
    { slots: { condition: 'needs_work' } },
  ],
  ['tiene como 30 años sin remodelar', SES('condition', CONDITION), { slots: { condition: 'needs_work' } }],
  // a small flaw conceded before the verdict
  [
    'lista para vivirse, nomás la alfombra está algo anticuada',
    SES('condition', CONDITION),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

suite('a lead on the seller side who says it buys, not sells', [
  [
    'No vendo nada, lo que queremos es comprar por acá',
    { kind: 'seller', asking: 'address', lang: 'es' },
    { kind: 'buyer' },
  ],
  ['queremos comprar, no vender', { kind: 'seller', asking: 'address', lang: 'es' }, { kind: 'buyer' }],
  [
    'no vendo hasta que los niños terminen la escuela',
    { kind: 'seller', asking: 'address', lang: 'es' },
    { kind: 'seller' },
  ],
]);

suite('opt-outs asked politely or by the infinitive, and near misses', [
  ['I would appreciate it if you would not message me again', B('size'), { optOut: true }],
  ['les pido de favor no llamarme más', ES('size'), { optOut: true }],
  ['favor de no escribirme después de las 9', ES('size'), { optOut: false }],
  ['stop sending me duplexes, just single family', B('size'), { optOut: false }],
  ['the last agent would not call me back', B('size'), { optOut: false }],
  [
    'no nos interesa vender todavía, nomás queremos saber el valor',
    SES('motivation', HAVEN),
    { optOut: false },
  ],
]);

suite('a stop of something of the lead own is no opt-out', [
  ['I just quit my job, we are moving in 2 months', B('urgency'), { optOut: false }],
  ['please stop my texts', B('urgency'), { optOut: true }],
  ['pls stop this', B('urgency'), { optOut: true }],
]);

suite('a sale said first, before the purchase, routes to the seller', [
  [
    'ya tenemos la carta, pero primero tenemos que vender la casa de Fontana',
    ES('financing', { slots: { budget: { max: 500000 } } }),
    { kind: 'seller' },
  ],
  ['we are first time buyers, never sold a home', B('financing'), { kind: 'buyer' }],
]);

suite('the agent asked to call with when, without "me"', [
  ['could Jorge call tomorrow after 6?', B('size'), { escalation: 'person' }],
  ['can someone call this afternoon', B('size'), { escalation: 'person' }],
  ['can jorge call the lender tomorrow for us?', B('size'), { escalation: null }],
]);

const CONFIRMING = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'upgrading',
    timelineAccepted: true,
    condition: 'needs_work',
    priceExpectation: 670000,
  },
  scheduling: 'confirm',
};

suite('a call offered for confirmation', [
  ["yessir, that'll work", S('priceExpectation', CONFIRMING), { phase: 'handoff' }],
  ['for sure', S('priceExpectation', CONFIRMING), { phase: 'handoff' }],
  ['yes, thursday works', S('priceExpectation', CONFIRMING), { phase: 'handoff' }],
  // a change is asked again, not confirmed
  ['right, but can we do friday instead', S('priceExpectation', CONFIRMING), { phase: 'scheduling' }],
]);

suite('a date said of the loan is not the move', [
  [
    'not yet, going to call a lender next week',
    B('financing', { slots: { budget: { max: 500000 } } }),
    { slots: { financing: 'needs_lender', urgency: null } },
  ],
  [
    'todavía no, el lunes vamos al banco',
    ES('financing', { slots: { budget: { max: 500000 } } }),
    { slots: { financing: 'needs_lender', urgency: null } },
  ],
  [
    'we talked to the bank and want to move in 2 months',
    B('financing', { slots: { budget: { max: 500000 } } }),
    { slots: { urgency: 'three_months' } },
  ],
]);

// Added after the held-out measurement of sealed-s46 and conversations-s46 (docs/BOTS.md 39.3), in other words.
suite('a person asked for in everyday words', [
  ['is somebody available to chat on the phone?', B('size'), { escalation: 'person' }],
  ['prefiero hablarlo con el agente, gracias', ES('size'), { escalation: 'person' }],
  ['can I get a real person on the line', B('size'), { escalation: 'person' }],
  ['¿podría alguien marcarme mañana?', ES('size'), { escalation: 'person' }],
  ['is anyone available to check the pool this week?', B('size'), { escalation: null }],
  ["I'm not available to talk right now", B('size'), { escalation: null }],
]);

suite("don't reach out", [
  ['please do not reach out anymore', B('size'), { optOut: true }],
  ["we haven't reached out to a lender yet", B('size'), { optOut: false }],
]);

// Added after the held-out measurement of sealed-s47 and conversations-s47 (docs/BOTS.md 39.4), in other words.
suite('what the lead wants below a lender approval up to an amount', [
  ['approved up to 700 but we want to keep it around 640', B('budget'), { slots: { 'budget.max': 640000 } }],
  [
    'el banco nos aprobó hasta 500, y el budget ahora es 480, no 450',
    ES('budget'),
    { slots: { 'budget.max': 480000 } },
  ],
]);

suite('a kickback offered in everyday words', [
  ['si te mando a mi hermano, ¿cuánto me das?', ES('size'), { alertTopic: 'kickback' }],
  [
    "my cousin's a lender, use him and he'll slip you a little something",
    B('size'),
    { alertTopic: 'kickback' },
  ],
  ['if we use your lender can we close faster?', B('size'), { alertTopic: null }],
]);

const CALLING = {
  slots: {
    budget: { max: 550000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
  },
  scheduling: 'time_of_day',
};

suite('a call asked as a question while one is offered is read whole', [
  ['¿me podría marcar el agente el sábado en la tarde?', ES('areas', CALLING), { phase: 'handoff' }],
  ['can Jorge call me thursday evening?', B('areas', CALLING), { phase: 'handoff' }],
  // a call asked for with a time of day alone is for the next such time (session 36, mechanisms-s48.test.ts)
  ['have Jorge call me after 4', B('areas', CALLING), { phase: 'handoff' }],
  // a time of day alone, not asked as a call, is an answer: the day is asked next (DOMAIN.md 4.4)
  ['evenings, after 6', B('areas', CALLING), { phase: 'scheduling' }],
]);
