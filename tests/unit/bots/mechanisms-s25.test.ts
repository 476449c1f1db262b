import { describe, expect, it } from 'vitest';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';

/**
 * Neighbours of the mechanisms behind the blind-s25 tuning misses (docs/BOTS.md section 25): several phrasings of
 * each mechanism in English, Spanish and Spanglish, with near misses that must not be read. The corpus instant is
 * Tuesday 10 March 2026 in Rancho Cucamonga.
 */
type Probe = [string, CorpusCase['setup'], CorpusCase['expect']];
const B = (asking: string, x: object = {}) => ({ kind: 'buyer', asking, ...x }) as CorpusCase['setup'];
const ES = (asking: string, x: object = {}) =>
  ({ kind: 'buyer', asking, lang: 'es', ...x }) as CorpusCase['setup'];

function suite(name: string, probes: Probe[]): void {
  describe(name, () => {
    it.each(probes)('%s', (text, setup, expectation) => {
      const result = runCase({
        id: 'm',
        class: 'facts',
        lang: setup?.lang === 'es' ? 'es' : 'en',
        text,
        ...(setup ? { setup } : {}),
        expect: expectation,
      });
      const wrong = result.checks.filter((check) => !check.ok);
      expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
      expect(result.checks.length).toBeGreaterThan(0);
    });
  });
}

// English "a mil" is a million, with English words after it; Spanish "a mil" is "to a thousand" and idioms.
suite('a mil: English slang for a million', [
  ['a mil two', B('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['a mil', B('budget'), { slots: { 'budget.max': 1_000_000 } }],
  ['a mil max', B('budget'), { slots: { 'budget.max': 1_000_000 } }],
  ['like a mil and a half', B('budget'), { slots: { 'budget.max': 1_500_000 } }],
  ['one mil three tops', B('budget'), { slots: { 'budget.max': 1_300_000 } }],
  ['un millon dos', ES('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['un millón doscientos', ES('budget'), { slots: { 'budget.max': 1_200_000 } }],
  ['a mil por hora con el trabajo jaja', ES('budget'), { slots: { budget: null } }],
  ['estoy a mil, luego te digo', ES('budget'), { slots: { budget: null } }],
]);

// "another year", "el año que entra": a duration from now and next year, as "a year" and "el año que viene".
suite('another year, el año que entra', [
  ['not for another year at least', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['another year or so', B('urgency'), { slots: { urgency: 'browsing' } }],
  ['el año que entra', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['el año entrante', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['el siguiente año, sin prisa', ES('urgency'), { slots: { urgency: 'browsing' } }],
  ['in another 2 months', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['el mes que entra', ES('urgency'), { slots: { urgency: 'immediate' } }],
]);

// A count of people is not a bedroom count; a bedroom count said beside it still is.
suite('people are not bedrooms', [
  ['family of 5 plus grandma', B('size'), { slots: { size: null } }],
  ['somos 6 en la familia', ES('size'), { slots: { size: null } }],
  ['we are 4', B('size'), { slots: { size: null } }],
  ['5 of us', B('size'), { slots: { size: null } }],
  ['familia de 5', ES('size'), { slots: { size: null } }],
  ['3 kids so 4 bedrooms', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['somos 4, con 3 recamaras basta', ES('size'), { slots: { 'size.bedrooms': 3 } }],
  ['4', B('size'), { slots: { 'size.bedrooms': 4 } }],
  ['3 or 4', B('size'), { slots: { 'size.bedrooms': 3 } }],
]);

// A call asked for without "me" is a request for a person; a call to someone else is not.
suite('a call asked for', [
  ['can you call instead? i hate texting', B('budget'), { escalation: 'person' }],
  ['could u just call', B('budget'), { escalation: 'person' }],
  ["i'd rather a phone call", B('budget'), { escalation: 'person' }],
  ['we prefer to talk on the phone', B('budget'), { escalation: 'person' }],
  ['prefiero que me llames', ES('budget'), { escalation: 'person' }],
  ['can you call the lender for me?', B('budget'), { escalation: null }],
  ['can you call the seller and ask about the roof?', B('budget'), { escalation: null }],
]);

// Commission beside the lead's own possessive or a pay noun is their pay, not our fee.
suite("the lead's own commission", [
  [
    'my commission check comes next month so we can do the down payment then',
    B('budget'),
    { alertTopic: null },
  ],
  ["when my commission comes in we'll have the down payment", B('budget'), { alertTopic: null }],
  ['cuando me llegue mi comisión damos el enganche', ES('budget'), { alertTopic: null }],
  ['can you check if the commission is negotiable?', B('budget'), { alertTopic: 'commission' }],
  ["what's your commission?", B('budget'), { alertTopic: 'commission' }],
  ['¿cuánto es tu comisión?', ES('budget'), { alertTopic: 'commission' }],
]);
