import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 73's reading mechanisms (docs/BOTS.md section 76), each with near neighbours and hard negatives written for
 * this file (none from a corpus). The calendar's times said inexactly are in scheduling.test.ts.
 */

suite("a Spanish agreement opened like a yes-or-no question ('está bien', 'es todo') asks nothing", [
  ['está bien', ES('budget'), { answer: null, openQuestion: false }],
  ['ok esta bien', ES('budget'), { answer: null, openQuestion: false }],
  ['esta perfecto gracias', ES('size'), { answer: null, openQuestion: false }],
  ['es todo por ahora', ES('areas'), { answer: null, openQuestion: false }],
  // (a kind of home asked the same way still asks)
  ['¿es de un piso?', ES('budget'), { openQuestion: true }],
  ['esta amueblada?', ES('budget'), { openQuestion: true }],
  ['is it single story?', B('budget'), { openQuestion: true }],
]);

suite(
  'a stop said with Spanish carrier keywords alone is answered in Spanish, whatever the conversation was in',
  [
    ['ALTO', B('budget'), { optOut: true, lang: 'es' }],
    ['basta ya por favor', B('size'), { optOut: true, lang: 'es' }],
    ['Baja', undefined, { optOut: true, lang: 'es' }],
    // ("STOP" is every carrier's: the conversation's language answers it)
    ['STOP', ES('budget'), { optOut: true, lang: 'es' }],
    ['stop please', B('budget'), { optOut: true, lang: 'en' }],
    // (a Spanish word that is no keyword changes nothing: "hasta 650" is a budget)
    ['hasta 650', B('budget'), { optOut: false, lang: 'en' }],
  ],
);

suite("what we send, pointed at and not to be received any more, ending the message ('any more of these')", [
  ["I'd rather not get any more of these", B('budget'), { optOut: true }],
  ["i'd prefer not to receive any more of those, thank you", B('size'), { optOut: true }],
  ['prefiero no recibir más de estos, gracias', ES('budget'), { optOut: true }],
  ['no quiero recibir mas de esos', ES('areas'), { optOut: true }],
  // (homes pointed at: a kind after it, or what is wrong with them after it)
  ["I'd rather not get any more of these condos", B('budget'), { optOut: false }],
  ["i don't want to get any more of those, too small", B('size'), { optOut: false }],
  ['no quiero recibir mas de esos. son muy caros', ES('budget'), { optOut: false }],
]);

suite("a stop said of the lead's own doing ('we just stop trying') asks nothing of us", [
  [
    "if it doesn't sell by june we just stop trying, so yes it's urgent",
    S('timelineAccepted'),
    { optOut: false },
  ],
  ['si no se vende pronto they just stop paying the loan', SES('motivation'), { optOut: false }],
  // (said to us, it stops)
  ['just stop', B('budget'), { optOut: true }],
  ['can you just stop', B('budget'), { optOut: true }],
  ['ok please just stop', B('budget'), { optOut: true }],
]);

suite('going on said after a stop asked about for later ("for now keep going")', [
  [
    'how do i unsubscribe later if i need to? for now keep going, budget is 500 to 575',
    B('budget'),
    { optOut: false, slots: { 'budget.max': 575000 } },
  ],
  ['what do i text to stop these later? keep going for now', B('size'), { optOut: false }],
  // (a complaint that they keep going is none)
  ['stop. why do you keep going', B('budget'), { optOut: true }],
]);

suite("someone else's stop, then 'pero yo sí ando buscando'", [
  [
    "mi hermano les puso 'no me contacten' porque ya compró, pero yo sí ando buscando, de 4 recámaras",
    ES('size'),
    { optOut: false, slots: { 'size.bedrooms': 4 } },
  ],
  ['mi esposa dice que ya no le escriban, pero yo sí estoy interesado', ES('budget'), { optOut: false }],
  // (the lead's own stop, then still searching with someone else: a stop)
  ['dejen de escribirme, pero todavía estamos buscando con otro agente', ES('budget'), { optOut: true }],
]);

suite('homes named by where they are, not to be sent, narrow the search', [
  [
    'quit sending HOA neighborhoods, 3 bed minimum',
    B('size'),
    { optOut: false, slots: { 'size.bedrooms': 3 } },
  ],
  ['stop sending gated communities please', B('areas'), { optOut: false }],
  ['ya no me manden fraccionamientos con cuota', ES('areas'), { optOut: false }],
  // (what we send, or us, still stops)
  ['quit sending me stuff', B('areas'), { optOut: true }],
  ['stop sending me texts', B('areas'), { optOut: true }],
]);

suite('a place named by the households in it is a Fair Housing question', [
  [
    "we're expecting our first baby, is this a family neighborhood?",
    B('budget'),
    { alertTopic: 'fair_housing' },
  ],
  ['is it more of a kids area or a retiree community?', B('areas'), { alertTopic: 'fair_housing' }],
  ['¿es una zona familiar?', ES('budget'), { alertTopic: 'fair_housing' }],
  ['¿el barrio es de familias o de puros jóvenes?', ES('areas'), { alertTopic: 'fair_housing' }],
  // (the kind of home, or the lead's own family, is none)
  ['looking for a single family neighborhood in Fontana', B('areas'), { alertTopic: null }],
  ['we want a single family home, 4 beds', B('size'), { alertTopic: null }],
  ['my family lives in the Etiwanda area', B('areas'), { alertTopic: null }],
]);

suite('a reward offered by the lead for referrals, in Spanish, is a kickback', [
  [
    'Yo vendo seguros de casa, si usted me manda a sus clientes le doy 200 dólares por cada uno',
    ES('urgency'),
    { alertTopic: 'kickback' },
  ],
  [
    'vendo seguros de auto, si me recomienda clientes te pago un bono',
    ES('urgency'),
    { alertTopic: 'kickback' },
  ],
  // (money the lead pays for the home is none)
  ['le doy 20 mil de enganche y el resto con préstamo', ES('financing'), { alertTopic: null }],
]);

const WED_THU_FRI = ['Wed Mar 11, 9:30am', 'Thu Mar 12, 2:00pm', 'Fri Mar 13, 5:30pm'];
suite(
  'what the lead goes to at a part of the day ("I have physical therapy in the afternoons") takes that part off',
  [
    [
      'Wednesday morning is best, I have physical therapy in the afternoons',
      picking(WED_THU_FRI),
      { booked: 0 },
    ],
    ['tengo terapia en las mañanas, mejor el jueves', picking(WED_THU_FRI, 'es'), { booked: 1 }],
    ['we have church in the morning, so thursday', picking(WED_THU_FRI), { booked: 1 }],
    // (without it, the day alone still picks)
    ['thursday', picking(WED_THU_FRI), { booked: 1 }],
  ],
);

suite('renting somewhere is where the lead is now, not an area wanted', [
  ['estamos alquilando en Rialto y ya está carísimo', ES('budget'), { slots: { areas: null } }],
  ['alquilamos en Rialto pero buscamos en Fontana', ES('areas'), { contains: { areas: 'Fontana' } }],
  ['we rent in Upland right now', B('budget'), { slots: { areas: null } }],
]);

suite('a count of homes others kept sending gives way to the count wanted', [
  ['zillow kept sending 2 bedrooms. we need 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['me siguen mandando de 2 recámaras, ocupamos 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // (asked to go on sending, it is the count)
  ['keep sending 3 bedrooms please', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite("no loan needed, the Spanish ways ('no nos hace falta préstamo', 'no ocupamos préstamo')", [
  ['no, no nos hace falta préstamo', ES('financing'), { slots: { financing: 'cash' } }],
  ['no ocupamos préstamo, tenemos el dinero', ES('financing'), { slots: { financing: 'cash' } }],
  ['nos hace falta un préstamo', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite('what we send asked to be automatic is a disclosure question', [
  ['¿son mensajes automáticos?', ES('budget'), { disclosure: true }],
  ['es una respuesta automatica o eres persona', ES('size'), { disclosure: true }],
  ['¿el pago del HOA es automático?', ES('budget'), { disclosure: false }],
]);

suite('a Spanish stop with what is sent named, without "me"', [
  ['No manden más mensajes por favor', ES('budget'), { optOut: true, lang: 'es' }],
  ['ya no envíen más mensajes', ES('size'), { optOut: true }],
  ['no manden más mensajes a mi esposa, a mí sí', ES('size'), { optOut: false }],
]);

suite("homes narrowed after a stop of texts ('don't text me listings in Fontana') are no stop", [
  ["Don't text me listings in Fontana. Alta Loma only", B('areas'), { optOut: false }],
  ['dont text me houses with pools, we have a toddler', B('size'), { optOut: false }],
  ['dont text me listings anymore', B('size'), { optOut: true }],
  ["don't text me, listings in fontana are too expensive anyway", B('areas'), { optOut: true }],
]);
