import { describe, expect, it } from 'vitest';
import type { QuestionSlot } from '../../../src/bots/questions.js';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';

/**
 * The neighbour-probe suites of the reading mechanisms (mechanisms-s23/-s24/-s25.test.ts): one lead message through
 * the pure bot with a setup, and the corpus checks it must pass. The corpus instant is Tuesday 10 March 2026 in
 * Rancho Cucamonga.
 */
export type Probe = [string, CorpusCase['setup'], CorpusCase['expect']];

/** A buyer asked `asking`, in English or Spanish; a seller with an address, in English or Spanish. */
export const B = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'buyer', asking, ...x }) as CorpusCase['setup'];
export const ES = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'buyer', asking, lang: 'es', ...x }) as CorpusCase['setup'];
export const S = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'seller', asking, slots: { address: '8231 Haven Ave' }, ...x }) as CorpusCase['setup'];
export const SES = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'seller', asking, lang: 'es', slots: { address: '8231 Haven Ave' }, ...x }) as CorpusCase['setup'];

/** A seller asked the price, every other question answered (an address, a relocation, the window, move-in ready). */
const ANSWERED_BUT_PRICE = {
  slots: {
    address: '8231 Haven Ave',
    motivation: 'relocation',
    timelineAccepted: true,
    condition: 'move_in_ready',
  },
};
export const priceAsked = S('priceExpectation', ANSWERED_BUT_PRICE);
export const priceAskedEs = SES('priceExpectation', ANSWERED_BUT_PRICE);

/** A cash buyer with every question answered, picking one of the tenant's offered slots. */
export const picking = (calendar: string[], lang: 'en' | 'es' = 'en'): CorpusCase['setup'] => ({
  kind: 'buyer',
  lang,
  slots: {
    budget: { min: 500000, max: 640000 },
    financing: 'cash',
    size: { bedrooms: 3 },
    urgency: 'immediate',
  },
  scheduling: 'slot',
  calendar,
});

export const fairHousing = { alertTopic: 'fair_housing' } as const;
export const noAlert = { alertTopic: null } as const;

/** One `it` per probe: every check of the expectation passes (and there is at least one). */
export function suite(name: string, probes: Probe[]): void {
  describe(name, () => {
    it.each(probes)('%s', (text, setup, expectation) => expectReads([], text, setup, expectation));
  });
}

/** A probe played after earlier lead messages of the same conversation: the checks follow its last message. */
export type ConversationProbe = [string[], string, CorpusCase['setup'], CorpusCase['expect']];

/** One `it` per conversation probe, as `suite`. */
export function conversationSuite(name: string, probes: ConversationProbe[]): void {
  describe(name, () => {
    it.each(probes)('%j then %s', (before, text, setup, expectation) =>
      expectReads(before, text, setup, expectation),
    );
  });
}

function expectReads(
  before: string[],
  text: string,
  setup: CorpusCase['setup'],
  expectation: CorpusCase['expect'],
): void {
  const result = runCase({
    id: 'm',
    class: before.length > 0 ? 'conversation' : 'facts',
    lang: setup?.lang === 'es' ? 'es' : 'en',
    text,
    ...(before.length > 0 ? { before } : {}),
    ...(setup ? { setup } : {}),
    expect: expectation,
  });
  const wrong = result.checks.filter((check) => !check.ok);
  expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
  expect(result.checks.length).toBeGreaterThan(0);
}
