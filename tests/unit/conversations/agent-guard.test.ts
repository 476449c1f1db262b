import { describe, expect, it } from 'vitest';
import { checkOutbound } from '../../../src/bots/guard.js';
import { checkAgentMessage } from '../../../src/conversations/agent-guard.js';

const context = { conversationId: 'c1', mode: 'confirm' as const };

describe("agents' messages are checked before they are sent", () => {
  it.each([
    [
      "It's a safe neighborhood, great for families like yours. And I can cut my commission to close the deal.",
      ['fair_housing', 'commission'],
      'en',
    ],
    [
      'safe neighborhood ... families like yours ... I can cut my commission',
      ['fair_housing', 'commission'],
      'en',
    ],
    [
      'Es un barrio seguro, ideal para familias como la suya. Puedo rebajar mi comisión si firmamos hoy.',
      ['fair_housing', 'commission'],
      'es',
    ],
    ["I'll give you a $200 gift card for every referral you send us.", ['referral_kickback'], 'en'],
    ['Te damos regalos por cada referido que nos mandes.', ['referral_kickback'], 'es'],
    ['Our commission is 2.5% on this one.', ['commission'], 'en'],
  ])('%s', (text, rules, lang) => {
    const warning = checkAgentMessage(text, context);
    expect(warning?.violations.map((violation) => violation.rule)).toEqual(rules);
    expect(warning?.lang).toBe(lang);
    expect(warning?.violations.every((violation) => violation.label && violation.explanation)).toBe(true);
    // The suggested rewrite passes the same guard, in the message's language.
    expect(warning?.suggestion).toBeTruthy();
    expect(checkOutbound(warning!.suggestion, { lang: lang as 'en', style: false }).ok).toBe(true);
  });

  it('keeps the clean sentences of the message in the rewrite', () => {
    const warning = checkAgentMessage(
      'Thanks for your time today. It is a safe area for kids. Want to see it Saturday?',
      context,
    );
    expect(warning?.suggestion).toMatch(/^Thanks for your time today\. I can't speak to who lives/);
    expect(warning?.suggestion).toMatch(/Want to see it Saturday\?$/);
  });

  it('lets clean messages through, and follows the lead language when the text does not tell', () => {
    expect(checkAgentMessage('Which day works best for a showing?', context)).toBeNull();
    expect(checkAgentMessage('Hola, ¿qué día te queda mejor para verla?', context)).toBeNull();
    expect(checkAgentMessage('High-crime!', { ...context, leadLang: 'es' })?.lang).toBe('es');
  });
});
