import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 37's mechanisms (docs/BOTS.md section 41), taken from sealed-s50 and conversations-s50 (English written as a
 * second language, heritage Spanish) after their one measurement, with near neighbours written for this file and the
 * hard negatives beside them.
 */
suite('our messages refused with the verb that sends them', [
  ['pls dont send me text anymore, we found a house', B('budget'), { optOut: true }],
  ['please not send me more messages', B('size'), { optOut: true }],
  ["don't send any more texts", B('financing'), { optOut: true }],
  // not the lead's own sending, nor a stop narrowed to some hours or to a kind of home
  ['i dont send texts at work, call me instead', B('budget'), { optOut: false }],
  ["don't send me messages after 8pm", B('budget'), { optOut: false }],
  ["don't send me listings in fontana, only upland", B('areas'), { optOut: false }],
]);

suite('a stop that asks to be shown something else is no opt-out', [
  ['stop please to send me condos, only houses', B('size'), { optOut: false }],
  ['quit showing me 2 story homes', B('size'), { optOut: false }],
  ['stop please', B('size'), { optOut: true }],
]);

const FRIDAY: CorpusCase['setup'] = {
  kind: 'buyer',
  slots: {
    budget: { min: 480000, max: 600000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
    areas: ['Fontana'],
  },
  scheduling: 'slot',
  calendar: ['Wed Mar 11, 9:30am', 'Fri Mar 13, 2:00pm', 'Mon Mar 16, 5:30pm'],
};

suite('"I am" beside a pick is the verb, not the morning', [
  ['wednesday is fine, I am Lorna Reyes', FRIDAY, { booked: 0 }],
  ['the monday, I am free after 5', FRIDAY, { booked: 2 }],
  ['the am one please', FRIDAY, { booked: 0 }],
]);

suite('an approval still ahead is no approval', [
  ['we will get pre-approved next month', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['can we get pre-qualified through you?', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['vamos a sacar la preaprobación', ES('financing'), { slots: { financing: 'needs_lender' } }],
  // said in the base form by a second-language writer, it is had
  [
    'we are already pre-qualify with our credit union',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  // a paper held, an approval said after "and", a question about something else
  ['i will send you our pre-approval letter', B('financing'), { slots: { financing: 'pre_approved' } }],
  [
    'we want 3 bedrooms and we are already pre approved',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['we are preapproved, can we see it saturday?', B('financing'), { slots: { financing: 'pre_approved' } }],
]);

suite('cash paid "by cash", a lender not yet asked', [
  ['we pay by cash, no loan', B('financing'), { slots: { financing: 'cash' } }],
  ['we will pay by card for the deposit', B('financing'), { slots: { financing: null } }],
  ['we did not ask any bank yet', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['have not visit the lender yet', B('financing'), { slots: { financing: 'needs_lender' } }],
]);

const ACCEPT = { slots: { address: '7731 Ramona Ave', motivation: 'relocation' } };

suite('the 30 to 45 days judged by a degree alone are turned down', [
  ['is too rush for us', S('timelineAccepted', ACCEPT), { slots: { timelineAccepted: false } }],
  [
    'demasiado apurado, mejor en medio año',
    SES('timelineAccepted', ACCEPT),
    { slots: { timelineAccepted: false } },
  ],
  ['so fast no', S('timelineAccepted', ACCEPT), { slots: { timelineAccepted: false } }],
  // judged, then accepted; the degree turned down; the lead's own hurry
  ['muy rápido pero sí se puede', SES('timelineAccepted', ACCEPT), { slots: { timelineAccepted: true } }],
  [
    'not too fast for us, 45 days works',
    S('timelineAccepted', ACCEPT),
    { slots: { timelineAccepted: true } },
  ],
  ['we need to sell fast', S('timelineAccepted', ACCEPT), { slots: { timelineAccepted: true } }],
]);

suite('"30 year" with its plural left off is a length of years, no timeline', [
  [
    'we are in this house 25 year, but yes 45 days is ok',
    S('timelineAccepted', ACCEPT),
    { slots: { timelineAccepted: true } },
  ],
  ['I work at hospital 12 year', B('urgency'), { slots: { urgency: null } }],
  // said ahead, it is one
  ['in 2 year maybe', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['within 1 year', B('urgency'), { slots: { urgency: 'browsing' } }],
]);

const PRICING = {
  slots: {
    address: '1290 Laurel Ave',
    motivation: 'inherited',
    timelineAccepted: true,
    condition: 'needs_work',
  },
};

suite("the owner's figure reported by whoever helps them sell is the price", [
  [
    'mi mamá dice que no menos de 590',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: 590000 } },
  ],
  [
    'my father say 700, he will not go lower',
    S('priceExpectation', PRICING),
    { slots: { priceExpectation: 700000 } },
  ],
  [
    'ella dice que con 455 mil estaría contenta',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: 455000 } },
  ],
  // a sale next door reported by a relative is no price of ours
  [
    'mi tío dice que la de al lado se vendió en 600',
    SES('priceExpectation', PRICING),
    { slots: { priceExpectation: null } },
  ],
]);

const CONDITION = { slots: { address: '88 Pine St', motivation: 'divorce', timelineAccepted: true } };

suite('everything new, nothing wrong, in good form: move-in ready', [
  [
    'built 2018, everything is new, no problem with anything',
    S('condition', CONDITION),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'está en buena forma, todo está nuevo',
    SES('condition', CONDITION),
    { slots: { condition: 'move_in_ready' } },
  ],
  // a need, or a flaw after the "no problems"
  ['everything needs new paint', S('condition', CONDITION), { slots: { condition: 'needs_work' } }],
  ['no problems, but the roof leaks', S('condition', CONDITION), { slots: { condition: 'needs_work' } }],
]);

const MOTIVE = { slots: { address: '3306 N Lilac Ave' } };

suite('motivations said in second-language English and heritage Spanish', [
  [
    'we want one more big, baby number 2 is coming',
    S('motivation', MOTIVE),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'the house have only 2 rooms and we are 6',
    S('motivation', MOTIVE),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'mi papá ya está solo y quiere algo chiquito',
    SES('motivation', MOTIVE),
    { slots: { motivation: 'downsizing' } },
  ],
  [
    'ya me retiré de la compañía y queremos algo tranquilo',
    SES('motivation', MOTIVE),
    { slots: { motivation: 'retirement' } },
  ],
  [
    'my father pass away in january, the house is to us now',
    S('motivation', MOTIVE),
    { slots: { motivation: 'inherited' } },
  ],
  [
    'my work send me to Denver in june',
    S('motivation', MOTIVE),
    { slots: { motivation: 'relocation', relocationDestination: 'Denver' } },
  ],
  // papers sent are no move
  [
    'i sent my papers to the bank already',
    S('motivation', MOTIVE),
    { slots: { relocationDestination: null } },
  ],
]);

const LISTED = { listing: { id: 'RC-1', price: 699000 } };

suite('a limit named after an amount called acceptable, in second-language English', [
  ['650 is ok for us but maximum is 690 only', B('budget', LISTED), { slots: { 'budget.max': 690000 } }],
  ['around 800, cannot over 850', B('budget'), { slots: { 'budget.max': 850000 } }],
  [
    'the bank approve us for 640, not more',
    B('budget'),
    { slots: { 'budget.max': 640000, financing: 'pre_approved' } },
  ],
  [
    '699 is little high for us. we have approve from bank for 660, not more',
    B('budget', LISTED),
    { slots: { 'budget.max': 660000 } },
  ],
  // a maximum of something else after a figure leaves the figure
  ['500, max 3 bedrooms', B('budget'), { slots: { 'budget.max': 500000, 'size.bedrooms': 3 } }],
]);

suite("a heritage speaker's calques say which way the lead goes", [
  ['estamos mirando por una casa de 3 recámaras', { kind: 'lead', lang: 'es' }, { kind: 'buyer' }],
  [
    'mi suegra quiere poner la casa de Fontana en el mercado',
    { kind: 'lead', lang: 'es' },
    { kind: 'seller' },
  ],
]);

suite('a call, a talk or a greeting with a day in it is no timeline', [
  ['we will talk to the bank this week', B('urgency'), { slots: { urgency: null } }],
  ['voy a hablar con mi esposo el lunes', ES('urgency'), { slots: { urgency: null } }],
  ['sat sri akal ji, we want 4 bedroom', B('size'), { slots: { urgency: null, 'size.bedrooms': 4 } }],
  // a move said beside the call keeps its date
  ['call me this week, we need to move in 2 months', B('urgency'), { slots: { urgency: 'three_months' } }],
]);

suite('what is left, said with "more"', [
  ['we have 5 more months here', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['2 more weeks and we are out', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['nos quedan 2 meses más aquí', ES('urgency'), { slots: { urgency: 'three_months' } }],
]);

const OWING = {
  lang: 'es',
  slots: { address: '10 Main St', motivation: 'financial', timelineAccepted: true, condition: 'needs_work' },
};

suite('a lawsuit or a home taken for a debt, said in Spanish, is a legal hand-off', [
  ['la asociación nos demandó por las cuotas', SES('priceExpectation', OWING), { escalation: 'legal' }],
  ['¿me pueden quitar la casa si no pago?', SES('priceExpectation', OWING), { escalation: 'legal' }],
  ['can the bank take my house if i am late?', S('priceExpectation', OWING), { escalation: 'legal' }],
  // a demand that is no lawsuit
  ['le demando una respuesta rápida, 520 mil', SES('priceExpectation', OWING), { escalation: null }],
]);

const CALL_DAY = {
  kind: 'seller',
  lang: 'es',
  slots: {
    address: '10 Main St',
    motivation: 'upgrading',
    timelineAccepted: true,
    condition: 'move_in_ready',
    priceExpectation: 690000,
  },
  scheduling: 'day',
} as const;

suite('the day said after the last correction is the day', [
  [
    'el lunes... no, mejor el martes, el lunes trabajo',
    CALL_DAY,
    { slots: { 'scheduling.day': 'el martes' } },
  ],
  [
    'wednesday, actually no, thursday',
    { ...CALL_DAY, lang: 'en' },
    { slots: { 'scheduling.day': 'Thursday' } },
  ],
  ['el miércoles', CALL_DAY, { slots: { 'scheduling.day': 'el miércoles' } }],
]);

suite('"sí" before an approval is a yes, "si" a condition', [
  ['me dijeron que sí califico hasta 410', ES('financing'), { slots: { financing: 'pre_approved' } }],
  ['si califico hasta 410 compramos', ES('financing'), { slots: { financing: null } }],
]);

suite('a visit to the bank still ahead is still needing a lender', [
  ['we need go first to the bank', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['tenemos que ir al banco primero', ES('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite('a weekend or a weekday before what happened on it is no timeline', [
  ['el weekend fuimos a ver casas en Fontana', ES('areas'), { slots: { urgency: null } }],
  ['on saturday we went to an open house', B('areas'), { slots: { urgency: null } }],
  ['this weekend we move out', B('urgency'), { slots: { urgency: 'immediate' } }],
]);

const ACCEPTING = { slots: { address: '9134 Hemlock Ave', motivation: 'retirement' } };

suite('a yes judged fine in a sentence of its own stands against a "not yet" of something else', [
  [
    'Yes, it is ok for us. Our flights are not yet booked but we are ready.',
    S('timelineAccepted', ACCEPTING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'sí, está bien. todavía no compramos los boletos',
    SES('timelineAccepted', ACCEPTING),
    { slots: { timelineAccepted: true } },
  ],
  // a contrast or a date after the yes still decides
  [
    'Yes it is fine. But not yet, we need 3 months',
    S('timelineAccepted', ACCEPTING),
    { slots: { timelineAccepted: false } },
  ],
  ['yes. not yet', S('timelineAccepted', ACCEPTING), { slots: { timelineAccepted: false } }],
]);

const AREAS_ASKED = {
  slots: { budget: { max: 500000 }, financing: 'cash', size: { bedrooms: 3 }, urgency: 'six_months' },
};

suite('any area will do: the question is answered and no place is stored', [
  ['whatever area, we are not picky', B('areas', AREAS_ASKED), { slots: { areas: null, areasOpen: true } }],
  ['donde sea está bien', ES('areas', AREAS_ASKED), { slots: { areas: null, areasOpen: true } }],
  // places named beside it are the answer; a hedge answers nothing
  ['upland or fontana, no preference', B('areas', AREAS_ASKED), { slots: { areas: ['Upland', 'Fontana'] } }],
  ['not sure yet', B('areas', AREAS_ASKED), { slots: { areas: null, areasOpen: null } }],
]);

suite('a stop said again before a correction of figures holds the words, no opt-out', [
  ['stop stop, sorry: 700 max, not 600', B('budget'), { optOut: false, slots: { 'budget.max': 700000 } }],
  ['para, para, ¿dije dos baños? quise decir tres', ES('size'), { optOut: false }],
  // the stop said again alone, or with what it stops, is one
  ['stop stop stop', B('budget'), { optOut: true }],
  ['para, para ya', ES('budget'), { optOut: true }],
]);

suite('a polite stop of homes narrowed by a feature is no opt-out', [
  ['please stop send me condos with hoa', B('size'), { optOut: false }],
  ['please stop send me messages', B('size'), { optOut: true }],
  ['please stop send me listings', B('size'), { optOut: true }],
]);

suite('Jorge himself or someone else, a recording, a chat with a bot: a sincere question', [
  ['is this really jorge or someone from his office?', B('size'), { disclosure: true }],
  ['¿usted es Jorge o una de esas máquinas?', ES('size'), { disclosure: true }],
  ['estoy texteando con un robot?', ES('size'), { disclosure: true }],
  // a question about Jorge's team that asks nothing of who answers
  ['does jorge work with someone on his team for inspections?', B('size'), { disclosure: false }],
]);

suite('a payment per buyer sent, told of a friend', [
  [
    'my uncle is a lender, send your buyers to him and he pays you 300 each',
    B('financing'),
    { alertTopic: 'kickback' },
  ],
  ['send your clients his way and he will hook you up', B('financing'), { alertTopic: 'kickback' }],
  ['my cousin sends buyers to him and he gives them good rates', B('financing'), { alertTopic: null }],
]);

suite('selling that fast, turned down, and a home a relative left in a clause of its own', [
  [
    'not interested in selling that fast, maybe next year',
    S('timelineAccepted', ACCEPT),
    { slots: { timelineAccepted: false } },
  ],
  [
    'la casa que nos dejó mi abuela en Fontana',
    SES('motivation', MOTIVE),
    { slots: { motivation: 'inherited' } },
  ],
  [
    'la casa que me dejó mi esposo cuando se fue',
    SES('motivation', MOTIVE),
    { slots: { motivation: 'other' } },
  ],
]);

suite('"quítele" a place takes it off', [
  [
    'mejor quítele Fontana, solo Rialto',
    ES('urgency', { slots: { areas: ['Fontana'], budget: { max: 500000 } } }),
    { slots: { areas: ['Rialto'] } },
  ],
]);

suite("an employer's transfer is no transfer of the chat, and the agent himself asked for", [
  ['my company transfer me to Denver office, we must sell', S('motivation', MOTIVE), { escalation: null }],
  ['can you transfer me to Jorge please', B('size'), { escalation: 'person' }],
  ['I prefer that Jorge calls me himself', B('size'), { escalation: 'person' }],
  ['¿y no me puede llamar Jorge a mí?', ES('size'), { escalation: 'person' }],
  ['my wife already talked to jorge herself last week', B('size'), { escalation: null }],
]);

suite('a past time said with "hace" in English units, an amount we cannot go past', [
  ['pre-approved con mi credit union hace 3 weeks', B('financing'), { slots: { urgency: null } }],
  ['más de 650 no podemos', ES('budget'), { slots: { 'budget.max': 650000 } }],
  ['anything over 700 we cant do', B('budget'), { slots: { 'budget.max': 700000 } }],
]);

suite('a number had only a short while, a house never asked about: a wrong number', [
  ['this number I have only one month, I did not ask for any house', { kind: 'lead' }, { optOut: true }],
  ['new sim, I never asked about a home', { kind: 'lead' }, { optOut: true }],
  // a new SIM beside a request to be called is the lead's own number
  ['we got a new sim for the trip, call me at 909 555 0100', { kind: 'lead' }, { optOut: false }],
]);

suite('a feature of the homes the lead asks us to stop sending is no must-have', [
  ['please stop sending me houses with pool', B('size'), { optOut: false, slots: { mustHaves: null } }],
  ['paren de mandarme casas con alberca', ES('size'), { optOut: false, slots: { mustHaves: null } }],
  ['we want a pool', B('size'), { slots: { mustHaves: ['pool'] } }],
]);

// Phrasings written after the session's measurements, in the same registers, to check the mechanisms beside them.
suite('the amount of an approval in the base form, and a compliment that asks nothing', [
  ['you are a good person', B('size'), { disclosure: false }],
  [
    'we are pre-approve 600 from chase',
    B('financing'),
    { slots: { financing: 'pre_approved', 'budget.max': 600000 } },
  ],
]);
