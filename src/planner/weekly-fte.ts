/**
 * Required FTE by week, for a capacity plan: a scenario's interval pattern staffed at each week's
 * volume, or a column of weeks the person gives (calls per week, or FTE required per week).
 *
 * Method. The scenario's forecast (its intervals, with the scenario's own volume and AHT factors)
 * is the pattern of a week's calls. For week w with V(w) calls, every interval's calls are scaled
 * by V(w) ÷ V₀, where V₀ is the pattern's own calls per week, and the scaled pattern is planned
 * exactly as the plan sheet plans it (plan.ts: least whole agents meeting the goal in every
 * interval, scheduled staff after shrinkage, hours); its FTE is the plan's own FTE per week:
 * - a single day's pattern runs on every open day of a week, so V₀ = its calls × open days per
 *   week and FTE = its scheduled hours × open days ÷ paid hours per FTE per week;
 * - a dated forecast is weeks of 7 days (horizon.ts); V₀ = its calls ÷ its weeks (part weeks
 *   counted by their open days), and FTE = its scheduled hours ÷ (paid hours × its weeks), the
 *   plan's "FTE, average week".
 * FTE are never scaled in proportion to the calls: Erlang staffing has economies of scale (twice
 * the calls need fewer than twice the agents for the same service level), so every week is solved
 * on its own. Weeks with the same volume share one solve.
 *
 * Paid hours per FTE per week may differ from the scenario's (a capacity plan may count FTE on
 * another contract); the pattern is staffed with the scenario's targets otherwise.
 *
 * A column of weeks is read as the roster column is (roster.ts): one column, a text header
 * skipped, blank cells after the last week ignored (a selection a little too long), and every
 * other cell a number of 0 or more, or a problem named by its cell and week.
 */
import { MAX_WEEKS } from "../engine";
import { cellAddress } from "./addresses";
import { cellKind, cellText } from "./cells";
import type { WeeksColumnKind, WeeksColumnProblem } from "./capacity-types";
import { computePlan, IntervalNotComputable } from "./plan";
import type { CellGrid, ForecastAdjustments, ForecastRow, Plan, PlanTargets } from "./types";

/**
 * Weeks the plan's FTE is an average over: 1 ÷ open days per week for a single day's pattern (a
 * day is that share of a week), else the weeks' open days ÷ open days per week.
 */
export function weeksIn(plan: Plan, targets: PlanTargets): number {
  if (plan.weeks.length === 0) return 1 / targets.operatingDaysPerWeek;
  return plan.weeks.reduce((sum, week) => sum + week.operatingDays, 0) / targets.operatingDaysPerWeek;
}

/** The pattern's calls per week (V₀), as the plan counts its weeks. */
export function weeklyCallsOf(plan: Plan, targets: PlanTargets): number {
  return plan.summary.totalCalls / weeksIn(plan, targets);
}

/** Calls per week growing from `first` by `weeklyGrowth` (0.005 = 0.5%) a week, for `weeks` weeks. */
export function growingVolumes(first: number, weeklyGrowth: number, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, i) => first * (1 + weeklyGrowth) ** i);
}

/** A week whose volume the engine cannot staff (a target out of reach, or a load out of range). */
export class WeekNotComputable extends Error {
  constructor(
    /** 1-based. */
    readonly week: number,
    readonly weeklyCalls: number,
    readonly interval: IntervalNotComputable,
  ) {
    super(`Week ${week} (${weeklyCalls} calls): ${interval.message}`);
    this.name = "WeekNotComputable";
  }
}

/** The pattern has no calls, so it cannot be scaled to a week that has some. */
export class PatternWithoutCalls extends Error {
  constructor(readonly week: number) {
    super(`The forecast has no calls to scale to week ${week}'s volume.`);
    this.name = "PatternWithoutCalls";
  }
}

/** A scenario's pattern, ready to be staffed at any week's volume. */
export interface StaffingPattern {
  /** The pattern's own calls per week (V₀). */
  weeklyCalls: number;
  /** FTE required in each week of `weeklyCalls`. */
  requiredFte(weeklyCalls: readonly number[]): number[];
}

/**
 * The scenario's pattern planned once at its own volume (see the module comment). Throws plan.ts's
 * IntervalNotComputable when the engine cannot staff the pattern itself (with the forecast row's
 * index); its `requiredFte` throws WeekNotComputable when the engine cannot staff a week's volume,
 * and PatternWithoutCalls when a pattern of no calls meets a week of some.
 */
export function staffingPattern(
  rows: ForecastRow[],
  targets: PlanTargets,
  adjustments: ForecastAdjustments,
  paidHoursPerFteWeek: number = targets.paidHoursPerFteWeek,
): StaffingPattern {
  const staffed = { ...targets, paidHoursPerFteWeek };
  const pattern = computePlan(rows, staffed, adjustments);
  const patternWeeklyCalls = weeklyCallsOf(pattern, staffed);
  const byScale = new Map<number, number>();
  const fteAt = (calls: number, index: number): number => {
    if (patternWeeklyCalls === 0 && calls > 0) throw new PatternWithoutCalls(index + 1);
    const scale = patternWeeklyCalls > 0 ? calls / patternWeeklyCalls : 0;
    if (scale === 1) return pattern.summary.fte;
    let fte = byScale.get(scale);
    if (fte === undefined) {
      const scaled = { ...adjustments, volumeFactor: adjustments.volumeFactor * scale };
      try {
        fte = computePlan(rows, staffed, scaled).summary.fte;
      } catch (error) {
        if (error instanceof IntervalNotComputable) throw new WeekNotComputable(index + 1, calls, error);
        throw error;
      }
      byScale.set(scale, fte);
    }
    return fte;
  };
  return { weeklyCalls: patternWeeklyCalls, requiredFte: (weeklyCalls) => weeklyCalls.map(fteAt) };
}

/** Rows of a column to read before a plan's weeks are known: a header, 520 weeks and a margin. */
const WHOLE_COLUMN_ROWS = MAX_WEEKS + 3;
/** More rows than this in a selection cannot be a column of weeks, however many are blank. */
const MAX_SELECTED_ROWS = 4 * MAX_WEEKS;
const LAST_ROW = 1_048_576;

/**
 * The rows to read for a column of weeks the person gave: the block itself; for a whole column
 * (B:B), its first 523 rows with blank cells above the first value skipped. A block of several
 * columns or of thousands of rows is refused before anything is read.
 */
export function weeksColumnRows(
  block: { top: number; bottom: number; left: number; right: number },
  address: string,
): { top: number; bottom: number; wholeColumn: boolean } | WeeksColumnProblem {
  if (block.left !== block.right) return { code: "weeksNotOneColumn", address };
  if (block.top === 1 && block.bottom === LAST_ROW) return { top: 1, bottom: WHOLE_COLUMN_ROWS, wholeColumn: true };
  const rows = block.bottom - block.top + 1;
  if (rows > MAX_SELECTED_ROWS) return { code: "tooManyWeeks", weeks: rows, limit: MAX_WEEKS };
  return { top: block.top, bottom: block.bottom, wholeColumn: false };
}

export interface WeeksColumn {
  /** One number per week. */
  values: number[];
  /** 1-based worksheet row of week 1 (below a header cell, if there was one). */
  firstRow: number;
  problems: WeeksColumnProblem[];
}

/**
 * Reads a column of weeks (see the module comment): `column` says what it holds, for messages;
 * `address` is the range as the person gave it. For a whole column, blank cells above its first
 * value are not weeks.
 */
export function parseWeeksColumn(grid: CellGrid, column: WeeksColumnKind, address: string, wholeColumn = false): WeeksColumn {
  const result: WeeksColumn = { values: [], firstRow: grid.topRow, problems: [] };
  if (grid.values.some((row) => row.length !== 1)) {
    result.problems.push({ code: "weeksNotOneColumn", address });
    return result;
  }
  let cells = grid.values.map((row) => row[0]);
  if (wholeColumn) {
    const first = cells.findIndex((cell) => cellKind(cell) !== "blank");
    const skipped = first < 0 ? cells.length : first;
    cells = cells.slice(skipped);
    result.firstRow += skipped;
  }
  if (cells.length > 1 && cellKind(cells[0]) === "text") {
    cells = cells.slice(1);
    result.firstRow += 1;
  }
  let last = cells.length;
  while (last > 0 && cellKind(cells[last - 1]) === "blank") last--;
  cells = cells.slice(0, last);
  if (cells.length === 0) {
    result.problems.push({ code: "noWeeks", address });
    return result;
  }
  if (cells.length > MAX_WEEKS) {
    result.problems.push({ code: "tooManyWeeks", weeks: cells.length, limit: MAX_WEEKS });
    return result;
  }
  return { ...checkWeeks(cells, grid, result.firstRow, column), firstRow: result.firstRow };
}

/**
 * Each cell a number of 0 or more, week 1 at `firstRow`; a blank hires cell is no class (0), a
 * blank cell of any other column a problem.
 */
function checkWeeks(cells: unknown[], grid: CellGrid, firstRow: number, column: WeeksColumnKind): Omit<WeeksColumn, "firstRow"> {
  const values: number[] = [];
  const problems: WeeksColumnProblem[] = [];
  cells.forEach((value, i) => {
    const week = i + 1;
    const cell = cellAddress(grid.sheetName, grid.leftColumn, firstRow + i);
    const kind = cellKind(value);
    if (kind === "blank" && column === "hires") values.push(0);
    else if (kind === "blank") problems.push({ code: "blankWeek", cell, week, column });
    else if (kind === "error") problems.push({ code: "errorInWeek", cell, week, value: cellText(value), column });
    else if (kind === "text") problems.push({ code: "textInWeek", cell, week, value: cellText(value), column });
    else if ((value as number) < 0) problems.push({ code: "negativeWeek", cell, week, value: value as number, column });
    else values.push(value as number);
  });
  return { values, problems };
}

/**
 * The weeks of a column the add-in wrote (a capacity plan's required FTE or hires, as the person
 * may have typed over them): exactly one cell per week from the grid's top, no header.
 */
export function parseSheetWeeks(grid: CellGrid, column: WeeksColumnKind): WeeksColumn {
  return { ...checkWeeks(grid.values.map((row) => row[0]), grid, grid.topRow, column), firstRow: grid.topRow };
}
