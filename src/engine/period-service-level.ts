/**
 * The service level of a period measured from the ACD's interval counts, and the service level
 * the rest of a period must reach for the period to end on target.
 *
 * Method. A period's service level is a ratio of totals over its intervals, never an average of
 * the intervals' percentages (which would weigh a quiet night interval like the busiest one):
 *   rule 0 (short abandons are misses):      Σanswered_within ÷ Σoffered
 *   rule 1 (short abandons are left out):    Σanswered_within ÷ (Σoffered − Σabandoned_within)
 *   rule 2 (short abandons count as met):    (Σanswered_within + Σabandoned_within) ÷ Σoffered
 * where "within" means within the target time. The rules mean what they mean for SERVICE_LEVEL
 * (see AbandonRule). The needed service level for the rest of a period solves
 *   (answered_within_so_far + x · offered_remaining) ÷ (offered_so_far + offered_remaining) = target
 * for x. These are the contract definitions of issue 8; nothing is modelled.
 *
 * Accuracy: sums of counts in double precision, exact for whole counts below 2^53; the ratios
 * are correctly rounded up to those sums' rounding.
 *
 * Counts are taken as the ACD reports them. An interval's answered calls may include calls
 * offered in the interval before (carry-over), so answered_within is not checked against
 * offered, and a single interval's service level can exceed 1.
 */
import { EngineInputError } from "./errors";
import { PERIOD_TARGET_SL } from "./limits";
import type { AbandonRule } from "./types";
import { requireAbandonRule, requireSameLength, requireWithin, requireWithinEach } from "./validate";

/** Interval counts of a period, one entry per interval, all of the same length. */
export interface PeriodCounts {
  /** Calls answered within the target time. */
  answeredWithin: ArrayLike<number>;
  /** Calls offered. */
  offered: ArrayLike<number>;
  /** Calls abandoned within the target time; needed by rules 1 and 2, absent or null otherwise. */
  abandonedWithin?: ArrayLike<number> | null;
}

/** Σ of the values, added in order from the first. */
export function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

/** The service level of a period from its interval counts, under an abandon rule (default 0). */
export function periodServiceLevel(counts: PeriodCounts, abandonRule: number = 0): number {
  const rule: AbandonRule = requireAbandonRule(abandonRule);
  const { answeredWithin, offered } = counts;
  const abandonedWithin = counts.abandonedWithin ?? null;
  if (abandonedWithin === null && rule !== 0) {
    throw new EngineInputError({ code: "abandonedWithinRequired", argument: "abandoned_within", rule });
  }
  requireSameLength("offered", offered, "answered_within", answeredWithin, "interval");
  requireWithinEach("answered_within", answeredWithin);
  requireWithinEach("offered", offered);
  if (abandonedWithin !== null) {
    requireSameLength("offered", offered, "abandoned_within", abandonedWithin, "interval");
    requireWithinEach("abandoned_within", abandonedWithin);
  }
  const answered = total(answeredWithin);
  const offeredTotal = total(offered);
  const abandoned = abandonedWithin === null ? 0 : total(abandonedWithin);
  const numerator = rule === 2 ? answered + abandoned : answered;
  const denominator = rule === 1 ? offeredTotal - abandoned : offeredTotal;
  if (denominator === 0) {
    // Every offered call abandoned short under rule 1 leaves nothing to measure; no calls at all, no period.
    throw new EngineInputError({ code: "zeroTotal", argument: offeredTotal > 0 ? "abandoned_within" : "offered" });
  }
  if (denominator < 0) {
    throw new EngineInputError({
      code: "abandonsExceedOffered",
      argument: "abandoned_within",
      value: abandoned,
      limit: offeredTotal,
    });
  }
  return numerator / denominator;
}

/**
 * Below this excess over 1, a needed service level is 1 computed with rounding error (for
 * example 0.8 × 200 − 60 over 100), not a target out of reach.
 */
const ROUNDING = 1e-12;

/**
 * The service level the rest of a period must reach for the whole period to end on
 * `targetServiceLevel`: 0 when the target is already secured; an "unreachable" error when even
 * 100% would not do.
 */
export function serviceLevelNeeded(
  targetServiceLevel: number,
  offeredSoFar: number,
  answeredWithinSoFar: number,
  offeredRemaining: number,
): number {
  requireWithin("target_sl", targetServiceLevel, PERIOD_TARGET_SL);
  requireWithin("offered_so_far", offeredSoFar);
  requireWithin("answered_within_so_far", answeredWithinSoFar);
  requireWithin("offered_remaining", offeredRemaining);
  const needed = (targetServiceLevel * (offeredSoFar + offeredRemaining) - answeredWithinSoFar) / offeredRemaining;
  if (needed <= 0) return 0;
  if (needed > 1 + ROUNDING) {
    throw new EngineInputError({ code: "targetOutOfReach", argument: "target_sl", value: needed, remaining: offeredRemaining });
  }
  return Math.min(needed, 1);
}
