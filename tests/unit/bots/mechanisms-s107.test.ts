import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 75's reading mechanisms (docs/BOTS.md section 78), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

suite('a hundred said as a certainty ("not 100% sure", "no estoy 100", "al cien") is no figure', [
  ['not 100% sure but 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ["i'm 100% sure we need 4", B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['4, 100%', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['no estoy al cien pero 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['we need 100% financing, 3 beds', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['no estoy 100 pero como 450', ES('budget'), { slots: { 'budget.max': 450000 } }],
  ['100 percent under 500', B('budget'), { slots: { 'budget.max': 500000 } }],
  // (a hundred with its unit is a figure all the same)
  ['not 100k, more like 450', B('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('an address said to be where the lead works is not the home', [
  [
    'my office is at 1200 Main St, the house is on Oak Glen Rd',
    S('address', { slots: {} }),
    { slots: { address: null } },
  ],
  [
    '1200 Main St is where I work, the house is 455 Elm St',
    S('address', { slots: {} }),
    { contains: { address: '455 elm' } },
  ],
  [
    'the house is 455 Elm St, I work at 1200 Main St',
    S('address', { slots: {} }),
    { contains: { address: '455 elm' } },
  ],
  [
    'trabajo en 300 E Foothill Blvd pero la casa es 455 Elm St',
    SES('address', { slots: {} }),
    { contains: { address: '455 elm' } },
  ],
  ['mi trabajo queda en 300 E Foothill Blvd', SES('address', { slots: {} }), { slots: { address: null } }],
  // (work said of the home itself, or after a comma, leaves the address the home's)
  ['455 Elm St, it needs some work', S('address', { slots: {} }), { contains: { address: '455 elm' } }],
  [
    '455 Elm St, my office is in the garage',
    S('address', { slots: {} }),
    { contains: { address: '455 elm' } },
  ],
]);

// Wednesday 11:45am, Thursday 7:15pm, Saturday 9:30am.
const WEEK = ['Wed Mar 11, 11:45am', 'Thu Mar 12, 7:15pm', 'Sat Mar 14, 9:30am'];
// Monday 8:40am, Tuesday 12:20pm, Tuesday 5:45pm.
const TWO_TUESDAYS = ['Mon Mar 16, 8:40am', 'Tue Mar 17, 12:20pm', 'Tue Mar 17, 5:45pm'];

suite('a count of things while a slot is picked ("2 kids", "3 dogs") is no slot number', [
  ['we have 2 kids so evenings are hard, let me check', picking(WEEK), { booked: null }],
  ['tengo 3 hijos y no sé todavía', picking(WEEK, 'es'), { booked: null }],
  ['2 pls', picking(WEEK), { booked: 1 }],
  ['the 3rd one, we have 2 dogs lol', picking(WEEK), { booked: 2 }],
]);

suite('a choice left open ("no sé si en la mañana o en la tarde", "not sure if ...") picks nothing', [
  ['tuesday but not sure if morning or afternoon, let me check', picking(TWO_TUESDAYS), { booked: null }],
  ['el martes, no sé si en la mañana o en la tarde', picking(TWO_TUESDAYS, 'es'), { booked: null }],
  ['not sure if monday or tuesday, the tuesday evening one i guess', picking(TWO_TUESDAYS), { booked: 2 }],
  ['tuesday evening, not sure if i can make it earlier', picking(TWO_TUESDAYS), { booked: 2 }],
  ['idk which, tuesday afternoon?', picking(TWO_TUESDAYS), { booked: 1 }],
]);

// Friday 12:30pm, Monday 6:15pm, Thursday 8:45am.
const THREE_DAYS = ['Fri Mar 13, 12:30pm', 'Mon Mar 16, 6:15pm', 'Thu Mar 19, 8:45am'];

suite(
  'a stop that turns down a day of the call ("stop, i can\'t do friday") corrects the pick; our messages named, it stops',
  [
    ["stop, i can't do friday. the monday one works", picking(THREE_DAYS), { optOut: false, booked: 1 }],
    ['para, no puedo el viernes, mejor el lunes', picking(THREE_DAYS, 'es'), { optOut: false, booked: 1 }],
    ['stop, not the friday one, monday', picking(THREE_DAYS), { optOut: false, booked: 1 }],
    ["stop texting me, i can't do friday", picking(THREE_DAYS), { optOut: true }],
    ['stop, no more texts on friday', picking(THREE_DAYS), { optOut: true }],
    ['STOP. i dont want calls friday or any day', picking(THREE_DAYS), { optOut: true }],
  ],
);

suite(
  "a seller's reason: a new post elsewhere, months unpaid, a job retired from; a reason put off is none",
  [
    [
      'just took a permanent position in Portland so we need to sell',
      S('motivation'),
      { slots: { motivation: 'relocation' } },
    ],
    ['my company wants to send me to Denver', S('motivation'), { slots: { motivation: 'relocation' } }],
    ['mi trabajo me quiere mandar a Austin', SES('motivation'), { slots: { motivation: 'relocation' } }],
    ['ya llevamos 4 meses sin pagar la hipoteca', SES('motivation'), { slots: { motivation: 'financial' } }],
    ['se nos atrasaron 3 pagos de la hipoteca', SES('motivation'), { slots: { motivation: 'financial' } }],
    [
      'me voy a retirar del distrito escolar, nos vamos a Ensenada',
      SES('motivation'),
      { slots: { motivation: 'retirement', relocationDestination: 'Ensenada' } },
    ],
    [
      'nos vamos a mudar a Texas',
      SES('motivation'),
      { slots: { motivation: 'relocation', relocationDestination: 'Texas' } },
    ],
    ['long story, ill explain when we talk', S('motivation'), { slots: { motivation: null } }],
    ['luego te explico, es larga historia', SES('motivation'), { slots: { motivation: null } }],
    [
      'long story but basically we are getting divorced',
      S('motivation'),
      { slots: { motivation: 'divorce' } },
    ],
  ],
);

suite('our number kept for later ("i\'ll save your number", "guardo su número") is no stop', [
  ["gracias, i'll save your number", B('budget'), { optOut: false }],
  ['ok ill keep your number for when we are ready', B('budget'), { optOut: false }],
  ['guardo su número, gracias', ES('budget'), { optOut: false }],
  ['stop texting me, i saved your number already', B('budget'), { optOut: true }],
  ['please delete my number', B('budget'), { optOut: true }],
]);

suite('cash said to be short ("cash is kinda tight") is no way of paying', [
  ['cash is kinda tight after the wedding lol', B('financing'), { slots: { financing: null } }],
  ['cash has been pretty short lately', B('financing'), { slots: { financing: null } }],
  ['cash, all of it', B('financing'), { slots: { financing: 'cash' } }],
]);

const FOUND_THREE = { slots: { budget: { max: 700000 }, financing: 'cash', size: { bedrooms: 2 } } };
suite('a same-day time past a filler or two ("so pretty much now") is the move now', [
  [
    'we are staying with family til we find something, so pretty much now',
    B('leadTimeline', FOUND_THREE),
    { slots: { urgency: 'immediate' } },
  ],
  ['basically now', B('leadTimeline', FOUND_THREE), { slots: { urgency: 'immediate' } }],
  ['pues ahorita', ES('leadTimeline', FOUND_THREE), { slots: { urgency: 'immediate' } }],
  ['honestly now im at work', B('leadTimeline', FOUND_THREE), { slots: { urgency: null } }],
]);

const FENCED = { listing: { id: 'L-f', price: 689000, features: ['pool', 'fenced backyard'] } };
suite(
  'a fence asked of the yard is a feature the listing answers; safe for a pet is no Fair Housing question',
  [
    ['fenced?', B('budget', FENCED), { answer: 'listing' }],
    ['does it have a fence?', B('budget', FENCED), { answer: 'listing' }],
    ['is the backyard safe for a dog?', B('budget', FENCED), { alertTopic: null }],
    ['is the area safe for kids?', B('budget', FENCED), { alertTopic: 'fair_housing' }],
    ['¿es buena zona para una pareja joven con bebé?', ES('budget', FENCED), { alertTopic: 'fair_housing' }],
  ],
);

suite('a freeway named by its number ("from the 10", "de la 210") is no figure', [
  ['¿queda lejos de la 210?', ES('budget'), { slots: { budget: null } }],
  ['hasta 600, off the 210 ideally', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['como 450, cerca de la 10 de preferencia', ES('budget'), { slots: { 'budget.max': 450000 } }],
  ['we can go up to the 550 range', B('budget'), { slots: { 'budget.max': 550000 } }],
]);

suite('the count of the home the lead has now ("the depa we have now is 2 bed") is not the count wanted', [
  ['the depa we have now is 2 bed, we need more space', B('size'), { slots: { size: null } }],
  ["the apartment we're in now is 2 bed, we need 3", B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['my place is a 2 bed, we need more room', B('size'), { slots: { size: null } }],
  ['la casa que rentamos tiene 2 recámaras, necesitamos 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['3 bedrooms', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite(
  'a short answer before a question asked in other words is read ("not yet, we were gonna ask if ...?")',
  [
    [
      'not yet, we were gonna ask if you guys know someone decent? my coworker got burned by some online lender',
      B('financing'),
      { slots: { financing: 'needs_lender' } },
    ],
    [
      'todavía no, queríamos saber si conocen a alguien bueno? gracias',
      ES('financing'),
      { slots: { financing: 'needs_lender' } },
    ],
    [
      'we looked at it last week, we were wondering if its still available?',
      B('financing'),
      { slots: { financing: null } },
    ],
  ],
);

suite(
  '"una casita" bought is the home said small, not a guest unit; "re" stresses; a base named March is no month',
  [
    ['yo quiero comprar una casita chiquita para mí y mi señora', B('size'), { slots: { mustHaves: null } }],
    ['3 recámaras y con casita atrás para mi suegra', ES('size'), { slots: { mustHaves: ['guest_unit'] } }],
    [
      'queremos vender, los chicos ya se fueron y nos queda re grande',
      SES('motivation'),
      { slots: { motivation: 'downsizing' } },
    ],
    [
      'mi esposo está en la base de March y queremos comprar',
      ES('leadTimeline'),
      { slots: { urgency: null } },
    ],
    ["he's stationed at March ARB", B('leadTimeline'), { slots: { urgency: null } }],
    ['we want to move in march', B('leadTimeline'), { slots: { urgency: 'immediate' } }],
  ],
);

suite('after the s108 measure: spellings of a stop, stops of other things, a correction owned with a laugh', [
  ['ya no me evien nada x fabor', ES('areas'), { optOut: true }],
  ['stop x fa, ya compramos', ES('areas'), { optOut: true }],
  [
    'quit it with the canned questions, is this automated or not?',
    B('budget'),
    { optOut: false, disclosure: true },
  ],
  ['stop it with the texts', B('budget'), { optOut: true }],
  ['quit it', B('budget'), { optOut: true }],
  [
    'no, no queremos vender, ya no nos interesa vender. queremos comprar una casa',
    ES('intent'),
    { optOut: false },
  ],
  ['no me interesa vender. gracias. no me escriban', ES('intent'), { optOut: true }],
  [
    'mi hija me dijo que ya no le mande mensajes jaja. bueno, queremos por Chino Hills',
    ES('areas'),
    { optOut: false },
  ],
  [
    '570k... no para para, 750k jaja fat fingers',
    ES('budget'),
    { optOut: false, slots: { 'budget.max': 750000 } },
  ],
  ['no para para, ya no me escriban jaja', ES('budget'), { optOut: true }],
  ['570k... no para, 750k', ES('budget'), { optOut: false, slots: { 'budget.max': 750000 } }],
  ['no para', ES('budget'), { optOut: true }],
]);

suite('after the s108 measure: pay in cash is no way of buying, the terms asked apart are no approval', [
  [
    'a mí me pagan en cash en la construcción, todavía no hemos ido a ningún banco',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['i get paid in cash, does that work for a loan?', B('financing'), { slots: { financing: null } }],
  ["we'll pay cash", B('financing'), { slots: { financing: 'cash' } }],
  [
    'whats the difference between prequalified and preapproved tho?',
    B('financing'),
    { slots: { financing: null } },
  ],
  ['honestly, me está contestando un AI?', ES('budget'), { disclosure: true }],
  ['¿es zona tranquila? que no haya mucho cholo', ES('areas'), { alertTopic: 'fair_housing' }],
  ['estamos behind como 3 meses en los pagos', SES('motivation'), { slots: { motivation: 'financial' } }],
]);

suite(
  'after the s108 measure: ages with their articles, a bathroom by its ordinal, two take-back words together',
  [
    [
      'is it a good neighborhood for kids? we have a 6 and a 9 year old',
      B('size'),
      { slots: { size: null } },
    ],
    ['tenemos un niño de 6 y una de 9', ES('size'), { slots: { size: null } }],
    ['3 beds, we have a 6 and a 9 year old', B('size'), { slots: { 'size.bedrooms': 3 } }],
    [
      '4 is perfect pero the 3rd bath is a must',
      B('size'),
      { slots: { 'size.bedrooms': 4, 'size.bathrooms': 3 } },
    ],
    ['4 recámaras y un tercer baño', ES('size'), { slots: { 'size.bedrooms': 4, 'size.bathrooms': 3 } }],
    ['3 bed 2 bath', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } }],
    ['3 bedrooms min. wait actually 4', B('size'), { slots: { 'size.bedrooms': 4 } }],
    ['3 recámaras, espera mejor 4', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ],
);

suite('after the s108 measure: an income said after "and" past a rent is the lead\'s income, no budget', [
  [
    "rent's 2,650 rn and we make like 140k between the two of us, so whatever that gets us?",
    B('budget'),
    { slots: { budget: null } },
  ],
  [
    'pagamos 2,000 de renta y ganamos 90 mil al año, hasta 450',
    ES('budget'),
    { slots: { 'budget.max': 450000 } },
  ],
  [
    '35 mil para la inicial y la casa no puede pasar de 510 mil',
    ES('budget'),
    { slots: { 'budget.max': 510000 } },
  ],
]);
