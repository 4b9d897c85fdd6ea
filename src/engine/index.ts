/**
 * The queueing engine: Erlang B, Erlang C and Erlang A for contact-centre staffing, and the
 * reporting maths that compares a period with its contract and its plan, and the capacity plan
 * (attrition, training, nesting and the hiring plan) that turns weekly FTE into hires.
 * Plain TypeScript: no Office, DOM or Node imports, so every layer (worksheet functions,
 * planner, task pane, benchmarks) shares one implementation.
 */
export { EngineInputError, kindOf } from "./errors";
export type { EngineErrorCode, EngineErrorKind, EngineProblem, ListEntry } from "./errors";
export {
  ABANDON_RULES,
  LIMITS,
  MAX_AGENTS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_ARRIVALS_PER_PATIENCE_VARIANCE,
  MAX_FTE_PER_HEAD,
  MAX_TRAFFIC,
  MAX_WEEKS,
  PERIOD_TARGET_SL,
  PLAN_WEEKS,
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
export { periodServiceLevel, serviceLevelNeeded } from "./period-service-level";
export type { PeriodCounts } from "./period-service-level";
export { weightedAbsolutePercentageError, forecastBias, meanAbsolutePercentageError } from "./forecast-accuracy";
export { shapleyValues } from "./shapley";
export {
  serviceLevelVariance,
  interpolatedServiceLevel,
  agentsOnPhones,
  VARIANCE_FACTORS,
} from "./sl-variance";
export type { StaffedInterval, ActualInterval, VarianceModel, ServiceLevelVariance } from "./sl-variance";
export { attritionRate, attritionConversionOf, convertAttritionRate } from "./attrition";
export type { AttritionConversion } from "./attrition";
export { capacityPlan, CAPACITY_DEFAULTS, GAP_TOLERANCE } from "./capacity-plan";
export type { CapacityModel, CapacityWeek } from "./capacity-plan";
export { hiringPlan, HIRING_DEFAULTS, MAX_WEEKLY_HIRES } from "./hiring-plan";
export type { HiringLimits, HiringPlan } from "./hiring-plan";
