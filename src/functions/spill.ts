/**
 * Cells in, cells out: how every worksheet function reads its arguments and spills its result.
 *
 * Each argument arrives from Excel as a matrix (a single cell is [[value]]). Arguments broadcast
 * against each other the way NumPy arrays do: along rows and along columns separately, an
 * argument either has the result's size or size 1. So a single cell goes with any range, a row
 * goes with a range of the same width, a column with a range of the same height, and a column of
 * N against a row of M spills N×M (every pairing, like a data table). Anything else is #VALUE!
 * for the whole call, naming the arguments that do not line up, and so is a result larger than
 * MAX_RESULT_CELLS (excel-grid.ts), refused before anything is computed.
 *
 * Per cell: a blank required argument gives a blank result; a blank optional argument takes its
 * default; text, TRUE/FALSE (except in a flag such as `simple`, where they read as 1 and 0) or
 * an Excel error in the argument gives that cell's error (errors win over blanks, in argument
 * order); numbers go to the engine, and whatever it throws or any result that is not a finite
 * number becomes that cell's error, worded by messages.ts. Nothing is thrown out of `evaluate`.
 *
 * What real Excel passes (README, "How Excel passes cells"):
 * - an error cell inside a range arrives as a CustomFunctions.Error, because functions.json sets
 *   "allowErrorForDataTypeAny" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json);
 *   it comes back unchanged in its own result cell, or as #VALUE! naming it when Excel does not
 *   let a function return that code (#REF!, #NAME?, #SPILL!, …);
 * - a cell holding a data type (a linked entity, a formatted number) arrives as its cell-value
 *   object, because functions.json sets "allowCustomDataForDataTypeAny"
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts):
 *   its basicValue is used where it is a number, otherwise the #VALUE! says what was found.
 * One cell reader, `readNumber`, does all of this for every shape below.
 *
 * The loop runs once per cell of a spilled range and once per call of a single-cell formula, so
 * it allocates nothing but the result: numbers go to the kernel through one reused array.
 *
 * Two other shapes share the same cell reading: a RowFunction spills a fixed row of results per
 * interval from arguments that are single cells or columns (`evaluateRows`), and the period
 * functions in ranges.ts read whole ranges into one value.
 *
 * Some results are one whole rather than a cell per input cell: a plan over weeks reads a column
 * of weeks at once. `evaluateWhole` reads such arguments with the same cell reading, but a
 * problem anywhere (a blank or text week, columns of different lengths) is one error for the
 * whole result, naming the argument and the week.
 *
 * A function whose specification gives other error codes than the add-in's policy (the
 * reporting and capacity functions of issues 8 and 9) says so with `codes` (messages.ts,
 * CodePolicy); its cells are read the same way.
 */
import type { ListEntry } from "../engine";
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_RESULT_CELLS } from "./excel-grid";
import {
  errorFromException,
  errorWithCode,
  excelError,
  ExcelError,
  isExcelError,
  isReturnable,
  valueError,
} from "./excel-runtime";
import {
  blankCell,
  errorInCell,
  listsDiffer,
  noFiniteAnswer,
  notASeries,
  notFinite,
  notSingleCell,
  resultTooLarge,
  shapesDiffer,
  tooManyColumns,
  wrongKind,
  type ArgumentWords,
  type CodePolicy,
} from "./messages";

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
  readonly series?: ListEntry;
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
  /** The codes its specification gives the engine's refusals; omitted: the add-in's policy. */
  readonly codes?: CodePolicy;
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

/** An Excel cell-value object (Excel.CellValue): it has a string `type`. */
interface DataTypeValue {
  type: string;
  basicValue?: unknown;
  basicType?: unknown;
  text?: unknown;
}

function isDataType(raw: unknown): raw is DataTypeValue {
  return typeof raw === "object" && raw !== null && typeof (raw as { type?: unknown }).type === "string";
}

/** What a data type cell holds, in the words of a message: "the data type “Tallinn”". */
function describeDataType(value: DataTypeValue): string {
  // An entity or image shows its text; its basicValue is then only the "#VALUE!" it stands for.
  const basic = value.basicType !== "Error" && typeof value.basicValue === "string" ? value.basicValue : "";
  const text = typeof value.text === "string" ? value.text : basic;
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const kind = /entity/i.test(value.type) ? "data type" : `value of type ${value.type.slice(0, 20)}`;
  return shown === "" ? `a ${kind}` : `the ${kind} “${shown}”`;
}

/** A data-type error value ({ type: "Error", basicValue: "#N/A" }), as the code it shows. */
interface DataTypeError {
  dataTypeError: string;
}

/**
 * The plain value of a data type: its basicValue where that is a number, text or TRUE/FALSE; the
 * code of a data-type error; otherwise the data type itself, which the caller refuses with a
 * message that says what it is. An entity's basicValue is "#VALUE!" with basicType "Error",
 * which does not mean the cell shows an error, so it counts as having no plain value.
 */
function plainValue(value: DataTypeValue): unknown {
  const basic = value.basicValue;
  if (value.type === "Error") return typeof basic === "string" ? { dataTypeError: basic } : value;
  if (value.basicType === "Error") return value;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  if (value.type === "Empty") return "";
  return value;
}

function isDataTypeError(raw: unknown): raw is DataTypeError {
  return typeof raw === "object" && raw !== null && typeof (raw as DataTypeError).dataTypeError === "string";
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

/** The words for a parameter named by an engine refusal. */
export function wordsFor(fn: { readonly parameters: readonly Parameter[] }): (name: string) => ArgumentWords {
  return (name) => fn.parameters.find((parameter) => parameter.name === name) ?? { name, expects: "a number" };
}

/** A parameter's words with `where` (" in row 3") after its name, for a cell of a range. */
function placed(parameter: Parameter, where: string): ArgumentWords {
  return where === "" ? parameter : { name: `${parameter.name}${where}`, expects: parameter.expects };
}

/** The result cell for an Excel error arriving in an argument: itself, or a #VALUE! naming it. */
function passOn(error: ExcelError, parameter: Parameter, where: string): ExcelError {
  return isReturnable(error) ? error : valueError(errorInCell(placed(parameter, where), error.code));
}

/**
 * How one cell reads as a number for `parameter`: the number, null for a blank, or the error it
 * gives: an Excel error passed on (as #VALUE! naming it where Excel cannot return its code); a
 * data type's basicValue read in its place; #VALUE! for text, TRUE/FALSE (unless the parameter
 * is a flag), another data type or a number that is not finite. `where` (" in row 3", say)
 * follows the argument's name in a message. Numbers, the usual case, return at once.
 */
export function readNumber(raw: unknown, parameter: Parameter, where = ""): number | null | ExcelError {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : valueError(notFinite(placed(parameter, where)));
  }
  if (isBlank(raw)) return null;
  if (isExcelError(raw)) return passOn(raw, parameter, where);
  if (isDataType(raw)) {
    const plain = plainValue(raw);
    if (isDataTypeError(plain)) {
      return errorWithCode(plain.dataTypeError) ?? valueError(errorInCell(placed(parameter, where), plain.dataTypeError));
    }
    if (plain !== raw) return readNumber(plain, parameter, where);
    return valueError(wrongKind(placed(parameter, where), describeDataType(raw)));
  }
  if (typeof raw === "boolean" && parameter.logical) return raw ? 1 : 0;
  return valueError(wrongKind(placed(parameter, where), describe(raw)));
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

/** The error for a result that is not a finite number: #N/A, or the unreachable code of `codes`. */
export function notFiniteResult(name: string, codes: CodePolicy | undefined): ExcelError {
  return excelError(codes?.unreachable ?? "#N/A", noFiniteAnswer(name));
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
    return errorFromException(fn.name, failure, wordsFor(fn), fn);
  }
  if (typeof result === "number" && Number.isFinite(result)) return result;
  if (fn.explainNonFinite) {
    try {
      return fn.explainNonFinite(numbers);
    } catch (failure) {
      return errorFromException(fn.name, failure, wordsFor(fn), fn);
    }
  }
  return notFiniteResult(fn.name, fn.codes);
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
      return { size, error: valueError(shapesDiffer(first, size, second, n, dimension)) };
    }
  }
  return { size, error: null };
}

/** The #VALUE! for a result of rows × columns larger than a function returns, or null. */
function tooLarge(rows: number, columns: number): ExcelError | null {
  if (rows > EXCEL_ROWS || columns > EXCEL_COLUMNS || rows * columns > MAX_RESULT_CELLS) {
    return valueError(resultTooLarge(rows, columns));
  }
  return null;
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
    const large = tooLarge(rows.size, columns.size);
    if (large) return [[large]];

    const result: CellValue[][] = new Array(rows.size);
    for (let r = 0; r < rows.size; r++) {
      const line: CellValue[] = new Array(columns.size);
      for (let c = 0; c < columns.size; c++) line[c] = evaluateCell(fn, args, r, c);
      result[r] = line;
    }
    return result;
  } catch (failure) {
    return [[errorFromException(fn.name, failure, wordsFor(fn), fn)]];
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
  /** The codes its specification gives the engine's refusals; omitted: the add-in's policy. */
  readonly codes?: CodePolicy;
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
        line[c] = Number.isFinite(value) ? value : notFiniteResult(fn.name, fn.codes);
      }
      return line;
    } catch (failure) {
      filler = errorFromException(fn.name, failure, wordsFor(fn), fn);
    }
  }
  return line.fill(filler);
}

/**
 * Evaluates a RowFunction: one row of `width` cells per interval. A blank required argument
 * blanks the whole row and an error fills it, so every column that refers to the row shows it.
 * An argument with more than one column, or more rows than a result may have, gives one
 * #VALUE!. Never throws.
 */
export function evaluateRows(fn: PreparedRowFunction, args: ArrayLike<unknown>): CellValue[][] {
  try {
    for (let i = 0; i < fn.parameters.length; i++) {
      const columns = columnCount(args[i]);
      if (columns > 1) return [[valueError(tooManyColumns(fn.parameters[i].name, columns, "interval"))]];
    }
    const rows = mismatch(fn, args, rowCount, "rows");
    if (rows.error) return [[rows.error]];
    const large = tooLarge(rows.size, fn.width);
    if (large) return [[large]];
    const result: CellValue[][] = new Array(rows.size);
    for (let r = 0; r < rows.size; r++) result[r] = evaluateRow(fn, args, r);
    return result;
  } catch (failure) {
    return [[errorFromException(fn.name, failure, wordsFor(fn), fn)]];
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
  /** The codes its specification gives the engine's refusals; omitted: the add-in's policy. */
  readonly codes?: CodePolicy;
}

function cellCount(argument: unknown): number {
  return Array.isArray(argument) ? argument.length * columnCount(argument) : 1;
}

/** A series argument's cells in order, or the #VALUE! for a block that is neither a row nor a column. */
function seriesCells(parameter: Parameter & { series: ListEntry }, argument: unknown): unknown[] | ExcelError {
  if (!Array.isArray(argument)) return [argument];
  const rows = argument.length;
  const columns = columnCount(argument);
  if (rows > 1 && columns > 1) return valueError(notASeries(parameter.name, parameter.series, rows, columns));
  if (rows > 1) return argument.map((line) => (Array.isArray(line) ? line[0] : line));
  return Array.isArray(argument[0]) ? argument[0] : [argument[0]];
}

/** " in week 3": where entry `index` of a series is. */
function inSeries(series: ListEntry, index: number): string {
  return ` in ${series} ${index + 1}`;
}

/** Reads a series argument whole: its numbers, null when an optional one is omitted, or its error. */
function readSeries(parameter: Parameter & { series: ListEntry }, argument: unknown): number[] | null | ExcelError {
  const cells = seriesCells(parameter, argument);
  if (!Array.isArray(cells)) return cells;
  if (parameter.optional && cells.length === 1 && isBlank(cells[0])) return null;
  const numbers: number[] = new Array(cells.length);
  for (let k = 0; k < cells.length; k++) {
    // The place (" in week 3") is worded only for a message: a cell that does not read is read
    // again with it.
    const read = readNumber(cells[k], parameter);
    if (read === null) {
      if (!parameter.optional) return valueError(blankCell(placed(parameter, inSeries(parameter.series, k))));
      numbers[k] = parameter.fallback as number;
    } else if (typeof read === "number") numbers[k] = read;
    else return readNumber(cells[k], parameter, inSeries(parameter.series, k)) as ExcelError;
  }
  return numbers;
}

/** Reads an argument that must be one cell: its number, an optional fallback, or its error. */
function readSingle(parameter: Parameter, argument: unknown): number | null | ExcelError {
  const cells = cellCount(argument);
  if (cells > 1) return valueError(notSingleCell(parameter.name, cells));
  const read = readNumber(cellAt(argument, 0, 0), parameter);
  if (read !== null) return read;
  if (!parameter.optional) return valueError(blankCell(parameter));
  return parameter.fallback ?? null;
}

function isSeries(parameter: Parameter): parameter is Parameter & { series: ListEntry } {
  return parameter.series !== undefined;
}

/**
 * Evaluates a whole-result function. Never throws: the first argument that cannot be read (a
 * blank, text or error cell, a range where one cell belongs, series of different lengths) gives
 * one error cell for the whole result, naming the argument and the series' cell; whatever
 * `compute` throws becomes one error as in `evaluate`, an entry of a series named by its place
 * (" in week 3").
 */
export function evaluateWhole(fn: WholeResultFunction, args: ArrayLike<unknown>): CellValue[][] {
  const series = fn.parameters.find(isSeries)?.series ?? "interval";
  const refusals = { codes: fn.codes, place: (index: number) => inSeries(series, index) };
  try {
    const values: WholeArguments = new Array(fn.parameters.length);
    let first = -1;
    for (let i = 0; i < fn.parameters.length; i++) {
      const parameter = fn.parameters[i];
      const value = isSeries(parameter) ? readSeries(parameter, args[i]) : readSingle(parameter, args[i]);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) return [[value]];
      values[i] = value;
      if (!Array.isArray(value)) continue;
      if (first < 0) first = i;
      const length = (values[first] as number[]).length;
      if (value.length !== length) {
        const entry = parameter.series ?? series;
        return [[valueError(listsDiffer(parameter.name, value.length, fn.parameters[first].name, length, entry))]];
      }
    }
    return fn.compute(values);
  } catch (failure) {
    return [[errorFromException(fn.name, failure, wordsFor(fn), refusals)]];
  }
}
