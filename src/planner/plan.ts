/**
 * Plans: validated forecast rows and a scenario's targets in, the interval-by-interval staffing
 * and the day's summary out. Every number comes from the engine with the same definitions the
 * sheet's WFM.* formulas use (layout.ts), so the pane and the "As built" column show what Excel
 * will calculate.
 *
 * Conventions, stated in the summary labels too:
 * - agent-hours = Σ agents × interval length in hours (required: on the phones; scheduled: after
 *   shrinkage, scheduled = required / (1 − shrinkage), not rounded);
 * - FTE = scheduled agent-hours of the day × operating days per week ÷ paid hours per FTE per
 *   week: the full-time people needed to run this day's pattern on every operating day;
 * - cost = scheduled agent-hours × cost per agent-hour (per day);
 * - day service level = Σ calls × SL ÷ Σ calls (call-weighted), under the abandon rule;
 * - with an ASA goal, agents = max(least agents meeting the ASA, ⌈traffic ÷ max occupancy⌉):
 *   the occupancy cap is applied to offered traffic, which is the exact cap under Erlang C and
 *   a slightly cautious one under Erlang A (abandons lower the carried load).
 */
import {
  EngineInputError,
  type EngineErrorKind,
  type EngineProblem,
  agentsForAsa,
  agentsRequired,
  queueMeasures,
  scheduledStaff,
  trafficErlangs,
  type IntervalLoad,
  type QueueMeasures,
} from "../engine";
import type { AbandonRule, ForecastAdjustments, ForecastRow, Plan, PlanRow, PlanSummary, PlanTargets } from "./types";

/**
 * An interval the engine cannot staff (a target out of reach, or a load out of range), with the
 * engine's structured reason, which the pane words.
 */
export class IntervalNotComputable extends Error {
  readonly argument: string;
  readonly kind: EngineErrorKind;
  readonly problem: EngineProblem;

  constructor(
    readonly rowIndex: number,
    cause: EngineInputError,
  ) {
    super(cause.message);
    this.name = "IntervalNotComputable";
    this.argument = cause.argument;
    this.kind = cause.kind;
    this.problem = cause.problem;
  }
}

export function serviceLevelUnderRule(measures: QueueMeasures, rule: AbandonRule): number {
  if (rule === 1) return measures.serviceLevelExcludingShortAbandons;
  if (rule === 2) return measures.serviceLevelShortAbandonsMet;
  return measures.serviceLevel;
}

/** The load of one interval with the scenario's volume and AHT factors applied. */
export function adjustedLoad(row: ForecastRow, targets: PlanTargets, adjustments: ForecastAdjustments): IntervalLoad {
  return {
    callsOffered: row.callsOffered * adjustments.volumeFactor,
    averageHandleSeconds: row.averageHandleSeconds * adjustments.ahtFactor,
    intervalMinutes: targets.intervalMinutes,
    patienceSeconds: targets.patienceSeconds,
  };
}

/** Least whole agents meeting the scenario's goal (and occupancy cap). */
export function agentsForGoal(load: IntervalLoad, targets: PlanTargets): number {
  if (targets.goal === "asa") {
    const forAsa = agentsForAsa(load, targets.targetAsaSeconds);
    if (targets.maxOccupancy === null) return forAsa;
    const traffic = trafficErlangs(load.callsOffered, load.averageHandleSeconds, load.intervalMinutes);
    return Math.max(forAsa, Math.ceil(traffic / targets.maxOccupancy));
  }
  return agentsRequired(load, {
    targetServiceLevel: targets.targetServiceLevel,
    targetSeconds: targets.targetSeconds,
    maxOccupancy: targets.maxOccupancy,
    abandonRule: targets.abandonRule,
  });
}

function rethrow(error: unknown, rowIndex: number): never {
  if (error instanceof EngineInputError) {
    throw new IntervalNotComputable(rowIndex, error);
  }
  throw error;
}

export function planRow(
  row: ForecastRow,
  rowIndex: number,
  targets: PlanTargets,
  adjustments: ForecastAdjustments,
): PlanRow {
  const load = adjustedLoad(row, targets, adjustments);
  try {
    const agents = agentsForGoal(load, targets);
    const measures = queueMeasures(load, agents, targets.targetSeconds);
    return {
      interval: row.interval,
      intervalLabel: row.intervalLabel,
      callsOffered: load.callsOffered,
      averageHandleSeconds: load.averageHandleSeconds,
      traffic: measures.traffic,
      agentsRequired: agents,
      serviceLevel: serviceLevelUnderRule(measures, targets.abandonRule),
      averageSpeedOfAnswer: measures.averageSpeedOfAnswer,
      abandonRate: measures.abandonRate,
      occupancy: measures.occupancy,
      scheduledStaff: scheduledStaff(agents, targets.shrinkage),
    };
  } catch (error) {
    return rethrow(error, rowIndex);
  }
}

/** Call-weighted mean of `value`; `empty` when there are no calls. */
export function callWeighted<T>(items: T[], weight: (t: T) => number, value: (t: T) => number, empty: number): number {
  let total = 0;
  let weighted = 0;
  for (const item of items) {
    const w = weight(item);
    if (w > 0) {
      total += w;
      weighted += w * value(item);
    }
  }
  return total > 0 ? weighted / total : empty;
}

export function summarise(rows: PlanRow[], targets: PlanTargets): PlanSummary {
  const hours = targets.intervalMinutes / 60;
  let totalCalls = 0;
  let agentSum = 0;
  let scheduledSum = 0;
  let peakAgentsRequired = 0;
  let peakScheduledStaff = 0;
  for (const row of rows) {
    totalCalls += row.callsOffered;
    agentSum += row.agentsRequired;
    scheduledSum += row.scheduledStaff;
    peakAgentsRequired = Math.max(peakAgentsRequired, row.agentsRequired);
    peakScheduledStaff = Math.max(peakScheduledStaff, row.scheduledStaff);
  }
  const agentHoursScheduled = scheduledSum * hours;
  return {
    totalCalls,
    dayServiceLevel: callWeighted(rows, (r) => r.callsOffered, (r) => r.serviceLevel, 1),
    dayAverageSpeedOfAnswer: callWeighted(
      rows,
      (r) => r.callsOffered * (1 - r.abandonRate),
      (r) => r.averageSpeedOfAnswer,
      0,
    ),
    dayAbandonRate: callWeighted(rows, (r) => r.callsOffered, (r) => r.abandonRate, 0),
    peakAgentsRequired,
    peakScheduledStaff,
    agentHoursRequired: agentSum * hours,
    agentHoursScheduled,
    fte: (agentHoursScheduled * targets.operatingDaysPerWeek) / targets.paidHoursPerFteWeek,
    dayCost: targets.costPerAgentHour === null ? null : agentHoursScheduled * targets.costPerAgentHour,
  };
}

/**
 * The plan for validated rows. Throws IntervalNotComputable (with the row's index) when the
 * engine cannot staff an interval; the targets must have passed `targetProblems`.
 */
export function computePlan(rows: ForecastRow[], targets: PlanTargets, adjustments: ForecastAdjustments): Plan {
  const planRows = rows.map((row, index) => planRow(row, index, targets, adjustments));
  return { rows: planRows, summary: summarise(planRows, targets) };
}
