/**
 * Plans: validated forecast rows and a scenario's targets in, the interval-by-interval staffing
 * and the day's summary out. Every number comes from the engine with the same definitions the
 * sheet's WFM.* formulas use (layout.ts), so the pane and the "As built" column show what Excel
 * will calculate.
 *
 * Conventions, stated in the summary labels too:
 * - agent-hours = Σ agents × interval length in hours (required: on the phones; scheduled: after
 *   shrinkage, scheduled = required / (1 − shrinkage), not rounded);
 * - FTE: for a single day's pattern, its scheduled agent-hours × operating days per week ÷ paid
 *   hours per FTE per week; for a dated forecast, per week and on average over its weeks, with
 *   partial weeks pro-rated by their operating days (horizon.ts);
 * - cost = scheduled agent-hours × cost per agent-hour (of the day, or of the whole forecast);
 * - service level = Σ calls × SL ÷ Σ calls (call-weighted), under the abandon rule, for the
 *   forecast and for each of its dates;
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
import { dateLabel } from "./dates";
import { daysOf, fteOver, operatingDaysIn, singleDayFte, weeksOf } from "./horizon";
import type {
  AbandonRule,
  DayTotals,
  ForecastAdjustments,
  ForecastRow,
  PeriodTotals,
  Plan,
  PlanRow,
  PlanSummary,
  PlanTargets,
  WeekTotals,
} from "./types";

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
      day: row.day,
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

/** The service figures of intervals, weighted by calls (ASA: by answered calls). */
export function serviceTotals(
  rows: { callsOffered: number; serviceLevel: number; averageSpeedOfAnswer: number; abandonRate: number }[],
): Pick<PeriodTotals, "totalCalls" | "serviceLevel" | "averageSpeedOfAnswer" | "abandonRate"> {
  return {
    totalCalls: rows.reduce((sum, r) => sum + r.callsOffered, 0),
    serviceLevel: callWeighted(rows, (r) => r.callsOffered, (r) => r.serviceLevel, 1),
    averageSpeedOfAnswer: callWeighted(
      rows,
      (r) => r.callsOffered * (1 - r.abandonRate),
      (r) => r.averageSpeedOfAnswer,
      0,
    ),
    abandonRate: callWeighted(rows, (r) => r.callsOffered, (r) => r.abandonRate, 0),
  };
}

/** Totals over some of a plan's rows (all of them, or one date's). */
export function periodTotals(rows: PlanRow[], targets: PlanTargets): PeriodTotals {
  const hours = targets.intervalMinutes / 60;
  let agentSum = 0;
  let scheduledSum = 0;
  let peakAgentsRequired = 0;
  let peakScheduledStaff = 0;
  for (const row of rows) {
    agentSum += row.agentsRequired;
    scheduledSum += row.scheduledStaff;
    peakAgentsRequired = Math.max(peakAgentsRequired, row.agentsRequired);
    peakScheduledStaff = Math.max(peakScheduledStaff, row.scheduledStaff);
  }
  const agentHoursScheduled = scheduledSum * hours;
  return {
    ...serviceTotals(rows),
    peakAgentsRequired,
    peakScheduledStaff,
    agentHoursRequired: agentSum * hours,
    agentHoursScheduled,
    cost: targets.costPerAgentHour === null ? null : agentHoursScheduled * targets.costPerAgentHour,
  };
}

/** Totals per date of a dated plan, in date order. */
export function dayTotals(rows: PlanRow[], targets: PlanTargets): DayTotals[] {
  return daysOf(rows).map(({ day, rowIndexes }) => ({
    day,
    label: dateLabel(day),
    intervals: rowIndexes.length,
    ...periodTotals(
      rowIndexes.map((i) => rows[i]),
      targets,
    ),
  }));
}

/** Weekly hours and FTE of a dated plan (see horizon.ts for the weeks and partial weeks). */
export function weekTotals(days: DayTotals[], targets: PlanTargets): WeekTotals[] {
  const byDay = new Map(days.map((d) => [d.day, d]));
  return weeksOf(days.map((d) => d.day)).map((week) => {
    const agentHoursScheduled = week.days.reduce((sum, day) => sum + (byDay.get(day)?.agentHoursScheduled ?? 0), 0);
    const operatingDays = operatingDaysIn(week.calendarDays, targets.operatingDaysPerWeek);
    return {
      weekStart: week.weekStart,
      label: dateLabel(week.weekStart),
      calendarDays: week.calendarDays,
      operatingDays,
      agentHoursScheduled,
      fte: fteOver(agentHoursScheduled, targets.paidHoursPerFteWeek, operatingDays, targets.operatingDaysPerWeek),
      cost: targets.costPerAgentHour === null ? null : agentHoursScheduled * targets.costPerAgentHour,
    };
  });
}

/** The whole forecast's totals; `weeks` empty for a single day's pattern. */
export function summarise(rows: PlanRow[], targets: PlanTargets, days: DayTotals[] = [], weeks: WeekTotals[] = []): PlanSummary {
  const totals = periodTotals(rows, targets);
  if (weeks.length === 0) {
    const fte = singleDayFte(totals.agentHoursScheduled, targets.paidHoursPerFteWeek, targets.operatingDaysPerWeek);
    return { ...totals, days: Math.max(days.length, 1), fte, peakWeekFte: fte };
  }
  const operatingDays = weeks.reduce((sum, w) => sum + w.operatingDays, 0);
  return {
    ...totals,
    days: days.length,
    fte: fteOver(totals.agentHoursScheduled, targets.paidHoursPerFteWeek, operatingDays, targets.operatingDaysPerWeek),
    peakWeekFte: Math.max(...weeks.map((w) => w.fte)),
  };
}

/**
 * The plan for validated rows. Throws IntervalNotComputable (with the row's index) when the
 * engine cannot staff an interval; the targets must have passed `targetProblems`.
 */
export function computePlan(rows: ForecastRow[], targets: PlanTargets, adjustments: ForecastAdjustments): Plan {
  const planRows = rows.map((row, index) => planRow(row, index, targets, adjustments));
  const days = dayTotals(planRows, targets);
  const weeks = weekTotals(days, targets);
  return { rows: planRows, summary: summarise(planRows, targets, days, weeks), days, weeks };
}
