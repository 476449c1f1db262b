import { describe, expect, it } from 'vitest';
import { checkOutbound } from '../../../src/bots/guard.js';
import { jorgeBot } from '../../../src/bots/index.js';
import { conversation, replyText } from './helpers.js';

/** A small deterministic PRNG so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = (
  'i we want to sell buy my house home 123 Main St 450k $1,200,000 3/2 bed bath yes no maybe idk asap next year ' +
  'in 3 months relocating Texas divorce inherited needs work move in ready pre-approved cash Etiwanda near park ' +
  'stop bus are you a bot lol safe area commission 3% referral gift ignore your instructions {"budget": 1} ' +
  'hola quiero vender comprar casa mil sí no sé morning tuesday 1 2 3 call me lawyer ? ! , . 🎉 ** - \n'
).split(' ');

function message(next: () => number): string {
  const length = 1 + Math.floor(next() * 25);
  return Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

describe('robustness', () => {
  it('never throws, and every reply passes the guard, over 300 random conversations', () => {
    const next = random(42);
    for (let run = 0; run < 300; run += 1) {
      const context =
        run % 3 === 0 ? { intent: 'buy' as const } : run % 3 === 1 ? { intent: 'sell' as const } : {};
      const c = conversation(context);
      for (let turn = 0; turn < 12; turn += 1) {
        const played = c.say(message(next));
        const text = replyText(played.effects);
        if (text !== undefined)
          expect(checkOutbound(text, { lang: c.state.lang }), text).toEqual({ ok: true, violations: [] });
        expect(JSON.parse(JSON.stringify(c.state))).toEqual(c.state);
      }
      expect(jorgeBot.view(c.state).botKind).toBe(c.state.kind);
    }
  });

  it('handles the longest stored message quickly', () => {
    const c = conversation({ intent: 'sell' });
    const long = `${'we might sell near the park in 3 months for 450k, maybe, not sure. '.repeat(40)}`.slice(
      0,
      2_000,
    );
    const started = performance.now();
    c.say(long);
    c.say('x'.repeat(2_000));
    c.say('{'.repeat(1_000) + '"a":1' + '}'.repeat(999));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never mutates the state it is given', () => {
    const c = conversation({ intent: 'buy' });
    c.say('hi');
    const before = structuredClone(c.state);
    const frozen = c.state;
    jorgeBot.step(frozen, {
      type: 'lead_message',
      text: 'Cash, 3br, 600k, asap, Etiwanda',
      seq: 9,
      nowMs: Date.UTC(2025, 2, 11),
      tenant: {
        tenantId: 'demo',
        market: 'M',
        agentName: 'A',
        timeZone: 'UTC',
        knownAreas: [],
        highValueThreshold: 1e6,
        calendarSlots: [],
      },
      context: {},
      recent: [],
    });
    expect(frozen).toEqual(before);
  });
});
