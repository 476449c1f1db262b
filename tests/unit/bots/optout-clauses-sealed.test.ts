import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './optout-probes/expect.js';

/**
 * The sealed third of the blind opt-out probes (optout-clauses.test.ts): written with them before the rewrite and
 * run once, at its end; misses here are reported, not tuned away.
 */
const probes: Probe[] = [
  ['unsubscribe me from this', 'opt_out'],
  ["don't contact me again", 'opt_out'],
  ['ya no me escriban, gracias', 'opt_out'],
  ['bórrame de tu lista porfa', 'opt_out'],
  ['no more msgs bro', 'opt_out'],
  ['quit texting me ur spamming', 'opt_out'],
  ['wrong person, i never filled out any form', 'wrong_number'],
  ['no soy Pedro, se equivocaron de número', 'wrong_number'],
  ['no me textees, llámame mejor', { stop: ['text'], welcome: ['call'] }],
  ["don't call, text me the details", { stop: ['call'], welcome: ['text'] }],
  ['stop texting me and call me instead', { stop: ['text'], welcome: ['call'] }],
  ["dont stop sending listings, they're great", 'none'],
  ['stop, I meant 3 beds not 4', 'none'],
  ['stop sending homes with pools, kids are small', 'none'],
  ["my wife said stop texting her lol but I'm still interested", 'none'],
  ['the guy at the open house told me to stop looking in fontana', 'none'],
  ['i gave you the wrong number before, use 951-555-0101', 'none'],
  ['paren las notificaciones de condos, solo quiero casas', 'none'],
  ['no estoy interesado en rentar, quiero comprar', 'none'],
  ['if i want to opt out later what do i reply?', 'none'],
];

describe('the clause reader of opt-outs (sealed blind probes)', () => {
  it.each(probes)('%j', (text, expected) => checkProbe(text, expected));
});
