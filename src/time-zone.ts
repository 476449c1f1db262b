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
  const p = localParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1_000) * 1_000;
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
  const { hour } = localParts(ms, timeZone);
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
  if (!isQuietTime(ms, timeZone, quiet)) return ms;
  const local = localParts(ms, timeZone);
  let { year, month, day } = local;
  if (quiet.startHour > quiet.endHour && local.hour >= quiet.startHour) {
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    year = next.getUTCFullYear();
    month = next.getUTCMonth() + 1;
    day = next.getUTCDate();
  }
  return localToUtcMs({ year, month, day, hour: quiet.endHour, minute: 0 }, timeZone);
}
