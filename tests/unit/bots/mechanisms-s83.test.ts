import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 66's reading mechanisms (docs/BOTS.md section 69), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

// Thursday 9:00am, Saturday 10:00am, Friday 6:30pm (CORPUS_NOW_MS is Tue 10 Mar 2026).
const CALENDAR = ['Thu Mar 12, 9:00am', 'Sat Mar 14, 10:00am', 'Fri Mar 13, 6:30pm'];
const SELLER = { slots: { address: '1 Main St', motivation: 'inherited' } };

suite('ages given of people are no bedroom count', [
  ['we have 2 kids, ages 4 and 6', B('size'), { slots: { size: null } }],
  ['mis hijos tienen 6 y 10 años', ES('size'), { slots: { size: null } }],
  ['my son is 5 and my daughter is 8', B('size'), { slots: { size: null } }],
  ['4 please, the kids are 3, 7 and 11', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['necesitamos 3, los niños tienen 2 y 9 años', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  // (a count after the kids, in another clause, is still the count)
  ['2 kids, 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['3 kids 4 rooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
  // (the Spanish "son" is "they are", no son)
  ['recámaras son 4, no 3', ES('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite("a reason's days that would leave no slot pick nothing", [
  [
    'anything but mornings, and the game is saturday so not saturday either',
    picking(CALENDAR),
    { booked: 2 },
  ],
  ['no mañanas, y el partido es el sábado así que el sábado tampoco', picking(CALENDAR, 'es'), { booked: 2 }],
  // (a reason's day that still fits is a pick)
  ['i am off friday so friday', picking(CALENDAR), { booked: 2 }],
]);

suite('a part taken off after "and", "y", "also" is taken off, not picked', [
  ['not saturday and no mornings please', picking(CALENDAR), { booked: 2 }],
  ['saturday is out, and no mornings', picking(CALENDAR), { booked: 2 }],
  ['el sábado no, y tampoco en la mañana', picking(CALENDAR, 'es'), { booked: 2 }],
  // (a "no" answering something else after a pick keeps the pick)
  ['the friday one and no i dont have an agent yet', picking(CALENDAR), { booked: 2 }],
]);

suite('"or like a bot": a hedge between the "or" and the machine still asks', [
  ['is this the agent himself or like a bot', B('size'), { disclosure: true }],
  ['are you a real person or just some ai', B('size'), { disclosure: true }],
  ['eres persona o tipo un robot?', ES('size'), { disclosure: true }],
  // (a comparison is still a joke)
  ['lol you text like a robot', B('size'), { disclosure: false }],
]);

suite('someone else who must stop is no stop for us', [
  ['the investors need to stop mailing me letters lol. 3 beds', B('size'), { optOut: false }],
  ['redfin needs to quit emailing me, anyway we want 4', B('size'), { optOut: false }],
  ['los inversionistas tienen que dejar de mandarme cartas', SES('priceExpectation'), { optOut: false }],
  // (we are still asked to stop)
  ['you need to stop texting me', B('size'), { optOut: true }],
  ['ustedes tienen que dejar de mandarme mensajes', ES('size'), { optOut: true }],
]);

suite('a seller who wants a real agent rather than investors talks on', [
  ['no investors please, i want a real agent to list it', S('motivation', SELLER), { escalation: null }],
  // (a real agent asked for alone is a person asked for)
  ['i want a real agent', S('motivation', SELLER), { escalation: 'person' }],
]);

suite("the next earner's figure is an income, the lead's own too", [
  ['my wife makes 5k a month and i make 6k', B('budget'), { slots: { budget: null } }],
  ['mi esposo gana 3 mil al mes y yo 4 mil', ES('budget'), { slots: { budget: null } }],
  ['she makes 4k a month and i make 5k, we can do 480k', B('budget'), { slots: { 'budget.max': 480000 } }],
]);

suite('money on hand from a source is no budget', [
  [
    'we have 200k from the life insurance, but nothing over 500k',
    B('budget'),
    { slots: { 'budget.max': 500000 } },
  ],
  [
    'tenemos 90 mil de la herencia, pero no queremos pasar de 450 mil',
    ES('budget'),
    {
      slots: { 'budget.max': 450000 },
    },
  ],
]);

suite('a home too small for the family is no broken part', [
  ['somos 5 en 2 recámaras, así no funciona', SES('motivation'), { slots: { condition: null } }],
  // (a part that does not work is still work needed)
  ['el aire acondicionado no funciona', SES('condition'), { slots: { condition: 'needs_work' } }],
]);

suite('a co-owner who will not sell, with a lawyer, is a legal matter', [
  ['my brother wont sign and he got an attorney', S('priceExpectation', SELLER), { escalation: 'legal' }],
  [
    'mi hermano no quiere vender y contrató un abogado',
    SES('priceExpectation', SELLER),
    { escalation: 'legal' },
  ],
  // (a lawyer by trade is none)
  ['my cousin is a lawyer, he helped with the will', S('priceExpectation', SELLER), { escalation: null }],
]);

// Friday 10:00am, Friday 5:00pm, Sunday 2:30pm; Thursday 6:00pm, Saturday 11:30am, Tuesday 8:00am.
const FRIDAYS = ['Fri Mar 13, 10:00am', 'Fri Mar 13, 5:00pm', 'Sun Mar 15, 2:30pm'];
const WEEK = ['Thu Mar 12, 6:00pm', 'Sat Mar 14, 11:30am', 'Tue Mar 17, 8:00am'];
const ASKED_ADDRESS = { intent: 'sell', kind: 'seller', asking: 'address' } as const;

suite('a street said before its house number', [
  ['its on Milliken ave, number 7781', ASKED_ADDRESS, { contains: { address: '7781 milliken' } }],
  [
    'Calle Juniper número 2290, en Fontana',
    { ...ASKED_ADDRESS, lang: 'es' },
    { contains: { address: '2290' } },
  ],
  ['la Avenida Vineyard 8812', { ...ASKED_ADDRESS, lang: 'es' }, { contains: { address: 'vineyard' } }],
  // (a street and a quantity are no address)
  ['we live off Base Line Rd, 15 years now', ASKED_ADDRESS, { slots: { address: null } }],
  ['on Foothill Blvd 45 min from work', ASKED_ADDRESS, { slots: { address: null } }],
]);

suite('rooms the lead counts out', [
  ['a bedroom for each of our 2 boys plus one for us', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['2 kids, one room each, and an office', B('size'), { slots: { 'size.bedrooms': 3 } }],
  [
    'un cuarto para cada uno de mis 3 hijos y otro para nosotros',
    ES('size'),
    { slots: { 'size.bedrooms': 4 } },
  ],
  // (something else for each is no room)
  ['our 2 kids each have soccer on saturdays', B('size'), { slots: { size: null } }],
]);

suite("a shift of the lead's own is a day it cannot", [
  ['tuesday i open at the bakery', picking(WEEK), { booked: null }],
  ['tuesday im closing, thursday works', picking(WEEK), { booked: 0 }],
  // ("im open" is free)
  ['im open tuesday', picking(WEEK), { booked: 2 }],
]);

suite('when the lead is free, said after a pick, is no pick', [
  ['sunday, practice is done by 1', picking(FRIDAYS), { booked: 2 }],
  ['friday, im free by 4', picking(FRIDAYS), { booked: 1 }],
  ['el viernes, termino a las 3', picking(FRIDAYS, 'es'), { booked: 1 }],
]);

suite("the agent's team asked about, not the lead's", [
  ["can't do thursday, i have a game with my softball team", picking(WEEK), { openQuestion: false }],
  ['does your team work with first time buyers?', B('budget'), { openQuestion: true }],
]);

suite('who goes to a school, asked, is a Fair Housing question', [
  ['what kind of students go to the high school there?', B('budget'), { alertTopic: 'fair_housing' }],
  // (a school's rating is a fact, not its people)
  ['whats the rating of the elementary school?', B('budget'), { alertTopic: null }],
]);

suite('more stops and lookalikes', [
  ['le pido no volver a comunicarse conmigo', ES('size'), { optOut: true }],
  ['no se comuniquen conmigo, gracias', ES('size'), { optOut: true }],
  // (a story of someone who never did)
  ['el otro agente nunca se comunicó conmigo, por eso les escribo', ES('size'), { optOut: false }],
  ['leave me alone in the garage for a bit lol. 3 beds', B('size'), { optOut: false }],
  ['stop... sorry sent that too early. we need 4', B('size'), { optOut: false }],
  ['me desuscribí de Redfin, son muy lentos', ES('size'), { optOut: false }],
  ['me desuscribí de su lista', ES('size'), { optOut: true }],
]);

suite("a hurry tied to someone else's date is within it", [
  ['my moms lease ends in 6 weeks so asap', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['sooner rather than later', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

const LISTING_4 = {
  intent: 'buy',
  listing: { id: 'L-9', price: 799000, beds: 4, baths: 3, area: 'Alta Loma' },
} as const;

suite('homes narrowed by what follows them are no stop', [
  ['ya no me sigas mandando casas sin patio, solo con patio', ES('size'), { optOut: false }],
  ['no me sigas mandando casas, ya compramos', ES('size'), { optOut: true }],
]);

suite('a transfer with the employer between', [
  ['nos trasladan en la empresa a Dallas', SES('motivation'), { slots: { motivation: 'relocation' } }],
]);

suite('half months in Spanish', [
  ['se nos acaba el contrato en 4 meses y medio', ES('urgency'), { slots: { urgency: 'six_months' } }],
  ['en mes y medio', ES('urgency'), { slots: { urgency: 'three_months' } }],
]);

suite("a few months of the loan's, or of a thing volunteered, is not the move", [
  ['pre approved, the letter is valid for a few more months', B('financing'), { slots: { urgency: null } }],
  // (the move in a few months is)
  [
    'pre approved, and we want to move in a couple months',
    B('financing'),
    { slots: { urgency: 'three_months' } },
  ],
]);

suite('a move out of the home now, said later at another question, replaces the timeline', [
  [
    'asap. we gave notice, we have to be out in 2 weeks',
    B('size', { slots: { urgency: 'three_months', timeline: 'a few months' } }),
    { slots: { urgency: 'immediate' } },
  ],
  // (out of town is not out of the home)
  [
    '3 beds, we have to be out of town next week',
    B('size', { slots: { urgency: 'three_months', timeline: 'a few months' } }),
    { slots: { urgency: 'three_months' } },
  ],
]);

suite("the lead's own home by its count is not the home wanted", [
  [
    'our 3 bed house in oakland sold for more than this lol. is it available?',
    LISTING_4,
    { slots: { size: null } },
  ],
  ['mi depa de 1 recámara ya no nos alcanza, queremos 3', ES('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a place named before a street suffix is a street', [
  ['fontana, near my job on ontario ave', B('areas'), { slots: { areas: ['Fontana'] } }],
  ['ontario or fontana', B('areas'), { slots: { areas: ['Ontario', 'Fontana'] } }],
]);

suite('a phone number given with the count is no figure', [
  ['3. im Rosa, 909-555-0177', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('a lender dropped and another sought', [
  [
    'dejamos al banco porque cobraba mucho, buscamos otro',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['we fired our loan officer and need a new one', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'left our old bank, the credit union approved us',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a shift said after a pick keeps the pick, its clock is when the lead is free', [
  ['the afternoon one on saturday, i close the shop at 3', picking(FRIDAYS), { booked: null }],
  ['friday, i close the store at 4', picking(FRIDAYS), { booked: 1 }],
]);

suite('a sale that needs the signature of someone with a lawyer is legal', [
  [
    'my ex has a lawyer and says i cant sell without her signature',
    S('motivation', SELLER),
    { escalation: 'legal' },
  ],
]);
