import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 25 from the review-s31 probes and the blind-s32 set (docs/BOTS.md
 * section 29), each with phrasings in English, Spanish and Spanglish and near misses that must read otherwise.
 */

const budgetKnown = { slots: { budget: { min: 480_000, max: 600_000 } } };

// A bare "now" says when only with the move, a home, or as the whole answer.
suite('a bare now', [
  ['we need 4 bedrooms now, my dad is moving in', B('size', budgetKnown), { slots: { urgency: null } }],
  ['somos 5 ahora', ES('size', budgetKnown), { slots: { urgency: null } }],
  ["we're preapproved now", B('financing', budgetKnown), { slots: { urgency: null } }],
  ['the kids are older now so we need more room', B('size', budgetKnown), { slots: { urgency: null } }],
  // Near misses: the move now, a home now, the whole answer.
  ['we want to move now', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['we need a place now', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['queremos mudarnos ahora', ES('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['now', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
]);

// A take-back, a now turned down, the time left before an event.
suite('dates taken back, turned down or counted to an event', [
  [
    'asap. scratch that, more like in 4 months',
    B('urgency', budgetKnown),
    { slots: { urgency: 'six_months' } },
  ],
  [
    'lo antes posible, bueno no, mejor en 5 meses',
    ES('urgency', budgetKnown),
    { slots: { urgency: 'six_months' } },
  ],
  [
    'ahorita no podemos, pero en 2 meses sí',
    ES('urgency', budgetKnown),
    { slots: { urgency: 'three_months' } },
  ],
  ['right now we cant, maybe in 6 months', B('urgency', budgetKnown), { slots: { urgency: 'six_months' } }],
  [
    'we have 2 months before our lease is up',
    B('urgency', budgetKnown),
    { slots: { urgency: 'three_months' } },
  ],
  ['we have 3 weeks left on our lease', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
  ['the house sat vacant for 2 months', B('urgency', budgetKnown), { slots: { urgency: null } }],
  [
    'yes pre approved w/ guild mortgage, letter is good till june',
    B('financing', budgetKnown),
    { slots: { financing: 'pre_approved', urgency: null } },
  ],
  [
    'la preaprobacion vence en mayo, queremos comprar en 2 meses',
    ES('financing', budgetKnown),
    { slots: { urgency: 'three_months' } },
  ],
  ['what is the market like right now', B('budget'), { slots: { urgency: null } }],
  // Near misses: a date put forward, a holiday, a now kept.
  ['how about june', B('urgency', budgetKnown), { slots: { urgency: 'three_months' } }],
  ['2 weeks before christmas', B('urgency', budgetKnown), { slots: { urgency: 'browsing' } }],
  ['lo antes posible, no podemos esperar', ES('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
]);

// An amount set aside, or called too high, gives way to the one the lead means.
suite('an amount set aside or called too high', [
  ['845 is a bit high for us, we are at 800 max', B('budget'), { slots: { 'budget.max': 800_000 } }],
  [
    'actually scratch the 600, we just got approved for up to 680',
    B('size', { slots: { budget: { min: 480_000, max: 600_000 }, financing: 'pre_approved' } }),
    { slots: { 'budget.max': 680_000 } },
  ],
  [
    'hola soy su esposa, no es 500, es 550 max',
    ES('size', { slots: { budget: { min: 400_000, max: 500_000 } } }),
    { slots: { 'budget.max': 550_000 } },
  ],
  ['3 recamaras. Ah, y le dije 500 pero mejor hasta 550', ES('budget'), { slots: { 'budget.max': 550_000 } }],
  ['650k is too much', B('budget'), { slots: { budget: null } }],
  // Near misses: a ceiling said with "not", an amount that is fine.
  ['not over 600', B('budget'), { slots: { 'budget.max': 600_000 } }],
  ['600 is not bad', B('budget'), { slots: { 'budget.max': 600_000 } }],
]);

// Someone else's sale; selling first said after buying; the purchase clause's areas.
suite('who sells and what is bought', [
  [
    "hi do u have rentals? we're renting en fontana pero the landlord is selling",
    undefined,
    { kind: 'lead' },
  ],
  ['my landlord is selling the house we rent', undefined, { kind: 'lead' }],
  ['hola! we want to buy en chino hills pero primero vender la de nosotros', undefined, { kind: 'seller' }],
  ['we want to buy, but first we have to sell ours', undefined, { kind: 'seller' }],
  // Near miss: buying first, selling after, is a buyer.
  ['we want to buy first and then sell ours, pre approved', undefined, { kind: 'buyer' }],
]);

// A message that answers something else is no stall; the 30-45 days named with the reason.
suite('answers to other questions', [
  [
    'nos vamos a guadalajara, y si, 45 dias esta bien',
    SES('motivation'),
    { slots: { motivation: 'relocation', timelineAccepted: true } },
  ],
  ['moving to boise for work, 30 days works', S('motivation'), { slots: { timelineAccepted: true } }],
  // Near miss: a date with the reason is not the 30-45 days accepted.
  ['moving to boise in 6 months', S('motivation'), { slots: { timelineAccepted: null } }],
]);

// Conditions and counts said other ways.
suite('conditions and counts', [
  ['esta en talla, la arreglamos toda', SES('condition'), { slots: { condition: 'move_in_ready' } }],
  ['no la arreglamos toda, falta la cocina', SES('condition'), { slots: { condition: 'needs_work' } }],
  [
    '2 bed is fine... wait no, 3, my mom is moving in with us',
    B('size', budgetKnown),
    { slots: { 'size.bedrooms': 3 } },
  ],
  ['3 bedrooms. actually make it 4', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['i mentioned 2 bedrooms before, make that 3', B('size', budgetKnown), { slots: { 'size.bedrooms': 3 } }],
  // Near miss: an apology that takes no count back.
  [
    '3 bedrooms, sorry 1 more thing: we need a pool',
    B('size', budgetKnown),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'if we buy before june it will be cash, otherwise a loan, havent decided',
    B('size', budgetKnown),
    { slots: { financing: null } },
  ],
]);

// After the sealed parts were measured (docs/BOTS.md 29.3): the mechanisms of some of their misses, with neighbours.
suite('sealed-part misses, fixed after the measurement', [
  ["i'll send you all my coworkers if you pay me $300 a head", B('financing'), { alertTopic: 'kickback' }],
  ['if i bring you my friends will you pay me 200 each', B('financing'), { alertTopic: 'kickback' }],
  [
    "we don't have lender todavia, can you recommend uno?",
    B('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['doesnt have to be 4 bedrooms, 3 is ok', B('size', budgetKnown), { slots: { 'size.bedrooms': 3 } }],
  [
    'no tiene que ser de 4 recamaras, con 3 basta',
    ES('size', budgetKnown),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'we couldnt do 30 days, kids are in school until june',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { slots: { timelineAccepted: false } },
  ],
  // Near misses: a referral thanked for, a lender the lead has.
  ['i can send you my coworkers, they are looking too', B('financing'), { alertTopic: null }],
  ['we have a lender already, preapproved', B('financing'), { slots: { financing: 'pre_approved' } }],
]);

// Two offered slots named together ("either of the first two") are no pick: the bot asks which one.
const picking = {
  kind: 'buyer',
  slots: { budget: { min: 480_000, max: 600_000 }, financing: 'pre_approved', size: { bedrooms: 3 } },
  scheduling: 'slot',
  calendar: [
    'Wednesday, March 11 at 9:30 AM',
    'Thursday, March 12 at 1:00 PM',
    'Saturday, March 14 at 10:00 AM',
  ],
} as CorpusCase['setup'];
suite('two slots named together', [
  ['either of the first two', picking, { booked: null }],
  ['the first two both work', picking, { booked: null }],
  ['any of the last two', picking, { booked: null }],
  ['cualquiera de los primeros dos', { ...picking, lang: 'es' }, { booked: null }],
  // Near misses: one slot named.
  ['the first one', picking, { booked: 0 }],
  ['the last one', picking, { booked: 2 }],
  ['2', picking, { booked: 1 }],
]);
