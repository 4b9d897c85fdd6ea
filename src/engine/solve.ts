/**
 * Staffing solvers: the least whole agents for a service level, an ASA or an abandon rate;
 * the real-valued agents that meet a service level exactly; the most calls a team can take.
 *
 * Method. Every measure used is monotone in agents (and in calls), so each solver is a search
 * for the first whole number that passes. Erlang C climbs the Erlang B recursion one agent at
 * a time from the least stable staffing ⌊A⌋ + 1, which costs O(N) and needs one exp per step.
 * Erlang A gallops up from a staffing known to fail (at most N agents carry N Erlangs, so a
 * service level s needs N ≥ s·A) in steps of √A and then bisects, evaluating the exact series
 * of erlang-a.ts at O(log A) staffings. The reference generator uses the same searches.
 */
import { EngineInputError } from "./errors";
import { erlangBUnchecked } from "./erlang-b";
import { erlangCFromB, erlangCServiceLevel } from "./erlang-c";
import { erlangAMeasuresAt, erlangCMeasures, serviceLevelUnder } from "./measures";
import type { AbandonRule, IntervalLoad, QueueMeasures, ServiceTarget } from "./types";
import {
  MAX_AGENTS,
  MAX_TRAFFIC,
  checkLoad,
  patienceOf,
  requireAbandonRule,
  requireAgents,
  requireFraction,
  requireNonNegative,
} from "./validate";

interface CheckedTarget {
  serviceLevel: number;
  seconds: number;
  maxOccupancy: number | null;
  abandonRule: AbandonRule;
}

function checkTarget(target: ServiceTarget): CheckedTarget {
  requireFraction("target_sl", target.targetServiceLevel, "a fraction from 0 to 1, such as 0.8 or 80%");
  if (target.targetServiceLevel === 1) {
    throw new EngineInputError(
      "target_sl",
      "target_sl is 100%: no staffing answers every call within a time limit in a queue; use a target such as 99%.",
      "unreachable",
    );
  }
  requireNonNegative("target_time", target.targetSeconds, "a target time in seconds, 0 or more");
  const maxOccupancy = target.maxOccupancy ?? null;
  if (maxOccupancy !== null) {
    requireFraction("max_occupancy", maxOccupancy, "a fraction above 0 and at most 1, such as 0.85 or 85%", {
      lowOpen: true,
    });
  }
  return {
    serviceLevel: target.targetServiceLevel,
    seconds: target.targetSeconds,
    maxOccupancy,
    abandonRule: requireAbandonRule(target.abandonRule ?? 0),
  };
}

function unreachable(argument: string, what: string): EngineInputError {
  return new EngineInputError(argument, `No staffing up to ${MAX_AGENTS} agents ${what}.`, "unreachable");
}

/**
 * Least whole n > `failing` with `passes(n)`, for a predicate that stays true once true.
 * Gallops from `failing` in steps that double from `step`, then bisects.
 */
function leastPassing(failing: number, step: number, limit: number, passes: (n: number) => boolean): number | null {
  let low = failing;
  let high = Math.min(failing + step, limit);
  while (!passes(high)) {
    if (high >= limit) return null;
    low = high;
    step *= 2;
    high = Math.min(high + step, limit);
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (passes(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** Erlang C: least N > A, climbing the Erlang B recursion, with `passes` judging each (N, C). */
function climbErlangC(traffic: number, passes: (agents: number, waitProbability: number) => boolean): number | null {
  let agents = Math.floor(traffic) + 1;
  let blocking = erlangBUnchecked(agents, traffic);
  for (; agents <= MAX_AGENTS; ) {
    if (passes(agents, erlangCFromB(agents, traffic, blocking))) return agents;
    agents++;
    const offered = traffic * blocking;
    blocking = offered / (agents + offered);
  }
  return null;
}

function erlangAAt(traffic: number, aht: number, patience: number, agents: number, seconds: number): QueueMeasures {
  return erlangAMeasuresAt(traffic, aht, patience, agents, seconds);
}

function erlangCAgentsRequired(traffic: number, aht: number, target: CheckedTarget): number | null {
  const { serviceLevel, seconds, maxOccupancy } = target;
  return climbErlangC(
    traffic,
    (agents, waitProbability) =>
      erlangCServiceLevel(agents, traffic, waitProbability, aht, seconds) >= serviceLevel &&
      (maxOccupancy === null || traffic / agents <= maxOccupancy),
  );
}

function erlangAAgentsRequired(traffic: number, aht: number, patience: number, target: CheckedTarget): number | null {
  const { serviceLevel, seconds, maxOccupancy, abandonRule } = target;
  // With abandons a miss, N agents answer at most N of A Erlangs, so N < s·A fails.
  const failing = abandonRule === 0 ? Math.max(-1, Math.ceil(serviceLevel * traffic) - 1) : -1;
  return leastPassing(failing, Math.max(1, Math.floor(Math.sqrt(traffic))), MAX_AGENTS, (agents) => {
    const measures = erlangAAt(traffic, aht, patience, agents, seconds);
    return (
      serviceLevelUnder(measures, abandonRule) >= serviceLevel &&
      (maxOccupancy === null || measures.occupancy <= maxOccupancy)
    );
  });
}

/** Least whole agents whose service level (and occupancy, if capped) meets the target. */
export function agentsRequired(load: IntervalLoad, target: ServiceTarget): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  const checked = checkTarget(target);
  if (traffic === 0) return 0;
  const agents =
    patience === null
      ? erlangCAgentsRequired(traffic, load.averageHandleSeconds, checked)
      : erlangAAgentsRequired(traffic, load.averageHandleSeconds, patience, checked);
  if (agents === null) throw unreachable("target_sl", "meets this service level");
  return agents;
}

/** Least whole agents whose ASA (mean wait of answered calls) is at most `targetAsaSeconds`. */
export function agentsForAsa(load: IntervalLoad, targetAsaSeconds: number): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  requireNonNegative("target_asa", targetAsaSeconds, "an average speed of answer in seconds above 0", true);
  if (traffic === 0) return 0;
  const aht = load.averageHandleSeconds;
  const agents =
    patience === null
      ? climbErlangC(traffic, (n, waitProbability) => (waitProbability * aht) / (n - traffic) <= targetAsaSeconds)
      : leastPassing(0, Math.max(1, Math.floor(Math.sqrt(traffic))), MAX_AGENTS, (n) => {
          return erlangAAt(traffic, aht, patience, n, 0).averageSpeedOfAnswer <= targetAsaSeconds;
        });
  if (agents === null) throw unreachable("target_asa", "brings the ASA down to this target");
  return agents;
}

/** Least whole agents whose abandon rate is at most `maxAbandonRate` (Erlang A only). */
export function agentsForAbandonRate(load: IntervalLoad, maxAbandonRate: number): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  if (patience === null) {
    throw new EngineInputError("patience", "patience is needed: without it no caller abandons (Erlang C).");
  }
  requireFraction("max_abandon", maxAbandonRate, "a fraction above 0 and at most 1, such as 0.05 or 5%", {
    lowOpen: true,
  });
  if (traffic === 0 || maxAbandonRate >= 1) return 0;
  // N agents carry at most N Erlangs, so at least 1 − N/A of the calls abandon.
  const failing = Math.max(0, Math.ceil(traffic * (1 - maxAbandonRate)) - 1);
  const agents = leastPassing(failing, Math.max(1, Math.floor(Math.sqrt(traffic))), MAX_AGENTS, (n) => {
    return erlangAAt(traffic, load.averageHandleSeconds, patience, n, 0).abandonRate <= maxAbandonRate;
  });
  if (agents === null) throw unreachable("max_abandon", "brings abandons down to this rate");
  return agents;
}

/**
 * Real-valued agents whose service level equals the target: under Erlang C the root of the
 * continuous service level (continuous Erlang B), found by bisection between the whole
 * staffings around it; under Erlang A the straight line between those whole staffings.
 */
export function fractionalAgents(
  load: IntervalLoad,
  target: Pick<ServiceTarget, "targetServiceLevel" | "targetSeconds">,
): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  const checked = checkTarget({ ...target, maxOccupancy: null, abandonRule: 0 });
  if (traffic === 0) return 0;
  const aht = load.averageHandleSeconds;
  if (patience !== null) {
    const whole = erlangAAgentsRequired(traffic, aht, patience, checked);
    if (whole === null) throw unreachable("target_sl", "meets this service level");
    if (whole === 0) return 0;
    const below = erlangAAt(traffic, aht, patience, whole - 1, checked.seconds).serviceLevel;
    const at = erlangAAt(traffic, aht, patience, whole, checked.seconds).serviceLevel;
    return whole - 1 + (checked.serviceLevel - below) / (at - below);
  }
  const whole = erlangCAgentsRequired(traffic, aht, checked);
  if (whole === null) throw unreachable("target_sl", "meets this service level");
  const level = (agents: number): number => erlangCMeasures(traffic, aht, agents, checked.seconds).serviceLevel;
  let low = Math.max(whole - 1, traffic);
  let high = whole;
  // Bisection to the last bit: about 50 halvings of an interval no longer than one agent.
  while (true) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (level(middle) >= checked.serviceLevel) high = middle;
    else low = middle;
  }
  return high;
}

/** Most whole calls per interval that `agents` can take while still meeting the target. */
export function callCapacity(
  agents: number,
  averageHandleSeconds: number,
  target: ServiceTarget,
  intervalMinutes = 30,
  patienceSeconds: number | null = null,
): number {
  requireAgents("agents", agents);
  const probe: IntervalLoad = { callsOffered: 0, averageHandleSeconds, intervalMinutes, patienceSeconds };
  checkLoad(probe);
  const patience = patienceOf(probe);
  const checked = checkTarget(target);
  const callsPerErlang = (intervalMinutes * 60) / averageHandleSeconds;
  const passes = (calls: number): boolean => {
    const traffic = calls / callsPerErlang;
    const measures =
      patience === null
        ? erlangCMeasures(traffic, averageHandleSeconds, agents, checked.seconds)
        : erlangAAt(traffic, averageHandleSeconds, patience, agents, checked.seconds);
    return (
      measures.stable &&
      serviceLevelUnder(measures, checked.abandonRule) >= checked.serviceLevel &&
      (checked.maxOccupancy === null || measures.occupancy <= checked.maxOccupancy)
    );
  };
  // A number of calls known to fail: Erlang C needs A < N; with abandons a miss, s·A ≤ N.
  let failing: number;
  if (patience === null) failing = Math.ceil(agents * callsPerErlang);
  else if (checked.abandonRule === 0 && checked.serviceLevel > 0) {
    failing = Math.floor((agents / checked.serviceLevel) * callsPerErlang) + 1;
  } else {
    // As calls grow without bound nearly every caller abandons after an exponential patience,
    // so the service level counting short abandons as met tends to 1 − e^(−t/patience); a target
    // at or below that (or a target of 0) is met at any volume.
    const floor = checked.abandonRule === 2 ? -Math.expm1(-checked.seconds / patience) : 0;
    if (checked.serviceLevel <= floor) {
      throw new EngineInputError(
        "target_sl",
        "This target is met at any volume under this abandon rule, so there is no most calls.",
        "unreachable",
      );
    }
    const limit = MAX_TRAFFIC * callsPerErlang;
    failing = Math.max(1, Math.ceil(agents * callsPerErlang));
    while (passes(failing)) {
      if (failing >= limit) {
        throw new EngineInputError(
          "target_sl",
          `This target is still met at ${MAX_TRAFFIC} Erlangs, the most this add-in models, so there is no most calls.`,
          "unreachable",
        );
      }
      failing = Math.min(failing * 2, limit);
    }
  }
  let passing = 0; // no calls: nobody waits, so every target is met
  while (failing - passing > 1) {
    const middle = Math.floor((passing + failing) / 2);
    if (passes(middle)) passing = middle;
    else failing = middle;
  }
  return passing;
}
