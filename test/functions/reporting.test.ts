/**
 * @jest-environment node
 *
 * The reporting functions from TypeScript: how the period functions read their ranges (blank
 * intervals left out, missing data refused by row, errors and text inside ranges), how
 * SL_NEEDED broadcasts and SL_VARIANCE spills a row of seven per interval, and which Excel error
 * each failure becomes, with a message under 250 characters that names what to fix. Values are
 * checked against the 30-digit reference through the built bundle in dist-reporting.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import * as wfm from "../../src/functions/functions";
import * as reporting from "../../src/functions/reporting";

type Cell = unknown;
const m = (value: Cell): Cell[][] => [[value]];
const column = (...values: Cell[]): Cell[][] => values.map((v) => [v]);

interface ErrorCell {
  code: string;
  message?: string;
}

const messages: string[] = [];

function expectError(cell: unknown, code: string, ...mentions: string[]): ErrorCell {
  expect(typeof cell === "object" && cell !== null).toBe(true);
  const error = cell as ErrorCell;
  expect(error.code).toBe(code);
  for (const text of mentions) expect(error.message).toContain(text);
  if (error.message) messages.push(error.message);
  return error;
}

function only(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

afterAll(() => {
  // Excel cuts longer messages; every one met in these tests must fit.
  for (const message of messages) expect(message.length).toBeLessThan(250);
});

describe("SL_PERIOD", () => {
  const answered = column(170, 90);
  const offered = column(200, 100);
  const abandoned = column(10, 4);

  test("a ratio of totals under each abandon rule; blank or omitted abandon_rule is 0", () => {
    expect(only(wfm.WORKSHEET_FUNCTIONS.SL_PERIOD(answered, offered))).toBe(260 / 300);
    expect(only(reporting.slPeriod(answered, offered, abandoned, m("")))).toBe(260 / 300);
    expect(only(reporting.slPeriod(answered, offered, abandoned, m(1)))).toBe(260 / 286);
    expect(only(reporting.slPeriod(answered, offered, abandoned, m(2)))).toBe(274 / 300);
  });

  test("intervals with a blank offered cell are left out, whatever stands beside them", () => {
    const result = reporting.slPeriod(column(170, "", 999, 90), column(200, "", null, 100), column(10, "", 3, 4), m(1));
    expect(only(result)).toBe(260 / 286);
  });

  test("a blank answered_within or abandoned_within beside calls offered is missing data, named by row", () => {
    expectError(
      only(reporting.slPeriod(column(170, ""), offered)),
      "#VALUE!",
      "answered_within is blank in row 2, where offered is 100",
      "missing data is not a zero",
    );
    expectError(only(reporting.slPeriod(answered, offered, column(10, null), m(0))), "#VALUE!", "abandoned_within is blank in row 2");
  });

  test("any shape of the same size; a block names row and column, a row names the column", () => {
    const block = [
      [10, 20, 30],
      [40, 50, 60],
    ];
    const within = [
      [8, 18, 27],
      [36, 45, 54],
    ];
    expect(only(reporting.slPeriod(within, block))).toBe(188 / 210);
    expectError(
      only(reporting.slPeriod([[8, 18, 27], [36, 45, ""]], block)),
      "#VALUE!",
      "answered_within is blank in row 2, column 3",
    );
    expectError(only(reporting.slPeriod([[8, "", 27]], [[10, 20, 30]])), "#VALUE!", "in column 2");
    expectError(only(reporting.slPeriod(column(1, 2, 3), block)), "#VALUE!", "answered_within is 3 × 1", "offered is 2 × 3");
  });

  test("text is #VALUE! naming the argument and row; an error inside a range is the result", () => {
    expectError(only(reporting.slPeriod(answered, column(200, "n/a"))), "#VALUE!", 'offered in row 2 must be a number of calls offered, not the text "n/a"');
    expectError(only(reporting.slPeriod(column(true, 90), offered)), "#VALUE!", "answered_within in row 1", "TRUE");
    const incoming = { code: "#N/A" };
    expect(only(reporting.slPeriod(answered, column(200, incoming)))).toBe(incoming);
  });

  test("rules 1 and 2 without abandoned_within are #VALUE!; a bad rule is #NUM!; abandon_rule is one cell", () => {
    expectError(only(reporting.slPeriod(answered, offered, undefined, m(1))), "#VALUE!", "abandon_rule 1 needs abandoned_within");
    expectError(only(reporting.slPeriod(answered, offered, null as unknown as Cell[][], m(2))), "#VALUE!", "abandoned_within");
    expectError(only(reporting.slPeriod(answered, offered, abandoned, m(3))), "#NUM!", "abandon_rule");
    expectError(only(reporting.slPeriod(answered, offered, abandoned, column(0, 1))), "#VALUE!", "abandon_rule must be a single cell");
  });

  test("a zero total is #DIV/0!; a negative count is #NUM! naming its row", () => {
    expectError(only(reporting.slPeriod(column(0, ""), column(0, ""))), "#DIV/0!", "No calls were offered");
    expectError(only(reporting.slPeriod(column("", ""), column("", ""))), "#DIV/0!");
    expectError(only(reporting.slPeriod(column(5, 6), column(9, -9))), "#NUM!", "offered in row 2 must be a number of calls offered, 0 or more; got -9");
    // Row numbers are those of the ranges, not of the intervals kept.
    expectError(only(reporting.slPeriod(column(5, 1, -6), column(9, "", 9))), "#NUM!", "answered_within in row 3");
  });

  test("single cells and bare values work as one interval; carry-over above 1 is not capped", () => {
    expect(only(reporting.slPeriod(m(3), m(2)))).toBe(1.5);
    const bare = reporting.slPeriod as unknown as (...args: unknown[]) => unknown[][];
    expect(only(bare(170, 200))).toBe(0.85);
  });
});

describe("SL_NEEDED", () => {
  test("broadcasts like the other functions, with blanks giving blanks", () => {
    // 1,000 calls so far, 700 in time, 1,000 to come: each target needs (2,000 × target − 700) / 1,000.
    const result = reporting.slNeeded(column(0.8, 0.9, "", 0.5), m(1000), m(700), m(1000));
    expect(result).toHaveLength(4);
    expect(result[0][0]).toBeCloseTo(0.9, 14);
    expectError(result[1][0], "#NUM!", "110.0%");
    expect(result[2][0]).toBe("");
    expect(result[3][0]).toBeCloseTo(0.3, 14);
  });

  test("≤ 0 gives 0 (secured); > 1 and nothing remaining give #NUM!", () => {
    expect(only(reporting.slNeeded(m(0.8), m(1000), m(950), m(100)))).toBe(0);
    expect(only(reporting.slNeeded(m(0.8), m(100), m(60), m(100)))).toBe(1);
    expectError(only(reporting.slNeeded(m(0.8), m(1000), m(600), m(100))), "#NUM!", "out of reach");
    expectError(only(reporting.slNeeded(m(0.8), m(1000), m(800), m(0))), "#NUM!", "offered_remaining");
    expectError(only(reporting.slNeeded(m(80), m(1000), m(800), m(10))), "#NUM!", "target_sl");
    expectError(only(reporting.slNeeded(m("80%"), m(1000), m(800), m(10))), "#VALUE!", "target_sl");
  });
});

describe("WAPE, FORECAST_BIAS, MAPE", () => {
  const actual = column(100, 50, 0, "", 20);
  const forecast = column(110, 40, 5, 30, "");

  test("pairs with a blank cell are left out", () => {
    expect(only(reporting.wape(actual, forecast))).toBeCloseTo(25 / 150, 15);
    expect(only(reporting.forecastBias(actual, forecast))).toBeCloseTo(5 / 150, 15);
    expect(only(reporting.mape(actual, forecast))).toBeCloseTo(0.15, 15);
  });

  test("no actual volume is #DIV/0!; negative or text is refused by row", () => {
    expectError(only(reporting.wape(column(0, ""), column(1, 2))), "#DIV/0!");
    expectError(only(reporting.forecastBias(column(0), column(1))), "#DIV/0!");
    expectError(only(reporting.mape(column(0, 0), column(1, 2))), "#DIV/0!");
    expectError(only(reporting.wape(column(1, 2), column(3, -4))), "#NUM!", "forecast in row 2");
    expectError(only(reporting.mape(column(1, "lots"), column(3, 4))), "#VALUE!", 'actual in row 2 must be an actual volume (calls offered), not the text "lots"');
    expectError(only(reporting.wape(column(1, 2), column(3))), "#VALUE!", "actual is 2 × 1 cells but forecast is 1 × 1");
  });
});

describe("SL_VARIANCE", () => {
  /** Called with any number of arguments, as Excel does. */
  const slVariance = reporting.slVariance as (...args: Cell[][][]) => unknown[][];
  const planned = [100, 110, 180, 190, 20, 19, 0.3, 0.35, 0.9, 20];

  test("one interval spills one row of seven: planned SL, five effects, modelled SL", () => {
    const row = slVariance(...planned.map(m));
    expect(row).toHaveLength(1);
    expect(row[0]).toHaveLength(7);
    const [plannedSl, ...rest] = row[0] as number[];
    const modelled = rest[5];
    expect(plannedSl).toBeCloseTo(0.8883500191794669, 14);
    const sum = rest.slice(0, 5).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(modelled - plannedSl, 14);
  });

  test("columns of intervals spill n rows × 7, single cells broadcast down them", () => {
    const calls = column(100, 120, 80);
    const result = slVariance(calls, column(110, 120, 60), m(180), m(190), m(20), m(19), m(0.3), m(0.35), m(0.9), m(20));
    expect(result).toHaveLength(3);
    for (const row of result) expect(row).toHaveLength(7);
    const alone = slVariance(m(120), m(120), m(180), m(190), m(20), m(19), m(0.3), m(0.35), m(0.9), m(20));
    expect(result[1]).toEqual(alone[0]);
    expect(result[1][1]).toBe(0); // volume as planned
  });

  test("a blank required cell blanks the row; a bad one fills the row with its error", () => {
    const result = slVariance(
      column(100, "", 100),
      column(110, 110, 110),
      m(180),
      m(190),
      m(20),
      column(19, 19, -2),
      m(0.3),
      m(0.35),
      m(0.9),
      m(20),
    );
    expect(result[1]).toEqual(Array(7).fill(""));
    for (const cell of result[2]) expectError(cell, "#NUM!", "actual_staff");
    expect(typeof result[0][0]).toBe("number");
  });

  test("blank patience is Erlang C, a patience is Erlang A; abandon_rule picks the service level", () => {
    const erlangC = slVariance(...planned.map(m));
    expect(slVariance(...planned.map(m), m(30), m(""))).toEqual(erlangC);
    const erlangA = slVariance(...planned.map(m), m(30), m(300));
    expect(erlangA[0][0]).toBeCloseTo(0.916792, 6);
    const rule1 = slVariance(...planned.map(m), m(30), m(300), m(1));
    expect(rule1[0][0]).toBeCloseTo(0.9234, 4);
  });

  test("an argument with several columns, or ranges that do not line up, is one #VALUE!", () => {
    const wide = slVariance([[100, 120]], ...planned.slice(1).map(m));
    expectError(only(wide), "#VALUE!", "plan_calls has 2 columns");
    const uneven = slVariance(column(1, 2, 3), column(1, 2), ...planned.slice(2).map(m));
    expectError(only(uneven), "#VALUE!", "plan_calls has 3 rows but actual_calls has 2");
  });

  test("text is #VALUE! naming the argument", () => {
    const result = slVariance(...planned.slice(0, 8).map(m), m("95%"), m(20));
    for (const cell of result[0]) expectError(cell, "#VALUE!", "actual_adherence must be an adherence as a fraction");
  });
});

describe("registration", () => {
  test("every reporting function is in WORKSHEET_FUNCTIONS under its id", () => {
    for (const [id, fn] of Object.entries(reporting.REPORTING_FUNCTIONS)) expect(wfm.WORKSHEET_FUNCTIONS[id]).toBe(fn);
    expect(Object.keys(reporting.REPORTING_FUNCTIONS).sort()).toEqual(
      ["FORECAST_BIAS", "MAPE", "SL_NEEDED", "SL_PERIOD", "SL_VARIANCE", "WAPE"],
    );
  });

  test("the associate lines webpack appends to reporting.ts reach Excel's runtime only when it is loaded", () => {
    const associated = new Map<string, unknown>();
    const global = globalThis as Record<string, unknown>;
    expect(() => reporting.CustomFunctions.associate("WAPE", reporting.wape)).not.toThrow();
    global.CustomFunctions = { associate: (id: string, fn: unknown) => associated.set(id, fn) };
    try {
      reporting.CustomFunctions.associate("WAPE", reporting.wape);
    } finally {
      delete global.CustomFunctions;
    }
    expect(associated.get("WAPE")).toBe(reporting.wape);
  });
});

describe("README examples with ranges", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const reference = readme.slice(readme.indexOf("### Looking back"));

  /** An argument as typed in a formula: a number, a percentage, or an array constant. */
  function argument(text: string): Cell[][] {
    const typed = text.trim();
    if (typed.startsWith("{")) {
      return typed
        .slice(1, -1)
        .split(";")
        .map((line) => line.split(",").map((value) => Number(value)));
    }
    if (typed.endsWith("%")) return [[Number(typed.slice(0, -1)) / 100]];
    return [[Number(typed)]];
  }

  /** Splits a formula's arguments at the commas outside array constants. */
  function split(args: string): string[] {
    return args.match(/\{[^}]*\}|[^,]+/g) ?? [];
  }

  const examples = [...reference.matchAll(/`=WFM\.([A-Z_]+)\(([^`]*\{[^`]*)\)`\s*→\s*`([^`]+)`/g)];

  test("there are examples over ranges for each period function", () => {
    expect(new Set(examples.map((e) => e[1]))).toEqual(new Set(["SL_PERIOD", "WAPE", "FORECAST_BIAS", "MAPE"]));
  });

  test.each(examples.map((e) => [e[0], e] as const))("%s", (_, example) => {
    const fn = wfm.WORKSHEET_FUNCTIONS[example[1]] as (...args: Cell[][][]) => unknown[][];
    const result = only(fn(...split(example[2]).map(argument))) as number;
    const shown = example[3];
    const decimals = shown.includes(".") ? shown.split(".")[1].length : 0;
    expect(Math.abs(result - Number(shown))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  });

  test("SL_VARIANCE spills the rows the README shows, Erlang C and A", () => {
    const slVariance = reporting.slVariance as (...args: Cell[][][]) => unknown[][];
    const args = [100, 104, 180, 184, 22, 21, 0.3, 0.32, 0.95, 20].map(m);
    const shown = (row: unknown[]): string => row.map((cell) => (cell as number).toFixed(3).replace(/^-0\.000$/, "0.000")).join(" | ");
    const erlangC = shown(slVariance(...args)[0]);
    const erlangA = shown(slVariance(...args, m(30), m(300))[0]);
    expect(reference).toContain(`\`=WFM.SL_VARIANCE(100, 104, 180, 184, 22, 21, 30%, 32%, 95%, 20)\` → \`0.953\`, spilling\n\`${erlangC}\``);
    expect(reference).toContain(`spills\n\`${erlangA}\``);
    expect(erlangC).toBe("0.953 | -0.033 | -0.020 | -0.048 | -0.030 | -0.052 | 0.770");
  });
});
