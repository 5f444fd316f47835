/**
 * Days as people in the UK mean them: a "day" runs from midnight to midnight in Europe/London,
 * which is UTC in winter and UTC+1 in summer. Pure functions, usable by server and web.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes London is ahead of UTC at this instant (0 or 60). */
function londonOffsetMinutes(at: Date): number {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a London calendar day (YYYY-MM-DD) begins. */
export function londonMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // The offset at London midnight equals the offset an hour or so later; check both sides of a change.
  const guess = new Date(utcMidnight.getTime() - londonOffsetMinutes(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - londonOffsetMinutes(guess) * 60_000);
}

/** The London calendar day (YYYY-MM-DD) of an instant. */
export function londonDay(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** The day `n` days after (or before, when negative) a London day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}
