/**
 * A SheetSpec's cells as the sheet ends up holding them, cell by cell: what each holds and how
 * it looks, as Excel would have them after the adapter wrote the same spec.
 *
 * - Blocks are written in order; a later block replaces the values of cells it covers, and its
 *   number formats and look apply on top, as `range.formulas`, `range.numberFormat` and
 *   `range.format` do in Excel.
 * - Text is stored as Excel stores typed text: a leading apostrophe marks text and is not shown;
 *   numeric text becomes a number, and TRUE/FALSE a logical, unless the cell is formatted as
 *   text ("@"). The values-only guard has already refused anything Excel would read as a formula.
 * - Excel tables take their look from the table style, which LibreOffice and other readers do
 *   not draw; so the header row and the body also get that look as direct formatting (the
 *   header of TableStyleMedium2: white bold on blue; thin light-blue borders), which Excel draws
 *   the same.
 */
import { BLOCK_LOOKS, type CellLook } from "../planner/block-styles";
import { parseAddress, type ParsedAddress } from "../planner/addresses";
import type { SheetSpec } from "../planner/layout";
import type { CellStyle } from "./styles";

export type StoredValue = { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "logical"; value: boolean };

export interface StoredCell {
  value: StoredValue | null;
  style: CellStyle;
}

export const TABLE_LOOK = {
  header: { bold: true, fontColor: "#FFFFFF", fillColor: "#4472C4", borderColor: "#4472C4" },
  body: { borderColor: "#B4C6E7" },
} as const;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The cells of one sheet by row, then column (1-based). */
export class SheetGrid {
  readonly rows = new Map<number, Map<number, StoredCell>>();

  get(row: number, column: number): StoredCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** The cell, created blank (General, no look) on first use. */
  cell(row: number, column: number): StoredCell {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = { value: null, style: { numberFormat: "General" } };
      cells.set(column, cell);
    }
    return cell;
  }

  /** Rows in order, each with its cells in column order. */
  sortedRows(): [number, [number, StoredCell][]][] {
    return [...this.rows.keys()]
      .sort((a, b) => a - b)
      .map((row) => [row, [...(this.rows.get(row) as Map<number, StoredCell>)].sort((a, b) => a[0] - b[0])]);
  }
}

/** What a cell stores when `content` is typed into a cell of this number format. */
export function stored(content: string | number | boolean | null, numberFormat: string): StoredValue | null {
  if (content === null || content === "") return null;
  if (typeof content === "number") {
    if (!Number.isFinite(content)) throw new RangeError(`A cell cannot hold the number ${content}.`);
    return { kind: "number", value: content };
  }
  if (typeof content === "boolean") return { kind: "logical", value: content };
  if (content.startsWith("=") && content.length > 1) throw new Error(`A client copy cannot hold the formula ${content}.`);
  if (content.startsWith("'")) return content.length > 1 ? { kind: "text", value: content.slice(1) } : null;
  if (numberFormat === "@") return { kind: "text", value: content };
  const trimmed = content.trim();
  if (NUMBER_TEXT.test(trimmed)) return { kind: "number", value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "logical", value: trimmed.toLowerCase() === "true" };
  return { kind: "text", value: content };
}

function blockBox(address: string, what: string): ParsedAddress {
  const box = parseAddress(address);
  if (!box || box.sheetName !== null || box.bottom - box.top > 1_048_575) throw new Error(`${what}: "${address}" is not a block of cells on the sheet.`);
  return box;
}

function applyLook(style: CellStyle, look: CellLook & { borderColor?: string }): void {
  Object.assign(style, look);
}

export function sheetGrid(spec: SheetSpec): SheetGrid {
  const grid = new SheetGrid();
  for (const block of spec.blocks) {
    const box = blockBox(block.address, "A block");
    const rows = box.bottom - box.top + 1;
    const columns = box.right - box.left + 1;
    const shapeOk = (grid2: unknown[][] | undefined) =>
      grid2 === undefined || (grid2.length === rows && grid2.every((row) => row.length === columns));
    if (!shapeOk(block.cells) || !shapeOk(block.numberFormats)) {
      throw new Error(`The block ${block.address} does not hold ${rows} × ${columns} cells.`);
    }
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        const cell = grid.cell(box.top + r, box.left + c);
        const format = block.numberFormats?.[r][c];
        if (format !== undefined) cell.style.numberFormat = format;
        cell.value = stored(content, cell.style.numberFormat);
        if (block.style) applyLook(cell.style, BLOCK_LOOKS[block.style]);
      }),
    );
  }
  for (const table of spec.tables) {
    const box = blockBox(table.address, `The table ${table.name}`);
    for (let column = box.left; column <= box.right; column++) {
      applyLook(grid.cell(box.top, column).style, TABLE_LOOK.header);
      for (let row = box.top + 1; row <= box.bottom; row++) applyLook(grid.cell(row, column).style, TABLE_LOOK.body);
    }
  }
  return grid;
}
