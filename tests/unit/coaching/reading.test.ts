import { describe, expect, it } from 'vitest';
import { readLeadIntents } from '../../../src/bots/intents.js';
import { detectCompliance } from '../../../src/coaching/compliance.js';
import { readConversation, readLeadOnce } from '../../../src/coaching/reading.js';
import { ruleCoaching } from '../../../src/coaching/rules.js';
import { coachingContext } from '../../fakes/coaching-context.js';

const TEXT = 'Is the neighborhood safe? We are preapproved for 750k and could see it Saturday morning';

describe('one reading of each text per coaching run', () => {
  it('reads a text once for the messages of a context, and again for another context', () => {
    const context = coachingContext({ recent: [{ author: 'lead', text: TEXT }] });
    const first = readLeadOnce(context, TEXT);
    expect(readLeadOnce(context, TEXT)).toBe(first);
    expect(readConversation(context).intents).toBe(first);
    expect(first).toEqual(readLeadIntents(TEXT, context.lang));

    const other = coachingContext({ recent: [{ author: 'lead', text: TEXT }] });
    expect(readLeadOnce(other, TEXT)).not.toBe(first);
    expect(readLeadOnce(other, TEXT)).toEqual(first);
  });

  it('keeps the language apart: the same messages read in Spanish are a reading of their own', () => {
    const recent = [{ author: 'lead' as const, text: 'quiero ver la casa el sábado por la mañana' }];
    const english = readLeadOnce(coachingContext({ recent, lang: 'en' }), recent[0]!.text);
    const spanish = readLeadOnce(coachingContext({ recent, lang: 'es' }), recent[0]!.text);
    expect(spanish).not.toBe(english);
    expect(spanish).toEqual(readLeadIntents(recent[0]!.text, 'es'));
  });

  it('gives the prompt, the compliance flags and the rule lines the answers of fresh readings', () => {
    const recent = [
      { author: 'agent' as const, text: 'Hi, this is Jorge' },
      { author: 'lead' as const, text: 'Do you pay referral fees?' },
      { author: 'lead' as const, text: TEXT },
    ];
    // The same context read twice (a run's prompt, then its completion) and a fresh one: the same answers.
    const context = coachingContext({ recent });
    const once = [detectCompliance(context), ruleCoaching(context)];
    const again = [detectCompliance(context), ruleCoaching(context)];
    const fresh = [
      detectCompliance(coachingContext({ recent: [...recent] })),
      ruleCoaching(coachingContext({ recent: [...recent] })),
    ];
    expect(again).toEqual(once);
    expect(fresh).toEqual(once);
    expect(once[0]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'fair_housing' }),
        expect.objectContaining({ rule: 'respa' }),
      ]),
    );
  });
});
