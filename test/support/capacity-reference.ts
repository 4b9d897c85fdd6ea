/**
 * The capacity-planning reference values: test/fixtures/capacity/capacity-cases.json, written by
 * capacity_reference.py beside it (attrition at 40 digits with mpmath, the capacity model and the
 * greedy hiring plan in exact rational arithmetic, knife-edge decisions excluded).
 *
 * Tolerances: attrition rates 1e-12 relative (one product or an expm1/log1p pair, a few ulps);
 * plan figures 1e-9 FTE or heads absolute, the tolerance (the largest error is about
 * 1e-12 on plans of up to 800 FTE); hires and uncovered weeks exactly.
 */
import * as fs from "fs";
import * as path from "path";
import type { CapacityModel } from "../../src/engine";

export const CAPACITY_REFERENCE = path.resolve(__dirname, "../fixtures/capacity/capacity-cases.json");

export const RATE_RELATIVE = 1e-12;
export const PLAN_ABS = 1e-9;

export interface AttritionRateCase {
  leavers: number;
  headcount_start: number;
  headcount_end: number;
  rate: number;
}

export interface AttritionConvertCase {
  rate: number;
  from_weeks: number;
  to_weeks: number;
  simple: 0 | 1;
  converted: number;
}

/** The model's inputs as the generator writes them (worksheet argument names). */
export interface ModelCase {
  pattern: string;
  required_fte: number[];
  headcount: number;
  weekly_attrition: number;
  train_weeks: number;
  nesting_weeks: number;
  nesting_productivity: number;
  graduation_rate: number;
  fte_per_head: number;
  /** Week by week: effective FTE, gap, heads in training, heads nesting, productive heads, leavers. */
  plan: number[][];
}

export interface CapacityPlanCase extends ModelCase {
  hires: number[];
}

export interface HiringPlanCase extends ModelCase {
  lead_weeks: number;
  min_class: number;
  max_class: number | null;
  hires: number[];
  first_coverable_week: number;
  uncovered_weeks: number[];
  min_margin: number;
}

export interface CapacityReference {
  generator: string;
  seed: number;
  attrition_rate: AttritionRateCase[];
  attrition_convert: AttritionConvertCase[];
  capacity_plan: CapacityPlanCase[];
  hiring_plan: HiringPlanCase[];
}

export function readCapacityReference(): CapacityReference {
  return JSON.parse(fs.readFileSync(CAPACITY_REFERENCE, "utf8")) as CapacityReference;
}

export function modelOf(c: ModelCase): CapacityModel {
  return {
    requiredFte: c.required_fte,
    headcount: c.headcount,
    weeklyAttrition: c.weekly_attrition,
    trainWeeks: c.train_weeks,
    nestingWeeks: c.nesting_weeks,
    nestingProductivity: c.nesting_productivity,
    graduationRate: c.graduation_rate,
    ftePerHead: c.fte_per_head,
  };
}

/** A case in a line, for failure messages. */
export function describeCase(c: ModelCase, index: number): string {
  return (
    `case ${index} (${c.required_fte.length} weeks, ${c.pattern}, headcount ${c.headcount}, ` +
    `a ${c.weekly_attrition}, t ${c.train_weeks}, k ${c.nesting_weeks})`
  );
}

/** Throws, naming the week and column, unless `actual` matches the reference plan within PLAN_ABS. */
export function expectPlanMatches(actual: unknown[][], expected: number[][], where: string): void {
  if (actual.length !== expected.length) {
    throw new Error(`${where}: ${actual.length} rows, expected ${expected.length}`);
  }
  expected.forEach((row, week) => {
    if (actual[week].length !== row.length) throw new Error(`${where} week ${week + 1}: ${actual[week].length} columns`);
    row.forEach((value, column) => {
      const got = actual[week][column];
      if (typeof got !== "number" || !(Math.abs(got - value) <= PLAN_ABS)) {
        throw new Error(`${where} week ${week + 1} column ${column + 1}: got ${JSON.stringify(got)}, expected ${value}`);
      }
    });
  });
}

export function expectRateMatches(actual: unknown, expected: number, where: string): void {
  const error = typeof actual === "number" ? Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE) : NaN;
  if (!(error <= RATE_RELATIVE) && !(actual === expected)) {
    throw new Error(`${where}: got ${JSON.stringify(actual)}, expected ${expected} (relative error ${error})`);
  }
}
