/**
 * Ranges in, one value out: how the period functions (SL_PERIOD, WAPE, FORECAST_BIAS, MAPE)
 * read their ranges.
 *
 * The ranges pair up cell by cell and must have the same shape: any shape, a column of a day's
 * intervals or a block of days × times; each position is one interval. Positions are read in
 * reading order (along the first row, then the next), each cell as spill.ts reads any cell
 * (`readNumber`): an Excel error is the result, since skipping it could hide a broken lookup
 * (as SUM does not skip it either); text or TRUE/FALSE is #VALUE! naming the interval's row.
 * Then an interval's blanks decide. A blank in a range whose blanks skip the interval (offered
 * for SL_PERIOD; either side of a pair for the accuracy measures) leaves the interval out. A
 * blank in a range whose blanks are missing data (answered_within beside a number of calls
 * offered) is #VALUE! naming the row: missing data is not a zero. The kept intervals go to the
 * engine as columns of numbers, and an engine error about one entry names its row.
 *
 * Single-cell options after the ranges (abandon_rule) read as in spill.ts: blank or omitted
 * takes the default. Nothing is thrown out of `evaluateRanges`: the result is always one cell.
 * The engine's refusals take the codes of the function's CodePolicy (messages.ts).
 */
import { errorFromException, type ExcelError, valueError } from "./excel-runtime";
import { missingData, notSingleCell, rangesDiffer, type CodePolicy } from "./messages";
import { CellNumbers, CellValue, notFiniteResult, Parameter, readNumber, wordsFor } from "./spill";

/** A range argument, and what a blank cell in it means. */
export interface RangeParameter extends Parameter {
  /** "skips": a blank leaves the interval out; "missing": a blank beside counted data is #VALUE!. */
  readonly blank: "skips" | "missing";
}

export interface RangeFunction {
  /** The function's id without the namespace. */
  readonly name: string;
  /** The ranges, in argument order; an optional one may be omitted altogether. */
  readonly ranges: readonly RangeParameter[];
  /** Single-cell arguments after the ranges. */
  readonly options: readonly Parameter[];
  /**
   * Calls the engine with each range's numbers over the kept intervals (null for an omitted
   * optional range) and the options' numbers; throwing is fine: the result is that error.
   */
  readonly kernel: (columns: (number[] | null)[], options: CellNumbers) => number;
  /** The codes its specification gives the engine's refusals; omitted: the add-in's policy. */
  readonly codes?: CodePolicy;
}

type Matrix = readonly (readonly unknown[] | unknown)[];

function asMatrix(argument: unknown): Matrix {
  return Array.isArray(argument) ? argument : [[argument]];
}

function width(matrix: Matrix): number {
  let widest = 0;
  for (const line of matrix) widest = Math.max(widest, Array.isArray(line) ? line.length : 1);
  return widest;
}

function cell(matrix: Matrix, row: number, column: number): unknown {
  const line = matrix[row];
  return Array.isArray(line) ? line[column] : column === 0 ? line : undefined;
}

/** Where an interval is within the ranges, in the words a message uses: " in row 3". */
function where(row: number, column: number, rows: number, columns: number): string {
  if (columns === 1) return ` in row ${row + 1}`;
  if (rows === 1) return ` in column ${column + 1}`;
  return ` in row ${row + 1}, column ${column + 1}`;
}

/** The single number of an option argument, its default when blank or omitted, or its error. */
function readOption(parameter: Parameter, argument: unknown): number | null | ExcelError {
  const matrix = asMatrix(argument ?? null);
  if (matrix.length > 1 || width(matrix) > 1) return valueError(notSingleCell(parameter.name, matrix.length * width(matrix)));
  const read = readNumber(cell(matrix, 0, 0), parameter);
  return read === null ? (parameter.fallback ?? null) : read;
}

/**
 * Evaluates a RangeFunction over its arguments (the ranges, then the options, in argument
 * order) and returns its one result cell.
 */
export function evaluateRanges(fn: RangeFunction, args: ArrayLike<unknown>): CellValue[][] {
  try {
    return [[evaluateChecked(fn, args)]];
  } catch (failure) {
    return [[errorFromException(fn.name, failure, wordsFor({ parameters: [...fn.ranges, ...fn.options] }), fn)]];
  }
}

function evaluateChecked(fn: RangeFunction, args: ArrayLike<unknown>): CellValue {
  const ranges = fn.ranges;
  const matrices: (Matrix | null)[] = ranges.map((parameter, i) => {
    const argument = args[i];
    return parameter.optional && (argument === undefined || argument === null) ? null : asMatrix(argument);
  });
  const first = matrices[0] as Matrix;
  const rows = first.length;
  const columns = width(first);
  for (let i = 1; i < ranges.length; i++) {
    const matrix = matrices[i];
    if (matrix && (matrix.length !== rows || width(matrix) !== columns)) {
      return valueError(rangesDiffer(ranges[0].name, [rows, columns], ranges[i].name, [matrix.length, width(matrix)]));
    }
  }

  const options: CellNumbers = [];
  for (let k = 0; k < fn.options.length; k++) {
    const read = readOption(fn.options[k], args[ranges.length + k]);
    if (read !== null && typeof read !== "number") return read;
    options.push(read);
  }

  const columnsKept: (number[] | null)[] = matrices.map((matrix) => (matrix ? [] : null));
  // Where each kept interval is, as r × columns + c: the words (" in row 3") are made only for
  // a message, so that a range of a year of intervals reads without a string per cell.
  const positions: number[] = [];
  const numbers: (number | null)[] = new Array(ranges.length).fill(null);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      let skipped = false;
      let missing = -1;
      for (let i = 0; i < ranges.length; i++) {
        const matrix = matrices[i];
        if (!matrix) continue;
        const raw = cell(matrix, r, c);
        const read = readNumber(raw, ranges[i]);
        // A cell that does not read is read again with its place, for the message to name it.
        if (read !== null && typeof read !== "number") return readNumber(raw, ranges[i], where(r, c, rows, columns)) as ExcelError;
        numbers[i] = read;
        if (read === null) {
          if (ranges[i].blank === "skips") skipped = true;
          else if (missing < 0) missing = i;
        }
      }
      if (skipped) continue;
      if (missing >= 0) return blankBesideData(ranges, numbers, missing, where(r, c, rows, columns));
      for (let i = 0; i < ranges.length; i++) columnsKept[i]?.push(numbers[i] as number);
      positions.push(r * columns + c);
    }
  }

  let result: number;
  try {
    result = fn.kernel(columnsKept, options);
  } catch (failure) {
    // An engine refusal of one kept interval names where that interval is in the ranges.
    const words = wordsFor({ parameters: [...ranges, ...fn.options] });
    const place = (index: number): string => {
      const position = positions[index];
      return position === undefined ? "" : where(Math.floor(position / columns), position % columns, rows, columns);
    };
    return errorFromException(fn.name, failure, words, { codes: fn.codes, place });
  }
  return Number.isFinite(result) ? result : notFiniteResult(fn.name, fn.codes);
}

/** #VALUE! for a blank where the interval's other data says a number belongs. */
function blankBesideData(
  ranges: readonly RangeParameter[],
  numbers: readonly (number | null)[],
  missing: number,
  position: string,
): ExcelError {
  const counted = ranges.findIndex((parameter) => parameter.blank === "skips");
  // The interval was not skipped, so the range whose blanks skip it holds a number here.
  const beside = counted >= 0 ? { name: ranges[counted].name, value: numbers[counted] as number } : undefined;
  return valueError(missingData(ranges[missing].name, position, beside));
}
