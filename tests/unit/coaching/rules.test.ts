import { describe, expect, it } from 'vitest';
import { detectCompliance } from '../../../src/coaching/compliance.js';
import {
  formatCoaching,
  parseCoaching,
  parseQualification,
  formatQualification,
} from '../../../src/coaching/format.js';
import { ruleQualification } from '../../../src/coaching/qualification.js';
import {
  CLOSING_QUESTION,
  closingQuestion,
  deriveStage,
  ruleCoaching,
  ruleCoachingText,
} from '../../../src/coaching/rules.js';
import { slotQuestion } from '../../../src/coaching/slots.js';
import type { CoachingContext } from '../../../src/coaching/types.js';
import { coachingContext } from '../../fakes/coaching-context.js';

const lead = (text: string, extra: Partial<CoachingContext> = {}) =>
  coachingContext({
    recent: [
      { author: 'agent', text: 'Hi, this is Jorge' },
      { author: 'lead', text },
    ],
    ...extra,
  });
const LISTING = {
  id: 'l1',
  price: 725_000,
  beds: 4,
  sqft: 2_140,
  yearBuilt: 2004,
  hoaMonthly: 85,
  features: ['pool', '3-car garage'],
};

describe('rule coach: the next best action first', () => {
  it.each<[string, string, Partial<CoachingContext>?]>([
    ['Can we see it Saturday at 10am?', 'book_showing'],
    ['Can you call me today?', 'call_now'],
    ['Can you call me tomorrow around 6pm?', 'book_call'],
    ['Does it have a pool? And what are the HOA fees?', 'answer_question'],
    ['rates are too high, we might wait', 'lender_intro'],
    ["we'd have to sell our place first", 'sell_first_plan'],
    ['we are interviewing agents, the other one said one percent', 'value_statement'],
    ['which area has fewer section 8 people?', 'compliance_redirect'],
    ['honestly these prices are insane', 'handle_objection'],
    ['divorce, need to sell within 30 days', 'call_now', { botKind: 'seller', temperature: 'cold' }],
    ['3 bedrooms please', 'qualify'],
  ])('"%s" → %s', (text, action, extra) => {
    expect(ruleCoaching(lead(text, { listing: LISTING, ...extra })).next.action).toBe(action);
  });

  it('answers from the listing facts, or says the team will confirm', () => {
    const known = ruleCoaching(lead('Does it have a pool? And what are the HOA fees?', { listing: LISTING }));
    expect(known.say).toBe('Yes, it has a pool. The HOA is $85 a month.');
    expect(known.next.text).toMatch(/from the listing/);
    expect(known.ask).toBe(slotQuestion('size', 'Rancho Cucamonga, CA'));
    const spanish = ruleCoaching(lead('¿Tiene alberca?', { listing: LISTING, lang: 'es' }));
    expect(spanish.say).toBe('Sí, tiene pool.');
    const unknown = ruleCoaching(lead('Does it have a basement?', { listing: LISTING }));
    expect(unknown.say).toMatch(/confirm that with the listing agent/);
    expect(unknown.next.text).toMatch(/ask the team/);
  });

  it('books the showing at the time the lead named, in their language', () => {
    const result = ruleCoaching(lead('¿La podemos ver el sábado a las 10?', { lang: 'es' }));
    expect(result.say).toMatch(/^¡Claro! el sábado me queda bien/);
    expect(result.ask).toBe('¿A este número te mando la confirmación?');
    expect(result.urgency).toBe('high');
  });

  it('calls a lead who asked today, today: never offers tomorrow', () => {
    const result = ruleCoaching(lead('Can you call me today? We want to move fast', { temperature: 'hot' }));
    expect(result.say).toBe("Absolutely, I'll call you right now.");
    expect(`${result.say} ${result.ask}`).not.toMatch(/tomorrow/i);
    expect(result.urgency).toBe('critical');
    expect(closingQuestion('en')).not.toMatch(/tomorrow/);
  });

  it('re-engages a silent lead instead of thanking them', () => {
    const result = ruleCoaching(
      coachingContext({
        recent: [
          { author: 'lead', text: 'Up to 700k' },
          { author: 'agent', text: 'Great! How many bedrooms are you looking for?' },
        ],
      }),
    );
    expect(result.next.action).toBe('reengage');
    expect(result.say).not.toMatch(/thank/i);
  });

  it('never promises a commission and makes no claim about experience the tenant did not write', () => {
    const fee = ruleCoaching(lead('¿Cuánto cobras de comisión? ¿Me la puedes bajar al 1%?', { lang: 'es' }));
    expect(fee.next.action).toBe('value_statement');
    expect(fee.say).not.toMatch(/\d\s*%|por ciento/);
    expect(fee.compliance[0]).toMatch(/^Commission:/);
    const trust = ruleCoaching(lead('how do I know this is not a scam'));
    expect(trust.say).not.toMatch(/years|años/);
  });
});

describe('rule coach: channel and language', () => {
  it('speaks of a call on a call and of a chat in a chat', () => {
    const onCall = ruleCoaching(lead('hola, quiero información', { channel: 'call', lang: 'es' }));
    expect(onCall.say).not.toMatch(/escribirnos|gracias por esperar/i);
    const hotCall = ruleCoaching(
      lead('we want to put an offer in today', { channel: 'call', temperature: 'hot' }),
    );
    expect(hotCall.say).toMatch(/on the phone/);
    expect(hotCall.say).not.toMatch(/I can call you/);
    const hotChat = ruleCoaching(lead('we want to put an offer in today', { temperature: 'hot' }));
    expect(hotChat.say).toMatch(/call you right now/);
  });

  it("writes the lines the agent may send in the lead's language (FOCUS stays the agent's English)", () => {
    const market = 'Rancho Cucamonga, CA';
    const plain = ruleCoaching(lead('buscamos algo con patio', { lang: 'es' }));
    expect(plain.say).toMatch(/^(Muy útil|Perfecto, eso)/);
    expect(plain.ask).toBe(slotQuestion('size', market, 'es'));
    expect(plain.focus).toMatch(/^Learn their/);
    const confirmed = ruleCoaching(
      coachingContext({
        lang: 'es',
        temperature: 'hot',
        slotsMissing: [],
        recent: [
          { author: 'agent', text: '¿Les queda el jueves a las 4?' },
          { author: 'lead', text: 'el jueves a las 4 nos funciona' },
        ],
      }),
    );
    expect(confirmed.say).toMatch(/quedamos así/);
    expect(confirmed.ask).toBe('¿Es este el mejor número para llamarte?');
    expect(ruleCoaching(lead('ok', { lang: 'es', slotsMissing: [] })).ask).toBe(closingQuestion('es'));
    expect(ruleCoaching(lead('Los precios están carísimos', { lang: 'es' })).say).toMatch(
      /^Te entiendo, el precio importa/,
    );
    expect(ruleCoaching(lead('ok', { slotsMissing: [] })).ask).toBe(CLOSING_QUESTION);
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
});

describe('rule coach: state, urgency, compliance, format', () => {
  it('answers an objection with the talk track and asks the first missing slot', () => {
    const result = ruleCoaching(coachingContext());
    expect(result.objection).toEqual({ type: 'price', severity: 'high' });
    expect(result.say).toMatch(/sold nearby/);
    expect(result.ask).toBe('How many bedrooms are you looking for?');
    expect(result.urgency).toBe('medium');
    expect(result.source).toBe('rules');
  });

  it('uses seller questions for seller slots; a hot lead with nothing missing gets a call now', () => {
    const seller = ruleCoaching(
      coachingContext({
        botKind: 'seller',
        slotsFilled: { motivation: 'relocation' },
        slotsMissing: ['timelineAccepted'],
      }),
    );
    expect(seller.ask).toMatch(/30 to 45 days/);
    const done = ruleCoaching(coachingContext({ slotsMissing: [], temperature: 'hot', recent: [] }));
    expect(done.next.action).toBe('call_now');
    expect(done.urgency).toBe('high');
  });

  it('derives urgency from the temperature and the lead words', () => {
    expect(ruleCoaching(coachingContext({ temperature: 'cold', recent: [] })).urgency).toBe('low');
    expect(ruleCoaching(coachingContext({ temperature: 'warm', recent: [] })).urgency).toBe('medium');
    expect(ruleCoaching({ ...lead('can you call me today?'), temperature: 'hot' }).urgency).toBe('critical');
    expect(
      ruleCoaching(lead('divorce, need to sell within 30 days', { botKind: 'seller', temperature: 'cold' }))
        .urgency,
    ).toBe('high');
  });

  it('never repeats what the agent just sent: the other line of the stage, the next missing question', () => {
    const base = coachingContext({
      temperature: 'warm',
      slotsFilled: { budget: 'to $600,000' },
      slotsMissing: ['size', 'financing'],
    });
    const first = ruleCoaching({ ...base, recent: [{ author: 'lead', text: 'around 600k' }] });
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

  it('confirms a time the lead took from the ones the agent offered; a time the lead proposes is a booking', () => {
    const offered = (text: string, offer: string) =>
      coachingContext({
        temperature: 'hot',
        recent: [
          { author: 'agent', text: offer },
          { author: 'lead', text },
        ],
      });
    for (const [text, offer] of <[string, string][]>[
      ['Saturday at 10 works', 'Would Saturday at 10 or Sunday at 2 work for you?'],
      ['el jueves a las 4 nos funciona', '¿Les queda el jueves a las 4 o el viernes a las 11?'],
      ['tomorrow morning sounds good', 'Is tomorrow morning or afternoon better for a call?'],
    ]) {
      expect(ruleCoaching(offered(text, offer)).focus, text).toMatch(/took a time/);
    }
    const proposed = ruleCoaching(lead("we'd love to tour it this weekend, sunday afternoon works"));
    expect(proposed.next.action).toBe('book_showing');
  });

  it('derives the stage from the state', () => {
    expect(deriveStage(coachingContext())).toBe('objection_handling');
    expect(deriveStage(coachingContext({ slotsFilled: {}, recent: [] }))).toBe('discovery');
    expect(deriveStage(coachingContext({ recent: [] }))).toBe('qualification');
    expect(deriveStage(coachingContext({ recent: [], temperature: 'hot' }))).toBe('closing');
  });

  it('flags Fair Housing, commission, RESPA and TCPA words from the lead or the agent', () => {
    const flags = detectCompliance(
      coachingContext({
        recent: [
          { author: 'lead', text: 'Is Alta Loma a safe area?' },
          { author: 'agent', text: "Sure, and I'll cut my commission to 1% for you" },
          {
            author: 'lead',
            text: 'Do you pay a referral fee if I send my brother? How did you get my number?',
          },
          { author: 'agent', text: 'It is a great neighborhood for families like yours' },
        ],
      }),
    );
    expect(flags.map((flag) => `${flag.rule}/${flag.who}`)).toEqual([
      'fair_housing/lead',
      'commission/agent',
      'respa/lead',
      'tcpa/lead',
      'fair_housing/agent',
    ]);
    expect(ruleCoaching(lead('is it a safe neighborhood?')).compliance[0]).toMatch(
      /^Fair Housing: .*crime maps/,
    );
  });

  it("never flags the agent for sending the coach's own compliant line", () => {
    for (const lang of ['en', 'es'] as const) {
      const redirect = ruleCoaching(lead('which area has fewer section 8 people?', { lang }));
      const sent = coachingContext({
        lang,
        recent: [
          { author: 'lead', text: 'hola' },
          { author: 'agent', text: redirect.say },
        ],
      });
      expect(detectCompliance(sent), lang).toEqual([]);
    }
  });

  it('emits the same line-tagged format as the model, NEXT first, which parses back to the same result', () => {
    const context = coachingContext({
      recent: [{ author: 'lead', text: 'Zillow says 900k; is it a safe area? my husband decides' }],
    });
    const text = ruleCoachingText(context);
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['NEXT', 'FOCUS', 'OBJECTION', 'SAY', 'ASK', 'URGENCY', 'COMPLIANCE']);
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
