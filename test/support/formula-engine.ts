/**
 * A spreadsheet formula engine to evaluate the sheets the planner writes: HyperFormula (GPL-3.0,
 * a test-only devDependency, never bundled into the add-in), with the WFM.* functions of the
 * BUILT bundle (dist/functions.js, loaded as Excel loads it) registered as its functions.
 *
 * Excel 365 evaluates array expressions inside SUMPRODUCT natively; HyperFormula does so with
 * `useArrayArithmetic`. Each WFM.* call gets its arguments as Excel passes them to a custom
 * function: one matrix per argument ([[value]] for a cell, the range's rows for a range), "" for a
 * formula's empty text, and a blank cell either as null (most builds) or as 0 (`blanksAs: "zero"`:
 * the desktop builds of office-js issue 4702). The function's result cell comes back as a number,
 * "" for a blank, or the Excel error it returned.
 *
 * Functions that spill (SPILLS below) spill as dynamic arrays do in Excel: HyperFormula is told
 * their size before it evaluates them, one row per row of their longest argument, and the cells
 * below and beside the formula show the spilled values (and are checked). SL_VARIANCE spills seven
 * columns per interval; the two plans (CAPACITY_PLAN, HIRING_PLAN) read a column of weeks whole
 * and spill one row per week. A whole-plan error (one #VALUE! naming the week) fills the spill area
 * with that error, where Excel shows it in the formula's cell alone.
 *
 * `expectLiveCellsAgree(laid, sources)` is the whole check for one generated sheet: use it for
 * every new sheet declared with src/planner/sheet.ts.
 *
 * Every function ends with the same optional tail, (…, [interval], [patience], …), ABANDON_RATE
 * and AGENTS_FOR_ABANDON included (issue 6), and the generated sheets are written in that order.
 * A bundle built before that change is refused rather than evaluated: its abandon functions
 * would read a sheet's patience as the interval.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { BuiltValue, LaidOutSheet, SheetSpec } from "../../src/planner/sheet";
import { loadBundle, loadMetadata, RuntimeError, type BundledFunction } from "./bundle";

export type BlanksAs = "null" | "zero";

/** A sheet to evaluate: the generated one (a SheetSpec) or a person's (values from A1, or from a row). */
export type SheetInput = { name: string; spec: SheetSpec } | { name: string; values: unknown[][]; topRow?: number };

const ERRORS: Record<string, ErrorType> = {
  "#NUM!": ErrorType.NUM,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

let current: { wfm: Record<string, BundledFunction>; blanksAs: BlanksAs } | null = null;

/**
 * Functions whose result spills, by the number of columns they spill per row: one row per
 * interval (SL_VARIANCE, src/functions/reporting.ts) or per week (the plans of
 * src/functions/capacity.ts), the length of their longest argument (a column, or a row of weeks).
 * HyperFormula must know a formula's result size before it evaluates it.
 */
const SPILLS: Readonly<Record<string, number>> = { SL_VARIANCE: 7, CAPACITY_PLAN: 6, HIRING_PLAN: 1 };

/** One cell of an argument as Excel hands it to a custom function. */
function toCell(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return current?.blanksAs === "zero" ? 0 : null;
  if (value instanceof CellError) return new RuntimeError(`#${value.type}`);
  // HyperFormula wraps some numbers (dates, percentages) in an object holding the number.
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** An argument as Excel passes it to a custom function: a matrix, [[value]] for a single cell. */
function toArgument(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toCell));
  return [[toCell(value)]];
}

/** A result cell as HyperFormula holds it: a number or text, "" for blank, or a CellError. */
function fromCell(cell: unknown): unknown {
  if (cell instanceof RuntimeError || (typeof cell === "object" && cell !== null && "code" in cell)) {
    const code = (cell as RuntimeError).code;
    return new CellError(ERRORS[code] ?? ErrorType.VALUE, (cell as RuntimeError).message);
  }
  if (cell === null || cell === undefined) return "";
  return cell;
}

/** A function's result: one cell, or the whole array when the function spills (see SPILLS). */
function fromResult(result: unknown, spills: boolean): unknown {
  if (!Array.isArray(result)) return fromCell(result);
  const matrix = result as unknown[][];
  if (!spills || (matrix.length === 1 && matrix[0].length === 1)) return fromCell(matrix[0]?.[0]);
  return SimpleRangeValue.onlyValues(matrix.map((row) => row.map(fromCell)) as never);
}

class WfmPlugin extends FunctionPlugin {}
let registered = false;

/** Registers every function of the built bundle once, as WFM.<ID>. */
function register(): void {
  if (registered) return;
  requireTailOrder();
  registered = true;
  const implemented: Record<
    string,
    {
      method: string;
      sizeOfResultArrayMethod?: string;
      vectorizationForbidden?: boolean;
      parameters: { argumentType: FunctionArgumentType; optionalArg?: boolean }[];
    }
  > = {};
  const translations: Record<string, string> = {};
  for (const fn of loadMetadata()) {
    const name = `WFM.${fn.id}`;
    const method = `wfm_${fn.id}`;
    const width = SPILLS[fn.id];
    (WfmPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
      this: FunctionPlugin,
      ast: { args: unknown[] },
      state: unknown,
    ) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- HyperFormula's plugin internals are untyped here
      const plugin = this as any;
      return plugin.runFunction(ast.args, state, plugin.metadata(name), (...args: unknown[]) => {
        if (!current) throw new Error("No formula engine is evaluating.");
        return fromResult(current.wfm[fn.id](...(args.map(toArgument) as unknown[][][])), width !== undefined);
      });
    };
    if (width !== undefined) {
      (WfmPlugin.prototype as unknown as Record<string, unknown>)[`${method}_size`] = function (
        this: FunctionPlugin,
        ast: { args: unknown[] },
        state: unknown,
      ) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
        const plugin = this as any;
        // An argument's length: its rows, or its columns when it is one row (a row of weeks).
        const lengths = ast.args.map((arg) => {
          const size = plugin.arraySizeForAst(arg, state) as ArraySize;
          return size.height === 1 ? size.width : size.height;
        });
        return new ArraySize(width, Math.max(1, ...lengths));
      };
    }
    implemented[name] = {
      method,
      parameters: fn.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      ...(width === undefined ? {} : { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true }),
    };
    translations[name] = name;
  }
  (WfmPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(WfmPlugin, { enGB: translations, enUS: translations });
}

/** Refuses a bundle whose abandon functions still take (…, patience, [interval]): rebuild it. */
function requireTailOrder(): void {
  for (const fn of loadMetadata()) {
    if (fn.id !== "ABANDON_RATE" && fn.id !== "AGENTS_FOR_ABANDON") continue;
    const names = fn.parameters.map((p) => p.name);
    if (names.indexOf("interval") < 0 || names.indexOf("interval") > names.indexOf("patience")) {
      throw new Error(`dist/ was built before WFM.${fn.id} took [interval] before [patience]: run \`npm run build\`.`);
    }
  }
}

function parseCell(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell: ${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function gridOf(input: SheetInput): unknown[][] {
  const grid: unknown[][] = [];
  const put = (row: number, col: number, value: unknown) => {
    while (grid.length <= row) grid.push([]);
    grid[row][col] = value;
  };
  if ("values" in input) {
    const top = (input.topRow ?? 1) - 1;
    input.values.forEach((line, r) => line.forEach((value, c) => put(top + r, c, value === "" ? null : value)));
    return grid;
  }
  for (const block of input.spec.blocks) {
    const [first] = block.address.split(":");
    const origin = parseCell(first);
    block.cells.forEach((line, r) => line.forEach((value, c) => put(origin.row + r, origin.col + c, value)));
  }
  return grid;
}

export interface EvaluatedWorkbook {
  /** A cell's value: a number, text, a boolean, null for blank, or a CellError. */
  value(sheet: string, address: string): unknown;
  destroy(): void;
}

/** Evaluates the sheets with the built WFM.* functions; blank cells reach them as `blanksAs`. */
export function evaluate(sheets: SheetInput[], blanksAs: BlanksAs = "null"): EvaluatedWorkbook {
  register();
  current = { wfm: loadBundle(), blanksAs };
  const data: Record<string, unknown[][]> = {};
  for (const sheet of sheets) data[sheet.name] = gridOf(sheet);
  const hf = HyperFormula.buildFromSheets(data as never, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
  return {
    value(sheet, address) {
      const sheetId = hf.getSheetId(sheet);
      if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
      const { row, col } = parseCell(address);
      return hf.getCellValue({ sheet: sheetId, row, col });
    },
    destroy() {
      hf.destroy();
      current = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Checking a generated sheet: every live cell equals the planner's value for it

/** Agreement of a live cell with the planner's value: relative, at least absolute for small values. */
export const LIVE_TOLERANCE = 1e-9;
const GENERATED = "Generated";

function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Every formula cell a laid-out sheet writes, by address ("B12"). */
export function formulaCells(laid: LaidOutSheet): string[] {
  const cells: string[] = [];
  for (const block of laid.spec.blocks) {
    const [first] = block.address.split(":");
    const origin = parseCell(first);
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (typeof cell === "string" && cell.startsWith("=")) cells.push(`${letters(origin.col + c + 1)}${origin.row + r + 1}`);
      }),
    );
  }
  return cells;
}

/** Whether a live value is what the planner computed (a non-finite number: the cell shows an error). */
function agrees(live: unknown, built: BuiltValue): boolean {
  if (typeof built === "number") {
    if (!Number.isFinite(built)) return live instanceof DetailedCellError;
    return typeof live === "number" && Math.abs(live - built) <= LIVE_TOLERANCE * Math.max(1, Math.abs(built));
  }
  if (built === null || built === "") return live === null || live === "";
  return live === built;
}

/**
 * Evaluates a generated sheet beside the sheets its formulas read, once with blanks reaching
 * WFM.* functions as blanks and once as 0, and asserts: every formula cell has the planner's value
 * (`built` in its declaration), every live value equals it (and so does every cell a formula
 * spills into, which the declaration gives a `built` value without a formula), and blanks as 0
 * change nothing.
 */
export function expectLiveCellsAgree(laid: LaidOutSheet, sources: SheetInput[]): void {
  const formulas = formulaCells(laid);
  const expected = new Map(laid.expected.map((e) => [e.address, e.value]));
  expect(formulas.filter((address) => !expected.has(address))).toEqual([]);
  expect(formulas.length).toBeGreaterThan(0);
  // Formula cells, and the cells their results spill into (declared with a value, written blank).
  const isFormula = new Set(formulas);
  const checked = [...formulas, ...[...expected.keys()].filter((address) => !isFormula.has(address))];

  const results: Record<BlanksAs, unknown[]> = { null: [], zero: [] };
  for (const blanksAs of ["null", "zero"] as BlanksAs[]) {
    const book = evaluate([...sources, { name: GENERATED, spec: laid.spec }], blanksAs);
    try {
      const wrong: string[] = [];
      for (const address of checked) {
        const live = book.value(GENERATED, address);
        const shown = live instanceof DetailedCellError ? live.value : live;
        const built = expected.get(address) as BuiltValue;
        if (!agrees(live, built)) wrong.push(`${address}: live ${String(shown)}, as built ${String(built)}`);
        results[blanksAs].push(shown);
      }
      expect({ blanksAs, wrong: wrong.slice(0, 10), count: wrong.length }).toEqual({ blanksAs, wrong: [], count: 0 });
    } finally {
      book.destroy();
    }
  }
  expect(results.zero).toEqual(results.null);
}

export { DetailedCellError };
