import { describe, expect, it } from 'vitest';

import { conversation } from './helpers.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 44's mechanisms (docs/BOTS.md section 48), taken from the spent conversation sets s58c, s58d and s58e,
 * with near neighbours written for this file and the hard negatives beside them.
 */

const LEAD = { kind: 'lead' } as const;
const LEAD_ES = { kind: 'lead', lang: 'es' } as const;

suite('a stop of "stuff" we send, and someone who stops doing something', [
  ['we need to put the house hunt on ice. you can stop sending us stuff, sorry', B('size'), { optOut: true }],
  ['please stop sending me things', B('size'), { optOut: true }],
  ['ya pueden dejar de mandarme cosas', ES('size'), { optOut: true }],
  // ...narrowed to a kind of home
  ['stop sending me stuff arriba de 500 porfa', ES('size'), { optOut: false }],
  ['and stop sending stuff right next to the 71, the noise is a dealbreaker', B('size'), { optOut: false }],
  ['stop sending me listings more than once a week', B('size'), { optOut: false }],
  // ...the lead or someone else who stops doing something
  ['i need to stop texting my ex lol. 3 beds', B('size'), { optOut: false, slots: { 'size.bedrooms': 3 } }],
  ['we had to stop calling the lender, 3 beds', B('size'), { optOut: false }],
  ['i told my sister to stop sending me listings, 3 beds', B('size'), { optOut: false }],
  ['my realtor had to stop sending stuff bc her mls expired. 3 beds', B('size'), { optOut: false }],
  // ...not a request made to us through someone
  ['i want you to stop texting me', B('size'), { optOut: true }],
  ['i told you to stop calling me', B('size'), { optOut: true }],
  ['you need to stop texting me', B('size'), { optOut: true }],
]);

suite('a wrong number told by who is not there', [
  ['Se equivocaron, aquí no hay ninguna Graciela. Este número es de mi negocio', LEAD_ES, { optOut: true }],
  ['aqui no vive ningun Pedro', LEAD_ES, { optOut: true }],
  ['nobody named maria here', LEAD, { optOut: true }],
  ['aquí no hay ningún problema, 3 recámaras', ES('size'), { optOut: false }],
  ['Se equivocaron. Es de 3 recámaras no 2', ES('size'), { optOut: false }],
  ["no one lives here yet, it's a new build", LEAD, { optOut: false }],
]);

suite('asked whether a person reads the messages', [
  ['wait r these replies canned or is somebody actually reading them', B('urgency'), { disclosure: true }],
  ['hello?? is this being typed by a person or a program', B('urgency'), { disclosure: true }],
  ['is this going straight to jorge or to some call center?', B('urgency'), { disclosure: true }],
  ['did my message go through? is a real person even reading these', B('urgency'), { disclosure: true }],
  ['do you even read these or just send canned replies', B('urgency'), { disclosure: true }],
  ['does anyone actually read this', B('urgency'), { disclosure: true }],
  // ...not about the chat
  ['is this being sent to my email too?', B('urgency'), { disclosure: false }],
  ['do you read zillow reviews', B('urgency'), { disclosure: false }],
]);

suite('selling said by what must go, a buy-out, a home bought before, a sale already made', [
  [
    'my ex and i are finalizing the divorce and neither of us can buy the other out, so the house has to go',
    LEAD,
    { kind: 'seller', slots: { motivation: 'divorce' } },
  ],
  ['my brother wants to buy me out of the house', LEAD, { kind: 'lead' }],
  ['hola, we are in Phoenix pero looking to buy out there', LEAD, { kind: 'buyer' }],
  [
    'Hola, me estoy separando de mi esposo y tenemos que vender la casa que compramos juntos',
    LEAD_ES,
    { kind: 'seller', slots: { motivation: 'divorce' } },
  ],
  ['queremos comprar una casa en Fontana', LEAD_ES, { kind: 'buyer' }],
  [
    'we want to see what our place would go for, we need the equity to buy bigger, twins on the way',
    LEAD,
    { kind: 'seller', slots: { motivation: 'upgrading' } },
  ],
  [
    'up to 900k, we have about 200 down from selling our last place',
    B('budget'),
    { kind: 'buyer', slots: { 'budget.max': 900000 } },
  ],
  ['we have to sell our place first, then buy', LEAD, { kind: 'seller' }],
]);

suite('an inheritance shared, a separation, a house too much to keep up', [
  [
    'my grandma left the house to me and my two cousins. one of them wants to keep it, me and my other cousin want to sell',
    LEAD,
    { kind: 'seller', slots: { motivation: 'inherited' } },
  ],
  ['my brother wants to keep the house', LEAD, { kind: 'lead' }],
  [
    'Mis papás fallecieron y nos dejaron la casa a mis hermanos y a mí',
    SES('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  [
    "I am 79 and since my husband passed the house is too much for me. Too many rooms and a yard I can't keep up with",
    S('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  ['the payments are too much for me', S('motivation'), { slots: { motivation: 'financial' } }],
]);

suite('a power of attorney, an eviction that is over', [
  [
    'hi, i have power of attorney for my dad. he just moved into memory care, we need to sell his house',
    S('motivation'),
    { escalation: null },
  ],
  [
    'we have a durable power of attorney and a lawyer for the trust',
    S('motivation'),
    { escalation: 'legal' },
  ],
  [
    'the last tenant quit paying and we had to evict, we are done being landlords',
    S('motivation'),
    { escalation: null },
  ],
  ['the tenant was evicted last year', S('motivation'), { escalation: null }],
  ["we're trying to evict the tenant right now", S('motivation'), { escalation: 'legal' }],
  ["we're in the middle of an eviction", S('motivation'), { escalation: 'legal' }],
]);

const SELLING = { slots: { address: '8231 Haven Ave', motivation: 'other' } };

suite("the seller's facts said before the lead chose to sell, and a landlord worn out", [
  [
    'tengo una rental and honestly ya no quiero ser landlord, too many headaches',
    SES('address'),
    {
      slots: { motivation: 'other' },
    },
  ],
  [
    'Queremos vender la de Pomona, ya no queremos batallar con inquilinos',
    SES('address'),
    {
      slots: { motivation: 'other' },
    },
  ],
  [
    'we want to sell the rental, our tenant is great and pays on time',
    S('address'),
    { slots: { motivation: null } },
  ],
  [
    "he's 82 y ya no puede manejar dos casas, the rent money isn't worth the headache anymore",
    S('motivation'),
    {
      slots: { motivation: 'other' },
    },
  ],
  ['ya no nos queda tiempo para arreglarla', SES('motivation'), { slots: { motivation: null } }],
  [
    'he just moved into memory care, we need to sell his house to help pay for it',
    S('address'),
    { slots: { motivation: 'financial' } },
  ],
]);

suite('two others reported, the one after the contrast; the lender on what holds now', [
  [
    'mi tío dice 450 pero abuelo says he would take 430k',
    SES('priceExpectation', SELLING),
    {
      slots: { priceExpectation: 430000 },
    },
  ],
  [
    'my uncle says 450 but grandpa says he would take 430k',
    S('priceExpectation', SELLING),
    {
      slots: { priceExpectation: 430000 },
    },
  ],
  [
    'my wife says 600 but i think 650',
    S('priceExpectation', SELLING),
    { slots: { priceExpectation: 650000 } },
  ],
  [
    'we were approved up to 650 pero after rates went up the lender said 610 is the max now',
    B('budget'),
    { slots: { 'budget.max': 610000 } },
  ],
  ['my lender says 700 but we want to stay at 600', B('budget'), { slots: { 'budget.max': 600000 } }],
  ['el banco dice que hasta 500 pero queremos gastar 450', ES('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('a limit said with a negation', [
  ["529 is right at our limit, we wouldn't go over 540", B('budget'), { slots: { 'budget.max': 540000 } }],
  ["we can do 500, wouldn't go past 520", B('budget'), { slots: { 'budget.max': 520000 } }],
  ["around 500, we don't want to go over 550", B('budget'), { slots: { 'budget.max': 550000 } }],
]);

suite('an approval pulled or run out is none', [
  [
    'we were preapproved but they pulled it after my husband got laid off',
    B('financing'),
    {
      slots: { financing: 'needs_lender' },
    },
  ],
  ['they revoked our pre approval', B('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'Pues sí tenía la precalificación pero ya se venció',
    ES('financing'),
    { slots: { financing: 'needs_lender' } },
  ],
  ['nos cancelaron la preaprobación', ES('financing'), { slots: { financing: 'needs_lender' } }],
  [
    'we got pre approved and the lender already pulled the credit',
    B('financing'),
    {
      slots: { financing: 'pre_approved' },
    },
  ],
]);

suite('a workplace is no area wanted; a word two letters off is no typo of an area', [
  [
    "fontana or rialto. i'm a nurse at loma linda so the commute matters",
    B('areas'),
    {
      slots: { areas: ['Fontana', 'Rialto'] },
    },
  ],
  ['fontana or rialto. i work at loma linda', B('areas'), { slots: { areas: ['Fontana', 'Rialto'] } }],
  ['soy maestra en fontana, buscamos en rialto', ES('areas'), { slots: { areas: ['Rialto'] } }],
  ['alta lomma or etiwana', B('areas'), { slots: { areas: ['Alta Loma', 'Etiwanda'] } }],
]);

suite('a home had before is no condition; a flaw after a contrast', [
  [
    "thinking about selling my dad's old house in fontana, 8341 Citrus Ave",
    { kind: 'seller' },
    {
      slots: { condition: null },
    },
  ],
  ["we're selling our old house, it's a mess", { kind: 'seller' }, { slots: { condition: 'needs_work' } }],
  ["it's an old house, original kitchen", { kind: 'seller' }, { slots: { condition: 'needs_work' } }],
  [
    'Está bien cuidada pero la alfombra y la pintura ya están viejas',
    SES('condition', SELLING),
    {
      slots: { condition: 'needs_work' },
    },
  ],
]);

suite('a call to my number asked for', [
  [
    "can you call my number instead of his, he doesn't hear well. Andrés 909-555-0187",
    S('priceExpectation', { ...SELLING, scheduling: 'time_of_day' }),
    { escalation: 'person' },
  ],
  ['did you call my number yesterday? 3 beds', B('size'), { escalation: null }],
]);

describe("the seller's reason said while the intent was unclear", () => {
  it('is kept when the lead turns out to sell, and the address is not asked first', () => {
    const lead = conversation();
    lead.say('hi, mi ex y yo nos divorciamos and the house is in both names. what are my options?');
    const routed = lead.say('sell I guess, ninguno de los dos puede quedarse con ella');
    expect(lead.state.kind).toBe('seller');
    expect(lead.state.slots.motivation).toBe('divorce');
    expect(routed.reply).toMatch(/30 to 45 days|30 a 45 días/);
  });
  it('is not taken from a message about someone else', () => {
    const lead = conversation();
    lead.say('my sister just got divorced, crazy year');
    lead.say('anyway we want to sell our place in upland');
    expect(lead.state.kind).toBe('seller');
    expect(lead.state.slots.motivation).not.toBe('divorce');
  });
});

const ASKED_WINDOW = { slots: { address: '8231 Haven Ave', motivation: 'other' } };
const FILLED = { slots: { ...ASKED_WINDOW.slots, timelineAccepted: true } };

suite('from conversations-s58h (spent): too little time, a yes after a lead-in, a polite stop', [
  [
    'Uy no, 45 días es muy poquito',
    SES('timelineAccepted', ASKED_WINDOW),
    { slots: { timelineAccepted: false } },
  ],
  [
    'No, 45 días no nos da tiempo',
    SES('timelineAccepted', ASKED_WINDOW),
    { slots: { timelineAccepted: false } },
  ],
  ["30 days isn't enough time", S('timelineAccepted', ASKED_WINDOW), { slots: { timelineAccepted: false } }],
  ['45 days is plenty of time', S('timelineAccepted', ASKED_WINDOW), { slots: { timelineAccepted: true } }],
  ['si, nos da tiempo', SES('timelineAccepted', ASKED_WINDOW), { slots: { timelineAccepted: true } }],
  [
    'Bueno, sí, con tal de que nos dejen quedarnos unas semanas',
    SES('timelineAccepted', ASKED_WINDOW),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    'Ah ok. Sí, está desocupada, se puede cuando quieran',
    SES('timelineAccepted', ASKED_WINDOW),
    {
      slots: { timelineAccepted: true },
    },
  ],
  [
    "i'd rather not get these texts anymore. we'll call someone when we're ready",
    S('condition', FILLED),
    {
      optOut: true,
    },
  ],
  ["we'd prefer not to receive these messages", S('condition', FILLED), { optOut: true }],
  ["i'd rather not get a call, text is fine", S('condition', FILLED), { optOut: false }],
  ["i'd rather not get texts from the lender, only from jorge", S('condition', FILLED), { optOut: false }],
]);

suite('from conversations-s58h (spent): condition by parts put in new, work half done, another decade', [
  [
    'El techo tiene 4 años y el aire lo pusimos nuevo. No le hace falta nada',
    SES('condition', FILLED),
    {
      slots: { condition: 'move_in_ready' },
    },
  ],
  [
    'el AC lo cambiamos hace dos veranos, everything works',
    S('condition', FILLED),
    {
      slots: { condition: 'move_in_ready' },
    },
  ],
  ['pretty dated but everything works', S('condition', FILLED), { slots: { condition: 'needs_work' } }],
  [
    'kitchen got redone but the hall bath is half gutted, we started demo and never finished',
    S('condition', FILLED),
    {
      slots: { condition: 'needs_work' },
    },
  ],
  [
    'lo malo es el techo, tiene 25 años y habría que cambiarlo',
    SES('condition', FILLED),
    {
      slots: { condition: 'needs_work' },
    },
  ],
  [
    'pero kitchen y baños siguen como en los 80s',
    S('condition', FILLED),
    { slots: { condition: 'needs_work' } },
  ],
]);

suite('from conversations-s58h (spent): prices, routes and reasons of owners', [
  [
    'we need at least 590 to make the next one work',
    S('priceExpectation', { slots: { ...FILLED.slots, condition: 'needs_work' } }),
    { slots: { priceExpectation: 590000, 'budget.max': null } },
  ],
  [
    "sell ours for 600, and for the next one we're pre approved up to 800",
    S('priceExpectation', { slots: { ...FILLED.slots, condition: 'needs_work' } }),
    { slots: { priceExpectation: 600000, 'budget.max': 800000 } },
  ],
  [
    'ours is in escrow at 705 and we will clear about 280. lender has us approved to 875',
    B('budget'),
    { slots: { 'budget.max': 875000, financing: 'pre_approved' } },
  ],
  [
    'Tenemos una casa que compramos para mis papás, ya no la necesitamos. La queremos vender',
    SES('address'),
    { slots: { motivation: 'other' } },
  ],
  [
    'hey, queremos vender to buy something with a pool y más yard para los kids',
    S('address'),
    {
      slots: { motivation: 'upgrading' },
    },
  ],
  ["we don't need a pool, just want to sell", S('address'), { slots: { motivation: null } }],
]);
