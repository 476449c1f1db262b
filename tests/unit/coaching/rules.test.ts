import { describe, expect, it } from 'vitest';
import { detectCompliance } from '../../../src/coaching/compliance.js';
import {
  formatCoaching,
  parseCoaching,
  parseQualification,
  formatQualification,
} from '../../../src/coaching/format.js';
import { detectObjection } from '../../../src/coaching/objections.js';
import { ruleQualification } from '../../../src/coaching/qualification.js';
import {
  CLOSING_QUESTION,
  closingQuestion,
  deriveStage,
  ruleCoaching,
  ruleCoachingText,
} from '../../../src/coaching/rules.js';
import { slotQuestion } from '../../../src/coaching/slots.js';
import type { ObjectionType } from '../../../src/coaching/types.js';
import { coachingContext } from '../../fakes/coaching-context.js';

const lead = (text: string) => coachingContext({ recent: [{ author: 'lead', text }] });

describe('objection keywords', () => {
  it.each<[string, ObjectionType]>([
    ['honestly these prices are insane', 'price'],
    ['that is way too expensive for us', 'price'],
    ["we're not ready, maybe next year", 'timing'],
    ['just browsing for now', 'timing'],
    ['my cousin is a realtor so we will probably use her', 'competition'],
    ['we already have an agent', 'competition'],
    ['how do I know this is not a scam', 'trust'],
    ['I need to talk it over with my wife', 'authority'],
    ['why would I need an agent, I can sell it myself', 'value'],
    ['Zillow says it is worth 900k', 'zestimate'],
  ])('"%s" is a %s objection', (text, type) => {
    expect(detectObjection(text)?.type).toBe(type);
  });

  it('grades severity: firm is high, hedged is low', () => {
    expect(detectObjection('no way, that is way too expensive')?.severity).toBe('high');
    expect(detectObjection('maybe a bit too expensive')?.severity).toBe('low');
    expect(detectObjection('that seems too expensive')?.severity).toBe('medium');
  });

  it('plain answers are not objections', () => {
    expect(detectObjection('3 bedrooms, 2 baths would be ideal')).toBeNull();
    expect(detectObjection('We want to move in June')).toBeNull();
  });
});

describe('rule coach', () => {
  it('answers an objection with the canned response and asks the first missing slot', () => {
    const result = ruleCoaching(coachingContext());
    expect(result.objection).toEqual({ type: 'price', severity: 'high' });
    expect(result.say).toMatch(/sold nearby/);
    expect(result.ask).toBe('How many bedrooms are you looking for?');
    expect(result.urgency).toBe('medium');
    expect(result.source).toBe('rules');
  });

  it('uses seller questions for seller slots and the closing question when nothing is missing', () => {
    const seller = ruleCoaching(
      coachingContext({
        botKind: 'seller',
        slotsFilled: { motivation: 'relocation' },
        slotsMissing: ['timelineAccepted'],
      }),
    );
    expect(seller.ask).toMatch(/30 to 45 days/);
    const done = ruleCoaching(coachingContext({ slotsMissing: [], temperature: 'hot', recent: [] }));
    expect(done.ask).toBe(CLOSING_QUESTION);
    expect(done.urgency).toBe('high');
  });

  it('derives urgency from the temperature; a hot lead who wants to act now is critical', () => {
    expect(ruleCoaching(coachingContext({ temperature: 'cold', recent: [] })).urgency).toBe('low');
    expect(ruleCoaching(coachingContext({ temperature: 'warm', recent: [] })).urgency).toBe('medium');
    expect(ruleCoaching({ ...lead('can you call me today?'), temperature: 'hot' }).urgency).toBe('critical');
  });

  it('never repeats what the agent just sent: the other line of the stage, the next missing question', () => {
    const base = coachingContext({
      temperature: 'warm',
      slotsFilled: { budget: 'to $600,000' },
      slotsMissing: ['size', 'financing'],
    });
    const first = ruleCoaching({ ...base, recent: [{ author: 'lead', text: 'around 600k' }] });
    const again = ruleCoaching({
      ...base,
      recent: [
        { author: 'lead', text: 'around 600k' },
        { author: 'agent', text: `${first.say} ${first.ask}` },
        { author: 'lead', text: 'hmm let me check with my wife first' },
      ],
    });
    expect(again.say).not.toBe(first.say);
    expect(again.ask).not.toBe(first.ask);
    const plain = ruleCoaching({
      ...base,
      recent: [
        { author: 'agent', text: `${first.say} ${first.ask}` },
        { author: 'lead', text: 'ok' },
      ],
    });
    expect(plain.say).not.toBe(first.say);
    expect(plain.ask).not.toBe(first.ask);
  });

  it("writes the lines the agent may send in the lead's language (FOCUS stays the agent's English)", () => {
    const market = 'Rancho Cucamonga, CA';
    const spanish = (text: string, extra: Partial<Parameters<typeof coachingContext>[0]> = {}) =>
      ruleCoaching(
        coachingContext({
          lang: 'es',
          recent: [
            { author: 'agent', text: 'Hola, soy Ana' },
            { author: 'lead', text },
          ],
          ...extra,
        }),
      );
    const plain = spanish('buscamos algo con patio');
    expect(plain.say).toMatch(/^(Muy útil|Perfecto, eso)/);
    expect(plain.ask).toBe(slotQuestion('size', market, 'es'));
    expect(plain.ask).not.toBe(slotQuestion('size', market, 'en'));
    expect(plain.focus).toMatch(/^Learn their/);
    const confirmed = spanish('el jueves a las 4 nos funciona', { temperature: 'hot', slotsMissing: [] });
    expect(confirmed.say).toMatch(/quedamos así/);
    expect(confirmed.ask).toBe('¿Es este el mejor número para llamarte?');
    expect(spanish('ok', { slotsMissing: [] }).ask).toBe(closingQuestion('es'));
    expect(spanish('these prices are insane').say).toMatch(/^Te entiendo, el precio importa/);
    expect(
      ruleCoaching(coachingContext({ recent: [{ author: 'lead', text: 'ok' }], slotsMissing: [] })).ask,
    ).toBe(CLOSING_QUESTION);
  });

  it("introduces the agent first in a chat the bot handed over, and never on a call or once they've written", () => {
    const handedOver = [
      { author: 'bot' as const, text: "What's your price range?" },
      { author: 'lead' as const, text: 'can i talk to a real person' },
    ];
    const first = ruleCoaching(coachingContext({ recent: handedOver }));
    expect(first.say).toBe("Hi, thanks for waiting! I'm here now and happy to help.");
    expect(first.focus).toMatch(/^Introduce yourself first, then learn their bedrooms/);
    expect(first.ask).toBe(slotQuestion('size', 'Rancho Cucamonga, CA'));
    expect(ruleCoaching(coachingContext({ recent: handedOver, lang: 'es' })).say).toBe(
      '¡Hola, gracias por esperar! Ya estoy aquí para ayudarte.',
    );
    const later = ruleCoaching(
      coachingContext({ recent: [...handedOver, { author: 'agent', text: first.say }] }),
    );
    expect(later.say).not.toBe(first.say);
    expect(ruleCoaching(coachingContext({ recent: handedOver, channel: 'call' })).say).not.toBe(first.say);
  });

  it('fills in the market in a canned answer', () => {
    const result = ruleCoaching(lead('how do I know this is not a scam'));
    expect(result.say).toContain('Rancho Cucamonga, CA');
    expect(result.say).not.toContain('{market}');
  });

  it('confirms a time the lead took instead of coaching the same pitch again', () => {
    for (const text of [
      'Saturday at 10 works',
      'el jueves a las 4 nos funciona',
      'tomorrow morning sounds good',
    ]) {
      const result = ruleCoaching({ ...lead(text), temperature: 'hot' });
      expect(result.focus, text).toMatch(/took a time/);
      expect(result.say, text).toMatch(/all set/);
    }
    expect(ruleCoaching(lead('saturday is too soon, the price is too high')).focus).not.toMatch(
      /took a time/,
    );
  });

  it('derives the stage from the state', () => {
    expect(deriveStage(coachingContext())).toBe('objection_handling');
    expect(deriveStage(coachingContext({ slotsFilled: {}, recent: [] }))).toBe('discovery');
    expect(deriveStage(coachingContext({ recent: [] }))).toBe('qualification');
    expect(deriveStage(coachingContext({ recent: [], temperature: 'hot' }))).toBe('closing');
    expect(deriveStage(coachingContext({ recent: [], slotsMissing: [] }))).toBe('closing');
  });

  it('flags Fair Housing, commission and referral words from the lead or the agent', () => {
    const flags = detectCompliance(
      coachingContext({
        recent: [
          { author: 'lead', text: 'Is Alta Loma a safe area?' },
          { author: 'agent', text: "Sure, and I'll cut my commission to 1% for you" },
          { author: 'lead', text: 'Do you pay a referral fee if I send my brother?' },
          { author: 'agent', text: 'It is a great neighborhood for families like yours' },
        ],
      }),
    );
    expect(flags.map((flag) => `${flag.rule}/${flag.who}`)).toEqual([
      'fair_housing/lead',
      'commission/agent',
      'referral_kickback/lead',
      'fair_housing/agent',
    ]);
    expect(ruleCoaching(lead('is it a safe neighborhood?')).compliance[0]).toMatch(
      /^Fair Housing: .*crime maps/,
    );
  });

  it('does not flag ordinary questions', () => {
    expect(detectCompliance(lead('How far is it from the bus stop? We need 3 bedrooms.'))).toEqual([]);
  });

  it('emits the same line-tagged format as the model, which parses back to the same result', () => {
    const context = coachingContext({
      recent: [{ author: 'lead', text: 'Zillow says 900k; is it a safe area? my husband decides' }],
    });
    const text = ruleCoachingText(context);
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['FOCUS', 'OBJECTION', 'SAY', 'ASK', 'URGENCY', 'COMPLIANCE']);
    expect(parseCoaching(text, 'rules')).toEqual(ruleCoaching(context));
    expect(formatCoaching(parseCoaching(text, 'rules'))).toBe(text);
  });
});

describe('rule qualification', () => {
  it('computes completeness, missing slots and next questions, in the same format both ways', () => {
    const result = ruleQualification(coachingContext());
    expect(result).toMatchObject({
      completeness: 40,
      missing: ['size', 'timeline', 'areas'],
      readiness: 'warming',
      source: 'rules',
    });
    expect(result.nextQuestions[0]).toBe('How many bedrooms are you looking for?');
    expect(parseQualification(formatQualification(result), 'rules')).toEqual(result);
  });
});
