import { describe, expect, it } from 'vitest';
import { B, ES, S, SES, fairHousing, noAlert, suite } from './probe-suite.js';
import { conversation } from './helpers.js';

/**
 * Neighbours of the mechanisms of session 31 (docs/BOTS.md section 35), written for this file (none copied from a
 * corpus), each with near misses that must read otherwise.
 */

const listing = {
  id: 'L-40',
  price: 640_000,
  hoaMonthly: 185,
  sqft: 1_720,
  features: ['single story', 'two-car garage'],
};

// Households of a kind, asked about where they live (familial status and age): the neutral line and a staff alert.
suite('households asked about', [
  ['are there lots of little kids on this street?', B('budget'), fairHousing],
  ['is that complex mostly seniors?', B('budget'), fairHousing],
  ['hay muchas familias con niños por esa zona?', ES('budget'), fairHousing],
  // Near misses: the lead's own household.
  ['we have a lot of kids so we need 5 bedrooms', B('size'), noAlert],
  ['en mi casa somos muchos niños, ocupamos 5 recamaras', ES('size'), noAlert],
]);

// "the most", "a lo mucho", "como mucho": a ceiling said after the amount.
suite('a ceiling said after the amount', [
  ['650 at the most', B('budget'), { slots: { 'budget.max': 650_000, 'budget.min': null } }],
  ['unos 480 a lo mucho', ES('budget'), { slots: { 'budget.max': 480_000, 'budget.min': null } }],
  ['700 is the most we can do', B('urgency'), { slots: { 'budget.max': 700_000 } }],
  // Near miss: an amount with no ceiling word is a range around it.
  ['around 650', B('budget'), { slots: { 'budget.max': 650_000, 'budget.min': 520_000 } }],
]);

// Asking who answers while typing to it.
suite('typing to a machine', [
  ['wait am i typing to a computer right now', B('budget'), { disclosure: true }],
  // Near miss: typing said of the lead's own message.
  ['sorry am i typing this in the right box', B('budget'), { disclosure: false }],
]);

// A listing fact asked after a greeting, or named alone; what the home is, asked.
suite('listing facts asked in short', [
  ['hey whats the hoa', B('budget', { listing }), { answer: 'listing' }],
  ['hoa dues', B('budget', { listing }), { answer: 'listing' }],
  ['y la cuota del hoa', ES('budget', { listing }), { answer: 'listing' }],
  ['is this one single story?', B('budget', { listing }), { answer: 'listing' }],
  ['is it a gated community', B('budget', { listing }), { answer: 'agent' }],
  // Near misses: a fact of the lead's own home; a question about the lead's reading.
  ['we have no hoa where we live now', B('budget', { listing }), { answer: null }],
  ['is this ok', B('budget', { listing }), { answer: null }],
]);

describe('the loop guard: one question, not five', () => {
  it('skips a question asked twice that the lead keeps answering around', () => {
    const c = conversation();
    c.say('hi, looking to buy something in upland');
    expect(c.state.asking).toBe('budget');
    c.say('not sure yet honestly');
    c.say('we already have a lender, preapproved');
    // Budget asked twice and answered neither time: skipped, the next question comes.
    expect(c.state.asking).not.toBe('budget');
    expect(c.state.skipped).toContain('budget');
    c.say('3 bedrooms');
    expect(c.state.slots.size?.bedrooms).toBe(3);
    // A later budget still fills the skipped slot.
    c.say('oh and 600k is the most we would spend');
    expect(c.state.slots.budget?.max).toBe(600_000);
  });
});

describe('an answer to the question asked before', () => {
  it('reads a late yes as the answer to the 30 to 45 days', () => {
    const c = conversation({ intent: 'sell' });
    c.say('we want to sell, moving to texas for my job');
    expect(c.state.asking).toBe('timelineAccepted');
    c.say('4512 amethyst ave is the address');
    c.say('we have 2 kids in school still');
    // Asked twice, answered around twice: defaulted, the condition comes next.
    expect(c.state.asking).toBe('condition');
    c.say('yes that works for us');
    expect(c.state.slots.timelineAccepted).toBe(true);
    expect(c.state.defaulted).not.toContain('timelineAccepted');
  });

  it('does not read an answer to the current question as one to the earlier', () => {
    const c = conversation({ intent: 'sell' });
    c.say('selling, relocating to phoenix');
    c.say('4512 amethyst ave');
    c.say('hmm');
    expect(c.state.asking).toBe('condition');
    c.say('yes it needs some work');
    expect(c.state.slots.condition).toBe('needs_work');
    expect(c.state.slots.timelineAccepted).not.toBe(true);
  });
});

describe('the review gate and the disclosure', () => {
  it('sends the disclosure alone when the message asked nothing else', () => {
    const c = conversation({ listing: { id: 'L-HV', price: 1_650_000 } });
    c.say('hi is it still available');
    const played = c.say('be honest, am i talking to a bot?');
    expect(played.effects.some((effect) => effect.type === 'hold_for_review')).toBe(false);
    expect(played.reply).toMatch(/AI assistant/);
    expect(c.state.review).toBe(true);
  });

  it('still holds the next question when the message also answered one', () => {
    const c = conversation({ listing: { id: 'L-HV', price: 1_650_000 } });
    c.say('hi is it still available');
    const played = c.say('are you a bot? we are preapproved for 1.7M');
    expect(played.reply).toMatch(/AI assistant/);
    expect(played.effects.some((effect) => effect.type === 'hold_for_review')).toBe(true);
  });
});

const sellerReason = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
const sellerCondition = {
  slots: { address: '8231 Haven Ave', motivation: 'relocation', timelineAccepted: true },
};

// Money that is no amount, and amounts that are prices by what is said after them.
suite('amounts by what stands beside them', [
  ['we will pay cash out of our 401k', B('financing'), { slots: { financing: 'cash', budget: null } }],
  ['retirement is in a 403b, budget around 500', B('budget'), { slots: { 'budget.max': 500_000 } }],
  ['600 would be perfect', S('priceExpectation', sellerCondition), { slots: { priceExpectation: 600_000 } }],
  // Near miss: a road named before the wish.
  ['right off the 15 would be nice', B('areas'), { slots: { budget: null } }],
]);

// The lender's letter, in hand or sent.
suite("the lender's letter", [
  ['the bank already emailed us the letter', B('financing'), { slots: { financing: 'pre_approved' } }],
  ['la carta del prestamista ya la tengo', ES('budget'), { slots: { financing: 'pre_approved' } }],
  // Near miss: a letter that is no approval.
  ['we got a letter from the hoa about the fence', B('budget'), { slots: { financing: null } }],
]);

// Past visits and past cancellations are no requests.
suite('what the lead already did', [
  ['we went to the open house on sunday and loved the area', B('budget'), { answer: null }],
  ['is there an open house this sunday?', B('budget'), { answer: 'showing' }],
  ['se nos cayó la venta y tuvimos que cancelar todo', SES('motivation'), { optOut: false }],
  ['cancelar todo por favor', SES('motivation'), { optOut: true }],
  ['this number used to be my grandpa’s, he passed', B('budget'), { optOut: true }],
]);

// Yes to the 30 to 45 days in other words; a settled figure.
suite('other words for a yes and a figure', [
  ['sipi, eso nos sirve', SES('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
  [
    'ni de chiste, es muy pronto',
    SES('timelineAccepted', sellerReason),
    { slots: { timelineAccepted: false } },
  ],
  [
    'i said 700, my wife said 740, so lets say 720',
    S('priceExpectation', sellerCondition),
    { slots: { priceExpectation: 720_000 } },
  ],
  [
    'needs some love honestly, kinda beat up',
    S('condition', sellerCondition),
    { slots: { condition: 'needs_work' } },
  ],
  [
    'todo nuevo, lo remodelamos',
    SES('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
]);

describe('setting up the call', () => {
  it('takes a part of the day said alone with the facts that bring the offer, and asks the day', () => {
    const c = conversation();
    const played = c.say('buying, cash, 650k max, 3 beds, need to move in 3 weeks. mornings are best');
    expect(c.state.phase).toBe('scheduling');
    expect(c.state.scheduling?.timeOfDay).toBe('morning');
    expect(played.reply).not.toMatch(/morning, afternoon or evening/i);
  });

  it('takes no part of the day from a greeting', () => {
    const c = conversation();
    c.say('good morning. buying, cash, 650k max, 3 beds, need to move in 3 weeks');
    expect(c.state.phase).toBe('scheduling');
    expect(c.state.scheduling?.timeOfDay).toBeUndefined();
  });

  it('counts no failed pick for facts or questions said while the call is set up', () => {
    const c = conversation();
    c.say('buying, cash, 650k max, 3 beds, need to move in 3 weeks, rancho or upland');
    expect(c.state.phase).toBe('scheduling');
    c.say('is there an hoa on most of these?');
    c.say('also we need a garage');
    expect(c.state.phase).toBe('scheduling');
    expect(c.state.scheduling?.failures ?? 0).toBe(0);
    c.say('hmm not sure');
    c.say('whatever');
    expect(c.state.phase).not.toBe('scheduling');
  });

  it('reads a clock time with its minutes alone as the part of the day and says it back', () => {
    const c = conversation();
    c.say('buying, cash, 650k max, 3 beds, need to move in 3 weeks, upland');
    expect(c.state.phase).toBe('scheduling');
    c.say('4:30ish');
    expect(c.state.scheduling?.timeOfDay).toBe('afternoon');
    c.say('friday');
    const played = c.say('yes');
    expect(played.reply).toMatch(/4:30/);
  });
});

// Fixed after the sealed measurement (docs/BOTS.md 35.3; the sealed parts are no longer held out), with neighbours
// written for the file.
suite('after the sealed measurement', [
  ['no me mandes más de esas con alberca, mejor sin alberca', ES('budget'), { optOut: false }],
  ['no me mandes mas de esas', ES('budget'), { optOut: true }],
  ['kiero bender mi casa', SES('address'), { kind: 'seller' }],
  ['is there a real person reading these?', B('budget'), { disclosure: true }],
  ['¿usted es el mismo Jorge?', ES('budget'), { disclosure: true }],
  ['¿me comunica con el señor Jorge?', ES('budget'), { escalation: 'person' }],
  ["honestly i'd rather talk this over with jorge", B('budget'), { escalation: 'person' }],
  ['is the yard safe for our dogs?', B('budget'), noAlert],
  [
    'pristine condition, we just repainted',
    S('condition', sellerCondition),
    { slots: { condition: 'move_in_ready' } },
  ],
  ['fo sho', S('timelineAccepted', sellerReason), { slots: { timelineAccepted: true } }],
  ['nada de lender todavía', ES('financing'), { slots: { financing: 'needs_lender' } }],
  ['ok im good, dont text me no more', B('budget'), { optOut: true }],
  ['is this one a short sale?', B('budget', { listing }), { escalation: null }],
  ['we owe more than its worth, might have to do a short sale', S('motivation'), { escalation: 'legal' }],
]);

// Ways of paying: undecided between two (also after a negation), a no that pays cash; a better time said.
suite('undecided ways and better times', [
  ['todavía no sé si cash o financiado', ES('financing'), { slots: { financing: null } }],
  ['no, cash', B('financing'), { slots: { financing: 'cash' } }],
  ['not cash or a loan, we are already approved', B('financing'), { slots: { financing: 'pre_approved' } }],
  [
    'mi esposa dice que mejor en dos meses',
    ES('areas', { slots: { urgency: 'six_months', timeline: '6 meses' } }),
    { slots: { urgency: 'three_months' } },
  ],
]);

// "looking for a home" with the kind of home between (DOMAIN.md section 2's buyer cue).
suite('looking for a kind of home', [
  ['hi, looking for a single story home near my parents', { kind: 'lead' }, { kind: 'buyer' }],
  ['looking for a 4 bedroom house', { kind: 'lead' }, { kind: 'buyer' }],
  // Near miss: looking for someone, not a home.
  ['looking for a good realtor to sell my house', { kind: 'lead' }, { kind: 'seller' }],
]);
