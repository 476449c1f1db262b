import { getCountries, getExampleNumber } from 'libphonenumber-js';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { consentLine, contactAskLine } from '../../../src/bots/contact-ask.js';
import { checkOutbound } from '../../../src/bots/guard.js';
import { extractContact } from '../../../src/bots/extract/contact.js';
import { conversation, effectOf } from '../bots/helpers.js';

describe('extractContact', () => {
  it('reads a name, a US phone and an email a lead gives unprompted', () => {
    expect(extractContact("Hi, I'm Maria Gonzalez, my phone is 909-555-0142. Does it have a pool?")).toEqual({
      name: 'Maria Gonzalez',
      phone: '(909) 555-0142',
      phoneE164: '+19095550142',
    });
    expect(extractContact('Hola, me llamo José Núñez, escríbeme a Jose.N@Example.com')).toEqual({
      name: 'José Núñez',
      email: 'jose.n@example.com',
    });
    expect(extractContact('call me at +1 (415) 555 0100')).toEqual({
      phone: '(415) 555-0100',
      phoneE164: '+14155550100',
    });
    expect(extractContact('text me at +52 55 1234 5678')).toEqual({
      phone: '+52 55 1234 5678',
      phoneE164: '+525512345678',
    });
  });

  it('finds the shortest numbers of every country: the digit-count shortcut before libphonenumber skips none', () => {
    const examples = getCountries().flatMap((country) => getExampleNumber(country, mobileExamples) ?? []);
    expect(examples.length).toBeGreaterThan(200);
    // Tristan da Cunha's +290 8999 has 7 digits with its country code, the fewest of any country.
    expect(Math.min(...examples.map((number) => number.number.length - 1))).toBe(7);
    for (const number of examples) {
      expect(extractContact(`my cell is ${number.formatInternational()}`).phoneE164).toBe(number.number);
    }
    expect(extractContact('3 bed 2 bath around 850k, moving 06/15')).toEqual({});
  });

  it('reads a bare name beside the number only when the bot just asked for it', () => {
    expect(extractContact('Maria Lopez 909 555 0142', { expectingName: true })).toMatchObject({
      name: 'Maria Lopez',
      phoneE164: '+19095550142',
    });
    expect(extractContact("sure, it's maria, 9095550142", { expectingName: true }).name).toBe('Maria');
    expect(extractContact('Juan Pérez, juan@correo.mx', { expectingName: true })).toEqual({
      name: 'Juan Pérez',
      email: 'juan@correo.mx',
    });
    expect(extractContact('Maria Lopez 909 555 0142').name).toBeUndefined();
    expect(
      extractContact('I would rather not, call 909-555-0142', { expectingName: true }).name,
    ).toBeUndefined();
  });

  it('never takes an ordinary sentence, a price or a bad address for contact details', () => {
    expect(extractContact("I'm looking for a 3 bedroom home")).toEqual({});
    expect(extractContact('i am interested in this one')).toEqual({});
    expect(extractContact('this is a great house')).toEqual({});
    expect(extractContact('We can spend 725000')).toEqual({});
    expect(extractContact('budget 650000 to 700000, zip 92101, 3 beds')).toEqual({});
    expect(extractContact('555-0142')).toEqual({});
    expect(extractContact('mail me at maria@localhost or @example.com')).toEqual({});
  });
});

describe('the bot asks who the lead is at the hand-off, once, with the consent line', () => {
  it('asks after the hand-off line as its own fixed reply, never before chatting', () => {
    const c = conversation({ intent: 'buy' });
    const first = c.say('hi, is this still available?');
    expect(first.effects.some((effect) => effect.type === 'contact_requested')).toBe(false);
    const out = c.say('can I talk to a real person please');
    const replies = out.effects.filter((effect) => effect.type === 'reply');
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ rephrase: false, text: contactAskLine('en', 'Jorge Salas') });
    expect(effectOf(out.effects, 'contact_requested')).toEqual({
      type: 'contact_requested',
      consentText: consentLine('en', 'Jorge Salas'),
      lang: 'en',
    });
    expect(effectOf(out.effects, 'handoff')).toBeDefined();
    expect(contactAskLine('en', 'Jorge Salas')).toContain(
      "By sharing your number you agree to receive texts from Jorge Salas's team about your search; reply STOP to opt out.",
    );
  });

  it('asks in Spanish, and the ask passes the outbound guard in both languages', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hola, busco casa');
    const out = c.say('quiero hablar con una persona');
    expect(effectOf(out.effects, 'contact_requested')?.consentText).toBe(consentLine('es', 'Jorge Salas'));
    for (const lang of ['en', 'es'] as const) {
      expect(checkOutbound(contactAskLine(lang, 'Jorge Salas'), { lang }).ok).toBe(true);
    }
  });

  it('does not ask a lead who already gave a number, nor after a legal hand-off', () => {
    const known = conversation({ intent: 'buy' });
    known.say("hi I'm Maria Lopez, 909-555-0142");
    const out = known.say('can I talk to a real person please');
    expect(out.effects.some((effect) => effect.type === 'contact_requested')).toBe(false);
    expect(out.effects.filter((effect) => effect.type === 'reply')).toHaveLength(1);

    const legal = conversation({ intent: 'sell' });
    legal.say('123 Main St');
    const distress = legal.say('my lawyer says the foreclosure is next week and I need an attorney');
    expect(distress.effects.some((effect) => effect.type === 'contact_requested')).toBe(false);
  });
});
