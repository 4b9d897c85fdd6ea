/**
 * The engine's reporting maths against reference values computed independently
 * (test/fixtures/reporting/reporting_reference.py: Python + mpmath at 30 digits, from issue 8's
 * definitions), to 1e-9 absolute. Reading cells (blank intervals, missing data) is the worksheet
 * layer's job: here the intervals a worksheet would leave out are left out by the test, and the
 * cases whose answer is a worksheet's #VALUE! for missing data are checked in the function tests.
 */
import {
  EngineInputError,
  forecastBias,
  meanAbsolutePercentageError,
  periodServiceLevel,
  serviceLevelNeeded,
  serviceLevelVariance,
  weightedAbsolutePercentageError,
} from "../../src/engine";
import { type Cells, checkExpected, type Expected, reportingReference } from "../support/reporting-reference";

const reference = reportingReference();

/**
 * What the engine gives, as a worksheet would show it: a number, or the error code (a zero total
 * is #DIV/0!, any other refusal #NUM!, the codes issue 8 gives these functions).
 */
function outcome(compute: () => number): unknown {
  try {
    return compute();
  } catch (failure) {
    if (failure instanceof EngineInputError) {
      return { code: failure.code === "zeroTotal" ? "#DIV/0!" : "#NUM!", message: failure.message };
    }
    throw failure;
  }
}

const flat = (cells: Cells): (number | null)[] => cells.flat();

describe("periodServiceLevel", () => {
  test.each(reference.sl_period.map((c, i) => [i, c] as const))("case %i", (i, c) => {
    const offered = flat(c.offered);
    const answered = flat(c.answered_within);
    const abandoned = c.abandoned_within ? flat(c.abandoned_within) : null;
    const counted = offered.map((_, k) => k).filter((k) => offered[k] !== null);
    const missing = counted.some((k) => answered[k] === null || (abandoned !== null && abandoned[k] === null));
    const pick = (values: (number | null)[]): number[] => counted.map((k) => values[k] as number);
    const counts = { answeredWithin: pick(answered), offered: pick(offered), abandonedWithin: abandoned && pick(abandoned) };
    if (missing) {
      // Blank data beside calls offered: the worksheet's #VALUE!, before the engine is called.
      expect(c.expected).toMatchObject({ error: "#VALUE!" });
      return;
    }
    if (abandoned === null && c.abandon_rule !== 0) {
      // An engine caller that leaves abandoned_within out under rule 1 or 2 is told to give it.
      expect(c.expected).toMatchObject({ error: "#VALUE!" });
      expect(() => periodServiceLevel(counts, c.abandon_rule)).toThrow(/abandoned_within/);
      return;
    }
    checkExpected(outcome(() => periodServiceLevel(counts, c.abandon_rule)), c.expected, `case ${i}`);
  });
});

test.each(reference.sl_needed.map((c, i) => [i, c] as const))("serviceLevelNeeded case %i", (i, c) => {
  checkExpected(outcome(() => serviceLevelNeeded(...c.inputs)), c.expected, `case ${i}`);
});

describe("forecast accuracy", () => {
  test.each(reference.accuracy.map((c, i) => [i, c] as const))("case %i", (i, c) => {
    const actual = flat(c.actual);
    const forecast = flat(c.forecast);
    const paired = actual.map((_, k) => k).filter((k) => actual[k] !== null && forecast[k] !== null);
    const a = paired.map((k) => actual[k] as number);
    const f = paired.map((k) => forecast[k] as number);
    const expected: [string, () => number, Expected][] = [
      ["WAPE", () => weightedAbsolutePercentageError(a, f), c.expected.wape],
      ["bias", () => forecastBias(a, f), c.expected.forecast_bias],
      ["MAPE", () => meanAbsolutePercentageError(a, f), c.expected.mape],
    ];
    for (const [name, compute, value] of expected) checkExpected(outcome(compute), value, `${name} case ${i}`);
  });
});

describe("serviceLevelVariance", () => {
  test.each(reference.sl_variance.map((c, i) => [i, c.kind, c] as const))("case %i (%s)", (i, _kind, c) => {
    const v = serviceLevelVariance(
      { callsOffered: c.plan.calls, averageHandleSeconds: c.plan.aht, staff: c.plan.staff, shrinkage: c.plan.shrinkage },
      {
        callsOffered: c.actual.calls,
        averageHandleSeconds: c.actual.aht,
        staff: c.actual.staff,
        shrinkage: c.actual.shrinkage,
        adherence: c.actual.adherence,
      },
      { targetSeconds: c.target_time, intervalMinutes: c.interval, patienceSeconds: c.patience, abandonRule: c.abandon_rule },
    );
    const got = [
      v.plannedServiceLevel,
      v.volumeEffect,
      v.ahtEffect,
      v.staffEffect,
      v.shrinkageEffect,
      v.adherenceEffect,
      v.modelledServiceLevel,
    ];
    got.forEach((value, k) => checkExpected(value, { value: c.expected[k] }, `case ${i} column ${k + 1}`));
  });
});
