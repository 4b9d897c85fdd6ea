/**
 * @jest-environment node
 *
 * The built add-in against the capacity-planning reference: dist/functions.js, loaded alone as
 * Excel loads it, must register WFM.ATTRITION_RATE, ATTRITION_CONVERT, CAPACITY_PLAN and
 * HIRING_PLAN (capacity.ts is a second input of the metadata plugin, whose loader appends their
 * associate calls) and reproduce every case of test/fixtures/capacity/capacity-cases.json
 * through them, arguments passed as Excel passes ranges. Tolerances: see
 * test/support/capacity-reference.ts.
 *
 * Needs `npm run build` first (`npm test` builds before running jest).
 */
import { loadBundle, RuntimeError, type BundledFunction } from "../support/bundle";
import {
  describeCase,
  expectPlanMatches,
  expectRateMatches,
  readCapacityReference,
  type ModelCase,
} from "../support/capacity-reference";

const reference = readCapacityReference();
let wfm: Record<string, BundledFunction>;
beforeAll(() => {
  wfm = loadBundle();
});

const cell = (value: number | null): unknown[][] => [[value ?? ""]];
const column = (values: number[]): unknown[][] => values.map((v) => [v]);

/** train_weeks … fte_per_head, as single cells. */
function shape(c: ModelCase): unknown[][][] {
  return [c.train_weeks, c.nesting_weeks, c.nesting_productivity, c.graduation_rate, c.fte_per_head].map(cell);
}

test.each(reference.attrition_rate.map((c, i) => [i, c] as const))("WFM.ATTRITION_RATE case %i", (i, c) => {
  const result = wfm.ATTRITION_RATE(cell(c.leavers), cell(c.headcount_start), cell(c.headcount_end));
  expectRateMatches(result[0][0], c.rate, `attrition rate ${i}`);
});

test.each(reference.attrition_convert.map((c, i) => [i, c] as const))("WFM.ATTRITION_CONVERT case %i", (i, c) => {
  const result = wfm.ATTRITION_CONVERT(cell(c.rate), cell(c.from_weeks), cell(c.to_weeks), cell(c.simple));
  expectRateMatches(result[0][0], c.converted, `conversion ${i}`);
});

test.each(reference.capacity_plan.map((c, i) => [i, c] as const))("WFM.CAPACITY_PLAN case %i", (i, c) => {
  const result = wfm.CAPACITY_PLAN(column(c.required_fte), cell(c.headcount), cell(c.weekly_attrition), column(c.hires), ...shape(c));
  expectPlanMatches(result, c.plan, describeCase(c, i));
});

test.each(reference.hiring_plan.map((c, i) => [i, c] as const))("WFM.HIRING_PLAN case %i, then CAPACITY_PLAN", (i, c) => {
  const where = `${describeCase(c, i)}, lead ${c.lead_weeks}, class ${c.min_class}..${c.max_class}`;
  const model = [column(c.required_fte), cell(c.headcount), cell(c.weekly_attrition)];
  const limits = [cell(c.lead_weeks), cell(c.min_class), cell(c.max_class)];
  const hires = wfm.HIRING_PLAN(...model, ...shape(c), ...limits);
  expect({ where, hires }).toEqual({ where, hires: column(c.hires) });
  const plan = wfm.CAPACITY_PLAN(...model, hires, ...shape(c));
  expectPlanMatches(plan, c.plan, where);
});

test("whole-result errors arrive as the runtime's error, #VALUE! with the week and #NUM!", () => {
  const blankWeek = wfm.CAPACITY_PLAN([[100], [""], [100]], [[90]], [[0.01]])[0][0] as RuntimeError;
  expect(blankWeek).toBeInstanceOf(RuntimeError);
  expect(blankWeek.code).toBe("#VALUE!");
  expect(blankWeek.message).toContain("week 2");
  const attrition = wfm.HIRING_PLAN([[100]], [[90]], [[1]])[0][0] as RuntimeError;
  expect(attrition).toBeInstanceOf(RuntimeError);
  expect(attrition.code).toBe("#NUM!");
  expect(attrition.message).toContain("weekly_attrition");
  const negative = wfm.CAPACITY_PLAN([[100], [100]], [[90]], [[0.01]], [[0], [-1]])[0][0] as RuntimeError;
  expect(negative.code).toBe("#VALUE!");
  expect(negative.message).toContain("hires in week 2");
});
