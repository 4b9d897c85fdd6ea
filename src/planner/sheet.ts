/**
 * Generated sheets declared as data, and laid out into the SheetSpec the Excel adapter writes.
 *
 * A sheet is a title and a stack of sections, top to bottom, one blank row apart. Each section
 * is declared once; where it sits is computed from the sections above it, never typed, and every
 * header, number format, formula, Excel table, chart range and conditional format comes from the
 * declaration. Formulas name cells through `Refs` (by section and column or row id), which
 * resolve once every section has its place, so a summary at the top can sum a table below it.
 *
 * Sections:
 * - `summary`: a heading row "Summary | Live | As built", then one line per figure: its label,
 *   a live plain-Excel formula, and the value the add-in computed when it built the sheet (so a
 *   reader without the add-in still reads the numbers).
 * - `inputs`: a heading, then label | value rows (a plan's targets), which formulas refer to with
 *   absolute references ($B$17). `refs.optionalInput` hands a cell that may be blank to a WFM.*
 *   function as "" rather than as the 0 some Excel builds pass for a blank cell.
 * - `table`: an optional caption, a header row and one row per item of `rows`. Each column is
 *   { id, label, format, cell, built? }: `cell` gives the cell (a `formula(…)` or a value) from
 *   the row and `RowRefs` (this row's cells by column id); `built`, for a live column, is the
 *   planner's number for the cell: it is not written, it is what the live formula must show, and
 *   the formula-engine test checks every one. With `excelTable` the block becomes an Excel table;
 *   without, the header is a heading row (a grid of values, such as a comparison's totals).
 * - `spilled(…)` declares columns filled by one formula that spills (a dynamic array, such as
 *   WFM.CAPACITY_PLAN's six columns of weeks): the formula goes in the first row of the first of
 *   them and every other cell of the block stays blank for Excel to fill; each column still has
 *   its `built` values, which the formula-engine check compares cell by cell. Excel cannot spill
 *   inside an Excel table, so a table section with spilled columns is never an Excel table.
 * - charts name a table and its columns (series, categories); they sit to the right of the
 *   widest section. A chart's `secondary` series are drawn as another type on a second value
 *   axis (a combo chart: class starts as columns beside FTE lines). A table's `highlight` is a
 *   condition for its rows, written for the first row with `fixedColumn` references.
 *
 * Cells: a `formula(…)` is written as a formula; anything else is a value. Text is written so
 * Excel cannot read it as a formula, number, date or TRUE/FALSE (an apostrophe in front, unless
 * it is plainly words), so nothing taken from a scenario or a forecast can become a live
 * formula. Numbers must be finite. Labels are ids into labels.ts, or { text } for text built
 * from data (scenario names); ids are written in the declaration's `labels` (labelsFor(language),
 * English when left out), so one declaration gives the sheet in every language.
 *
 * Laying out: `layOutSheet(declaration)` returns the `spec` (for the adapter's
 * writeGeneratedSheet), the `placement` of every section (its rows, column letters by id, row
 * numbers by id: for tests and for links into the sheet) and `expected`, every live cell with
 * the planner's value; test/support/formula-engine.ts's `expectLiveCellsAgree(laid, sources)`
 * evaluates the sheet with the built WFM.* functions and checks them all.
 *
 * Declaring a new sheet (Performance, Client report, Capacity plan), for example:
 *
 *   const daily = table<DayResult>({
 *     id: "days", caption: "performanceDaysCaption", rows: days,
 *     excelTable: { name: tableName },
 *     columns: [
 *       { id: "day", label: "columnDate", format: FORMATS.day, cell: (d) => d.day },
 *       { id: "offered", label: "columnOffered", format: FORMATS.integer, cell: (d) => d.offered },
 *       { id: "sl", label: "columnServiceLevel", format: FORMATS.percent,
 *         cell: (_d, at) => formula(`=WFM.SL_PERIOD(${at.cell("within")},${at.cell("offered")})`),
 *         built: (d) => d.serviceLevel },
 *     ],
 *   });
 *   return layOutSheet({
 *     title: { title: { text: … }, note: { text: … } }, labelColumnWidth: 230,
 *     sections: [{ kind: "summary", id: "summary", lines: [ { id: "sl", label: …,
 *       live: (refs) => `=SUM(${refs.column("days", "offered")})…`, built: …, format: … } ] }, daily],
 *     charts: [{ type: "Line", title: …, table: "days", series: ["sl"], categories: ["day"] }],
 *   });
 *
 * A client's values-only sheet declares columns without formulas (and without `built`). The plan,
 * roster-check and comparison sheets of layout.ts are the worked examples; capacity-layout.ts
 * shows spilled columns and a combo chart, and performance-sheet.ts uses the rest: a summary
 * with its own heading, red/amber/green `marks`, a `colorScale` (a heat map), stacked columns
 * with an invisible base series (a waterfall), and charts placed `beside` a section. A formula
 * that spills (SL_VARIANCE's seven columns) is written in its first cell; the cells it spills
 * into are declared with no content and a `built` value, so they are checked too.
 */
import { blockAddress, columnLetters, columnNumber } from "./addresses";
import { labelsFor, type Labeler, type LabelId } from "./labels";

// ---------------------------------------------------------------------------------------------
// What the adapter writes

/** A cell to write: a number, text, a formula (text starting with "="), or null to leave blank. */
export type CellContent = string | number | boolean | null;

export type BlockStyle = "title" | "note" | "heading" | "label" | "input" | "value";

/** A rectangle of cells, written with one `range.formulas = …` (and one numberFormat). */
export interface CellBlock {
  /** "A5:C14", without the sheet. */
  address: string;
  cells: CellContent[][];
  /** Same shape as cells, if set. */
  numberFormats?: string[][];
  style?: BlockStyle;
}

export interface TableSpec {
  /** Including the header row. */
  address: string;
  name: string;
  style: string;
}

export type ChartType = "Line" | "ColumnClustered" | "ColumnStacked";

/** A series added after the chart's first ones; `chartType` and `secondaryAxis` make a combo chart. */
export interface ExtraSeriesSpec {
  name: string;
  valuesAddress: string;
  /** Drawn as this type instead of the chart's own (absent: the chart's). */
  chartType?: ChartType;
  /** On a second value axis, for figures of another scale (hires beside FTE). */
  secondaryAxis?: boolean;
}

export interface ChartSpec {
  /**
   * "ColumnStacked" stacks the series; a waterfall is drawn with it (see waterfall.ts): an
   * unfilled base series first, so each visible bar floats at its level.
   */
  type: ChartType;
  title: string;
  /** The first series (or several adjacent ones), header row included. */
  dataAddress: string;
  /** Category labels, data rows only (one column, or two adjacent ones for two-level labels). */
  categoriesAddress: string;
  /** More series from non-adjacent columns, and a combo chart's series of another type. */
  extraSeries: ExtraSeriesSpec[];
  topLeft: string;
  bottomRight: string;
  /**
   * Per series, in order (dataAddress's columns, then extraSeries): its colour (a column's fill,
   * a line's colour), "none" to draw it invisible (no fill, no line, no legend entry: the base of
   * a waterfall), or null (or absent) for the chart's default.
   */
  seriesFills?: SeriesFill[];
  /** Show each visible series' values on its points. */
  dataLabels?: boolean;
}

export type SeriesFill = `#${string}` | "none" | null;

/** A conditional format: cells of `address` where `formula` (relative to its top-left cell) is TRUE. */
export interface HighlightSpec {
  address: string;
  formula: string;
  fillColor: string;
  fontColor: string;
}

/**
 * A three-colour scale over `address` (a heat map): the lowest value takes minColor, the middle
 * midColor, the highest maxColor, shaded in between. A stop given as a number sits at that value
 * (a service level target of 0.8 as the middle); without one, at the lowest value, the 50th
 * percentile and the highest value.
 */
export interface ColorScaleSpec {
  address: string;
  minColor: `#${string}`;
  midColor: `#${string}`;
  maxColor: `#${string}`;
  minValue?: number;
  midValue?: number;
  maxValue?: number;
}

export interface SheetSpec {
  blocks: CellBlock[];
  tables: TableSpec[];
  charts: ChartSpec[];
  highlights: HighlightSpec[];
  /** Colour scales (heat maps); optional, as most sheets have none. */
  colorScales?: ColorScaleSpec[];
  /** Column widths in points, e.g. { columns: "A:A", width: 230 }. */
  columnWidths: { columns: string; width: number }[];
  /** Ranges to autofit (column widths), after writing. */
  autofit: string[];
}

// ---------------------------------------------------------------------------------------------
// Declaring a sheet

/** A live formula, written as is ("=SUM(B5:B9)"). */
export interface Formula {
  readonly formula: string;
}

export function formula(text: string): Formula {
  return { formula: text.startsWith("=") ? text : `=${text}` };
}

/** What a declared cell holds: a formula, or a value (text is always written as text). */
export type Content = Formula | string | number | boolean | null;

/** A label id (labels.ts), or text made from data. */
export type Text = LabelId | { readonly text: string };

/** What the planner computed for a live cell: a number, text, blank (null or ""), or Infinity for an error. */
export type BuiltValue = number | string | null;

export interface Refs {
  /** "$B$17": an input row's value cell. */
  input(section: string, row: string): string;
  /** An input that may be blank, as WFM.* functions must receive it: IF(ISBLANK($B$23),"",$B$23). */
  optionalInput(section: string, row: string): string;
  /** "$B$12": the live cell of a summary line. */
  line(section: string, line: string): string;
  /** "$C$32:$C$79": a table column's data cells. */
  column(section: string, column: string): string;
  /** "$C$52:$C$99": a table column's cells from data row `first` to `last` (0-based, both included). */
  rows(section: string, column: string, first: number, last: number): string;
  /** "$I$57": a table column's cell in data row `index` (0-based). */
  cellOf(section: string, column: string, index: number): string;
}

export interface RowRefs extends Refs {
  /** "C32": this row's cell in another column of the same table. */
  cell(column: string): string;
  /** "$C32": the same with the column fixed, for conditions over the whole table. */
  fixedColumn(column: string): string;
}

export interface SummaryLine {
  id: string;
  label: Text;
  live: (refs: Refs) => string;
  /** The planner's value; Infinity where the live formula shows an error (ASA of a queue that never empties). */
  built: BuiltValue;
  /** Written in the "As built" column instead of a number that is not finite. */
  notFinite?: Text;
  format: string;
}

export interface InputRow {
  id: string;
  label: Text;
  value: number | string | null;
  format: string;
}

export interface Column<R> {
  id: string;
  label: Text;
  format: string | ((row: R, index: number) => string);
  cell: (row: R, at: RowRefs, index: number) => Content;
  /** The planner's value of a live cell (checked, never written). */
  built?: (row: R, index: number) => BuiltValue;
  /** Filled by a formula that spills (see `spilled`): the table cannot be an Excel table. */
  spills?: boolean;
}

export interface SummarySection {
  kind: "summary";
  id: string;
  /** The heading of the first column; absent: "Summary". */
  heading?: Text;
  lines: SummaryLine[];
}

export interface InputsSection {
  kind: "inputs";
  id: string;
  heading: Text;
  rows: InputRow[];
}

export interface TableSection<R> {
  kind: "table";
  id: string;
  caption?: Text;
  rows: readonly R[];
  columns: Column<R>[];
  /** Make the block an Excel table (header row included). */
  excelTable?: { name: string; style?: string };
  /** Rows to highlight: a condition written for the first row. */
  highlight?: (at: RowRefs) => string;
  /** Cells of some columns coloured when a condition (written for the first row) holds: a red, amber or green status. */
  marks?: { columns: [string, string]; when: (at: RowRefs) => string; look: MarkLook }[];
  /** A colour scale over the data cells of the columns `columns[0]` to `columns[1]` (a heat map). */
  colorScale?: { columns: [string, string] } & Omit<ColorScaleSpec, "address">;
}

export type MarkLook = "bad" | "warning" | "good";

/** A table section of any row type, once declared (see `table`). */
export type AnyTableSection = TableSection<unknown>;

export type Section = SummarySection | InputsSection | AnyTableSection;

/** Declares a table section; its row type is checked here and erased in the section list. */
export function table<R>(section: Omit<TableSection<R>, "kind">): AnyTableSection {
  if (section.excelTable && section.columns.some((column) => column.spills)) {
    throw new Error(`The table "${section.id}" has spilled columns, which Excel cannot hold in an Excel table.`);
  }
  return { kind: "table", ...section } as unknown as AnyTableSection;
}

/**
 * Adjacent columns filled by one formula that spills down the table's rows and across these
 * columns: the formula (from the first row's refs) is written in the first row of the first
 * column, every other cell is left blank for Excel to fill, and each column's `built` is what the
 * spilled cells must show.
 */
export function spilled<R>(spill: {
  formula: (at: RowRefs) => string;
  columns: { id: string; label: Text; format: string; built: (row: R, index: number) => BuiltValue }[];
}): Column<R>[] {
  return spill.columns.map((column, position) => ({
    ...column,
    spills: true,
    cell: (_row, at, index) => (position === 0 && index === 0 ? formula(spill.formula(at)) : null),
  }));
}

export interface ChartDeclaration {
  type: ChartType;
  title: Text;
  table: string;
  /** Columns plotted; the first takes its name from its header. */
  series: string[];
  /** Columns drawn as `type` on a second value axis: a combo chart. */
  secondary?: { type: ChartType; series: string[] };
  /** One column, or two adjacent ones for two-level labels (date, time). */
  categories: string[];
  /** Per series, as ChartSpec's. */
  seriesFills?: SeriesFill[];
  dataLabels?: boolean;
  /**
   * The section whose top row the chart's top lines up with (beside it, right of the widest
   * section). Charts without one are stacked from the top of the sheet down.
   */
  beside?: string;
}

export interface SheetDeclaration {
  /** Rows 1 and 2; the first section then starts on row 4. Without one, on row 1. */
  title?: { title: Text; note: Text };
  sections: Section[];
  charts?: ChartDeclaration[];
  /** Width of column A in points, which holds labels; other columns are autofitted. Absent: all are. */
  labelColumnWidth?: number;
  /** The language label ids are written in (labels.ts's labelsFor); English when left out. */
  labels?: Labeler;
}

/** Where a section landed. */
export interface Placement {
  /** First row of the section (its heading or caption, if any). */
  top: number;
  /** The header row of a table or summary, the heading row of inputs. */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Last column number. */
  right: number;
  /** Column letter by column id (tables; a summary's "label", "live", "built"; inputs' "label", "value"). */
  columns: Record<string, string>;
  /** Row number by line or input id. */
  rowsById: Record<string, number>;
}

/** A live cell and the value the planner computed for it. */
export interface ExpectedCell {
  address: string;
  value: BuiltValue;
}

export interface LaidOutSheet {
  spec: SheetSpec;
  placement: Record<string, Placement>;
  /** Every live cell whose value the planner knows. */
  expected: ExpectedCell[];
}

// ---------------------------------------------------------------------------------------------
// Laying out

const PLAIN_WORDS = /^\p{L}[^\d]*$/u;

/**
 * Text as Excel must store it: an apostrophe in front unless it is plainly words (a letter first,
 * no digits, not TRUE or FALSE), so "=WEBSERVICE(…)", "+10%", "2025-03", "08:00" stay text.
 */
export function literal(text: string): string {
  if (PLAIN_WORDS.test(text) && !/^(true|false)$/i.test(text.trim())) return text;
  return `'${text}`;
}

function isFormula(content: Content): content is Formula {
  return typeof content === "object" && content !== null;
}

/** The cell as written: formulas as they are, text as a literal, numbers only when finite. */
export function cellContent(content: Content): CellContent {
  if (isFormula(content)) return content.formula;
  if (typeof content === "string") return content === "" ? null : literal(content);
  if (typeof content === "number" && !Number.isFinite(content)) {
    throw new Error(`A generated sheet cannot hold the number ${content}.`);
  }
  return content;
}

/** The words of a label id (in `labels`' language, English by default), or the text given. */
export function textOf(text: Text, labels: Labeler = ENGLISH): string {
  return typeof text === "string" ? labels.label(text) : text.text;
}

const ENGLISH = labelsFor("en");

function address(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

const SECTION_GAP = 1;
const CHART = { columnsRight: 2, width: 8, height: 20, gap: 2 };

/** Rows a section takes. */
function height(section: Section): number {
  switch (section.kind) {
    case "summary":
      return 1 + section.lines.length;
    case "inputs":
      return 1 + section.rows.length;
    case "table":
      return (section.caption ? 1 : 0) + 1 + section.rows.length;
  }
}

/** A heading row, then one row per id (a summary's lines, an inputs section's rows). */
function labelledRows(top: number, ids: string[], columns: Record<string, string>): Placement {
  const rowsById: Record<string, number> = {};
  ids.forEach((id, i) => (rowsById[id] = top + 1 + i));
  return { top, headerRow: top, firstRow: top + 1, lastRow: top + ids.length, right: Object.keys(columns).length, columns, rowsById };
}

function place(section: Section, top: number): Placement {
  switch (section.kind) {
    case "summary":
      return labelledRows(top, section.lines.map((line) => line.id), { label: "A", live: "B", built: "C" });
    case "inputs":
      return labelledRows(top, section.rows.map((row) => row.id), { label: "A", value: "B" });
    case "table": {
      const headerRow = top + (section.caption ? 1 : 0);
      const columns: Record<string, string> = {};
      section.columns.forEach((column, i) => (columns[column.id] = columnLetters(1 + i)));
      return {
        top,
        headerRow,
        firstRow: headerRow + 1,
        lastRow: headerRow + section.rows.length,
        right: section.columns.length,
        columns,
        rowsById: {},
      };
    }
  }
}

function lookup<T>(record: Record<string, T>, key: string, what: string): T {
  if (!Object.prototype.hasOwnProperty.call(record, key)) throw new Error(`The sheet declares no ${what} "${key}".`);
  return record[key];
}

function resolver(placement: Record<string, Placement>): Refs {
  const row = (section: string, id: string) => lookup(lookup(placement, section, "section").rowsById, id, `row of ${section}`);
  const input = (section: string, id: string) => `$B$${row(section, id)}`;
  return {
    input,
    optionalInput: (section, id) => `IF(ISBLANK(${input(section, id)}),"",${input(section, id)})`,
    line: (section, id) => `$B$${row(section, id)}`,
    column: (section, id) => {
      const at = lookup(placement, section, "section");
      const letter = lookup(at.columns, id, `column of ${section}`);
      return `$${letter}$${at.firstRow}:$${letter}$${at.lastRow}`;
    },
    rows: (section, id, first, last) => {
      const at = lookup(placement, section, "section");
      const letter = lookup(at.columns, id, `column of ${section}`);
      return `$${letter}$${at.firstRow + first}:$${letter}$${at.firstRow + last}`;
    },
    cellOf: (section, id, index) => {
      const at = lookup(placement, section, "section");
      return `$${lookup(at.columns, id, `column of ${section}`)}$${at.firstRow + index}`;
    },
  };
}

function rowRefs(refs: Refs, at: Placement, sheetRow: number): RowRefs {
  return {
    ...refs,
    cell: (column) => `${lookup(at.columns, column, "column")}${sheetRow}`,
    fixedColumn: (column) => `$${lookup(at.columns, column, "column")}${sheetRow}`,
  };
}

function styleOf(table: AnyTableSection, part: "header" | "data"): { style?: BlockStyle } {
  if (table.excelTable) return {};
  return { style: part === "header" ? "heading" : "value" };
}

/** Lays a declared sheet out: every block, table, chart and highlight, and the live cells to check. */
export function layOutSheet(sheet: SheetDeclaration): LaidOutSheet {
  const words = sheet.labels ?? ENGLISH;
  const say = (text: Text) => textOf(text, words);
  const placement: Record<string, Placement> = {};
  let cursor = sheet.title ? 4 : 1;
  for (const section of sheet.sections) {
    if (Object.prototype.hasOwnProperty.call(placement, section.id)) throw new Error(`Two sections are called "${section.id}".`);
    placement[section.id] = place(section, cursor);
    cursor += height(section) + SECTION_GAP;
  }
  const refs = resolver(placement);
  const spec: SheetSpec = { blocks: [], tables: [], charts: [], highlights: [], columnWidths: [], autofit: [] };
  const expected: ExpectedCell[] = [];

  if (sheet.title) {
    spec.blocks.push(
      { address: "A1", cells: [[cellContent(say(sheet.title.title))]], style: "title" },
      { address: "A2", cells: [[cellContent(say(sheet.title.note))]], style: "note" },
    );
  }
  const autofitFrom = sheet.labelColumnWidth === undefined ? 1 : 2;

  for (const section of sheet.sections) {
    const at = placement[section.id];
    if (section.kind === "summary") {
      spec.blocks.push(
        {
          address: blockAddress(at.headerRow, 1, at.headerRow, 3),
          cells: [[say(section.heading ?? "summaryHeading"), words.label("summaryLive"), words.label("summaryAsBuilt")].map(cellContent)],
          style: "heading",
        },
        { address: blockAddress(at.firstRow, 1, at.lastRow, 1), cells: section.lines.map((l) => [cellContent(say(l.label))]), style: "label" },
        {
          address: blockAddress(at.firstRow, 2, at.lastRow, 3),
          cells: section.lines.map((l) => [cellContent(formula(l.live(refs))), cellContent(shownBuilt(l, words))]),
          numberFormats: section.lines.map((l) => [l.format, l.format]),
          style: "value",
        },
      );
      section.lines.forEach((l, i) => expected.push({ address: address(2, at.firstRow + i), value: l.built }));
    } else if (section.kind === "inputs") {
      spec.blocks.push(
        { address: address(1, at.headerRow), cells: [[cellContent(say(section.heading))]], style: "heading" },
        { address: blockAddress(at.firstRow, 1, at.lastRow, 1), cells: section.rows.map((r) => [cellContent(say(r.label))]), style: "label" },
        {
          address: blockAddress(at.firstRow, 2, at.lastRow, 2),
          cells: section.rows.map((r) => [cellContent(r.value)]),
          numberFormats: section.rows.map((r) => [r.format]),
          style: "input",
        },
      );
    } else {
      layOutTable(section, at, refs, spec, expected, words);
    }
  }

  for (const section of sheet.sections) {
    if (section.kind !== "table") continue;
    const at = placement[section.id];
    spec.autofit.push(blockAddress(at.headerRow, autofitFrom, Math.max(at.lastRow, at.headerRow), at.right));
  }
  if (sheet.labelColumnWidth !== undefined) spec.columnWidths.push({ columns: "A:A", width: sheet.labelColumnWidth });

  const widest = Math.max(...Object.values(placement).map((p) => p.right));
  let stackedTop = sheet.title ? 4 : 1;
  for (const chart of sheet.charts ?? []) {
    const at = lookup(placement, chart.table, "table");
    const numbers = chart.series.map((id) => columnNumber(lookup(at.columns, id, "column")));
    // Series in adjacent columns go in as one range (header included: it names them); the rest one by one.
    let adjacent = 1;
    while (adjacent < numbers.length && numbers[adjacent] === numbers[adjacent - 1] + 1) adjacent++;
    const categoryLetters = chart.categories.map((id) => lookup(at.columns, id, "column"));
    const tableSection = sheet.sections.find((s) => s.id === chart.table) as AnyTableSection;
    const seriesOf = (id: string): ExtraSeriesSpec => {
      const column = columnNumber(lookup(at.columns, id, "column"));
      return {
        name: say((tableSection.columns.find((c) => c.id === id) as Column<unknown>).label),
        valuesAddress: blockAddress(at.firstRow, column, at.lastRow, column),
      };
    };
    let top: number;
    if (chart.beside === undefined) {
      top = stackedTop;
      stackedTop += CHART.height + CHART.gap;
    } else top = lookup(placement, chart.beside, "section").top;
    spec.charts.push({
      type: chart.type,
      title: say(chart.title),
      dataAddress: blockAddress(at.headerRow, numbers[0], at.lastRow, numbers[adjacent - 1]),
      categoriesAddress: `${categoryLetters[0]}${at.firstRow}:${categoryLetters[categoryLetters.length - 1]}${at.lastRow}`,
      extraSeries: [
        ...chart.series.slice(adjacent).map(seriesOf),
        ...(chart.secondary?.series ?? []).map((id) => ({
          ...seriesOf(id),
          chartType: chart.secondary?.type,
          secondaryAxis: true,
        })),
      ],
      topLeft: address(widest + CHART.columnsRight, top),
      bottomRight: address(widest + CHART.columnsRight + CHART.width, top + CHART.height),
      ...(chart.seriesFills ? { seriesFills: chart.seriesFills } : {}),
      ...(chart.dataLabels ? { dataLabels: true } : {}),
    });
  }
  return { spec, placement, expected };
}

/** A summary line's "As built" cell: its value, or its words for a value that is not finite. */
function shownBuilt(line: SummaryLine, words: Labeler): Content {
  if (typeof line.built === "number" && !Number.isFinite(line.built) && line.notFinite) return textOf(line.notFinite, words);
  return line.built;
}

function layOutTable(
  section: AnyTableSection,
  at: Placement,
  refs: Refs,
  spec: SheetSpec,
  expected: ExpectedCell[],
  words: Labeler,
): void {
  const say = (text: Text) => textOf(text, words);
  const right = columnLetters(at.right);
  if (section.caption) {
    spec.blocks.push({ address: address(1, at.top), cells: [[cellContent(say(section.caption))]], style: "heading" });
  }
  spec.blocks.push({
    address: blockAddress(at.headerRow, 1, at.headerRow, at.right),
    cells: [section.columns.map((c) => cellContent(say(c.label)))],
    ...styleOf(section, "header"),
  });
  if (section.rows.length > 0) {
    const cells: CellContent[][] = [];
    const formats: string[][] = [];
    section.rows.forEach((row, index) => {
      const sheetRow = at.firstRow + index;
      const rowAt = rowRefs(refs, at, sheetRow);
      cells.push(section.columns.map((c) => cellContent(c.cell(row, rowAt, index))));
      formats.push(section.columns.map((c) => (typeof c.format === "string" ? c.format : c.format(row, index))));
      section.columns.forEach((c, i) => {
        if (c.built) expected.push({ address: address(1 + i, sheetRow), value: c.built(row, index) });
      });
    });
    spec.blocks.push({
      address: `A${at.firstRow}:${right}${at.lastRow}`,
      cells,
      numberFormats: formats,
      ...styleOf(section, "data"),
    });
    if (section.highlight) {
      spec.highlights.push({
        address: `A${at.firstRow}:${right}${at.lastRow}`,
        formula: formula(section.highlight(rowRefs(refs, at, at.firstRow))).formula,
        ...LOOKS.bad,
      });
    }
    const span = ([from, to]: [string, string]) =>
      `${lookup(at.columns, from, "column")}${at.firstRow}:${lookup(at.columns, to, "column")}${at.lastRow}`;
    for (const mark of section.marks ?? []) {
      spec.highlights.push({ address: span(mark.columns), formula: formula(mark.when(rowRefs(refs, at, at.firstRow))).formula, ...LOOKS[mark.look] });
    }
    if (section.colorScale) {
      const { columns, ...scale } = section.colorScale;
      (spec.colorScales ??= []).push({ address: span(columns), ...scale });
    }
  }
  if (section.excelTable) {
    spec.tables.push({
      address: `A${at.headerRow}:${right}${Math.max(at.lastRow, at.headerRow)}`,
      name: section.excelTable.name,
      style: section.excelTable.style ?? "TableStyleMedium2",
    });
  }
}

/** Excel's own "light red fill with dark red text" and its yellow and green companions. */
const LOOKS: Record<MarkLook, { fillColor: string; fontColor: string }> = {
  bad: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fillColor: "#FFEB9C", fontColor: "#9C5700" },
  good: { fillColor: "#C6EFCE", fontColor: "#006100" },
};
