// Deterministic synthetic report counts for testing and validating the tension signal: a seeded
// generator, Poisson / gamma / negative binomial samplers, and a synthetic force whose areas,
// strands and national trigger events are sized from published figures (docs/tension-signals.md).
import { dayNumber, isoDay, weekdayOf } from './signal-days.ts';

/** A uniform generator on [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast, seeded generator; the same seed always gives the same numbers. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw by inversion (fine for the means here, well below 700). */
export function samplePoisson(random: Random, mean: number): number {
  if (mean <= 0) {
    return 0;
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  const u = random();
  while (u > cumulative && p > 0) {
    k += 1;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

function sampleNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A gamma draw with the given shape and mean 1 (Marsaglia and Tsang). */
export function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) {
    // Gamma(a) = Gamma(a + 1) × U^(1/a), rescaled from mean a + 1 to mean 1.
    return ((sampleGamma(random, shape + 1) * (shape + 1)) / shape) * Math.pow(random(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(random);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
      return (d * v) / shape;
    }
  }
}

/** A negative binomial draw (variance = mean + mean² / size) as a gamma-mixed Poisson. */
export function sampleNegBinomial(random: Random, mean: number, size: number): number {
  return samplePoisson(random, size === Infinity ? mean : mean * sampleGamma(random, size));
}

/** One synthetic series: weekday pattern, extra-Poisson variation and optional day multipliers. */
export interface SeriesSpec {
  /** Mean reports a day (before the weekday pattern, which averages 1). */
  mean: number;
  /** Negative binomial size of the day-to-day variation (Infinity is Poisson). */
  size: number;
  /** Relative weekday rates, Monday first. */
  weekdays?: readonly number[];
  /** Weekday (Monday = 0) of the first day. */
  firstWeekday: number;
  days: number;
  /** Multiplier on given days (by index), for injected rises. */
  multipliers?: ReadonlyMap<number, number>;
}

/** Draws the daily counts of one series. */
export function sampleSeries(random: Random, spec: SeriesSpec): number[] {
  return Array.from({ length: spec.days }, (_, t) => {
    const weekday = spec.weekdays?.[(spec.firstWeekday + t) % 7] ?? 1;
    return sampleNegBinomial(random, spec.mean * weekday * (spec.multipliers?.get(t) ?? 1), spec.size);
  });
}

export const STRANDS = ['race', 'religion', 'sexual_orientation', 'disability', 'transgender'] as const;
export type Strand = (typeof STRANDS)[number];

// Each report has one main strand; about 9% carry a second, so the shares of reports flagged with
// each strand come to roughly race 70%, sexual orientation 17%, disability 10%, religion 8% and
// transgender 4%, adding up to about 109%.
const MAIN_STRAND: Record<Strand, number> = { race: 0.64, religion: 0.075, sexual_orientation: 0.155, disability: 0.09, transgender: 0.04 };
const SECOND_STRAND = 0.09;
const RELIGION_SHARE = 0.08;

/** Relative weekday rates, Monday first (assumed: a quieter Sunday, slightly busier Monday and Saturday). */
export const WEEKDAY_PATTERN = [1.1, 1, 1, 1, 1, 1.05, 0.85];
/** Reports a day in each of ten policing areas: roughly 0.5 to 6 (the force about 26). */
export const AREA_RATES = [0.5, 0.8, 1.2, 1.6, 2.0, 2.5, 3.0, 3.8, 4.8, 6.0];

/**
 * The relative rise on each day after a national trigger event, scaled so that the first week
 * averages 1: it peaks on day 2 at 1.2 and fades to nothing after two weeks. Times a first-week
 * rise of 0.5 this is the NPCC 2017 Manchester Arena figures: +60% two days after (273 against
 * 171 a day in 2016) and +50% over the week.
 */
export const EVENT_PROFILE = [0.5, 1, 1.2, 1.15, 1.1, 1.05, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

/** A national trigger event: an attack elsewhere in the UK. */
export interface TriggerEvent {
  /** Index of the event's first day in the synthetic counts. */
  startIndex: number;
  /** The national rise over the first week (0.5 is +50%). */
  size: number;
  /** Areas where the targeted community lives: their religion strand rises `localFactor` times more. */
  affectedAreas: number[];
}

/** One synthetic series. */
export interface SyntheticSeries {
  id: string;
  /** An area index, or 'force' for the force-wide total. */
  area: number | 'force';
  strand: Strand | 'all';
  counts: number[];
}

/** A synthetic force: ten areas × (five strands + all) and the same six force-wide. */
export interface SyntheticForce {
  start: string;
  days: number;
  series: SyntheticSeries[];
  events: TriggerEvent[];
}

/** How to build a synthetic force. */
export interface SyntheticForceOptions {
  seed: number;
  start: string;
  days: number;
  events: readonly Omit<TriggerEvent, 'affectedAreas'>[];
  /** How many times the national relative rise the religion strand sees in affected areas. */
  localFactor: number;
  /** Areas affected by each event. */
  affectedPerEvent: number;
  /** Summer-peaking seasonal swing (0.1 is ±10%), which the method deliberately does not model. */
  seasonalSwing: number;
}

function pickStrand(random: Random, exclude?: Strand): Strand {
  const choices = STRANDS.filter((s) => s !== exclude);
  const total = choices.reduce((a, s) => a + MAIN_STRAND[s], 0);
  let u = random() * total;
  for (const s of choices) {
    u -= MAIN_STRAND[s];
    if (u < 0) {
      return s;
    }
  }
  return choices[choices.length - 1] ?? 'race';
}

/** On day t in an area: the multiplier of every report, and the extra share of religion reports. */
function eventLift(events: readonly TriggerEvent[], t: number, area: number, localFactor: number): { national: number; localExtra: number } {
  let national = 1;
  let localExtra = 0;
  for (const e of events) {
    const g = EVENT_PROFILE[t - e.startIndex] ?? 0;
    national += e.size * g;
    localExtra += e.affectedAreas.includes(area) ? (localFactor - 1) * e.size * g : 0;
  }
  return { national, localExtra };
}

/** Builds the synthetic force day by day: report counts, then each report's strands. */
export function syntheticForce(options: SyntheticForceOptions): SyntheticForce {
  const random = seededRandom(options.seed);
  const first = dayNumber(options.start);
  const events: TriggerEvent[] = options.events.map((e) => {
    const areas = AREA_RATES.map((_, i) => i);
    for (let i = areas.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [areas[i], areas[j]] = [areas[j] ?? i, areas[i] ?? j];
    }
    return { ...e, affectedAreas: areas.slice(0, options.affectedPerEvent) };
  });
  const keys = [...AREA_RATES.map((_, i) => i), 'force' as const].flatMap((area) => (['all', ...STRANDS] as const).map((strand) => ({ area, strand })));
  const series: SyntheticSeries[] = keys.map(({ area, strand }) => ({ id: `${area === 'force' ? 'force' : `area-${area + 1}`}/${strand}`, area, strand, counts: new Array<number>(options.days).fill(0) }));
  const index = new Map(series.map((s) => [`${s.area}/${s.strand}`, s]));
  const add = (area: number, strand: Strand | 'all', t: number) => {
    for (const key of [`${area}/${strand}`, `force/${strand}`]) {
      const s = index.get(key);
      if (s) {
        s.counts[t] = (s.counts[t] ?? 0) + 1;
      }
    }
  };
  for (let t = 0; t < options.days; t++) {
    const n = first + t;
    const dayOfYear = (n - dayNumber(`${isoDay(n).slice(0, 4)}-01-01`)) / 365;
    const season = 1 + options.seasonalSwing * Math.cos(2 * Math.PI * (dayOfYear - 196 / 365));
    // News, weather and paydays move the whole force together; each area also varies on its own.
    const forceDay = sampleGamma(random, 100) * season * (WEEKDAY_PATTERN[weekdayOf(n)] ?? 1);
    AREA_RATES.forEach((rate, area) => {
      const { national, localExtra } = eventLift(events, t, area, options.localFactor);
      const mean = rate * forceDay * sampleGamma(random, 25);
      const reports = samplePoisson(random, mean * national);
      for (let r = 0; r < reports; r++) {
        const main = pickStrand(random);
        add(area, 'all', t);
        add(area, main, t);
        if (random() < SECOND_STRAND) {
          add(area, pickStrand(random, main), t);
        }
      }
      // The local rise falls on the targeted community: religion, sometimes also recorded as race.
      const extra = samplePoisson(random, mean * RELIGION_SHARE * localExtra);
      for (let r = 0; r < extra; r++) {
        add(area, 'all', t);
        add(area, 'religion', t);
        if (random() < 0.3) {
          add(area, 'race', t);
        }
      }
    });
  }
  return { start: options.start, days: options.days, series, events };
}
