import { localParts } from '../time-zone.js';
import { fold, PLAIN_NUMBER_WORDS, type Lang } from './text.js';
import { APPOINTMENT_WORDS } from './lexicon/time.js';
import { anyOf } from './read/words.js';

/** Parsing of scheduling answers: slot picks, time of day, day, yes/no, declines (English and Spanish). */

export const WEEKDAYS: [RegExp, string, string][] = [
  [/\b(monday|mon|lunes)\b/, 'Monday', 'lunes'],
  [/\b(tuesday|tues|tue|martes)\b/, 'Tuesday', 'martes'],
  [/\b(wednesday|wed|miercoles)\b/, 'Wednesday', 'miércoles'],
  [/\b(thursday|thurs|thu|jueves)\b/, 'Thursday', 'jueves'],
  [/\b(friday|fri|viernes)\b/, 'Friday', 'viernes'],
  [/\b(saturday|sat|sabado)\b/, 'Saturday', 'sábado'],
  [/\b(sunday|sun|domingo)\b/, 'Sunday', 'domingo'],
];
export const DECLINE =
  /\b(no thanks|no thank you|not now|don't want a call|dont want a call|no calls?|rather (text|not)|prefer (to )?text|not interested in a call|no gracias|ahora no|prefiero (texto|mensajes)|no quiero (una )?llamada)\b/;
export const YES =
  /^\s*(yes|yeah|yep|yup|sure|ok|okay|perfect|sounds good|that works|works|great|do it|lock it in|please do|si|claro|perfecto|dale|esta bien|me funciona)\b/;
export const NO = /^\s*(no|nope|nah|not really|actually no)\b/;

export function timeOfDay(folded: string): string | undefined {
  if (/\b(morning|mornings|la manana|las mananas|de manana|mananita|temprano)\b/.test(folded))
    return 'morning';
  if (/\b(afternoon|afternoons|lunch|noon|midday|mediodia|por la tarde|en la tarde)\b/.test(folded))
    return 'afternoon';
  if (/\b(evening|evenings|night|after work|por la noche|en la noche|noche)\b/.test(folded)) return 'evening';
  if (/\b(any ?time|whenever|cualquier hora|a cualquier hora)\b/.test(folded)) return 'any time';
  const clock = /\b(\d{1,2})(:\d{2})?\s*(am|pm)\b/.exec(folded);
  if (clock) {
    const hour = (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0);
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }
  // "at 4", "a las 6": business hours, so 8 to 11 is the morning and 12 to 7 the afternoon or evening.
  const at = /\b(?:at|around|a las|tipo|como a las) (\d{1,2})(?::\d{2})?\b/.exec(folded);
  if (at) {
    const raw = Number(at[1]);
    const hour = raw >= 8 && raw <= 11 ? raw : raw === 12 ? 12 : (raw % 12) + 12;
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }
  return undefined;
}

/**
 * The exact time a lead names ("tomorrow at 3pm", "3:30 pm", "a las 4"), written back as "3:00pm"; business hours
 * decide am or pm when none is said (8 to 11 the morning, 12 to 7 the afternoon or evening).
 */
export function clockTime(folded: string): string | undefined {
  const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\W|$)/.exec(folded);
  const at = clock
    ? undefined
    : /\b(?:at|around|a las|tipo|como a las) (\d{1,2})(?::(\d{2}))?\b/.exec(folded);
  const match = clock ?? at;
  if (!match) return undefined;
  const raw = Number(match[1]);
  if (raw < 1 || raw > 12) return undefined;
  const minutes = match[2] ?? '00';
  const pm = clock ? clock[3]!.startsWith('p') : !(raw >= 8 && raw <= 11);
  return `${raw}:${minutes}${pm ? 'pm' : 'am'}`;
}

export function day(folded: string, lang: Lang): string | undefined {
  for (const [pattern, en, es] of WEEKDAYS) {
    if (pattern.test(folded)) {
      const next = /\b(next|proximo)\b/.test(folded);
      if (lang === 'es') return next ? `el próximo ${es}` : `el ${es}`;
      return next ? `next ${en}` : en;
    }
  }
  if (/\btoday\b|\bhoy\b/.test(folded)) return lang === 'es' ? 'hoy' : 'today';
  if (/\b(?:pasado manana|day after tomorrow)\b/.test(folded))
    return lang === 'es' ? 'pasado mañana' : 'the day after tomorrow';
  // "mañana no, en la tarde": tomorrow turned down.
  if (/\btomorrow\b|^\s*manana\b(?![\s,]*no\b)|\bmanana (por|en)\b/.test(folded))
    return lang === 'es' ? 'mañana' : 'tomorrow';
  if (/\b(any ?day|whenever|cualquier dia)\b/.test(folded))
    return lang === 'es' ? 'cualquier día' : 'any day';
  return undefined;
}

interface SlotFacts {
  weekday?: number;
  /** Day of the month ("Thu Mar 12" is 12). */
  date?: number;
  /** 0 to 23 */
  hour?: number;
  minute?: number;
}

function slotFacts(slot: string): SlotFacts {
  const folded = fold(slot);
  const facts: SlotFacts = {};
  const weekday = WEEKDAYS.findIndex(([pattern]) => pattern.test(folded));
  if (weekday >= 0) facts.weekday = weekday;
  const date =
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.? (\d{1,2})\b/.exec(folded);
  if (date) facts.date = Number(date[1]);
  const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)/.exec(folded);
  if (clock) {
    const pm = clock[3]?.startsWith('p');
    facts.hour = (Number(clock[1]) % 12) + (pm ? 12 : 0);
    facts.minute = Number(clock[2] ?? 0);
  }
  return facts;
}

/**
 * Whether a slot's hour is in a part of the day the lead named. The parts overlap at their edges, as people say
 * them: 5 or 6 pm is "in the afternoon" as often as "in the evening" ("el miércoles en la tarde, a las 6").
 */
function inPart(part: string, hour: number, edges: boolean): boolean {
  if (part === 'morning') return hour < 12;
  if (part === 'afternoon') return hour >= 12 && hour < (edges ? 19 : 17);
  return hour >= 17;
}

/** Clock hours said as words after "at" / "a las" ("a las cinco", "at four", "a la una"). */
const HOUR_WORD = new RegExp(
  `\\b(at|around|a las|a la|tipo a las|como a las) (${Object.keys(PLAIN_NUMBER_WORDS)
    .filter((word) => PLAIN_NUMBER_WORDS[word]! >= 1 && PLAIN_NUMBER_WORDS[word]! <= 12)
    .join('|')})\\b`,
  'g',
);
/** The hour of HOUR_WORD, as digits the time reader reads ("at once" is not eleven o'clock). */
const hourInDigits = (said: string, at: string, word: string) =>
  word === 'once' && (at === 'at' || at === 'around') ? said : `${at} ${PLAIN_NUMBER_WORDS[word]}`;

const ORDINAL_WORDS: [RegExp, (count: number) => number | undefined][] = [
  [/\b(first|1st|primer[oa]?|la primera|el primero)\b/, () => 0],
  [/\b(second|2nd|segund[oa])\b/, () => 1],
  [/\b(third|3rd|tercer[oa]?)\b/, () => 2],
  [/\b(last|final|ultim[oa])\b/, (count) => count - 1],
  [
    /\b(middle|en medio|de en medio|del medio|de enmedio)\b/,
    (count) => (count % 2 === 1 ? (count - 1) / 2 : undefined),
  ],
  [/\b(option|number|numero|opcion|#) ?(one|uno|1)\b/, () => 0],
  [/\b(option|number|numero|opcion|#) ?(two|dos|2)\b/, () => 1],
  [/\b(option|number|numero|opcion|#) ?(three|tres|3)\b/, () => 2],
];
/** A number word alone is a slot number ("two"), unless it follows a time ("the 9:30 one"). */
const BARE_NUMBER_WORDS: [RegExp, number][] = [
  [/^\s*(one|uno)\s*[.!]*\s*$/, 0],
  [/^\s*(two|dos)\s*[.!]*\s*$/, 1],
  [/^\s*(three|tres)\s*[.!]*\s*$/, 2],
];
/** A day of the month: "the 12th", "on the 13th", "el 13" (Spanish; "a las 13" is a time). */
const DATE_OF_MONTH =
  /\b(?:on |for )?(?:the )?(\d{1,2})(?:st|nd|rd|th)\b|\b(?:el|dia) (\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|:|o'?clock|oclock|de la|hrs?\b|h\b))/g;

export type SlotPick = { index: number } | { ambiguous: number[] } | undefined;

/** The day a lead's answer is read against: now, in the tenant's time zone. */
export interface Today {
  nowMs: number;
  timeZone: string;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "tomorrow morning", "mañana temprano", "today at 4", "pasado mañana": a relative day becomes its weekday, which
 * the offered slots name. Spanish "mañana" is tomorrow unless it is the morning ("por la mañana", "en la mañana").
 */
export function relativeDaysAsWeekdays(folded: string, today: Today): string {
  const { year, month, day } = localParts(today.nowMs, today.timeZone);
  const weekday = (ahead: number) =>
    WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day + ahead)).getUTCDay()]!;
  return folded
    .replace(/\b((the )?day after tomorrow|pasado manana)\b/g, () => weekday(2))
    .replace(/\b(tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)\b/g, () => weekday(1))
    .replace(
      /(^|[^a-z])(?<!\b(la|de|por la|en la|de la|esta|cada|toda la) )manana\b/g,
      (_m, lead: string) => `${lead}${weekday(1)}`,
    )
    .replace(/\b(today|tonight|hoy|esta noche|esta tarde)\b/g, (match) =>
      /tonight|noche/.test(match)
        ? `${weekday(0)} evening`
        : /tarde/.test(match)
          ? `${weekday(0)} afternoon`
          : weekday(0),
    );
}

interface Constraints {
  picks: Set<number>;
  weekdays: Set<number>;
  dates: Set<number>;
  times: { hour: number; minute?: number; meridiem?: 'am' | 'pm' }[];
  parts: Set<string>;
}

function constraintsOf(segment: string, count: number, offeredDates: ReadonlySet<number>): Constraints {
  const found: Constraints = {
    picks: new Set(),
    weekdays: new Set(),
    dates: new Set(),
    times: [],
    parts: new Set(),
  };
  segment = segment.replace(HOUR_WORD, hourInDigits);
  let rest = segment;
  // Days of the month first, only those of the offered slots ("the 12th" is Thursday the 12th's slot).
  for (const match of segment.matchAll(DATE_OF_MONTH)) {
    const date = Number(match[1] ?? match[2]);
    if (!offeredDates.has(date)) continue;
    found.dates.add(date);
    rest = rest.replace(match[0], ' ');
  }
  // Clock times first ("6:30", "4pm", "4 o'clock", "at 4", "las 6"), so their digits are not read as picks.
  const TIME =
    /\b(?:at |a las |las |la de las |el de las |the )?(\d{1,2})(?:[:.](\d{2}))\s*(am|pm|a\.m\.?|p\.m\.?)?|\b(\d{1,2})\s*(am|pm|a\.m\.?|p\.m\.?|o'?clock|oclock)\b|\b(?:at|a las|a la|las|around|like) (\d{1,2})\b|\bthe (\d{1,2})\b(?!\s*(st|nd|rd|th|o'?clock|oclock|am|pm|a\.m|p\.m|:)\b)/g;
  for (const match of rest.matchAll(TIME)) {
    const hour = Number(match[1] ?? match[4] ?? match[6] ?? match[7]);
    if (match[7] !== undefined && Number(match[7]) <= count) continue;
    const minute = match[2] !== undefined ? Number(match[2]) : undefined;
    const marker = match[3] ?? match[5];
    const meridiem = marker?.startsWith('a') ? 'am' : marker?.startsWith('p') ? 'pm' : undefined;
    if (hour < 1 || hour > 23) continue;
    found.times.push({
      hour,
      ...(minute !== undefined ? { minute } : {}),
      ...(meridiem ? { meridiem } : {}),
    });
    rest = rest.replace(match[0], ' ');
  }
  for (const match of rest.matchAll(/(?:^|[\s#(])([1-9]|1[0-2])(?=$|[\s.!?),])/g)) {
    const index = Number(match[1]) - 1;
    // A number that is not a slot number is a clock hour ("9" for the 9:00am slot).
    if (index < count) found.picks.add(index);
    else found.times.push({ hour: Number(match[1]) });
  }
  for (const [pattern, index] of ORDINAL_WORDS) {
    if (!pattern.test(rest)) continue;
    const value = index(count);
    if (value !== undefined && value >= 0 && value < count) found.picks.add(value);
  }
  if (found.times.length === 0 && found.dates.size === 0)
    for (const [pattern, value] of BARE_NUMBER_WORDS)
      if (pattern.test(rest) && value < count) found.picks.add(value);
  WEEKDAYS.forEach(([pattern], index) => {
    if (pattern.test(rest)) found.weekdays.add(index);
  });
  // WEEKDAYS runs Monday (0) to Sunday (6).
  if (/\b(weekdays?|week days?|entre semana|dias de semana)\b/.test(rest))
    [0, 1, 2, 3, 4].forEach((d) => found.weekdays.add(d));
  if (/\b(weekends?|fin de semana|fines de semana)\b/.test(rest))
    [5, 6].forEach((d) => found.weekdays.add(d));
  if (/\b(morning|mornings|early|temprano|manana temprano|la manana|las mananas|mananita|am)\b/.test(rest))
    found.parts.add('morning');
  if (/\b(afternoon|afternoons|por la tarde|en la tarde|after lunch)\b/.test(rest))
    found.parts.add('afternoon');
  if (/\b(evening|evenings|night|tonight|por la noche|en la noche|after work)\b/.test(rest))
    found.parts.add('evening');
  return found;
}

function isEmpty(c: Constraints): boolean {
  return (
    c.picks.size === 0 &&
    c.weekdays.size === 0 &&
    c.dates.size === 0 &&
    c.times.length === 0 &&
    c.parts.size === 0
  );
}

function matches(c: Constraints, facts: SlotFacts, index: number, edges: boolean): boolean {
  if (c.picks.size > 0 && !c.picks.has(index)) return false;
  if (c.weekdays.size > 0 && (facts.weekday === undefined || !c.weekdays.has(facts.weekday))) return false;
  if (c.dates.size > 0 && (facts.date === undefined || !c.dates.has(facts.date))) return false;
  if (c.times.length > 0) {
    if (facts.hour === undefined) return false;
    const hour = facts.hour;
    const ok = c.times.some((time) => {
      const candidates =
        time.meridiem === 'pm'
          ? [(time.hour % 12) + 12]
          : time.meridiem === 'am'
            ? [time.hour % 12]
            : [time.hour, (time.hour % 12) + 12];
      return candidates.includes(hour) && (time.minute === undefined || time.minute === (facts.minute ?? 0));
    });
    if (!ok) return false;
  }
  if (
    c.parts.size > 0 &&
    (facts.hour === undefined || ![...c.parts].some((part) => inPart(part, facts.hour!, edges)))
  )
    return false;
  return true;
}

/**
 * A part of the answer that says when the lead cannot: "weekdays im at work", "el jueves trabajo", "weekends are busy
 * for us", "entre semana se me complica". Not "i work from home" or "salgo del trabajo a las 12" (free after it).
 */
const APPOINTMENTS = anyOf(APPOINTMENT_WORDS);
const UNAVAILABLE = new RegExp(
  `\\b(i'?m at work|im at work|we'?re at work|at work|(i|we)( both| all)? work(?! from home)|i'?m working|busy|can'?t(?! wait)|cannot(?! wait)|can'?t wait (till|til|until)|won'?t work|doesn'?t work|don'?t work|dont work|(is|are) (tough|hard|bad|difficult|rough)|out of town|away|no (puedo|podemos)|(?<!\\b(?:del|al|de|mi|el|su) )trabajo(?! desde casa)|trabajamos|estoy trabajando|estoy ocupad[oa]|estamos ocupad[oa]s|no (me|nos) (queda|funciona|sirve)|se (me|nos) complica|fuera de la ciudad|((i|we) (have|got|has)|tengo|tenemos) (a |an |my |our |the |una? |mi |la |el )?([\\w']+ ){0,2}(${APPOINTMENTS}))\\b`,
);
/** A part named and taken off after it: "el miércoles no", "el viernes tampoco", "thursday's out". */
const TAKEN_OFF = /\b(no|not|nope|tampoco|either|neither|is out|'s out|are out)\s*$/;
/** The start of a fallback pick: "if not friday", "si no el viernes", "otherwise the 3rd". */
const FALLBACK = /^\s*(if not|if no|si no|otherwise|or else|de lo contrario)\b\s*/;
/** Where an answer turns from one part to the next: "saturday at 11 since i work weekdays", "trabajo los sábados así que el jueves". */
const REASON_BREAK = /\s*\b(?:so|since|because|bc|cuz|coz|if(?! not\b)|porque|asi que|ya que|pues)\b\s*/;

/**
 * Resolves a lead's answer to exactly one of the offered slots: a digit, an ordinal ("the middle one", "2nd",
 * "la última"), a weekday, a clock time ("the 6:30", "4 o'clock"), a part of the day, or several of these together
 * ("friday morning"). A negated part ("not the first one") excludes. Several candidates are ambiguous (the bot asks
 * again, naming them); none is no pick.
 */
export function resolveSlotPick(answer: string, slots: readonly string[], today?: Today): SlotPick {
  // A part of the day first in its usual hours ("thursday afternoon": the 4 pm slot, not the 6:30 one), then with
  // its edges ("el miércoles en la tarde, a las 6" is the 6 pm slot).
  const usual = resolveWith(answer, slots, false, today);
  if (usual && 'index' in usual) return usual;
  return resolveWith(answer, slots, true, today) ?? usual;
}

/**
 * Every slot but one: "cualquiera menos el jueves", "any but the first", "all except thursday", "salvo el sábado" (a
 * bare "menos" is a clock's "4 menos cuarto"). Read as the one taken off: no pick unless one slot is left.
 */
const ALL_BUT =
  /(?:\b(?:any|anything|anytime|any one|any of them|whichever|all|cualquiera|cualquier dia|todos|todas)\s+(?:but|menos)\b|\b(?:but not|except(?: for)?|other than|excepto|salvo)\b)/g;
/** "either of the first two", "any of the last 2", "los primeros dos": two slots named together, so no single pick. */
const FIRST_TWO = /\b(?:first (?:two|2)|(?:primer[oa]s|2 primer[oa]s) (?:dos|2)|(?:dos|2) primer[oa]s)\b/g;
const LAST_TWO = /\b(?:last (?:two|2)|(?:ultim[oa]s) (?:dos|2)|(?:dos|2) ultim[oa]s)\b/g;

function resolveWith(answer: string, slots: readonly string[], edges: boolean, today?: Today): SlotPick {
  if (slots.length === 0) return undefined;
  const folded = (today ? relativeDaysAsWeekdays(answer, today) : answer)
    .replace(ALL_BUT, ', not ')
    .replace(FIRST_TWO, '1 or 2')
    .replace(LAST_TWO, `${slots.length - 1} or ${slots.length}`);
  if (/\b(none|neither|ninguno|ninguna|no (one|time) works|nothing works)\b/.test(folded)) return undefined;
  const facts = slots.map(slotFacts);
  const offeredDates = new Set(facts.flatMap((fact) => (fact.date === undefined ? [] : [fact.date])));
  // "3 works but 2 would be better", "the first one. actually no the 3rd": what follows a contrast or a correction
  // replaces what came before it. Right after a correction, "no" takes back the earlier pick ("actually no, the
  // 3rd"), it does not negate the pick that follows it.
  const clauses = folded
    .split(
      /\s*(?:\bbut\b|\bpero\b|\binstead\b|\bactually\b|\bmejor\b|(?<!\b(?:can'?t|cannot) )\bwait\b|\bi mean\b|\bscratch that\b|\bon second thought\b|\bchange (?:it|that) to\b|\bmake (?:it|that)\b|\bperdon\b|\bdigo\b|\bo sea\b)\s*/,
    )
    .filter(Boolean)
    .map((clause, index) =>
      index === 0
        ? clause
        : clause.replace(
            /^[\s,.!]*(no|nope|nah|no no)[\s,.!]+(?=(the|la|el|lo|let'?s|lets|do|make|#?\d|first|second|third|last|middle|primer|segund|tercer|ultim|mejor|mon|tue|wed|thu|fri|sat|sun|lunes|martes|miercoles|jueves|viernes|sabado|domingo|morning|afternoon|evening|tomorrow)\w*\b)/,
            '',
          ),
    );
  const all = slots.map((_, index) => index);
  let candidates = all;
  let positive = false;
  let excluded: number[] = [];
  for (const clause of clauses) {
    let clauseCandidates = all.filter((index) => !excluded.includes(index));
    // "the 2nd one but at 5 instead", "thursday, actually at 6": a time alone after a pick keeps the picked day
    // (another day's 5 o'clock slot is not what was asked for; none on that day is no pick).
    if (positive && timeOnly(clause, slots.length, offeredDates)) {
      const pickedDays = new Set(candidates.map((index) => facts[index]!.weekday));
      clauseCandidates = clauseCandidates.filter((index) => pickedDays.has(facts[index]!.weekday));
    }
    let clausePositive = false;
    for (const segment of clause
      .split(/\s*[,;…]\s*|[.!?]+(?:\s+|$)/)
      .flatMap((part) => part.split(REASON_BREAK))
      .filter(Boolean)) {
      // "thursday if it's still open, if not friday": a fallback does not narrow a choice made before it; when that
      // choice matched no slot ("today works? if not the wednesday 2pm"), the fallback is the choice.
      if (clausePositive && FALLBACK.test(segment)) {
        if (clauseCandidates.length > 0) continue;
        clauseCandidates = all.filter((index) => !excluded.includes(index));
      }
      const negative =
        /^(not|no|ni|nope)\b/.test(segment.trim()) || TAKEN_OFF.test(segment) || UNAVAILABLE.test(segment);
      const constraint = constraintsOf(segment.replace(FALLBACK, ''), slots.length, offeredDates);
      if (isEmpty(constraint)) continue;
      const hit = clauseCandidates.filter((index) => matches(constraint, facts[index]!, index, edges));
      if (negative) {
        excluded = [...excluded, ...hit];
        clauseCandidates = clauseCandidates.filter((index) => !hit.includes(index));
      } else {
        clausePositive = true;
        clauseCandidates = hit;
      }
    }
    if (clausePositive) {
      positive = true;
      candidates = clauseCandidates;
    } else {
      candidates = candidates.filter((index) => !excluded.includes(index));
    }
  }
  if (!positive && candidates.length === slots.length) return undefined;
  if (candidates.length === 1) return { index: candidates[0]! };
  if (candidates.length > 1) return { ambiguous: candidates };
  return undefined;
}

/** The clause names a time or a part of the day, and no slot number, weekday or date. */
function timeOnly(clause: string, count: number, offeredDates: ReadonlySet<number>): boolean {
  const constraints = clause
    .split(/\s*[,;]\s*/)
    .filter(Boolean)
    .map((segment) => constraintsOf(segment, count, offeredDates));
  return (
    constraints.every((c) => c.picks.size === 0 && c.weekdays.size === 0 && c.dates.size === 0) &&
    constraints.some((c) => c.times.length > 0 || c.parts.size > 0)
  );
}
