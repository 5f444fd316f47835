// The baseline of one series: what a normal day looks like on each weekday, estimated from a
// window of past days. See docs/tension-signals.md for the method in words.
import { type CountDistribution, fromMoments, upperPoint } from './signal-distributions.ts';

/** How the baseline is estimated; part of the signal options. */
export interface BaselineOptions {
  /**
   * Pseudo-reports of prior belief that every weekday is like the series' average day. A weekday
   * effect has to be shown by counts, not days: with few reports the weekday means stay close to
   * the average; with many they follow the data.
   */
  weekdayPriorReports: number;
  /** Baseline days above this upper-tail probability of the previous fit are trimmed to it. */
  trimAbove: number;
  /**
   * Relative weekday rates, Monday first, used instead of estimating them (for example the
   * force-wide pattern given to a sparse series). Any scale: only ratios matter.
   */
  weekdayProfile?: readonly number[] | undefined;
}

/** A fitted baseline. Weekday arrays are indexed Monday = 0 … Sunday = 6. */
export interface Baseline {
  /** Days in the baseline window. */
  days: number;
  /** Expected count on a normal day of each weekday. */
  weekdayMean: number[];
  /** Extra-Poisson variation: variance = mean + dispersion × mean² (0 is Poisson). */
  dispersion: number;
  /** Variance of each weekday mean's estimate from that weekday's own days (independent between weekdays). */
  weekdayOwnVar: number[];
  /** Standard error of each weekday mean's estimate from the overall level (shared by all weekdays). */
  weekdayPooledSd: number[];
  /** Baseline days whose count was trimmed. */
  trimmedDays: number;
}

/**
 * Per weekday: days and reports (outlying days capped), and the days, reports and squared reports
 * of the days that were not outlying. All a fit needs.
 */
interface Totals {
  days: number[];
  reports: number[];
  keptDays: number[];
  keptReports: number[];
  keptSquares: number[];
  trimmedDays: number;
}

/** How the previous fit judges each weekday: its cap, and how much variance capping hides. */
interface Trim {
  caps: number[];
  /**
   * Scales the squared deviations of days under the cap up to the whole distribution's: its
   * variance over the mean squared deviation of its part under the cap.
   */
  correction: number[];
}

/**
 * Prior dispersion 0.05 ± 0.05: day-to-day variation of about ±22% beyond chance. It decides little
 * but the far tail of sparse series; a series of a few reports a day or more overrules it.
 */
const PRIOR_DISPERSION = 0.05;
const PRIOR_DISPERSION_SD = 0.05;

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const sevenZeros = () => [0, 0, 0, 0, 0, 0, 0];

function totals(counts: readonly number[], firstWeekday: number, trim?: Trim): Totals {
  const t: Totals = { days: sevenZeros(), reports: sevenZeros(), keptDays: sevenZeros(), keptReports: sevenZeros(), keptSquares: sevenZeros(), trimmedDays: 0 };
  for (let i = 0; i < counts.length; i++) {
    const w = (firstWeekday + i) % 7;
    const y = counts[i] ?? 0;
    const cap = trim?.caps[w] ?? Infinity;
    t.days[w] = (t.days[w] ?? 0) + 1;
    t.reports[w] = (t.reports[w] ?? 0) + Math.min(y, cap);
    if (y > cap) {
      t.trimmedDays += 1;
    } else {
      t.keptDays[w] = (t.keptDays[w] ?? 0) + 1;
      t.keptReports[w] = (t.keptReports[w] ?? 0) + y;
      t.keptSquares[w] = (t.keptSquares[w] ?? 0) + y * y;
    }
  }
  return t;
}

function fit(t: Totals, options: BaselineOptions, trim?: Trim): Baseline {
  const n = total(t.days);
  // Half a report of prior keeps an all-zero history from predicting exactly zero (which would
  // make any single report infinitely unusual); its weight vanishes once reports exist.
  const reports = total(t.reports) + 0.5;
  const profile = options.weekdayProfile;
  let mean: number[];
  let weight: number[]; // how much each weekday mean rests on its own days rather than the overall mean
  if (profile) {
    const exposure = total(t.days.map((days, w) => days * (profile[w] ?? 1)));
    mean = t.days.map((_, w) => ((profile[w] ?? 1) * reports) / exposure);
    weight = sevenZeros();
  } else {
    // Gamma–Poisson shrinkage of each weekday towards the overall mean m: the posterior mean
    // (S_d + a) / (n_d + a / m), with a = weekdayPriorReports worth a / m days.
    const priorDays = options.weekdayPriorReports / (reports / n);
    mean = t.days.map((days, w) => ((t.reports[w] ?? 0) + options.weekdayPriorReports) / (days + priorDays));
    weight = t.days.map((days) => days / (days + priorDays));
  }
  // Method-of-moments dispersion from the days that were not outlying, their squares scaled up by
  // the variance that capping hides, and corrected for the fitted parameters; never below Poisson.
  let squares = 0;
  let expected = 0;
  let expectedSquares = 0;
  t.keptDays.forEach((days, w) => {
    const mu = mean[w] ?? 0;
    squares += ((t.keptSquares[w] ?? 0) - 2 * mu * (t.keptReports[w] ?? 0) + days * mu * mu) * (trim?.correction[w] ?? 1);
    expected += days * mu;
    expectedSquares += days * mu * mu;
  });
  const kept = total(t.keptDays);
  // Shrunk weekday means cost less than a parameter each: count each by its own-data weight.
  const parameters = Math.max(1, total(weight));
  const estimate = ((squares * kept) / Math.max(1, kept - parameters) - expected) / expectedSquares;
  // Twelve weeks cannot tell the dispersion of a sparse series (at 0.1 a day its standard error
  // is about 4): weigh the estimate against a modest prior by their precisions. The error is that
  // of the estimate under Poisson counts, Σ(μ + 2μ²) / (Σμ²)².
  const estimateVar = total(t.keptDays.map((days, w) => days * ((mean[w] ?? 0) + 2 * (mean[w] ?? 0) ** 2))) / expectedSquares ** 2;
  const dispersion = Math.max(0, (estimate / estimateVar + PRIOR_DISPERSION / PRIOR_DISPERSION_SD ** 2) / (1 / estimateVar + 1 / PRIOR_DISPERSION_SD ** 2));

  // Uncertainty of each weekday mean (delta method): μ_d = w·ȳ_d + (1 − w)·m. The part resting on
  // the day's own data is independent between weekdays; the part resting on m is shared by all.
  const variance = (mu: number) => mu + dispersion * mu * mu;
  const overallSd = Math.sqrt(total(t.days.map((days, w) => days * variance(mean[w] ?? 0)))) / (profile ? reports : n);
  return {
    days: n,
    weekdayMean: mean,
    dispersion,
    weekdayOwnVar: mean.map((mu, w) => ((weight[w] ?? 0) ** 2 * variance(mu)) / Math.max(1, t.days[w] ?? 0)),
    // With a profile the shared part is the relative error of the level, times the weekday's mean.
    weekdayPooledSd: mean.map((mu, w) => (profile ? overallSd * mu : (1 - (weight[w] ?? 0)) * overallSd)),
    trimmedDays: t.trimmedDays,
  };
}

/** A normal day's count on a weekday, including the uncertainty of its estimated mean. */
export function dayDistribution(baseline: Baseline, weekday: number): CountDistribution {
  const mean = baseline.weekdayMean[weekday] ?? 0;
  const estimateVar = (baseline.weekdayOwnVar[weekday] ?? 0) + (baseline.weekdayPooledSd[weekday] ?? 0) ** 2;
  return fromMoments(mean, mean + baseline.dispersion * mean * mean + estimateVar);
}

function trimOf(baseline: Baseline, trimAbove: number): Trim {
  const points = baseline.weekdayMean.map((mean) => {
    const variance = mean + baseline.dispersion * mean * mean;
    const point = upperPoint(trimAbove, fromMoments(mean, variance), 1);
    return { cap: point.count - 1, correction: point.squaresBelow > 0 ? (variance * point.below) / point.squaresBelow : 1 };
  });
  return { caps: points.map((p) => p.cap), correction: points.map((p) => p.correction) };
}

/**
 * Fits the baseline of `counts` (oldest first; `firstWeekday` is the weekday of `counts[0]`,
 * Monday = 0): weekday means with shrinkage, then dispersion. Days above the fitted
 * distribution's `trimAbove` point are outlying: they count at that point in the means and not at
 * all in the dispersion (which is corrected for the variance the trimming removes), and the fit is
 * repeated until the caps settle. So an earlier spike in the window neither raises the expected
 * count much nor widens the range enough to hide a new one.
 */
export function fitBaseline(counts: readonly number[], firstWeekday: number, options: BaselineOptions): Baseline {
  let baseline = fit(totals(counts, firstWeekday), options);
  let caps: number[] = [];
  for (let round = 0; round < 8; round++) {
    const trim = trimOf(baseline, options.trimAbove);
    if (trim.caps.every((cap, w) => cap === caps[w])) {
      break;
    }
    caps = trim.caps;
    baseline = fit(totals(counts, firstWeekday, trim), options, trim);
  }
  return baseline;
}
