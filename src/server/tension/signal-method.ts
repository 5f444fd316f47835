// The tension signal: is today's count of reports in one series (an area or the force, one strand
// or all) unusual against that series' own baseline? Pure functions; the method, its thresholds
// and their measured false-alarm rates are written down in docs/tension-signals.md.
import { type Baseline, type BaselineOptions, dayDistribution, fitBaseline } from './signal-baseline.ts';
import { dayNumber, WEEKDAYS, weekdayOf } from './signal-days.ts';
import { fromMoments, thresholdCount, upperTail } from './signal-distributions.ts';

/** Daily counts of one series. */
export interface SeriesHistory {
  /** ISO date (YYYY-MM-DD, the Europe/London day) of `counts[0]`. */
  start: string;
  /** Reports per day, oldest first, ending the day before the day assessed. Days without reports are 0. */
  counts: readonly number[];
}

/** A rise over the last few days, tested as one total against the total expected. */
export interface WindowAssessment {
  /** Days in the window, ending with (and including) the day assessed. */
  days: number;
  observed: number;
  expected: number;
  /** P(total ≥ observed) under the baseline (before sharing the thresholds between windows). */
  pValue: number;
}

export type SignalLevel = 'none' | 'amber' | 'red';

/** The verdict on one series for one day. */
export interface SignalAssessment {
  day: string;
  /** Reports so far on `day` (a partial day during the day's scans). */
  observed: number;
  /** Expected reports on a normal day of this weekday. */
  expected: number;
  /** The expected range for the day is 0 … `upper`; above it the day is at least amber. */
  upper: number;
  /** The count at or above which the day alone is amber (never below `minCount`). */
  amberAt: number;
  /** The count at or above which the day alone is red. */
  redAt: number;
  level: SignalLevel;
  /** P(X ≥ observed) for the day under the baseline model, exact. */
  pValue: number;
  /** observed / expected, for "three times the expected count". */
  ratio: number;
  /** True when a rise over several days (see `window`) raised the level above the day's own. */
  sustained: boolean;
  /** The most unusual multi-day window (smallest p), when windows are tested. */
  window?: WindowAssessment;
  /** Days of baseline used; 0 when the history is too short to assess (the level is then 'none'). */
  baselineDays: number;
  /** One English sentence for the analyst, e.g. "7 reports against 2.3 expected for a Tuesday (range up to 5)." */
  reason: string;
}

/** The method's settings. Every field has a default in {@link DEFAULT_SIGNAL_OPTIONS}. */
export interface SignalOptions extends BaselineOptions {
  /** Days in the baseline window (whole weeks, so each weekday is counted equally). */
  baselineDays: number;
  /** Most recent days left out of the baseline, so a rise under way does not raise its own baseline. */
  guardDays: number;
  /** Fewest baseline days for any signal at all. */
  minBaselineDays: number;
  /** Upper-tail probability at or below which a day is amber (windows share it: see `windows`). */
  amberP: number;
  /** Upper-tail probability at or below which a day is red. */
  redP: number;
  /** Fewest reports on the day (or in the window) that can signal, however small the expected count. */
  minCount: number;
  /**
   * Multi-day windows (days, including today; each at most guardDays + 1) tested for a sustained
   * rise. They share the thresholds: each is tested at amberP and redP divided by their number.
   */
  windows: readonly number[];
}

/**
 * The defaults: a 12-week baseline ending two weeks before the day; amber at p ≤ 1/1,000 and red
 * at p ≤ 1/100,000; at least 3 reports; 3-, 7- and 14-day windows. Why these numbers:
 * docs/tension-signals.md.
 */
export const DEFAULT_SIGNAL_OPTIONS: Readonly<SignalOptions> = Object.freeze({
  baselineDays: 84,
  guardDays: 14,
  minBaselineDays: 28,
  amberP: 1e-3,
  redP: 1e-5,
  minCount: 3,
  windows: Object.freeze([3, 7, 14]),
  weekdayPriorReports: 10,
  trimAbove: 0.01,
});

/** Checks the arguments; returns the day numbers of `day` and of `history.start`. */
function checked(history: SeriesHistory, day: string, observed: number, o: SignalOptions): { today: number; first: number } {
  const today = dayNumber(day);
  const first = dayNumber(history.start);
  if (first + history.counts.length !== today) {
    throw new RangeError(`history from ${history.start} (${history.counts.length} days) must end the day before ${day}`);
  }
  if (!Number.isInteger(observed) || observed < 0 || !history.counts.every((c) => Number.isInteger(c) && c >= 0)) {
    throw new RangeError('counts must be whole numbers ≥ 0');
  }
  if (o.windows.some((w) => !Number.isInteger(w) || w < 2 || w > o.guardDays + 1) || !(0 < o.redP && o.redP <= o.amberP && o.amberP < 1)) {
    throw new RangeError('each window must be 2 … guardDays + 1 days, and 0 < redP ≤ amberP < 1');
  }
  return { today, first };
}

const RANK: Record<SignalLevel, number> = { none: 0, amber: 1, red: 2 };
// Whole numbers from 10, one decimal from 0.1, one significant figure below (0.04, not 0.0).
const shown = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 0.1 || x === 0 ? x.toFixed(1) : x.toPrecision(1));

function assessWindow(days: number, counts: readonly number[], today: number, observed: number, baseline: Baseline): WindowAssessment {
  let total = observed;
  let expected = 0;
  let dayVariance = 0;
  let pooledSd = 0;
  const times = [0, 0, 0, 0, 0, 0, 0];
  for (let back = 0; back < days; back++) {
    const w = weekdayOf(today - back);
    const mu = baseline.weekdayMean[w] ?? 0;
    expected += mu;
    dayVariance += mu + baseline.dispersion * mu * mu;
    // A weekday met twice in the window counts its own estimate's error twice over (c² × var);
    // the error of the shared overall level is the same on every day, so those sds add up.
    times[w] = (times[w] ?? 0) + 1;
    pooledSd += baseline.weekdayPooledSd[w] ?? 0;
    if (back > 0) {
      total += counts[counts.length - back] ?? 0;
    }
  }
  const ownVar = times.reduce((sum, c, w) => sum + c * c * (baseline.weekdayOwnVar[w] ?? 0), 0);
  const dist = fromMoments(expected, dayVariance + ownVar + pooledSd * pooledSd);
  return { days, observed: total, expected, pValue: upperTail(total, dist) };
}

function windowLevel(window: WindowAssessment | undefined, o: SignalOptions): SignalLevel {
  if (!window || window.observed < o.minCount) {
    return 'none';
  }
  const p = window.pValue * o.windows.length;
  return p <= o.redP ? 'red' : p <= o.amberP ? 'amber' : 'none';
}

/**
 * Assesses one series on one day: the day's count against the expected range for its weekday,
 * and the totals of the last 3, 7 and 14 days against theirs. `observed` may be a partial day
 * (the scan runs through the day): it is compared with the full day's range, so a partial count
 * can only under-alarm, never over-alarm. Throws a RangeError when `history` does not end the day
 * before `day`, a count is not a whole number ≥ 0, or the options are inconsistent.
 */
export function assessDay(history: SeriesHistory, day: string, observed: number, options: Partial<SignalOptions> = {}): SignalAssessment {
  const o: SignalOptions = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const { today, first } = checked(history, day, observed, o);
  const end = history.counts.length - o.guardDays;
  const start = Math.max(0, end - o.baselineDays);
  if (end - start < o.minBaselineDays) {
    const reason = `Not enough history yet: ${Math.max(0, end - start)} baseline days, a signal needs ${o.minBaselineDays} (and the ${o.guardDays} days before it are left out).`;
    return { day, observed, expected: 0, upper: 0, amberAt: 0, redAt: 0, level: 'none', pValue: 1, ratio: 0, sustained: false, baselineDays: 0, reason };
  }
  const baseline = fitBaseline(history.counts.slice(start, end), weekdayOf(first + start), o);
  const dist = dayDistribution(baseline, weekdayOf(today));
  const amberAt = thresholdCount(o.amberP, dist, o.minCount);
  const redAt = thresholdCount(o.redP, dist, amberAt);
  const pValue = upperTail(observed, dist);
  const daily: SignalLevel = observed >= redAt ? 'red' : observed >= amberAt ? 'amber' : 'none';

  const window = o.windows
    .map((w) => assessWindow(w, history.counts, today, observed, baseline))
    .reduce<WindowAssessment | undefined>((best, w) => (best === undefined || w.pValue < best.pValue ? w : best), undefined);
  const sustained = RANK[windowLevel(window, o)] > RANK[daily];
  const level = sustained ? windowLevel(window, o) : daily;

  const expected = dist.mean;
  const ratio = expected > 0 ? observed / expected : 0;
  let reason = `${observed} ${observed === 1 ? 'report' : 'reports'} against ${shown(expected)} expected for a ${WEEKDAYS[weekdayOf(today)]} (range up to ${amberAt - 1})`;
  if (daily !== 'none') {
    reason += `: ${shown(ratio)} times the expected count`;
  } else if (observed < o.minCount && pValue <= o.amberP) {
    reason += `: fewer than ${o.minCount}, too few to signal`;
  }
  if (sustained && window) {
    reason += `; ${window.observed} in the last ${window.days} days against ${shown(window.expected)} expected`;
  }
  return { day, observed, expected, upper: amberAt - 1, amberAt, redAt, level, pValue, ratio, sustained, ...(window ? { window } : {}), baselineDays: baseline.days, reason: `${reason}.` };
}
