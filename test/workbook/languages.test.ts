/**
 * The adapter writes sheets in the workbook's language: the culture Excel reports
 * (application.cultureInfo, ExcelApi 1.11), or Office's content or display language where Excel
 * cannot say, or the language the caller names (a client report's). Run on the simulated
 * workbook, whose culture the seed sets.
 */
import * as api from "../../src/workbook/api";
import { CULTURES } from "../support/fake-excel";
import { forecastSheet, placementOf, scenario, workbook } from "./helpers";

const PLAN = placementOf("plan");

/* eslint-disable @typescript-eslint/no-explicit-any -- a stand-in for Office.context */
function withOffice(context: Record<string, unknown> | null): void {
  if (context === null) delete (globalThis as any).Office;
  else (globalThis as any).Office = { context };
}
afterEach(() => withOffice(null));

describe("a plan built in an Estonian workbook", () => {
  test("carries Estonian labels, notes, chart titles and date formats, and the English formulas", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)], culture: CULTURES["et-EE"] });
    const built = await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
    expect(built).toMatchObject({ ok: true, value: { sheetName: "Plaan - Base" } });
    const sheet = fake.sheet("Plaan - Base");
    expect(sheet.values("A1")).toEqual([["Mehitatuse plaan: Base"]]);
    expect(String(sheet.values("A2")[0][0])).toMatch(/^Prognoos Forecast!A2:C49, maht ×1, käsitlusaeg ×1\. Koostas WFM-lisandmoodul \d\d\.\d\d\.\d{4} \d\d:\d\d UTC\./);
    const summary = PLAN.summary;
    expect(sheet.values(`A${summary.headerRow}:C${summary.headerRow}`)).toEqual([["Kokkuvõte", "Jooksev", "Koostamisel"]]);
    expect(sheet.values(`A${PLAN.targets.headerRow}`)).toEqual([["Eesmärgid"]]);
    const header = PLAN.intervals.headerRow;
    expect(sheet.values(`A${header}:E${header}`)[0]).toEqual(["Intervall", "Kõned", "Käsitlusaeg (s)", "Töömaht (erlangites)", "Vajalikud klienditeenindajad"]);
    const [chart] = sheet.charts();
    expect(chart.title).toBe("Vajalikud klienditeenindajad ja graafikus töötajad intervallide kaupa");
    expect(chart.series.map((series) => series.name)).toEqual(["Vajalikud klienditeenindajad", "Graafikus töötajad"]);
    expect(sheet.cell(`B${PLAN.targets.rowsById.rule}`).numberFormat).toContain("jäetakse teenindustasemest välja");
    expect(sheet.cell(`E${PLAN.intervals.firstRow}`).formula).toMatch(/^=WFM\.AGENTS_REQUIRED\(/);
  });

  test("and a week of it dates its days the Estonian way", async () => {
    const fake = workbook({ sheets: [forecastSheet(48 * 7)], culture: CULTURES["et-EE"] });
    await api.buildPlan(scenario("s1", "Base", {}, 48 * 7), { replaceExisting: false });
    const week = placementOf("plan", 48 * 7);
    const sheet = fake.sheet("Plaan - Base");
    expect(sheet.cell(`A${week.days.firstRow}`).numberFormat).toBe("[$-425]ddd dd.mm.yyyy");
    expect(sheet.cell(`B${week.intervals.firstRow}`).numberFormat).toBe("dd.mm.yyyy hh:mm");
    expect(sheet.values(`A${week.days.top}`)).toEqual([["Päevade kaupa"]]);
  });
});

describe("the language of each sheet", () => {
  test.each([
    ["pt-BR", "Previsão de exemplo", ["Intervalo", "Chamadas", "TMA (s)"]],
    ["pt-PT", "Previsão de exemplo", ["Intervalo", "Chamadas", "TMA (s)"]],
    ["et-EE", "Näidisprognoos", ["Intervall", "Kõned", "Käsitlusaeg (s)"]],
    ["en-US", "Sample forecast", ["Interval", "Calls", "AHT (s)"]],
  ] as const)("a %s workbook's sample forecast is in its language, and reads back as a forecast", async (culture, sheetName, headers) => {
    const fake = workbook({ sheets: [{ name: "Sheet1" }], culture: CULTURES[culture] });
    const sample = await api.createSampleForecast();
    expect(sample).toMatchObject({ ok: true, value: { sheetName } });
    expect(fake.sheet(sheetName).values("A1:C1")).toEqual([headers]);
    const read = await api.readForecast({ kind: "table", name: sample.ok ? sample.value.tableName : "" });
    expect(read.ok && read.value.reading.problems).toEqual([]);
    expect(read.ok && read.value.reading.recognised).toEqual({ date: false, interval: true, calls: true, aht: true });
  });

  test("a comparison and a roster check in a pt-BR workbook are in Brazilian Portuguese", async () => {
    const fake = workbook({
      sheets: [forecastSheet(48), { name: "Escala", values: [["Pessoas"], ...Array.from({ length: 48 }, () => [40])] }],
      culture: CULTURES["pt-BR"],
      settings: {},
    });
    for (const s of [scenario("s1", "Base"), scenario("s2", "Volume +10%", { adjustments: { volumeFactor: 1.1, ahtFactor: 1 } })]) {
      expect((await api.saveScenario(s)).ok).toBe(true);
    }
    expect(await api.compareScenarios(["s1", "s2"])).toMatchObject({ ok: true, value: { sheetName: "Comparação" } });
    expect(fake.sheet("Comparação").values("A1")).toEqual([["Comparação de cenários"]]);
    const roster = await api.checkRoster("s1", { address: "Escala!A2:A49", basis: "scheduled" });
    expect(roster).toMatchObject({ ok: true, value: { sheetName: "Verif. da escala - Base" } });
    expect(fake.sheet("Verif. da escala - Base").values("A1")).toEqual([["Verificação da escala: Base"]]);
  });

  test("the caller's language wins over the workbook's (a client report's language is chosen per report)", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)], culture: CULTURES["et-EE"] });
    await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false, language: "pt-PT" });
    expect(fake.sheet("Dimensionamento - Base").values("A1")).toEqual([["Dimensionamento: Base"]]);
  });

  test("a culture that is none of ours gives English sheets", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)], culture: { name: "de-DE", decimalSeparator: ",", groupSeparator: "." } });
    await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
    expect(fake.sheet("Plan - Base").values("A1")).toEqual([["Staffing plan: Base"]]);
  });
});

describe("an Excel without cultureInfo (before ExcelApi 1.11)", () => {
  test("Office's content language stands in, then its display language, then English", async () => {
    withOffice({ contentLanguage: "pt-PT", displayLanguage: "en-US", requirements: { isSetSupported: () => false } });
    const fake = workbook({ sheets: [{ name: "Sheet1" }], culture: CULTURES["et-EE"] });
    expect(await api.getWorkbookCulture()).toEqual({
      ok: true,
      value: { name: "pt-PT", language: "pt-PT", numbers: { decimalSeparator: ",", groupSeparator: "\u00A0" }, source: "office" },
    });
    await api.createSampleForecast();
    expect(fake.sheetNames()).toContain("Previsão de exemplo");
    // No cultureInfo was asked of an Excel that Office says lacks it.
    expect(fake.operations.some((operation) => operation.target.startsWith("application.cultureInfo"))).toBe(false);

    withOffice({ displayLanguage: "et-EE", requirements: { isSetSupported: () => false } });
    expect(await api.getWorkbookCulture()).toMatchObject({ ok: true, value: { name: "et-EE", language: "et", source: "office" } });
    withOffice(null);
    workbook({ sheets: [{ name: "Sheet1" }], culture: null });
    expect(await api.getWorkbookCulture()).toMatchObject({ ok: true, value: { name: null, language: "en", source: "office" } });
  });

  test("where Office says 1.11 is there, Excel's culture is read", async () => {
    withOffice({ displayLanguage: "en-US", requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && version === "1.11" } });
    workbook({ sheets: [{ name: "Sheet1" }], culture: CULTURES["pt-BR"] });
    expect(await api.getWorkbookCulture()).toEqual({
      ok: true,
      value: { name: "pt-BR", language: "pt-BR", numbers: { decimalSeparator: ",", groupSeparator: "." }, source: "excel" },
    });
  });
});

test("the culture is read in one request, and with the workbook's state in the writes (no extra sync)", async () => {
  const fake = workbook({ sheets: [forecastSheet(48)], culture: CULTURES["et-EE"] });
  await api.getWorkbookCulture();
  expect(fake.syncsPerRun).toEqual([1]);
  const english = workbook({ sheets: [forecastSheet(48)] });
  await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
  const estonian = workbook({ sheets: [forecastSheet(48)], culture: CULTURES["et-EE"] });
  await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
  expect(estonian.syncsPerRun).toEqual(english.syncsPerRun);
});
