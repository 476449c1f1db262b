import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 38's mechanisms (docs/BOTS.md section 42), taken from the spent conversations-s50 and s51 and the sealed
 * s50 and s51 probes, with near neighbours written for this file and the hard negatives beside them.
 */
suite('a home left on a death, in the base form and by more relatives', [
  [
    'my grandad pass away in june and he leave the house to us',
    S('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['my stepmom left me her house', S('motivation'), { slots: { motivation: 'inherited' } }],
  // leaving a house is no bequest without someone it is left to
  ['my mom wants to leave the house clean for the buyers', S('condition'), { slots: { motivation: null } }],
  ['we leave the house at 7 every morning', S('condition'), { slots: { motivation: null } }],
]);

suite('going to live beside someone elsewhere is a relocation', [
  [
    'we are going back to stay with my parents in texas',
    S('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  ['moving over to care for my grandma in phoenix', S('motivation'), { slots: { motivation: 'relocation' } }],
  ['we go back to work on monday', S('condition'), { slots: { motivation: null } }],
]);

suite('an amount named as the wish itself is the price', [
  ['500 is what we want', S('motivation'), { slots: { priceExpectation: 500000 } }],
  ['620 es lo que pedimos', SES('condition'), { slots: { priceExpectation: 620000 } }],
]);

suite('follow-ups and reminders are our messages', [
  ['no more follow-ups, we sold it already', B('budget'), { optOut: true }],
  ['pls stop the reminders', S('condition'), { optOut: true }],
  ['ill follow up with my husband tonight', B('budget'), { optOut: false }],
  ['can you send me a reminder before the call?', B('budget'), { optOut: false }],
]);

suite('a part of the home and what it does wrong', [
  ['the ceiling leak in the master bedroom', S('condition'), { slots: { condition: 'needs_work' } }],
  ['el techo gotea cuando llueve', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['tiene filtraciones en el baño', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['no leaks, the roof is new', S('condition'), { slots: { condition: 'move_in_ready' } }],
  // papers to fix are no work on the home
  ['hay que arreglar los papeles primero', SES('condition'), { slots: { condition: null } }],
  ['hay que arreglar la cocina', SES('condition'), { slots: { condition: 'needs_work' } }],
]);

suite('the bank not begun, a credit still being built', [
  [
    'lo del préstamo todavía no lo hemos comenzado',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['still rebuilding my credit after the divorce', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'we started with the bank last month and got approved for 500',
    B('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('no hurry with a degree or without its article; a span still to run', [
  ['no big rush for us', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['we not in hurry', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['not in hurry, the lease has 4 more months', B('urgency'), { slots: { urgency: 'six_months' } }],
  ['we need to wait for my bonus, so like in 5-6 months', B('urgency'), { slots: { urgency: 'six_months' } }],
]);

suite('beside areas it names, what the lead wants to be near says where in them', [
  ['chino or ontario, close to the 60', B('areas'), { slots: { areas: ['Chino', 'Ontario'] } }],
  ['upland, near the church', B('areas'), { slots: { areas: ['Upland'] } }],
  ['close to the 60', B('areas'), { slots: { areas: ['near the 60'] } }],
]);

suite('an earlier answer said to be wrong', [
  [
    'sorry i said wrong, 600 is the max',
    B('size', { slots: { budget: { max: 650000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
  [
    'perdón, dije mal, son 3 recámaras',
    ES('areas', { slots: { size: { bedrooms: 4 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
]);

suite('a 1031 exchange asked about is tax advice; its cash told as a fact is cash', [
  ['can i do a 1031 exchange on this one?', S('motivation'), { escalation: 'legal' }],
  ['paying cash, its 1031 money', B('financing'), { escalation: null, slots: { financing: 'cash' } }],
]);

suite('a place where a home was sold is no area wanted', [
  ['we sold our condo in ontario, looking in upland now', B('areas'), { slots: { areas: ['Upland'] } }],
]);

suite('nothing owned here, or the home already sold: the buyer bot', [
  [
    'no, i dont own anything here, we want to buy',
    S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { kind: 'buyer' },
  ],
  [
    'we dont own the land, just the house',
    S('condition', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } }),
    { kind: 'seller' },
  ],
]);

suite('a list of places that opens the message, a question after it, a place with "only" or "u"', [
  [
    'Upland or Claremont. do you have anything with a pool?',
    B('size', { slots: { areas: ['Pomona'] } }),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  [
    'scratch ontario. chino only',
    B('size', { slots: { areas: ['Ontario', 'Chino'] } }),
    { slots: { areas: ['Chino'] } },
  ],
  ['Corona u Ontario', ES('areas'), { slots: { areas: ['Corona', 'Ontario'] } }],
]);

suite('reasons in more words: a separation, a job gone, a death in the base form, a spouse transferred', [
  [
    'me separé el año pasado y no puedo sola con la casa',
    SES('motivation'),
    { slots: { motivation: 'divorce' } },
  ],
  ['we broke up and neither of us wants the house', S('motivation'), { slots: { motivation: 'divorce' } }],
  ['mi esposo se quedó sin chamba', SES('motivation'), { slots: { motivation: 'financial' } }],
  ['the mortgage is crushing us', S('motivation'), { slots: { motivation: 'financial' } }],
  ['my dad pass in may and leave it to us', S('motivation'), { slots: { motivation: 'inherited' } }],
  ['her company is relocating her to denver', S('motivation'), { slots: { motivation: 'relocation' } }],
  // a parent who owns the home and sells it is no inheritance
  ["my mom's house, she owns it and lives there", S('condition'), { slots: { motivation: null } }],
]);

const PRICED = (price: number, asking: 'condition' | 'motivation' = 'condition') =>
  S(asking, { slots: { address: '8231 Haven Ave', priceExpectation: price } });

suite("a price said again as the seller's wish replaces the one before", [
  ['we want 700 now that the kitchen is done', PRICED(650000), { slots: { priceExpectation: 700000 } }],
  ['ok 720 and we are happy', PRICED(650000), { slots: { priceExpectation: 720000 } }],
  [
    'ponle 580, ya lo platiqué con mi esposa',
    SES('condition', { slots: { address: '8231 Haven Ave', priceExpectation: 550000 } }),
    { slots: { priceExpectation: 580000 } },
  ],
  // someone else's figure, or a number of something else, leaves it
  ['the neighbors want 800 for theirs', PRICED(650000), { slots: { priceExpectation: 650000 } }],
  ['we want 3 bedrooms in the next place', PRICED(650000), { slots: { priceExpectation: 650000 } }],
]);

suite('an amount from a sale to put down is no budget; a ceiling said as where the lead tops out', [
  ['we have like 90k from the sale to put down', B('budget'), { slots: { budget: null } }],
  [
    "honestly 550 is where we'd top out",
    B('budget'),
    { slots: { 'budget.max': 550000, 'budget.min': null } },
  ],
  ["650 is where we'd max out", B('budget'), { slots: { 'budget.max': 650000, 'budget.min': null } }],
  // a bare amount keeps its range
  ['honestly 550', B('budget'), { slots: { 'budget.max': 550000, 'budget.min': 440000 } }],
]);

suite('someone at home corrects the lead', [
  [
    'my wife is correcting me, the max is 600 not 650',
    B('size', { slots: { budget: { min: 520000, max: 650000 } } }),
    { slots: { 'budget.max': 600000 } },
  ],
  [
    'me corrigió mi esposo, son 4 recámaras',
    ES('budget', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 4 } },
  ],
]);

const RETIRING = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'retirement' } });

suite('the home called nice as it is; work done by someone in the base form', [
  ['the house is really nice, nothing to fix', S('condition'), { slots: { condition: 'move_in_ready' } }],
  ['the area is nice but the house needs a new roof', S('condition'), { slots: { condition: 'needs_work' } }],
  ['we would have to remodel the bathrooms', S('condition'), { slots: { condition: 'needs_work' } }],
]);

suite('the pace judged, then a yes after the contrast; a colon that answers the days', [
  ['sounds fast, but yes we can do it', RETIRING, { slots: { timelineAccepted: true } }],
  ['rápido pero sí, nos conviene', RETIRING, { slots: { timelineAccepted: true } }],
  [
    'too fast, but yes we want to sell at some point, maybe in a year',
    RETIRING,
    { slots: { timelineAccepted: false } },
  ],
  ['45 days: no', RETIRING, { slots: { timelineAccepted: false } }],
  ['45 days: sure', RETIRING, { slots: { timelineAccepted: true } }],
  ["eso es mu' rápido pa nosotros", RETIRING, { slots: { timelineAccepted: false } }],
]);

suite('a weekend gone by is no timeline; a count of units replaces a time read from a day', [
  ['we started looking last weekend', B('budget'), { slots: { urgency: null } }],
  [
    'in about 2 months i think',
    B('size', { slots: { urgency: 'immediate', timeline: 'this week' } }),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'and maybe in 6 months we can get a dog',
    B('size', { slots: { urgency: 'three_months', timeline: 'in 2 months' } }),
    { slots: { urgency: 'three_months' } },
  ],
]);

suite('a foreclosure threatened unless the lead pays; tax asked about in Spanglish', [
  ['si no pagamos en junio nos van a quitar la casa', SES('motivation'), { escalation: 'legal' }],
  ["if we don't pay by june they will foreclose", S('motivation'), { escalation: 'legal' }],
  ['si no pagamos la luz nos la cortan', SES('motivation'), { escalation: null }],
  ['how much tax would i pay on the sale?', S('motivation'), { escalation: 'legal' }],
]);

suite('the agent himself asked to reach the lead; not to be looked up again', [
  ['pues que Jorge mismo me llame', ES('size'), { escalation: 'person' }],
  ['ya no me busquen, gracias', ES('size'), { optOut: true }],
  ['no me busquen casas de dos pisos', ES('size'), { optOut: false }],
]);

suite('an errand with the bank is no approval', [
  ['cancelamos la cita con el banco, la movimos al lunes', ES('financing'), { slots: { financing: null } }],
  ['ya estamos con el banco, todo listo', ES('financing'), { slots: { financing: 'pre_approved' } }],
]);

const HOT_SELLER = (lang: 'en' | 'es'): CorpusCase['setup'] => ({
  kind: 'seller',
  ...(lang === 'es' ? { lang } : {}),
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
    priceExpectation: 650000,
  },
  scheduling: 'day',
});

suite('a weekday turned down is not the day of the call', [
  ['monday is bad for me, tuesday works', HOT_SELLER('en'), { slots: { 'scheduling.day': 'Tuesday' } }],
  [
    'thursday he has work, can we do friday instead?',
    HOT_SELLER('en'),
    { slots: { 'scheduling.day': 'Friday' } },
  ],
  ['cualquier día menos el lunes', HOT_SELLER('es'), { slots: { 'scheduling.day': 'cualquier día' } }],
  ['el miércoles', HOT_SELLER('es'), { slots: { 'scheduling.day': 'el miércoles' } }],
]);

suite('buying for someone, a sale that pays for the purchase', [
  ['queremos comprarle una casa a mi mamá', { kind: 'lead', lang: 'es' }, { kind: 'buyer' }],
  [
    'queremos vender la de Ontario y con eso comprar algo más grande',
    { kind: 'lead', lang: 'es' },
    { kind: 'seller' },
  ],
]);

suite("a relative's need is not the home's", [
  ['my dad is getting old and needs help, so we sell', S('motivation'), { slots: { condition: null } }],
  ['mi papá está enfermo y necesita cuidados', SES('motivation'), { slots: { condition: null } }],
  ['my dad says the house needs a lot of work', S('motivation'), { slots: { condition: 'needs_work' } }],
  [
    'la heredé de mi papá y necesita muchas reparaciones',
    SES('motivation'),
    { slots: { condition: 'needs_work' } },
  ],
]);

suite('a stop before one thing said in place of another holds the words; a foreclosure said not to happen', [
  ['para, para, no es Ontario, es Chino', ES('size', { slots: { areas: ['Ontario'] } }), { optOut: false }],
  ['stop, not 3 bedrooms, its 4', B('budget'), { optOut: false }],
  ['para, no es por ti, es que ya compramos', ES('size'), { optOut: true }],
  ['stop, no es necesario, es que ya no buscamos', ES('size'), { optOut: true }],
  ['no es que me vayan a quitar la casa, solo quiero vender', SES('motivation'), { escalation: null }],
]);

suite('an approval amount after "para"', [
  [
    'ya estamos pre-aprobados para 480',
    ES('financing'),
    { slots: { financing: 'pre_approved', 'budget.max': 480000 } },
  ],
  [
    'we are pre-approved para 610',
    B('financing'),
    { slots: { financing: 'pre_approved', 'budget.max': 610000 } },
  ],
]);

// After the adversarial review (review-s52.json): its misses' mechanisms, in other words again.
suite('a death in the base form with what was left; a person who needs help; a weekday the lead is busy', [
  [
    'my grandma die in march and she leave us her house',
    S('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['my mom is sick, she needs help every day', S('motivation'), { slots: { condition: null } }],
  ['the kitchen needs help honestly', S('condition'), { slots: { condition: 'needs_work' } }],
  ["tuesday i'm busy all day, thursday?", HOT_SELLER('en'), { slots: { 'scheduling.day': 'Thursday' } }],
  ['how would a 1031 work if i sell this one?', S('motivation'), { escalation: 'legal' }],
  ['the down payment is coming from a 1031 we set up', B('financing'), { escalation: null }],
]);

suite('the one area said with "only" is the whole answer', [
  ['we thought Ontario but now Chino only', B('areas'), { slots: { areas: ['Chino'] } }],
  ['antes dije Montclair, pero solo en Upland', ES('areas'), { slots: { areas: ['Upland'] } }],
  ['Fontana o Rialto nomás', ES('areas'), { slots: { areas: ['Fontana', 'Rialto'] } }],
  ['etiwanda también, no solo alta loma', ES('areas'), { slots: { areas: ['Etiwanda', 'Alta Loma'] } }],
]);

suite('a loan turned down is cash', [
  ["we aren't taking out a mortgage, we have the money", B('financing'), { slots: { financing: 'cash' } }],
  ['zero loans, all savings', B('financing'), { slots: { financing: 'cash' } }],
  ['nada de hipoteca, lo pagamos con ahorros', ES('financing'), { slots: { financing: 'cash' } }],
  ['no loan yet, still shopping for a lender', B('financing'), { slots: { financing: 'needs_lender' } }],
]);

suite("a cash buyer's savings are its budget's ceiling; a budget that drops", [
  [
    'cash buyers, we have around 600k saved',
    B('financing'),
    { slots: { financing: 'cash', budget: { max: 600000 } } },
  ],
  ['we have 80k saved for the down payment', B('financing'), { slots: { budget: null } }],
  [
    'el presupuesto baja a 500 como máximo',
    ES('areas', { slots: { budget: { max: 560000 } } }),
    { slots: { 'budget.max': 500000 } },
  ],
]);
