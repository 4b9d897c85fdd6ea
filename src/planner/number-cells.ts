/**
 * Reading the number cells of an imported table (an ACD export, a team-metrics table) one by
 * one, each problem naming its cell and its column's role, as the forecast's cells are read.
 *
 * Counts and hours are numbers of 0 or more. Percent columns (a service level, adherence,
 * shrinkage, a quality score) hold fractions (0.92, or 92% typed as a percentage, which Excel
 * stores as 0.92); an export that writes percent points (92) is read as such when the column
 * says so: any number in it above 1. A single cell cannot say which it means, so the column
 * decides, the pane says how it read it, and a number above 100 is refused by cell.
 */
import { cellKind, cellText } from "./cells";

export type NumberCellProblem<R extends string> =
  | { code: "missingValue"; cell: string; column: R }
  | { code: "errorInCell"; cell: string; column: R; value: string }
  | { code: "textInNumberColumn"; cell: string; column: R; value: string }
  | { code: "negativeValue"; cell: string; column: R; value: number }
  /** Outside 0 to 100% (`points`: the column is read in percent points, so the limit is 100). */
  | { code: "notAPercent"; cell: string; column: R; value: number; points: boolean };

/**
 * Where an imported table's data ends: after its last row with anything in the used columns
 * (rows of blanks below a table or a selection are not data). A problem when no row is left, or
 * more than `limit`.
 */
export function dataRowsEnd(
  values: unknown[][],
  used: readonly number[],
  start: number,
  limit: number,
): { end: number } | { code: "noDataRows" } | { code: "tooManyRows"; rows: number; limit: number } {
  let end = values.length;
  while (end > start && used.every((c) => cellKind(values[end - 1]?.[c]) === "blank")) end--;
  if (end === start) return { code: "noDataRows" };
  if (end - start > limit) return { code: "tooManyRows", rows: end - start, limit };
  return { end };
}

/** How a percent column is written: fractions (0.92) or percent points (92). */
export type PercentScale = "fraction" | "points";

/** The scale of a percent column, from its numbers in rows `start` to `end` (see the top of this file). */
export function percentScaleOf(values: unknown[][], column: number, start: number, end: number): PercentScale {
  for (let r = start; r < end; r++) {
    const value = values[r]?.[column];
    if (typeof value === "number" && Number.isFinite(value) && value > 1) return "points";
  }
  return "fraction";
}

export interface NumberRead<R extends string> {
  /** The number (a fraction for a percent column); null for a blank cell that may be blank, or a problem. */
  value: number | null;
  problem: NumberCellProblem<R> | null;
}

/** Blank: refused as missing data ("missing"), or read as no value ("allowed"). */
export type BlankRule = "missing" | "allowed";

/** A count or an amount of 0 or more. */
export function readAmount<R extends string>(value: unknown, cell: string, column: R, blank: BlankRule): NumberRead<R> {
  const kind = cellKind(value);
  if (kind === "blank") return { value: null, problem: blank === "missing" ? { code: "missingValue", cell, column } : null };
  if (kind === "error") return { value: null, problem: { code: "errorInCell", cell, column, value: cellText(value) } };
  if (kind === "text") return { value: null, problem: { code: "textInNumberColumn", cell, column, value: cellText(value) } };
  const number = value as number;
  if (number < 0) return { value: null, problem: { code: "negativeValue", cell, column, value: number } };
  return { value: number, problem: null };
}

/** A percent as a fraction from 0 to 1, in the column's scale. */
export function readPercent<R extends string>(
  value: unknown,
  cell: string,
  column: R,
  scale: PercentScale,
  blank: BlankRule,
): NumberRead<R> {
  const read = readAmount(value, cell, column, blank);
  if (read.value === null) return read;
  const points = scale === "points";
  const fraction = points ? read.value / 100 : read.value;
  if (fraction > 1) return { value: null, problem: { code: "notAPercent", cell, column, value: read.value, points } };
  return { value: fraction, problem: null };
}
