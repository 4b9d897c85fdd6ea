/**
 * The digamma function ψ(x) = Γ'(x)/Γ(x) for x > 0, and the difference ψ(b) − ψ(a). The
 * difference is what Erlang A needs: the mean wait of a caller answered after j others ahead is
 * a harmonic-type sum Σ_{k=1..j+1} 1/(s + k) = ψ(s + j + 2) − ψ(s + 1), which a series that
 * starts at a queue length j far from 0 must have without adding up j terms.
 *
 * Method. For x ≥ 10 the asymptotic series ψ(x) = ln x − 1/(2x) − Σ_{k=1..7} B_2k/(2k·x^2k)
 * (Abramowitz & Stegun 6.3.18; B_2k the Bernoulli numbers), whose first omitted term is below
 * 4e−17 relative there; below 10 the recurrence ψ(x) = ψ(x + 1) − 1/x (A&S 6.3.5) climbs to 10.
 * The difference subtracts the two series term by term and takes ln(b/a) as log1p((b − a)/a),
 * so it keeps its relative accuracy when b is close to a and both are large, where ψ(b) − ψ(a)
 * computed apart would lose digits; for b − a a whole number up to 64 it is the plain sum.
 * Accurate to a few units in the last place for every argument (checked against mpmath at
 * 30 digits in test/engine/special-functions.test.ts).
 */

/** B_2k / (2k) for k = 1..7. */
const BERNOULLI_OVER_2K = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32_760, 1 / 12];

/** Where the asymptotic series takes over from the recurrence. */
const ASYMPTOTIC_FROM = 10;

/** Σ_k B_2k/(2k) x^(−2k), the correction after ln x − 1/(2x). */
function correction(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let k = BERNOULLI_OVER_2K.length - 1; k >= 0; k--) sum = (sum + BERNOULLI_OVER_2K[k]) * inverseSquare;
  return sum;
}

/** ψ(x) for x > 0. */
export function digamma(x: number): number {
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift += 1 / x;
    x += 1;
  }
  return Math.log(x) - 0.5 / x - correction(x) - shift;
}

/** Plain sums up to this many terms are exact enough and quicker than the series. */
const DIRECT_SUM_UP_TO = 64;

/** ψ(b) − ψ(a) for a, b > 0, accurate relative to the difference itself. */
export function digammaDifference(a: number, b: number): number {
  if (a === b) return 0;
  if (b < a) return -digammaDifference(b, a);
  const steps = b - a;
  if (steps <= DIRECT_SUM_UP_TO && Number.isInteger(steps)) {
    // ψ(a + n) − ψ(a) = Σ_{k<n} 1/(a + k), summed from the smallest term up.
    let sum = 0;
    for (let k = steps - 1; k >= 0; k--) sum += 1 / (a + k);
    return sum;
  }
  let sum = 0;
  while (a < ASYMPTOTIC_FROM) {
    sum += 1 / a;
    a += 1;
  }
  while (b < ASYMPTOTIC_FROM) {
    sum -= 1 / b;
    b += 1;
  }
  // ln b − ln a − (1/(2b) − 1/(2a)) − (correction(b) − correction(a)).
  return sum + Math.log1p((b - a) / a) + (b - a) / (2 * a * b) - (correction(b) - correction(a));
}
