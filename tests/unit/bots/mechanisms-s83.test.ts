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
