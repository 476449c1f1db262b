import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 70's reading mechanisms (docs/BOTS.md section 73), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const LISTING = {
  id: 'L-m95',
  address: '77 Test Ln, Upland, CA 91786',
  price: 689000,
  beds: 3,
  baths: 2,
  area: 'Upland',
  features: [
    '1950s ranch, about 1,620 sq ft',
    'lot about 8,200 sq ft with a lemon tree',
    'refinished oak floors',
  ],
};
const onListing = { ...B('budget'), intent: 'buy' as const, listing: LISTING };
const onListingEs = { ...onListing, lang: 'es' as const };
const ADDRESS = { intent: 'sell' as const, kind: 'seller' as const, asking: 'address' as const, slots: {} };
const CALENDAR = {
  kind: 'buyer' as const,
  slots: {
    budget: { max: 600000 },
    financing: 'cash' as const,
    size: { bedrooms: 3 },
    urgency: 'immediate' as const,
    areas: ['Upland'],
  },
  scheduling: 'slot' as const,
  calendar: ['Wed Mar 11, 11:00am', 'Thu Mar 12, 1:30pm', 'Mon Mar 16, 7:00pm'],
};

suite('texted short forms and forms of address beside a carrier keyword', [
  ['unsub me pls', B('size'), { optOut: true }],
  ['unsub', B('budget'), { optOut: true }],
  ['bro stop', B('size'), { optOut: true }],
  ['STOP fam', B('size'), { optOut: true }],
  // (another service unsubscribed from, and a stop said in fun, stay what they are)
  [
    'unsubbed from redfin yesterday, 3 beds please',
    B('size'),
    { optOut: false, slots: { 'size.bedrooms': 3 } },
  ],
  ['bro stop lol that kitchen is insane', B('size'), { optOut: false }],
]);

suite('a plan turned down before "no me interesa" is no stop', [
  ['invertir no me interesa, queremos vivir ahí', ES('size'), { optOut: false }],
  ['vender no me interesa todavía, primero comprar', ES('size'), { optOut: false }],
  // (the talk itself, or nothing named, still stops)
  ['platicar no me interesa', ES('size'), { optOut: true }],
  ['la neta no me interesa', ES('size'), { optOut: true }],
]);

suite('a receipt of our message keeps the trained model out', [
  ['recibí su mensaje', ES('size'), { optOut: false }],
  ['ya vi tu mensaje, déjame hablar con mi esposo', ES('size'), { optOut: false }],
  ['got your text, give me a sec', B('size'), { optOut: false }],
  // (a stop said beside it is still read)
  ['got your text. do not text me again', B('size'), { optOut: true }],
]);

suite('a stop asked of us after "to", and a removal joined to it', [
  ['I need you to not text me anymore', B('size'), { optOut: true }],
  ['please erase my number and never call me again', B('size'), { optOut: true }],
  ["I'm requesting you to delete my data and not email me", B('size'), { optOut: true }],
  // (a stop the lead says it is not asking for, and one told of the past)
  ["I'm not asking you to not call me, just text first", B('size'), { optOut: false }],
]);

suite('a home described before its noun after "not interested in this"', [
  ['not interested in this specific one, too far from work', onListing, { optOut: false }],
  ['not interested in that blue house tbh', onListing, { optOut: false }],
  // (a mark ends it: the talk is turned down)
  ['not interested in this, one more text and I block you', B('size'), { optOut: true }],
]);

suite('the lot and the size a listing gives only in its feature lines', [
  ['what size is the lot?', onListing, { answer: 'listing' }],
  ['¿qué tan grande es el terreno?', onListingEs, { answer: 'listing' }],
  ['how many square feet is it?', onListing, { answer: 'listing' }],
  ['¿las ventanas son nuevas?', onListingEs, { answer: 'agent' }],
]);

suite('a business that pays for the deals sent to it is a kickback', [
  [
    'my brother in law runs a title company, he gives $150 for every escrow you send him',
    B('budget'),
    { alertTopic: 'kickback' },
  ],
  ['the inspector I know pays 100 per referral, want in?', B('budget'), { alertTopic: 'kickback' }],
  // (a payment that is no reward for business sent)
  ['we pay 2,100 a month for the loan on our condo', B('budget'), { alertTopic: null }],
  ['the builder covers closing costs for every buyer this month', B('budget'), { alertTopic: null }],
]);

suite('neighbours wanted by their households and people by their age are Fair Housing', [
  ['we want neighbors who have young kids', B('budget'), { alertTopic: 'fair_housing' }],
  ['are there many older people on that block?', B('budget'), { alertTopic: 'fair_housing' }],
  ['queremos vecinos con niños chiquitos', ES('budget'), { alertTopic: 'fair_housing' }],
  // (the lead's own neighbours, and the lead's own kids)
  ['my neighbors with kids keep parking in our driveway', B('budget'), { alertTopic: null }],
  ['we have two kids so 3 bedrooms minimum', B('size'), { alertTopic: null, slots: { 'size.bedrooms': 3 } }],
]);

suite('no lender had, said of the lender or the approval asked', [
  ["we don't have one", B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'do you guys recommend one? we dont have one yet',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'credit needs work first, so no pre-approval yet',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  // (cash, or an approval beside it)
  ["we don't have one, paying cash", B('financing'), { slots: { financing: 'cash' } }],
  [
    "we don't have one picked but we're pre-approved",
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('one bedroom fewer than the home now, said against it', [
  ['we have 4 bedrooms now and want one less', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['tenemos 3 recámaras y queremos una menos', ES('size'), { slots: { 'size.bedrooms': 2 } }],
  // (against someone else's home, the count said stands)
  ['3 bedrooms, one less than my cousin has', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('one-letter typos of the words the reader keys on', [
  ['we are pre-aprroved already', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['preapprvoed thru our credit union', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['ya estamos aprobaods', ES('financing'), { slots: { financing: 'pre_approved' } }],
  // (a real word one letter off at its end is left alone)
  ['the lender approves most people', B('financing'), { slots: { financing: null } }],
]);

suite('lettered avenues and the Spanish space number after them', [
  ['4410 Avenue K, Lancaster', ADDRESS, { contains: { address: '4410 avenue k' } }],
  ['es el 2210 Avenue J espacio 7', ADDRESS, { contains: { address: '2210 avenue j' } }],
  // ("Avenue of ..." is no lettered street)
  ['1200 Avenue of the Stars', ADDRESS, { slots: { address: null } }],
]);

suite('a no said to the 30 to 45 days by name', [
  [
    'negative on the 45 days',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { timelineAccepted: false } },
  ],
  [
    'nope to 30 days, kids are in school',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { timelineAccepted: false } },
  ],
  [
    'no a los 45 días, muy pronto',
    SES('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { timelineAccepted: false } },
  ],
  // (a contrast to a time that works is a yes)
  [
    'no to 30 but 45 works',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { timelineAccepted: true } },
  ],
]);

suite('two amounts said in words, joined by "and"', [
  [
    'between three hundred twenty and four hundred thousand',
    B('budget'),
    { slots: { 'budget.min': 320000, 'budget.max': 400000 } },
  ],
  ['four hundred and fifty thousand', B('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('an emoji ends its clause', [
  ['renting a 1 bed right now 😭 we need 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a hedged bot question', [
  ['is this like a bot or a real person?', B('size'), { disclosure: true }],
  ['is this kinda automated?', B('size'), { disclosure: true }],
  // (a comparison is still a joke, and a hedge before no machine word asks nothing)
  ['you text like a robot haha', B('size'), { disclosure: false }],
  ['is this like a program for first time buyers?', B('size'), { disclosure: false }],
]);

suite('a sale without a co-owner signing, and what the law says', [
  ['can I sell if my brother refuses to sign?', S('motivation'), { escalation: 'legal' }],
  ['can we sell without my husband signing anything?', S('motivation'), { escalation: 'legal' }],
  ['¿qué dice la ley si vendo sin la firma de mi ex?', SES('motivation'), { escalation: 'legal' }],
  ['my ex will not sign the deed over', S('motivation'), { escalation: 'legal' }],
  // (a sale without other things, or signing something else, is no legal matter)
  ["my wife won't sign up for your emails lol", S('motivation'), { escalation: null }],
  ['can we sell without doing repairs?', S('motivation'), { escalation: null }],
]);

suite('where the family is, when the move is to be near them', [
  [
    'we want to be closer to our son out in Reno',
    S('motivation'),
    { contains: { relocationDestination: 'reno' } },
  ],
  [
    'queremos estar cerca de nuestra hija en Tucson',
    SES('motivation'),
    { contains: { relocationDestination: 'tucson' } },
  ],
]);

suite('"after that" said of an hour named before it', [
  ["I'm off at 4 so after that", CALENDAR, { booked: 2 }],
  ['salgo a las 2, antes de eso no puedo', { ...CALENDAR, lang: 'es' as const }, { booked: 2 }],
]);

suite('a bot question taken back as a joke, and one asked of an AI in Spanish', [
  ['are you a robot? jk jk', B('size'), { disclosure: false }],
  ['¿eres un bot? es broma, 3 recámaras', ES('size'), { disclosure: false, slots: { 'size.bedrooms': 3 } }],
  ['¿hablo con una IA o con Jorge?', ES('size'), { disclosure: true }],
  // (a joke denied is a sincere question)
  ['are you a bot? not kidding', B('size'), { disclosure: true }],
]);

suite('our number passed on to the lead is no wrong number', [
  ['hi, my neighbor gave me this number', B('size'), { optOut: false }],
  ['got your number off a sign on Base Line', B('size'), { optOut: false }],
  ['mi compadre me pasó su número', ES('size'), { optOut: false }],
]);

suite('updates are what we send; messages about one kind of home narrow', [
  ['no more updates please', B('size'), { optOut: true }],
  ['we bought already so no more updates', B('size'), { optOut: true }],
  ['no more texts about townhomes, just houses', B('size'), { optOut: false }],
  ['no more alerts for condos', B('size'), { optOut: false }],
  // (homes as a whole are everything we send)
  ['no more texts about houses', B('size'), { optOut: true }],
]);

suite('a stop put off for the moment in Spanish, and a stop after "and"', [
  ['no me llame ahorita que estoy manejando, al rato le escribo', ES('size'), { optOut: false }],
  ['ok, take the hint and stop', B('size'), { optOut: true }],
  // (what a bus or a car does is no stop)
  [
    'we drove past it and stopped to look, 3 beds',
    B('size'),
    { optOut: false, slots: { 'size.bedrooms': 3 } },
  ],
]);

suite('a hurry concluded from a date is that date; a time of something else after no hurry is no move', [
  [
    'my new job starts in 6 weeks so we need to move fast',
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'no rush, I work 2 weeks on 2 weeks off, probably next spring',
    B('urgency'),
    { slots: { urgency: 'browsing' } },
  ],
  ['no corre prisa, la verdad', ES('urgency'), { slots: { urgency: 'browsing' } }],
  // (a hurry said alone stays one)
  ['we need to move fast', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('a floor said of the figure before it', [
  ['we still owe 390 so at least that', S('priceExpectation'), { slots: { priceExpectation: 390000 } }],
  [
    'debemos como 420 mil, por lo menos eso',
    SES('priceExpectation'),
    { slots: { priceExpectation: 420000 } },
  ],
]);

suite('an approval held with its reach, said in words or as a noun', [
  ['tenemos aprobación hasta 480 mil', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ['we have approval for 510k', B('budget'), { slots: { financing: 'pre_approved' } }],
  ['tengo como medio millón aprobado', ES('budget'), { slots: { financing: 'pre_approved' } }],
  // (an approval supposed is none)
  ['si tengo medio millón aprobado, ¿qué alcanzo?', ES('budget'), { slots: { financing: null } }],
]);

suite("the page's price said to be the top of the lead's reach", [
  ["that's the top of our budget honestly", onListing, { slots: { 'budget.max': 689000 } }],
  ['es lo máximo que podemos pagar', onListingEs, { slots: { 'budget.max': 689000 } }],
  // (a question about a range is no answer)
  ['what is the top of the range around here?', onListing, { slots: { budget: null } }],
]);

suite('five bare digits of a California zip are no price', [
  ['its off Foothill in Fontana 92336', S('priceExpectation'), { slots: { priceExpectation: null } }],
  // (a round figure or one said with a dollar sign is a figure)
  ['95000 for the mobile home', S('priceExpectation'), { slots: { priceExpectation: 95000 } }],
]);

suite('a known time taken back by name, and the landlord wanting the home back', [
  [
    'scratch the six months, the landlord wants us out in 5 weeks',
    B('areas', { slots: { urgency: 'six_months', timeline: 'six months' } }),
    { slots: { urgency: 'three_months' } },
  ],
  ['our landlord wants the place back in 3 weeks', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('an answer to the areas question that is a sentence names no place', [
  ['Honestly, forget the budget for now', B('areas'), { slots: { areas: null } }],
  ['Upland, Claremont or La Verne', B('areas'), { slots: { areas: ['Upland', 'Claremont', 'La Verne'] } }],
]);

suite("Spain's word for bathrooms", [
  ['tres dormitorios y dos aseos', ES('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2 } }],
]);

suite('a keep-going said with "parar", and a stop someone else tells the lead to send', [
  ['no paren de mandarme casas, me encantan', ES('size'), { optOut: false }],
  ['mi esposa dice que les mande STOP, pero yo sigo buscando', ES('size'), { optOut: false }],
  // (the lead's own "paren" still stops)
  ['ya paren de mandarme mensajes', ES('size'), { optOut: true }],
]);

suite('a term of the deal opted out of is no stop', [
  ['can we opt out of the appraisal contingency?', B('size'), { optOut: false }],
  ['¿podemos salirnos de la contingencia de inspección?', ES('size'), { optOut: false }],
]);

suite('a want-not of something else than our messages', [
  ["don't want to get scammed, is this legit?", B('size'), { optOut: false }],
  // (of ours, or said alone)
  ["I don't want to get these anymore", B('size'), { optOut: true }],
  ['I no longer wish to receive', B('size'), { optOut: true }],
]);

suite('a lender still needed, and the home loan denied beside another credit', [
  ['we fired our last lender so we still need one', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'approved for a credit card lol but not for a house',
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  // (a count is no lender)
  ['we need one more bedroom than we thought', B('financing'), { slots: { financing: null } }],
]);

suite("the lead's post moved, said as its subject", [
  [
    'my job moved to Ontario so the commute is brutal',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'su compañía lo está mandando de regreso a Monterrey',
    SES('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  // (a move in the same town)
  ['my office moved to a new building last year', S('motivation'), { slots: { motivation: 'other' } }],
]);

suite("a chatbot's figure is no price of the seller's", [
  ['google told me 540 but I want 575', S('priceExpectation'), { slots: { priceExpectation: 575000 } }],
]);

suite('the home lived in is not the one sold when another is named', [
  [
    "we live at 4410 Baseline Rd but we're selling my dad's place, 918 W 9th St",
    { intent: 'sell' as const, kind: 'seller' as const, asking: 'address' as const, slots: {} },
    { contains: { address: '918 w 9th st' } },
  ],
]);

suite('foreclosures asked for as homes to buy are no distress', [
  ['do you ever list foreclosures or bank owned homes?', B('budget'), { escalation: null }],
  // (the lead's own)
  ['we got a foreclosure notice last week, what do we do?', S('motivation'), { escalation: 'legal' }],
]);

suite('a person asked for as "put me on with"', [
  ['put me on with Jorge, I prefer talking', B('budget'), { escalation: 'person' }],
  // (a list is no person)
  ['put me on the list for new ones', B('budget'), { escalation: null }],
]);

suite('an approval brought, with its reach', [
  ['traemos aprobación hasta 540', ES('budget'), { slots: { financing: 'pre_approved' } }],
]);

suite("this number from the lead's carrier is a wrong number; ours passed on is a referral", [
  [
    "I just got this number from T-Mobile last month, I'm not who you think. Please remove it from your system",
    B('size'),
    { optOut: true },
  ],
  ['got this number from a flyer at the open house', B('size'), { optOut: false }],
]);

suite('drips and follow-ups said as ours; a clause opened by "and"', [
  ['pull me out of your drip campaign please', B('size'), { optOut: true }],
  ['ya no me hagan seguimiento, ya compramos', ES('size'), { optOut: true }],
  ['thanks for everything. And no more texts please', B('size'), { optOut: true }],
  // (out of something else)
  ['get me out of this apartment lol, 3 beds', B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  ['and stop by the open house if you can', B('size'), { optOut: false }],
]);

suite('a room left alone with, a figure narrowed, a keyword said to everything', [
  ['leave me alone with that pool for a day lol. is it heated?', B('size'), { optOut: false }],
  ["don't text me offers under 600 please", S('priceExpectation'), { optOut: false }],
  ['my husband says "cancel" to everything jaja, we do want to sell', S('motivation'), { optOut: false }],
  // (left alone with our texts, a stop)
  ['leave me alone with these texts', B('size'), { optOut: true }],
]);

suite('a participle with its "d" dropped, and the Caribbean "ere"', [
  ['nunca he hablao con ningún prestamista', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['ya estamos preaprobaos por el banco', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ['¿tú ere un robot o una persona?', ES('size'), { disclosure: true }],
  // (words of their own in "ao" stay)
  ['lmao ok, 3 recámaras', ES('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('no lender needed, said with a double negative', [
  ["cash from the sale, don't need no lender", B('financing'), { slots: { financing: 'cash' } }],
  ['no necesito ningún préstamo, pago de contado', ES('financing'), { slots: { financing: 'cash' } }],
]);

suite('a friend who is a lawyer, telling something else', [
  [
    'my lawyer buddy says prices are about to dip lol, 30 days is fine',
    S('timelineAccepted'),
    { escalation: null },
  ],
  // (a lawyer of the lead's own matter)
  ['we already have a lawyer for the divorce', S('motivation'), { escalation: 'legal' }],
]);
