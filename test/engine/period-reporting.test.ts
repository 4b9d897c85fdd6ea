/**
 * The period measures' definitions on hand-worked figures, and how they refuse what they cannot
 * answer: a zero total is a "zeroTotal" refusal (#DIV/0! in a worksheet), a bad count an
 * "outOfRange" refusal that names the argument and carries the interval's index.
 */
import {
  EngineInputError,
  LIMITS,
  PERIOD_TARGET_SL,
  forecastBias,
  meanAbsolutePercentageError,
  periodServiceLevel,
  serviceLevelNeeded,
  weightedAbsolutePercentageError,
} from "../../src/engine";

function thrown(compute: () => unknown): unknown {
  try {
    compute();
  } catch (failure) {
    return failure;
  }
  throw new Error("expected an error");
}

describe("periodServiceLevel", () => {
  const counts = { answeredWithin: [170, 90], offered: [200, 100], abandonedWithin: [10, 4] };

  test("is a ratio of totals under each abandon rule, not a mean of the intervals' percentages", () => {
    expect(periodServiceLevel(counts)).toBe(260 / 300); // the mean of 85% and 90% would be 87.5%
    expect(periodServiceLevel(counts, 1)).toBe(260 / 286);
    expect(periodServiceLevel(counts, 2)).toBe(274 / 300);
  });

  test("zero totals are zeroTotal refusals naming the total", () => {
    const none = thrown(() => periodServiceLevel({ answeredWithin: [0], offered: [0] }));
    expect(none).toBeInstanceOf(EngineInputError);
    expect((none as EngineInputError).problem).toEqual({ code: "zeroTotal", argument: "offered" });
    const allShort = thrown(() => periodServiceLevel({ answeredWithin: [0], offered: [4], abandonedWithin: [4] }, 1));
    expect(allShort).toBeInstanceOf(EngineInputError);
    expect((allShort as EngineInputError).problem).toEqual({ code: "zeroTotal", argument: "abandoned_within" });
    expect((thrown(() => periodServiceLevel({ answeredWithin: [], offered: [] })) as EngineInputError).code).toBe("zeroTotal");
  });

  test("a negative count names its argument and its interval", () => {
    const error = thrown(() => periodServiceLevel({ answeredWithin: [5, 6, -1], offered: [9, 9, 9] })) as EngineInputError;
    expect(error).toBeInstanceOf(EngineInputError);
    expect(error.argument).toBe("answered_within");
    expect(error.index).toBe(2);
    expect(error.problem).toEqual({
      code: "outOfRange",
      argument: "answered_within",
      value: -1,
      limit: LIMITS.answered_within,
      index: 2,
    });
  });

  test("more abandoned within target than offered is refused under rule 1", () => {
    const error = thrown(() => periodServiceLevel({ answeredWithin: [0], offered: [3], abandonedWithin: [5] }, 1));
    expect(error).toBeInstanceOf(EngineInputError);
    expect((error as EngineInputError).argument).toBe("abandoned_within");
  });

  test("rules 1 and 2 need abandoned_within; lists must pair up", () => {
    expect(() => periodServiceLevel({ answeredWithin: [1], offered: [2] }, 1)).toThrow(/abandoned_within/);
    expect((thrown(() => periodServiceLevel({ answeredWithin: [1], offered: [2] }, 2)) as EngineInputError).problem).toEqual({
      code: "abandonedWithinRequired",
      argument: "abandoned_within",
      rule: 2,
    });
    // answered_within has 1 entry where offered has 2.
    expect((thrown(() => periodServiceLevel({ answeredWithin: [1], offered: [2, 3] })) as EngineInputError).problem).toEqual({
      code: "lengthsDiffer",
      argument: "answered_within",
      value: 1,
      other: "offered",
      otherLength: 2,
      entry: "interval",
    });
    expect(() => periodServiceLevel(counts, 3)).toThrow(/abandon_rule/);
  });
});

describe("serviceLevelNeeded", () => {
  test("solves for the rest of the period; 0 once secured", () => {
    expect(serviceLevelNeeded(0.8, 1000, 700, 1000)).toBeCloseTo(0.9, 15);
    expect(serviceLevelNeeded(0.8, 1000, 950, 100)).toBe(0);
    expect(serviceLevelNeeded(0.8, 100, 60, 100)).toBe(1); // 0.8 × 200 − 60 over 100, reachable
  });

  test("out of reach is 'unreachable'; nothing remaining or a bad target is 'range'", () => {
    const error = thrown(() => serviceLevelNeeded(0.8, 1000, 600, 100)) as EngineInputError;
    expect(error.kind).toBe("unreachable");
    // (0.8 × 1,100 − 600) ÷ 100 = 280.0% of the remaining 100 calls.
    expect(error.problem).toEqual({ code: "targetOutOfReach", argument: "target_sl", value: expect.closeTo(2.8, 12), remaining: 100 });
    expect((thrown(() => serviceLevelNeeded(0.8, 1000, 800, 0)) as EngineInputError).argument).toBe("offered_remaining");
    expect((thrown(() => serviceLevelNeeded(80, 1000, 800, 10)) as EngineInputError).problem).toEqual({
      code: "outOfRange",
      argument: "target_sl",
      value: 80,
      limit: PERIOD_TARGET_SL,
    });
    expect((thrown(() => serviceLevelNeeded(0.8, -1, 0, 10)) as EngineInputError).argument).toBe("offered_so_far");
  });
});

describe("forecast accuracy", () => {
  const actual = [100, 50, 0];
  const forecast = [110, 40, 5];

  test("WAPE, bias and MAPE on hand-worked figures", () => {
    expect(weightedAbsolutePercentageError(actual, forecast)).toBeCloseTo(25 / 150, 15);
    expect(forecastBias(actual, forecast)).toBeCloseTo(5 / 150, 15);
    expect(meanAbsolutePercentageError(actual, forecast)).toBeCloseTo((0.1 + 0.2) / 2, 15);
  });

  test("no actual volume is a zeroTotal refusal; a negative volume names its interval", () => {
    const zeroTotal = (run: () => unknown) => (thrown(run) as EngineInputError).problem;
    expect(zeroTotal(() => weightedAbsolutePercentageError([0, 0], [1, 2]))).toEqual({ code: "zeroTotal", argument: "actual" });
    expect(zeroTotal(() => forecastBias([0], [1]))).toEqual({ code: "zeroTotal", argument: "actual" });
    expect(zeroTotal(() => meanAbsolutePercentageError([0, 0], [1, 2]))).toEqual({ code: "zeroTotal", argument: "actual" });
    const error = thrown(() => weightedAbsolutePercentageError([1, 2], [3, -4])) as EngineInputError;
    expect(error.argument).toBe("forecast");
    expect(error.index).toBe(1);
  });
});
