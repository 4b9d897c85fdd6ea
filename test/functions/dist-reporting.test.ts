/**
 * @jest-environment node
 *
 * The built add-in's reporting functions against reference values computed independently
 * (test/fixtures/reporting/reporting_reference.py: Python + mpmath at 30 digits, from issue 8's
 * definitions): every case of reporting-cases.json through the functions dist/functions.js
 * associates, with ranges of every shape, blanks, and the errors the definitions give. Values
 * agree to 1e-9 absolute (REPORTING_ABS); errors have the right code and name what to fix.
 *
 * Needs `npm run build` first (`npm test` builds before running jest).
 */
import { type BundledFunction, loadBundle, RuntimeError } from "../support/bundle";
import { asExcel, checkExpected, REPORTING_ABS, reportingReference } from "../support/reporting-reference";

const reference = reportingReference();
let wfm: Record<string, BundledFunction>;
beforeAll(() => {
  wfm = loadBundle();
});

/** The one cell of an aggregating function's result. */
function single(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

test.each(reference.sl_period.map((c, i) => [i, c] as const))("SL_PERIOD case %i", (i, c) => {
  const args = [asExcel(c.answered_within), asExcel(c.offered)];
  const rule = [[c.abandon_rule]];
  const result = c.abandoned_within
    ? wfm.SL_PERIOD(...args, asExcel(c.abandoned_within), rule)
    : wfm.SL_PERIOD(...args, undefined as unknown as unknown[][], rule);
  checkExpected(single(result), c.expected, `SL_PERIOD case ${i}`);
});

test.each(reference.sl_needed.map((c, i) => [i, c] as const))("SL_NEEDED case %i", (i, c) => {
  checkExpected(single(wfm.SL_NEEDED(...c.inputs.map((x) => [[x]]))), c.expected, `SL_NEEDED case ${i}`);
});

test.each(reference.accuracy.map((c, i) => [i, c] as const))("WAPE, FORECAST_BIAS and MAPE case %i", (i, c) => {
  const args = [asExcel(c.actual), asExcel(c.forecast)];
  checkExpected(single(wfm.WAPE(...args)), c.expected.wape, `WAPE case ${i}`);
  checkExpected(single(wfm.FORECAST_BIAS(...args)), c.expected.forecast_bias, `FORECAST_BIAS case ${i}`);
  checkExpected(single(wfm.MAPE(...args)), c.expected.mape, `MAPE case ${i}`);
});

describe("SL_VARIANCE", () => {
  const cases = reference.sl_variance;

  test.each(cases.map((c, i) => [i, c.kind, c] as const))("case %i (%s), one interval", (i, _kind, c) => {
    const { plan, actual } = c;
    const inputs = [
      plan.calls,
      actual.calls,
      plan.aht,
      actual.aht,
      plan.staff,
      actual.staff,
      plan.shrinkage,
      actual.shrinkage,
      actual.adherence,
      c.target_time,
      c.interval,
      c.patience ?? "",
      c.abandon_rule,
    ];
    const result = wfm.SL_VARIANCE(...inputs.map((x) => [[x]]));
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(7);
    result[0].forEach((cell, k) => checkExpected(cell, { value: c.expected[k] }, `SL_VARIANCE case ${i} column ${k + 1}`));
  });

  test("every case spilled at once from columns gives the same rows", () => {
    const column = (pick: (c: (typeof cases)[number]) => number | string): unknown[][] => cases.map((c) => [pick(c)]);
    const result = wfm.SL_VARIANCE(
      column((c) => c.plan.calls),
      column((c) => c.actual.calls),
      column((c) => c.plan.aht),
      column((c) => c.actual.aht),
      column((c) => c.plan.staff),
      column((c) => c.actual.staff),
      column((c) => c.plan.shrinkage),
      column((c) => c.actual.shrinkage),
      column((c) => c.actual.adherence),
      column((c) => c.target_time),
      column((c) => c.interval),
      column((c) => c.patience ?? ""),
      column((c) => c.abandon_rule),
    );
    expect(result).toHaveLength(cases.length);
    let worst = 0;
    result.forEach((row, i) => row.forEach((cell, k) => (worst = Math.max(worst, Math.abs((cell as number) - cases[i].expected[k])))));
    expect(worst).toBeLessThanOrEqual(REPORTING_ABS);
  });

  test("the reference covers Erlang C and A, every abandon rule, fractional agents and unstable ends", () => {
    expect(cases.some((c) => c.patience === null)).toBe(true);
    expect(new Set(cases.filter((c) => c.patience !== null).map((c) => c.abandon_rule))).toEqual(new Set([0, 1, 2]));
    const agents = (c: (typeof cases)[number]): number => c.actual.staff * (1 - c.actual.shrinkage) * c.actual.adherence;
    expect(cases.filter((c) => !Number.isInteger(agents(c))).length).toBeGreaterThan(cases.length / 2);
    expect(cases.filter((c) => c.kind === "unstable").length).toBeGreaterThanOrEqual(5);
    expect(cases.some((c) => c.actual.staff === 0 && c.patience !== null)).toBe(true);
  });
});

test("the bundle's #DIV/0! and missing-data #VALUE! are Excel's own error values", () => {
  const empty = single(wfm.SL_PERIOD([[0]], [[0]]));
  expect(empty).toBeInstanceOf(RuntimeError);
  expect(empty).toMatchObject({ code: "#DIV/0!" });
  const missing = single(wfm.SL_PERIOD([[170], [""]], [[200], [100]])) as RuntimeError;
  expect(missing).toBeInstanceOf(RuntimeError);
  expect(missing.code).toBe("#VALUE!");
  expect(missing.message).toContain("answered_within is blank in row 2");
});
