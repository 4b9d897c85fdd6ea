/**
 * Why the engine cannot answer, as data rather than sentences: a code, the argument to fix (its
 * worksheet name), the value given and the limit it broke. Each layer above words it in its own
 * place and language: the worksheet functions in src/functions/messages.ts, the task pane in its
 * string table. `kind` separates a value outside its domain ("range") from inputs that are valid
 * but have no answer ("unreachable"). For an argument that is a list (a column of intervals or
 * of weeks), `index` is the 0-based position of the entry at fault, so that the layer above can
 * name its row or week.
 */
import type { ArgumentName, Limit } from "./limits";

/** What the entries of a list argument are, for naming them: "3 intervals", "week 2". */
export type ListEntry = "interval" | "week";

export type EngineProblem =
  /** A number outside its argument's accepted range (NaN and infinities included). */
  | { code: "outOfRange"; argument: ArgumentName; value: number; limit: Limit; index?: number }
  /** A time above 0 but below one unit (second or minute): almost always an Excel time. */
  | { code: "fractionOfUnit"; argument: ArgumentName; value: number; unit: "seconds" | "minutes" }
  /** calls × aht make more Erlangs (`value`) than the engine models (`limit`). */
  | { code: "trafficTooHigh"; argument: "calls"; value: number; limit: number }
  /** Erlang A with more callers arriving within one mean patience (`value`) than `limit`. */
  | { code: "queueTooLong"; argument: "patience"; value: number; limit: number }
  /** A function that models abandonment was given no patience. */
  | { code: "patienceRequired"; argument: "patience" }
  /** A service level target of 100%, which no queue meets. */
  | { code: "certainTarget"; argument: "target_sl" }
  /** No staffing up to `limit` agents meets the target named by `argument`. */
  | { code: "noStaffing"; argument: "target_sl" | "target_asa" | "max_abandon"; limit: number }
  /**
   * Abandon rule 2 with calls to answer: callers who hang up within target_time alone make the
   * target, `value` being that share (1 − e^(−t/patience)), so no agents would be "needed".
   */
  | { code: "metByAbandons"; argument: "abandon_rule"; value: number; target: number }
  /** CALL_CAPACITY: the target is still met at the most traffic modelled (`limit` Erlangs). */
  | { code: "capacityBeyondLimit"; argument: "agents"; limit: number }
  /** PATIENCE_ESTIMATE: no waiting time at all, so no patience can be estimated. */
  | { code: "noWaitRecorded"; argument: "total_wait_seconds" }
  /**
   * Two lists that pair up entry by entry have different lengths: `argument` has `value`
   * entries, `other` has `otherLength`.
   */
  | { code: "lengthsDiffer"; argument: ArgumentName; value: number; other: ArgumentName; otherLength: number; entry: ListEntry }
  /** A list with `value` entries where `limit` says how many it may have (a plan's weeks). */
  | { code: "listLength"; argument: ArgumentName; value: number; limit: Limit; entry: ListEntry }
  /** Abandon rule 1 or 2 without the calls abandoned within the target time they count. */
  | { code: "abandonedWithinRequired"; argument: "abandoned_within"; rule: number }
  /**
   * A ratio over a period whose denominator totals zero: no calls offered (`offered`), every
   * offered call abandoned short under rule 1 (`abandoned_within`), or no actual volume to
   * measure a forecast against (`actual`). The inputs are valid; the ratio does not exist.
   */
  | { code: "zeroTotal"; argument: "offered" | "abandoned_within" | "actual" }
  /** Under abandon rule 1, more calls abandoned within the target time (`value`) than offered (`limit`). */
  | { code: "abandonsExceedOffered"; argument: "abandoned_within"; value: number; limit: number }
  /** SL_NEEDED: the rest of the period would need `value` (> 1) of its `remaining` calls in time. */
  | { code: "targetOutOfReach"; argument: "target_sl"; value: number; remaining: number }
  /** ATTRITION_RATE with both headcounts 0: nobody on the team, so no rate of leaving. */
  | { code: "noHeadcount"; argument: "headcount_start" }
  /** ATTRITION_CONVERT compounding a rate of 1 or more, which a share of people who leave cannot be. */
  | { code: "rateNotAShare"; argument: "rate"; value: number }
  /** HIRING_PLAN: min_class (`value`) above max_class (`limit`). */
  | { code: "classLimitsCross"; argument: "min_class"; value: number; limit: number }
  /** HIRING_PLAN: closing week `week`'s gap of `value` FTE needs more than `limit` hires. */
  | { code: "hiresBeyondLimit"; argument: "weekly_attrition"; value: number; week: number; limit: number };

export type EngineErrorCode = EngineProblem["code"];
export type EngineErrorKind = "range" | "unreachable";

const UNREACHABLE: ReadonlySet<EngineErrorCode> = new Set<EngineErrorCode>([
  "certainTarget",
  "noStaffing",
  "metByAbandons",
  "capacityBeyondLimit",
  "noWaitRecorded",
  "zeroTotal",
  "targetOutOfReach",
  "noHeadcount",
  "hiresBeyondLimit",
]);

/** Whether a problem is an input outside its domain ("range") or valid inputs without an answer. */
export function kindOf(problem: EngineProblem): EngineErrorKind {
  return UNREACHABLE.has(problem.code) ? "unreachable" : "range";
}

export class EngineInputError extends Error {
  readonly problem: EngineProblem;

  constructor(problem: EngineProblem) {
    // The message is for developers reading a log; people read the wording of `problem`.
    super(`${problem.code}: ${JSON.stringify(problem)}`);
    this.name = "EngineInputError";
    this.problem = problem;
  }

  get argument(): ArgumentName {
    return this.problem.argument;
  }

  get code(): EngineErrorCode {
    return this.problem.code;
  }

  get kind(): EngineErrorKind {
    return kindOf(this.problem);
  }

  /** For a refusal of one entry of a list, its 0-based position. */
  get index(): number | undefined {
    return this.problem.code === "outOfRange" ? this.problem.index : undefined;
  }
}
