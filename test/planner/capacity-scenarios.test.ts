/**
 * Capacity scenarios: duplicated with changes ("attrition +5 points, training 6 weeks"), stored
 * in the workbook and read back as strictly as the form reads them, and compared side by side.
 */
import { computeCapacity } from "../../src/planner/capacity";
import {
  applyCapacityChanges,
  compareCapacity,
  fromStoredCapacity,
  newCapacityScenario,
  readStoredCapacityScenario,
  toStoredCapacity,
} from "../../src/planner/capacity-scenarios";
import type { CapacityScenario, CapacitySettings } from "../../src/planner/capacity-types";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

const SETTINGS: CapacitySettings = {
  headcount: 100,
  attrition: { rate: 0.6, period: "year", figure: "turnover" },
  trainWeeks: 4,
  nestingWeeks: 4,
  nestingProductivity: 0.5,
  graduationRate: 0.9,
  ftePerHead: 1,
  leadWeeks: 2,
  minClass: 5,
  maxClass: 20,
  costPerHire: 2500,
  costPerFteWeek: null,
};

const base = (): CapacityScenario =>
  newCapacityScenario(
    " Base ",
    { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 37.5, volumes: { kind: "growth", weeklyGrowth: 0.005, weeks: 26 } },
    MONDAY_2025_03_03,
    SETTINGS,
    new Date("2025-01-01T00:00:00Z"),
  );

describe("capacity scenarios", () => {
  test("a new scenario is trimmed, stamped and holds copies of what it was given", () => {
    const scenario = base();
    expect(scenario).toMatchObject({ name: "Base", firstWeek: MONDAY_2025_03_03, createdAt: "2025-01-01T00:00:00.000Z" });
    expect(scenario.settings).toEqual(SETTINGS);
    expect(scenario.settings.attrition).not.toBe(SETTINGS.attrition);
  });

  test("duplicate with changes: attrition 5 points higher and 6 weeks of training; the rest as the source", () => {
    const source = base();
    const copy = applyCapacityChanges(source, { name: "Attrition +5, training 6", attritionChange: 0.05, trainWeeks: 6, weeklyGrowth: 0.01 });
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe("Attrition +5, training 6");
    expect(copy.settings).toEqual({ ...SETTINGS, attrition: { ...SETTINGS.attrition, rate: 0.65 }, trainWeeks: 6 });
    expect(copy.source).toEqual({ ...source.source, volumes: { kind: "growth", weeklyGrowth: 0.01, weeks: 26 } });
    // The source is untouched.
    expect(source.settings.trainWeeks).toBe(4);
    expect(source.source).toMatchObject({ volumes: { weeklyGrowth: 0.005 } });
  });

  test("stored and read back, field by field", () => {
    const scenarios = [base(), applyCapacityChanges(base(), { name: "Lead 6", leadWeeks: 6 })];
    const stored = JSON.parse(JSON.stringify(toStoredCapacity(scenarios)));
    expect(fromStoredCapacity(stored)).toEqual(scenarios);
    expect(fromStoredCapacity(JSON.stringify(stored))).toEqual(scenarios);
    expect(fromStoredCapacity(undefined)).toEqual([]);
    // Unknown fields are dropped.
    expect(readStoredCapacityScenario({ ...scenarios[0], script: "=WEBSERVICE(1)" })).toEqual(scenarios[0]);
  });

  test.each([
    ["weekly attrition of everyone", (s: CapacityScenario) => ({ ...s, settings: { ...s.settings, attrition: { ...s.settings.attrition, rate: 52 } } })],
    ["a class limit below 1", (s: CapacityScenario) => ({ ...s, settings: { ...s.settings, minClass: 0 } })],
    ["a column address that is a formula", (s: CapacityScenario) => ({ ...s, source: { kind: "column", address: "=HYPERLINK(\"x\")" } })],
    ["a column address without a sheet", (s: CapacityScenario) => ({ ...s, source: { kind: "column", address: "B2:B20" } })],
    ["an unknown source", (s: CapacityScenario) => ({ ...s, source: { kind: "guess" } })],
    ["a planner scenario id that is not an id", (s: CapacityScenario) => ({ ...s, source: { ...s.source, scenarioId: "<script>" } })],
    ["growth over more weeks than a plan holds", (s: CapacityScenario) => ({ ...s, source: { ...s.source, volumes: { kind: "growth", weeklyGrowth: 0, weeks: 600 } } })],
    ["a first week that is no date", (s: CapacityScenario) => ({ ...s, firstWeek: "2025-03-03" })],
    ["no settings", (s: CapacityScenario) => ({ ...s, settings: null })],
    ["an empty name", (s: CapacityScenario) => ({ ...s, name: " " })],
  ])("a stored scenario with %s is refused, and so is the whole list", (_name, tamper) => {
    const tampered = tamper(base()) as unknown;
    expect(readStoredCapacityScenario(tampered)).toBeNull();
    expect(fromStoredCapacity({ version: 1, scenarios: [base(), tampered] })).toBeNull();
  });

  test("something this add-in did not write is unreadable", () => {
    expect(fromStoredCapacity("not json")).toBeNull();
    expect(fromStoredCapacity({ scenarios: "x" })).toBeNull();
  });
});

describe("capacity scenarios side by side", () => {
  test("totals, differences from the first, and the weeks of the longest horizon", () => {
    const first = base();
    const second = applyCapacityChanges(first, { name: "Training 6", trainWeeks: 6 });
    const required = Array.from({ length: 20 }, () => 110);
    const items = [first, second].map((scenario) => ({
      scenario,
      result: computeCapacity(scenario === first ? required : required.slice(0, 16), scenario.settings, scenario.firstWeek),
    }));
    const comparison = compareCapacity(items);
    const [a, b] = items.map((item) => item.result.summary);
    expect(comparison.scenarios).toEqual([
      { id: first.id, name: "Base" },
      { id: second.id, name: "Training 6" },
    ]);
    expect(comparison.totals[1]).toEqual({
      scenarioId: second.id,
      scenarioName: "Training 6",
      totalHires: b.totalHires,
      uncoveredWeeks: b.uncoveredWeeks.length,
      fteWeeksShort: b.fteWeeksShort,
      peakGap: b.peakGap,
      totalCost: b.totalCost,
    });
    // Two more weeks of training: hiring reaches two weeks later, so more weeks are short.
    expect(b.uncoveredWeeks.length).toBe(a.uncoveredWeeks.length + 2);
    expect(comparison.differences[1]).toEqual({
      totalHires: b.totalHires - a.totalHires,
      uncoveredWeeks: 2,
      fteWeeksShort: b.fteWeeksShort - a.fteWeeksShort,
      peakGap: b.peakGap - a.peakGap,
      totalCost: (b.totalCost as number) - (a.totalCost as number),
    });
    expect(comparison.differences[0]).toEqual({ totalHires: 0, uncoveredWeeks: 0, fteWeeksShort: 0, peakGap: 0, totalCost: 0 });
    expect(comparison.weeks).toHaveLength(20);
    expect(comparison.weeks[19]).toEqual({ week: 20, hires: [items[0].result.weeks[19].hires, null], gap: [items[0].result.weeks[19].gap, null] });
  });
});
