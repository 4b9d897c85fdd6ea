/**
 * @jest-environment node
 *
 * Fuzzing over the README's accepted ranges (src/engine/limits.ts), the way the 840,000
 * calls to the built bundle did: every argument drawn anywhere within its range, with magnitudes
 * spread evenly from the smallest to the largest (log-uniform), single cells and small ranges.
 * Nothing throws, nothing is NaN or infinite, every probability is within [0, 1] exactly, every
 * staffing a whole number, and an error is either "no answer" (#N/A) or one of the limits that
 * join arguments (calls × aht, callers per patience), never an in-range argument called out of range.
 * How long cells take is measured by `npm run bench`, not here.
 */
import fc from "fast-check";
import { LIMITS, isTime, type ArgumentName } from "../../src/engine";
import { WORKSHEET_DEFINITIONS, WORKSHEET_FUNCTIONS } from "../../src/functions/functions";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";

type AnyFunction = (...args: unknown[][][]) => unknown[][];

/** A value within `argument`'s limit: its ends now and then, otherwise log-uniform across it. */
function within(argument: ArgumentName): fc.Arbitrary<number> {
  const limit = LIMITS[argument];
  if (argument === "abandon_rule") return fc.constantFrom(0, 1, 2);
  const top = Number.isFinite(limit.high) ? limit.high : argument === "calls" ? 1e10 : 1e9;
  const high = limit.highOpen ? top * (1 - 1e-12) : top;
  const lowest = isTime(limit) && limit.low === 0 ? 1 : limit.low;
  const low = limit.lowOpen ? Math.max(lowest, 1e-9) : lowest;
  const logUniform = fc
    .double({ min: Math.log(Math.max(low, 1e-9)), max: Math.log(high), noNaN: true })
    .map((exponent) => Math.min(high, Math.max(low, Math.exp(exponent))));
  const ends = [limit.lowOpen ? low : limit.low, high];
  const choices: fc.Arbitrary<number>[] = [logUniform, fc.constantFrom(...ends)];
  if (limit.unit === "fraction") choices.push(fc.double({ min: low, max: high, noNaN: true }));
  if (limit.unit === "agents" || limit.unit === "calls") choices.push(fc.integer({ min: Math.ceil(low), max: 500 }));
  return fc.oneof(...choices);
}

/** A single cell, or a column of `rows` values within range (columns of one call line up). */
function argumentCells(argument: ArgumentName, rows: number): fc.Arbitrary<unknown[][]> {
  const column = fc.array(within(argument), { minLength: rows, maxLength: rows }).map((values) => values.map((v) => [v]));
  return fc.oneof({ weight: 3, arbitrary: within(argument).map((value) => [[value]]) }, { weight: 1, arbitrary: column });
}

/** Every argument of a function, with the columns among them of one length. */
function callArguments(names: readonly ArgumentName[]): fc.Arbitrary<unknown[][][]> {
  return fc.integer({ min: 1, max: 3 }).chain((rows) => fc.tuple(...names.map((name) => argumentCells(name, rows))));
}

const PROBABILITIES = new Set(["ERLANG_B", "ERLANG_C", "SERVICE_LEVEL", "WAIT_PROBABILITY", "ABANDON_RATE", "OCCUPANCY"]);
const WHOLE = new Set(["AGENTS_REQUIRED", "AGENTS_FOR_ASA", "AGENTS_FOR_ABANDON", "CALL_CAPACITY", "LINES_REQUIRED"]);
/** The only refusals an in-range argument can meet: limits that join two or more arguments. */
const JOINT_LIMIT = /Erlangs|callers would arrive within one mean patience/;

describe.each(Object.keys(WORKSHEET_DEFINITIONS))("%s over its accepted ranges", (id) => {
  const definition = WORKSHEET_DEFINITIONS[id];
  const fn = WORKSHEET_FUNCTIONS[id] as unknown as AnyFunction;

  test("returns finite numbers in their range, or an error that a joint limit or a missing answer explains", () => {
    fc.assert(
      fc.property(callArguments(definition.parameters.map((p) => p.name as ArgumentName)), (args) => {
        const result = fn(...args);
        for (const line of result) {
          for (const cell of line) {
            if (typeof cell === "number") {
              expect(Number.isFinite(cell)).toBe(true);
              if (PROBABILITIES.has(id)) {
                expect(cell).toBeGreaterThanOrEqual(0);
                expect(cell).toBeLessThanOrEqual(1);
              }
              if (WHOLE.has(id)) expect(Number.isInteger(cell) && cell >= 0).toBe(true);
              continue;
            }
            const { code, message } = cell as { code: string; message: string };
            expect(message.length).toBeLessThan(MAX_MESSAGE_LENGTH);
            if (code === "#VALUE!") expect(message).toMatch(JOINT_LIMIT);
            else expect(code).toBe("#N/A");
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
