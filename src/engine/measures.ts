/**
 * Every steady-state measure of one interval at a given staffing: Erlang C when the load has
 * no patience, Erlang A when it has one. Whole agents are evaluated exactly; fractional agents
 * use the continuous Erlang B under Erlang C and, under Erlang A (whose birth–death chain needs
 * whole agents), a straight line between the two whole staffings around them, the same rule
 * that FRACTIONAL_AGENTS inverts.
 */
import { erlangAMeasures, type ErlangAResult } from "./erlang-a";
import { erlangBUnchecked } from "./erlang-b";
import { erlangCFromB, erlangCServiceLevel } from "./erlang-c";
import { EngineInputError } from "./errors";
import { probability } from "./probability";
import type { AbandonRule, IntervalLoad, QueueMeasures } from "./types";
import { LIMITS } from "./limits";
import { checkLoad, patienceOf, requireAbandonRule, requireWithin } from "./validate";

// Read once, not through the module binding on every call.
const AGENTS = LIMITS.agents;
const TARGET_TIME = LIMITS.target_time;

const NO_CALLS: Omit<QueueMeasures, "traffic" | "agents"> = {
  stable: true,
  waitProbability: 0,
  serviceLevel: 1,
  serviceLevelExcludingShortAbandons: 1,
  serviceLevelShortAbandonsMet: 1,
  averageSpeedOfAnswer: 0,
  abandonRate: 0,
  occupancy: 0,
};

/** Erlang C measures; no argument checks. */
export function erlangCMeasures(
  traffic: number,
  averageHandleSeconds: number,
  agents: number,
  targetSeconds: number,
): QueueMeasures {
  if (traffic === 0) return { traffic, agents, ...NO_CALLS };
  if (agents <= traffic) {
    return {
      traffic,
      agents,
      stable: false,
      waitProbability: 1,
      serviceLevel: 0,
      serviceLevelExcludingShortAbandons: 0,
      serviceLevelShortAbandonsMet: 0,
      averageSpeedOfAnswer: Infinity,
      abandonRate: 0,
      // Every agent is busy all the time while the queue grows.
      occupancy: agents > 0 ? 1 : 0,
    };
  }
  const waitProbability = erlangCFromB(agents, traffic, erlangBUnchecked(agents, traffic));
  const serviceLevel = erlangCServiceLevel(agents, traffic, waitProbability, averageHandleSeconds, targetSeconds);
  return {
    traffic,
    agents,
    stable: true,
    waitProbability,
    serviceLevel,
    serviceLevelExcludingShortAbandons: serviceLevel,
    serviceLevelShortAbandonsMet: serviceLevel,
    averageSpeedOfAnswer: (waitProbability * averageHandleSeconds) / (agents - traffic),
    abandonRate: 0,
    occupancy: traffic / agents,
  };
}

function erlangAWhole(
  traffic: number,
  averageHandleSeconds: number,
  patienceSeconds: number,
  agents: number,
  targetSeconds: number,
): ErlangAResult {
  return erlangAMeasures(
    traffic / averageHandleSeconds,
    averageHandleSeconds,
    patienceSeconds,
    agents,
    targetSeconds,
    erlangBUnchecked(agents, traffic),
  );
}

/** Erlang A measures for any agents ≥ 0; no argument checks. */
export function erlangAMeasuresAt(
  traffic: number,
  averageHandleSeconds: number,
  patienceSeconds: number,
  agents: number,
  targetSeconds: number,
): QueueMeasures {
  if (traffic === 0) return { traffic, agents, ...NO_CALLS };
  const lower = Math.floor(agents);
  const low = erlangAWhole(traffic, averageHandleSeconds, patienceSeconds, lower, targetSeconds);
  let result = low;
  if (agents > lower) {
    const high = erlangAWhole(traffic, averageHandleSeconds, patienceSeconds, lower + 1, targetSeconds);
    const w = agents - lower;
    const mix = (a: number, b: number): number => (a === b ? a : a + (b - a) * w);
    result = {
      waitProbability: mix(low.waitProbability, high.waitProbability),
      abandonRate: mix(low.abandonRate, high.abandonRate),
      serviceLevel: mix(low.serviceLevel, high.serviceLevel),
      serviceLevelExcludingShortAbandons: mix(
        low.serviceLevelExcludingShortAbandons,
        high.serviceLevelExcludingShortAbandons,
      ),
      serviceLevelShortAbandonsMet: mix(low.serviceLevelShortAbandonsMet, high.serviceLevelShortAbandonsMet),
      // With no agents nobody is answered; between 0 and 1 agent the answered calls are those of 1 agent.
      averageSpeedOfAnswer:
        lower === 0 ? high.averageSpeedOfAnswer : mix(low.averageSpeedOfAnswer, high.averageSpeedOfAnswer),
      // Carried traffic (occupancy × agents) lies on the same line; dividing it, not 1 − abandons,
      // keeps occupancy within [0, 1] when the agents are a sliver above a whole number.
      occupancy: probability(mix(low.occupancy * lower, high.occupancy * (lower + 1)) / agents),
    };
  }
  return { traffic, agents, stable: true, ...result };
}

/** Every measure of the interval at `agents`, with the service level counted at `targetSeconds`. */
export function queueMeasures(load: IntervalLoad, agents: number, targetSeconds: number): QueueMeasures {
  const traffic = checkLoad(load);
  return measuresOfChecked(load, traffic, patienceOf(load), agents, targetSeconds);
}

/** queueMeasures once the load is checked (its traffic and patience known): checks the rest. */
function measuresOfChecked(
  load: IntervalLoad,
  traffic: number,
  patience: number | null,
  agents: number,
  targetSeconds: number,
): QueueMeasures {
  requireWithin("agents", agents, AGENTS);
  requireWithin("target_time", targetSeconds, TARGET_TIME);
  return patience === null
    ? erlangCMeasures(traffic, load.averageHandleSeconds, agents, targetSeconds)
    : erlangAMeasuresAt(traffic, load.averageHandleSeconds, patience, agents, targetSeconds);
}

/** The service level under an abandon rule, picked from the measures. */
export function serviceLevelUnder(measures: QueueMeasures, abandonRule: AbandonRule): number {
  if (abandonRule === 1) return measures.serviceLevelExcludingShortAbandons;
  if (abandonRule === 2) return measures.serviceLevelShortAbandonsMet;
  return measures.serviceLevel;
}

/** Fraction of calls answered within `targetSeconds` (see AbandonRule for abandoned calls). */
export function serviceLevel(load: IntervalLoad, agents: number, targetSeconds: number, abandonRule: number = 0): number {
  const rule = requireAbandonRule(abandonRule);
  return serviceLevelUnder(queueMeasures(load, agents, targetSeconds), rule);
}

/** Mean wait of answered calls, seconds; Infinity when the queue never empties. */
export function averageSpeedOfAnswer(load: IntervalLoad, agents: number): number {
  return queueMeasures(load, agents, 0).averageSpeedOfAnswer;
}

export function waitProbability(load: IntervalLoad, agents: number): number {
  return queueMeasures(load, agents, 0).waitProbability;
}

/** Fraction of offered calls that abandon; needs a patience (without one nobody abandons). */
export function abandonRate(load: IntervalLoad, agents: number): number {
  const traffic = checkLoad(load);
  const patience = patienceOf(load);
  if (patience === null) throw new EngineInputError({ code: "patienceRequired", argument: "patience" });
  return measuresOfChecked(load, traffic, patience, agents, 0).abandonRate;
}

export function occupancy(load: IntervalLoad, agents: number): number {
  return queueMeasures(load, agents, 0).occupancy;
}
