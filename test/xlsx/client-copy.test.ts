/**
 * The client copy as a client receives it: the sample copy (the service report and a plan
 * sheet, both values only, cost rows removed) is written, then opened the way an outside
 * reader would: unzipped, every part parsed as XML, and the cells read by ExcelJS, which shares
 * no code with the writer. What the issue forbids is looked for everywhere: WFM. in any part,
 * formulas, add-in settings or web extension parts, hidden sheets, costs.
 */
import type { Document } from "@xmldom/xmldom";
import type ExcelJS from "exceljs";
import { chartSeries } from "../../src/planner/chart-series";
import { ClientSafetyError } from "../../src/planner/client-safe";
import { label } from "../../src/planner/labels";
import { columnLetters, parseAddress, type ParsedAddress } from "../../src/planner/addresses";
import type { SheetSpec } from "../../src/planner/layout";
import { CREATOR, writeXlsx } from "../../src/xlsx/workbook";
import { cellOf, clientPlanSheet, PLAN_COST_PER_AGENT_HOUR, samplePlan } from "../fixtures/client-copy/plan-copy";
import { PLAN_SHEET_NAME, SAMPLE_CREATED, sampleClientCopy } from "../fixtures/client-copy/sample-copy";
import { INTERNAL_COST_PER_DAY, SAMPLE_SHEET_NAME, SAMPLE_TITLE, sampleReport, TARGET } from "../fixtures/client-copy/sample-report";
import { allCells, elements, NS, rowOf, XlsxPackage } from "../support/xlsx-package";

const copy = sampleClientCopy();
const bytes = writeXlsx(copy.sheets, copy.properties);
const pkg = new XlsxPackage(bytes);
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await pkg.workbook();
});

const report = () => workbook.getWorksheet(SAMPLE_SHEET_NAME) as ExcelJS.Worksheet;
const planSheet = () => workbook.getWorksheet(PLAN_SHEET_NAME) as ExcelJS.Worksheet;

/** A cell's number as stored: ExcelJS turns date- and time-formatted numbers into Dates (1900 system, UTC). */
function stored(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  return value instanceof Date ? value.getTime() / 86400000 + 25569 : value;
}

/** Row number where the dropped rows above have moved a laid-out row. */
const ROWS_DROPPED_IN_REPORT = 1;

describe("the package holds a workbook and nothing of the add-in", () => {
  const ALLOWED = [
    /^\[Content_Types\]\.xml$/,
    /^_rels\/\.rels$/,
    /^docProps\/(core|app)\.xml$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^xl\/(styles|sharedStrings)\.xml$/,
    /^xl\/worksheets\/sheet\d+\.xml$/,
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
    /^xl\/drawings\/drawing\d+\.xml$/,
    /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
    /^xl\/charts\/chart\d+\.xml$/,
    /^xl\/tables\/table\d+\.xml$/,
  ];

  test("every part is well-formed XML and an ordinary workbook part", () => {
    expect(pkg.parts.size).toBeGreaterThan(10);
    for (const path of pkg.parts.keys()) {
      expect(ALLOWED.some((pattern) => pattern.test(path))).toBe(true);
      expect(() => pkg.xml(path)).not.toThrow();
    }
  });

  test("no web extension (where Office keeps an add-in's settings), custom XML, macros, settings or external links", () => {
    for (const path of pkg.parts.keys()) expect(path).not.toMatch(/webextension|customxml|vba|settings|externallink|connections|calcchain/i);
    const types = pkg.parts.get("[Content_Types].xml") as string;
    expect(types).not.toMatch(/macroEnabled|webextension|vbaProject|customXml/i);
    const workbookXml = pkg.xml("xl/workbook.xml");
    expect(elements(workbookXml, NS.main, "definedName")).toEqual([]);
    expect(elements(workbookXml, NS.main, "definedNames")).toEqual([]);
  });

  test("every part has its content type and every relationship reaches a part", () => {
    const types = pkg.xml("[Content_Types].xml");
    const overrides = elements(types, NS.types, "Override").map((o) => (o.getAttribute("PartName") as string).slice(1));
    for (const path of overrides) expect(pkg.parts.has(path)).toBe(true);
    for (const path of pkg.parts.keys()) {
      if (!/\.rels$|^\[Content_Types\]/.test(path)) expect(overrides).toContain(path);
      for (const { target } of pkg.relationships(path).values()) expect(pkg.parts.has(target)).toBe(true);
    }
    expect([...pkg.relationships("").values()].map((r) => r.target)).toEqual(["xl/workbook.xml", "docProps/core.xml", "docProps/app.xml"]);
  });

  test('no "WFM." anywhere, in any part', () => {
    for (const [path, text] of pkg.parts) {
      if (/WFM\./i.test(text)) throw new Error(`${path} holds "${/.{0,40}WFM\..{0,40}/i.exec(text)?.[0]}"`);
    }
  });

  test("no formulas: no worksheet holds an <f>, and ExcelJS finds no formula cell", () => {
    for (const { path } of pkg.sheets()) expect(elements(pkg.xml(path), NS.main, "f")).toEqual([]);
    for (const sheet of workbook.worksheets) {
      for (const cell of allCells(sheet)) {
        expect(cell.formula).toBeUndefined();
        expect(typeof cell.value === "object" && cell.value !== null && "formula" in cell.value).toBe(false);
      }
    }
  });

  test("every sheet is visible, in the order given", () => {
    expect(pkg.sheets().map((s) => [s.name, s.state])).toEqual([
      [SAMPLE_SHEET_NAME, null],
      [PLAN_SHEET_NAME, null],
    ]);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SAMPLE_SHEET_NAME, "visible"],
      [PLAN_SHEET_NAME, "visible"],
    ]);
  });

  test("document properties: title, creator and creation time", () => {
    expect(workbook.title).toBe(SAMPLE_TITLE);
    expect(workbook.creator).toBe(CREATOR);
    expect(workbook.created.toISOString()).toBe(SAMPLE_CREATED.toISOString());
    expect(pkg.parts.get("docProps/app.xml")).toContain(`<Application>${CREATOR}</Application>`);
  });

  test("the same input gives the same bytes", () => {
    const again = sampleClientCopy();
    expect(Buffer.from(writeXlsx(again.sheets, again.properties)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("the service report, values only", () => {
  const sample = sampleReport();
  const moved = (row: number) => row - ROWS_DROPPED_IN_REPORT;

  test("the summary holds the values the formulas showed, with their number formats", () => {
    const sheet = report();
    expect(sheet.getCell("A1").value).toBe(SAMPLE_TITLE);
    expect(sheet.getCell("A5").value).toBe("Service level");
    const expected = sample.values.find((v) => v.address === sample.at.periodServiceLevel)?.value as number;
    expect(sheet.getCell(sample.at.periodServiceLevel).value).toBe(expected);
    expect(sheet.getCell(sample.at.periodServiceLevel).numFmt).toBe("0.0%");
    expect(sheet.getCell("C5").value).toBe(TARGET.serviceLevel);
    expect(sheet.getCell("B11").numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(sheet.getCell("A12").value).toBe("Calls offered");
    expect(sheet.getCell("B12").value).toBe(sample.days.flatMap((d) => d.intervals).reduce((s, i) => s + i.offered, 0));
  });

  test("the cost row is gone and what was below it moved up", () => {
    const sheet = report();
    const texts = allCells(sheet).map((c) => c.value);
    expect(texts).not.toContain(label("summaryDayCost"));
    expect(texts).not.toContain(INTERNAL_COST_PER_DAY);
    expect(sheet.getCell(`A${sample.at.costRow}`).value).toBeNull();
    expect(sheet.getCell(`A${sample.at.costRow + 1}`).value).toBe("Why the service level moved");
  });

  test("the daily table: dates, figures and the Met/Missed result as values", () => {
    const sheet = report();
    const first = moved(sample.at.dailyFirstRow);
    sample.days.forEach((day, i) => {
      const row = first + i;
      const offered = day.intervals.reduce((s, x) => s + x.offered, 0);
      const within = day.intervals.reduce((s, x) => s + x.answeredWithin, 0);
      expect(stored(sheet.getCell(`A${row}`))).toBeCloseTo(day.serial, 9);
      expect(sheet.getCell(`A${row}`).numFmt).toBe("ddd d mmm");
      expect(sheet.getCell(`B${row}`).value).toBe(offered);
      expect(sheet.getCell(`D${row}`).value).toBe(within / offered);
      expect(sheet.getCell(`H${row}`).value).toBe(within / offered >= TARGET.serviceLevel ? "Met" : "Missed");
    });
    expect(sheet.getCell(`H${first + 5}`).value).toBe("Missed");
  });

  test("the Excel table covers the daily table, its columns named by the header cells", () => {
    const table = report().getTable("DailyService") as unknown as { table: { tableRef: string; headerRow: boolean; columns: { name: string }[] } };
    const header = moved(sample.at.dailyFirstRow) - 1;
    expect(table.table.tableRef).toBe(`A${header}:H${moved(sample.at.dailyLastRow)}`);
    expect(table.table.headerRow).toBe(true);
    expect(table.table.columns.map((c) => c.name)).toEqual(
      (report().getRow(header).values as unknown[]).slice(1, 9),
    );
  });

  test("the heat map holds each hour's service level, under a three-colour scale centred on the target", () => {
    const sheet = report();
    const first = moved(sample.at.dailyFirstRow);
    expect(sheet.getCell(`K${first}`).value).toBe(sample.days[0].intervals[0].answeredWithin / sample.days[0].intervals[0].offered);
    expect(sheet.getCell(`K${first}`).numFmt).toBe("0%");
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
    expect(formats).toEqual([
      {
        ref: `A${first}:H${moved(sample.at.dailyLastRow)}`,
        rules: [expect.objectContaining({ type: "expression", formulae: [`$H${first}="Missed"`] })],
      },
      {
        ref: `K${first}:V${moved(sample.at.dailyLastRow)}`,
        rules: [
          {
            type: "colorScale",
            priority: 2,
            cfvo: [
              { type: "num", value: 0.6 },
              { type: "num", value: TARGET.serviceLevel },
              { type: "num", value: 0.95 },
            ],
            color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
          },
        ],
      },
    ]);
    expect(formats[0].rules[0]).toMatchObject({ style: { fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } } });
  });
});

/** A chart's series: name (reference or text), values and categories references, fill, labels, cached values. */
function seriesOf(chart: Document) {
  return elements(chart, NS.chart, "ser").map((ser) => {
    const f = (parent: string) => {
      const holder = elements(ser, NS.chart, parent)[0];
      return holder ? (elements(holder, NS.chart, "f")[0]?.textContent ?? null) : null;
    };
    const tx = elements(ser, NS.chart, "tx")[0];
    const spPr = elements(ser, NS.chart, "spPr")[0];
    const noFill = spPr.firstChild?.nodeName === "a:noFill";
    return {
      name: f("tx") ?? elements(tx, NS.chart, "v")[0]?.textContent,
      values: f("val"),
      categories: f("cat"),
      fill: noFill ? "none" : (elements(spPr, NS.drawing, "srgbClr")[0]?.getAttribute("val") ?? null),
      labels: elements(ser, NS.chart, "dLbls").length > 0,
      cached: elements(elements(ser, NS.chart, "val")[0], NS.chart, "v").map((v) => Number(v.textContent)),
    };
  });
}

describe("charts", () => {
  const reportPath = () => pkg.sheets()[0].path;

  test("the waterfall is a stacked column chart over the waterfall's table, its base series invisible and out of the legend", () => {
    const [waterfall] = pkg.chartsOf(reportPath());
    const bar = elements(waterfall.xml, NS.chart, "barChart")[0];
    expect(elements(bar, NS.chart, "grouping")[0].getAttribute("val")).toBe("stacked");
    expect(elements(bar, NS.chart, "overlap")[0].getAttribute("val")).toBe("100");
    // Laid out at rows 16–25 (header 16); the cost row above moved them up one.
    const q = "'Service report'";
    expect(seriesOf(waterfall.xml).map(({ cached: _cached, ...s }) => s)).toEqual([
      { name: `${q}!$C$15`, values: `${q}!$C$16:$C$24`, categories: `${q}!$A$16:$A$24`, fill: "none", labels: false },
      { name: `${q}!$D$15`, values: `${q}!$D$16:$D$24`, categories: `${q}!$A$16:$A$24`, fill: "5B9BD5", labels: true },
      { name: `${q}!$E$15`, values: `${q}!$E$16:$E$24`, categories: `${q}!$A$16:$A$24`, fill: "E8807A", labels: true },
      { name: `${q}!$F$15`, values: `${q}!$F$16:$F$24`, categories: `${q}!$A$16:$A$24`, fill: "86C06A", labels: true },
    ]);
    const hidden = elements(waterfall.xml, NS.chart, "legendEntry").map((e) => [
      elements(e, NS.chart, "idx")[0].getAttribute("val"),
      elements(e, NS.chart, "delete")[0].getAttribute("val"),
    ]);
    expect(hidden).toEqual([["0", "1"]]);
    // The caches hold what the cells hold: a total's level, a change's base.
    const sheet = report();
    const [base, level] = seriesOf(waterfall.xml);
    expect(level.cached[0]).toBe(sheet.getCell("D16").value);
    expect(base.cached[0]).toBe(sheet.getCell("C17").value);
  });

  test("the trend is a line chart of the daily service level and the target, by date", () => {
    const [, trend] = pkg.chartsOf(reportPath());
    expect(elements(trend.xml, NS.chart, "lineChart")).toHaveLength(1);
    const q = "'Service report'";
    expect(seriesOf(trend.xml).map(({ name, values, categories }) => ({ name, values, categories }))).toEqual([
      { name: `${q}!$D$27`, values: `${q}!$D$28:$D$49`, categories: `${q}!$A$28:$A$49` },
      { name: "Target", values: `${q}!$G$28:$G$49`, categories: `${q}!$A$28:$A$49` },
    ]);
  });

  test("every chart's series are those its ChartSpec names, on its own sheet, anchored where the spec puts it", () => {
    copy.sheets.forEach(({ sheetName, spec }, i) => {
      const charts = pkg.chartsOf(pkg.sheets()[i].path);
      expect(charts).toHaveLength(spec.charts.length);
      charts.forEach((chart, c) => {
        const expected = chartSeries(spec.charts[c]).map((s) => s.valuesAddress.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"));
        const quoted = `'${sheetName.replace(/'/g, "''")}'!`;
        expect(seriesOf(chart.xml).map((s) => s.values)).toEqual(expected.map((a) => quoted + a));
        const title = elements(chart.xml, NS.drawing, "t").map((t) => t.textContent).join("");
        expect(title).toBe(spec.charts[c].title);
      });
    });
  });

  test("the plan's chart: its series and categories are the rows that moved up with the cost rows gone", () => {
    const { laidOut, costRows, moved } = planRows();
    const [chart] = pkg.chartsOf(pkg.sheets()[1].path);
    const [spec] = laidOut.charts;
    const absolute = (address: string) => {
      const box = parseAddress(address) as ParsedAddress;
      const start = `$${columnLetters(box.left)}$${moved(box.top)}`;
      return `'Plan - Base'!${start}${box.top === box.bottom ? "" : `:$${columnLetters(box.right)}$${moved(box.bottom)}`}`;
    };
    expect(seriesOf(chart.xml).map(({ name, values, categories }) => ({ name, values, categories }))).toEqual(
      chartSeries(spec).map((s) => ({
        name: "address" in s.name ? absolute(s.name.address) : s.name.text,
        values: absolute(s.valuesAddress),
        categories: absolute(spec.categoriesAddress),
      })),
    );
    // The chart stands where the copy's layout puts it, its size unchanged.
    const copied = clientPlanSheet().spec.charts[0];
    const from = parseAddress(copied.topLeft) as ParsedAddress;
    const to = parseAddress(copied.bottomRight) as ParsedAddress;
    expect([chart.from, chart.to]).toEqual([`${from.left - 1},${from.top - 1}`, `${to.left},${to.bottom}`]);
    expect(costRows.every((row) => row < (parseAddress(spec.categoriesAddress) as ParsedAddress).top)).toBe(true); // so the series did move
  });
});

/**
 * The plan sheet as laid out for the director, the rows of its two cost lines (by their ids in
 * the layout's placement), and where a laid-out row is in the copy, which is laid out without them.
 */
function planRows() {
  const { spec: laidOut, placement } = samplePlan();
  const costRows = [placement.summary.rowsById.cost, placement.targets.rowsById.cost];
  const moved = (row: number) => row - costRows.filter((cost) => cost < row).length;
  return { laidOut, costRows, moved, header: moved((parseAddress(laidOut.tables[0].address) as ParsedAddress).top) };
}

describe("a plan sheet, values only", () => {
  const { plan } = samplePlan();
  const { header, costRows } = planRows();

  test("both cost rows were there to remove", () => {
    expect(costRows).toHaveLength(2);
  });

  test("the table holds the plan's numbers where the formulas were, with the plan sheet's formats", () => {
    const sheet = planSheet();
    const { laidOut } = planRows();
    const table = parseAddress(laidOut.tables[0].address) as ParsedAddress;
    const headers = Array.from({ length: table.right - table.left + 1 }, (_, i) => cellOf(laidOut, table.top, table.left + i));
    expect(headers.slice(0, 2)).toEqual([label("columnInterval"), label("columnCalls")]);
    expect(sheet.getRow(header).values).toEqual([undefined, ...headers]);
    plan.rows.forEach((row, i) => {
      const r = header + 1 + i;
      expect(stored(sheet.getCell(`A${r}`))).toBeCloseTo(row.interval as number, 7); // ExcelJS keeps times to the millisecond
      expect(sheet.getCell(`B${r}`).value).toBe(row.callsOffered);
      expect(sheet.getCell(`E${r}`).value).toBe(row.agentsRequired);
      expect(sheet.getCell(`F${r}`).value).toBe(row.serviceLevel);
      expect(sheet.getCell(`J${r}`).value).toBe(row.scheduledStaff);
    });
    expect(sheet.getCell(`A${header + 1}`).numFmt).toBe("hh:mm");
    expect(sheet.getCell(`F${header + 1}`).numFmt).toBe("0.0%");
  });

  test("the summary's live column shows the as-built values; the note says the copy does not recalculate", () => {
    const sheet = planSheet();
    const calls = rowOf(sheet, label("summaryTotalCalls"));
    const serviceLevel = rowOf(sheet, label("summaryDayServiceLevel"));
    expect(sheet.getCell(`B${calls}`).value).toBe(plan.summary.totalCalls);
    expect(sheet.getCell(`B${serviceLevel}`).value).toBe(plan.summary.serviceLevel);
    expect(sheet.getCell(`C${serviceLevel}`).value).toBe(plan.summary.serviceLevel);
    expect(sheet.getCell(`B${rowOf(sheet, label("summaryFte"))}`).value).toBe(plan.summary.fte);
    expect(sheet.getCell("A2").value).toBe(label("clientCopyNote", { date: "2026-03-31" }));
  });

  test("no cost: neither cost label nor any cost figure is left", () => {
    const values = allCells(planSheet()).map((c) => c.value);
    expect(values).not.toContain(label("summaryDayCost"));
    expect(values).not.toContain(label("targetCost"));
    expect(values).not.toContain(PLAN_COST_PER_AGENT_HOUR);
    expect(values).not.toContain(plan.summary.cost);
    expect(plan.summary.cost).toBeGreaterThan(0);
  });
});

describe("the writer refuses what a client copy must not be", () => {
  const spec = (partial: Partial<SheetSpec>): SheetSpec => ({
    blocks: [{ address: "A1:B2", cells: [["Name", "Value"], ["a", 1]] }],
    tables: [],
    charts: [],
    highlights: [],
    columnWidths: [],
    autofit: [],
    ...partial,
  });
  const properties = { title: "t", created: SAMPLE_CREATED };

  test("a formula, anywhere, stops the whole copy; every sheet's problems are listed", () => {
    const plain = clientPlanSheet().spec;
    const live = spec({ blocks: [{ address: "A1", cells: [["=WFM.TRAFFIC(1,2,30)"]] }] });
    const sum = spec({ blocks: [{ address: "B7", cells: [["=SUM(B1:B6)"]] }] });
    const sheets = [
      { sheetName: "Plan", spec: plain },
      { sheetName: "Live", spec: live },
      { sheetName: "Sum", spec: sum },
    ];
    expect(() => writeXlsx(sheets, properties)).toThrow(ClientSafetyError);
    try {
      writeXlsx(sheets, properties);
    } catch (error) {
      expect((error as ClientSafetyError).problems.map((p) => [p.sheetName, p.address, p.code])).toEqual([
        ["Live", "A1", "wfmReference"],
        ["Sum", "B7", "formula"],
      ]);
    }
  });

  test("sheet names Excel refuses, twice the same sheet or table name, a table without text headers", () => {
    expect(() => writeXlsx([], properties)).toThrow(/at least one sheet/);
    expect(() => writeXlsx([{ sheetName: "a/b", spec: spec({}) }], properties)).toThrow(/not a sheet name/);
    expect(() => writeXlsx([{ sheetName: "x".repeat(32), spec: spec({}) }], properties)).toThrow(/1 to 31/);
    expect(() => writeXlsx([{ sheetName: "Report", spec: spec({}) }, { sheetName: "REPORT", spec: spec({}) }], properties)).toThrow(/Two sheets/);
    const table = { address: "A1:B2", name: "Data", style: "TableStyleMedium2" };
    expect(() =>
      writeXlsx([{ sheetName: "One", spec: spec({ tables: [table] }) }, { sheetName: "Two", spec: spec({ tables: [{ ...table, name: "DATA" }] }) }], properties),
    ).toThrow(/Two tables/);
    expect(() => writeXlsx([{ sheetName: "One", spec: spec({ tables: [{ ...table, name: "A1" }] }) }], properties)).toThrow(/cell reference/);
    const numericHeader = spec({ blocks: [{ address: "A1:B2", cells: [[2025, "Value"], ["a", 1]] }], tables: [table] });
    expect(() => writeXlsx([{ sheetName: "One", spec: numericHeader }], properties)).toThrow(/header cells must all hold text/);
    expect(() => writeXlsx([{ sheetName: "One", spec: spec({ blocks: [{ address: "A1:B2", cells: [["x"]] }] }) }], properties)).toThrow(/does not hold 2 × 2 cells/);
  });
});

describe("text that needs escaping survives the round trip", () => {
  test("markup, SpreadsheetML escapes, apostrophes, spaces and line breaks; a sheet name with an apostrophe", async () => {
    const texts = ["Tom & Jerry <best> \"quoted\"", "_x0041_ is not A", "  leading and trailing  ", "two\nlines", "Ünïcödé — “quotes” 😀"];
    const written = writeXlsx(
      [
        {
          sheetName: "Director's view",
          spec: {
            blocks: [
              { address: "A1:A5", cells: texts.map((t) => [t]) },
              { address: "B1:B4", cells: [["'0042"], ["12"], ["TRUE"], ["'+5"]] },
            ],
            tables: [],
            charts: [
              {
                type: "ColumnClustered",
                title: "R&D <costs>",
                dataAddress: "B1:B2",
                categoriesAddress: "A2",
                extraSeries: [],
                topLeft: "D1",
                bottomRight: "H10",
              },
            ],
            highlights: [],
            columnWidths: [],
            autofit: [],
          },
        },
      ],
      { title: "Q&A <report>", created: SAMPLE_CREATED },
    );
    const read = new XlsxPackage(written);
    for (const path of read.parts.keys()) expect(() => read.xml(path)).not.toThrow();
    const sheet = (await read.workbook()).getWorksheet("Director's view") as ExcelJS.Worksheet;
    expect(texts.map((_, i) => sheet.getCell(`A${i + 1}`).value)).toEqual(texts);
    expect([1, 2, 3, 4].map((r) => sheet.getCell(`B${r}`).value)).toEqual(["0042", 12, true, "+5"]);
    const [chart] = read.chartsOf(read.sheets()[0].path);
    expect(seriesOf(chart.xml)[0].values).toBe("'Director''s view'!$B$2");
  });
});
