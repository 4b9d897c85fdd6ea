/**
 * The one module that talks to Excel's custom-functions runtime: it builds the error values the
 * worksheet functions return and registers the functions.
 *
 * #VALUE! means "this cell holds the wrong kind of thing" (text or TRUE/FALSE where a number
 * belongs, ranges that do not line up); #NUM! means "this number is outside what the maths
 * accepts, or no staffing can meet the target"; #DIV/0! means "this ratio over a period divides
 * by a total of zero" (a period with no calls). Every message names the argument to fix.
 *
 * Excel's runtime provides `CustomFunctions.Error`; outside Excel (unit tests, benchmarks, a
 * runtime that failed to load it) a plain object of the same shape stands in, so building an
 * error can never itself throw out of a worksheet function.
 */
import { EngineInputError, ZeroTotalError } from "../engine";

/** The codes this add-in reports, spelled as Excel shows them. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!";

/** What a worksheet function returns for a failed cell: CustomFunctions.Error or its stand-in. */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

const ERROR_CODE_NAMES: Record<ExcelErrorCode, "invalidValue" | "invalidNumber" | "divisionByZero"> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
};

function excelError(code: ExcelErrorCode, message: string): ExcelError {
  if (typeof CustomFunctions !== "undefined") {
    try {
      const runtimeCode = CustomFunctions.ErrorCode[ERROR_CODE_NAMES[code]];
      if (runtimeCode !== undefined) return new CustomFunctions.Error(runtimeCode, message);
    } catch {
      // An incomplete runtime must not turn one bad cell into a thrown exception: the stand-in
      // below still carries the code and the message to the person.
    }
  }
  return { code, message };
}

/** #VALUE!: the cell holds the wrong kind of thing. */
export function valueError(message: string): ExcelError {
  return excelError("#VALUE!", message);
}

/** #NUM!: the number is out of range, or the target cannot be met. */
export function numberError(message: string): ExcelError {
  return excelError("#NUM!", message);
}

/** #DIV/0!: a ratio over a period whose denominator totals zero. */
export function divisionError(message: string): ExcelError {
  return excelError("#DIV/0!", message);
}

/** True for an Excel error value arriving in an argument, so it can pass through unchanged. */
export function isExcelError(value: unknown): value is ExcelError {
  if (typeof value !== "object" || value === null) return false;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    if (value instanceof CustomFunctions.Error) return true;
  }
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * The error for an exception thrown while computing one cell. The engine's own input errors
 * already say which argument to fix; anything else is a defect, reported rather than thrown so
 * that the other cells of a spilled range still get their values.
 */
export function errorFromException(functionName: string, failure: unknown): ExcelError {
  if (failure instanceof EngineInputError) return numberError(failure.message);
  if (failure instanceof ZeroTotalError) return divisionError(failure.message);
  const detail = failure instanceof Error ? failure.message : String(failure);
  return numberError(`WFM.${functionName} could not compute this cell: ${detail}`);
}

/**
 * Registers a worksheet function under its id with Excel's runtime, when one is loaded; outside
 * Excel (the task pane in a plain browser, Node) there is nothing to register with.
 */
export function registerWithExcel(id: string, fn: (...args: never[]) => unknown): void {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
    CustomFunctions.associate(id, fn);
  }
}
