/**
 * Team metrics: a table by day or by week (scheduled and worked hours, quality scores and
 * evaluations, complaints and contacts handled, leavers), read and checked cell by cell as the
 * actuals are, turned into weekly figures with a red/amber/green status against targets.
 *
 * Definitions (stated in the README):
 * - attendance = worked hours ÷ scheduled hours; absenteeism = 1 − attendance;
 * - quality = the average score, weighted by the number of evaluations when the table has them
 *   (a week's score from its days: Σ score × evaluations ÷ Σ evaluations), else the plain mean;
 * - complaints per 1,000 contacts handled = complaints ÷ contacts handled × 1,000;
 * - evaluations and leavers are counts per week; a period's figure is its weekly average.
 * A table of days is summed into calendar weeks (Monday to Sunday) for the weekly table, the
 * statuses and the trend; a table of weeks is used as it is (each row's date starts its week).
 *
 * Status: each metric has a target and an amber limit on the far side of it. At or better than
 * the target is green; at or better than the amber limit, amber; worse, red. Higher is better for
 * attendance, quality and evaluations; lower for absenteeism, complaints and leavers.
 */
import { cellAddress } from "./addresses";
import { cellKind, cellText } from "./cells";
import { LAST_EXCEL_DAY } from "./dates";
import { chooseColumns, looksLikeHeaderRow, recogniseByRules, sameColumnProblems } from "./headers";
import { dataRowsEnd, percentScaleOf, readAmount, readPercent, type NumberCellProblem, type PercentScale } from "./number-cells";
import { mondayOf } from "./periods";
import { TEAM_ROLES, TEAM_RULES, type TeamRole } from "./report-headers";
import { storedValue } from "./scenarios";
import { UNKNOWN_CULTURE, type NumberCulture } from "./numbers";
import { FieldReader, fieldText } from "./targets";
import type { CellGrid, FieldProblem } from "./types";

export type { TeamRole };

/** Two years of days: the most rows a team table may have. */
export const MAX_TEAM_ROWS = 731;

export type TeamMapping = Record<TeamRole, number | null>;
export type Granularity = "day" | "week";

export interface TeamRow {
  /** Date serial of the day, or of the week's first day. */
  period: number;
  periodCell: string;
  scheduledHours: number;
  workedHours: number;
  /** A fraction; null without the column. */
  qualityScore: number | null;
  evaluations: number | null;
  complaints: number | null;
  contactsHandled: number | null;
  leavers: number | null;
}

export type TeamProblem =
  | NumberCellProblem<TeamRole>
  | { code: "missingPeriod"; cell: string }
  | { code: "notADate"; cell: string; value: string }
  | { code: "repeatedPeriod"; cell: string; first: string }
  | { code: "columnNotFound"; column: TeamRole }
  | { code: "sameColumnTwice"; column: TeamRole; other: TeamRole }
  /** Complaints need the contacts handled to be put per 1,000: a column, or actuals to take them from. */
  | { code: "contactsNeeded" }
  | { code: "noDataRows" }
  | { code: "tooManyRows"; rows: number; limit: number };

export interface TeamReading {
  headers: string[];
  hasHeaderRow: boolean;
  mapping: TeamMapping;
  recognised: Record<TeamRole, boolean>;
  rows: TeamRow[];
  problems: TeamProblem[];
  /** Days or weeks: as given, or what the dates show. */
  granularity: Granularity;
  qualityScale: PercentScale | null;
}

export interface ParseTeamOptions {
  mapping?: Partial<TeamMapping>;
  hasHeaderRow?: boolean;
  granularity?: Granularity;
}

const REQUIRED: TeamRole[] = ["period", "scheduledHours", "workedHours"];

/** Weeks when every gap between consecutive dates is a whole number of weeks (a single row is a week); days otherwise. */
function granularityOf(periods: number[]): Granularity {
  const sorted = [...periods].sort((a, b) => a - b);
  return sorted.slice(1).every((p, i) => (p - sorted[i]) % 7 === 0) ? "week" : "day";
}

export function parseTeamMetrics(grid: CellGrid, options: ParseTeamOptions = {}): TeamReading {
  const values = grid.values;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(values[0] ?? []);
  const headers = hasHeaderRow ? Array.from({ length: width }, (_, i) => cellText(values[0]?.[i]).trim()) : [];
  const { mapping, recognised } = chooseColumns(recogniseByRules(headers, TEAM_RULES, TEAM_ROLES), options.mapping ?? {}, TEAM_ROLES, width);
  const reading: TeamReading = {
    headers,
    hasHeaderRow,
    mapping,
    recognised,
    rows: [],
    problems: [],
    granularity: options.granularity ?? "week",
    qualityScale: null,
  };
  for (const role of REQUIRED) if (mapping[role] === null) reading.problems.push({ code: "columnNotFound", column: role });
  reading.problems.push(...sameColumnProblems(mapping, TEAM_ROLES));
  const mapped = TEAM_ROLES.filter((role) => mapping[role] !== null);
  if (reading.problems.length > 0) return reading;

  const used = mapped.map((role) => mapping[role] as number);
  const start = hasHeaderRow ? 1 : 0;
  const rowsEnd = dataRowsEnd(values, used, start, MAX_TEAM_ROWS);
  if ("code" in rowsEnd) {
    reading.problems.push(rowsEnd);
    return reading;
  }
  const end = rowsEnd.end;
  if (mapping.qualityScore !== null) reading.qualityScale = percentScaleOf(values, mapping.qualityScore, start, end);

  const seen = new Map<number, string>();
  for (let r = start; r < end; r++) {
    const row = values[r] ?? [];
    const at = (role: TeamRole) => cellAddress(grid.sheetName, grid.leftColumn + (mapping[role] as number), grid.topRow + r);
    const problems: TeamProblem[] = [];
    const periodValue = row[mapping.period as number];
    let period: number | null = null;
    const kind = cellKind(periodValue);
    if (kind === "blank") problems.push({ code: "missingPeriod", cell: at("period") });
    else if (kind !== "number" || (periodValue as number) < 1 || (periodValue as number) >= LAST_EXCEL_DAY + 1) {
      problems.push({ code: "notADate", cell: at("period"), value: cellText(periodValue) });
    } else period = Math.floor(periodValue as number);
    const amount = (role: TeamRole): number | null => {
      if (mapping[role] === null) return null;
      const read = readAmount(row[mapping[role] as number], at(role), role, "missing");
      if (read.problem) problems.push(read.problem);
      return read.value;
    };
    const scheduledHours = amount("scheduledHours");
    const workedHours = amount("workedHours");
    const evaluations = amount("evaluations");
    let qualityScore: number | null = null;
    if (mapping.qualityScore !== null) {
      // A period without evaluations has no score.
      const blank = evaluations === 0 ? "allowed" : "missing";
      const read = readPercent(row[mapping.qualityScore], at("qualityScore"), "qualityScore", reading.qualityScale ?? "fraction", blank);
      if (read.problem) problems.push(read.problem);
      qualityScore = read.value;
    }
    const complaints = amount("complaints");
    const contactsHandled = amount("contactsHandled");
    const leavers = amount("leavers");
    if (period !== null) {
      const first = seen.get(period);
      if (first !== undefined) problems.push({ code: "repeatedPeriod", cell: at("period"), first });
      else seen.set(period, at("period"));
    }
    reading.problems.push(...problems);
    if (problems.length > 0) continue;
    reading.rows.push({
      period: period as number,
      periodCell: at("period"),
      scheduledHours: scheduledHours as number,
      workedHours: workedHours as number,
      qualityScore,
      evaluations,
      complaints,
      contactsHandled,
      leavers,
    });
  }
  reading.rows.sort((a, b) => a.period - b.period);
  reading.granularity = options.granularity ?? granularityOf(reading.rows.map((r) => r.period));
  return reading;
}

// ---------------------------------------------------------------------------------------------
// Metrics, targets and statuses

export type TeamMetric = "attendance" | "absenteeism" | "quality" | "evaluations" | "complaintsPer1000" | "leavers";
export const TEAM_METRICS: readonly TeamMetric[] = ["attendance", "absenteeism", "quality", "evaluations", "complaintsPer1000", "leavers"];

/** Whether more is better for the metric. */
export const HIGHER_IS_BETTER: Record<TeamMetric, boolean> = {
  attendance: true,
  absenteeism: false,
  quality: true,
  evaluations: true,
  complaintsPer1000: false,
  leavers: false,
};

/** Fractions for attendance, absenteeism and quality; counts per week; complaints per 1,000 contacts. */
export interface MetricTarget {
  target: number;
  /** The limit of amber: below the target for a metric where higher is better, above it otherwise. */
  amber: number;
}

export type TeamTargets = Record<TeamMetric, MetricTarget>;

export function defaultTeamTargets(): TeamTargets {
  return {
    attendance: { target: 0.95, amber: 0.92 },
    absenteeism: { target: 0.05, amber: 0.08 },
    quality: { target: 0.85, amber: 0.8 },
    evaluations: { target: 40, amber: 30 },
    complaintsPer1000: { target: 0.8, amber: 1.2 },
    leavers: { target: 1, amber: 2 },
  };
}

export type Status = "green" | "amber" | "red";

export function statusOf(metric: TeamMetric, value: number, target: MetricTarget): Status {
  const better = (a: number, b: number) => (HIGHER_IS_BETTER[metric] ? a >= b : a <= b);
  if (better(value, target.target)) return "green";
  return better(value, target.amber) ? "amber" : "red";
}

/** The metrics a week (or the whole table) has; null where the table lacks the column or the week has nothing to divide by. */
export type MetricValues = Record<TeamMetric, number | null>;

/** One week of figures, from a row of weeks or the days of a calendar week. */
export interface TeamWeek {
  weekStart: number;
  /** Indexes of the rows it sums (one for a table of weeks). */
  rows: number[];
  scheduledHours: number;
  workedHours: number;
  evaluations: number | null;
  /** Σ score × evaluations (or Σ score without evaluations), over the rows with a score. */
  qualityPoints: number | null;
  /** Rows with a score (the divisor without evaluations). */
  scoredRows: number;
  complaints: number | null;
  contactsHandled: number | null;
  leavers: number | null;
  metrics: MetricValues;
}

export interface TeamReport {
  granularity: Granularity;
  /** Which metrics the table can give. */
  metrics: TeamMetric[];
  rows: TeamRow[];
  weeks: TeamWeek[];
  /** The whole table: ratios of totals, counts per week on average. */
  overall: MetricValues;
  /** Contacts per row taken from the actuals (no contacts column); null when the table has its own. */
  contactsFromActuals: (number | null)[] | null;
  targets: TeamTargets;
}

function sumOf(rows: readonly TeamRow[], value: (row: TeamRow) => number | null): number | null {
  if (rows.length === 0 || value(rows[0]) === null) return null;
  return rows.reduce((sum, row) => sum + (value(row) as number), 0);
}

function metricsOf(totals: Omit<TeamWeek, "weekStart" | "rows" | "metrics">, weeks: number, weighted: boolean): MetricValues {
  const attendance = totals.scheduledHours > 0 ? totals.workedHours / totals.scheduledHours : null;
  const divisor = weighted ? totals.evaluations : totals.scoredRows;
  return {
    attendance,
    absenteeism: attendance === null ? null : 1 - attendance,
    quality: totals.qualityPoints === null || !divisor ? null : totals.qualityPoints / divisor,
    evaluations: totals.evaluations === null ? null : totals.evaluations / weeks,
    complaintsPer1000:
      totals.complaints === null || totals.contactsHandled === null || totals.contactsHandled === 0
        ? null
        : (totals.complaints / totals.contactsHandled) * 1000,
    leavers: totals.leavers === null ? null : totals.leavers / weeks,
  };
}

/**
 * The weekly figures and statuses of a team table. `answeredByDay` gives the contacts handled
 * (calls answered, from the actuals) when the table has no column of its own.
 */
export function measureTeam(
  reading: Pick<TeamReading, "rows" | "granularity" | "mapping">,
  targets: TeamTargets,
  answeredByDay: ReadonlyMap<number, number> | null = null,
): { ok: true; report: TeamReport } | { ok: false; problems: TeamProblem[] } {
  const hasComplaints = reading.mapping.complaints !== null;
  let contactsFromActuals: (number | null)[] | null = null;
  let rows = reading.rows;
  if (hasComplaints && reading.mapping.contactsHandled === null) {
    if (answeredByDay === null) return { ok: false, problems: [{ code: "contactsNeeded" }] };
    const span = reading.granularity === "week" ? 7 : 1;
    contactsFromActuals = rows.map((row) => {
      let sum = 0;
      for (let d = row.period; d < row.period + span; d++) sum += answeredByDay.get(d) ?? 0;
      return sum;
    });
    rows = rows.map((row, i) => ({ ...row, contactsHandled: (contactsFromActuals as number[])[i] }));
  }
  const weighted = reading.mapping.evaluations !== null;
  const groups = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const start = reading.granularity === "week" ? row.period : mondayOf(row.period);
    groups.set(start, [...(groups.get(start) ?? []), i]);
  });
  const totalsOf = (indexes: number[]) => {
    const chosen = indexes.map((i) => rows[i]);
    const scored = chosen.filter((row) => row.qualityScore !== null);
    return {
      scheduledHours: chosen.reduce((s, row) => s + row.scheduledHours, 0),
      workedHours: chosen.reduce((s, row) => s + row.workedHours, 0),
      evaluations: sumOf(chosen, (row) => row.evaluations),
      qualityPoints:
        reading.mapping.qualityScore === null
          ? null
          : scored.reduce((s, row) => s + (row.qualityScore as number) * (weighted ? (row.evaluations as number) : 1), 0),
      scoredRows: scored.length,
      complaints: sumOf(chosen, (row) => row.complaints),
      contactsHandled: hasComplaints || reading.mapping.contactsHandled !== null ? sumOf(chosen, (row) => row.contactsHandled) : null,
      leavers: sumOf(chosen, (row) => row.leavers),
    };
  };
  const weeks: TeamWeek[] = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([weekStart, indexes]) => {
      const totals = totalsOf(indexes);
      const metrics = metricsOf(totals, 1, weighted);
      // A row that is a week keeps its own score (Σ score × evaluations ÷ Σ evaluations of one row is that score, up to rounding).
      if (reading.granularity === "week") metrics.quality = rows[indexes[0]].qualityScore;
      return { weekStart, rows: indexes, ...totals, metrics };
    });
  const overall = metricsOf(totalsOf(rows.map((_, i) => i)), Math.max(weeks.length, 1), weighted);
  const metrics = TEAM_METRICS.filter((metric) => {
    if (metric === "quality") return reading.mapping.qualityScore !== null;
    if (metric === "evaluations") return reading.mapping.evaluations !== null;
    if (metric === "complaintsPer1000") return hasComplaints;
    if (metric === "leavers") return reading.mapping.leavers !== null;
    return true;
  });
  return { ok: true, report: { granularity: reading.granularity, metrics, rows, weeks, overall, contactsFromActuals, targets } };
}

// ---------------------------------------------------------------------------------------------
// Targets typed in the pane, and stored in the workbook

export type TeamTargetField = `${TeamMetric}.${keyof MetricTarget}`;

/**
 * A typed target's problem: what every number field of the pane can have (FieldReader's, in
 * targets.ts: blank, not a number, out of range, an ambiguous "1.000"), or the amber limit on
 * the wrong side of the target.
 */
export type TeamTargetProblem =
  | FieldProblem<TeamTargetField>
  | { field: TeamTargetField; code: "amberWrongSide"; higherIsBetter: boolean };

/** Which metrics are percents (typed as 95, 95% or 0,95). */
export const PERCENT_METRICS: ReadonlySet<TeamMetric> = new Set(["attendance", "absenteeism", "quality"]);
const LIMITS: Record<TeamMetric, { min: number; max: number }> = {
  attendance: { min: 0, max: 1 },
  absenteeism: { min: 0, max: 1 },
  quality: { min: 0, max: 1 },
  evaluations: { min: 0, max: 100_000 },
  complaintsPer1000: { min: 0, max: 1000 },
  leavers: { min: 0, max: 100_000 },
};

/** Problems of targets however they came (typed, or read back from the workbook). */
export function teamTargetProblems(targets: TeamTargets): TeamTargetProblem[] {
  const problems: TeamTargetProblem[] = [];
  for (const metric of TEAM_METRICS) {
    const { min, max } = LIMITS[metric];
    const scale = PERCENT_METRICS.has(metric) ? 100 : 1;
    for (const key of ["target", "amber"] as const) {
      const value: unknown = targets[metric]?.[key];
      const field: TeamTargetField = `${metric}.${key}`;
      if (typeof value !== "number" || !Number.isFinite(value)) problems.push({ field, code: "notANumber", value: String(value) });
      else if (value < min || value > max) problems.push({ field, code: "outOfRange", value: value * scale, min: min * scale, max: max * scale });
    }
    const { target, amber } = targets[metric] ?? {};
    if (typeof target === "number" && typeof amber === "number" && (HIGHER_IS_BETTER[metric] ? amber > target : amber < target)) {
      problems.push({ field: `${metric}.amber`, code: "amberWrongSide", higherIsBetter: HIGHER_IS_BETTER[metric] });
    }
  }
  return problems;
}

/** Targets as the pane's fields show them: percents in percent. */
export function teamTargetsToInputs(targets: TeamTargets, decimalSeparator: "." | "," = "."): Record<TeamTargetField, string> {
  const inputs = {} as Record<TeamTargetField, string>;
  for (const metric of TEAM_METRICS) {
    for (const key of ["target", "amber"] as const) {
      inputs[`${metric}.${key}`] = fieldText(targets[metric][key] * (PERCENT_METRICS.has(metric) ? 100 : 1), decimalSeparator);
    }
  }
  return inputs;
}

/**
 * Reads the pane's fields with the FieldReader every form of the pane uses (targets.ts); every
 * field with a problem is listed. Numbers are read in the workbook's `culture` (numbers.ts):
 * either decimal mark, and an ambiguous "1.000" asked about rather than guessed.
 */
export function parseTeamTargetInputs(
  inputs: Record<TeamTargetField, string>,
  culture: NumberCulture = UNKNOWN_CULTURE,
): { targets: TeamTargets | null; problems: TeamTargetProblem[] } {
  const read = new FieldReader<TeamTargetField>(inputs, culture);
  const targets = {} as TeamTargets;
  for (const metric of TEAM_METRICS) {
    const { min, max } = LIMITS[metric];
    const value = (key: keyof MetricTarget): number => {
      const field: TeamTargetField = `${metric}.${key}`;
      const typed = PERCENT_METRICS.has(metric) ? read.percent(field, { min: min * 100, max: max * 100 }) : read.number(field, { min, max });
      return typed ?? NaN;
    };
    targets[metric] = { target: value("target"), amber: value("amber") };
  }
  // The rules across fields (amber beside its target), for the fields that were read.
  const typed = new Set(read.problems.map((p) => p.field));
  const problems: TeamTargetProblem[] = [...read.problems, ...teamTargetProblems(targets).filter((p) => !typed.has(p.field))];
  return { targets: problems.length === 0 ? targets : null, problems };
}

/** Settings key of the team targets, kept beside the scenarios. */
export const TEAM_TARGETS_SETTING = "wfm.teamTargets";
const TEAM_TARGETS_VERSION = 1;

export function toStoredTeamTargets(targets: TeamTargets): { version: number; targets: TeamTargets } {
  return { version: TEAM_TARGETS_VERSION, targets };
}

/**
 * Team targets read back from the workbook, rebuilt from their known fields and checked as
 * strictly as the pane's fields; null when anything is missing or wrong (the pane then offers
 * the defaults). Settings may hold the object or its JSON text.
 */
export function fromStoredTeamTargets(value: unknown): TeamTargets | null {
  const parsed = storedValue(value);
  if (typeof parsed !== "object" || parsed === null || typeof (parsed as { targets?: unknown }).targets !== "object") return null;
  const stored = (parsed as { targets: Record<string, unknown> }).targets;
  if (stored === null) return null;
  const targets = {} as TeamTargets;
  for (const metric of TEAM_METRICS) {
    const entry = stored[metric];
    if (typeof entry !== "object" || entry === null) return null;
    const { target, amber } = entry as Record<string, unknown>;
    targets[metric] = { target: target as number, amber: amber as number };
  }
  return teamTargetProblems(targets).length === 0 ? targets : null;
}
