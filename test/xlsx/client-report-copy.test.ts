/**
 * The REAL client copy, as the add-in makes it for the sample (the client report of March 2025
 * and the plan, values only), written to bytes and opened as a client would: by ExcelJS, which
 * shares no code with the writer, and part by part as XML. What the issue forbids is looked for
 * everywhere (WFM., formulas, add-in settings, hidden sheets, cost figures), and what the client
 * must read is checked against the planner's numbers. A report asked for in Estonian or
 * Portuguese is in that language throughout (words, month, dates, the plan beside it), whatever
 * the workbook's language.
 */
import type ExcelJS from "exceljs";
import { clientSafetyProblems } from "../../src/planner/client-safe";
import { label, labels, labelsFor, type LabelId } from "../../src/planner/labels";
import { writeXlsx } from "../../src/xlsx/workbook";
import { realClientCopy, REAL_COST_PER_AGENT_HOUR } from "../fixtures/client-copy/real-copy";
import { allCells, elements, NS, rowOf, XlsxPackage } from "../support/xlsx-package";

const copy = realClientCopy();
const bytes = writeXlsx(copy.sheets, copy.properties);
const pkg = new XlsxPackage(bytes);
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await pkg.workbook();
});

const reportSheet = () => workbook.getWorksheet(copy.sheets[0].sheetName) as ExcelJS.Worksheet;

describe("the client copy of the sample holds only what a client may see", () => {
  test("the client report is values only by construction: no formula, no WFM., only finite numbers", () => {
    for (const sheet of copy.sheets) expect(clientSafetyProblems(sheet.spec, sheet.sheetName)).toEqual([]);
  });

  test('no "WFM." in any part, no formula in any sheet, no add-in settings or web extension parts', () => {
    for (const [path, text] of pkg.parts) {
      expect([path, /WFM\./i.test(text)]).toEqual([path, false]);
      expect(path).not.toMatch(/webextension|customxml|vba|settings|externallink|connections/i);
    }
    for (const { path } of pkg.sheets()) expect(elements(pkg.xml(path), NS.main, "f")).toEqual([]);
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    }
  });

  test("two visible sheets: the client report, then the plan", () => {
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Client report 2025-03", "visible"],
      ["Plan - Base", "visible"],
    ]);
  });

  test("no cost: no cost label, the cost per agent-hour or any cost the plan computed", () => {
    expect(copy.plan.summary.cost).toBeGreaterThan(0);
    for (const sheet of workbook.worksheets) {
      const values = allCells(sheet).map((cell) => cell.value);
      expect(values).not.toContain(REAL_COST_PER_AGENT_HOUR);
      expect(values).not.toContain(copy.plan.summary.cost);
      expect(values).not.toContain(label("targetCost"));
      expect(values).not.toContain(label("summaryDayCost"));
      expect(values.some((v) => typeof v === "string" && /cost/i.test(v))).toBe(false);
    }
  });
});

describe("what the client reads", () => {
  test("the title names the client and the month; the note says these are values", () => {
    const sheet = reportSheet();
    expect(sheet.getCell("A1").value).toBe("Service report for Northwind Support: March 2025");
    expect(String(sheet.getCell("A2").value)).toMatch(/do not recalculate/);
    expect(workbook.title).toBe("Service report for Northwind Support: March 2025");
  });

  test("the summary: service level against the target, met or missed, as the planner measured it", () => {
    const sheet = reportSheet();
    const row = rowOf(sheet, "Service level: calls answered within 20 seconds");
    expect(sheet.getCell(row, 2).value).toBe(copy.performance.summary.serviceLevel);
    expect(sheet.getCell(row, 2).numFmt).toBe("0.0%");
    expect(sheet.getCell(row, 3).value).toBe(0.8);
    expect(sheet.getCell(row, 4).value).toBe(copy.performance.summary.met ? "Met" : "Missed");
    expect(sheet.getCell(rowOf(sheet, "Calls offered"), 2).value).toBe(copy.performance.summary.offered);
  });

  test("the daily table, one row per day with its result", () => {
    const sheet = reportSheet();
    const header = rowOf(sheet, "By day") + 1;
    copy.performance.days.forEach((day, i) => {
      expect(sheet.getCell(header + 1 + i, 2).value).toBe(day.offered);
      expect(sheet.getCell(header + 1 + i, 4).value).toBe(day.serviceLevel);
      expect(sheet.getCell(header + 1 + i, 6).value).toBe(day.met ? "Met" : "Missed");
    });
  });

  test("the waterfall: a stacked column chart whose base series is invisible; the trend charts are lines", () => {
    const charts = pkg.chartsOf(pkg.sheets()[0].path);
    expect(charts).toHaveLength(3);
    const [waterfall, daily, team] = charts;
    const bar = elements(waterfall.xml, NS.chart, "barChart")[0];
    expect(elements(bar, NS.chart, "grouping")[0].getAttribute("val")).toBe("stacked");
    const firstSeries = elements(waterfall.xml, NS.chart, "ser")[0];
    expect(elements(firstSeries, NS.chart, "spPr")[0].firstChild?.nodeName).toBe("a:noFill");
    expect(elements(daily.xml, NS.chart, "lineChart")).toHaveLength(1);
    expect(elements(team.xml, NS.chart, "lineChart")).toHaveLength(1);
  });

  test("the heat map's cells are the intervals' service levels, under a colour scale centred on the target", () => {
    const sheet = reportSheet();
    const header = rowOf(sheet, "Service level by time of day (rows) and date (columns)") + 1;
    const { heatMap, intervals } = copy.performance;
    const row = heatMap.times.indexOf(10 * 3600);
    expect(sheet.getCell(header + 1 + row, 2).value).toBe(intervals[heatMap.cells[row][0] as number].serviceLevel);
    const formats = (sheet as unknown as { conditionalFormattings: { rules: { type: string; cfvo?: { value?: number }[] }[] }[] }).conditionalFormattings;
    const scale = formats.flatMap((f) => f.rules).find((rule) => rule.type === "colorScale");
    expect(scale?.cfvo?.[1]).toEqual({ type: "num", value: 0.8 });
  });

  test("the team's weeks with their statuses", () => {
    const sheet = reportSheet();
    const header = rowOf(sheet, "Team by week") + 1;
    expect(sheet.getCell(header + 1, 2).value).toBe(copy.team.weeks[0].metrics.attendance);
    expect(["Green", "Amber", "Red"]).toContain(sheet.getCell(header + 1, 3).value);
  });
});

describe("the client's language", () => {
  /** Every text cell of a sheet, as shown (without the apostrophe that keeps "03.03.2025" text). */
  const texts = (spec: (typeof copy.sheets)[number]["spec"]) =>
    spec.blocks
      .flatMap((block) => block.cells.flat())
      .filter((cell): cell is string => typeof cell === "string")
      .map((text) => text.replace(/^'/, ""));
  test.each([
    ["et", "Teenuse aruanne kliendile Northwind Support: märts 2025", "Kliendiaruanne 2025-03", "Plaan - Base", "Kokkuvõte", "03.03.2025"],
    ["pt-BR", "Relatório de serviço para Northwind Support: março de 2025", "Rel. cliente 2025-03", "Dimensionamento - Base", "Resumo", "03/03/2025"],
    ["pt-PT", "Relatório de serviço para Northwind Support: março de 2025", "Rel. cliente 2025-03", "Dimensionamento - Base", "Resumo", "03/03/2025"],
  ] as const)("%s: title, sheet names, words and dates in the client's language", (language, title, reportName, planName, summary, firstDay) => {
    const translated = realClientCopy(language);
    expect(translated.properties.title).toBe(title);
    expect(translated.sheets.map((sheet) => sheet.sheetName)).toEqual([reportName, planName]);
    for (const sheet of translated.sheets) expect(clientSafetyProblems(sheet.spec, sheet.sheetName)).toEqual([]);
    const report = texts(translated.sheets[0].spec);
    expect(report).toContain(summary);
    // The heat map's columns are dates, written as the language writes them.
    expect(report).toContain(firstDay);
    const L = labelsFor(language);
    const englishOnly = (Object.keys(labels) as LabelId[]).filter((id) => L.label(id) !== label(id)).map((id) => label(id));
    for (const sheet of translated.sheets) {
      expect(texts(sheet.spec).filter((text) => englishOnly.includes(text))).toEqual([]);
    }
  });
});
