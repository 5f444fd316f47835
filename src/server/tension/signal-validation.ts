// Validation of the tension signal on synthetic data: a force's ~70 series over several years with
// national trigger events injected, assessed day by day as the daily scan would. Deterministic
// (seeded); `node --import tsx bench/signals.ts` prints the figures for docs/tension-signals.md.
import { dayNumber, isoDay } from './signal-days.ts';
import { assessDay, DEFAULT_SIGNAL_OPTIONS, type SignalLevel, type SignalOptions } from './signal-method.ts';
import { EVENT_PROFILE, sampleSeries, seededRandom, syntheticForce, WEEKDAY_PATTERN, type SyntheticSeries, type TriggerEvent } from './signal-synthetic.ts';

/** What to simulate. */
export interface ValidationOptions {
  seed: number;
  /** Years assessed (after a baseline's worth of warm-up days). */
  years: number;
  eventsPerYear: number;
  /** First-week national rises of the events, cycled: NPCC 2017 week-after figures by default. */
  eventSizes: readonly number[];
  /** Religion-strand rise in affected areas, as a multiple of the national relative rise. */
  localFactor: number;
  affectedPerEvent: number;
  seasonalSwing: number;
  signal: Partial<SignalOptions>;
}

/**
 * Defaults: five years, three events a year sized +50%, +34% and +12% in their first week (the
 * NPCC 2017 figures for Manchester Arena, London Bridge and Westminster Bridge), the religion
 * strand of three areas rising four times as much, and a ±10% summer peak.
 */
export const DEFAULT_VALIDATION: ValidationOptions = {
  seed: 2017,
  years: 5,
  eventsPerYear: 3,
  eventSizes: [0.5, 0.34, 0.12],
  localFactor: 4,
  affectedPerEvent: 3,
  seasonalSwing: 0.1,
  signal: {},
};

/** False alarms: signal days on series-days with no event under way (per series-year, 365 days). */
export interface FalseAlarmRow {
  group: string;
  series: number;
  seriesYears: number;
  amberOrRedDays: number;
  redDays: number;
  /** Runs of consecutive signal days: what an analyst would actually be asked to look at. */
  episodes: number;
}

/** Detection of the injected events in one group of series. */
export interface DetectionRow {
  /** First-week national rise of the events (0.5 is +50%). */
  size: number;
  group: string;
  /** Event × series pairs. */
  pairs: number;
  /** Share signalling (amber or red) within the event's first 14 days. */
  detected: number;
  /** Share signalling by day 2 (the event starts on day 0). */
  byDay2: number;
  /** Share reaching red within 14 days. */
  red: number;
  /** Median days from event start to the first signal, among those detected. */
  medianDelay: number | null;
}

/** False-alarm rates over every series. */
export interface FalseAlarmRates {
  amberOrRedDays: number;
  redDays: number;
  episodes: number;
}

/** Everything {@link validateSignals} measures. */
export interface ValidationFigures {
  options: ValidationOptions;
  signal: SignalOptions;
  series: number;
  years: number;
  /** By group of series. */
  falseAlarms: FalseAlarmRow[];
  perSeriesYear: FalseAlarmRates;
  perForceYear: FalseAlarmRates;
  detection: DetectionRow[];
  milliseconds: number;
}

// After an event's 14 days, its days stay inside the 14-day window for 13 more: not false alarms.
const EVENT_REACH = EVENT_PROFILE.length + 13;

function placeEvents(o: ValidationOptions, warmUp: number): Omit<TriggerEvent, 'affectedAreas'>[] {
  const random = seededRandom(o.seed + 1);
  const slot = Math.floor(365 / o.eventsPerYear);
  return Array.from({ length: o.years * o.eventsPerYear }, (_, i) => ({
    startIndex: warmUp + i * slot + 14 + Math.floor(random() * (slot - EVENT_REACH - 28)),
    // Rotate the sizes through the seasons, so that no size always meets the same part of the year.
    size: o.eventSizes[(i + Math.floor(i / o.eventsPerYear)) % o.eventSizes.length] ?? 0.5,
  }));
}

function levels(s: SyntheticSeries, dates: readonly string[], from: number, signal: SignalOptions): SignalLevel[] {
  const span = signal.baselineDays + signal.guardDays;
  const out: SignalLevel[] = [];
  for (let t = from; t < s.counts.length; t++) {
    const history = { start: dates[t - span] ?? '', counts: s.counts.slice(t - span, t) };
    out.push(assessDay(history, dates[t] ?? '', s.counts[t] ?? 0, signal).level);
  }
  return out;
}

const falseAlarmGroup = (s: SyntheticSeries) => `${s.area === 'force' ? 'force' : 'area'}, ${s.strand === 'all' ? 'all strands' : 'one strand'}`;

function detectionGroups(s: SyntheticSeries, e: TriggerEvent): string[] {
  if (s.area === 'force') {
    return s.strand === 'all' || s.strand === 'religion' ? [`force, ${s.strand === 'all' ? 'all strands' : 'religion'}`] : [];
  }
  const affected = e.affectedAreas.includes(s.area);
  if (s.strand === 'all') {
    return [affected ? 'affected areas, all strands' : 'other areas, all strands'];
  }
  return affected && s.strand === 'religion' ? ['affected areas, religion'] : [];
}

const median = (xs: number[]) => (xs.length === 0 ? null : ([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? null));

type Levels = (t: number) => SignalLevel;

/** Adds one series' signals on days with no event under way to its group's row. */
function countFalseAlarms(row: FalseAlarmRow, at: Levels, quiet: readonly boolean[], from: number): void {
  row.series += 1;
  for (let t = from; t < quiet.length; t++) {
    if (!quiet[t]) {
      continue;
    }
    row.seriesYears += 1 / 365;
    if (at(t) !== 'none') {
      row.amberOrRedDays += 1;
      row.redDays += at(t) === 'red' ? 1 : 0;
      row.episodes += at(t - 1) === 'none' || !quiet[t - 1] ? 1 : 0;
    }
  }
}

interface Found {
  size: number;
  group: string;
  delays: (number | null)[];
  red: number;
}

/** Records, for each event this series should show, the first signalling day of the event's fortnight. */
function recordDetection(found: Map<string, Found>, s: SyntheticSeries, at: Levels, events: readonly TriggerEvent[]): void {
  for (const e of events) {
    const fortnight = Array.from(EVENT_PROFILE, (_, d) => at(e.startIndex + d));
    const firstSignal = fortnight.findIndex((l) => l !== 'none');
    for (const group of detectionGroups(s, e)) {
      const key = `${e.size}|${group}`;
      const entry = found.get(key) ?? { size: e.size, group, delays: [], red: 0 };
      entry.delays.push(firstSignal < 0 ? null : firstSignal);
      entry.red += fortnight.includes('red') ? 1 : 0;
      found.set(key, entry);
    }
  }
}

function detectionRow({ size, group, delays, red }: Found): DetectionRow {
  const hit = delays.filter((d): d is number => d !== null);
  const share = (n: number) => n / delays.length;
  return { size, group, pairs: delays.length, detected: share(hit.length), byDay2: share(hit.filter((d) => d <= 2).length), red: share(red), medianDelay: median(hit) };
}

/** Simulates, assesses every series-day and measures false alarms and detection. */
export function validateSignals(options: Partial<ValidationOptions> = {}): ValidationFigures {
  const began = Date.now();
  const o = { ...DEFAULT_VALIDATION, ...options };
  const signal = { ...DEFAULT_SIGNAL_OPTIONS, ...o.signal };
  const warmUp = signal.baselineDays + signal.guardDays;
  const days = warmUp + o.years * 365;
  const force = syntheticForce({ seed: o.seed, start: '2016-01-01', days, events: placeEvents(o, warmUp), localFactor: o.localFactor, affectedPerEvent: o.affectedPerEvent, seasonalSwing: o.seasonalSwing });
  const first = dayNumber(force.start);
  const dates = Array.from({ length: days }, (_, t) => isoDay(first + t));
  const quiet = new Array<boolean>(days).fill(true);
  for (const e of force.events) {
    quiet.fill(false, e.startIndex, e.startIndex + EVENT_REACH);
  }

  const alarms = new Map<string, FalseAlarmRow>();
  const found = new Map<string, Found>();
  for (const s of force.series) {
    const level = levels(s, dates, warmUp, signal);
    const at: Levels = (t) => level[t - warmUp] ?? 'none';
    const group = falseAlarmGroup(s);
    const row = alarms.get(group) ?? { group, series: 0, seriesYears: 0, amberOrRedDays: 0, redDays: 0, episodes: 0 };
    countFalseAlarms(row, at, quiet, warmUp);
    alarms.set(group, row);
    recordDetection(found, s, at, force.events);
  }
  const rows = [...alarms.values()];
  const sum = (key: 'seriesYears' | 'amberOrRedDays' | 'redDays' | 'episodes') => rows.reduce((a, r) => a + r[key], 0);
  const rates = (per: number) => ({ amberOrRedDays: sum('amberOrRedDays') / per, redDays: sum('redDays') / per, episodes: sum('episodes') / per });
  return {
    options: o,
    signal,
    series: force.series.length,
    years: o.years,
    falseAlarms: rows,
    perSeriesYear: rates(sum('seriesYears')),
    // A force-year is the force's quiet series-years over its number of series.
    perForceYear: rates(sum('seriesYears') / force.series.length),
    detection: [...found.values()].map(detectionRow),
    milliseconds: Date.now() - began,
  };
}

/** What it takes to signal on a series of a given size. */
export interface ThresholdRow {
  /** True reports a day. */
  rate: number;
  /** The fitted expected count for the day (a Tuesday). */
  expected: number;
  amberAt: number;
  redAt: number;
}

/**
 * The amber and red counts on a Tuesday for series of the given daily rates, each fitted to a
 * seeded synthetic history (weekday pattern, ±14% day-to-day variation beyond chance).
 */
export function thresholdsBySize(rates: readonly number[], signal: Partial<SignalOptions> = {}): ThresholdRow[] {
  const o = { ...DEFAULT_SIGNAL_OPTIONS, ...signal };
  const span = o.baselineDays + o.guardDays;
  const tuesday = dayNumber('2025-01-07');
  return rates.map((rate, i) => {
    const counts = sampleSeries(seededRandom(900 + i), { mean: rate, size: 50, weekdays: WEEKDAY_PATTERN, firstWeekday: 1, days: span });
    const verdict = assessDay({ start: isoDay(tuesday - span), counts }, isoDay(tuesday), 0, o);
    return { rate, expected: verdict.expected, amberAt: verdict.amberAt, redAt: verdict.redAt };
  });
}
