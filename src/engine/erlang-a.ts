/**
 * Erlang A (M/M/N+M): N agents, Poisson arrivals, exponential handle times and callers who
 * abandon after an exponential patience. Every measure comes from the exact birth–death
 * stationary distribution, not from an approximation.
 *
 * Method. With λ the arrival rate, μ = 1/aht, θ = 1/patience, s = N·μ/θ, r_k = N·μ + k·θ and
 * X = λ/θ (the callers who arrive within one mean patience), the stationary probabilities
 * relative to p_N are Σ_{k<N} p_k = 1/B(N, A) − 1 (Erlang B) and q_j = p_{N+j} = Π_{k=1..j} X/(s + k).
 * A caller who finds j callers waiting ahead is answered with probability N·μ / r_{j+1}, after a
 * wait whose CDF is 1 − I_x(s + 1, j + 1), x = e^(−θ·t); for whole j that incomplete beta is a
 * negative binomial tail, P(answered within t | j) = (N·μ / r_{j+1}) · P(K ≥ j + 1),
 * K ~ NegBin(s + 1, x), and P(offered wait > t | j) = P(K' ≤ j), K' ~ NegBin(s, x). The mean
 * wait of an answered caller is H_{j+1} = Σ_{k=1..j+1} 1/r_k = (ψ(s + j + 2) − ψ(s + 1))/θ
 * (Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance measures", 2009; the series
 * form follows ../shared/reference/erlang_reference.py).
 *
 * The weights q_j rise while j < X − s and fall after, so they peak at the mode
 * m = ⌊X − s⌋ and spread over a few √X either side. When m is within 12·√X + 64 of 0 the series
 * is summed from j = 0 upwards, as the reference generator does. Beyond that the states with a
 * free agent weigh less than e^(−72) of the queue (Σ_{k≤m} ln(X/(s + k)) ≥ m(m − 1)/2X ≥ 72,
 * and 1/B − 1 ≤ N/(A − N) = s/(X − s)), so the sum starts at the mode instead and runs outward
 * both ways: the two negative binomial distribution functions at m come from the regularized
 * incomplete beta function (incomplete-beta.ts), their probabilities at m from the binomial
 * density (binomial-density.ts), and H_{m+1} from a digamma difference (digamma.ts); each step
 * out updates them by one term. So the work is about 20·√X terms, not the length of the queue:
 * with ten million callers waiting, tens of thousands of terms rather than ten million.
 *
 * Accuracy: the terms are summed until the rest of the series is below 1e−17 of the total,
 * rescaled when the unnormalised weights or the negative binomial terms would overflow or
 * underflow, so every measure is good to ~1e−13 absolute for any traffic and any N (checked
 * against the 300 reference cases and against mpmath's incomplete gamma closed forms for queues
 * of millions in test/engine/erlang-a-large.test.ts). Every probability is clamped to [0, 1] so
 * that rounding never shows as 1.0000000000000002.
 */
import { logBinomialDensity } from "./binomial-density";
import { digammaDifference } from "./digamma";
import { regularizedIncompleteBeta } from "./incomplete-beta";
import { probability } from "./probability";

export interface ErlangAResult {
  waitProbability: number;
  abandonRate: number;
  serviceLevel: number;
  serviceLevelExcludingShortAbandons: number;
  serviceLevelShortAbandonsMet: number;
  averageSpeedOfAnswer: number;
  occupancy: number;
}

const RESCALE_ABOVE = 1e200;
const RESCALE_BY = 1e-200;
/** log(1e200): how far a negative binomial term may be pushed up before it is brought back. */
const LOG_SHIFT = 460.517018598809;
/** The series starts at the mode when the mode is more than this many √X from an empty queue. */
const MODE_CENTRED_BEYOND_SPREADS = 12;
const MODE_CENTRED_BEYOND_TERMS = 64;
/** Terms past this share of the running total (times the tail's geometric bound) are dropped. */
const NEGLIGIBLE = 1e-17;

/**
 * x = e^(−θt) and 1 − x as a pair whose sum is exactly 1, each computed where it has its digits.
 * With shapes of 10^8 a pair that disagrees in the last bit would move the answers in the ninth.
 */
function survivalPair(abandonRate: number, targetSeconds: number): { x: number; oneMinusX: number } {
  const exponent = -abandonRate * targetSeconds;
  if (exponent > -Math.LN2) {
    const x = Math.exp(exponent);
    return { x, oneMinusX: 1 - x };
  }
  const oneMinusX = -Math.expm1(exponent);
  return { x: 1 - oneMinusX, oneMinusX };
}

/** No agents: every caller waits and abandons; waits of at most t are the abandons within t. */
function withoutAgents(targetSeconds: number, abandonRate: number): ErlangAResult {
  const abandonedWithinTarget = -Math.expm1(-abandonRate * targetSeconds);
  return {
    waitProbability: 1,
    abandonRate: 1,
    serviceLevel: 0,
    serviceLevelExcludingShortAbandons: 0,
    serviceLevelShortAbandonsMet: abandonedWithinTarget,
    averageSpeedOfAnswer: Infinity,
    occupancy: 0,
  };
}

/** Sums over the queue lengths j of the weights q_j (relative to p_N) and what they carry. */
interface QueueSums {
  /** Σ_{k<N} p_k / p_N on the same scale as the sums below. */
  below: number;
  total: number;
  abandoned: number;
  served: number;
  answeredWithin: number;
  waitAnswered: number;
  late: number;
}

/**
 * Adds queue length j (weight q_j) to the sums: its caller is answered with probability
 * N·μ/r_{j+1}, within t when K ≥ j + 1, after waiting H_{j+1} on average; it is late (still
 * waiting at t) when K' ≤ j. The distribution functions may stray a rounding outside [0, 1].
 */
function addQueueLength(
  sums: QueueSums,
  weight: number,
  j: number,
  serviceRate: number,
  abandonRate: number,
  inverseRate: number,
  harmonic: number,
  answeredCdf: number,
  offeredCdf: number,
): void {
  const servedHere = weight * serviceRate * inverseRate;
  sums.total += weight;
  sums.served += servedHere;
  sums.abandoned += weight * (j + 1) * abandonRate * inverseRate;
  if (answeredCdf < 1) sums.answeredWithin += answeredCdf > 0 ? servedHere * (1 - answeredCdf) : servedHere;
  sums.waitAnswered += servedHere * harmonic;
  if (offeredCdf > 0) sums.late += offeredCdf < 1 ? weight * offeredCdf : weight;
}

/**
 * A negative binomial probability P(K = j) held as (scaled value, e^(−shift)) so that a start
 * far below the smallest double still climbs correctly as the walk moves towards the bulk.
 */
interface ScaledTerm {
  value: number;
  shift: number;
  factor: number;
}

function scaledTerm(logValue: number): ScaledTerm {
  if (!(logValue > -Infinity)) return { value: 0, shift: 0, factor: 1 };
  const shift = Math.max(0, -logValue - LOG_SHIFT);
  return { value: Math.exp(logValue + shift), shift, factor: Math.exp(-shift) };
}

/** Brings a scaled term that has climbed past 1e100 back down while it still carries a shift. */
function rescaled(term: ScaledTerm): void {
  if (term.shift > 0 && term.value > 1e100) {
    const step = Math.min(term.shift, LOG_SHIFT);
    term.value *= Math.exp(-step);
    term.shift -= step;
    term.factor = Math.exp(-term.shift);
  }
}

/** ln P(K = j) for K ~ NegBin(shape, x): the failures before the shape-th success. */
function logNegativeBinomialPmf(j: number, shape: number, x: number, oneMinusX: number): number {
  if (shape === 0) return j === 0 ? 0 : -Infinity;
  return Math.log(shape / (shape + j)) + logBinomialDensity(shape, shape + j, x, oneMinusX);
}

/** The queue and its two waiting-time distributions at the queue length a sum starts from. */
interface QueueState {
  j: number;
  /** q_j on the scale of the sums. */
  weight: number;
  /** H_{j+1}. */
  harmonic: number;
  answeredCdf: number;
  answeredLogPmf: number;
  offeredCdf: number;
  offeredLogPmf: number;
}

/** Rates of the chain, per second: λ, N·μ, θ, and 1 − x = 1 − e^(−θt). */
interface Chain {
  arrivalRate: number;
  serviceRate: number;
  abandonRate: number;
  oneMinusX: number;
}

/**
 * Adds queue lengths j, j + 1, … from `start` until the rest of the series is below 1e−17 of the
 * total (past the mode the ratios q_{j+1}/q_j fall, so the rest is below weight/(1 − ratio)).
 * The distributions step by P(K = j + 1) = P(K = j)·(shape + j)/(j + 1)·(1 − x), with one
 * division for both shapes.
 */
function sumUpward(sums: QueueSums, chain: Chain, start: QueueState): void {
  const { arrivalRate, serviceRate, abandonRate, oneMinusX } = chain;
  const shape = serviceRate / abandonRate;
  const answeredPmf = scaledTerm(start.answeredLogPmf);
  const offeredPmf = scaledTerm(start.offeredLogPmf);
  let { answeredCdf, offeredCdf, weight, harmonic } = start;
  for (let j = start.j; ; j++) {
    const inverseRate = 1 / (serviceRate + (j + 1) * abandonRate); // 1/r_{j+1}
    if (j > start.j) harmonic += inverseRate;
    addQueueLength(sums, weight, j, serviceRate, abandonRate, inverseRate, harmonic, answeredCdf, offeredCdf);
    const ratio = arrivalRate * inverseRate; // q_{j+1}/q_j
    weight *= ratio;
    if (ratio < 1 && weight < sums.total * NEGLIGIBLE * (1 - ratio)) return;
    if (weight > RESCALE_ABOVE) {
      weight *= RESCALE_BY;
      sums.below *= RESCALE_BY;
      sums.total *= RESCALE_BY;
      sums.abandoned *= RESCALE_BY;
      sums.served *= RESCALE_BY;
      sums.answeredWithin *= RESCALE_BY;
      sums.waitAnswered *= RESCALE_BY;
      sums.late *= RESCALE_BY;
    }
    const step = oneMinusX / (j + 1);
    answeredPmf.value *= (shape + 1 + j) * step;
    offeredPmf.value *= (shape + j) * step;
    if (answeredPmf.value > 1e100) rescaled(answeredPmf);
    if (offeredPmf.value > 1e100) rescaled(offeredPmf);
    answeredCdf += answeredPmf.value * answeredPmf.factor;
    offeredCdf += offeredPmf.value * offeredPmf.factor;
  }
}

/**
 * Adds queue lengths j − 1, j − 2, …, 0 below `start` (the mode) until the rest is negligible,
 * stepping by P(K = j − 1) = P(K = j)·j/((shape + j − 1)(1 − x)) and H_j = H_{j+1} − 1/r_{j+1}.
 */
function sumDownward(sums: QueueSums, chain: Chain, start: QueueState): void {
  const { arrivalRate, serviceRate, abandonRate, oneMinusX } = chain;
  const shape = serviceRate / abandonRate;
  const perArrival = abandonRate / arrivalRate; // 1/X
  const answeredPmf = scaledTerm(start.answeredLogPmf);
  const offeredPmf = scaledTerm(start.offeredLogPmf);
  let { answeredCdf, offeredCdf, weight, harmonic } = start;
  let inverseRateAbove = 1 / (serviceRate + (start.j + 1) * abandonRate); // 1/r_{j+2} for j = start − 1
  for (let j = start.j - 1; j >= 0; j--) {
    const ratio = (shape + j + 1) * perArrival; // q_j / q_{j+1}, below 1 below the mode
    weight *= ratio;
    harmonic -= inverseRateAbove;
    answeredCdf -= answeredPmf.value * answeredPmf.factor;
    offeredCdf -= offeredPmf.value * offeredPmf.factor;
    if (oneMinusX > 0) {
      const answeredShape = shape + j + 1; // (s + 1) + (j + 1) − 1
      const offeredShape = shape + j;
      const common = (j + 1) / (answeredShape * offeredShape * oneMinusX);
      answeredPmf.value *= offeredShape * common;
      offeredPmf.value *= answeredShape * common;
      if (answeredPmf.value > 1e100) rescaled(answeredPmf);
      if (offeredPmf.value > 1e100) rescaled(offeredPmf);
    }
    const inverseRate = 1 / (serviceRate + (j + 1) * abandonRate);
    inverseRateAbove = inverseRate;
    addQueueLength(sums, weight, j, serviceRate, abandonRate, inverseRate, harmonic, answeredCdf, offeredCdf);
    if (weight < sums.total * NEGLIGIBLE * (1 - ratio)) return;
  }
}

/** The series from an empty queue upwards, for a mode near 0. */
function sumFromEmptyQueue(chain: Chain, x: number, below: number): QueueSums {
  const shape = chain.serviceRate / chain.abandonRate; // N·μ/θ
  // P(K ≤ 0) = x^shape for the same x whose 1 − x drives the steps, so that the probabilities add
  // up to 1 even for shapes of 10^8 (an x one bit off would move them by shape × 1e−16). x = 0 (a
  // target time of many patiences) puts all the mass at infinity: every P(K ≤ j) is 0.
  const logX = x > 0 ? Math.log(x) : -Infinity;
  const start: QueueState = {
    j: 0,
    weight: 1,
    harmonic: 1 / (chain.serviceRate + chain.abandonRate), // H_1 = 1/r_1
    answeredCdf: x > 0 ? Math.exp((shape + 1) * logX) : 0,
    answeredLogPmf: (shape + 1) * logX,
    offeredCdf: x > 0 ? Math.exp(shape * logX) : 0,
    offeredLogPmf: shape * logX,
  };
  const sums: QueueSums = { below, total: 0, abandoned: 0, served: 0, answeredWithin: 0, waitAnswered: 0, late: 0 };
  sumUpward(sums, chain, start);
  return sums;
}

/** The series outward from the mode m, for a mode far from 0 (deep overload). */
function sumFromMode(chain: Chain, x: number, mode: number): QueueSums {
  const { serviceRate, abandonRate, oneMinusX } = chain;
  const shape = serviceRate / abandonRate; // s
  const start: QueueState = {
    j: mode,
    weight: 1, // q_j / q_m
    harmonic: digammaDifference(shape + 1, shape + mode + 2) / abandonRate, // H_{m+1}
    answeredCdf: regularizedIncompleteBeta(shape + 1, mode + 1, x, oneMinusX),
    answeredLogPmf: logNegativeBinomialPmf(mode, shape + 1, x, oneMinusX),
    offeredCdf: shape === 0 ? 1 : regularizedIncompleteBeta(shape, mode + 1, x, oneMinusX),
    offeredLogPmf: logNegativeBinomialPmf(mode, shape, x, oneMinusX),
  };
  // The states with a free agent weigh less than e^(−72) of q_m here (see the module comment).
  const sums: QueueSums = { below: 0, total: 0, abandoned: 0, served: 0, answeredWithin: 0, waitAnswered: 0, late: 0 };
  sumUpward(sums, chain, start);
  sumDownward(sums, chain, start);
  return sums;
}

/**
 * Every Erlang A measure for whole `agents`, given the Erlang B blocking for those agents.
 * Rates are per second; `targetSeconds` ≥ 0. The caller has checked that X = λ·patience is
 * within the engine's limits (validate.ts), which bounds the work at O(√X).
 */
export function erlangAMeasures(
  arrivalRate: number,
  averageHandleSeconds: number,
  patienceSeconds: number,
  agents: number,
  targetSeconds: number,
  blocking: number,
): ErlangAResult {
  const traffic = arrivalRate * averageHandleSeconds;
  const abandonRate = 1 / patienceSeconds; // θ
  if (agents === 0) return withoutAgents(targetSeconds, abandonRate);
  const serviceRate = agents / averageHandleSeconds; // N·μ
  // Weight of the states with a free agent, relative to p_N.
  const below = 1 / blocking - 1;
  if (!Number.isFinite(below)) {
    // B(N) underflowed: the chance of meeting a full house is below 1e−308.
    return {
      waitProbability: 0,
      abandonRate: 0,
      serviceLevel: 1,
      serviceLevelExcludingShortAbandons: 1,
      serviceLevelShortAbandonsMet: 1,
      averageSpeedOfAnswer: 0,
      occupancy: probability(traffic / agents),
    };
  }
  const { x, oneMinusX } = survivalPair(abandonRate, targetSeconds);
  const arrivals = arrivalRate * patienceSeconds; // X
  const mode = Math.max(0, Math.floor(arrivals - serviceRate * patienceSeconds));
  const chain: Chain = { arrivalRate, serviceRate, abandonRate, oneMinusX };
  const sums =
    mode > MODE_CENTRED_BEYOND_SPREADS * Math.sqrt(arrivals) + MODE_CENTRED_BEYOND_TERMS
      ? sumFromMode(chain, x, mode)
      : sumFromEmptyQueue(chain, x, below);

  const norm = sums.below + sums.total;
  const waitProbability = probability(sums.total / norm);
  const abandonProbability = probability(sums.abandoned / norm);
  // Answered directly from its own sum, not as 1 − abandoned, so that no agents gives exactly 0.
  const answeredWeight = sums.below + sums.served;
  const answered = probability(answeredWeight / norm);
  const serviceLevel = probability((sums.below + sums.answeredWithin) / norm);
  // P(actual wait ≤ t): answered in time, or abandoned in time.
  const waitedAtMostTarget = probability(1 - (sums.late / norm) * x);
  const shortAbandons = Math.max(0, waitedAtMostTarget - serviceLevel);
  return {
    waitProbability,
    abandonRate: abandonProbability,
    serviceLevel,
    serviceLevelExcludingShortAbandons: shortAbandons < 1 ? probability(serviceLevel / (1 - shortAbandons)) : 0,
    serviceLevelShortAbandonsMet: waitedAtMostTarget,
    averageSpeedOfAnswer: answeredWeight > 0 ? sums.waitAnswered / answeredWeight : Infinity,
    // Carried traffic A·answered can never exceed the N agents carrying it.
    occupancy: probability((traffic * answered) / agents),
  };
}
