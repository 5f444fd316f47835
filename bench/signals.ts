// `node --import tsx bench/signals.ts [--years=N] [--seed=N] [--local=N]`: the tension signal
// validated on a synthetic force (src/server/tension/signal-validation.ts), printed as the markdown
// tables in docs/tension-signals.md.
import { thresholdsBySize, validateSignals, type ValidationFigures, type ValidationOptions } from '../src/server/tension/signal-validation.ts';

const arg = (name: string) => {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? undefined : Number(value);
};
const pct = (x: number) => `${Math.round(x * 100)}%`;
const rate = (x: number) => (x < 0.095 ? x.toFixed(3) : x.toFixed(2));

function falseAlarmTable(f: ValidationFigures): string {
  const rows = f.falseAlarms.map((r) => `| ${r.group} | ${r.series} | ${rate(r.amberOrRedDays / r.seriesYears)} | ${rate(r.redDays / r.seriesYears)} | ${rate(r.episodes / r.seriesYears)} |`);
  const line = (label: string, r: ValidationFigures['perSeriesYear'], count: number | '') => `| **${label}** | ${count} | ${rate(r.amberOrRedDays)} | ${rate(r.redDays)} | ${rate(r.episodes)} |`;
  return [
    '| series | count | amber or red days per series-year | red days per series-year | episodes per series-year |',
    '|---|---|---|---|---|',
    ...rows,
    line('every series, per series-year', f.perSeriesYear, f.series),
    line(`per force-year (all ${f.series} series)`, f.perForceYear, ''),
  ].join('\n');
}

function detectionTable(f: ValidationFigures): string {
  const rows = [...f.detection]
    .sort((a, b) => b.size - a.size || a.group.localeCompare(b.group))
    .map((r) => `| +${Math.round(r.size * 100)}% | ${r.group} | ${r.pairs} | ${pct(r.detected)} | ${pct(r.byDay2)} | ${r.medianDelay ?? '–'} | ${pct(r.red)} |`);
  return ['| first-week national rise | series | event × series | signalled within 14 days | by day 2 | median delay (days) | red within 14 days |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function thresholdTable(): string {
  const rows = thresholdsBySize([0.1, 0.5, 1, 2, 4, 8, 12, 26]).map(
    (r) => `| ${r.rate} | ${r.expected < 1 ? r.expected.toFixed(2) : r.expected.toFixed(1)} | ${r.amberAt} (×${(r.amberAt / r.expected).toFixed(1)}) | ${r.redAt} (×${(r.redAt / r.expected).toFixed(1)}) |`,
  );
  return ['| reports a day | expected on a Tuesday | amber from (× expected) | red from (× expected) |', '|---|---|---|---|', ...rows].join('\n');
}

const overrides: Partial<ValidationOptions> = {};
for (const [name, key] of [['years', 'years'], ['seed', 'seed'], ['local', 'localFactor']] as const) {
  const value = arg(name);
  if (value !== undefined) {
    overrides[key] = value;
  }
}
const f = validateSignals(overrides);
const o = f.options;
process.stdout.write(
  [
    `Synthetic force: ${f.series} series, ${o.years} years assessed, seed ${o.seed}; ${o.years * o.eventsPerYear} national events (first-week rises ${o.eventSizes.map((s) => `+${Math.round(s * 100)}%`).join(', ')}), religion strand ×${o.localFactor} the national rise in ${o.affectedPerEvent} of the 10 areas per event; seasonal swing ±${Math.round(o.seasonalSwing * 100)}%.`,
    `Thresholds: amber p ≤ ${f.signal.amberP}, red p ≤ ${f.signal.redP}, at least ${f.signal.minCount} reports; windows ${f.signal.windows.join(', ')} days; baseline ${f.signal.baselineDays} days ending ${f.signal.guardDays} days before. ${(f.milliseconds / 1000).toFixed(1)} s.`,
    '',
    '**False alarms** (days with no event under way)',
    '',
    falseAlarmTable(f),
    '',
    '**Detection of the injected events**',
    '',
    detectionTable(f),
    '',
    '**What a single day takes to signal** (one seeded history per size)',
    '',
    thresholdTable(),
    '',
  ].join('\n'),
);
