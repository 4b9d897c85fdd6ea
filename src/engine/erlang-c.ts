/**
 * Erlang C: the probability that a call waits in an M/M/N queue with infinitely patient
 * callers, and the service level and ASA that follow from it.
 *
 * C = N·B / (N − A·(1 − B)) with B the Erlang B blocking for the same N and A (Cooper,
 * "Introduction to Queueing Theory", 2nd ed., §3.4); with fractional N it uses the continuous
 * Erlang B. Then P(wait > t) = C·e^(−(N−A)·t/aht) and ASA = C·aht/(N − A). For N ≤ A the queue
 * grows without bound: C = 1, service level 0, ASA infinite. Probabilities are clamped to [0, 1].
 */
import { erlangBUnchecked } from "./erlang-b";
import { probability } from "./probability";
import { requireWithin } from "./validate";

/** Erlang C from an Erlang B value already computed for the same agents and traffic. */
export function erlangCFromB(agents: number, traffic: number, blocking: number): number {
  if (agents <= traffic) return 1;
  return probability((agents * blocking) / (agents - traffic * (1 - blocking)));
}

export function erlangCUnchecked(agents: number, traffic: number): number {
  if (traffic === 0) return 0;
  if (agents <= traffic) return 1;
  return erlangCFromB(agents, traffic, erlangBUnchecked(agents, traffic));
}

/** Probability of waiting; fractional agents allowed; 1 when agents ≤ traffic. */
export function erlangC(agents: number, traffic: number): number {
  requireWithin("agents", agents);
  requireWithin("traffic", traffic);
  return erlangCUnchecked(agents, traffic);
}

/** Fraction of calls answered within `targetSeconds` (stable queue only). */
export function erlangCServiceLevel(
  agents: number,
  traffic: number,
  waitProbability: number,
  averageHandleSeconds: number,
  targetSeconds: number,
): number {
  return probability(1 - waitProbability * Math.exp((-(agents - traffic) * targetSeconds) / averageHandleSeconds));
}
