import type { TensionLevel } from './types.ts';

const localeFor = (language: string | undefined) => (language === 'cy' ? 'cy-GB' : 'en-GB');

/** The level of the force's scale with this key; undefined for a key the scale no longer has. */
export function levelOf(scale: readonly TensionLevel[], key: string | null | undefined): TensionLevel | undefined {
  return key ? scale.find((l) => l.key === key) : undefined;
}

/**
 * A calendar day (YYYY-MM-DD) as "Tue 24 Nov 2026". Read at noon UTC, so that no time zone moves it
 * to another day; built from parts like date-format.ts, so no locale adds its own commas.
 */
export function formatDay(day: string, language: string | undefined): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return day;
  }
  const parts = new Intl.DateTimeFormat(localeFor(language), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "3.0": how many times the expected count, always with one decimal so a column lines up. */
export function formatRatio(ratio: number, language: string | undefined): string {
  return new Intl.NumberFormat(localeFor(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);
}

/** An expected count: 2.4 with one decimal, or 0.006 (two significant digits) below one, so a tiny baseline does not read as 0. */
export function formatCount(value: number, language: string | undefined): string {
  const options: Intl.NumberFormatOptions = value > 0 && value < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 };
  return new Intl.NumberFormat(localeFor(language), options).format(value);
}
