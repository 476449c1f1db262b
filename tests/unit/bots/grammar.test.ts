import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../../src/bots/escalation.js';
import { classifyOptOut } from '../../../src/bots/optout.js';
import { oneOf, phraseBook, tokenise } from '../../../src/bots/read/phrases.js';
import { conversation, effectOf } from './helpers.js';

/**
 * Session 17 (issue 30, "grammar over growth"): the reader's one phrase matcher, and four mechanisms found after the
 * last review, each with neighbours of our own in English and Spanish.
 */
const escalate = (text: string, scheduling = false) =>
  detectEscalation(text, { agentName: 'Jorge Ramos', scheduling });

describe('the phrase matcher (read/phrases.ts)', () => {
  const book = phraseBook<'help' | 'gap' | 'always'>([
    { cue: 'help', words: 'can a|an|_ human|person help' },
    { cue: 'gap', words: 'sell ~ first' },
    { cue: 'always', words: 'scam*', always: true },
  ]);
  it('reads an optional word, a gap of up to four words and a word start', () => {
    expect(book.find(tokenise('Can a human help me?'))?.evidence).toBe('can a human help');
    expect(book.find(tokenise('can human help'))?.evidence).toBe('can human help');
    expect(book.find(tokenise('we need to sell the old place first'), 'gap')?.evidence).toBe(
      'sell the old place first',
    );
    expect(
      book.find(tokenise('we need to sell it and then, maybe, buy one more first'), 'gap'),
    ).toBeUndefined();
    expect(book.find(tokenise('isnt this a scammer'), 'always')?.evidence).toBe('scammer');
  });
  it('leaves out a phrase negated within three words of its clause, not one after a comma', () => {
    expect(book.find(tokenise('no, can a human help'), 'help')).toBeDefined();
    expect(book.find(tokenise('i dont think can a person help'), 'help')).toBeUndefined();
  });
  it('builds a book of some cues once, and hears only those', () => {
    const only = book.only('gap');
    expect(only.hear(tokenise('can a human help, sell it first')).map((hit) => hit.cue)).toEqual(['gap']);
  });
});

describe('clause edges and lookarounds (read/phrases.ts)', () => {
  const book = phraseBook<'whole' | 'opens' | 'alone' | 'after' | 'not_after' | 'not_before'>([
    { cue: 'whole', words: '^ no calls please|_ $' },
    { cue: 'opens', words: '^ stop' },
    { cue: 'alone', words: 'dont text|call $' },
    { cue: 'after', words: 'stop sending', followedBy: '~2 listings|homes $' },
    { cue: 'not_after', words: 'stop texting', notFollowedBy: ['me|us|_ instead|rather', 'at all'] },
    { cue: 'not_before', words: 'dont text', notPrecededBy: 'i|we', always: true },
  ]);
  type Cue = 'whole' | 'opens' | 'alone' | 'after' | 'not_after' | 'not_before';
  const heard = (text: string, ...cues: Cue[]) =>
    book
      .only(...cues)
      .hear(tokenise(text))
      .map((hit) => hit.evidence);
  it('`^` and `$` match a clause start and end, never a word', () => {
    expect(heard('no calls please', 'whole')).toEqual(['no calls please']);
    expect(heard('ok, no calls.', 'whole')).toEqual(['no calls']);
    expect(heard('no calls after 9', 'whole')).toEqual([]);
    expect(heard('no calls please after 9', 'whole')).toEqual([]);
    expect(heard('please stop', 'opens')).toEqual([]);
    expect(heard('please. stop', 'opens')).toEqual(['stop']);
    expect(heard('just dont call, thanks', 'alone')).toEqual(['dont call']);
    expect(heard('dont call me', 'alone')).toEqual([]);
  });
  it('a lookahead is read within the clause after the match and is not part of it', () => {
    expect(heard('stop sending me listings', 'after')).toEqual(['stop sending']);
    expect(heard('stop sending listings in fontana', 'after')).toEqual([]);
    expect(heard('stop sending, listings are fine', 'after')).toEqual([]);
    expect(heard('stop texting', 'not_after')).toEqual(['stop texting']);
    expect(heard('stop texting me instead', 'not_after')).toEqual([]);
    expect(heard('stop texting rather', 'not_after')).toEqual([]);
    expect(heard('stop texting at all', 'not_after')).toEqual([]);
    expect(heard('stop texting, instead call', 'not_after')).toEqual(['stop texting']);
  });
  it('a lookbehind must end right before the match, in its clause', () => {
    expect(heard('dont text', 'not_before')).toEqual(['dont text']);
    expect(heard('i dont text', 'not_before')).toEqual([]);
    expect(heard('we dont text me', 'not_before')).toEqual([]);
    expect(heard('i, dont text', 'not_before')).toEqual(['dont text']);
    expect(heard('we really dont text', 'not_before')).toEqual(['dont text']);
  });
});

describe('alternatives of several words (read/phrases.ts)', () => {
  const book = phraseBook<'more'>([
    { cue: 'more', words: `${oneOf(['stop', 'no more', 'enough with the'])} texts|calls` },
  ]);
  it('matches each alternative word by word, and a list of the lexicon as one step', () => {
    expect(oneOf(['stop', 'no more', 'enough with the'])).toBe('stop|no+more|enough+with+the');
    expect(book.find(tokenise('no more texts please'))?.evidence).toBe('no more texts');
    expect(book.find(tokenise('ok enough with the calls'))?.evidence).toBe('enough with the calls');
    expect(book.find(tokenise('stop texts'))?.evidence).toBe('stop texts');
    expect(book.find(tokenise('more texts'))).toBeUndefined();
    expect(book.find(tokenise('no, more texts'))?.evidence).toBe('no more texts');
    expect(book.find(tokenise('enough with calls'))).toBeUndefined();
  });
  it('reads a word by its start and end (`a*b`) and any number of words between (`~~`)', () => {
    const more = phraseBook<'clitic' | 'far'>([
      { cue: 'clitic', words: 'de escrib*me|llam*nos' },
      { cue: 'far', words: 'me ~~ off the list', clause: true },
    ]);
    const evidence = (text: string) => more.hear(tokenise(text)).map((hit) => hit.evidence);
    expect(evidence('dejen de escribirme')).toEqual(['de escribirme']);
    expect(evidence('deja de llamarnos')).toEqual(['de llamarnos']);
    expect(evidence('deja de escribirle')).toEqual([]);
    expect(evidence('dejen de llamar')).toEqual([]);
    expect(evidence('please take me and my wife and all of our numbers off the list')).toEqual([
      'me and my wife and all of our numbers off the list',
    ]);
    expect(evidence('me, and then off the list')).toEqual([]);
  });
});

describe('a stop that opens a correction of figures is no opt-out', () => {
  it.each([
    'stop, i typed 500 meant 600',
    'stop i put 3 beds meant 4',
    'wait stop, i typed two meant three',
    'STOP i wrote 650 it should be 560',
    'para, puse 500 y eran 600',
    'para, escribí 3 recámaras, son 4',
    'alto, quise poner 2 baños no 3',
  ])('%s', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });
  it.each([
    'stop, i typed stop 3 times',
    'stop texting me, i typed 500 meant 600',
    'para, ya te escribí 2 veces que no',
    'stop. i meant it',
    'para, me equivoqué de número',
    'STOP',
  ])('still an opt-out: %s', (text) => {
    expect(classifyOptOut(text)).toBe('opt_out');
  });
  it('keeps the corrected budget in the conversation', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hi');
    const played = c.say('stop, i typed 500 meant 600');
    expect(effectOf(played.effects, 'opt_out')).toBeUndefined();
    expect(c.state.slots.budget?.max).toBe(600_000);
  });
});

describe('a request for a person to help is a hand-off', () => {
  it.each([
    'can a human help me?',
    'could a real person help us with this',
    'can an agent assist me please',
    '¿puede ayudarme una persona?',
    '¿me puede ayudar un humano?',
    'una persona real me puede atender?',
  ])('%s', (text) => {
    expect(escalate(text)?.kind).toBe('person');
  });
  it.each(['can you help me find a 3 bed?', 'are you a human?', '¿me pueden ayudar con el precio?'])(
    'not one: %s',
    (text) => {
      expect(escalate(text)?.kind).not.toBe('person');
    },
  );
  it('hands the conversation off in the bot', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hi');
    const played = c.say('can a human help me?');
    expect(effectOf(played.effects, 'handoff')).toBeDefined();
  });
});

describe('foreclosure: arrears with a notice are the lead own matter, a general question is not', () => {
  it.each([
    "the lender says we're 3 months behind and they filed a notice",
    'we are 2 payments behind and the bank sent a letter',
    'behind on the mortgage, got a notice of default in the mail',
    'llevamos 3 meses atrasados y el banco mandó un aviso',
    'estamos atrasados en la hipoteca y llegó una carta del banco',
  ])('escalated: %s', (text) => {
    expect(escalate(text)).toEqual({ kind: 'legal', detail: 'foreclosure' });
  });
  it.each([
    'is foreclosure common around here?',
    'are foreclosures common in fontana?',
    'how does a short sale work in general?',
    '¿son comunes las ejecuciones hipotecarias por aquí?',
    "we're not behind on payments, no notice or anything",
    'we were 3 months behind schedule on the remodel',
  ])('not escalated: %s', (text) => {
    expect(escalate(text)).toBeNull();
  });
  it.each([
    'are we facing foreclosure?',
    "we're in foreclosure",
    'can the bank foreclose on the house?',
    'is a short sale possible?',
    '¿nos pueden hacer una ejecución hipotecaria?',
  ])('the lead own, still escalated: %s', (text) => {
    expect(escalate(text)?.kind).toBe('legal');
  });
});
