/**
 * Cells in, cells out: how every worksheet function reads its arguments and spills its result.
 *
 * Each argument arrives from Excel as a matrix (a single cell is [[value]]). Arguments broadcast
 * against each other the way NumPy arrays do: along rows and along columns separately, an
 * argument either has the result's size or size 1. So a single cell goes with any range, a row
 * goes with a range of the same width, a column with a range of the same height, and a column of
 * N against a row of M spills N×M (every pairing, like a data table). Anything else is #VALUE!
 * for the whole call, naming the arguments that do not line up.
 *
 * Per cell: a blank required argument gives a blank result; a blank optional argument takes its
 * default; text, TRUE/FALSE (except in a flag such as `simple`, where they read as 1 and 0) or
 * an Excel error in the argument gives that cell's error (errors win over blanks, in argument
 * order); numbers go to the engine, and whatever it throws or any result that is not a finite
 * number becomes that cell's #NUM!. Nothing is thrown out of `evaluate`.
 *
 * The loop runs once per cell of a spilled range and once per call of a single-cell formula, so
 * it allocates nothing but the result: numbers go to the kernel through one reused array.
 *
 * Two other shapes share the same cell reading (`readNumber`): a RowFunction spills a fixed row
 * of results per interval from arguments that are single cells or columns (`evaluateRows`), and
 * the period functions in ranges.ts read whole ranges into one value.
 *
 * Some results are one whole rather than a cell per input cell: a plan over weeks reads a column
 * of weeks at once. `evaluateWhole` reads such arguments with the same cell reading, but a
 * problem anywhere (a blank or text week, columns of different lengths) is one error for the
 * whole result, naming the argument and the week.
 */
import { errorFromException, ExcelError, isExcelError, numberError, valueError } from "./excel-runtime";

/** One argument of a worksheet function, in the person's words. */
export interface Parameter {
  /** The name Excel shows in the formula tooltip and every message uses. */
  readonly name: string;
  /** What a cell of it must hold, completing "calls must be …". */
  readonly expects: string;
  /** Optional arguments take `fallback` when omitted or blank; required ones blank the result. */
  readonly optional?: boolean;
  /** The value of an omitted or blank optional argument (null: "none", e.g. no patience). */
  readonly fallback?: number | null;
  /** A flag such as `simple`: TRUE and FALSE read as 1 and 0, as Excel's own flags do. */
  readonly logical?: boolean;
  /**
   * For evaluateWhole: the argument is a column (or row) read whole, one cell per `series`
   * ("week"), rather than a single cell. Blanks in an optional series take `fallback`, which
   * must then be a number.
   */
  readonly series?: string;
}

/**
 * The numbers of one cell, in parameter order. Required arguments are always numbers when a
 * kernel runs; optional ones may be their null fallback.
 */
export type CellNumbers = (number | null)[];

/** A cell's value in a spilled result: a number, a blank, or an Excel error. */
export type CellValue = number | string | ExcelError;

export interface WorksheetFunction {
  /** The function's id without the namespace, e.g. "AGENTS_REQUIRED". */
  readonly name: string;
  readonly parameters: readonly Parameter[];
  /** Calls the engine for one cell; throwing is fine, `evaluate` turns it into the cell's error. */
  readonly kernel: (numbers: CellNumbers) => number;
  /** The error to show for an infinite or NaN kernel result, when a specific message helps. */
  readonly explainNonFinite?: (numbers: CellNumbers) => ExcelError;
}

/** A WorksheetFunction with the scratch array its cells are read into. */
interface PreparedFunction extends WorksheetFunction {
  readonly numbers: CellNumbers;
}

export function defineFunction(definition: WorksheetFunction): PreparedFunction {
  return { ...definition, numbers: definition.parameters.map(() => null) };
}

const BLANK = "";

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

function describe(raw: unknown): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "string") return `the text "${raw.length > 20 ? raw.slice(0, 20) + "…" : raw}"`;
  return `a ${typeof raw}`;
}

/** The cell at (row, column) of an argument, reading a size-1 dimension as broadcast. */
function cellAt(argument: unknown, row: number, column: number): unknown {
  if (!Array.isArray(argument)) return argument;
  const line: unknown = argument.length <= 1 ? argument[0] : argument[row];
  if (!Array.isArray(line)) return line;
  return line.length <= 1 ? line[0] : line[column];
}

function rowCount(argument: unknown): number {
  return Array.isArray(argument) && argument.length > 1 ? argument.length : 1;
}

function columnCount(argument: unknown): number {
  if (!Array.isArray(argument)) return 1;
  let widest = 1;
  for (const line of argument) if (Array.isArray(line) && line.length > widest) widest = line.length;
  return widest;
}

/**
 * How one cell reads as a number for `parameter`: the number, null for a blank, or the error it
 * gives (its own Excel error; #VALUE! for text or TRUE/FALSE; #NUM! for a non-finite number).
 * `where` (" in row 3", say) follows the argument's name in a message.
 */
export function readNumber(raw: unknown, parameter: Parameter, where = ""): number | null | ExcelError {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : numberError(`${parameter.name}${where} must be a finite number`);
  }
  if (isBlank(raw)) return null;
  if (isExcelError(raw)) return raw;
  if (typeof raw === "boolean" && parameter.logical) return raw ? 1 : 0;
  return valueError(`${parameter.name}${where} must be ${parameter.expects}, not ${describe(raw)}`);
}

/**
 * Reads the arguments of the cell at (row, column) into `fn.numbers`. Returns null when the
 * kernel can run, a blank when a required argument is blank, or the first error met.
 */
function readArguments(
  fn: Pick<PreparedFunction, "parameters" | "numbers">,
  args: ArrayLike<unknown>,
  row: number,
  column: number,
): CellValue | null {
  const parameters = fn.parameters;
  const numbers = fn.numbers;
  let blank = false;
  for (let i = 0; i < parameters.length; i++) {
    const read = readNumber(cellAt(args[i], row, column), parameters[i]);
    if (typeof read === "number") numbers[i] = read;
    else if (read !== null) return read;
    else if (parameters[i].optional) numbers[i] = parameters[i].fallback ?? null;
    else blank = true;
  }
  return blank ? BLANK : null;
}

function evaluateCell(
  fn: PreparedFunction,
  args: ArrayLike<unknown>,
  row: number,
  column: number,
): CellValue {
  const unread = readArguments(fn, args, row, column);
  if (unread !== null) return unread;
  const numbers = fn.numbers;
  let result: number;
  try {
    result = fn.kernel(numbers);
  } catch (failure) {
    return errorFromException(fn.name, failure);
  }
  if (typeof result === "number" && Number.isFinite(result)) return result;
  if (fn.explainNonFinite) {
    try {
      return fn.explainNonFinite(numbers);
    } catch (failure) {
      return errorFromException(fn.name, failure);
    }
  }
  return numberError(`WFM.${fn.name} has no finite answer for these inputs`);
}

/** The #VALUE! for arguments whose shapes cannot broadcast, or null when they can. */
function mismatch(
  fn: Pick<WorksheetFunction, "parameters">,
  args: ArrayLike<unknown>,
  count: (argument: unknown) => number,
  dimension: "rows" | "columns",
): { size: number; error: ExcelError | null } {
  let size = 1;
  let setBy = -1;
  for (let i = 0; i < fn.parameters.length; i++) {
    const n = count(args[i]);
    if (n === 1) continue;
    if (setBy < 0) {
      size = n;
      setBy = i;
    } else if (n !== size) {
      const first = fn.parameters[setBy].name;
      const second = fn.parameters[i].name;
      return {
        size,
        error: valueError(
          `${first} has ${size} ${dimension} but ${second} has ${n}: give ranges of the same size, ` +
            "or a single cell, row or column",
        ),
      };
    }
  }
  return { size, error: null };
}

/**
 * Evaluates a worksheet function over its (broadcast) arguments. Never throws: every failure is
 * an Excel error in the cell it concerns, or one #VALUE! cell when the shapes do not line up.
 */
export function evaluate(fn: PreparedFunction, args: ArrayLike<unknown>): CellValue[][] {
  try {
    let single = true;
    for (let i = 0; i < fn.parameters.length; i++) {
      const argument = args[i];
      if (!Array.isArray(argument)) continue;
      if (argument.length > 1) single = false;
      else if (Array.isArray(argument[0]) && argument[0].length > 1) single = false;
    }
    if (single) return [[evaluateCell(fn, args, 0, 0)]];

    const rows = mismatch(fn, args, rowCount, "rows");
    if (rows.error) return [[rows.error]];
    const columns = mismatch(fn, args, columnCount, "columns");
    if (columns.error) return [[columns.error]];

    const result: CellValue[][] = new Array(rows.size);
    for (let r = 0; r < rows.size; r++) {
      const line: CellValue[] = new Array(columns.size);
      for (let c = 0; c < columns.size; c++) line[c] = evaluateCell(fn, args, r, c);
      result[r] = line;
    }
    return result;
  } catch (failure) {
    return [[errorFromException(fn.name, failure)]];
  }
}

/**
 * A worksheet function that spills a fixed row of results per interval (SL_VARIANCE's planned
 * SL, five effects and modelled SL): its arguments are single cells or columns, broadcast down
 * the rows as in `evaluate`, and each row's kernel returns `width` numbers.
 */
export interface RowFunction {
  readonly name: string;
  readonly parameters: readonly Parameter[];
  /** How many cells each row spills across. */
  readonly width: number;
  /** Calls the engine for one row; throwing is fine, the row becomes that error. */
  readonly kernel: (numbers: CellNumbers) => ArrayLike<number>;
}

interface PreparedRowFunction extends RowFunction {
  readonly numbers: CellNumbers;
}

export function defineRowFunction(definition: RowFunction): PreparedRowFunction {
  return { ...definition, numbers: definition.parameters.map(() => null) };
}

/** One row of results: the kernel's numbers, or one blank or error repeated across the row. */
function evaluateRow(fn: PreparedRowFunction, args: ArrayLike<unknown>, row: number): CellValue[] {
  const line: CellValue[] = new Array(fn.width);
  let filler = readArguments(fn, args, row, 0);
  if (filler === null) {
    try {
      const results = fn.kernel(fn.numbers);
      for (let c = 0; c < fn.width; c++) {
        const value = results[c];
        line[c] = Number.isFinite(value) ? value : numberError(`WFM.${fn.name} has no finite answer for these inputs`);
      }
      return line;
    } catch (failure) {
      filler = errorFromException(fn.name, failure);
    }
  }
  return line.fill(filler);
}

/**
 * Evaluates a RowFunction: one row of `width` cells per interval. A blank required argument
 * blanks the whole row and an error fills it, so every column that refers to the row shows it.
 * An argument with more than one column gives one #VALUE!. Never throws.
 */
export function evaluateRows(fn: PreparedRowFunction, args: ArrayLike<unknown>): CellValue[][] {
  try {
    for (let i = 0; i < fn.parameters.length; i++) {
      const columns = columnCount(args[i]);
      if (columns > 1) {
        return [
          [
            valueError(
              `${fn.parameters[i].name} has ${columns} columns: give a single cell or a column, one row per interval`,
            ),
          ],
        ];
      }
    }
    const rows = mismatch(fn, args, rowCount, "rows");
    if (rows.error) return [[rows.error]];
    const result: CellValue[][] = new Array(rows.size);
    for (let r = 0; r < rows.size; r++) result[r] = evaluateRow(fn, args, r);
    return result;
  } catch (failure) {
    return [[errorFromException(fn.name, failure)]];
  }
}

/**
 * The arguments of a whole-result function once read, in parameter order: a series as its
 * numbers (null when an optional series is omitted), a single cell as its number (or an optional
 * argument's fallback).
 */
export type WholeArguments = (number | null | number[])[];

/**
 * A worksheet function whose result is one whole, such as a plan over weeks: it does not
 * broadcast cell by cell, so a problem anywhere in its arguments is one error for the result.
 */
export interface WholeResultFunction {
  /** The function's id without the namespace, e.g. "CAPACITY_PLAN". */
  readonly name: string;
  /** Parameters with `series` are read whole; the others must be single cells. */
  readonly parameters: readonly Parameter[];
  /** Computes the result; throwing is fine, evaluateWhole turns it into the result's error. */
  readonly compute: (values: WholeArguments) => CellValue[][];
}

function cellCount(argument: unknown): number {
  return Array.isArray(argument) ? argument.length * columnCount(argument) : 1;
}

/** A series argument's cells in order, or the #VALUE! for a block that is neither a row nor a column. */
function seriesCells(parameter: Parameter, argument: unknown): unknown[] | ExcelError {
  if (!Array.isArray(argument)) return [argument];
  const rows = argument.length;
  const columns = columnCount(argument);
  if (rows > 1 && columns > 1) {
    return valueError(
      `${parameter.name} must be one column (or one row) with a cell per ${parameter.series}, ` +
        `not a block of ${rows} rows × ${columns} columns`,
    );
  }
  if (rows > 1) return argument.map((line) => (Array.isArray(line) ? line[0] : line));
  return Array.isArray(argument[0]) ? argument[0] : [argument[0]];
}

/** Reads a series argument whole: its numbers, null when an optional one is omitted, or its error. */
function readSeries(parameter: Parameter, argument: unknown): number[] | null | ExcelError {
  const cells = seriesCells(parameter, argument);
  if (!Array.isArray(cells)) return cells;
  if (parameter.optional && cells.length === 1 && isBlank(cells[0])) return null;
  const numbers: number[] = new Array(cells.length);
  for (let k = 0; k < cells.length; k++) {
    const where = ` in ${parameter.series} ${k + 1}`;
    const read = readNumber(cells[k], parameter, where);
    if (read === null) {
      if (!parameter.optional) return valueError(`${parameter.name}${where} is blank; it must be ${parameter.expects}`);
      numbers[k] = parameter.fallback as number;
    } else if (typeof read === "number") numbers[k] = read;
    else return read;
  }
  return numbers;
}

/** Reads an argument that must be one cell: its number, an optional fallback, or its error. */
function readSingle(parameter: Parameter, argument: unknown): number | null | ExcelError {
  const cells = cellCount(argument);
  if (cells > 1) return valueError(`${parameter.name} must be a single cell, not a range of ${cells} cells`);
  const read = readNumber(cellAt(argument, 0, 0), parameter);
  if (read !== null) return read;
  if (!parameter.optional) return valueError(`${parameter.name} is blank; it must be ${parameter.expects}`);
  return parameter.fallback ?? null;
}

/**
 * Evaluates a whole-result function. Never throws: the first argument that cannot be read (a
 * blank, text or error cell, a range where one cell belongs, series of different lengths) gives
 * one error cell for the whole result, naming the argument and the series' cell; whatever
 * `compute` throws becomes one #NUM! as in `evaluate`.
 */
export function evaluateWhole(fn: WholeResultFunction, args: ArrayLike<unknown>): CellValue[][] {
  try {
    const values: WholeArguments = new Array(fn.parameters.length);
    let first = -1;
    for (let i = 0; i < fn.parameters.length; i++) {
      const parameter = fn.parameters[i];
      const value = parameter.series ? readSeries(parameter, args[i]) : readSingle(parameter, args[i]);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) return [[value]];
      values[i] = value;
      if (!Array.isArray(value)) continue;
      if (first < 0) first = i;
      const length = (values[first] as number[]).length;
      if (value.length !== length) {
        const unit = parameter.series;
        return [
          [
            valueError(
              `${parameter.name} has ${value.length} ${unit}s but ${fn.parameters[first].name} has ${length}: ` +
                `give one cell per ${unit} for both`,
            ),
          ],
        ];
      }
    }
    return fn.compute(values);
  } catch (failure) {
    return [[errorFromException(fn.name, failure)]];
  }
}
