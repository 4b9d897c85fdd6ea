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
import { cellKind, cellText } from "./cells";
import { isTimeFormat, secondsOfTimeText } from "./dates";
import { chooseColumns, looksLikeHeaderRow, recogniseHeaders, sameColumnProblems } from "./headers";
import { dataRowsEnd } from "./number-cells";
import type {
  CellGrid,
  ColumnMapping,
  ForecastProblem,
  ForecastReading,
  ForecastRole,
} from "./types";
import { inferIntervalMinutes, isDated, readWhen, repeatedIntervals } from "./when";

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

/** "0:04:00" for an Excel time used as a duration. */
function durationText(seconds: number): string {
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/**
 * The seconds a cell of seconds (an AHT, an ASA) probably meant when it holds an Excel time
 * instead: a number below 1 shown as a time or on a whole second (0:04:00 is 0.0027777…), or
 * time text ("4:00" is 4 minutes, "0:04:00" too). Null when the cell is not a time.
 */
export function secondsAsTime(value: unknown, format: string | undefined): { value: string; seconds: number } | null {
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

export function parseForecast(grid: CellGrid, options: ParseForecastOptions = {}): ForecastReading {
  const values = grid.values;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const firstRow = values[0] ?? [];
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(firstRow);
  const headers = hasHeaderRow ? Array.from({ length: width }, (_, i) => cellText(firstRow[i]).trim()) : [];
  const { mapping, recognised } = chooseColumns(recogniseHeaders(headers), options.mapping ?? {}, ROLES, width);
  const problems: ForecastProblem[] = [];

  let defaultAht = options.defaultAhtSeconds ?? null;
  if (defaultAht !== null && !(typeof defaultAht === "number" && withinLimit(defaultAht, LIMITS.aht))) {
    // The engine's own range, as for the AHT cells below.
    problems.push({ code: "defaultAhtInvalid", value: String(defaultAht), min: LIMITS.aht.low, max: LIMITS.aht.high });
    defaultAht = null;
  }

  if (mapping.interval === null) problems.push({ code: "columnNotFound", column: "interval" });
  if (mapping.calls === null) problems.push({ code: "columnNotFound", column: "calls" });
  if (mapping.aht === null && defaultAht === null && options.defaultAhtSeconds == null) {
    problems.push({ code: "columnNotFound", column: "aht" });
  }
  problems.push(...sameColumnProblems(mapping, ROLES));

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
  const rowsEnd = dataRowsEnd(values, used, start, MAX_FORECAST_ROWS);
  if ("code" in rowsEnd) {
    problems.push(rowsEnd);
    return reading;
  }
  const end = rowsEnd.end;
  const dataRows = end - start;

  const at = (r: number, c: number): string => cellAddress(grid.sheetName, grid.leftColumn + c, grid.topRow + r);
  const whenColumns = { date: dateColumn, interval: intervalColumn };
  const dated = isDated(values, start, end, whenColumns);

  for (let r = start; r < end; r++) {
    const row = values[r];
    const before = problems.length;
    const { when, problems: whenProblems } = readWhen(row, whenColumns, dated, (c) => at(r, c));
    problems.push(...whenProblems);

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
      const asTime = ahtKind === "number" || ahtKind === "text" ? secondsAsTime(ahtValue, grid.numberFormats?.[r]?.[ahtColumn]) : null;
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

    if (problems.length === before && when !== null) {
      reading.rows.push({
        ...when,
        callsOffered: callsValue as number,
        averageHandleSeconds: aht as number,
        callsCell: at(r, callsColumn),
        intervalCell: at(r, intervalColumn),
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

export { inferIntervalMinutes, intervalLengthProblems } from "./when";
