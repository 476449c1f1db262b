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
    const report = runCorpus(tuned);
    expect(report.calendar.wrongBookings, describeFailures(report)).toBe(0);
    expect(report.optOut.falseOptOuts, describeFailures(report)).toBe(0);
    expect(report.optOut.missed, describeFailures(report)).toBe(0);
    expect(report.casesPassed / report.cases, describeFailures(report)).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the held-out part (at least 80% fully right, no wrong booking, no false opt-out)', () => {
    const report = runCorpus(heldOut);
    expect(report.calendar.wrongBookings, describeFailures(report)).toBe(0);
    expect(report.optOut.falseOptOuts, describeFailures(report)).toBe(0);
    expect(report.casesPassed / report.cases, describeFailures(report)).toBeGreaterThanOrEqual(0.8);
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
      const report = runCorpus(tuning);
      expect(report.calendar.wrongBookings, describeFailures(report)).toBe(0);
      expect(report.optOut.falseOptOuts, describeFailures(report)).toBe(0);
      expect(report.optOut.missed, describeFailures(report)).toBe(0);
      expect(report.casesPassed / report.cases, describeFailures(report)).toBeGreaterThanOrEqual(0.95);
    });

    it('reads the sealed part (at least 90% fully right, no wrong booking, no opt-out error)', () => {
      const report = runCorpus(sealed);
      expect(report.calendar.wrongBookings, describeFailures(report)).toBe(0);
      expect(report.optOut.falseOptOuts, describeFailures(report)).toBe(0);
      expect(report.optOut.missed, describeFailures(report)).toBe(0);
      expect(report.casesPassed / report.cases, describeFailures(report)).toBeGreaterThanOrEqual(0.9);
    });
  });

  describe('third and fourth reading corpora (written blind to the rules by two helpers; docs/BOTS.md 18.2)', () => {
    it.each(['reading-fresh', 'reading-s2'] as const)(
      'reads %s (at least 95% fully right, no wrong booking, no opt-out error)',
      (part) => {
        const cases = loadCorpus(part);
        expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
        expect(cases.some((c) => c.lang === 'es') && cases.some((c) => c.before)).toBe(true);
        const report = runCorpus(cases);
        expect(report.calendar.wrongBookings, describeFailures(report)).toBe(0);
        expect(report.optOut.falseOptOuts, describeFailures(report)).toBe(0);
        expect(report.optOut.missed, describeFailures(report)).toBe(0);
        expect(report.casesPassed / report.cases, describeFailures(report)).toBeGreaterThanOrEqual(0.95);
      },
    );

    it('reads the sealed reading-s3 at least as well as its one measurement (81.2%), with no wrong booking', () => {
      // Its failures have not been read: a floor against regressions, not a tuning target.
      const report = runCorpus(loadCorpus('reading-s3'));
      expect(report.calendar.wrongBookings).toBe(0);
      expect(report.casesPassed / report.cases).toBeGreaterThanOrEqual(0.8);
    });
  });
});
