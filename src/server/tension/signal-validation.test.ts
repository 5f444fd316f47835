import { describe, expect, it } from 'vitest';
import { STRANDS, syntheticForce } from './signal-synthetic.ts';
import { validateSignals } from './signal-validation.ts';

describe(syntheticForce.name, () => {
  const options = { seed: 1, start: '2024-01-01', days: 365, events: [], localFactor: 4, affectedPerEvent: 3, seasonalSwing: 0.1 };
  const force = syntheticForce(options);
  const total = (id: string) => force.series.find((s) => s.id === id)?.counts.reduce((a, b) => a + b, 0) ?? 0;

  it('should give a force of about 26 reports a day, shared between the strands as in England and Wales', () => {
    const all = total('force/all');
    expect(all / 365).toBeGreaterThan(24);
    expect(all / 365).toBeLessThan(28.5);
    const share = Object.fromEntries(STRANDS.map((s) => [s, total(`force/${s}`) / all]));
    expect(share['race']).toBeCloseTo(0.7, 1);
    expect(share['sexual_orientation']).toBeCloseTo(0.17, 1);
    expect(share['disability']).toBeCloseTo(0.1, 1);
    expect(share['religion']).toBeCloseTo(0.08, 1);
    expect(share['transgender']).toBeCloseTo(0.04, 1);
    // Ten areas and the force, each with every strand and all strands.
    expect(force.series).toHaveLength(66);
  });

  it('should be the same for the same seed and different for another', () => {
    expect(syntheticForce(options)).toEqual(force);
    expect(syntheticForce({ ...options, seed: 2 })).not.toEqual(force);
  });
});

describe(validateSignals.name, () => {
  it('should measure false alarms on quiet days and find the largest events in the force total', () => {
    const figures = validateSignals({ years: 1 });
    const quietYears = figures.falseAlarms.reduce((a, r) => a + r.seriesYears, 0);
    expect(quietYears).toBeGreaterThan(30);
    expect(figures.falseAlarms.reduce((a, r) => a + r.amberOrRedDays, 0) / quietYears).toBeLessThan(1.5);
    const forceTotal = figures.detection.find((d) => d.size === 0.5 && d.group === 'force, all strands');
    expect(forceTotal).toMatchObject({ pairs: 1, detected: 1 });
  });
});
