import { localParts } from '../time-zone.js';
import { fold, PLAIN_NUMBER_WORDS, type Lang } from './text.js';
import {
  PART_TURN_WORDS,
  PART_RULED_OUT_WORDS,
  ANY_DAY_WORDS,
  DAY_ARTICLES,
  DAY_EXCLUDED_BEFORE,
  DAY_REFUSED_AFTER,
  ANY_TIME_WORDS,
  APPOINTMENT_DETERMINERS,
  BUSY_WORDS,
  BUT_WORDS,
  CALL_DECLINES,
  CALL_DECLINE_PHRASES,
  CANT_WORDS,
  CLOCK_AT,
  CORRECTION_WORDS,
  CONCLUSION_WORDS,
  DAY_AFTER_TOMORROW,
  DAY_PARTS,
  EVERY_SLOT,
  EXCEPT_WORDS,
  EVERY_SLOT_EN,
  PERO_PICKS,
  FALLBACK_WORDS,
  FIRST_TWO,
  GREETINGS_WITH_PARTS,
  HAVING_WORDS,
  HOUR_WORD_AT,
  LAST_TWO,
  MORNING_OF,
  NEXT_WORDS,
  NO_AGAIN,
  NONE_WORKS,
  NOT_OPENINGS,
  OWN_SHIFTS,
  OPTION_WORDS,
  PICK_OPENINGS,
  REASON_WORDS,
  SLOT_LAST,
  SLOT_MIDDLE,
  SLOT_NUMBERS,
  SLOT_ORDINALS,
  TAKEN_OFF_WORDS,
  TRABAJO_AS_A_PLACE,
  THIS_AFTERNOON_WORDS,
  TIME_NO,
  TIME_YES,
  TIME_YES_SAID,
  TODAY_WORDS,
  TOMORROW_SPELLINGS,
  WEEKS_NAMED,
  LEFT_OVER_WORDS,
  TONIGHT_WORDS,
  THIS_PART_OF_TODAY,
  WE_WORK,
  WEEKDAYS_TOGETHER,
  WEEKEND_WORDS,
  AFTER_WORDS,
  CLOCK_BOUND_FROM,
  CLOCK_BOUND_UNTIL,
  CLOCK_UNTIL_DENIED_BY,
  CLOCK_PART_MARKERS,
  CLOCK_BOUND_FILLERS,
  OWN_DAY_SUBJECTS,
  OWN_DAY_LEAD_INS,
  HABIT_WORDS,
  HABIT_WISHES,
  GETTING_OFF,
  OWN_SCHEDULE_VERBS,
  UNTIL_WORDS,
  ASIDE_OPENINGS,
  CONTACT_ASIDES,
  THAT_DAYS_PARTS,
  RELATIVE_TO_AN_HOUR,
  THAT_HOUR_WORDS,
  AT_AN_HOUR_WORDS,
  HALF_HOUR_AFTER,
  QUARTER_HOUR_AFTER,
  COUNTS_NOT_SLOTS,
  UNDECIDED_OPENINGS,
  ANSWER_PUT_OFF,
} from './lexicon/scheduling.js';
import {
  APPOINTMENT_WORDS,
  MONTH_NAMES,
  WEEKDAY_SHORT_FORMS,
  WEEKDAYS_EN,
  WEEKDAYS_ES,
  DURATION_UNITS,
  HOUR_UNITS,
} from './lexicon/time.js';
import { CLAUSE_ENDS, phraseBook, tokenise } from './read/phrases.js';
import { blankHits } from './read/phrase-offsets.js';
import { anyOf, blankRange, isDigits, isFoldedLetter } from './read/words.js';

/** Parsing of scheduling answers: slot picks, time of day, day, yes/no, declines (English and Spanish). */

/** Any of the words, as whole words (`\b` either side, as a word list is read throughout this file). */
const anyWord = (words: readonly string[]) => new RegExp(`\\b(?:${anyOf(words)})\\b`);

/** Weekdays as the bot writes them in Spanish, where the folded name lost its accent. */
const WRITTEN_ES: Readonly<Record<string, string>> = { miercoles: 'miércoles', sabado: 'sábado' };
/** Each weekday, Monday (0) to Sunday (6): the words that name it, its English name and its Spanish name. */
export const WEEKDAYS: [RegExp, string, string][] = WEEKDAYS_EN.map((en, index) => {
  const es = WEEKDAYS_ES[index]!;
  return [
    anyWord([en, ...WEEKDAY_SHORT_FORMS[index]!, es]),
    en[0]!.toUpperCase() + en.slice(1),
    WRITTEN_ES[es] ?? es,
  ];
});
const DECLINE_WORDS = anyWord(CALL_DECLINES);
const DECLINE_PHRASES = phraseBook(CALL_DECLINE_PHRASES.map((words) => ({ cue: 'decline' as const, words })));
/** The call turned down (lexicon/scheduling.ts `CALL_DECLINES`, `CALL_DECLINE_PHRASES`). */
export const declinesCall = (folded: string): boolean =>
  DECLINE_WORDS.test(folded) || DECLINE_PHRASES.find(tokenise(folded)) !== undefined;
const YES_WORDS = anyOf([...TIME_YES, ...TIME_YES_SAID]);
/** A yes opening the answer, and a bare "y", texting's yes (a "y" opening more words is Spanish "and"). */
export const YES = new RegExp(`^\\s*(?:${YES_WORDS})\\b|^\\s*y\\s*[.!]*\\s*$`);
export const NO = new RegExp(`^\\s*(?:${anyOf(TIME_NO)})\\b`);

/** Each part of the day, by the words that name it as the time a lead would like. */
const PARTS_ASKED = DAY_PARTS.map(({ part, words, asked }) => ({
  part,
  pattern: anyWord([...words, ...asked]),
}));
/** Each part of the day, by the words that narrow the slots offered to it. */
const PARTS_OF_SLOTS = DAY_PARTS.map(({ part, words, slot }) => ({
  part,
  pattern: anyWord([...words, ...slot]),
}));
const ANY_TIME = anyWord(ANY_TIME_WORDS);
/**
 * A clock hour after "at", "a las", "tipo" ("at 4", "a las 6:30"), or said with its minutes alone ("4:30ish"): the
 * hour, then the minutes.
 */
const CLOCK_HOUR_AT = new RegExp(
  `(?:\\b(?:${anyOf(CLOCK_AT)}) |\\b(?=\\d{1,2}:\\d\\d))(\\d{1,2})(?::(\\d{2}))?(?![\\d/]| ?(?:${anyOf([...DURATION_UNITS, ...HOUR_UNITS])})\\b)`,
);

/** Where an answer turns from a part of the day ruled out to the one wanted: "mañanita no, mejor en la noche". */
const PART_TURNS = new RegExp(`[,;.!?]|\\b(?:${anyOf(PART_TURN_WORDS)})\\b`);
const PART_RULED_OUT = new RegExp(`\\b(?:${anyOf(PART_RULED_OUT_WORDS)})\\b`);

/**
 * A part of the day said as a clause of its own, in a message that is not yet about a call ("evenings. it's Tyler,
 * 909-555-0109", "mornings are best, im pre approved for 700"): the time a lead would like, not a greeting or a story
 * ("good morning", "we saw it this morning with my mom").
 */
export function partSaidAlone(folded: string): string | undefined {
  for (const said of folded.split(PART_TURNS)) {
    if (said.trim().split(' ').length > 5) continue;
    const named = PARTS_ASKED.find(({ pattern }) => pattern.test(said));
    if (named && !PART_RULED_OUT.test(said) && !UNAVAILABLE.test(said) && !GREETING.test(said))
      return named.part;
  }
  return undefined;
}
const GREETING = anyWord(GREETINGS_WITH_PARTS);

export function timeOfDay(said: string): string | undefined {
  // "after five", "a las cinco": an hour said as a word is read as its digits.
  const folded = said.replace(HOUR_WORD, hourInDigits);
  // The first part of the day named and not ruled out ("las mañanas no puedo, las tardes sí": the afternoon).
  let ruledOut = false;
  for (const said of folded.split(PART_TURNS)) {
    const named = PARTS_ASKED.find(({ pattern }) => pattern.test(said));
    if (!named) continue;
    if (!PART_RULED_OUT.test(said) && !UNAVAILABLE.test(said)) return named.part;
    ruledOut = true;
  }
  if (ruledOut) return undefined;
  if (ANY_TIME.test(folded)) return 'any time';
  const clock = /\b(\d{1,2})(:\d{2})?\s*(am|pm)\b/.exec(folded);
  if (clock) {
    const hour = (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0);
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }
  // "at 4", "a las 6": business hours, so 8 to 11 is the morning and 12 to 7 the afternoon or evening.
  const at = CLOCK_HOUR_AT.exec(folded);
  // ("at 45 days" names no hour)
  if (at && Number(at[1]) >= 1 && Number(at[1]) <= 12) {
    const hour = businessHour(Number(at[1]));
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }
  return undefined;
}

/** A bare hour (1 to 12) in business hours, on the 24-hour clock: 8 to 11 the morning's, 12 to 7 the afternoon's. */
const businessHour = (raw: number): number =>
  raw >= 8 && raw <= 11 ? raw : raw === 12 ? 12 : (raw % 12) + 12;

/**
 * The exact time a lead names ("tomorrow at 3pm", "3:30 pm", "a las 4"), written back as "3:00pm"; business hours
 * decide am or pm when none is said (8 to 11 the morning, 12 to 7 the afternoon or evening).
 */
export function clockTime(said: string): string | undefined {
  const folded = said.replace(HOUR_WORD, hourInDigits);
  const clock = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\W|$)/.exec(folded);
  const at = clock ? undefined : CLOCK_HOUR_AT.exec(folded);
  const match = clock ?? at;
  if (!match) return undefined;
  const raw = Number(match[1]);
  if (raw < 1 || raw > 12) return undefined;
  const minutes = match[2] ?? '00';
  // A bare hour takes the part of the day said with it ("tonight after 8" is 8pm), else 8 to 11 are the morning's.
  const part = clock ? undefined : timeOfDay(said);
  const pm = clock
    ? clock[3]!.startsWith('p')
    : raw === 12 || part === 'evening' || (part !== 'morning' && businessHour(raw) >= 12);
  return `${raw}:${minutes}${pm ? 'pm' : 'am'}`;
}

const NEXT = anyWord(NEXT_WORDS);
/** Today, or a part of it: "tonight", "this evening", "esta tarde". */
const TODAY = anyWord([...TODAY_WORDS, ...TONIGHT_WORDS, ...THIS_AFTERNOON_WORDS, ...THIS_PART_OF_TODAY]);
const DAY_AFTER = anyWord(DAY_AFTER_TOMORROW);
const ANY_DAY = anyWord(ANY_DAY_WORDS);

export function day(folded: string, lang: Lang): string | undefined {
  // "el jueves... no, espérate, mejor el viernes, el jueves tengo doble turno": the first weekday said after the last
  // correction that names one not turned down ("can we do monday instead? friday got busy" is Monday).
  const first = clausesOf(folded)
    .map(({ text }) => firstWeekday(text))
    .findLast((weekday) => weekday !== undefined);
  if (first) {
    const [, en, es] = first;
    const next = NEXT.test(folded);
    if (lang === 'es') return next ? `el próximo ${es}` : `el ${es}`;
    return next ? `next ${en}` : en;
  }
  if (TODAY.test(folded)) return lang === 'es' ? 'hoy' : 'today';
  if (DAY_AFTER.test(folded)) return lang === 'es' ? 'pasado mañana' : 'the day after tomorrow';
  // "mañana no, en la tarde": tomorrow turned down.
  // ("¿Jorge me podría llamar mañana?": tomorrow, as "mañana" is wherever it is not the morning)
  if (/\btomorrow\b/.test(folded) || (MANANA_ONCE.test(folded) && !/\bmanana[\s,]*no\b/.test(folded)))
    return lang === 'es' ? 'mañana' : 'tomorrow';
  if (ANY_DAY.test(folded)) return lang === 'es' ? 'cualquier día' : 'any day';
  return undefined;
}

/**
 * The weekday said first in the text and not turned down: "Thursday he has a doctor thing. Can we do Friday instead" is
 * Friday; "cualquier día menos el viernes" names none.
 */
function firstWeekday(text: string): [RegExp, string, string] | undefined {
  let first: { at: number; weekday: [RegExp, string, string] } | undefined;
  for (const weekday of WEEKDAYS) {
    const at = firstNotTurnedDown(text, weekday[0]);
    if (at !== undefined && (first === undefined || at < first.at)) first = { at, weekday };
  }
  return first?.weekday;
}

/** Where the weekday is first said and not turned down ("pensé que el sábado lo tenía ocupado ... así que el sábado sí"). */
function firstNotTurnedDown(text: string, weekday: RegExp): number | undefined {
  for (let from = 0; from < text.length;) {
    const found = weekday.exec(text.slice(from));
    if (found === null) return undefined;
    const at = from + found.index;
    if (!turnedDown(text, at, at + found[0].length)) return at;
    from = at + Math.max(1, found[0].length);
  }
  return undefined;
}

/** A weekday said in the segment and turned down where it is said ("el viernes tengo ensayo"). */
function dayTurnedDown(segment: string): boolean {
  return WEEKDAYS.some(([weekday]) => {
    const found = weekday.exec(segment);
    return found !== null && turnedDown(segment, found.index, found.index + found[0].length);
  });
}

const ARTICLE_BEFORE_A_DAY: ReadonlySet<string> = new Set(DAY_ARTICLES);
/** The weekday at [start, end) is left out before it or turned down right after it. */
function turnedDown(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trimEnd().split(' ');
  const word = ARTICLE_BEFORE_A_DAY.has(before.at(-1) ?? '') ? before.at(-2) : before.at(-1);
  if (DAY_EXCLUDED_BEFORE.includes(word ?? '')) return true;
  // a few words before it in its clause that say it is taken ("soccer eats up all of saturday")
  const near = before.slice(-4);
  const opens = near.findLastIndex((said) => CLAUSE_ENDS.includes(said.at(-1) ?? ' '));
  if (UNAVAILABLE.test(near.slice(opens + 1).join(' '))) return true;
  const after = text.slice(end).replaceAll(',', ' ').trimStart();
  if (DAY_REFUSED_AFTER.some((words) => after === words || after.startsWith(`${words} `))) return true;
  // ...or a few words after it in its clause ("friday im stuck in a meeting", "el jueves estoy de guardia")
  const rest = text.slice(end);
  let stop = 0;
  while (stop < rest.length && !CLAUSE_ENDS.includes(rest[stop]!)) stop += 1;
  const clause = rest.slice(0, stop);
  return UNAVAILABLE.test(clause.trim().split(' ').slice(0, 5).join(' '));
}

interface SlotFacts {
  weekday?: number;
  /** Day of the month ("Thu Mar 12" is 12). */
  date?: number;
  /** 0 to 23 */
  hour?: number;
  minute?: number;
}

/** A month's name as a slot writes it ("Mar 12", "ago. 3"): its first three letters, then the day. */
const SLOT_DATE = new RegExp(
  `\\b(?:${anyOf([...new Set(MONTH_NAMES.map((month) => month.slice(0, 3)))])})[a-z]*\\.? (\\d{1,2})\\b`,
);

function slotFacts(slot: string): SlotFacts {
  const folded = fold(slot);
  const facts: SlotFacts = {};
  const weekday = WEEKDAYS.findIndex(([pattern]) => pattern.test(folded));
  if (weekday >= 0) facts.weekday = weekday;
  const date = SLOT_DATE.exec(folded);
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
const CLOCK_HOUR_WORDS = Object.keys(PLAIN_NUMBER_WORDS).filter(
  (word) => PLAIN_NUMBER_WORDS[word]! >= 1 && PLAIN_NUMBER_WORDS[word]! <= 12,
);
const HOUR_WORD = new RegExp(`\\b(${anyOf(HOUR_WORD_AT)}) (${anyOf(CLOCK_HOUR_WORDS)})\\b`, 'g');
/** The hour of HOUR_WORD, as digits the time reader reads ("at once" is not eleven o'clock). */
const hourInDigits = (said: string, at: string, word: string) =>
  word === 'once' && (at === 'at' || at === 'around') ? said : `${at} ${PLAIN_NUMBER_WORDS[word]}`;

const ORDINAL_WORDS: [RegExp, (count: number) => number | undefined][] = [
  ...SLOT_ORDINALS.map((words, index): [RegExp, () => number] => [anyWord(words), () => index]),
  [anyWord(SLOT_LAST), (count) => count - 1],
  [anyWord(SLOT_MIDDLE), (count) => (count % 2 === 1 ? (count - 1) / 2 : undefined)],
  // "option 2", "numero uno", "#3"
  ...SLOT_NUMBERS.map((words, index): [RegExp, () => number] => [
    new RegExp(`\\b(?:${anyOf(OPTION_WORDS)}) ?(?:${anyOf([...words, String(index + 1)])})\\b`),
    () => index,
  ]),
];
/** A number word alone is a slot number ("two"), unless it follows a time ("the 9:30 one"). */
const BARE_NUMBER_WORDS: [RegExp, number][] = SLOT_NUMBERS.map((words, index) => [
  new RegExp(`^\\s*(?:${anyOf(words)})\\s*[.!]*\\s*$`),
  index,
]);
/** A day of the month: "the 12th", "on the 13th", "el 13" (Spanish; "a las 13" is a time). */
const DATE_OF_MONTH =
  /\b(?:on |for )?(?:the )?(\d{1,2})(?:st|nd|rd|th)\b|\b(?:el|dia) (\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|:|o'?clock|de la|hrs?\b|h\b))/g;

const CLOCK_AFTER: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'oclock',
  "o'clock",
  'hrs',
  'hr',
  'h',
]);
/** The days of the month said right after a weekday ("el jueves 12", "thursday the 12"), not a clock ("thursday 9am"). */
function weekdayDates(segment: string): { date: number; text: string }[] {
  const words = segment.split(' ');
  const dates: { date: number; text: string }[] = [];
  words.forEach((word, at) => {
    if (!WEEKDAY_INDEX.has(word)) return;
    const number = words[at + 1] === 'the' ? at + 2 : at + 1;
    const said = words[number] ?? '';
    if (!isDigits(said) || said.length > 2 || CLOCK_AFTER.has(words[number + 1] ?? '')) return;
    dates.push({ date: Number(said), text: words.slice(at, number + 1).join(' ') });
  });
  return dates;
}

/**
 * The slot a lead's answer picks, several that fit it, or one close to the time said ("a las 6" with a 6:30 slot):
 * offered back, never booked until the lead says yes.
 */
export type SlotPick = { index: number } | { ambiguous: number[] } | { near: number } | undefined;

/** The day a lead's answer is read against: now, in the tenant's time zone. */
export interface Today {
  nowMs: number;
  timeZone: string;
}

const TOMORROW = new RegExp(`\\b(?:${anyOf(TOMORROW_SPELLINGS)})\\b`, 'g');
const DAY_AFTER_SAID = new RegExp(`\\b(?:${anyOf(DAY_AFTER_TOMORROW)})\\b`, 'g');
/** "mañana" as tomorrow: not "por la mañana", "esta mañana", "cada mañana" (the morning). */
const MANANA = new RegExp(`(^|[^a-z])(?<!\\b(?:${anyOf(MORNING_OF)}) )manana\\b`, 'g');
const MANANA_ONCE = new RegExp(MANANA.source);
const TODAY_SAID = new RegExp(
  `\\b(?:${anyOf([...TODAY_WORDS, ...TONIGHT_WORDS, ...THIS_AFTERNOON_WORDS])})\\b`,
  'g',
);
const TONIGHT = anyWord(TONIGHT_WORDS);
const THIS_AFTERNOON = anyWord(THIS_AFTERNOON_WORDS);

/**
 * "tomorrow morning", "mañana temprano", "today at 4", "pasado mañana": a relative day becomes its weekday, which
 * the offered slots name. Spanish "mañana" is tomorrow unless it is the morning ("por la mañana", "en la mañana").
 */
export function relativeDaysAsWeekdays(folded: string, today: Today): string {
  const days = daysFrom(today);
  // (with its day of the month, "wednesday the 11": a weekday offered twice is the one meant)
  const weekday = (ahead: number) => `${WEEKDAYS_EN[days.weekdayAhead(ahead)]!} the ${days.dateAhead(ahead)}`;
  return thisWeekdayDated(weeksAsDates(folded, days), days)
    .replace(DAY_AFTER_SAID, () => weekday(2))
    .replace(TOMORROW, () => weekday(1))
    .replace(MANANA, (_m, lead: string) => `${lead}${weekday(1)}`)
    .replace(TODAY_SAID, (match) =>
      TONIGHT.test(match)
        ? `${weekday(0)} evening`
        : THIS_AFTERNOON.test(match)
          ? `${weekday(0)} afternoon`
          : weekday(0),
    );
}

/** The days from today in the tenant's zone: a day's date of the month and its weekday (Monday 0), `ahead` days on. */
interface DaysFrom {
  dateAhead: (ahead: number) => number;
  weekdayAhead: (ahead: number) => number;
}
function daysFrom(today: Today): DaysFrom {
  const { year, month, day } = localParts(today.nowMs, today.timeZone);
  const dayAhead = (ahead: number) => new Date(Date.UTC(year, month - 1, day + ahead));
  // (getUTCDay runs Sunday 0 to Saturday 6, WEEKDAYS_EN Monday to Sunday)
  return {
    dateAhead: (ahead) => dayAhead(ahead).getUTCDate(),
    weekdayAhead: (ahead) => (dayAhead(ahead).getUTCDay() + 6) % 7,
  };
}

/** The phrase `said` (words) stands at `at` in `words`, each word read without the marks after it. */
const saidAt = (words: readonly string[], at: number, said: readonly string[]): boolean =>
  said.every((word, k) => bare(words[at + k] ?? '') === word);

/** A word without the marks after it ("saturday," is "saturday"). */
const bare = (word: string): string => {
  let end = word.length;
  while (end > 0 && !isFoldedLetter(word[end - 1])) end -= 1;
  return word.slice(0, end);
};

const WEEK_PHRASES = WEEKS_NAMED.map((named) => ({ ...named, said: named.words.split(' ') }));
/**
 * A week named as a whole ("the one next week", "el de la semana que entra") written as its days of the month, and a
 * day a week off ("a week from tomorrow") as its own: the offered slot on those days is the one meant.
 */
function weeksAsDates(folded: string, days: DaysFrom): string {
  if (!folded.includes('week') && !folded.includes('semana') && !folded.includes('ocho')) return folded;
  const todayIndex = days.weekdayAhead(0);
  const words = folded.split(' ');
  const out: string[] = [];
  for (let at = 0; at < words.length;) {
    const named = WEEK_PHRASES.find(({ said }) => saidAt(words, at, said));
    if (!named) {
      out.push(words[at]!);
      at += 1;
      continue;
    }
    const aheads =
      named.ahead !== undefined
        ? [named.ahead]
        : named.week === 1
          ? [0, 1, 2, 3, 4, 5, 6].map((k) => 7 - todayIndex + k)
          : Array.from({ length: 7 - todayIndex }, (_, k) => k);
    const last = words[at + named.said.length - 1]!;
    out.push(
      `${aheads.map((ahead) => `${days.dateAhead(ahead)}th`).join(' ')}${last.slice(bare(last).length)}`,
    );
    at += named.said.length;
  }
  return out.join(' ');
}

const THIS_WORDS: ReadonlySet<string> = new Set(['this', 'este', 'esta']);
/**
 * "not this saturday, the one after": "this" names the coming one, so it is written with its day of the month
 * ("saturday the 14"), which only that slot has (not every Saturday offered).
 */
function thisWeekdayDated(folded: string, days: DaysFrom): string {
  const todayIndex = days.weekdayAhead(0);
  const words = folded.split(' ');
  const named = (at: number): boolean =>
    THIS_WORDS.has(words[at] ?? '') && WEEKDAY_INDEX.has(bare(words[at + 1] ?? ''));
  return words
    .map((word, at) => {
      if (!named(at)) return at > 0 && named(at - 1) ? '' : word;
      const weekday = words[at + 1]!;
      const name = bare(weekday);
      const ahead = (WEEKDAY_INDEX.get(name)! - todayIndex + 7) % 7;
      return `${name} the ${days.dateAhead(ahead)}${weekday.slice(name.length)}`;
    })
    .filter((word) => word !== '')
    .join(' ');
}
/** Each weekday's full name, English or folded Spanish, by its index (Monday 0). */
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(
  [...WEEKDAYS_EN.entries(), ...WEEKDAYS_ES.entries()].map(([index, name]) => [name, index]),
);

interface Constraints {
  picks: Set<number>;
  weekdays: Set<number>;
  dates: Set<number>;
  times: { hour: number; minute?: number; meridiem?: 'am' | 'pm' }[];
  parts: Set<string>;
  /** A bound on the clock, in minutes of the day: "after 4" (from 16:00), "antes de las 10" (until 10:00). */
  from?: number;
  until?: number;
}

const ON_WEEKDAYS = anyWord(WEEKDAYS_TOGETHER);
const ON_WEEKENDS = anyWord(WEEKEND_WORDS);

const HALF_AFTER: ReadonlySet<string> = new Set(HALF_HOUR_AFTER);
const QUARTER_AFTER: ReadonlySet<string> = new Set(QUARTER_HOUR_AFTER);
const COUNTED_NOUN: ReadonlySet<string> = new Set(COUNTS_NOT_SLOTS);
/**
 * The segment's words with half and quarter hours said in words written as the clock writes them ("6 y media" is
 * 6:30, "half past 4" 4:30, "6 y cuarto" 6:15), and with counts of things blanked ("3 recámaras", "2 kids": no slot's
 * number).
 */
function asClockWords(segment: string): string {
  const words = segment.split(' ');
  const out: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const next = `${words[at + 1] ?? ''} ${words[at + 2] ?? ''}`.trim();
    const hour = isDigits(word) && word.length <= 2;
    const afterHalf = HALF_AFTER.has(next) ? 2 : HALF_AFTER.has(words[at + 1] ?? '') ? 1 : 0;
    const afterQuarter = QUARTER_AFTER.has(next) ? 2 : QUARTER_AFTER.has(words[at + 1] ?? '') ? 1 : 0;
    if (hour && (afterHalf > 0 || afterQuarter > 0)) {
      out.push(`${word}:${afterHalf > 0 ? '30' : '15'}`);
      at += afterHalf || afterQuarter;
    } else if (
      (word === 'half' || word === 'quarter') &&
      words[at + 1] === 'past' &&
      isDigits(words[at + 2] ?? '')
    ) {
      out.push(`${words[at + 2]}:${word === 'half' ? '30' : '15'}`);
      at += 2;
    } else if (hour && COUNTED_NOUN.has(unpunctuated(words[at + 1] ?? ''))) out.push(' ');
    else out.push(word);
  }
  return out.join(' ');
}

function constraintsOf(segment: string, count: number, offeredDates: ReadonlySet<number>): Constraints {
  const found: Constraints = {
    picks: new Set(),
    weekdays: new Set(),
    dates: new Set(),
    times: [],
    parts: new Set(),
  };
  segment = asClockWords(segment.replace(HOUR_WORD, hourInDigits));
  const bounded = clockBounds(segment);
  Object.assign(found, bounded.bounds);
  let rest = bounded.rest;
  // Days of the month first, only those of the offered slots ("the 12th" is Thursday the 12th's slot, as is "el jueves
  // 12").
  const said = [
    ...[...segment.matchAll(DATE_OF_MONTH)].map((match) => ({
      date: Number(match[1] ?? match[2]),
      text: match[0],
    })),
    ...weekdayDates(segment),
  ];
  for (const { date, text } of said) {
    if (!offeredDates.has(date)) continue;
    found.dates.add(date);
    rest = rest.replace(text, ' ');
  }
  // Clock times first ("6:30", "4pm", "4 o'clock", "at 4", "las 6"), so their digits are not read as picks.
  const TIME =
    /\b(?:at |a las |las |la de las |el de las |the )?(\d{1,2})(?:[:.](\d{2}))\s*(am|pm|a\.m\.?|p\.m\.?)?|\b(\d{1,2})\s*(am|pm|a\.m\.?|p\.m\.?|o'?clock)\b|\b(?:at|a las|a la|las|around|like) (\d{1,2})\b(?![:.]\d)|\bthe (\d{1,2})\b(?!\s*(st|nd|rd|th|o'?clock|am|pm|a\.m|p\.m|:)\b)/g;
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
  if (ON_WEEKDAYS.test(rest)) [0, 1, 2, 3, 4].forEach((d) => found.weekdays.add(d));
  if (ON_WEEKENDS.test(rest)) [5, 6].forEach((d) => found.weekdays.add(d));
  for (const { part, pattern } of PARTS_OF_SLOTS) if (pattern.test(rest)) found.parts.add(part);
  return found;
}

function isEmpty(c: Constraints): boolean {
  return (
    c.picks.size === 0 &&
    c.weekdays.size === 0 &&
    c.dates.size === 0 &&
    c.times.length === 0 &&
    c.parts.size === 0 &&
    c.from === undefined &&
    c.until === undefined
  );
}

const BOUND_FROM: ReadonlySet<string> = new Set(CLOCK_BOUND_FROM);
const BOUND_UNTIL: ReadonlySet<string> = new Set(CLOCK_BOUND_UNTIL);
const BOUND_FILLERS: ReadonlySet<string> = new Set(CLOCK_BOUND_FILLERS);
const CLOCK_PARTS = CLOCK_PART_MARKERS.map(({ words, marker }) => ({ said: words.split(' '), marker }));
const UNTIL_DENIED_BY: ReadonlySet<string> = new Set(CLOCK_UNTIL_DENIED_BY);
/**
 * "no puedo hasta las 6", "can't until 6", "not free til 5": an "until" denied a few words before it (no comma between)
 * is a bound from that hour, read as "after 6"; it is neither a day taken off nor the lead's own day.
 */
function deniedUntilAsAfter(segment: string): string {
  const words = segment.trim().split(' ');
  for (let at = 1; at < words.length; at += 1) {
    if (!UNTIL_WORDS.has(words[at]!) || !boundsTheClock(words, at)) continue;
    for (let back = at - 1; back >= Math.max(0, at - 3); back -= 1) {
      const word = words[back]!;
      if (UNTIL_DENIED_BY.has(word))
        return [...words.slice(0, back), 'after', ...words.slice(at + 1)].join(' ');
      if (word.endsWith(',')) break;
    }
  }
  return segment;
}

/**
 * "after 4", "after 4:30pm", "después de las 4", "before noon", "antes de las 10": a bound on the clock, and the
 * segment without it (a bare hour in business hours, as everywhere).
 */
function clockBounds(segment: string): { bounds: Pick<Constraints, 'from' | 'until'>; rest: string } {
  const words = segment.split(' ');
  const bounds: Pick<Constraints, 'from' | 'until'> = {};
  const kept: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const side = BOUND_FROM.has(word) ? 'from' : BOUND_UNTIL.has(word) ? 'until' : undefined;
    if (!side) {
      kept.push(word);
      continue;
    }
    let next = at + 1;
    while (next < words.length && BOUND_FILLERS.has(words[next]!)) next += 1;
    const said = words[next] ?? '';
    const after = words[next + 1];
    const part = CLOCK_PARTS.find(({ said: phrase }) => saidAt(words, next + 1, phrase));
    const apart = after === 'am' || after === 'pm' ? after : part?.marker;
    const clock =
      said === 'noon' || said === 'mediodia' ? { hour: 12, minute: 0, marker: 'pm' } : clockOf(said, apart);
    if (!clock) {
      kept.push(word);
      continue;
    }
    bounds[side] = minutesOf(clock);
    at = part ? next + part.said.length : apart !== undefined && !said.endsWith(apart) ? next + 1 : next;
  }
  return { bounds, rest: kept.join(' ') };
}

interface Clock {
  hour: number;
  minute: number;
  marker?: string;
}
/** "4", "4pm", "4:30", "4:30pm" (or "4" with "pm" said apart): the clock's hour, minute and marker, if it is one. */
function clockOf(said: string, apart: string | undefined): Clock | undefined {
  const marker = said.endsWith('am') ? 'am' : said.endsWith('pm') ? 'pm' : apart;
  const digits = said.endsWith('am') || said.endsWith('pm') ? said.slice(0, -2) : said;
  const [hourSaid = '', minuteSaid = '00', ...more] = digits.split(':');
  if (more.length > 0 || !isDigits(hourSaid) || !isDigits(minuteSaid) || hourSaid.length > 2)
    return undefined;
  const hour = Number(hourSaid);
  const minute = Number(minuteSaid);
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  return { hour, minute, ...(marker !== undefined ? { marker } : {}) };
}
/** A clock in minutes of the day (a bare hour in business hours). */
function minutesOf(clock: Clock): number {
  const hour =
    clock.marker === undefined
      ? businessHour(clock.hour)
      : (clock.hour % 12) + (clock.marker === 'pm' ? 12 : 0);
  return hour * 60 + clock.minute;
}
/** A slot's clock in minutes of the day, if it has one. */
const slotMinutes = (slot: SlotFacts): number | undefined =>
  slot.hour === undefined ? undefined : slot.hour * 60 + (slot.minute ?? 0);

/** Minutes past the hour within which an hour said alone ("at 2") still names a slot. */
const QUARTER_HOUR = 15;
/**
 * Whether a slot fits what a part of the answer says. `edges`: a part of the day with its edges; `looseHours`: an hour
 * said alone ("at 6") fits any minute of it (a slot turned down, or one offered back as close), else only on the dot.
 */
function matches(
  c: Constraints,
  facts: SlotFacts,
  index: number,
  { edges, looseHours }: { edges: boolean; looseHours: boolean },
): boolean {
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
      // (an hour said alone is its first quarter: "a las 2" is a 2:05 slot, not a 2:30 one, unless hours are loose)
      const slotMinute = facts.minute ?? 0;
      const fits =
        time.minute === undefined ? looseHours || slotMinute < QUARTER_HOUR : time.minute === slotMinute;
      return candidates.includes(hour) && fits;
    });
    if (!ok) return false;
  }
  if (
    c.parts.size > 0 &&
    (facts.hour === undefined || ![...c.parts].some((part) => inPart(part, facts.hour!, edges)))
  )
    return false;
  if (c.from !== undefined || c.until !== undefined) {
    const at = slotMinutes(facts);
    if (at === undefined) return false;
    if ((c.from !== undefined && at < c.from) || (c.until !== undefined && at >= c.until)) return false;
  }
  return true;
}

/**
 * A part of the answer that says when the lead cannot: "weekdays im at work", "el jueves trabajo", "weekends are busy
 * for us", "entre semana se me complica". Not "i work from home" or "salgo del trabajo a las 12" (free after it).
 */
const CANT = anyOf(CANT_WORDS);
const UNAVAILABLE = new RegExp(
  `\\b(?:${anyOf(BUSY_WORDS)}|(?:${anyOf(WE_WORK)})(?! from home)|(?:${CANT})(?! wait)|(?<!\\b(?:${anyOf(TRABAJO_AS_A_PLACE)}) )trabajo(?! desde casa)|(?:${anyOf(HAVING_WORDS)}) (?:(?:${anyOf(APPOINTMENT_DETERMINERS)}) )?(?:[\\w']+ ){0,2}(?:${anyOf(APPOINTMENT_WORDS)}))\\b`,
);
/** A part named and taken off after it: "el miércoles no", "el viernes tampoco", "thursday's out". */
const TAKEN_OFF = new RegExp(`\\b(?:${anyOf(TAKEN_OFF_WORDS)})\\s*$`);
/** The start of a fallback pick: "if not friday", "si no el viernes", "otherwise the 3rd". */
const FALLBACK = new RegExp(`^\\s*(?:${anyOf(FALLBACK_WORDS)})\\b\\s*`);
/** Where an answer turns from one part to the next: "saturday at 11 since i work weekdays", "trabajo los sábados así que el jueves". */
const REASON_BREAK = new RegExp(`\\s*\\b(?:${anyOf(REASON_WORDS)}|if(?! not\\b))\\b\\s*`);
/** A part that opens with a no, which takes off what it names: "not the first", "ni el jueves". */
const NOT_OPENING = new RegExp(`^(?:${anyOf(NOT_OPENINGS)})\\b`);

/**
 * Resolves a lead's answer to exactly one of the offered slots: a digit, an ordinal ("the middle one", "2nd",
 * "la última"), a weekday, a clock time ("the 6:30", "4 o'clock"), a part of the day, or several of these together
 * ("friday morning"). A negated part ("not the first one") excludes. Several candidates are ambiguous (the bot asks
 * again, naming them); none is no pick.
 */
export function resolveSlotPick(answer: string, slots: readonly string[], today?: Today): SlotPick {
  // A part of the day first in its usual hours ("thursday afternoon": the 4 pm slot, not the 6:30 one), then with
  // its edges ("el miércoles en la tarde, a las 6" is the 6 pm slot).
  const usual = resolveWith(answer, slots, { edges: false, looseHours: false }, today);
  if (usual && 'index' in usual) return usual;
  const picked = resolveWith(answer, slots, { edges: true, looseHours: false }, today) ?? usual;
  if (picked) return picked;
  // "a las 6 de la tarde" with a 6:30 slot: not the time said, so it is offered back, not booked.
  const near = resolveWith(answer, slots, { edges: true, looseHours: true }, today);
  return near && 'index' in near ? { near: near.index } : near;
}

/**
 * Every slot but one: "cualquiera menos el jueves", "any but the first", "all except thursday", "salvo el sábado" (a
 * bare "menos" is a clock's "4 menos cuarto"). Read as the one taken off: no pick unless one slot is left.
 */
const ALL_BUT = new RegExp(
  `\\b(?:${anyOf(EVERY_SLOT)})\\s+(?:${anyOf(BUT_WORDS)})\\b|\\b(?:${anyOf(EXCEPT_WORDS)})\\b|\\b(?:${anyOf(EVERY_SLOT_EN)})\\s+pero\\b(?!\\s+(?:${anyOf(PERO_PICKS)})\\b)`,
  'g',
);
const LEFT_OVER = LEFT_OVER_WORDS.map((words) => words.split(' '));
/**
 * "thursday and friday I work 10 to 8 so whatever's left": what is said before the slot left over is ruled out, read
 * as "not thursday and friday ...".
 */
function leftOverAsNot(folded: string): string {
  const words = folded.replaceAll("'", '').split(' ');
  for (let at = 1; at < words.length; at += 1) {
    const left = LEFT_OVER.find((said) => saidAt(words, at, said));
    if (!left) continue;
    // (each day named is ruled out: "thursday and friday" is neither)
    const before = words.slice(0, at);
    const days = before.some((word) => WEEKDAY_INDEX.has(bare(word)));
    return days
      ? before.map((word) => (WEEKDAY_INDEX.has(bare(word)) ? `not ${word}` : word)).join(' ')
      : `not ${before.join(' ')}`;
  }
  return folded;
}
/** "I am Maricel": the verb, never the morning's "am". */
const withoutIAm = (text: string): string => ` ${text} `.replaceAll(' i am ', ' im ').slice(1, -1);
/** "either of the first two", "any of the last 2", "los primeros dos": two slots named together, so no single pick. */
const FIRST_TWO_SAID = new RegExp(`\\b(?:${anyOf(FIRST_TWO)})\\b`, 'g');
const LAST_TWO_SAID = new RegExp(`\\b(?:${anyOf(LAST_TWO)})\\b`, 'g');
const NONE = anyWord(NONE_WORKS);
/**
 * Where a correction starts: "but", "actually", "mejor", "o sea", "wait" (not "can't wait"); or a conclusion, after its
 * reason ("I'm on a 24 at the firehouse Wed into Thu, so Friday morning": the days of the reason pick nothing).
 */
const CORRECTION = new RegExp(
  `\\s*(\\b(?:${anyOf([...CORRECTION_WORDS, ...CONCLUSION_WORDS])})\\b|(?<!\\b(?:${CANT}) )\\bwait\\b)\\s*`,
);
const CONCLUSIONS: ReadonlySet<string> = new Set(CONCLUSION_WORDS);

/** The clauses of an answer split at its corrections, each with whether a conclusion follows it (it is a reason). */
function clausesOf(folded: string): { text: string; reason: boolean }[] {
  const pieces = folded.split(CORRECTION);
  return pieces
    .flatMap((text, index) =>
      index % 2 === 0 ? [{ text, reason: CONCLUSIONS.has(pieces[index + 1] ?? '') }] : [],
    )
    .filter(({ text }) => text !== '');
}
/** The answer without the parts of a day it named before them ("thursday i cant, i have a gig that night"). */
function withoutThatDaysParts(folded: string): string {
  let said = folded;
  for (const phrase of THAT_DAYS_PARTS)
    for (let at = said.indexOf(phrase); at >= 0; at = said.indexOf(phrase, at + phrase.length)) {
      const alone = !isFoldedLetter(said[at - 1]) && !isFoldedLetter(said[at + phrase.length]);
      if (alone && WEEKDAYS.some(([weekday]) => weekday.test(said.slice(0, at))))
        said = blankRange(said, at, at + phrase.length);
    }
  return said;
}

const PUT_OFF = phraseBook(
  ANSWER_PUT_OFF.map((said) => ({
    cue: 'put_off',
    ...(typeof said === 'string' ? { words: said } : said),
    always: true,
  })),
);
const UNDECIDED = phraseBook(UNDECIDED_OPENINGS.map((words) => ({ cue: 'undecided', words, always: true })));
/** The answer with the choices it leaves open blanked to their clause's end ("no sé si en la mañana o en la tarde"). */
const withoutUndecided = (folded: string): string => blankHits(UNDECIDED, folded, clauseEndFrom);
/** Where the clause that goes on at `from` ends. */
function clauseEndFrom(from: number, text: string): number {
  let to = from;
  while (to < text.length && !CLAUSE_ENDS.includes(text[to]!)) to += 1;
  return to;
}

/** A word without the marks that end its clause ("5," is "5"). */
const unpunctuated = (word: string): string => {
  let end = word.length;
  while (end > 0 && ',.!?'.includes(word[end - 1]!)) end -= 1;
  return word.slice(0, end);
};
const RELATIVE_TO: ReadonlySet<string> = new Set(RELATIVE_TO_AN_HOUR);
const THAT_HOUR: ReadonlySet<string> = new Set(THAT_HOUR_WORDS);
const AT_AN_HOUR: ReadonlySet<string> = new Set(AT_AN_HOUR_WORDS);
/**
 * "after that", "antes de eso" said of a clock hour named before it ("my wife is off at 5 so it would have to be after
 * that"): the hour said in its place, so the answer reads "after 5".
 */
function hourForThat(folded: string): string {
  const words = folded.split(' ');
  let hour: string | undefined;
  for (let at = 0; at < words.length; at += 1) {
    const word = unpunctuated(words[at]!);
    const next = unpunctuated(words[at + 1] ?? '');
    if (
      AT_AN_HOUR.has(words[at - 1] ?? '') &&
      clockOf(word, next === 'am' || next === 'pm' ? next : undefined)
    )
      hour = next === 'am' || next === 'pm' ? `${word} ${next}` : word;
    if (hour === undefined || !RELATIVE_TO.has(word)) continue;
    const that = words[at + 1] === 'de' ? at + 2 : at + 1;
    const said = unpunctuated(words[that] ?? '');
    if (THAT_HOUR.has(said)) words[that] = words[that]!.replace(said, hour);
  }
  return words.join(' ');
}
/** A no right after a correction, before the pick it turns to: "actually no, the 3rd" ("no" takes back, not off). */
const NO_TAKEN_BACK = new RegExp(
  `^[\\s,.!]*(?:${anyOf(NO_AGAIN)})[\\s,.!]+(?=(?:${anyOf(PICK_OPENINGS)}|#?\\d)\\w*\\b)`,
);

function resolveWith(
  answer: string,
  slots: readonly string[],
  reading: { edges: boolean; looseHours: boolean },
  today?: Today,
  reasonsPick = true,
): SlotPick {
  if (slots.length === 0) return undefined;
  const folded = leftOverAsNot(
    hourForThat(withoutIAm(today ? relativeDaysAsWeekdays(answer, today) : answer)),
  )
    .replace(ALL_BUT, ', not ')
    .replace(FIRST_TWO_SAID, '1 or 2')
    .replace(LAST_TWO_SAID, `${slots.length - 1} or ${slots.length}`);
  if (NONE.test(folded) || PUT_OFF.find(tokenise(folded)) !== undefined) return undefined;
  const facts = slots.map(slotFacts);
  const answerRead = withoutUndecided(withoutThatDaysParts(folded));
  const offeredDates = new Set(facts.flatMap((fact) => (fact.date === undefined ? [] : [fact.date])));
  // "3 works but 2 would be better", "the first one. actually no the 3rd": what follows a contrast or a correction
  // replaces what came before it. Right after a correction, "no" takes back the earlier pick ("actually no, the
  // 3rd"), it does not negate the pick that follows it.
  const clauses = clausesOf(answerRead).map(({ text, reason }, index) => ({
    text: index === 0 ? text : text.replace(NO_TAKEN_BACK, ''),
    reason,
  }));
  const all = slots.map((_, index) => index);
  let candidates = all;
  let positive = false;
  let excluded: number[] = [];
  // "i get off at 5", "salgo del trabajo a las 4": free from then, which settles a pick that fits several slots
  let freeFrom: number | undefined;
  // "anything but mornings, drill is this weekend so not the weekend either": when a reason's days would leave no slot,
  // they are the reason's, not a pick (the answer is read again without them)
  let reasonPicked = false;
  for (const [number, { text: clause, reason }] of clauses.entries()) {
    const excludedBefore = excluded.length;
    let clauseCandidates = all.filter((index) => !excluded.includes(index));
    // "the 2nd one but at 5 instead", "thursday, actually at 6": a time alone after a pick keeps the picked day
    // (another day's 5 o'clock slot is not what was asked for; none on that day is no pick).
    if (positive && timeOnly(clause, slots.length, offeredDates)) {
      const pickedDays = new Set(candidates.map((index) => facts[index]!.weekday));
      clauseCandidates = clauseCandidates.filter((index) => pickedDays.has(facts[index]!.weekday));
    }
    let clausePositive = false;
    let pickedByMinute = false;
    for (const segment of clause
      .split(/\s*[,;…]\s*|[.!?]+(?:\s+|$)/)
      .flatMap((part) => part.split(REASON_BREAK))
      .flatMap(atJoinedNo)
      .map(deniedUntilAsAfter)
      .filter(Boolean)) {
      // "thursday if it's still open, if not friday": a fallback does not narrow a choice made before it; when that
      // choice matched no slot ("today works? if not the wednesday 2pm"), the fallback is the choice.
      if (clausePositive && FALLBACK.test(segment)) {
        if (clauseCandidates.length > 0) continue;
        clauseCandidates = all.filter((index) => !excluded.includes(index));
      }
      // "the evening one, I'm hauling till 4", "on the road every morning til 1, so whatever's left": the lead's own
      // day is never a pick, before or after one ("til 1" is no first slot); nor is an aside after a pick ("la
      // primera, y por cierto we need a garage for 2 cars")
      const offAt = offWorkAt(segment);
      freeFrom = offAt ?? freeFrom;
      // ("sunday, choir's done by 1": when the lead is free after a pick is no pick of its own)
      if (
        clausePositive &&
        (offAt !== undefined || ownDay(segment) || ownShift(segment) || opensAnAside(segment))
      )
        continue;
      // "on the road every morning til 1", "youth group every evening from 6": the lead's habit takes its hours off.
      const busy = clausePositive ? undefined : busyHabit(segment);
      if (busy) {
        const hit = clauseCandidates.filter((index) =>
          busy.some((window) => inWindow(window, facts[index]!)),
        );
        excluded = [...excluded, ...hit];
        clauseCandidates = clauseCandidates.filter((index) => !hit.includes(index));
        continue;
      }
      // (after a pick, a day said with what the lead has then is the reason it was not picked: "mejor el domingo, el
      // viernes tengo ensayo"; a fallback's "if not" turns down nothing: "today works? if not the wednesday 2pm")
      const negative =
        NOT_OPENING.test(segment.trim()) ||
        TAKEN_OFF.test(segment) ||
        UNAVAILABLE.test(segment) ||
        ownShift(segment) ||
        (clausePositive && dayTurnedDown(segment.replace(FALLBACK, '')));
      // Before a pick, the lead's own day picks nothing; a day the lead cannot ("el jueves trabajo") still takes off
      // what it names.
      const picking = negative ? segment : beforeOwnDay(segment);
      if (picking === '') continue;
      const constraint = constraintsOf(picking.replace(FALLBACK, ''), slots.length, offeredDates);
      if (isEmpty(constraint)) continue;
      // (a slot turned down at an hour is turned down at any minute of it: "not at 6" is not the 6:30 either; after a
      // pick, an hour narrows it the same way: "tonight works, home by 6" is tonight's 6:30)
      const fits = { ...reading, looseHours: reading.looseHours || negative || clausePositive };
      let hit = clauseCandidates.filter((index) => matches(constraint, facts[index]!, index, fits));
      // "the 4:45 one, after work", "the 7:30 am one, justo después del night shift", "el 2, el de la tarde, because
      // mornings estoy en la clínica": a part of the day said after a slot picked by its minute or its number tells
      // why, it does not undo the pick.
      if (!negative && hit.length === 0 && pickedByMinute && onlyParts(constraint)) continue;
      // "pensé que el sábado lo tenía ocupado pero se canceló, así que el sábado sí": a slot named after a correction
      // takes back what excluded it before the correction
      const namesADay = constraint.weekdays.size > 0 || constraint.dates.size > 0;
      if (!negative && hit.length === 0 && number > 0 && namesADay) {
        const excludedHere = excluded.slice(excludedBefore);
        hit = all.filter(
          (index) => !excludedHere.includes(index) && matches(constraint, facts[index]!, index, fits),
        );
      }
      if (negative) {
        excluded = [...excluded, ...hit];
        clauseCandidates = clauseCandidates.filter((index) => !hit.includes(index));
      } else if (reason && !reasonsPick) {
        continue;
      } else {
        reasonPicked ||= reason;
        clausePositive = true;
        clauseCandidates = hit;
        // (a slot picked by its number or its minute: "el 2", "the 4:45 one")
        pickedByMinute =
          hit.length === 1 &&
          (pickedByMinute ||
            constraint.picks.size > 0 ||
            constraint.times.some((time) => time.minute !== undefined));
      }
    }
    if (clausePositive) {
      positive = true;
      candidates = clauseCandidates;
    } else {
      candidates = candidates.filter((index) => !excluded.includes(index));
    }
  }
  if (candidates.length === 0 && reasonPicked) return resolveWith(answer, slots, reading, today, false);
  if (!positive && candidates.length === slots.length) return undefined;
  if (candidates.length > 1 && freeFrom !== undefined) {
    const from = freeFrom;
    const after = candidates.filter((index) => (slotMinutes(facts[index]!) ?? 0) >= from);
    if (after.length > 0) candidates = after;
  }
  if (candidates.length === 1) return { index: candidates[0]! };
  if (candidates.length > 1) return { ambiguous: candidates };
  return undefined;
}

/**
 * The segment tells a shift of the lead's own (`OWN_SHIFTS`), not one that bounds the time said ("tonight after i
 * close up", "thursday morning before i open the shop").
 */
function ownShift(segment: string): boolean {
  const said = ` ${segment.trim().replaceAll("'", '')} `;
  return OWN_SHIFTS.some((shift) => {
    const at = said.indexOf(` ${shift} `);
    const before = said.slice(0, at).trim().split(' ').at(-1) ?? '';
    return at >= 0 && !AFTER_WORDS.has(before) && !SHIFT_BOUNDS.has(before);
  });
}
const SHIFT_BOUNDS: ReadonlySet<string> = new Set(['before', 'b4', 'till', 'til', 'until', 'hasta']);

/** The constraint names parts of the day and nothing else. */
const onlyParts = (c: Constraints): boolean =>
  c.parts.size > 0 &&
  c.picks.size === 0 &&
  c.weekdays.size === 0 &&
  c.dates.size === 0 &&
  c.times.length === 0;

/** The segment opens an aside after a pick ("y por cierto ...", "btw we need 4 bedrooms", "also ..."). */
function opensAnAside(segment: string): boolean {
  const words = segment.trim().split(' ');
  const from = ASIDE_JOINS.has(words[0] ?? '') ? 1 : 0;
  const rest = ` ${words.slice(from).join(' ')} `;
  const said = ` ${segment.trim().replaceAll("'", '')} `;
  return (
    ASIDE_OPENINGS.some((opening) => rest.startsWith(` ${opening} `)) ||
    CONTACT_ASIDES.some((contact) => said.includes(` ${contact} `))
  );
}
const ASIDE_JOINS: ReadonlySet<string> = new Set(['y', 'and', 'oh', 'ah', 'e']);

/**
 * A part split where a join brings in a no: "not saturday and no mornings", "el sábado no y tampoco en la mañana" is two
 * parts taken off, each on its own ("not the weekend, and no mornings": "and no mornings" is no pick of mornings).
 */
function atJoinedNo(part: string): string[] {
  const words = part.trim().split(' ');
  const parts: string[] = [];
  let from = 0;
  for (let index = 0; index < words.length - 1; index += 1) {
    if (!NEGATION_JOINS.has(words[index]!)) continue;
    // ...or a day taken off after it, its no at the end: "el lunes no puedo y el viernes tan temprano tampoco"
    const rest = words.slice(index + 1).join(' ');
    const before = words.slice(from, index).join(' ');
    const dayTakenOffAfter =
      TAKEN_OFF.test(rest) &&
      WEEKDAYS.some(([weekday]) => weekday.test(rest)) &&
      (TAKEN_OFF.test(before) || UNAVAILABLE.test(before) || NOT_OPENING.test(before.trim()));
    if (!NOT_OPENING.test(words[index + 1]!) && !dayTakenOffAfter) continue;
    if (index > from) parts.push(words.slice(from, index).join(' '));
    from = index + 1;
  }
  parts.push(words.slice(from).join(' '));
  return parts;
}
const NEGATION_JOINS: ReadonlySet<string> = new Set([...ASIDE_JOINS, 'also', 'plus', 'tambien', 'or']);

/**
 * The segment tells the lead's own day ("i'm hauling till 4", "after i wake up", "salgo del hotel a las 8"):
 * `UNTIL_WORDS`, `OWN_SCHEDULE_VERBS`, `AFTER_WORDS`; an "after" that names a part of the day is none ("jueves, después
 * de comer").
 */
function ownDay(segment: string): boolean {
  return ownDayAt(segment.trim().split(' ')) >= 0;
}
/** Where the lead's own day starts in the words, or -1. */
function ownDayAt(words: readonly string[]): number {
  return words.findIndex(
    (word, index) =>
      UNTIL_WORDS.has(word) ||
      OWN_SCHEDULE_VERBS.has(word) ||
      // "i get off at the clinic at 6"
      (word === 'off' && GETTING_OFF.has(words[index - 1] ?? '')) ||
      (AFTER_WORDS.has(word) &&
        OWN_DAY_SUBJECTS.has(words[index + 1] ?? '') &&
        !namesAPart(words.slice(index).join(' ')) &&
        !boundsTheClock(words, index)),
  );
}
/**
 * Before a pick, what of the segment may pick: all of it, or, when it tells the lead's own day, what is said before
 * that ("thursday morning before my shift", "tonight at 7:15 after i clock out", "el jueves a la 1 que salgo del
 * trabajo"); nothing when the day is a habit ("on the road every morning til 1": "til 1" is no first slot, and the
 * mornings are the lead's, not a wish).
 */
function beforeOwnDay(segment: string): string {
  const words = segment.trim().split(' ');
  let at = ownDayAt(words);
  if (at < 0) return segment;
  if (words.some((word) => HABIT_WORDS.has(word))) return '';
  while (at > 0 && OWN_DAY_LEAD_INS.has(words[at - 1]!)) at -= 1;
  return words.slice(0, at).join(' ');
}
/** Hours of the lead's own, on the 24-hour clock in minutes, on some weekdays (none said: every day). */
interface BusyWindow {
  from: number;
  until: number;
  weekdays: ReadonlySet<number>;
}
const DAY_START = 0;
const DAY_END = 24 * 60;
const PART_HOURS: Record<string, [number, number]> = {
  morning: [DAY_START, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, DAY_END],
};
/** A clock said at `at` in the words ("4", "4pm", "4:30", "4 pm"), in minutes of the day, business hours when bare. */
function clockAt(words: readonly string[], at: number): number | undefined {
  let from = at;
  while (from < words.length && CLOCK_FILLERS.has(words[from]!)) from += 1;
  const after = words[from + 1];
  const clock = clockOf(words[from] ?? '', after === 'am' || after === 'pm' ? after : undefined);
  return clock ? minutesOf(clock) : undefined;
}
const CLOCK_FILLERS: ReadonlySet<string> = new Set(['las', 'la', 'at']);

/** Hours said as a window in the words: "11 to 2", "de 8 a 2", "til 1" (from the day's start), "from 6" (to its end). */
function windowsIn(words: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const [low, high] = word.includes('-') ? word.split('-') : [];
    const start = UNTIL_WORDS.has(word)
      ? DAY_START
      : low !== undefined && high !== undefined
        ? clockAt([low], 0)
        : clockAt(words, at);
    if (UNTIL_WORDS.has(word) || HABIT_FROM_WORDS.has(word)) {
      const bound = clockAt(words, at + 1);
      if (bound === undefined) continue;
      found.push(UNTIL_WORDS.has(word) ? [DAY_START, bound] : [bound, DAY_END]);
      continue;
    }
    if (start === undefined) continue;
    const end =
      high !== undefined
        ? clockAt([high], 0)
        : RANGE_JOINS.has(words[at + 1] ?? '')
          ? clockAt(words, at + 2)
          : undefined;
    if (end !== undefined && start < end) {
      found.push([start, end]);
      at += 2;
    }
  }
  return found;
}
const HABIT_FROM_WORDS: ReadonlySet<string> = new Set(['from', 'desde', 'starting']);
const RANGE_JOINS: ReadonlySet<string> = new Set(['to', 'a', '-', ...UNTIL_WORDS]);

/**
 * The hours a habit of the lead's takes ("I'm on the road every morning til 1", "lunch rush 11 to 2 every day",
 * "youth group every evening from 6", "todas las mañanas hasta las 11"), said as the lead's own, not as a wish ("every
 * morning works" is one): undefined when the segment tells no such habit.
 */
function busyHabit(segment: string): BusyWindow[] | undefined {
  const words = segment.trim().split(' ');
  if (!words.some((word) => HABIT_WORDS.has(word)) || words.some((word) => HABIT_WISHES.has(word)))
    return undefined;
  const weekdays = new Set<number>();
  WEEKDAYS.forEach(([pattern], index) => {
    if (pattern.test(segment)) weekdays.add(index);
  });
  const windows: BusyWindow[] = windowsIn(words).map(([from, until]) => ({ from, until, weekdays }));
  const bounded = windows.length > 0;
  if (!bounded)
    for (const { part, pattern } of PARTS_OF_SLOTS)
      if (pattern.test(segment)) {
        const [from, until] = PART_HOURS[part] ?? [DAY_START, DAY_END];
        windows.push({ from, until, weekdays });
      }
  // (a part of the day alone is the lead's only with the lead's day told: "I drive every morning" is no habit's hours
  // without it, "every morning is good" a wish)
  return bounded || (windows.length > 0 && ownDayAt(words) >= 0) ? windows : undefined;
}
/** When the lead gets off work, in minutes of the day ("i get off at the clinic at 6", "salgo a las 4"). */
function offWorkAt(segment: string): number | undefined {
  const words = segment.trim().split(' ');
  const off = words.findIndex(
    (word, index) => OFF_WORK_VERBS.has(word) || (word === 'off' && GETTING_OFF.has(words[index - 1] ?? '')),
  );
  if (off < 0) return undefined;
  for (let at = off + 1; at < words.length; at += 1)
    if (CLOCK_MARKS.has(words[at]!)) {
      const clock = clockAt(words, at + 1);
      if (clock !== undefined) return clock;
    }
  return undefined;
}
/** What the lead is done with at a clock: "salgo a las 4", "choir's done by 1", "termino a la 1". */
const OFF_WORK_VERBS: ReadonlySet<string> = new Set([
  'salgo',
  'salimos',
  'sale',
  'done',
  'finished',
  'free',
  'termino',
  'terminamos',
  'termina',
  'acabo',
  'acabamos',
  'desocupo',
  // "I close the salon at 3": free once the shift is over
  'close',
  'cierro',
]);
const CLOCK_MARKS: ReadonlySet<string> = new Set(['at', 'a', 'by', 'around']);
const inWindow = (window: BusyWindow, slot: SlotFacts): boolean => {
  const at = slotMinutes(slot);
  if (at === undefined) return false;
  if (window.weekdays.size > 0 && (slot.weekday === undefined || !window.weekdays.has(slot.weekday)))
    return false;
  return at >= window.from && at < window.until;
};

/** "después de las 3", "after like 4": the after word bounds the clock (`clockBounds`), it tells no day of the lead's. */
function boundsTheClock(words: readonly string[], at: number): boolean {
  let next = at + 1;
  while (next < words.length && BOUND_FILLERS.has(words[next]!)) next += 1;
  const said = words[next] ?? '';
  const after = words[next + 1];
  return (
    said === 'noon' ||
    said === 'mediodia' ||
    clockOf(said, after === 'am' || after === 'pm' ? after : undefined) !== undefined
  );
}
/** Every phrase that names a part of the day a slot is in ("afternoon", "after lunch", "después de comer"). */
const PART_PHRASES = DAY_PARTS.flatMap(({ words, slot }) => [...words, ...slot]);
const namesAPart = (said: string): boolean =>
  PART_PHRASES.some((phrase) => said === phrase || said.startsWith(`${phrase} `));

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
