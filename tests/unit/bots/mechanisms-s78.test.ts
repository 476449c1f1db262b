import { describe, expect, it } from 'vitest';
import { day } from '../../../src/bots/scheduling-parse.js';
import { fold } from '../../../src/bots/text.js';
import { B, ES, S, SES, picking, suite } from './probe-suite.js';

/**
 * Session 63's reading mechanisms (docs/BOTS.md section 67), found on the spent conversation sets, each with near
 * neighbours and hard negatives written for this file (none from a corpus).
 */

const BEFORE_AREAS = {
  slots: { budget: { max: 560000 }, financing: 'needs_lender', size: { bedrooms: 3 }, urgency: 'six_months' },
};
const sizeAsked = B('size', { slots: { budget: { max: 520000 }, financing: 'pre_approved' } });
const sizeAskedEs = ES('size', { slots: { budget: { max: 520000 }, financing: 'pre_approved' } });

suite('who answers, asked with a title before a name or of a reply that writes itself', [
  ['Sorry Mr. Salas, is a person writing these or is it automated?', B('budget'), { disclosure: true }],
  [
    'Dr. Kim told me to ask: is someone typing this or does it reply by itself?',
    B('size'),
    { disclosure: true },
  ],
  [
    'Disculpe Sr. Salas, ¿estos mensajes los escribe usted o una computadora?',
    SES('condition'),
    { disclosure: true },
  ],
  [
    'are these answers written by Jorge or do they go out automatically?',
    S('motivation'),
    { disclosure: true },
  ],
  // (a thing that works by itself, a person to set it: nothing about who answers)
  ['does the sprinkler come on by itself or do I need someone to set it?', B('areas'), { disclosure: false }],
  ['is the gate automatic or is there a guard who opens it?', B('areas'), { disclosure: false }],
  ['Mr. Salas sold my cousin a house, she said he is great', S('motivation'), { disclosure: false }],
]);

suite('one bathroom said with an article after the bedroom count', [
  ['dos recámaras y un baño está bien', sizeAskedEs, { slots: { size: { bedrooms: 2, bathrooms: 1 } } }],
  ['3 bedrooms and a bath, nothing fancy', sizeAsked, { slots: { size: { bedrooms: 3, bathrooms: 1 } } }],
  ['tres cuartos con un solo baño', sizeAskedEs, { slots: { size: { bedrooms: 3, bathrooms: 1 } } }],
  ['2 bed and a bath and a half', sizeAsked, { slots: { size: { bedrooms: 2, bathrooms: 1.5 } } }],
  ['3 bedrooms and 2 baths', sizeAsked, { slots: { size: { bedrooms: 3, bathrooms: 2 } } }],
  // (no bath said: none read)
  ['3 bedrooms and a big yard', sizeAsked, { slots: { 'size.bedrooms': 3, 'size.bathrooms': null } }],
  ['tres recámaras y una alberca', sizeAskedEs, { slots: { 'size.bedrooms': 3, 'size.bathrooms': null } }],
]);

describe('a weekday taken by what is said right after it gives way to the one asked for', () => {
  it.each([
    ['thursday im stuck at the warehouse, can we do friday', 'Friday'],
    ['monday im on call all day. tuesday?', 'Tuesday'],
    ['can we do tuesday instead? monday got crazy busy', 'Tuesday'],
    ['el lunes estoy de guardia, mejor el martes', 'el martes'],
    // (a weekday said with what comes after it, not against it)
    ['friday after my shift works', 'Friday'],
    ['wednesday works, i get off at 5', 'Wednesday'],
    ['thursday... actually no, friday', 'Friday'],
  ])('%s', (said, expected) => {
    expect(day(fold(said), said.startsWith('el ') ? 'es' : 'en')).toBe(expected);
  });
});

suite('an answer to the areas question that says when is no place', [
  ['probably sometime next year', B('areas', BEFORE_AREAS), { slots: { areas: null } }],
  ['maybe in a couple of months', B('areas', BEFORE_AREAS), { slots: { areas: null } }],
  ['quizás el próximo año', ES('areas', BEFORE_AREAS), { slots: { areas: null } }],
  // (places still read, a day in a place's name included)
  ['Day Creek or Etiwanda', B('areas', BEFORE_AREAS), { slots: { areas: ['Day Creek', 'Etiwanda'] } }],
  ['Upland o Claremont', ES('areas', BEFORE_AREAS), { slots: { areas: ['Upland', 'Claremont'] } }],
]);

suite('where the lead works, the workplace named between the verb and the place, is no area', [
  ['I work overnights at the county medical center in Colton', B('budget'), { slots: { areas: null } }],
  [
    'my husband works the night shift at the amazon warehouse in Fontana, we want Rialto',
    B('budget'),
    { slots: { areas: ['Rialto'] } },
  ],
  ['trabajo de noche en el hospital regional de Colton', ES('budget'), { slots: { areas: null } }],
  // (a wish or a turn of the sentence before the place: the place is wanted)
  ['my work is flexible so anything in fontana', B('areas', BEFORE_AREAS), { slots: { areas: ['Fontana'] } }],
  ['we work long hours and would love something in upland', B('budget'), { slots: { areas: ['Upland'] } }],
]);

const windowAsked = S('timelineAccepted', { slots: { address: '8231 Haven Ave', motivation: 'relocation' } });
const windowAskedEs = SES('timelineAccepted', {
  slots: { address: '8231 Haven Ave', motivation: 'relocation' },
});
suite('the sale window asked about in its own clause, nothing answered after it, is no answer yet', [
  ['30-45 days to close or to be listed by then?', windowAsked, { slots: { timelineAccepted: null } }],
  ['hold on, is that 45 days to close escrow?', windowAsked, { slots: { timelineAccepted: null } }],
  ['¿45 días para cerrar o para publicarla?', windowAskedEs, { slots: { timelineAccepted: null } }],
  // (answered after the question, or a time of the seller's own asked for: an answer)
  ['45 days? sure, that works', windowAsked, { slots: { timelineAccepted: true } }],
  ['45 days?? no way', windowAsked, { slots: { timelineAccepted: false } }],
  ["we'd need 60 days not 30, could you do that?", windowAsked, { slots: { timelineAccepted: true } }],
]);

const financingAsked = B('financing', { slots: { budget: { max: 480000 } } });
const financingAskedEs = ES('financing', { slots: { budget: { max: 480000 } } });
suite('an approval asked about is none the lead has', [
  ['does my car loan count against the pre approval?', financingAsked, { slots: { financing: null } }],
  ['¿los pagos de la troca cuentan pa la preaprobación?', financingAskedEs, { slots: { financing: null } }],
  // (the lead's own approval, with a question after it: approved)
  ["we're pre-approved, do you need the letter?", financingAsked, { slots: { financing: 'pre_approved' } }],
  ['can we get pre-approved through you?', financingAsked, { slots: { financing: 'needs_lender' } }],
]);

suite('a down payment named after cash was read is a loan', [
  [
    'no lender yet, but we have about 35k saved for the down payment',
    B('size', { slots: { budget: { max: 450000 }, financing: 'cash' } }),
    { slots: { financing: 'needs_lender' } },
  ],
  [
    'todavía no tenemos prestamista, pero juntamos 30 mil pal down',
    ES('size', { slots: { budget: { max: 450000 }, financing: 'cash' } }),
    { slots: { financing: 'needs_lender' } },
  ],
  // (cash said again: still cash)
  [
    'all cash, no lender needed',
    B('size', { slots: { budget: { max: 450000 }, financing: 'cash' } }),
    { slots: { financing: 'cash' } },
  ],
]);

const budgetAsked = B('budget');
const budgetAskedEs = ES('budget');
suite("the lead's own top said first, then a lower figure aimed at: a range", [
  ['600 max, ideally around 550', budgetAsked, { slots: { budget: { min: 550000, max: 600000 } } }],
  ['tope 520, lo ideal serían 480', budgetAskedEs, { slots: { budget: { min: 480000, max: 520000 } } }],
  [
    "700 tops, we'd love to land closer to 650",
    budgetAsked,
    { slots: { budget: { min: 650000, max: 700000 } } },
  ],
  // (the other order, as before; a lower limit said after is the top; a cost beside it is no aim)
  ['around 550, 600 tops', budgetAsked, { slots: { budget: { min: 550000, max: 600000 } } }],
  ['thinking 550 but no more than 520', budgetAsked, { slots: { budget: { max: 520000 } } }],
  ['650 max, HOA under 300', budgetAsked, { slots: { 'budget.max': 650000, 'budget.min': null } }],
  ['520 max, 40k down', budgetAsked, { slots: { 'budget.max': 520000, 'budget.min': null } }],
]);

const motivationAsked = S('motivation');
suite('money from the sale needed for the next home is no hardship', [
  [
    'we have to sell first, we need the money from the sale for the down payment on the next one',
    motivationAsked,
    { slots: { motivation: 'other' } },
  ],
  [
    'we need the cash from this one to buy something bigger',
    motivationAsked,
    { slots: { motivation: 'upgrading' } },
  ],
  // (money needed for bills or debts is)
  ['we need the money, bills are piling up', motivationAsked, { slots: { motivation: 'financial' } }],
  [
    'honestly we just need the cash to pay off debts',
    motivationAsked,
    { slots: { motivation: 'financial' } },
  ],
]);

suite('an approval denied right after it, or one still to be got, is none yet', [
  ['the pre approval still hasnt come through', financingAsked, { slots: { financing: 'needs_lender' } }],
  ['preapproval? nah, dont have one yet', financingAsked, { slots: { financing: 'needs_lender' } }],
  [
    'la carta de preaprobación todavía no nos llega',
    financingAskedEs,
    { slots: { financing: 'needs_lender' } },
  ],
  [
    "honestly not sure we'd get pre-approved, my credit is rough",
    financingAsked,
    { slots: { financing: 'needs_lender' } },
  ],
  // (denied of something else after it, or got in the past: approved)
  [
    "we're pre-approved, haven't toured anything yet",
    financingAsked,
    { slots: { financing: 'pre_approved' } },
  ],
  ['pre-approved, not paying cash though', financingAsked, { slots: { financing: 'pre_approved' } }],
  ['we did get pre approved last month', financingAsked, { slots: { financing: 'pre_approved' } }],
  [
    'getting pre-approved was easy, we are good up to 600',
    financingAsked,
    { slots: { financing: 'pre_approved' } },
  ],
]);

suite('a home too big for a household that shrank is downsizing', [
  [
    "it's 4 bedrooms and it's only me and my cat now",
    motivationAsked,
    { slots: { motivation: 'downsizing' } },
  ],
  [
    '6 bedrooms and just us two now that the girls moved out',
    motivationAsked,
    { slots: { motivation: 'downsizing' } },
  ],
  ['me and the dog just rattle around in here', motivationAsked, { slots: { motivation: 'downsizing' } }],
  [
    'son 5 recámaras y ahora nomás somos mi esposa y yo',
    SES('motivation'),
    { slots: { motivation: 'downsizing' } },
  ],
  // (the size and the household said, nothing shrank; a move elsewhere is the reason)
  [
    '3 bedrooms, just me and my son, the roof needs work',
    motivationAsked,
    { slots: { motivation: 'other' } },
  ],
  [
    "it's a 4 bedroom, only us, and we're moving to Boise for my job",
    motivationAsked,
    { slots: { motivation: 'relocation' } },
  ],
]);

// After the s78 sets were measured and spent: their misses, in other words.
suite('after sealed-optout-s78: stops said again or by pointing, and stops for someone else', [
  ['no vuelvan a llamar', SES('motivation'), { optOut: true }],
  ['nunca les di este número. no vuelvan a escribir ni a llamar.', ES('budget'), { optOut: true }],
  ['✋🛑 stop no more', B('budget'), { optOut: true }],
  ["thanks but we're done looking. please don't send these anymore.", B('size'), { optOut: true }],
  // (someone else's contact, with no stop of the rules: the trained stop keeps out too; a number named as theirs is
  // still a stop)
  ["don't contact my tenants please, they get anxious", S('condition'), { optOut: false }],
  ['stop texting them, this is not their number', B('budget'), { optOut: true }],
  ['no vuelvan a llamar a mi suegra', ES('budget'), { optOut: false }],
  // (unsubscribing from something not ours)
  ['lol my husband is unsubscribing from yardwork forever, we want a condo', B('budget'), { optOut: false }],
  ['please unsubscribe me from everything', B('budget'), { optOut: true }],
]);

suite('after sealed-s78: the sale window refused with the days, yes to selling is none to them', [
  [
    'a 45 días no llegamos, hasta que salgan los niños de la escuela',
    windowAskedEs,
    { slots: { timelineAccepted: false } },
  ],
  [
    "30 days we can't, the lease on our next place starts in june",
    windowAsked,
    { slots: { timelineAccepted: false } },
  ],
  [
    'no, en 30 días no se puede, pero sí queremos vender',
    windowAskedEs,
    { slots: { timelineAccepted: false } },
  ],
  ['sí, nos da tiempo, ya tenemos a dónde irnos', windowAskedEs, { slots: { timelineAccepted: true } }],
  ["45 days? we can't wait to be done, yes", windowAsked, { slots: { timelineAccepted: true } }],
]);

suite('after sealed-s78: the agent named with a title', [
  ['Am I writing to Mr. Salas himself?', B('budget'), { disclosure: true }],
  ['¿estoy hablando con el señor Salas?', ES('budget'), { disclosure: true }],
  ['am i talking with mr. ortiz from the bank?', B('financing'), { disclosure: false }],
]);

const CALENDAR = ['Thu Mar 12, 9:00am', 'Thu Mar 12, 5:30pm', 'Mon Mar 16, 9:00am'];
suite('after sealed-s78: a bound on the clock picks the slots past or before it', [
  ['any day is fine, after 4 if possible', picking(CALENDAR), { booked: 1 }],
  ['cualquier día después de las 3', picking(CALENDAR, 'es'), { booked: 1 }],
  ['monday, before 10', picking(CALENDAR), { booked: 2 }],
  // (a bound that leaves two: asked again; "til" tells the lead's own day and is no bound: after s79)
  ['before noon', picking(CALENDAR), { booked: null }],
  ['any afternoon, im at the yard til 3', picking(CALENDAR), { booked: 1 }],
]);

// After the s79 sets were measured and spent: their misses, in other words.
suite(
  'after sealed-s79 and conversations-s79: millions with digits, the voseo ask, an approval not through us',
  [
    [
      'no la dejo en menos de 1 millón 200 mil',
      SES('priceExpectation'),
      { slots: { priceExpectation: 1200000 } },
    ],
    ['queremos como 1 millón y medio', SES('priceExpectation'), { slots: { priceExpectation: 1500000 } }],
    ['1 million 150 thousand, not less', S('priceExpectation'), { slots: { priceExpectation: 1150000 } }],
    ['¿vos sos un bot o una persona?', ES('budget'), { disclosure: true }],
    ['vos sos de Rancho o de otro lado?', ES('budget'), { disclosure: false }],
    [
      "we're pre-approved, just not thru my credit union",
      financingAsked,
      { slots: { financing: 'pre_approved' } },
    ],
  ],
);
