/**
 * The words for every structured problem the adapter and planner report, and numbers in the
 * person's locale. Exhaustiveness is the compiler's job (messages.ts switches over every code);
 * these check the sentences carry what the person needs: the cell, the value, what to do.
 */
import type { ForecastProblem, InputProblem, RosterProblem, WorkbookError } from "../../src/workbook/api";
import { formatterFor } from "../../src/taskpane/format";
import {
  describeFieldProblem,
  describeForecastProblem,
  describeInputProblem,
  describeRosterProblem,
  describeWorkbookError,
  problemsByField,
} from "../../src/taskpane/messages";
import { en } from "../../src/taskpane/strings/en";
import { stringsFor } from "../../src/taskpane/strings";

const format = formatterFor("en-GB");

describe("formats", () => {
  test("follow the locale's decimal separator", () => {
    expect(formatterFor("et-EE").decimalSeparator).toBe(",");
    expect(formatterFor("pt-BR").decimalSeparator).toBe(",");
    expect(formatterFor("en-US").decimalSeparator).toBe(".");
    expect(formatterFor("et-EE").number(85.5)).toBe("85,5");
  });

  test("show fractions as percents and factors as changes", () => {
    expect(format.percent(0.858)).toBe("85.8%");
    expect(format.change(1.1)).toBe("+10%");
    expect(format.change(0.95)).toBe("-5%");
    expect(format.change(1)).toBe("0%");
    expect(format.signed(11.14)).toBe("+11.1");
    expect(format.seconds(Infinity)).toBe("∞");
  });

  test("fall back to en-US for a tag Intl does not know", () => {
    expect(formatterFor("xx-invalid-").locale).toBe("en-US");
  });
});

describe("string tables", () => {
  test("a tag picks its table: full tag first, then the language; a language the pane does not speak gets English", () => {
    expect(stringsFor("et-EE")).toBe(stringsFor("et"));
    expect(stringsFor("et-EE")).not.toBe(en);
    expect(stringsFor("pt-BR")).not.toBe(stringsFor("pt-PT"));
    expect(stringsFor("pt")).toBe(stringsFor("pt-BR"));
    expect(stringsFor("pt-AO")).toBe(stringsFor("pt-PT"));
    expect(stringsFor("de-DE")).toBe(en);
    expect(stringsFor("en-GB")).toBe(en);
    expect(stringsFor(undefined)).toBe(en);
  });
});

describe("an ambiguous number is asked about with both readings, which no reader can misread", () => {
  test.each([
    ["en-GB", "“1.000” could be 1\u202F000 or 1. Which did you mean?"],
    ["et-EE", "“1.000” could be 1\u202F000 or 1. Which did you mean?"],
  ])("in %s", (locale, message) => {
    const problem: InputProblem = { field: "paidHoursPerFteWeek", code: "ambiguousNumber", value: "1.000", grouped: 1000, decimal: 1 };
    expect(describeInputProblem(en, formatterFor(locale), problem)).toBe(message);
  });

  test("decimals use the person's separator", () => {
    expect(formatterFor("pt-BR").unambiguous(1.5)).toBe("1,5");
    expect(formatterFor("en-US").unambiguous(12500)).toBe("12\u202F500");
    expect(formatterFor("en-US").unambiguous(-1.25)).toBe("-1.25");
  });
});

test("days show in the locale's date order", () => {
  const monday = 45719; // 2025-03-03
  expect(formatterFor("en-GB").day(monday)).toBe("03/03/2025");
  expect(formatterFor("en-US").day(monday)).toBe("03/03/2025");
  expect(formatterFor("en-US").day(monday + 9)).toBe("03/12/2025");
  expect(formatterFor("et-EE").day(monday + 9)).toBe("12.03.2025");
  expect(formatterFor("pt-BR").day(monday + 9)).toBe("12/03/2025");
  // A capacity plan's months, in the same order as the days.
  expect(formatterFor("et-EE").month(monday + 31)).toBe("04.2025");
  expect(formatterFor("pt-PT").month(monday)).toBe("03/2025");
  expect(formatterFor("en-US").month(monday)).toBe("03/2025");
  expect(formatterFor("pt-PT").day(monday + 9)).toBe("12/03/2025");
});

describe("forecast problems name the cell and say what to do", () => {
  const cases: [ForecastProblem, RegExp][] = [
    [{ code: "textInNumberColumn", cell: "Forecast!B7", column: "calls", value: "abc" }, /^Forecast!B7: “abc” is text; type the calls/],
    [{ code: "errorInCell", cell: "Forecast!C3", column: "aht", value: "#DIV/0!" }, /^Forecast!C3: the cell shows #DIV\/0!/],
    [{ code: "negativeCalls", cell: "Forecast!B4", value: -4 }, /^Forecast!B4: calls cannot be negative \(-4\)/],
    [{ code: "missingCalls", cell: "Forecast!B5" }, /type 0 for an interval without calls/],
    [{ code: "ahtOutOfRange", cell: "Forecast!C4", value: 0, min: 1, max: 86_400 }, /^Forecast!C4: AHT must be from 1 to 86,400 seconds \(0\)/],
    [{ code: "missingAht", cell: "Forecast!C9" }, /default AHT/],
    [{ code: "missingInterval", cell: "Forecast!A9" }, /start time/],
    [{ code: "columnNotFound", column: "calls" }, /No calls column was recognised; choose it under Columns/],
    [{ code: "sameColumnTwice", column: "calls", other: "aht" }, /calls and AHT columns are the same/],
    [{ code: "ahtIsTime", cell: "Forecast!C3", value: "0:04:00", seconds: 240 }, /^Forecast!C3: 0:04:00 is a time, but AHT is read in seconds; type 240/],
    [{ code: "defaultAhtInvalid", value: "NaN", min: 1, max: 86_400 }, /default AHT \(NaN\) must be a number of seconds from 1 to 86,400/],
    [{ code: "missingDate", cell: "Forecast!A7" }, /^Forecast!A7: the date is missing/],
    [{ code: "notADate", cell: "Forecast!A7", value: "3 March" }, /^Forecast!A7: “3 March” is not a date/],
    [{ code: "repeatedInterval", cell: "Forecast!A50", first: "Forecast!A2", dated: true }, /^Forecast!A50: .* same moment as Forecast!A2/],
    [{ code: "repeatedInterval", cell: "Forecast!A50", first: "Forecast!A2", dated: false }, /needs a date for each row/],
    [
      { code: "intervalStep", cell: "Forecast!A3", stepMinutes: 15, chosenMinutes: 30 },
      /^Forecast!A3: this interval starts 15 minutes after the one before, but the interval length under Targets is 30 minutes/,
    ],
    [{ code: "longerThanADay", cell: "Forecast!A50", rows: 49, chosenMinutes: 30 }, /49 intervals of 30 minutes are more than one day/],
    [{ code: "noDataRows" }, /no data rows/],
    [{ code: "tooManyRows", rows: 4000, limit: 3000 }, /4,000 rows; at most 3,000/],
  ];
  test.each(cases)("%o", (problem, expected) => {
    expect(describeForecastProblem(en, format, problem)).toMatch(expected);
  });
});

describe("roster problems", () => {
  const cases: [RosterProblem, RegExp][] = [
    [{ code: "rosterNotOneColumn", address: "Roster!A2:B49" }, /^Roster!A2:B49 is more than one column/],
    [{ code: "rosterLengthMismatch", rosterRows: 47, forecastRows: 48 }, /47 cells but the forecast has 48 intervals/],
    [{ code: "textInRosterCell", cell: "Roster!A7", value: "x" }, /^Roster!A7: “x” is text/],
    [{ code: "negativeRosterCell", cell: "Roster!A8", value: -1 }, /cannot be negative/],
    [{ code: "missingRosterCell", cell: "Roster!A9" }, /type 0 where nobody is scheduled/],
  ];
  test.each(cases)("%o", (problem, expected) => {
    expect(describeRosterProblem(en, format, problem)).toMatch(expected);
  });
});

describe("target fields", () => {
  test("say the bounds in the field's unit, open or closed", () => {
    const shrinkage: InputProblem = { field: "shrinkage", code: "outOfRange", value: 130, min: 0, max: 100, maxOpen: true };
    expect(describeInputProblem(en, format, shrinkage)).toBe("Must be at least 0% and less than 100%.");
    const asa: InputProblem = { field: "targetAsaSeconds", code: "outOfRange", value: 0, min: 0, max: 3600, minOpen: true };
    expect(describeInputProblem(en, format, asa)).toBe("Must be more than 0 s and at most 3,600 s.");
  });

  test("say a limit of one day or one week in the singular, in every language", () => {
    const weeks = (min: number, max: number) => ({ field: "leadWeeks", code: "outOfRange" as const, value: -1, min, max });
    const days = { field: "operatingDaysPerWeek", code: "outOfRange" as const, value: 9, min: 1, max: 7 };
    const cases = [
      ["en", "en-GB", "Must be at least 1 week and at most 52 weeks.", "Must be at least 1 day and at most 7 days."],
      ["et", "et-EE", "Peab olema vähemalt 1 nädal ja kõige rohkem 52 nädalat.", "Peab olema vähemalt 1 päev ja kõige rohkem 7 päeva."],
      ["pt-BR", "pt-BR", "Deve ser no mínimo 1 semana e no máximo 52 semanas.", "Deve ser no mínimo 1 dia e no máximo 7 dias."],
      ["pt-PT", "pt-PT", "Deve ser no mínimo 1 semana e no máximo 52 semanas.", "Deve ser no mínimo 1 dia e no máximo 7 dias."],
    ] as const;
    for (const [language, locale, weekText, dayText] of cases) {
      const strings = stringsFor(language);
      const formatter = formatterFor(locale);
      expect(describeFieldProblem(strings, formatter, weeks(1, 52), "weeks")).toBe(weekText);
      expect(describeInputProblem(strings, formatter, days as InputProblem)).toBe(dayText);
    }
  });

  test("keep the first problem of each field", () => {
    const byField = problemsByField(en, format, [
      { field: "shrinkage", code: "required" },
      { field: "shrinkage", code: "notANumber", value: "x" },
      { field: "targetSeconds", code: "notANumber", value: "twenty" },
    ]);
    expect(byField).toEqual({
      shrinkage: "Enter a value.",
      targetSeconds: "“twenty” is not a number. Use digits, with a comma or a point for decimals.",
    });
  });
});

describe("workbook errors", () => {
  const errors: WorkbookError[] = [
    { code: "forecastProblems", problems: [{ code: "noDataRows" }] },
    { code: "rosterProblems", problems: [{ code: "missingRosterCell", cell: "Roster!A9" }] },
    { code: "invalidTargets", problems: [{ field: "shrinkage", code: "required" }] },
    { code: "intervalNotComputable", intervalLabel: "10:30", cell: "Forecast!B23", argument: "calls", reason: "unreachable" },
    { code: "intervalNotComputable", intervalLabel: "10:30", cell: "Forecast!B23", argument: "calls", reason: "range" },
    {
      code: "intervalNotComputable",
      intervalLabel: "10:30",
      cell: "Forecast!B23",
      argument: "calls",
      reason: "range",
      problem: { code: "trafficTooHigh", argument: "calls", value: 1_234_567.8, limit: 1_000_000 },
    },
    {
      code: "intervalNotComputable",
      intervalLabel: "10:30",
      cell: "Forecast!B23",
      argument: "patience",
      reason: "range",
      problem: { code: "queueTooLong", argument: "patience", value: 2.5e9, limit: 1e9 },
    },
    {
      code: "intervalNotComputable",
      intervalLabel: "10:30",
      cell: "Forecast!B23",
      argument: "abandon_rule",
      reason: "unreachable",
      problem: { code: "metByAbandons", argument: "abandon_rule", value: 0.98, target: 0.8 },
    },
    { code: "sheetExists", sheetName: "Plan - Base" },
    { code: "notGenerated", sheetName: "Plan - Base" },
    { code: "sheetNotFound", sheetName: "Plan - Base" },
    { code: "tableNotFound", tableName: "Forecast" },
    { code: "scenarioNotFound", scenarioId: "s1" },
    { code: "scenarioNameTaken", name: "Base" },
    { code: "scenarioNameEmpty" },
    { code: "tooFewScenarios", count: 1 },
    { code: "selectionNotUsable", address: "Sheet1!A1" },
    { code: "invalidAddress", address: "Nowhere!Z0" },
    { code: "storedScenariosUnreadable" },
    { code: "excelFailed", operation: "buildPlan", detail: "The chart could not be added", rolledBack: true },
    { code: "excelFailed", operation: "somethingNew", detail: "Busy", rolledBack: false },
    { code: "clientCopyNotSupported", requirement: "ExcelApi 1.8" },
    { code: "clientCopyUnsafe", problems: [{ code: "formula", sheetName: "Report", part: "cell", address: "B5", text: "=SUM(B6:B9)" }] },
    { code: "clientCopyInvalid", detail: "Two tables are called Daily." },
  ];

  test.each(errors.map((error) => [error.code, error]))("%s has a sentence", (_code, error) => {
    const text = describeWorkbookError(en, format, error);
    expect(text.length).toBeGreaterThan(15);
    expect(text).not.toMatch(/undefined|\[object/);
  });

  test("a refused step says which step, Excel's words, and that the workbook was put back", () => {
    expect(
      describeWorkbookError(en, format, {
        code: "excelFailed",
        operation: "buildPlan",
        detail: "The chart could not be added",
        rolledBack: true,
      }),
    ).toBe(
      "Excel refused a step while writing the plan: The chart could not be added. The half-written sheet was removed; the workbook is as it was.",
    );
  });

  test("forecast problems found at build time (an interval length) are said, with their cell", () => {
    const text = describeWorkbookError(en, format, {
      code: "forecastProblems",
      problems: [{ code: "intervalStep", cell: "Forecast!A3", stepMinutes: 15, chosenMinutes: 30 }],
    });
    expect(text).toMatch(/^The forecast has 1 problem; nothing was written\. Forecast!A3: this interval starts 15 minutes/);
  });

  test("a client copy that is not values only names each place and what is wrong there", () => {
    const text = describeWorkbookError(en, format, {
      code: "clientCopyUnsafe",
      problems: [
        { code: "wfmReference", sheetName: "Service report", part: "cell", address: "B5", text: "=WFM.SL_PERIOD(C2:C9,D2:D9)" },
        { code: "formula", sheetName: "Plan", part: "cell", address: "E32", text: "=B32*2" },
        { code: "notFinite", sheetName: "Plan", part: "cell", address: "G40", text: "Infinity" },
        { code: "formulaText", sheetName: null, part: "highlight", address: "A5:C9", text: "+A1" },
      ],
    });
    expect(text).toBe(
      "The client copy was not made: 4 places are not values only. Nothing was created. " +
        "'Service report'!B5 refers to the add-in's functions (=WFM.SL_PERIOD(C2:C9,D2:D9)); without the add-in it would show #NAME?. " +
        "Plan!E32 still holds the formula =B32*2; a client copy holds values only. " +
        "Plan!G40 holds a number that is not finite.",
    );
    expect(describeWorkbookError(en, format, { code: "clientCopyNotSupported", requirement: "ExcelApi 1.8" })).toMatch(
      /cannot open a new workbook from the add-in \(that needs ExcelApi 1\.8/,
    );
  });

  test("an interval the engine refuses is worded by the engine's reason, with its numbers", () => {
    const at = { code: "intervalNotComputable", intervalLabel: "10:30", cell: "Forecast!B23" } as const;
    expect(
      describeWorkbookError(en, format, {
        ...at,
        argument: "abandon_rule",
        reason: "unreachable",
        problem: { code: "metByAbandons", argument: "abandon_rule", value: 0.98, target: 0.8 },
      }),
    ).toMatch(/^At 10:30 \(Forecast!B23\) callers hanging up within the target time \(98% of those who wait\) already make the 80% target/);
    expect(
      describeWorkbookError(en, format, {
        ...at,
        argument: "calls",
        reason: "range",
        problem: { code: "trafficTooHigh", argument: "calls", value: 1_234_567.8, limit: 1_000_000 },
      }),
    ).toMatch(/make 1,234,568 Erlangs, more than the 1,000,000/);
  });

  test("singular and plural counts read correctly", () => {
    expect(describeWorkbookError(en, format, { code: "forecastProblems", problems: [{ code: "noDataRows" }] })).toMatch(
      /has 1 problem;/,
    );
  });
});
