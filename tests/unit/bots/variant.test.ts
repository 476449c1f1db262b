import { describe, expect, it } from 'vitest';
import { withoutCourtesy } from '../../../src/bots/tone.js';
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

  it('with the warm tone thanks the lead for an answer before the next question, in the lead’s language', () => {
    const c = conversation({ intent: 'buy', variant: { tone: 'warm' } });
    expect(c.say('hi').reply).toBe("What's your price range?");
    expect(c.say('around 600k').reply).toBe('Perfect, thanks. Have you spoken with a lender yet?');
    expect(c.say('pre-approved').reply).toBe('Thanks, that helps. How many bedrooms are you looking for?');
    // A re-asked question was not answered: no thanks.
    expect(c.say('hmm').reply).not.toMatch(/^(Thanks|Got it|Perfect)/);
    const es = conversation({ variant: { tone: 'warm' } });
    expect(es.say('hola, quiero comprar una casa').reply).toBe('¿Cuál es tu rango de precio?');
    expect(es.say('como 600 mil').reply).toBe('Perfecto, gracias. ¿Ya hablaste con un prestamista?');
  });

  it('with the brief tone drops the bot’s courtesy openers and keeps what follows', () => {
    const written = conversation({ intent: 'sell' });
    const brief = conversation({ intent: 'sell', variant: { tone: 'brief' } });
    const script = ['hi', '12345 Day Creek Blvd', 'relocating for work', 'yes', 'move in ready', '800k'];
    const replies = script.map(
      (text) => [written.say(text).reply ?? '', brief.say(text).reply ?? ''] as const,
    );
    const [asWritten, asBrief] = replies.at(-1)!;
    expect(asWritten).toMatch(/^Thanks, that really helps\. Would a quick call/);
    expect(asBrief).toMatch(/^Would a quick call/);
    for (const [one, other] of replies) expect(one.endsWith(other)).toBe(true);
    expect(withoutCourtesy('Gracias, eso ayuda mucho. ¿Te llamo hoy?')).toBe('¿Te llamo hoy?');
    // A first sentence that says something is not a courtesy; a courtesy alone stays.
    expect(withoutCourtesy("Thanks, Maria's team will call you at 5. Anything else?")).toMatch(
      /^Thanks, Maria/,
    );
    expect(withoutCourtesy('Thanks for your time.')).toBe('Thanks for your time.');
  });

  it('never tones the compliance lines: the disclosure, the Fair Housing answer, the opt-out, the hand-off', () => {
    for (const tone of ['warm', 'brief'] as const) {
      const c = conversation({ intent: 'buy', variant: { tone } });
      const plain = conversation({ intent: 'buy' });
      for (const text of ['hi', 'around 600k']) {
        c.say(text);
        plain.say(text);
      }
      // The side-topic lines come first, as written, whatever the tone.
      const disclosure = c.say('are you a bot?').reply ?? '';
      expect(disclosure.startsWith((plain.say('are you a bot?').reply ?? '-').split('?')[0]!)).toBe(true);
      expect(disclosure).toMatch(/^I'm an AI assistant for/);
      const fairHousing = c.say('is the area safe?').reply;
      expect(fairHousing).toBe(plain.say('is the area safe?').reply);
      const handoff = c.say('can I talk to a real person please').reply;
      expect(handoff).toBe(plain.say('can I talk to a real person please').reply);
      const stop = conversation({ intent: 'buy', variant: { tone } });
      stop.say('hi');
      const stopped = stop.say('STOP');
      const stopPlain = conversation({ intent: 'buy' });
      stopPlain.say('hi');
      expect(effectOf(stopped.effects, 'opt_out')).toBeDefined();
      expect(stopped.reply).toBe(stopPlain.say('STOP').reply);
    }
  });
});
