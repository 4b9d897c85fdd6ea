/**
 * Performance of a period: actuals against the contract's target and against a scenario's plan,
 * and why the service level differed from plan. Every figure here is the one the Performance
 * sheet's live formulas show (performance-sheet.ts), computed with the same engine functions in
 * the same order, so the pane and the sheet agree.
 *
 * Definitions (the README states them for planners):
 * - Service level under the scenario's abandon rule (the contract's), from the ACD's counts:
 *   rule 0 answered within ÷ offered; rule 1 answered within ÷ (offered − abandoned within);
 *   rule 2 (answered within + abandoned within) ÷ offered. An interval's, a day's and the
 *   period's are ratios of their own totals (WFM.SL_PERIOD), never averages of percentages.
 *   "Met" means at or above the target. An interval or day with nothing to count has no service
 *   level and counts neither as met nor as missed.
 * - ASA = Σ(ASA × answered) ÷ Σ answered; abandon rate = Σ abandoned ÷ Σ offered.
 * - Forecast accuracy over the intervals with both a plan and actuals: WAPE and bias of calls
 *   offered against the plan's calls (WFM.WAPE, WFM.FORECAST_BIAS).
 * - Agent-hours: staff × interval length over the matched intervals; on the phones:
 *   staff × (1 − shrinkage) × adherence (planned adherence 1).
 * - Why the service level moved (WFM.SL_VARIANCE per matched interval): the planned SL, the five
 *   effects and the modelled SL of each interval, and the remainder measured − modelled. A day's
 *   or the period's figures are the intervals' weighted by the calls the service level counts
 *   (calls offered; under rule 1, offered less short abandons), so the measured bar is exactly
 *   that set of intervals' service level and the bars add up: planned + effects = modelled,
 *   modelled + remainder = measured. Intervals without a plan, without an answered call (no AHT)
 *   or with nothing to count have no explanation and no weight.
 * - Actual staffing as the model takes it (`staffingAsModelled`): see that function.
 * - Month to date (a month period): the service level the rest of the month needs to end on
 *   target (WFM.SL_NEEDED), from the month's counts so far under the abandon rule and the calls
 *   the plan forecasts for the month's remaining open days (see forecastForRestOfMonth).
 */
import {
  EngineInputError,
  forecastBias,
  periodServiceLevel,
  serviceLevelNeeded,
  serviceLevelVariance,
  weightedAbsolutePercentageError,
  type ServiceLevelVariance,
} from "../engine";
import type { ActualRow, ActualsRole } from "./actuals";
import { matchToPlan, type PlanTiming } from "./match";
import { inPeriod, mondayOf, type ReportPeriod } from "./periods";
import type { AbandonRule, Plan, PlanRow, PlanTargets } from "./types";
import { intervalLengthProblems, type IntervalStep, type LongerThanADay } from "./when";

/** Which optional columns the export has (they decide which lines and columns the sheet shows). */
export interface ActualsColumns {
  abandonedWithin: boolean;
  asa: boolean;
  staffScheduled: boolean;
  agentsLoggedIn: boolean;
  staffedHours: boolean;
  adherence: boolean;
  shrinkage: boolean;
}

/** Which optional columns an export has, from the columns its reading used. */
export function actualsColumnsOf(mapping: Record<ActualsRole, number | null>): ActualsColumns {
  const has = (role: ActualsRole) => mapping[role] !== null;
  return {
    abandonedWithin: has("abandonedWithin"),
    asa: has("asa"),
    staffScheduled: has("staffScheduled"),
    agentsLoggedIn: has("agentsLoggedIn"),
    staffedHours: has("staffedHours"),
    adherence: has("adherence"),
    shrinkage: has("shrinkage"),
  };
}

export interface PerformanceInput {
  targets: PlanTargets;
  plan: Plan;
  /** When each plan row starts (its forecast row's date and time), in the plan's order. */
  planTimings: readonly PlanTiming[];
  actuals: readonly ActualRow[];
  columns: ActualsColumns;
  period: ReportPeriod;
}

export type PerformanceProblem =
  | { code: "noActualsInPeriod" }
  /** Under abandon rule 1 or 2 the export needs calls abandoned within the target time. */
  | { code: "abandonedWithinNeeded"; rule: AbandonRule }
  /** The period's calls give no service level (none offered, or under rule 1 all abandoned within the target time). */
  | { code: "nothingToMeasure" }
  /** The actuals' intervals do not fit the scenario's interval length. */
  | IntervalStep
  | LongerThanADay
  /** The queueing model refuses an interval's input (an AHT below 1 second, …), at this cell. */
  | { code: "intervalNotModelled"; cell: string; argument: string; detail: string };

/** How the actual staff and shrinkage that SL_VARIANCE gets were found (the same for every row of an import). */
export type StaffingBasis =
  | "scheduledAndShrinkage"
  | "scheduledAndLoggedIn"
  | "scheduled"
  | "loggedIn"
  | "asPlanned";

/** The actual staff, shrinkage and adherence of an interval as the model takes them. */
export interface ModelledStaffing {
  staff: number;
  shrinkage: number;
  adherence: number;
}

/** One interval of the period: measured, matched and explained. */
export interface IntervalResult {
  actual: ActualRow;
  /** The matched plan interval, or null. */
  plan: PlanRow | null;
  /** The service level under the rule; null when it counts no calls. */
  serviceLevel: number | null;
  met: boolean | null;
  /** Calls the service level counts: offered (rule 1: less short abandons). */
  counted: number;
  /** Actual staffing as the model takes it (matched intervals only). */
  staffing: ModelledStaffing | null;
  variance: ServiceLevelVariance | null;
  /** Measured − modelled SL; null without a variance. */
  unexplained: number | null;
  /** Weight in the day's and period's explanation: `counted` when explained, else 0. */
  weight: number;
}

/** Why the service level moved over a set of intervals: the weighted planned SL, effects and modelled SL, and the remainder. */
export interface Explanation {
  planned: number;
  volume: number;
  aht: number;
  staffing: number;
  shrinkage: number;
  adherence: number;
  modelled: number;
  /** Measured − modelled, the intervals' remainders weighted the same way. */
  unexplained: number;
  /** The weighted measured service level of the explained intervals. */
  measured: number;
  /** Σ weights: the calls counted in the explanation. */
  weight: number;
}

/** Totals of a set of intervals (a day, the period). */
export interface Totals {
  offered: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  /** null without the column. */
  abandonedWithin: number | null;
  /** Σ plan calls of the matched intervals. */
  planCalls: number;
  /** Under the rule; null when no call was offered; Infinity when the rule leaves nothing to count (the sheet shows #DIV/0!). */
  serviceLevel: number | null;
  met: boolean | null;
  /** null when no call was offered. */
  abandonRate: number | null;
  /** null without the column or when no call was answered. */
  asa: number | null;
  explanation: Explanation | null;
}

export interface DayResult extends Totals {
  day: number;
  /** The day's intervals: indexes `first` to `last` (inclusive) of `intervals`. */
  first: number;
  last: number;
}

export interface PeriodSummary extends Totals {
  intervalsMeasured: number;
  intervalsMet: number;
  daysMeasured: number;
  daysMet: number;
  /** Over the matched intervals; null (Infinity on the sheet) when their actual calls total 0. */
  wape: number | null;
  bias: number | null;
  matchedIntervals: number;
  /** Agent-hours over the matched intervals: planned staff scheduled; actual staff as modelled. */
  plannedStaffHours: number;
  actualStaffHours: number;
  plannedHoursOnPhones: number;
  actualHoursOnPhones: number;
}

export interface MonthToDate {
  /** Counted calls and calls answered in time so far under the rule (rule 2 counts short abandons as in time). */
  offeredSoFar: number;
  answeredWithinSoFar: number;
  serviceLevelSoFar: number | null;
  /** Dates after the last date of actuals, to the month's end. */
  remainingDays: number;
  /** The plan's calls for those of them the centre is open. */
  offeredRemaining: number;
  /** "needed": `needed` holds SL_NEEDED; "secured": 0 needed; "unreachable": no SL would do; "complete": no days left; "noForecast": the plan has no calls for the rest. */
  status: "needed" | "secured" | "unreachable" | "complete" | "noForecast";
  needed: number | null;
}

/** The period's service level by time of day (rows) and date (columns): indexes into `intervals`. */
export interface HeatMap {
  times: number[];
  days: number[];
  cells: (number | null)[][];
}

export interface PerformanceReport {
  period: ReportPeriod;
  targets: PlanTargets;
  columns: ActualsColumns;
  staffingBasis: StaffingBasis;
  byDate: boolean;
  /** The period's intervals by date and time. */
  intervals: IntervalResult[];
  days: DayResult[];
  summary: PeriodSummary;
  monthToDate: MonthToDate | null;
  heatMap: HeatMap;
  /** Actual intervals of the period with no plan interval. */
  withoutPlan: ActualRow[];
  /** Plan intervals with no actuals on the period's dates: the plan row and the date. */
  withoutActuals: { plan: PlanRow; day: number }[];
}

export type PerformanceResult = { ok: true; report: PerformanceReport } | { ok: false; problems: PerformanceProblem[] };

/** Which way the import's staffing columns are read (see staffingAsModelled). */
export function staffingBasisOf(columns: ActualsColumns): StaffingBasis {
  const loggedIn = columns.agentsLoggedIn || columns.staffedHours;
  if (columns.staffScheduled && columns.shrinkage) return "scheduledAndShrinkage";
  if (columns.staffScheduled && loggedIn) return "scheduledAndLoggedIn";
  if (columns.staffScheduled) return "scheduled";
  if (loggedIn) return "loggedIn";
  return "asPlanned";
}

/**
 * The actual staff (scheduled, before shrinkage), shrinkage and adherence WFM.SL_VARIANCE gets
 * for an interval, so that agents on the phones = staff × (1 − shrinkage) × adherence:
 * - staff scheduled and shrinkage in the export: as given;
 * - staff scheduled and agents logged in (or staffed hours ÷ interval hours): shrinkage is the
 *   share of the scheduled staff not logged in, 1 − logged in ÷ scheduled; more logged in than
 *   scheduled (overtime) counts as that many staff with no shrinkage;
 * - staff scheduled alone: shrinkage as planned;
 * - agents logged in alone: they are the staff left after shrinkage, so staff = logged in ÷
 *   (1 − shrinkage), with the export's shrinkage if it has one, else the plan's. The model
 *   cannot then tell absence from a short roster: with the plan's shrinkage, every shortfall is
 *   a staffing effect and the shrinkage effect is 0;
 * - no staffing columns: staff and shrinkage as planned, so both effects are 0 and what they
 *   would explain stays in the unexplained remainder (the sheet says so).
 * Adherence is the export's, or 1 without the column. A blank adherence or shrinkage (allowed
 * where nobody was scheduled) is 1 and the plan's shrinkage.
 */
export function staffingAsModelled(
  row: ActualRow,
  basis: StaffingBasis,
  plannedStaff: number,
  plannedShrinkage: number,
  intervalMinutes: number,
): ModelledStaffing {
  const adherence = row.adherence ?? 1;
  const loggedIn = row.agentsLoggedIn ?? (row.staffedHours === null ? null : row.staffedHours / (intervalMinutes / 60));
  const scheduled = row.staffScheduled;
  switch (basis) {
    case "scheduledAndShrinkage":
      return { staff: scheduled as number, shrinkage: row.shrinkage ?? plannedShrinkage, adherence };
    case "scheduledAndLoggedIn": {
      const staff = scheduled as number;
      const present = loggedIn as number;
      if (present >= staff) return { staff: present, shrinkage: 0, adherence };
      return { staff, shrinkage: 1 - present / staff, adherence };
    }
    case "scheduled":
      return { staff: scheduled as number, shrinkage: plannedShrinkage, adherence };
    case "loggedIn": {
      const shrinkage = row.shrinkage ?? plannedShrinkage;
      const present = loggedIn as number;
      if (shrinkage >= 1) return { staff: present, shrinkage: 0, adherence };
      return { staff: present / (1 - shrinkage), shrinkage, adherence };
    }
    case "asPlanned":
      return { staff: plannedStaff, shrinkage: plannedShrinkage, adherence };
  }
}

/** The service level counts of an interval under the rule: what is in time, over what is counted. */
export function countedUnderRule(row: ActualRow, rule: AbandonRule): { within: number; counted: number } {
  const short = row.abandonedWithin ?? 0;
  if (rule === 1) return { within: row.answeredWithin, counted: row.offered - short };
  if (rule === 2) return { within: row.answeredWithin + short, counted: row.offered };
  return { within: row.answeredWithin, counted: row.offered };
}

function weighted(rows: readonly IntervalResult[], value: (row: IntervalResult) => number): number {
  let sum = 0;
  let weight = 0;
  for (const row of rows) {
    if (row.weight === 0) continue;
    sum += value(row) * row.weight;
    weight += row.weight;
  }
  return sum / weight;
}

/** The weighted explanation of some intervals, or null when none is explained. */
export function explain(rows: readonly IntervalResult[]): Explanation | null {
  const weight = rows.reduce((sum, row) => sum + row.weight, 0);
  if (weight === 0) return null;
  const of = (key: keyof ServiceLevelVariance) => weighted(rows, (row) => (row.variance as ServiceLevelVariance)[key]);
  return {
    planned: of("plannedServiceLevel"),
    volume: of("volumeEffect"),
    aht: of("ahtEffect"),
    staffing: of("staffEffect"),
    shrinkage: of("shrinkageEffect"),
    adherence: of("adherenceEffect"),
    modelled: of("modelledServiceLevel"),
    unexplained: weighted(rows, (row) => row.unexplained as number),
    measured: weighted(rows, (row) => row.serviceLevel as number),
    weight,
  };
}

/** The period service level of some intervals as WFM.SL_PERIOD gives it: null with no call offered, Infinity when it errs. */
function periodLevel(rows: readonly ActualRow[], rule: AbandonRule, withShortAbandons: boolean): number | null {
  if (rows.reduce((sum, row) => sum + row.offered, 0) === 0) return null;
  try {
    return periodServiceLevel(
      {
        answeredWithin: rows.map((row) => row.answeredWithin),
        offered: rows.map((row) => row.offered),
        abandonedWithin: withShortAbandons ? rows.map((row) => row.abandonedWithin ?? 0) : null,
      },
      rule,
    );
  } catch (error) {
    // No call left to count, or short abandons above the calls offered: WFM.SL_PERIOD shows an error.
    if (error instanceof EngineInputError) return Infinity;
    throw error;
  }
}

function totals(results: readonly IntervalResult[], report: { targets: PlanTargets; columns: ActualsColumns }): Totals {
  const rows = results.map((r) => r.actual);
  const sum = (value: (row: ActualRow) => number) => rows.reduce((s, row) => s + value(row), 0);
  const offered = sum((row) => row.offered);
  const answered = sum((row) => row.answered);
  const serviceLevel = periodLevel(rows, report.targets.abandonRule, report.columns.abandonedWithin);
  return {
    offered,
    answered,
    answeredWithin: sum((row) => row.answeredWithin),
    abandoned: sum((row) => row.abandoned),
    abandonedWithin: report.columns.abandonedWithin ? sum((row) => row.abandonedWithin ?? 0) : null,
    planCalls: results.reduce((s, r) => s + (r.plan?.callsOffered ?? 0), 0),
    serviceLevel,
    met: serviceLevel === null || !Number.isFinite(serviceLevel) ? null : serviceLevel >= report.targets.targetServiceLevel,
    abandonRate: offered === 0 ? null : sum((row) => row.abandoned) / offered,
    asa: !report.columns.asa || answered === 0 ? null : sum((row) => (row.asaSeconds ?? 0) * row.answered) / answered,
    explanation: explain(results),
  };
}

function intervalResult(
  row: ActualRow,
  plan: PlanRow | null,
  input: PerformanceInput,
  basis: StaffingBasis,
): IntervalResult | PerformanceProblem {
  const { targets } = input;
  const { within, counted } = countedUnderRule(row, targets.abandonRule);
  const serviceLevel = counted > 0 ? within / counted : null;
  const met = serviceLevel === null ? null : serviceLevel >= targets.targetServiceLevel;
  if (plan === null) {
    return { actual: row, plan, serviceLevel, met, counted, staffing: null, variance: null, unexplained: null, weight: 0 };
  }
  const staffing = staffingAsModelled(row, basis, plan.scheduledStaff, targets.shrinkage, targets.intervalMinutes);
  let variance: ServiceLevelVariance | null = null;
  if (row.ahtSeconds !== null) {
    try {
      variance = serviceLevelVariance(
        { callsOffered: plan.callsOffered, averageHandleSeconds: plan.averageHandleSeconds, staff: plan.scheduledStaff, shrinkage: targets.shrinkage },
        { callsOffered: row.offered, averageHandleSeconds: row.ahtSeconds, ...staffing },
        {
          targetSeconds: targets.targetSeconds,
          intervalMinutes: targets.intervalMinutes,
          patienceSeconds: targets.patienceSeconds,
          abandonRule: targets.abandonRule,
        },
      );
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      return { code: "intervalNotModelled", cell: row.offeredCell, argument: error.argument, detail: error.message };
    }
  }
  const explained = variance !== null && serviceLevel !== null;
  return {
    actual: row,
    plan,
    serviceLevel,
    met,
    counted,
    staffing,
    variance,
    unexplained: explained ? (serviceLevel as number) - (variance as ServiceLevelVariance).modelledServiceLevel : null,
    weight: explained ? counted : 0,
  };
}

/**
 * The plan's calls for the month's days after `lastDay` that the centre is open. A dated plan
 * says which: its calls on those dates. A pattern is run on each remaining date that is one of
 * the first `operatingDaysPerWeek` days of its calendar week, Monday first (5: Monday to Friday).
 */
function forecastForRestOfMonth(input: PerformanceInput, lastDay: number): { days: number; calls: number } {
  const monthEnd = input.period.last;
  if (input.plan.rows.some((row) => row.day !== null)) {
    const calls = input.plan.rows.reduce((sum, row) => (row.day !== null && row.day > lastDay && row.day <= monthEnd ? sum + row.callsOffered : sum), 0);
    return { days: monthEnd - lastDay, calls };
  }
  const dayCalls = input.plan.rows.reduce((sum, row) => sum + row.callsOffered, 0);
  let open = 0;
  for (let day = lastDay + 1; day <= monthEnd; day++) if (day - mondayOf(day) < input.targets.operatingDaysPerWeek) open++;
  return { days: monthEnd - lastDay, calls: dayCalls * open };
}

function monthToDate(input: PerformanceInput, intervals: readonly IntervalResult[]): MonthToDate {
  const rule = input.targets.abandonRule;
  let offeredSoFar = 0;
  let answeredWithinSoFar = 0;
  for (const result of intervals) {
    const { within, counted } = countedUnderRule(result.actual, rule);
    offeredSoFar += counted;
    answeredWithinSoFar += within;
  }
  const rest = forecastForRestOfMonth(input, Math.max(...intervals.map((r) => r.actual.day)));
  const base = {
    offeredSoFar,
    answeredWithinSoFar,
    serviceLevelSoFar: offeredSoFar > 0 ? answeredWithinSoFar / offeredSoFar : null,
    remainingDays: rest.days,
    offeredRemaining: rest.calls,
  };
  if (rest.days === 0) return { ...base, status: "complete", needed: null };
  if (rest.calls <= 0) return { ...base, status: "noForecast", needed: null };
  try {
    const needed = serviceLevelNeeded(input.targets.targetServiceLevel, offeredSoFar, answeredWithinSoFar, rest.calls);
    return { ...base, status: needed === 0 ? "secured" : "needed", needed };
  } catch (error) {
    if (error instanceof EngineInputError && error.code === "targetOutOfReach") return { ...base, status: "unreachable", needed: null };
    throw error;
  }
}

function heatMapOf(intervals: readonly IntervalResult[]): HeatMap {
  const times = [...new Set(intervals.map((r) => r.actual.secondOfDay as number))].sort((a, b) => a - b);
  const days = [...new Set(intervals.map((r) => r.actual.day))].sort((a, b) => a - b);
  const timeIndex = new Map(times.map((t, i) => [t, i]));
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const cells = times.map(() => days.map((): number | null => null));
  intervals.forEach((r, index) => {
    cells[timeIndex.get(r.actual.secondOfDay as number) as number][dayIndex.get(r.actual.day) as number] = index;
  });
  return { times, days, cells };
}

/** The period's performance, or the problems that prevent it. */
export function measurePerformance(input: PerformanceInput): PerformanceResult {
  const { targets, period } = input;
  const inside = input.actuals
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => inPeriod(period, row.day))
    .sort((a, b) => a.row.day - b.row.day || (a.row.secondOfDay ?? 0) - (b.row.secondOfDay ?? 0));
  if (inside.length === 0) return { ok: false, problems: [{ code: "noActualsInPeriod" }] };
  const problems: PerformanceProblem[] = [];
  if (targets.abandonRule !== 0 && !input.columns.abandonedWithin) problems.push({ code: "abandonedWithinNeeded", rule: targets.abandonRule });
  problems.push(...intervalLengthProblems(inside.map(({ row }) => row), targets.intervalMinutes));
  if (problems.length > 0) return { ok: false, problems };

  const rows = inside.map(({ row }) => row);
  const matching = matchToPlan(rows, input.planTimings);
  const basis = staffingBasisOf(input.columns);
  const intervals: IntervalResult[] = [];
  rows.forEach((row, i) => {
    const planIndex = matching.planIndexOf[i];
    const result = intervalResult(row, planIndex === null ? null : input.plan.rows[planIndex], input, basis);
    if ("code" in result) problems.push(result);
    else intervals.push(result);
  });
  if (problems.length > 0) return { ok: false, problems };

  const context = { targets, columns: input.columns };
  const days: DayResult[] = [];
  for (let first = 0; first < intervals.length; ) {
    let last = first;
    while (last + 1 < intervals.length && intervals[last + 1].actual.day === intervals[first].actual.day) last++;
    days.push({ day: intervals[first].actual.day, first, last, ...totals(intervals.slice(first, last + 1), context) });
    first = last + 1;
  }
  const whole = totals(intervals, context);
  if (whole.serviceLevel === null || !Number.isFinite(whole.serviceLevel)) return { ok: false, problems: [{ code: "nothingToMeasure" }] };

  const matched = intervals.filter((r) => r.plan !== null);
  const accuracy = (measure: (actual: number[], forecast: number[]) => number): number | null => {
    try {
      return measure(
        matched.map((r) => r.actual.offered),
        matched.map((r) => (r.plan as PlanRow).callsOffered),
      );
    } catch (error) {
      if (error instanceof EngineInputError && error.code === "zeroTotal") return null;
      throw error;
    }
  };
  const hours = targets.intervalMinutes / 60;
  const sumMatched = (value: (r: IntervalResult) => number) => matched.reduce((sum, r) => sum + value(r), 0);
  const measuredDays = days.filter((d) => d.met !== null);
  const summary: PeriodSummary = {
    ...whole,
    intervalsMeasured: intervals.filter((r) => r.met !== null).length,
    intervalsMet: intervals.filter((r) => r.met === true).length,
    daysMeasured: measuredDays.length,
    daysMet: measuredDays.filter((d) => d.met === true).length,
    wape: accuracy(weightedAbsolutePercentageError),
    bias: accuracy(forecastBias),
    matchedIntervals: matched.length,
    plannedStaffHours: sumMatched((r) => (r.plan as PlanRow).scheduledStaff) * hours,
    actualStaffHours: sumMatched((r) => (r.staffing as ModelledStaffing).staff) * hours,
    plannedHoursOnPhones: sumMatched((r) => (r.plan as PlanRow).scheduledStaff * (1 - targets.shrinkage)) * hours,
    actualHoursOnPhones: sumMatched((r) => {
      const s = r.staffing as ModelledStaffing;
      return s.staff * (1 - s.shrinkage) * s.adherence;
    }) * hours,
  };

  const withoutActuals = matching.planWithoutActuals.map(({ planIndex, day }) => ({ plan: input.plan.rows[planIndex], day }));
  return {
    ok: true,
    report: {
      period,
      targets,
      columns: input.columns,
      staffingBasis: basis,
      byDate: matching.byDate,
      intervals,
      days,
      summary,
      monthToDate: period.kind === "month" ? monthToDate(input, intervals) : null,
      heatMap: heatMapOf(intervals),
      withoutPlan: matching.actualsWithoutPlan.map((i) => rows[i]),
      withoutActuals,
    },
  };
}
