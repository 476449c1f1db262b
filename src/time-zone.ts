/** Wall-clock helpers for an IANA time zone, built on Intl only (no clock reads: time always comes in). Shared by
 * the follow-up scheduler (quiet hours) and the bots' date reading. */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

export function localParts(ms: number, timeZone: string): LocalParts & { second: number } {
  const offset = hourOffset(ms, timeZone);
  if (offset === undefined) return formattedParts(ms, timeZone);
  // The zone keeps one offset all this hour: the wall clock is the instant moved by it (whole seconds).
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const HOUR_MS = 3_600_000;
/** The instants whose wall clock is read through an hour's offset: years 1970 to 2199 (others through Intl). */
const OFFSET_UNTIL = Date.UTC(2200, 0, 1);

/**
 * The zone's offset (ms) through the UTC hour of `ms`, or undefined when it changes within that hour (a DST change)
 * or `ms` is outside the years read this way. The same offset at the hour's first and last second means one offset
 * all hour: no zone changes its offset twice within one hour (tz database).
 */
function hourOffset(ms: number, timeZone: string): number | undefined {
  if (!(ms >= 0 && ms < OFFSET_UNTIL)) return undefined;
  const hour = Math.floor(ms / HOUR_MS);
  let hours = offsetsLately.get(timeZone);
  if (!hours || hours.size >= MAX_HOURS) {
    if (!hours && offsetsLately.size >= MAX_ZONES) offsetsLately.clear();
    hours = new Map();
    offsetsLately.set(timeZone, hours);
  }
  let offset = hours.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const first = offsetOfParts(start, formattedParts(start, timeZone));
    const last = offsetOfParts(start + HOUR_MS - 1_000, formattedParts(start + HOUR_MS - 1_000, timeZone));
    offset = first === last ? first : Number.NaN;
    hours.set(hour, offset);
  }
  return Number.isNaN(offset) ? undefined : offset;
}

/**
 * Each zone's offset by UTC hour (NaN when it changes within the hour), for the hours read lately: the nurture plan
 * and the date reader ask a dozen times a bot step, for the same few hours step after step, and each Intl reading
 * costs more than the rest of the arithmetic. A memo table of at most MAX_ZONES zones of MAX_HOURS hours each, a
 * zone's hours (or all zones) dropped when full; each entry is what Intl gives for that hour, so a reading through
 * it is the reading through Intl.
 */
const offsetsLately = new Map<string, Map<number, number>>();
const MAX_ZONES = 64;
const MAX_HOURS = 512;

/** local = utc + offset, from the wall clock read at `ms` (whole seconds). */
function offsetOfParts(ms: number, p: LocalParts & { second: number }): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1_000) * 1_000;
}

/** The wall clock at `ms` through Intl. */
function formattedParts(ms: number, timeZone: string): LocalParts & { second: number } {
  // "3/10/2026, 10:00:00" read by its six runs of digits: formatToParts builds an object per part and costs twice
  // as much, and the nurture plan asks a dozen times a bot step (so no split strings or arrays either).
  const text = formatter(timeZone).format(ms);
  const runs = [0, 0, 0, 0, 0, 0];
  let run = -1;
  let inDigits = false;
  for (let at = 0; at < text.length; at += 1) {
    const digit = text.charCodeAt(at) - 48;
    if (digit >= 0 && digit <= 9) {
      if (!inDigits) run += 1;
      inDigits = true;
      if (run < runs.length) runs[run] = runs[run]! * 10 + digit;
    } else {
      inDigits = false;
      if (at === 0) return partsOf(ms, timeZone);
    }
  }
  if (run !== runs.length - 1) return partsOf(ms, timeZone);
  const [month, day, year, hour, minute, second] = runs as [number, number, number, number, number, number];
  return { year, month, day, hour: hour % 24, minute, second };
}

/** The same parts through formatToParts: the reading when the formatted string is not the expected one. */
function partsOf(ms: number, timeZone: string): LocalParts & { second: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at `ms`, in milliseconds (local = utc + offset). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  return offsetOfParts(ms, localParts(ms, timeZone));
}

/** The instant of a local wall-clock time in the zone (DST gaps resolve forward). */
export function localToUtcMs(local: LocalParts, timeZone: string): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = wall - zoneOffsetMs(wall, timeZone);
  guess = wall - zoneOffsetMs(guess, timeZone);
  return guess;
}

export interface QuietHours {
  /** Local hour quiet time starts (inclusive). Default 21. */
  startHour: number;
  /** Local hour quiet time ends (exclusive). Default 8. */
  endHour: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startHour: 21, endHour: 8 };

export function isQuietTime(ms: number, timeZone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  return quietHour(localParts(ms, timeZone).hour, quiet);
}

function quietHour(hour: number, quiet: QuietHours): boolean {
  // 21 to 8 spans midnight; 12 to 14 does not.
  return quiet.startHour > quiet.endHour
    ? hour >= quiet.startHour || hour < quiet.endHour
    : hour >= quiet.startHour && hour < quiet.endHour;
}

/** `ms` itself outside quiet hours, else the next local `endHour`:00 (08:00) in the zone. */
export function nextSendableMs(
  ms: number,
  timeZone: string,
  quiet: QuietHours = DEFAULT_QUIET_HOURS,
): number {
  const local = localParts(ms, timeZone);
  if (!quietHour(local.hour, quiet)) return ms;
  let { year, month, day } = local;
  if (quiet.startHour > quiet.endHour && local.hour >= quiet.startHour) {
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    year = next.getUTCFullYear();
    month = next.getUTCMonth() + 1;
    day = next.getUTCDate();
  }
  return localToUtcMs({ year, month, day, hour: quiet.endHour, minute: 0 }, timeZone);
}

/** Opening hours: the local weekdays (0 Sunday … 6 Saturday) and one local range, "HH:MM" to "HH:MM". */
export interface BusinessHours {
  days: number[];
  open: string;
  close: string;
}

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The local weekday (0 Sunday … 6 Saturday) of a local date. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isBusinessTime(ms: number, timeZone: string, hours: BusinessHours): boolean {
  const local = localParts(ms, timeZone);
  const minute = local.hour * 60 + local.minute;
  return (
    hours.days.includes(weekdayOf(local.year, local.month, local.day)) &&
    minute >= minutesOf(hours.open) &&
    minute < minutesOf(hours.close)
  );
}

/** When the team is next open, from `ms`: how many local days ahead, and the instant. */
export interface Opening {
  /** 0 today, 1 tomorrow, … (local calendar days in the zone). */
  daysAhead: number;
  weekday: number;
  ms: number;
}

/** The next opening strictly after `ms` (`undefined` when no day is open). */
export function nextOpening(ms: number, timeZone: string, hours: BusinessHours): Opening | undefined {
  if (hours.days.length === 0) return undefined;
  const local = localParts(ms, timeZone);
  const openMinute = minutesOf(hours.open);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead += 1) {
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + daysAhead));
    const weekday = date.getUTCDay();
    if (!hours.days.includes(weekday)) continue;
    if (daysAhead === 0 && local.hour * 60 + local.minute >= openMinute) continue;
    const opening = localToUtcMs(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: Math.floor(openMinute / 60),
        minute: openMinute % 60,
      },
      timeZone,
    );
    return { daysAhead, weekday, ms: opening };
  }
  return undefined;
}
