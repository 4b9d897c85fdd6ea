/**
 * Offered traffic, staff after shrinkage and patience from interval data: the plain arithmetic
 * around the queueing models, kept here so every layer uses the same definitions.
 */
import { EngineInputError } from "./errors";
import { checkLoad, requireAgents, requireFraction, requireNonNegative } from "./validate";

/** Offered traffic A = calls × aht / (interval × 60), in Erlangs. */
export function trafficErlangs(callsOffered: number, averageHandleSeconds: number, intervalMinutes = 30): number {
  return checkLoad({ callsOffered, averageHandleSeconds, intervalMinutes });
}

/** Agents to schedule so that `agents` remain on the phones after shrinkage: agents / (1 − shrinkage). */
export function scheduledStaff(agents: number, shrinkage: number): number {
  requireAgents("agents", agents);
  requireFraction("shrinkage", shrinkage, "a fraction from 0 up to (not including) 1, such as 0.3 or 30%", {
    highOpen: true,
  });
  return agents / (1 - shrinkage);
}

/**
 * Mean patience of callers estimated from one interval's data: the total time every caller
 * spent waiting (answered and abandoned) divided by the number who abandoned. This is the
 * maximum-likelihood estimate of an exponential patience under censoring by answer.
 */
export function patienceEstimate(abandonedCalls: number, totalWaitSeconds: number): number {
  requireNonNegative("abandoned", abandonedCalls, "a number of abandoned calls above 0", true);
  requireNonNegative("total_wait_seconds", totalWaitSeconds, "the total wait of all calls in seconds, 0 or more");
  if (totalWaitSeconds === 0) {
    throw new EngineInputError(
      "total_wait_seconds",
      "total_wait_seconds is 0: callers who abandoned must have waited some time, so patience cannot be estimated.",
      "unreachable",
    );
  }
  return totalWaitSeconds / abandonedCalls;
}
