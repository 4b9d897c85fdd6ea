/**
 * Domain checks shared by the engine's public functions, against the limits of limits.ts. A
 * refusal is an EngineInputError carrying the argument, the value and the limit; the layers
 * above word it.
 */
import { EngineInputError } from "./errors";
import {
  ABANDON_RULES,
  LIMITS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_TRAFFIC,
  TIME_ARGUMENTS,
  withinLimit,
  type ArgumentName,
  type Limit,
} from "./limits";
import type { AbandonRule, IntervalLoad } from "./types";

/**
 * `value` if it lies within the argument's limit (LIMITS unless another is given); a time
 * between 0 and 1 of its unit is refused first, as the Excel time it almost always is.
 */
export function requireWithin(argument: ArgumentName, value: number, limit: Limit = LIMITS[argument]): number {
  const unit = TIME_ARGUMENTS[argument];
  if (unit !== undefined && typeof value === "number" && value > 0 && value < 1) {
    throw new EngineInputError({ code: "fractionOfUnit", argument, value, unit });
  }
  if (typeof value !== "number" || !withinLimit(value, limit)) {
    throw new EngineInputError({ code: "outOfRange", argument, value: Number(value), limit });
  }
  return value;
}

export function requireAbandonRule(value: number): AbandonRule {
  if (!(ABANDON_RULES as readonly number[]).includes(value)) {
    throw new EngineInputError({ code: "outOfRange", argument: "abandon_rule", value, limit: LIMITS.abandon_rule });
  }
  return value as AbandonRule;
}

/** Checks an interval's load and returns its offered traffic in Erlangs. */
export function checkLoad(load: IntervalLoad): number {
  requireWithin("calls", load.callsOffered);
  requireWithin("aht", load.averageHandleSeconds);
  requireWithin("interval", load.intervalMinutes);
  const traffic = (load.callsOffered * load.averageHandleSeconds) / (load.intervalMinutes * 60);
  if (traffic > MAX_TRAFFIC) {
    throw new EngineInputError({ code: "trafficTooHigh", argument: "calls", value: traffic, limit: MAX_TRAFFIC });
  }
  return traffic;
}

/** Callers arriving within one mean patience: the size of Erlang A's series (√ of it) and its limit. */
export function arrivalsPerPatience(callsOffered: number, intervalMinutes: number, patienceSeconds: number): number {
  return (callsOffered / (intervalMinutes * 60)) * patienceSeconds;
}

/**
 * The load's patience, checked: null or undefined means callers never abandon (Erlang C). Call
 * after checkLoad. Erlang A also needs the callers arriving within one mean patience to stay
 * within MAX_ARRIVALS_PER_PATIENCE, which bounds the work of its series.
 */
export function patienceOf(load: IntervalLoad): number | null {
  const patience = load.patienceSeconds;
  if (patience === null || patience === undefined) return null;
  requireWithin("patience", patience);
  const arrivals = arrivalsPerPatience(load.callsOffered, load.intervalMinutes, patience);
  if (arrivals > MAX_ARRIVALS_PER_PATIENCE) {
    throw new EngineInputError({
      code: "queueTooLong",
      argument: "patience",
      value: arrivals,
      limit: MAX_ARRIVALS_PER_PATIENCE,
    });
  }
  return patience;
}
