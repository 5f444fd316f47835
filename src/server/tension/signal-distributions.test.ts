import { describe, expect, it } from 'vitest';
import { fromMoments, logGamma, logProbability, thresholdCount, upperPoint, upperTail, type CountDistribution } from './signal-distributions.ts';

/** P(X ≥ x) by brute force: 1 minus the sum of the probabilities below x. */
const bruteTail = (x: number, d: CountDistribution) => 1 - Array.from({ length: x }, (_, k) => Math.exp(logProbability(k, d))).reduce((a, b) => a + b, 0);

describe(logGamma.name, () => {
  it('should match known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 8);
  });
});

describe(upperTail.name, () => {
  const cases: CountDistribution[] = [
    { mean: 0.1, size: Infinity },
    { mean: 2.3, size: Infinity },
    { mean: 26, size: 50 },
    { mean: 0.4, size: 0.5 },
  ];

  it('should agree with a brute-force sum where that is accurate', () => {
    for (const d of cases) {
      for (const x of [0, 1, 2, 5, 10]) {
        expect(upperTail(x, d)).toBeCloseTo(bruteTail(x, d), 10);
      }
    }
  });

  it('should stay exact far into the tail, where 1 − sum cannot', () => {
    // Poisson(0.1): P(X ≥ 10) = e^-0.1 × Σ_{k ≥ 10} 0.1^k / k!, about 2.5e-17.
    let term = Math.exp(-0.1) * (1e-10 / 3628800);
    let exact = 0;
    for (let k = 10; k < 30; k++) {
      exact += term;
      term *= 0.1 / (k + 1);
    }
    expect(bruteTail(10, { mean: 0.1, size: Infinity })).not.toBeCloseTo(exact, 17);
    expect(upperTail(10, { mean: 0.1, size: Infinity }) / exact).toBeCloseTo(1, 10);
  });
});

describe(thresholdCount.name, () => {
  it('should return the first count whose tail is at or below p, and never less than asked', () => {
    for (const d of [{ mean: 0.1, size: Infinity }, { mean: 3, size: 20 }, { mean: 26, size: 50 }, { mean: 400, size: 100 }]) {
      const x = thresholdCount(1e-3, d);
      expect(upperTail(x, d)).toBeLessThanOrEqual(1e-3);
      expect(upperTail(x - 1, d)).toBeGreaterThan(1e-3);
      expect(thresholdCount(1e-3, d, x + 5)).toBe(x + 5);
    }
  });

  it('should report the share and the variance below the point', () => {
    const d = { mean: 3, size: 20 };
    const point = upperPoint(0.01, d);
    expect(point.below).toBeCloseTo(1 - upperTail(point.count, d), 12);
    expect(point.squaresBelow).toBeLessThan(3 + 9 / 20);
    expect(point.squaresBelow).toBeGreaterThan(0.8 * (3 + 9 / 20));
  });
});

describe(fromMoments.name, () => {
  it('should give the negative binomial with that variance, or the Poisson when there is no extra', () => {
    expect(fromMoments(4, 6)).toEqual({ mean: 4, size: 8 });
    expect(fromMoments(4, 4).size).toBe(Infinity);
    expect(fromMoments(4, 3).size).toBe(Infinity);
  });
});
