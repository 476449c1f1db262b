import { describe, expect, it } from 'vitest';
import { schedulingStep, startScheduling } from '../../../src/bots/scheduling.js';
import type { SchedulingState } from '../../../src/bots/state.js';
import { conversation, demoTenant, effectOf } from './helpers.js';

const CALENDAR = {
  agentName: 'Jorge Salas',
  calendarSlots: ['Tue Mar 11, 10am', 'Wed Mar 12, 2pm', 'Thu Mar 13, 5:30pm'],
};
const NO_CALENDAR = { agentName: 'Jorge Salas', calendarSlots: [] };

function run(tenant: typeof CALENDAR, answers: string[], lang: 'en' | 'es' = 'en') {
  const start = startScheduling(tenant, lang);
  let state: SchedulingState = start.scheduling;
  const texts = [start.text];
  let outcome;
  for (const answer of answers) {
    const turn = schedulingStep(state, answer, tenant, lang);
    state = turn.scheduling;
    texts.push(turn.text);
    outcome = turn.outcome;
  }
  return { texts, outcome, state };
}

describe('scheduling with a calendar', () => {
  it('offers the slots as "Reply 1, 2 or 3"', () => {
    expect(run(CALENDAR, []).texts[0]).toBe(
      "Let's set up a quick call with Jorge Salas. Which works best? Reply 1, 2 or 3: 1) Tue Mar 11, 10am, 2) Wed Mar 12, 2pm, 3) Thu Mar 13, 5:30pm",
    );
  });

  it.each<[string, string]>([
    ['2', 'Wed Mar 12, 2pm'],
    ['#3', 'Thu Mar 13, 5:30pm'],
    ['the first one', 'Tue Mar 11, 10am'],
    ['second works', 'Wed Mar 12, 2pm'],
    ['Thursday', 'Thu Mar 13, 5:30pm'],
    ['wednesday is best', 'Wed Mar 12, 2pm'],
    ['10am', 'Tue Mar 11, 10am'],
    ['2pm please', 'Wed Mar 12, 2pm'],
    ['la primera', 'Tue Mar 11, 10am'],
  ])('%j picks %j', (answer, slot) => {
    expect(run(CALENDAR, [answer]).outcome).toEqual({ type: 'confirmed', when: slot });
  });

  describe('relative days, read against today in the tenant zone (Mon Mar 10, 2025, 10:00 in Los Angeles)', () => {
    // 2025: the slots' weekdays (Tue Mar 11 ...) are that year's.
    const today = { nowMs: Date.parse('2025-03-10T17:00:00Z'), timeZone: 'America/Los_Angeles' };
    const pick = (answer: string, lang: 'en' | 'es' = 'en') => {
      const start = startScheduling(CALENDAR, lang);
      return schedulingStep(start.scheduling, answer, CALENDAR, lang, today).outcome;
    };
    it.each<[string, 'en' | 'es', string]>([
      ['tomorrow morning', 'en', 'Tue Mar 11, 10am'],
      ['tmrw works', 'en', 'Tue Mar 11, 10am'],
      ['the day after tomorrow', 'en', 'Wed Mar 12, 2pm'],
      ['mañana temprano', 'es', 'Tue Mar 11, 10am'],
      ['pasado mañana', 'es', 'Wed Mar 12, 2pm'],
    ])('%j (%s) picks %j', (answer, lang, slot) => {
      expect(pick(answer, lang)).toEqual({ type: 'confirmed', when: slot });
    });

    it('keeps Spanish "la mañana" the morning, not tomorrow', () => {
      expect(pick('el jueves por la mañana', 'es')).toBeUndefined();
      expect(pick('el miércoles en la tarde', 'es')).toEqual({ type: 'confirmed', when: 'Wed Mar 12, 2pm' });
    });

    it('picks nothing for a day no slot is on', () => {
      expect(pick('today')).toBeUndefined();
    });
  });

  it('falls back after two failed picks', () => {
    const { texts, outcome } = run(CALENDAR, ['hmm', 'none of those really']);
    expect(texts[1]).toContain('Reply 1, 2 or 3');
    expect(outcome).toEqual({ type: 'fallback' });
    expect(texts[2]).toBe("I'll have Jorge Salas's team reach out to lock in a time.");
  });
});

describe('a time said that no slot has exactly', () => {
  const HALF_PAST = { agentName: 'Jorge Salas', calendarSlots: ['Wed Mar 11, 8:15am', 'Fri Mar 13, 6:30pm'] };

  it.each<[string, 'en' | 'es', string]>([
    [
      'friday at 6',
      'en',
      "I don't have that exact time; the closest is 2) Fri Mar 13, 6:30pm. Does that work?",
    ],
    [
      'a las 6 de la tarde',
      'es',
      'No tengo esa hora exacta; lo más cercano es 2) Fri Mar 13, 6:30pm. ¿Te queda bien?',
    ],
    ['8 works', 'en', "I don't have that exact time; the closest is 1) Wed Mar 11, 8:15am. Does that work?"],
  ])('%s: the closest slot is offered back, not booked', (answer, lang, line) => {
    const { texts, outcome, state } = run(HALF_PAST, [answer], lang);
    expect(outcome).toBeUndefined();
    expect(texts[1]).toBe(line);
    expect(state.proposed).toBe(line.includes('6:30') ? 1 : 0);
  });

  it.each<[string, 'en' | 'es']>([
    ['yes that works', 'en'],
    ['ok', 'en'],
    ['sí, perfecto', 'es'],
    ['está bien', 'es'],
  ])('a yes to it books it (%s)', (yes, lang) => {
    const { outcome } = run(HALF_PAST, [lang === 'es' ? 'el viernes a las 6' : 'friday at 6', yes], lang);
    expect(outcome).toEqual({ type: 'confirmed', when: 'Fri Mar 13, 6:30pm' });
  });

  it('another pick after it is the pick; a no is asked again', () => {
    expect(run(HALF_PAST, ['friday at 6', 'no, the wednesday one']).outcome).toEqual({
      type: 'confirmed',
      when: 'Wed Mar 11, 8:15am',
    });
    const refused = run(HALF_PAST, ['friday at 6', 'no']);
    expect(refused.outcome?.type).not.toBe('confirmed');
  });

  it.each<[string, string]>([
    // (the time said with its minutes, before or after "a la", "around", "like")
    ['a la 6:30', 'Fri Mar 13, 6:30pm'],
    ['around 6:30 on friday', 'Fri Mar 13, 6:30pm'],
    ['like 8:15 wednesday', 'Wed Mar 11, 8:15am'],
    // (after a pick, an hour of the lead's own day narrows it: any minute of that hour)
    ['friday works, im home by 6', 'Fri Mar 13, 6:30pm'],
    ['el viernes, salgo como a las 6', 'Fri Mar 13, 6:30pm'],
  ])('%s books %s', (answer, when) => {
    expect(run(HALF_PAST, [answer]).outcome).toEqual({ type: 'confirmed', when });
  });

  it('a slot turned down at an hour is turned down at any minute of it', () => {
    expect(run(HALF_PAST, ['not at 6, the other one']).outcome).toEqual({
      type: 'confirmed',
      when: 'Wed Mar 11, 8:15am',
    });
  });
});

describe('scheduling without a calendar', () => {
  it('asks time of day, then day, then confirms', () => {
    const { texts, outcome } = run(NO_CALENDAR, ['afternoon', 'next tuesday', 'yes']);
    expect(texts).toEqual([
      'Would a quick call with Jorge Salas work best in the morning, afternoon or evening?',
      'Great. Which day works for you, this week or next?',
      'A call with Jorge Salas, next Tuesday afternoon. Should I lock that in?',
      "You're all set for next Tuesday afternoon. I'm connecting you with Jorge Salas's team; someone will join shortly.",
    ]);
    expect(outcome).toEqual({ type: 'confirmed', when: 'next Tuesday afternoon' });
  });

  it('takes day and time together, and confirms the exact time the lead named (issue 30: not "afternoon")', () => {
    expect(run(NO_CALENDAR, ['friday at 10am', 'sure']).outcome).toEqual({
      type: 'confirmed',
      when: 'Friday at 10:00am',
    });
    const { texts } = run(NO_CALENDAR, ['tomorrow at 3pm works']);
    expect(texts[1]).toBe('A call with Jorge Salas, tomorrow at 3:00pm. Should I lock that in?');
    expect(run(NO_CALENDAR, ['el viernes a las 4:30 pm', 'sí'], 'es').outcome).toEqual({
      type: 'confirmed',
      when: 'el viernes a las 4:30pm',
    });
    // A time of day alone is still a time of day; a later time of day replaces an exact time.
    expect(run(NO_CALENDAR, ['friday at 10am', 'actually evening', 'yes']).outcome).toEqual({
      type: 'confirmed',
      when: 'Friday evening',
    });
  });

  it('hands a high-value lead asking for a call to a person at once instead of holding the scheduling questions', () => {
    const c = conversation({ intent: 'sell' });
    for (const line of [
      '1234 Banyan St',
      'relocating for work',
      'yes 30 days works',
      'move in ready',
      'around 1.8M',
    ])
      c.say(line);
    expect(c.state.phase).toBe('scheduling');
    const played = c.say('can you call me?');
    expect(effectOf(played.effects, 'handoff')).toBeDefined();
    expect(effectOf(played.effects, 'hold_for_review')).toBeUndefined();
    expect(played.reply).toContain('someone will join shortly');
  });

  it('changes the plan at confirmation when the lead gives another time', () => {
    const { texts, outcome } = run(NO_CALENDAR, ['morning', 'monday', 'actually tuesday', 'yes']);
    expect(texts[3]).toBe('A call with Jorge Salas, Tuesday morning. Should I lock that in?');
    expect(outcome).toEqual({ type: 'confirmed', when: 'Tuesday morning' });
  });

  it.each<[string, string[]]>([['two failed picks', ['blue', 'purple']]])(
    'falls back on %s',
    (_name, answers) => {
      expect(run(NO_CALENDAR, answers).outcome).toEqual({ type: 'fallback' });
    },
  );

  it.each([
    ['no thanks, I prefer text'],
    ['no gracias mejor por aki x mensaje'],
    ["I'd rather not"],
    ['no'],
    // refused at confirmation, then again when the time of day is asked
    ['morning', 'monday', 'no', 'no'],
  ])('keeps to text when the call is turned down: %s', (...answers) => {
    const { texts, outcome } = run(NO_CALENDAR, answers);
    expect(outcome).toEqual({ type: 'declined' });
    expect(texts.at(-1)).toMatch(/keep it to text|seguimos por mensaje/);
  });

  it('speaks Spanish', () => {
    const { texts, outcome } = run(NO_CALENDAR, ['por la mañana', 'el jueves', 'sí'], 'es');
    expect(texts[0]).toContain('¿Una llamada rápida con Jorge Salas');
    expect(texts[2]).toBe('Una llamada con Jorge Salas, el jueves por la mañana. ¿La confirmo?');
    expect(outcome).toEqual({ type: 'confirmed', when: 'el jueves por la mañana' });
  });
});

describe('scheduling inside a conversation', () => {
  it('a hot seller picks a calendar slot and is handed off with the packet', () => {
    const c = conversation({ intent: 'sell' }, demoTenant({ calendarSlots: CALENDAR.calendarSlots }));
    c.say('123 Main St');
    c.say('new job in Seattle');
    c.say('yes');
    c.say('turnkey');
    const offer = c.say('$640,000');
    expect(offer.reply).toContain('Reply 1, 2 or 3');
    expect(effectOf(offer.effects, 'reply')?.rephrase).toBe(false);
    const booked = c.say('1');
    const packet = effectOf(booked.effects, 'handoff')!.packet;
    expect(packet.reason).toBe('call confirmed for Tue Mar 11, 10am');
    expect(packet.temperature).toBe('hot');
    expect(packet.offerType).toBe('listing');
    expect(c.state.phase).toBe('handoff');
  });

  it('"call me in the morning" while scheduling books the next morning (session 36), not an escalation', () => {
    const c = conversation({ intent: 'buy' });
    c.say('cash, 3 bed, 600k, asap, Etiwanda');
    const turn = c.say('call me in the morning');
    expect(turn.reply).toMatch(/^You're all set for this morning\./);
    expect(turn.effects.some((effect) => effect.type === 'call_booked')).toBe(true);
    expect(c.state.handoffReason).toMatch(/^call confirmed/);
  });

  it('"mornings" while scheduling is an answer: the day is asked next', () => {
    const c = conversation({ intent: 'buy' });
    c.say('cash, 3 bed, 600k, asap, Etiwanda');
    const turn = c.say('mornings');
    expect(turn.reply).toBe('Great. Which day works for you, this week or next?');
  });
});
