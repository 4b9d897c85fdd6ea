/**
 * Charts as DrawingML (ECMA-376 Part 1, chapter 21.2): one chart part per ChartSpec, and the
 * sheet's drawing part that anchors each chart over its cells.
 *
 * - "Line" is a line chart, "ColumnClustered" and "ColumnStacked" bar charts with vertical bars;
 *   a waterfall is a "ColumnStacked" chart whose first series has no fill (see
 *   planner/waterfall.ts). Excel's own waterfall type (chartex) is not used: LibreOffice does not
 *   draw it.
 * - Series refer to the sheet's cells ('Sheet'!$E$32:$E$79) and carry caches of their values, so
 *   a reader that does not recalculate still draws them.
 * - Every colour is explicit (the package has no theme): the series' own from `seriesFills`, else
 *   Office's default palette in order. An unfilled series has no fill, no line, no data labels and
 *   no legend entry.
 * - The category axis is a text axis: one category per row, evenly spaced, labelled as its cells
 *   show (dates and times included).
 * - Anchors follow `setPosition(topLeft, bottomRight)`: the chart covers both cells.
 */
import { chartSeries, type ChartSeries } from "../planner/chart-series";
import { columnLetters, parseAddress, quoteSheet, type ParsedAddress } from "../planner/addresses";
import type { SheetSpec } from "../planner/layout";
import type { SheetGrid, StoredCell } from "./cells";
import { shownText } from "./columns";
import { DEFAULT_FONT } from "./styles";
import { element, escapeXml, numberText, part, rgb } from "./xml";

type ChartSpec = SheetSpec["charts"][number];

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Office's default series colours, in order. */
const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];
const TEXT_GREY = "595959";
const GRID_GREY = "D9D9D9";
const AXIS_IDS = { category: 500000001, value: 500000002 };
/** The cells' font, so a chart's text matches the sheet's. */
const LATIN = element("a:latin", { typeface: DEFAULT_FONT.name });

const val = (name: string, value: string | number | boolean) => element(name, { val: value });

function box(address: string, what: string): ParsedAddress {
  const parsed = parseAddress(address);
  if (!parsed || parsed.sheetName !== null) throw new Error(`${what}: "${address}" is not a range on the sheet.`);
  return parsed;
}

/** 'Client report'!$B$5:$B$26 */
function reference(sheetName: string, area: ParsedAddress): string {
  const start = `$${columnLetters(area.left)}$${area.top}`;
  const end = `$${columnLetters(area.right)}$${area.bottom}`;
  return `${quoteSheet(sheetName)}!${start}${start === end ? "" : `:${end}`}`;
}

function textProperties(size: number, bold = false, color = TEXT_GREY): string {
  return (
    "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" +
    element("a:defRPr", { sz: size * 100, b: bold }, `<a:solidFill>${val("a:srgbClr", color)}</a:solidFill>${LATIN}`) +
    '</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
  );
}

function titleXml(title: string): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" +
    element("a:defRPr", { sz: 1200, b: true }, `<a:solidFill>${val("a:srgbClr", "404040")}</a:solidFill>${LATIN}`) +
    '</a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/>' +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>${val("c:overlay", false)}</c:title>`
  );
}

const NO_LINE = "<a:ln><a:noFill/></a:ln>";

/** Cells of a one-column or one-row area, in order. */
function cellsOf(grid: SheetGrid, area: ParsedAddress): (StoredCell | undefined)[] {
  const cells: (StoredCell | undefined)[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) cells.push(grid.get(row, column));
  }
  return cells;
}

function numberCache(cells: (StoredCell | undefined)[]): string {
  const format = cells.find((cell) => cell?.value?.kind === "number")?.style.numberFormat ?? "General";
  const points = cells
    .map((cell, i) => (cell?.value?.kind === "number" ? `<c:pt idx="${i}"><c:v>${numberText(cell.value.value)}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>${val("c:ptCount", cells.length)}${points}</c:numCache>`;
}

function stringPoints(texts: string[]): string {
  return texts.map((text, i) => (text === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`)).join("");
}

function categoriesXml(sheetName: string, grid: SheetGrid, address: string): string {
  const area = box(address, "Chart categories");
  const columns = area.right - area.left + 1;
  if (columns > 2 || (columns === 2 && area.top === area.bottom)) throw new Error(`Chart categories "${address}": one column, or two for two-level labels.`);
  const f = `<c:f>${escapeXml(reference(sheetName, area))}</c:f>`;
  if (columns === 2) {
    // Two-level labels (day, then time): the inner level, the right column, comes first.
    const rows = area.bottom - area.top + 1;
    const level = (column: number) =>
      `<c:lvl>${stringPoints(cellsOf(grid, { ...area, left: column, right: column }).map((c) => (c ? shownText(c) : "")))}</c:lvl>`;
    return `<c:cat><c:multiLvlStrRef>${f}<c:multiLvlStrCache>${val("c:ptCount", rows)}${level(area.right)}${level(area.left)}</c:multiLvlStrCache></c:multiLvlStrRef></c:cat>`;
  }
  const cells = cellsOf(grid, area);
  if (cells.every((cell) => cell?.value?.kind === "number")) return `<c:cat><c:numRef>${f}${numberCache(cells)}</c:numRef></c:cat>`;
  const texts = cells.map((cell) => (cell ? shownText(cell) : ""));
  return `<c:cat><c:strRef>${f}<c:strCache>${val("c:ptCount", cells.length)}${stringPoints(texts)}</c:strCache></c:strRef></c:cat>`;
}

function seriesName(sheetName: string, grid: SheetGrid, series: ChartSeries): { xml: string; text: string } {
  if ("text" in series.name) return { xml: `<c:tx><c:v>${escapeXml(series.name.text)}</c:v></c:tx>`, text: series.name.text };
  const area = box(series.name.address, "A series name");
  const cell = grid.get(area.top, area.left);
  const text = cell ? shownText(cell) : "";
  return {
    xml: `<c:tx><c:strRef><c:f>${escapeXml(reference(sheetName, area))}</c:f><c:strCache>${val("c:ptCount", 1)}${stringPoints([text])}</c:strCache></c:strRef></c:tx>`,
    text,
  };
}

function shapeProperties(chart: ChartSpec, color: string | "none"): string {
  if (color === "none") return `<c:spPr><a:noFill/>${NO_LINE}</c:spPr>`;
  const fill = `<a:solidFill>${val("a:srgbClr", rgb(color))}</a:solidFill>`;
  return chart.type === "Line"
    ? `<c:spPr>${element("a:ln", { w: 28575, cap: "rnd" }, `${fill}<a:round/>`)}</c:spPr>`
    : `<c:spPr>${fill}${NO_LINE}</c:spPr>`;
}

/** White on a dark fill, dark grey on a light one (relative luminance, ITU-R BT.709). */
function labelColor(chart: ChartSpec, fill: string): string {
  if (chart.type === "Line") return "404040";
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? "FFFFFF" : "404040";
}

function dataLabels(format: string, color: string): string {
  return (
    "<c:dLbls>" +
    element("c:numFmt", { formatCode: format, sourceLinked: false }) +
    `<c:spPr><a:noFill/>${NO_LINE}</c:spPr>` +
    textProperties(9, true, color) +
    val("c:showLegendKey", false) +
    val("c:showVal", true) +
    val("c:showCatName", false) +
    val("c:showSerName", false) +
    val("c:showPercent", false) +
    val("c:showBubbleSize", false) +
    "</c:dLbls>"
  );
}

function axesXml(valueFormat: string, categoryFormat: string | null): string {
  const axisLine = `<c:spPr>${element("a:ln", { w: 9525 }, `<a:solidFill>${val("a:srgbClr", GRID_GREY)}</a:solidFill>`)}</c:spPr>`;
  const category =
    "<c:catAx>" +
    val("c:axId", AXIS_IDS.category) +
    `<c:scaling>${val("c:orientation", "minMax")}</c:scaling>` +
    val("c:delete", false) +
    val("c:axPos", "b") +
    (categoryFormat === null ? "" : element("c:numFmt", { formatCode: categoryFormat, sourceLinked: true })) +
    val("c:majorTickMark", "none") +
    val("c:minorTickMark", "none") +
    val("c:tickLblPos", "low") +
    axisLine +
    textProperties(9) +
    val("c:crossAx", AXIS_IDS.value) +
    val("c:crosses", "autoZero") +
    // A text axis: one category per row, evenly spaced, even for dates (a date axis would leave
    // gaps for weekends and stack times of day on one date).
    val("c:auto", false) +
    val("c:lblAlgn", "ctr") +
    val("c:lblOffset", 100) +
    val("c:noMultiLvlLbl", false) +
    "</c:catAx>";
  const value =
    "<c:valAx>" +
    val("c:axId", AXIS_IDS.value) +
    `<c:scaling>${val("c:orientation", "minMax")}</c:scaling>` +
    val("c:delete", false) +
    val("c:axPos", "l") +
    `<c:majorGridlines>${axisLine}</c:majorGridlines>` +
    element("c:numFmt", { formatCode: valueFormat, sourceLinked: true }) +
    val("c:majorTickMark", "none") +
    val("c:minorTickMark", "none") +
    val("c:tickLblPos", "nextTo") +
    `<c:spPr>${NO_LINE}</c:spPr>` +
    textProperties(9) +
    val("c:crossAx", AXIS_IDS.category) +
    val("c:crosses", "autoZero") +
    val("c:crossBetween", "between") +
    "</c:valAx>";
  return category + value;
}

/** The chart part (xl/charts/chartN.xml) of one chart on `sheetName`. */
export function chartXml(chart: ChartSpec, sheetName: string, grid: SheetGrid): string {
  const series = chartSeries(chart);
  const fills = series.map((_, i) => chart.seriesFills?.[i] ?? PALETTE[i % PALETTE.length]);
  const categories = categoriesXml(sheetName, grid, chart.categoriesAddress);
  let valueFormat = "General";
  const seriesXml = series
    .map((s, i) => {
      const values = box(s.valuesAddress, "Series values");
      if (values.left !== values.right && values.top !== values.bottom) throw new Error(`Series values "${s.valuesAddress}": one column or one row.`);
      const cells = cellsOf(grid, values);
      const format = cells.find((cell) => cell?.value?.kind === "number")?.style.numberFormat ?? "General";
      if (i === 0 || (valueFormat === "General" && fills[i] !== "none")) valueFormat = format;
      const fill = fills[i];
      const line = chart.type === "Line";
      return (
        "<c:ser>" +
        val("c:idx", i) +
        val("c:order", i) +
        seriesName(sheetName, grid, s).xml +
        shapeProperties(chart, fill) +
        (line ? `<c:marker>${val("c:symbol", "none")}</c:marker>` : val("c:invertIfNegative", false)) +
        (chart.dataLabels && fill !== "none" ? dataLabels(format, labelColor(chart, fill)) : "") +
        categories +
        `<c:val><c:numRef><c:f>${escapeXml(reference(sheetName, values))}</c:f>${numberCache(cells)}</c:numRef></c:val>` +
        (line ? val("c:smooth", false) : "") +
        "</c:ser>"
      );
    })
    .join("");
  const axisIds = val("c:axId", AXIS_IDS.category) + val("c:axId", AXIS_IDS.value);
  const plot =
    chart.type === "Line"
      ? `<c:lineChart>${val("c:grouping", "standard")}${val("c:varyColors", false)}${seriesXml}${val("c:marker", true)}${axisIds}</c:lineChart>`
      : "<c:barChart>" +
        val("c:barDir", "col") +
        val("c:grouping", chart.type === "ColumnStacked" ? "stacked" : "clustered") +
        val("c:varyColors", false) +
        seriesXml +
        val("c:gapWidth", chart.type === "ColumnStacked" ? 50 : 150) +
        (chart.type === "ColumnStacked" ? val("c:overlap", 100) : "") +
        axisIds +
        "</c:barChart>";
  const categoryArea = box(chart.categoriesAddress, "Chart categories");
  const firstCategory = grid.get(categoryArea.top, categoryArea.left);
  const categoryFormat = firstCategory?.value?.kind === "number" ? firstCategory.style.numberFormat : null;
  const hiddenEntries = fills
    .map((fill, i) => (fill === "none" ? `<c:legendEntry>${val("c:idx", i)}${val("c:delete", true)}</c:legendEntry>` : ""))
    .join("");
  return part(
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
      val("c:date1904", false) +
      val("c:roundedCorners", false) +
      "<c:chart>" +
      titleXml(chart.title) +
      val("c:autoTitleDeleted", false) +
      `<c:plotArea><c:layout/>${plot}${axesXml(valueFormat, categoryFormat)}</c:plotArea>` +
      `<c:legend>${val("c:legendPos", "b")}${hiddenEntries}${val("c:overlay", false)}${textProperties(9)}</c:legend>` +
      val("c:plotVisOnly", true) +
      val("c:dispBlanksAs", "gap") +
      "</c:chart>" +
      `<c:spPr><a:solidFill>${val("a:srgbClr", "FFFFFF")}</a:solidFill>${element("a:ln", { w: 9525 }, `<a:solidFill>${val("a:srgbClr", GRID_GREY)}</a:solidFill>`)}</c:spPr>` +
      textProperties(10, false, "404040") +
      "</c:chartSpace>",
  );
}

/** The drawing part of a sheet: each chart anchored from its top-left cell to past its bottom-right cell. */
export function drawingXml(charts: { chart: ChartSpec; relationshipId: string }[]): string {
  const anchors = charts.map(({ chart, relationshipId }, i) => {
    const from = box(chart.topLeft, "A chart's top-left cell");
    const to = box(chart.bottomRight, "A chart's bottom-right cell");
    if (to.bottom < from.top || to.right < from.left) throw new Error(`The chart "${chart.title}" ends above or left of where it starts.`);
    const marker = (name: string, column: number, row: number) =>
      `<xdr:${name}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker("from", from.left - 1, from.top - 1) +
      marker("to", to.right, to.bottom) +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
      element("xdr:cNvPr", { id: i + 2, name: `Chart ${i + 1}`, descr: chart.title }) +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}">${element("c:chart", { "xmlns:c": C, "xmlns:r": R, "r:id": relationshipId })}</a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return part(`<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join("")}</xdr:wsDr>`);
}
