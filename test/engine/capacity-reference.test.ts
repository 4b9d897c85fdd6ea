/**
 * The capacity-planning engine against test/fixtures/capacity/capacity-cases.json, computed
 * independently by capacity_reference.py: attrition rates to 1e-12 relative, capacity plans to
 * 1e-9 FTE absolute, and 40 greedy hiring plans on horizons of 13 to 104 weeks, with lead times
 * and class limits, hire for hire.
 */
import { attritionConversionOf, attritionRate, capacityPlan, convertAttritionRate, hiringPlan } from "../../src/engine";
import type { CapacityWeek } from "../../src/engine";
import {
  describeCase,
  expectPlanMatches,
  expectRateMatches,
  modelOf,
  readCapacityReference,
} from "../support/capacity-reference";

const reference = readCapacityReference();

function rows(plan: CapacityWeek[]): number[][] {
  return plan.map((w) => [w.effectiveFte, w.gap, w.headsInTraining, w.headsNesting, w.productiveHeads, w.leavers]);
}

test("the reference covers what the issue asks for", () => {
  const hiring = reference.hiring_plan;
  const horizons = hiring.map((c) => c.required_fte.length);
  expect(Math.min(...horizons)).toBe(13);
  expect(Math.max(...horizons)).toBe(104);
  expect(hiring.filter((c) => c.lead_weeks > 0).length).toBeGreaterThanOrEqual(10);
  expect(hiring.filter((c) => c.max_class !== null).length).toBeGreaterThanOrEqual(10);
  expect(hiring.filter((c) => c.min_class > 1).length).toBeGreaterThanOrEqual(10);
  // Some plans leave weeks short that hiring cannot reach, and some start with nobody.
  expect(hiring.some((c) => c.uncovered_weeks.length > 0)).toBe(true);
  expect(hiring.some((c) => c.headcount === 0)).toBe(true);
  // Several classes in one week: a week's hires above max_class.
  expect(hiring.some((c) => c.max_class !== null && c.hires.some((h) => h > (c.max_class as number)))).toBe(true);
  expect(reference.capacity_plan.some((c) => c.hires.some((h) => !Number.isInteger(h)))).toBe(true);
});

test.each(reference.attrition_rate.map((c, i) => [i, c] as const))("attrition rate %i", (i, c) => {
  expectRateMatches(attritionRate(c.leavers, c.headcount_start, c.headcount_end), c.rate, `attrition rate ${i}`);
});

test.each(reference.attrition_convert.map((c, i) => [i, c] as const))("attrition conversion %i", (i, c) => {
  const converted = convertAttritionRate(c.rate, c.from_weeks, c.to_weeks, attritionConversionOf(c.simple));
  expectRateMatches(converted, c.converted, `conversion ${i} (${JSON.stringify(c)})`);
});

test.each(reference.capacity_plan.map((c, i) => [i, c] as const))("capacity plan %i", (i, c) => {
  expectPlanMatches(rows(capacityPlan(modelOf(c), c.hires)), c.plan, describeCase(c, i));
});

test.each(reference.hiring_plan.map((c, i) => [i, c] as const))("hiring plan %i", (i, c) => {
  const where = `${describeCase(c, i)}, lead ${c.lead_weeks}, class ${c.min_class}..${c.max_class}`;
  const plan = hiringPlan(modelOf(c), { leadWeeks: c.lead_weeks, minClass: c.min_class, maxClass: c.max_class });
  expect({ where, hires: plan.hires }).toEqual({ where, hires: c.hires });
  expect(plan.firstCoverableWeek).toBe(c.first_coverable_week);
  expect(plan.uncoveredWeeks).toEqual(c.uncovered_weeks);
  expectPlanMatches(rows(capacityPlan(modelOf(c), plan.hires)), c.plan, where);
});
