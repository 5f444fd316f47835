import { LONDON } from '../../lib/date-format.ts';

/**
 * The reporter answers in London wall-clock time (a day, maybe a time); the API wants an
 * instant. These helpers convert without trusting the phone's own time zone.
 */

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(at: Date): { y: number; m: number; d: number; h: number; min: number } {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of partsFormatter.formatToParts(at)) {
    p[type] = Number(value);
  }
  return { y: p.year ?? 0, m: p.month ?? 1, d: p.day ?? 1, h: p.hour ?? 0, min: p.minute ?? 0 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date in London, `daysAgo` days back, as YYYY-MM-DD. */
export function londonDay(now: Date, daysAgo = 0): string {
  const { y, m, d } = londonParts(now);
  const day = new Date(Date.UTC(y, m - 1, d - daysAgo));
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** YYYY-MM-DD from day, month and year as typed, or null when it is not a real date. */
export function dayFromParts(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return null;
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Minutes after midnight for "6:40", "06.40", "0640" or "18:30"; null when it is not a time. */
export function minutesFromTime(text: string): number | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.replace(/\s+/g, ''));
  if (!match) {
    return null;
  }
  const [h, min] = [Number(match[1]), Number(match[2] ?? '0')];
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** The instant at which London's clocks show `minutes` past midnight on `day` (YYYY-MM-DD). */
export function londonInstant(day: string, minutes: number): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, minutes);
  const offsetAt = (utc: number) => {
    const p = londonParts(new Date(utc));
    return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min) - Math.floor(utc / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  // A second pass settles the hour either side of a clock change.
  return new Date(wall - offsetAt(first));
}

/** "Mon 23 Nov 2026" in the interface language, for a day with no time. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const locale = language === 'en' || language === 'cy' ? `${language}-GB` : language;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  const formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  for (const { type, value } of formatter.formatToParts(date)) {
    part[type] = value;
  }
  return `${part.weekday} ${part.day} ${part.month} ${part.year}`;
}

/** Digits as typed on Arabic, Urdu, Bengali, Devanagari and Gurmukhi keyboards, made ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f]/g, (c) => {
    const code = c.charCodeAt(0);
    const zero = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66].find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}
