/**
 * Erlang A (M/M/N+M): N agents, Poisson arrivals, exponential handle times and callers who
 * abandon after an exponential patience. Every measure comes from the exact birth–death
 * stationary distribution, not from an approximation.
 *
 * Method. With λ the arrival rate, μ = 1/aht, θ = 1/patience and r_k = N·μ + k·θ, the
 * stationary probabilities relative to p_N are Σ_{k<N} p_k = 1/B(N, A) − 1 (Erlang B) and
 * q_j = p_{N+j} = Π_{k=1..j} λ / r_k. A caller who finds j callers waiting ahead is answered
 * with probability N·μ / r_{j+1}, after a wait whose CDF is 1 − I_x(N·μ/θ + 1, j + 1),
 * x = e^(−θ·t); for whole j that incomplete beta is a negative binomial tail, so
 * P(answered within t | j) = (N·μ / r_{j+1}) · P(K ≥ j + 1), K ~ NegBin(N·μ/θ + 1, 1 − x), and
 * P(offered wait > t | j) = P(K' ≤ j), K' ~ NegBin(N·μ/θ, 1 − x). The mean wait of an answered
 * caller is Σ_{k=1..j+1} 1/r_k. Every sum is of positive terms, accumulated as j grows
 * (Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance measures", 2009; the
 * series form follows ../shared/reference/erlang_reference.py).
 *
 * Accuracy: the terms are summed until the rest of the series is below 1e−17 of the total,
 * rescaled when the unnormalised weights or the negative binomial terms would overflow or
 * underflow, so every measure is good to ~1e−13 absolute for any traffic and any N. The work
 * is proportional to the number of queue lengths that carry weight: about (λ − N·μ)/θ in
 * overload plus a few standard deviations.
 */
import { EngineInputError } from "./errors";

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
/** Above this many queue lengths the series would take seconds: refuse rather than hang. */
const MAX_QUEUE_TERMS = 20_000_000;

function tooLong(patienceSeconds: number, traffic: number, agents: number): EngineInputError {
  return new EngineInputError(
    "patience",
    `patience ${patienceSeconds} s is too long for this overload (${traffic.toFixed(1)} Erlangs on ${agents} agents): ` +
      "the queue would hold millions of callers. Use a shorter patience or leave it blank for Erlang C.",
  );
}

/**
 * Every Erlang A measure for whole `agents`, given the Erlang B blocking for those agents.
 * Rates are per second; `targetSeconds` ≥ 0.
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
  const serviceRate = agents / averageHandleSeconds; // N·μ
  const abandonRate = 1 / patienceSeconds; // θ
  // The weights peak near (λ − N·μ)/θ callers waiting and spread over a few √(λ/θ).
  const expectedTerms =
    Math.max(0, (arrivalRate - serviceRate) / abandonRate) + 40 * Math.sqrt(arrivalRate / abandonRate);
  if (expectedTerms > MAX_QUEUE_TERMS) throw tooLong(patienceSeconds, traffic, agents);
  // Weight of the states with a free agent, relative to p_N.
  let below = agents === 0 ? 0 : 1 / blocking - 1;
  if (!Number.isFinite(below)) {
    // B(N) underflowed: the chance of meeting a full house is below 1e−308.
    return {
      waitProbability: 0,
      abandonRate: 0,
      serviceLevel: 1,
      serviceLevelExcludingShortAbandons: 1,
      serviceLevelShortAbandonsMet: 1,
      averageSpeedOfAnswer: 0,
      occupancy: traffic / agents,
    };
  }
  const x = Math.exp(-abandonRate * targetSeconds);
  const oneMinusX = -Math.expm1(-abandonRate * targetSeconds);
  const shape = serviceRate / abandonRate; // N·μ/θ
  // Negative binomial terms, each held as (scaled value, exp(−shift)) so that a start of
  // x^(shape+1) far below the smallest double still climbs correctly.
  const logX = -abandonRate * targetSeconds;
  let shiftAnswered = Math.max(0, -(shape + 1) * logX - LOG_SHIFT);
  let pmfAnswered = Math.exp((shape + 1) * logX + shiftAnswered);
  let factorAnswered = Math.exp(-shiftAnswered);
  let cdfAnswered = 0;
  let shiftOffered = Math.max(0, -shape * logX - LOG_SHIFT);
  let pmfOffered = Math.exp(shape * logX + shiftOffered);
  let factorOffered = Math.exp(-shiftOffered);
  let cdfOffered = 0;

  let weight = 1; // q_j
  let total = 0;
  let abandoned = 0;
  let servedTotal = 0;
  let answeredWithin = 0;
  let waitAnswered = 0;
  let late = 0;
  let harmonic = 0; // Σ_{k=1..j+1} 1/r_k
  for (let j = 0; ; j++) {
    const rateNext = serviceRate + (j + 1) * abandonRate; // r_{j+1}
    harmonic += 1 / rateNext;
    cdfAnswered += pmfAnswered;
    pmfAnswered *= ((shape + 1 + j) / (j + 1)) * oneMinusX;
    cdfOffered += pmfOffered;
    pmfOffered *= ((shape + j) / (j + 1)) * oneMinusX;
    if (shiftAnswered > 0 && pmfAnswered > 1e100) {
      const step = Math.min(shiftAnswered, LOG_SHIFT);
      const scale = Math.exp(-step);
      pmfAnswered *= scale;
      cdfAnswered *= scale;
      shiftAnswered -= step;
      factorAnswered = Math.exp(-shiftAnswered);
    }
    if (shiftOffered > 0 && pmfOffered > 1e100) {
      const step = Math.min(shiftOffered, LOG_SHIFT);
      const scale = Math.exp(-step);
      pmfOffered *= scale;
      cdfOffered *= scale;
      shiftOffered -= step;
      factorOffered = Math.exp(-shiftOffered);
    }
    const served = weight * (serviceRate / rateNext);
    total += weight;
    servedTotal += served;
    abandoned += weight * (((j + 1) * abandonRate) / rateNext);
    const tailAnswered = 1 - cdfAnswered * factorAnswered;
    if (tailAnswered > 0) answeredWithin += served * tailAnswered;
    waitAnswered += served * harmonic;
    late += weight * Math.min(1, cdfOffered * factorOffered);

    const ratio = arrivalRate / (serviceRate + (j + 1) * abandonRate); // q_{j+1}/q_j
    weight *= ratio;
    // Past the mode the ratios keep falling, so the rest of the series is below weight/(1−ratio).
    if (ratio < 1 && weight < total * 1e-17 * (1 - ratio)) break;
    if (weight > RESCALE_ABOVE) {
      weight *= RESCALE_BY;
      total *= RESCALE_BY;
      abandoned *= RESCALE_BY;
      servedTotal *= RESCALE_BY;
      answeredWithin *= RESCALE_BY;
      waitAnswered *= RESCALE_BY;
      late *= RESCALE_BY;
      below *= RESCALE_BY;
    }
    if (j > 2 * MAX_QUEUE_TERMS) throw tooLong(patienceSeconds, traffic, agents);
  }
  const norm = below + total;
  const waitProbability = total / norm;
  const abandonProbability = abandoned / norm;
  // Answered directly from its own sum, not as 1 − abandoned, so that no agents gives exactly 0.
  const answeredWeight = below + servedTotal;
  const answered = answeredWeight / norm;
  const serviceLevel = (below + answeredWithin) / norm;
  // P(actual wait ≤ t): answered in time, or abandoned in time.
  const waitedAtMostTarget = 1 - (late / norm) * x;
  const shortAbandons = Math.max(0, waitedAtMostTarget - serviceLevel);
  return {
    waitProbability,
    abandonRate: abandonProbability,
    serviceLevel,
    serviceLevelExcludingShortAbandons: shortAbandons < 1 ? serviceLevel / (1 - shortAbandons) : 0,
    serviceLevelShortAbandonsMet: waitedAtMostTarget,
    averageSpeedOfAnswer: answeredWeight > 0 ? waitAnswered / answeredWeight : Infinity,
    occupancy: agents > 0 ? (traffic * answered) / agents : 0,
  };
}
