import { describe, expect, it } from 'vitest';
import { loadConversations } from '../../fixtures/conversations/load.js';
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
