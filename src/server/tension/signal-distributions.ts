// Exact count distributions for the tension signal: the negative binomial (Poisson when `size` is
// infinite). Pure arithmetic, no dependencies, so an auditor can check every number by hand.

/**
 * A count distribution described by its mean and its negative binomial `size` (often called r or
 * k): variance = mean + mean² / size. `size: Infinity` is the Poisson distribution.
 */
export interface CountDistribution {
  mean: number;
  size: number;
}

// Beyond this size the negative binomial is indistinguishable from the Poisson, and the lgamma
// differences below would lose precision.
const POISSON_SIZE = 1e7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) {
    sum += (LANCZOS[i] ?? 0) / (z + i);
  }
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const isPoisson = (d: CountDistribution) => !(d.size < POISSON_SIZE);

/** ln P(X = k). */
export function logProbability(k: number, d: CountDistribution): number {
  if (d.mean <= 0) {
    return k === 0 ? 0 : -Infinity;
  }
  if (isPoisson(d)) {
    return k * Math.log(d.mean) - d.mean - logGamma(k + 1);
  }
  const { mean, size } = d;
  return logGamma(k + size) - logGamma(size) - logGamma(k + 1) + size * Math.log(size / (size + mean)) + k * Math.log(mean / (size + mean));
}

/** P(X = k + 1) / P(X = k), so sums can walk the distribution without recomputing gammas. */
function ratioUp(k: number, d: CountDistribution): number {
  return isPoisson(d) ? d.mean / (k + 1) : ((k + d.size) / (k + 1)) * (d.mean / (d.size + d.mean));
}

/**
 * The upper tail P(X ≥ x), exact to double precision even when it is tiny: the tail is summed
 * directly above the mean and as 1 − (lower sum) below it, so neither sum cancels.
 */
export function upperTail(x: number, d: CountDistribution): number {
  if (x <= 0) {
    return 1;
  }
  if (d.mean <= 0) {
    return 0;
  }
  if (x > d.mean) {
    let term = Math.exp(logProbability(x, d));
    let sum = 0;
    for (let k = x; term > 0; k++) {
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
      term *= ratioUp(k, d);
    }
    return Math.min(1, sum);
  }
  // Below the mean: walk down from x − 1 to 0 and subtract.
  let term = Math.exp(logProbability(x - 1, d));
  let lower = 0;
  for (let k = x - 1; k >= 0 && term > 0; k--) {
    lower += term;
    if (term < lower * 1e-17) {
      break;
    }
    term /= ratioUp(k - 1, d);
  }
  return Math.max(0, Math.min(1, 1 - lower));
}

/** Where a distribution's upper tail falls below p, and what lies under that point. */
export interface UpperPoint {
  /** The smallest count x ≥ `atLeast` with P(X ≥ x) ≤ p. */
  count: number;
  /** P(X < count). */
  below: number;
  /** Σ over k < count of (k − mean)² P(X = k): the variance that lies under the point. */
  squaresBelow: number;
}

/**
 * Walks the distribution up to the point where its upper tail falls to p. Exact enough for
 * p ≥ 1e-12; mass more than 12 standard deviations below the mean (below 1e-30) is skipped so
 * that large means cost no more than small ones.
 */
export function upperPoint(p: number, d: CountDistribution, atLeast = 0): UpperPoint {
  const sd = Math.sqrt(d.mean + (isPoisson(d) ? 0 : (d.mean * d.mean) / d.size));
  let k = Math.max(0, Math.floor(d.mean - 12 * sd));
  let term = Math.exp(logProbability(k, d));
  let below = 0;
  let squaresBelow = 0;
  while (k < atLeast || 1 - below > p) {
    below += term;
    squaresBelow += (k - d.mean) ** 2 * term;
    term *= ratioUp(k, d);
    k += 1;
    if (term === 0) {
      // Only rounding is left: the true tail is already below any p we use.
      break;
    }
  }
  return { count: Math.max(k, atLeast), below, squaresBelow };
}

/** The count at which a day becomes unusual at tail probability p (at least `atLeast`). */
export function thresholdCount(p: number, d: CountDistribution, atLeast = 0): number {
  return upperPoint(p, d, atLeast).count;
}

/**
 * The negative binomial with a given mean and variance (variance ≤ mean gives the Poisson): how a
 * model with extra-Poisson variation and an estimated mean becomes one exact distribution.
 */
export function fromMoments(mean: number, variance: number): CountDistribution {
  const extra = variance - mean;
  return { mean, size: extra > 0 ? (mean * mean) / extra : Infinity };
}
