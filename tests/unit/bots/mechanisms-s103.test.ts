import { B, ES, S, SES, suite } from './probe-suite.js';

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
