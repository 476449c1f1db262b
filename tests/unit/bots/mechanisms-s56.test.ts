import { describe, expect, it } from 'vitest';

import { conversation } from './helpers.js';
import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 42's mechanisms (docs/BOTS.md section 46), taken from the spent sets and the tuning material, with near
 * neighbours written for this file and the hard negatives beside them.
 */

const SELLING = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
suite('an earliest time the 30 to 45 days reach accepts the sale', [
  [
    'yeah that works, just not any sooner than 30 days',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ['sure, but not before 3 weeks', S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  [
    'ok works for me, no sooner than a month tho',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'that works as long as it is not before 40 days',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  [
    'sí está bien, pero no antes de 30 días',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ['ok pero no antes de 2 semanas', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  // an earliest time past the window, and plain refusals, are still a no
  ['no, not sooner than 60 days', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['not for another 6 months', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['no antes de 3 meses', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ['not in 30 days, no', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  // a buyer's earliest time is when they move
  ['not any sooner than 3 months', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['no earlier than 6 months from now', B('urgency'), { slots: { urgency: 'six_months' } }],
]);

suite('a date turned down with a verb that will not work', [
  [
    "No, 30 to 45 days wouldn't work.",
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  ['30 days wouldnt work for us', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  ["30 days isn't going to work", S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  [
    '45 days is not gonna happen, we need 6 months',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  // a date that would work is still a yes
  ['45 days would work', S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  ['30 days would work fine', S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
]);

suite('a stop of all of it, again', [
  ["Please don't reach out about this again, we won't be selling.", S('condition'), { optOut: true }],
  ["don't text me about any of this anymore", B('budget'), { optOut: true }],
  ["don't call me about that again lol, I already told the other agent", B('budget'), { optOut: true }],
  // not a stop: about something else, the lead's own promise, a worry
  ["don't worry about this again", B('budget'), { optOut: false }],
  ["I won't text you about this again", B('budget'), { optOut: false }],
  ["don't text me about the listing tomorrow, I'm at work", B('budget'), { optOut: false }],
]);

const HANDED = { escalation: 'person' } as const;
suite('a call asked for with a word between, or to explain by phone', [
  ['¿Podría mejor llamarme Jorge directamente?', SES('condition'), HANDED],
  ['¿Puede mejor llamarme?', SES('condition'), HANDED],
  ['Prefiero explicarle todo por teléfono.', SES('condition'), HANDED],
  ["I'd rather explain everything over the phone", S('condition'), HANDED],
  // not a call: explained by message, a call turned down
  ['prefiero explicarle todo por mensaje', SES('condition'), { escalation: null }],
  ["I'd rather not talk on the phone", S('condition'), { escalation: null }],
]);

suite('"is this actually Jorge, or ...?" asks who answers', [
  ['Is this actually Jorge, or an automated assistant?', B('budget'), { disclosure: true }],
  ['is this really jorge?', B('budget'), { disclosure: true }],
  [
    'Sorry, between meetings. Is this actually Jorge, or a bot? Either is fine.',
    B('budget'),
    { disclosure: true },
  ],
  ['is this really the price?', B('budget'), { disclosure: false }],
]);

const BUDGETED = { slots: { budget: { min: 336000, max: 420000 } } };
suite('a budget top said outright later replaces the one known', [
  [
    'it says around 450k is my max, so lets go with 450k for now',
    B('size', BUDGETED),
    { slots: { 'budget.max': 450000 } },
  ],
  ['nuestro máximo es 450 mil', ES('size', BUDGETED), { slots: { 'budget.max': 450000 } }],
  ['450k is our limit', B('size', BUDGETED), { slots: { 'budget.max': 450000 } }],
  // an amount with no top said is not a new budget
  ['my rent is 2,100 a month', B('size', BUDGETED), { slots: { 'budget.max': 420000 } }],
]);

suite("someone's purchase named with 'a' or 'un' is theirs", [
  [
    'A coworker bought a condo in Fontana for 420 last year',
    B('budget'),
    { slots: { budget: null, areas: null } },
  ],
  ['un amigo compró en Fontana en 450 mil', ES('budget'), { slots: { budget: null } }],
  // the lead's own figure beside it is read
  ['a friend paid 500k, we want to stay under 450k', B('budget'), { slots: { 'budget.max': 450000 } }],
]);

suite('the home the lead raised a family in is no size wanted', [
  [
    'we raised three kids in a four bedroom in Claremont for 31 years',
    B('budget'),
    { slots: { size: null } },
  ],
  ['criamos a los hijos en una casa de 4 recámaras', ES('budget'), { slots: { size: null } }],
]);

const SIZED = { slots: { size: { bedrooms: 4 } } };
suite('a count of bedrooms said outright later replaces the one known', [
  ['Three bedrooms, two baths is perfect.', B('urgency', SIZED), { slots: { 'size.bedrooms': 3 } }],
  [
    'ya no quiero 3 recamaras quiero 5',
    ES('urgency', { slots: { size: { bedrooms: 3 } } }),
    { slots: { 'size.bedrooms': 5 } },
  ],
  // someone else's count is not
  ['my sister has a 5 bedroom', B('urgency', SIZED), { slots: { 'size.bedrooms': 4 } }],
]);

describe('a call turned down keeps the conversation on text', () => {
  it.each([
    ['no thanks, texting is easier', "we'll keep it to text"],
    ['no gracias mejor por aki x mensaje', 'seguimos por mensaje'],
  ])('%s: no hand-off, and no call offered again', (decline, line) => {
    const c = conversation({ intent: 'buy' });
    const offer = c.say(
      decline.startsWith('no gracias')
        ? 'Estamos preaprobados y queremos comprar ya, 3 recámaras, como 650 mil en Fontana'
        : "We're pre-approved and want to buy asap, 3 bed around 650k in Terra Vista",
    );
    expect(c.state.phase).toBe('scheduling');
    expect(offer.effects.some((effect) => effect.type === 'handoff')).toBe(false);
    const declined = c.say(decline);
    expect(declined.effects.some((effect) => effect.type === 'handoff')).toBe(false);
    expect(declined.reply).toContain(line);
    expect(c.state.phase).toBe('done');
    const later = c.say(decline.startsWith('no gracias') ? 'gracias!' : 'thanks!');
    expect(later.effects.some((effect) => effect.type === 'handoff')).toBe(false);
    expect(later.reply).toContain(line);
    expect(later.reply).not.toMatch(/morning|mañana/);
  });

  it('a call asked for after it is still handed off', () => {
    const c = conversation({ intent: 'buy' });
    c.say("We're pre-approved and want to buy asap, 3 bed around 650k in Terra Vista");
    c.say('no thanks, texting is easier');
    const asked = c.say('actually can Jorge call me?');
    expect(asked.effects.some((effect) => effect.type === 'handoff')).toBe(true);
  });
});

suite('after the review (review-s56, spent)', [
  // a lead who asks for help is no home that needs work; the home that needs help is
  ['Hi, I need some help.', S('motivation'), { slots: { condition: null } }],
  ['the house needs some help', S('motivation'), { slots: { condition: 'needs_work' } }],
  // the children growing is upgrading; children grown and gone is not
  [
    'the twins are getting bigger, we need a 5 bedroom',
    S('motivation'),
    { slots: { motivation: 'upgrading' } },
  ],
  ['los niños están creciendo', SES('motivation'), { slots: { motivation: 'upgrading' } }],
  ['our kids grew up and moved out', S('motivation'), { slots: { motivation: 'other' } }],
  // calls refused with text welcomed is no opt-out
  ['nah no call porfa, mejor seguimos por text', ES('financing'), { optOut: false }],
  ['no calls porfa, mejor por text', B('financing'), { optOut: false }],
  // a Spanish refusal of the 30 to 45 days
  [
    'uy no, en 30 o 45 días no nos va a funcionar',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  ['45 días sí nos funcionaría', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  // a past time with filler
  ['Empezamos a buscar hace como mes y medio', ES('urgency'), { slots: { urgency: null } }],
  // a top with an adverb or "ceiling"
  ['520k is really our max', B('size', BUDGETED), { slots: { 'budget.max': 520000 } }],
  ["475k, that's our ceiling", B('size', BUDGETED), { slots: { 'budget.max': 475000 } }],
  // a Spanish stop of all of it
  ['ok pero no me textees about any of this anymore', B('financing'), { optOut: true }],
  ['no me escriban sobre esto otra vez', ES('financing'), { optOut: true }],
  ['¿Y si mejor me llama usted?', SES('motivation'), HANDED],
]);
