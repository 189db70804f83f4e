/**
 * Wilson score interval for a binomial proportion. Chosen over the normal ("Wald")
 * interval because authorities often answer only a handful of questions: Wald gives
 * zero-width intervals at 0/n and n/n and bounds outside [0, 1]; Wilson does neither
 * (Brown, Cai & DasGupta 2001, "Interval Estimation for a Binomial Proportion").
 */

/** Two-sided 95 %: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Proportion {
  /** successes / trials, or null when there are no trials. */
  rate: number | null;
  low: number;
  high: number;
}

/**
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * With no trials nothing is known: rate null, interval [0, 1].
 */
export function wilson(successes: number, trials: number, z = Z_95): Proportion {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 0 || successes < 0 || successes > trials) {
    throw new RangeError(`wilson: need whole numbers 0 ≤ successes ≤ trials, got ${successes}/${trials}`);
  }
  if (trials === 0) return { rate: null, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // Clamp against floating-point drift at 0/n and n/n, where a bound is exactly 0 or 1.
  return {
    rate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}
