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
 * default; text, TRUE/FALSE or an Excel error in the argument gives that cell's error (errors win
 * over blanks, in argument order); numbers go to the engine, and whatever it throws or any result
 * that is not a finite number becomes that cell's error, worded by messages.ts. Nothing is
 * thrown out of `evaluate`.
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
 *
 * The loop runs once per cell of a spilled range and once per call of a single-cell formula, so
 * it allocates nothing but the result: numbers go to the kernel through one reused array.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_RESULT_CELLS } from "./excel-grid";
import {
  errorFromException,
  errorWithCode,
  ExcelError,
  isExcelError,
  isReturnable,
  notAvailableError,
  valueError,
} from "./excel-runtime";
import { errorInCell, notFinite, resultTooLarge, shapesDiffer, wrongKind, type ArgumentWords } from "./messages";

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
function wordsFor(fn: PreparedFunction): (name: string) => ArgumentWords {
  return (name) => fn.parameters.find((parameter) => parameter.name === name) ?? { name, expects: "a number" };
}

/** The result cell for an Excel error arriving in an argument: itself, or a #VALUE! naming it. */
function passOn(error: ExcelError, parameter: Parameter): ExcelError {
  return isReturnable(error) ? error : valueError(errorInCell(parameter, error.code));
}

function evaluateCell(
  fn: PreparedFunction,
  args: ArrayLike<unknown>,
  row: number,
  column: number,
): CellValue {
  const parameters = fn.parameters;
  const numbers = fn.numbers;
  let blank = false;
  for (let i = 0; i < parameters.length; i++) {
    let raw = cellAt(args[i], row, column);
    if (isDataType(raw)) raw = plainValue(raw);
    if (typeof raw === "number") {
      if (!Number.isFinite(raw)) return valueError(notFinite(parameters[i]));
      numbers[i] = raw;
    } else if (isBlank(raw)) {
      if (parameters[i].optional) numbers[i] = parameters[i].fallback ?? null;
      else blank = true;
    } else if (isExcelError(raw)) {
      return passOn(raw, parameters[i]);
    } else if (isDataTypeError(raw)) {
      return errorWithCode(raw.dataTypeError) ?? valueError(errorInCell(parameters[i], raw.dataTypeError));
    } else if (isDataType(raw)) {
      return valueError(wrongKind(parameters[i], describeDataType(raw)));
    } else {
      return valueError(wrongKind(parameters[i], describe(raw)));
    }
  }
  if (blank) return BLANK;
  let result: number;
  try {
    result = fn.kernel(numbers);
  } catch (failure) {
    return errorFromException(fn.name, failure, wordsFor(fn));
  }
  if (typeof result === "number" && Number.isFinite(result)) return result;
  if (fn.explainNonFinite) {
    try {
      return fn.explainNonFinite(numbers);
    } catch (failure) {
      return errorFromException(fn.name, failure, wordsFor(fn));
    }
  }
  return notAvailableError(`WFM.${fn.name} has no finite answer for these inputs.`);
}

/** The #VALUE! for arguments whose shapes cannot broadcast, or null when they can. */
function mismatch(
  fn: PreparedFunction,
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
    if (rows.size > EXCEL_ROWS || columns.size > EXCEL_COLUMNS || rows.size * columns.size > MAX_RESULT_CELLS) {
      return [[valueError(resultTooLarge(rows.size, columns.size))]];
    }

    const result: CellValue[][] = new Array(rows.size);
    for (let r = 0; r < rows.size; r++) {
      const line: CellValue[] = new Array(columns.size);
      for (let c = 0; c < columns.size; c++) line[c] = evaluateCell(fn, args, r, c);
      result[r] = line;
    }
    return result;
  } catch (failure) {
    return [[errorFromException(fn.name, failure, wordsFor(fn))]];
  }
}
