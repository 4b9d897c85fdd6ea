/**
 * @jest-environment node
 *
 * One cell reader (spill.ts's readNumber) for every shape a worksheet function has: the cell by
 * cell functions, the rows of SL_VARIANCE, the ranges of the period functions and the column of
 * weeks of the plans. What real Excel passes reads the same way in each (data types by their
 * basicValue, errors inside ranges in their own place, TRUE/FALSE in a flag), with the row or the
 * week named, and every message is one Excel can show whole.
 */
import { attritionConvert, capacityPlan } from "../../src/functions/capacity";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";
import { slPeriod, slVariance } from "../../src/functions/reporting";
import { column, m, type ErrorCell } from "../support/cells";

const formatted = (value: number) => ({ type: "FormattedNumber", basicValue: value, numberFormat: "#,##0" });
const entity = { type: "Entity", text: "Tallinn", properties: {}, basicValue: "#VALUE!", basicType: "Error" };
const notAvailable = { type: "Error", errorType: "NotAvailable", basicValue: "#N/A", basicType: "Error" };
const reference = { code: "#REF!" };

function expectError(cell: unknown, code: string, ...mentions: string[]): void {
  const error = cell as ErrorCell;
  expect(typeof error).toBe("object");
  expect(error.code).toBe(code);
  expect((error.message ?? "").length).toBeLessThan(MAX_MESSAGE_LENGTH);
  for (const text of mentions) expect(error.message).toContain(text);
}

describe("the period functions' ranges", () => {
  test("a formatted number counts as its number", () => {
    expect(slPeriod(column(170, formatted(90)), column(formatted(200), 100))).toEqual([[260 / 300]]);
  });

  test("an entity, an error Excel cannot return and a data-type error, each named by its row", () => {
    expectError(slPeriod(column(170, 90), column(200, entity))[0][0], "#VALUE!", "offered in row 2", "the data type “Tallinn”");
    expectError(slPeriod(column(170, reference), column(200, 100))[0][0], "#VALUE!", "answered_within in row 2 is #REF!");
    expect(slPeriod(column(170, 90), column(notAvailable, 100))[0][0]).toMatchObject({ code: "#N/A" });
  });
});

describe("SL_VARIANCE's rows", () => {
  /** Called with any number of arguments, as Excel does. */
  const variance = slVariance as (...args: unknown[][][]) => unknown[][];
  const planned = [100, 110, 180, 190, 20, 19, 0.3, 0.35, 0.9, 20];

  test("a formatted number counts as its number; a bad cell fills only its own row", () => {
    const plain = variance(...planned.map(m));
    const args = planned.map(m);
    args[0] = column(formatted(100), reference);
    const result = variance(...args);
    expect(result[0]).toEqual(plain[0]);
    for (const cell of result[1]) expectError(cell, "#VALUE!", "plan_calls is #REF! in this cell");
  });

  test("more rows than a result may have (7 cells each) are one #VALUE!, not 150,000 rows computed", () => {
    const rows = Math.ceil(1_048_576 / 7) + 1;
    const args = planned.map(m);
    args[0] = Array.from({ length: rows }, () => [100]);
    const result = variance(...args);
    expect(result).toHaveLength(1);
    expectError(result[0][0], "#VALUE!", `${rows.toLocaleString("en-US")} rows × 7 columns`);
  });

  test("a handle time typed as a time is refused with the seconds it stands for, under the issue's #NUM!", () => {
    const args = planned.map(m);
    args[3] = m(3 / 1440);
    expectError(variance(...args)[0][0], "#NUM!", "actual_aht", "0:03:00", "180 seconds");
  });
});

describe("the plans' columns of weeks", () => {
  test("a formatted number counts as its number", () => {
    expect(capacityPlan(column(100, formatted(100)), m(formatted(90)), m(0))).toEqual(
      capacityPlan(column(100, 100), m(90), m(0)),
    );
  });

  test("an entity, an error Excel cannot return and a data-type error, each named by its week", () => {
    expectError(capacityPlan(column(100, entity), m(90), m(0))[0][0], "#VALUE!", "required_fte in week 2", "the data type “Tallinn”");
    expectError(capacityPlan(column(100, 100), m(90), m(0), column(0, reference))[0][0], "#VALUE!", "hires in week 2 is #REF!");
    expect(capacityPlan(column(100, notAvailable), m(90), m(0))).toEqual([[expect.objectContaining({ code: "#N/A" })]]);
  });

  test("an engine refusal of one week is named by that week", () => {
    expectError(capacityPlan(column(100, 100, -3), m(90), m(0))[0][0], "#NUM!", "required_fte in week 3", "0 or more; got -3");
  });
});

test("a flag reads TRUE/FALSE, and a data type holding one, as 1 and 0", () => {
  const scaled = attritionConvert(m(1), m(52), m(1), m(true));
  expect(attritionConvert(m(1), m(52), m(1), m({ type: "Boolean", basicValue: true }))).toEqual(scaled);
  expect(scaled[0][0]).toBeCloseTo(1 / 52, 15);
});
