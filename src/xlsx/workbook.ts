/**
 * Writes an .xlsx file (Office Open XML, ECMA-376) from generated sheets, in plain TypeScript:
 * no Office, no DOM, no Node APIs, so it runs in the task pane and in tests alike. It is how the
 * add-in makes a client copy: Excel opens the bytes as a new workbook (Excel.createWorkbook).
 *
 * The package holds only what is listed here, so nothing of the add-in travels with it: the
 * workbook and its visible worksheets, shared strings, styles, one drawing per sheet with
 * charts, one chart part per chart, table parts, and the document properties (title, creator
 * "WFM Erlang Staffing", dates). No macros, no defined names, no custom XML, no web extension
 * (where Office keeps an add-in's settings), no hidden sheets, and no formulas: every sheet must
 * pass the values-only guard (planner/client-safe.ts) or nothing is written.
 *
 * The zip is built with fflate; entries carry the document's creation time, so the same input
 * gives the same bytes.
 */
import { zipSync, strToU8 } from "fflate";
import { ClientSafetyError, clientSafetyProblems } from "../planner/client-safe";
import type { SheetSpec } from "../planner/layout";
import { sheetGrid } from "./cells";
import { chartXml, drawingXml } from "./chart";
import { columnWidths, rowHeights } from "./columns";
import { StyleBook } from "./styles";
import { placeTables, tableXml } from "./table";
import { worksheetXml } from "./worksheet";
import { attributes, cellText, escapeXml, part } from "./xml";

export const CREATOR = "WFM Erlang Staffing";

export interface XlsxSheet {
  sheetName: string;
  spec: SheetSpec;
}

export interface XlsxProperties {
  /** The document's title (File > Info). */
  title: string;
  /** When the copy was made; also the time stamp of every zip entry. */
  created: Date;
}

const CONTENT = "application/vnd.openxmlformats-officedocument";
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

function relationships(items: { id: string; type: string; target: string }[]): string {
  const list = items.map((r) => `<Relationship${attributes({ Id: r.id, Type: r.type, Target: r.target })}/>`).join("");
  return part(`<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${list}</Relationships>`);
}

/** Sheet names Excel accepts: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "" || name.length > 31) return "it must have 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "it cannot hold : \\ / ? * [ or ]";
  if (/^'|'$/.test(name)) return "it cannot start or end with an apostrophe";
  if (name.toLowerCase() === "history") return "Excel reserves the name History";
  return null;
}

/** Sheet names Excel accepts, once each; then every sheet client-safe (all problems of all sheets listed at once). */
function checkSheets(sheets: readonly XlsxSheet[]): void {
  if (sheets.length === 0) throw new Error("A workbook needs at least one sheet.");
  const seen = new Set<string>();
  for (const { sheetName } of sheets) {
    const problem = sheetNameProblem(sheetName);
    if (problem) throw new Error(`"${sheetName}" is not a sheet name: ${problem}.`);
    if (seen.has(sheetName.toLowerCase())) throw new Error(`Two sheets are called "${sheetName}".`);
    seen.add(sheetName.toLowerCase());
  }
  const problems = sheets.flatMap(({ sheetName, spec }) => clientSafetyProblems(spec, sheetName));
  if (problems.length > 0) throw new ClientSafetyError(problems);
}

function w3cdtf(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("The document's creation time is not a date.");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function coreProperties(properties: XlsxProperties): string {
  const when = w3cdtf(properties.created);
  return part(
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${escapeXml(properties.title)}</dc:title>` +
      `<dc:creator>${CREATOR}</dc:creator>` +
      `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
      "</cp:coreProperties>",
  );
}

function appProperties(): string {
  return part(
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      `<Application>${CREATOR}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
      "</Properties>",
  );
}

/** The bytes of an .xlsx file holding `sheets` in order, the first one selected. Throws (writing nothing) on any sheet that is not client-safe or not valid. */
export function writeXlsx(sheets: readonly XlsxSheet[], properties: XlsxProperties): Uint8Array {
  checkSheets(sheets);
  const styles = new StyleBook();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  let stringCount = 0;
  const sharedString = (text: string): number => {
    stringCount++;
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };

  const files: Record<string, string> = {};
  const overrides: { partName: string; contentType: string }[] = [];
  const addPart = (path: string, xml: string, contentType: string) => {
    files[path] = xml;
    overrides.push({ partName: `/${path}`, contentType });
  };
  const tableNames = new Set<string>();
  let chartNumber = 0;
  let tableNumber = 0;

  sheets.forEach(({ sheetName, spec }, index) => {
    const sheetNumber = index + 1;
    const grid = sheetGrid(spec);
    const sheetRelationships: { id: string; type: string; target: string }[] = [];
    let drawingRelationshipId: string | null = null;

    if (spec.charts.length > 0) {
      drawingRelationshipId = `rId${sheetRelationships.length + 1}`;
      sheetRelationships.push({ id: drawingRelationshipId, type: `${RELATIONSHIP}/drawing`, target: `../drawings/drawing${sheetNumber}.xml` });
      const charts = spec.charts.map((chart, i) => {
        chartNumber++;
        addPart(`xl/charts/chart${chartNumber}.xml`, chartXml(chart, sheetName, grid), `${CONTENT}.drawingml.chart+xml`);
        return { chart, relationshipId: `rId${i + 1}`, target: `../charts/chart${chartNumber}.xml` };
      });
      addPart(`xl/drawings/drawing${sheetNumber}.xml`, drawingXml(charts), `${CONTENT}.drawing+xml`);
      files[`xl/drawings/_rels/drawing${sheetNumber}.xml.rels`] = relationships(
        charts.map((c) => ({ id: c.relationshipId, type: `${RELATIONSHIP}/chart`, target: c.target })),
      );
    }

    const tableRelationshipIds = placeTables(sheetName, spec.tables, grid).map((table) => {
      const lower = table.spec.name.toLowerCase();
      if (tableNames.has(lower)) throw new Error(`Two tables are called ${table.spec.name}.`);
      tableNames.add(lower);
      tableNumber++;
      addPart(`xl/tables/table${tableNumber}.xml`, tableXml(table, tableNumber), `${CONTENT}.spreadsheetml.table+xml`);
      const id = `rId${sheetRelationships.length + 1}`;
      sheetRelationships.push({ id, type: `${RELATIONSHIP}/table`, target: `../tables/table${tableNumber}.xml` });
      return id;
    });

    const widths = columnWidths(spec, grid);
    addPart(
      `xl/worksheets/sheet${sheetNumber}.xml`,
      worksheetXml({
        spec,
        grid,
        widths,
        heights: rowHeights(grid, widths),
        styles,
        sharedString,
        selected: index === 0,
        drawingRelationshipId,
        tableRelationshipIds,
      }),
      `${CONTENT}.spreadsheetml.worksheet+xml`,
    );
    if (sheetRelationships.length > 0) files[`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`] = relationships(sheetRelationships);
  });

  const sheetList = sheets
    .map(({ sheetName }, i) => `<sheet${attributes({ name: sheetName, sheetId: i + 1, "r:id": `rId${i + 1}` })}/>`)
    .join("");
  addPart(
    "xl/workbook.xml",
    part(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}">` +
        '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets>${sheetList}</sheets></workbook>`,
    ),
    `${CONTENT}.spreadsheetml.sheet.main+xml`,
  );
  files["xl/_rels/workbook.xml.rels"] = relationships([
    ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: `${RELATIONSHIP}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets.length + 1}`, type: `${RELATIONSHIP}/styles`, target: "styles.xml" },
    { id: `rId${sheets.length + 2}`, type: `${RELATIONSHIP}/sharedStrings`, target: "sharedStrings.xml" },
  ]);
  addPart("xl/styles.xml", styles.toXml(), `${CONTENT}.spreadsheetml.styles+xml`);
  const items = strings.map((text) => `<si>${sharedStringText(text)}</si>`).join("");
  addPart(
    "xl/sharedStrings.xml",
    part(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringCount}" uniqueCount="${strings.length}">${items}</sst>`),
    `${CONTENT}.spreadsheetml.sharedStrings+xml`,
  );
  addPart("docProps/core.xml", coreProperties(properties), "application/vnd.openxmlformats-package.core-properties+xml");
  addPart("docProps/app.xml", appProperties(), `${CONTENT}.extended-properties+xml`);
  files["_rels/.rels"] = relationships([
    { id: "rId1", type: `${RELATIONSHIP}/officeDocument`, target: "xl/workbook.xml" },
    { id: "rId2", type: `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, target: "docProps/core.xml" },
    { id: "rId3", type: `${RELATIONSHIP}/extended-properties`, target: "docProps/app.xml" },
  ]);
  const contentTypes = part(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map((o) => `<Override${attributes({ PartName: o.partName, ContentType: o.contentType })}/>`).join("") +
      "</Types>",
  );

  // [Content_Types].xml first, as Office writes it; then the rest in a fixed order.
  const entries: Record<string, Uint8Array> = { "[Content_Types].xml": strToU8(contentTypes) };
  for (const path of Object.keys(files).sort()) entries[path] = strToU8(files[path]);
  return zipSync(entries, { level: 6, mtime: properties.created });
}

/** Cell text in a shared string, with xml:space="preserve" where spaces at either end or line breaks must survive. */
function sharedStringText(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text);
  return `<t${preserve ? ' xml:space="preserve"' : ""}>${cellText(text)}</t>`;
}
