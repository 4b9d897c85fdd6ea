/** Workbooks for the adapter tests: a person's own forecast sheet, scenarios, an installed fake Excel. */
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeExcelSeed, type SeedSheet } from "../support/fake-excel";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference, Scenario } from "../../src/planner/types";

/** A day (or several) of half-hours with two peaks, as a person would type it, from A1 with headers. */
export function forecastValues(intervals: number, headers: string[] = ["Interval", "Calls", "AHT"]): unknown[][] {
  const values: unknown[][] = [headers];
  for (let i = 0; i < intervals; i++) {
    const hour = (i % 48) / 2;
    const calls = Math.round(5 + 200 * Math.exp(-(((hour - 10.5) / 2) ** 2)) + 160 * Math.exp(-(((hour - 14.5) / 2) ** 2)));
    values.push([(i % 48) / 48 + Math.floor(i / 48), calls, 280 + (i % 7) * 5]);
  }
  return values;
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
