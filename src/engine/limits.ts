/**
 * Every input limit of the engine, in one place. The worksheet functions' messages, the task
 * pane's form checks, the forecast checks and the README's table of accepted ranges all read
 * them from here (test/functions/readme-limits.test.ts holds the README to them), so a limit is
 * changed once.
 *
 * The ranges are wide enough for any voice, chat or back-office queue and keep every series and
 * search short: a handle time under a second, a patience over a day or a million Erlangs in one
 * interval is a unit mistake, not a contact centre. The reporting functions take counts as the
 * ACD reports them, and the capacity plan weeks up to ten years, whole where they count weeks
 * or people in a class.
 */

/** What a limited number counts, for wording a limit in the person's units. */
export type LimitUnit =
  | "calls"
  | "seconds"
  | "minutes"
  | "fraction"
  | "agents"
  | "erlangs"
  | "choice"
  | "heads"
  | "weeks"
  | "fte";

/** low ≤ value ≤ high, with either end open (strict) where said, and a whole number where said. */
export interface Limit {
  readonly low: number;
  readonly high: number;
  readonly lowOpen?: boolean;
  readonly highOpen?: boolean;
  /** Only whole numbers: a count of weeks, or of hires in a class. */
  readonly whole?: boolean;
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
  | "total_wait_seconds"
  // The reporting functions (issue 8).
  | "answered_within"
  | "offered"
  | "abandoned_within"
  | "offered_so_far"
  | "answered_within_so_far"
  | "offered_remaining"
  | "actual"
  | "forecast"
  | "plan_calls"
  | "actual_calls"
  | "plan_aht"
  | "actual_aht"
  | "plan_staff"
  | "actual_staff"
  | "plan_shrinkage"
  | "actual_shrinkage"
  | "actual_adherence"
  // The capacity-planning functions (issue 9).
  | "leavers"
  | "headcount_start"
  | "headcount_end"
  | "rate"
  | "from_weeks"
  | "to_weeks"
  | "simple"
  | "required_fte"
  | "headcount"
  | "weekly_attrition"
  | "hires"
  | "train_weeks"
  | "nesting_weeks"
  | "nesting_productivity"
  | "graduation_rate"
  | "fte_per_head"
  | "lead_weeks"
  | "min_class"
  | "max_class";

/** Largest offered traffic, Erlangs: far above any real contact centre. */
export const MAX_TRAFFIC = 1_000_000;
/** Largest staffing evaluated: the Erlang B recursion is linear in it. */
export const MAX_AGENTS = 2_000_000;
/** Longest handle time and patience, and longest target: a day. */
const DAY_SECONDS = 86_400;
/** Longest capacity plan, and longest training, nesting or lead time: ten years of weeks. */
export const MAX_WEEKS = 520;
/** Most FTE one head delivers: above 2 is hours typed for FTE (37.5), not a person. */
export const MAX_FTE_PER_HEAD = 2;

const COUNT_OF_CALLS: Limit = { low: 0, high: Infinity, unit: "calls" };
const HEADS: Limit = { low: 0, high: Infinity, unit: "heads" };
const SHARE: Limit = { low: 0, high: 1, unit: "fraction" };
const WEEK_COUNT: Limit = { low: 0, high: MAX_WEEKS, whole: true, unit: "weeks" };
const CLASS_SIZE: Limit = { low: 1, high: Infinity, whole: true, unit: "heads" };
const PERIOD_LENGTH: Limit = { low: 0, high: Infinity, lowOpen: true, unit: "weeks" };

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

  // Counts are taken as the ACD reports them: any number of calls, 0 or more.
  answered_within: COUNT_OF_CALLS,
  offered: COUNT_OF_CALLS,
  abandoned_within: COUNT_OF_CALLS,
  offered_so_far: COUNT_OF_CALLS,
  answered_within_so_far: COUNT_OF_CALLS,
  offered_remaining: { low: 0, high: Infinity, lowOpen: true, unit: "calls" },
  actual: COUNT_OF_CALLS,
  forecast: COUNT_OF_CALLS,
  // SL_VARIANCE's two sides are SERVICE_LEVEL's arguments; shrinkage and adherence may be 100%
  // and 0 (everyone absent, or away from the phones): an interval with no agents.
  plan_calls: COUNT_OF_CALLS,
  actual_calls: COUNT_OF_CALLS,
  plan_aht: { low: 1, high: DAY_SECONDS, unit: "seconds" },
  actual_aht: { low: 1, high: DAY_SECONDS, unit: "seconds" },
  plan_staff: { low: 0, high: MAX_AGENTS, unit: "agents" },
  actual_staff: { low: 0, high: MAX_AGENTS, unit: "agents" },
  plan_shrinkage: SHARE,
  actual_shrinkage: SHARE,
  actual_adherence: SHARE,

  leavers: HEADS,
  headcount_start: HEADS,
  headcount_end: HEADS,
  // A turnover ratio may exceed 1 (100% a year); compounding also needs it below 1.
  rate: { low: 0, high: Infinity, unit: "fraction" },
  from_weeks: PERIOD_LENGTH,
  to_weeks: PERIOD_LENGTH,
  simple: { low: 0, high: 1, whole: true, unit: "choice" },
  required_fte: { low: 0, high: Infinity, unit: "fte" },
  headcount: HEADS,
  weekly_attrition: { low: 0, high: 1, highOpen: true, unit: "fraction" },
  // Hires may be fractional in a capacity plan: an expected number from a recruiting pipeline.
  hires: HEADS,
  train_weeks: WEEK_COUNT,
  nesting_weeks: WEEK_COUNT,
  nesting_productivity: SHARE,
  graduation_rate: { low: 0, high: 1, lowOpen: true, unit: "fraction" },
  fte_per_head: { low: 0, high: MAX_FTE_PER_HEAD, lowOpen: true, unit: "fte" },
  lead_weeks: WEEK_COUNT,
  min_class: CLASS_SIZE,
  max_class: CLASS_SIZE,
};

/**
 * SL_NEEDED's target_sl, a period's contract target: 0 and 100% are answers there (0 is already
 * secured; 100% needs every remaining call in time), whereas no staffing meets a target of 100%,
 * so LIMITS.target_sl, the staffing functions' target, leaves both ends out.
 */
export const PERIOD_TARGET_SL: Limit = SHARE;

/** How many weeks a capacity or hiring plan has: one row per week, up to ten years. */
export const PLAN_WEEKS: Limit = { low: 1, high: MAX_WEEKS, whole: true, unit: "weeks" };

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

/**
 * SL_VARIANCE's limit of callers per mean patience. It evaluates Erlang A at up to 64 staffings
 * (4 loads of plan or actual calls and AHT, 8 agent numbers, each between two whole numbers)
 * where a search probes a dozen or so, so its series must be about a sixteenth as long to stay
 * under the same 100 ms: 12,500,000, still 35 times the busy contact centre above.
 */
export const MAX_ARRIVALS_PER_PATIENCE_VARIANCE = MAX_ARRIVALS_PER_PATIENCE / 16;

/** Whether `value` lies within `limit`. */
export function withinLimit(value: number, limit: Limit): boolean {
  if (!Number.isFinite(value)) return false;
  const aboveLow = limit.lowOpen ? value > limit.low : value >= limit.low;
  const belowHigh = limit.highOpen ? value < limit.high : value <= limit.high;
  return aboveLow && belowHigh && (limit.whole !== true || Number.isInteger(value));
}
