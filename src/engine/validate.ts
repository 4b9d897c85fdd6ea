/**
 * Domain checks shared by the engine's public functions, against the limits of limits.ts. A
 * refusal is an EngineInputError carrying the argument, the value and the limit; the layers
 * above word it.
 */
import { EngineInputError, type ListEntry } from "./errors";
import {
  ABANDON_RULES,
  LIMITS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_TRAFFIC,
  isTime,
  withinLimit,
  type ArgumentName,
  type Limit,
} from "./limits";
import type { AbandonRule, IntervalLoad } from "./types";

// Every solve checks its load and target, a million times a second in a spilled column: the
// limits it needs are read once here, not through the module binding on every call.
const CALLS = LIMITS.calls;
const AHT = LIMITS.aht;
const INTERVAL = LIMITS.interval;
const PATIENCE = LIMITS.patience;
const TRAFFIC_LIMIT = MAX_TRAFFIC;
const ARRIVALS_LIMIT = MAX_ARRIVALS_PER_PATIENCE;

/**
 * `value` if it lies within the argument's limit (LIMITS unless another is given); a time
 * between 0 and 1 of its unit is refused first, as the Excel time it almost always is. Every
 * solve checks several arguments, so the passing case is a few comparisons: hot callers pass
 * their limit themselves rather than have it looked up by name.
 */
export function requireWithin(argument: ArgumentName, value: number, limit: Limit = LIMITS[argument]): number {
  if (
    typeof value === "number" &&
    value >= limit.low &&
    value <= limit.high &&
    Number.isFinite(value) &&
    (value !== limit.low || limit.lowOpen !== true) &&
    (value !== limit.high || limit.highOpen !== true) &&
    (value >= 1 || value <= 0 || (limit.unit !== "seconds" && limit.unit !== "minutes")) &&
    (limit.whole !== true || Number.isInteger(value))
  ) {
    return value;
  }
  if (isTime(limit) && typeof value === "number" && value > 0 && value < 1) {
    throw new EngineInputError({ code: "fractionOfUnit", argument, value, unit: limit.unit });
  }
  throw new EngineInputError({ code: "outOfRange", argument, value: Number(value), limit });
}

/**
 * Every entry of a list argument (a column of interval counts, of weeks) within the argument's
 * limit; a refusal carries the entry's index so that the layer above can name its row or week.
 */
export function requireWithinEach(argument: ArgumentName, values: ArrayLike<number>, limit: Limit = LIMITS[argument]): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== "number" || !withinLimit(value, limit)) {
      throw new EngineInputError({ code: "outOfRange", argument, value: Number(value), limit, index });
    }
  }
}

/** Lists that pair up entry by entry have the same length; `second` is the one refused. */
export function requireSameLength(
  first: ArgumentName,
  firstValues: ArrayLike<number>,
  second: ArgumentName,
  secondValues: ArrayLike<number>,
  entry: ListEntry,
): void {
  if (firstValues.length !== secondValues.length) {
    throw new EngineInputError({
      code: "lengthsDiffer",
      argument: second,
      value: secondValues.length,
      other: first,
      otherLength: firstValues.length,
      entry,
    });
  }
}

export function requireAbandonRule(value: number): AbandonRule {
  if (value !== ABANDON_RULES[0] && value !== ABANDON_RULES[1] && value !== ABANDON_RULES[2]) {
    throw new EngineInputError({ code: "outOfRange", argument: "abandon_rule", value, limit: LIMITS.abandon_rule });
  }
  return value as AbandonRule;
}

/** Checks an interval's load and returns its offered traffic in Erlangs. */
export function checkLoad(load: IntervalLoad): number {
  requireWithin("calls", load.callsOffered, CALLS);
  requireWithin("aht", load.averageHandleSeconds, AHT);
  requireWithin("interval", load.intervalMinutes, INTERVAL);
  const traffic = (load.callsOffered * load.averageHandleSeconds) / (load.intervalMinutes * 60);
  if (traffic > TRAFFIC_LIMIT) {
    throw new EngineInputError({ code: "trafficTooHigh", argument: "calls", value: traffic, limit: TRAFFIC_LIMIT });
  }
  return traffic;
}

/** Callers arriving within one mean patience: the size of Erlang A's series (√ of it) and its limit. */
function arrivalsPerPatience(callsOffered: number, intervalMinutes: number, patienceSeconds: number): number {
  return (callsOffered / (intervalMinutes * 60)) * patienceSeconds;
}

/**
 * The load's patience, checked: null or undefined means callers never abandon (Erlang C). Call
 * after checkLoad. Erlang A also needs the callers arriving within one mean patience to stay
 * within MAX_ARRIVALS_PER_PATIENCE (or the `arrivalsLimit` of a function that evaluates more
 * staffings), which bounds the work of its series.
 */
export function patienceOf(load: IntervalLoad, arrivalsLimit: number = ARRIVALS_LIMIT): number | null {
  const patience = load.patienceSeconds;
  if (patience === null || patience === undefined) return null;
  requireWithin("patience", patience, PATIENCE);
  const arrivals = arrivalsPerPatience(load.callsOffered, load.intervalMinutes, patience);
  if (arrivals > arrivalsLimit) {
    throw new EngineInputError({ code: "queueTooLong", argument: "patience", value: arrivals, limit: arrivalsLimit });
  }
  return patience;
}
