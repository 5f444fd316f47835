import { londonMidnight } from '../london-time.ts';

/**
 * Reporting periods for returns: calendar quarters and years (how seed 003 reports: "in 2014",
 * "2010 - 2014") and UK financial years and quarters (April to March, how the Home Office and most
 * PCC budgets count). Periods are whole London days: they start at London midnight.
 *
 * Written forms (case-insensitive):
 * - `2026-Q3`: calendar quarter, July to September 2026;
 * - `2026`: calendar year;
 * - `FY2026` (also `FY2026-27`, `FY2026/27`): the financial year 1 April 2026 to 31 March 2027,
 *   named by the year it starts in, as the Home Office return's `year=2025` means 2025/26;
 * - `FY2026-Q1`: its first quarter, April to June 2026.
 */
export interface ReportingPeriod {
  /** The canonical written form, e.g. `2026-Q3` or `FY2025`. */
  key: string;
  /** For people: "July to September 2026", "2026", "2025/26", "April to June 2025 (2025/26 Q1)". */
  label: string;
  /** Short, for chart axes: "2026 Q3", "2026", "2025/26", "2025/26 Q1". */
  shortLabel: string;
  basis: 'calendar' | 'financial';
  length: 'quarter' | 'year';
  /** First London day of the period (YYYY-MM-DD). */
  firstDay: string;
  /** First London day after the period (YYYY-MM-DD): periods are [firstDay, endDay). */
  endDay: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The pattern the API accepts; {@link parsePeriod} also checks the pieces agree. */
export const PERIOD_PATTERN = /^(?:\d{4}(?:-Q[1-4])?|FY\d{4}(?:[-/]\d{2}|-Q[1-4])?)$/i;

export const PERIOD_HINT = 'use a calendar quarter or year (2026-Q3, 2026) or a financial year or quarter (FY2026 = April 2026 to March 2027, FY2026-Q1)';

// A period is stored as the index of its first month (year × 12 + month, 0-based) and its length.
interface Span {
  basis: 'calendar' | 'financial';
  firstMonth: number;
  months: 3 | 12;
}

const day = (month: number) => `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
const fy = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

function periodOf(span: Span): ReportingPeriod {
  const year = Math.floor(span.firstMonth / 12);
  const month = span.firstMonth % 12;
  const lastMonth = span.firstMonth + span.months - 1;
  let key: string;
  let label: string;
  let shortLabel: string;
  if (span.basis === 'calendar') {
    const quarter = Math.floor(month / 3) + 1;
    key = span.months === 12 ? String(year) : `${year}-Q${quarter}`;
    shortLabel = span.months === 12 ? key : `${year} Q${quarter}`;
    label = span.months === 12 ? key : `${MONTHS[month]} to ${MONTHS[lastMonth % 12]} ${year}`;
  } else {
    // Financial years start in April (month 3): the year it starts in names it.
    const startYear = Math.floor((span.firstMonth - 3) / 12);
    const quarter = Math.floor((span.firstMonth - 3 - startYear * 12) / 3) + 1;
    key = span.months === 12 ? `FY${startYear}` : `FY${startYear}-Q${quarter}`;
    shortLabel = span.months === 12 ? fy(startYear) : `${fy(startYear)} Q${quarter}`;
    label =
      span.months === 12
        ? fy(startYear)
        : `${MONTHS[month]} to ${MONTHS[lastMonth % 12]} ${Math.floor(lastMonth / 12)} (${fy(startYear)} Q${quarter})`;
  }
  return {
    key,
    label,
    shortLabel,
    basis: span.basis,
    length: span.months === 12 ? 'year' : 'quarter',
    firstDay: day(span.firstMonth),
    endDay: day(span.firstMonth + span.months),
  };
}

function spanOf(period: ReportingPeriod): Span {
  const [y, m] = period.firstDay.split('-').map(Number);
  return { basis: period.basis, firstMonth: (y ?? 0) * 12 + (m ?? 1) - 1, months: period.length === 'year' ? 12 : 3 };
}

/**
 * Reads a period as written in a query (`2026-Q3`, `2026`, `FY2026`, `FY2026-27`, `FY2026-Q1`).
 * Returns a reason instead when the text is not a period, e.g. `FY2026-28`.
 */
export function parsePeriod(text: string): ReportingPeriod | { error: string } {
  const value = text.trim().toUpperCase();
  const calendar = /^(\d{4})(?:-Q([1-4]))?$/.exec(value);
  const financial = /^FY(\d{4})(?:[-/](\d{2})|-Q([1-4]))?$/.exec(value);
  const year = Number((calendar ?? financial)?.[1]);
  if ((!calendar && !financial) || year < 2000 || year > 2100) {
    return { error: `is not a period: ${PERIOD_HINT}` };
  }
  if (calendar) {
    const quarter = calendar[2] ? Number(calendar[2]) : undefined;
    return periodOf({ basis: 'calendar', firstMonth: year * 12 + (quarter ? (quarter - 1) * 3 : 0), months: quarter ? 3 : 12 });
  }
  const endYear = financial?.[2];
  if (endYear !== undefined && Number(endYear) !== (year + 1) % 100) {
    return { error: `is not a financial year: FY${year} runs from April ${year} to March ${year + 1}, so write FY${year}-${String((year + 1) % 100).padStart(2, '0')}` };
  }
  const quarter = financial?.[3] ? Number(financial[3]) : undefined;
  return periodOf({ basis: 'financial', firstMonth: year * 12 + 3 + (quarter ? (quarter - 1) * 3 : 0), months: quarter ? 3 : 12 });
}

/** The same period `years` years later (negative: earlier), e.g. the year-on-year comparison. */
export function shiftYears(period: ReportingPeriod, years: number): ReportingPeriod {
  const span = spanOf(period);
  return periodOf({ ...span, firstMonth: span.firstMonth + 12 * years });
}

/**
 * The periods of a five-year trend ending with `period`, oldest first: 20 quarters for a quarter
 * (so a spike in one quarter shows), five years for a year.
 */
export function fiveYearTrend(period: ReportingPeriod): ReportingPeriod[] {
  const span = spanOf(period);
  const count = span.months === 12 ? 5 : 20;
  return Array.from({ length: count }, (_, i) => periodOf({ ...span, firstMonth: span.firstMonth - (count - 1 - i) * span.months }));
}

/** The instants a period starts and ends ([from, to)), London midnights. */
export function periodBounds(period: ReportingPeriod): { from: Date; to: Date } {
  return { from: londonMidnight(period.firstDay), to: londonMidnight(period.endDay) };
}
