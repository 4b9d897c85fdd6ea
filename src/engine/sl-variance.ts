/**
 * Why an interval's service level differed from plan: the change from planned to modelled
 * actual service level split into five causes (volume, AHT, staff, shrinkage, adherence).
 *
 * Method (issue 8). Agents on the phones = staff × (1 − shrinkage) × adherence; planned
 * adherence is 1. S(calls, aht, agents) is the service level SERVICE_LEVEL gives (Erlang C, or
 * Erlang A with a patience, under the abandon rule), and for fractional agents the straight
 * line between S at ⌊agents⌋ and S at ⌈agents⌉, each end exactly as SERVICE_LEVEL gives it for
 * whole agents: an Erlang C end at or below the traffic counts as 0, and 0 agents gives what
 * SERVICE_LEVEL gives for 0 agents. (SERVICE_LEVEL itself uses the continuous Erlang B for
 * fractional agents under Erlang C; this definition deliberately does not, so that every
 * interval is explained by whole-agent service levels a planner can look up.) Each factor's
 * effect is its Shapley value (shapley.ts) over the 2^5 = 32 combinations of plan and actual
 * values, so the five effects add up to modelled actual SL − planned SL whatever order the
 * causes are thought of in. The remainder, measured SL − modelled SL, is what no input explains
 * and is the caller's to show.
 *
 * The 32 combinations share 4 loads (plan or actual calls × plan or actual AHT) and 8 staffing
 * levels; each load's whole-agent service levels are computed once and reused.
 *
 * Accuracy: that of SERVICE_LEVEL (about 1e−13 absolute, Erlang C and A), since each effect is a
 * weighted sum of differences of its values with weights summing to at most 1.
 */
import { MAX_ARRIVALS_PER_PATIENCE_VARIANCE, type ArgumentName } from "./limits";
import { erlangAMeasuresAt, erlangCMeasures, serviceLevelUnder } from "./measures";
import { shapleyValues } from "./shapley";
import type { AbandonRule } from "./types";
import { checkLoad, patienceOf, requireAbandonRule, requireWithin } from "./validate";

/** One side of the comparison: what was planned, or what happened. */
export interface StaffedInterval {
  /** Calls offered in the interval. */
  callsOffered: number;
  /** Average handle time, seconds. */
  averageHandleSeconds: number;
  /** Staff scheduled for the interval, before shrinkage (may be fractional: an average). */
  staff: number;
  /** Fraction of scheduled time lost to breaks, absence, training…, 0 to 1. */
  shrinkage: number;
}

export interface ActualInterval extends StaffedInterval {
  /** Fraction of the remaining time agents were on the phones as scheduled, 0 to 1. */
  adherence: number;
}

/** What both sides share: the service level measured and the queueing model. */
export interface VarianceModel {
  /** Target answer time, seconds (the 20 in 80/20). */
  targetSeconds: number;
  /** Interval length, minutes. */
  intervalMinutes: number;
  /** Mean caller patience, seconds; absent or null: Erlang C. */
  patienceSeconds?: number | null;
  /** How short abandons count (see AbandonRule); default 0. */
  abandonRule?: number;
}

export interface ServiceLevelVariance {
  /** S at plan volume, AHT, staff and shrinkage with full adherence. */
  plannedServiceLevel: number;
  volumeEffect: number;
  ahtEffect: number;
  staffEffect: number;
  shrinkageEffect: number;
  adherenceEffect: number;
  /** S at the actual values of all five factors. */
  modelledServiceLevel: number;
}

/** The five causes, in the order of their bits in a combination's mask and of the effects. */
export const VARIANCE_FACTORS = ["volume", "aht", "staff", "shrinkage", "adherence"] as const;
const VOLUME = 1 << 0;
const AHT = 1 << 1;
const STAFF = 1 << 2;
const SHRINKAGE = 1 << 3;
const ADHERENCE = 1 << 4;
const COMBINATIONS = 1 << VARIANCE_FACTORS.length;

/** Agents on the phones: staff × (1 − shrinkage) × adherence. */
export function agentsOnPhones(staff: number, shrinkage: number, adherence: number): number {
  return staff * (1 - shrinkage) * adherence;
}

/**
 * S for any agents ≥ 0 from a function giving S at whole agents: the straight line between
 * ⌊agents⌋ and ⌈agents⌉.
 */
function interpolate(wholeLevel: (agents: number) => number, agents: number): number {
  const lower = Math.floor(agents);
  const low = wholeLevel(lower);
  if (agents === lower) return low;
  return low + (wholeLevel(lower + 1) - low) * (agents - lower);
}

/** S at whole agents for one load, remembering each staffing it has computed. */
function wholeAgentLevels(
  traffic: number,
  averageHandleSeconds: number,
  patienceSeconds: number | null,
  targetSeconds: number,
  abandonRule: AbandonRule,
): (agents: number) => number {
  const known = new Map<number, number>();
  return (agents) => {
    let level = known.get(agents);
    if (level === undefined) {
      const measures =
        patienceSeconds === null
          ? erlangCMeasures(traffic, averageHandleSeconds, agents, targetSeconds)
          : erlangAMeasuresAt(traffic, averageHandleSeconds, patienceSeconds, agents, targetSeconds);
      level = serviceLevelUnder(measures, abandonRule);
      known.set(agents, level);
    }
    return level;
  };
}

/** The worksheet names of one side's four arguments. */
const SIDE_ARGUMENTS: Record<"plan" | "actual", readonly [ArgumentName, ArgumentName, ArgumentName, ArgumentName]> = {
  plan: ["plan_calls", "plan_aht", "plan_staff", "plan_shrinkage"],
  actual: ["actual_calls", "actual_aht", "actual_staff", "actual_shrinkage"],
};

function checkSide(side: "plan" | "actual", interval: StaffedInterval): void {
  const [calls, aht, staff, shrinkage] = SIDE_ARGUMENTS[side];
  requireWithin(calls, interval.callsOffered);
  requireWithin(aht, interval.averageHandleSeconds);
  requireWithin(staff, interval.staff);
  requireWithin(shrinkage, interval.shrinkage);
}

/**
 * S(calls, aht, agents) as SL_VARIANCE defines it: SERVICE_LEVEL at whole agents, the straight
 * line between the whole agents around fractional ones.
 */
export function interpolatedServiceLevel(
  callsOffered: number,
  averageHandleSeconds: number,
  agents: number,
  model: VarianceModel,
): number {
  const rule = requireAbandonRule(model.abandonRule ?? 0);
  requireWithin("target_time", model.targetSeconds);
  requireWithin("agents", agents);
  const load = { callsOffered, averageHandleSeconds, intervalMinutes: model.intervalMinutes, patienceSeconds: model.patienceSeconds };
  const traffic = checkLoad(load);
  return interpolate(wholeAgentLevels(traffic, averageHandleSeconds, patienceOf(load), model.targetSeconds, rule), agents);
}

/** The planned SL, the five effects and the modelled actual SL of one interval. */
export function serviceLevelVariance(
  plan: StaffedInterval,
  actual: ActualInterval,
  model: VarianceModel,
): ServiceLevelVariance {
  checkSide("plan", plan);
  checkSide("actual", actual);
  requireWithin("actual_adherence", actual.adherence);
  requireWithin("target_time", model.targetSeconds);
  const rule = requireAbandonRule(model.abandonRule ?? 0);

  // Loads by mask bits VOLUME and AHT: index 0 plan/plan, 1 actual calls, 2 actual AHT, 3 both.
  const loads = [0, 1, 2, 3].map((index) => {
    const callsOffered = index & 1 ? actual.callsOffered : plan.callsOffered;
    const averageHandleSeconds = index & 2 ? actual.averageHandleSeconds : plan.averageHandleSeconds;
    const traffic = checkLoad({ callsOffered, averageHandleSeconds, intervalMinutes: model.intervalMinutes });
    return { averageHandleSeconds, traffic };
  });
  // Both sides' calls wait under the same patience, so the larger bounds the work of Erlang A,
  // against SL_VARIANCE's own limit: it evaluates many more staffings than a search does.
  const busiest = { ...plan, callsOffered: Math.max(plan.callsOffered, actual.callsOffered) };
  const patience = patienceOf(
    { ...busiest, intervalMinutes: model.intervalMinutes, patienceSeconds: model.patienceSeconds },
    MAX_ARRIVALS_PER_PATIENCE_VARIANCE,
  );
  const levels = loads.map(({ averageHandleSeconds, traffic }) =>
    wholeAgentLevels(traffic, averageHandleSeconds, patience, model.targetSeconds, rule),
  );

  const outcomes = new Float64Array(COMBINATIONS);
  for (let mask = 0; mask < COMBINATIONS; mask++) {
    const agents = agentsOnPhones(
      mask & STAFF ? actual.staff : plan.staff,
      mask & SHRINKAGE ? actual.shrinkage : plan.shrinkage,
      mask & ADHERENCE ? actual.adherence : 1,
    );
    // VOLUME and AHT are bits 0 and 1, so they index the loads directly.
    outcomes[mask] = interpolate(levels[mask & (VOLUME | AHT)], agents);
  }
  const effects = shapleyValues(VARIANCE_FACTORS.length, outcomes);
  return {
    plannedServiceLevel: outcomes[0],
    volumeEffect: effects[0],
    ahtEffect: effects[1],
    staffEffect: effects[2],
    shrinkageEffect: effects[3],
    adherenceEffect: effects[4],
    modelledServiceLevel: outcomes[COMBINATIONS - 1],
  };
}
