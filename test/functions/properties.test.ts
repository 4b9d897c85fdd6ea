/**
 * @jest-environment node
 *
 * Whatever a planner types, every worksheet function returns a value for every cell: a finite
 * number, a blank, or an Excel #VALUE!/#N/A (the codes whose message Excel shows) with a message
 * short enough for Excel for Mac. Never NaN or Infinity, never a throw.
 */
import fc from "fast-check";
import * as wfm from "../../src/functions/functions";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";

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
};

function acceptable(cellValue: unknown): boolean {
  if (typeof cellValue === "number") return Number.isFinite(cellValue);
  if (cellValue === "") return true;
  if (typeof cellValue !== "object" || cellValue === null) return false;
  const { code, message } = cellValue as { code?: unknown; message?: unknown };
  return (
    (code === "#VALUE!" || code === "#N/A") &&
    typeof message === "string" &&
    message.length > 0 &&
    message.length < MAX_MESSAGE_LENGTH
  );
}

test("the property covers every function", () => {
  expect(Object.keys(SIGNATURES).sort()).toEqual(Object.keys(wfm.WORKSHEET_FUNCTIONS).sort());
});

describe.each(Object.entries(SIGNATURES))("%s", (id, scales) => {
  test("every cell is a finite number, a blank or a #VALUE!/#N/A with a message under 250 characters", () => {
    const fn = wfm.WORKSHEET_FUNCTIONS[id] as unknown as AnyFunction;
    fc.assert(
      fc.property(fc.tuple(...scales.map((scale) => matrix(scale))), (args) => {
        let result: unknown[][] = [];
        expect(() => {
          result = fn(...args);
        }).not.toThrow();
        expect(Array.isArray(result) && result.length > 0).toBe(true);
        for (const line of result) for (const value of line) expect(acceptable(value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
