/**
 * The words of every error a worksheet function returns, built from the engine's structured
 * problems (argument, value, limit) and the functions' parameter descriptions, so that a limit
 * changed in src/engine/limits.ts changes the messages with it.
 *
 * Which code each problem gets is the add-in's error policy (README, "Errors"): Excel shows a
 * custom message only on #VALUE! and #N/A ("You can only return a custom error message with the
 * #VALUE! and #N/A errors", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors;
 * the CustomFunctions.ErrorCode reference says the same of #NUM!, #DIV/0!, #NULL!), so every
 * error a person can cause in the queueing functions is one of those two:
 * - #VALUE!: an argument to fix (the wrong kind of value, a number outside its range, a time
 *   where seconds belong, a missing patience, ranges that do not line up, a result too large);
 * - #N/A: the arguments are valid but no answer exists (no staffing meets the target, the
 *   queue never empties, a capacity beyond what the add-in models).
 * The reporting and capacity functions keep the codes their issues (8 and 9) specify, a
 * CodePolicy of their own: #NUM! for a number outside the model or a target out of reach,
 * #DIV/0! for a ratio over a zero total, #VALUE! for data to fix (a blank or text cell, lists
 * that do not pair up, a missing range), named by row or week. Excel shows no message on #NUM!
 * or #DIV/0!, so the README's error table and each function's section say what they mean.
 * Every message stays under 250 characters: Excel for Mac cuts longer ones
 * (https://github.com/OfficeDev/office-js/issues/4133).
 */
import {
  LIMITS,
  isTime,
  kindOf,
  type ArgumentName,
  type EngineErrorCode,
  type EngineProblem,
  type Limit,
  type ListEntry,
} from "../engine";
import { MAX_RESULT_CELLS } from "./excel-grid";
import type { ExcelErrorCode } from "./excel-runtime";

/** Longest message Excel shows whole on every platform, less a margin. */
export const MAX_MESSAGE_LENGTH = 250;

/** What a message needs to know about the argument it names. */
export interface ArgumentWords {
  readonly name: string;
  /** Completes "calls must be …". */
  readonly expects: string;
}

/**
 * A message and the Excel code the add-in's policy gives it: #VALUE! or #N/A, or #DIV/0! for a
 * zero total, which only the reporting functions meet. A function whose specification gives
 * other codes maps them with its CodePolicy (codeFor), and its README section explains them,
 * since Excel will not show the message.
 */
export interface Wording {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

/**
 * 1234567 → "1,234,567"; 0.00277778 → "0.00277778": at most `significant` digits (6 for what
 * the add-in computed, 10 for what the person typed, so "got 1,877,394.7" shows their number).
 */
export function formatNumber(value: number, significant = 6): string {
  if (Number.isNaN(value)) return "not a number";
  if (!Number.isFinite(value)) return value > 0 ? "infinity" : "minus infinity";
  // Whole numbers (counts, limits) are shown exactly; others to `significant` digits.
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(significant));
  if (Math.abs(rounded) >= 1e15 || (rounded !== 0 && Math.abs(rounded) < 1e-6)) return String(rounded);
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

function percent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}

/**
 * The range of a limit in words: "from 1 to 86,400", "above 0 and at most 1", "0 or more". A time
 * (seconds, minutes) from 0 also refuses what lies between 0 and 1, so it reads "0, or from 1 to …";
 * a count of whole things reads "a whole number from 0 to 520", "a whole number, 1 or more".
 */
export function describeLimit(limit: Limit): string {
  const low = formatNumber(limit.low);
  const high = formatNumber(limit.high);
  if (limit.unit === "choice") return `${low} to ${high}`;
  if (limit.whole) return Number.isFinite(limit.high) ? `a whole number from ${low} to ${high}` : `a whole number, ${low} or more`;
  if (isTime(limit) && limit.low === 0 && !limit.lowOpen) {
    return Number.isFinite(limit.high) ? `0, or from 1 to ${high}` : "0, or 1 or more";
  }
  if (!Number.isFinite(limit.high)) return limit.lowOpen ? `above ${low}` : `${low} or more`;
  if (limit.lowOpen && limit.highOpen) return `above ${low} and below ${high}`;
  if (limit.lowOpen) return `above ${low} and at most ${high}`;
  if (limit.highOpen) return `at least ${low} and below ${high}`;
  return `from ${low} to ${high}`;
}

/** h:mm:ss of a number of seconds, as Excel shows a time. */
function clock(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
}

const SECONDS_PER_DAY = 86_400;
const MINUTES_PER_DAY = 1_440;

/** A number as the person typed it, for "got …". */
function typed(value: number): string {
  return formatNumber(value, 10);
}

/** `where` follows the name for an entry of a list: "offered in row 3 must be …". */
function outOfRange(argument: ArgumentWords, value: number, limit: Limit, where = ""): string {
  const named = `${argument.name}${where}`;
  if (limit.unit === "choice") return `${named} must be ${argument.expects}; got ${typed(value)}.`;
  return `${named} must be ${argument.expects}, ${describeLimit(limit)}; got ${typed(value)}.`;
}

/** "1 week", "12 weeks". */
function count(value: number, entry: ListEntry): string {
  return `${formatNumber(value)} ${entry}${value === 1 ? "" : "s"}`;
}

/**
 * A time between 0 and 1 of its unit. Excel stores times as fractions of a day, so 0:04:00
 * arrives as 0.00277778: the message shows the time and the number it stands for.
 */
function fractionOfUnit(argument: ArgumentWords, value: number, unit: "seconds" | "minutes", limit: Limit): string {
  const perDay = unit === "seconds" ? SECONDS_PER_DAY : MINUTES_PER_DAY;
  const meant = Math.round(value * perDay);
  if (meant < 1) return outOfRange(argument, value, limit);
  const time = clock(unit === "seconds" ? value * SECONDS_PER_DAY : meant * 60);
  return (
    `${argument.name} is ${formatNumber(value)}, which looks like the Excel time ${time}, that is ` +
    `${formatNumber(meant)} ${unit}: give ${argument.name} in ${unit} (type ${meant}, or multiply the time by ${perDay}).`
  );
}

const UNREACHED: Record<"target_sl" | "target_asa" | "max_abandon", string> = {
  target_sl: "meets this service level target",
  target_asa: "brings the ASA down to target_asa",
  max_abandon: "brings abandons down to max_abandon",
};

const ZERO_TOTAL: Record<"offered" | "abandoned_within" | "actual", string> = {
  offered: "No calls were offered in the period, so it has no service level.",
  abandoned_within:
    "Every offered call abandoned within the target time, so with abandon_rule 1 no call is left to measure.",
  actual: "The actual volume totals 0 (no interval has calls), so there is nothing to measure the forecast against.",
};

/** Where entry `index` of a list is, by default: " in row 3". */
function inRow(index: number): string {
  return ` in row ${index + 1}`;
}

/**
 * The wording of an engine problem, with the code of the add-in's policy (see CodePolicy for
 * the functions that keep their issue's codes). `argumentWords` finds the parameter the problem
 * names (its description completes the message); `functionName` is the function's id, e.g.
 * "ABANDON_RATE"; `place` says where entry `index` of a list argument is (" in week 2").
 */
export function wordProblem(
  problem: EngineProblem,
  argumentWords: (name: string) => ArgumentWords,
  functionName: string,
  place: (index: number) => string = inRow,
): Wording {
  switch (problem.code) {
    case "outOfRange": {
      const where = problem.index === undefined ? "" : place(problem.index);
      return { code: "#VALUE!", message: outOfRange(argumentWords(problem.argument), problem.value, problem.limit, where) };
    }
    case "fractionOfUnit": {
      const words = argumentWords(problem.argument);
      return { code: "#VALUE!", message: fractionOfUnit(words, problem.value, problem.unit, LIMITS[problem.argument]) };
    }
    case "trafficTooHigh":
      return {
        code: "#VALUE!",
        message:
          `calls × aht make ${formatNumber(problem.value)} Erlangs, above the ${formatNumber(problem.limit)} this ` +
          "add-in models; check the units (calls per interval, aht in seconds, interval in minutes).",
      };
    case "queueTooLong":
      return {
        code: "#VALUE!",
        message:
          `patience is too long for this volume: ${formatNumber(problem.value)} callers would arrive within one mean ` +
          `patience, above the ${formatNumber(problem.limit)} the Erlang A model follows. Use a shorter patience, ` +
          "or leave it blank for Erlang C.",
      };
    case "patienceRequired":
      return {
        code: "#VALUE!",
        message:
          `patience is needed: WFM.${functionName} is about callers who hang up, so give their mean patience in ` +
          "seconds (WFM.PATIENCE_ESTIMATE estimates it from ACD data).",
      };
    case "certainTarget":
      return {
        code: "#N/A",
        message: "target_sl is 100%: no staffing answers every call within a time limit; use a target such as 99%.",
      };
    case "noStaffing":
      return {
        code: "#N/A",
        message: `No staffing up to ${formatNumber(problem.limit)} agents ${UNREACHED[problem.argument]}.`,
      };
    case "metByAbandons":
      return {
        code: "#N/A",
        message:
          `abandon_rule 2 counts callers who hang up within target_time as met: at this patience ` +
          `${percent(problem.value)} of waiting callers do, which alone meets the ${percent(problem.target)} target, ` +
          "so no agents would be needed. Use abandon_rule 0 or 1.",
      };
    case "capacityBeyondLimit":
      return {
        code: "#N/A",
        message:
          `These agents still meet the target at ${formatNumber(problem.limit)} Erlangs, the most this add-in ` +
          "models here, so there is no largest volume to give.",
      };
    case "noWaitRecorded":
      return {
        code: "#N/A",
        message:
          "total_wait_seconds is 0: callers who abandoned must have waited some time, so patience cannot be estimated.",
      };
    case "lengthsDiffer":
      return {
        code: "#VALUE!",
        message: listsDiffer(problem.argument, problem.value, problem.other, problem.otherLength, problem.entry),
      };
    case "listLength":
      return {
        code: "#VALUE!",
        message:
          `${problem.argument} has ${count(problem.value, problem.entry)}: give from ${formatNumber(problem.limit.low)} ` +
          `to ${formatNumber(problem.limit.high)}, one row per ${problem.entry}.`,
      };
    case "abandonedWithinRequired":
      return {
        code: "#VALUE!",
        message:
          `abandon_rule ${problem.rule} needs abandoned_within, the calls abandoned within the target time: ` +
          "give that range, or use abandon_rule 0.",
      };
    case "zeroTotal":
      return { code: "#DIV/0!", message: ZERO_TOTAL[problem.argument] };
    case "abandonsExceedOffered":
      return {
        code: "#VALUE!",
        message:
          `abandoned_within totals ${formatNumber(problem.value)}, more than the ${formatNumber(problem.limit)} calls ` +
          "offered: check that the columns are the right way round.",
      };
    case "targetOutOfReach":
      return {
        code: "#N/A",
        message:
          `The target is out of reach: the remaining ${formatNumber(problem.remaining)} calls would need ` +
          `${(problem.value * 100).toFixed(1)}% answered within the target time.`,
      };
    case "noHeadcount":
      return {
        code: "#N/A",
        message: "headcount_start and headcount_end are both 0: with nobody on the team there is no rate of leaving.",
      };
    case "rateNotAShare":
      return {
        code: "#VALUE!",
        message:
          `rate is ${percent(problem.value)}: compounding reads it as a share of people who leave, which stays below ` +
          "100%. For a turnover ratio (leavers ÷ average headcount) use simple = 1.",
      };
    case "classLimitsCross":
      return {
        code: "#VALUE!",
        message:
          `min_class (${formatNumber(problem.value)}) must not exceed max_class (${formatNumber(problem.limit)}): ` +
          "no class could be both.",
      };
    case "hiresBeyondLimit":
      return {
        code: "#N/A",
        message:
          `Closing the gap of ${formatNumber(problem.value)} FTE in week ${problem.week} needs more than ` +
          `${formatNumber(problem.limit / 1e6)} million hires: check that weekly_attrition is a weekly rate and ` +
          "required_fte is in FTE.",
      };
  }
}

/**
 * Which Excel code a function gives the engine's refusals, where its specification says other
 * than the add-in's policy. Issues 8 and 9 give the reporting and capacity functions #NUM! for a
 * number outside the model and for valid inputs without an answer (SPECIFIED_CODES), and
 * CAPACITY_PLAN #VALUE! for every problem with its hires column. Some codes no policy changes:
 * lists that do not pair up and a missing argument are data to fix (#VALUE!), and a ratio over
 * a zero total is #DIV/0!, as Excel's own ratios give.
 */
export interface CodePolicy {
  /** The code of an argument outside its range, or of limits that join arguments. */
  readonly range: ExcelErrorCode;
  /** The code of valid arguments without an answer. */
  readonly unreachable: ExcelErrorCode;
  /** Arguments whose every refusal takes another code. */
  readonly byArgument?: Partial<Record<ArgumentName, ExcelErrorCode>>;
}

/** The codes issues 8 and 9 specify for the reporting and capacity functions. */
export const SPECIFIED_CODES: CodePolicy = { range: "#NUM!", unreachable: "#NUM!" };

const FIXED_CODES: Partial<Record<EngineErrorCode, ExcelErrorCode>> = {
  lengthsDiffer: "#VALUE!",
  abandonedWithinRequired: "#VALUE!",
  patienceRequired: "#VALUE!",
  zeroTotal: "#DIV/0!",
};

/** The code `policy` gives `problem`, or the policy's own (`wording.code`) without one. */
export function codeFor(problem: EngineProblem, wording: Wording, policy?: CodePolicy): ExcelErrorCode {
  if (!policy) return wording.code;
  const byArgument = policy.byArgument?.[problem.argument];
  if (byArgument) return byArgument;
  return FIXED_CODES[problem.code] ?? (kindOf(problem) === "unreachable" ? policy.unreachable : policy.range);
}

/** A number that is NaN or infinite, as a script (not a cell) can pass. */
export function notFinite(argument: ArgumentWords): string {
  return `${argument.name} must be a finite number.`;
}

/** Text, TRUE/FALSE or another value that is not a number where a number belongs. */
export function wrongKind(argument: ArgumentWords, found: string): string {
  return `${argument.name} must be ${argument.expects}, not ${found}.`;
}

/** An Excel error that a function cannot return as it is (#REF!, #NAME?, #SPILL!, …). */
export function errorInCell(argument: ArgumentWords, code: string): string {
  return `${argument.name} is ${code} in this cell: fix that cell first.`;
}

/** Two lists that pair up entry by entry but differ in length: "hires has 3 weeks but …". */
export function listsDiffer(first: string, firstLength: number, second: string, secondLength: number, entry: ListEntry): string {
  return `${first} has ${count(firstLength, entry)} but ${second} has ${formatNumber(secondLength)}: give one cell per ${entry} for both.`;
}

/** A required cell left blank where a blank cannot mean anything (a whole plan's week, its headcount). */
export function blankCell(argument: ArgumentWords): string {
  return `${argument.name} is blank; it must be ${argument.expects}.`;
}

/** A range where one cell belongs. */
export function notSingleCell(name: string, cells: number): string {
  return `${name} must be a single cell, not a range of ${formatNumber(cells)} cells.`;
}

/** A block where one column (or one row) of entries belongs. */
export function notASeries(name: string, entry: ListEntry, rows: number, columns: number): string {
  return (
    `${name} must be one column (or one row) with a cell per ${entry}, not a block of ` +
    `${formatNumber(rows)} rows × ${formatNumber(columns)} columns.`
  );
}

/** An argument with several columns where a cell or a column (one row per entry) belongs. */
export function tooManyColumns(name: string, columns: number, entry: ListEntry): string {
  return `${name} has ${formatNumber(columns)} columns: give a single cell or a column, one row per ${entry}.`;
}

/** Ranges that pair up cell by cell but differ in shape. */
export function rangesDiffer(
  first: string,
  [firstRows, firstColumns]: readonly [number, number],
  second: string,
  [secondRows, secondColumns]: readonly [number, number],
): string {
  return (
    `${first} is ${formatNumber(firstRows)} × ${formatNumber(firstColumns)} cells but ${second} is ` +
    `${formatNumber(secondRows)} × ${formatNumber(secondColumns)}: give ranges of the same size, one cell per interval.`
  );
}

/**
 * A blank where the interval's other data says a count belongs: `counted` is the range whose
 * blanks leave an interval out, with its number here, when the function has one.
 */
export function missingData(name: string, where: string, counted?: { name: string; value: number }): string {
  const beside = counted ? `, where ${counted.name} is ${typed(counted.value)}` : "";
  const clear = counted ? `, or clear ${counted.name} to leave the interval out` : "";
  return `${name} is blank${where}${beside}: missing data is not a zero; enter the count${clear}.`;
}

/** A result that is not a finite number, where the function has no better explanation. */
export function noFiniteAnswer(functionName: string): string {
  return `WFM.${functionName} has no finite answer for these inputs.`;
}

/** Two ranges whose shapes do not broadcast. */
export function shapesDiffer(first: string, firstSize: number, second: string, secondSize: number, what: string): string {
  return (
    `${first} has ${formatNumber(firstSize)} ${what} but ${second} has ${formatNumber(secondSize)}: give ranges of ` +
    "the same size, or a single cell, row or column."
  );
}

/** A result larger than a worksheet function returns. */
export function resultTooLarge(rows: number, columns: number): string {
  return (
    `The result would have ${formatNumber(rows)} rows × ${formatNumber(columns)} columns, more than the ` +
    `${formatNumber(MAX_RESULT_CELLS)} cells a WFM function returns: give ranges that cover your data, ` +
    "not whole columns and rows."
  );
}

/** An exception that is a defect, not a refusal: reported so the other cells still compute. */
export function defect(functionName: string, detail: string): string {
  const text = `WFM.${functionName} could not compute this cell: ${detail}`;
  return text.length < MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 2)}…`;
}
