import { B, ES, S, SES, fairHousing, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 28 (docs/BOTS.md section 32), written for this file (none copied from
 * a corpus), each with near misses that must read otherwise.
 */

const budgetKnown = { slots: { budget: { min: 480_000, max: 600_000 } } };
const lead = { kind: 'lead' } as const;
const sellerReason = { slots: { address: '8231 Haven Ave', motivation: 'downsizing' } };
const sellerDays = { slots: { ...sellerReason.slots, timelineAccepted: true } };

// A budget moved since it was said replaces the known one; someone else's move does not.
suite('a budget moved since', [
  ['good news, we can go up to 650k now', B('size', budgetKnown), { slots: { 'budget.max': 650_000 } }],
  [
    'mi esposo y yo podemos subir hasta 640 mil',
    ES('size', budgetKnown),
    { slots: { 'budget.max': 640_000 } },
  ],
  // Near misses: a price going up, someone else's reach.
  ['homes in upland went up to 700k this year', B('size', budgetKnown), { slots: { 'budget.max': 600_000 } }],
  ['my cousin can go up to 900k', B('size', budgetKnown), { slots: { 'budget.max': 600_000 } }],
]);

// A stop narrowed to some hours is no opt-out; a stop from now on is one.
suite('a stop narrowed to some hours', [
  ['no more texts before 8am please', B('budget'), { optOut: false }],
  ['no mas mensajes en la noche porfa', ES('budget'), { optOut: false }],
  ['stop texting me after this, we found a house', B('budget'), { optOut: true }],
  ['no more texts please', B('budget'), { optOut: true }],
]);

// A stop taken back at once ("jk", "mentira") is no opt-out; a Spanish "dejen de molestar" is one.
suite('stops taken back and plain Spanish stops', [
  ['stop lol jk, send me more of those', B('budget'), { optOut: false }],
  ['alto... mentira, sigan mandando', ES('budget'), { optOut: false }],
  ['ya dejen de molestar por favor', ES('budget'), { optOut: true }],
  // Near miss: someone else's phone, the lead's messages asked for.
  ['no le escriban a mi hijo, escribanme a mi', ES('budget'), { optOut: false }],
]);

// Whose words: the lead who does not give in speaks in its own voice; one who had a figure before gives way.
suite('a lead who does not give in', [
  [
    "my wife says 750 but i don't think she's right, 680 max",
    B('budget'),
    { slots: { 'budget.max': 680_000 } },
  ],
  ['mi esposa dice 750 pero no tiene razon, 690 maximo', ES('budget'), { slots: { 'budget.max': 690_000 } }],
  [
    'i was at 720 a while ago but my husband says 640 is our max now',
    B('budget'),
    { slots: { 'budget.max': 640_000 } },
  ],
  // Near miss: the lead gives in.
  ['my husband says 700, i said 650 but he knows better', B('budget'), { slots: { 'budget.max': 700_000 } }],
]);

// Counts said as alternatives are a range from the least; a count after "no" replaces the one before it.
suite('counts as alternatives', [
  [
    '2 bedrooms, maybe 3 if the price is right',
    B('size'),
    { slots: { size: { bedrooms: 2, maxBedrooms: 3 } } },
  ],
  ['entre 2 y 3 recamaras', ES('size'), { slots: { size: { bedrooms: 2, maxBedrooms: 3 } } }],
  ['4 min, 5 would be great', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['2, no 3', B('size'), { slots: { 'size.bedrooms': 3 } }],
  // Near misses: storeys and minutes are no bedrooms.
  ['3 bedrooms, 2 stories is fine', B('size'), { slots: { 'size.bedrooms': 3 } }],
  ['5 min from the 210 would be nice', B('size'), { slots: { size: null } }],
]);

// A big flaw is not conceded before a verdict; a small one is.
suite('a flaw conceded before a verdict', [
  [
    'the plumbing leaks but other than that its in great shape',
    S('condition', sellerDays),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'tiene termitas pero fuera de eso esta muy bien',
    SES('condition', sellerDays),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'the paint is a bit faded but otherwise its move in ready',
    S('condition', sellerDays),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

// A legal matter whose end is still to come hands off; one long past does not.
suite('legal matters still to come', [
  ["we've got a tax lien that has to be paid off before closing", S('motivation'), { escalation: 'legal' }],
  ['the bankruptcy was years ago, we just want more space', S('motivation'), { escalation: null }],
]);

// The seller's 30 to 45 days: a time offered after a contrast accepts, a bare refusal said first declines.
suite('the 30 to 45 days', [
  [
    '45 days is a bit quick but 2 months we can do',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  [
    'nah. we need until august at least',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: false } },
  ],
  ['30 is fine', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
]);

// Areas: where a commute goes and where someone else lives are no areas; a list opened by "mejor" is one.
suite('areas', [
  [
    'corona or norco, close enough to commute to irvine',
    B('areas'),
    { slots: { areas: ['Corona', 'Norco'] } },
  ],
  ['en ontario vive mi suegra, mejor upland', ES('areas'), { slots: { areas: ['Upland'] } }],
  ['mejor fontana o rialto', ES('areas'), { slots: { areas: ['Fontana', 'Rialto'] } }],
]);

// Routing: "both" sells first; a renter who cannot buy yet stays with the lead bot.
suite('routing', [
  ['both', { ...lead, asking: 'intent' }, { kind: 'seller' }],
  ['solo queremos rentar, no podemos comprar todavia', lead, { kind: 'lead' }],
]);

// Lead questions and Fair Housing in Spanish.
suite('Fair Housing in Spanish and a place judged', [
  ['hay puros mexicanos en esa zona?', ES('areas'), fairHousing],
  ['is rialto sketchy?', B('areas'), fairHousing],
]);
