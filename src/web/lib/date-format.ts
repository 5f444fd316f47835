/**
 * Every time on screen is shown in Europe/London as "Mon 23 Nov 2026, 14:05" (UX.md), whatever
 * the computer's own time zone. Day and month names follow the interface language.
 */

export const LONDON = 'Europe/London';

/** "Mon 23 Nov 2026, 14:05" in London time (shared with the server's PDFs). */
export { formatLondon as formatDateTime } from '../../shared/london-time.ts';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** How far London's wall clock is ahead of UTC at the given instant, in milliseconds. */
function londonOffsetMs(utcMs: number): number {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of londonParts.formatToParts(new Date(utcMs))) {
    p[type] = Number(value);
  }
  const wallClock = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wallClock - utcMs;
}

/**
 * The UTC instant at which a London calendar day (YYYY-MM-DD) starts, `addDays` later: with 1 it
 * is the end of that day as an exclusive bound. Null for anything that is not a real date.
 */
export function londonMidnight(day: string, addDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) {
    return null;
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null;
  }
  const midnight = Date.UTC(y, m - 1, d + addDays);
  // Clocks change at 01:00 UTC, so London midnight is never ambiguous: one correction suffices.
  return new Date(midnight - londonOffsetMs(midnight - londonOffsetMs(midnight))).toISOString();
}
