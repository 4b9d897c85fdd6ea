/**
 * @jest-environment node
 *
 * The worksheet-function layer from TypeScript: how cells become numbers, how ranges broadcast,
 * and how every failure becomes the right Excel error in the right cell. Values that the engine
 * computes are checked against the published worked example (agents 14 for 100 calls of 180 s in
 * 30 minutes at 80/20); the full reference set is checked through the built bundle in
 * dist-reference.test.ts.
 */
import * as wfm from "../../src/functions/functions";
import { column, m, row, type ErrorCell } from "../support/cells";

function isError(cell: unknown): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && typeof (cell as ErrorCell).code === "string";
}

function expectError(cell: unknown, code: "#VALUE!" | "#N/A" | "#DIV/0!", ...mentions: string[]): void {
  expect(isError(cell)).toBe(true);
  const error = cell as ErrorCell;
  expect(error.code).toBe(code);
  for (const text of mentions) expect(error.message).toContain(text);
}

function only(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

describe("single cells", () => {
  test("TRAFFIC uses a 30-minute interval unless told otherwise", () => {
    expect(only(wfm.traffic(m(100), m(180)))).toBeCloseTo(10, 12);
    expect(only(wfm.traffic(m(100), m(180), m(60)))).toBeCloseTo(5, 12);
    expect(only(wfm.traffic(m(100), m(180), m("")))).toBeCloseTo(10, 12);
    expect(only(wfm.traffic(m(100), m(180), m(null)))).toBeCloseTo(10, 12);
  });

  test("the published worked example: 14 agents give 88.8% in 20 seconds", () => {
    expect(only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20)))).toBe(14);
    expect(only(wfm.serviceLevel(m(100), m(180), m(14), m(20)))).toBeCloseTo(0.8883500191794669, 12);
    expect(only(wfm.waitProbability(m(100), m(180), m(14)))).toBeCloseTo(0.17413193359504983, 12);
    expect(only(wfm.asa(m(100), m(180), m(14)))).toBeCloseTo(7.835937011777243, 10);
    expect(only(wfm.occupancy(m(100), m(180), m(14)))).toBeCloseTo(10 / 14, 12);
    expect(only(wfm.fractionalAgents(m(100), m(180), m(0.8), m(20)))).toBeCloseTo(13.03720646640779, 8);
    expect(only(wfm.erlangC(m(14), m(10)))).toBeCloseTo(0.17413193359504983, 12);
  });

  test("a percentage typed as 80% arrives as 0.8 and works as the fraction", () => {
    const percent = only(wfm.agentsRequired(m(100), m(180), m(80 / 100), m(20)));
    expect(percent).toBe(14);
    expectError(only(wfm.agentsRequired(m(100), m(180), m(80), m(20))), "#VALUE!", "target_sl", "got 80");
  });

  test("blank or omitted patience is Erlang C; a number is Erlang A", () => {
    const erlangC = only(wfm.serviceLevel(m(100), m(180), m(14), m(20)));
    expect(only(wfm.serviceLevel(m(100), m(180), m(14), m(20), m(""), m("")))).toBe(erlangC);
    expect(only(wfm.serviceLevel(m(100), m(180), m(14), m(20), undefined, m(null)))).toBe(erlangC);
    const erlangA = only(wfm.serviceLevel(m(100), m(180), m(14), m(20), m(30), m(300)));
    expect(erlangA).toBeCloseTo(0.916792, 6);
  });

  test("abandon_rule defaults to 0 and picks how short abandons count", () => {
    const args = [m(100), m(180), m(14), m(20), m(30), m(300)] as const;
    const rule0 = only(wfm.serviceLevel(...args));
    expect(only(wfm.serviceLevel(...args, m(0)))).toBe(rule0);
    expect(only(wfm.serviceLevel(...args, m("")))).toBe(rule0);
    expect(only(wfm.serviceLevel(...args, m(1)))).toBeCloseTo(0.9234, 4);
    expect(only(wfm.serviceLevel(...args, m(2)))).toBeCloseTo(0.924, 4);
    expectError(only(wfm.serviceLevel(...args, m(3))), "#VALUE!", "abandon_rule");
  });

  test("max_occupancy caps occupancy; blank means no cap", () => {
    expect(only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), m(""), m("")))).toBe(14);
    const capped = only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), m(""), m(0.6))) as number;
    expect(capped).toBe(17); // 10 Erlangs / 17 agents = 58.8% ≤ 60% < 10/16
  });

  test("the other functions answer in their units", () => {
    expect(only(wfm.erlangB(m(5), m(3)))).toBeCloseTo(0.11005434782608697, 12);
    expect(only(wfm.linesRequired(m(3), m(0.01)))).toBe(8);
    expect(only(wfm.scheduledStaff(m(14), m(0.3)))).toBeCloseTo(20, 9);
    expect(only(wfm.patienceEstimate(m(10), m(3000)))).toBe(300);
    expect(only(wfm.abandonRate(m(100), m(180), m(14), m(30), m(300)))).toBeCloseTo(0.013984, 6);
    expect(only(wfm.agentsForAsa(m(100), m(180), m(7.9)))).toBe(14);
    expect(only(wfm.agentsForAsa(m(100), m(180), m(7.8)))).toBe(15);
    const forAbandon = only(wfm.agentsForAbandon(m(100), m(180), m(0.02), m(30), m(300))) as number;
    expect(forAbandon).toBe(14); // 13 agents abandon 2.5%, 14 agents 1.4%
    const capacity = only(wfm.callCapacity(m(14), m(180), m(0.8), m(20))) as number;
    expect(Number.isInteger(capacity)).toBe(true);
    expect(only(wfm.serviceLevel(m(capacity), m(180), m(14), m(20)))).toBeGreaterThanOrEqual(0.8);
    expect(only(wfm.serviceLevel(m(capacity + 1), m(180), m(14), m(20)))).toBeLessThan(0.8);
  });

  test("bare values (not wrapped in a matrix) are read as single cells", () => {
    const call = wfm.traffic as unknown as (...args: unknown[]) => unknown[][];
    expect(only(call(100, 180))).toBeCloseTo(10, 12);
  });
});

describe("broadcasting and spilling", () => {
  test("a column against single cells spills a column", () => {
    const result = wfm.traffic(column(100, 200, 300), m(180));
    expect(result).toEqual([[10], [20], [30]]);
  });

  test("a row against single cells spills a row", () => {
    expect(wfm.traffic(row(100, 200), m(180), m(60))).toEqual([[5, 10]]);
  });

  test("ranges of the same shape pair up cell by cell", () => {
    const result = wfm.traffic(
      [
        [100, 200],
        [300, 400],
      ],
      [
        [180, 90],
        [60, 45],
      ],
    );
    expect(result).toEqual([
      [10, 10],
      [10, 10],
    ]);
  });

  test("a column against a row spills every pairing", () => {
    const result = wfm.traffic(column(100, 200, 300), row(180, 360));
    expect(result).toEqual([
      [10, 20],
      [20, 40],
      [30, 60],
    ]);
  });

  test("a column goes with a range of the same height, a row with one of the same width", () => {
    const block = [
      [100, 200, 300],
      [400, 500, 600],
    ];
    expect(wfm.traffic(block, column(180, 90))).toEqual([
      [10, 20, 30],
      [20, 25, 30],
    ]);
    expect(wfm.traffic(block, row(180, 90, 60))).toEqual([
      [10, 10, 10],
      [40, 25, 20],
    ]);
  });

  test("optional arguments broadcast too", () => {
    const result = wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), column("", 300));
    expect(result).toHaveLength(2);
    expect(result[0][0]).toBe(14);
    expect(result[1][0]).toBe(13); // Erlang A at 300 s patience: 13 agents give 85.8%
  });

  test("ranges that do not line up give one #VALUE! naming both arguments", () => {
    expectError(only(wfm.traffic(column(1, 2, 3), column(180, 90))), "#VALUE!", "calls", "aht", "rows");
    expectError(only(wfm.traffic(row(1, 2, 3), row(180, 90))), "#VALUE!", "calls", "aht", "columns");
    expectError(
      only(wfm.agentsRequired(column(1, 2), m(180), m(0.8), m(20), column(15, 30, 60))),
      "#VALUE!",
      "calls",
      "interval",
    );
  });

  test("a year of half-hours spills in one call, one result per row", () => {
    const rows = 17_520;
    const calls = Array.from({ length: rows }, (_, i) => [i % 501]);
    const result = wfm.agentsRequired(calls, m(180), m(0.8), m(20));
    expect(result).toHaveLength(rows);
    expect(result[100][0]).toBe(14);
    expect(result[0][0]).toBe(0);
    for (const line of result) expect(Number.isInteger(line[0])).toBe(true);
  });
});

describe("blanks", () => {
  test("a blank required cell gives a blank result cell, whatever form the blank takes", () => {
    expect(wfm.agentsRequired(column(100, "", null, undefined, "  ", 100), m(180), m(0.8), m(20))).toEqual([
      [14],
      [""],
      [""],
      [""],
      [""],
      [14],
    ]);
  });

  test("blank optional cells take their defaults", () => {
    const withDefaults = wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(""), m(""), m(""), m(""));
    expect(withDefaults).toEqual([[14]]);
  });

  test("a blank required cell blanks the result even where patience is missing too", () => {
    expect(wfm.abandonRate(m(""), m(180), m(14))).toEqual([[""]]);
  });

  test("an error in another argument wins over a blank", () => {
    expectError(only(wfm.traffic(m(""), m("three minutes"))), "#VALUE!", "aht");
  });
});

describe("errors", () => {
  test("one bad cell gives that cell's error and leaves the others", () => {
    const result = wfm.agentsRequired(column(100, "lots", -5, 100, true), m(180), m(0.8), m(20));
    expect(result[0][0]).toBe(14);
    expectError(result[1][0], "#VALUE!", "calls", "lots");
    expectError(result[2][0], "#VALUE!", "calls", "got -5");
    expect(result[3][0]).toBe(14);
    expectError(result[4][0], "#VALUE!", "calls", "TRUE");
  });

  test("text says which argument and what it should hold", () => {
    expectError(only(wfm.serviceLevel(m(100), m("3 min"), m(14), m(20))), "#VALUE!", "aht", "seconds");
    expectError(only(wfm.agentsRequired(m(100), m(180), m("80%"), m(20))), "#VALUE!", "target_sl", "fraction");
    expectError(only(wfm.traffic(m(100), m(180), m("half hour"))), "#VALUE!", "interval", "minutes");
    expectError(only(wfm.asa(m(100), m(180), m(14), m(30), m("5 min"))), "#VALUE!", "patience", "seconds");
    expectError(only(wfm.scheduledStaff(m(14), m(false))), "#VALUE!", "shrinkage", "FALSE");
  });

  test("out-of-range numbers are #VALUE! (whose message Excel shows) naming the argument and its range", () => {
    expectError(only(wfm.traffic(m(-1), m(180))), "#VALUE!", "calls", "0 or more", "got -1");
    expectError(only(wfm.traffic(m(100), m(0))), "#VALUE!", "aht", "from 1 to 86,400", "got 0");
    expectError(only(wfm.traffic(m(100), m(180), m(0))), "#VALUE!", "interval", "from 1 to 1,440");
    expectError(only(wfm.agentsRequired(m(100), m(180), m(1.2), m(20))), "#VALUE!", "target_sl", "above 0 and below 1");
    expectError(only(wfm.agentsRequired(m(100), m(180), m(0.8), m(-20))), "#VALUE!", "target_time", "0, or from 1 to 86,400");
    expectError(only(wfm.serviceLevel(m(100), m(180), m(14), m(20), m(30), m(0))), "#VALUE!", "patience", "from 1");
    expectError(
      only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), m(""), m(1.5))),
      "#VALUE!",
      "max_occupancy",
      "above 0 and at most 1",
    );
    expectError(only(wfm.scheduledStaff(m(14), m(1))), "#VALUE!", "shrinkage", "at least 0 and below 1");
    expectError(only(wfm.erlangB(m(-1), m(3))), "#VALUE!", "servers");
    expectError(only(wfm.erlangC(m(5), m(-3))), "#VALUE!", "traffic", "from 0 to 1,000,000");
    expectError(only(wfm.linesRequired(m(3), m(0))), "#VALUE!", "max_blocking");
    expectError(only(wfm.patienceEstimate(m(0), m(100))), "#VALUE!", "abandoned", "above 0");
    expectError(only(wfm.agentsForAsa(m(100), m(180), m(0))), "#VALUE!", "target_asa", "from 1 to 86,400");
    expectError(only(wfm.traffic(m(1e9), m(180))), "#VALUE!", "100,000,000 Erlangs", "1,000,000");
  });

  test("a target that no staffing meets is #N/A, whose message Excel shows too", () => {
    expectError(only(wfm.agentsRequired(m(100), m(180), m(1), m(20))), "#N/A", "target_sl is 100%");
    expectError(only(wfm.patienceEstimate(m(3), m(0))), "#N/A", "total_wait_seconds is 0");
  });

  test("ASA with a queue that never empties is #N/A that gives the traffic", () => {
    expectError(only(wfm.asa(m(100), m(180), m(10))), "#N/A", "10 Erlangs", "patience is blank");
    expectError(only(wfm.asa(m(100), m(180), m(9.5))), "#N/A", "agents must exceed the traffic");
    expectError(only(wfm.asa(m(100), m(180), m(0), m(30), m(300))), "#N/A", "no call is ever answered");
  });

  test("below the traffic Erlang C has no service level but Erlang A does", () => {
    expect(only(wfm.serviceLevel(m(100), m(180), m(8), m(20)))).toBe(0);
    expect(only(wfm.erlangC(m(8), m(10)))).toBe(1);
    expect(only(wfm.serviceLevel(m(100), m(180), m(8), m(20), m(30), m(60)))).toBeCloseTo(0.5276, 4);
  });

  test("non-finite numbers from a script are #VALUE!, not passed on", () => {
    expectError(only(wfm.traffic(m(Number.NaN), m(180))), "#VALUE!", "calls", "finite");
    expectError(only(wfm.traffic(m(100), m(Number.POSITIVE_INFINITY))), "#VALUE!", "aht", "finite");
  });

  test("an Excel error arriving in a cell comes back unchanged in that cell", () => {
    const notAvailable = { code: "#N/A", message: "no forecast" };
    const result = wfm.traffic(column(100, notAvailable), m(180));
    expect(result[0][0]).toBeCloseTo(10, 12);
    expect(result[1][0]).toBe(notAvailable);
  });

  test("objects that are not numbers are #VALUE!", () => {
    expectError(only(wfm.traffic(m({ type: "Entity" }), m(180))), "#VALUE!", "calls");
  });
});

describe("one argument order: every function ends [interval], [patience], …", () => {
  test("ABANDON_RATE typed in ASA's order gives the abandon rate, not 1.6e-7", () => {
    // 120 calls of 300 s in 15 minutes is 40 Erlangs; 20 agents answer about half of them.
    const typedLikeAsa = only(wfm.abandonRate(m(120), m(300), m(20), m(15), m(120))) as number;
    expect(typedLikeAsa).toBeCloseTo(0.5005, 4);
    expect(only(wfm.asa(m(120), m(300), m(20), m(15), m(120)))).toEqual(expect.any(Number));
  });

  test("AGENTS_FOR_ABANDON takes interval before patience too", () => {
    expect(only(wfm.agentsForAbandon(m(100), m(180), m(0.05), m(30), m(300)))).toBe(12);
    expect(only(wfm.agentsForAbandon(m(100), m(180), m(0.05), m(""), m(300)))).toBe(12);
  });

  test("without patience the abandon functions say it is needed", () => {
    expectError(only(wfm.abandonRate(m(100), m(180), m(14))), "#VALUE!", "patience is needed", "ABANDON_RATE");
    expectError(only(wfm.abandonRate(m(100), m(180), m(14), m(30), m(""))), "#VALUE!", "patience is needed");
    expectError(only(wfm.agentsForAbandon(m(100), m(180), m(0.05))), "#VALUE!", "patience is needed", "AGENTS_FOR_ABANDON");
  });
});

describe("Excel time values where seconds belong", () => {
  // Excel stores 0:04:00 as 4/1440 of a day and 0:00:15 as 15/86400.
  test.each([
    ["aht", () => wfm.traffic(m(100), m(4 / 1440)), "0:04:00", "240 seconds"],
    ["target_time", () => wfm.serviceLevel(m(100), m(180), m(14), m(15 / 86_400)), "0:00:15", "15 seconds"],
    ["target_time", () => wfm.agentsRequired(m(100), m(180), m(0.8), m(20 / 86_400)), "0:00:20", "20 seconds"],
    ["target_asa", () => wfm.agentsForAsa(m(100), m(180), m(30 / 86_400)), "0:00:30", "30 seconds"],
    ["patience", () => wfm.serviceLevel(m(100), m(180), m(14), m(20), m(30), m(5 / 1440)), "0:05:00", "300 seconds"],
    ["interval", () => wfm.traffic(m(100), m(180), m(30 / 1440)), "0:30:00", "30 minutes"],
  ])("%s typed as a time gets a message that shows the time and the number meant", (argument, run, time, meant) => {
    expectError(only(run()), "#VALUE!", `${argument} is `, `the Excel time ${time}`, meant);
  });

  test("a time so short it rounds to no second at all is simply out of range", () => {
    expectError(only(wfm.traffic(m(100), m(1e-9))), "#VALUE!", "aht must be", "from 1 to 86,400");
  });
});

describe("data types", () => {
  const formatted = { type: "FormattedNumber", basicValue: 100, numberFormat: "#,##0" };
  const double = { type: "Double", basicValue: 180 };
  const entity = { type: "Entity", text: "Tallinn", properties: {}, basicValue: "#VALUE!", basicType: "Error" };

  test("a formatted number or a double is read as its basicValue", () => {
    expect(only(wfm.traffic(m(formatted), m(double)))).toBeCloseTo(10, 12);
  });

  test("an entity without a number gives a #VALUE! that says what was found", () => {
    expectError(only(wfm.traffic(m(entity), m(180))), "#VALUE!", "calls must be", "the data type “Tallinn”");
    const image = { type: "WebImage", address: "https://example.com/a.png", basicValue: "#VALUE!", basicType: "Error" };
    expectError(only(wfm.traffic(m(100), m(image))), "#VALUE!", "aht must be", "not a value of type WebImage.");
  });

  test("text, TRUE/FALSE and empty data types read as their basic values", () => {
    expectError(only(wfm.traffic(m({ type: "String", basicValue: "lots" }), m(180))), "#VALUE!", 'the text "lots"');
    expectError(only(wfm.traffic(m({ type: "Boolean", basicValue: true }), m(180))), "#VALUE!", "TRUE");
    expect(only(wfm.traffic(m({ type: "Empty", basicValue: "" }), m(180)))).toBe("");
  });

  test("a data-type error value comes back as that error", () => {
    const notAvailable = { type: "Error", errorType: "NotAvailable", basicValue: "#N/A", basicType: "Error" };
    expect(only(wfm.traffic(m(notAvailable), m(180)))).toMatchObject({ code: "#N/A" });
    const spill = { type: "Error", errorType: "Spill", basicValue: "#SPILL!", basicType: "Error" };
    expectError(only(wfm.traffic(m(spill), m(180))), "#VALUE!", "calls is #SPILL!");
  });
});

describe("errors inside a range", () => {
  test("a code Excel lets a function return comes back unchanged in its own cell only", () => {
    const divided = { code: "#DIV/0!" };
    const result = wfm.agentsRequired(column(100, divided, 140), m(180), m(0.8), m(20));
    expect(result).toEqual([[14], [divided], [18]]);
  });

  test("#REF!, #NAME? and the like, which a function cannot return, become a #VALUE! naming them", () => {
    const result = wfm.traffic(column(100, { code: "#REF!" }, { code: "#NAME?" }), m(180));
    expect(result[0][0]).toBeCloseTo(10, 12);
    expectError(result[1][0], "#VALUE!", "calls is #REF!");
    expectError(result[2][0], "#VALUE!", "calls is #NAME?");
  });
});

describe("results larger than a worksheet holds are refused before anything is computed", () => {
  test("a whole column against a whole row (1,048,576 × 16,384) is one #VALUE!", () => {
    const wholeColumn = Array.from({ length: 1_048_576 }, () => [""]);
    const wholeRow = [Array.from({ length: 16_384 }, () => "")];
    const result = wfm.traffic(wholeColumn, wholeRow);
    expect(result).toHaveLength(1);
    expectError(only(result), "#VALUE!", "1,048,576 rows × 16,384 columns", "whole columns");
  });

  test("so is any result of more than 1,048,576 cells", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [i]);
    const result = wfm.traffic(rows, [Array.from({ length: 1000 }, () => 180)]);
    expectError(only(result), "#VALUE!", "2,000 rows × 1,000 columns");
  });

  test("a whole column of forecasts is still computed, blanks and all", () => {
    const wholeColumn = Array.from({ length: 1_048_576 }, (_, i) => [i < 3 ? 100 : ""]);
    const result = wfm.traffic(wholeColumn, m(180));
    expect(result).toHaveLength(1_048_576);
    expect(result[2][0]).toBeCloseTo(10, 12);
    expect(result[3][0]).toBe("");
  });
});

describe("the issue's planner and fuzzing examples", () => {
  test("abandon rule 2 with patience and an occupancy cap: not 398 agents, but the reason 0 would do", () => {
    const cell = only(wfm.agentsRequired(m(7.98), m(2212.24), m(0.334), m(2900.84), m(60), m(13.97), m(0.0123), m(2)));
    expectError(cell, "#N/A", "abandon_rule 2", "33.4% target", "abandon_rule 0 or 1");
  });

  test("abandon rule 2 with 5 s patience: not a silent 0, but why", () => {
    const cell = only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), m(5), m(""), m(2)));
    expectError(cell, "#N/A", "98.1684% of waiting callers", "80% target");
  });

  test("searches that probe deep overload answer instead of refusing", () => {
    expect(only(wfm.agentsRequired(m(1_800_000), m(1), m(0.5), m(20), m(30), m(86_400)))).toBe(1000);
    expect(only(wfm.agentsRequired(m(1e9), m(1), m(0.8), m(20), m(30), m(300)))).toBe(519_771);
    expect(only(wfm.agentsForAbandon(m(1_800_000), m(1), m(0.3), m(30), m(86_400)))).toBe(701);
  });

  test("CALL_CAPACITY does not hand back volumes every other function refuses", () => {
    const cell = only(wfm.callCapacity(m(2e6), m(180), m(0.8), m(20)));
    expectError(cell, "#N/A", "1,000,000 Erlangs");
  });

  test("the slow cells answer (npm run bench times them)", () => {
    expectError(
      only(wfm.callCapacity(m(11.8), m(216.07), m(0.0000013), m(1877394.7), m(23.53), m(399.14))),
      "#VALUE!",
      "target_time",
      "got 1,877,394.7",
    );
    expect(only(wfm.agentsForAsa(m(18262827.9), m(1), m(22962.5), m(1), m(64.74)))).toBe(1);
    expect(only(wfm.serviceLevel(m(683935.27), m(218.01), m(459.02), m(71967.67), m(30), m(46895.73), m(0)))).toBe(0);
  });

  test("probabilities stay within [0, 1]", () => {
    expect(only(wfm.erlangB(m(1e-300), m(0.5)))).toBeLessThanOrEqual(1);
    expect(only(wfm.occupancy(m(1_000_000), m(180), m(14), m(30), m(300)))).toBeLessThanOrEqual(1);
  });
});

describe("registration", () => {
  test("the first issue's sixteen functions, issue 8's six reporting functions and issue 9's four capacity functions are all there", () => {
    expect(Object.keys(wfm.WORKSHEET_FUNCTIONS).sort()).toEqual(
      [
        "TRAFFIC",
        "ERLANG_B",
        "ERLANG_C",
        "SERVICE_LEVEL",
        "ASA",
        "WAIT_PROBABILITY",
        "ABANDON_RATE",
        "OCCUPANCY",
        "AGENTS_REQUIRED",
        "AGENTS_FOR_ASA",
        "AGENTS_FOR_ABANDON",
        "FRACTIONAL_AGENTS",
        "CALL_CAPACITY",
        "LINES_REQUIRED",
        "SCHEDULED_STAFF",
        "PATIENCE_ESTIMATE",
        "SL_PERIOD",
        "SL_NEEDED",
        "WAPE",
        "FORECAST_BIAS",
        "MAPE",
        "SL_VARIANCE",
        "ATTRITION_RATE",
        "ATTRITION_CONVERT",
        "CAPACITY_PLAN",
        "HIRING_PLAN",
      ].sort(),
    );
  });
});
