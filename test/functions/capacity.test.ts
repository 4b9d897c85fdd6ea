/**
 * @jest-environment node
 *
 * The capacity-planning worksheet functions from TypeScript: the attrition functions spill cell
 * by cell like the Erlang functions; the two plans read a column of weeks whole, so every problem
 * in their arguments is one error for the whole result, with the codes issue 9 gives (#VALUE!
 * for a blank or text week, a hires column of another length, a negative class; #NUM! for a
 * number outside the model). Values are checked against the reference in
 * capacity-reference.test.ts and dist-capacity.test.ts; here, shapes, defaults and errors.
 */
import fc from "fast-check";
import * as wfm from "../../src/functions/functions";
import { attritionConvert, attritionRate, capacityPlan, hiringPlan } from "../../src/functions/capacity";
import { capacityPlan as engineCapacityPlan, hiringPlan as engineHiringPlan } from "../../src/engine";
import { column, m, row, type Cell, type ErrorCell } from "../support/cells";


/** Every message fits Excel's 255-character limit for a custom error, with room to spare. */
const MESSAGE_LIMIT = 250;

/** The one error cell a whole result is, with its code and the words it must contain. */
function expectWholeError(result: unknown[][], code: "#VALUE!" | "#NUM!", ...mentions: string[]): void {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  expectError(result[0][0], code, ...mentions);
}

function expectError(cell: unknown, code: "#VALUE!" | "#NUM!", ...mentions: string[]): void {
  const error = cell as ErrorCell;
  expect(typeof error).toBe("object");
  expect(error.code).toBe(code);
  expect((error.message ?? "").length).toBeGreaterThan(10);
  expect((error.message ?? "").length).toBeLessThan(MESSAGE_LIMIT);
  for (const text of mentions) expect(error.message).toContain(text);
}

const FLAT = column(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);

describe("WFM.ATTRITION_RATE", () => {
  test("leavers over the average headcount, spilling over a column of months", () => {
    expect(attritionRate(m(30), m(100), m(120))).toEqual([[30 / 110]]);
    expect(attritionRate(column(3, 5, 0), m(100), column(100, 90, 110))).toEqual([[0.03], [5 / 95], [0]]);
    // Above 1 is a turnover ratio, as outsourcers report for a year.
    expect(attritionRate(m(150), m(100), m(100))).toEqual([[1.5]]);
    // A new team: nobody at the start, 20 at the end.
    expect(attritionRate(m(2), m(0), m(20))).toEqual([[0.2]]);
  });

  test("a negative count or no average headcount is #NUM!; text is #VALUE!; a blank leaves the cell blank", () => {
    expectError(attritionRate(m(-1), m(100), m(100))[0][0], "#NUM!", "leavers");
    expectError(attritionRate(m(1), m(-100), m(100))[0][0], "#NUM!", "headcount_start");
    expectError(attritionRate(m(1), m(0), m(0))[0][0], "#NUM!", "headcount_start", "headcount_end");
    expectError(attritionRate(m("ten"), m(100), m(100))[0][0], "#VALUE!", "leavers", "ten");
    expect(attritionRate(m(""), m(100), m(100))).toEqual([[""]]);
  });
});

describe("WFM.ATTRITION_CONVERT", () => {
  test("simple scales a turnover ratio: 100% a year is about 1.9% a week", () => {
    expect(attritionConvert(m(1), m(52), m(1), m(1))[0][0]).toBeCloseTo(1 / 52, 15);
    expect(attritionConvert(m(1), m(52), m(1), m(true))[0][0]).toBeCloseTo(1 / 52, 15);
    expect(attritionConvert(m(1.5), m(52), m(1), m(1))[0][0]).toBeCloseTo(1.5 / 52, 15);
  });

  test("compound (the default) converts a share of people who leave", () => {
    const weekly = attritionConvert(m(0.05), m(52 / 12), m(1))[0][0] as number;
    expect(weekly).toBeCloseTo(1 - 0.95 ** (12 / 52), 15);
    expect(attritionConvert(m(0.05), m(52 / 12), m(1), m(0))).toEqual([[weekly]]);
    expect(attritionConvert(m(0.05), m(52 / 12), m(1), m(false))).toEqual([[weekly]]);
    expect(attritionConvert(m(0.05), m(52 / 12), m(1), m(""))).toEqual([[weekly]]);
    // Back to a month.
    expect(attritionConvert(m(weekly), m(1), m(52 / 12))[0][0]).toBeCloseTo(0.05, 14);
    // A column of annual rates to weekly.
    const rates = attritionConvert(column(0.3, 0.6), m(52), m(1));
    expect(rates.map((r) => r[0] as number)).toEqual([1 - 0.7 ** (1 / 52), 1 - 0.4 ** (1 / 52)].map((x) => expect.closeTo(x, 15)));
  });

  test("refuses what each form cannot mean", () => {
    expectError(attritionConvert(m(1), m(52), m(1))[0][0], "#NUM!", "rate", "simple = 1");
    expectError(attritionConvert(m(-0.1), m(52), m(1), m(1))[0][0], "#NUM!", "rate");
    expectError(attritionConvert(m(0.1), m(0), m(1))[0][0], "#NUM!", "from_weeks");
    expectError(attritionConvert(m(0.1), m(52), m(-1))[0][0], "#NUM!", "to_weeks");
    expectError(attritionConvert(m(0.1), m(52), m(1), m(2))[0][0], "#NUM!", "simple", "0", "1");
    expectError(attritionConvert(m(0.1), m("year"), m(1))[0][0], "#VALUE!", "from_weeks");
  });
});

describe("WFM.CAPACITY_PLAN", () => {
  test("spills a row per week of six figures: effective FTE, gap, training, nesting, productive, leavers", () => {
    const plan = capacityPlan(column(100, 100, 100, 100, 100, 100), m(100), m(0.02), column(0, 5, 0, 0, 0, 0), m(1), m(1));
    expect(plan).toHaveLength(6);
    for (const week of plan) expect(week).toHaveLength(6);
    expect(plan[0]).toEqual([100, 0, 0, 0, 100, 2]);
    // Week 2: the class of 5 trains; week 3 it nests at 50%; week 4 it is productive, 2% fewer.
    expect(plan[1]).toEqual([98, 2, 5, 0, 98, expect.closeTo(1.96, 12)]);
    expect(plan[2].map((x) => Number((x as number).toFixed(10)))).toEqual([98.54, 1.46, 0, 5, 96.04, 2.0208]);
    expect(plan[3].map((x) => Number((x as number).toFixed(10)))).toEqual([99.0192, 0.9808, 0, 0, 99.0192, 1.980384]);
  });

  test("omitted, blank and zero hires are the same; blank optional arguments take the issue's defaults", () => {
    const none = capacityPlan(FLAT, m(100), m(0.02));
    expect(capacityPlan(FLAT, m(100), m(0.02), m(""))).toEqual(none);
    expect(capacityPlan(FLAT, m(100), m(0.02), m(null))).toEqual(none);
    expect(capacityPlan(FLAT, m(100), m(0.02), column(...FLAT.map(() => "")))).toEqual(none);
    expect(capacityPlan(FLAT, m(100), m(0.02), column(...FLAT.map(() => 0)))).toEqual(none);

    const hires = column(20, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0);
    const defaults = capacityPlan(FLAT, m(100), m(0.02), hires);
    expect(capacityPlan(FLAT, m(100), m(0.02), hires, m(4), m(4), m(0.5), m(1), m(1))).toEqual(defaults);
    expect(capacityPlan(FLAT, m(100), m(0.02), hires, m(""), m(""), m(""), m(""), m(""))).toEqual(defaults);
    // Training 4 weeks: weeks 1-4 in training, 5-8 nesting, 9 on productive.
    expect(defaults.map((week) => week[2])).toEqual([20, 20, 20, 20, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(defaults[4][3]).toBe(20);
    expect(defaults[8][3]).toBe(0);
  });

  test("a new account starts from 0 heads; fractional hires (an expected pipeline) are modelled as given", () => {
    const plan = capacityPlan(column(0, 0, 10, 10), m(0), m(0), column(12.5, 0, 0, 0), m(1), m(1), m(0.4), m(0.8));
    expect(plan.map((week) => week[0])).toEqual([0, 4, 10, 10]);
    expect(plan.map((week) => week[1])).toEqual([0, -4, 0, 0]);
  });

  test("weeks may come as a row; the result is still a row per week", () => {
    const asRow = capacityPlan(row(100, 100, 100), m(90), m(0.01), row(0, 3, 0), m(0), m(0));
    expect(asRow).toEqual(capacityPlan(column(100, 100, 100), m(90), m(0.01), column(0, 3, 0), m(0), m(0)));
    expect(asRow).toHaveLength(3);
  });

  test("a blank or text week is one #VALUE! naming the week", () => {
    expectWholeError(capacityPlan(column(100, "", 100), m(90), m(0.01)), "#VALUE!", "required_fte", "week 2", "blank");
    expectWholeError(capacityPlan(column(100, 100, "n/a"), m(90), m(0.01)), "#VALUE!", "required_fte in week 3", "n/a");
    expectWholeError(capacityPlan(column(100, true), m(90), m(0.01)), "#VALUE!", "week 2", "TRUE");
    expectWholeError(capacityPlan(column(100, 100), m(90), m(0.01), column(0, "two")), "#VALUE!", "hires in week 2", "two");
  });

  test("a hires column of another length or a negative class is one #VALUE!", () => {
    expectWholeError(capacityPlan(FLAT, m(100), m(0.02), column(1, 2, 3)), "#VALUE!", "hires has 3 weeks", "required_fte has 12");
    expectWholeError(capacityPlan(FLAT, m(100), m(0.02), m(5)), "#VALUE!", "hires has 1 week");
    const negative = column(0, 0, 0, 0, 0, -4, 0, 0, 0, 0, 0, 0);
    expectWholeError(capacityPlan(FLAT, m(100), m(0.02), negative), "#VALUE!", "hires in week 6", "0 or more");
  });

  test("ranges where a single cell belongs, blocks of weeks and error cells are one error", () => {
    expectWholeError(capacityPlan(FLAT, column(100, 90), m(0.02)), "#VALUE!", "headcount", "single cell");
    expectWholeError(capacityPlan([[100, 100], [100, 100]], m(100), m(0.02)), "#VALUE!", "required_fte", "2 rows × 2 columns");
    expectWholeError(capacityPlan(FLAT, m(""), m(0.02)), "#VALUE!", "headcount is blank");
    const notAvailable = { code: "#N/A", message: "no forecast" };
    expect(capacityPlan(column(100, notAvailable), m(90), m(0.01))).toEqual([[notAvailable]]);
  });

  test("numbers outside the model are one #NUM! naming the argument", () => {
    const plan = (...args: Cell[][][]): unknown[][] =>
      (capacityPlan as (...a: Cell[][][]) => unknown[][])(FLAT, m(100), m(0.02), m(""), ...args);
    expectWholeError(capacityPlan(FLAT, m(100), m(1)), "#NUM!", "weekly_attrition");
    expectWholeError(capacityPlan(FLAT, m(100), m(-0.01)), "#NUM!", "weekly_attrition");
    expectWholeError(capacityPlan(FLAT, m(-5), m(0.02)), "#NUM!", "headcount");
    expectWholeError(capacityPlan(column(100, -1), m(100), m(0.02)), "#NUM!", "required_fte in week 2");
    expectWholeError(plan(m(-1)), "#NUM!", "train_weeks", "whole number");
    expectWholeError(plan(m(2.5)), "#NUM!", "train_weeks");
    expectWholeError(plan(m(4), m(1.5)), "#NUM!", "nesting_weeks");
    expectWholeError(plan(m(4), m(4), m(1.2)), "#NUM!", "nesting_productivity");
    expectWholeError(plan(m(4), m(4), m(0.5), m(0)), "#NUM!", "graduation_rate");
    expectWholeError(plan(m(4), m(4), m(0.5), m(1.1)), "#NUM!", "graduation_rate");
    expectWholeError(plan(m(4), m(4), m(0.5), m(1), m(37.5)), "#NUM!", "fte_per_head");
    expectWholeError(capacityPlan(column(...new Array(521).fill(1)), m(1), m(0)), "#NUM!", "520");
    // Boundaries that are valid: a whole year of zero attrition, graduation 100%, productivity 0.
    expect(plan(m(0), m(0), m(0), m(1), m(2))).toHaveLength(12);
  });
});

describe("WFM.HIRING_PLAN", () => {
  test("spills a column of hires to start each week, with the issue's defaults", () => {
    const hires = hiringPlan(FLAT, m(100), m(0.02), m(2), m(2));
    expect(hires).toEqual(column(9, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0));
    const defaults = hiringPlan(FLAT, m(100), m(0.02));
    expect(hiringPlan(FLAT, m(100), m(0.02), m(4), m(4), m(0.5), m(1), m(1), m(0), m(1), m(""))).toEqual(defaults);
    expect(defaults).toHaveLength(12);
    // Weeks 1-8 are out of reach with 4 weeks of training and 4 of nesting.
    expect(defaults.slice(4).every(([h]) => h === 0)).toBe(true);
  });

  test("class limits: classes of at least min_class, several classes when the gap needs more than max_class", () => {
    expect(hiringPlan(FLAT, m(100), m(0.02), m(2), m(2), m(""), m(""), m(""), m(""), m(5))).toEqual(
      column(9, 5, 0, 5, 0, 0, 5, 0, 0, 0, 0, 0),
    );
    // A new account of 40 FTE with classes of at most 15: three classes (15, 15, 10) in week 1.
    const launch = hiringPlan(column(0, 0, 40, 40), m(0), m(0), m(1), m(1), m(1), m(""), m(""), m(""), m(""), m(15));
    expect(launch).toEqual(column(40, 0, 0, 0));
    const lead = hiringPlan(column(0, 0, 40, 40), m(0), m(0), m(1), m(1), m(0.5), m(""), m(""), m(1));
    // Week 3 would need a start in week 1, inside the lead time. Week 4's class starts in week 2
    // and nests through week 3 at 50%, which is left 20 FTE short.
    expect(lead).toEqual(column(0, 40, 0, 0));
    const gaps = capacityPlan(column(0, 0, 40, 40), m(0), m(0), lead, m(1), m(1), m(0.5)).map((week) => week[1]);
    expect(gaps).toEqual([0, 0, 20, 0]);
  });

  test("the worksheet functions agree: CAPACITY_PLAN fed with HIRING_PLAN's result has no gap where hiring reaches", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 13, maxLength: 104 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        (cents, heads, basisPoints, train, nesting, lead, minClass, extra) => {
          const required = column(...cents.map((c) => c / 100));
          const model = [m(heads), m(basisPoints / 10_000)] as const;
          const shape = [m(train), m(nesting), m(0.5), m(0.9), m(1)] as const;
          const maxClass = extra === null ? m("") : m(minClass + extra);
          const hires = hiringPlan(required, ...model, ...shape, m(lead), m(minClass), maxClass);
          const plan = capacityPlan(required, ...model, hires, ...shape);
          const firstCoverable = 1 + lead + train + nesting;
          plan.forEach((week, i) => {
            if (i + 1 >= firstCoverable) expect(week[1]).toBeLessThanOrEqual(1e-9);
          });
          // The same numbers as the engine's.
          const engineModel = {
            requiredFte: cents.map((c) => c / 100),
            headcount: heads,
            weeklyAttrition: basisPoints / 10_000,
            trainWeeks: train,
            nestingWeeks: nesting,
            graduationRate: 0.9,
          };
          const engine = engineHiringPlan(engineModel, {
            leadWeeks: lead,
            minClass,
            maxClass: extra === null ? null : minClass + extra,
          });
          expect(hires.map(([h]) => h)).toEqual(engine.hires);
          expect(plan.map((week) => week[1])).toEqual(engineCapacityPlan(engineModel, engine.hires).map((w) => w.gap));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("class limits and lead times outside the rules are one #NUM!", () => {
    const plan = (...limits: Cell[][][]): unknown[][] =>
      (hiringPlan as (...a: Cell[][][]) => unknown[][])(FLAT, m(100), m(0.02), m(""), m(""), m(""), m(""), m(""), ...limits);
    expectWholeError(plan(m(""), m(10), m(5)), "#NUM!", "min_class (10)", "max_class (5)");
    expectWholeError(plan(m(""), m(0)), "#NUM!", "min_class", "1 or more");
    expectWholeError(plan(m(""), m(""), m(0)), "#NUM!", "max_class", "1 or more");
    expectWholeError(plan(m(""), m(2.5)), "#NUM!", "min_class", "whole number");
    expectWholeError(plan(m(-2)), "#NUM!", "lead_weeks");
    expectWholeError(plan(m(1.5)), "#NUM!", "lead_weeks");
    expectWholeError(hiringPlan(FLAT, m(100), m(1.2)), "#NUM!", "weekly_attrition");
    expectWholeError(hiringPlan(FLAT, m(100), m(0.02), m(""), m(""), m(""), m(1.5)), "#NUM!", "graduation_rate");
    // min_class equal to max_class is a fixed class size.
    expect(plan(m(""), m(5), m(5))).toHaveLength(12);
  });

  test("the same #VALUE! rules as CAPACITY_PLAN for its weeks", () => {
    expectWholeError(hiringPlan(column(100, "", 100), m(90), m(0.01)), "#VALUE!", "required_fte in week 2", "blank");
    expectWholeError(hiringPlan(column(100, "x"), m(90), m(0.01)), "#VALUE!", "required_fte in week 2");
    expectWholeError(hiringPlan(FLAT, m(100), m("2%")), "#VALUE!", "weekly_attrition", "2%");
  });

  test("a gap no sensible class can close says to check the rates", () => {
    // 99.99% attrition a week leaves 1e-16 of each hire after 4 weeks of nesting.
    expectWholeError(hiringPlan(FLAT, m(0), m(0.9999)), "#NUM!", "weekly_attrition", "10 million hires");
  });
});

test("the registry lists the four capacity functions beside the Erlang functions", () => {
  for (const id of ["ATTRITION_RATE", "ATTRITION_CONVERT", "CAPACITY_PLAN", "HIRING_PLAN"]) {
    expect(typeof wfm.WORKSHEET_FUNCTIONS[id]).toBe("function");
  }
});
