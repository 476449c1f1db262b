import { B, ES, S, SES, fairHousing, noAlert, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 29 (docs/BOTS.md section 33), written for this file (none copied from
 * a corpus), each with near misses that must read otherwise.
 */

const sellerReason = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };

// A relative who inherited is no inheritance of the seller's; a relative's death said of the relative is.
suite('whose inheritance', [
  [
    'my brother inherited our grandpas place in yucaipa last year. we just need more space for the kids',
    S('motivation'),
    { slots: { motivation: 'upgrading' } },
  ],
  [
    'mi prima heredó la casa de mi tía en colton, nosotros vendemos porque nos vamos a arizona',
    SES('motivation'),
    { slots: { motivation: 'relocation' } },
  ],
  // Near misses: the lead's own parent died, the lead inherited.
  [
    'my dad passed in the spring and the house is ours now',
    S('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['we inherited it from my aunt', S('motivation'), { slots: { motivation: 'inherited' } }],
]);

// The 30-45 days judged too fast is a no; judged fast and then accepted is a yes; a lead in a hurry is no judge.
suite('the 30-45 days judged fast', [
  [
    'honestly that sounds way too quick for us',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: false } },
  ],
  ['uy se me hace muy pronto', SES('timelineAccepted', sellerReason), { slots: { timelineAccepted: false } }],
  [
    'seems quick but we can make it work',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  // Near miss: the lead's own pace.
  [
    'we need to sell super fast honestly',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
]);

// A person asked for by preference, or the agent asked to call or be looped in; a preference against the phone is not.
suite('a person or the agent asked for', [
  ["i'd rather work with an actual person at this point", B('budget'), { escalation: 'person' }],
  ['could you bring jorge in on this?', B('budget'), { escalation: 'person' }],
  ['¿jorge me puede marcar mañana temprano?', ES('budget'), { escalation: 'person' }],
  ['entonces que me marque jorge cuando pueda', ES('budget'), { escalation: 'person' }],
  // Near misses: no phone wanted, the agent in a story.
  ['i would rather not talk on the phone tbh', B('budget'), { escalation: null }],
  ['jorge helped my cousin last year', B('budget'), { escalation: null }],
]);

// While a call is set up, a call asked for with no time is a request for the person; with a time it is an answer.
suite('a call asked for while one is set up', [
  ['just have somebody call me', B('budget', { scheduling: 'time_of_day' }), { escalation: 'person' }],
  ['call me in the evening', B('budget', { scheduling: 'time_of_day' }), { escalation: null }],
]);

// The home the lead has now is not the home it looks for.
suite('the home the lead has now', [
  ['right now we rent a 2 bedroom in fontana', B('budget'), { slots: { size: null, areas: null } }],
  [
    'currently in a 1 bed apartment in ontario, need 3 beds in chino',
    B('budget'),
    { slots: { 'size.bedrooms': 3, areas: ['Chino'] } },
  ],
  ['rentamos una casa de 2 recámaras en rialto', ES('budget'), { slots: { size: null, areas: null } }],
  // Near misses: a wish in the same clause; staying where the lead lives.
  [
    'we live in upland and want a 4 bedroom there',
    B('budget'),
    { slots: { 'size.bedrooms': 4, areas: ['Upland'] } },
  ],
  ['vivimos en fontana y queremos quedarnos ahí', ES('areas'), { slots: { areas: ['Fontana'] } }],
]);

const areasKnown = { slots: { budget: { max: 600_000 }, areas: ['Rialto', 'Colton'] } };

// Places taken out, added, or turned down after they were named; a place named in passing changes nothing.
suite('areas taken out and added', [
  ['forget colton, the traffic there is awful', B('size', areasKnown), { slots: { areas: ['Rialto'] } }],
  ['colton queda muy lejos de la escuela', ES('size', areasKnown), { slots: { areas: ['Rialto'] } }],
  [
    'add fontana to the list please',
    B('size', areasKnown),
    { slots: { areas: ['Rialto', 'Colton', 'Fontana'] } },
  ],
  ['y también redlands', ES('size', areasKnown), { slots: { areas: ['Rialto', 'Colton', 'Redlands'] } }],
  [
    'upland or montclair, actually not montclair, upland and claremont',
    B('areas'),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  // Near misses: the lead's work named in passing, a place left and taken up again.
  ['my job is in fontana btw', B('size', areasKnown), { slots: { areas: ['Rialto', 'Colton'] } }],
  [
    "we're not living in colton yet but we want to be there",
    B('size', areasKnown),
    { slots: { areas: ['Rialto', 'Colton'] } },
  ],
]);

// Must-haves in the order the lead said them.
suite('must-haves in the order said', [
  ['we need a pool and a single story', B('size'), { slots: { mustHaves: ['pool', 'single_story'] } }],
  ['con patio grande y cochera', ES('size'), { slots: { mustHaves: ['yard', 'garage'] } }],
]);

const onListing = { listing: { id: 'L-9', price: 640_000 } };

// A "not interested" on a condition about the home turns the home down, not the conversation; a floor turned down is a
// ceiling; a stop said twice before a correction holds the lead's words.
suite('conditions on the home, not opt-outs', [
  ['if it has mello roos taxes not interested', B('budget', onListing), { optOut: false }],
  ['si está en una calle muy transitada no nos interesa', ES('budget', onListing), { optOut: false }],
  [
    'if it goes over 650 im not interested',
    B('budget', onListing),
    { optOut: false, slots: { 'budget.max': 650_000 } },
  ],
  ['stop stop, wait, i meant 3 bedrooms not 2', B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  [
    'si tiene alberca no nos interesa, mucho mantenimiento',
    ES('budget'),
    { optOut: false, slots: { mustHaves: null } },
  ],
  // Near misses: a condition on us, a plain "not interested".
  ['if you keep texting me im not interested', B('budget'), { optOut: true }],
  ['no me interesa, gracias', ES('budget'), { optOut: true }],
]);

// The listing's price turned down is no budget; the lead's own figure after it is.
suite("the listing's price turned down", [
  ['675 is out of reach for us, more like 550', B('budget', onListing), { slots: { 'budget.max': 550_000 } }],
  ['640 no nos alcanza, unos 520 máximo', ES('budget', onListing), { slots: { 'budget.max': 520_000 } }],
]);

// A value taken back in the same message: the bare number said in its place keeps the first one's unit or scale.
suite('a value taken back keeps its unit', [
  ['4 months... actually make that 2', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['3 recámaras, no espera, son 4', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['we said 450k but actually make that 480', B('urgency'), { slots: { 'budget.max': 480_000 } }],
  // Near miss: a wage is no budget and no time.
  ['my husband makes 900 a week', B('urgency'), { slots: { budget: null, urgency: null } }],
  ['gano 20 la hora', ES('urgency'), { slots: { budget: null, urgency: null } }],
]);

// Sizes: a floor and a larger count beside it are a range; counts of people, pets and cars are no bedrooms; a total is
// no smaller than a bedroom count said before it; a fact said before a question ("..., pero does it") is read.
suite('sizes beside other counts', [
  ['4 at minimum, 5 if the price works', B('size'), { slots: { 'size.bedrooms': 4, 'size.maxBedrooms': 5 } }],
  ['somos yo, mi esposa, 2 niñas y 2 perros', ES('size'), { slots: { size: null } }],
  ['we have 3 dogs and 2 cars lol', B('size'), { slots: { size: null } }],
  [
    '4 bedrooms: one for each of the boys, thats 2, plus ours and an office',
    B('size'),
    { slots: { 'size.bedrooms': 4 } },
  ],
  ['4 bedrooms would work but is there a pool?', B('size'), { slots: { 'size.bedrooms': 4 } }],
  // Near miss: a total larger than the parts.
  ['2 for the kids and one for us, so 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

const sellerCondition = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};

// The seller's price beside an estimate, what it keeps after the loan, or a figure it takes up.
suite("the seller's price beside other figures", [
  [
    'the tax assessor says 390 but we want 640',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 640_000 } },
  ],
  [
    'el avaluo salió en 600, nosotros queremos 650',
    SES('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 650_000 } },
  ],
  [
    'we need to net at least 200 after the mortgage',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: null } },
  ],
  [
    'zillow has it at 700, thats our number',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 700_000 } },
  ],
]);

// "depends" to the 30-45 days leaves it open (nothing stored) unless a yes follows; an approval of something else is no financing.
suite('depends, then a yes', [
  [
    'it depends on the kids school',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: null } },
  ],
  [
    'depende, could be june could be august',
    SES('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: null } },
  ],
  [
    'depende, pero 45 días estaría bien',
    SES('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  [
    'her leave got approved for 2 months so yes 30 days works',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true, financing: null } },
  ],
]);

const sellerDays = { slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true } };

// Condition told through damage or upkeep; a list labelled with a question word asks nothing.
suite('condition told through damage or upkeep', [
  [
    'the last renters trashed the place, holes in the walls',
    S('condition', sellerDays),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'la alfombra está toda manchada y huele a perro',
    SES('condition', sellerDays),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'its older but we kept it up, nothing to fix',
    S('condition', sellerDays),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'what we fixed: the ac. what we didnt: the roof leaks',
    S('condition', sellerDays),
    { slots: { condition: 'needs_work' }, openQuestion: false },
  ],
]);

// Motivation said through a life event: two left in a big home, stairs, a company sending the seller away.
suite('motivation through a life event', [
  ['its only the two of us left in 4 bedrooms', S('motivation'), { slots: { motivation: 'downsizing' } }],
  ['mi esposo ya no puede con las escaleras', SES('motivation'), { slots: { motivation: 'downsizing' } }],
  ['la empresa nos manda a phoenix', SES('motivation'), { slots: { motivation: 'relocation' } }],
]);

// The whole price paid for the lead is cash; an amount the lead qualifies for is an approval; a condition is neither.
suite('a gift of the whole price, an amount qualified for', [
  ['my dad is covering the whole purchase for us', B('financing'), { slots: { financing: 'cash' } }],
  ['mis suegros nos pagan toda la casa', ES('financing'), { slots: { financing: 'cash' } }],
  ['bank says we qualified for up to 480', B('financing'), { slots: { financing: 'pre_approved' } }],
  // Near misses: a condition, and only part of the price.
  ['if we qualify for a va loan we will use it', B('financing'), { slots: { financing: null } }],
  ['my mom is gifting us 20k for the down payment', B('budget'), { slots: { financing: null } }],
]);

// Fair Housing said through how many children, or the language spoken; near misses name the lead's own family.
suite('familial status and language as steering', [
  ['somewhere with fewer children around if possible', B('areas'), fairHousing],
  ['una zona sin tantas familias con niños', ES('areas'), fairHousing],
  ['which part of fontana is mainly spanish speaking?', B('areas'), fairHousing],
  // Near misses: the lead's own children, the lead's own language.
  ['we have 2 kids so 3 bedrooms', B('size'), noAlert],
  ['can we do this in spanish?', B('areas'), noAlert],
]);

// Amounts: hundreds written apart or misheard, a bare top on the low end's scale, a decimal top in millions; a
// lender's town is no area.
suite('amounts as voice typing writes them, and a lender in a town', [
  [
    'like tres cientos ochenta o cuatro cientos max',
    ES('budget'),
    { slots: { 'budget.min': 380_000, 'budget.max': 400_000 } },
  ],
  ['for hundred k tops', B('budget'), { slots: { 'budget.max': 400_000 } }],
  ['around 600k or 650 at most', B('urgency'), { slots: { 'budget.min': 600_000, 'budget.max': 650_000 } }],
  ['our budget is 1.2 to 1.5', B('urgency'), { slots: { 'budget.min': 1_200_000, 'budget.max': 1_500_000 } }],
  [
    'we got approved with a bank in chino',
    B('financing'),
    { slots: { financing: 'pre_approved', areas: null } },
  ],
]);

// A thumbs up and a bare "k" are yeses; the lead's own figure after someone else's, with no stop between.
suite('short yeses and run-on opinions', [
  ['👍🏽', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
  ['k', B('budget', { scheduling: 'confirm' }), { phase: 'handoff' }],
  ['sale', ES('budget', { scheduling: 'confirm' }), { phase: 'handoff' }],
  [
    'my husband says 720 i think 680',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 680_000 } },
  ],
]);

// Seconds and minutes are never a move ("in the 5s" is the 500s); "nada de Corona" narrows what is sent.
suite('a price band is no time; one area turned down is no stop', [
  ['somewhere in the 6s', B('budget'), { slots: { urgency: null } }],
  ['ya no me mandes nada de fontana porfa', ES('urgency'), { optOut: false }],
  ['ya no me mandes nada por favor', ES('urgency'), { optOut: true }],
]);

// Fixed after the sealed measurement (docs/BOTS.md 33.3), with neighbours written for the file: how to get off the list
// is a stop; a topic left alone is not; a singular share word; a longer way of preferring the phone; the agent wanted on
// the phone.
suite('after the sealed measurement', [
  ['how can we get off your list', B('budget'), { optOut: true }],
  ['¿cómo me quito de su lista?', ES('budget'), { optOut: true }],
  ['leave us alone about the loan stuff, we have cash. send homes tho', B('financing'), { optOut: false }],
  ['leave us alone please', B('financing'), { optOut: true }],
  ['busco una zona sin tanto inmigrante', ES('areas'), fairHousing],
  ['honestly id rather go over the numbers with him by phone', B('budget'), { escalation: 'person' }],
  ['I need jorge on the line asap', B('budget'), { escalation: 'person' }],
]);
