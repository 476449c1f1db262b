import { describe, expect, it } from 'vitest';

import { findLeadQuestion } from '../../../src/bots/lead-question.js';
import { respell } from '../../../src/bots/read/respell.js';
import { writesForSomeone } from '../../../src/bots/read/others.js';
import { schedulingStep, type SchedulingTenant } from '../../../src/bots/scheduling.js';
import { B, ES, S, SES, suite } from './probe-suite.js';
import { conversation } from './helpers.js';

/**
 * Session 41's mechanisms (docs/BOTS.md section 45), taken from the spent conversations-s54 and the tuning material,
 * with near neighbours written for this file and the hard negatives beside them.
 */

describe("'d before a verb is would", () => {
  it.each([
    ["they'd like 650k", 'they would like 650k'],
    ['theyd take 600', 'they would take 600'],
    ['She’d be happy with 520', 'She would be happy with 520'],
    ["we'd love rancho", 'we would love rancho'],
    ['id rather Eastvale', 'i would rather Eastvale'],
  ])('%s', (said, read) => {
    expect(respell(said)).toBe(read);
  });
  it.each([["they'd sold it in 2019"], ['the shed is old'], ['we wed in june'], ["I'd been looking"]])(
    'leaves %s as it is',
    (said) => {
      expect(respell(said)).toBe(said);
    },
  );
});

const SELLER_KNOWN = { slots: { motivation: 'downsizing', timelineAccepted: true, condition: 'needs_work' } };
suite("a price said with 'd is the price", [
  ["they'd like 650k", S('priceExpectation', SELLER_KNOWN), { slots: { priceExpectation: 650000 } }],
  ['They’d love 650k', S('priceExpectation', SELLER_KNOWN), { slots: { priceExpectation: 650000 } }],
  ['id be happy w 600', S('priceExpectation', SELLER_KNOWN), { slots: { priceExpectation: 600000 } }],
  ["we'd love rancho", B('areas'), { slots: { areas: ['Rancho Cucamonga'] } }],
  [
    'nah, id rather Eastvale',
    B('areas', { slots: { areas: ['Corona'] } }),
    { slots: { areas: ['Eastvale'] } },
  ],
]);

suite('how often something happens is no timeline', [
  [
    '3 bedrooms, 2 baths. We both work from home a few days a week so an office matters',
    B('size'),
    { slots: { 'size.bedrooms': 3, urgency: null } },
  ],
  ['3 beds, i commute twice a month', B('size'), { slots: { 'size.bedrooms': 3, urgency: null } }],
  ['3 bed, my son visits every other weekend', B('size'), { slots: { 'size.bedrooms': 3, urgency: null } }],
  [
    '3 recámaras, trabajo desde casa 3 días a la semana',
    ES('size'),
    { slots: { 'size.bedrooms': 3, urgency: null } },
  ],
  // a time of the move beside it is still read
  ['3 beds, we want to move in a few weeks', B('size'), { slots: { urgency: 'immediate' } }],
  [
    '3 bed, moving every 2 years is tiring, we want in by next month',
    B('size'),
    { slots: { urgency: 'immediate' } },
  ],
]);

suite('the home the lead is in now is not the one it looks for', [
  [
    "We're a family of five squeezed into a 2 bed rental right now lol",
    B('budget'),
    { slots: { size: null } },
  ],
  ['its 7 of us in a 2 bedroom', B('budget'), { slots: { size: null } }],
  [
    'estamos en un depa de 2 recámaras y necesitamos 4 recámaras',
    ES('budget'),
    { slots: { 'size.bedrooms': 4 } },
  ],
  // a wish in the clause keeps it
  ["we're interested in a 3 bedroom", B('budget'), { slots: { 'size.bedrooms': 3 } }],
  ["we're a family of 5 so we need 4 bedrooms", B('budget'), { slots: { 'size.bedrooms': 4 } }],
]);

const TIME_KNOWN = { slots: { urgency: 'three_months', timeline: 'about 7 weeks out' } };
suite('a change of plans is not said in a question', [
  [
    'Also can someone actually call me? We fly in on a Friday and I would love to see a few places that weekend.',
    B('areas', TIME_KNOWN),
    { slots: { urgency: 'three_months' } },
  ],
  ['actually we need to move asap', B('areas', TIME_KNOWN), { slots: { urgency: 'immediate' } }],
  ['update: we need to be out in 3 weeks', B('areas', TIME_KNOWN), { slots: { urgency: 'immediate' } }],
]);

describe('a lead who writes for someone else, remembered for the conversation', () => {
  it.each([
    ["mi hermano está deployed y me pidió que le ayude a buscar casa while he's gone", true],
    ['Tengo unas preguntas for my parents', true],
    ["I'm helping my mom look", true],
    ['we are looking on behalf of my aunt', true],
    ['my kids love pools', false],
    ['we want 3 bedrooms for us', false],
  ] as const)('%s', (said, writes) => {
    expect(writesForSomeone(said)).toBe(writes);
  });

  it("reads what 'he' says later as the buyer's", () => {
    const c = conversation({ intent: 'buy' });
    c.say('hi! my brother is deployed and asked me to help him find a house');
    c.say('he said no more than 500k, he has a VA pre-approval');
    c.say('3 bedrooms');
    c.say('he gets back in about 6 weeks, that is when he wants to move in');
    expect(c.state.writesFor).toBe(true);
    expect(c.state.slots.urgency).toBe('three_months');
  });

  it("keeps what 'he' says as someone else's when the lead writes for itself", () => {
    const c = conversation({ intent: 'buy' });
    c.say('hi, looking for a 3 bedroom, pre-approved for 500k');
    c.say('my neighbor sold last month, he gets back from vacation in 2 weeks');
    expect(c.state.writesFor).toBeUndefined();
    expect(c.state.slots.urgency).toBeUndefined();
  });
});

describe('while a call is set up without a calendar', () => {
  const tenant: SchedulingTenant = { calendarSlots: [], agentName: 'Jorge Salas' };
  it('a "rather not" of something else is no decline of the call', () => {
    const turn = schedulingStep(
      { stage: 'time_of_day', failures: 0 },
      "is there an HOA on this one? we'd rather not pay one",
      tenant,
      'en',
      undefined,
      { aside: true },
    );
    expect(turn.outcome).toBeUndefined();
  });
  it.each(["I'd rather not", 'rather not talk on the phone', 'prefer not, just text me'])(
    '"%s" declines it',
    (said) => {
      const turn = schedulingStep({ stage: 'time_of_day', failures: 0 }, said, tenant, 'en');
      // (session 42: a call turned down keeps the conversation on text, no longer the fallback hand-off)
      expect(turn.outcome).toEqual({ type: 'declined' });
    },
  );
  it.each(["That's perfect, thank you dear", 'sounds great', 'that would be fine', 'me parece bien'])(
    '"%s" confirms the time offered',
    (said) => {
      const turn = schedulingStep(
        { stage: 'confirm', failures: 0, timeOfDay: 'morning', day: 'next Tuesday' },
        said,
        tenant,
        'en',
      );
      expect(turn.outcome?.type).toBe('confirmed');
    },
  );
  it('a disclosure question is no failed pick', () => {
    const c = conversation({ intent: 'sell' });
    c.say("hi, my dad left us his house when he passed and we want to sell it. It's 5842 Amethyst Ave");
    c.say('yeah, 30-45 days works');
    c.say("it's in great shape, everything updated");
    c.say("we're hoping for around 650k");
    expect(c.state.phase).toBe('scheduling');
    c.say('hello?? nobody answered');
    const disclosed = c.say('wait, am I texting with a bot? just want to know');
    expect(c.state.phase).toBe('scheduling');
    expect(disclosed.effects.some((effect) => effect.type === 'handoff')).toBe(false);
  });
});

describe('a long statement only ended by "?" is a hedged answer, not a question', () => {
  it.each([
    "We're locked into our lease for roughly 5 more months so around then?",
    'our lease is up at the end of the school year so we were thinking summer?',
  ])('%s', (said) => {
    expect(findLeadQuestion(said)).toBeUndefined();
  });
  it.each([
    'we want to avoid taxes like mello roos, does this one have it?',
    'if we rented it out what would it bring in?',
    'the garage on this one fits two trucks right, or just one?',
  ])('still asks: %s', (said) => {
    expect(findLeadQuestion(said)).toBeDefined();
  });
});

suite('a hedged answer with a question mark still answers', [
  [
    "We're locked into our lease for roughly 5 more months so around then? We don't want to pay rent and a mortgage at the same time.",
    B('urgency'),
    { slots: { urgency: 'six_months' } },
  ],
]);

const SELLING = { slots: { address: '4471 Sapphire St' } };
suite("a seller's reasons: a rental that loses money, a move to be near family", [
  [
    "la renta ya no cubre el mortgage, I'm losing like 400 a month",
    SES('motivation', SELLING),
    { slots: { motivation: 'financial' } },
  ],
  [
    "the rent doesn't cover the mortgage anymore",
    S('motivation', SELLING),
    { slots: { motivation: 'financial' } },
  ],
  [
    'we lose about 300 a month on it with the vacancies',
    S('motivation', SELLING),
    { slots: { motivation: 'financial' } },
  ],
  [
    'mi mamá quiere regresarse a Guadalajara to be near her sisters',
    SES('motivation', SELLING),
    { slots: { motivation: 'relocation' } },
  ],
  [
    'we want to be near our grandkids in Boise',
    S('motivation', SELLING),
    { slots: { motivation: 'relocation' } },
  ],
  // not a loss: a rent that covers the payment
  [
    'the rent covers the mortgage fine, we just want out of landlording',
    S('motivation', SELLING),
    { slots: { motivation: 'other' } },
  ],
]);

suite('a reason after "because" is its own clause, and keeps the subject before it', [
  ['upland o claremont pq ahi vivo yo', ES('areas'), { slots: { areas: ['Upland', 'Claremont'] } }],
  ['chino or ontario because my job is there', B('areas'), { slots: { areas: ['Chino', 'Ontario'] } }],
  [
    "my neighbor is selling because of a divorce, we're selling because we need more room",
    S('motivation', SELLING),
    { slots: { motivation: 'upgrading' } },
  ],
]);

// After the adversarial review (tests/fixtures/corpus/review-s55.json, 34/46 when first run unseen): its misses.
suite("the review's misses, in other words", [
  [
    'our lease ends in june but is the seller flexible on the close date?',
    B('urgency'),
    { answer: 'agent', openQuestion: true },
  ],
  [
    'update we need to be in by end of april, is that doable?',
    B('areas', TIME_KNOWN),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'we got married in june 2019 and a baby is on the way so 4 bedrooms',
    B('size'),
    { slots: { 'size.bedrooms': 4, urgency: null } },
  ],
  ['we lived in Fontana for years, now we want Alta Loma', B('areas'), { slots: { areas: ['Alta Loma'] } }],
  [
    'my coworker sold his place in upland last month, said it took 3 weeks',
    B('size'),
    { slots: { urgency: null } },
  ],
]);

// From the spent sealed probes s42 to s54.
const SELL_KNOWN = { slots: { motivation: 'upgrading', timelineAccepted: true } };
suite("the home's own condition, not another's; what breaks or leaks", [
  [
    'the house next door is a total fixer but ours is move in ready',
    S('condition', SELL_KNOWN),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'the neighbors place is a dump, ours is in great shape',
    S('condition', SELL_KNOWN),
    { slots: { condition: 'move_in_ready' } },
  ],
  [
    'need to sell my moms house, she passed in jan and it needs a ton of work',
    S('condition'),
    { slots: { condition: 'needs_work' } },
  ],
  [
    "AC's dead and there's a leak under the kitchen sink",
    S('condition', SELL_KNOWN),
    { slots: { condition: 'needs_work' } },
  ],
  ["roof's shot honestly", S('condition', SELL_KNOWN), { slots: { condition: 'needs_work' } }],
  ['no leaks, everything works', S('condition', SELL_KNOWN), { slots: { condition: null } }],
]);

suite('rooms shared now are the home now', [
  [
    "we've got 3 kids sharing one room right now lol. need at least 4 bedrooms",
    B('size'),
    { slots: { 'size.bedrooms': 4 } },
  ],
  ['los 3 niños comparten un cuarto, necesitamos 4 recámaras', ES('size'), { slots: { 'size.bedrooms': 4 } }],
  ['the kids can share a room, so 3 bedrooms', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

suite('dates: a base named for a month, a numeric date with a day past 12', [
  ['got orders, i report to march ARB in 2 wks', B('urgency'), { slots: { urgency: 'immediate' } }],
  [
    'we report to March Air Reserve Base in about 6 weeks',
    B('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ['our lease is up 4/30 so ideally before then', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['3/2 is fine', B('size'), { slots: { 'size.bedrooms': 3, 'size.bathrooms': 2, urgency: null } }],
]);

suite('an approval said as a noun in other words', [
  [
    'Ya tenemos la aprobación previa del Wells Fargo',
    ES('financing'),
    { slots: { financing: 'pre_approved' } },
  ],
  ['Chase gave us a pre-qualification last week', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['VA loan, approval came through monday', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['we still need a pre-qualification', B('financing'), { slots: { financing: 'needs_lender' } }],
]);

// After the held-out measurement (from the spent conversations-s55, in other words).
suite(
  'after the held-out measurement: disclosure, opt-out, the 30-45 days, money trouble, cash for the down',
  [
    ['is anyone really reading this?', B('areas'), { disclosure: true }],
    ['is a real person answering these or is it an autoresponder?', B('areas'), { disclosure: true }],
    ['my husband is a first responder', B('areas'), { disclosure: false }],
    ['Mejor déjenme de escribir por ahora', ES('urgency'), { optOut: true }],
    ['déjame de mandar casas de Fontana, solo Upland', ES('urgency'), { optOut: false }],
    [
      "ok. and no, that's way too quick for us, we need to find the next place first",
      S('timelineAccepted', { slots: { motivation: 'upgrading' } }),
      { slots: { timelineAccepted: false } },
    ],
    [
      'ok. 45 days works',
      S('timelineAccepted', { slots: { motivation: 'upgrading' } }),
      { slots: { timelineAccepted: true } },
    ],
    [
      "we're like 3 payments behind since they cut my hours",
      S('motivation'),
      { slots: { motivation: 'financial' } },
    ],
    ["we're 3 months behind schedule on the remodel", S('motivation'), { slots: { motivation: 'other' } }],
    ["we're 2 mortgage payments behind", S('motivation'), { slots: { motivation: 'financial' } }],
    ['we have 200k cash for the down payment', B('financing'), { slots: { financing: null } }],
  ],
);

describe('after the held-out measurement: a call asked for "mañana" is tomorrow', () => {
  const tenant: SchedulingTenant = { calendarSlots: [], agentName: 'Jorge Salas' };
  it.each(['¿Jorge me podría llamar mañana?', 'que me llame mañana porfa'])('%s', (said) => {
    const turn = schedulingStep({ stage: 'time_of_day', failures: 0 }, said, tenant, 'es', undefined, {
      requested: true,
    });
    expect(turn.outcome).toEqual({ type: 'confirmed', when: 'mañana a cualquier hora' });
  });
  it('"en la mañana" is still the morning', () => {
    const turn = schedulingStep({ stage: 'time_of_day', failures: 0 }, 'en la mañana', tenant, 'es');
    expect(turn.scheduling.timeOfDay).toBe('morning');
    expect(turn.scheduling.day).toBeUndefined();
  });
});

suite('a name overlapping a longer one is no second area', [
  [
    "We're relocating for my wife's residency at Loma Linda",
    B('budget'),
    { slots: { areas: ['Loma Linda'] } },
  ],
  ['alta loma or loma linda', B('areas'), { slots: { areas: ['Alta Loma', 'Loma Linda'] } }],
  ['chino hills', B('areas'), { slots: { areas: ['Chino Hills'] } }],
]);

// After the held-out measurement of conversations-s55b (22/24 at start and end): its two misses, in other words.
suite('after conversations-s55b: a call asked for the person the lead acts for; "I said 2 but it is 3"', [
  ['can Jorge call my dad? his name is Ramon, 909 555 0112', S('priceExpectation'), { escalation: 'person' }],
  ['¿Jorge le puede llamar a mi mamá?', SES('priceExpectation'), { escalation: 'person' }],
  ['my dad can call you tomorrow', S('priceExpectation'), { escalation: null }],
  [
    'I said 2 but its 3 bedrooms',
    B('urgency', { slots: { size: { bedrooms: 2 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    'dije 2 pero son 3 recámaras',
    ES('urgency', { slots: { size: { bedrooms: 2 } } }),
    { slots: { 'size.bedrooms': 3 } },
  ],
  [
    '2 bedrooms but 3 would be nice',
    B('urgency', { slots: { size: { bedrooms: 2 } } }),
    { slots: { 'size.bedrooms': 2 } },
  ],
]);

suite('neighbours in Spanish', [
  [
    'ellos quisieran unos 650 mil',
    SES('priceExpectation', SELLER_KNOWN),
    { slots: { priceExpectation: 650000 } },
  ],
]);
