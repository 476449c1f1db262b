import * as chrono from 'chrono-node';
import { TAKE_BACK_WORDS } from '../lexicon/optout.js';
import { expandShorthand, fold, negatedBefore } from '../text.js';
import { zoneOffsetMs } from '../../time-zone.js';
import {
  ASKING_SELVES,
  UPPER_BOUNDS_NEGATED,
  OWN_MOVE,
  SCHOOL,
  LASTING_WORDS,
  DISTANCE_WORDS,
  HOLIDAYS,
  LOOSE_EVENTS,
  MEASURED_THINGS,
  MOVING_IN_WORDS,
  NOW_OF_A_MOVE,
  SECOND_GUESS_WORDS,
  DURATION_UNITS,
  HOUR_UNITS,
  DURATION_WORDS,
  NOT_A_DURATION_AFTER,
  TERMS_AFTER,
  TERMS_BEFORE,
  BY_WORDS,
  OTHER_DAYS,
  SAME_DAY_DATES,
  SHOWING_WORDS,
  CHRONO_UNIT_WORDS,
  PAST_EVENT_VERBS,
  DATE_REFUSALS,
  DATE_DISMISSALS,
  DATE_REFUSAL_LINKS,
  REFUSAL_THEN,
  WEEKDAYS,
  WEEKDAY_SHORT_FORMS,
  NAME_INTROS,
  LEEWAY_WORDS,
  SECOND_UNITS,
  MONTH_NAMES,
  DONE_BEFORE_A_TIME,
  MONTH_NAMED_PLACES,
  MONTH_NAMES_ES,
  type HolidayDate,
  SMALL_UNITS,
  BACK_AS_AGO,
  NEXT_NAMED_WORDS,
  NEXT_YEAR_AFTER_WORDS,
  SHARE_OF_A_YEAR_WORDS,
  FOR_NOW_WORDS,
} from '../lexicon/time.js';
import { blankHits, everyHit, locate } from './phrase-offsets.js';
import { either, phraseBook } from './phrases.js';
import { anyOf, blanked, isLetter, wordsOf } from './words.js';

/**
 * When something will happen, read with chrono-node (English and Spanish) against a reference instant in the
 * tenant's time zone, plus the few forms chrono does not know (seasons, "the holidays", "el próximo mes").
 *
 * Boundaries (documented in docs/BOTS.md): a date mentioned inside a question is not an answer ("what's the market
 * like right now?"); a negated one ("we can't move right now") is reported as negated; "no later than",
 * "not more than" and "no más tarde de" are upper bounds, not negations.
 */

export interface WhenReading {
  /** Whole days from the reference instant to the date (0 = today). */
  daysAhead: number;
  /** The words that said it ("in six weeks"). */
  text: string;
  /** The date is negated ("not before summer", "can't move right now"). */
  negated: boolean;
  /**
   * The date is an earliest time, said as a negated "before"/"until" ("not until june", "can't move until the
   * lease ends in june", "no antes de septiembre"): when a buyer moves; for a 30-45 day sale, a floor that the window
   * meets or not.
   */
  earliest?: boolean;
  /** The date says when the lead moves or buys ("we want to be moved in by july", "mudarnos para agosto"). */
  moving?: boolean;
  /** The date takes back the one said before it ("en 3 meses. wait no, 6 months", "in june, actually july"). */
  retaken?: boolean;
  /**
   * A month named without a day ("in april", "en abril"): the whole month, `daysAhead` being its first day. It is
   * within 30 days only when most of it is (timeline.ts); "april 1st", "by april" and "end of april" are days.
   */
  wholeMonth?: boolean;
}

export interface WhenOptions {
  nowMs: number;
  timeZone: string;
  /** Only dates ahead of now are meant (timelines); scheduling uses the same. */
  lang?: 'en' | 'es';
}

/** The days of the week, in full and short ("mon", "thu"). */
const WEEKDAY_WORDS: readonly string[] = [...WEEKDAYS, ...WEEKDAY_SHORT_FORMS.flat()];
const DAY_MS = 86_400_000;

/** The time zone's offset from UTC at `atMs`, in minutes (DST-aware); 0 for a zone Intl does not know. */
export function zoneOffsetMinutes(timeZone: string, atMs: number): number {
  try {
    return Math.round(zoneOffsetMs(atMs, timeZone) / 60_000);
  } catch {
    return 0;
  }
}

/** The local calendar date (year, month 0-11, day) of `atMs` in the zone. */
function localDate(atMs: number, offsetMinutes: number): { year: number; month: number; day: number } {
  const local = new Date(atMs + offsetMinutes * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate() };
}

function daysUntil(year: number, month: number, day: number, nowMs: number, offsetMinutes: number): number {
  const today = localDate(nowMs, offsetMinutes);
  return Math.round((Date.UTC(year, month, day) - Date.UTC(today.year, today.month, today.day)) / DAY_MS);
}

const HOLIDAY_WORDS = new RegExp(`\\b(?:${anyOf(HOLIDAYS.flatMap((holiday) => holiday.words))})\\b`);
const LOOSE_EVENT_WORDS = new RegExp(`\\b(?:${anyOf(LOOSE_EVENTS.flatMap((event) => event.words))})\\b`);
const HOLIDAY_BY_WORD: ReadonlyMap<string, HolidayDate> = new Map(
  [...HOLIDAYS, ...LOOSE_EVENTS].flatMap((holiday) =>
    holiday.words.map((word) => [word, holiday.on] as const),
  ),
);

/** Easter Sunday of a year (the Gregorian computus of Meeus, Jones and Butcher): month 0-11 and day. */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a +
      b -
      Math.floor(b / 4) -
      Math.floor((8 * b - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 1) / 3) +
      15) %
    30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month: month - 1, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The local date a holiday falls on in `year`. */
function holidayDate(on: HolidayDate, year: number): { year: number; month: number; day: number } {
  if ('easter' in on) {
    const sunday = easterSunday(year);
    return { year, month: sunday.month, day: sunday.day + on.shift };
  }
  if ('day' in on) return { year, month: on.month, day: on.day };
  if (on.nth > 0) {
    const first = new Date(Date.UTC(year, on.month, 1)).getUTCDay();
    return { year, month: on.month, day: 1 + ((on.weekday - first + 7) % 7) + (on.nth - 1) * 7 };
  }
  const lastDay = new Date(Date.UTC(year, on.month + 1, 0));
  return { year, month: on.month, day: lastDay.getUTCDate() - ((lastDay.getUTCDay() - on.weekday + 7) % 7) };
}

/** A holiday's (or a loose event's) next date: one of an earlier month is next year's, one of this month this year's. */
function onHoliday(
  said: RegExpExecArray,
  today: { year: number; month: number },
  nowMs: number,
  offset: number,
): { daysAhead: number; text: string; index: number } {
  const on = HOLIDAY_BY_WORD.get(said[0].replace(/\s+/g, ' '))!;
  const thisYear = holidayDate(on, today.year);
  const date = thisYear.month < today.month ? holidayDate(on, today.year + 1) : thisYear;
  return {
    daysAhead: daysUntil(date.year, date.month, date.day, nowMs, offset),
    text: said[0],
    index: said.index,
  };
}

/**
 * Seasons start on the first day of their first month (one under way: the middle of what is left of it); an upcoming
 * one is this year's or next year's.
 */
const SEASONS: [RegExp, number][] = [
  [/\b(spring|primavera)\b/, 2],
  [/\b(summer|verano)\b/, 5],
  [/\b(fall|autumn|otono)\b/, 8],
  [/\b(winter|invierno)\b/, 11],
];

/** The year right after a season: "summer 2027", "summer of 2027", "verano del 2027", "fall '27". */
const SEASON_YEAR = /^(?:\s+(?:of|de|del))?\s*'?\s*(20\d\d|\d\d)\b(?![.,]?\d|\s*(?:k|mil)\b)/;

/** The end of the school year, said as an event ("once school lets out", "al terminar el ciclo escolar"). */
const SCHOOL_OUT = new RegExp(
  `\\b(?:(?:the )?(?:${anyOf(SCHOOL.who)}) (?:${anyOf(SCHOOL.finish)})(?: (?:${anyOf(SCHOOL.what)}))?|(?:${anyOf(SCHOOL.said)}))\\b`,
);

/**
 * "for now", "por ahora", "de momento": how things stand at present, never when the lead moves ("nomás estamos
 * viendo por ahora" is browsing, not "now").
 */
const FOR_NOW = new RegExp(wordsOf(FOR_NOW_WORDS), 'g');

/** A share of every year ("on the road half the year", "todo el año"): how the lead lives, never when it moves. */
const SHARE_OF_A_YEAR = new RegExp(wordsOf(SHARE_OF_A_YEAR_WORDS), 'g');

/** How long something else lasts ("the letter's good for another 60 days") or how often it comes ("every 2 weeks"): no move. */
const LASTS_FOR = new RegExp(
  `${wordsOf(LASTING_WORDS)}\\s+(?:another\\s+|otros?\\s+|unos?\\s+)?\\d+\\s+(?:days?|weeks?|months?|dias|semanas|meses)\\b`,
  'g',
);

/** "hace 2 años" is two years ago (chrono's Spanish parser reads "2 años" ahead): a past time, never a timeline. */
const AGO = /\bhace (?:\S+ ){0,2}(?:dia|semana|mes|ano|day|week|month|year)/g;

/**
 * A time said of a thing done ("i moved out in october", "my last one took 4 months to close", "me mudé en enero"):
 * past, never a timeline (not "we want to be moved out in 2 months", "we'd want it sold in 30 days").
 */
const DONE_AT = phraseBook(
  [`# ${either(DURATION_UNITS)}`, either(MONTH_NAMES), 'last year|month|week', 'el ano|mes pasado'].map(
    (when) => ({
      cue: 'done' as const,
      words: `${either(DONE_BEFORE_A_TIME)} out|in|on|it|us|me|about|around|almost|nearly|como|casi|unos|_ in|on|en|el|for|since|desde|_ ${when}`,
      always: true,
      clause: true,
      notPrecededBy: 'be|been|get|got|getting|it|them|estar|estamos|estemos',
    }),
  ),
);

/** A bound before a month makes it a day: "by april", "before april", "antes de abril" (its first day). */
const BY_MONTH = /\b(by|before|until|till|til|antes de|antes del|hasta)\s*$/;

/** A modifier placing the date at the end of its month or season ("end of april", "late summer"). */
const LATE_IN =
  /\b(end of|the end of|late|towards the end of|toward the end of|by the end of|fin de|fines de|finales de|a finales de|a fines de|al final de)( the| el| del| la)?( next| proximo| proxima| this| este| esta)?\s*$/;

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  // not the verb: "leaving early may be better" (a pronoun after it is the month's sentence: "mid may we move")
  'may(?! (?:be|have|want|need|not|get|go|take|work)\\b)',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
/**
 * A part of a named month ("early May", "the first week of May", "mid-June", "by the middle of April"): chrono
 * skips most of them, "may" being a verb as often as a month. The day each part stands for.
 */
const PART_OF_MONTH = new RegExp(
  `\\b(early|beginning of|the beginning of|start of|the start of|(?:the )?first week of|mid|mid-|middle of|the middle of|(?:the )?(?:second|2nd) week of|(?:the )?(?:third|3rd) week of|(?:the )?last week of)\\s*(?:the month of )?(${MONTHS.join('|')})\\b`,
);
/**
 * May after a word that makes it a month ("by may", "not until may", "late may"): chrono reads the month "may" only
 * after "in" or next to a day number, for fear of the verb (the guard above keeps "by may be" a verb).
 */
const MAY_AFTER = new RegExp(
  `\\b(by|for|before|until|till|til|around|after|this|next|late|(?:the )?end of|sometime in|like)\\s+(${MONTHS[4]})\\b`,
);
function partDay(part: string): number {
  if (/second|2nd/.test(part)) return 11;
  if (/mid|middle|third|3rd/.test(part)) return 15;
  if (/last/.test(part)) return 25;
  return 4;
}

/** Forms chrono does not read, tried first. Each gives the target local date. */
function supplement(
  folded: string,
  nowMs: number,
  offset: number,
): { daysAhead: number; text: string; index: number } | undefined {
  const today = localDate(nowMs, offset);
  const relativeMonth = /\b(next month|el proximo mes|el mes que viene|proximo mes|el siguiente mes)\b/.exec(
    folded,
  );
  if (relativeMonth) {
    // "end of next month" is that month's last day; "next month" alone is about 30 days.
    const late = LATE_IN.test(folded.slice(Math.max(0, relativeMonth.index - 24), relativeMonth.index));
    const daysAhead = late ? daysUntil(today.year, today.month + 2, 0, nowMs, offset) : 30;
    return { daysAhead, text: relativeMonth[0], index: relativeMonth.index };
  }
  const partOfMonth = PART_OF_MONTH.exec(folded);
  if (partOfMonth) {
    const month = MONTHS.findIndex((name) => new RegExp(`^(?:${name})$`).test(partOfMonth[2]!));
    const day = partDay(partOfMonth[1]!);
    // Said in that month and already past: it is now; an earlier month is next year's.
    const passed = month < today.month || (month === today.month && day < today.day);
    const daysAhead =
      month === today.month && passed
        ? 0
        : daysUntil(passed ? today.year + 1 : today.year, month, day, nowMs, offset);
    return { daysAhead, text: partOfMonth[0], index: partOfMonth.index };
  }
  const may = MAY_AFTER.exec(folded);
  if (may) {
    const late = /late|end/.test(may[1]!);
    const year = today.month > 4 ? today.year + 1 : today.year;
    return {
      daysAhead: daysUntil(year, 4, late ? 31 : 1, nowMs, offset),
      text: may[2]!,
      index: may.index + may[0].length - may[2]!.length,
    };
  }
  const thisMonth = /\b(this month|este mes|end of the month|fin de mes|finales de mes)\b/.exec(folded);
  if (thisMonth) return { daysAhead: 15, text: thisMonth[0], index: thisMonth.index };
  const holiday = HOLIDAY_WORDS.exec(folded);
  if (holiday) return onHoliday(holiday, today, nowMs, offset);
  const nextYear = /\b(next year|el proximo ano|el ano que viene|proximo ano|[ae]l otro ano)\b/.exec(folded);
  if (nextYear)
    return {
      daysAhead: daysUntil(today.year + 1, 0, 1, nowMs, offset),
      text: nextYear[0],
      index: nextYear.index,
    };
  // The end of the school year (US schools close from late May to mid June; June 1st is taken): "after the kids
  // finish school", "cuando terminen las clases".
  const schoolOut = SCHOOL_OUT.exec(folded);
  if (schoolOut) {
    const past = today.month > 5;
    return {
      daysAhead: daysUntil(past ? today.year + 1 : today.year, 5, 1, nowMs, offset),
      text: schoolOut[0],
      index: schoolOut.index,
    };
  }
  for (const [pattern, month] of SEASONS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const next = /\b(next|proxim[oa])\s*$/.test(folded.slice(Math.max(0, match.index - 8), match.index));
    let year = today.month > month + 2 ? today.year + 1 : today.year;
    if (next && year === today.year && today.month >= month) year += 1;
    // "summer 2027", "verano del 2027", "fall of '27": the season of that year; a past one ("summer 2019") is a time
    // gone by, never a timeline.
    const named = SEASON_YEAR.exec(folded.slice(match.index + match[0].length));
    const namedYear = named ? Number(named[1]!.length === 2 ? `20${named[1]}` : named[1]) : 0;
    if (namedYear > 0) year = namedYear;
    const inSeason = today.month >= month && today.month <= month + 2 && year === today.year;
    // "end of summer", "late summer", "finales del verano": the season's last day, not its first.
    const late = LATE_IN.test(folded.slice(Math.max(0, match.index - 24), match.index));
    // The season under way ("sometime this spring" said in March): the middle of what is left of it.
    const daysAhead = late
      ? daysUntil(year, month + 3, 0, nowMs, offset)
      : inSeason
        ? Math.round(daysUntil(year, month + 3, 0, nowMs, offset) / 2)
        : daysUntil(year, month, 1, nowMs, offset);
    const text =
      namedYear > 0 ? folded.slice(match.index, match.index + match[0].length + named![0].length) : match[0];
    return { daysAhead, text, index: match.index };
  }
  return undefined;
}

/**
 * A day of the month said alone ("out by the 31st", "on the 15th", "antes del 30") is its next occurrence; a year
 * alone ("sometime in 2027", "para el 2028") is its first day (this year's says nothing). chrono reads neither;
 * tried only when chrono and the forms above found nothing.
 */
const DAY_ALONE =
  /\b(?:(?:by|on|before|until|till|til|after) the (\d{1,2})(?:st|nd|rd|th)?|(?:by|on|before|until|till|til) (\d{1,2})(?:st|nd|rd|th)|(?:antes del|para el|hasta el|el dia) (\d{1,2}))(?=\s*(?:$|[,.!?;]|(?:or|and|y|o|so|because|porque|pq|que)\b))/;
/** A year after a preposition or a hedge ("in 2027", "maybe 2027", "not till 2028", "a principios de 2027"). */
const YEAR_ALONE =
  /\b(?:in|by|for|around|until|till|til|before|after|maybe|probably|prob|likely|sometime|early|late|mid|para|en|el|del|hasta|antes del?|despues del?|tal vez|quizas?|a lo mejor|principios de|finales de|mediados de)\s+(20\d\d)\b(?!\d|[,.]\d|\s*(?:k|mil|dollars?|sq|sqft|square|ft|feet|foot|pies|metros)\b)/;
/** A year said as the whole clause, perhaps hedged after it: "2027", "2027 or so", "2028ish", "2027 más o menos". */
const YEAR_CLAUSE =
  /(?<=^|[.,;!?]\s*)(?:(?:hmm+|um+|uh+|well|pues|like|como|idk)\s+)?(20\d\d)(?:\s*-?\s*ish|\s+(?:or so|or later|or after|maybe|probably|prob|i think|o (?:algo )?asi|mas o menos|tal vez|quizas?|creo))?\s*(?=$|[.,;!?])/;
function dayOrYearAlone(
  folded: string,
  nowMs: number,
  offset: number,
): { daysAhead: number; text: string; index: number } | undefined {
  const today = localDate(nowMs, offset);
  const day = DAY_ALONE.exec(folded);
  const date = Number(day?.[1] ?? day?.[2] ?? day?.[3]);
  if (day && date >= 1 && date <= 31) {
    const month = date >= today.day ? today.month : today.month + 1;
    return { daysAhead: daysUntil(today.year, month, date, nowMs, offset), text: day[0], index: day.index };
  }
  const year = YEAR_ALONE.exec(folded) ?? YEAR_CLAUSE.exec(folded);
  if (year && Number(year[1]) > today.year)
    return { daysAhead: daysUntil(Number(year[1]), 0, 1, nowMs, offset), text: year[0], index: year.index };
  return undefined;
}

const OWN_MOVE_ASKED = new RegExp(`${wordsOf(ASKING_SELVES)}.*${wordsOf(MOVING_IN_WORDS)}`);

/**
 * True when the clause holding `index` asks a question ("what's the market like right now?", "cancel the tour de
 * mañana, can we do sunday instead?"): it runs from the last stop or comma to the question mark.
 */
export function inQuestion(folded: string, index: number): boolean {
  const start = Math.max(
    folded.lastIndexOf('.', index - 1),
    folded.lastIndexOf('!', index - 1),
    folded.lastIndexOf('?', index - 1),
    folded.lastIndexOf('\n', index - 1),
    folded.lastIndexOf(',', index - 1),
  );
  const endMatch = /[.!?\n]/.exec(folded.slice(index));
  const end = endMatch ? index + endMatch.index : folded.length;
  const sentence = folded.slice(start + 1, end + 1).trim();
  if (/\?$/.test(sentence) || /^¿/.test(sentence)) {
    // "can we be moved in by april 30?", "could we close by may 15?": the lead asks for its own move date.
    if (OWN_MOVE_ASKED.test(sentence)) return false;
    return /^(what|what's|whats|how|is|are|does|do|can|could|would|will|should|any|who|why|where|when|por que|que|como|cual|cuanto|hay|es|tiene|puedo|podemos|se puede)\b/.test(
      sentence.replace(/^¿/, ''),
    );
  }
  // Asked without its question mark: "what is the market like right now", "how are rates lately" ("how about june" is
  // a date put forward).
  return /^(?:what|whats|how|why|do you|does|is the|are the|are you|que tal)\b(?! about)/.test(sentence);
}

/**
 * "two and a half months", "a month and a half", "mes y medio", "3 meses y medio": chrono reads "half months" alone (two weeks), so
 * the halves become decimals it reads whole ("2.5 months", "1.5 months"); "medio año" is six months, and "a month or
 * two" the later of the two.
 */
const SMALL_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export function halves(folded: string): string {
  return (
    folded
      .replace(
        /\b(\d+|two|three|four|five|six|seven|eight|nine) and a half (weeks?|months?|years?)\b/g,
        (_m, n: string, unit: string) => `${SMALL_NUMBERS[n] ?? n}.5 ${unit}`,
      )
      .replace(/\b(?:a|one) (week|month|year) and a half\b/g, (_m, unit: string) => `1.5 ${unit}s`)
      // "mes y medio", "3 meses y medio" (a plural after a number word is left as said: "cuatro meses y medio")
      .replace(
        /\b(?:(un|\d+) )?(mes|ano|semana)(es|s)? y medi[oa]\b/g,
        (said, n: string | undefined, unit: string, plural: string | undefined) =>
          n === undefined && plural !== undefined
            ? said
            : `${n === undefined || n === 'un' ? 1 : n}.5 ${unit === 'mes' ? 'meses' : `${unit}s`}`,
      )
      .replace(/\bmedio ano\b/g, '6 meses')
      // "a month or two", "un mes o dos": the later of the two
      .replace(
        /\b(?:a|one|un|una|1) (week|month|semana|mes) (?:or|o) (?:two|dos|2)\b/g,
        (_m, unit: string) => `2 ${unit === 'mes' ? 'meses' : `${unit}s`}`,
      )
  );
}

/**
 * A comma between two durations ("not 6 months, 30 days is fine") sets one against the other; chrono would add them
 * up into one ("6 months, 30 days" = 214 days). A full stop in its place keeps them apart (same length, same
 * indices).
 */
const DURATION_THEN_NUMBER = new RegExp(`${wordsOf(DURATION_WORDS)}\\s*,(?=\\s*\\d)`, 'g');

const SECONDS = new RegExp(`\\d\\s*(?:${anyOf(SECOND_UNITS)})\\b`);

/** Words that take back or second-guess the date before ("no wait", "more like", "mejor"). */
const SECOND_GUESSES = anyOf([...TAKE_BACK_WORDS, ...SECOND_GUESS_WORDS]);
const SECOND_GUESS = new RegExp(`\\b(?:${SECOND_GUESSES})\\b`);
const LEEWAY = new RegExp(wordsOf(LEEWAY_WORDS));

/**
 * A bare number after a duration taken back takes its unit: "6 months. no wait, 3" is 3 months, "2 months. well,
 * more like 4 honestly" 4 months.
 */
const UNIT_CARRIED = new RegExp(
  `\\b\\d+ (${anyOf(DURATION_UNITS)})\\b([^\\d?]{0,30}?\\b(?:${SECOND_GUESSES})\\b[\\s,.]*)\\d{1,2}\\b(?!\\s*(?:[%$:\\d]|(?:${anyOf([...NOT_A_DURATION_AFTER, ...DURATION_UNITS])})\\b))`,
  'g',
);

const apart = (folded: string): string =>
  folded
    .replace(DURATION_THEN_NUMBER, (match) => match.replace(',', '.'))
    .replace(UNIT_CARRIED, (match, unit: string) => `${match} ${unit}`);

/**
 * The time left before an event is ahead of now: "we have 2 months before our lease is up", "3 weeks left", "2 meses
 * antes de que se acabe la renta" (chrono reads "2 months before" as two months ago).
 */
const TIME_LEFT =
  /\b(\d+|a|an|one|two|three|four|five|six|un|una|dos|tres|cuatro|cinco|seis) (days?|weeks?|months?|dias|semanas|meses) (?=(?:before|until|till) (?:our|my|we|i|the lease)\b|left\b|antes de que\b)/g;

const UPPER_BOUND = new RegExp(wordsOf(UPPER_BOUNDS_NEGATED), 'g');
/** Upper bounds said with a negation word: not negations ("no later than", "mientras no pase de los 45 días"). */
function unbound(folded: string): string {
  return folded.replace(UPPER_BOUND, (match) => `within${' '.repeat(Math.max(0, match.length - 6))}`);
}

/**
 * A negated "before"/"until"/"sooner than" anywhere earlier in the clause makes the date an earliest time: "not until
 * after the kids finish school in june", "we can't move until our lease ends in june", "no antes de septiembre", "just
 * not any sooner than 30 days".
 */
const EARLIEST =
  /\b(not|no|never|can'?t|cannot|won'?t|wont|couldn'?t|unable to|nunca|no (podemos|puedo|vamos a|nos|me)( \w+)?)( \w+){0,3} (before|until|till|til|antes de|hasta( que)?|(sooner|earlier) than)\b/;

/**
 * A negated "for" and a duration is an earliest time too: "not for a year or so", "not for another 6 months" ("not
 * in 3 weeks, more like 3 months" is a correction, not an earliest time).
 */
const NOT_FOR =
  /\b(not|no|won'?t be|wont be|isn'?t|aren'?t|nothing)( \w+){0,2} for( another| at least| about| around| like)?\s*$/;

/**
 * A date turned down right after it is said: "30 days is impossible", "en 30 días imposible", "2 weeks no way", "30
 * days won't work", "6 months is way too long".
 */
/** The date at `at` is dismissed by the words right before it ("olvida lo de next year", "forget about june"). */
function dismissed(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 24), at).trimEnd();
  return DATE_DISMISSALS.some(
    (words) =>
      before.endsWith(words) &&
      (before.length === words.length || before[before.length - words.length - 1] === ' '),
  );
}
const REFUSED_AFTER = new RegExp(
  `^[\\s,]*(?:(?:${anyOf(DATE_REFUSAL_LINKS)})\\s+)?(?:just |simply |totally |way |muy |completamente )?(?:no(?! (?:problem|prob|hay problema|pasa nada|se\\b|way we))|${anyOf(DATE_REFUSALS)})(?: for (?:us|me)| para (?:nosotros|mi))?(?=\\s*(?:$|[,.!?;]|(?:${anyOf(REFUSAL_THEN)})\\b))`,
);

const NEXT: ReadonlySet<string> = new Set(NEXT_NAMED_WORDS);
/** "next march", "el próximo marzo", "march of next year": the next one named beside the month. */
function nextNamedBefore(folded: string, index: number): boolean {
  const before = folded
    .slice(Math.max(0, index - 16), index)
    .trim()
    .split(' ');
  const after = folded.slice(index, index + 32);
  return (
    NEXT.has(before.at(-1) ?? '') ||
    NEXT.has(before.at(-2) ?? '') ||
    NEXT_YEAR_AFTER_WORDS.some((words) => after.includes(words))
  );
}

/**
 * The lead's own move or purchase in the date's clause, just before it: "we want to be moved in by", "queremos estar
 * mudados para", "we close by" (not "my brother is moving in with us in august").
 */
const MOVE_BEFORE = new RegExp(`${wordsOf(OWN_MOVE.who)}[^,;]{0,20}?${wordsOf(OWN_MOVE.move)}[^;]{0,24}$`);

/**
 * "now" opening what comes next in the same sentence is a turn of the story, not the date: "we sold 2 years ago, now
 * ready to move in 3 months" ("we need to move now" keeps it).
 */
function nowThen(
  folded: string,
  candidate: { text: string; index: number },
  next: { index: number } | undefined,
): boolean {
  return (
    next !== undefined &&
    /^(now|ahora)$/.test(candidate.text.trim()) &&
    !/[.!?;]/.test(folded.slice(candidate.index, next.index))
  );
}

/**
 * A visit to a home or someone's day up to four words before a date: the date is the visit's or theirs ("tour it on
 * saturday", "mi hija cumple 15 en mayo"; not "move before my son's birthday in june").
 */
const SHOWING_BEFORE = new RegExp(
  `\\b(?:${anyOf(SHOWING_WORDS)}|(?<!\\b(?:${anyOf(BY_WORDS)})\\s+(?:\\S+\\s+){0,2})(?:${anyOf(OTHER_DAYS)}))\\b(?:\\s+\\S+){0,5}\\s*$`,
);

/**
 * Words chrono reads as a date that say no when: a length of time that measures something else, minutes (no one moves
 * in minutes: "15 minutos del trabajo"), hours of a distance ("an hour from my job"), months or years of money, papers
 * or a job ("3 months of reserves", "2 years of tax returns", "6 meses de renta"); the verb "sat" ("it sat for
 * months", "sat on the market"), not Saturday; and how long a paper holds ("the letter is good till june").
 */
const NOT_WHEN = phraseBook<'not_when' | 'valid_until'>([
  ...[
    '#|a|an|un|una|few|couple|media minute*|min|mins|minuto*',
    `#|a|an|un|una|media|couple hour*|hr|hrs|hora* ${either(DISTANCE_WORDS)}`,
    `#|a|an|one|un|una|few|couple|several|varios|unos|par day*|week*|month*|year*|dia*|semana*|mes|meses|ano* worth|_ of|de|del ~2 ${either(MEASURED_THINGS)}`,
    'sat for|on|there|empty|vacant|unsold|around',
    // a past length of a state: "sat vacant for 2 months", "been looking for a year", "listed por como 3 meses"
    'sat|sitting|vacant|empty|listed|been|quiet|away|busy|gone|offline|ghosted|ignored|waited|ocupado|ocupada|ocupados|fuera ~3 for|por like|about|around|como|unos|_ #|a|an|one|un|una|few|couple|several day*|week*|month*|year*|dia*|semana*|mes|meses|ano*',
    // a length of time had ("tuve una semana muy ocupada", "it's been a crazy week", "had a long month")
    'tuve|tuvimos|had|its+been|it+was|been+a|fue a|an|un|una|one ~2 day|week|month|dia|semana|mes',
    // a name that is a month: "me llamo Julio Paredes", "my name is April", "soy Abril"
    `${either(NAME_INTROS)} ${either(MONTH_NAMES)}`,
    // a place named as a month is ("la base de March", "March ARB")
    ...MONTH_NAMED_PLACES,
    // a time looked back on: "we got approved back in the fall", "allá por marzo"
    `back in|around|_ the|_ fall|spring|summer|winter|autumn|${either(MONTH_NAMES)}`,
    `alla por|en el|la|_ otono|primavera|verano|invierno|${either(MONTH_NAMES)}`,
    `expired|lapsed|ended|vencio|expiro|caduco ~2 ${either(MONTH_NAMES)}`,
    // "her neighbor got 675 last spring": a season or a month gone by
    `last|this+past fall|spring|summer|winter|autumn|${either(MONTH_NAMES)}`,
    `el|la|en+el|en+la otono|primavera|verano|invierno pasado|pasada`,
    // a weekend gone by: "we just started looking last weekend", "el finde pasado"
    // ...and a weekday gone by: "applied at the credit union last thursday", "el jueves pasado"
    `last|this+past weekend|${either(WEEKDAYS)}`,
    `el finde|fin+de+semana|${either(WEEKDAYS)} pasado`,
    // a weekday of something that happened: "me llamaron de la escuela el lunes", "we talked to the lender on monday"
    `${either(PAST_EVENT_VERBS)} ~4 el|on|this|last|_ ${either(WEEKDAYS)}`,
    // ...and a month of something that happened, right after it: "el probate ya se cerró en diciembre"
    `${either(PAST_EVENT_VERBS)} en|in|el|on|_ ${either(MONTH_NAMES)}`,
    // ...and a weekday or a weekend said before what happened on it: "el weekend fuimos a ver unas casas"
    `el|this|last|on|_ weekend|finde|${either(WEEKDAYS)} ~2 ${either(PAST_EVENT_VERBS)}`,
    // "got the letter friday", "got our approval on monday" (not "we've got until friday")
    `got the|a|an|my|our|his|her|their|el|la ~4 el|on|last|_ ${either(WEEKDAYS)}`,
    // what is earned in a year, whatever comes between: "we make like 217k combined a yr", "ganamos 90 mil entre los
    // dos al año"
    'make|makes|earn|earns|gross|grosses|gano|ganamos|gana|ganan ~5 a|per|al|por year|yr|ano',
    // an age: "i have a 7 yr old", "mi hijo de 8 años", "tiene 3 años"
    '# year|years old|olds',
    'hijo|hija|hijos|hijas|nino|nina|ninos|ninas|nene|nena|bebe|mama|papa|abuela|abuelo de # ano|anos|mes|meses',
    'tiene|tienen|cumple|cumplen # ano|anos',
    // a baby's months: "mi bebé tiene 10 meses", "the baby is 8 months"
    'bebe|bebes|baby|babies|nino|nina|nene|nena|hijo|hija|son|daughter ~1 tiene|cumple|is|turns # mes|meses|month|months',
    // a day's work ended: "im done for the day", "off for the night", "clocked out for the weekend"
    'done|off|finished|out|home|wrapped|quit|gone|closed ~2 for the day|night|week|weekend|evening',
    // a pause in the chat: "one sec", "give me a min", "un segundo", "un momentito"
    'a|one|1|un|una|uno sec|secs|second|seconds|segundo|segundos|segundito|min|mins|minute|minutes|minuto|minutos|minutito|momento|momentito|moment',
    // a call or a talk planned for a day: "we will call him this week", "voy a hablar con el banco el lunes"
    `call|calling|talk|talking|speak|speaking|ask|asking|meet|meeting|llamar|llamarle|llamo|hablar|hablarle|hablo|preguntar|pregunto ~4 this|next|este|esta|el|la|proxima|proximo|on|_ week|weekend|semana|tomorrow|manana|tonight|${either(WEEKDAYS)}`,
    // an answer awaited on a day: "still waiting on underwriting, should hear back friday", "nos dan respuesta el lunes"
    `hear|hearing|heard|respuesta|answer|decision back|_ ~4 this|next|este|esta|el|la|proxima|proximo|on|by|_ week|weekend|semana|tomorrow|manana|${either(WEEKDAYS)}`,
    // a place named for a month: March Air Reserve Base ("I report to March ARB in 2 wks")
    'march arb|afb|air+reserve|air+force|field',
    // married, not Wednesday: "we wed in june 2019"
    'we|they|i|just|got wed',
    // a Punjabi greeting, not Saturday: "sat sri akal ji"
    'sat sri akal|akaal',
    // how often, not when: "we work from home a few days a week", "commute twice a month", "my son visits every
    // other weekend", "trabajo desde casa 3 días a la semana", "cada fin de semana"
    '#|a|an|one|few|couple|several|some|un|una|unos|unas|dos|tres|varios|varias|pocos day*|night*|week*|weekend*|month*|time|times|dia|dias|noche*|semana*|mes|meses|vez|veces a|an|per|each|every|por|al|a+la|cada day|night|week|weekend|month|year|dia|noche|semana|mes|ano|finde',
    'twice|once|thrice a|per|every week|weekend|month|year',
    'every|each|cada other|_ day|night|week|weekend|month|year|morning|evening|dia|noche|semana|mes|ano|finde|fin+de+semana|dos|2|#',
    // "llevamos 3 meses buscando": how long the lead has been at it
    'llevamos|llevo|lleva|llevan como|unos|_ #|un|una|dos|tres|varios|unos day*|week*|month*|year*|dia*|semana*|mes|meses|ano*',
  ].map((words) => ({ cue: 'not_when' as const, words, always: true, clause: true })),
  // a span of weekdays is a week's routine, never a move's date ("im gone mon-thu most weeks", "trabajo de lunes a
  // viernes"), unless a week names it ("movers are booked mon thru wed next week"); and a length in hours is how long
  // something takes ("my commute is 2 and a half hours", "turnos de 12 hrs"), unless it is said ahead ("in 48 hours",
  // "48 hours from now", "48 hours to be out")
  {
    cue: 'not_when' as const,
    words: `${either(WEEKDAY_WORDS)} to|through|thru|till|til|until|a|al|hasta|_ ${either(WEEKDAY_WORDS)}`,
    always: true,
    clause: true,
    notFollowedBy: 'next|this|la|esta|de+la week|semana|proxima|que+viene',
  },
  // ...and so is a weekday said as the one free ("sun or mon r best to see places", "el domingo es el único día que
  // tengo", "i'm off on fridays")
  ...[
    `${either(WEEKDAY_WORDS)} or|o|and|y|_ ${either(WEEKDAY_WORDS)}|_ is|are|r|es|son|work|works|funciona|funcionan ~2 best|better|only|free|off|mejor|unico|libre|libres|descanso`,
    `off|free|libre|descanso on|los|el|_ ${either(WEEKDAY_WORDS)}`,
    `day+off|days+off|dia+libre|dias+libres|dia+de+descanso is|are|es|son ~1 ${either(WEEKDAY_WORDS)}`,
  ].map((words) => ({ cue: 'not_when' as const, words, always: true, clause: true })),
  {
    cue: 'not_when' as const,
    words: '#|a|an|un|una|couple|few|several|media|half and|y|_ a|_ half|media|_ hour*|hr|hrs|hora*',
    always: true,
    clause: true,
    notPrecededBy: 'in|within|en|next|proximas|de+aqui+a|dentro+de',
    notFollowedBy: [
      'from+now|de+ahora|desde+ahora',
      // a time given to leave: "landlord gave us 48 hours to be out", "tenemos 24 horas pa desalojar"
      'to|pa|para be|get|move|leave|pack|vacate|clear|desalojar|salir|mudarnos|irnos|entregar|desocupar',
    ],
  },
  // when a baby is due, said alone ("my wife is due in like 3 months"): no time of the move unless the message ties the
  // move to it ("baby's due in about 5 months so before then")
  ...[
    `baby|babys|bebe|bebito|wife|wifes|esposa|she|shes|ella|im|i+am|estoy ~2 coming|due|arrives|arriving|llega|nace|viene in|en|around|by|para|_ about|like|around|unos|como|_ #|a|an|one|un|una|few|couple day*|week*|month*|mes|meses|semana*`,
    `baby|babys|bebe|bebito|wife|wifes|esposa|she|shes|ella|im|i+am|estoy ~2 coming|due|arrives|arriving|llega|nace|viene in|en|around|by|para|_ ${either(MONTH_NAMES)}`,
  ].map((words) => ({
    cue: 'not_when' as const,
    words,
    always: true,
    clause: true,
    unless: 'before|antes|then|after|despues|move|moving|mudarnos|mudar|be+in|estar|deadline|limite',
  })),
  // how long a paper holds, to its clause's end: "letter is good till june", "la preaprobación vence en mayo", "the
  // letter runs out in 45 days", "the approval only has about 60 days left on it": the time of something else
  ...[
    'letter|approval|preapproval|carta|aprobacion|preaprobacion|lock ~2 good|valid|expires|expire|expiring|vence|dura|lasts|runs|caduca|has|tiene',
  ].map((words) => ({ cue: 'valid_until' as const, words, always: true, clause: true })),
]);

/** A same-day time said of the move (lexicon NOW_OF_A_MOVE). */
const NOW_MOVE = phraseBook(
  NOW_OF_A_MOVE.map((phrase) => ({
    cue: 'now' as const,
    ...(typeof phrase === 'string' ? { words: phrase } : phrase),
    always: true,
    clause: true,
  })),
);
/** A date chrono reads from a same-day word: it holds no move of its own (NOW_OF_A_MOVE). */
const SAME_DAY = new RegExp(`^(?:${anyOf(SAME_DAY_DATES)})$`);

/**
 * True when a same-day time at [index, index + length) of `folded` is the move's: a NOW_OF_A_MOVE phrase ends on it
 * ("we need to move right now", "today if possible"), not "im at work right now" or "i'll ask my wife tonight".
 */
export function sameDayOfAMove(folded: string, index: number, length: number): boolean {
  const located = locate(folded);
  return everyHit(NOW_MOVE, located.tokens).some(
    (hit) => located.at[hit.start]! <= index + length && located.end[hit.end - 1]! >= index,
  );
}

/**
 * Where in `folded` words say no when (NOT_WHEN): [from, to) character ranges. A date overlapping one is dropped
 * (chrono's "within 20 minutes" holds the "20 minutes" measured).
 */
function notWhenSpans(folded: string): { from: number; to: number }[] {
  const located = locate(folded);
  return everyHit(NOT_WHEN, located.tokens).map((hit) => {
    const to = located.end[hit.end - 1]!;
    const clauseEnd = folded.slice(to).search(/[.!?;,]/);
    return {
      from: located.at[hit.start]!,
      to: hit.cue === 'valid_until' ? (clauseEnd < 0 ? folded.length : to + clauseEnd) : to,
    };
  });
}

/** "4/30", "30/4": a numeric date with a day from 13 to 31. */
function dayPastTwelve(text: string): boolean {
  const parts = text.split('/');
  return parts.length === 2 && parts.some((part) => Number(part) >= 13 && Number(part) <= 31);
}

/** A length of time said as when: "in 3 months", "2 weeks", "a year", "in 2 years", "en dos años". */
function spansTime(text: string): boolean {
  const words = text.split(' ');
  // "30 year" (a plural left off) counts as years: "we live in this house 30 year" is no timeline.
  const years = (word: string, at: number) =>
    word === 'years' || word === 'anos' || (SINGULAR_YEAR.has(word) && countAbove1(words[at - 1] ?? ''));
  return (
    words.some((word, at) => SPAN_UNITS.has(word) && !years(word, at)) ||
    (AHEAD.has(words[0]!) && words.some(years))
  );
}
const SINGULAR_YEAR: ReadonlySet<string> = new Set(['year', 'ano']);
const countAbove1 = (word: string): boolean =>
  word !== '' && Number.isInteger(Number(word)) && Number(word) > 1;
const SPAN_UNITS: ReadonlySet<string> = new Set([
  'month',
  'months',
  'mes',
  'meses',
  'week',
  'weeks',
  'semana',
  'semanas',
  'year',
  'ano',
]);
const AHEAD: ReadonlySet<string> = new Set(['in', 'within', 'en', 'dentro']);

/** Whether the span starts or ends inside a word. */
function insideWord(text: string, index: number, length: number): boolean {
  return (
    (isLetter(text[index]) && isLetter(text[index - 1])) ||
    (isLetter(text[index + length - 1]) && isLetter(text[index + length]))
  );
}

/** The units a term is said in ("our 6 month lease", "12 hour shifts"). */
const UNIT_WORDS: ReadonlySet<string> = new Set([...DURATION_UNITS, ...HOUR_UNITS]);
const TERM_AFTER: ReadonlySet<string> = new Set(TERMS_AFTER);
const TERM_BEFORE: ReadonlySet<string> = new Set(TERMS_BEFORE);
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'por', 'a']);
const wordsOfText = (text: string): string[] =>
  text
    .split(' ')
    .map((word) => [...word].filter(isLetter).join(''))
    .filter((word) => word !== '');

/**
 * A length said as the term of something ("our 6 month lease is up may 29", "a 6-month assignment", "un contrato de 6
 * meses"): no move.
 */
function termOfSomething(folded: string, index: number, said: string): boolean {
  const own = wordsOfText(said.split('-').join(' '));
  if (!UNIT_WORDS.has(own.at(-1) ?? '')) return false;
  const after = folded.slice(index + said.length, index + said.length + 24);
  const next =
    after.startsWith(' ') || after.startsWith('-') ? wordsOfText(after.split('-').join(' '))[0] : '';
  const before = wordsOfText(folded.slice(Math.max(0, index - 24), index));
  // ("de 6 meses": chrono may hold the "de")
  const linked = OF_WORDS.has(own[0]!) ? before : before.slice(0, OF_WORDS.has(before.at(-1) ?? '') ? -1 : 0);
  return TERM_AFTER.has(next ?? '') || TERM_BEFORE.has(linked.at(-1) ?? '');
}

const MONTHS_ES: ReadonlySet<string> = new Set(MONTH_NAMES_ES);
/**
 * A Spanish month with its day after it ("julio 20", as in "July 20"), said the Spanish way ("20 de julio"), which the
 * Spanish parser reads.
 */
function dayAfterMonthEs(folded: string): string {
  if (!MONTH_NAMES_ES.some((month) => folded.includes(month))) return folded;
  const words = folded.split(' ');
  let changed = false;
  for (let at = 0; at + 1 < words.length; at += 1) {
    const day = words[at + 1]!;
    const digits = [...day].filter((char) => char >= '0' && char <= '9').join('');
    const plain =
      digits.length > 0 && digits.length <= 2 && day.startsWith(digits) && !isLetter(day[digits.length]);
    if (!MONTHS_ES.has(words[at]!) || !plain || Number(digits) < 1 || Number(digits) > 31) continue;
    words[at + 1] = `${words[at]}${day.slice(digits.length)}`;
    words[at] = `${digits} de`;
    changed = true;
  }
  return changed ? words.join(' ') : folded;
}

/** "the money": chrono's "the <unit>" with a word that is no unit of time. */
function notAUnit(said: string): boolean {
  if (!said.startsWith('the ')) return false;
  const unit = said.slice(4);
  return [...unit].every(isLetter) && !TIME_UNIT_WORDS.has(unit);
}
const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(CHRONO_UNIT_WORDS);

/** The text of the sentence holding `index`, up to `index`. */
function clauseBefore(folded: string, index: number): string {
  // (what follows the last mark: a split at every mark made a piece per clause for each date of a long text)
  const before = folded.slice(0, index);
  const mark = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf(';'),
  );
  return before.slice(mark + 1);
}

/**
 * Every date or duration ahead in the text, in order. Question sentences are skipped; `negated` says a negation
 * sits right before it.
 */
/** Units of time said small read as the unit ("en dos semanitas" is two weeks). */
function unitsFullSize(folded: string): string {
  let text = folded;
  for (const [small, unit] of SMALL_UNITS) if (text.includes(small)) text = text.replaceAll(small, unit);
  for (const [back, ago] of BACK_AS_AGO) if (text.includes(back)) text = text.replaceAll(back, ago);
  return text;
}

export function readWhens(text: string, options: WhenOptions): WhenReading[] {
  const said = apart(halves(unbound(unitsFullSize(dayAfterMonthEs(expandShorthand(fold(text)))))))
    .replace(TIME_LEFT, 'in $1 $2; ')
    .replace(FOR_NOW, blanked)
    .replace(SHARE_OF_A_YEAR, blanked)
    .replace(LASTS_FOR, blanked)
    .replace(AGO, blanked);
  const folded = blankHits(DONE_AT, said);
  const offset = zoneOffsetMinutes(options.timeZone, options.nowMs);
  const candidates: { daysAhead: number; text: string; index: number; wholeMonth?: boolean }[] = [];
  const extra = supplement(folded, options.nowMs, offset);
  if (extra) candidates.push(extra);
  const reference = { instant: new Date(options.nowMs), timezone: offset };
  const parsers = options.lang === 'es' ? [chrono.es, chrono.en] : [chrono.en, chrono.es];
  for (const parser of parsers) {
    for (const result of parser.parse(folded, reference, { forwardDate: true })) {
      // "3/2" is three bedrooms and two baths, not March 2nd: numeric dates need a year, or a day past 12 that no count
      // of rooms reaches ("our lease is up 4/30").
      if (!/[a-z]/.test(result.text) && !/\d{4}/.test(result.text) && !dayPastTwelve(result.text)) continue;
      // A date read from part of a word is none ("handles the money": chrono reads "the mon..." as a month).
      if (insideWord(folded, result.index, result.text.length) || notAUnit(result.text)) continue;
      if (termOfSomething(folded, result.index, result.text)) continue;
      if (
        candidates.some(
          (c) => result.index < c.index + c.text.length && c.index < result.index + result.text.length,
        )
      )
        continue;
      const local = localDate(result.start.date().getTime(), offset);
      const ahead = daysUntil(local.year, local.month, local.day, options.nowMs, offset);
      // A past time ("2 years ago") is no timeline, but it holds its words: the Spanish parser reads "ago" as August.
      if (ahead < 0) {
        candidates.push({ daysAhead: ahead, text: result.text, index: result.index });
        continue;
      }
      const certain =
        result.start.isCertain('day') || result.start.isCertain('month') || result.start.isCertain('weekday');
      // A bare clock time ("noon", "at 4") says nothing about a timeline.
      // ...and a length of years is one only said ahead ("in 2 years"; "4 years at my job" is none).
      if (!certain && !spansTime(result.text)) continue;
      // "end of april", "end of next month": the month's last day when no day was said.
      const monthEnd =
        !result.start.isCertain('day') &&
        !result.start.isCertain('weekday') &&
        LATE_IN.test(folded.slice(Math.max(0, result.index - 24), result.index));
      if (monthEnd) {
        // "late march" said on March 10th is this March's end (chrono, reading only forward, gave next year's).
        const today = localDate(options.nowMs, offset);
        if (local.month === today.month && local.year === today.year + 1 && !result.start.isCertain('year'))
          local.year = today.year;
        local.day = new Date(Date.UTC(local.year, local.month + 1, 0)).getUTCDate();
      }
      const wholeMonth =
        !monthEnd &&
        result.start.isCertain('month') &&
        !result.start.isCertain('day') &&
        !result.start.isCertain('weekday') &&
        !result.tags().has('result/relativeDate') &&
        !BY_MONTH.test(folded.slice(Math.max(0, result.index - 12), result.index));
      // "we want to move in march", "antes de que se acabe marzo" said in March: this month, by its end (chrono,
      // reading only forward, gave next year's), unless the next one is named ("next march").
      const today = localDate(options.nowMs, offset);
      const thisMonth =
        wholeMonth &&
        !result.start.isCertain('year') &&
        local.month === today.month &&
        local.year === today.year + 1 &&
        !nextNamedBefore(folded, result.index);
      if (thisMonth) {
        local.year = today.year;
        local.day = new Date(Date.UTC(local.year, local.month + 1, 0)).getUTCDate();
      }
      candidates.push({
        daysAhead: daysUntil(local.year, local.month, local.day, options.nowMs, offset),
        text: result.text,
        index: result.index,
        ...(wholeMonth && !thisMonth ? { wholeMonth } : {}),
      });
    }
  }
  if (candidates.length === 0) {
    const event = LOOSE_EVENT_WORDS.exec(folded);
    const alone =
      dayOrYearAlone(folded, options.nowMs, offset) ??
      (event ? onHoliday(event, localDate(options.nowMs, offset), options.nowMs, offset) : undefined);
    if (alone) candidates.push(alone);
  }
  candidates.sort((a, b) => a.index - b.index);
  const notWhen = candidates.length > 0 ? notWhenSpans(folded) : [];
  const ahead = candidates.filter(
    (c) =>
      !inQuestion(folded, c.index) &&
      c.daysAhead >= 0 &&
      !SHOWING_BEFORE.test(clauseBefore(folded, c.index)) &&
      // "in the 5s" (the 500s), "2 mins": seconds and minutes are never when a lead moves.
      !SECONDS.test(c.text) &&
      !notWhen.some((span) => c.index < span.to && span.from < c.index + c.text.length),
  );
  // A same-day time counts only as the move's ("we want to move now"), not as how things are ("we need 4 bedrooms
  // now") or when something else happens ("lo hablo con mi esposo tonight").
  const kept = ahead.filter(
    (candidate, at) =>
      !nowThen(folded, candidate, ahead[at + 1]) &&
      (!SAME_DAY.test(candidate.text.trim()) ||
        sameDayOfAMove(folded, candidate.index, candidate.text.length)),
  );
  return kept.map((candidate, at) => {
    const before = kept[at - 1];
    const between =
      before === undefined ? '' : folded.slice(before.index + before.text.length, candidate.index);
    const retaken =
      before !== undefined && SECOND_GUESS.test(between) && !LEEWAY.test(`${between}${candidate.text}`);
    const clause = clauseBefore(folded, candidate.index);
    // chrono's text may hold the preposition itself ("for a year", "de 30 días" after "no antes"), and so does a year
    // alone ("till 2028").
    const lead = /^(?:for|till|til|until|before|hasta|antes del?|del?) /.exec(candidate.text);
    const said = lead ? `${clause}${lead[0]}` : clause;
    const earliest = EARLIEST.test(said) || NOT_FOR.test(said);
    const refused = REFUSED_AFTER.test(folded.slice(candidate.index + candidate.text.length));
    return {
      daysAhead: candidate.daysAhead,
      text: candidate.text
        .replace(/\s+/g, ' ')
        .replace(/[\s,;:]+$/, '')
        .trim(),
      negated:
        earliest ||
        refused ||
        dismissed(folded, candidate.index) ||
        negatedBefore(folded, candidate.index, 4),
      ...(earliest ? { earliest } : {}),
      ...(MOVE_BEFORE.test(clause) ? { moving: true } : {}),
      ...(retaken ? { retaken } : {}),
      ...(candidate.wholeMonth ? { wholeMonth: true } : {}),
    };
  });
}
