// Calendar days for the tension signal: the series are counted per Europe/London day, so a day
// is a date, not an instant, and date arithmetic is done on day numbers in UTC (no clocks change).

const DAY_MS = 86_400_000;

/** English weekday names, Monday first (the signal's weekday index). */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Days since 1970-01-01 of a calendar date; throws a RangeError on anything but a real YYYY-MM-DD. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, date] = [Number(match?.[1]), Number(match?.[2]) - 1, Number(match?.[3])];
  const ms = Date.UTC(year, month, date);
  const back = new Date(ms);
  if (!match || back.getUTCFullYear() !== year || back.getUTCMonth() !== month || back.getUTCDate() !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  }
  return ms / DAY_MS;
}

/** The calendar date `n` days after 1970-01-01. */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6 of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}
