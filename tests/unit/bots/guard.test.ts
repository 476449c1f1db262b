import { describe, expect, it } from 'vitest';
import type { StreamingGuard } from '../../../src/llm/phrasing.js';
import {
  checkOutbound,
  createStreamGuard,
  safeLine,
  type StreamGuardResult,
} from '../../../src/bots/guard.js';

const rules = (text: string) =>
  checkOutbound(text, { lang: 'en' }).violations.map((violation) => violation.rule);

describe('checkOutbound', () => {
  it.each<[string, string]>([
    ["It's a safe area, you'll love it.", 'fair_housing'],
    ['That is a bad area.', 'fair_housing'],
    ["It's a good neighborhood for families like yours.", 'fair_housing'],
    ['You do not want to live near those people.', 'fair_housing'],
    ['The neighborhood is mostly Hispanic.', 'fair_housing'],
    ['Perfect for a young couple, great area for families.', 'fair_housing'],
    ["It's close to a church, ideal for Christian families.", 'fair_housing'],
    ['Es una zona segura.', 'fair_housing'],
    ['Es ideal para familias como la suya.', 'fair_housing'],
    ['Yes, it has a pool for whites only.', 'fair_housing'],
    ['The owner says no Mexicans, sorry.', 'fair_housing'],
    ['Christians preferred by the seller.', 'fair_housing'],
    ['La casa es solo para blancos.', 'fair_housing'],
    ['Our commission is 2.5%.', 'commission'],
    ['We charge 3 percent to list.', 'commission'],
    ['I can cut my commission for you.', 'commission'],
    ['Nuestra comisión es del 3%.', 'commission'],
    ["We'll give you a $500 gift card for every referral.", 'referral_kickback'],
    ['Ask about our referral bonus!', 'referral_kickback'],
    ['We pay you $200 when you refer a friend.', 'referral_kickback'],
    ['Te damos un regalo por cada referido.', 'referral_kickback'],
    ['Yes, it has a pool. Jorge pays you a kickback.', 'referral_kickback'],
    ['What is your budget? And when do you want to move?', 'style_one_question'],
    ['x'.repeat(321), 'style_length'],
    ['Great news 🎉', 'style_emoji'],
    ['**Great** news', 'style_markdown'],
    ['- first point', 'style_markdown'],
  ])('%j -> %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    "What's your price range?",
    'For that, public sources like local police crime maps and school rating sites are the best place to look.',
    "We don't offer payments or gifts for referrals, but we always appreciate an introduction.",
    'Fees depend on your home and the services you need, and Jorge Salas can walk you through that on a quick call.',
    'Any specific neighborhoods you have in mind?',
    "Let's set up a quick call with Jorge Salas. Which works best? Reply 1, 2 or 3: 1) Tue 10am, 2) Wed 2pm, 3) Thu 5pm",
    'No ofrecemos pagos ni regalos por referidos, pero siempre agradecemos una recomendación.',
    'Yes, it comes with only white cabinets and no black mold.',
    'No HOA, and the kitchen has new appliances.',
  ])('passes %j', (text) => {
    expect(checkOutbound(text, { lang: 'en' })).toEqual({ ok: true, violations: [] });
  });

  it('skips the style rules for coaching text when asked', () => {
    const long = `${'Ask about the timeline. '.repeat(20)}What matters most? Why now?`;
    expect(checkOutbound(long, { lang: 'en', style: false }).ok).toBe(true);
    expect(checkOutbound(`${long} Our commission is 3%.`, { lang: 'en', style: false }).ok).toBe(false);
  });
});

function play(deltas: string[]): { released: string; results: StreamGuardResult[] } {
  const guard = createStreamGuard({ lang: 'en' });
  const results = deltas.map((delta) => guard.push(delta));
  results.push(guard.finish());
  return { released: guard.released(), results };
}

describe('createStreamGuard', () => {
  it('releases only at clause or sentence boundaries and the whole text at the end', () => {
    const { released, results } = play(['Thanks for', ' sharing that. What', "'s your price", ' range?']);
    expect(results[0]).toEqual({ release: '' });
    expect(results[1]).toEqual({ release: 'Thanks for sharing that.' });
    expect(results.at(-1)).toEqual({ release: " What's your price range?" });
    expect(released).toBe("Thanks for sharing that. What's your price range?");
  });

  it('never releases a token of a clause that turns out to violate the guard', () => {
    const deltas = [
      'Great question. ',
      'Honestly it is a ',
      'safe',
      ' area',
      ' for sure. ',
      'What is your budget?',
    ];
    const { released, results } = play(deltas);
    expect(released).toBe('Great question.');
    expect(results.some((result) => 'blocked' in result)).toBe(true);
    expect(released).not.toContain('safe');
    const last = results.at(-1)!;
    expect('blocked' in last && last.blocked.map((violation) => violation.rule)).toContain('fair_housing');
  });

  it('holds a clause with a sensitive word at a comma until its sentence ends', () => {
    const { released, results } = play([
      'Happy to help, ',
      'our commission is, ',
      'well, ',
      '2.5% on most homes. ',
    ]);
    expect(results[0]).toEqual({ release: 'Happy to help,' });
    expect(results[1]).toEqual({ release: '' });
    expect(results[2]).toEqual({ release: '' });
    expect('blocked' in results[3]!).toBe(true);
    expect(released).toBe('Happy to help,');
  });

  it('blocks a second question as soon as it appears', () => {
    const { released, results } = play(['What is your budget? ', 'And your timeline? ', 'Thanks.']);
    expect(results[0]).toEqual({ release: 'What is your budget?' });
    expect('blocked' in results[1]!).toBe(true);
    expect(released).toBe('What is your budget?');
  });
});

describe('stream guard as the phrasing streamer uses it', () => {
  it('fits the StreamingGuard shape of src/llm/phrasing.ts', () => {
    const guard: StreamingGuard = createStreamGuard({ lang: 'es' });
    expect(guard.push('Perfecto. ¿Cuál es tu rango')).toEqual({ release: 'Perfecto.' });
    expect(guard.finish()).toEqual({ release: ' ¿Cuál es tu rango' });
  });
});

describe('safeLine', () => {
  it('re-asks the current question in the lead language and passes the guard', () => {
    const en = safeLine({ lang: 'en', question: "What's your price range?", agentName: 'Jorge Salas' });
    const es = safeLine({ lang: 'es', question: '¿Cuál es tu rango de precio?', agentName: 'Jorge Salas' });
    expect(en).toContain("What's your price range?");
    expect(es).toContain('¿Cuál es tu rango de precio?');
    expect(checkOutbound(en, { lang: 'en' }).ok).toBe(true);
    expect(checkOutbound(es, { lang: 'es' }).ok).toBe(true);
    expect(safeLine({ lang: 'en', agentName: 'Jorge Salas' })).toContain("Jorge Salas's team");
  });
});
