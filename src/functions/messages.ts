/**
 * The words of every error a worksheet function returns, built from the engine's structured
 * problems (argument, value, limit) and the functions' parameter descriptions, so that a limit
 * changed in src/engine/limits.ts changes the messages with it.
 *
 * Which code each problem gets is the add-in's error policy (README, "Errors"): Excel shows a
 * custom message only on #VALUE! and #N/A ("You can only return a custom error message with the
 * #VALUE! and #N/A errors", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors;
 * the CustomFunctions.ErrorCode reference says the same of #NUM!, #DIV/0!, #NULL!), so every
 * error a person can cause here is one of those two:
 * - #VALUE!: an argument to fix (the wrong kind of value, a number outside its range, a time
 *   where seconds belong, a missing patience, ranges that do not line up, a result too large);
 * - #N/A: the arguments are valid but no answer exists (no staffing meets the target, the
 *   queue never empties, a capacity beyond what the add-in models).
 * Every message stays under 250 characters: Excel for Mac cuts longer ones
 * (https://github.com/OfficeDev/office-js/issues/4133).
 */
import { LIMITS, type EngineProblem, type Limit } from "../engine";
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
 * A message and the Excel code it goes with. Every problem of the functions here is #VALUE! or
 * #N/A; a problem that a specification gives #NUM! or #DIV/0! can say so here too, and its
 * function's README section then explains it, since Excel will not show the message.
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
 * (seconds, minutes) from 0 also refuses what lies between 0 and 1, so it reads "0, or from 1 to …".
 */
export function describeLimit(limit: Limit): string {
  const low = formatNumber(limit.low);
  const high = formatNumber(limit.high);
  if (limit.unit === "choice") return `${low} to ${high}`;
  const time = limit.unit === "seconds" || limit.unit === "minutes";
  if (time && limit.low === 0 && !limit.lowOpen) {
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

function outOfRange(argument: ArgumentWords, value: number, limit: Limit): string {
  if (limit.unit === "choice") return `${argument.name} must be ${argument.expects}; got ${typed(value)}.`;
  return `${argument.name} must be ${argument.expects}, ${describeLimit(limit)}; got ${typed(value)}.`;
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

/**
 * The wording of an engine problem. `argumentWords` finds the parameter the problem names (its
 * description completes the message); `functionName` is the function's id, e.g. "ABANDON_RATE".
 */
export function wordProblem(
  problem: EngineProblem,
  argumentWords: (name: string) => ArgumentWords,
  functionName: string,
): Wording {
  switch (problem.code) {
    case "outOfRange":
      return { code: "#VALUE!", message: outOfRange(argumentWords(problem.argument), problem.value, problem.limit) };
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
  }
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
