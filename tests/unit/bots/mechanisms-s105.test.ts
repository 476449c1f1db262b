import { B, ES, S, picking, suite } from './probe-suite.js';

/**
 * Session 74's reading mechanisms (docs/BOTS.md section 77), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Wednesday 10:00am, Friday 5:30pm, Friday 7:00pm (CORPUS_NOW_MS is Tue 10 Mar 2026).
const EVENINGS = ['Wed Mar 11, 10:00am', 'Fri Mar 13, 5:30pm', 'Fri Mar 13, 7:00pm'];
// Wednesday 10:00am, Friday 5:30pm, Monday 9:00am: no Friday slot after 6.
const ONE_FRIDAY = ['Wed Mar 11, 10:00am', 'Fri Mar 13, 5:30pm', 'Mon Mar 16, 9:00am'];

suite('an "until" denied is a bound from its hour ("can\'t until 6" is after 6), never the hours before it', [
  ['friday, cant until 6', picking(EVENINGS), { booked: 2 }],
  ['el viernes pero no puedo hasta las 6', picking(EVENINGS, 'es'), { booked: 2 }],
  ['friday but im not free til 6:30', picking(EVENINGS), { booked: 2 }],
  ['viernes, estoy ocupada hasta las 6 de la tarde', picking(EVENINGS, 'es'), { booked: 2 }],
  ["friday, I'm busy until 5", picking(EVENINGS), { booked: null }],
  // (no slot after the bound that day: nothing is booked, not the one before it)
  ['el viernes, pero no puedo hasta las 6', picking(ONE_FRIDAY, 'es'), { booked: null }],
  ["friday works, but i can't until 6", picking(ONE_FRIDAY), { booked: null }],
  // (an "until" not denied is the lead's own day, as before; a denial after a comma denies nothing of it)
  ['trabajo en la mañana hasta las 2, la que sea', picking(EVENINGS, 'es'), { booked: null }],
  ['the 5:30 one, no, until 6 i drive', picking(EVENINGS), { booked: 1 }],
  // (the part of the day said with a bound's hour is its am or pm)
  ['el viernes despues de las 6 de la tarde', picking(EVENINGS, 'es'), { booked: 2 }],
  ['friday after 6 in the evening', picking(EVENINGS), { booked: 2 }],
  ['antes de las 11 de la mañana', picking(EVENINGS, 'es'), { booked: 0 }],
]);

suite(
  'a contact stopped by the way it goes ("por correo", "by email") stops that channel; "mejor por aquí" welcomes this one',
  [
    ['no me contacten por correo que no lo reviso, mejor por aquí', ES('budget'), { optOut: false }],
    ['no me escriban por correo, mejor por aqui', ES('areas'), { optOut: false }],
    ['no me manden correos, mejor por aquí', ES('size'), { optOut: false }],
    // (with nothing welcomed, or this channel stopped too, it is a stop of everything)
    ['no me contacten por correo', ES('budget'), { optOut: true }],
    ['ya no me contacten por whatsapp ni por aquí', ES('budget'), { optOut: true }],
    ['no me escriban por favor', ES('budget'), { optOut: true }],
    ['no me contacten', ES('budget'), { optOut: true }],
  ],
);

suite(
  'a stop the lead was told to send, or that someone else does not make, is no stop; a stop said again is',
  [
    [
      "my son said just reply STOP and you'd leave me alone, but I actually do want help",
      B('budget'),
      { optOut: false },
    ],
    [
      "my daughter said text STOP and they'll leave you alone lol. anyway 3 bedrooms",
      B('size'),
      { optOut: false },
    ],
    [
      'mi ex no para de mandarme mensajes por lo del divorcio, por eso queremos vender',
      ES('budget'),
      { optOut: false },
    ],
    ['el otro agente no deja de llamarme, ustedes sí me caen bien', ES('budget'), { optOut: false }],
    ['mis hermanos no paran de escribirme sobre la casa de mi mamá', ES('budget'), { optOut: false }],
    // (said of us, or said again by the lead, it stops)
    ['I just said stop', B('budget'), { optOut: true }],
    ['we already said STOP twice', B('budget'), { optOut: true }],
    ['ya paren de mandarme mensajes', ES('budget'), { optOut: true }],
    ['i said stop', B('budget'), { optOut: true }],
  ],
);

suite(
  '"no necesito que me escriban" asks not to be written to; an unsubscribe done elsewhere stops nothing here',
  [
    [
      'ya estoy con otra agente, no necesito que ustedes también me escriban. gracias',
      ES('budget'),
      { optOut: true },
    ],
    ['no necesitamos que nos llamen, gracias', ES('budget'), { optOut: true }],
    ['i want to opt out of thees msgs', B('budget'), { optOut: true }],
    [
      'ya me unsubscribé del email de market updates, pero los texts sí mándenlos',
      ES('budget'),
      { optOut: false },
    ],
    ['ya me unsubscribi de los correos del banco', ES('budget'), { optOut: false }],
    ['unsubscribe me', B('budget'), { optOut: true }],
  ],
);

suite(
  'a stop held to ask first ("stop stop, before I answer that, ...") is a pause; a question about our texts after it is not',
  [
    [
      'stop stop, before I answer that, am I texting a real person or a bot?',
      B('budget'),
      { optOut: false, disclosure: true },
    ],
    ['alto, antes de contestar, ¿esto es un robot?', ES('budget'), { optOut: false, disclosure: true }],
    ['stop, one sec, is the hoa included?', B('budget'), { optOut: false }],
    ['stop, wait, are these texts automated?', B('budget'), { optOut: false, disclosure: true }],
    // (a question about why we write, or a stop after the question, keeps the stop)
    ['stop, before I answer, why do you keep texting me?', B('budget'), { optOut: true }],
    ['stop, wait, is this a bot? stop texting me', B('budget'), { optOut: true }],
    ['stop stop stop', B('budget'), { optOut: true }],
  ],
);

// A buyer who said 3 bedrooms, asked the time frame.
const THREE_BEDS = { slots: { size: { bedrooms: 3 } } };

suite("a range whose top carries another unit ('2 or 3 months') gives no bedroom count, even after 'wait'", [
  [
    "wait my mom says they'd move in 2 or 3 months",
    B('urgency', THREE_BEDS),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'wait, 2 or 3 months',
    B('urgency', THREE_BEDS),
    { slots: { 'size.bedrooms': 3, urgency: 'three_months' } },
  ],
  ['actually 1-2 weeks', B('urgency', THREE_BEDS), { slots: { 'size.bedrooms': 3 } }],
  // (a range of bedrooms, or a count said alone after "wait", still corrects)
  [
    'actually 2 or 3 beds',
    B('urgency', THREE_BEDS),
    { slots: { 'size.bedrooms': 2, 'size.maxBedrooms': 3 } },
  ],
  ['wait, 4', B('urgency', THREE_BEDS), { slots: { 'size.bedrooms': 4 } }],
  ['3 or 4, 2 baths', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } }],
]);

suite('an approval weighed in a question ("is it better to get preapproved first?") is none had', [
  [
    'is it better to get preapproved first or look at houses first?',
    B('areas'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['is it worth getting preapproved?', B('areas'), { slots: { financing: 'needs_lender' } }],
  ['¿es mejor estar preaprobados antes de ver casas?', ES('areas'), { slots: { financing: 'needs_lender' } }],
  // (one had, asked about after it, stays)
  ['we got preapproved, is it better to look now?', B('areas'), { slots: { financing: 'pre_approved' } }],
  ['is it better that we are already preapproved?', B('areas'), { slots: { financing: 'pre_approved' } }],
]);

suite(
  "a place found at fault in Spanish with 'ya' or 'me' before the verb ('Fontana ya está muy caro') is turned down",
  [
    [
      "Menifee me queda muy lejos pa' bregar con inquilinos. Mejor Moreno Valley y Riverside",
      ES('urgency', { slots: { areas: ['Menifee'] } }),
      { slots: { areas: ['Moreno Valley', 'Riverside'] } },
    ],
    [
      'mejor busquemos en Rialto, Fontana ya está muy caro',
      ES('urgency', { slots: { areas: ['Fontana'] } }),
      { slots: { areas: ['Rialto'] } },
    ],
    ['Colton nos queda bien lejos, mejor Redlands', ES('urgency'), { slots: { areas: ['Redlands'] } }],
    // (a fault said of something else keeps the place)
    ['Rialto, la renta ya está muy cara', ES('areas'), { slots: { areas: ['Rialto'] } }],
  ],
);

suite("'he' or 'she' after the lead's spouse was named is the household's move", [
  [
    'me and my husband are selling, he got transferred to the Reno office',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'mi esposa y yo vendemos, a ella la trasladaron a Phoenix',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  // (someone else named last is whom "she" is)
  [
    'my wife says her sister is moving, she got transferred to Reno',
    S('motivation'),
    { slots: { motivation: 'other' } },
  ],
  [
    "my coworker got transferred to Reno, we're just downsizing",
    S('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
]);
