import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  loadConversationFile,
  loadConversations,
  type ConversationScript,
} from '../../fixtures/conversations/load.js';
import { playScript } from '../../fixtures/conversations/play.js';

const scripts = loadConversations();

describe('conversation scripts', () => {
  it('has at least 45 scripts, English and Spanish', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(45);
    expect(scripts.some((script) => script.final.lang === 'es')).toBe(true);
    expect(new Set(scripts.map((script) => script.name)).size).toBe(scripts.length);
  });

  it.each(scripts.map((script) => [script.name, script] as const))('%s', (_name, script) => {
    // Every check of the script, in order (turn by turn, then the final ones), asserted with vitest's matchers.
    for (const check of playScript(script).checks) {
      switch (check.kind) {
        case 'includes':
          expect(check.actual, check.label).toContain(check.expected);
          break;
        case 'excludes':
          expect(check.actual, check.label).not.toContain(check.expected);
          break;
        case 'is':
          expect(check.actual, check.label).toBe(check.expected);
          break;
        case 'matches':
          expect(check.actual, check.label).toMatchObject(check.expected as Record<string, unknown>);
          break;
      }
    }
  });
});

/** Loads a blind set's tuning part (tests/fixtures/conversations-<set>/tuning.json). */
function tuningOf(set: string): ConversationScript[] {
  return loadConversationFile(
    fileURLToPath(new URL(`../../fixtures/conversations-${set}/tuning.json`, import.meta.url)),
  );
}

/** Plays every script: at least `share` of them fully right, and no opt-out or hand-off check wrong. */
function expectReadsFullyRight(scripts: readonly ConversationScript[], share: number): void {
  const played = scripts.map((script) => playScript(script));
  const wrong = played.filter((result) => !result.ok);
  const failures = wrong.map(
    (result) =>
      `${result.script.name}: ${result.checks
        .filter((check) => !check.ok)
        .map(
          (check) =>
            `${check.label} expected ${JSON.stringify(check.expected)} got ${JSON.stringify(check.actual)}`,
        )
        .join('; ')}`,
  );
  expect(played.length - wrong.length, failures.join('\n')).toBeGreaterThanOrEqual(
    Math.ceil(share * played.length),
  );
  const safety = wrong.flatMap((result) =>
    result.checks.filter((check) => !check.ok && /optedOut|handoff/.test(check.label)),
  );
  expect(safety, failures.join('\n')).toEqual([]);
}

/**
 * The session-16 blind conversations (tests/fixtures/conversations-s21/): the tuning part, read conversation by
 * conversation. Its sealed part is measured once at the end of a session (docs/BOTS.md section 22), never here.
 */
describe('blind conversations (conversations-s21, tuning part)', () => {
  const tuning = tuningOf('s21');

  it('has at least 150 conversations in English, Spanish and Spanglish', () => {
    expect(tuning.length).toBeGreaterThanOrEqual(150);
    expect(tuning.some((script) => script.final.lang === 'es')).toBe(true);
  });

  it('reads at least 98% of them fully right, and every opt-out and hand-off as expected', () => {
    expectReadsFullyRight(tuning, 0.98);
  });
});

/**
 * The later blind conversation sets' tuning parts (sessions 18 to 27, issue 30; docs/BOTS.md sections 20 to 31): each
 * read at least 95% fully right (every set is at 96% or more today), with no opt-out or hand-off check wrong. Their
 * sealed parts are measured once at the end of a session, never here.
 */
describe.each([
  's23',
  's24',
  's25',
  's26',
  's27',
  's28',
  's29',
  's30',
  's31',
  's32',
  's33',
  's34',
  's35',
  's36',
])('blind conversations (conversations-%s, tuning part)', (set) => {
  it('reads at least 95% of them fully right, and every opt-out and hand-off as expected', () => {
    expectReadsFullyRight(tuningOf(set), 0.95);
  });
});

/**
 * Session 28's blind conversations (docs/BOTS.md section 32), first read at 19/30 (s37a) and 20/30 (s37b): floors
 * under today's 28/30 and 25/30, with no opt-out or hand-off check wrong.
 */
describe.each([
  ['s37a', 0.9],
  ['s37b', 0.8],
  // Session 29 (docs/BOTS.md section 33): first read at 18/30, 26/30 after the session's mechanisms. (conversations-s38b,
  // 14/30 then 26/30, has no floor here: one of its hand-off checks, a hot seller who declines the call, is a judgement
  // the team has not made; BOTS.md 33.4.)
  ['s38a', 0.85],
  // Session 30 (docs/BOTS.md section 34): first read at 15/30, 26/30 after the session's mechanisms. (conversations-
  // s39b, 16/30 then 23/30, has no floor: two of its hand-off checks follow a call offer the writer expected a turn
  // earlier than the bot makes it; BOTS.md 34.4.)
  ['s39a', 0.83],
  // Session 31 (docs/BOTS.md section 35): first read at 18/30 (s40a) and 13/30 (s40b), 24/30 and 29/30 after the
  // session's mechanisms.
  ['s40a', 0.8],
  ['s40b', 0.93],
  // (conversations-s41a and s41b, session 32, 15/30 and 19/30 then 25/30 and 26/30, have no floor: three hand-off
  // checks are open, a listing buyer who must sell first, a capital-gains question the writer counts as tax advice and
  // a shrug emoji that ends a vague streak; BOTS.md 36.4.)
] as const)('blind conversations (conversations-%s, tuning part)', (set, share) => {
  it(`reads at least ${share * 100}% of them fully right, and every opt-out and hand-off as expected`, () => {
    expectReadsFullyRight(tuningOf(set), share);
  });
});
