import { describe, expect, it } from 'vitest';
import { conversation, effectOf } from './helpers.js';

/** Experiment arms in the bot (src/bots/variant.ts): what they change, and what they never do. */
describe('bot variants', () => {
  it('asks the buyer questions in the arm’s order', () => {
    const c = conversation({
      intent: 'buy',
      variant: { buyerOrder: ['areas', 'size', 'budget', 'financing', 'urgency'] },
    });
    expect(c.say('hi').reply).toBe('Any specific neighborhoods you have in mind?');
    expect(c.say('Alta Loma or Etiwanda').reply).toBe('How many bedrooms are you looking for?');
    expect(c.say('3 bed 2 bath').reply).toBe("What's your price range?");
  });

  it('asks the seller questions 1 to 4 in the arm’s order, the address still first', () => {
    const c = conversation({
      intent: 'sell',
      variant: { sellerOrder: ['condition', 'motivation', 'timelineAccepted', 'priceExpectation'] },
    });
    expect(c.say('hi').reply).toBe("What's the property address?");
    expect(c.say('12345 Day Creek Blvd').reply).toContain('move in ready');
  });

  it('asks in the second wording first with the second phrasing set, and re-asks in the first', () => {
    const c = conversation({ intent: 'buy', variant: { phrasing: 'second' } });
    expect(c.say('hi').reply).toBe('Roughly what budget are you working with?');
    expect(c.say('hmm').reply).toContain("What's your price range?");
  });

  it('says the greeting once, before the first reply, in the lead’s language', () => {
    const variant = { greeting: { en: 'Hi, thanks for reaching out.', es: 'Hola, gracias por escribir.' } };
    const c = conversation({ intent: 'buy', variant });
    expect(c.say('hi').reply).toBe("Hi, thanks for reaching out. What's your price range?");
    expect(c.say('around 600k').reply).toBe('Have you spoken with a lender yet?');
    const es = conversation({ intent: 'buy', variant });
    expect(es.say('hola, busco casa').reply).toMatch(/^Hola, gracias por escribir\. /);
  });

  it('never turns off the opt-out: a first-message STOP is honoured without the greeting', () => {
    const c = conversation({ intent: 'buy', variant: { greeting: { en: 'Hi there.', es: 'Hola.' } } });
    const played = c.say('STOP');
    expect(effectOf(played.effects, 'opt_out')).toBeDefined();
    expect(played.reply).not.toContain('Hi there.');
    expect(c.state.optedOut).toBe(true);
  });
});
