import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, conversationSuite, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 52's reading mechanisms (docs/BOTS.md section 56), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const firstBuyerMessage = { kind: 'buyer' } as CorpusCase['setup'];
const sellerAskedWindow = S('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});
const sellerAskedWindowEs = SES('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});

suite('a negation that reaches a trouble denies the trouble, not what follows it', [
  [
    'no hay problema con 45 días, ya nos queremos ir',
    sellerAskedWindowEs,
    { slots: { timelineAccepted: true } },
  ],
  ['no tenemos ningún problema con los 45 días', sellerAskedWindowEs, { slots: { timelineAccepted: true } }],
  ['honestly 45 days isnt an issue for us', sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ["we don't have a problem with 30 to 45 days", sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ['no hay bronca con 45 días', sellerAskedWindowEs, { slots: { timelineAccepted: true } }],
  ["no, that wouldn't be a problem at all", sellerAskedWindow, { slots: { timelineAccepted: true } }],
  ['not really an issue tbh', sellerAskedWindow, { slots: { timelineAccepted: true } }],
  // a negation of the days themselves still refuses them
  ['no 45 days, we need at least 4 months', sellerAskedWindow, { slots: { timelineAccepted: false } }],
  ['no en 45 días, necesitamos como 5 meses', sellerAskedWindowEs, { slots: { timelineAccepted: false } }],
  [
    "45 days won't work, the kids finish school in june",
    sellerAskedWindow,
    { slots: { timelineAccepted: false } },
  ],
  // a trouble named without a negation is a no
  [
    '45 days is a problem, my husband starts his new job in august',
    sellerAskedWindow,
    { slots: { timelineAccepted: false } },
  ],
  [
    'eso sería un problema, mi esposo empieza a trabajar en agosto',
    sellerAskedWindowEs,
    { slots: { timelineAccepted: false } },
  ],
]);

suite('a figure priced only by a hedge is a budget in answer, not one volunteered before any question', [
  [
    'hey on my break, on delivery 41 of like 130 today. we wanna buy a house',
    firstBuyerMessage,
    { slots: { budget: null } },
  ],
  ['still at call 12 of about 200 lol. looking to buy soon', firstBuyerMessage, { slots: { budget: null } }],
  // a sentence that speaks of the home or the money prices it
  ['hi, looking for a 3 bed in upland around 575', firstBuyerMessage, { slots: { 'budget.max': 575000 } }],
  ["we're thinking like 480, maybe a bit more", firstBuyerMessage, { slots: { 'budget.max': 480000 } }],
  ['queremos comprar una casa de unos 520', firstBuyerMessage, { slots: { 'budget.max': 520000 } }],
  // ...and so does answering the bot's questions
  ['3 bed 2 bath, and around 610', B('size'), { slots: { 'size.bedrooms': 3, 'budget.max': 610000 } }],
  // a figure priced by more than a hedge stays one
  ['parked at stop 30 of 90 today, budget is 450', firstBuyerMessage, { slots: { 'budget.max': 450000 } }],
  ['on route rn, pre-approved for 505', firstBuyerMessage, { slots: { 'budget.max': 505000 } }],
]);

const seller = { kind: 'seller' } as CorpusCase['setup'];
const sellerEs = { kind: 'seller', lang: 'es' } as CorpusCase['setup'];

conversationSuite(
  "a lead who asks what someone's home is worth writes for them: their move is the seller's reason",
  [
    [
      ["hi, my dad wants to know what his house is worth, it's 6230 Amethyst Ave"],
      "he's moving up to Oregon to be near my sister",
      seller,
      { slots: { motivation: 'relocation' } },
    ],
    [
      ['mi abuela quiere vender su casa, es la 7719 Sapphire St'],
      'ella se va a vivir a Sonora con mis tíos',
      sellerEs,
      { slots: { motivation: 'relocation' } },
    ],
    // a home only described makes no one the owner
    [
      [
        "my sister's house is right by the park, we'd love to be close to her. we want to sell ours, 8120 Hermosa Ave",
      ],
      "she's moving to Oregon next year",
      seller,
      { slots: { motivation: null } },
    ],
  ],
);

suite('a span of weekdays is a routine, never a move date', [
  ['i drive trucks so im out mon-thu most weeks', B('budget'), { slots: { urgency: null } }],
  ['I work Monday through Thursday, 10 hour shifts', B('budget'), { slots: { urgency: null } }],
  ['trabajo de lunes a viernes en la bodega', ES('budget'), { slots: { urgency: null } }],
  // ...and so is the length of a shift or a commute
  ['we both do 12 hour shifts at the hospital', B('budget'), { slots: { urgency: null } }],
  ['hago turnos de 10 horas', ES('budget'), { slots: { urgency: null } }],
  // a weekday said as when the move happens still is one
  ['we have to be out by friday', B('budget'), { slots: { urgency: 'immediate' } }],
  [
    'i work monday to thursday, but we need to move by friday',
    B('budget'),
    { slots: { urgency: 'immediate' } },
  ],
]);

const readyBuyer = {
  kind: 'buyer',
  scheduling: 'time_of_day',
  slots: {
    budget: { max: 600000 },
    financing: 'pre_approved',
    size: { bedrooms: 3 },
    urgency: 'three_months',
    areas: ['Upland'],
  },
} as CorpusCase['setup'];

conversationSuite('a fact given while the call is being confirmed keeps the time picked', [
  [
    ['saturday morning'],
    'oh and we need a garage for the boat',
    readyBuyer,
    { slots: { 'scheduling.day': 'Saturday', 'scheduling.stage': 'confirm' } },
  ],
  [
    ['saturday morning'],
    'we would want to close in 45 days or so',
    readyBuyer,
    { slots: { 'scheduling.stage': 'confirm', 'scheduling.timeOfDay': 'morning' } },
  ],
  [
    ['el sábado en la mañana'],
    'ah y queremos que tenga patio grande',
    { ...readyBuyer, lang: 'es' },
    { slots: { 'scheduling.stage': 'confirm' } },
  ],
  // a message that is no fact and no answer still asks for the time again
  [['saturday morning'], 'hmm', readyBuyer, { slots: { 'scheduling.stage': 'time_of_day' } }],
]);

suite(
  'what review-s66 found: hours given to leave, free days, Spanish hedges, a clause of its own, an opinion denied',
  [
    // a length in hours said as the time given to leave is one
    ['the landlord gave us 72 hours to get out', B('urgency'), { slots: { urgency: 'immediate' } }],
    ['nos dieron 48 horas para salir de la casa', ES('urgency'), { slots: { urgency: 'immediate' } }],
    ['my drive to work is like 3 hours round trip', B('urgency'), { slots: { urgency: null } }],
    // a weekday said as the day free is no move date, a span of weekdays named by its week is one
    [
      'depends, wed or thu are my days off if we need to see houses',
      B('urgency'),
      { slots: { urgency: null } },
    ],
    ['el sábado es mi día libre', ES('urgency'), { slots: { urgency: null } }],
    [
      'the truck is booked tues thru thurs next week so we need something by then',
      B('urgency'),
      { slots: { urgency: 'immediate' } },
    ],
    // a Spanish hedge prices a figure, in a clause of homes; a figure in a clause of its own is no budget
    ['buscamos algo por ahí de 455', { kind: 'buyer', lang: 'es' }, { slots: { 'budget.max': 455000 } }],
    [
      'salí a correr y hice como 210 minutos lol anyway queremos comprar casa',
      { kind: 'buyer', lang: 'es' },
      { slots: { budget: null } },
    ],
    [
      'jugamos boliche y saqué like 190 jaja. queremos una casa este año',
      { kind: 'buyer', lang: 'es' },
      { slots: { budget: null } },
    ],
    // an opinion denied over a trouble is a yes, a trouble denied before a contrast is not
    [
      "honestly i don't think 45 days would be an issue",
      sellerAskedWindow,
      { slots: { timelineAccepted: true } },
    ],
    ['no creo que los 45 días sean problema', sellerAskedWindowEs, { slots: { timelineAccepted: true } }],
    [
      'the inspection is no problem but 30 to 45 days is an issue for us',
      sellerAskedWindow,
      { slots: { timelineAccepted: false } },
    ],
  ],
);
