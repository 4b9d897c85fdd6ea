/**
 * The capacity plan: week by week, the FTE a team delivers as its current agents leave and
 * classes of new hires train, graduate, nest and become fully productive, against the FTE the
 * contract requires.
 *
 * The model (README, "Capacity plan model"). Weeks run w = 1..H and everything happens at the
 * start of a week; a is the weekly attrition, t the training weeks, g the graduation rate, k the
 * nesting weeks, p the nesting productivity and f the FTE per head.
 * - The current team has `headcount` productive heads in week 1 and keeps headcount·(1 − a)^(w−1)
 *   of them in week w.
 * - A class of h hires starting in week s trains in weeks s..s+t−1 (heads in training, no FTE,
 *   no attrition); h·g graduate in week s+t and the class has h·g·(1 − a)^(w−(s+t)) heads in
 *   every week w ≥ s+t, nesting at productivity p in weeks s+t..s+t+k−1 and fully productive
 *   from week s+t+k.
 * - Effective FTE(w) = f·[current heads(w) + Σ classes' heads(w)·(p while nesting, else 1)];
 *   gap(w) = required FTE(w) − effective FTE(w); leavers(w) = a·(post-training heads in week w).
 *
 * Source: issue 9, "The model", followed to the letter.
 *
 * Where the issue is silent: row s of `hires` is the class that starts in week s, so a class
 * that started before week 1 cannot be entered (start the plan at the week it began instead).
 * Hires may be fractional (an expected number from a recruiting pipeline, say): the model is
 * linear in them. Week counts are whole numbers up to 520 weeks, like the horizon (PLAN_WEEKS and
 * the other limits in limits.ts): ten years of weeks keeps the O(H²) evaluation instant.
 *
 * Method: the closed form above, evaluated directly. Survival factors (1 − a)^j are computed once
 * per plan as exp(j·log1p(−a)), accurate to a few ulps where (1 − a)^j would carry the rounding
 * of 1 − a into every power; each week is then a sum over the classes that have graduated by it,
 * so a plan costs O(H²) multiply-adds. Accurate to about 1e-13 relative to the largest FTE
 * involved, for every accepted input (checked at 1e-9 against exact rational arithmetic in
 * test/fixtures/capacity/).
 *
 * `weekFigures` is the one evaluation of a week: the hiring plan (hiring-plan.ts) sizes its
 * classes with it, so the gaps it closes are bit for bit the gaps this plan shows.
 */
import { EngineInputError } from "./errors";
import { PLAN_WEEKS, withinLimit } from "./limits";
import { requireSameLength, requireWithin, requireWithinEach } from "./validate";

/** The defaults of the worksheet functions' optional arguments (the issue's). */
export const CAPACITY_DEFAULTS = {
  trainWeeks: 4,
  nestingWeeks: 4,
  nestingProductivity: 0.5,
  graduationRate: 1,
  ftePerHead: 1,
} as const;

/** A gap at or below this many FTE counts as closed: the hiring plan's tolerance. */
export const GAP_TOLERANCE = 1e-9;

/** The team, the weeks' requirement and how new hires join; optional fields take CAPACITY_DEFAULTS. */
export interface CapacityModel {
  /** Required FTE in weeks 1..H, each 0 or more; H is its length. */
  readonly requiredFte: readonly number[];
  /** Productive heads in week 1, 0 or more (0 for a new account). */
  readonly headcount: number;
  /** Share of post-training heads who leave each week, 0 ≤ a < 1. */
  readonly weeklyAttrition: number;
  /** Weeks in training, t: a whole number, 0 or more. */
  readonly trainWeeks?: number;
  /** Weeks nesting after graduation, k: a whole number, 0 or more. */
  readonly nestingWeeks?: number;
  /** Productivity while nesting, p: 0 ≤ p ≤ 1. */
  readonly nestingProductivity?: number;
  /** Share of a class that graduates, g: 0 < g ≤ 1. */
  readonly graduationRate?: number;
  /** FTE one head delivers, f: 0 < f ≤ MAX_FTE_PER_HEAD (limits.ts). */
  readonly ftePerHead?: number;
}

/** One week of the plan, in the order the worksheet function spills its columns. */
export interface CapacityWeek {
  effectiveFte: number;
  /** Required minus effective FTE: positive is a shortfall, negative a surplus. */
  gap: number;
  headsInTraining: number;
  headsNesting: number;
  /** The current team's remaining heads plus the classes past nesting. */
  productiveHeads: number;
  /** a × (nesting + productive heads): heads expected to leave during the week. */
  leavers: number;
}

/** A checked model with its survival factors, shared with hiring-plan.ts. */
export interface PreparedModel {
  readonly weeks: number;
  readonly requiredFte: readonly number[];
  readonly headcount: number;
  readonly weeklyAttrition: number;
  readonly trainWeeks: number;
  readonly nestingWeeks: number;
  readonly nestingProductivity: number;
  readonly graduationRate: number;
  readonly ftePerHead: number;
  /** survival[j] = (1 − a)^j for j = 0..weeks−1. */
  readonly survival: Float64Array;
}

/** (1 − a)^j, accurate to a few ulps where Math.pow(1 − a, j) carries the rounding of 1 − a. */
export function survivalFactor(weeklyAttrition: number, weeks: number): number {
  return Math.exp(weeks * Math.log1p(-weeklyAttrition));
}

/** Checks a model against the rules and precomputes what every week needs. */
export function prepareModel(model: CapacityModel): PreparedModel {
  const required = model.requiredFte;
  const weeks = required.length;
  if (!withinLimit(weeks, PLAN_WEEKS)) {
    throw new EngineInputError({ code: "listLength", argument: "required_fte", value: weeks, limit: PLAN_WEEKS, entry: "week" });
  }
  requireWithinEach("required_fte", required);
  requireWithin("headcount", model.headcount);
  requireWithin("weekly_attrition", model.weeklyAttrition);
  const trainWeeks = model.trainWeeks ?? CAPACITY_DEFAULTS.trainWeeks;
  const nestingWeeks = model.nestingWeeks ?? CAPACITY_DEFAULTS.nestingWeeks;
  const nestingProductivity = model.nestingProductivity ?? CAPACITY_DEFAULTS.nestingProductivity;
  const graduationRate = model.graduationRate ?? CAPACITY_DEFAULTS.graduationRate;
  const ftePerHead = model.ftePerHead ?? CAPACITY_DEFAULTS.ftePerHead;
  requireWithin("train_weeks", trainWeeks);
  requireWithin("nesting_weeks", nestingWeeks);
  requireWithin("nesting_productivity", nestingProductivity);
  requireWithin("graduation_rate", graduationRate);
  requireWithin("fte_per_head", ftePerHead);
  const survival = new Float64Array(weeks);
  for (let j = 0; j < weeks; j++) survival[j] = survivalFactor(model.weeklyAttrition, j);
  return {
    weeks,
    requiredFte: required,
    headcount: model.headcount,
    weeklyAttrition: model.weeklyAttrition,
    trainWeeks,
    nestingWeeks,
    nestingProductivity,
    graduationRate,
    ftePerHead,
    survival,
  };
}

/** Heads by stage in one week, filled in by weekFigures. */
export interface WeekHeads {
  training: number;
  nesting: number;
  productive: number;
}

/**
 * The heads of week w (1-based) by stage into `heads`, and the week's effective FTE. Classes are
 * summed in start order, so adding hires anywhere never lowers a week's FTE, even in rounding.
 */
export function weekFigures(model: PreparedModel, hires: ArrayLike<number>, week: number, heads: WeekHeads): number {
  const { trainWeeks, nestingWeeks, graduationRate, survival } = model;
  let training = 0;
  let nesting = 0;
  let productive = model.headcount * survival[week - 1];
  for (let start = 1; start <= week; start++) {
    const hired = hires[start - 1];
    if (hired === 0) continue;
    const sinceStart = week - start;
    if (sinceStart < trainWeeks) {
      training += hired;
      continue;
    }
    const sinceGraduation = sinceStart - trainWeeks;
    const classHeads = hired * graduationRate * survival[sinceGraduation];
    if (sinceGraduation < nestingWeeks) nesting += classHeads;
    else productive += classHeads;
  }
  heads.training = training;
  heads.nesting = nesting;
  heads.productive = productive;
  return model.ftePerHead * (productive + model.nestingProductivity * nesting);
}

/** Checks a hires column against its model: one value per week, each 0 or more. */
function checkHires(model: PreparedModel, hires: readonly number[]): void {
  requireSameLength("required_fte", model.requiredFte, "hires", hires, "week");
  requireWithinEach("hires", hires);
}

/**
 * The plan week by week for classes of `hires[s − 1]` starting in week s (omitted: no hiring).
 * Throws EngineInputError naming the argument for an input outside the model's domain.
 */
export function capacityPlan(model: CapacityModel, hires?: readonly number[]): CapacityWeek[] {
  const prepared = prepareModel(model);
  const classes = hires ?? new Array<number>(prepared.weeks).fill(0);
  checkHires(prepared, classes);
  const heads: WeekHeads = { training: 0, nesting: 0, productive: 0 };
  const plan: CapacityWeek[] = new Array(prepared.weeks);
  for (let week = 1; week <= prepared.weeks; week++) {
    const effectiveFte = weekFigures(prepared, classes, week, heads);
    plan[week - 1] = {
      effectiveFte,
      gap: prepared.requiredFte[week - 1] - effectiveFte,
      headsInTraining: heads.training,
      headsNesting: heads.nesting,
      productiveHeads: heads.productive,
      leavers: prepared.weeklyAttrition * (heads.nesting + heads.productive),
    };
  }
  return plan;
}
