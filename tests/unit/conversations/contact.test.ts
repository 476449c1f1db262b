import { describe, expect, it } from 'vitest';
import { extractContact } from '../../../src/conversations/contact.js';

describe('extractContact', () => {
  it('reads a name, a US phone and an email a lead gives unprompted', () => {
    expect(extractContact("Hi, I'm Maria Gonzalez, my phone is 909-555-0142. Does it have a pool?")).toEqual({
      name: 'Maria Gonzalez',
      phone: '(909) 555-0142',
    });
    expect(extractContact('Hola, me llamo José Núñez, escríbeme a Jose.N@Example.com')).toEqual({
      name: 'José Núñez',
      email: 'jose.n@example.com',
    });
    expect(extractContact('call me at +1 (415) 555 0100')).toEqual({ phone: '(415) 555-0100' });
  });

  it('never takes an ordinary sentence for a name', () => {
    expect(extractContact("I'm looking for a 3 bedroom home")).toEqual({});
    expect(extractContact('i am interested in this one')).toEqual({});
    expect(extractContact('this is a great house')).toEqual({});
    expect(extractContact('We can spend 725000')).toEqual({});
  });
});
