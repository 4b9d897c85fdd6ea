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

function expectError(cell: unknown, code: "#VALUE!" | "#NUM!", ...mentions: string[]): void {
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
    expectError(only(wfm.agentsRequired(m(100), m(180), m(80), m(20))), "#NUM!", "target_sl");
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
    expectError(only(wfm.serviceLevel(...args, m(3))), "#NUM!", "abandon_rule");
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
    expect(only(wfm.abandonRate(m(100), m(180), m(14), m(300)))).toBeCloseTo(0.013984, 6);
    expect(only(wfm.agentsForAsa(m(100), m(180), m(7.9)))).toBe(14);
    expect(only(wfm.agentsForAsa(m(100), m(180), m(7.8)))).toBe(15);
    const forAbandon = only(wfm.agentsForAbandon(m(100), m(180), m(0.02), m(300))) as number;
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

  test("required patience left blank gives a blank, not Erlang C", () => {
    expect(wfm.abandonRate(m(100), m(180), m(14), m(""))).toEqual([[""]]);
    expect(wfm.agentsForAbandon(m(100), m(180), m(0.05), m(""))).toEqual([[""]]);
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
    expectError(result[2][0], "#NUM!", "calls");
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

  test("out-of-range numbers are #NUM! naming the argument", () => {
    expectError(only(wfm.traffic(m(-1), m(180))), "#NUM!", "calls");
    expectError(only(wfm.traffic(m(100), m(0))), "#NUM!", "aht");
    expectError(only(wfm.traffic(m(100), m(180), m(0))), "#NUM!", "interval");
    expectError(only(wfm.agentsRequired(m(100), m(180), m(1.2), m(20))), "#NUM!", "target_sl");
    expectError(only(wfm.agentsRequired(m(100), m(180), m(0.8), m(-20))), "#NUM!", "target_time");
    expectError(only(wfm.serviceLevel(m(100), m(180), m(14), m(20), m(30), m(0))), "#NUM!", "patience");
    expectError(only(wfm.agentsRequired(m(100), m(180), m(0.8), m(20), m(30), m(""), m(1.5))), "#NUM!", "max_occupancy");
    expectError(only(wfm.scheduledStaff(m(14), m(1))), "#NUM!", "shrinkage");
    expectError(only(wfm.erlangB(m(-1), m(3))), "#NUM!", "servers");
    expectError(only(wfm.erlangC(m(5), m(-3))), "#NUM!", "traffic");
    expectError(only(wfm.linesRequired(m(3), m(0))), "#NUM!", "max_blocking");
    expectError(only(wfm.patienceEstimate(m(0), m(100))), "#NUM!", "abandoned");
    expectError(only(wfm.agentsForAsa(m(100), m(180), m(0))), "#NUM!", "target_asa");
  });

  test("a target that no staffing meets is #NUM!", () => {
    expectError(only(wfm.agentsRequired(m(100), m(180), m(1), m(20))), "#NUM!", "target_sl");
  });

  test("ASA with a queue that never empties is #NUM! that gives the traffic", () => {
    expectError(only(wfm.asa(m(100), m(180), m(10))), "#NUM!", "10 Erlangs", "patience is blank");
    expectError(only(wfm.asa(m(100), m(180), m(9.5))), "#NUM!", "agents must exceed the traffic");
  });

  test("below the traffic Erlang C has no service level but Erlang A does", () => {
    expect(only(wfm.serviceLevel(m(100), m(180), m(8), m(20)))).toBe(0);
    expect(only(wfm.erlangC(m(8), m(10)))).toBe(1);
    expect(only(wfm.serviceLevel(m(100), m(180), m(8), m(20), m(30), m(60)))).toBeCloseTo(0.5276, 4);
  });

  test("non-finite numbers from a script are #NUM!, not passed on", () => {
    expectError(only(wfm.traffic(m(Number.NaN), m(180))), "#NUM!", "calls");
    expectError(only(wfm.traffic(m(100), m(Number.POSITIVE_INFINITY))), "#NUM!", "aht");
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
