/**
 * The capacity functions of the adapter against the simulated workbook (test/support/fake-excel.ts):
 * what a capacity plan sheet holds, that bad input (a blank required-FTE week, a stored scenario
 * edited by hand) is refused by cell with nothing written, that an Excel failure half-way leaves
 * the workbook as it was, that rebuilding replaces only the plan's own sheet, that the number of
 * syncs does not grow with the weeks, and capacity scenarios stored, compared and copied for a client.
 */
import { CAPACITY_SCENARIOS_SETTING, newCapacityScenario } from "../../src/planner/capacity-scenarios";
import type { CapacityScenario, CapacitySettings, RequiredFteSource } from "../../src/planner/capacity-types";
import type ExcelJS from "exceljs";
import { LANGUAGES } from "../../src/planner/language";
import { labels, labelTable } from "../../src/planner/labels";
import { SCENARIOS_SETTING, toStored } from "../../src/planner/scenarios";
import * as api from "../../src/workbook/api";
import { REGISTRY_SETTING } from "../../src/workbook/registry";
import { CULTURES, type FakeExcel, type SeedSheet } from "../support/fake-excel";
import { capacitySettings, MONDAY_2025_03_03 } from "../support/planner-fixtures";
import { XlsxPackage } from "../support/xlsx-package";
import { forecastSheet, scenario, snapshot, workbook } from "./helpers";

const SETTINGS: CapacitySettings = capacitySettings();

const growth = (weeks: number): RequiredFteSource => ({
  kind: "scenario",
  scenarioId: "s1",
  paidHoursPerFteWeek: 37.5,
  volumes: { kind: "growth", weeklyGrowth: 0.01, weeks },
});

function capacity(id: string, name: string, source: RequiredFteSource, settings: CapacitySettings = SETTINGS): CapacityScenario {
  return { ...newCapacityScenario(name, source, MONDAY_2025_03_03, settings), id };
}

/** A column of required FTE on "Staffing", header in B1, weeks from B2. */
function staffingSheet(weeks: unknown[]): SeedSheet {
  return { name: "Staffing", values: [[null, "Required FTE"], ...weeks.map((fte) => [null, fte])] };
}

/** A forecast, its stored planner scenario, and whatever else the test needs (in an en-US workbook unless `culture` says). */
function capacityWorkbook(
  extra: SeedSheet[] = [],
  capacityScenarios?: CapacityScenario[],
  culture: (typeof CULTURES)[keyof typeof CULTURES] = CULTURES["en-US"],
): FakeExcel {
  return workbook({
    culture,
    sheets: [forecastSheet(48), { name: "Notes", values: [["Our own notes"]] }, ...extra],
    settings: {
      [SCENARIOS_SETTING]: toStored([scenario("s1", "Base")]),
      ...(capacityScenarios ? { [CAPACITY_SCENARIOS_SETTING]: { version: 1, scenarios: capacityScenarios } } : {}),
    },
  });
}

describe("buildCapacityPlan", () => {
  test("writes the capacity plan: hires as values, one spilled HIRING_PLAN and CAPACITY_PLAN, a combo chart, recorded as generated", async () => {
    const fake = capacityWorkbook();
    const plan = capacity("c1", "Growth", growth(26));
    const built = await api.buildCapacityPlan(plan, { replaceExisting: false });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect(built.value.sheetName).toBe("Capacity plan - Growth");
    const { result, origin } = built.value;
    expect(result.weeks).toHaveLength(26);
    expect(origin).toMatchObject({ kind: "scenario", scenarioName: "Base", forecast: "Forecast!A2:C49", weeklyGrowth: 0.01 });
    // Week 1 is the scenario's own week: its day's calls on 5 open days.
    expect(origin.weeklyCalls?.[0]).toBeCloseTo(origin.patternWeeklyCalls as number, 9);
    expect(result.weeks[25].requiredFte).toBeGreaterThan(result.weeks[0].requiredFte);

    const sheet = fake.sheet("Capacity plan - Growth");
    const formulas = sheet.formulas(sheet.usedAddress() as string).flat().filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(formulas.filter((f) => f.startsWith("=WFM.HIRING_PLAN("))).toHaveLength(1);
    expect(formulas.filter((f) => f.startsWith("=WFM.CAPACITY_PLAN("))).toHaveLength(1);
    expect(formulas.filter((f) => f.startsWith("=WFM.ATTRITION_CONVERT("))).toHaveLength(1);
    expect(sheet.tables()).toEqual([]);
    const [chart] = sheet.charts();
    expect(chart.type).toBe("Line");
    expect(chart.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      [labels.columnRequiredFte, null, "Primary"],
      [labels.columnEffectiveFte, null, "Primary"],
      [labels.columnHires, "ColumnClustered", "Secondary"],
    ]);
    expect(sheet.conditionalFormats()).toHaveLength(1);
    expect(fake.setting(REGISTRY_SETTING)).toMatchObject({ sheets: [{ kind: "capacity", scenarioIds: ["c1"] }] });
    expect(fake.activeSheetName).toBe("Capacity plan - Growth");
    expect(snapshot(fake, "Notes")).toContain("Our own notes");
  });

  test.each([13, 104])("%i weeks: read in one batch, written in one suspended batch: 4 syncs, the same writes", async (weeks) => {
    const fake = capacityWorkbook();
    const built = await api.buildCapacityPlan(capacity("c1", "Growth", growth(weeks)), { replaceExisting: false });
    expect(built.ok).toBe(true);
    expect(fake.syncsPerRun).toEqual([4]);
    const writes = fake.operations.filter((o) => o.sync === 3);
    expect(writes[0].op).toBe("application.suspendApiCalculationUntilNextSync");
    expect(fake.suspendedBatches).toBe(1);
    // Title, note, summary (3), inputs (3), months (caption, header, rows), weeks (caption, header, rows).
    expect(writes.filter((o) => o.op === "range.formulas=")).toHaveLength(14);
  });

  test("the same Excel calls, in the same batches, for 13 weeks and for 104", async () => {
    const calls = async (weeks: number) => {
      const fake = capacityWorkbook();
      await api.buildCapacityPlan(capacity("c1", "Growth", growth(weeks)), { replaceExisting: false });
      return fake.operations.map((o) => [o.op, o.sync]);
    };
    expect(await calls(104)).toEqual(await calls(13));
  });

  test("a column of required FTE with a blank week is refused by cell, and nothing is written", async () => {
    const fake = capacityWorkbook([staffingSheet([120, 121, "", 119, "lots"])]);
    const before = fake.sheetNames();
    const settingsBefore = fake.setting(REGISTRY_SETTING);
    const built = await api.buildCapacityPlan(capacity("c1", "Column", { kind: "column", address: "Staffing!B1:B6" }), { replaceExisting: false });
    expect(built).toEqual({
      ok: false,
      error: {
        code: "weeksColumnProblems",
        problems: [
          { code: "blankWeek", cell: "Staffing!B4", week: 3, column: "fte" },
          { code: "textInWeek", cell: "Staffing!B6", week: 5, value: "lots", column: "fte" },
        ],
      },
    });
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.setting(REGISTRY_SETTING)).toEqual(settingsBefore);
    expect(fake.operations.filter((o) => o.op === "worksheets.add")).toEqual([]);
  });

  test("a whole column of weekly calls: its filled cells, from its header", async () => {
    const fake = capacityWorkbook([{ name: "Volumes", values: [["Calls per week"], [9000], [9500], [10_000]] }]);
    const source: RequiredFteSource = { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 40, volumes: { kind: "column", address: "Volumes!A:A" } };
    const built = await api.buildCapacityPlan(capacity("c1", "Volumes", source), { replaceExisting: false });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect(built.value.origin.weeklyCalls).toEqual([9000, 9500, 10_000]);
    expect(built.value.result.weeks).toHaveLength(3);
    expect(fake.syncsPerRun).toEqual([4]);
  });

  test("a rebuild asks first, then replaces only the plan's own sheet; a person's sheet of that name is left alone", async () => {
    const fake = capacityWorkbook([{ name: "Capacity plan - Growth", values: [["mine"]] }]);
    const plan = capacity("c1", "Growth", growth(13));
    const first = await api.buildCapacityPlan(plan, { replaceExisting: false });
    expect(first.ok && first.value.sheetName).toBe("Capacity plan - Growth (2)");
    expect(fake.sheet("Capacity plan - Growth").values("A1")).toEqual([["mine"]]);
    expect(await api.buildCapacityPlan(plan, { replaceExisting: false })).toEqual({
      ok: false,
      error: { code: "sheetExists", sheetName: "Capacity plan - Growth (2)" },
    });
    const again = await api.buildCapacityPlan(plan, { replaceExisting: true });
    expect(again.ok && again.value.replacedSheet).toBe("Capacity plan - Growth (2)");
    expect(fake.sheetNames().filter((name) => name.startsWith("Capacity plan"))).toEqual(["Capacity plan - Growth", "Capacity plan - Growth (2)"]);
  });

  test("Excel refusing the chart's combo half-way: the half-written sheet is removed, the workbook as it was", async () => {
    const fake = capacityWorkbook();
    const before = fake.sheetNames();
    fake.failWhen({ when: (o) => o.op === "chartSeries.axisGroup=", message: "The chart could not be changed." });
    const built = await api.buildCapacityPlan(capacity("c1", "Growth", growth(13)), { replaceExisting: false });
    expect(built).toMatchObject({ ok: false, error: { code: "excelFailed", operation: "buildCapacityPlan", rolledBack: true } });
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.setting(REGISTRY_SETTING)).toBeUndefined();
  });

  test("a capacity plan whose planner scenario is gone, or whose stored numbers were edited, is refused", async () => {
    capacityWorkbook();
    expect(await api.buildCapacityPlan(capacity("c1", "Orphan", { ...(growth(13) as Extract<RequiredFteSource, { kind: "scenario" }>), scenarioId: "gone" }), { replaceExisting: false })).toEqual({
      ok: false,
      error: { code: "sourceScenarioNotFound", capacityName: "Orphan" },
    });
    const edited = capacity("c2", "Edited", growth(13), { ...SETTINGS, minClass: 0 });
    expect(await api.buildCapacityPlan(edited, { replaceExisting: false })).toMatchObject({
      ok: false,
      error: { code: "invalidCapacityInputs", problems: [{ field: "minClass", code: "outOfRange" }] },
    });
  });
});

describe("previewCapacityPlan", () => {
  test("computes the plan from the workbook in two syncs and writes nothing", async () => {
    const fake = capacityWorkbook();
    const before = snapshot(fake, "Notes");
    const preview = await api.previewCapacityPlan(capacity("c1", "Growth", growth(13)));
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.result.weeks).toHaveLength(13);
    expect(fake.syncsPerRun).toEqual([2]);
    expect(fake.operations.some((o) => /formulas=|worksheets\.add|settings\.add/.test(o.op))).toBe(false);
    expect(snapshot(fake, "Notes")).toBe(before);
  });

  test("a forecast without calls cannot be scaled to a week of calls; a column source needs no forecast", async () => {
    workbook({
      sheets: [{ name: "Forecast", values: [["Interval", "Calls", "AHT"], [0.375, 0, 300], [0.395833, 0, 300]] }, staffingSheet([5, 6])],
      settings: { [SCENARIOS_SETTING]: toStored([{ ...scenario("s1", "Quiet"), forecast: { ...scenario("s1", "Quiet").forecast, rowCount: 2 } }]) },
    });
    // Growing from its own volume, a forecast of no calls needs no one; a column of calls cannot be met from it.
    const grown = await api.previewCapacityPlan(capacity("c1", "Quiet", growth(4)));
    expect(grown.ok && grown.value.result.weeks.map((w) => w.requiredFte)).toEqual([0, 0, 0, 0]);
    const volumes: RequiredFteSource = { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 37.5, volumes: { kind: "column", address: "Staffing!B1:B3" } };
    expect(await api.previewCapacityPlan(capacity("c1", "Quiet", volumes))).toEqual({
      ok: false,
      error: { code: "patternWithoutCalls", scenarioName: "Quiet" },
    });
    const fromColumn = await api.previewCapacityPlan(capacity("c2", "Column", { kind: "column", address: "Staffing!B1:B3" }));
    expect(fromColumn.ok && fromColumn.value.result.weeks.map((w) => w.requiredFte)).toEqual([5, 6]);
  });
});

describe("capacity scenarios in the workbook", () => {
  test("save, load, rename, duplicate with changes (attrition +5 points, training 6 weeks) and delete with its sheet", async () => {
    const fake = capacityWorkbook();
    expect(await api.loadCapacityScenarios()).toEqual({ ok: true, value: [] });
    const base = capacity("c1", "Base plan", growth(13));
    const saved = await api.saveCapacityScenario(base);
    expect(saved.ok && saved.value.map((s) => s.name)).toEqual(["Base plan"]);
    expect(fake.setting(CAPACITY_SCENARIOS_SETTING)).toMatchObject({ version: 1, scenarios: [{ id: "c1", name: "Base plan" }] });
    // Planner scenarios and capacity scenarios are separate lists.
    expect(fake.setting(SCENARIOS_SETTING)).toMatchObject({ scenarios: [{ id: "s1" }] });

    const renamed = await api.renameCapacityScenario("c1", " Budget ");
    expect(renamed.ok && renamed.value[0].name).toBe("Budget");
    const copy = await api.duplicateCapacityScenario("c1", { name: "Attrition +5, training 6", attritionChange: 0.05, trainWeeks: 6 });
    if (!copy.ok) throw new Error(JSON.stringify(copy.error));
    expect(copy.value.scenario.settings).toMatchObject({ attrition: { rate: 0.65 }, trainWeeks: 6, nestingWeeks: 2 });
    expect(await api.duplicateCapacityScenario("c1", { name: "Everyone leaves", attritionChange: 60 })).toMatchObject({
      ok: false,
      error: { code: "invalidCapacityInputs", problems: [{ field: "attritionRate", code: "weeklyAttritionTooHigh" }] },
    });
    expect(await api.renameCapacityScenario(copy.value.scenario.id, "budget")).toEqual({
      ok: false,
      error: { code: "scenarioNameTaken", name: "budget" },
    });

    const built = await api.buildCapacityPlan(copy.value.scenario, { replaceExisting: false });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    // Cut to Excel's 31 characters.
    expect(built.value.sheetName).toBe("Capacity plan - Attrition +5, t");
    const deleted = await api.deleteCapacityScenario(copy.value.scenario.id, { deleteSheets: true });
    expect(deleted.ok && deleted.value.map((s) => s.name)).toEqual(["Budget"]);
    expect(fake.hasSheet(built.value.sheetName)).toBe(false);
    expect(fake.syncsPerRun.every((n) => n <= 4)).toBe(true);
  });

  test("stored capacity scenarios edited into nonsense are reported, not overwritten", async () => {
    const fake = capacityWorkbook([], [{ ...capacity("c1", "Base", growth(13)), source: { kind: "column", address: "=WEBSERVICE(1)" } } as CapacityScenario]);
    expect(await api.loadCapacityScenarios()).toEqual({ ok: false, error: { code: "storedCapacityUnreadable" } });
    expect(await api.saveCapacityScenario(capacity("c2", "New", growth(13)))).toEqual({ ok: false, error: { code: "storedCapacityUnreadable" } });
    expect(fake.setting(CAPACITY_SCENARIOS_SETTING)).toMatchObject({ scenarios: [{ source: { address: "=WEBSERVICE(1)" } }] });
  });
});

describe("compareCapacityScenarios", () => {
  test("both plans computed from one read, the comparison written in one batch: 4 syncs", async () => {
    const stored = [
      capacity("c1", "Base", growth(26)),
      capacity("c2", "Training 6", growth(26), { ...SETTINGS, trainWeeks: 6 }),
      capacity("c3", "From a column", { kind: "column", address: "Staffing!B1:B27" }),
    ];
    const fake = capacityWorkbook([staffingSheet(Array.from({ length: 26 }, (_, i) => 40 + i))], stored);
    const compared = await api.compareCapacityScenarios(["c1", "c2", "c3"]);
    if (!compared.ok) throw new Error(JSON.stringify(compared.error));
    expect(compared.value.sheetName).toBe("Capacity comparison");
    expect(compared.value.comparison.totals.map((t) => t.scenarioName)).toEqual(["Base", "Training 6", "From a column"]);
    expect(compared.value.comparison.differences[1].uncoveredWeeks).toBeGreaterThan(0);
    expect(fake.syncsPerRun).toEqual([4]);
    expect(fake.setting(REGISTRY_SETTING)).toMatchObject({ sheets: [{ kind: "capacityComparison", scenarioIds: ["c1", "c2", "c3"] }] });
    expect(await api.compareCapacityScenarios(["c1"])).toEqual({ ok: false, error: { code: "tooFewScenarios", count: 1 } });
  });
});

describe("capacityClientCopy", () => {
  const plan = capacity("c1", "Base", growth(13));

  test("without a sheet: the add-in's plan, values only, no costs", async () => {
    capacityWorkbook([], [plan]);
    const copy = await api.capacityClientCopy("c1");
    if (!copy.ok) throw new Error(JSON.stringify(copy.error));
    expect(copy.value.sheetName).toBe("Capacity plan - Base");
    const cells = copy.value.spec.blocks.flatMap((b) => b.cells.flat());
    expect(cells.some((c) => typeof c === "string" && c.startsWith("="))).toBe(false);
    expect(cells.some((c) => typeof c === "string" && /cost/i.test(c))).toBe(false);
    // It goes into a client copy as it is: the values-only guard and the .xlsx writer take it.
    expect(await api.createClientCopy([copy.value], { title: "Capacity plan" })).toMatchObject({
      ok: true,
      value: { sheetNames: ["Capacity plan - Base"] },
    });
  });

  test("with the sheet: the classes the director typed over it, read back and planned", async () => {
    const fake = capacityWorkbook([], [plan]);
    const built = await api.buildCapacityPlan(plan, { replaceExisting: false });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    // The person's own classes: 12 in week 1 and 4 in week 6, nothing else.
    const sheet = fake.sheet("Capacity plan - Base");
    const hiresHeader = sheet.values("A1:Z200").findIndex((row) => row[0] === labels.columnWeek) + 1;
    const hiresColumn = sheet.values(`A${hiresHeader}:Z${hiresHeader}`)[0].indexOf(labels.columnHires);
    const letter = String.fromCharCode(65 + hiresColumn);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Capacity plan - Base").getRange(`${letter}${hiresHeader + 1}:${letter}${hiresHeader + 13}`);
      range.values = Array.from({ length: 13 }, (_, i) => [i === 0 ? 12 : i === 5 ? 4 : ""]);
      await context.sync();
    });
    const copy = await api.capacityClientCopy("c1");
    if (!copy.ok) throw new Error(JSON.stringify(copy.error));
    const written = copy.value.spec.blocks.find((b) => b.cells.length === 13 && b.cells[0].length > 5);
    const hires = written?.cells.map((row) => row[hiresColumn]);
    expect(hires).toEqual([12, null, null, null, null, 4, null, null, null, null, null, null, null]);

    // Text typed over a week is named by its cell; nothing is produced.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Capacity plan - Base").getRange(`${letter}${hiresHeader + 3}`).values = [["lots"]];
      await context.sync();
    });
    expect(await api.capacityClientCopy("c1")).toEqual({
      ok: false,
      error: { code: "weeksColumnProblems", problems: [{ code: "textInWeek", cell: `'Capacity plan - Base'!${letter}${hiresHeader + 3}`, week: 3, value: "lots", column: "hires" }] },
    });
  });
});

describe("Make client copy with a capacity plan", () => {
  const plan = capacity("c1", "Base", growth(13));

  test("the copy holds the plan and the capacity plan as values, the classes typed over the sheet, no cost, in the client's language", async () => {
    const fake = capacityWorkbook([], [plan]);
    expect(await api.buildCapacityPlan(plan, { replaceExisting: false })).toMatchObject({ ok: true });
    const sheet = fake.sheet("Capacity plan - Base");
    const header = sheet.values("A1:A200").findIndex((row) => row[0] === labels.columnWeek) + 1;
    const hiresIndex = sheet.values(`A${header}:Z${header}`)[0].indexOf(labels.columnHires);
    const letter = String.fromCharCode(65 + hiresIndex);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Capacity plan - Base").getRange(`${letter}${header + 1}:${letter}${header + 13}`).values = Array.from({ length: 13 }, (_, i) => [
        i === 1 ? 9 : "",
      ]);
      await context.sync();
    });
    const names = fake.sheetNames();
    const before = names.map((name) => snapshot(fake, name));

    const copy = await api.makeClientCopy({ report: null, planScenarioIds: ["s1"], capacityScenarioIds: ["c1"], language: "pt-BR" });
    expect(copy).toMatchObject({ ok: true, value: { sheetNames: ["Dimensionamento - Base", "Capacidade - Base"] } });
    // This workbook is not changed: the same sheets, each as it was.
    expect(fake.sheetNames()).toEqual(names);
    expect(names.map((name) => snapshot(fake, name))).toEqual(before);
    expect(fake.createdWorkbooks).toHaveLength(1);
    const pkg = new XlsxPackage(new Uint8Array(Buffer.from(fake.createdWorkbooks[0], "base64")));
    for (const [path, text] of pkg.parts) expect([path, /WFM\./.test(text)]).toEqual([path, false]);
    const book = await pkg.workbook();
    expect(book.worksheets.map((w) => w.name)).toEqual(["Dimensionamento - Base", "Capacidade - Base"]);
    const written = book.getWorksheet("Capacidade - Base") as ExcelJS.Worksheet;
    const pt = labelTable("pt-BR");
    const cells: { address: string; value: ExcelJS.CellValue; formula: boolean }[] = [];
    written.eachRow((row) => row.eachCell((cell) => cells.push({ address: cell.address, value: cell.value, formula: cell.formula !== undefined })));
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(cells[0].value).toBe("Plano de capacidade: Base");
    // No cost: not the words, in any language, nor the cost per hire or per FTE-week.
    const costWords = LANGUAGES.flatMap((language) => [labelTable(language).capacityCostPerHire, labelTable(language).capacityCostPerFteWeek, labelTable(language).capacityTotalCost]);
    expect(cells.filter((c) => costWords.includes(c.value as string) || c.value === SETTINGS.costPerHire || c.value === SETTINGS.costPerFteWeek)).toEqual([]);
    // The week table: the header in Portuguese, the director's classes (9 in week 2, nothing else).
    const headerRow = cells.find((c) => c.value === pt.columnWeek) as { address: string };
    const top = Number(headerRow.address.replace(/^[A-Z]+/, ""));
    const hiresColumn = written.getRow(top).values as ExcelJS.CellValue[];
    const hiresAt = hiresColumn.indexOf(pt.columnHires);
    expect(hiresAt).toBeGreaterThan(0);
    const hires = Array.from({ length: 13 }, (_, i) => written.getRow(top + 1 + i).getCell(hiresAt).value ?? null);
    expect(hires).toEqual([null, 9, null, null, null, null, null, null, null, null, null, null, null]);
  });

  test("a capacity scenario that is not stored, or a sheet changed under it, is refused and no copy is made", async () => {
    const fake = capacityWorkbook([], [plan]);
    expect(await api.makeClientCopy({ report: null, planScenarioIds: ["s1"], capacityScenarioIds: ["gone"] })).toEqual({
      ok: false,
      error: { code: "scenarioNotFound", scenarioId: "gone" },
    });
    await api.buildCapacityPlan(plan, { replaceExisting: false });
    const sheet = fake.sheet("Capacity plan - Base");
    const header = sheet.values("A1:A200").findIndex((row) => row[0] === labels.columnWeek) + 1;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Capacity plan - Base").getRange(`A${header}`).values = [["Our weeks"]];
      await context.sync();
    });
    expect(await api.makeClientCopy({ report: null, planScenarioIds: [], capacityScenarioIds: ["c1"] })).toEqual({
      ok: false,
      error: { code: "capacitySheetChanged", sheetName: "Capacity plan - Base" },
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });
});

describe("capacity sheets in the workbook's language", () => {
  const plan = capacity("c1", "Kasv", growth(13));

  test("in an Estonian workbook the plan and the comparison are Estonian, with the English formulas", async () => {
    const fake = capacityWorkbook([], [plan, capacity("c2", "Voolavus +5", growth(13), { ...SETTINGS, attrition: { ...SETTINGS.attrition, rate: 0.65 } })], CULTURES["et-EE"]);
    const et = labelTable("et");
    expect(await api.buildCapacityPlan(plan, { replaceExisting: false })).toMatchObject({ ok: true, value: { sheetName: "Mahuplaan - Kasv" } });
    const sheet = fake.sheet("Mahuplaan - Kasv");
    expect(sheet.values("A1")).toEqual([["Mahuplaan: Kasv"]]);
    expect(String(sheet.values("A2")[0][0])).toMatch(/^Vajalik täistööaja ekvivalent \(FTE\): stsenaarium „Base“ .* Koostas WFM-lisandmoodul \d\d\.\d\d\.\d{4} \d\d:\d\d UTC\./);
    const header = sheet.values("A1:A200").findIndex((row) => row[0] === et.columnWeek) + 1;
    expect(sheet.values(`A${header}:D${header}`)).toEqual([[et.columnWeek, et.columnWeekStart, et.columnRequiredFte, et.columnHires]]);
    expect(sheet.cell(`B${header + 1}`).numberFormat).toBe("[$-425]ddd dd.mm.yyyy");
    expect(sheet.formulas("A1:Z200").flat().filter((cell) => typeof cell === "string" && cell.startsWith("=WFM."))).toEqual([
      expect.stringMatching(/^=WFM\.ATTRITION_CONVERT\(/),
      expect.stringMatching(/^=WFM\.HIRING_PLAN\(/),
      expect.stringMatching(/^=WFM\.CAPACITY_PLAN\(/),
    ]);
    expect(sheet.charts()[0].title).toBe(et.capacityChartTitle);
    expect(await api.compareCapacityScenarios(["c1", "c2"])).toMatchObject({ ok: true, value: { sheetName: "Mahuplaanide võrdlus" } });
    expect(fake.sheet("Mahuplaanide võrdlus").values("A1")).toEqual([["Mahuplaanide võrdlus"]]);
    // A language named by the caller wins over the workbook's.
    expect(await api.compareCapacityScenarios(["c1", "c2"], { language: "en" })).toMatchObject({ ok: true, value: { sheetName: "Capacity comparison" } });
  });

  test("a client copy is in the language chosen for it, and reads back the classes typed over a sheet written in Estonian", async () => {
    const fake = capacityWorkbook([], [plan], CULTURES["et-EE"]);
    await api.buildCapacityPlan(plan, { replaceExisting: false });
    const sheet = fake.sheet("Mahuplaan - Kasv");
    const et = labelTable("et");
    const header = sheet.values("A1:A200").findIndex((row) => row[0] === et.columnWeek) + 1;
    const hiresColumn = String.fromCharCode(65 + sheet.values(`A${header}:Z${header}`)[0].indexOf(et.columnHires));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mahuplaan - Kasv").getRange(`${hiresColumn}${header + 1}:${hiresColumn}${header + 13}`);
      range.values = Array.from({ length: 13 }, (_, i) => [i === 0 ? 7 : ""]);
      await context.sync();
    });
    const copy = await api.capacityClientCopy("c1", { language: "pt-PT" });
    if (!copy.ok) throw new Error(JSON.stringify(copy.error));
    expect(copy.value.sheetName).toBe("Capacidade - Kasv");
    const cells = copy.value.spec.blocks.flatMap((block) => block.cells.flat());
    expect(cells[0]).toMatch(/^'?Plano de capacidade: Kasv$/);
    expect(cells).toContain(labelTable("pt-PT").columnHires);
    expect(cells).not.toContain(et.columnHires);
    const weeks = copy.value.spec.blocks.find((block) => block.cells.length === 13 && block.cells[0].length > 5);
    expect(weeks?.cells.map((row) => row[hiresColumn.charCodeAt(0) - 65])).toEqual([7, ...Array.from({ length: 12 }, () => null)]);
    // Without a language, the workbook's.
    expect(await api.capacityClientCopy("c1")).toMatchObject({ ok: true, value: { sheetName: "Mahuplaan - Kasv" } });
    expect(await api.createClientCopy([copy.value], { title: "Plano de capacidade" })).toMatchObject({ ok: true, value: { sheetNames: ["Capacidade - Kasv"] } });
  });
});
