import { describe, expect, it } from 'vitest';
import { isBusinessTime, nextOpening, type BusinessHours } from '../../src/time-zone.js';
import { conversation, demoTenant } from './bots/helpers.js';

const WEEKDAYS: BusinessHours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
const LA = 'America/Los_Angeles';
/** A local wall-clock time in Los Angeles as an instant (PST, UTC-8, in January 2026). */
const la = (day: number, hour: number, minute = 0) => Date.UTC(2026, 0, day, hour + 8, minute);

describe('business hours in the tenant zone', () => {
  it('is open on a listed weekday between open and close, closed at close and on other days', () => {
    // 2026-01-05 is a Monday, 2026-01-10 a Saturday.
    expect(isBusinessTime(la(5, 9), LA, WEEKDAYS)).toBe(true);
    expect(isBusinessTime(la(5, 17, 59), LA, WEEKDAYS)).toBe(true);
    expect(isBusinessTime(la(5, 8, 59), LA, WEEKDAYS)).toBe(false);
    expect(isBusinessTime(la(5, 18), LA, WEEKDAYS)).toBe(false);
    expect(isBusinessTime(la(10, 12), LA, WEEKDAYS)).toBe(false);
  });

  it('finds the next opening: later today, tomorrow, or after the weekend', () => {
    expect(nextOpening(la(5, 7), LA, WEEKDAYS)).toEqual({ daysAhead: 0, weekday: 1, ms: la(5, 9) });
    expect(nextOpening(la(5, 23), LA, WEEKDAYS)).toEqual({ daysAhead: 1, weekday: 2, ms: la(6, 9) });
    // Friday evening: Monday.
    expect(nextOpening(la(9, 19), LA, WEEKDAYS)).toEqual({ daysAhead: 3, weekday: 1, ms: la(12, 9) });
    expect(nextOpening(la(5, 7), LA, { ...WEEKDAYS, days: [] })).toBeUndefined();
  });

  it('reads the local day, not the UTC one (20:00 in Los Angeles is already tomorrow in UTC)', () => {
    const mondayEvening = la(5, 20);
    expect(new Date(mondayEvening).getUTCDay()).toBe(2);
    expect(nextOpening(mondayEvening, LA, WEEKDAYS)).toMatchObject({ daysAhead: 1, weekday: 2 });
  });

  it('keeps the local opening time across a DST change', () => {
    // 2026-03-08 (Sunday) clocks go forward in Los Angeles: Monday opens at 09:00 PDT, 16:00 UTC.
    const saturday = Date.UTC(2026, 2, 7, 20);
    expect(nextOpening(saturday, LA, WEEKDAYS)?.ms).toBe(Date.UTC(2026, 2, 9, 16));
  });
});

describe('the hand-off notice tells the truth about when the team is in', () => {
  const tenant = demoTenant({ timeZone: LA, businessHours: WEEKDAYS });

  it('inside business hours someone joins shortly', () => {
    const c = conversation({ intent: 'buy' }, tenant, la(6, 10));
    const turn = c.say('can i talk to a real person');
    expect(turn.effects.some((effect) => effect.type === 'handoff')).toBe(true);
    expect(turn.reply).toContain('someone will join shortly');
  });

  it('on a Friday night the lead hears Monday at 9:00 AM, and the hand-off still goes to the team', () => {
    const c = conversation({ intent: 'buy' }, tenant, la(9, 22));
    const turn = c.say('can i talk to a real person');
    expect(turn.effects.some((effect) => effect.type === 'handoff')).toBe(true);
    expect(turn.reply).not.toContain('shortly');
    expect(turn.reply).toContain(
      'The office is closed right now, so someone will reach you on Monday at 9:00 AM.',
    );
  });

  it('in Spanish before opening: hoy a las 9:00; late at night: mañana', () => {
    const early = conversation({ intent: 'sell' }, tenant, la(6, 6));
    expect(early.say('quiero hablar con una persona por favor').reply).toContain(
      'La oficina está cerrada en este momento; alguien te contactará hoy a las 9:00.',
    );
    const late = conversation({ intent: 'sell' }, tenant, la(6, 22));
    expect(late.say('quiero hablar con una persona por favor').reply).toContain('mañana a las 9:00');
  });

  it('a legal matter after hours keeps its professional wording and says when', () => {
    const c = conversation({ intent: 'sell' }, tenant, la(10, 12));
    const reply = c.say('the bank set an auction date for my house next month').reply ?? '';
    expect(reply).toContain("That's best handled by a professional");
    expect(reply).toContain('on Monday at 9:00 AM');
  });

  it('with no business hours set (always in) nothing changes', () => {
    const c = conversation({ intent: 'buy' }, demoTenant({ timeZone: LA }), la(9, 23));
    expect(c.say('can i talk to a real person').reply).toContain('someone will join shortly');
  });
});
