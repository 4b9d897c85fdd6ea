/**
 * Offered traffic, staff after shrinkage and patience from interval data: the plain arithmetic
 * around the queueing models, kept here so every layer uses the same definitions.
 */
import { EngineInputError } from "./errors";
import { checkLoad, requireWithin } from "./validate";

/** Offered traffic A = calls × aht / (interval × 60), in Erlangs. */
export function trafficErlangs(callsOffered: number, averageHandleSeconds: number, intervalMinutes = 30): number {
  return checkLoad({ callsOffered, averageHandleSeconds, intervalMinutes });
}

/** Agents to schedule so that `agents` remain on the phones after shrinkage: agents / (1 − shrinkage). */
export function scheduledStaff(agents: number, shrinkage: number): number {
  requireWithin("agents", agents);
  requireWithin("shrinkage", shrinkage);
  return agents / (1 - shrinkage);
}

/**
 * Mean patience of callers estimated from one interval's data: the total time every caller
 * spent waiting (answered and abandoned) divided by the number who abandoned. This is the
 * maximum-likelihood estimate of an exponential patience under censoring by answer.
 */
export function patienceEstimate(abandonedCalls: number, totalWaitSeconds: number): number {
  requireWithin("abandoned", abandonedCalls);
  requireWithin("total_wait_seconds", totalWaitSeconds);
  if (totalWaitSeconds === 0) {
    throw new EngineInputError({ code: "noWaitRecorded", argument: "total_wait_seconds" });
  }
  return totalWaitSeconds / abandonedCalls;
}
