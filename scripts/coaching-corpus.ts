/**
 * Prints the rule coach's figures on the coaching corpus (tests/fixtures/coaching): next action, objection type,
 * compliance traps flagged and false flags, SAY in the lead's language, next action by language, channel and
 * category.
 *
 *   npx tsx scripts/coaching-corpus.ts tuning -v   # the tuning part, with every failing case
 *   npx tsx scripts/coaching-corpus.ts sealed      # the sealed part (measured once, at the end)
 */
import {
  COACHING_PARTS,
  loadCoachingCorpus,
  percent,
  runCoachingCorpus,
  type CoachingPart,
} from '../tests/fixtures/coaching/run.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const parts = args.filter((arg): arg is CoachingPart => (COACHING_PARTS as readonly string[]).includes(arg));

for (const part of parts.length > 0 ? parts : (['tuning'] as const)) {
  const report = runCoachingCorpus(loadCoachingCorpus(part));
  const line = (name: string, tally: { passed: number; total: number }) =>
    console.log(`| ${name} | ${tally.passed}/${tally.total} | ${percent(tally)} |`);
  console.log(`\n## ${part}: ${report.cases} situations\n\n| measure | count | share |\n|---|---|---|`);
  line('next action right', report.next);
  line('objection type right', report.objection);
  line('compliance traps flagged', report.traps);
  line('false flags (no trap, flagged)', report.falseFlags);
  line('SAY in the lead language', report.sayLang);
  for (const [key, tally] of Object.entries(report.nextBy).sort()) line(`next action, ${key}`, tally);
  if (verbose) {
    for (const outcome of report.outcomes) {
      if (outcome.nextOk && outcome.objectionOk && outcome.complianceOk && outcome.sayLangOk) continue;
      const { item } = outcome;
      const lead = item.recent.at(-1)?.text ?? '';
      console.log(
        `- ${item.id} ${JSON.stringify(lead)}: next ${outcome.next} (want ${item.expect.next}), objection ${outcome.objection} (want ${item.expect.objection}), flags [${outcome.flags.join(',')}] (want ${item.expect.compliance})${outcome.sayLangOk ? '' : `, SAY not in ${item.lang}: ${outcome.say}`}`,
      );
    }
  }
}
