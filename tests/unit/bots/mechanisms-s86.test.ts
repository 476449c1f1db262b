import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 67's reading mechanisms (docs/BOTS.md section 70), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Wednesday 5:30pm, Thursday 6:00pm, Saturday 10:00am (CORPUS_NOW_MS is Tue 10 Mar 2026).
const EVENINGS = ['Wed Mar 11, 5:30pm', 'Thu Mar 12, 6:00pm', 'Sat Mar 14, 10:00am'];
// Two Thursdays and a Sunday.
const THURSDAYS = ['Thu Mar 12, 9:00am', 'Sun Mar 15, 2:00pm', 'Thu Mar 19, 9:00am'];
const LISTING = {
  id: 'L-m86',
  address: '100 Test St, Upland, CA 91786',
  price: 700000,
  beds: 4,
  baths: 3,
  features: ['horse corral', 'three-car garage', 'detached workshop', 'pool'],
};
const onListing = { ...B('budget'), intent: 'buy' as const, listing: LISTING };
const RETIRING = { slots: { address: '1 Main St', motivation: 'retirement' } };
const ADDRESS = { kind: 'seller' as const, asking: 'address' as const };
const ADDRESS_ES = { ...ADDRESS, lang: 'es' as const };

suite('the Spanish gerund after an English stop is a stop, unless narrowed', [
  ['ya no vamos a comprar, stop mandando mensajes', ES('size'), { optOut: true }],
  ['please quit llamándome', ES('size'), { optOut: true }],
  ['stop escribiendo tantos mensajes porfa', ES('size'), { optOut: true }],
  // (narrowed to some homes, someone else or an hour: no stop)
  ['stop mandando condos, solo casas', ES('size'), { optOut: false }],
  ['stop llamando a mi esposo, ella no decide', ES('size'), { optOut: false }],
  ['stop mandando mensajes en la noche', ES('size'), { optOut: false }],
]);

suite('a keyword sent to someone named first is theirs', [
  ['a los robocalls les respondo STOP, a ustedes no. 3 recámaras', ES('size'), { optOut: false }],
  ['to the spammers i reply STOP, not you. 3 beds', B('size'), { optOut: false }],
  // (sent to us it is one)
  ['les respondo STOP', ES('size'), { optOut: true }],
]);

suite('"leave me alone" told as someone else\'s words, or until an hour, is no stop', [
  [
    'my husband always says leave me alone when he watches the game lol, 4 beds',
    B('size'),
    { optOut: false },
  ],
  ['leave me alone till noon, night shift. 3 beds', B('size'), { optOut: false }],
  ['leave me alone', B('size'), { optOut: true }],
  ['just leave me alone please', B('size'), { optOut: true }],
]);

suite('a wrong number of the house, or taken back, is no wrong number', [
  [
    'you have the wrong number on the address, its 4410 not 4401',
    S('timelineAccepted', RETIRING),
    { optOut: false },
  ],
  ['el número equivocado en la casa, es 5512', SES('timelineAccepted', RETIRING), { optOut: false }],
  ['wrong number? oh wait yes its me, the work phone. 3 beds', B('size'), { optOut: false }],
  ['wrong number', B('size'), { optOut: true }],
]);

suite('"X no me interesa, mejor Y" is a preference', [
  ['Ontario no me interesa, mejor Upland', ES('areas'), { optOut: false }],
  ['condos not interested, rather a house', B('size'), { optOut: false }],
  ['no me interesa, gracias', ES('size'), { optOut: true }],
  ['no me interesa, mejor no me escriban', ES('size'), { optOut: true }],
]);

suite('a floor said after a count is the minimum', [
  ['4 bedrooms, or at least 3', B('size'), { slots: { 'size.bedrooms': 3, 'size.maxBedrooms': 4 } }],
  ['cuatro recámaras, o por lo menos tres', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // (a floor of something else)
  ['4 bedrooms, at least 2,000 square feet', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 bedrooms, at least 2 car garage', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4 recámaras y baños mínimo 2', ES('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite('rooms listed one by one are counted', [
  ['one for us, one for the baby and one for my mother in law', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['una pa nosotros y una pa cada uno de los cuates', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // (rooms that are no one's bedroom count nothing alone; one room said once is no list)
  ['one for the office and another for guests', B('size'), { slots: { size: null } }],
  ['one for us', B('size'), { slots: { size: null } }],
]);

suite('a street said before its number, with "is" or a Spanish article', [
  ['Banyan St, the number is 7712', ADDRESS, { contains: { address: '7712 banyan' } }],
  ['Calle Olivo, el número es 3310', ADDRESS_ES, { contains: { address: '3310 calle olivo' } }],
  ['vivo en la Base Line Rd, el 8820', ADDRESS_ES, { contains: { address: '8820 base line' } }],
  ['está en el 9140 de la Avenida Archibald', ADDRESS_ES, { contains: { address: 'archibald' } }],
  // (a date is no house number)
  ['Banyan St, el 20 de abril nos vamos', ADDRESS_ES, { slots: { address: null } }],
]);

suite('a thing of the listing asked in other words', [
  ['is there space for 3 cars?', onListing, { answer: 'listing' }],
  ['is there room for our horses?', onListing, { answer: 'listing' }],
  ['is the workshop detached?', onListing, { answer: 'listing' }],
  // (what the line does not say is the agent's)
  ['is the pool heated?', onListing, { answer: 'agent' }],
  ['is the garage insulated?', onListing, { answer: 'agent' }],
]);

suite('a part of the day said of a day named before is no pick', [
  ['friday i cant, i have a gig that night', picking(EVENINGS), { booked: null }],
  ['thursday no, i work that evening', picking(EVENINGS), { booked: null }],
  ['el jueves no, tengo un evento esa noche', picking(EVENINGS, 'es'), { booked: null }],
  // (said of a day picked, it still picks that day)
  ['wednesday, that evening works', picking(EVENINGS), { booked: 0 }],
]);

suite('a weekday with its day of the month names that date', [
  ['el domingo no, ni el jueves 12', picking(THURSDAYS, 'es'), { booked: 2 }],
  ['thursday the 19th', picking(THURSDAYS), { booked: 2 }],
  ['el jueves 12 no', picking(THURSDAYS, 'es'), { booked: null }],
]);

suite('the 30 or 45 days said bare after a contrast', [
  ['not 30 days, but 45 could work', S('timelineAccepted', RETIRING), { slots: { timelineAccepted: true } }],
  ['treinta no, pero 45 sí', SES('timelineAccepted', RETIRING), { slots: { timelineAccepted: true } }],
  [
    'we live 45 minutes from her job, 30 days is way too fast',
    S('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: false } },
  ],
]);

suite("a lead's own move names where to, whatever the reason", [
  [
    'we are splitting up, i am moving to hesperia with my sister',
    S('motivation'),
    { slots: { motivation: 'divorce', relocationDestination: 'Hesperia' } },
  ],
  [
    'nos estamos divorciando y nos vamos a vender',
    SES('motivation'),
    { slots: { relocationDestination: null } },
  ],
  [
    'my job is moving me to a warehouse out in reno',
    S('motivation'),
    { slots: { relocationDestination: 'Reno' } },
  ],
]);

suite('a lender still to find', [
  ['todavía tengo que conseguir prestamista', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['banco? no todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite('the lead\'s own pay "on commission" and a sum asked for referred clients', [
  ['i sell insurance on commission, is that ok for a loan?', B('financing'), { alertTopic: null }],
  ['vendo carros por comisión', ES('financing'), { alertTopic: null }],
  ['whats your commission?', B('financing'), { alertTopic: 'commission' }],
  ['si te traigo 2 clientes you pay me 300 each?', ES('financing'), { alertTopic: 'kickback' }],
  ['if i bring you 2 clients, can you give me 3 days to decide', B('financing'), { alertTopic: null }],
]);

suite('money said to come, and pay by the event, are no move date', [
  ['i DJ, pays me 2k a weekend so maybe more by fall', B('urgency'), { slots: { urgency: null } }],
  ['my bonus comes in june, we want to move in august', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['we want to move by summer', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

suite('"mid may" before a pronoun is the month', [
  ['mid may we want to be in', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['leaving early may be better', B('urgency'), { slots: { urgency: null } }],
]);

suite('a vague soon guessed and left open is no answer', [
  ['soon? depends on the kids school', B('urgency'), { slots: { urgency: null } }],
  ['soon', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['asap, depends on the lender', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

suite('a yes that closes a condition is a yes', [
  [
    'if we can find a rental in time then yes',
    S('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'si conseguimos dónde mudarnos, entonces sí',
    SES('timelineAccepted', RETIRING),
    { slots: { timelineAccepted: true } },
  ],
  ['if we cant find a place then no', S('timelineAccepted', RETIRING), { slots: { timelineAccepted: null } }],
]);

suite('what the sale must bring for a bigger or new home is the price', [
  [
    'we would need 710k to make the new house work',
    S('priceExpectation', {
      slots: {
        address: '1 Main St',
        motivation: 'upgrading',
        timelineAccepted: true,
        condition: 'move_in_ready',
      },
    }),
    { slots: { priceExpectation: 710000 } },
  ],
]);

suite('a marked question with a few words after it is still the one question', [
  ['is the barn insulated? we board two', onListing, { answer: 'agent' }],
  ['¿el taller tiene luz? soy carpintero', { ...onListing, lang: 'es' as const }, { answer: 'agent' }],
]);

suite('a Spanish how-to-stop is a stop', [
  ['¿cómo hago para que ya no me lleguen sus mensajes?', ES('size'), { optOut: true }],
  ['quiero dejar de recibir estos correos', ES('size'), { optOut: true }],
  // (a message that did not arrive is no stop)
  ['ya no me llegan los mensajes, me los reenvías?', ES('size'), { optOut: false }],
]);

suite('a home now that falls short, then the count wanted', [
  ['son 2 recámaras nada más, necesitamos 4', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['son 3 recámaras, necesitamos 2 baños', ES('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('"is no good" takes a day off', [
  ['friday is no good, i coach til 7', picking(EVENINGS), { booked: null }],
  ['el sábado no me sirve', picking(EVENINGS, 'es'), { booked: null }],
  ['wednesday no good, thursday evening good', picking(EVENINGS), { booked: 1 }],
]);

suite('a stop caught by dictation from someone in the room, said sorry for, is none', [
  ['stop it Lucas get down. sorry voice to text caught my kid. 4 beds', B('size'), { optOut: false }],
  ['stop texting me', B('size'), { optOut: true }],
]);

suite('a figure followed by "range" is money', [
  ['somewhere in the 480-520 range, 4 beds', B('size'), { slots: { 'budget.max': 520000 } }],
  ['algo en el rango de 500 a 550', ES('size'), { slots: { 'budget.max': 550000 } }],
  // (a count's range is no money)
  ['4 beds, in the 3-4 range is fine', B('size'), { slots: { budget: null } }],
]);

// Saturday 14th and 21st, Wednesday 18th; Friday 7am, Monday, Tuesday evening.
const TWO_SATURDAYS = ['Sat Mar 14, 1:30pm', 'Wed Mar 18, 8:45am', 'Sat Mar 21, 1:30pm'];
const EARLY_FRIDAY = ['Fri Mar 13, 7:00am', 'Mon Mar 16, 3:30pm', 'Tue Mar 17, 7:00pm'];

suite('"this saturday" is the coming one only', [
  ['not this saturday, the next one', picking(TWO_SATURDAYS), { booked: null }],
  ['not this saturday, the 21st', picking(TWO_SATURDAYS), { booked: 2 }],
  ['this saturday works', picking(TWO_SATURDAYS), { booked: 0 }],
  ['este sábado no puedo', picking(TWO_SATURDAYS, 'es'), { booked: null }],
]);

suite('a second day taken off after a join, its no at the end', [
  ['el lunes no puedo y el viernes tan temprano tampoco', picking(EARLY_FRIDAY, 'es'), { booked: 2 }],
  ['monday is out and friday that early is no good either', picking(EARLY_FRIDAY), { booked: 2 }],
  ['el lunes y el martes no', picking(EARLY_FRIDAY, 'es'), { booked: 0 }],
]);

suite('pay has its own dates', [
  [
    'i get paid every friday, and our lease ends in 7 weeks',
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'me pagan los viernes, y el lease se acaba en 6 semanas',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
]);

suite('"is the X Y" later in the sentence, and air or a boat by other words', [
  ['love the photos, is the pool heated?', onListing, { answer: 'agent' }],
  [
    'does it have central air?',
    { ...onListing, listing: { ...LISTING, features: ['central air'] } },
    { answer: 'listing' },
  ],
]);
