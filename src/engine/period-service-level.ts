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
import { EngineInputError, ZeroTotalError } from "./errors";
import type { AbandonRule } from "./types";
import { requireAbandonRule, requireFraction, requireNonNegative, requireNonNegativeEach, requireSameLength } from "./validate";

/** Interval counts of a period, one entry per interval, all of the same length. */
export interface PeriodCounts {
  /** Calls answered within the target time. */
  answeredWithin: ArrayLike<number>;
  /** Calls offered. */
  offered: ArrayLike<number>;
  /** Calls abandoned within the target time; needed by rules 1 and 2, absent or null otherwise. */
  abandonedWithin?: ArrayLike<number> | null;
}

const CALLS = "a number of calls of 0 or more";

function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

/** The service level of a period from its interval counts, under an abandon rule (default 0). */
export function periodServiceLevel(counts: PeriodCounts, abandonRule: number = 0): number {
  const rule: AbandonRule = requireAbandonRule(abandonRule);
  const { answeredWithin, offered } = counts;
  const abandonedWithin = counts.abandonedWithin ?? null;
  requireSameLength("offered", offered, "answered_within", answeredWithin);
  requireNonNegativeEach("answered_within", answeredWithin, CALLS);
  requireNonNegativeEach("offered", offered, CALLS);
  if (abandonedWithin !== null) {
    requireSameLength("offered", offered, "abandoned_within", abandonedWithin);
    requireNonNegativeEach("abandoned_within", abandonedWithin, CALLS);
  } else if (rule !== 0) {
    throw new EngineInputError(
      "abandoned_within",
      `abandon_rule ${rule} needs abandoned_within, the calls abandoned within the target time; give that range, or use abandon_rule 0.`,
    );
  }
  const answered = total(answeredWithin);
  const offeredTotal = total(offered);
  const abandoned = abandonedWithin === null ? 0 : total(abandonedWithin);
  const numerator = rule === 2 ? answered + abandoned : answered;
  const denominator = rule === 1 ? offeredTotal - abandoned : offeredTotal;
  if (denominator === 0) {
    throw offeredTotal > 0
      ? new ZeroTotalError(
          "abandoned_within",
          "Every offered call abandoned within the target time, so with abandon_rule 1 no call is left to measure.",
        )
      : new ZeroTotalError("offered", "No calls were offered in the period, so it has no service level.");
  }
  if (denominator < 0) {
    throw new EngineInputError(
      "abandoned_within",
      `abandoned_within totals ${abandoned}, more than the ${offeredTotal} calls offered: check that the columns are the right way round.`,
    );
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
  requireFraction("target_sl", targetServiceLevel, "a fraction from 0 to 1, such as 0.8 or 80%");
  requireNonNegative("offered_so_far", offeredSoFar, CALLS);
  requireNonNegative("answered_within_so_far", answeredWithinSoFar, CALLS);
  requireNonNegative("offered_remaining", offeredRemaining, "a number of calls still to come, above 0", true);
  const needed = (targetServiceLevel * (offeredSoFar + offeredRemaining) - answeredWithinSoFar) / offeredRemaining;
  if (needed <= 0) return 0;
  if (needed > 1 + ROUNDING) {
    throw new EngineInputError(
      "target_sl",
      `The target is out of reach: the remaining ${offeredRemaining} calls would need ${(needed * 100).toFixed(1)}% answered within the target time.`,
      "unreachable",
    );
  }
  return Math.min(needed, 1);
}
