/**
 * The hiring plan: how many people to hire, and when, so that the capacity plan
 * (capacity-plan.ts) has no gap in any week hiring can reach.
 *
 * Method: the greedy scan. Weeks are scanned in order; at the first week w whose gap
 * exceeds GAP_TOLERANCE (1e-9 FTE), a class starts in week s = w − t − k, the latest start whose
 * hires are fully productive by week w. If s < 1 + lead_weeks no class can cover week w: it is
 * left uncovered and the scan goes on. Otherwise the class is the least whole number of hires,
 * at least min_class, that closes the gap at w; when that exceeds max_class a class of max_class
 * starts in week s and the same week is sized again, so several classes may start in one week
 * (the result adds them up). The scan then continues from week w. Source: issue 9, stated there
 * exactly; the generator in test/fixtures/capacity/ implements it independently, class by class.
 *
 * A class is estimated as ⌈(gap − 1e-9) ÷ (f·g·(1 − a)^k)⌉ hires and confirmed by a galloping
 * search against the model's own sums, so rounding can never make it one hire too few or too
 * many; hires are exact whole numbers and match the exact-rational reference hire for hire.
 *
 * Where the issue is silent:
 * - "Closes the gap at w" means the gap of the model as CAPACITY_PLAN shows it, counting every
 *   class already planned in whatever stage it is at w. The new class is at full productivity
 *   at w (it has just finished nesting), so each hire adds f·g·(1 − a)^k FTE there. Classes
 *   planned later for later weeks may still be nesting at w and add to it afterwards; the scan
 *   cannot count on them, so a week's surplus is possible, a shortfall is not.
 * - Class sizes are sized against the very sums capacity-plan.ts evaluates (weekFigures), and
 *   adding hires never lowers a week's FTE even in rounding, so CAPACITY_PLAN fed with the
 *   result shows no gap above 1e-9 in any week from 1 + lead_weeks + t + k on: exactly, not
 *   just to rounding.
 * - A run of max_class classes is added at once (⌈n ÷ max_class⌉ − 1 of them for a need of n),
 *   which is the repetition without its n ÷ max_class evaluations.
 * - Class limits are whole numbers of hires; max_class omitted is unlimited.
 *
 * What the greedy does not promise (README, "Capacity plan model"; pinned in
 * test/engine/capacity-properties.test.ts): with min_class above 1, more attrition can mean a few
 * hires fewer; and a longer lead time, though it never lets hiring reach more weeks, can leave
 * fewer weeks short, when a bigger, later class nests through an early week.
 *
 * Cost: O(H²) for H weeks (one O(H) evaluation per week, a few more per class). A 104-week
 * plan takes well under a millisecond (npm run bench).
 */
import {
  GAP_TOLERANCE,
  prepareModel,
  survivalFactor,
  weekFigures,
  type CapacityModel,
  type PreparedModel,
  type WeekHeads,
} from "./capacity-plan";
import { EngineInputError } from "./errors";
import { requireWithin } from "./validate";

/** When classes may start and how big they may be; omitted fields take HIRING_DEFAULTS. */
export interface HiringLimits {
  /** Weeks from now before the first class can start (recruiting lead time), a whole number. */
  readonly leadWeeks?: number;
  /** Smallest class, a whole number of hires of 1 or more. */
  readonly minClass?: number;
  /** Largest class, a whole number of hires of at least minClass; null or omitted: no limit. */
  readonly maxClass?: number | null;
}

export const HIRING_DEFAULTS = { leadWeeks: 0, minClass: 1, maxClass: null } as const;

/** More hires than this for one week's gap means the inputs are not what the person meant. */
export const MAX_WEEKLY_HIRES = 10_000_000;

export interface HiringPlan {
  /** hires[s − 1]: people to start training in week s, a whole number (classes added up). */
  readonly hires: number[];
  /** The first week a class can cover: 1 + lead_weeks + train_weeks + nesting_weeks. */
  readonly firstCoverableWeek: number;
  /** Weeks whose gap stays above 1e-9 with these hires: they need overtime or another site. */
  readonly uncoveredWeeks: number[];
}

/** The class limits checked: minClass ≤ maxClass, maxClass Infinity when unlimited. */
function checkLimits(limits: HiringLimits): { leadWeeks: number; minClass: number; maxClass: number } {
  const leadWeeks = limits.leadWeeks ?? HIRING_DEFAULTS.leadWeeks;
  const minClass = limits.minClass ?? HIRING_DEFAULTS.minClass;
  const maxClass = limits.maxClass ?? Infinity;
  requireWithin("lead_weeks", leadWeeks);
  requireWithin("min_class", minClass);
  if (maxClass !== Infinity) requireWithin("max_class", maxClass);
  if (minClass > maxClass) {
    throw new EngineInputError({ code: "classLimitsCross", argument: "min_class", value: minClass, limit: maxClass });
  }
  return { leadWeeks, minClass, maxClass };
}

/** Sizes classes against weekFigures, the capacity plan's own evaluation of a week. */
class GapAtWeek {
  private readonly heads: WeekHeads = { training: 0, nesting: 0, productive: 0 };

  constructor(
    private readonly model: PreparedModel,
    private readonly hires: number[],
  ) {}

  /** The week's gap with the hires planned so far. */
  gap(week: number): number {
    return this.model.requiredFte[week - 1] - weekFigures(this.model, this.hires, week, this.heads);
  }

  /** True when `extra` more hires starting in week `start` would leave week `week` without a gap. */
  closedWith(week: number, start: number, extra: number): boolean {
    const planned = this.hires[start - 1];
    this.hires[start - 1] = planned + extra;
    const closed = this.gap(week) <= GAP_TOLERANCE;
    this.hires[start - 1] = planned;
    return closed;
  }
}

/**
 * The least whole n in [low, high] for which `holds(n)` is true, where `holds` is false up to
 * some n and true from there on; null when it is false even at `high`. The search starts at
 * `guess` and gallops outward, so a right guess costs two evaluations.
 */
function leastFrom(guess: number, low: number, high: number, holds: (n: number) => boolean): number | null {
  let below: number; // false there, or low − 1
  let above: number; // true there
  if (holds(guess)) {
    above = guess;
    for (let step = 1; ; step *= 2) {
      const next = above - step;
      if (next < low) {
        below = low - 1;
        break;
      }
      if (!holds(next)) {
        below = next;
        break;
      }
      above = next;
    }
  } else {
    below = guess;
    for (let step = 1; ; step *= 2) {
      const next = Math.min(below + step, high);
      if (holds(next)) {
        above = next;
        break;
      }
      if (next === high) return null;
      below = next;
    }
  }
  while (above - below > 1) {
    const middle = Math.floor((above + below) / 2);
    if (holds(middle)) above = middle;
    else below = middle;
  }
  return above;
}

/**
 * The least whole number of hires, at least `minClass`, starting in week `start` that closes the
 * gap of `week`, which is `gap` now. Estimated from the FTE each hire adds at `week`, then
 * confirmed (and, on a rounding knife edge, moved) against the model's own sums.
 */
function leastClosingClass(
  gaps: GapAtWeek,
  week: number,
  start: number,
  gap: number,
  ftePerHire: number,
  minClass: number,
): number {
  const estimate = Math.max(minClass, Math.ceil((gap - GAP_TOLERANCE) / ftePerHire));
  const size =
    estimate <= MAX_WEEKLY_HIRES
      ? leastFrom(estimate, minClass, MAX_WEEKLY_HIRES, (n) => gaps.closedWith(week, start, n))
      : null;
  if (size === null) {
    throw new EngineInputError({
      code: "hiresBeyondLimit",
      argument: "weekly_attrition",
      value: gap,
      week,
      limit: MAX_WEEKLY_HIRES,
    });
  }
  return size;
}

/**
 * The greedy hiring plan for a model and class limits (see the module comment). Throws
 * EngineInputError naming the argument for an input outside the model's domain.
 */
export function hiringPlan(model: CapacityModel, limits: HiringLimits = {}): HiringPlan {
  const prepared = prepareModel(model);
  const { leadWeeks, minClass, maxClass } = checkLimits(limits);
  const { weeks, trainWeeks, nestingWeeks } = prepared;
  const hires = new Array<number>(weeks).fill(0);
  const gaps = new GapAtWeek(prepared, hires);
  const firstCoverableWeek = 1 + leadWeeks + trainWeeks + nestingWeeks;
  // Every hire is fully productive at the week its class was sized for, after k weeks of attrition.
  const ftePerHire =
    prepared.ftePerHead * prepared.graduationRate * survivalFactor(prepared.weeklyAttrition, nestingWeeks);
  const uncoveredWeeks: number[] = [];

  for (let week = 1; week <= weeks; week++) {
    let gap = gaps.gap(week);
    if (gap <= GAP_TOLERANCE) continue;
    if (week < firstCoverableWeek) {
      uncoveredWeeks.push(week);
      continue;
    }
    const start = week - trainWeeks - nestingWeeks;
    while (gap > GAP_TOLERANCE) {
      const size = leastClosingClass(gaps, week, start, gap, ftePerHire, minClass);
      hires[start - 1] += size <= maxClass ? size : (Math.ceil(size / maxClass) - 1) * maxClass;
      gap = gaps.gap(week);
    }
  }
  // Classes sized for later weeks may nest through an uncovered week and close its gap after all.
  const stillUncovered = uncoveredWeeks.filter((week) => gaps.gap(week) > GAP_TOLERANCE);
  return { hires, firstCoverableWeek, uncoveredWeeks: stillUncovered };
}
