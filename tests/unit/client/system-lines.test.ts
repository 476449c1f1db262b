import { describe, expect, it } from 'vitest';
import { readableTime, systemLineText } from '../../../client/shared/labels.js';

describe('system lines as staff read them', () => {
  it('shows stored times in the viewer’s time zone, never the raw ISO value', () => {
    const line = systemLineText('Snoozed by Jorge Salas until 2026-11-24T15:36:49.435Z');
    expect(line).not.toMatch(/2026-11-24T/);
    expect(line).toBe(`Snoozed by Jorge Salas until ${readableTime('2026-11-24T15:36:49.435Z')}`);
    expect(readableTime('2026-11-24T15:36:49.435Z')).toMatch(/Nov 24/);
  });

  it('says the bots’ codes in words', () => {
    expect(systemLineText('Reply held for approval: high_value')).toBe(
      'Reply held for approval: high-value lead, a person reviews replies',
    );
    expect(systemLineText('Hand-off requested: some_new_reason')).toBe('Hand-off requested: some new reason');
    // Words the bot wrote stay as they are.
    expect(systemLineText('Hand-off requested: human follow up needed')).toBe(
      'Hand-off requested: human follow up needed',
    );
  });
});
