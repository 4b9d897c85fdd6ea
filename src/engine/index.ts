/**
 * The queueing engine: Erlang B, Erlang C and Erlang A for contact-centre staffing.
 * Plain TypeScript: no Office, DOM or Node imports, so every layer (worksheet functions,
 * planner, task pane, benchmarks) shares one implementation.
 */
export { EngineInputError } from "./errors";
export type { EngineErrorCode, EngineErrorKind, EngineProblem } from "./errors";
export {
  ABANDON_RULES,
  LIMITS,
  MAX_AGENTS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_TRAFFIC,
  isTime,
  withinLimit,
} from "./limits";
export type { ArgumentName, Limit, LimitUnit } from "./limits";
export type { AbandonRule, IntervalLoad, QueueMeasures, ServiceTarget } from "./types";
export { trafficErlangs, scheduledStaff, patienceEstimate } from "./traffic";
export { erlangB, linesRequired } from "./erlang-b";
export { erlangC } from "./erlang-c";
export {
  queueMeasures,
  serviceLevel,
  averageSpeedOfAnswer,
  waitProbability,
  abandonRate,
  occupancy,
} from "./measures";
export {
  agentsRequired,
  agentsForAsa,
  agentsForAbandonRate,
  fractionalAgents,
  callCapacity,
} from "./solve";
