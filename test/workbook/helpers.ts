/** Workbooks for the adapter tests: a person's own forecast sheet, scenarios, an installed fake Excel. */
import { compare } from "../../src/planner/compare";
import { parseForecast } from "../../src/planner/forecast";
import { comparisonSheet, planSheet, rosterSheet } from "../../src/planner/layout";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import type { Placement } from "../../src/planner/sheet";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference, Scenario } from "../../src/planner/types";
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeExcelSeed, type SeedSheet } from "../support/fake-excel";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

/**
 * Half-hours with two peaks, as a person would type them, from A1 with headers: one day of times
 * (48 or fewer), or several days with dates and times from Monday 2025-03-03.
 */
export function forecastValues(intervals: number, headers: string[] = ["Interval", "Calls", "AHT"]): unknown[][] {
  const values: unknown[][] = [headers];
  const dated = intervals > 48;
  for (let i = 0; i < intervals; i++) {
    const hour = (i % 48) / 2;
    const calls = Math.round(5 + 200 * Math.exp(-(((hour - 10.5) / 2) ** 2)) + 160 * Math.exp(-(((hour - 14.5) / 2) ** 2)));
    values.push([(i % 48) / 48 + (dated ? MONDAY_2025_03_03 + Math.floor(i / 48) : 0), calls, 280 + (i % 7) * 5]);
  }
  return values;
}

/** Where the sections of a plan, roster check or comparison of the helpers' forecast land (computed by the layout). */
export function placementOf(kind: "plan" | "roster" | "comparison", intervals = 48): Record<string, Placement> {
  const reading = parseForecast({ sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values: forecastValues(intervals) });
  const s = scenario("s1", "Base", {}, intervals);
  const plan = computePlan(reading.rows, s.targets, s.adjustments);
  const builtAt = new Date(0);
  if (kind === "plan") return planSheet({ scenario: s, plan, tableName: "T", builtAt, intervalNumberFormat: "hh:mm" }).placement;
  if (kind === "comparison") {
    return comparisonSheet({ comparison: compare([{ scenario: s, plan }, { scenario: s, plan }]), tableName: "T", builtAt }).placement;
  }
  const check = checkRoster(reading.rows, reading.rows.map(() => 10), "scheduled", s.targets, s.adjustments);
  return rosterSheet({
    scenario: s,
    check,
    roster: { sheetName: "Roster", column: "D", firstRow: 2 },
    basis: "scheduled",
    tableName: "T",
    builtAt,
    intervalNumberFormat: "hh:mm",
  }).placement;
}

/** "$B$17": the targets cell of a plan or roster sheet. */
export function targetCell(placement: Record<string, Placement>, id: string): string {
  return `$B$${placement.targets.rowsById[id]}`;
}

export function forecastSheet(intervals = 48, name = "Forecast", headers?: string[]): SeedSheet {
  return { name, values: forecastValues(intervals, headers) };
}

export function reference(intervals = 48, sheetName = "Forecast"): ForecastReference {
  return {
    sheetName,
    tableName: null,
    firstRow: 2,
    rowCount: intervals,
    dateColumn: null,
    intervalColumn: "A",
    callsColumn: "B",
    ahtColumn: "C",
    defaultAhtSeconds: null,
  };
}

export function scenario(id: string, name: string, changes: Partial<Scenario> = {}, intervals = 48): Scenario {
  return {
    id,
    name,
    forecast: reference(intervals),
    targets: { ...defaultTargets(), costPerAgentHour: 22.5 },
    adjustments: { volumeFactor: 1, ahtFactor: 1 },
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    ...changes,
  };
}

const uninstall: (() => void)[] = [];
afterEach(() => {
  while (uninstall.length > 0) (uninstall.pop() as () => void)();
});

/** A fake workbook installed as the global Excel until the end of the test (the latest one wins). */
export function workbook(seed: FakeExcelSeed): FakeExcel {
  const fake = createFakeExcel(seed);
  uninstall.push(installFakeExcel(fake));
  return fake;
}

/** Everything a person could see of a sheet, for "nothing was overwritten" checks. */
export function snapshot(fake: FakeExcel, sheetName: string): string {
  const sheet = fake.sheet(sheetName);
  const used = sheet.usedAddress();
  return JSON.stringify({
    name: sheet.name,
    formulas: used ? sheet.formulas(used) : [],
    formats: used ? sheet.numberFormats(used) : [],
    tables: sheet.tables().map((t) => t.name),
    charts: sheet.charts().length,
  });
}
