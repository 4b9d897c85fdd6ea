/**
 * Reading actuals: an ACD or telephony export, one row per interval, turned into validated rows.
 * Columns are recognised by their headers (report-headers.ts) or mapped by hand, and every row is
 * checked cell by cell before anything is written, as the forecast is (forecast.ts): problems
 * are codes naming the cell, worded by the pane's string table.
 *
 * Columns:
 * - when the interval starts: one column of dates and times, or a date column and a time column
 *   (read by when.ts, as the forecast's). Actuals must be dated: periods (day, week, month) and
 *   matching a dated plan need the date.
 * - required: calls offered, calls answered, calls abandoned, AHT in seconds, and either calls
 *   answered within the target time or a service level column (as a percent: answered within =
 *   service level × offered, the ACD's own definition of "short abandons are misses").
 * - optional: calls abandoned within the target time (needed when the contract leaves short
 *   abandons out or counts them as met), ASA in seconds, staff scheduled, agents logged in or
 *   staffed hours, adherence and shrinkage (percent columns: fractions, or percent points when
 *   the whole column says so; see number-cells.ts).
 *
 * Blanks: a count, staff or hours cell must hold a number (0 for none); AHT and ASA may be blank
 * (or 0) where no call was answered; the service level where no call was offered; adherence and
 * shrinkage where nobody was scheduled or logged in. Missing data is never read as 0.
 *
 * Counts are taken as the ACD reports them: answered calls may include calls offered in the
 * interval before, so "answered within" is not checked against "offered".
 */
import { cellAddress } from "./addresses";
import { cellKind, cellText } from "./cells";
import { secondsAsTime } from "./forecast";
import { chooseColumns, looksLikeHeaderRow, recogniseByRules, sameColumnProblems } from "./headers";
import { dataRowsEnd, percentScaleOf, readAmount, readPercent, type NumberCellProblem, type PercentScale } from "./number-cells";
import { ACTUALS_ROLES, ACTUALS_RULES, type ActualsRole } from "./report-headers";
import type { CellGrid } from "./types";
import {
  inferIntervalMinutes,
  isDated,
  readWhen,
  repeatedIntervals,
  type RepeatedInterval,
  type When,
  type WhenProblem,
} from "./when";

export type { ActualsRole };

/** A month of quarter-hours: the most intervals an import may have (31 × 96). */
export const MAX_ACTUALS_ROWS = 31 * 96;

/** Which column of the grid (0-based) holds each role; null: none. */
export type ActualsMapping = Record<ActualsRole, number | null>;

/** Roles whose cells are percents. */
export const PERCENT_ROLES = ["serviceLevel", "adherence", "shrinkage"] as const satisfies readonly ActualsRole[];
export type PercentRole = (typeof PERCENT_ROLES)[number];

/** One validated interval of actuals. */
export interface ActualRow extends When {
  /** Excel date serial of the interval's day (actuals are always dated). */
  day: number;
  /** Display addresses of the interval and offered cells, for messages. */
  intervalCell: string;
  offeredCell: string;
  offered: number;
  answered: number;
  /** Calls answered within the target time (service level × offered when read from a service level column). */
  answeredWithin: number;
  abandoned: number;
  /** Calls abandoned within the target time; null without such a column. */
  abandonedWithin: number | null;
  /** Average handle time, seconds; null where no call was answered. */
  ahtSeconds: number | null;
  /** Average speed of answer, seconds; null without the column or where no call was answered. */
  asaSeconds: number | null;
  staffScheduled: number | null;
  agentsLoggedIn: number | null;
  /** Agent-hours logged in during the interval. */
  staffedHours: number | null;
  /** Fractions; null without the column, or blank where nobody was scheduled. */
  adherence: number | null;
  shrinkage: number | null;
}

export type ActualsProblem =
  | WhenProblem
  | RepeatedInterval
  | NumberCellProblem<ActualsRole>
  /** No date anywhere: neither a date column nor dates in the interval column. */
  | { code: "actualsWithoutDates" }
  /** An interval cell of text that does not start with a time ("Morning"): actuals are matched by time. */
  | { code: "notATime"; cell: string; value: string }
  /** A cell of seconds (AHT, ASA) holding a time: `seconds` is what it probably meant. */
  | { code: "secondsAsTime"; cell: string; column: "aht" | "asa"; value: string; seconds: number }
  /** An AHT of 0 or less where calls were answered. */
  | { code: "ahtNotPositive"; cell: string; value: number }
  /** A required column is missing; "answeredWithin" stands for "answered within, or a service level". */
  | { code: "columnNotFound"; column: ActualsRole }
  | { code: "sameColumnTwice"; column: ActualsRole; other: ActualsRole }
  | { code: "noDataRows" }
  | { code: "tooManyRows"; rows: number; limit: number };

export interface ActualsReading {
  headers: string[];
  hasHeaderRow: boolean;
  mapping: ActualsMapping;
  /** Roles recognised from header texts (false: chosen by hand, or not found). */
  recognised: Record<ActualsRole, boolean>;
  rows: ActualRow[];
  problems: ActualsProblem[];
  /** Distinct dates. */
  days: number;
  /** The interval length the rows' starts show, in minutes, or null. */
  intervalMinutes: number | null;
  /** How each percent column present was read. */
  percentScales: Partial<Record<PercentRole, PercentScale>>;
}

export interface ParseActualsOptions {
  /** Roles given by hand (0-based column within the grid; null: no such column). Absent roles are recognised. */
  mapping?: Partial<ActualsMapping>;
  /** Whether the first row holds headers; absent: yes when it has text and no numbers. */
  hasHeaderRow?: boolean;
}

const REQUIRED: ActualsRole[] = ["interval", "offered", "answered", "abandoned", "aht"];

function mappingProblems(mapping: ActualsMapping): ActualsProblem[] {
  const problems: ActualsProblem[] = [];
  for (const role of REQUIRED) if (mapping[role] === null) problems.push({ code: "columnNotFound", column: role });
  if (mapping.answeredWithin === null && mapping.serviceLevel === null) {
    problems.push({ code: "columnNotFound", column: "answeredWithin" });
  }
  problems.push(...sameColumnProblems(mapping, ACTUALS_ROLES));
  return problems;
}

export function parseActuals(grid: CellGrid, options: ParseActualsOptions = {}): ActualsReading {
  const values = grid.values;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(values[0] ?? []);
  const headers = hasHeaderRow ? Array.from({ length: width }, (_, i) => cellText(values[0]?.[i]).trim()) : [];
  const { mapping, recognised } = chooseColumns(
    recogniseByRules(headers, ACTUALS_RULES, ACTUALS_ROLES),
    options.mapping ?? {},
    ACTUALS_ROLES,
    width,
  );
  const reading: ActualsReading = {
    headers,
    hasHeaderRow,
    mapping,
    recognised,
    rows: [],
    problems: mappingProblems(mapping),
    days: 0,
    intervalMinutes: null,
    percentScales: {},
  };
  if (reading.problems.length > 0) return reading;

  const used = ACTUALS_ROLES.map((role) => mapping[role]).filter((c): c is number => c !== null);
  const start = hasHeaderRow ? 1 : 0;
  const rowsEnd = dataRowsEnd(values, used, start, MAX_ACTUALS_ROWS);
  if ("code" in rowsEnd) {
    reading.problems.push(rowsEnd);
    return reading;
  }
  const end = rowsEnd.end;
  const whenColumns = { date: mapping.date, interval: mapping.interval as number };
  if (!isDated(values, start, end, whenColumns)) {
    reading.problems.push({ code: "actualsWithoutDates" });
    return reading;
  }
  for (const role of PERCENT_ROLES) {
    const column = mapping[role];
    if (column !== null) reading.percentScales[role] = percentScaleOf(values, column, start, end);
  }

  for (let r = start; r < end; r++) {
    const row = values[r] ?? [];
    const at = (c: number) => cellAddress(grid.sheetName, grid.leftColumn + c, grid.topRow + r);
    const problems: ActualsProblem[] = [];
    const { when, problems: whenProblems } = readWhen(row, whenColumns, true, at);
    problems.push(...whenProblems);
    const cell = (role: ActualsRole) => at(mapping[role] as number);
    const amount = (role: ActualsRole, blank: "missing" | "allowed" = "missing"): number | null => {
      if (mapping[role] === null) return null;
      const read = readAmount(row[mapping[role] as number], cell(role), role, blank);
      if (read.problem) problems.push(read.problem);
      return read.value;
    };
    const percent = (role: PercentRole, blankAllowed: boolean): number | null => {
      if (mapping[role] === null) return null;
      const read = readPercent(row[mapping[role] as number], cell(role), role, reading.percentScales[role] ?? "fraction", blankAllowed ? "allowed" : "missing");
      if (read.problem) problems.push(read.problem);
      return read.value;
    };
    /** Seconds that may be blank (or 0, for AHT) where no call was answered. */
    const seconds = (role: "aht" | "asa", answered: number | null): number | null => {
      const column = mapping[role];
      if (column === null) return null;
      const value = row[column];
      const asTime = cellKind(value) === "number" || cellKind(value) === "text" ? secondsAsTime(value, grid.numberFormats?.[r]?.[column]) : null;
      if (asTime !== null) {
        problems.push({ code: "secondsAsTime", cell: cell(role), column: role, ...asTime });
        return null;
      }
      const noneAnswered = answered === 0;
      const read = readAmount(value, cell(role), role, noneAnswered ? "allowed" : "missing");
      if (read.problem) problems.push(read.problem);
      if (read.value === null || noneAnswered) return null;
      if (role === "aht" && read.value <= 0) {
        problems.push({ code: "ahtNotPositive", cell: cell(role), value: read.value });
        return null;
      }
      return read.value;
    };

    const offered = amount("offered");
    const answered = amount("answered");
    const within = amount("answeredWithin");
    const serviceLevel = mapping.answeredWithin === null ? percent("serviceLevel", offered === 0) : null;
    const abandoned = amount("abandoned");
    const abandonedWithin = amount("abandonedWithin");
    const aht = seconds("aht", answered);
    const asa = seconds("asa", answered);
    const staffScheduled = amount("staffScheduled");
    const agentsLoggedIn = amount("agentsLoggedIn");
    const staffedHours = amount("staffedHours");
    const nobody = [staffScheduled, agentsLoggedIn, staffedHours].some((v) => v === 0);
    const adherence = percent("adherence", nobody);
    const shrinkage = percent("shrinkage", nobody);

    if (when !== null && when.secondOfDay === null) {
      problems.push({ code: "notATime", cell: at(whenColumns.interval), value: cellText(when.interval) });
    }
    reading.problems.push(...problems);
    if (problems.length > 0 || when === null || when.day === null) continue;
    reading.rows.push({
      ...when,
      day: when.day,
      intervalCell: at(whenColumns.interval),
      offeredCell: cell("offered"),
      offered: offered as number,
      answered: answered as number,
      answeredWithin: within ?? (serviceLevel ?? 0) * (offered as number),
      abandoned: abandoned as number,
      abandonedWithin,
      ahtSeconds: aht,
      asaSeconds: asa,
      staffScheduled,
      agentsLoggedIn,
      staffedHours,
      adherence,
      shrinkage,
    });
  }
  reading.problems.push(...repeatedIntervals(reading.rows, true));
  reading.days = new Set(reading.rows.map((row) => row.day)).size;
  reading.intervalMinutes = inferIntervalMinutes(reading.rows);
  return reading;
}
