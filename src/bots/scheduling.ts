import type { SchedulingState } from './state.js';
import {
  clockTime,
  day,
  declinesCall,
  NO,
  partSaidAlone,
  resolveSlotPick,
  timeOfDay,
  YES,
  type Today,
} from './scheduling-parse.js';
import { CONTRAST_WORDS } from './lexicon/optout.js';
import { localParts } from '../time-zone.js';
import { tokenise } from './read/phrases.js';
import { expandShorthand, fold, TAKE_BACK_WORD, type Lang } from './text.js';

/** A confirmation that changes the time it confirms: "right, but friday instead", "sí, pero mejor el lunes". */
const CHANGING: ReadonlySet<string> = new Set([...CONTRAST_WORDS, 'instead', 'mejor', 'rather']);
const changes = (folded: string): boolean => tokenise(folded).some((token) => CHANGING.has(token.word));

/** DOMAIN.md section 4.4: calendar slots ("Reply 1, 2 or 3"), else time of day, then day, then confirm. */

export interface SchedulingTenant {
  agentName: string;
  calendarSlots: readonly string[];
}

export type SchedulingOutcome =
  | { type: 'confirmed'; when: string }
  | { type: 'fallback' }
  /** The lead turned the call down ("no thanks, I prefer text"): no call, no hand-off; the bot stays on text. */
  | { type: 'declined' };

export interface SchedulingTurn {
  scheduling: SchedulingState;
  text: string;
  /** The wording is fixed (the slot list, the fallback): no rephrasing. */
  fixed: boolean;
  outcome?: SchedulingOutcome;
}

function slotList(slots: readonly string[], lang: Lang): string {
  const numbers = slots.map((_, i) => String(i + 1));
  const joiner = lang === 'es' ? ' o ' : ' or ';
  const reply = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')}${joiner}${numbers.at(-1)}` : '1';
  const options = slots.map((slot, i) => `${i + 1}) ${slot}`).join(', ');
  return lang === 'es' ? `Responde ${reply}: ${options}` : `Reply ${reply}: ${options}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function ask(
  stage: SchedulingState['stage'],
  state: SchedulingState,
  tenant: SchedulingTenant,
  lang: Lang,
  retry: boolean,
): string {
  const es = lang === 'es';
  const agent = tenant.agentName;
  switch (stage) {
    case 'slot':
      return retry
        ? `${es ? 'Perdón, no lo capté. ¿Cuál te queda mejor?' : 'Sorry, I missed that. Which one works best?'} ${slotList(tenant.calendarSlots, lang)}`
        : `${es ? `Agendemos una llamada rápida con ${agent}. ¿Cuál te funciona?` : `Let's set up a quick call with ${agent}. Which works best?`} ${slotList(tenant.calendarSlots, lang)}`;
    case 'time_of_day':
      // "el martes": the day said back with the question of the time of day.
      if (state.day !== undefined)
        return es
          ? `${capitalised(state.day)}, ¿en la mañana, la tarde o la noche?`
          : `${capitalised(state.day)}, morning, afternoon or evening?`;
      if (retry)
        return es
          ? '¿Te queda mejor en la mañana, la tarde o la noche?'
          : 'Does morning, afternoon or evening suit you best?';
      return es
        ? `¿Una llamada rápida con ${agent} te funcionaría mejor en la mañana, la tarde o la noche?`
        : `Would a quick call with ${agent} work best in the morning, afternoon or evening?`;
    case 'day':
      if (retry)
        return es ? '¿Qué día de la semana te funciona mejor?' : 'Which day of the week works best for you?';
      return es
        ? 'Perfecto. ¿Qué día te funciona, esta semana o la próxima?'
        : 'Great. Which day works for you, this week or next?';
    case 'confirm':
      return es
        ? `Una llamada con ${agent}, ${when(state, lang)}. ¿La confirmo?`
        : `A call with ${agent}, ${when(state, lang)}. Should I lock that in?`;
  }
}

function when(state: SchedulingState, lang: Lang): string {
  if (state.time) return `${state.day ?? ''} ${lang === 'es' ? 'a las' : 'at'} ${state.time}`.trim();
  const tod = state.timeOfDay ?? 'any time';
  if (lang === 'es') {
    const part =
      { morning: 'por la mañana', afternoon: 'por la tarde', evening: 'por la noche' }[tod] ??
      'a cualquier hora';
    return `${state.day ?? ''} ${part}`.trim();
  }
  if (state.day === 'today' && tod !== 'any time') return tod === 'evening' ? 'tonight' : `this ${tod}`;
  return tod === 'any time' ? `${state.day ?? ''}, any time`.trim() : `${state.day ?? ''} ${tod}`.trim();
}

/** Several offered slots fit the answer ("thursday works" with two Thursday times): name them and ask again. */
function ambiguousLine(indexes: number[], slots: readonly string[], lang: Lang): string {
  const options = indexes.map((index) => `${index + 1}) ${slots[index]}`);
  const joined =
    options.length > 1
      ? `${options.slice(0, -1).join(', ')}${lang === 'es' ? ' o ' : ' or '}${options.at(-1)}`
      : options[0];
  return lang === 'es'
    ? `Para estar seguro, ¿cuál prefieres: ${joined}?`
    : `Just to be sure, which one: ${joined}?`;
}

/** No slot at the time the lead said, one close to it ("a las 6" with a 6:30 slot): offered back, not booked. */
function nearLine(index: number, slots: readonly string[], lang: Lang): string {
  const option = `${index + 1}) ${slots[index]}`;
  return lang === 'es'
    ? `No tengo esa hora exacta; lo más cercano es ${option}. ¿Te queda bien?`
    : `I don't have that exact time; the closest is ${option}. Does that work?`;
}

export function fallbackLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Le pediré al equipo de ${agentName} que te contacte para fijar un horario.`
    : `I'll have ${agentName}'s team reach out to lock in a time.`;
}

/** A call turned down: the conversation stays on text, and the team follows up there. */
export function declinedLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Sin problema, seguimos por mensaje. El equipo de ${agentName} te dará seguimiento por aquí.`
    : `No problem, we'll keep it to text. ${agentName}'s team will follow up here.`;
}

export function confirmedLine(lang: Lang, agentName: string, slot: string): string {
  return lang === 'es'
    ? `Listo, quedó para ${slot}. Te conecto con el equipo de ${agentName}; alguien se unirá en breve.`
    : `You're all set for ${slot}. I'm connecting you with ${agentName}'s team; someone will join shortly.`;
}

/** The question of the current scheduling stage, as first asked (for re-asks after a side question). */
export function schedulingPrompt(state: SchedulingState, tenant: SchedulingTenant, lang: Lang): string {
  return ask(state.stage, state, tenant, lang, false);
}

/**
 * Offers the call: the tenant's slots, or the time of day first; a part of the day the lead said on its own in the
 * message that brings the offer ("evenings. it's Tyler, 909-555-0109") is taken, and the day is asked next.
 */
export function startScheduling(tenant: SchedulingTenant, lang: Lang, said = ''): SchedulingTurn {
  const scheduling: SchedulingState = {
    stage: tenant.calendarSlots.length > 0 ? 'slot' : 'time_of_day',
    failures: 0,
  };
  const part = scheduling.stage === 'time_of_day' ? partSaidAlone(fold(said)) : undefined;
  if (part) {
    scheduling.timeOfDay = part;
    scheduling.stage = stageFor(scheduling);
  }
  return {
    scheduling,
    text: ask(scheduling.stage, scheduling, tenant, lang, false),
    fixed: scheduling.stage === 'slot',
  };
}

/** "mañana" alone, answering the time of day ("¿en la mañana, la tarde o la noche?"): the morning. */
const MANANA_ALONE = /^\s*(?:en la |por la |la )?manana\s*[.!]*\s*$/;

/**
 * One lead answer while a call is being set up. `requested`: the lead asks for the call itself ("can Jorge give us a
 * ring tomorrow morning?"); with a day and a time of day known it is confirmed at once, not asked again.
 */
export function schedulingStep(
  state: SchedulingState,
  text: string,
  tenant: SchedulingTenant,
  lang: Lang,
  today?: Today,
  { aside = false, requested = false }: { aside?: boolean; requested?: boolean } = {},
): SchedulingTurn {
  const folded = expandShorthand(fold(text));
  const fallback = (): SchedulingTurn => ({
    scheduling: state,
    text: fallbackLine(lang, tenant.agentName),
    fixed: true,
    outcome: { type: 'fallback' },
  });
  const declined = (): SchedulingTurn => ({
    scheduling: state,
    text: declinedLine(lang, tenant.agentName),
    fixed: true,
    outcome: { type: 'declined' },
  });
  // "not now, call me thursday": a decline that picks a time is the pick.
  if (declinesCall(folded) && !day(folded, lang) && !timeOfDay(folded) && !clockTime(folded))
    return declined();
  const next: SchedulingState = { ...state };
  // A message about something else (`aside`: facts, the lead's own question) is no failed pick: asked again.
  const fail = (): SchedulingTurn => {
    if (!aside) next.failures += 1;
    if (next.failures >= 2) return { ...fallback(), scheduling: next };
    return {
      scheduling: next,
      text: ask(next.stage, next, tenant, lang, true),
      fixed: next.stage === 'slot',
    };
  };
  if (state.stage === 'slot') {
    delete next.proposed;
    const said = resolveSlotPick(folded, tenant.calendarSlots, today);
    // "sí, esa": the slot offered back as the closest to the time said is taken with a yes.
    const pick =
      !said && state.proposed !== undefined && YES.test(folded) && !NO.test(folded)
        ? { index: state.proposed }
        : said;
    if (pick && 'ambiguous' in pick) {
      const failed = fail();
      if (failed.outcome) return failed;
      return { ...failed, text: ambiguousLine(pick.ambiguous, tenant.calendarSlots, lang) };
    }
    if (pick && 'near' in pick) {
      next.proposed = pick.near;
      const failed = fail();
      if (failed.outcome) return failed;
      return { ...failed, text: nearLine(pick.near, tenant.calendarSlots, lang) };
    }
    const slot = pick ? tenant.calendarSlots[pick.index] : undefined;
    // "can Jorge just give me a call?": a call asked for with no slot picked is left to the team (hand-off).
    if (!slot && requested) return fallback();
    if (!slot) return fail();
    return {
      scheduling: next,
      text: confirmedLine(lang, tenant.agentName, slot),
      fixed: false,
      outcome: { type: 'confirmed', when: slot },
    };
  }
  if (state.stage === 'confirm') {
    const yes = YES.test(folded);
    const tod = timeOfDay(folded);
    const d = day(folded, lang);
    if (yes && !tod && !d) return confirmed(next, tenant, lang);
    if (tod || d) {
      if (tod) next.timeOfDay = tod;
      const time = clockTime(folded);
      if (time) next.time = time;
      else if (tod) delete next.time;
      if (d) next.day = d;
      // "yes, thursday at 7 works" confirms; "right, but can we do friday instead" changes it and is asked again.
      if (requested || (yes && !changes(folded))) return confirmed(next, tenant, lang);
      return { scheduling: next, text: ask('confirm', next, tenant, lang, false), fixed: false };
    }
    // ("we would want to close in 45 days or so": a fact given meanwhile keeps the time picked, asked again)
    if (aside) return fail();
    next.stage = 'time_of_day';
    delete next.timeOfDay;
    delete next.time;
    delete next.day;
    return fail();
  }
  // "mañana" alone, asked "¿en la mañana, la tarde o la noche?", is the morning (elsewhere, tomorrow).
  const morning = state.stage === 'time_of_day' && MANANA_ALONE.test(folded);
  const { timeOfDay: tod, day: d } = morning ? noteWhen(next, 'morning', lang) : noteWhen(next, folded, lang);
  // "¿me puedes echar una llamadita?", "can Jorge give me a call?": a call asked for with no time is left to the team.
  if (requested && !tod && !d && !next.day) return fallback();
  if (state.stage === 'time_of_day' && !tod && !d) {
    // "no wait, 900 is what zillow says...": a no that takes back a fact is no decline of the call.
    if (NO.test(folded) && !TAKE_BACK_WORD.test(folded)) return declined();
    return fail();
  }
  if (state.stage === 'day' && !d && !requested) return fail();
  // "can Jorge call me after 6?": a call asked for with a time and no day is for the next such time, today or
  // tomorrow.
  if (requested && next.timeOfDay && !next.day && today) next.day = nextDayOf(next.timeOfDay, today, lang);
  next.stage = stageFor(next);
  // ...and one asked for with a day and no time ("¿me puede llamar jorge el jueves?") is for that day, any time.
  if (requested && (next.stage === 'confirm' || next.day !== undefined)) return confirmed(next, tenant, lang);
  return { scheduling: next, text: ask(next.stage, next, tenant, lang, false), fixed: false };
}

/** Today while the part of the day asked for is still ahead where the lead is, otherwise tomorrow. */
function nextDayOf(timeOfDay: string, today: Today, lang: Lang): string {
  const hour = localParts(today.nowMs, today.timeZone).hour;
  const ends = { morning: 12, afternoon: 17, evening: 21 }[timeOfDay] ?? 21;
  if (hour < ends) return lang === 'es' ? 'hoy' : 'today';
  return lang === 'es' ? 'mañana' : 'tomorrow';
}

/** The call confirmed for the day and time of day the lead gave. */
function confirmed(next: SchedulingState, tenant: SchedulingTenant, lang: Lang): SchedulingTurn {
  const slot = when(next, lang);
  return {
    scheduling: next,
    text: confirmedLine(lang, tenant.agentName, slot),
    fixed: false,
    outcome: { type: 'confirmed', when: slot },
  };
}

/**
 * What a message says of when ("tomorrow around 5:30", "el martes en la tarde"), written into the scheduling state:
 * the time of day, the exact time said back in the confirmation, the day. Returns what it found.
 */
export function noteWhen(
  next: SchedulingState,
  folded: string,
  lang: Lang,
): { timeOfDay?: string; time?: string; day?: string } {
  const found = { timeOfDay: timeOfDay(folded), time: clockTime(folded), day: day(folded, lang) };
  if (found.timeOfDay) next.timeOfDay = found.timeOfDay;
  if (found.time) next.time = found.time;
  if (found.day) next.day = found.day;
  return found;
}

/** The stage that asks for what is still missing: the time of day, then the day, then the confirmation. */
export function stageFor(next: SchedulingState): SchedulingState['stage'] {
  return next.timeOfDay === undefined ? 'time_of_day' : next.day === undefined ? 'day' : 'confirm';
}
