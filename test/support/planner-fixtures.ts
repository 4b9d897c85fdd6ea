/** Fixtures the planner tests share. */
import type { CapacitySettings } from "../../src/planner/capacity-types";
import type { Language } from "../../src/planner/language";
import { sampleActuals, sampleActualsSheet, sampleTeamSheet, sampleTeamWeeks } from "../../src/planner/sample-actuals";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference, ForecastRow, PlanTargets, Scenario } from "../../src/planner/types";

/** A forecast row of a single day's pattern (no date) on the "Forecast" sheet, interval in A and calls in B. */
export function undatedRow(index: number, fields: Pick<ForecastRow, "interval" | "intervalLabel" | "callsOffered" | "averageHandleSeconds">): ForecastRow {
  return {
    ...fields,
    day: null,
    secondOfDay: typeof fields.interval === "number" ? Math.round((fields.interval % 1) * 86_400) : null,
    callsCell: `Forecast!B${index + 2}`,
    intervalCell: `Forecast!A${index + 2}`,
    ahtCell: `Forecast!C${index + 2}`,
  };
}

/** Three intervals on a "Forecast" sheet: interval, calls and AHT in A:C from row 2. */
export const threeRowForecast: ForecastReference = {
  sheetName: "Forecast",
  tableName: null,
  firstRow: 2,
  rowCount: 3,
  dateColumn: null,
  intervalColumn: "A",
  callsColumn: "B",
  ahtColumn: "C",
  defaultAhtSeconds: null,
};

/** 2025-03-03, a Monday, as an Excel date serial. */
export const MONDAY_2025_03_03 = 45719;

/**
 * The week, day after day: 48 half-hours, of which the 18 from 08:00 to 16:30 get 100
 * calls of 180 s (10 Erlangs: 15 agents meet 90% in 20 s), the rest none. With 40% shrinkage
 * that is 25 staff per busy half-hour: 225 scheduled agent-hours a day, 1,575 a week, so 42 FTE
 * at 37.5 paid hours (the single-day rule, × 5 days, gave 210).
 */
export function busyHalfHours(index: number): number {
  return index >= 16 && index < 34 ? 100 : 0;
}

/** Forecast cells with dates and times in one column: Interval | Calls | AHT, headers in row 1. */
export function datedForecastValues(days: number, firstDay = MONDAY_2025_03_03): unknown[][] {
  const values: unknown[][] = [["Interval", "Calls", "AHT"]];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < 48; i++) values.push([firstDay + d + i / 48, busyHalfHours(i), 180]);
  }
  return values;
}

/** The same with a date column and a time column: Date | Time | Calls | AHT. */
export function dateAndTimeForecastValues(days: number, firstDay = MONDAY_2025_03_03, perDay = 48): unknown[][] {
  const values: unknown[][] = [["Date", "Time", "Calls", "AHT"]];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < perDay; i++) values.push([firstDay + d, i / perDay, busyHalfHours(Math.floor((i * 48) / perDay)), 180]);
  }
  return values;
}

/** A laid-out sample's header and data blocks as the cells Excel would hand back. */
function cellsOf(blocks: { cells: unknown[][] }[]): unknown[][] {
  const [header, data] = blocks;
  return [...header.cells, ...data.cells].map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell)),
  );
}

/** The sample month of actuals as the cells "Create sample actuals" writes, headers in row 1 (in `language`). */
export function sampleActualsExport(language?: Language): unknown[][] {
  return cellsOf(sampleActualsSheet(sampleActuals(), "T", language).spec.blocks);
}

/** The sample team weeks as the cells "Create sample actuals" writes, headers in row 1 (in `language`). */
export function sampleTeamExport(language?: Language): unknown[][] {
  return cellsOf(sampleTeamSheet(sampleTeamWeeks(), "T", language).spec.blocks);
}

/** A saved scenario "Base" (id "s1") planning `forecast` under `targets`, unadjusted. */
export function baseScenario(forecast: ForecastReference, targets: PlanTargets = defaultTargets()): Scenario {
  return { id: "s1", name: "Base", forecast, targets, adjustments: { volumeFactor: 1, ahtFactor: 1 }, createdAt: "", updatedAt: "" };
}

/**
 * A capacity plan's settings for tests that need one but not particular numbers: a team of 30 at
 * 60% turnover a year, 3 weeks of training and 2 of nesting at 50%, 90% graduating, classes of 2
 * to 10 after a week's lead, costed (2,000 a hire, 700 an FTE-week) so that a client's copy has
 * costs to leave out. `changes` replaces what a test needs otherwise.
 */
export function capacitySettings(changes: Partial<CapacitySettings> = {}): CapacitySettings {
  return {
    headcount: 30,
    attrition: { rate: 0.6, period: "year", figure: "turnover" },
    trainWeeks: 3,
    nestingWeeks: 2,
    nestingProductivity: 0.5,
    graduationRate: 0.9,
    ftePerHead: 1,
    leadWeeks: 1,
    minClass: 2,
    maxClass: 10,
    costPerHire: 2000,
    costPerFteWeek: 700,
    ...changes,
  };
}
