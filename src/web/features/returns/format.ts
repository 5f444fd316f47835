import { formatDay } from '../tension/labels.ts';

/** Numbers, days and changes as the returns pages print them, in the interface language. */

/** A calendar day as "Mon 23 Nov 2026" (the tension module's, so both modules write days alike). */
export { formatDay };

const localeFor = (language: string | undefined) => (language === 'cy' ? 'cy-GB' : 'en-GB');

/** "+3", "−2" or "0": a change in a count, signed so that a rise and a fall read differently without colour. */
export function formatDifference(difference: number, language: string | undefined): string {
  return new Intl.NumberFormat(localeFor(language), { signDisplay: 'exceptZero' }).format(difference);
}

/** "+50%", "−20.5%": a percentage change with at most one decimal; null when there is none to give. */
export function formatPercentChange(percent: number | null, language: string | undefined): string | null {
  if (percent === null || !Number.isFinite(percent)) {
    return null;
  }
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(percent / 100);
}

/** The change from `previous` to `current` in percent, or null when there was nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  return previous === 0 ? null : ((current - previous) / previous) * 100;
}

/** A share (0.87, or 87 when `alreadyPercent`) as "87%"; null stays null for the caller to word. */
export function formatShare(value: number | null, language: string | undefined, alreadyPercent = false): string | null {
  if (value === null) {
    return null;
  }
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 1 }).format(alreadyPercent ? value / 100 : value);
}

/** A calendar month (YYYY-MM) as "November 2026". */
export function formatMonth(month: string, language: string | undefined): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : new Intl.DateTimeFormat(localeFor(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
