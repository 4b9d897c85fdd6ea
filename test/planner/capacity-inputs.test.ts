/**
 * The capacity form: numbers with a decimal comma or point, percents as the targets form reads
 * them, limits from the engine, and every refusal beside its own field: a negative headcount,
 * attrition that comes to 100% a week or more, a class limit below 1, a smallest class above the
 * largest. A scenario read back from the workbook is held to the same limits. Thousands are read
 * as the workbook's culture groups them (numbers.ts, shared with the targets form): "1.000" is
 * asked about where it could be one thousand or one, never read as 1.
 */
import { CAPACITY_DEFAULTS, HIRING_DEFAULTS, MAX_WEEKS } from "../../src/engine";
import {
  capacitySettingsProblems,
  capacityToInputs,
  defaultCapacityInputs,
  nextMonday,
  parseCapacityInputs,
  sourceProblems,
  typedWeeklyAttrition,
  type CapacityInputs,
} from "../../src/planner/capacity-inputs";
import { dateLabel } from "../../src/planner/dates";
import { cultureOfLocale } from "../../src/planner/numbers";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

/** A filled form: a team of 120, 60% annual turnover, the engine's defaults otherwise. */
function form(changes: Partial<CapacityInputs> = {}): CapacityInputs {
  return {
    ...defaultCapacityInputs(MONDAY_2025_03_03),
    scenarioId: "s1",
    paidHoursPerFteWeek: "37,5",
    headcount: "120",
    attritionRate: "60",
    ...changes,
  };
}

const fieldsOf = (inputs: CapacityInputs) => parseCapacityInputs(inputs).problems.map((p) => [p.field, p.code]);

describe("reading the capacity form", () => {
  test("a new form holds the engine's defaults, and week 1 starts on a Monday", () => {
    const inputs = defaultCapacityInputs(MONDAY_2025_03_03);
    expect(inputs).toMatchObject({
      firstWeek: "2025-03-03",
      trainWeeks: String(CAPACITY_DEFAULTS.trainWeeks),
      nestingWeeks: String(CAPACITY_DEFAULTS.nestingWeeks),
      nestingProductivity: "50",
      graduationRate: "100",
      ftePerHead: "1",
      leadWeeks: String(HIRING_DEFAULTS.leadWeeks),
      minClass: String(HIRING_DEFAULTS.minClass),
      maxClass: "",
      headcount: "",
      attritionRate: "",
    });
    // Wednesday 2025-03-05 → Monday 2025-03-10; a Monday → the one after.
    expect(nextMonday(new Date(2025, 2, 5))).toBe(MONDAY_2025_03_03 + 7);
    expect(nextMonday(new Date(2025, 2, 3))).toBe(MONDAY_2025_03_03 + 7);
    expect(nextMonday(new Date(2025, 2, 9))).toBe(MONDAY_2025_03_03 + 7);
    // Across year ends and a leap day.
    expect(dateLabel(nextMonday(new Date(2025, 11, 31)))).toBe("2026-01-05");
    expect(dateLabel(nextMonday(new Date(2024, 11, 30)))).toBe("2025-01-06");
    expect(dateLabel(nextMonday(new Date(2023, 11, 31)))).toBe("2024-01-01");
    expect(dateLabel(nextMonday(new Date(2024, 0, 1)))).toBe("2024-01-08");
    expect(dateLabel(nextMonday(new Date(2020, 11, 31)))).toBe("2021-01-04");
    expect(dateLabel(nextMonday(new Date(2024, 1, 29)))).toBe("2024-03-04");
  });

  test("a filled form becomes settings and a source; decimal commas, percents and fractions read alike", () => {
    const parsed = parseCapacityInputs(form({ nestingProductivity: "0,6", graduationRate: "85%", ftePerHead: "0,9", weeklyGrowth: "0,5", weeks: "26", maxClass: "20", costPerHire: "2 500" }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.firstWeek).toBe(MONDAY_2025_03_03);
    expect(parsed.source).toEqual({
      kind: "scenario",
      scenarioId: "s1",
      paidHoursPerFteWeek: 37.5,
      volumes: { kind: "growth", weeklyGrowth: 0.005, weeks: 26 },
    });
    expect(parsed.settings).toEqual({
      headcount: 120,
      attrition: { rate: 0.6, period: "year", figure: "turnover" },
      trainWeeks: 4,
      nestingWeeks: 4,
      nestingProductivity: 0.6,
      graduationRate: 0.85,
      ftePerHead: 0.9,
      leadWeeks: 0,
      minClass: 1,
      maxClass: 20,
      costPerHire: 2500,
      costPerFteWeek: null,
    });
  });

  test("a column source needs its address, with its sheet; growth fields are not read then", () => {
    expect(fieldsOf(form({ source: "column", address: " ", weeklyGrowth: "lots" }))).toEqual([["address", "required"]]);
    expect(fieldsOf(form({ source: "column", address: "D2:D53" }))).toEqual([["address", "addressWithoutSheet"]]);
    expect(fieldsOf(form({ volumes: "column", address: "the FTE" }))).toEqual([["address", "notAnAddress"]]);
    expect(parseCapacityInputs(form({ source: "column", address: "Staffing!D2:D53" })).source).toEqual({
      kind: "column",
      address: "Staffing!D2:D53",
    });
    expect(parseCapacityInputs(form({ volumes: "column", address: "Volumes!B2:B27" })).source).toEqual({
      kind: "scenario",
      scenarioId: "s1",
      paidHoursPerFteWeek: 37.5,
      volumes: { kind: "column", address: "Volumes!B2:B27" },
    });
  });

  test("a negative headcount, a class limit below 1 and a fractional week count are refused beside their fields", () => {
    const parsed = parseCapacityInputs(form({ headcount: "-5", minClass: "0", maxClass: "0,5", trainWeeks: "4,5" }));
    expect(parsed.settings).toBeNull();
    expect(parsed.problems).toEqual([
      { field: "headcount", code: "outOfRange", value: -5, min: 0, max: Infinity },
      { field: "trainWeeks", code: "notWhole", value: 4.5 },
      { field: "minClass", code: "outOfRange", value: 0, min: 1, max: Infinity },
      { field: "maxClass", code: "outOfRange", value: 0.5, min: 1, max: Infinity },
    ]);
  });

  test("attrition that comes to 100% a week or more is refused, with the weekly rate it came to", () => {
    // 500% a month as a turnover ratio: 5 × 12/52 = 115% of the team a week.
    const parsed = parseCapacityInputs(form({ attritionRate: "500", attritionPeriod: "month" }));
    expect(parsed.problems).toEqual([{ field: "attritionRate", code: "weeklyAttritionTooHigh", weekly: expect.closeTo(5 * 12 / 52, 12) }]);
    // A share of the team who leave stays below 100%.
    expect(fieldsOf(form({ attritionRate: "100", attritionFigure: "share" }))).toEqual([["attritionRate", "outOfRange"]]);
    // A turnover ratio above 100% a year is ordinary in outsourcing.
    expect(parseCapacityInputs(form({ attritionRate: "130" })).settings?.attrition.rate).toBeCloseTo(1.3, 15);
    expect(typedWeeklyAttrition({ attritionRate: "104", attritionPeriod: "year", attritionFigure: "turnover" })).toBeCloseTo(0.02, 15);
    expect(typedWeeklyAttrition({ attritionRate: "lots", attritionPeriod: "year", attritionFigure: "turnover" })).toBeNull();
  });

  test("the smallest class above the largest, a date that is no date and blank required fields", () => {
    expect(fieldsOf(form({ minClass: "12", maxClass: "8" }))).toEqual([["minClass", "minAboveMax"]]);
    expect(fieldsOf(form({ firstWeek: "2025-02-30" }))).toEqual([["firstWeek", "notADate"]]);
    expect(fieldsOf(form({ headcount: "", attritionRate: " ", firstWeek: "", paidHoursPerFteWeek: "" }))).toEqual([
      ["paidHoursPerFteWeek", "required"],
      ["firstWeek", "required"],
      ["headcount", "required"],
      ["attritionRate", "required"],
    ]);
    expect(fieldsOf(form({ weeks: "521", weeklyGrowth: "-100" }))).toEqual([
      ["weeklyGrowth", "outOfRange"],
      ["weeks", "outOfRange"],
    ]);
  });

  test("a stored scenario's settings fill the form, which reads them back unchanged", () => {
    const parsed = parseCapacityInputs(form({ maxClass: "15", costPerFteWeek: "812,5", attritionFigure: "share", attritionRate: "4", attritionPeriod: "month" }));
    const settings = parsed.settings;
    if (settings === null || parsed.source === null || parsed.firstWeek === null) throw new Error("the form was refused");
    const again = parseCapacityInputs(capacityToInputs(parsed.source, parsed.firstWeek, settings, ","));
    expect(again).toEqual(parsed);
  });
});

describe("numbers in the workbook's culture", () => {
  const estonia = cultureOfLocale("et-EE");
  const brazil = cultureOfLocale("pt-BR");

  test("1.000 in an Estonian workbook is asked about, with both readings; nothing is planned until it is answered", () => {
    const parsed = parseCapacityInputs(form({ headcount: "1.000", costPerHire: "2.500" }), estonia);
    expect(parsed.settings).toBeNull();
    expect(parsed.problems).toEqual([
      { field: "headcount", code: "ambiguousNumber", value: "1.000", grouped: 1000, decimal: 1 },
      { field: "costPerHire", code: "ambiguousNumber", value: "2.500", grouped: 2500, decimal: 2.5 },
    ]);
  });

  test("the same text is a thousand where the culture groups with a point, and a space groups everywhere", () => {
    expect(parseCapacityInputs(form({ headcount: "1.000" }), brazil).settings?.headcount).toBe(1000);
    expect(parseCapacityInputs(form({ headcount: "1 000", costPerHire: "2 500,50" }), estonia).settings).toMatchObject({
      headcount: 1000,
      costPerHire: 2500.5,
    });
    expect(parseCapacityInputs(form({ ftePerHead: "0,8", nestingProductivity: "62,5%" }), estonia).settings).toMatchObject({
      ftePerHead: 0.8,
      nestingProductivity: 0.625,
    });
  });

  test("the weekly rate beside the attrition field is shown only for a figure that reads one way", () => {
    expect(typedWeeklyAttrition({ attritionRate: "1.040", attritionPeriod: "year", attritionFigure: "turnover" }, estonia)).toBeNull();
    expect(typedWeeklyAttrition({ attritionRate: "104", attritionPeriod: "year", attritionFigure: "turnover" }, estonia)).toBeCloseTo(0.02, 12);
  });

  test("a stored figure fills the form in a shape no culture misreads", () => {
    // 0,22125 is 22.125%, which shown as "22,125" could read as 22125 in some workbooks.
    const parsed = parseCapacityInputs(form({ nestingProductivity: "0,22125" }), estonia);
    const settings = parsed.settings as NonNullable<typeof parsed.settings>;
    const refilled = capacityToInputs({ kind: "column", address: "S!A1:A5" }, MONDAY_2025_03_03, settings, ",");
    expect(refilled.nestingProductivity).toBe("22,1250");
    expect(parseCapacityInputs({ ...refilled, scenarioId: "s1" }, brazil).settings?.nestingProductivity).toBeCloseTo(0.22125, 12);
  });
});

describe("settings read back from the workbook are held to the form's limits", () => {
  const settings = parseCapacityInputs(form()).settings;
  if (settings === null) throw new Error("the form was refused");

  test("valid settings have no problems", () => {
    expect(capacitySettingsProblems(settings)).toEqual([]);
  });

  test.each([
    ["a negative headcount", { headcount: -1 }, "headcount", "outOfRange"],
    ["text for a number", { trainWeeks: "4" as unknown as number }, "trainWeeks", "notANumber"],
    ["a fractional week count", { nestingWeeks: 2.5 }, "nestingWeeks", "notWhole"],
    ["more weeks than a plan holds", { leadWeeks: MAX_WEEKS + 1 }, "leadWeeks", "outOfRange"],
    ["a graduation rate of 0", { graduationRate: 0 }, "graduationRate", "outOfRange"],
    ["FTE per head of hours", { ftePerHead: 37.5 }, "ftePerHead", "outOfRange"],
    ["a class limit below 1", { maxClass: 0 }, "maxClass", "outOfRange"],
    ["attrition of everyone each week", { attrition: { rate: 60, period: "year", figure: "turnover" } }, "attritionRate", "weeklyAttritionTooHigh"],
    ["attrition of an unknown form", { attrition: { rate: 0.6, period: "decade", figure: "turnover" } }, "attritionRate", "notANumber"],
    ["the smallest class above the largest", { minClass: 9, maxClass: 5 }, "minClass", "minAboveMax"],
  ])("%s", (_name, change, field, code) => {
    const problems = capacitySettingsProblems({ ...settings, ...(change as object) });
    expect(problems.map((p) => [p.field, p.code])).toEqual([[field, code]]);
  });

  test("a source's paid hours, growth and weeks too", () => {
    expect(sourceProblems({ kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 0, volumes: { kind: "growth", weeklyGrowth: 2, weeks: 0 } }).map((p) => p.field)).toEqual([
      "paidHoursPerFteWeek",
      "weeklyGrowth",
      "weeks",
    ]);
  });
});
