import { describe, expect, it } from 'vitest';
import { CORPUS_CLASSES, loadCorpus, runCorpus, type CorpusReport } from '../../fixtures/corpus/run.js';

/**
 * The lead-message corpus (tests/fixtures/corpus/) through the pure bot. The tuned part is what the rules were
 * tuned against; the held-out part was written first and never tuned against, so its thresholds are lower and
 * honest. Safety figures have no slack on either part: a wrong booking or a false opt-out is never acceptable.
 */

function describeFailures(report: CorpusReport): string {
  return report.failures
    .map(
      (failure) =>
        `${failure.case.id} ${JSON.stringify(failure.case.text)}: ${failure.checks
          .filter((check) => !check.ok)
          .map(
            (check) =>
              `${check.field} expected ${JSON.stringify(check.expected)} got ${JSON.stringify(check.actual)}`,
          )
          .join('; ')}`,
    )
    .join('\n');
}

/**
 * A corpus part reads at least `minShare` fully right with no wrong booking; `optOuts` says which opt-out errors
 * must be zero ('both': missed and false; 'false': false opt-outs only).
 */
function expectReads(report: CorpusReport, minShare: number, optOuts: 'both' | 'false' | 'none'): void {
  const failures = describeFailures(report);
  expect(report.calendar.wrongBookings, failures).toBe(0);
  if (optOuts !== 'none') expect(report.optOut.falseOptOuts, failures).toBe(0);
  if (optOuts === 'both') expect(report.optOut.missed, failures).toBe(0);
  expect(report.casesPassed / report.cases, failures).toBeGreaterThanOrEqual(minShare);
}

describe('lead-message corpus', () => {
  const tuned = loadCorpus('tuned');
  const heldOut = loadCorpus('held-out');

  it('has at least 400 messages, a quarter held out, every class in both parts and both languages', () => {
    const total = tuned.length + heldOut.length;
    expect(total).toBeGreaterThanOrEqual(400);
    expect(heldOut.length / total).toBeGreaterThanOrEqual(0.249);
    const ids = new Set([...tuned, ...heldOut].map((c) => c.id));
    expect(ids.size).toBe(total);
    for (const part of [tuned, heldOut]) {
      // The first corpus holds single messages only; conversations are in the reading parts.
      for (const cls of CORPUS_CLASSES.filter((name) => name !== 'conversation'))
        expect(
          part.some((c) => c.class === cls),
          cls,
        ).toBe(true);
      expect(part.some((c) => c.lang === 'es')).toBe(true);
    }
  });

  it('reads the tuned part (at least 97% of messages fully right, no wrong booking, no opt-out error)', () => {
    expectReads(runCorpus(tuned), 0.97, 'both');
  });

  it('reads the held-out part (at least 80% fully right, no wrong booking, no false opt-out)', () => {
    expectReads(runCorpus(heldOut), 0.8, 'false');
  });

  describe('second reading corpus (written before any tuning; the sealed part was never tuned against)', () => {
    const tuning = loadCorpus('reading-tuning');
    const sealed = loadCorpus('reading-sealed');

    it('has at least 150 phrasings and 20 conversations, 40% sealed, every class and both languages in each part', () => {
      const all = [...tuning, ...sealed];
      expect(all.filter((c) => !c.before).length).toBeGreaterThanOrEqual(150);
      expect(all.filter((c) => c.before).length).toBeGreaterThanOrEqual(20);
      expect(sealed.length / all.length).toBeGreaterThanOrEqual(0.38);
      const ids = new Set([...tuned, ...heldOut, ...all].map((c) => c.id));
      expect(ids.size).toBe(tuned.length + heldOut.length + all.length);
      for (const part of [tuning, sealed]) {
        for (const cls of CORPUS_CLASSES)
          expect(
            part.some((c) => c.class === cls),
            cls,
          ).toBe(true);
        expect(part.some((c) => c.lang === 'es')).toBe(true);
      }
    });

    it('reads the tuning part (at least 95% fully right, no wrong booking, no opt-out error)', () => {
      expectReads(runCorpus(tuning), 0.95, 'both');
    });

    it('reads the sealed part (at least 90% fully right, no wrong booking, no opt-out error)', () => {
      expectReads(runCorpus(sealed), 0.9, 'both');
    });
  });

  describe('third and fourth reading corpora (written blind to the rules by two helpers; docs/BOTS.md 18.2)', () => {
    it.each(['reading-fresh', 'reading-s2'] as const)(
      'reads %s (at least 95% fully right, no wrong booking, no opt-out error)',
      (part) => {
        const cases = loadCorpus(part);
        expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
        expect(cases.some((c) => c.lang === 'es') && cases.some((c) => c.before)).toBe(true);
        expectReads(runCorpus(cases), 0.95, 'both');
      },
    );

    it('reads reading-s10 (77.6% blind, 89.4% after its fixes) at 85% or more, with no wrong booking or false opt-out', () => {
      // Its one missed opt-out, "we're good thx" to the motivation question, is a judgement call left as is.
      expectReads(runCorpus(loadCorpus('reading-s10')), 0.85, 'false');
    });

    it('reads the sealed reading-s3 at least as well as its one measurement (81.2%), with no wrong booking', () => {
      // Its failures have not been read: a floor against regressions, not a tuning target.
      expectReads(runCorpus(loadCorpus('reading-s3')), 0.8, 'none');
    });

    // Each measured once, blind, before its failures were read, then used to find mechanisms: reading-s4 90.0%, s5
    // 79.3%, s7 81.4%, s9 93.1%, s11 95.7% (written after every fix of session 9), s12 94.4%, s13 87.8%, s14 95.6%,
    // s15 95.0% (written after every reading fix of session 10), s16 91.0% (session 11), s17 92.0% (session 12).
    // docs/BOTS.md section 18.
    it.each([
      ['reading-s4', 0.95],
      ['reading-s5', 0.95],
      ['reading-s7', 0.9],
      ['reading-s9', 0.95],
      ['reading-s11', 0.9],
      ['reading-s12', 0.9],
      ['reading-s13', 0.85],
      ['reading-s14', 0.9],
      ['reading-s15', 0.9],
      ['reading-s16', 0.9],
      ['reading-s17', 0.9],
      ['reading-s18', 0.9],
      ['held-out-s13', 0.9],
      ['reading-s19', 0.9],
      ['reading-s20', 0.9],
      // Session 16: the blind probe set's tuning part and the two adversarial reviews of its fixes.
      ['reading-s21', 0.97],
      // Sessions 18 to 26 (issue 30): each blind set's tuning part (first measured at 85.6% to 94.5%, then its misses'
      // mechanisms fixed) and the adversarial reviews of those fixes; floors a point or two under today's figures
      // (docs/BOTS.md sections 20 to 31). The sealed parts are never run here.
      ['blind-s23', 0.98],
      ['blind-s24', 0.98],
      ['blind-s25', 0.98],
      ['blind-s26', 0.98],
      ['blind-s27', 0.98],
      ['blind-s28', 0.98],
      ['blind-s29', 0.97],
      ['blind-s30', 0.98],
      ['blind-s31', 0.98],
      ['blind-s32', 0.94],
      ['blind-s33', 0.95],
      ['blind-s34', 0.96],
      ['blind-s35', 0.98],
      ['blind-s36', 0.98],
      // Session 28: first measured at 84.8% (140/165), 98.8% after the session's mechanisms.
      ['blind-s37', 0.97],
      // Session 29: first measured at 86.5% (147/170), 96.5% after the session's mechanisms.
      ['blind-s38', 0.96],
      // Session 30: first measured at 85.6% (154/180), 95.0% after the session's mechanisms.
      ['blind-s39', 0.93],
      // Session 31: first measured at 82.2% (148/180), 95.6% after the session's mechanisms.
      ['blind-s40', 0.94],
      // Session 32: first measured at 82.8% (149/180), 95.6% after the session's mechanisms.
      ['blind-s41', 0.94],
      ['review-s31', 0.98],
      ['review-s33', 0.97],
      ['review-s35', 0.72],
      // Session 28: the adversarial review of session 27's commits, first read at 24.7% (37/150), 78.0% after.
      ['review-s37', 0.76],
      // Session 30: the adversarial review of the session's commits, read at 61.4% (97/158) by the session-start code,
      // 95.6% after.
      ['review-s39', 0.94],
      // Session 31: the adversarial review of the session's commits, read at 56.3% (94/167) by the session-start code,
      // 71.9% by the reviewed commits, 95.2% after.
      ['review-s40', 0.93],
      // Session 32: the adversarial review of the session's first three reading commits, read at 53.8% (91/169) by the
      // session-start code, 74.0% (125/169) by the reviewed commits, 91.7% after.
      ['review-s41', 0.9],
      // Session 33: the vocabularies (breadth of words per concept), first read at 78.2% (169/216) and 81.9% (167/204);
      // and the adversarial review of the first vocabulary commit, read at 52.7% (79/150) by the session-start code.
      ['vocab-s42a', 0.94],
      ['vocab-s42b', 0.98],
      // (vocab-s42c, the flow's words, first read at 66.7% (116/174))
      ['vocab-s42c', 0.95],
      ['review-s42', 0.75],
      // Session 38: the adversarial review of the session's mechanisms, read at 87.5% (42/48) unseen, 97.9% after.
      ['review-s52', 0.97],
      // Session 39: the adversarial review of the session's mechanisms, read at 65.8% (50/76) unseen, 90.8% after.
      ['review-s53', 0.9],
      // Session 41: the adversarial review of the session's mechanisms, read at 73.9% (34/46) unseen (60.9% by the
      // session-start code), 84.8% after (two of its checks are on the scheduling state the bot keeps after a decline).
      ['review-s55', 0.84],
      ['review-s56', 0.9],
      // Session 43: the adversarial review of the session's mechanisms, read at 63.1% (53/84) by the session-start code,
      // 88.1% (74/84) unseen, 96.4% after.
      ['review-s57', 0.95],
      // Session 44: the adversarial review of the session's mechanisms, read at 60.0% (54/90) by the session-start code,
      // 76.7% (69/90) unseen, 91.1% after.
      ['review-s58', 0.9],
      // Session 45: the adversarial review of the session's mechanisms, read at 71.9% (69/96) by the session-start code,
      // 75.0% (72/96) unseen, 93.8% after.
      ['review-s59', 0.9],
      // Session 46: the adversarial review of the session's mechanisms, read at 66.7% (64/96) by the session-start code,
      // 76.0% (73/96) unseen, 95.8% after.
      ['review-s60', 0.94],
      // Session 47: the adversarial review of the session's mechanisms, read at 64.3% (54/84) by the session-start code,
      // 67.9% (57/84) unseen, 94.0% after; the session's work set of stops, down payments and lender status, 85.6%
      // (77/90) on arrival, 96.7% after.
      ['review-s61', 0.93],
      ['constructs-s61', 0.96],
      // Session 48: the adversarial review of the session's mechanisms, read at 70.0% (56/80) by the session-start code,
      // 77.5% (62/80) unseen, 93.8% after.
      ['review-s62', 0.93],
      // Session 49: the adversarial review of the topic model's four readings (disclosure, kickback, the seller's
      // condition and reason), read at 65.0% (52/80) by the session-start code and 70.0% (56/80) unseen with the model;
      // nothing tuned on it since.
      ['review-s63', 0.7],
      // Session 50: the adversarial review of the session's twelve mechanisms, read at 56.5% (61/108) by the
      // session-start code, 73.1% (79/108) unseen, 98.1% (106/108) after the fixes it led to.
      ['review-s64', 0.96],
      // Session 50: a blind attack on the opt-out reading (30 stops, 40 hard negatives), read at 75.7% (53/70) by the
      // session-start code and unseen by the session's code of the moment (12 missed, 5 false), 100% after.
      ['review-optout-s64', 0.97],
      // Session 51: the adversarial review of the session's four mechanisms (take-backs in one message, decimals and
      // things to add are no counts, the trained question reading, a listing's features by any word), read at 65.0%
      // (65/100) by the session-start code, 78.0% (78/100) unseen, 89.0% (89/100) after the fixes it led to.
      ['review-s65', 0.88],
      // Session 52: the adversarial review of the session's five mechanisms (a trouble denied, a hedged figure
      // volunteered, the owner the lead writes for, a span of weekdays, a length in hours), read at 66.3% (53/80) by the
      // session-start code, 76.3% (61/80) unseen, 96.3% (77/80) after the fixes it led to.
      ['review-s66', 0.95],
      // Session 53: the adversarial review of the session's three mechanisms (a contact asked of the team by its parts,
      // a question read past its opening words and the price by its noun, a kind of home turned down before "not
      // interested"), read at 53.8% (43/80) by the session-start code, 65.0% (52/80) unseen, 97.5% (78/80) after.
      ['review-s67', 0.95],
      // Session 54: the adversarial review of the session's three mechanisms (a date volunteered while another question
      // stands, a place named as a workplace, the seller's reason read from space), read at 51.3% (41/80) by the
      // session-start code, 58.8% (47/80) unseen, 83.8% (67/80) after.
      ['review-s68', 0.83],
      // Session 55: the adversarial review of the session's five mechanisms (the window turned down with a later time of
      // the seller's own, a buyer's figure beside a lender's, "trabajo en" where the lead works, a move said in passing
      // giving way to a reason, a sale first routed to the seller), read at 71.3% (57/80) by the session-start code,
      // 85.0% (68/80) unseen, 96.3% (77/80) after.
      ['review-s69', 0.95],
      // Session 56: the adversarial review of the session's five mechanisms (a household member's limit as the budget,
      // commission and shift pay beside the budget, bedrooms corrected, a job at an employer in a place, the home ready,
      // auctioned or asked of a bot), read at 66.3% (53/80) by the session-start code, 77.5% (62/80) unseen, 96.3%
      // (77/80) after.
      ['review-s70', 0.95],
      // Session 57: the adversarial review of the session's five mechanisms (a zip closing an address, whose figure a
      // budget is, the seller's window in other words, a figure called fine then a limit above it, things that are not
      // what they look like), read at 63.8% (51/80) by the session-start code, 86.3% (69/80) unseen, 97.5% (78/80)
      // after.
      ['review-s71', 0.95],
      // Session 58: the adversarial review of the session's five mechanisms (things counted that are not rooms, a house
      // number corrected, a budget moved by a verb or said as a floor and a ceiling, the listing asked in longer words
      // or as a wish to know, a home left to several heirs and a post elsewhere), read at 51.3% (41/80) by the
      // session-start code, 76.3% (61/80) unseen, 96.3% (77/80) after.
      ['review-s72', 0.95],
      // Session 59: the adversarial review of the session's five mechanisms (money by its period, where a move goes named
      // by a workplace, a question after words that ask nothing, near where someone lives, who lives there asked of a
      // relative), read at 56.3% (45/80) by the session-start code, 72.5% (58/80) unseen, 95.0% (76/80) after.
      ['review-s73', 0.95],
      // Session 60: the adversarial review of the session's five mechanisms (a removal asked of us in Spanish or in the
      // passive, a stop taken back after it, a want-not of the lead's own future or the keyword sent and said so, a
      // wrong number in other words, a bedroom count that falls short and a figure with -ish), read at 76.3% (61/80)
      // by the session-start code, 86.3% (69/80) unseen, 98.8% (79/80) after.
      ['review-s74', 0.95],
      // Session 61: the adversarial review of the session's five mechanisms (a seller's condition revised, a limit set for
      // the lead under a lender's figure and a down payment named, places and size, timing and financing, opt-out in
      // more words), read at 76.3% (61/80) unseen, 100% (80/80) after.
      ['review-s75', 0.95],
      ['review-s28', 0.97],
      ['review-s29', 0.97],
      ['review-s30', 0.96],
    ] as const)(
      'reads %s (a share of at least %s fully right, no wrong booking, no opt-out error)',
      (part, share) => {
        expectReads(runCorpus(loadCorpus(part)), share, 'both');
      },
    );
  });
});
