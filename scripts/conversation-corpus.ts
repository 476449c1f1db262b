/**
 * Plays a file of conversation scripts through the pure bot, exactly as tests/unit/bots/conversations.test.ts
 * does, and prints how many conversations are fully right (every check of the script passed).
 *
 *   npx tsx scripts/conversation-corpus.ts tests/fixtures/conversations-s21/tuning.json
 *   npx tsx scripts/conversation-corpus.ts tests/fixtures/conversations-s21/tuning.json --failures
 *
 * A file holds one script or an array of scripts (see tests/fixtures/conversations/README.md). Several files
 * may be given; each gets its own count. With --failures, every failed check is printed with what was seen.
 */
import { loadConversationFile } from '../tests/fixtures/conversations/load.js';
import { playScript, type PlayedScript } from '../tests/fixtures/conversations/play.js';

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const files = args.filter((arg) => !arg.startsWith('--'));

if (files.length === 0) {
  console.error('usage: npx tsx scripts/conversation-corpus.ts FILE.json [FILE.json ...] [--failures]');
  process.exit(2);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

function printFailures(played: PlayedScript): void {
  console.log(`- ${played.script.name}`);
  for (const check of played.checks.filter((item) => !item.ok)) {
    const label = check.label;
    if (check.kind === 'includes' || check.kind === 'excludes') {
      console.log(`    ${label}: reply was ${show(check.actual)}`);
    } else {
      console.log(`    ${label}: expected ${show(check.expected)}, got ${show(check.actual)}`);
    }
  }
}

for (const file of files) {
  const results = loadConversationFile(file).map((script) => {
    try {
      return playScript(script);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        script,
        ok: false,
        replies: [],
        checks: [
          { label: 'played without throwing', kind: 'is', actual: message, expected: true, ok: false },
        ],
      } satisfies PlayedScript;
    }
  });
  const right = results.filter((played) => played.ok).length;
  const checks = results.reduce((sum, played) => sum + played.checks.length, 0);
  const checksRight = results.reduce(
    (sum, played) => sum + played.checks.filter((item) => item.ok).length,
    0,
  );
  console.log(
    `${file}: ${right}/${results.length} conversations fully right (${checksRight}/${checks} checks right)`,
  );
  if (showFailures) {
    for (const played of results) if (!played.ok) printFailures(played);
  }
}
