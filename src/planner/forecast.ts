/**
 * Turning a block of cells into validated forecast rows: find the header row, recognise the
 * columns (headers.ts) or take the person's mapping, and check every row before anything is
 * written. Problems name the cell ("Forecast!C7") and what is wrong, as codes the pane words.
 *
 * A forecast is either a single day's pattern (interval cells hold times of day, or text) or
 * dated: its interval cells hold dates and times, or a date column gives each row's day. A dated
 * forecast may span days, weeks or a month (up to MAX_FORECAST_ROWS intervals); no two rows may
 * start at the same moment, and in a pattern without dates no time may come twice (a pattern
 * that runs past midnight needs dates).
 *
 * The interval length is not a column: it is the scenario's. `inferIntervalMinutes` reads it
 * from the rows' start times where they show it, and `intervalLengthProblems` refuses, by cell,
 * a forecast whose rows are not that far apart.
 */
import { LIMITS, withinLimit } from "../engine";
import { cellAddress, columnLetters } from "./addresses";
import { cellKind, cellText, intervalLabel } from "./cells";
import {
  dateLabel,
  isTimeFormat,
  LAST_EXCEL_DAY,
  secondsAtStartOfText,
  secondsOfTimeText,
  splitSerial,
  timeLabel,
} from "./dates";
import { recogniseHeaders } from "./headers";
import type {
  CellGrid,
  ColumnMapping,
  ForecastProblem,
  ForecastReading,
  ForecastRole,
  ForecastRow,
} from "./types";

/**
 * Most intervals a plan may have: a month of 15-minute intervals (31 × 96 = 2,976). Each row
 * becomes about ten formulas written in one request, and Excel on the web refuses requests over
 * ~5 MB.
 */
export const MAX_FORECAST_ROWS = 3000;

const SECONDS_PER_DAY = 86_400;

export interface ParseForecastOptions {
  /** Roles given by hand (0-based column within the grid; null: no such column). Absent roles are recognised. */
  mapping?: Partial<ColumnMapping>;
  defaultAhtSeconds?: number | null;
  /** Whether the first row holds headers; absent: yes when it has text and no numbers. */
  hasHeaderRow?: boolean;
}

const ROLES: ForecastRole[] = ["date", "interval", "calls", "aht"];

function looksLikeHeaderRow(row: unknown[]): boolean {
  const kinds = row.map(cellKind);
  return kinds.some((k) => k === "text") && !kinds.some((k) => k === "number");
}

/** "0:04:00" for an Excel time used as a duration. */
function durationText(seconds: number): string {
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/**
 * The seconds an AHT cell probably meant when it holds an Excel time instead of seconds: a
 * number below 1 shown as a time or on a whole second (0:04:00 is 0.0027777…), or time text
 * ("4:00" is 4 minutes, "0:04:00" too). Null when the cell is not a time.
 */
function ahtAsTime(value: unknown, format: string | undefined): { value: string; seconds: number } | null {
  if (typeof value === "string") {
    const seconds = secondsOfTimeText(value, "duration");
    return seconds === null || seconds === 0 ? null : { value: value.trim(), seconds };
  }
  if (typeof value !== "number" || !(value > 0 && value < 1)) return null;
  const seconds = Math.round(value * SECONDS_PER_DAY);
  const onWholeSecond = Math.abs(value * SECONDS_PER_DAY - seconds) < 1e-6;
  if (seconds < 1 || !(isTimeFormat(format) || onWholeSecond)) return null;
  return { value: durationText(seconds), seconds };
}

/** The mapping to use: roles given by hand, the rest recognised from the headers. */
function chooseMapping(
  headers: string[],
  given: Partial<ColumnMapping>,
): { mapping: ColumnMapping; recognised: Record<ForecastRole, boolean> } {
  const recognisedMapping = recogniseHeaders(headers);
  const mapping: ColumnMapping = { date: null, interval: null, calls: null, aht: null };
  const recognised: Record<ForecastRole, boolean> = { date: false, interval: false, calls: false, aht: false };
  for (const role of ROLES) {
    if (Object.prototype.hasOwnProperty.call(given, role) && given[role] !== undefined) {
      mapping[role] = given[role] ?? null;
    } else {
      mapping[role] = recognisedMapping[role];
      recognised[role] = recognisedMapping[role] !== null;
    }
  }
  // A lone "Date" column with no interval column is the forecast's dates and times.
  if (mapping.interval === null && recognised.date && !Object.prototype.hasOwnProperty.call(given, "interval")) {
    mapping.interval = mapping.date;
    mapping.date = null;
    recognised.interval = true;
    recognised.date = false;
  }
  return { mapping, recognised };
}

export function parseForecast(grid: CellGrid, options: ParseForecastOptions = {}): ForecastReading {
  const values = grid.values;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const firstRow = values[0] ?? [];
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(firstRow);
  const headers = hasHeaderRow ? Array.from({ length: width }, (_, i) => cellText(firstRow[i]).trim()) : [];
  const { mapping, recognised } = chooseMapping(headers, options.mapping ?? {});
  const problems: ForecastProblem[] = [];

  let defaultAht = options.defaultAhtSeconds ?? null;
  if (defaultAht !== null && !(typeof defaultAht === "number" && withinLimit(defaultAht, LIMITS.aht))) {
    // The engine's own range, as for the AHT cells below.
    problems.push({ code: "defaultAhtInvalid", value: String(defaultAht), min: LIMITS.aht.low, max: LIMITS.aht.high });
    defaultAht = null;
  }

  for (const role of ROLES) {
    const column = mapping[role];
    if (column !== null && (column < 0 || column >= width || !Number.isInteger(column))) mapping[role] = null;
  }
  if (mapping.interval === null) problems.push({ code: "columnNotFound", column: "interval" });
  if (mapping.calls === null) problems.push({ code: "columnNotFound", column: "calls" });
  if (mapping.aht === null && defaultAht === null && options.defaultAhtSeconds == null) {
    problems.push({ code: "columnNotFound", column: "aht" });
  }
  for (let i = 0; i < ROLES.length; i++) {
    for (let j = i + 1; j < ROLES.length; j++) {
      const a = mapping[ROLES[i]];
      if (a !== null && a === mapping[ROLES[j]]) {
        problems.push({ code: "sameColumnTwice", column: ROLES[j], other: ROLES[i] });
      }
    }
  }

  const reading: ForecastReading = {
    headers,
    hasHeaderRow,
    mapping,
    recognised,
    rows: [],
    problems,
    reference: null,
    days: 0,
    intervalMinutes: null,
  };
  if (problems.length > 0) return reading;

  const dateColumn = mapping.date;
  const intervalColumn = mapping.interval as number;
  const callsColumn = mapping.calls as number;
  const ahtColumn = mapping.aht;
  const used = [dateColumn, intervalColumn, callsColumn, ahtColumn].filter((c): c is number => c !== null);
  const start = hasHeaderRow ? 1 : 0;
  let end = values.length;
  while (end > start && used.every((c) => cellKind(values[end - 1][c]) === "blank")) end--;
  const dataRows = end - start;
  if (dataRows === 0) {
    problems.push({ code: "noDataRows" });
    return reading;
  }
  if (dataRows > MAX_FORECAST_ROWS) {
    problems.push({ code: "tooManyRows", rows: dataRows, limit: MAX_FORECAST_ROWS });
    return reading;
  }

  const at = (r: number, c: number): string => cellAddress(grid.sheetName, grid.leftColumn + c, grid.topRow + r);
  // Without a date column, a forecast is dated when any interval cell holds a date.
  const dated =
    dateColumn !== null ||
    values.slice(start, end).some((row) => typeof row[intervalColumn] === "number" && (row[intervalColumn] as number) >= 1);

  for (let r = start; r < end; r++) {
    const row = values[r];
    const before = problems.length;

    let day: number | null = null;
    if (dateColumn !== null) {
      const dateValue = row[dateColumn];
      const kind = cellKind(dateValue);
      const cell = at(r, dateColumn);
      if (kind === "blank") problems.push({ code: "missingDate", cell });
      else if (kind === "error") problems.push({ code: "errorInCell", cell, column: "date", value: cellText(dateValue) });
      else if (kind !== "number" || (dateValue as number) < 1 || (dateValue as number) >= LAST_EXCEL_DAY + 1) {
        problems.push({ code: "notADate", cell, value: cellText(dateValue) });
      } else day = Math.floor(dateValue as number);
    }

    const intervalValue = row[intervalColumn];
    const intervalKind = cellKind(intervalValue);
    const intervalCell = at(r, intervalColumn);
    let secondOfDay: number | null = null;
    if (intervalKind === "blank") problems.push({ code: "missingInterval", cell: intervalCell });
    else if (intervalKind === "error") {
      problems.push({ code: "errorInCell", cell: intervalCell, column: "interval", value: cellText(intervalValue) });
    } else if (intervalKind === "number") {
      const serial = intervalValue as number;
      if (serial < 0 || serial >= LAST_EXCEL_DAY + 1) problems.push({ code: "notADate", cell: intervalCell, value: cellText(serial) });
      else {
        const split = splitSerial(serial);
        secondOfDay = split.secondOfDay;
        if (dateColumn === null && dated) {
          if (split.day === 0) problems.push({ code: "missingDate", cell: intervalCell });
          else day = split.day;
        }
      }
    } else {
      secondOfDay = secondsAtStartOfText(cellText(intervalValue));
      if (dateColumn === null && dated) problems.push({ code: "missingDate", cell: intervalCell });
    }

    const callsValue = row[callsColumn];
    const callsKind = cellKind(callsValue);
    if (callsKind === "blank") problems.push({ code: "missingCalls", cell: at(r, callsColumn) });
    else if (callsKind === "error") {
      problems.push({ code: "errorInCell", cell: at(r, callsColumn), column: "calls", value: cellText(callsValue) });
    } else if (callsKind === "text") {
      problems.push({ code: "textInNumberColumn", cell: at(r, callsColumn), column: "calls", value: cellText(callsValue) });
    } else if ((callsValue as number) < LIMITS.calls.low) {
      problems.push({ code: "negativeCalls", cell: at(r, callsColumn), value: callsValue as number });
    }

    let aht = defaultAht;
    let ahtCell: string | null = null;
    if (ahtColumn !== null) {
      const ahtValue = row[ahtColumn];
      const ahtKind = cellKind(ahtValue);
      const cell = at(r, ahtColumn);
      const asTime = ahtKind === "number" || ahtKind === "text" ? ahtAsTime(ahtValue, grid.numberFormats?.[r]?.[ahtColumn]) : null;
      if (ahtKind === "blank") {
        if (defaultAht === null) problems.push({ code: "missingAht", cell });
      } else if (ahtKind === "error") {
        problems.push({ code: "errorInCell", cell, column: "aht", value: cellText(ahtValue) });
      } else if (asTime !== null) {
        problems.push({ code: "ahtIsTime", cell, ...asTime });
      } else if (ahtKind === "text") {
        problems.push({ code: "textInNumberColumn", cell, column: "aht", value: cellText(ahtValue) });
      } else if (!withinLimit(ahtValue as number, LIMITS.aht)) {
        // The engine's own range, so a row that passes here is one the plan can compute.
        problems.push({ code: "ahtOutOfRange", cell, value: ahtValue as number, min: LIMITS.aht.low, max: LIMITS.aht.high });
      } else {
        aht = ahtValue as number;
        ahtCell = cell;
      }
    }

    if (problems.length === before) {
      const interval = typeof intervalValue === "number" ? intervalValue : cellText(intervalValue);
      reading.rows.push({
        interval,
        intervalLabel: day !== null ? labelOnDay(day, interval, secondOfDay) : intervalLabel(interval),
        day,
        secondOfDay,
        callsOffered: callsValue as number,
        averageHandleSeconds: aht as number,
        callsCell: at(r, callsColumn),
        intervalCell,
        ahtCell,
      });
    }
  }
  problems.push(...repeatedIntervals(reading.rows, dated));

  reading.days = dated ? new Set(reading.rows.map((row) => row.day)).size : 0;
  reading.intervalMinutes = inferIntervalMinutes(reading.rows);
  reading.reference = {
    sheetName: grid.sheetName,
    tableName: grid.tableName,
    firstRow: grid.topRow + start,
    rowCount: dataRows,
    dateColumn: dateColumn === null ? null : columnLetters(grid.leftColumn + dateColumn),
    intervalColumn: columnLetters(grid.leftColumn + intervalColumn),
    callsColumn: columnLetters(grid.leftColumn + callsColumn),
    ahtColumn: ahtColumn === null ? null : columnLetters(grid.leftColumn + ahtColumn),
    defaultAhtSeconds: defaultAht,
  };
  return reading;
}

/** "2025-03-10 08:00" for a dated row (midnight included), "2025-03-10 Morning" for a text interval. */
function labelOnDay(day: number, interval: number | string, secondOfDay: number | null): string {
  return `${dateLabel(day)} ${typeof interval === "number" && secondOfDay !== null ? timeLabel(secondOfDay) : intervalLabel(interval)}`;
}

/** A row's start as seconds from Excel's day 0, or null when its interval cell is text without a time. */
function startOf(row: ForecastRow): number | null {
  return row.secondOfDay === null ? null : (row.day ?? 0) * SECONDS_PER_DAY + row.secondOfDay;
}

/** Rows that start at the same moment as an earlier row. */
function repeatedIntervals(rows: ForecastRow[], dated: boolean): ForecastProblem[] {
  const seen = new Map<number, string>();
  const problems: ForecastProblem[] = [];
  for (const row of rows) {
    const start = startOf(row);
    if (start === null) continue;
    const first = seen.get(start);
    if (first === undefined) seen.set(start, row.intervalCell);
    else problems.push({ code: "repeatedInterval", cell: row.intervalCell, first, dated });
  }
  return problems;
}

/** Consecutive distinct starts in time order, each with the later row's interval cell. */
function steps(rows: ForecastRow[]): { seconds: number; cell: string }[] {
  const starts = rows
    .map((row) => ({ start: startOf(row), cell: row.intervalCell }))
    .filter((s): s is { start: number; cell: string } => s.start !== null)
    .sort((a, b) => a.start - b.start);
  const result: { seconds: number; cell: string }[] = [];
  for (let i = 1; i < starts.length; i++) {
    const seconds = starts[i].start - starts[i - 1].start;
    if (seconds > 0) result.push({ seconds, cell: starts[i].cell });
  }
  return result;
}

/**
 * The interval length the rows show: the smallest gap between consecutive start times, in
 * minutes, when every gap is a whole number of it (gaps overnight or over a closed weekend are).
 * Null when fewer than two rows have times, or the gaps do not agree.
 */
export function inferIntervalMinutes(rows: ForecastRow[]): number | null {
  const gaps = steps(rows);
  if (gaps.length === 0) return null;
  const smallest = Math.min(...gaps.map((g) => g.seconds));
  return gaps.every((g) => g.seconds % smallest === 0) ? smallest / 60 : null;
}

/**
 * Why the rows do not fit intervals of `intervalMinutes`: the first gap between consecutive
 * start times that is not a whole number of intervals, or, when every gap is a multiple but none
 * is one interval, the first smallest gap (a forecast of hours planned in half-hours); and a
 * pattern without dates with more intervals than a day holds.
 */
export function intervalLengthProblems(rows: ForecastRow[], intervalMinutes: number): ForecastProblem[] {
  const length = intervalMinutes * 60;
  const gaps = steps(rows);
  const problems: ForecastProblem[] = [];
  const offGrid = gaps.find((g) => g.seconds % length !== 0);
  const smallest = gaps.reduce<{ seconds: number; cell: string } | null>((a, g) => (a === null || g.seconds < a.seconds ? g : a), null);
  const wrong = offGrid ?? (smallest !== null && smallest.seconds > length ? smallest : null);
  if (wrong) {
    problems.push({ code: "intervalStep", cell: wrong.cell, stepMinutes: wrong.seconds / 60, chosenMinutes: intervalMinutes });
  }
  // A wrong length explains too many rows for a day; only rows whose times cannot tell need this.
  const perDay = Math.floor(1440 / intervalMinutes);
  if (!wrong && rows.length > perDay && rows.every((row) => row.day === null)) {
    problems.push({ code: "longerThanADay", cell: rows[perDay].intervalCell, rows: rows.length, chosenMinutes: intervalMinutes });
  }
  return problems;
}
