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

/**
 * The instant a London wall-clock time ('HH:MM') comes on a London day: ('2027-03-28', '07:00') is
 * 06:00 UTC, ('2027-03-27', '07:00') is 07:00 UTC. A time the clocks skip in spring (01:30 on the
 * last Sunday of March) comes an hour later by the clock (01:30 UTC); a time that happens twice in
 * autumn is its first, summer-time occurrence.
 */
export function londonDateTime(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // London is UTC+1 or UTC: trying summer time first picks the first of a repeated time.
  for (const offset of [60, 0]) {
    const candidate = new Date(wall - offset * 60_000);
    if (londonOffsetMinutes(candidate) === offset) {
      return candidate;
    }
  }
  return new Date(wall);
}

/** The day `n` days after (or before, when negative) a London day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

const localeFor: Record<string, string> = { en: 'en-GB', cy: 'cy-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string): Intl.DateTimeFormat {
  const locale = localeFor[language] ?? language;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/London',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** "Mon 23 Nov 2026, 14:05" in London time; built from parts so no locale adds its own commas. */
export function formatLondon(value: string | Date, language = 'en'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value: text } of formatterFor(language).formatToParts(date)) {
    part[type] = text;
  }
  return `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}`;
}
