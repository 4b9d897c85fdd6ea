/**
 * Erlang B: the probability that a call finds all `servers` busy when `traffic` Erlangs are
 * offered to a loss system (M/M/N/N).
 *
 * Whole servers use the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which involves
 * no factorials or powers and is stable for every A ≥ 0 and N (Jagerman, "Some properties of
 * the Erlang loss function", Bell System Technical Journal 53, 1974). Fractional servers x use
 * the continuous extension B(x, A) = A^x e^(−A) / Γ(x + 1, A), which obeys the same recursion in
 * steps of one server: the fractional part f = x − ⌊x⌋ starts from the incomplete gamma
 * function and the recursion climbs ⌊x⌋ steps. For large A (and x) the climb starts instead at
 * n₀ = min(x, A) (rounded to keep the fraction) from the positive series
 * 1/B(n, A) = Σ_j n(n − 1)…(n − j + 1)/A^j, which needs O(√A) terms rather than O(A) steps;
 * for whole n it ends at j = n, and for fractional n ≥ 64 its terms fall below 1e−17 of the sum
 * long before j passes n (they fall like e^(−j²/2A)), where this expansion of
 * 1/B = A∫₀^∞ e^(−At)(1 + t)^n dt would stop converging.
 * Accurate to a few ulps for N up to millions of servers and A up to 10^6 Erlangs, and clamped
 * to [0, 1] so that those ulps never show as a probability above 1.
 */
import { scaledUpperGammaInverse } from "./incomplete-gamma";
import { probability } from "./probability";
import { requireWithin } from "./validate";

/** B(f, A) for 0 ≤ f < 1: the start of the recursion for fractional servers. */
function erlangBBase(fraction: number, traffic: number): number {
  if (fraction === 0) return 1;
  if (traffic === 0) return 0;
  // A^f e^(−A) / Γ(f+1, A) = (A^(f+1) e^(−A) / Γ(f+1, A)) / A.
  return probability(scaledUpperGammaInverse(fraction + 1, traffic) / traffic);
}

/** Below this many servers the plain recursion is as quick as anything else. */
const SERIES_FROM = 64;

/**
 * 1/B(n, A) for n ≤ A + 1 as the series Σ_j Π_{i<j} (n − i)/A, whose terms fall at least as fast
 * as e^(−j²/2A): about 9√A terms reach double precision, where the recursion would take n steps.
 */
function inverseErlangBSeries(servers: number, traffic: number): number {
  const perErlang = 1 / traffic;
  let term = 1;
  let sum = 1;
  for (let i = 0; i < servers + 1; i++) {
    term *= (servers - i) * perErlang;
    sum += term;
    if (Math.abs(term) < sum * 1e-17) break;
  }
  return sum;
}

/** Erlang B without argument checks, for the engine's own loops. */
export function erlangBUnchecked(servers: number, traffic: number): number {
  if (traffic === 0) return servers > 0 ? 0 : 1;
  const whole = Math.floor(servers);
  const fraction = servers - whole;
  let blocking: number;
  let from: number;
  if (whole >= SERIES_FROM && traffic >= SERIES_FROM) {
    // Start at min(N, ⌊A⌋) (plus the fraction) with the series, then climb the rest by the recursion.
    from = Math.min(whole, Math.floor(traffic));
    blocking = 1 / inverseErlangBSeries(from + fraction, traffic);
  } else {
    from = 0;
    blocking = erlangBBase(fraction, traffic);
  }
  for (let k = from + 1; k <= whole && blocking > 0; k++) {
    const offered = traffic * blocking;
    blocking = offered / (fraction + k + offered);
  }
  return probability(blocking);
}

/** Erlang B blocking probability; fractional servers allowed. */
export function erlangB(servers: number, traffic: number): number {
  requireWithin("servers", servers);
  requireWithin("traffic", traffic);
  return erlangBUnchecked(servers, traffic);
}

/** Least whole number of trunks whose Erlang B blocking is at most `maxBlocking`. */
export function linesRequired(traffic: number, maxBlocking: number): number {
  requireWithin("traffic", traffic);
  requireWithin("max_blocking", maxBlocking);
  if (traffic === 0) return 0; // no calls, nothing to block
  let blocking = 1;
  let lines = 0;
  while (blocking > maxBlocking) {
    lines++;
    const offered = traffic * blocking;
    blocking = offered / (lines + offered);
  }
  // B falls to 0 as lines grow, so any maxBlocking > 0 is reached.
  return lines;
}
