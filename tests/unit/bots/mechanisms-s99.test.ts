import { B, ES, S, SES, conversationSuite, suite } from './probe-suite.js';

/**
 * Session 71's reading mechanisms (docs/BOTS.md section 74), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const POMONA_FONTANA = { slots: { areas: ['Pomona', 'Fontana'] } };
const CHINOS = { slots: { areas: ['Chino Hills', 'Chino'] } };
const LEAD = { kind: 'lead' as const, asking: 'intent' as const };
const LEAD_ES = { ...LEAD, lang: 'es' as const };
const CALENDAR = {
  kind: 'buyer' as const,
  slots: {
    budget: { max: 575000 },
    financing: 'pre_approved' as const,
    size: { bedrooms: 3 },
    urgency: 'three_months' as const,
    areas: ['Riverside'],
  },
  scheduling: 'slot' as const,
  calendar: ['Wed Mar 11, 3:00pm', 'Fri Mar 13, 10:30am', 'Tue Mar 17, 7:15pm'],
};
const TIME_OF_DAY = { ...CALENDAR, scheduling: 'time_of_day' as const, calendar: [] };

suite('a place said as the only one, or preferred, replaces the places known', [
  [
    'Fontana only. Pomona rents dont pencil for me',
    B('size', POMONA_FONTANA),
    { slots: { areas: ['Fontana'] } },
  ],
  ['Fontana mejor, closer to my mom', B('size', POMONA_FONTANA), { slots: { areas: ['Fontana'] } }],
  ['Fontana es mejor para nosotros', ES('size', POMONA_FONTANA), { slots: { areas: ['Fontana'] } }],
  ['Fontana is better than Pomona', B('size', POMONA_FONTANA), { slots: { areas: ['Fontana'] } }],
  ['Chino Hills mejor, cerca de mi mamá', ES('size', CHINOS), { slots: { areas: ['Chino Hills'] } }],
  // (a question, both places said again, or a list with "only" keep both)
  ['is Fontana better?', B('size', POMONA_FONTANA), { slots: { areas: ['Pomona', 'Fontana'] } }],
  ['solo Fontana o Pomona', ES('size', POMONA_FONTANA), { slots: { areas: ['Pomona', 'Fontana'] } }],
  ['3 bedrooms', B('size', POMONA_FONTANA), { slots: { areas: ['Pomona', 'Fontana'], 'size.bedrooms': 3 } }],
]);

suite('a home the lead has, then its worth asked, is a seller', [
  ['es que tengo un townhouse en Chino y quiero saber cuánto vale', LEAD_ES, { kind: 'seller' }],
  ['tengo un condo en Ontario, cuánto me darían?', LEAD_ES, { kind: 'seller' }],
  ['got a condo in Ontario, whats it worth?', LEAD, { kind: 'seller' }],
  ['we own a home in Upland, wondering what it would be worth now', LEAD, { kind: 'seller' }],
  // (a question of the listing's, money the lead has, or rates are no home of the lead's)
  ['tengo una pregunta, cuánto vale?', LEAD_ES, { kind: 'lead' }],
  ['tengo 300 mil, cuanto vale esa casa', LEAD_ES, { kind: 'lead' }],
  ['we have a house and 3 kids. is it worth waiting for rates to drop?', LEAD, { kind: 'lead' }],
]);

suite('while a call is set up, a call asked to be set up goes on with it', [
  [
    'can we set up a call to go over listings? andres@example.com',
    CALENDAR,
    { escalation: null, phase: 'scheduling', booked: null },
  ],
  ['yes lets schedule the call', CALENDAR, { escalation: null, phase: 'scheduling' }],
  ['sí, agendemos la llamada', { ...CALENDAR, lang: 'es' }, { escalation: null, phase: 'scheduling' }],
  ['can we set up a call? friday morning works', CALENDAR, { booked: 1 }],
  // (a call asked for now, or a person, is still handed on)
  ['can you just call me right now', CALENDAR, { escalation: 'person' }],
  ['i want to talk to a real person', CALENDAR, { escalation: 'person' }],
]);

suite('a request written in capitals names no one by its capitals', [
  ['ACTUALLY JUST HAVE JORGE CALL ME TOMORROW MORNING, EASIER THAT WAY', B('size'), { escalation: 'person' }],
  ['have jorge call me TOMORROW', B('size'), { escalation: 'person' }],
  // (a name given in lower-case text is still a name: "call me Tony")
  ['call me Tony, 3 bedrooms', B('size'), { escalation: null, slots: { 'size.bedrooms': 3 } }],
]);

conversationSuite('a message of several words that names no time is no failed pick', [
  [
    ['fyi we both work at the Ontario DC so the commute is easy'],
    'ok ttyl',
    TIME_OF_DAY,
    { phase: 'scheduling' },
  ],
  [
    ['we love the area and the schools are great there honestly'],
    'lol ok',
    TIME_OF_DAY,
    { phase: 'scheduling' },
  ],
  // (two real failed picks still fall back to the team)
  [['whatever'], 'idk', TIME_OF_DAY, { phase: 'handoff' }],
]);

suite('a stop of everything we send, said with us as its object', [
  ['Please dont send us anything else.', B('size'), { optOut: true }],
  ['please don’t send me anything else', B('size'), { optOut: true }],
  ['stop sending me anything', B('size'), { optOut: true }],
  ['dont send me anything more', B('size'), { optOut: true }],
  // (what narrows it is a kind of home)
  ["don't send me anything that's over 600", B('size'), { optOut: false }],
  ["don't send me anything bigger than 3 bedrooms", B('size'), { optOut: false }],
  ['stop sending anything over 500k', B('size'), { optOut: false }],
]);

suite('an opt-out someone else told the lead to make', [
  [
    'my sister said to just unsubscribe from everything real estate but nah, im serious about buying',
    B('size'),
    { optOut: false },
  ],
  ['mi hija dice que me dé de baja pero yo sí quiero comprar', ES('size'), { optOut: false }],
  ['my son says to block you lol but I still want to sell', S('condition'), { optOut: false }],
  // (the lead's own words said again, or done as told, still stop)
  ['I already said to unsubscribe me', B('size'), { optOut: true }],
  ['my husband told me to unsubscribe, so please remove us', B('size'), { optOut: true }],
]);

suite('"stop, wait" and the lead\'s own words after it', [
  [
    'Stop, wait, I already did that, pre-approved con Chase last week',
    B('financing'),
    { optOut: false, slots: { financing: 'pre_approved' } },
  ],
  ['para, espera, ya tengo la preaprobación del banco', ES('financing'), { optOut: false }],
  // (a reason to be done, or words on us, still stop)
  ['stop, wait, we bought already', B('size'), { optOut: true }],
  ['stop, wait, who gave you my number', B('size'), { optOut: true }],
  ['stop wait i dont want these messages', B('size'), { optOut: true }],
]);

suite('homes other than the one named, not to be sent', [
  ['no me manden las otras, solo quiero info de esta', ES('size'), { optOut: false }],
  ["don't send me the other ones, just this one", B('size'), { optOut: false }],
  // (our messages, or nothing, still stop)
  ['no me manden otros mensajes', ES('size'), { optOut: true }],
  ['no me manden nada', ES('size'), { optOut: true }],
]);

suite('a place turned down, then the search sent elsewhere', [
  ['Ontario no me interesa, busquen en Chino', ES('areas'), { optOut: false }],
  ['Fontana not interested, try Rialto', B('areas'), { optOut: false }],
  // (nothing named before it: the talk itself)
  ['not interested, try someone else', B('areas'), { optOut: true }],
  ['la verdad no me interesa, busquen en otro lado', ES('areas'), { optOut: true }],
]);

suite('a relative who will hire a lawyer over the sale', [
  [
    'ugh, mi hermano mayor ahora dice que va a contratar un lawyer porque él no quiere vender',
    SES('condition'),
    { escalation: 'legal' },
  ],
  ['my sister is hiring a lawyer because she wont sign', S('condition'), { escalation: 'legal' }],
]);

suite('one bedroom more than the home now, said as enough', [
  ["we got 3 rn and it's not enough, one more would do it", B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['tenemos 3 cuartos, uno más estaría bien', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  // (a child on the way, or one more as a wish beside the count, counts no room)
  ['we have 2 kids and one more is on the way', B('size'), { slots: { 'size.bedrooms': null } }],
  ['one more would be nice but 3 is fine', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a credit to repair first needs a lender', [
  [
    'ahorita no, primero quiero arreglar mi crédito',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['need to fix my credit before anything', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['working on my credit score right now', B('financing'), { slots: { financing: 'needs_lender' } }],
  // (a credit repaired before an approval is the approval)
  ['pre-approved, had to fix my credit first', B('financing'), { slots: { financing: 'pre_approved' } }],
  [
    'pre-approved, tuve que cancelar una tarjeta para subir el credit score',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a part of the fee asked back is a commission question', [
  [
    "if we buy through you can you give us 1% back? my cousin's agent did that",
    B('budget'),
    { alertTopic: 'commission' },
  ],
  ['do you offer a rebate?', B('budget'), { alertTopic: 'commission' }],
  ['¿nos devuelven el 1% si compramos con ustedes?', ES('budget'), { alertTopic: 'commission' }],
  // (a tax or energy rebate, or a credit from the seller, is none)
  ['we got a tax rebate and want to use it for the down payment', B('budget'), { alertTopic: null }],
  ['we want 3% back from the seller for closing costs', B('budget'), { alertTopic: null }],
]);

suite('where a downsizing seller wants its smaller home', [
  [
    'ya los hijos se fueron y la casa nos queda muy grande, queremos algo más chico en Hesperia',
    SES('motivation'),
    { slots: { motivation: 'downsizing', relocationDestination: 'Hesperia' } },
  ],
  [
    'downsizing, looking for a condo in Redlands',
    S('motivation'),
    { slots: { motivation: 'downsizing', relocationDestination: 'Redlands' } },
  ],
  // (the home the lead has is no destination)
  [
    'were downsizing, we have a small condo in Upland too',
    S('motivation'),
    { slots: { motivation: 'downsizing', relocationDestination: null } },
  ],
]);

suite('the sale wanted now, as the clause ends', [
  [
    'somos 4 hermanos y todos queremos vender ya',
    SES('address', { slots: { motivation: 'inherited' } }),
    { slots: { timelineAccepted: true } },
  ],
  [
    'we want to sell now',
    S('timelineAccepted', { slots: { motivation: 'inherited', address: '1 Main St' } }),
    { slots: { timelineAccepted: true } },
  ],
  // ("ya que" is since; "now that" is a reason)
  [
    'queremos vender ya que el mercado está bueno',
    SES('address', { slots: { motivation: 'inherited' } }),
    { slots: { timelineAccepted: null } },
  ],
  [
    'we want to sell now that the kids are gone',
    S('timelineAccepted', { slots: { motivation: 'inherited', address: '1 Main St' } }),
    { slots: { timelineAccepted: null } },
  ],
]);

suite('places wanted, then "where I live" said of one', [
  [
    'Por Eastvale o Jurupa Valley donde vivo yo',
    ES('areas'),
    { slots: { areas: ['Eastvale', 'Jurupa Valley'] } },
  ],
  ['Eastvale or Jurupa Valley where I live', B('areas'), { slots: { areas: ['Eastvale', 'Jurupa Valley'] } }],
  // (the home now, described, is still no place wanted)
  ['vivo en Fontana, busco en Rialto', ES('areas'), { slots: { areas: ['Rialto'] } }],
  [
    'en la casa donde rentamos hay 2 cuartos y ya no cabemos',
    ES('size'),
    { slots: { 'size.bedrooms': null } },
  ],
  ['where we live now is a 2 bed, want 3 in Rialto', B('areas'), { slots: { areas: ['Rialto'] } }],
]);

suite('a thing the lead has in a place is no place it looks in', [
  [
    "buenas, tengo una baleadería en Ontario y quiero comprar una casa pa' mi familia",
    ES('budget'),
    { slots: { areas: null } },
  ],
  ['I have a shop in Chino, looking in Fontana', B('budget'), { slots: { areas: ['Fontana'] } }],
  // (family there, or a budget for there, is not)
  ['tengo una hija en Chino y queremos estar cerca', ES('budget'), { slots: { areas: ['Chino'] } }],
  ['we have a budget of 500k in Fontana', B('budget'), { slots: { areas: ['Fontana'] } }],
]);
