import { describe, expect, it } from 'vitest';
import { checkOutbound } from '../../../src/bots/guard.js';
import { nurtureMessage, planFollowUps } from '../../../src/bots/nurture.js';
import { isQuietTime, localParts, nextSendableMs } from '../../../src/time-zone.js';

const LA = 'America/Los_Angeles';
const base = { timeZone: LA, lang: 'en' as const, agentName: 'Jorge Salas', market: 'Rancho Cucamonga, CA' };
const DAY = 86_400_000;

describe('planFollowUps', () => {
  it('schedules day 3, 7, 14 and 30 after the last lead message', () => {
    const last = Date.parse('2025-03-10T18:00:00Z'); // 11:00 PDT
    const plan = planFollowUps({ ...base, lastLeadMessageMs: last, temperature: 'warm' });
    expect(plan.map((step) => step.step)).toEqual([3, 7, 14, 30]);
    expect(plan.map((step) => step.dueAtMs)).toEqual([3, 7, 14, 30].map((day) => last + day * DAY));
  });

  it('pushes a due time inside quiet hours to 08:00 local the next morning', () => {
    const last = Date.parse('2025-03-11T05:30:00Z'); // 22:30 PDT on 10 March
    const plan = planFollowUps({ ...base, lastLeadMessageMs: last, temperature: 'cold' });
    expect(new Date(plan[0]!.dueAtMs).toISOString()).toBe('2025-03-14T15:00:00.000Z'); // 08:00 PDT on 14 March
  });

  it('pushes an early-morning due time to 08:00 the same day', () => {
    const last = Date.parse('2025-06-02T13:15:00Z'); // 06:15 PDT
    const plan = planFollowUps({ ...base, lastLeadMessageMs: last, temperature: 'cold' });
    expect(new Date(plan[0]!.dueAtMs).toISOString()).toBe('2025-06-05T15:00:00.000Z');
  });

  it('keeps 08:00 local across a DST change', () => {
    const last = Date.parse('2025-11-01T05:00:00Z'); // 22:00 PDT on 31 October
    const plan = planFollowUps({ ...base, lastLeadMessageMs: last, temperature: 'warm' });
    expect(new Date(plan[0]!.dueAtMs).toISOString()).toBe('2025-11-04T16:00:00.000Z'); // 08:00 PST
  });

  it('uses the tenant time zone', () => {
    const last = Date.parse('2025-03-10T23:00:00Z'); // 19:00 in New York, 16:00 in LA
    const ny = planFollowUps({
      ...base,
      timeZone: 'America/New_York',
      lastLeadMessageMs: last,
      temperature: 'warm',
    });
    const la = planFollowUps({ ...base, lastLeadMessageMs: last, temperature: 'warm' });
    expect(ny[0]!.dueAtMs).toBe(last + 3 * DAY);
    const late = Date.parse('2025-03-11T02:00:00Z'); // 22:00 in New York, 19:00 in LA
    expect(
      planFollowUps({
        ...base,
        timeZone: 'America/New_York',
        lastLeadMessageMs: late,
        temperature: 'warm',
      })[0]!.dueAtMs,
    ).toBe(Date.parse('2025-03-14T12:00:00Z'));
    expect(la[0]!.dueAtMs).toBe(last + 3 * DAY);
  });

  it('plans nothing for a hot lead', () => {
    expect(planFollowUps({ ...base, lastLeadMessageMs: 0, temperature: 'hot' })).toEqual([]);
  });
});

describe('nurtureMessage', () => {
  it.each<[number, 'warm' | 'cold', 'en' | 'es', string]>([
    [3, 'warm', 'en', 'Any questions come up'],
    [3, 'cold', 'en', 'still on your radar'],
    [7, 'warm', 'en', 'market keeps moving'],
    [14, 'cold', 'en', 'whenever you'],
    [30, 'warm', 'en', 'close it for now'],
    [30, 'cold', 'en', 'Should I close your file'],
    [3, 'cold', 'es', '¿Sigue en tus planes'],
    [30, 'warm', 'es', 'expediente'],
  ])('day %d, %s, %s', (step, temperature, lang, phrase) => {
    const text = nurtureMessage({ ...base, step, temperature, lang });
    expect(text).toContain(phrase);
    expect(checkOutbound(text, { lang }).ok).toBe(true);
  });

  it('day 3 and day 30 wording depends on temperature', () => {
    for (const step of [3, 30]) {
      expect(nurtureMessage({ ...base, step, temperature: 'warm' })).not.toBe(
        nurtureMessage({ ...base, step, temperature: 'cold' }),
      );
    }
  });
});

describe('time zone helpers', () => {
  it.each<[string, boolean]>([
    ['2025-03-11T03:59:00Z', false], // 20:59 PDT
    ['2025-03-11T04:00:00Z', true], // 21:00 PDT
    ['2025-03-11T14:59:00Z', true], // 07:59 PDT
    ['2025-03-11T15:00:00Z', false], // 08:00 PDT
  ])('%s quiet in LA: %s', (iso, quiet) => {
    expect(isQuietTime(Date.parse(iso), LA)).toBe(quiet);
  });

  it('quiet hours that do not span midnight (12 to 14) postpone to 14:00 the same day', () => {
    const lunch = { startHour: 12, endHour: 14 };
    const at1230 = Date.parse('2025-03-11T19:30:00Z'); // 12:30 PDT
    expect(isQuietTime(at1230, LA, lunch)).toBe(true);
    expect(isQuietTime(Date.parse('2025-03-11T22:00:00Z'), LA, lunch)).toBe(false); // 15:00 PDT
    expect(isQuietTime(Date.parse('2025-03-11T05:00:00Z'), LA, lunch)).toBe(false); // 22:00 PDT
    expect(new Date(nextSendableMs(at1230, LA, lunch)).toISOString()).toBe('2025-03-11T21:00:00.000Z');
  });

  it('nextSendableMs leaves daytime alone and reads local parts', () => {
    const noon = Date.parse('2025-03-11T19:00:00Z');
    expect(nextSendableMs(noon, LA)).toBe(noon);
    expect(localParts(noon, LA)).toMatchObject({ year: 2025, month: 3, day: 11, hour: 12, minute: 0 });
  });
});
