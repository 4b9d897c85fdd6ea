/**
 * Why the engine cannot answer, as data rather than sentences: a code, the argument to fix (its
 * worksheet name), the value given and the limit it broke. Each layer above words it in its own
 * place and language: the worksheet functions in src/functions/messages.ts, the task pane in its
 * string table. `kind` separates a value outside its domain ("range") from inputs that are valid
 * but have no answer ("unreachable").
 */
import type { ArgumentName, Limit } from "./limits";

export type EngineProblem =
  /** A number outside its argument's accepted range (NaN and infinities included). */
  | { code: "outOfRange"; argument: ArgumentName; value: number; limit: Limit }
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
  | { code: "noWaitRecorded"; argument: "total_wait_seconds" };

export type EngineErrorCode = EngineProblem["code"];
export type EngineErrorKind = "range" | "unreachable";

const UNREACHABLE: ReadonlySet<EngineErrorCode> = new Set<EngineErrorCode>([
  "certainTarget",
  "noStaffing",
  "metByAbandons",
  "capacityBeyondLimit",
  "noWaitRecorded",
]);

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
    return UNREACHABLE.has(this.problem.code) ? "unreachable" : "range";
  }
}
