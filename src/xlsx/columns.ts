/**
 * Column widths and row heights of a sheet. Column widths: set ones (SheetSpec.columnWidths, in points, as the Excel API takes
 * them) and autofitted ones (SheetSpec.autofit), which a file cannot ask for, so the writer
 * estimates the width the cells' shown text needs, as Excel's "AutoFit Column Width" would.
 *
 * Units (ECMA-376 Part 1, 18.3.1.13): a column's width is counted in widths of the default font's
 * widest digit, 7 pixels for Calibri 11 at 96 dpi, padding included. So points × 96/72 ÷ 7.
 * Text widths are estimated per character against that digit: narrow punctuation and spaces
 * about half, lower case a little less, capitals and wide letters more; bold and larger fonts
 * scale it. The estimate errs wide by a character so numbers never show as "####".
 *
 * Row heights: Excel grows a row to fit its wrapped text and larger fonts when the add-in writes
 * it, but a reader opening a file keeps the heights the file gives; so rows that need more than
 * the default 15 points get their height: lines of the tallest cell × the font's line height
 * (15 points per 11-point line).
 */
import { columnNumber, parseAddress } from "../planner/addresses";
import type { SheetSpec } from "../planner/layout";
import type { SheetGrid, StoredCell } from "./cells";
import { formatNumber } from "./number-format";
import { DEFAULT_FONT } from "./styles";

const DIGIT_PIXELS = 7;
/** Columns are never autofitted wider than this many digits; longer text wraps or overflows. */
const MAX_AUTOFIT = 60;

export function widthFromPoints(points: number): number {
  return Math.round(((points * 96) / 72 / DIGIT_PIXELS) * 256) / 256;
}

/** The text a cell shows. */
export function shownText(cell: StoredCell): string {
  const value = cell.value;
  if (value === null) return "";
  if (value.kind === "text") return value.value;
  if (value.kind === "logical") return value.value ? "TRUE" : "FALSE";
  return formatNumber(value.value, cell.style.numberFormat);
}

/** The width of text in digit widths (see the top of this file). */
export function textWidth(text: string, bold = false, fontSize: number = DEFAULT_FONT.size): number {
  let width = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) width += 1;
    else if (/[ .,:;'!|ijlIft()[\]]/.test(ch)) width += 0.5;
    else if (/[mwMW@%]/.test(ch)) width += 1.45;
    else if (/[A-Z]/.test(ch)) width += 1.1;
    else width += 0.9;
  }
  return width * (bold ? 1.07 : 1) * (fontSize / DEFAULT_FONT.size);
}

/** Width of each column that has one (1-based column → OOXML width), set widths first, then autofit, as the adapter applies them. */
export function columnWidths(spec: SheetSpec, grid: SheetGrid): Map<number, number> {
  const widths = new Map<number, number>();
  for (const { columns, width } of spec.columnWidths) {
    const match = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(columns.replace(/\$/g, ""));
    if (!match) throw new Error(`"${columns}" is not a range of whole columns ("A:A", "B:D").`);
    for (let column = columnNumber(match[1]); column <= columnNumber(match[2]); column++) widths.set(column, widthFromPoints(width));
  }
  for (const address of spec.autofit) {
    const box = parseAddress(address);
    if (!box) throw new Error(`"${address}" is not a range to autofit.`);
    for (let column = box.left; column <= box.right; column++) {
      let widest = 0;
      for (const [row, cells] of grid.rows) {
        if (row < box.top || row > box.bottom) continue;
        const cell = cells.get(column);
        if (cell) widest = Math.max(widest, textWidth(shownText(cell), cell.style.bold, cell.style.fontSize));
      }
      if (widest > 0) widths.set(column, Math.min(MAX_AUTOFIT, Math.ceil(widest) + 1.5));
    }
  }
  return widths;
}

/** Excel's default column width in digits (8.43), for columns without their own. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_ROW_HEIGHT = 15;

/** Heights in points of the rows that need more than the default (1-based row → points). */
export function rowHeights(grid: SheetGrid, widths: Map<number, number>): Map<number, number> {
  const heights = new Map<number, number>();
  for (const [row, cells] of grid.rows) {
    let tallest = DEFAULT_ROW_HEIGHT;
    for (const [column, cell] of cells) {
      const size = cell.style.fontSize ?? DEFAULT_FONT.size;
      // Only text can break into lines; a number is shown on one.
      if (cell.value?.kind !== "text" && size <= DEFAULT_FONT.size) continue;
      const text = shownText(cell);
      let lines = text.split("\n").length;
      if (cell.style.wrapText) {
        const room = Math.max(1, (widths.get(column) ?? DEFAULT_WIDTH) - 0.7);
        lines = text
          .split("\n")
          .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line, cell.style.bold, size) / room)), 0);
      }
      tallest = Math.max(tallest, lines * size * (DEFAULT_ROW_HEIGHT / DEFAULT_FONT.size));
    }
    if (tallest > DEFAULT_ROW_HEIGHT) heights.set(row, Math.round(tallest * 4) / 4);
  }
  return heights;
}
