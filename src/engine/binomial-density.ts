/**
 * The binomial density b(k; n, p) = Γ(n + 1) / (Γ(k + 1) Γ(n − k + 1)) · p^k · q^(n − k) for real
 * 0 ≤ k ≤ n (q = 1 − p, given separately so that neither loses digits), as its logarithm. It is
 * the front factor of the incomplete beta function and the negative binomial probabilities of
 * Erlang A's waiting times, where n runs to 10^10 and the plain formula
 * k·ln p + (n − k)·ln q + lnΓ(n + 1) − … cancels terms of size 10^11 down to a result of size 1.
 *
 * Method: Loader's saddle-point form (C. Loader, "Fast and accurate computation of binomial
 * probabilities", 2000; the method of R's dbinom_raw):
 *   ln b = δ(n) − δ(k) − δ(n − k) − D(k, n·p) − D(n − k, n·q) − ½·ln(2π·k·(n − k)/n),
 * with δ the error of Stirling's formula for ln Γ(x + 1) and D(x, m) = x·ln(x/m) + m − x the
 * deviance, summed as a series when x is near m. Every piece is small where the density is not,
 * so the logarithm has an absolute error of a few units in 1e−16 times its own size: the density
 * is accurate to ~1e−15 relative wherever it is above the smallest double, for any n.
 */
import { gamma } from "./incomplete-gamma";

const LN_SQRT_2PI = 0.9189385332046728; // ln √(2π)
const LN_2PI = 1.8378770664093456; // ln 2π

/** Stirling's error δ(x) = ln Γ(x + 1) − (x + ½) ln x + x − ln √(2π), for x > 0. */
export function stirlingError(x: number): number {
  if (x <= 15) return Math.log(gamma(x + 1)) - (x + 0.5) * Math.log(x) + x - LN_SQRT_2PI;
  // The asymptotic series 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹), cut where
  // its next term falls below 1e−17.
  const inverseSquare = 1 / (x * x);
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (x > 500) return (S0 - S1 * inverseSquare) / x;
  if (x > 80) return (S0 - (S1 - S2 * inverseSquare) * inverseSquare) / x;
  if (x > 35) return (S0 - (S1 - (S2 - S3 * inverseSquare) * inverseSquare) * inverseSquare) / x;
  return (S0 - (S1 - (S2 - (S3 - S4 * inverseSquare) * inverseSquare) * inverseSquare) * inverseSquare) / x;
}

/** The deviance D(x, m) = x·ln(x/m) + m − x ≥ 0, without cancellation when x is near m. */
export function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    // x ln(x/m) + m − x = (x − m)·v + 2x Σ_{j≥1} v^(2j+1)/(2j + 1), v = (x − m)/(x + m).
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    if (Math.abs(sum) < Number.MIN_VALUE) return sum;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/** ln b(k; n, p), with q = 1 − p; −Infinity where the density is 0. */
export function logBinomialDensity(k: number, n: number, p: number, q: number): number {
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (q === 0) return k === n ? 0 : -Infinity;
  if (k === 0) {
    if (n === 0) return 0;
    return p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
  }
  if (k === n) return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
  if (k < 0 || k > n) return -Infinity;
  const stirling = stirlingError(n) - stirlingError(k) - stirlingError(n - k);
  const spread = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return stirling - deviance(k, n * p) - deviance(n - k, n * q) - 0.5 * spread;
}
