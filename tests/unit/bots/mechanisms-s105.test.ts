import { B, ES, S, picking, suite } from './probe-suite.js';
import type { CorpusCase } from '../../fixtures/corpus/run.js';

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

suite('who pays us is a fee question (commission alert); who pays anything else is not', [
  ['¿ustedes le cobran al buyer o lo paga el seller?', ES('budget'), { alertTopic: 'commission' }],
  ['who pays your commission, me or the seller?', B('budget'), { alertTopic: 'commission' }],
  ['do you charge the seller or the buyer?', B('budget'), { alertTopic: 'commission' }],
  ['who pays closing costs?', B('budget'), { alertTopic: null }],
  ['¿quién paga la inspección?', ES('budget'), { alertTopic: null }],
]);

suite('a Spanish range with its articles ("entre los 450 y los 500 mil") keeps both ends', [
  [
    'andamos entre los cuatrocientos cincuenta y los quinientos mil',
    ES('budget'),
    { slots: { 'budget.min': 450000, 'budget.max': 500000 } },
  ],
  ['entre 450 y los 500 mil', ES('budget'), { slots: { 'budget.min': 450000, 'budget.max': 500000 } }],
  ['entre los 300 y 350 mil', ES('budget'), { slots: { 'budget.min': 300000, 'budget.max': 350000 } }],
]);

suite("the children's ages after a comma ('2 kids, 7 and 11') are no bedroom count", [
  ['we have 2 kids, 7 and 11', B('size'), { slots: { size: null } }],
  ['tenemos dos niños, 6 y 9', ES('size'), { slots: { size: null } }],
  // (a count after the comma, or a range said with more, is the bedrooms)
  ['2 kids, 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['two kids, 3 and 4 would be nice', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['we have 2 kids, 7 and 11, so 3 bedrooms', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a street named with "De" or "Del" keeps it; a Spanish "de la" before an English street does not', [
  ['5836 Del Rosa Ave', S('address', { slots: {} }), { contains: { address: 'del rosa ave' } }],
  ['4410 De Anza Dr', S('address', { slots: {} }), { contains: { address: 'de anza dr' } }],
  ['el 7764 de la Devon St', S('address', { slots: {} }), { slots: { address: '7764 Devon St' } }],
  // (the number taken back, an apology after it)
  [
    '5836 Del Rosa Ave... wait no, es 5863, sorry my bad',
    S('address', { slots: {} }),
    { contains: { address: '5863 del rosa' } },
  ],
  [
    '5836 Anza Dr... wait no, es 5863, perdón jaja',
    S('address', { slots: {} }),
    { contains: { address: '5863 anza' } },
  ],
  ['500k, wait no, 550, sorry my bad', B('budget'), { slots: { 'budget.max': 550000 } }],
]);

suite('a home too big said with a superlative, and no lender talked to yet, however said', [
  [
    'los bichos ya se casaron y la casa nos queda grandísima',
    S('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['la casa ya nos queda grandota', S('motivation'), { slots: { motivation: 'downsizing' } }],
  [
    'tampoco hemos hablado con ningún banco, ¿eso se hace primero?',
    ES('budget'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    "my wife's cousin does loans at a bank in pomona, we havent sat down with her yet",
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  // (a talk had, an approval after it, stays an approval)
  [
    "my brother-in-law is a lender, we talked with him and we're approved for 600",
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite(
  'the first "3/2" of a home is its size, whatever range came before it; a size said with the lead\'s address is that home\'s',
  [
    [
      'Looking to pick up 1-2 rentals this quarter, SFR only, 3/2 minimum',
      B('size'),
      { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } },
    ],
    ['looking to buy 1-2 houses, 4-2 or bigger', B('size'), { slots: { 'size.bedrooms': 4 } }],
    ['1-2 houses', B('budget'), { slots: { size: null } }],
    // (a buyer who will sell first: the size of the home to sell is not the one wanted)
    [
      'tenemos que vender primero. Es la 1817 Grand Ave aquí en Chino Hills, 3 bed 2 bath',
      B('urgency', { slots: { size: { bedrooms: 4 } } }),
      { slots: { 'size.bedrooms': 4, 'size.bathrooms': null } },
    ],
    ["we're at 1817 Grand Ave, need 5 bedrooms", B('size'), { slots: { 'size.bedrooms': 5 } }],
    // (a figure of square feet read as a street is no home of the lead's: the count before it stays)
    ['3 bedrooms, un lote de 8 mil sq ft por lo menos', B('size'), { slots: { 'size.bedrooms': 3 } }],
    ['1817 Grand Ave, 3 bed 2 bath. we want 5 beds', B('size'), { slots: { 'size.bedrooms': 5 } }],
  ],
);

// Wednesday 10:00am, Friday 5:30pm, Monday 8:00am.
const EARLY_MONDAY = ['Wed Mar 11, 10:00am', 'Fri Mar 13, 5:30pm', 'Mon Mar 16, 8:00am'];

suite(
  'how the lead wants to be reached, said after a pick ("just don\'t text me before 9"), is an aside, not a pick',
  [
    ["the 2nd one. just don't text me before 9 on weekdays", picking(EARLY_MONDAY), { booked: 1 }],
    ['the 2nd one, and please dont call me before 9', picking(EARLY_MONDAY), { booked: 1 }],
    ['la segunda. nomás no me llamen antes de las 9', picking(EARLY_MONDAY, 'es'), { booked: 1 }],
    // (said alone, or before the pick, it still bounds the call)
    ["don't call me before 9", picking(EARLY_MONDAY), { booked: null }],
    ['no me llamen antes de las 9', picking(EARLY_MONDAY, 'es'), { booked: null }],
    ['nada más el viernes', picking(EARLY_MONDAY, 'es'), { booked: 1 }],
    ['the monday one', picking(EARLY_MONDAY), { booked: 2 }],
  ],
);

// Friday 9:00am, Friday 2:05pm, Friday 6:30pm.
const FRIDAY = ['Fri Mar 13, 9:00am', 'Fri Mar 13, 2:05pm', 'Fri Mar 13, 6:30pm'];

suite('an hour said alone names a slot in its first quarter ("a las 2" is 2:05), not one further past it', [
  ['el viernes a las 2', picking(FRIDAY, 'es'), { booked: 1 }],
  ['friday at 2', picking(FRIDAY), { booked: 1 }],
  ['friday at 9', picking(FRIDAY), { booked: 0 }],
  // (6:30 is offered back, not booked)
  ['friday at 6', picking(FRIDAY), { booked: null }],
]);

const LEAD: CorpusCase['setup'] = { kind: 'lead', asking: 'intent' };

suite('after the s106 measure: a stop with "porfavor", and four near-misses that are not stops', [
  ['STOP porfavor, ya compramos en Menifee', LEAD, { optOut: true }],
  // ("por favor" read apart narrows nothing; a thumb's "mamden" is "manden")
  ['ya no me mamden mensajes porfavor', LEAD, { optOut: true }],
  ['no me manden mensajes por favor', LEAD, { optOut: true }],
  [
    "I'd rather not get emails, just keep it to this chat. We need to be in within about 2 months",
    LEAD,
    { optOut: false },
  ],
  [
    "my neighbor told your team to stop texting her, but I'm actually thinking of selling",
    LEAD,
    { optOut: false },
  ],
  ['alto, deje le pregunto a mi esposo... ok dice que hasta 520 mil', ES('budget'), { optOut: false }],
  ['not interested in selling, queremos comprar our first home', LEAD, { optOut: false }],
  // (the lead's own "told you", a hold with nothing said after it, nothing wanted instead: stops)
  ['I told you to stop texting me', LEAD, { optOut: true }],
  ['stop, let me ask my wife', LEAD, { optOut: true }],
  ['no me interesa vender, mejor nada', LEAD, { optOut: true }],
  ["I'd rather not get emails or texts", LEAD, { optOut: true }],
]);

// Tuesday (today) 5:50pm, Wednesday 10:35am, Wednesday 6:20pm.
const ONE_MORNING = ['Tue Mar 10, 5:50pm', 'Wed Mar 11, 10:35am', 'Wed Mar 11, 6:20pm'];

suite('a part of the day said to be impossible is turned down, never booked', [
  ["Mornings are impossible for me, I'm on a job site till 4", picking(ONE_MORNING), { booked: null }],
  ['las mañanas son imposibles', picking(ONE_MORNING, 'es'), { booked: null }],
  ['las mañanas no se pueden, el miércoles en la noche', picking(ONE_MORNING, 'es'), { booked: 2 }],
  ['wednesday evening, mornings are impossible', picking(ONE_MORNING), { booked: 2 }],
  // (a morning wanted still books it)
  ['mornings are best for me', picking(ONE_MORNING), { booked: 1 }],
]);
