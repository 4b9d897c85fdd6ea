/**
 * @jest-environment node
 *
 * Every message a worksheet function can produce, worded for every problem, every parameter of
 * every function and the most awkward values, stays under 250 characters: Excel for Mac cuts
 * longer ones (https://github.com/OfficeDev/office-js/issues/4133). The messages are built only
 * from the templates in src/functions/messages.ts, so enumerating those templates with their
 * longest inputs covers everything a function can say.
 */
import {
  ABANDON_RULES,
  LIMITS,
  MAX_AGENTS,
  PLAN_WEEKS,
  type ArgumentName,
  type EngineProblem,
  type Limit,
} from "../../src/engine";
import { CAPACITY_DEFINITIONS } from "../../src/functions/capacity";
import { WORKSHEET_DEFINITIONS, WORKSHEET_FUNCTIONS } from "../../src/functions/functions";
import {
  MAX_MESSAGE_LENGTH,
  blankCell,
  defect,
  describeLimit,
  errorInCell,
  formatNumber,
  listsDiffer,
  missingData,
  noFiniteAnswer,
  notASeries,
  notFinite,
  notSingleCell,
  rangesDiffer,
  resultTooLarge,
  shapesDiffer,
  tooManyColumns,
  wordProblem,
  wrongKind,
} from "../../src/functions/messages";
import { REPORTING_DEFINITIONS } from "../../src/functions/reporting";

/** Values whose wording is longest: huge, tiny, negative, long fractions, not numbers. */
const AWKWARD = [-1.7976931348623157e308, 1e308, -123456789.123456, 0.000123456789012, 1 / 3, Number.NaN, -Infinity];

const definitions = [
  ...Object.values(WORKSHEET_DEFINITIONS),
  ...Object.values(REPORTING_DEFINITIONS),
  ...Object.values(CAPACITY_DEFINITIONS),
];
const parameters = definitions.flatMap((definition) => definition.parameters);
const longestName = definitions.map((d) => d.name).sort((a, b) => b.length - a.length)[0];

/** The longest place a list entry can have: a block's last cell, or the last week of a plan. */
const LONGEST_PLACE = (index: number) => ` in row ${1_048_576 + index}, column ${16_384 + index}`;

function problemsFor(argument: string): EngineProblem[] {
  const name = argument as keyof typeof LIMITS;
  const limit: Limit = LIMITS[name] ?? { low: -1e308, high: 1e308, lowOpen: true, highOpen: true, unit: "fraction" };
  const whole: Limit = { ...limit, whole: true, high: 1e308 };
  return [
    ...AWKWARD.map((value) => ({ code: "outOfRange" as const, argument: name, value, limit })),
    ...AWKWARD.map((value) => ({ code: "outOfRange" as const, argument: name, value, limit: whole, index: 1_048_575 })),
    ...AWKWARD.map((value) => ({
      code: "lengthsDiffer" as const,
      argument: name,
      value: Math.abs(value),
      other: "answered_within_so_far" as ArgumentName,
      otherLength: 1_048_576,
      entry: "interval" as const,
    })),
    ...AWKWARD.map((value) => ({ code: "listLength" as const, argument: name, value, limit: PLAN_WEEKS, entry: "week" as const })),
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
  ...[1, 2, 1e308].map((rule) => ({ code: "abandonedWithinRequired" as const, argument: "abandoned_within" as const, rule })),
  ...(["offered", "abandoned_within", "actual"] as const).map((argument) => ({ code: "zeroTotal" as const, argument })),
  ...AWKWARD.map((value) => ({
    code: "abandonsExceedOffered" as const,
    argument: "abandoned_within" as const,
    value,
    limit: value,
  })),
  ...AWKWARD.map((value) => ({
    code: "targetOutOfReach" as const,
    argument: "target_sl" as const,
    value,
    remaining: value,
  })),
  { code: "noHeadcount", argument: "headcount_start" },
  ...AWKWARD.map((value) => ({ code: "rateNotAShare" as const, argument: "rate" as const, value })),
  ...AWKWARD.map((value) => ({ code: "classLimitsCross" as const, argument: "min_class" as const, value, limit: value })),
  ...AWKWARD.map((value) => ({
    code: "hiresBeyondLimit" as const,
    argument: "weekly_attrition" as const,
    value,
    week: 520,
    limit: value,
  })),
];

function expectShort(message: string): void {
  expect(message.length).toBeGreaterThan(0);
  if (message.length >= MAX_MESSAGE_LENGTH) throw new Error(`${message.length} characters: ${message}`);
}

test.each(definitions.map((d) => [d.name, d]))("every problem %s can report, for every parameter", (_name, definition) => {
  const words = (name: string) => definition.parameters.find((p) => p.name === name) ?? { name, expects: "a number" };
  for (const parameter of definition.parameters) {
    for (const problem of [...problemsFor(parameter.name), ...FIXED]) {
      expectShort(wordProblem(problem, words, definition.name, LONGEST_PLACE).message);
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
      "lengthsDiffer",
      "listLength",
      "abandonedWithinRequired",
      "zeroTotal",
      "abandonsExceedOffered",
      "targetOutOfReach",
      "noHeadcount",
      "rateNotAShare",
      "classLimitsCross",
      "hiresBeyondLimit",
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
  const names = parameters.map((p) => p.name).sort((a, b) => b.length - a.length);
  const [longest, second] = names;
  for (const entry of ["interval", "week"] as const) {
    expectShort(listsDiffer(longest, 1_048_576, second, 1_048_575, entry));
    expectShort(notASeries(longest, entry, 1_048_576, 16_384));
    expectShort(tooManyColumns(longest, 16_384, entry));
  }
  const farthest = { name: `${longest} in row 1,048,576, column 16,384`, expects: parameters.find((p) => p.name === longest)!.expects };
  for (const parameter of parameters) expectShort(blankCell({ name: `${parameter.name} in week 520`, expects: parameter.expects }));
  expectShort(blankCell(farthest));
  expectShort(notSingleCell(longest, 17_179_869_184));
  expectShort(rangesDiffer(longest, [1_048_576, 16_384], second, [1_048_575, 16_383]));
  expectShort(missingData(longest, " in row 1048576, column 16384", { name: second, value: -1.7976931348623157e308 }));
  expectShort(resultTooLarge(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  expectShort(defect(longestName, "x".repeat(1000)));
  expectShort(noFiniteAnswer(longestName));
});

test("ASA's own explanations, worded through the function", () => {
  const asa = WORKSHEET_FUNCTIONS.ASA as unknown as (...args: unknown[][][]) => { message: string }[][];
  expectShort(asa([[999_999.9]], [[1.5]], [[1.2]])[0][0].message);
  expectShort(asa([[100]], [[180]], [[0]], [[30]], [[300]])[0][0].message);
});

test("limits read the same way everywhere: ranges, open ends, choices, times and whole numbers", () => {
  expect(describeLimit(LIMITS.aht)).toBe("from 1 to 86,400");
  expect(describeLimit(LIMITS.target_sl)).toBe("above 0 and below 1");
  expect(describeLimit(LIMITS.shrinkage)).toBe("at least 0 and below 1");
  expect(describeLimit(LIMITS.max_abandon)).toBe("above 0 and at most 1");
  expect(describeLimit(LIMITS.calls)).toBe("0 or more");
  expect(describeLimit(LIMITS.target_time)).toBe("0, or from 1 to 86,400");
  expect(describeLimit(LIMITS.abandon_rule)).toBe(`${ABANDON_RULES[0]} to ${ABANDON_RULES[2]}`);
  expect(describeLimit(LIMITS.train_weeks)).toBe("a whole number from 0 to 520");
  expect(describeLimit(LIMITS.min_class)).toBe("a whole number, 1 or more");
  expect(describeLimit(LIMITS.offered_remaining)).toBe("above 0");
  expect(formatNumber(1_877_394.7, 10)).toBe("1,877,394.7");
  expect(formatNumber(0.0027777777)).toBe("0.00277778");
  expect(formatNumber(1_048_576)).toBe("1,048,576");
});
