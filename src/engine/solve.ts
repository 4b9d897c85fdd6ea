/**
 * Staffing solvers: the least whole agents for a service level, an ASA or an abandon rate;
 * the real-valued agents that meet a service level exactly; the most calls a team can take.
 *
 * Method. Every measure used is monotone in agents (and in calls), so each solver is a search
 * for the first whole number that passes. Erlang C climbs the Erlang B recursion one agent at
 * a time from the least stable staffing ⌊A⌋ + 1 (or from A/cap under an occupancy cap), which
 * costs O(N) and needs one exp per step.
 * Erlang A evaluates the exact series of erlang-a.ts, O(√(λ·patience)) each, so it probes as
 * few staffings as it can: it starts at the staffing a fluid model predicts (callers who wait w
 * abandon at rate 1/patience, so N agents answer N/A of the calls after waiting
 * patience·ln(A/N); Whitt, "Fluid models for multiserver queues with abandonments", 2006),
 * gallops away from it in steps from √A/4 that double until the answer is bracketed, and then
 * closes the bracket by regula falsi on the margin to the target (Illinois variant), with a
 * bisection after every step that failed to halve the bracket. In large systems the measures
 * change from failing to passing within a few agents of the fluid staffing, so a search takes
 * 6 to 15 evaluations where a bisection from the bounds took 25 to 40.
 */
import { EngineInputError } from "./errors";
import { erlangBUnchecked } from "./erlang-b";
import { erlangCFromB, erlangCServiceLevel } from "./erlang-c";
import { LIMITS, MAX_AGENTS, MAX_ARRIVALS_PER_PATIENCE, MAX_TRAFFIC } from "./limits";
import { erlangAMeasuresAt, erlangCMeasures, serviceLevelUnder } from "./measures";
import type { AbandonRule, IntervalLoad, QueueMeasures, ServiceTarget } from "./types";
import { checkLoad, patienceOf, requireAbandonRule, requireWithin } from "./validate";

// Read once, not through the module binding on every solve.
const TARGET_SL = LIMITS.target_sl;
const TARGET_TIME = LIMITS.target_time;
const MAX_OCCUPANCY = LIMITS.max_occupancy;

interface CheckedTarget {
  serviceLevel: number;
  seconds: number;
  maxOccupancy: number | null;
  abandonRule: AbandonRule;
}

function checkTarget(target: ServiceTarget): CheckedTarget {
  if (target.targetServiceLevel === 1) {
    throw new EngineInputError({ code: "certainTarget", argument: "target_sl" });
  }
  requireWithin("target_sl", target.targetServiceLevel, TARGET_SL);
  requireWithin("target_time", target.targetSeconds, TARGET_TIME);
  const maxOccupancy = target.maxOccupancy ?? null;
  if (maxOccupancy !== null) requireWithin("max_occupancy", maxOccupancy, MAX_OCCUPANCY);
  return {
    serviceLevel: target.targetServiceLevel,
    seconds: target.targetSeconds,
    maxOccupancy,
    abandonRule: requireAbandonRule(target.abandonRule ?? 0),
  };
}

function noStaffing(argument: "target_sl" | "target_asa" | "max_abandon"): EngineInputError {
  return new EngineInputError({ code: "noStaffing", argument, limit: MAX_AGENTS });
}

/** A probe of the search: whether n passes, and by how much it passes (≥ 0) or fails (< 0). */
interface Probe {
  passes: boolean;
  margin: number;
}

/** Where a search starts and how it may move. */
interface SearchFrom {
  /** A whole number known to fail (or one below the least allowed), never probed. */
  failing: number;
  /** The largest whole number allowed; failing there means there is no answer. */
  limit: number;
  /** Where the answer probably is; any number, it is rounded and kept within the bounds. */
  guess: number;
  /** The first gallop step, ≥ 1. */
  step: number;
}

/**
 * Least whole n in (failing, limit] whose probe passes, for a probe that passes from some n on,
 * or null when even `limit` fails. See the module comment for the method; only the monotonicity
 * of `passes` is relied on for the answer, the margins only choose where to probe.
 */
function leastPassing({ failing, limit, guess, step }: SearchFrom, probe: (n: number) => Probe): number | null {
  if (failing >= limit) return null;
  let low = failing;
  let lowMargin = Number.NaN; // unknown until probed
  let high = Math.min(limit, Math.max(failing + 1, Math.round(guess)));
  let at = probe(high);
  let highMargin = at.margin;
  let stride = Math.max(1, Math.round(step));
  if (at.passes) {
    // Gallop down from a passing guess until something fails or nothing is left below.
    while (high - low > 1) {
      const next = Math.max(low + 1, high - stride);
      at = probe(next);
      if (!at.passes) {
        low = next;
        lowMargin = at.margin;
        break;
      }
      high = next;
      highMargin = at.margin;
      stride *= 2;
    }
  } else {
    // Gallop up from a failing guess until something passes.
    low = high;
    lowMargin = at.margin;
    for (;;) {
      if (low >= limit) return null;
      const next = Math.min(limit, low + stride);
      at = probe(next);
      if (at.passes) {
        high = next;
        highMargin = at.margin;
        break;
      }
      low = next;
      lowMargin = at.margin;
      stride *= 2;
    }
  }
  // Close the bracket (low fails, high passes). The margin's zero r is estimated by regula falsi
  // and ⌈r⌉ probed, since the answer is the least whole number at or above r; a step that does
  // not halve the bracket is followed by a bisection, and so is a probe whose margin equals the
  // one already held on its side (a flat stretch, where interpolation says nothing).
  let keptSide = 0; // −1 when low was kept last time, +1 when high was
  let width = high - low;
  let slowSteps = 0;
  let flat = false;
  while (high - low > 1) {
    let next: number;
    const interpolate =
      slowSteps === 0 && !flat && Number.isFinite(lowMargin) && Number.isFinite(highMargin) && highMargin > lowMargin;
    if (interpolate) {
      next = Math.ceil(low + ((high - low) * -lowMargin) / (highMargin - lowMargin));
      next = Math.min(high - 1, Math.max(low + 1, next));
    } else {
      next = Math.floor((low + high) / 2);
      slowSteps = 0;
    }
    at = probe(next);
    if (at.passes) {
      flat = at.margin === highMargin;
      high = next;
      highMargin = at.margin;
      // Illinois: the end kept twice running has its margin halved, so the next point moves.
      if (keptSide === -1 && Number.isFinite(lowMargin)) lowMargin /= 2;
      keptSide = -1;
    } else {
      flat = at.margin === lowMargin;
      low = next;
      lowMargin = at.margin;
      if (keptSide === 1) highMargin /= 2;
      keptSide = 1;
    }
    const newWidth = high - low;
    slowSteps = newWidth * 2 > width ? slowSteps + 1 : 0;
    width = newWidth;
  }
  return high;
}

/** The first gallop step for a search in agents around traffic A. */
function agentStep(traffic: number): number {
  return Math.max(1, Math.sqrt(traffic) / 4);
}

/**
 * Erlang C: least N > A (and N ≥ `atLeast`), climbing the Erlang B recursion, with `passes`
 * judging each (N, C).
 */
function climbErlangC(
  traffic: number,
  passes: (agents: number, waitProbability: number) => boolean,
  atLeast = 0,
): number | null {
  let agents = Math.max(Math.floor(traffic) + 1, Math.ceil(atLeast));
  if (agents > MAX_AGENTS) return null;
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
  // Occupancy A/N ≤ cap is N ≥ A/cap: the climb starts there rather than crawling up to it.
  return climbErlangC(
    traffic,
    (agents, waitProbability) =>
      erlangCServiceLevel(agents, traffic, waitProbability, aht, seconds) >= serviceLevel &&
      (maxOccupancy === null || traffic / agents <= maxOccupancy),
    maxOccupancy === null ? 0 : traffic / maxOccupancy,
  );
}

/** By how much the measures meet the target (≥ 0) or miss it (< 0): the smaller of the two goals. */
function targetMargin(measures: QueueMeasures, target: CheckedTarget): number {
  const level = serviceLevelUnder(measures, target.abandonRule) - target.serviceLevel;
  return target.maxOccupancy === null ? level : Math.min(level, target.maxOccupancy - measures.occupancy);
}

/**
 * Rule 2 counts callers who hang up within t as met; with no agents every caller waits and a
 * share 1 − e^(−t/patience) of them hangs up within t. A target at or below that share is "met"
 * by abandons alone, which answers nothing a planner asks, so it is refused with the reason.
 */
function refuseTargetMetByAbandons(patience: number, target: CheckedTarget): void {
  if (target.abandonRule !== 2) return;
  const abandonedWithinTarget = -Math.expm1(-target.seconds / patience);
  if (abandonedWithinTarget >= target.serviceLevel) {
    throw new EngineInputError({
      code: "metByAbandons",
      argument: "abandon_rule",
      value: abandonedWithinTarget,
      target: target.serviceLevel,
    });
  }
}

function erlangAAgentsRequired(traffic: number, aht: number, patience: number, target: CheckedTarget): number | null {
  const { serviceLevel, seconds, maxOccupancy, abandonRule } = target;
  refuseTargetMetByAbandons(patience, target);
  // Now no agents fail (rule 0 and 1 answer nobody; rule 2 is below target), and from one agent
  // up both goals only get easier. With abandons a miss, N agents answer at most N of A
  // Erlangs, so N < s·A fails too.
  const failing = abandonRule === 0 ? Math.max(0, Math.ceil(serviceLevel * traffic) - 1) : 0;
  // Fluid staffing: answered callers wait patience·ln(A/N), which is t at N = A·e^(−t/patience);
  // under rule 0 N agents also answer at most N/A (rules 1 and 2 do not count the abandons
  // against the target, so the wait alone decides); an occupancy cap needs about A/cap.
  const fluidWait = traffic * Math.exp(-seconds / patience);
  let guess = abandonRule === 0 ? Math.max(traffic * serviceLevel, fluidWait) : fluidWait;
  if (maxOccupancy !== null) guess = Math.max(guess, traffic / maxOccupancy);
  return leastPassing({ failing, limit: MAX_AGENTS, guess, step: agentStep(traffic) }, (agents) => {
    const margin = targetMargin(erlangAAt(traffic, aht, patience, agents, seconds), target);
    return { passes: margin >= 0, margin };
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
  if (agents === null) throw noStaffing("target_sl");
  return agents;
}

/** Least whole agents whose ASA (mean wait of answered calls) is at most `targetAsaSeconds`. */
export function agentsForAsa(load: IntervalLoad, targetAsaSeconds: number): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  requireWithin("target_asa", targetAsaSeconds);
  if (traffic === 0) return 0;
  const aht = load.averageHandleSeconds;
  let agents: number | null;
  if (patience === null) {
    agents = climbErlangC(traffic, (n, waitProbability) => (waitProbability * aht) / (n - traffic) <= targetAsaSeconds);
  } else {
    // Fluid: answered callers wait patience·ln(A/N), which is the target at N = A·e^(−asa/patience).
    const guess = traffic * Math.exp(-targetAsaSeconds / patience);
    agents = leastPassing({ failing: 0, limit: MAX_AGENTS, guess, step: agentStep(traffic) }, (n) => {
      const asa = erlangAAt(traffic, aht, patience, n, 0).averageSpeedOfAnswer;
      return { passes: asa <= targetAsaSeconds, margin: targetAsaSeconds - asa };
    });
  }
  if (agents === null) throw noStaffing("target_asa");
  return agents;
}

/** Least whole agents whose abandon rate is at most `maxAbandonRate` (Erlang A only). */
export function agentsForAbandonRate(load: IntervalLoad, maxAbandonRate: number): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  requireWithin("max_abandon", maxAbandonRate);
  if (patience === null) throw new EngineInputError({ code: "patienceRequired", argument: "patience" });
  if (traffic === 0 || maxAbandonRate >= 1) return 0;
  // N agents carry at most N Erlangs, so at least 1 − N/A of the calls abandon: N below
  // A·(1 − max) fails, and in large systems the answer is just above it.
  const fluid = traffic * (1 - maxAbandonRate);
  const failing = Math.max(0, Math.ceil(fluid) - 1);
  const aht = load.averageHandleSeconds;
  const agents = leastPassing({ failing, limit: MAX_AGENTS, guess: fluid, step: agentStep(traffic) }, (n) => {
    const rate = erlangAAt(traffic, aht, patience, n, 0).abandonRate;
    return { passes: rate <= maxAbandonRate, margin: maxAbandonRate - rate };
  });
  if (agents === null) throw noStaffing("max_abandon");
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
    if (whole === null) throw noStaffing("target_sl");
    const below = erlangAAt(traffic, aht, patience, whole - 1, checked.seconds).serviceLevel;
    const at = erlangAAt(traffic, aht, patience, whole, checked.seconds).serviceLevel;
    return whole - 1 + (checked.serviceLevel - below) / (at - below);
  }
  const whole = erlangCAgentsRequired(traffic, aht, checked);
  if (whole === null) throw noStaffing("target_sl");
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

/**
 * Most whole calls per interval that `agents` can take while still meeting the target. The
 * answer stays within what every other function accepts: when the target is still met at the
 * most traffic the engine models (MAX_TRAFFIC Erlangs, or for Erlang A the most callers per
 * patience), there is no answer to give and the refusal says so.
 */
export function callCapacity(
  agents: number,
  averageHandleSeconds: number,
  target: ServiceTarget,
  intervalMinutes = 30,
  patienceSeconds: number | null = null,
): number {
  requireWithin("agents", agents);
  const probe: IntervalLoad = { callsOffered: 0, averageHandleSeconds, intervalMinutes, patienceSeconds };
  checkLoad(probe);
  const patience = patienceOf(probe);
  const checked = checkTarget(target);
  if (patience !== null) refuseTargetMetByAbandons(patience, checked);
  const callsPerErlang = (intervalMinutes * 60) / averageHandleSeconds;
  const margin = (calls: number): number => {
    // As checkLoad computes it, so that every function sees the same traffic for the same calls.
    const traffic = (calls * averageHandleSeconds) / (intervalMinutes * 60);
    const measures =
      patience === null
        ? erlangCMeasures(traffic, averageHandleSeconds, agents, checked.seconds)
        : erlangAAt(traffic, averageHandleSeconds, patience, agents, checked.seconds);
    return measures.stable ? targetMargin(measures, checked) : -1;
  };
  // The most traffic every function accepts at this AHT, interval and patience.
  const limitErlangs =
    patience === null
      ? MAX_TRAFFIC
      : Math.min(MAX_TRAFFIC, (MAX_ARRIVALS_PER_PATIENCE * averageHandleSeconds) / patience);
  const limitCalls = Math.max(1, Math.floor(limitErlangs * callsPerErlang));
  // Search for the least failing volume; the answer is one call below it. Erlang C fails from
  // A ≥ N; fluid capacity: A = N / max(s, e^(−t/patience)), and Erlang C a little under N.
  const fluidErlangs =
    patience === null
      ? Math.max(0, agents - Math.sqrt(agents))
      : agents / Math.max(checked.serviceLevel, Math.exp(-checked.seconds / patience));
  const unstableFrom = patience === null ? Math.max(1, Math.ceil(agents * callsPerErlang)) : limitCalls;
  const fails = leastPassing(
    {
      failing: 0, // no calls: nobody waits, so every target is met
      limit: Math.min(unstableFrom, limitCalls),
      guess: fluidErlangs * callsPerErlang,
      step: Math.max(1, (Math.sqrt(agents) / 4) * callsPerErlang),
    },
    (calls) => {
      const m = margin(calls);
      return { passes: m < 0, margin: -m };
    },
  );
  if (fails === null) {
    throw new EngineInputError({ code: "capacityBeyondLimit", argument: "agents", limit: limitErlangs });
  }
  return fails - 1;
}
