/**
 * Shapes of the capacity plan: how many people to hire, and when, to keep a contract staffed
 * week by week. Plain data (JSON-serialisable), like types.ts, so capacity scenarios can be
 * stored in the workbook and held in the pane's state. Fractions are fractions (0.6, not 60);
 * dates are Excel date serials (45936 = 2025-10-06).
 *
 * Problems are codes with parameters, never sentences: the pane's string table words them.
 */
import type { CapacityWeek } from "../engine";
import type { FieldProblem } from "./types";

/** The period an attrition figure is measured over. */
export type AttritionPeriod = "year" | "month";

/**
 * What an attrition figure is (README, WFM.ATTRITION_CONVERT): a turnover ratio (leavers ÷
 * average headcount, as HR reports; leavers are replaced, so it can exceed 100% and scales with
 * the period) or a share of the team who leave (of the people here at the start, the share gone
 * by the end; below 100%, and compounds).
 */
export type AttritionFigure = "turnover" | "share";

export interface AttritionInput {
  /** The figure as a fraction: 0.6 for 60% a year. */
  rate: number;
  period: AttritionPeriod;
  figure: AttritionFigure;
}

/** The team and how new hires join it: everything of the model but the weeks' requirement. */
export interface CapacitySettings {
  /** Productive heads in week 1 (0 for a new account). */
  headcount: number;
  attrition: AttritionInput;
  trainWeeks: number;
  nestingWeeks: number;
  /** Productivity while nesting, 0..1. */
  nestingProductivity: number;
  /** Share of a class that graduates, above 0 and at most 1. */
  graduationRate: number;
  /** FTE one head delivers (1: everyone full-time). */
  ftePerHead: number;
  /** Recruiting lead time: weeks before the first class can start. */
  leadWeeks: number;
  minClass: number;
  /** null: no limit. */
  maxClass: number | null;
  /** Cost of one hire (recruiting and training), or null when not costed. */
  costPerHire: number | null;
  /** Cost of one FTE on the payroll for a week, or null when not costed. */
  costPerFteWeek: number | null;
}

/** Where a scenario's weekly volumes come from. */
export type WeeklyVolumes =
  /** The scenario's own weekly volume in week 1, growing by `weeklyGrowth` (0.005 = 0.5%) a week. */
  | { kind: "growth"; weeklyGrowth: number; weeks: number }
  /** A column of calls per week, one cell per week ("Volumes!B2:B53"). */
  | { kind: "column"; address: string };

/** Where the required FTE of each week come from. */
export type RequiredFteSource =
  /**
   * A planner scenario's interval pattern scaled to each week's volume and staffed exactly,
   * FTE counted at `paidHoursPerFteWeek` paid hours per FTE per week.
   */
  | { kind: "scenario"; scenarioId: string; volumes: WeeklyVolumes; paidHoursPerFteWeek: number }
  /** A column of required FTE, one cell per week ("Staffing!D2:D53"). */
  | { kind: "column"; address: string };

/** A named capacity what-if, stored in the workbook's settings so it travels with the file. */
export interface CapacityScenario {
  /** Stable id, never shown; survives renames. */
  id: string;
  name: string;
  source: RequiredFteSource;
  /** Excel date serial of the first day of week 1. */
  firstWeek: number;
  settings: CapacitySettings;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** What "duplicate with changes" changes; a blank (absent) change keeps the source's value. */
export interface CapacityChanges {
  name: string;
  /** Added to the attrition figure, in its own period and form: +0.05 is "5 points more". */
  attritionChange?: number;
  trainWeeks?: number;
  nestingWeeks?: number;
  graduationRate?: number;
  leadWeeks?: number;
  /** A new growth per week; only for a scenario source whose volumes grow. */
  weeklyGrowth?: number;
}

/**
 * One week of a capacity plan: the requirement, the classes and the model's figures (the
 * engine's week: effective FTE, gap, heads in training and nesting, productive heads, leavers).
 */
export interface CapacityWeekRow extends CapacityWeek {
  week: number;
  /** Excel date serial of the week's first day. */
  weekStart: number;
  requiredFte: number;
  /** Hires starting training this week (the plan's classes, added up). */
  hires: number;
  /** What WFM.HIRING_PLAN suggests for the week (equal to `hires` when the add-in planned them). */
  suggestedHires: number;
  /** The gap exceeds the engine's tolerance (1e-9 FTE): overtime or another site must cover it. */
  short: boolean;
}

/** Hires that start in one calendar month (by the first day of their week). */
export interface MonthHires {
  /** Excel date serial of the month's first day. */
  monthStart: number;
  /** "2025-10". */
  label: string;
  hires: number;
}

export interface CapacitySummary {
  /** The weekly attrition the plan uses, converted from the figure typed. */
  weeklyAttrition: number;
  totalHires: number;
  /** Weeks in which at least one class starts. */
  classes: number;
  /** The first week a class can cover: 1 + lead time + training + nesting weeks. */
  firstCoverableWeek: number;
  /**
   * Weeks whose gap exceeds the tolerance: with the hiring plan's classes, the weeks no class can
   * reach in time. They need overtime or another site.
   */
  uncoveredWeeks: number[];
  /** Σ of the gap over the weeks short: the FTE-weeks overtime or another site must supply. */
  fteWeeksShort: number;
  /** The largest weekly gap, 0 when no week is short. */
  peakGap: number;
  /** The week of the largest gap, null when no week is short. */
  peakGapWeek: number | null;
  /** Σ over weeks of FTE on the payroll: (heads in training + nesting + productive) × FTE per head. */
  paidFteWeeks: number;
  /** totalHires × cost per hire, or null when not costed. */
  hiringCost: number | null;
  /** paidFteWeeks × cost per FTE-week, or null when not costed. */
  staffCost: number | null;
  /** The two costs added (a missing one counts 0); null when neither is costed. */
  totalCost: number | null;
}

export interface CapacityResult {
  weeks: CapacityWeekRow[];
  months: MonthHires[];
  summary: CapacitySummary;
}

/** How a scenario's required FTE were found, for the sheet's note and the pane. */
export interface RequiredFteOrigin {
  kind: "scenario" | "column";
  /** The planner scenario's name, for a scenario source. */
  scenarioName: string | null;
  /** The forecast's address ("'Sample forecast'!A2:C49"), for a scenario source. */
  forecast: string | null;
  /** The column read ("Volumes!B2:B53"), null for growth. */
  column: string | null;
  /** The scenario's own calls per week (week 1 of a growth), null for a column of FTE. */
  patternWeeklyCalls: number | null;
  /** Calls per week, week by week, null for a column of FTE. */
  weeklyCalls: number[] | null;
  /** Growth per week, for a growth source. */
  weeklyGrowth: number | null;
  paidHoursPerFteWeek: number | null;
}

/** A field of the capacity form. */
export type CapacityField =
  | "headcount"
  | "attritionRate"
  | "trainWeeks"
  | "nestingWeeks"
  | "nestingProductivity"
  | "graduationRate"
  | "ftePerHead"
  | "leadWeeks"
  | "minClass"
  | "maxClass"
  | "costPerHire"
  | "costPerFteWeek"
  | "firstWeek"
  | "paidHoursPerFteWeek"
  | "weeklyGrowth"
  | "weeks"
  | "address";

/** Why a typed capacity input is refused. */
export type CapacityInputProblem =
  | FieldProblem<CapacityField>
  /** The attrition converts to `weekly` (≥ 1) a week: more than the whole team. */
  | { field: "attritionRate"; code: "weeklyAttritionTooHigh"; weekly: number }
  /** The smallest class is larger than the largest. */
  | { field: "minClass"; code: "minAboveMax"; min: number; max: number }
  | { field: "firstWeek"; code: "notADate"; value: string }
  /** A column's address that is not one, or that does not say its sheet ("B2:B53"). */
  | { field: "address"; code: "notAnAddress"; value: string }
  | { field: "address"; code: "addressWithoutSheet"; value: string };

/** Why a column of weeks (volumes or required FTE) cannot be used; `cell` is a display address. */
export type WeeksColumnProblem =
  | { code: "weeksNotOneColumn"; address: string }
  | { code: "noWeeks"; address: string }
  | { code: "tooManyWeeks"; weeks: number; limit: number }
  | { code: "blankWeek"; cell: string; week: number; column: WeeksColumnKind }
  | { code: "textInWeek"; cell: string; week: number; value: string; column: WeeksColumnKind }
  | { code: "errorInWeek"; cell: string; week: number; value: string; column: WeeksColumnKind }
  | { code: "negativeWeek"; cell: string; week: number; value: number; column: WeeksColumnKind };

/** What a column of weeks holds: calls per week, FTE required per week, or hires starting each week. */
export type WeeksColumnKind = "volume" | "fte" | "hires";

/** Capacity scenarios side by side. */
export interface CapacityComparison {
  scenarios: { id: string; name: string }[];
  totals: CapacityComparisonTotals[];
  /** totals[i] − totals[0], figure by figure (null where a cost is missing). */
  differences: Omit<CapacityComparisonTotals, "scenarioId" | "scenarioName">[];
  /** Week by week (1..the longest horizon): hires and gap per scenario, null past a scenario's horizon. */
  weeks: { week: number; hires: (number | null)[]; gap: (number | null)[] }[];
}

export interface CapacityComparisonTotals {
  scenarioId: string;
  scenarioName: string;
  totalHires: number;
  /** How many weeks hiring cannot cover (they need overtime or another site). */
  uncoveredWeeks: number;
  fteWeeksShort: number;
  peakGap: number;
  totalCost: number | null;
}
