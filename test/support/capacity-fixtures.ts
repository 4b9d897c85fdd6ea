/**
 * A capacity plan to lay out, for the capacity sheet tests: the sample day staffed at the default
 * targets, its volume growing 1% a week for 26 weeks, a team of 38 leaving at 5% a month (a
 * share), classes of 3 to 8 after 2 weeks' lead, costed.
 */
import { computeCapacity } from "../../src/planner/capacity";
import type { CapacityLayoutInput } from "../../src/planner/capacity-layout";
import { newCapacityScenario } from "../../src/planner/capacity-scenarios";
import type { CapacitySettings, RequiredFteOrigin } from "../../src/planner/capacity-types";
import { parseForecast } from "../../src/planner/forecast";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import { growingVolumes, staffingPattern } from "../../src/planner/weekly-fte";
import { MONDAY_2025_03_03 } from "./planner-fixtures";

export const SETTINGS: CapacitySettings = {
  headcount: 38,
  attrition: { rate: 0.05, period: "month", figure: "share" },
  trainWeeks: 3,
  nestingWeeks: 2,
  nestingProductivity: 0.6,
  graduationRate: 0.9,
  ftePerHead: 0.95,
  leadWeeks: 2,
  minClass: 3,
  maxClass: 8,
  costPerHire: 2500,
  costPerFteWeek: 850,
};

/** The sample day staffed at the default targets, its volume growing 1% a week for 26 weeks. */
export function fromSample(): CapacityLayoutInput {
  const grid = { sheetName: "Sample forecast", tableName: null, topRow: 1, leftColumn: 1, values: [["Interval", "Calls", "AHT (s)"], ...sampleDay().map((d) => [d.start, d.calls, d.ahtSeconds])] };
  const reading = parseForecast(grid, {});
  const targets = defaultTargets();
  const pattern = staffingPattern(reading.rows, targets, { volumeFactor: 1, ahtFactor: 1 });
  const first = pattern.weeklyCalls;
  const weeklyCalls = growingVolumes(first, 0.01, 26);
  const requiredFte = pattern.requiredFte(weeklyCalls);
  const scenario = newCapacityScenario(
    "Growth 1%",
    { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 37.5, volumes: { kind: "growth", weeklyGrowth: 0.01, weeks: 26 } },
    MONDAY_2025_03_03,
    SETTINGS,
  );
  const origin: RequiredFteOrigin = {
    kind: "scenario",
    scenarioName: "Base",
    forecast: "'Sample forecast'!A2:C49",
    column: null,
    patternWeeklyCalls: first,
    weeklyCalls,
    weeklyGrowth: 0.01,
    paidHoursPerFteWeek: 37.5,
  };
  return { scenario, result: computeCapacity(requiredFte, SETTINGS, scenario.firstWeek), origin, builtAt: new Date("2025-02-20T09:30:00Z") };
}
