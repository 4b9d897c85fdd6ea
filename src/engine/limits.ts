/**
 * Every input limit of the engine, in one place. The worksheet functions' messages, the task
 * pane's form checks, the forecast checks and the README's table of accepted ranges all read
 * them from here (test/engine/limits.test.ts holds the README to them), so a limit is changed once.
 *
 * The ranges are wide enough for any voice, chat or back-office queue and keep every series and
 * search short: a handle time under a second, a patience over a day or a million Erlangs in one
 * interval is a unit mistake, not a contact centre.
 */

/** What a limited number counts, for wording a limit in the person's units. */
export type LimitUnit = "calls" | "seconds" | "minutes" | "fraction" | "agents" | "erlangs" | "choice";

/** low ≤ value ≤ high, with either end open (strict) where said. */
export interface Limit {
  readonly low: number;
  readonly high: number;
  readonly lowOpen?: boolean;
  readonly highOpen?: boolean;
  readonly unit: LimitUnit;
}

/** The worksheet name of every argument the engine checks; messages name the cell to fix by it. */
export type ArgumentName =
  | "calls"
  | "aht"
  | "interval"
  | "patience"
  | "agents"
  | "servers"
  | "traffic"
  | "target_sl"
  | "target_time"
  | "target_asa"
  | "max_occupancy"
  | "max_abandon"
  | "max_blocking"
  | "shrinkage"
  | "abandon_rule"
  | "abandoned"
  | "total_wait_seconds";

/** Largest offered traffic, Erlangs: far above any real contact centre. */
export const MAX_TRAFFIC = 1_000_000;
/** Largest staffing evaluated: the Erlang B recursion is linear in it. */
export const MAX_AGENTS = 2_000_000;
/** Longest handle time and patience, and longest target: a day. */
const DAY_SECONDS = 86_400;

export const LIMITS: Readonly<Record<ArgumentName, Limit>> = {
  calls: { low: 0, high: Infinity, unit: "calls" },
  aht: { low: 1, high: DAY_SECONDS, unit: "seconds" },
  interval: { low: 1, high: 1_440, unit: "minutes" },
  patience: { low: 1, high: DAY_SECONDS, unit: "seconds" },
  agents: { low: 0, high: MAX_AGENTS, unit: "agents" },
  servers: { low: 0, high: MAX_AGENTS, unit: "agents" },
  traffic: { low: 0, high: MAX_TRAFFIC, unit: "erlangs" },
  target_sl: { low: 0, high: 1, lowOpen: true, highOpen: true, unit: "fraction" },
  target_time: { low: 0, high: DAY_SECONDS, unit: "seconds" },
  target_asa: { low: 1, high: DAY_SECONDS, unit: "seconds" },
  max_occupancy: { low: 0, high: 1, lowOpen: true, unit: "fraction" },
  max_abandon: { low: 0, high: 1, lowOpen: true, unit: "fraction" },
  max_blocking: { low: 0, high: 1, lowOpen: true, unit: "fraction" },
  shrinkage: { low: 0, high: 1, highOpen: true, unit: "fraction" },
  abandon_rule: { low: 0, high: 2, unit: "choice" },
  abandoned: { low: 0, high: Infinity, lowOpen: true, unit: "calls" },
  total_wait_seconds: { low: 0, high: Infinity, unit: "seconds" },
};

/**
 * Whether a limit is a time's (in seconds or minutes). A time between 0 and 1 of its unit (a
 * second, or for the interval a minute) is refused even where the range would take it: no
 * contact-centre time is a fraction of a second, and Excel stores a time typed as 0:04:00 as the
 * fraction of a day 0.00278, so such a value is almost always a time where seconds belong.
 */
export function isTime(limit: Limit): limit is Limit & { unit: "seconds" | "minutes" } {
  return limit.unit === "seconds" || limit.unit === "minutes";
}

/** The abandon rules: 0 abandons are misses, 1 short abandons are left out, 2 they count as met. */
export const ABANDON_RULES = [0, 1, 2] as const;

/**
 * Most callers arriving within one mean patience (arrival rate × patience) for Erlang A. The
 * exact series takes about 20·√X terms at each staffing a search probes (a dozen probes), so
 * this keeps the slowest cell under 100 ms with room for a busy machine; 2·10^8 is 500 times a
 * busy national contact centre's 100 calls a second with callers who wait over an hour.
 */
export const MAX_ARRIVALS_PER_PATIENCE = 2e8;

/** Whether `value` lies within `limit`. */
export function withinLimit(value: number, limit: Limit): boolean {
  if (!Number.isFinite(value)) return false;
  const aboveLow = limit.lowOpen ? value > limit.low : value >= limit.low;
  const belowHigh = limit.highOpen ? value < limit.high : value <= limit.high;
  return aboveLow && belowHigh;
}
