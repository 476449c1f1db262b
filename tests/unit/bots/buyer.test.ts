import { describe, expect, it } from 'vitest';
import { buyerTemperature } from '../../../src/bots/temperature.js';
import type { JorgeState } from '../../../src/bots/index.js';
import { conversation, demoTenant, effectOf } from './helpers.js';

const Q = {
  budget: "What's your price range?",
  financing: 'Have you spoken with a lender yet?',
  size: 'How many bedrooms are you looking for?',
  timeline: 'When are you hoping to be in your new home?',
  areas: 'Any specific neighborhoods you have in mind?',
};

describe('buyer bot: question path', () => {
  it('asks the five slots in order, one per message', () => {
    const c = conversation({ intent: 'buy' });
    expect(c.say('hi').reply).toBe(Q.budget);
    expect(c.say('around 600k').reply).toBe(Q.financing);
    expect(c.say("we haven't talked to a lender yet").reply).toBe(Q.size);
    expect(c.say('3 bed 2 bath').reply).toBe(Q.timeline);
    expect(c.say('in about 5 months').reply).toBe(Q.areas);
    const last = c.say('Alta Loma or Etiwanda');
    expect(c.state.slots).toEqual({
      budget: { min: 480_000, max: 600_000 },
      financing: 'needs_lender',
      size: { bedrooms: 3, bathrooms: 2 },
      urgency: 'six_months',
      timeline: 'in about 5 months',
      // In the order the lead named them.
      areas: ['Alta Loma', 'Etiwanda'],
    });
    expect(c.state.temperature).toBe('warm');
    expect(last.reply).toContain('pull together homes that fit');
    expect(c.state.phase).toBe('done');
  });

  it('never re-asks what the first message already said', () => {
    const c = conversation({ intent: 'buy' });
    const reply = c.say("We're pre-approved, looking for a 4 bedroom in Terra Vista under 800k").reply;
    expect(reply).toBe(Q.timeline);
    expect(c.state.slots).toMatchObject({
      financing: 'pre_approved',
      size: { bedrooms: 4 },
      areas: ['Terra Vista'],
      budget: { max: 800_000 },
    });
  });

  it('treats a bare number 100 to 999 as thousands only as a budget answer', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hello');
    c.say('550');
    expect(c.state.slots.budget).toEqual({ min: 440_000, max: 550_000 });
  });

  it('offers a call once hot and all slots are known', () => {
    const c = conversation({ intent: 'buy' });
    c.say('Cash buyer, 3br in Day Creek, 700k, need to move asap');
    expect(c.state.temperature).toBe('hot');
    expect(c.state.phase).toBe('scheduling');
  });
});

describe('buyer bot: listing context', () => {
  it('pre-fills areas and anchors the budget question on the listing price', () => {
    const listing = { id: 'L-1', address: '7021 Archibald Way', price: 725_000, beds: 4, area: 'Alta Loma' };
    const c = conversation({ listing });
    expect(c.state.kind).toBe('buyer');
    expect(c.state.slots.areas).toEqual(['Alta Loma']);
    // The lead's own question is answered first (the agent confirms availability), then the anchored question.
    expect(c.say('Is this one still available?').reply).toBe(
      "Good question; I'll have Jorge Salas confirm that for you. This one is listed at $725,000; is that in your range?",
    );
    expect(c.state.openQuestions).toEqual(['Is this one still available?']);
    expect(c.say('yes').reply).toBe(Q.financing);
    expect(c.state.slots.budget).toEqual({ min: 580_000, max: 725_000 });
  });

  it("does not say the price twice when the answer to the lead's question just said it", () => {
    const listing = { id: 'L-1', address: '7021 Archibald Way', price: 725_000, beds: 4 };
    expect(conversation({ listing }).say('how much is it?').reply).toBe(
      "It's listed at $725,000. Is that in your range?",
    );
    const es = conversation({ listing });
    es.state.lang = 'es';
    expect(es.say('¿cuánto cuesta?').reply).toBe('Está en $725,000. ¿Está dentro de tu rango?');
    // Another answer keeps the anchored question.
    expect(
      conversation({ listing: { ...listing, features: ['pool'] } }).say('does it have a pool?').reply,
    ).toBe('Yes, it has a pool. This one is listed at $725,000; is that in your range?');
  });

  it('asks the plain range question when the anchor is not answered', () => {
    const c = conversation({ listing: { id: 'L-2', price: 725_000 } });
    c.say('hi');
    expect(c.say('hmm that seems high').reply).toBe('Roughly what budget are you working with?');
  });
});

describe('buyer bot: loop guard', () => {
  it('skips a question asked twice without an answer (slot stays unknown)', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hello');
    c.say('what is the market like right now');
    const reply = c.say('do you think prices will drop soon').reply;
    expect(c.state.skipped).toContain('budget');
    expect(c.state.slots.budget).toBeUndefined();
    // The lead's question is answered first (the agent will confirm), then the next slot is asked.
    expect(reply).toBe(`Good question; I'll have Jorge Salas confirm that for you. ${Q.financing}`);
  });

  it('moves to scheduling after three unanswered asks in total', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hello');
    c.say('what is the market like right now');
    c.say('do you think prices will drop soon');
    const reply = c.say('how are the interest rates lately').reply;
    expect(c.state.phase).toBe('scheduling');
    expect(reply).toContain('morning, afternoon or evening');
  });
});

describe('buyer temperature', () => {
  const state = (slots: JorgeState['slots']) => ({ slots, defaulted: [] as JorgeState['defaulted'] });
  it.each<[string, JorgeState['slots'], string]>([
    [
      'pre-approved + immediate + budget',
      { financing: 'pre_approved', urgency: 'immediate', budget: { max: 5e5 } },
      'hot',
    ],
    [
      'cash + three months + budget',
      { financing: 'cash', urgency: 'three_months', budget: { min: 4e5, max: 5e5 } },
      'hot',
    ],
    [
      'cash + six months + budget',
      { financing: 'cash', urgency: 'six_months', budget: { max: 5e5 } },
      'warm',
    ],
    ['pre-approved + immediate, no budget', { financing: 'pre_approved', urgency: 'immediate' }, 'cold'],
    [
      'needs lender + immediate + budget',
      { financing: 'needs_lender', urgency: 'immediate', budget: { max: 5e5 } },
      'cold',
    ],
    [
      'four slots known',
      { financing: 'needs_lender', urgency: 'browsing', budget: { max: 5e5 }, size: { bedrooms: 3 } },
      'warm',
    ],
    ['three slots known', { financing: 'needs_lender', urgency: 'browsing', size: { bedrooms: 3 } }, 'cold'],
    ['funded + budget', { financing: 'pre_approved', budget: { max: 5e5 } }, 'warm'],
  ])('%s', (_name, slots, expected) => {
    expect(buyerTemperature(state(slots))).toBe(expected);
  });
});

describe('high-value review gate', () => {
  it('holds replies for review once the budget is above the tenant threshold', () => {
    const c = conversation({ intent: 'buy' });
    const before = c.say('hi');
    expect(effectOf(before.effects, 'reply')).toBeDefined();
    const after = c.say('our budget is 1.5m');
    expect(effectOf(after.effects, 'reply')).toBeUndefined();
    expect(effectOf(after.effects, 'hold_for_review')).toEqual({
      type: 'hold_for_review',
      text: Q.financing,
      lang: 'en',
      reason: 'high_value',
    });
    expect(c.state.review).toBe(true);
    expect(effectOf(c.say('pre-approved').effects, 'hold_for_review')).toBeDefined();
  });

  it('holds from the first reply for a listing above the threshold, and uses the tenant threshold', () => {
    const c = conversation({ listing: { id: 'L-9', price: 1_350_000 } });
    expect(effectOf(c.say('hi').effects, 'hold_for_review')).toBeDefined();
    const strict = conversation({ intent: 'buy' }, demoTenant({ highValueThreshold: 500_000 }));
    strict.say('hi');
    expect(effectOf(strict.say('600k').effects, 'hold_for_review')).toBeDefined();
  });

  it('never holds the opt-out confirmation', () => {
    const c = conversation({ intent: 'buy' });
    c.say('2 million budget');
    const out = c.say('STOP');
    expect(effectOf(out.effects, 'reply')?.text).toBe("No problem at all, reach out whenever you're ready");
  });
});
