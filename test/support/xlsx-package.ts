/**
 * Opening a written .xlsx as an outside reader would, for the client-copy tests: the zip with
 * fflate, every part parsed by @xmldom/xmldom (which throws on anything that is not well-formed
 * XML), relationships followed by their targets, and the cells read by ExcelJS, a reader that
 * shares no code with the writer.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export class XlsxPackage {
  /** Every part's text, by path in the zip. */
  readonly parts: Map<string, string>;

  constructor(private readonly bytes: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  }

  /** A part parsed strictly: any XML error (warnings included) throws, naming the part. */
  xml(path: string): Document {
    const text = this.parts.get(path);
    if (text === undefined) throw new Error(`no part ${path} (parts: ${[...this.parts.keys()].join(", ")})`);
    const parser = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${path}: XML ${level}: ${message}`);
      },
    });
    return parser.parseFromString(text, "text/xml");
  }

  /** Relationship targets of a part ("" for the package's own), by id, as part paths. */
  relationships(path: string): Map<string, { type: string; target: string }> {
    const slash = path.lastIndexOf("/");
    const folder = path.slice(0, slash + 1);
    const relsPath = path === "" ? "_rels/.rels" : `${folder}_rels/${path.slice(slash + 1)}.rels`;
    const result = new Map<string, { type: string; target: string }>();
    if (!this.parts.has(relsPath)) return result;
    for (const rel of elements(this.xml(relsPath), NS.pkg, "Relationship")) {
      result.set(rel.getAttribute("Id") as string, {
        type: rel.getAttribute("Type") as string,
        target: resolve(folder, rel.getAttribute("Target") as string),
      });
    }
    return result;
  }

  /** Paths of the worksheet parts, in the workbook's order, with their names. */
  sheets(): { name: string; path: string; state: string | null }[] {
    const rels = this.relationships("xl/workbook.xml");
    return elements(this.xml("xl/workbook.xml"), NS.main, "sheet").map((sheet) => ({
      name: sheet.getAttribute("name") as string,
      path: (rels.get(sheet.getAttributeNS(NS.rel, "id") as string) as { target: string }).target,
      state: sheet.getAttribute("state"),
    }));
  }

  /** The chart parts of a sheet, through its drawing, in anchor order. */
  chartsOf(sheetPath: string): { path: string; xml: Document; from: string; to: string }[] {
    const drawing = [...this.relationships(sheetPath).values()].find((r) => r.type.endsWith("/drawing"));
    if (!drawing) return [];
    const chartRels = this.relationships(drawing.target);
    return elements(this.xml(drawing.target), NS.xdr, "twoCellAnchor").map((anchor) => {
      const chart = elements(anchor, NS.chart, "chart")[0];
      const path = (chartRels.get(chart.getAttributeNS(NS.rel, "id") as string) as { target: string }).target;
      const cell = (name: string) => {
        const marker = elements(anchor, NS.xdr, name)[0];
        const text = (tag: string) => Number(elements(marker, NS.xdr, tag)[0].textContent);
        return `${text("col")},${text("row")}`;
      };
      return { path, xml: this.xml(path), from: cell("from"), to: cell("to") };
    });
  }

  /** The workbook as ExcelJS reads it. */
  async workbook(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's typings predate Node's generic Buffer; any Buffer is accepted at runtime.
    await workbook.xlsx.load(Buffer.from(this.bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook;
  }
}

/** Every cell ExcelJS found in a sheet, with its value. */
export function allCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell)));
  return cells;
}

/** The row of a sheet whose first cell holds `text`. */
export function rowOf(sheet: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  sheet.eachRow((_row, number) => {
    if (found === 0 && sheet.getCell(number, 1).value === text) found = number;
  });
  if (found === 0) throw new Error(`no row "${text}"`);
  return found;
}

export function elements(node: Document | Element, namespace: string, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(namespace, localName));
}

function resolve(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (folder + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}
