/**
 * Turning a block of cells into validated forecast rows: find the header row, recognise the
 * columns (headers.ts) or take the person's mapping, and check every row before anything is
 * written. Problems name the cell ("Forecast!C7") and what is wrong, as codes the pane words.
 */
import { LIMITS, withinLimit } from "../engine";
import { cellAddress, columnLetters } from "./addresses";
import { cellKind, cellText, intervalLabel } from "./cells";
import { recogniseHeaders } from "./headers";
import type {
  CellGrid,
  ColumnMapping,
  ForecastProblem,
  ForecastReading,
  ForecastReference,
  ForecastRole,
} from "./types";

/**
 * Most intervals a plan may have: a month of 15-minute intervals (31 × 96 = 2,976). Each row
 * becomes ten formulas written in one request, and Excel on the web refuses requests over ~5 MB.
 */
export const MAX_FORECAST_ROWS = 3000;

export interface ParseForecastOptions {
  /** Roles given by hand (0-based column within the grid; null: no such column). Absent roles are recognised. */
  mapping?: Partial<ColumnMapping>;
  defaultAhtSeconds?: number | null;
  /** Whether the first row holds headers; absent: yes when it has text and no numbers. */
  hasHeaderRow?: boolean;
}

const ROLES: ForecastRole[] = ["interval", "calls", "aht"];

function looksLikeHeaderRow(row: unknown[]): boolean {
  const kinds = row.map(cellKind);
  return kinds.some((k) => k === "text") && !kinds.some((k) => k === "number");
}

export function parseForecast(grid: CellGrid, options: ParseForecastOptions = {}): ForecastReading {
  const values = grid.values;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const firstRow = values[0] ?? [];
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(firstRow);
  const headers = hasHeaderRow ? Array.from({ length: width }, (_, i) => cellText(firstRow[i]).trim()) : [];
  const recognisedMapping = recogniseHeaders(headers);
  const given = options.mapping ?? {};
  const mapping: ColumnMapping = { interval: null, calls: null, aht: null };
  const recognised: Record<ForecastRole, boolean> = { interval: false, calls: false, aht: false };
  for (const role of ROLES) {
    if (Object.prototype.hasOwnProperty.call(given, role) && given[role] !== undefined) {
      mapping[role] = given[role] ?? null;
    } else {
      mapping[role] = recognisedMapping[role];
      recognised[role] = recognisedMapping[role] !== null;
    }
  }
  const defaultAht = options.defaultAhtSeconds ?? null;
  const problems: ForecastProblem[] = [];

  for (const role of ROLES) {
    const column = mapping[role];
    if (column !== null && (column < 0 || column >= width || !Number.isInteger(column))) mapping[role] = null;
  }
  if (mapping.interval === null) problems.push({ code: "columnNotFound", column: "interval" });
  if (mapping.calls === null) problems.push({ code: "columnNotFound", column: "calls" });
  if (mapping.aht === null && defaultAht === null) problems.push({ code: "columnNotFound", column: "aht" });
  for (let i = 0; i < ROLES.length; i++) {
    for (let j = i + 1; j < ROLES.length; j++) {
      const a = mapping[ROLES[i]];
      if (a !== null && a === mapping[ROLES[j]]) {
        problems.push({ code: "sameColumnTwice", column: ROLES[j], other: ROLES[i] });
      }
    }
  }

  const reading: ForecastReading = { headers, hasHeaderRow, mapping, recognised, rows: [], problems, reference: null };
  if (problems.length > 0) return reading;

  const intervalColumn = mapping.interval as number;
  const callsColumn = mapping.calls as number;
  const ahtColumn = mapping.aht;
  const used = [intervalColumn, callsColumn, ...(ahtColumn === null ? [] : [ahtColumn])];
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
  for (let r = start; r < end; r++) {
    const row = values[r];
    const before = problems.length;

    const intervalValue = row[intervalColumn];
    const intervalKind = cellKind(intervalValue);
    if (intervalKind === "blank") problems.push({ code: "missingInterval", cell: at(r, intervalColumn) });
    else if (intervalKind === "error") {
      problems.push({ code: "errorInCell", cell: at(r, intervalColumn), column: "interval", value: cellText(intervalValue) });
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
    if (ahtColumn !== null) {
      const ahtValue = row[ahtColumn];
      const ahtKind = cellKind(ahtValue);
      const cell = at(r, ahtColumn);
      if (ahtKind === "blank") {
        if (defaultAht === null) problems.push({ code: "missingAht", cell });
      } else if (ahtKind === "error") {
        problems.push({ code: "errorInCell", cell, column: "aht", value: cellText(ahtValue) });
      } else if (ahtKind === "text") {
        problems.push({ code: "textInNumberColumn", cell, column: "aht", value: cellText(ahtValue) });
      } else if (!withinLimit(ahtValue as number, LIMITS.aht)) {
        // The engine's own range, so a row that passes here is one the plan can compute.
        problems.push({ code: "ahtOutOfRange", cell, value: ahtValue as number, min: LIMITS.aht.low, max: LIMITS.aht.high });
      } else {
        aht = ahtValue as number;
      }
    }

    if (problems.length === before) {
      const interval = typeof intervalValue === "number" ? intervalValue : cellText(intervalValue);
      reading.rows.push({
        interval,
        intervalLabel: intervalLabel(interval),
        callsOffered: callsValue as number,
        averageHandleSeconds: aht as number,
        callsCell: at(r, callsColumn),
      });
    }
  }

  const reference: ForecastReference = {
    sheetName: grid.sheetName,
    tableName: grid.tableName,
    firstRow: grid.topRow + start,
    rowCount: dataRows,
    intervalColumn: columnLetters(grid.leftColumn + intervalColumn),
    callsColumn: columnLetters(grid.leftColumn + callsColumn),
    ahtColumn: ahtColumn === null ? null : columnLetters(grid.leftColumn + ahtColumn),
    defaultAhtSeconds: defaultAht,
  };
  reading.reference = reference;
  return reading;
}
