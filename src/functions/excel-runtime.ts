/**
 * The one module that talks to Excel's custom-functions runtime: it builds the error values the
 * worksheet functions return and registers the functions.
 *
 * Which code goes with which problem is decided in messages.ts: #VALUE! for an argument to fix,
 * #N/A for valid arguments without an answer, the two codes whose custom message Excel shows.
 * #NUM! and #DIV/0! are kept for functions whose specification asks for them (the reporting and
 * capacity functions, messages.ts's CodePolicy); Excel shows no message on them, so the README's
 * error table says what they mean.
 *
 * Excel's runtime provides `CustomFunctions.Error`; outside Excel (unit tests, benchmarks, a
 * runtime that failed to load it) a plain object of the same shape stands in, so building an
 * error can never itself throw out of a worksheet function.
 */
import { EngineInputError } from "../engine";
import { codeFor, defect, wordProblem, type ArgumentWords, type CodePolicy } from "./messages";

/**
 * The codes a worksheet function may report, spelled as Excel shows them. The functions here
 * use #VALUE! and #N/A; #NUM! and #DIV/0! are for functions whose specification asks for them
 * (Excel shows no message with those, so their README section must say when they occur).
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!";

/** What a worksheet function returns for a failed cell: CustomFunctions.Error or its stand-in. */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

/**
 * Error codes a custom function may return, with the name of each in CustomFunctions.ErrorCode.
 * #NAME? and #REF! arrive as inputs but cannot be returned
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), nor can the
 * newer #SPILL!, #CALC!, #BUSY! and the like, which have no CustomFunctions.ErrorCode.
 */
const RUNTIME_NAMES: Readonly<Record<ExcelErrorCode | "#NULL!", keyof typeof CustomFunctions.ErrorCode>> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

const RETURNABLE_CODES: ReadonlySet<string> = new Set(Object.keys(RUNTIME_NAMES));

/**
 * An error with a returnable `code` (and `message`, when there is one): a CustomFunctions.Error
 * in Excel, its stand-in elsewhere.
 */
function buildError(code: keyof typeof RUNTIME_NAMES, message?: string): ExcelError {
  if (typeof CustomFunctions !== "undefined") {
    try {
      const runtimeCode = CustomFunctions.ErrorCode[RUNTIME_NAMES[code]];
      if (runtimeCode !== undefined) {
        return message === undefined ? new CustomFunctions.Error(runtimeCode) : new CustomFunctions.Error(runtimeCode, message);
      }
    } catch {
      // An incomplete runtime must not turn one bad cell into a thrown exception: the stand-in
      // below still carries the code and the message to the person.
    }
  }
  return message === undefined ? { code } : { code, message };
}

/** An error with `code` and `message`: a CustomFunctions.Error in Excel, its stand-in elsewhere. */
export function excelError(code: ExcelErrorCode, message: string): ExcelError {
  return buildError(code, message);
}

/** #VALUE!: an argument to fix; Excel shows the message. */
export function valueError(message: string): ExcelError {
  return excelError("#VALUE!", message);
}

/** #N/A: valid arguments, but no answer exists; Excel shows the message. */
export function notAvailableError(message: string): ExcelError {
  return excelError("#N/A", message);
}

/** True for an Excel error value arriving in an argument. */
export function isExcelError(value: unknown): value is ExcelError {
  if (typeof value !== "object" || value === null) return false;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    if (value instanceof CustomFunctions.Error) return true;
  }
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

export function isReturnable(error: ExcelError): boolean {
  return RETURNABLE_CODES.has(error.code);
}

/**
 * A returnable error with the given code, for a data-type error value (which carries its code as
 * text, "#N/A"), or null for a code a function cannot return.
 */
export function errorWithCode(code: string): ExcelError | null {
  return RETURNABLE_CODES.has(code) ? buildError(code as keyof typeof RUNTIME_NAMES) : null;
}

/** How a function reports the engine's refusals, beyond the add-in's policy. */
export interface Refusals {
  /** The codes its specification gives (messages.ts, CodePolicy); omitted: the add-in's policy. */
  readonly codes?: CodePolicy;
  /** Where entry `index` of a list argument is, as a message says it: " in row 3", " in week 2". */
  readonly place?: (index: number) => string;
}

/**
 * The error for an exception thrown while computing one cell. The engine's refusals are worded
 * from their structured problem (naming the argument, the value and the limit); anything else is
 * a defect, reported rather than thrown so that the other cells of a spilled range still compute.
 */
export function errorFromException(
  functionName: string,
  failure: unknown,
  argumentWords: (name: string) => ArgumentWords = (name) => ({ name, expects: "a number" }),
  refusals: Refusals = {},
): ExcelError {
  if (failure instanceof EngineInputError) {
    const wording = wordProblem(failure.problem, argumentWords, functionName, refusals.place);
    return excelError(codeFor(failure.problem, wording, refusals.codes), wording.message);
  }
  const detail = failure instanceof Error ? failure.message : String(failure);
  return valueError(defect(functionName, detail));
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
