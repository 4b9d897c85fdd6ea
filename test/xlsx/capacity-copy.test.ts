/**
 * The capacity plan in a client copy, as a client receives it: the client-safe capacity sheet
 * (capacity-layout.ts's capacityClientSheet) written by the .xlsx writer, then read back by an
 * outside reader (ExcelJS for the cells, @xmldom for the chart). Values only, no costs, the
 * planner's numbers, and the combo chart drawn as one: FTE as lines on the first value axis,
 * class starts as columns on a second one.
 */
import type ExcelJS from "exceljs";
import { capacityClientSheet } from "../../src/planner/capacity-layout";
import { labels } from "../../src/planner/labels";
import { writeXlsx } from "../../src/xlsx/workbook";
import { fromSample } from "../support/capacity-fixtures";
import { elements, NS, XlsxPackage } from "../support/xlsx-package";

const SHEET = "Capacity plan - Growth 1%";
const input = fromSample();
const laid = capacityClientSheet(input);
const pkg = new XlsxPackage(writeXlsx([{ sheetName: SHEET, spec: laid.spec }], { title: "Capacity plan", created: new Date("2025-02-20T09:30:00Z") }));
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  sheet = (await pkg.workbook()).getWorksheet(SHEET) as ExcelJS.Worksheet;
});

describe("the capacity plan in a client copy", () => {
  test("every cell a value, no formula, nothing about costs or the add-in's functions", () => {
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell)));
    expect(cells.length).toBeGreaterThan(26 * 10);
    expect(cells.filter((cell) => cell.type === ExcelJSFormulaType || typeof cell.formula === "string")).toEqual([]);
    const texts = cells.map((cell) => String(cell.value));
    expect(texts.filter((text) => /cost/i.test(text) || /WFM\./.test(text))).toEqual([]);
    const s = input.result.summary;
    for (const cost of [s.hiringCost, s.staffCost, s.totalCost, input.scenario.settings.costPerHire, input.scenario.settings.costPerFteWeek]) {
      expect(cells.some((cell) => cell.value === cost)).toBe(false);
    }
  });

  test("it holds the planner's numbers: each week's effective FTE and gap, the weeks short marked", () => {
    const at = laid.placement.weeks;
    input.result.weeks.forEach((week, i) => {
      const row = at.firstRow + i;
      expect(sheet.getCell(`${at.columns.effective}${row}`).value).toBe(week.effectiveFte);
      expect(sheet.getCell(`${at.columns.gap}${row}`).value).toBe(week.gap);
      expect(sheet.getCell(`${at.columns.short}${row}`).value ?? null).toBe(week.short ? labels.capacityShortMark : null);
    });
  });

  test("the combo chart: required and effective FTE as lines, class starts as columns on a second value axis", () => {
    const [chart] = pkg.chartsOf(pkg.sheets()[0].path);
    const plotArea = elements(chart.xml, NS.chart, "plotArea")[0];
    const [line] = elements(plotArea, NS.chart, "lineChart");
    const [bar] = elements(plotArea, NS.chart, "barChart");
    const names = (plot: typeof line) =>
      elements(plot, NS.chart, "ser").map((ser) => {
        const tx = elements(ser, NS.chart, "tx")[0];
        return elements(tx, NS.chart, "v")[0]?.textContent;
      });
    expect(names(line)).toEqual([labels.columnRequiredFte, labels.columnEffectiveFte]);
    expect(names(bar)).toEqual([labels.columnHires]);
    expect(elements(bar, NS.chart, "grouping")[0].getAttribute("val")).toBe("clustered");
    const axisIds = (plot: typeof line) => elements(plot, NS.chart, "axId").map((id) => id.getAttribute("val"));
    const valueAxes = elements(plotArea, NS.chart, "valAx");
    expect(valueAxes.map((axis) => elements(axis, NS.chart, "axPos")[0].getAttribute("val"))).toEqual(["l", "r"]);
    const ids = (axis: (typeof valueAxes)[number]) => elements(axis, NS.chart, "axId")[0].getAttribute("val");
    // The bars sit on the right-hand axis, the lines on the left-hand one.
    expect(axisIds(line)).toContain(ids(valueAxes[0]));
    expect(axisIds(bar)).toContain(ids(valueAxes[1]));
    expect(elements(valueAxes[1], NS.chart, "crosses")[0].getAttribute("val")).toBe("max");
    // Series indexes stay unique across both plots.
    expect(elements(plotArea, NS.chart, "idx").map((idx) => idx.getAttribute("val"))).toEqual(["0", "1", "2"]);
  });
});

/** ExcelJS's ValueType.Formula (6): a cell holding a formula. */
const ExcelJSFormulaType = 6;
