/**
 * The adapter's actuals, performance and team-metrics paths on the simulated workbook: what they
 * write, that nothing is written while the cells have problems, that a failed batch leaves the
 * workbook as it was, that a sheet is replaced only when asked, that the number of syncs does
 * not grow with the rows (a day of actuals against a month), and that the sheets are in the
 * workbook's language while a client report is in the one asked for.
 */
import { periodHolding } from "../../src/planner/periods";
import { sampleDay } from "../../src/planner/sample";
import { SCENARIOS_SETTING, toStored } from "../../src/planner/scenarios";
import { defaultTeamTargets, TEAM_TARGETS_SETTING, toStoredTeamTargets } from "../../src/planner/team";
import { defaultTargets } from "../../src/planner/targets";
import type { Scenario } from "../../src/planner/types";
import * as api from "../../src/workbook/api";
import { REGISTRY_SETTING } from "../../src/workbook/registry";
import { CULTURES, type FakeCulture, type FakeExcel, type SeedSheet } from "../support/fake-excel";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";
import { XlsxPackage } from "../support/xlsx-package";
import { snapshot, workbook } from "./helpers";

const MARCH = periodHolding("month", MONDAY_2025_03_03);

/** The sample forecast's day as a person's sheet, and a scenario planning it. */
function forecastSheet(): SeedSheet {
  return { name: "Forecast", values: [["Interval", "Calls", "AHT"], ...sampleDay().map((d) => [d.start, d.calls, d.ahtSeconds])] };
}

function scenario(changes: Partial<Scenario["targets"]> = {}): Scenario {
  return {
    id: "s1",
    name: "Base",
    forecast: {
      sheetName: "Forecast",
      tableName: null,
      firstRow: 2,
      rowCount: 48,
      dateColumn: null,
      intervalColumn: "A",
      callsColumn: "B",
      ahtColumn: "C",
      defaultAhtSeconds: null,
    },
    targets: { ...defaultTargets(), costPerAgentHour: 22.5, ...changes },
    adjustments: { volumeFactor: 1, ahtFactor: 1 },
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
  };
}

/** A workbook with the forecast, the stored scenario and the sample actuals written by the adapter. */
async function withSample(targets: Partial<Scenario["targets"]> = {}, culture?: FakeCulture): Promise<{ fake: FakeExcel; sample: api.SampleActuals }> {
  const fake = workbook({ sheets: [forecastSheet()], settings: { [SCENARIOS_SETTING]: toStored([scenario(targets)]) }, culture });
  const created = await api.createSampleActuals();
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return { fake, sample: created.value };
}

function syncsOfLastRun(fake: FakeExcel): number {
  return fake.syncsPerRun[fake.syncsPerRun.length - 1];
}

describe("createSampleActuals", () => {
  test("writes a month of ACD intervals and nine weeks of team metrics, each an Excel table, in one batch", async () => {
    const { fake, sample } = await withSample();
    expect(sample).toEqual({
      actualsSheet: "Sample actuals",
      actualsTable: "WFM_SampleActuals_1",
      teamSheet: "Sample team metrics",
      teamTable: "WFM_SampleTeam_1",
    });
    const actuals = fake.sheet("Sample actuals");
    expect(actuals.tableAddress("WFM_SampleActuals_1")).toBe("A1:L1009");
    expect(actuals.values("A1:L1")[0]).toEqual([
      "Date",
      "Interval",
      "Offered",
      "Answered",
      "Answered within 20 s",
      "Abandoned",
      "Abandoned within 20 s",
      "AHT (s)",
      "ASA (s)",
      "Staff scheduled",
      "Agents logged in",
      "Adherence",
    ]);
    expect(fake.sheet("Sample team metrics").tableAddress("WFM_SampleTeam_1")).toBe("A1:H10");
    expect(fake.syncsPerRun).toEqual([3]);
    expect(fake.suspendedBatches).toBe(1);
    expect(fake.setting(REGISTRY_SETTING)).toMatchObject({ sheets: [{ kind: "sample" }, { kind: "sample" }] });
  });

  test("if Excel refuses the second table, neither sheet stays", async () => {
    const fake = workbook({ sheets: [forecastSheet()] });
    let tables = 0;
    fake.failWhen({ when: (operation) => operation.op === "tables.add" && ++tables === 2, message: "No." });
    const created = await api.createSampleActuals();
    expect(created).toMatchObject({ ok: false, error: { code: "excelFailed", rolledBack: true } });
    expect(fake.sheetNames()).toEqual(["Forecast"]);
  });
});

describe("readActuals", () => {
  test("reads the sample's table and recognises every column", async () => {
    const { sample } = await withSample();
    const read = await api.readActuals({ kind: "table", name: sample.actualsTable });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.address).toBe("'Sample actuals'!A1:L1009");
    expect(read.value.reading.problems).toEqual([]);
    expect(read.value.reading.rows).toHaveLength(1008);
    expect(read.value.reading.days).toBe(21);
  });

  test("lists a selection's bad cells by address and writes nothing", async () => {
    const fake = workbook({
      sheets: [
        {
          name: "ACD",
          values: [
            ["Date/time", "Offered", "Answered", "SL %", "Abandoned", "AHT"],
            [MONDAY_2025_03_03 + 1 / 3, 100, 90, 85, 10, 240],
            [MONDAY_2025_03_03 + 1 / 3 + 1 / 48, "lots", 90, 85, 10, 240],
          ],
        },
      ],
      selection: "ACD!A1:F3",
    });
    const before = snapshot(fake, "ACD");
    const read = await api.readActuals({ kind: "selection" });
    expect(read).toMatchObject({
      ok: true,
      value: { reading: { problems: [{ code: "textInNumberColumn", cell: "ACD!B3", column: "offered", value: "lots" }], percentScales: { serviceLevel: "points" } } },
    });
    expect(snapshot(fake, "ACD")).toBe(before);
    expect(fake.sheetNames()).toEqual(["ACD"]);
  });
});

describe("buildPerformance", () => {
  test("writes the Performance sheet for March with live SL_PERIOD and SL_VARIANCE formulas", async () => {
    const { fake, sample } = await withSample();
    const built = await api.buildPerformance({ scenarioId: "s1", actuals: { source: { kind: "table", name: sample.actualsTable } }, period: MARCH, replaceExisting: false });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.sheetName).toBe("Performance 2025-03");
    expect(built.value.report.days).toHaveLength(21);
    const sheet = fake.sheet("Performance 2025-03");
    const used = sheet.usedAddress() as string;
    const formulas = sheet.formulas(used).flat().filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(formulas.filter((f) => f.startsWith("=WFM.SL_VARIANCE(")).length).toBe(built.value.report.intervals.filter((r) => r.variance).length);
    expect(formulas.some((f) => f.startsWith("=WFM.SL_PERIOD("))).toBe(true);
    expect(sheet.charts().map((c) => c.type)).toEqual(["ColumnStacked", "Line"]);
    expect(fake.setting(REGISTRY_SETTING)).toMatchObject({ sheets: expect.arrayContaining([expect.objectContaining({ kind: "performance", scenarioIds: ["s1"], key: "month:2025-03" })]) });
    expect(fake.activeSheetName).toBe("Performance 2025-03");
  });

  test("the same number of syncs for a day as for a month", async () => {
    const { fake, sample } = await withSample();
    const source = { kind: "table" as const, name: sample.actualsTable };
    await api.buildPerformance({ scenarioId: "s1", actuals: { source }, period: periodHolding("day", MONDAY_2025_03_03), replaceExisting: false });
    const day = syncsOfLastRun(fake);
    await api.buildPerformance({ scenarioId: "s1", actuals: { source }, period: MARCH, replaceExisting: false });
    expect(syncsOfLastRun(fake)).toBe(day);
    expect(day).toBeLessThanOrEqual(6);
  });

  test("asks before replacing the scenario's sheet for the period, and replaces only that sheet", async () => {
    const { fake, sample } = await withSample();
    const request = { scenarioId: "s1", actuals: { source: { kind: "table" as const, name: sample.actualsTable } }, period: MARCH, replaceExisting: false };
    await api.buildPerformance(request);
    expect(await api.buildPerformance(request)).toEqual({ ok: false, error: { code: "sheetExists", sheetName: "Performance 2025-03" } });
    const again = await api.buildPerformance({ ...request, replaceExisting: true });
    expect(again).toMatchObject({ ok: true, value: { sheetName: "Performance 2025-03", replacedSheet: "Performance 2025-03" } });
    expect(fake.sheetNames().filter((name) => name.startsWith("Performance"))).toEqual(["Performance 2025-03"]);
  });

  test("refuses actuals with problems, or a contract rule the export cannot give, and writes nothing", async () => {
    const fake = workbook({
      sheets: [
        forecastSheet(),
        { name: "ACD", values: [["Date/time", "Offered", "Answered", "Answered in 20 s", "Abandoned", "AHT"], [MONDAY_2025_03_03 + 1 / 3, 100, 90, "", 10, 240]] },
        { name: "Good", values: [["Date/time", "Offered", "Answered", "Answered in 20 s", "Abandoned", "AHT"], [MONDAY_2025_03_03 + 1 / 3, 100, 90, 80, 10, 240]] },
      ],
      settings: { [SCENARIOS_SETTING]: toStored([scenario({ abandonRule: 1 })]) },
    });
    const sheets = fake.sheetNames();
    const bad = await api.buildPerformance({ scenarioId: "s1", actuals: { source: { kind: "range", address: "ACD!A1:F2" } }, period: MARCH, replaceExisting: false });
    expect(bad).toEqual({ ok: false, error: { code: "actualsProblems", problems: [{ code: "missingValue", cell: "ACD!D2", column: "answeredWithin" }] } });
    const rule = await api.buildPerformance({ scenarioId: "s1", actuals: { source: { kind: "range", address: "Good!A1:F2" } }, period: MARCH, replaceExisting: false });
    expect(rule).toEqual({ ok: false, error: { code: "performanceProblems", problems: [{ code: "abandonedWithinNeeded", rule: 1 }] } });
    expect(fake.sheetNames()).toEqual(sheets);
  });

  test("if Excel refuses the waterfall chart, the half-written sheet is removed", async () => {
    const { fake, sample } = await withSample();
    const sheets = fake.sheetNames();
    fake.failWhen({ when: (operation) => operation.op === "charts.add", message: "The chart could not be added." });
    const built = await api.buildPerformance({ scenarioId: "s1", actuals: { source: { kind: "table", name: sample.actualsTable } }, period: MARCH, replaceExisting: false });
    expect(built).toMatchObject({ ok: false, error: { code: "excelFailed", operation: "buildPerformance", rolledBack: true } });
    expect(fake.sheetNames()).toEqual(sheets);
  });
});

describe("team metrics", () => {
  test("writes the Team metrics sheet and stores the targets beside the scenarios", async () => {
    const { fake, sample } = await withSample();
    const targets = { ...defaultTeamTargets(), attendance: { target: 0.96, amber: 0.93 } };
    const built = await api.buildTeamMetrics({ team: { source: { kind: "table", name: sample.teamTable } }, targets, actuals: null, replaceExisting: false });
    expect(built).toMatchObject({ ok: true, value: { sheetName: "Team metrics", replacedSheet: null } });
    if (!built.ok) return;
    expect(built.value.report.weeks).toHaveLength(9);
    expect(fake.sheet("Team metrics").charts().map((c) => c.title)).toEqual([
      "Attendance, absenteeism and quality by week",
      "Complaints per 1,000 contacts handled by week",
    ]);
    expect(fake.setting(TEAM_TARGETS_SETTING)).toEqual(toStoredTeamTargets(targets));
    expect(await api.loadTeamTargets()).toEqual({ ok: true, value: { targets, unreadable: false } });
    expect(await api.buildTeamMetrics({ team: { source: { kind: "table", name: sample.teamTable } }, targets, actuals: null, replaceExisting: false })).toEqual({
      ok: false,
      error: { code: "sheetExists", sheetName: "Team metrics" },
    });
  });

  test("targets that make no sense are refused before Excel is asked anything", async () => {
    const fake = workbook({ sheets: [forecastSheet()] });
    const targets = { ...defaultTeamTargets(), quality: { target: 0.8, amber: 0.9 } };
    const built = await api.buildTeamMetrics({ team: { source: { kind: "selection" } }, targets, actuals: null, replaceExisting: false });
    expect(built).toEqual({ ok: false, error: { code: "invalidTeamTargets", problems: [{ field: "quality.amber", code: "amberWrongSide", higherIsBetter: true }] } });
    expect(fake.syncsPerRun).toEqual([]);
  });

  test("stored targets someone edited are not trusted", async () => {
    workbook({ sheets: [forecastSheet()], settings: { [TEAM_TARGETS_SETTING]: { version: 1, targets: { attendance: { target: "=1+1", amber: 0 } } } } });
    expect(await api.loadTeamTargets()).toEqual({ ok: true, value: { targets: null, unreadable: true } });
  });

  test("a table without contacts takes the calls answered in the actuals", async () => {
    const fake = workbook({
      sheets: [
        forecastSheet(),
        { name: "Team", values: [["Week", "Scheduled hours", "Worked hours", "Complaints"], [MONDAY_2025_03_03, 1000, 950, 5]] },
      ],
    });
    const created = await api.createSampleActuals();
    if (!created.ok) throw new Error("no sample");
    const built = await api.buildTeamMetrics({
      team: { source: { kind: "range", address: "Team!A1:D2" } },
      targets: defaultTeamTargets(),
      actuals: { source: { kind: "table", name: created.value.actualsTable } },
      replaceExisting: false,
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const answered = (await api.readActuals({ kind: "table", name: created.value.actualsTable }));
    if (!answered.ok) throw new Error("no actuals");
    const firstWeek = answered.value.reading.rows.filter((row) => row.day < MONDAY_2025_03_03 + 7).reduce((sum, row) => sum + row.answered, 0);
    expect(built.value.report.contactsFromActuals).toEqual([firstWeek]);
    expect(fake.sheet("Team metrics").values("A2:A2")[0][0]).toMatch(/Contacts handled are the calls answered/);
  });
});

describe("the client report and the client copy", () => {
  const reportOf = (sample: api.SampleActuals, language: api.Language = "en"): api.ReportRequest => ({
    scenarioId: "s1",
    actuals: { source: { kind: "table", name: sample.actualsTable } },
    period: MARCH,
    language,
    clientName: "Northwind",
    team: { source: { kind: "table", name: sample.teamTable }, targets: defaultTeamTargets() },
  });

  test("the client report is written as values only, and asked about before it is replaced", async () => {
    const { fake, sample } = await withSample();
    const built = await api.buildClientReport({ ...reportOf(sample), replaceExisting: false });
    expect(built).toMatchObject({ ok: true, value: { sheetName: "Client report 2025-03", replacedSheet: null } });
    const sheet = fake.sheet("Client report 2025-03");
    const cells = sheet.formulas(sheet.usedAddress() as string).flat();
    expect(cells.filter((cell) => typeof cell === "string" && cell.startsWith("="))).toEqual([]);
    expect(sheet.values("A1:A1")[0][0]).toBe("Service report for Northwind: March 2025");
    expect(sheet.charts().map((c) => c.type)).toEqual(["ColumnStacked", "Line", "Line"]);
    expect(await api.buildClientReport({ ...reportOf(sample), replaceExisting: false })).toEqual({
      ok: false,
      error: { code: "sheetExists", sheetName: "Client report 2025-03" },
    });
  });

  test("the client copy opens as a new workbook with the report and the plan, and this workbook is not changed", async () => {
    const { fake, sample } = await withSample();
    const sheets = fake.sheetNames();
    // An English workbook, a report for an Estonian client: the report and the plan beside it are Estonian.
    const copy = await api.makeClientCopy({ report: reportOf(sample, "et"), planScenarioIds: ["s1"] });
    expect(copy).toMatchObject({ ok: true, value: { sheetNames: ["Kliendiaruanne 2025-03", "Plaan - Base"] } });
    expect(fake.createdWorkbooks).toHaveLength(1);
    const pkg = new XlsxPackage(new Uint8Array(Buffer.from(fake.createdWorkbooks[0], "base64")));
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Kliendiaruanne 2025-03", "Plaan - Base"]);
    for (const [path, text] of pkg.parts) expect([path, /WFM\./.test(text)]).toEqual([path, false]);
    const workbookRead = await pkg.workbook();
    expect(workbookRead.title).toBe("Teenuse aruanne kliendile Northwind: märts 2025");
    expect(fake.sheetNames()).toEqual(sheets);
    // Plans alone go in the language asked for, else the workbook's.
    expect(await api.makeClientCopy({ report: null, planScenarioIds: ["s1"], language: "pt-PT" })).toMatchObject({
      ok: true,
      value: { sheetNames: ["Dimensionamento - Base"] },
    });
    expect(await api.makeClientCopy({ report: null, planScenarioIds: ["s1"] })).toMatchObject({ ok: true, value: { sheetNames: ["Plan - Base"] } });
  });

  test("an Estonian workbook gets Estonian samples, Performance and Team metrics sheets; a client report the language asked for", async () => {
    const { fake, sample } = await withSample({}, CULTURES["et-EE"]);
    expect(sample).toMatchObject({ actualsSheet: "Tegelike andmete näidis", teamSheet: "Meeskonna näitajate näidis" });
    expect(fake.sheet("Tegelike andmete näidis").values("A1:C1")[0]).toEqual(["Kuupäev", "Intervall", "Pakutud kõned"]);
    const performance = await api.buildPerformance({ scenarioId: "s1", actuals: { source: { kind: "table", name: sample.actualsTable } }, period: MARCH, replaceExisting: false });
    expect(performance).toMatchObject({ ok: true, value: { sheetName: "Tulemused 2025-03" } });
    expect(fake.sheet("Tulemused 2025-03").values("A1:A1")[0][0]).toBe("Tulemused eesmärgi ja plaani suhtes: Base, märts 2025");
    const team = await api.buildTeamMetrics({
      team: { source: { kind: "table", name: sample.teamTable } },
      targets: defaultTeamTargets(),
      actuals: null,
      replaceExisting: false,
    });
    expect(team).toMatchObject({ ok: true, value: { sheetName: "Meeskonna näitajad" } });
    // A sheet's language can still be named by the caller.
    const english = await api.buildPerformance({
      scenarioId: "s1",
      actuals: { source: { kind: "table", name: sample.actualsTable } },
      period: periodHolding("week", MONDAY_2025_03_03),
      replaceExisting: false,
      language: "en",
    });
    expect(english).toMatchObject({ ok: true, value: { sheetName: "Performance wk 2025-03-03" } });
    const report = await api.buildClientReport({ ...reportOf(sample, "pt-BR"), replaceExisting: false });
    expect(report).toMatchObject({ ok: true, value: { sheetName: "Rel. cliente 2025-03" } });
    expect(fake.sheet("Rel. cliente 2025-03").values("A1:A1")[0][0]).toBe("Relatório de serviço para Northwind: março de 2025");
  });

  test("a copy with nothing in it is refused", async () => {
    const { fake } = await withSample();
    expect(await api.makeClientCopy({ report: null, planScenarioIds: [] })).toEqual({ ok: false, error: { code: "clientCopyEmpty" } });
    expect(fake.createdWorkbooks).toEqual([]);
  });
});
