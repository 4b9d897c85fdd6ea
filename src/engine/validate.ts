/**
 * Domain checks shared by the engine's public functions. Each names the worksheet argument,
 * says what was given and what is expected, so the message can be shown to a planner as is.
 */
import { EngineInputError } from "./errors";
import type { AbandonRule, IntervalLoad } from "./types";

/** Largest offered traffic the engine accepts, Erlangs: far above any real contact centre. */
export const MAX_TRAFFIC = 1_000_000;
/** Largest staffing the engine evaluates: the Erlang B recursion is linear in it. */
export const MAX_AGENTS = 2_000_000;

function show(value: number): string {
  return typeof value === "number" ? String(value) : `a ${typeof value}`;
}

export function requireFinite(argument: string, value: number, what: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new EngineInputError(argument, `${argument} must be ${what}; got ${show(value)}.`);
  }
}

/** low ≤ value ≤ high. */
export function requireBetween(argument: string, value: number, low: number, high: number, what: string): void {
  requireFinite(argument, value, what);
  if (value < low || value > high) {
    throw new EngineInputError(argument, `${argument} must be ${what}; got ${show(value)}.`);
  }
}

/**
 * The domains of times. They are wide enough for any voice, chat or back-office queue and keep
 * every series and search short: a handle time under a second or a patience over a day is a
 * unit mistake, not a contact centre.
 */
export const AHT_RANGE = { low: 1, high: 86_400 } as const;
export const INTERVAL_RANGE = { low: 1, high: 1_440 } as const;
export const PATIENCE_RANGE = { low: 1, high: 86_400 } as const;

/** value ≥ 0 (or > 0 when `strict`). */
export function requireNonNegative(argument: string, value: number, what: string, strict = false): void {
  requireFinite(argument, value, what);
  if (strict ? value <= 0 : value < 0) {
    throw new EngineInputError(argument, `${argument} must be ${what}; got ${show(value)}.`);
  }
}

/** A fraction in [low, high], with each end open or closed as stated. */
export function requireFraction(
  argument: string,
  value: number,
  what: string,
  { lowOpen = false, highOpen = false }: { lowOpen?: boolean; highOpen?: boolean } = {},
): void {
  requireFinite(argument, value, what);
  const belowLow = lowOpen ? value <= 0 : value < 0;
  const aboveHigh = highOpen ? value >= 1 : value > 1;
  if (belowLow || aboveHigh) {
    throw new EngineInputError(argument, `${argument} must be ${what}; got ${show(value)}.`);
  }
}

/**
 * Every entry of a list argument (a column of interval counts) is finite and ≥ 0; the error
 * carries the entry's index so the layer above can name its row.
 */
export function requireNonNegativeEach(argument: string, values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new EngineInputError(argument, `${argument} must be ${what}; got ${show(value)}.`, "range", i);
    }
  }
}

/** Lists that pair up entry by entry have the same length. */
export function requireSameLength(
  first: string,
  firstValues: ArrayLike<number>,
  second: string,
  secondValues: ArrayLike<number>,
): void {
  if (firstValues.length !== secondValues.length) {
    throw new EngineInputError(
      second,
      `${second} has ${secondValues.length} entries but ${first} has ${firstValues.length}: they pair up interval by interval.`,
    );
  }
}

export function requireAbandonRule(value: number): AbandonRule {
  if (value !== 0 && value !== 1 && value !== 2) {
    throw new EngineInputError(
      "abandon_rule",
      `abandon_rule must be 0 (abandons are misses), 1 (abandons within target_time are left out) or 2 (they count as met); got ${show(value)}.`,
    );
  }
  return value;
}

export function requireAgents(argument: string, value: number): void {
  requireNonNegative(argument, value, "a number of agents of 0 or more");
  if (value > MAX_AGENTS) {
    throw new EngineInputError(argument, `${argument} must be at most ${MAX_AGENTS}; got ${value}.`);
  }
}

export function requireTraffic(argument: string, value: number): void {
  requireNonNegative(argument, value, "traffic in Erlangs of 0 or more");
  if (value > MAX_TRAFFIC) {
    throw new EngineInputError(argument, `${argument} must be at most ${MAX_TRAFFIC} Erlangs; got ${value}.`);
  }
}

/** Patience: null or undefined means callers never abandon (Erlang C). */
export function patienceOf(load: IntervalLoad): number | null {
  const patience = load.patienceSeconds;
  if (patience === null || patience === undefined) return null;
  requireBetween(
    "patience",
    patience,
    PATIENCE_RANGE.low,
    PATIENCE_RANGE.high,
    "a mean patience in seconds from 1 to 86,400 (leave it blank for Erlang C)",
  );
  return patience;
}

/** Checks an interval's load and returns its offered traffic in Erlangs. */
export function checkLoad(load: IntervalLoad): number {
  requireNonNegative("calls", load.callsOffered, "a number of calls of 0 or more");
  requireBetween(
    "aht",
    load.averageHandleSeconds,
    AHT_RANGE.low,
    AHT_RANGE.high,
    "an average handle time in seconds from 1 to 86,400",
  );
  requireBetween(
    "interval",
    load.intervalMinutes,
    INTERVAL_RANGE.low,
    INTERVAL_RANGE.high,
    "an interval length in minutes from 1 to 1,440",
  );
  const traffic = (load.callsOffered * load.averageHandleSeconds) / (load.intervalMinutes * 60);
  if (traffic > MAX_TRAFFIC) {
    throw new EngineInputError(
      "calls",
      `calls × aht make ${Math.round(traffic)} Erlangs, above the ${MAX_TRAFFIC} this add-in models; check the units (calls per interval, aht in seconds, interval in minutes).`,
    );
  }
  return traffic;
}
