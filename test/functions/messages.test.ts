/**
 * @jest-environment node
 *
 * Every message a worksheet function can produce, worded for every problem, every parameter of
 * every function and the most awkward values, stays under 250 characters: Excel for Mac cuts
 * longer ones (https://github.com/OfficeDev/office-js/issues/4133). The messages are built only
 * from the templates in src/functions/messages.ts, so enumerating those templates with their
 * longest inputs covers everything a function can say.
 */
import { ABANDON_RULES, LIMITS, MAX_AGENTS, type EngineProblem, type Limit } from "../../src/engine";
import { WORKSHEET_DEFINITIONS, WORKSHEET_FUNCTIONS } from "../../src/functions/functions";
import {
  MAX_MESSAGE_LENGTH,
  defect,
  describeLimit,
  errorInCell,
  formatNumber,
  notFinite,
  resultTooLarge,
  shapesDiffer,
  wordProblem,
  wrongKind,
} from "../../src/functions/messages";

/** Values whose wording is longest: huge, tiny, negative, long fractions, not numbers. */
const AWKWARD = [-1.7976931348623157e308, 1e308, -123456789.123456, 0.000123456789012, 1 / 3, Number.NaN, -Infinity];

const definitions = Object.values(WORKSHEET_DEFINITIONS);
const parameters = definitions.flatMap((definition) => definition.parameters);
const longestName = definitions.map((d) => d.name).sort((a, b) => b.length - a.length)[0];

function problemsFor(argument: string): EngineProblem[] {
  const name = argument as keyof typeof LIMITS;
  const limit: Limit = LIMITS[name] ?? { low: -1e308, high: 1e308, lowOpen: true, highOpen: true, unit: "fraction" };
  return [
    ...AWKWARD.map((value) => ({ code: "outOfRange" as const, argument: name, value, limit })),
    ...AWKWARD.flatMap((value) => [
      { code: "fractionOfUnit" as const, argument: name, value, unit: "seconds" as const },
      { code: "fractionOfUnit" as const, argument: name, value: 0.999999999999, unit: "minutes" as const },
    ]),
    { code: "fractionOfUnit", argument: name, value: 1e-12, unit: "seconds" },
  ];
}

const FIXED: EngineProblem[] = [
  ...AWKWARD.map((value) => ({ code: "trafficTooHigh" as const, argument: "calls" as const, value, limit: 1e308 })),
  ...AWKWARD.map((value) => ({ code: "queueTooLong" as const, argument: "patience" as const, value, limit: 1e308 })),
  { code: "patienceRequired", argument: "patience" },
  { code: "certainTarget", argument: "target_sl" },
  ...(["target_sl", "target_asa", "max_abandon"] as const).map((argument) => ({
    code: "noStaffing" as const,
    argument,
    limit: MAX_AGENTS,
  })),
  ...AWKWARD.map((value) => ({
    code: "metByAbandons" as const,
    argument: "abandon_rule" as const,
    value,
    target: 0.123456789,
  })),
  ...AWKWARD.map((limit) => ({ code: "capacityBeyondLimit" as const, argument: "agents" as const, limit })),
  { code: "noWaitRecorded", argument: "total_wait_seconds" },
];

function expectShort(message: string): void {
  expect(message.length).toBeGreaterThan(0);
  if (message.length >= MAX_MESSAGE_LENGTH) throw new Error(`${message.length} characters: ${message}`);
}

test.each(definitions.map((d) => [d.name, d]))("every problem %s can report, for every parameter", (_name, definition) => {
  const words = (name: string) => definition.parameters.find((p) => p.name === name) ?? { name, expects: "a number" };
  for (const parameter of definition.parameters) {
    for (const problem of [...problemsFor(parameter.name), ...FIXED]) {
      expectShort(wordProblem(problem, words, definition.name).message);
    }
  }
});

test("every code of the engine's problems is worded (a new code fails here until it has words)", () => {
  const codes = new Set([...problemsFor("aht"), ...FIXED].map((problem) => problem.code));
  expect([...codes].sort()).toEqual(
    [
      "capacityBeyondLimit",
      "certainTarget",
      "fractionOfUnit",
      "metByAbandons",
      "noStaffing",
      "noWaitRecorded",
      "outOfRange",
      "patienceRequired",
      "queueTooLong",
      "trafficTooHigh",
    ].sort(),
  );
});

test("the cell-reading messages, with the longest names and values they can show", () => {
  const found = [
    `the text "${"x".repeat(20)}…"`,
    `the data type “${"x".repeat(20)}…”`,
    `the value of type ${"x".repeat(20)} “${"x".repeat(20)}…”`,
    "a bigint",
  ];
  for (const parameter of parameters) {
    expectShort(notFinite(parameter));
    for (const what of found) expectShort(wrongKind(parameter, what));
    for (const code of ["#GETTING_DATA", "#CONNECT!", "#EXTERNAL!", "#BLOCKED!", "#UNKNOWN!"]) {
      expectShort(errorInCell(parameter, code));
    }
    for (const other of parameters) {
      expectShort(shapesDiffer(parameter.name, 1_048_576, other.name, 16_384, "columns"));
    }
  }
  expectShort(resultTooLarge(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  expectShort(defect(longestName, "x".repeat(1000)));
});

test("ASA's own explanations, worded through the function", () => {
  const asa = WORKSHEET_FUNCTIONS.ASA as unknown as (...args: unknown[][][]) => { message: string }[][];
  expectShort(asa([[999_999.9]], [[1.5]], [[1.2]])[0][0].message);
  expectShort(asa([[100]], [[180]], [[0]], [[30]], [[300]])[0][0].message);
});

test("limits read the same way everywhere: ranges, open ends, choices and times", () => {
  expect(describeLimit(LIMITS.aht)).toBe("from 1 to 86,400");
  expect(describeLimit(LIMITS.target_sl)).toBe("above 0 and below 1");
  expect(describeLimit(LIMITS.shrinkage)).toBe("at least 0 and below 1");
  expect(describeLimit(LIMITS.max_abandon)).toBe("above 0 and at most 1");
  expect(describeLimit(LIMITS.calls)).toBe("0 or more");
  expect(describeLimit(LIMITS.target_time)).toBe("0, or from 1 to 86,400");
  expect(describeLimit(LIMITS.abandon_rule)).toBe(`${ABANDON_RULES[0]} to ${ABANDON_RULES[2]}`);
  expect(formatNumber(1_877_394.7, 10)).toBe("1,877,394.7");
  expect(formatNumber(0.0027777777)).toBe("0.00277778");
  expect(formatNumber(1_048_576)).toBe("1,048,576");
});
