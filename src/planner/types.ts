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

/**
 * What a forecast column says. "date" is the day of each row when the interval column holds only
 * times; a forecast whose interval column holds dates and times needs no date column.
 */
export type ForecastRole = "date" | "interval" | "calls" | "aht";

/** Which column of the forecast (0-based, within the source range) holds each role. */
export interface ColumnMapping {
  /** null: no date column (a single day's pattern, or dates and times in the interval column). */
  date: number | null;
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
  dateColumn: string | null;
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
  /** The interval for display: "08:00", "2025-03-10 08:00" for a dated row, the text otherwise. */
  intervalLabel: string;
  /** Excel date serial of the row's day (45726 = 2025-03-10), or null in a single day's pattern. */
  day: number | null;
  /** Start of the interval in seconds after midnight, or null when its cell is text that is not a time. */
  secondOfDay: number | null;
  callsOffered: number;
  averageHandleSeconds: number;
  /** Address of the row's calls cell, e.g. "Forecast!B7" (for messages and links). */
  callsCell: string;
  /** Address of the row's interval cell (messages about times and interval lengths). */
  intervalCell: string;
  /** Address of the row's AHT cell, or null when the row takes the default AHT. */
  ahtCell: string | null;
}

/** Why a forecast cannot be used as it is; `cell` is a display address such as "Forecast!C7". */
export type ForecastProblem =
  | { code: "textInNumberColumn"; cell: string; column: "calls" | "aht"; value: string }
  /** An AHT that is an Excel time (0:04:00 = 0.00278) or time text ("4:00"): `seconds` is what it probably meant. */
  | { code: "ahtIsTime"; cell: string; value: string; seconds: number }
  /** The default AHT given for the forecast is not a number of seconds in the engine's range. */
  | { code: "defaultAhtInvalid"; value: string; min: number; max: number }
  | { code: "missingDate"; cell: string }
  | { code: "notADate"; cell: string; value: string }
  /** Two rows start at the same moment; `dated` false: a pattern without dates that runs past midnight. */
  | { code: "repeatedInterval"; cell: string; first: string; dated: boolean }
  /** Rows start `stepMinutes` apart where the scenario's intervals are `chosenMinutes` long. */
  | { code: "intervalStep"; cell: string; stepMinutes: number; chosenMinutes: number }
  /** A pattern without dates holds more intervals than one day has. */
  | { code: "longerThanADay"; cell: string; rows: number; chosenMinutes: number }
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
  /** Distinct dates the rows cover (0 for a single day's pattern without dates). */
  days: number;
  /** The interval length the rows' start times show, in minutes, or null when they cannot tell. */
  intervalMinutes: number | null;
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
  /**
   * Days a week the contact centre operates (default 5). FTE of a single day's pattern runs it on
   * this many days; a partial week of a dated forecast counts at most this many operating days.
   */
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
  /** Excel date serial of the row's day, or null in a single day's pattern. */
  day: number | null;
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

/**
 * Totals over a set of intervals: the whole forecast, or one day of it. Rates are weighted by
 * calls (service level, abandons) or by answered calls (ASA).
 */
export interface PeriodTotals {
  totalCalls: number;
  /** Σ calls × service level ÷ Σ calls; 1 when there are no calls. */
  serviceLevel: number;
  /** Weighted by answered calls; Infinity if any interval with calls never empties its queue. */
  averageSpeedOfAnswer: number;
  /** Σ calls × abandon rate ÷ Σ calls. */
  abandonRate: number;
  peakAgentsRequired: number;
  peakScheduledStaff: number;
  /** Σ agentsRequired × interval hours. */
  agentHoursRequired: number;
  /** Σ scheduledStaff × interval hours. */
  agentHoursScheduled: number;
  /** agentHoursScheduled × costPerAgentHour, or null when not costed. */
  cost: number | null;
}

/** One date of a forecast that spans several days. */
export interface DayTotals extends PeriodTotals {
  /** Excel date serial. */
  day: number;
  /** "2025-03-10". */
  label: string;
  intervals: number;
}

/**
 * One week of a dated forecast. Weeks are 7-day blocks counted from the forecast's first date;
 * `calendarDays` of them lie between its first and last dates (7, except in a last, partial
 * week). A week counts min(calendarDays, operating days per week) operating days, and its FTE is
 * its scheduled agent-hours ÷ (paid hours per FTE per week × operatingDays ÷ operating days per
 * week): a full week's hours over a week's paid hours, a partial week's pro-rated by its
 * operating days.
 */
export interface WeekTotals {
  /** Excel date serial of the week's first day. */
  weekStart: number;
  label: string;
  calendarDays: number;
  operatingDays: number;
  agentHoursScheduled: number;
  fte: number;
  cost: number | null;
}

/** A plan's totals over the whole forecast. */
export interface PlanSummary extends PeriodTotals {
  /** Distinct dates of a dated forecast; 1 for a single day's pattern. */
  days: number;
  /**
   * Full-time staff. A single day's pattern: scheduled agent-hours × operating days per week ÷
   * paid hours per FTE per week (the pattern run on every operating day). A dated forecast: its
   * scheduled agent-hours ÷ (paid hours × Σ weeks' operating days ÷ operating days per week),
   * the average of its weeks' FTE weighted by their operating days.
   */
  fte: number;
  /** The largest weekly FTE; equal to `fte` for one week or a single day's pattern. */
  peakWeekFte: number;
}

/** A plan computed from validated forecast rows. */
export interface Plan {
  rows: PlanRow[];
  summary: PlanSummary;
  /** Per date, in date order; empty for a single day's pattern. */
  days: DayTotals[];
  /** Per week, from the first date; empty for a single day's pattern. */
  weeks: WeekTotals[];
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
  peakWeekFte: number;
  cost: number | null;
  serviceLevel: number;
  peakAgentsRequired: number;
}

/** A figure per scenario for one date or one week (null where a scenario's forecast lacks it). */
export interface ComparisonPeriodRow {
  /** Excel date serial of the day, or of the week's first day. */
  start: number;
  label: string;
  values: (number | null)[];
}

export interface Comparison {
  scenarios: { id: string; name: string }[];
  rows: ComparisonRow[];
  totals: ComparisonTotals[];
  /** totals[i] − totals[0], field by field (null where a cost is missing). */
  differences: Omit<ComparisonTotals, "scenarioId" | "scenarioName">[];
  /** Scenarios whose forecasts have different numbers of intervals: rows are aligned by position. */
  intervalCountsDiffer: boolean;
  /** The most dates any scenario's forecast spans (1 for single days' patterns). */
  days: number;
  /** Agent-hours scheduled per date, matched by date; empty unless a forecast spans several days. */
  dayHours: ComparisonPeriodRow[];
  /** FTE per week, matched by the week's first date; empty unless a forecast spans several days. */
  weekFte: ComparisonPeriodRow[];
}

/** Whether the roster's numbers are staff scheduled (before shrinkage) or agents on the phones. */
export type RosterBasis = "scheduled" | "onPhones";

export interface RosterRow {
  /** The interval cell's value, as in ForecastRow. */
  interval: number | string;
  intervalLabel: string;
  day: number | null;
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

/** Service achieved over a set of intervals (the whole roster, or one date of it). */
export interface RosterTotals {
  totalCalls: number;
  serviceLevel: number;
  averageSpeedOfAnswer: number;
  abandonRate: number;
  intervalsBelowTarget: number;
}

export interface RosterDay extends RosterTotals {
  day: number;
  label: string;
}

export interface RosterCheck extends RosterTotals {
  rows: RosterRow[];
  /** Distinct dates (1 for a single day's pattern). */
  days: number;
  /** Per date, in date order; empty for a single day's pattern. */
  byDay: RosterDay[];
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
