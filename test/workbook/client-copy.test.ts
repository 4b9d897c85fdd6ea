/**
 * "Make a client copy" through the adapter, on the simulated workbook: the bytes Excel is asked
 * to open are the writer's, the person's workbook is not touched, and each refusal is structured.
 * Also: the adapter writes the same SheetSpec into Excel (colour scale and waterfall included)
 * as the client copy holds, cell for cell.
 */
import type ExcelJS from "exceljs";
import { toClientSafe } from "../../src/planner/client-safe";
import * as api from "../../src/workbook/api";
import { queueSheetSpec } from "../../src/workbook/adapter";
import { writeXlsx } from "../../src/xlsx/workbook";
import { sampleClientCopy } from "../fixtures/client-copy/sample-copy";
import { SAMPLE_SHEET_NAME, sampleReport } from "../fixtures/client-copy/sample-report";
import { createFakeExcel, type FakeExcel } from "../support/fake-excel";
import { elements, NS, XlsxPackage } from "../support/xlsx-package";
import { forecastSheet, workbook } from "./helpers";

const sample = sampleClientCopy();

/** A cell's number as stored: ExcelJS turns date- and time-formatted numbers into Dates (1900 system, UTC). */
function storedValue(value: ExcelJS.CellValue): unknown {
  return value instanceof Date ? value.getTime() / 86400000 + 25569 : value;
}
const options = { title: sample.properties.title, createdAt: sample.properties.created };

describe("createClientCopy", () => {
  test("Excel opens the writer's .xlsx as a new workbook; this workbook is not touched", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)], settings: { "WFM.scenarios": { version: 1, scenarios: [] } } });
    const result = await api.createClientCopy(sample.sheets, options);
    const expected = writeXlsx(sample.sheets, sample.properties);
    expect(result).toEqual({ ok: true, value: { sheetNames: ["Service report", "Plan - Base"], bytes: expected.length } });
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(Buffer.from(fake.createdWorkbooks[0], "base64").equals(Buffer.from(expected))).toBe(true);
    expect(fake.operations.map((o) => o.op)).toEqual(["createWorkbook"]);
    expect(fake.sheetNames()).toEqual(["Forecast"]);
    expect(fake.setting("WFM.scenarios")).toEqual({ version: 1, scenarios: [] });
  });

  test("where Excel cannot open a workbook from a file (ExcelApi 1.8), it says so and creates nothing", async () => {
    const fake = workbook({ createWorkbook: false });
    expect(await api.createClientCopy(sample.sheets, options)).toEqual({
      ok: false,
      error: { code: "clientCopyNotSupported", requirement: "ExcelApi 1.8" },
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });

  test("Office's requirement sets decide where Office can tell (Office.js defines createWorkbook on every host)", async () => {
    const fake = workbook({});
    const scope = globalThis as { Office?: unknown };
    const asked: string[] = [];
    scope.Office = { context: { requirements: { isSetSupported: (name: string, version: string) => (asked.push(`${name} ${version}`), false) } } };
    try {
      const result = await api.createClientCopy(sample.sheets, options);
      expect(result.ok ? null : result.error.code).toBe("clientCopyNotSupported");
      expect(asked).toEqual(["ExcelApi 1.8"]);
      expect(fake.createdWorkbooks).toEqual([]);
    } finally {
      delete scope.Office;
    }
  });

  test("a sheet that is not values only is refused by cell, and nothing is created", async () => {
    const fake = workbook({});
    const report = sampleReport();
    const result = await api.createClientCopy([{ sheetName: "Live report", spec: report.spec }], options);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== "clientCopyUnsafe") throw new Error("expected clientCopyUnsafe");
    expect(result.error.problems[0]).toEqual({
      code: "wfmReference",
      sheetName: "Live report",
      part: "cell",
      address: report.at.periodServiceLevel,
      text: "=WFM.SL_PERIOD(Intervals[Within],Intervals[Offered])",
    });
    expect(result.error.problems.filter((p) => p.code === "formula")).toHaveLength(report.days.length);
    expect(fake.createdWorkbooks).toEqual([]);
  });

  test("a copy that cannot be built (a sheet name Excel refuses) is refused with the reason", async () => {
    workbook({});
    const result = await api.createClientCopy([{ sheetName: "Q1/Q2", spec: sample.sheets[0].spec }], options);
    expect(result).toEqual({ ok: false, error: { code: "clientCopyInvalid", detail: expect.stringMatching(/"Q1\/Q2" is not a sheet name/) } });
  });

  test("when Excel refuses to open it, the failure is Excel's, with nothing to roll back", async () => {
    const fake = workbook({});
    fake.failWhen({ when: (o) => o.op === "createWorkbook", code: "AccessDenied", message: "This operation is not allowed due to the extension hardening policy." });
    expect(await api.createClientCopy(sample.sheets, options)).toEqual({
      ok: false,
      error: {
        code: "excelFailed",
        operation: "createClientCopy",
        detail: "AccessDenied: This operation is not allowed due to the extension hardening policy.",
        rolledBack: false,
      },
    });
  });
});

describe("the adapter writes a sheet spec into Excel as the client copy holds it", () => {
  const report = sampleReport();
  const spec = toClientSafe(report.spec, { values: report.values, dropRows: [report.at.costRow] });
  let fake: FakeExcel;
  let sheet: ExcelJS.Worksheet;
  let pkg: XlsxPackage;

  beforeAll(async () => {
    fake = createFakeExcel();
    await fake.run(async (context: Excel.RequestContext) => {
      queueSheetSpec(context.workbook.worksheets.add(SAMPLE_SHEET_NAME), spec);
      await context.sync();
    });
    pkg = new XlsxPackage(writeXlsx([{ sheetName: SAMPLE_SHEET_NAME, spec }], sample.properties));
    sheet = (await pkg.workbook()).getWorksheet(SAMPLE_SHEET_NAME) as ExcelJS.Worksheet;
  });

  test("every cell: the same value and number format", () => {
    const written = fake.sheet(SAMPLE_SHEET_NAME).model.cells;
    let compared = 0;
    let withValues = 0;
    for (const [key, cell] of written) {
      if (cell.value !== "") withValues++;
      const [row, column] = key.split(",").map(Number);
      const value = storedValue(sheet.getCell(row, column).value);
      if (typeof cell.value === "number") expect(value).toBeCloseTo(cell.value, 7);
      else expect(value).toEqual(cell.value === "" ? null : cell.value);
      expect(sheet.getCell(row, column).numFmt ?? "General").toBe(cell.numberFormat);
      compared++;
    }
    // And the copy holds no value the adapter did not write.
    let filled = 0;
    sheet.eachRow((row) => row.eachCell(() => void filled++));
    expect(compared).toBeGreaterThan(300);
    expect(filled).toBe(withValues);
  });

  test("the waterfall: a stacked column chart, its base unfilled and out of the legend, labels on the bars", () => {
    const [waterfall, trend] = fake.sheet(SAMPLE_SHEET_NAME).charts();
    expect(waterfall.type).toBe("ColumnStacked");
    expect(waterfall.series.map((s) => [s.name, s.fill, s.hasDataLabels])).toEqual([
      ["Chart base", "none", false],
      ["Level", "#5B9BD5", true],
      ["Fall", "#E8807A", true],
      ["Rise", "#86C06A", true],
    ]);
    expect(waterfall.hiddenLegendEntries).toEqual([0]);
    expect(trend).toMatchObject({ type: "Line" });
    expect(trend.series.map((s) => [s.name, s.lineColor])).toEqual([
      ["Service level", "#4472C4"],
      ["Target", "#A5A5A5"],
    ]);
    // The same series ranges as the client copy's charts.
    const copied = pkg.chartsOf(pkg.sheets()[0].path).map((chart) =>
      elements(chart.xml, NS.chart, "val").map((v) => (elements(v, NS.chart, "f")[0].textContent as string).replace(/\$/g, "")),
    );
    expect([waterfall, trend].map((chart) => chart.series.map((s) => s.valuesAddress))).toEqual(copied);
  });

  test("the heat map's colour scale and the missed days' fill: the same rules as in the client copy", () => {
    const formats = fake.sheet(SAMPLE_SHEET_NAME).conditionalFormats();
    expect(formats.map((f) => [f.type, f.address])).toEqual([
      ["Custom", "A28:H49"],
      ["ColorScale", "K28:V49"],
    ]);
    expect(formats[0]).toMatchObject({ formula: '=$H28="Missed"', fillColor: "#FFC7CE", fontColor: "#9C0006" });
    expect(formats[1].colorScale).toEqual({
      minimum: { type: "Number", formula: "0.6", color: "#F8696B" },
      midpoint: { type: "Number", formula: "0.8", color: "#FFEB84" },
      maximum: { type: "Number", formula: "0.95", color: "#63BE7B" },
    });
    const copied = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((f) => f.ref);
    expect(copied).toEqual(formats.map((f) => f.address));
  });

  test("a colour scale without numbers runs from the lowest value through the median to the highest", async () => {
    const plain = createFakeExcel();
    await plain.run(async (context: Excel.RequestContext) => {
      queueSheetSpec(context.workbook.worksheets.add("Heat"), {
        blocks: [{ address: "A1:B2", cells: [[1, 2], [3, 4]] }],
        tables: [],
        charts: [],
        highlights: [],
        colorScales: [{ address: "A1:B2", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" }],
        columnWidths: [],
        autofit: [],
      });
      await context.sync();
    });
    expect(plain.sheet("Heat").conditionalFormats()[0].colorScale).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
  });

  test("the daily table is an Excel table over the same cells", () => {
    const [table] = fake.sheet(SAMPLE_SHEET_NAME).tables();
    const copied = sheet.getTable("DailyService") as unknown as { table: { tableRef: string } };
    expect(fake.sheet(SAMPLE_SHEET_NAME).tableAddress(table.name)).toBe(copied.table.tableRef);
  });
});
