/**
 * The capacity plan a sheet shows: the engine's hiring plan and capacity plan with the figures a
 * director reads (hires, hires by month, the weeks hiring cannot cover, the largest shortfall,
 * costs), on cases small enough to check by hand.
 */
import { convertAttritionRate } from "../../src/engine";
import { computeCapacity, hiresByMonth, weeklyAttritionOf } from "../../src/planner/capacity";
import type { CapacitySettings } from "../../src/planner/capacity-types";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

/**
 * The README's hiring example: 100 FTE every week, a team of 100, 2% weekly attrition (104% a
 * year as a turnover ratio: 1.04 × 1/52), two weeks of training and two of nesting, everyone
 * graduating, nesting at 50%.
 */
const README: CapacitySettings = {
  headcount: 100,
  attrition: { rate: 1.04, period: "year", figure: "turnover" },
  trainWeeks: 2,
  nestingWeeks: 2,
  nestingProductivity: 0.5,
  graduationRate: 1,
  ftePerHead: 1,
  leadWeeks: 0,
  minClass: 1,
  maxClass: null,
  costPerHire: null,
  costPerFteWeek: null,
};
const TWELVE_WEEKS = Array.from({ length: 12 }, () => 100);

describe("attrition as the plan uses it: weekly, converted as WFM.ATTRITION_CONVERT does", () => {
  test("a turnover ratio scales with the period; a share of the team compounds", () => {
    expect(weeklyAttritionOf({ rate: 1, period: "year", figure: "turnover" })).toBeCloseTo(1 / 52, 15);
    expect(weeklyAttritionOf({ rate: 0.05, period: "month", figure: "turnover" })).toBeCloseTo(0.05 / (52 / 12), 15);
    // 5% of the team gone within a month is 1.18% a week (README, WFM.ATTRITION_CONVERT).
    expect(weeklyAttritionOf({ rate: 0.05, period: "month", figure: "share" })).toBeCloseTo(1 - 0.95 ** (12 / 52), 15);
    expect(weeklyAttritionOf({ rate: 0.05, period: "month", figure: "share" })).toBe(convertAttritionRate(0.05, 52 / 12, 1, "compound"));
    expect(weeklyAttritionOf({ rate: 0.6, period: "year", figure: "share" })).toBe(convertAttritionRate(0.6, 52, 1, "compound"));
  });
});

describe("the capacity plan of a sheet", () => {
  test("the README's example: classes of 9 then 2 a week; weeks 2 and 4 are short before hiring can reach them", () => {
    const { weeks, summary } = computeCapacity(TWELVE_WEEKS, README, MONDAY_2025_03_03);
    expect(summary.weeklyAttrition).toBeCloseTo(0.02, 15);
    expect(weeks.map((w) => w.hires)).toEqual([9, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0]);
    expect(weeks.map((w) => w.suggestedHires)).toEqual(weeks.map((w) => w.hires));
    expect(summary.totalHires).toBe(23);
    expect(summary.classes).toBe(8);
    expect(summary.firstCoverableWeek).toBe(5);
    // Week 2: 98 productive heads, the class of 9 still training: 2 FTE short. Week 3: the class
    // of 9 nests at 50% (9 × 0.98⁰ × 0.5 = 4.5 FTE) beside 96.04 heads: covered. Week 4: the class
    // of 9 nests (9 × 0.98 × 0.5 = 4.41) and so does the class of 2 from week 2 (2 × 0.5 = 1):
    // 100 − 94.1192 − 4.41 − 1 = 0.4708.
    expect(summary.uncoveredWeeks).toEqual([2, 4]);
    expect(weeks[1].gap).toBeCloseTo(2, 12);
    expect(weeks[3].gap).toBeCloseTo(100 - 100 * 0.98 ** 3 - 9 * 0.98 * 0.5 - 2 * 0.5, 12);
    expect(summary.peakGap).toBeCloseTo(2, 12);
    expect(summary.peakGapWeek).toBe(2);
    expect(summary.fteWeeksShort).toBeCloseTo(weeks[1].gap + weeks[3].gap, 12);
    expect(weeks.filter((w) => w.short).map((w) => w.week)).toEqual([2, 4]);
    expect(weeks.map((w) => w.weekStart)).toEqual(TWELVE_WEEKS.map((_, i) => MONDAY_2025_03_03 + 7 * i));
    expect(summary.hiringCost).toBeNull();
    expect(summary.totalCost).toBeNull();
  });

  test("hires by calendar month, by the first day of each class's week", () => {
    const { months } = computeCapacity(TWELVE_WEEKS, README, MONDAY_2025_03_03);
    // Weeks from 3, 10, 17, 24 and 31 March (9 + 2 + 2 + 2 + 2), 7 to 28 April (2 + 2 + 2 + 0), May none.
    expect(months).toEqual([
      { monthStart: MONDAY_2025_03_03 - 2, label: "2025-03", hires: 17 },
      { monthStart: MONDAY_2025_03_03 + 29, label: "2025-04", hires: 6 },
      { monthStart: MONDAY_2025_03_03 + 59, label: "2025-05", hires: 0 },
    ]);
    // A horizon that skips a month still lists it.
    expect(hiresByMonth([{ weekStart: MONDAY_2025_03_03, hires: 1 }, { weekStart: MONDAY_2025_03_03 + 70, hires: 2 }]).map((m) => m.label)).toEqual([
      "2025-03",
      "2025-04",
      "2025-05",
    ]);
  });

  test("costs: hires × cost per hire, and every head on the payroll (in training too) × FTE per head × cost per FTE-week", () => {
    const costed = { ...README, costPerHire: 3000, costPerFteWeek: 800, ftePerHead: 0.9 };
    const { weeks, summary } = computeCapacity(TWELVE_WEEKS.map((fte) => fte * 0.9), costed, MONDAY_2025_03_03);
    const heads = weeks.reduce((sum, w) => sum + w.headsInTraining + w.headsNesting + w.productiveHeads, 0);
    expect(summary.hiringCost).toBe(summary.totalHires * 3000);
    expect(summary.paidFteWeeks).toBeCloseTo(heads * 0.9, 9);
    expect(summary.staffCost).toBeCloseTo(heads * 0.9 * 800, 6);
    expect(summary.totalCost).toBeCloseTo((summary.hiringCost as number) + (summary.staffCost as number), 6);
    // One cost alone is the total.
    expect(computeCapacity(TWELVE_WEEKS, { ...README, costPerHire: 3000 }, MONDAY_2025_03_03).summary.totalCost).toBe(23 * 3000);
  });

  test("the person's own classes replace the hiring plan's, which stays beside them as the suggestion", () => {
    const own = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    own[0] = 30;
    const { weeks, summary } = computeCapacity(TWELVE_WEEKS, README, MONDAY_2025_03_03, own);
    expect(weeks.map((w) => w.hires)).toEqual(own);
    expect(weeks[0].suggestedHires).toBe(9);
    expect(summary.totalHires).toBe(30);
    // Short while the class trains (week 2) and once attrition eats the surplus (week 12).
    expect(summary.uncoveredWeeks).toEqual(weeks.filter((w) => w.gap > 1e-9).map((w) => w.week));
    expect(summary.uncoveredWeeks).toContain(2);
  });

  test("a team that already covers every week hires nobody and is never short", () => {
    const { summary } = computeCapacity([80, 80, 80], { ...README, headcount: 100 }, MONDAY_2025_03_03);
    expect(summary).toMatchObject({ totalHires: 0, classes: 0, uncoveredWeeks: [], fteWeeksShort: 0, peakGap: 0, peakGapWeek: null });
  });
});
