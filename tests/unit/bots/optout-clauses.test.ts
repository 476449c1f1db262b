import { describe, expect, it } from 'vitest';
import { conversation, effectOf } from './helpers.js';
import { checkProbe, type Probe } from './optout-probes/expect.js';

/**
 * Blind probes of the clause reader of opt-outs (issue 30, design item 2), written before the rewrite: neighbours
 * and near misses in English, Spanish and Spanglish. A third more is kept in optout-clauses-sealed.test.ts, run
 * once at the end of the rewrite.
 */
const probes: Probe[] = [
  // a request to stop contact, however it is said
  ['pls quit txting me', 'opt_out'],
  ['take my number off ur list', 'opt_out'],
  ["I'm done, don't message me anymore", 'opt_out'],
  ['stop messaging this number', 'opt_out'],
  ['lose my number', 'opt_out'],
  ['never reached out to you guys, stop texting', 'opt_out'],
  ['enough with the texts', 'opt_out'],
  ['no more texts or calls please', 'opt_out'],
  ['ya no me manden mensajes por favor', 'opt_out'],
  ['dejen de llamarme', 'opt_out'],
  ['no quiero que me contacten más', 'opt_out'],
  ['sáquenme de su lista', 'opt_out'],
  ['porfa stop con los texts', 'opt_out'],
  ['ya no more messages, gracias', 'opt_out'],
  ['no me llamen ni me texteen, ya compré', 'opt_out'],
  // not who the team thinks
  ["you have the wrong number, I'm not Maria", 'wrong_number'],
  ['this is not Kevin, wrong #', 'wrong_number'],
  ['número equivocado, no soy Juan', 'wrong_number'],
  // one channel stopped, another welcome
  ["please don't call, just text", { stop: ['call'], welcome: ['text'] }],
  ["don't text me, call me after 5", { stop: ['text'], welcome: ['call'] }],
  ['no me manden whatsapp, mejor llámenme', { stop: ['whatsapp'], welcome: ['call'] }],
  ['stop calling me, texting is fine', { stop: ['call'], welcome: ['text'] }],
  ['no calls pls, text only', { stop: ['call'], welcome: ['text'] }],
  // near misses: which homes, a correction, a schedule, a story, another person, a contact update
  ['paren de mandarme condos, solo casas', 'none'],
  ['stop, wait, I meant 700k', 'none'],
  ['stop sending me 2 bedrooms, we need 3', 'none'],
  ['if you text me tomorrow morning that works', 'none'],
  ["my old realtor wouldn't stop calling me lol", 'none'],
  ['can u text my husband instead? his number is 909-555-1212', 'none'],
  ["i put the wrong email, it's luis.g@gmail.com", 'none'],
  ['sorry, wrong address, i meant 123 Elm', 'none'],
  ['the bus stop is right by the house, is that a problem?', 'none'],
  ['no, not interested in townhomes', 'none'],
  ["don't text me before 8am please, I work nights", 'none'],
  ['no me escribas en inglés, mejor en español', 'none'],
  ['i unsubscribed from redfin, way too many emails', 'none'],
  ['para cuando? we need to move by june', 'none'],
  ['quit my job so we can move, need something by july', 'none'],
  ["he says stop texting him but i'm the one buying, text me", 'none'],
  ['I typed the wrong number on the form, mine is 626-555-0199', 'none'],
];

describe('the clause reader of opt-outs (blind probes)', () => {
  it.each(probes)('%j', (text, expected) => checkProbe(text, expected));
});

describe('the bot acts on a channel opt-out', () => {
  it.each(["please don't text, just call", 'no me textees, llámame mejor'])(
    '%j: texts stop, a person is asked to call (hand-off), no opt-out',
    (text) => {
      const played = conversation({ intent: 'buy' }).say(text);
      expect(effectOf(played.effects, 'handoff')).toBeDefined();
      expect(effectOf(played.effects, 'opt_out')).toBeUndefined();
      expect(played.state.optedOut).toBe(false);
    },
  );
  it('"stop calling me, texting is fine": the bot goes on by text, no hand-off, no opt-out', () => {
    const played = conversation({ intent: 'buy' }).say('stop calling me, texting is fine');
    expect(effectOf(played.effects, 'handoff')).toBeUndefined();
    expect(effectOf(played.effects, 'opt_out')).toBeUndefined();
    expect(played.reply).toBeDefined();
  });
});

describe("the model's opt-out beside a channel opt-out", () => {
  it('a model reading of opt-out does not turn "don\'t text, call me" into a full opt-out', () => {
    const chat = conversation({ intent: 'buy' });
    const played = chat.say("please don't text, just call", { modelOptOut: true });
    expect(effectOf(played.effects, 'opt_out')).toBeUndefined();
    expect(effectOf(played.effects, 'handoff')).toBeDefined();
  });
  it('still adds an opt-out where the rules read nothing', () => {
    const played = conversation({ intent: 'buy' }).say('ok whatever', { modelOptOut: true });
    expect(effectOf(played.effects, 'opt_out')).toBeDefined();
  });
});
