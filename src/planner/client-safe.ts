/**
 * The values-only guard: turns a generated sheet (a SheetSpec) into the form a client may
 * receive, and refuses any sheet that is not.
 *
 * A client opens the copy without the add-in, so a `WFM.*` formula would show #NAME? at the
 * first recalculation, and any live formula could reach cells the copy does not hold. A
 * client-safe sheet therefore holds values only:
 * - every formula cell is replaced by its value, which the caller supplies (`values`: what each
 *   formula shows, the planner's "as built" numbers; a laid-out sheet lists them as its
 *   expected cells). Values for cells the spec leaves blank are written too: that is where a
 *   formula such as WFM.SL_VARIANCE spills its results;
 * - rows the client must not see are removed by row number, and everything below moves up as
 *   when Excel deletes a row. Rows are given by the caller, which laid the sheet out and knows
 *   them (a laid-out sheet's placement), never found by their words: a label's text is the
 *   sheet's language's, and an English "Cost" would miss an Estonian "Kulu". Better still, a
 *   sheet for a client is laid out without what it must not hold (the plan sheet's `costs: false`);
 * - single cells can be replaced (a note that speaks of live formulas).
 * Then it is checked: no formula, no text that starts with "=" (or that Excel would read as a
 * formula: "+", "-", "@" and not a number), no "WFM." anywhere (cells, conditional formats, chart
 * titles and series names, table names), and only finite numbers. Any of these throws a
 * `ClientSafetyError` listing every problem by cell; the .xlsx writer runs the same check before
 * it writes a byte.
 */
import { blockAddress, parseAddress, type ParsedAddress } from "./addresses";
import type { CellBlock, SheetSpec } from "./layout";
import { cellContent } from "./sheet";

type CellContent = CellBlock["cells"][number][number];

/** What a formula cell shows: a number, text, TRUE/FALSE, or null for blank. */
export type ShownValue = number | string | boolean | null;

export interface CellValue {
  /** "B5", on the sheet (no sheet name). */
  address: string;
  value: ShownValue;
}

export interface ClientSafeOptions {
  /**
   * The value of every formula cell (a formula cell without one is refused), and of every cell
   * a formula spills into (blank in the spec). A value for a cell that holds a value already is
   * refused: it would say the sheet is not what the caller thinks.
   */
  values?: readonly CellValue[];
  /** Sheet rows (1-based, as the sheet was laid out) to remove. */
  dropRows?: readonly number[];
  /** Cells to replace (addresses as laid out), after the values are in and before rows are removed. */
  replace?: readonly { address: string; content: CellContent }[];
  /** Text written instead of a value that is not a finite number (an ASA of a queue that never empties); without it, such a value is refused. */
  notFiniteText?: string;
}

/** Where a problem is: a cell, a conditional format's range, a chart (by its top-left cell), a table. */
export type ClientSafetyPart = "cell" | "highlight" | "chart" | "table";

export type ClientSafetyProblem =
  /** A formula that would stay live (no value was given for it). */
  | { code: "formula"; sheetName: string | null; part: ClientSafetyPart; address: string; text: string }
  /** Text that is, or that Excel would read as, a formula ("=…", "+A1", "@x"). */
  | { code: "formulaText"; sheetName: string | null; part: ClientSafetyPart; address: string; text: string }
  /** "WFM." somewhere: a worksheet function of the add-in, or text about one. */
  | { code: "wfmReference"; sheetName: string | null; part: ClientSafetyPart; address: string; text: string }
  /** A number that is not finite. */
  | { code: "notFinite"; sheetName: string | null; part: ClientSafetyPart; address: string; text: string };

export class ClientSafetyError extends Error {
  constructor(readonly problems: readonly ClientSafetyProblem[]) {
    const first = problems[0];
    super(
      `The sheet is not client-safe: ${problems.length} problem(s), the first ${first?.code} at ` +
        `${first?.sheetName ? `${first.sheetName}!` : ""}${first?.address} (${first?.text}).`,
    );
    this.name = "ClientSafetyError";
  }
}

const WFM_REFERENCE = /WFM\./i;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isFormula(cell: CellContent): cell is string {
  return typeof cell === "string" && cell.startsWith("=") && cell.length > 1;
}

/**
 * The text a cell shows when `cell` is typed: the part after a leading apostrophe, else the text
 * itself. Also says whether Excel would take the unquoted text for a formula.
 */
function shownText(cell: string): { text: string; readAsFormula: boolean } {
  if (cell.startsWith("'")) return { text: cell.slice(1), readAsFormula: false };
  const trimmed = cell.trim();
  return { text: cell, readAsFormula: /^[=+\-@]/.test(trimmed) && !NUMBER_TEXT.test(trimmed) };
}

/** Every problem that keeps `spec` from going to a client; empty when it may. */
export function clientSafetyProblems(spec: SheetSpec, sheetName: string | null = null): ClientSafetyProblem[] {
  const problems: ClientSafetyProblem[] = [];
  const add = (code: ClientSafetyProblem["code"], part: ClientSafetyPart, address: string, text: string) =>
    problems.push({ code, sheetName, part, address, text });
  const checkText = (part: ClientSafetyPart, address: string, text: string) => {
    if (WFM_REFERENCE.test(text)) add("wfmReference", part, address, text);
  };

  for (const block of spec.blocks) {
    const box = parseAddress(block.address) as ParsedAddress;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = blockAddress(box.top + r, box.left + c, box.top + r, box.left + c);
        if (typeof cell === "number" && !Number.isFinite(cell)) add("notFinite", "cell", address, String(cell));
        if (typeof cell !== "string") return;
        if (isFormula(cell)) {
          add(WFM_REFERENCE.test(cell) ? "wfmReference" : "formula", "cell", address, cell);
          return;
        }
        const shown = shownText(cell);
        if (shown.readAsFormula || shown.text.trimStart().startsWith("=")) add("formulaText", "cell", address, cell);
        checkText("cell", address, shown.text);
      }),
    );
  }
  for (const highlight of spec.highlights) checkText("highlight", highlight.address, highlight.formula);
  for (const chart of spec.charts) {
    checkText("chart", chart.topLeft, chart.title);
    for (const series of chart.extraSeries) checkText("chart", chart.topLeft, series.name);
  }
  for (const table of spec.tables) checkText("table", table.address, table.name);
  return problems;
}

/** Throws a ClientSafetyError unless `spec` is client-safe. */
export function assertClientSafe(spec: SheetSpec, sheetName: string | null = null): void {
  const problems = clientSafetyProblems(spec, sheetName);
  if (problems.length > 0) throw new ClientSafetyError(problems);
}

/**
 * The client-safe form of a generated sheet (see the top of this file); throws a
 * ClientSafetyError, listing every problem, when the result would not be safe.
 */
export function toClientSafe(spec: SheetSpec, options: ClientSafeOptions = {}, sheetName: string | null = null): SheetSpec {
  const values = new Map((options.values ?? []).map((v) => [normalise(v.address), v.value]));
  const valueCell = (value: ShownValue): CellContent => {
    if (typeof value === "number" && !Number.isFinite(value)) return options.notFiniteText ?? value;
    return typeof value === "string" ? cellContent(value) : value;
  };
  const unused = new Set(values.keys());
  let blocks = spec.blocks.map((block) => {
    const box = parseAddress(block.address) as ParsedAddress;
    return {
      ...block,
      cells: block.cells.map((row, r) =>
        row.map((cell, c) => {
          if (typeof cell === "number" && !Number.isFinite(cell) && options.notFiniteText !== undefined) return options.notFiniteText;
          const address = blockAddress(box.top + r, box.left + c, box.top + r, box.left + c);
          if (!values.has(address)) return cell;
          if (!isFormula(cell) && cell !== null) throw new Error(`${address} holds ${String(cell)}, not a formula; it takes no value.`);
          unused.delete(address);
          return valueCell(values.get(address) as ShownValue);
        }),
      ),
    };
  });
  // Values for cells outside every block: results spilled beyond the blocks.
  const spilled = [...unused].map((address) => ({ address, content: valueCell(values.get(address) as ShownValue) }));
  blocks = replaceCells(blocks, [...spilled, ...(options.replace ?? [])]);

  const dropped = new Set(options.dropRows ?? []);
  const safe = dropped.size > 0 ? dropRows({ ...spec, blocks }, dropped) : { ...spec, blocks };
  assertClientSafe(safe, sheetName);
  return safe;
}

function normalise(address: string): string {
  const box = parseAddress(address);
  if (!box || box.top !== box.bottom || box.left !== box.right || box.sheetName !== null) {
    throw new Error(`"${address}" is not a cell address on the sheet.`);
  }
  return blockAddress(box.top, box.left, box.top, box.left);
}

/** Blocks with the given cells replaced; a cell outside every block becomes a block of its own. */
function replaceCells(blocks: CellBlock[], replacements: readonly { address: string; content: CellContent }[]): CellBlock[] {
  const result = blocks.map((block) => ({ ...block, cells: block.cells.map((row) => [...row]) }));
  for (const { address, content } of replacements) {
    const cell = parseAddress(normalise(address)) as ParsedAddress;
    let found = false;
    for (const block of result) {
      const box = parseAddress(block.address) as ParsedAddress;
      if (cell.top >= box.top && cell.top <= box.bottom && cell.left >= box.left && cell.left <= box.right) {
        block.cells[cell.top - box.top][cell.left - box.left] = content;
        found = true;
      }
    }
    if (!found) result.push({ address: normalise(address), cells: [[content]] });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Removing rows, as Excel's "delete row" does: what is below moves up.

/** The row a kept row moves to. */
function shifted(row: number, dropped: ReadonlySet<number>): number {
  let above = 0;
  for (const d of dropped) if (d < row) above++;
  return row - above;
}

/** The block's address once rows are removed, or null when none of its rows is left. */
function shrunk(address: string, dropped: ReadonlySet<number>): string | null {
  const box = parseAddress(address);
  if (!box || box.sheetName !== null) throw new Error(`"${address}" is not a block on the sheet.`);
  // Whole columns have a million rows: step over removed rows from each end instead of listing them.
  let first = box.top;
  while (first <= box.bottom && dropped.has(first)) first++;
  let last = box.bottom;
  while (last >= first && dropped.has(last)) last--;
  if (first > last) return null;
  return blockAddress(shifted(first, dropped), box.left, shifted(last, dropped), box.right);
}

function shrunkKeepingTop(address: string, dropped: ReadonlySet<number>, what: string): string {
  const box = parseAddress(address) as ParsedAddress;
  const result = shrunk(address, dropped);
  if (dropped.has(box.top) || result === null || (parseAddress(result) as ParsedAddress).bottom === shifted(box.top, dropped)) {
    throw new Error(`Removing rows ${[...dropped].join(", ")} would remove the header or every row of ${what} ${address}.`);
  }
  return result;
}

function shrunkKeepingSome(address: string, dropped: ReadonlySet<number>, what: string): string {
  const result = shrunk(address, dropped);
  if (result === null) throw new Error(`Removing rows ${[...dropped].join(", ")} would remove every row of ${what} (${address}).`);
  return result;
}

function movedCell(address: string, dropped: ReadonlySet<number>): string {
  const cell = parseAddress(address) as ParsedAddress;
  return blockAddress(shifted(cell.top, dropped), cell.left, shifted(cell.top, dropped), cell.left);
}

/**
 * A conditional format's formula for its range once rows are removed: relative row references
 * keep their distance from the range's top-left cell, absolute ones ($17) follow their row.
 */
function movedFormula(formula: string, oldTop: number, newTop: number, dropped: ReadonlySet<number>): string {
  const reference = /(^|[^A-Za-z0-9_.$'!])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/g;
  // Text between double quotes is left as it is ("" inside text is an escaped quote).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(reference, (_whole, before: string, colAbs: string, column: string, rowAbs: string, row: string) => {
            const number = Number(row);
            if (rowAbs === "$" && dropped.has(number)) throw new Error(`The formula ${formula} refers to a removed row (${number}).`);
            const moved = rowAbs === "$" ? shifted(number, dropped) : number - (oldTop - newTop);
            return `${before}${colAbs}${column}${rowAbs}${moved}`;
          }),
    )
    .join("");
}

function dropRows(spec: SheetSpec, dropped: ReadonlySet<number>): SheetSpec {
  const blocks: CellBlock[] = [];
  for (const block of spec.blocks) {
    const address = shrunk(block.address, dropped);
    if (address === null) continue;
    const top = (parseAddress(block.address) as ParsedAddress).top;
    const keep = (_row: unknown, r: number) => !dropped.has(top + r);
    blocks.push({
      ...block,
      address,
      cells: block.cells.filter(keep),
      ...(block.numberFormats ? { numberFormats: block.numberFormats.filter(keep) } : {}),
    });
  }
  const highlights = spec.highlights.flatMap((highlight) => {
    const address = shrunk(highlight.address, dropped);
    if (address === null) return [];
    const oldTop = (parseAddress(highlight.address) as ParsedAddress).top;
    const newTop = (parseAddress(address) as ParsedAddress).top;
    return [{ ...highlight, address, formula: movedFormula(highlight.formula, oldTop, newTop, dropped) }];
  });
  const colorScales = spec.colorScales?.flatMap((scale) => {
    const address = shrunk(scale.address, dropped);
    return address === null ? [] : [{ ...scale, address }];
  });
  return {
    ...spec,
    blocks,
    tables: spec.tables.map((table) => ({ ...table, address: shrunkKeepingTop(table.address, dropped, `the table ${table.name}`) })),
    charts: spec.charts.map((chart) => ({
      ...chart,
      dataAddress: shrunkKeepingTop(chart.dataAddress, dropped, `the chart "${chart.title}"`),
      categoriesAddress: shrunkKeepingSome(chart.categoriesAddress, dropped, `the categories of the chart "${chart.title}"`),
      extraSeries: chart.extraSeries.map((series) => ({
        ...series,
        valuesAddress: shrunkKeepingSome(series.valuesAddress, dropped, `the series "${series.name}"`),
      })),
      topLeft: movedCell(chart.topLeft, dropped),
      bottomRight: movedCell(chart.bottomRight, dropped),
    })),
    highlights,
    ...(colorScales ? { colorScales } : {}),
    autofit: spec.autofit.flatMap((address) => {
      const moved = shrunk(address, dropped);
      return moved === null ? [] : [moved];
    }),
  };
}
