import { describe, expect, it } from 'vitest';
import { conversation, replyText } from './helpers.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Neighbours of the mechanisms fixed in session 27 (docs/BOTS.md section 31), each with phrasings in English, Spanish
 * and Spanglish and near misses that must read otherwise.
 */

const budgetKnown = { slots: { budget: { min: 480_000, max: 600_000 } } };
const buyerKnown = { slots: { budget: { min: 448_000, max: 560_000 }, size: { bedrooms: 4 } } };
const lead = { kind: 'lead' } as const;

// Buying denied is no buyer's cue: a lead who only wants to rent stays with the lead bot.
suite('buying denied, renting wanted', [
  ['no, no queremos comprar, solo rentar', lead, { kind: 'lead' }],
  ["we don't want to buy, we just need a rental for now", lead, { kind: 'lead' }],
  ['no buscamos comprar, solo una casa para rentar', lead, { kind: 'lead' }],
  // Near misses: buying wanted beside the rent.
  ['queremos comprar, ya no rentar', lead, { kind: 'buyer' }],
  ['we rent now but we want to buy a 3 bedroom', lead, { kind: 'buyer' }],
]);

// A way of paying refused right after it is said is not how the lead pays.
suite('a way of paying refused right after it', [
  ['de contado no, con prestamo', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['cash? no, we need a loan', B('financing'), { slots: { financing: 'needs_lender' } }],
  ['efectivo no, vamos a financiar', ES('financing'), { slots: { financing: 'needs_lender' } }],
  // Near misses: cash with a "no" about something else.
  ['cash, no loan needed', B('financing'), { slots: { financing: 'cash' } }],
  ['cash no problem', B('financing'), { slots: { financing: 'cash' } }],
  ['pagamos de contado', ES('financing'), { slots: { financing: 'cash' } }],
  ['all cash offer, no contingencies', B('financing'), { slots: { financing: 'cash' } }],
]);

// A place turned down right after it is named is not an area.
suite('a place turned down after its name', [
  [
    'we looked at fontana but no thanks, upland or claremont',
    B('areas', buyerKnown),
    { slots: { areas: ['Upland', 'Claremont'] } },
  ],
  [
    'fontana, not for us. rancho or upland',
    B('areas', buyerKnown),
    { slots: { areas: ['Rancho Cucamonga', 'Upland'] } },
  ],
  [
    'vimos casas en fontana pero no nos gusto, mejor en chino',
    ES('areas', buyerKnown),
    { slots: { areas: ['Chino'] } },
  ],
  // Near misses: a "no" about something else.
  ['fontana and no hoa please', B('areas', buyerKnown), { slots: { areas: ['Fontana'] } }],
  ['upland or fontana, no preference', B('areas', buyerKnown), { slots: { areas: ['Upland', 'Fontana'] } }],
]);

const sellerAddress = { slots: { address: '8231 Haven Ave' } };

// The reason said after a word that takes one back replaces the one before.
suite('a reason taken back', [
  [
    "we're retiring, bueno, mas bien downsizing",
    S('motivation', sellerAddress),
    { slots: { motivation: 'downsizing' } },
  ],
  [
    'divorce, sorry i mean we are relocating for work',
    S('motivation', sellerAddress),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'nos retiramos, o sea, mas bien la casa nos queda grande',
    SES('motivation', sellerAddress),
    { slots: { motivation: 'downsizing' } },
  ],
  // Near misses: a take-back that names no reason, a reason added.
  [
    'inherited it, or rather my husband did',
    S('motivation', sellerAddress),
    { slots: { motivation: 'inherited' } },
  ],
  [
    "we're relocating to texas, actually also downsizing",
    S('motivation', sellerAddress),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'downsizing, moving to a condo near my daughter',
    S('motivation', sellerAddress),
    { slots: { motivation: 'downsizing' } },
  ],
  // Near miss: a move to another place is relocation.
  ['moving to arizona next year', S('motivation', sellerAddress), { slots: { motivation: 'relocation' } }],
]);

// Someone else's legal matter, or one said to be over, is no hand-off.
suite("someone else's legal matter, or one settled", [
  [
    'the last owner did a short sale, pero we are just upgrading',
    S('motivation', sellerAddress),
    { escalation: null, slots: { motivation: 'upgrading' } },
  ],
  [
    'el dueno anterior tuvo un lien, nosotros solo queremos vender',
    SES('motivation', sellerAddress),
    { escalation: null },
  ],
  ['there was a tax lien but we paid it off last year', S('motivation', sellerAddress), { escalation: null }],
  ['el lien ya se pago', SES('motivation', sellerAddress), { escalation: null }],
  // Near misses: the lead's own matter, still open.
  ['we have a lien on the house', S('motivation', sellerAddress), { escalation: 'legal' }],
  ['the tax lien still needs to be paid off', S('motivation', sellerAddress), { escalation: 'legal' }],
  ['my brother and i have a lawyer for the estate', S('motivation', sellerAddress), { escalation: 'legal' }],
]);

const sellerMotivated = {
  slots: { address: '9480 Carnelian St', motivation: 'relocation', timelineAccepted: true },
};

// A flaw conceded before a verdict on the whole home: the verdict decides.
suite('a flaw conceded, then the verdict', [
  [
    'carpet is a little worn but its move in ready',
    S('condition', sellerMotivated),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'le falta pintura pero fuera de eso esta lista para vivir',
    SES('condition', sellerMotivated),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'needs some paint, otherwise its in great shape',
    S('condition', sellerMotivated),
    { slots: { condition: 'move_in_ready' } },
  ],
  // Near misses: the verdict is about a part, or the flaw comes last.
  [
    'it has termites but the kitchen is remodeled',
    S('condition', sellerMotivated),
    { slots: { condition: 'needs_work' } },
  ],
  ['its updated but the roof leaks', S('condition', sellerMotivated), { slots: { condition: 'needs_work' } }],
]);

// A big part redone lately says the home is ready.
suite('a part redone lately', [
  [
    'le cambiamos el techo hace poco',
    SES('condition', sellerMotivated),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'we just replaced the roof and the hvac',
    S('condition', sellerMotivated),
    { slots: { condition: 'move_in_ready' } },
  ],
  // Near miss: a part still to replace.
  ['the roof needs to be replaced', S('condition', sellerMotivated), { slots: { condition: 'needs_work' } }],
]);

const sellerReason = { slots: { address: '9480 Carnelian St', motivation: 'relocation' } };

// The 30 to 45 days called ideal are a yes.
suite('the days called ideal', [
  [
    'that would actually be ideal, yes',
    S('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: true } },
  ],
  ['seria ideal la verdad', SES('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
  ['45 days would be great', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
]);

// Another person's thing ("la casa de mi mamá", "my sister's house") and another home nearby are not the lead's.
suite("someone else's thing, another home nearby", [
  [
    'la casa de mi mama tiene 4 cuartos, nosotros necesitamos 3',
    ES('size', budgetKnown),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    "el lease de mi mama ends in may pero that's her place not ours",
    ES('urgency', budgetKnown),
    { slots: { urgency: null } },
  ],
  [
    "my sister's house in corona is like 900k, we want under 650",
    B('budget'),
    { slots: { 'budget.max': 650_000, areas: null } },
  ],
  ['my sisters house in corona is like 900k', B('budget'), { slots: { areas: null } }],
  ['the house next door is listed at 800, our max is 650', B('budget'), { slots: { 'budget.max': 650_000 } }],
  [
    'the one down the street got 1.1m',
    S('priceExpectation', sellerMotivated),
    { slots: { priceExpectation: null } },
  ],
  [
    'la casa de al lado se vendio en 700',
    SES('priceExpectation', sellerMotivated),
    { slots: { priceExpectation: null } },
  ],
  // Near misses: the lead's own home, a dream house.
  ['la casa de mis suenos tiene 4 cuartos', ES('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  [
    'our house on the corner is worth about 800',
    S('priceExpectation', sellerMotivated),
    { slots: { priceExpectation: 800_000 } },
  ],
]);

// A known area's short name after a wish is the area.
suite('a short name after a wish', [
  [
    'mis papas live en ontario, we want rancho',
    B('areas', buyerKnown),
    { slots: { areas: ['Rancho Cucamonga'] } },
  ],
  ['prefiero rancho', ES('areas', buyerKnown), { slots: { areas: ['Rancho Cucamonga'] } }],
]);

// A weekday of something that happened is no move date.
suite('a weekday of something that happened', [
  ['me llamaron de la escuela el lunes', ES('urgency', budgetKnown), { slots: { urgency: null } }],
  ['we talked to the lender on monday', B('urgency', budgetKnown), { slots: { urgency: null } }],
  // Near miss: the move's day.
  ['we want to move by friday', B('urgency', budgetKnown), { slots: { urgency: 'immediate' } }],
]);

const listing = {
  id: 'L-9',
  price: 689_000,
  beds: 4,
  baths: 3,
  sqft: 2150,
  yearBuilt: 2004,
  hoaMonthly: 120,
  features: ['pool'],
  area: 'Etiwanda',
};

// A question built as one in a sentence's last clause asks, with no question mark.
suite('a question in the last clause', [
  ['never mind the pool question, whats the hoa', B('budget', { listing }), { answer: 'listing' }],
  ['ok cool, does it have a pool', B('budget', { listing }), { answer: 'listing' }],
  ['me gusta mucho, cuantos cuartos tiene', ES('budget', { listing }), { answer: 'listing' }],
  // Near misses: a statement after the comma.
  ['perfecto, cuanto antes mejor', ES('budget', { listing }), { answer: null }],
  ['we need 3 beds, tiene que tener yard', B('budget', { listing }), { answer: null }],
]);

// A count complained of gives way to the count wanted.
suite('a count complained of', [
  ['quit sending 2 bedroom houses, we need 4', B('size', budgetKnown), { slots: { 'size.bedrooms': 4 } }],
  ['stop showing me 2 beds, 3 minimum', B('size', budgetKnown), { slots: { 'size.bedrooms': 3 } }],
]);

// A start said as a sentence of its own before more opts the lead back in and reads the rest as any message.
describe('a start, then more', () => {
  const optedOut = () => {
    const c = conversation({});
    c.say('hi looking to buy in chino hills, 900k');
    c.say('STOP');
    expect(c.state.optedOut).toBe(true);
    return c;
  };
  it.each([
    [
      "START. sorry my kid had my phone, didnt mean to stop. we're preapproved btw",
      { financing: 'pre_approved' },
    ],
    ['start! 4 bedrooms please', { size: { bedrooms: 4 } }],
    ['START', {}],
  ])('%s', (text, slots) => {
    const c = optedOut();
    const { effects } = c.say(text);
    expect(c.state.optedOut).toBe(false);
    expect(effects.some((effect) => effect.type === 'opt_in')).toBe(true);
    expect(replyText(effects)).toMatch(/welcome back/i);
    expect(c.state.slots).toMatchObject(slots);
  });
  // Near misses: a start taken back, a start of something else.
  it('stays opted out after "START. actually no, STOP"', () => {
    const c = optedOut();
    expect(c.say('START. actually no, STOP').effects).toEqual([]);
    expect(c.state.optedOut).toBe(true);
  });
  it('reads "start looking in may" as no opt-in', () => {
    const c = optedOut();
    expect(c.say('start looking in may').effects).toEqual([]);
  });
});
