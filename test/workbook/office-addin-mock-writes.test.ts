/**
 * The adapter's writing paths (createSampleForecast, buildPlan, compareScenarios, checkRoster,
 * buildCapacityPlan, compareCapacityScenarios, readActuals, buildPerformance) against office-addin-mock, Microsoft's mock of the
 * Office JS API: which Excel calls each path makes, in which batch, and how many `context.sync()`
 * calls it needs, which must not grow with the forecast (24 and 48 intervals of a day; 96 and 480
 * over several days) or with the weeks of a capacity plan (13 and 104). Values the adapter reads
 * (sheet ids, names, cells, settings) reach it only after a sync, as in Excel, because
 * office-addin-mock hides a loaded property until the next sync.
 *
 * Objects the adapter creates (sheets, ranges, tables, charts, series, conditional formats) are
 * added to the mock's tree as they are asked for, so the context's sync reaches them too.
 * Rollback after a failed batch stays with test/support/fake-excel.ts, which models failures.
 */
import { OfficeMockObject } from "office-addin-mock";
import { countingRun } from "../support/office-mock";
import { parseAddress, type ParsedAddress } from "../../src/planner/addresses";
import { CAPACITY_SCENARIOS_SETTING, newCapacityScenario, toStoredCapacity } from "../../src/planner/capacity-scenarios";
import type { CapacityScenario, RequiredFteSource } from "../../src/planner/capacity-types";
import { SCENARIOS_SETTING, toStored } from "../../src/planner/scenarios";
import type { Scenario } from "../../src/planner/types";
import * as api from "../../src/workbook/api";
import { REGISTRY_SETTING } from "../../src/workbook/registry";
import { MONDAY_2025_03_03, sampleActualsExport } from "../support/planner-fixtures";
import { forecastValues, placementOf, scenario } from "./helpers";

/** 0 for column A, 1 for B: a column's place in a block that starts in A. */
function columnIndex(letter: string): number {
  return letter.charCodeAt(0) - 65;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped */

/** One Excel call the adapter made, and the sync that sent it (1 = the first batch). */
interface Call {
  op: string;
  args: unknown[];
  sync: number;
}

interface SeedSheet {
  name: string;
  values?: unknown[][];
}

interface Seed {
  sheets: SeedSheet[];
  /** The active sheet's name; the first sheet when left out. */
  active?: string;
  /** Scenarios already stored in the workbook's settings. */
  scenarios?: Scenario[];
  /** Capacity scenarios already stored in the workbook's settings. */
  capacity?: CapacityScenario[];
  /** The selected range's address, as Excel reports it. */
  selection?: string;
  /** The workbook's culture name (application.cultureInfo.name); en-US when left out. */
  culture?: string;
}

interface Written {
  /** Ranges the adapter asked of the sheet, by address, with what it assigned to them. */
  ranges: Map<string, any>;
  tables: any[];
  charts: any[];
}

interface MockWorkbook {
  calls: Call[];
  syncs(): number;
  /** The sheet the adapter added under `name`, with what was written to it. */
  added(name: string): Written;
  /** The last value stored under a settings key. */
  saved(key: string): unknown;
}

/**
 * office-addin-mock cannot load through an array: `load("items/name")` throws "Property name
 * needs to be present", since its navigational loads only walk objects. So a collection loads
 * its `items` whole; they still reach the adapter only at the next sync.
 */
function loadItemsWhole(this: any): unknown {
  return OfficeMockObject.prototype.load.call(this, "items");
}

/**
 * Excel answers isNullObject after any sync, loaded or not; office-addin-mock answers only
 * loaded properties. So an ...OrNullObject result loads isNullObject with whatever is asked.
 */
function loadWithIsNullObject(this: any, properties: string): unknown {
  return OfficeMockObject.prototype.load.call(this, `${properties},isNullObject`);
}

/** A sheet-qualified address as Excel reports it: "Forecast!A2:C49", "'Plan - Base'!A1". */
function qualified(sheetName: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? `${sheetName}!${address}` : `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

function cells(values: unknown[][], box: ParsedAddress): { values: unknown[][]; numberFormat: string[][] } {
  const rows = Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    Array.from({ length: box.right - box.left + 1 }, (_, c) => values[box.top - 1 + r]?.[box.left - 1 + c] ?? ""),
  );
  return { values: rows, numberFormat: rows.map((row) => row.map(() => "General")) };
}

function install(seed: Seed): MockWorkbook {
  let syncs = 0;
  const calls: Call[] = [];
  const addressOf = new Map<object, string>();
  const sheets = new Map<string, any>();
  const written = new Map<string, Written>();
  const saved = new Map<string, unknown>();
  let addedCount = 0;

  const log = (op: string, ...args: unknown[]): void => {
    const shown = args.map((a) => (typeof a === "object" && a !== null && addressOf.has(a) ? addressOf.get(a) : a));
    calls.push({ op, args: shown, sync: syncs + 1 });
  };

  /**
   * Adds a child mock named `key` to `parent` (once) and seeds it; returns it. addMock and populate
   * are how office-addin-mock builds its own tree (private in its typings); a child added this way
   * is reached by the context's sync, so what the adapter loads from it arrives at the next sync.
   */
  const child = (parent: any, key: string, data: Record<string, unknown>): any => {
    if (parent[key] === undefined) {
      parent.addMock(key);
      parent[key].populate(data);
    }
    return parent[key];
  };

  /** `values`: the cells of a person's sheet, which the adapter reads; null for a sheet the adapter adds and only writes. */
  const sheetSeed = (name: string, id: string, values: unknown[][] | null): Record<string, unknown> => {
    const record: Written = { ranges: new Map(), tables: [], charts: [] };
    written.set(name, record);
    return {
      name,
      id,
      getRange(this: any, address: string) {
        log("worksheet.getRange", name, address);
        // No cells for written ranges: they would only be overwritten, and "A:A" is a million rows.
        const range = child(this, `range ${address}`, {
          address: qualified(name, address),
          ...(values === null ? {} : cells(values, parseAddress(address) as ParsedAddress)),
          format: {
            font: {},
            fill: {},
            autofitColumns: () => log("range.format.autofitColumns", address),
          },
          conditionalFormats: {
            add(this: any, type: string) {
              log("range.conditionalFormats.add", address, type);
              return child(this, `format ${type}`, { custom: { rule: {}, format: { fill: {}, font: {} } }, colorScale: {} });
            },
          },
        });
        addressOf.set(range, address);
        record.ranges.set(address, range);
        return range;
      },
      tables: {
        add(this: any, range: object, hasHeaders: boolean) {
          log("worksheet.tables.add", range, hasHeaders);
          const table = child(this, `table ${record.tables.length + 1}`, {});
          record.tables.push(table);
          return table;
        },
      },
      charts: {
        add(this: any, type: string, range: object, seriesBy: string) {
          log("worksheet.charts.add", type, range, seriesBy);
          const chart = child(this, `chart ${record.charts.length + 1}`, {
            title: {},
            axes: { categoryAxis: { setCategoryNames: (r: object) => log("chart.setCategoryNames", r) } },
            series: {
              add(this: any, seriesName: string) {
                log("chart.series.add", seriesName);
                return child(this, `series ${seriesName}`, { setValues: (r: object) => log("series.setValues", seriesName, r) });
              },
              getItemAt(this: any, index: number) {
                return child(this, `series at ${index}`, {
                  format: {
                    fill: { clear: () => log("series.format.fill.clear", index), setSolidColor: (color: string) => log("series.format.fill.setSolidColor", index, color) },
                    line: {},
                  },
                });
              },
            },
            legend: {
              legendEntries: {
                getItemAt(this: any, index: number) {
                  return child(this, `entry ${index}`, {});
                },
              },
            },
            setPosition: (topLeft: string, bottomRight: string) => log("chart.setPosition", topLeft, bottomRight),
          });
          record.charts.push(chart);
          return chart;
        },
      },
      activate: () => log("worksheet.activate", name),
      delete: () => log("worksheet.delete", name),
    };
  };

  const seeded = seed.sheets.map((sheet, i) => ({ ...sheet, id: `{sheet-${i + 1}}` }));
  const worksheets: Record<string, unknown> = {
    items: seeded.map(({ name, id }) => ({ name, id })),
    load: loadItemsWhole,
    add(this: any, name: string) {
      log("worksheets.add", name);
      addedCount++;
      const id = `{added-${addedCount}}`;
      const sheet = child(this, `sheet ${id}`, sheetSeed(name, id, null));
      sheets.set(id, sheet);
      return sheet;
    },
    getItem(key: string) {
      log("worksheets.getItem", key);
      return sheets.get(key) ?? sheets.get(key.toLowerCase());
    },
    getActiveWorksheet() {
      return sheets.get((seed.active ?? seed.sheets[0].name).toLowerCase());
    },
  };
  for (const sheet of seeded) worksheets[`sheet ${sheet.id}`] = sheetSeed(sheet.name, sheet.id, sheet.values ?? []);

  const setting = (stored: boolean): Record<string, unknown> => ({ isNullObject: !stored, value: undefined, load: loadWithIsNullObject });
  const mock = new OfficeMockObject({
    context: {
      application: {
        suspendApiCalculationUntilNextSync: () => log("application.suspendApiCalculationUntilNextSync"),
        // ExcelApi 1.11: the culture the sheets are written in, read in the first batch with the rest.
        cultureInfo: {
          name: seed.culture ?? "en-US",
          numberFormat: { numberDecimalSeparator: ".", numberGroupSeparator: "," },
        },
      },
      workbook: {
        worksheets,
        tables: { items: [], load: loadItemsWhole },
        settings: {
          [SCENARIOS_SETTING]: setting(seed.scenarios !== undefined),
          [REGISTRY_SETTING]: setting(false),
          [CAPACITY_SCENARIOS_SETTING]: setting(seed.capacity !== undefined),
          getItemOrNullObject(this: any, key: string) {
            return this[key];
          },
          add(key: string, value: unknown) {
            log("settings.add", key, value);
            saved.set(key, value);
          },
        },
        ...(seed.selection === undefined ? {} : { selection: { address: seed.selection } }),
        getSelectedRange(this: any) {
          return this.selection;
        },
      },
    },
    run: countingRun(() => syncs++),
  }) as any;
  // populate() would turn a stored object into nested mocks; setValue keeps it one value, as Excel returns it.
  if (seed.scenarios) mock.context.workbook.settings[SCENARIOS_SETTING].setValue("value", toStored(seed.scenarios));
  if (seed.capacity) mock.context.workbook.settings[CAPACITY_SCENARIOS_SETTING].setValue("value", toStoredCapacity(seed.capacity));
  for (const sheet of seeded) {
    const instance = mock.context.workbook.worksheets[`sheet ${sheet.id}`];
    sheets.set(sheet.id, instance);
    sheets.set(sheet.name.toLowerCase(), instance);
  }
  (globalThis as any).Excel = mock;
  return {
    calls,
    syncs: () => syncs,
    added: (name) => {
      const record = written.get(name);
      if (!record || !calls.some((c) => c.op === "worksheets.add" && c.args[0] === name)) throw new Error(`No sheet ${name} was added`);
      return record;
    },
    saved: (key) => saved.get(key),
  };
}

afterEach(() => {
  delete (globalThis as any).Excel;
});

const callsIn = (book: MockWorkbook, sync: number): Call[] => book.calls.filter((c) => c.sync === sync);
const ops = (calls: Call[]): string[] => calls.map((c) => c.op);

/** The write batch: calculation suspended before anything else, then the new sheet. */
function expectSuspendedWrite(book: MockWorkbook, sync: number, sheetName: string): void {
  const writes = callsIn(book, sync);
  expect(writes[0].op).toBe("application.suspendApiCalculationUntilNextSync");
  expect(writes[1]).toEqual({ op: "worksheets.add", args: [sheetName], sync });
  expect(book.calls.filter((c) => c.op === "application.suspendApiCalculationUntilNextSync")).toHaveLength(1);
}

/** The last batch: the registry records the new sheet under the id Excel gave it, and the sheet is shown. */
function expectRecorded(book: MockWorkbook, sync: number, sheetName: string, kind: string, scenarioIds: string[]): void {
  expect(callsIn(book, sync)).toEqual([
    { op: "settings.add", args: [REGISTRY_SETTING, expect.anything()], sync },
    { op: "worksheet.activate", args: [sheetName], sync },
  ]);
  expect(book.saved(REGISTRY_SETTING)).toEqual({
    version: 1,
    sheets: [{ kind, scenarioIds, sheetId: "{added-1}", sheetName, createdAt: expect.any(String) }],
  });
}

describe("createSampleForecast", () => {
  test("reads the workbook, writes the sheet and its table in one suspended batch, then records it: 3 syncs", async () => {
    const book = install({ sheets: [{ name: "Sheet1" }] });
    const result = await api.createSampleForecast();
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Sample forecast", tableName: "WFM_SampleForecast_1" } });
    expect(book.syncs()).toBe(3);
    expect(callsIn(book, 1)).toEqual([]);

    expectSuspendedWrite(book, 2, "Sample forecast");
    const sheet = book.added("Sample forecast");
    expect(sheet.ranges.get("A1:C1").formulas).toEqual([["Interval", "Calls", "AHT (s)"]]);
    const body = sheet.ranges.get("A2:C49");
    expect(body.formulas).toHaveLength(48);
    expect(body.formulas[1][0]).toBeCloseTo(1 / 48, 12);
    expect(body.numberFormat[0]).toEqual(["hh:mm", "0", "0"]);
    expect(callsIn(book, 2).filter((c) => c.op === "worksheet.tables.add")).toEqual([
      { op: "worksheet.tables.add", args: ["A1:C49", true], sync: 2 },
    ]);
    expect(sheet.tables.map((t) => [t.name, t.style])).toEqual([["WFM_SampleForecast_1", "TableStyleMedium2"]]);
    expect(ops(callsIn(book, 2))).toContain("range.format.autofitColumns");
    expect(ops(book.calls)).not.toContain("worksheet.charts.add");

    expectRecorded(book, 3, "Sample forecast", "sample", []);
  });
});

function forecastWorkbook(intervals: number, extra: Partial<Seed> = {}): MockWorkbook {
  return install({ sheets: [{ name: "Forecast", values: forecastValues(intervals) }], ...extra });
}

describe("buildPlan", () => {
  test.each([48, 480])("%i intervals: reads the forecast in one batch, writes the plan in one suspended batch: 4 syncs", async (n) => {
    const book = forecastWorkbook(n);
    const result = await api.buildPlan(scenario("s1", "Base", { adjustments: { volumeFactor: 1.1, ahtFactor: 1 } }, n), {
      replaceExisting: false,
    });
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Plan - Base", tableName: "WFM_Plan_1", replacedSheet: null } });
    expect(result.ok && result.value.plan.rows).toHaveLength(n);
    expect(book.syncs()).toBe(4);

    // Sync 2 reads the forecast's cells, found by the id Excel gave the sheet.
    expect(callsIn(book, 2)).toEqual([
      { op: "worksheets.getItem", args: ["{sheet-1}"], sync: 2 },
      { op: "worksheet.getRange", args: ["Forecast", `A2:C${n + 1}`], sync: 2 },
    ]);

    expectSuspendedWrite(book, 3, "Plan - Base");
    // 480 half-hours are ten dated days: the table starts with their dates.
    const { headerRow, firstRow, lastRow: last, columns } = placementOf("plan", n).intervals;
    const right = n > 48 ? "K" : "J";
    const body = book.added("Plan - Base").ranges.get(`A${firstRow}:${right}${last}`);
    expect(body.formulas).toHaveLength(n);
    const [calls, aht, agents] = [columns.calls, columns.aht, columns.agents];
    const at = (column: string) => columnIndex(column);
    expect([body.formulas[0][at(columns.interval)], body.formulas[0][at(calls)], body.formulas[0][at(aht)]]).toEqual([
      "='Forecast'!A2",
      "='Forecast'!B2*1.1",
      "='Forecast'!C2",
    ]);
    expect(body.formulas[n - 1][at(agents)]).toMatch(new RegExp(`^=WFM\\.AGENTS_REQUIRED\\(${calls}${last},${aht}${last},`));
    expect(body.numberFormat[0][at(columns.interval)]).toBe(n > 48 ? "yyyy-mm-dd hh:mm" : "hh:mm");
    expect(body.numberFormat[0][at(columns.sl)]).toBe("0.0%");

    const tableAndChart = callsIn(book, 3).filter((c) => /tables\.add|charts\.add|setCategoryNames|series\.|setPosition/.test(c.op));
    expect(tableAndChart.map((c) => [c.op, ...c.args])).toEqual([
      ["worksheet.tables.add", `A${headerRow}:${right}${last}`, true],
      ["worksheet.charts.add", "Line", `${agents}${headerRow}:${agents}${last}`, "Columns"],
      ["chart.setCategoryNames", `${columns.interval}${firstRow}:${columns.interval}${last}`],
      ["chart.series.add", "Scheduled staff"],
      ["series.setValues", "Scheduled staff", `${columns.scheduled}${firstRow}:${columns.scheduled}${last}`],
      ["chart.setPosition", n > 48 ? "M4" : "L4", n > 48 ? "U24" : "T24"],
    ]);
    expect(book.added("Plan - Base").tables[0].name).toBe("WFM_Plan_1");

    expectRecorded(book, 4, "Plan - Base", "plan", ["s1"]);
  });

  test("in an Estonian workbook (cultureInfo et-EE, read in the first batch) the plan is Estonian, in the same calls and syncs", async () => {
    const english = forecastWorkbook(48);
    await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
    const book = forecastWorkbook(48, { culture: "et-EE" });
    const result = await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Plaan - Base" } });
    expect(book.syncs()).toBe(4);
    expect(book.calls.map((c) => [c.op, c.sync])).toEqual(english.calls.map((c) => [c.op, c.sync]));
    expect(book.added("Plaan - Base").ranges.get("A1").formulas).toEqual([["Mehitatuse plaan: Base"]]);
  });

  test("a plan that is not activated is still recorded, in the same number of syncs", async () => {
    const book = forecastWorkbook(48);
    await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false, activate: false });
    expect(book.syncs()).toBe(4);
    expect(ops(callsIn(book, 4))).toEqual(["settings.add"]);
  });
});

const storedScenarios = (n: number): Scenario[] => [
  scenario("s1", "Base", {}, n),
  scenario("s2", "Volume +10%", { adjustments: { volumeFactor: 1.1, ahtFactor: 1 } }, n),
];

describe("compareScenarios", () => {
  test.each([48, 480])("%i intervals: both forecasts read in one batch, the comparison written in one: 4 syncs", async (n) => {
    const book = forecastWorkbook(n, { scenarios: storedScenarios(n) });
    const result = await api.compareScenarios(["s1", "s2"]);
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Comparison" } });
    expect(result.ok && result.value.comparison.rows).toHaveLength(n);
    expect(book.syncs()).toBe(4);
    expect(ops(callsIn(book, 2))).toEqual(["worksheets.getItem", "worksheet.getRange", "worksheets.getItem", "worksheet.getRange"]);

    expectSuspendedWrite(book, 3, "Comparison");
    const t = placementOf("comparison", n).intervals.headerRow;
    const sheet = book.added("Comparison");
    expect(sheet.ranges.get(`A${t}:C${t}`).formulas).toEqual([["Interval", "Base", "'Volume +10%"]]);
    const body = sheet.ranges.get(`A${t + 1}:C${t + n}`);
    expect(body.formulas).toHaveLength(n);
    expect(callsIn(book, 3).filter((c) => /tables\.add|charts\.add/.test(c.op)).map((c) => [c.op, ...c.args])).toEqual([
      ["worksheet.tables.add", `A${t}:C${t + n}`, true],
      ["worksheet.charts.add", "Line", `B${t}:C${t + n}`, "Columns"],
    ]);
    expect(sheet.tables[0].name).toBe("WFM_Comparison_1");

    expectRecorded(book, 4, "Comparison", "comparison", ["s1", "s2"]);
  });
});

/** A forecast, a roster column beside it (short of agents at 10:00-12:00 each day), one stored scenario, the roster selected. */
function rosterWorkbook(n: number): MockWorkbook {
  const agents = Array.from({ length: n }, (_, i) => (i % 48 >= 20 && i % 48 < 24 ? 8 : 60));
  return install({
    sheets: [
      { name: "Forecast", values: forecastValues(n) },
      { name: "Roster", values: [["Scheduled"], ...agents.map((a) => [a])] },
    ],
    scenarios: [scenario("s1", "Base", {}, n)],
    selection: `Roster!A1:A${n + 1}`,
  });
}

describe("checkRoster", () => {
  test.each([48, 480])("%i intervals: roster and forecast read in one batch, the check written in one: 4 syncs", async (n) => {
    const book = rosterWorkbook(n);
    const result = await api.checkRoster("s1", { address: "selection", basis: "scheduled" });
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Roster check - Base" } });
    expect(result.ok && result.value.check.rows).toHaveLength(n);
    expect(book.syncs()).toBe(4);
    expect(callsIn(book, 2).filter((c) => c.op === "worksheet.getRange").map((c) => c.args)).toEqual([
      ["Forecast", `A2:C${n + 1}`],
      ["Roster", `A1:A${n + 1}`],
    ]);

    expectSuspendedWrite(book, 3, "Roster check - Base");
    const { firstRow: first, lastRow: last, columns } = placementOf("roster", n).intervals;
    const right = n > 48 ? "J" : "I";
    const sheet = book.added("Roster check - Base");
    const body = sheet.ranges.get(`A${first}:${right}${last}`);
    expect(body.formulas).toHaveLength(n);
    expect(body.formulas[0][columnIndex(columns.rostered)]).toBe("='Roster'!A2");
    expect(ops(callsIn(book, 3))).toContain("worksheet.tables.add");
    expect(callsIn(book, 3).filter((c) => c.op === "range.conditionalFormats.add")).toEqual([
      { op: "range.conditionalFormats.add", args: [`A${first}:${right}${last}`, "Custom"], sync: 3 },
    ]);
    expect(body.conditionalFormats["format Custom"].custom.rule.formula).toBe(`=$${right}${first}<>""`);
    expect(body.conditionalFormats["format Custom"].custom.format.fill.color).toBe("#FFC7CE");

    expectRecorded(book, 4, "Roster check - Base", "roster", ["s1"]);
  });
});

describe("the Excel calls do not grow with the forecast", () => {
  const paths: [string, (n: number) => Promise<MockWorkbook>][] = [
    [
      "buildPlan",
      async (n) => {
        const book = forecastWorkbook(n);
        await api.buildPlan(scenario("s1", "Base", {}, n), { replaceExisting: false });
        return book;
      },
    ],
    [
      "compareScenarios",
      async (n) => {
        const book = forecastWorkbook(n, { scenarios: storedScenarios(n) });
        await api.compareScenarios(["s1", "s2"]);
        return book;
      },
    ],
    [
      "checkRoster",
      async (n) => {
        const book = rosterWorkbook(n);
        await api.checkRoster("s1", { address: "selection", basis: "scheduled" });
        return book;
      },
    ],
  ];

  test.each(paths)("%s: the same syncs and the same calls, in the same batches, for 24 and 48 intervals, and for 96 and 480", async (_, build) => {
    for (const [few, many] of [
      [24, 48],
      [96, 480],
    ]) {
      const small = await build(few);
      const large = await build(many);
      expect(large.syncs()).toBe(small.syncs());
      expect(large.calls.map((c) => [c.op, c.sync])).toEqual(small.calls.map((c) => [c.op, c.sync]));
    }
  });
});

/** A capacity plan of `weeks` weeks growing from the stored scenario "Base", with a combo chart. */
function capacityScenario(id: string, weeks: number): CapacityScenario {
  const source: RequiredFteSource = { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 37.5, volumes: { kind: "growth", weeklyGrowth: 0.005, weeks } };
  const settings = {
    headcount: 40,
    attrition: { rate: 0.6, period: "year" as const, figure: "turnover" as const },
    trainWeeks: 4,
    nestingWeeks: 4,
    nestingProductivity: 0.5,
    graduationRate: 0.9,
    ftePerHead: 1,
    leadWeeks: 2,
    minClass: 3,
    maxClass: 12,
    costPerHire: 2500,
    costPerFteWeek: null,
  };
  return { ...newCapacityScenario(`Plan ${id}`, source, 45719, settings), id };
}

describe("buildCapacityPlan", () => {
  test.each([13, 104])("%i weeks: the forecast read in one batch, the sheet and its combo chart written in one: 4 syncs", async (weeks) => {
    const book = install({ sheets: [{ name: "Forecast", values: forecastValues(48) }], scenarios: [scenario("s1", "Base")] });
    const result = await api.buildCapacityPlan(capacityScenario("c1", weeks), { replaceExisting: false });
    expect(result).toMatchObject({ ok: true, value: { sheetName: "Capacity plan - Plan c1", replacedSheet: null } });
    expect(book.syncs()).toBe(4);
    expect(callsIn(book, 2)).toEqual([
      { op: "worksheets.getItem", args: ["{sheet-1}"], sync: 2 },
      { op: "worksheet.getRange", args: ["Forecast", "A2:C49"], sync: 2 },
    ]);
    expectSuspendedWrite(book, 3, "Capacity plan - Plan c1");
    const chart = callsIn(book, 3).filter((c) => /charts\.add|series\./.test(c.op)).map((c) => [c.op, c.args[0]]);
    expect(chart).toEqual([
      ["worksheet.charts.add", "Line"],
      ["chart.series.add", "Effective FTE"],
      ["series.setValues", "Effective FTE"],
      ["chart.series.add", "Hires starting"],
      ["series.setValues", "Hires starting"],
    ]);
    // The combo: the hires are clustered columns on the secondary axis.
    const hires = book.added("Capacity plan - Plan c1").charts[0].series["series Hires starting"];
    expect([hires.chartType, hires.axisGroup]).toEqual(["ColumnClustered", "Secondary"]);
    expect(ops(callsIn(book, 3))).not.toContain("worksheet.tables.add");
    expectRecorded(book, 4, "Capacity plan - Plan c1", "capacity", ["c1"]);
  });

  test("the same Excel calls in the same batches for 13 and 104 weeks, for a plan and for a comparison", async () => {
    const build = async (weeks: number) => {
      const book = install({ sheets: [{ name: "Forecast", values: forecastValues(48) }], scenarios: [scenario("s1", "Base")] });
      await api.buildCapacityPlan(capacityScenario("c1", weeks), { replaceExisting: false });
      return book.calls.map((c) => [c.op, c.sync]);
    };
    expect(await build(104)).toEqual(await build(13));
    const compare = async (weeks: number) => {
      const capacity = [capacityScenario("c1", weeks), capacityScenario("c2", weeks)];
      const book = install({ sheets: [{ name: "Forecast", values: forecastValues(48) }], scenarios: [scenario("s1", "Base")], capacity });
      const result = await api.compareCapacityScenarios(["c1", "c2"]);
      expect(result).toMatchObject({ ok: true, value: { sheetName: "Capacity comparison" } });
      expect(book.syncs()).toBe(4);
      return book.calls.map((c) => [c.op, c.sync]);
    };
    expect(await compare(104)).toEqual(await compare(13));
  });
});

describe("readActuals and buildPerformance", () => {
  /** The sample actuals as an export on the active sheet "ACD": `days` of its 21 days. */
  function actualsWorkbook(days: number): MockWorkbook {
    const rows = sampleActualsExport();
    return install({
      sheets: [
        { name: "ACD", values: rows.slice(0, 1 + 48 * days) },
        { name: "Forecast", values: forecastValues(48) },
      ],
      scenarios: [scenario("s1", "Base")],
    });
  }

  test.each([1, 21])("%i day(s) of actuals are read in 2 syncs: the block, then its cells", async (days) => {
    const book = actualsWorkbook(days);
    const read = await api.readActuals({ kind: "range", address: `A1:L${1 + 48 * days}` });
    expect(read).toMatchObject({ ok: true, value: { reading: { problems: [] } } });
    expect(read.ok && read.value.reading.rows).toHaveLength(48 * days);
    expect(book.syncs()).toBe(2);
  });

  test.each([1, 21])("the Performance sheet of %i day(s): read in 3 syncs, written in one suspended batch and recorded: 5 syncs", async (days) => {
    const book = actualsWorkbook(days);
    const built = await api.buildPerformance({
      scenarioId: "s1",
      actuals: { source: { kind: "range", address: `A1:L${1 + 48 * days}` } },
      period: { kind: "all", first: MONDAY_2025_03_03, last: MONDAY_2025_03_03 + 28 },
      replaceExisting: false,
    });
    expect(built).toMatchObject({ ok: true, value: { replacedSheet: null } });
    expect(book.syncs()).toBe(5);
    const sheetName = built.ok ? built.value.sheetName : "";
    expectSuspendedWrite(book, 4, sheetName);
    // The waterfall's base series loses its fill and its legend entry; the heat map is a colour scale.
    expect(callsIn(book, 4).filter((c) => c.op === "series.format.fill.clear")).toEqual([{ op: "series.format.fill.clear", args: [0], sync: 4 }]);
    expect(callsIn(book, 4).filter((c) => c.op === "range.conditionalFormats.add" && c.args[1] === "ColorScale")).toHaveLength(1);
    expect(book.saved(REGISTRY_SETTING)).toMatchObject({ sheets: [{ kind: "performance", scenarioIds: ["s1"], sheetName }] });
  });
});
