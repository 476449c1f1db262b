import { describe, expect, it } from 'vitest';
import { localParts } from '../../src/time-zone.js';

/** The wall clock through Intl, read afresh (what `localParts` computed on every call before its hour offsets). */
function throughIntl(ms: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(ms)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

describe('localParts through an hour offset', () => {
  const zones = [
    'America/Los_Angeles',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/St_Johns',
    'Pacific/Chatham',
    'UTC',
  ];
  it.each(zones)('gives what Intl gives every 47 minutes across two years of DST changes in %s', (zone) => {
    const from = Date.UTC(2025, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    for (let ms = from; ms < to; ms += 47 * 60_000 + 13_001) {
      expect(localParts(ms, zone)).toEqual(throughIntl(ms, zone));
    }
  });
  it('gives what Intl gives at every second around a change (Los Angeles, 8 March 2026, 2:00 local)', () => {
    const change = Date.UTC(2026, 2, 8, 10);
    for (let ms = change - 3_600_000; ms < change + 3_600_000; ms += 1_000)
      expect(localParts(ms, 'America/Los_Angeles')).toEqual(throughIntl(ms, 'America/Los_Angeles'));
  });
  it('reads instants outside the years it keeps offsets for through Intl', () => {
    expect(localParts(-86_400_000, 'America/Los_Angeles')).toEqual(
      throughIntl(-86_400_000, 'America/Los_Angeles'),
    );
    const late = Date.UTC(2300, 5, 1, 12);
    expect(localParts(late, 'Europe/London')).toEqual(throughIntl(late, 'Europe/London'));
  });
});
