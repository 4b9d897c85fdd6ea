/**
 * @jest-environment node
 *
 * Whatever a planner types, every worksheet function returns a value for every cell: a finite
 * number, a blank, or an Excel error with a message short enough for Excel for Mac: #VALUE!/#N/A
 * (the codes whose message Excel shows) from the queueing functions, and from the reporting and
 * capacity functions also the #NUM! and #DIV/0! their issues specify. Never NaN or Infinity,
 * never a throw.
 */
import fc from "fast-check";
import { CAPACITY_FUNCTIONS } from "../../src/functions/capacity";
import * as wfm from "../../src/functions/functions";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";
import { REPORTING_FUNCTIONS } from "../../src/functions/reporting";

type AnyFunction = (...args: unknown[][][]) => unknown[][];

/**
 * Anything a cell can hold, with numbers mostly in and around each argument's sensible range,
 * down to 1e-300 (a handle time of 1e-300 s used to send the searches into minutes of work; it
 * is now refused at once as the fraction of a second it is).
 */
function cell(scale: number): fc.Arbitrary<unknown> {
  const notText = fc.constantFrom<unknown>("", null, undefined, "abc", "80%", true, false, NaN, Infinity, -Infinity);
  return fc.oneof(
    { weight: 5, arbitrary: fc.double({ min: Math.min(1, scale / 100), max: scale, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ min: 1e-300, max: 1, noNaN: true }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.ceil(scale) }) },
    { weight: 1, arbitrary: fc.double({ min: -scale, max: 0, noNaN: true }) },
    { weight: 1, arbitrary: fc.oneof(notText, fc.constantFrom<unknown>(0, 1, -0)) },
  );
}

/** Matrices of 1×1 to 3×3, so that broadcasting and mismatches are exercised too. */
function matrix(scale: number): fc.Arbitrary<unknown[][]> {
  return fc.oneof(
    { weight: 4, arbitrary: cell(scale).map((v) => [[v]]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
        .chain(([rows, columns]) =>
          fc.array(fc.array(cell(scale), { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
        ),
    },
  );
}

// Scales keep the traffic below a few thousand Erlangs so the property run stays quick.
const CALLS = 600;
const AHT = 600;
const AGENTS = 150;
const FRACTION = 1.2;
const SECONDS = 120;
const INTERVAL = 60;
const PATIENCE = 600;
const RULE = 3;
// Capacity planning: headcounts and FTE, period lengths and week counts. The plans read their
// first argument as a column of weeks, so 3×3 blocks there exercise the whole-result errors.
const HEADS = 300;
const WEEKS = 110;
const WEEK_COUNT = 12;
const CLASS = 40;
const FLAG = 2;

const SIGNATURES: Record<string, number[]> = {
  TRAFFIC: [CALLS, AHT, INTERVAL],
  ERLANG_B: [AGENTS, AGENTS],
  ERLANG_C: [AGENTS, AGENTS],
  SERVICE_LEVEL: [CALLS, AHT, AGENTS, SECONDS, INTERVAL, PATIENCE, RULE],
  ASA: [CALLS, AHT, AGENTS, INTERVAL, PATIENCE],
  WAIT_PROBABILITY: [CALLS, AHT, AGENTS, INTERVAL, PATIENCE],
  ABANDON_RATE: [CALLS, AHT, AGENTS, INTERVAL, PATIENCE],
  OCCUPANCY: [CALLS, AHT, AGENTS, INTERVAL, PATIENCE],
  AGENTS_REQUIRED: [CALLS, AHT, FRACTION, SECONDS, INTERVAL, PATIENCE, FRACTION, RULE],
  AGENTS_FOR_ASA: [CALLS, AHT, SECONDS, INTERVAL, PATIENCE],
  AGENTS_FOR_ABANDON: [CALLS, AHT, FRACTION, INTERVAL, PATIENCE],
  FRACTIONAL_AGENTS: [CALLS, AHT, FRACTION, SECONDS, INTERVAL, PATIENCE],
  CALL_CAPACITY: [AGENTS, AHT, FRACTION, SECONDS, INTERVAL, PATIENCE],
  LINES_REQUIRED: [AGENTS, FRACTION],
  SCHEDULED_STAFF: [AGENTS, FRACTION],
  PATIENCE_ESTIMATE: [CALLS, CALLS * SECONDS],
  SL_PERIOD: [CALLS, CALLS, CALLS, RULE],
  SL_NEEDED: [FRACTION, CALLS, CALLS, CALLS],
  WAPE: [CALLS, CALLS],
  FORECAST_BIAS: [CALLS, CALLS],
  MAPE: [CALLS, CALLS],
  SL_VARIANCE: [CALLS, CALLS, AHT, AHT, AGENTS, AGENTS, FRACTION, FRACTION, FRACTION, SECONDS, INTERVAL, PATIENCE, RULE],
  ATTRITION_RATE: [HEADS, HEADS, HEADS],
  ATTRITION_CONVERT: [FRACTION, WEEKS, WEEKS, FLAG],
  CAPACITY_PLAN: [HEADS, HEADS, FRACTION, CLASS, WEEK_COUNT, WEEK_COUNT, FRACTION, FRACTION, FLAG],
  HIRING_PLAN: [HEADS, HEADS, FRACTION, WEEK_COUNT, WEEK_COUNT, FRACTION, FRACTION, FLAG, WEEK_COUNT, CLASS, CLASS],
};

/** The codes a function may give: the add-in's policy, or the for reporting and capacity. */
function codesOf(id: string): string[] {
  const specified = id in REPORTING_FUNCTIONS || id in CAPACITY_FUNCTIONS;
  return specified ? ["#VALUE!", "#NUM!", "#DIV/0!"] : ["#VALUE!", "#N/A"];
}

function acceptable(id: string, cellValue: unknown): boolean {
  if (typeof cellValue === "number") return Number.isFinite(cellValue);
  if (cellValue === "") return true;
  if (typeof cellValue !== "object" || cellValue === null) return false;
  const { code, message } = cellValue as { code?: unknown; message?: unknown };
  return (
    codesOf(id).includes(code as string) &&
    typeof message === "string" &&
    message.length > 0 &&
    message.length < MAX_MESSAGE_LENGTH
  );
}

test("the property covers every function", () => {
  expect(Object.keys(SIGNATURES).sort()).toEqual(Object.keys(wfm.WORKSHEET_FUNCTIONS).sort());
});

describe.each(Object.entries(SIGNATURES))("%s", (id, scales) => {
  test(`every cell is a finite number, a blank or a ${codesOf(id).join("/")} with a message under 250 characters`, () => {
    const fn = wfm.WORKSHEET_FUNCTIONS[id] as unknown as AnyFunction;
    fc.assert(
      fc.property(fc.tuple(...scales.map((scale) => matrix(scale))), (args) => {
        let result: unknown[][] = [];
        expect(() => {
          result = fn(...args);
        }).not.toThrow();
        expect(Array.isArray(result) && result.length > 0).toBe(true);
        for (const line of result) for (const value of line) expect(acceptable(id, value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
