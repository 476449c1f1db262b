/**
 * Prints the bot corpus accuracy: per class and per field (slot), tuned and held-out parts separately, with
 * opt-out misses and false opt-outs, and calendar wrong bookings.
 *
 *   npx tsx scripts/bot-corpus.ts            # every part (tuned, held-out, reading-tuning, reading-sealed)
 *   npx tsx scripts/bot-corpus.ts tuned -v   # one part, with every failing case
 */
import {
  CORPUS_CLASSES,
  CORPUS_PARTS,
  loadCorpus,
  percent,
  runCorpus,
  type CorpusPart,
  type CorpusReport,
} from '../tests/fixtures/corpus/run.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const parts = args.filter((arg): arg is CorpusPart => (CORPUS_PARTS as readonly string[]).includes(arg));
// A sealed part is measured only when named: a bare run must not show it to whoever is tuning.
const selected = parts.length > 0 ? parts : CORPUS_PARTS.filter((part) => !part.startsWith('sealed'));

function print(name: string, report: CorpusReport): void {
  console.log(
    `\n## ${name}: ${report.casesPassed}/${report.cases} cases fully read (${percent({ passed: report.casesPassed, total: report.cases })})`,
  );
  console.log('\n| class | cases | correct |');
  console.log('|---|---|---|');
  for (const cls of CORPUS_CLASSES) {
    const tally = report.byClass[cls];
    if (tally) console.log(`| ${cls} | ${tally.total} | ${tally.passed} (${percent(tally)}) |`);
  }
  console.log('\n| field | checks | correct |');
  console.log('|---|---|---|');
  for (const [field, tally] of Object.entries(report.byField).sort()) {
    console.log(`| ${field} | ${tally.total} | ${tally.passed} (${percent(tally)}) |`);
  }
  const { optOut, calendar } = report;
  console.log(
    `\nOpt-out: ${optOut.missed} missed of ${optOut.expectedOptOuts} opt-outs, ${optOut.falseOptOuts} false of ${optOut.expectedNot} other messages.`,
  );
  console.log(
    `Calendar picks: ${calendar.wrongBookings} wrong bookings, ${calendar.missedPicks} picks asked again, of ${calendar.picks}.`,
  );
  if (verbose) {
    for (const failure of report.failures) {
      const wrong = failure.checks.filter((check) => !check.ok);
      console.log(
        `- ${failure.case.id} [${failure.case.class}] ${JSON.stringify(failure.case.text)}: ${wrong
          .map(
            (check) =>
              `${check.field} expected ${JSON.stringify(check.expected)} got ${JSON.stringify(check.actual)}`,
          )
          .join('; ')}${failure.reply ? ` | reply: ${failure.reply}` : ''}`,
      );
    }
  }
}

for (const part of selected) print(part, runCorpus(loadCorpus(part)));
