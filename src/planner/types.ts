/**
 * Shapes of the staffing planner: forecasts, targets, scenarios, plans, comparisons and roster
 * checks. Plain data (JSON-serialisable) so that scenarios can be stored inside the workbook and
 * the task pane can hold them in state. Fractions are fractions (0.8, not 80); times are seconds
 * unless the name says minutes; hours are hours.
 *
 * Problems are structured codes with parameters, never sentences: the task pane's string table
 * turns them into the person's language (src/taskpane/strings/).
 */
import type { AbandonRule, EngineProblem } from "../engine";

export type { AbandonRule, EngineProblem };

/** The three things a forecast row says. */
export type ForecastRole = "interval" | "calls" | "aht";

/** Which column of the forecast (0-based, within the source range) holds each role. */
export interface ColumnMapping {
  interval: number | null;
  calls: number | null;
  /** null: no AHT column; every row then takes `defaultAhtSeconds`. */
  aht: number | null;
}

/** Where a forecast lives in the workbook, enough to write formulas that refer to its cells. */
export interface ForecastReference {
  /** Worksheet name, unquoted ("Forecast", "Sample forecast"). */
  sheetName: string;
  /** The Excel table the forecast came from, if any (for display and re-reading). */
  tableName: string | null;
  /** 1-based worksheet row of the first data row (below the header row, if any). */
  firstRow: number;
  /** Number of data rows. */
  rowCount: number;
  /** Column letters on the worksheet ("A"), or null for a role without a column. */
  intervalColumn: string;
  callsColumn: string;
  ahtColumn: string | null;
  /** AHT for rows whose AHT cell is blank, or for every row when there is no AHT column. */
  defaultAhtSeconds: number | null;
}

/** One validated forecast row. */
export interface ForecastRow {
  /** The interval cell's value as the sheet holds it: a time serial (0.3333 = 08:00), text, … */
  interval: number | string;
  /** The interval for display: "08:00" for a time serial, the text otherwise. */
  intervalLabel: string;
  callsOffered: number;
  averageHandleSeconds: number;
  /** Address of the row's calls cell, e.g. "Forecast!B7" (for messages and links). */
  callsCell: string;
}

/** Why a forecast cannot be used as it is; `cell` is a display address such as "Forecast!C7". */
export type ForecastProblem =
  | { code: "textInNumberColumn"; cell: string; column: "calls" | "aht"; value: string }
  | { code: "errorInCell"; cell: string; column: ForecastRole; value: string }
  | { code: "negativeCalls"; cell: string; value: number }
  | { code: "missingCalls"; cell: string }
  /** AHT outside the engine's range (seconds, src/engine/limits.ts). */
  | { code: "ahtOutOfRange"; cell: string; value: number; min: number; max: number }
  | { code: "missingAht"; cell: string }
  | { code: "missingInterval"; cell: string }
  | { code: "columnNotFound"; column: ForecastRole }
  | { code: "sameColumnTwice"; column: ForecastRole; other: ForecastRole }
  | { code: "noDataRows" }
  | { code: "tooManyRows"; rows: number; limit: number };

/** A block of cells as read from the workbook: the planner's input for recognising a forecast. */
export interface CellGrid {
  sheetName: string;
  tableName: string | null;
  /** 1-based worksheet row and column of values[0][0]. */
  topRow: number;
  leftColumn: number;
  /** Cell values as Excel gives them (number, string, boolean; "" for blank; "#N/A" … for errors). */
  values: unknown[][];
  /** Number format of each cell, same shape as values, if known (used to show times). */
  numberFormats?: string[][];
}

/** What the planner recognised in a grid and the rows it could read. */
export interface ForecastReading {
  /** Header texts of the first row (empty strings when the grid has no header row). */
  headers: string[];
  hasHeaderRow: boolean;
  /** The mapping used: the one given, or the one recognised from the headers. */
  mapping: ColumnMapping;
  /** Which roles were recognised from header texts (false: given by hand or not found). */
  recognised: Record<ForecastRole, boolean>;
  /** Rows that passed validation (all rows, when `problems` is empty). */
  rows: ForecastRow[];
  /** Every problem found; nothing is written while this is not empty. */
  problems: ForecastProblem[];
  /** Where the forecast is; null when the columns could not be determined. */
  reference: ForecastReference | null;
}

export type IntervalMinutes = 15 | 30 | 60;

/** What a scenario aims for. All fractions. */
export interface PlanTargets {
  intervalMinutes: IntervalMinutes;
  /** "serviceLevel": X% within Y seconds; "asa": average speed of answer at most Z seconds. */
  goal: "serviceLevel" | "asa";
  /** Service level target as a fraction (0.8). Used when goal is "serviceLevel". */
  targetServiceLevel: number;
  /**
   * Answer-time threshold in seconds (the 20 of 80/20). Used for the goal when it is
   * "serviceLevel", and for reporting the service level column in every case.
   */
  targetSeconds: number;
  /** ASA target in seconds; used when goal is "asa". */
  targetAsaSeconds: number;
  /** Most occupancy allowed (0 < x ≤ 1) or null for no cap. */
  maxOccupancy: number | null;
  /** Mean caller patience in seconds; null: no abandons (Erlang C), a number: Erlang A. */
  patienceSeconds: number | null;
  abandonRule: AbandonRule;
  /** Fraction of paid time off the phones, 0 ≤ x < 1. */
  shrinkage: number;
  /** Paid hours of one full-time equivalent per week (e.g. 37.5). */
  paidHoursPerFteWeek: number;
  /** Days a week the contact centre runs the forecast day's pattern (FTE convention; default 5). */
  operatingDaysPerWeek: number;
  /** Cost of one scheduled agent-hour, or null if not costed. */
  costPerAgentHour: number | null;
}

/** Changes applied to the forecast's cells by a scenario (1 = as forecast). */
export interface ForecastAdjustments {
  /** Multiplies every interval's calls (1.1 = volume +10%). */
  volumeFactor: number;
  /** Multiplies every interval's AHT (0.95 = AHT −5%). */
  ahtFactor: number;
}

/** A named what-if, stored inside the workbook so it travels with the file. */
export interface Scenario {
  /** Stable id, never shown; survives renames. */
  id: string;
  name: string;
  forecast: ForecastReference;
  targets: PlanTargets;
  adjustments: ForecastAdjustments;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** What "duplicate with changes" changes; the volume/AHT changes compound with the source's. */
export interface ScenarioChanges {
  name: string;
  /** +0.1 = volume 10% higher than the source scenario. */
  volumeChange?: number;
  /** −0.05 = AHT 5% lower than the source scenario. */
  ahtChange?: number;
  targets?: Partial<PlanTargets>;
}

/** One interval of a plan, as the engine computes it (the same numbers the sheet's formulas give). */
export interface PlanRow {
  interval: number | string;
  intervalLabel: string;
  callsOffered: number;
  averageHandleSeconds: number;
  traffic: number;
  agentsRequired: number;
  /** Service level at agentsRequired, under the abandon rule, at targetSeconds. */
  serviceLevel: number;
  /** Seconds; Infinity when the queue never empties. */
  averageSpeedOfAnswer: number;
  abandonRate: number;
  occupancy: number;
  /** agentsRequired / (1 − shrinkage): staff to schedule (not rounded). */
  scheduledStaff: number;
}

/** The day's totals of a plan. */
export interface PlanSummary {
  totalCalls: number;
  /** Σ calls × service level / Σ calls; 1 when there are no calls. */
  dayServiceLevel: number;
  /** Call-weighted over answered calls; Infinity if any interval with calls is unstable. */
  dayAverageSpeedOfAnswer: number;
  dayAbandonRate: number;
  peakAgentsRequired: number;
  peakScheduledStaff: number;
  /** Σ agentsRequired × interval hours. */
  agentHoursRequired: number;
  /** Σ scheduledStaff × interval hours. */
  agentHoursScheduled: number;
  /**
   * FTE = agentHoursScheduled × operatingDaysPerWeek / paidHoursPerFteWeek: the full-time
   * staff needed to schedule this day's pattern on every operating day of a week.
   */
  fte: number;
  /** agentHoursScheduled × costPerAgentHour (per day), or null when not costed. */
  dayCost: number | null;
}

/** A plan computed from validated forecast rows. */
export interface Plan {
  rows: PlanRow[];
  summary: PlanSummary;
}

/** One interval of a comparison: agents required per scenario, in the order of the scenarios. */
export interface ComparisonRow {
  intervalLabel: string;
  /** null where a scenario's forecast has fewer intervals. */
  agentsRequired: (number | null)[];
}

export interface ComparisonTotals {
  scenarioId: string;
  scenarioName: string;
  agentHoursRequired: number;
  agentHoursScheduled: number;
  fte: number;
  dayCost: number | null;
  dayServiceLevel: number;
  peakAgentsRequired: number;
}

export interface Comparison {
  scenarios: { id: string; name: string }[];
  rows: ComparisonRow[];
  totals: ComparisonTotals[];
  /** totals[i] − totals[0], field by field (null where a cost is missing). */
  differences: Omit<ComparisonTotals, "scenarioId" | "scenarioName">[];
  /** Scenarios whose forecasts have different numbers of intervals: rows are aligned by position. */
  intervalCountsDiffer: boolean;
}

/** Whether the roster's numbers are staff scheduled (before shrinkage) or agents on the phones. */
export type RosterBasis = "scheduled" | "onPhones";

export interface RosterRow {
  intervalLabel: string;
  callsOffered: number;
  averageHandleSeconds: number;
  scheduledAgents: number;
  /** Agents on the phones: scheduled × (1 − shrinkage), or as given for "onPhones". */
  agentsOnPhones: number;
  serviceLevel: number;
  averageSpeedOfAnswer: number;
  abandonRate: number;
  /** True when the interval misses the scenario's goal (SL below target, or ASA above target). */
  belowTarget: boolean;
}

export interface RosterCheck {
  rows: RosterRow[];
  dayServiceLevel: number;
  dayAverageSpeedOfAnswer: number;
  dayAbandonRate: number;
  intervalsBelowTarget: number;
}

export type RosterProblem =
  | { code: "rosterNotOneColumn"; address: string }
  | { code: "rosterLengthMismatch"; rosterRows: number; forecastRows: number }
  | { code: "textInRosterCell"; cell: string; value: string }
  | { code: "negativeRosterCell"; cell: string; value: number }
  | { code: "missingRosterCell"; cell: string };

/** A target input field the pane shows; problems name the field. */
export type TargetField =
  | "intervalMinutes"
  | "targetServiceLevel"
  | "targetSeconds"
  | "targetAsaSeconds"
  | "maxOccupancy"
  | "patienceSeconds"
  | "abandonRule"
  | "shrinkage"
  | "paidHoursPerFteWeek"
  | "operatingDaysPerWeek"
  | "costPerAgentHour"
  | "defaultAhtSeconds"
  | "volumeFactor"
  | "ahtFactor";

/** What the person typed, field by field (strings as typed, any decimal separator). */
export type TargetInputs = { goal: "serviceLevel" | "asa"; abandonRule: string } & Record<
  Exclude<TargetField, "abandonRule">,
  string
>;

/** Why a typed input is refused; `min`/`max` are in the field's own unit (percent fields: percent). */
export type InputProblem =
  | { field: TargetField; code: "required" }
  | { field: TargetField; code: "notANumber"; value: string }
  | { field: TargetField; code: "outOfRange"; value: number; min: number; max: number; minOpen?: boolean; maxOpen?: boolean }
  | { field: TargetField; code: "notAllowed"; value: string; allowed: string[] };
