/** Boundaries and refusals of the capacity engine: what it answers at the edges and how it says no. */
import {
  attritionConversionOf,
  attritionRate,
  capacityPlan,
  convertAttritionRate,
  GAP_TOLERANCE,
  hiringPlan,
  LIMITS,
  MAX_WEEKLY_HIRES,
  type CapacityModel,
  type HiringLimits,
} from "../../src/engine";
import { refusal } from "../support/refusal";


const team: CapacityModel = { requiredFte: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], headcount: 100, weeklyAttrition: 0.02 };

describe("attrition", () => {
  test("the rate is leavers over the average headcount; 0 leavers is 0", () => {
    expect(attritionRate(11, 100, 120)).toBe(0.1);
    expect(attritionRate(0, 10, 0)).toBe(0);
  });

  test.each([
    [() => attritionRate(-1, 10, 10), "leavers"],
    [() => attritionRate(1, -10, 10), "headcount_start"],
    [() => attritionRate(1, 10, -10), "headcount_end"],
    [() => attritionRate(1, 0, 0), "headcount_start"],
    [() => convertAttritionRate(1, 52, 1), "rate"],
    [() => convertAttritionRate(-0.1, 52, 1, "simple"), "rate"],
    [() => convertAttritionRate(0.1, 0, 1), "from_weeks"],
    [() => convertAttritionRate(0.1, 52, 0), "to_weeks"],
    [() => attritionConversionOf(0.5), "simple"],
  ])("%#: refuses with the argument named", (run, argument) => {
    expect(refusal(run).argument).toBe(argument);
  });

  test("a compound rate of 0 stays 0 and tiny rates keep their digits", () => {
    expect(convertAttritionRate(0, 52, 1)).toBe(0);
    // 1 − (1 − 1e-12)^(1/52) would cancel to a few digits; expm1/log1p keeps them all.
    expect(convertAttritionRate(1e-12, 52, 1) / (1e-12 / 52)).toBeCloseTo(1, 12);
  });
});

describe("the capacity plan", () => {
  test("one week, a new account, no training or nesting: hires count at once", () => {
    const [week] = capacityPlan({ requiredFte: [10], headcount: 0, weeklyAttrition: 0.5, trainWeeks: 0, nestingWeeks: 0 }, [4]);
    expect(week).toEqual({ effectiveFte: 4, gap: 6, headsInTraining: 0, headsNesting: 0, productiveHeads: 4, leavers: 2 });
  });

  test("omitted hires are no hiring", () => {
    expect(capacityPlan(team)).toEqual(capacityPlan(team, new Array(10).fill(0)));
  });

  test.each<[string, Partial<CapacityModel>, string]>([
    ["no weeks", { requiredFte: [] }, "required_fte"],
    ["more than ten years of weeks", { requiredFte: new Array(521).fill(1) }, "required_fte"],
    ["a negative week", { requiredFte: [1, -1] }, "required_fte"],
    ["a NaN week", { requiredFte: [1, NaN] }, "required_fte"],
    ["a negative headcount", { headcount: -1 }, "headcount"],
    ["attrition of 100%", { weeklyAttrition: 1 }, "weekly_attrition"],
    ["negative attrition", { weeklyAttrition: -0.01 }, "weekly_attrition"],
    ["fractional training", { trainWeeks: 1.5 }, "train_weeks"],
    ["negative nesting", { nestingWeeks: -1 }, "nesting_weeks"],
    ["nesting above 520 weeks", { nestingWeeks: 521 }, "nesting_weeks"],
    ["productivity above 1", { nestingProductivity: 1.01 }, "nesting_productivity"],
    ["graduation of 0", { graduationRate: 0 }, "graduation_rate"],
    ["graduation above 1", { graduationRate: 1.01 }, "graduation_rate"],
    ["FTE per head of 0", { ftePerHead: 0 }, "fte_per_head"],
    ["hours typed as FTE per head", { ftePerHead: 37.5 }, "fte_per_head"],
  ])("refuses %s, naming the argument", (_, change, argument) => {
    const model = { ...team, ...change };
    expect(refusal(() => capacityPlan(model)).argument).toBe(argument);
    expect(refusal(() => hiringPlan(model)).argument).toBe(argument);
  });

  test("refuses hires of another length, negative or not finite, naming the week", () => {
    // hires has 2 weeks but required_fte has 10.
    expect(refusal(() => capacityPlan(team, [1, 2])).problem).toEqual({
      code: "lengthsDiffer",
      argument: "hires",
      value: 2,
      other: "required_fte",
      otherLength: 10,
      entry: "week",
    });
    const negative = refusal(() => capacityPlan(team, [0, 0, -1, 0, 0, 0, 0, 0, 0, 0]));
    expect(negative.argument).toBe("hires");
    // Week 3 is index 2.
    expect(negative.problem).toEqual({ code: "outOfRange", argument: "hires", value: -1, limit: LIMITS.hires, index: 2 });
    expect(refusal(() => capacityPlan(team, [0, Infinity, 0, 0, 0, 0, 0, 0, 0, 0])).index).toBe(1);
  });
});

describe("the hiring plan", () => {
  const plan = (limits: HiringLimits, model: CapacityModel = team) => hiringPlan(model, limits);

  test.each<[string, HiringLimits, string]>([
    ["min_class of 0", { minClass: 0 }, "min_class"],
    ["a fractional min_class", { minClass: 1.5 }, "min_class"],
    ["max_class of 0", { maxClass: 0 }, "max_class"],
    ["min_class above max_class", { minClass: 6, maxClass: 5 }, "min_class"],
    ["a negative lead time", { leadWeeks: -1 }, "lead_weeks"],
    ["a fractional lead time", { leadWeeks: 0.5 }, "lead_weeks"],
  ])("refuses %s, naming the argument", (_, limits, argument) => {
    expect(refusal(() => plan(limits)).argument).toBe(argument);
  });

  test("max_class null, omitted or infinite is no limit", () => {
    const unlimited = plan({ minClass: 3 });
    expect(plan({ minClass: 3, maxClass: null })).toEqual(unlimited);
    expect(plan({ minClass: 3, maxClass: Infinity })).toEqual(unlimited);
  });

  test("a class limit of exactly one size gives classes of that size", () => {
    const { hires } = plan({ minClass: 4, maxClass: 4 }, { ...team, trainWeeks: 1, nestingWeeks: 1 });
    expect(hires.every((h) => h % 4 === 0)).toBe(true);
    expect(hires.some((h) => h > 4)).toBe(true);
  });

  test("no training or nesting: each week's gap is hired in that week", () => {
    const model = { requiredFte: [10, 12, 12], headcount: 10, weeklyAttrition: 0, trainWeeks: 0, nestingWeeks: 0 };
    expect(hiringPlan(model)).toEqual({ hires: [0, 2, 0], firstCoverableWeek: 1, uncoveredWeeks: [] });
  });

  test("when no week is reachable nothing is hired and every short week is reported", () => {
    const result = plan({ leadWeeks: 10 });
    expect(result.hires).toEqual(new Array(10).fill(0));
    expect(result.firstCoverableWeek).toBe(19);
    expect(result.uncoveredWeeks).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("a need beyond any sensible class is refused with a hint, rather than computed for ever", () => {
    const hopeless = { ...team, weeklyAttrition: 0.9999 };
    const error = refusal(() => plan({}, hopeless));
    expect(error.argument).toBe("weekly_attrition");
    // More than 10 million hires for one week's gap.
    expect(error.problem).toMatchObject({ code: "hiresBeyondLimit", limit: MAX_WEEKLY_HIRES });
  });

  test("a hire worth a sliver of an FTE still gets the least class that closes the gap", () => {
    // Each hire adds 1e-7 FTE at the week it covers: tens of thousands of hires, sized exactly.
    const model = { requiredFte: [1, 1, 1.004], headcount: 1, weeklyAttrition: 0, trainWeeks: 0, nestingWeeks: 0, graduationRate: 1e-7 };
    const { hires } = hiringPlan(model);
    const gaps = capacityPlan(model, hires).map((w) => w.gap);
    expect(gaps[2]).toBeLessThanOrEqual(GAP_TOLERANCE);
    const fewer = hires.slice();
    fewer[2] -= 1;
    expect(capacityPlan(model, fewer)[2].gap).toBeGreaterThan(GAP_TOLERANCE);
    expect(hires[2]).toBeGreaterThan(39_000);
  });
});
