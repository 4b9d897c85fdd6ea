/**
 * A worksheet part (ECMA-376 Part 1, 18.3): its cells, column widths, conditional formats
 * (formula fills and colour scales), print setup, and the references to its drawing and tables.
 * Elements follow the order the schema requires (CT_Worksheet), which Excel enforces.
 *
 * Every sheet prints landscape on A4, scaled to one page wide, so a client who prints the copy
 * gets whole rows; a sheet never has a state other than visible.
 */
import { columnLetters, parseAddress } from "../planner/addresses";
import type { SheetSpec } from "../planner/layout";
import type { SheetGrid } from "./cells";
import type { StyleBook } from "./styles";
import { argb, attributes, element, escapeXml, numberText, part } from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorksheetInput {
  spec: SheetSpec;
  grid: SheetGrid;
  widths: Map<number, number>;
  /** Rows taller than the default, in points. */
  heights: Map<number, number>;
  styles: StyleBook;
  /** Index of each text in the shared strings. */
  sharedString: (text: string) => number;
  selected: boolean;
  drawingRelationshipId: string | null;
  tableRelationshipIds: string[];
}

function dimension(grid: SheetGrid): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [row, cells] of grid.rows) {
    for (const column of cells.keys()) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  if (bottom === 0) return "A1";
  const start = `${columnLetters(left)}${top}`;
  const end = `${columnLetters(right)}${bottom}`;
  return start === end ? start : `${start}:${end}`;
}

function columnsXml(widths: Map<number, number>): string {
  if (widths.size === 0) return "";
  const cols = [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(([column, width]) => element("col", { min: column, max: column, width, customWidth: true }))
    .join("");
  return `<cols>${cols}</cols>`;
}

function sheetDataXml(input: WorksheetInput): string {
  const rows = input.grid.sortedRows().map(([row, cells]) => {
    const content = cells
      .map(([column, cell]) => {
        // Written directly: a cell reference and numbers need no escaping, and a sheet has many cells.
        const start = `<c r="${columnLetters(column)}${row}" s="${input.styles.cellStyle(cell.style)}"`;
        const value = cell.value;
        if (value === null) return `${start}/>`;
        if (value.kind === "number") return `${start}><v>${numberText(value.value)}</v></c>`;
        if (value.kind === "logical") return `${start} t="b"><v>${value.value ? 1 : 0}</v></c>`;
        return `${start} t="s"><v>${input.sharedString(value.value)}</v></c>`;
      })
      .join("");
    const height = input.heights.get(row);
    return element("row", { r: row, ht: height, customHeight: height === undefined ? undefined : true }, content);
  });
  return `<sheetData>${rows.join("")}</sheetData>`;
}

/** A range as a conditional format's sqref ("A5:C9"), checked. */
function sqref(address: string): string {
  const box = parseAddress(address);
  if (!box || box.sheetName !== null) throw new Error(`"${address}" is not a range on the sheet.`);
  return address.replace(/\$/g, "").toUpperCase();
}

function conditionalFormatsXml(spec: SheetSpec, styles: StyleBook): string {
  let priority = 1;
  const highlights = spec.highlights.map((highlight) => {
    const dxfId = styles.differentialStyle(highlight);
    const formula = highlight.formula.startsWith("=") ? highlight.formula.slice(1) : highlight.formula;
    return element(
      "conditionalFormatting",
      { sqref: sqref(highlight.address) },
      element("cfRule", { type: "expression", dxfId, priority: priority++ }, `<formula>${escapeXml(formula)}</formula>`),
    );
  });
  const stop = (value: number | undefined, otherwise: { type: string; val?: string }) =>
    value === undefined ? element("cfvo", otherwise) : element("cfvo", { type: "num", val: numberText(value) });
  const scales = (spec.colorScales ?? []).map((scale) =>
    element(
      "conditionalFormatting",
      { sqref: sqref(scale.address) },
      element(
        "cfRule",
        { type: "colorScale", priority: priority++ },
        "<colorScale>" +
          stop(scale.minValue, { type: "min" }) +
          stop(scale.midValue, { type: "percentile", val: "50" }) +
          stop(scale.maxValue, { type: "max" }) +
          [scale.minColor, scale.midColor, scale.maxColor].map((color) => element("color", { rgb: argb(color) })).join("") +
          "</colorScale>",
      ),
    ),
  );
  return highlights.join("") + scales.join("");
}

export function worksheetXml(input: WorksheetInput): string {
  const tables = input.tableRelationshipIds;
  return part(
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="${dimension(input.grid)}"/>` +
      `<sheetViews>${element("sheetView", { tabSelected: input.selected ? true : undefined, workbookViewId: 0 })}</sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columnsXml(input.widths) +
      sheetDataXml(input) +
      conditionalFormatsXml(input.spec, input.styles) +
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      (input.drawingRelationshipId ? `<drawing${attributes({ "r:id": input.drawingRelationshipId })}/>` : "") +
      (tables.length > 0
        ? `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart${attributes({ "r:id": id })}/>`).join("")}</tableParts>`
        : "") +
      "</worksheet>",
  );
}
