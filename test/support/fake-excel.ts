/**
 * A simulated Excel workbook for running the REAL adapter (src/workbook/) without Office: in
 * Jest, and bundled into a browser page where `installFakeExcel` makes it the global `Excel`.
 * No Node imports, so it bundles as is.
 *
 * It models the part of the Excel JavaScript API the adapter uses, with the semantics that
 * matter for correctness:
 * - Batches. Property writes and method calls are queued and run, in order, at
 *   `context.sync()`. The first operation that fails rejects the sync with an error carrying an
 *   Excel-like `code` ("ItemNotFound", "InvalidArgument", "ItemAlreadyExists"); later
 *   operations of that batch do not run, earlier ones stay done (Excel batches are not
 *   transactions). `Excel.run` syncs once more after the batch function resolves, as office.js
 *   does.
 * - Loading. A property can be read only after `load()` and a sync; reading it earlier throws
 *   PropertyNotLoaded, as in Office.
 * - Checks Excel makes: sheet names (≤ 31 characters, none of []:*?/\, unique ignoring case),
 *   table names (unique, no spaces), overlapping tables, array shapes of values/formulas/
 *   numberFormat, chart types.
 * - Nothing is evaluated: a formula stays text, and reading `values` of a formula cell gives
 *   the formula text. Text written is converted as Excel does when typed: "12" becomes a number,
 *   a leading apostrophe makes the rest text.
 *
 * Tests inspect the result through `FakeExcel` (sheets, cells, tables, charts with their series
 * looks, conditional formats including colour scales, settings, the workbooks opened with
 * `Excel.createWorkbook`, the log of operations and the number of syncs) and can make any
 * operation fail with `failWhen`.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- a stand-in for Office's dynamic objects */

// ------------------------------------------------------------------------------------------
// Addresses

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function sheetPrefix(name: string): string {
  // Excel leaves names of letters (any alphabet), digits, _ and . unquoted unless they look like a cell.
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function boxAddress(box: Box): string {
  const a = `${letters(box.left)}${box.top}`;
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${letters(box.right)}${box.bottom}`;
}

/** Parses "A1", "A1:C3", "$A$1", "A:C", "2:5", optionally "Sheet!…" (the sheet part is returned). */
function parseBox(address: string): { sheet: string | null; box: Box } {
  let text = address.trim();
  let sheet: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const parts = text.replace(/\$/g, "").toUpperCase().split(":");
  const cell = /^([A-Z]{1,3})?([0-9]{1,7})?$/;
  const a = cell.exec(parts[0] ?? "");
  const b = cell.exec(parts[parts.length - 1] ?? "");
  if (parts.length > 2 || !a || !b || (!a[1] && !a[2]) || (parts.length === 1 && (!a[1] || !a[2]))) {
    throw new FakeExcelError("InvalidArgument", `The address "${address}" is not valid.`);
  }
  const box = {
    top: a[2] ? Number(a[2]) : 1,
    left: a[1] ? columnOf(a[1]) : 1,
    bottom: b[2] ? Number(b[2]) : MAX_ROWS,
    right: b[1] ? columnOf(b[1]) : MAX_COLUMNS,
  };
  if (box.bottom < box.top || box.right < box.left || box.bottom > MAX_ROWS || box.right > MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", `The address "${address}" is not valid.`);
  }
  return { sheet, box };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

// ------------------------------------------------------------------------------------------
// Errors

export class FakeExcelError extends Error {
  readonly code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ------------------------------------------------------------------------------------------
// The in-memory workbook

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fillColor?: string;
  wrapText?: boolean;
}

export interface CellModel {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  style: CellStyle;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  box: Box;
  hasHeaders: boolean;
  style: string;
  deleted: boolean;
}

export interface ChartSeriesModel {
  name: string | null;
  valuesAddress: string | null;
  xAxisValuesAddress: string | null;
  /** A solid fill colour, "none" once the fill is cleared, or null for the chart's default. */
  fill: string | null;
  /** A line's colour, or null for the default. */
  lineColor: string | null;
  /** "None" hides a line series' line. */
  lineStyle: string | null;
  hasDataLabels: boolean;
}

export interface ChartModel {
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  title: string | null;
  categoryNamesAddress: string | null;
  series: ChartSeriesModel[];
  position: { start: string; end: string | null } | null;
  /** Indexes of legend entries made invisible. */
  hiddenLegendEntries: number[];
}

export interface ColorScaleCriterionModel {
  type: string;
  formula?: string;
  color?: string;
}

export interface ConditionalFormatModel {
  type: string;
  address: string;
  formula: string | null;
  fillColor: string | null;
  fontColor: string | null;
  /** The criteria of a "ColorScale" format (absent on the others). */
  colorScale?: { minimum: ColorScaleCriterionModel; midpoint?: ColorScaleCriterionModel; maximum: ColorScaleCriterionModel } | null;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: Map<number, number>;
  autofitted: string[];
  deleted: boolean;
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function isBlank(cell: CellModel | undefined): boolean {
  return !cell || (cell.formula === null && (cell.value === "" || cell.value === null || cell.value === undefined));
}

/** What Excel stores when a value is typed: numbers from numeric text, apostrophe-prefixed text as text. */
function typed(input: unknown): { value: unknown; formula: string | null } {
  if (input === null || input === undefined) return { value: "", formula: null };
  if (typeof input === "string") {
    if (input.startsWith("=") && input.length > 1) return { value: input, formula: input };
    if (input.startsWith("'")) return { value: input.slice(1), formula: null };
    const trimmed = input.trim();
    if (trimmed !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
      return { value: Number(trimmed), formula: null };
    }
    return { value: input, formula: null };
  }
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  throw new FakeExcelError("InvalidArgument", `A cell cannot hold ${typeof input}.`);
}

/** As `typed`, but a cell formatted as text ("@") keeps what is typed as text, as in Excel. */
function typedInto(cell: CellModel, input: unknown): { value: unknown; formula: string | null } {
  if (cell.numberFormat === "@" && typeof input === "string" && !input.startsWith("=")) {
    return { value: input.startsWith("'") ? input.slice(1) : input, formula: null };
  }
  return typed(input);
}

const CHART_TYPES = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 BarClustered BarStacked BarStacked100 Line LineStacked " +
    "LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 Area AreaStacked AreaStacked100 Pie " +
    "Doughnut XYScatter XYScatterLines XYScatterSmooth Radar Histogram Waterfall"
  ).split(" "),
);

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

const NEW_SERIES_LOOK = { xAxisValuesAddress: null, fill: null, lineColor: null, lineStyle: null, hasDataLabels: false };

/** Colours as the add-in passes them: "#RRGGBB" (Excel also takes names; the add-in never does). */
function checkColor(color: unknown): void {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeExcelError("InvalidArgument", `"${String(color)}" is not a colour.`);
}

/** Excel's checks on colour-scale criteria: minimum and maximum, known types, a formula where the type needs one. */
function checkColorScale(criteria: ConditionalFormatModel["colorScale"] | null): void {
  const types = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];
  if (!criteria || !criteria.minimum || !criteria.maximum) throw new FakeExcelError("InvalidArgument", "A colour scale needs a minimum and a maximum.");
  for (const criterion of [criteria.minimum, criteria.midpoint, criteria.maximum]) {
    if (criterion === undefined) continue;
    if (!types.includes(criterion.type)) throw new FakeExcelError("InvalidArgument", `Unknown colour-scale criterion "${criterion.type}".`);
    const needsFormula = criterion.type !== "LowestValue" && criterion.type !== "HighestValue";
    if (needsFormula && (typeof criterion.formula !== "string" || criterion.formula === "")) {
      throw new FakeExcelError("InvalidArgument", `A "${criterion.type}" criterion needs a formula.`);
    }
    checkColor(criterion.color);
  }
}

export interface SeedSheet {
  name: string;
  /** Cells from A1 (or from `at`), row by row. Strings starting with "=" are formulas. */
  values?: unknown[][];
  at?: string;
  numberFormats?: string[][];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface SeedTable {
  name: string;
  sheet: string;
  /** Including the header row. */
  address: string;
}

export interface FakeExcelSeed {
  sheets?: SeedSheet[];
  tables?: SeedTable[];
  /** "Forecast!A1:C49"; defaults to A1 of the first sheet. */
  selection?: string;
  settings?: Record<string, unknown>;
  /** false: an Excel without ExcelApi 1.8, whose namespace has no createWorkbook. */
  createWorkbook?: boolean;
}

/** A recorded operation: what the adapter asked Excel to do, in order. */
export interface Operation {
  op: string;
  target: string;
  args: unknown[];
  /** Index of the round trip (1-based, per FakeExcel) that ran it. */
  sync: number;
}

export interface FailureRule {
  /** Fails the first operation for which this returns true. */
  when: (operation: Operation) => boolean;
  code?: string;
  message?: string;
  /** Fail every matching operation, not only the first. */
  always?: boolean;
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, string>();
  selection: { sheet: string; box: Box };
  activeSheetName: string;
  /** Every operation run, in order. */
  readonly operations: Operation[] = [];
  /** Number of context.sync() calls the code made (not counting the one Excel.run adds at the end). */
  syncCount = 0;
  /** Requests that reached "Excel": syncs with queued operations, including Excel.run's final one. */
  roundTrips = 0;
  /** context.sync() calls per Excel.run, in order. */
  readonly syncsPerRun: number[] = [];
  /** How many batches ran with suspendApiCalculationUntilNextSync() queued before their writes. */
  suspendedBatches = 0;
  /** The base64 .xlsx files given to Excel.createWorkbook, in order (each opened as a new workbook). */
  readonly createdWorkbooks: string[] = [];
  private readonly supportsCreateWorkbook: boolean;
  private nextSheetId = 1;
  private nextChartId = 1;
  private failures: FailureRule[] = [];

  constructor(seed: FakeExcelSeed = {}) {
    this.supportsCreateWorkbook = seed.createWorkbook ?? true;
    const sheets = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: "Sheet1" }];
    for (const s of sheets) {
      const sheet = this.createSheet(s.name);
      sheet.visibility = s.visibility ?? "Visible";
      if (s.values) {
        const origin = parseBox(s.at ?? "A1").box;
        s.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const t = typed(v);
            sheet.cells.set(key(origin.top + r, origin.left + c), {
              ...t,
              numberFormat: s.numberFormats?.[r]?.[c] ?? "General",
              style: {},
            });
          }),
        );
      }
    }
    for (const t of seed.tables ?? []) {
      const sheet = this.findSheet(t.sheet);
      if (!sheet) throw new Error(`seed table ${t.name}: no sheet ${t.sheet}`);
      this.tables.push({ name: t.name, sheet, box: parseBox(t.address).box, hasHeaders: true, style: "TableStyleMedium2", deleted: false });
    }
    for (const [k, v] of Object.entries(seed.settings ?? {})) this.settings.set(k, JSON.stringify(v));
    this.activeSheetName = this.sheets[0].name;
    if (seed.selection) {
      const parsed = parseBox(seed.selection);
      this.selection = { sheet: parsed.sheet ?? this.sheets[0].name, box: parsed.box };
    } else this.selection = { sheet: this.sheets[0].name, box: { top: 1, left: 1, bottom: 1, right: 1 } };
  }

  // ----- for tests -----

  /** Makes an operation fail at sync (e.g. `op === "charts.add"`). */
  failWhen(rule: FailureRule): void {
    this.failures.push(rule);
  }

  sheetNames(): string[] {
    return this.live().map((s) => s.name);
  }

  sheet(name: string): SheetView {
    const model = this.findSheet(name);
    if (!model) throw new Error(`no sheet "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return new SheetView(model, this);
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  setting(name: string): unknown {
    const raw = this.settings.get(name);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  liveTables(): TableModel[] {
    return this.tables.filter((t) => !t.deleted && !t.sheet.deleted);
  }

  /** Operations whose `op` matches, e.g. count("context.sync"). */
  count(op: string): number {
    return this.operations.filter((o) => o.op === op).length;
  }

  /** Rename a sheet, as the person would. */
  renameSheet(from: string, to: string): void {
    const sheet = this.findSheet(from);
    if (!sheet) throw new Error(`no sheet "${from}"`);
    this.checkSheetName(to, sheet);
    if (this.activeSheetName === sheet.name) this.activeSheetName = to;
    if (this.selection.sheet === sheet.name) this.selection = { ...this.selection, sheet: to };
    sheet.name = to;
  }

  /** Select a range, as the person would ("Forecast!A1:C49"). */
  select(address: string): void {
    const parsed = parseBox(address);
    this.selection = { sheet: parsed.sheet ?? this.activeSheetName, box: parsed.box };
  }

  /** The `Excel` global: `run`, `createWorkbook` (ExcelApi 1.8) unless the seed says otherwise, and the few enums code may read at runtime. */
  get excelNamespace(): { run: (...args: any[]) => Promise<any> } & Record<string, unknown> {
    return {
      run: (...args: any[]) => this.run(args[args.length - 1]),
      ...(this.supportsCreateWorkbook ? { createWorkbook: (base64?: string) => this.createWorkbook(base64) } : {}),
      ChartType: { line: "Line", columnClustered: "ColumnClustered", columnStacked: "ColumnStacked" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ConditionalFormatType: { custom: "Custom", colorScale: "ColorScale" },
    };
  }

  /**
   * Excel.createWorkbook: opens the file as a new workbook, outside any batch. Like Excel, it
   * refuses text that is not the base64 of a zip (an .xlsx file is one); what the new workbook
   * holds is for the tests to read from `createdWorkbooks`.
   */
  async createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    this.record({ op: "createWorkbook", target: "Excel", args: [base64 === undefined ? 0 : base64.length], sync: this.roundTrips });
    if (base64 !== undefined && (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0 || !base64.startsWith("UEsDB"))) {
      throw new FakeExcelError("InvalidArgument", "The file is not a valid workbook.");
    }
    this.createdWorkbooks.push(base64 ?? "");
  }

  async run<T>(batch: (context: any) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    const before = this.syncCount;
    try {
      const result = await batch(context);
      // office.js syncs once more after the batch function; without queued operations it sends nothing.
      await context.sync(false);
      return result;
    } finally {
      this.syncsPerRun.push(this.syncCount - before);
    }
  }

  // ----- model helpers used by the proxies -----

  live(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (typeof name !== "string" || name.trim() === "" || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
      throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
    }
    const clash = this.findSheet(name);
    if (clash && clash !== except) {
      throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    }
  }

  createSheet(name: string): SheetModel {
    this.checkSheetName(name);
    const sheet: SheetModel = {
      id: `{00000000-0001-0000-0000-${String(this.nextSheetId++).padStart(12, "0")}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      charts: [],
      conditionalFormats: [],
      columnWidths: new Map(),
      autofitted: [],
      deleted: false,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.live().filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    if (this.activeSheetName === sheet.name) this.activeSheetName = this.live()[0].name;
  }

  checkTableName(name: string, except?: TableModel): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || name.length > 255) {
      throw new FakeExcelError("InvalidArgument", `The table name "${name}" is not valid.`);
    }
    const clash = this.liveTables().find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new FakeExcelError("ItemAlreadyExists", `A table named "${name}" already exists.`);
  }

  nextTableName(): string {
    for (let k = 1; ; k++) {
      const name = `Table${k}`;
      if (!this.liveTables().some((t) => t.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  nextChartName(): string {
    return `Chart ${this.nextChartId++}`;
  }

  /** Called by FakeContext for every queued operation as it runs. */
  record(operation: Operation): void {
    this.operations.push(operation);
    const rule = this.failures.find((f) => f.when(operation));
    if (rule) {
      if (!rule.always) this.failures = this.failures.filter((f) => f !== rule);
      const error = new FakeExcelError(rule.code ?? "GeneralException", rule.message ?? `Simulated failure of ${operation.op}.`);
      error.debugInfo.errorLocation = operation.op;
      throw error;
    }
  }
}

/** Read-only view of a sheet for assertions. */
export class SheetView {
  constructor(
    readonly model: SheetModel,
    private readonly excel: FakeExcel,
  ) {}

  get name(): string {
    return this.model.name;
  }

  get id(): string {
    return this.model.id;
  }

  cell(address: string): CellModel {
    const { box } = parseBox(address);
    return this.model.cells.get(key(box.top, box.left)) ?? { value: "", formula: null, numberFormat: "General", style: {} };
  }

  /** Formula where there is one, the value otherwise (like Range.formulas). */
  formulas(address: string): unknown[][] {
    return this.map(address, (c) => c.formula ?? c.value);
  }

  values(address: string): unknown[][] {
    return this.map(address, (c) => c.value);
  }

  numberFormats(address: string): string[][] {
    return this.map(address, (c) => c.numberFormat);
  }

  private map<T>(address: string, f: (c: CellModel) => T): T[][] {
    const { box } = parseBox(address);
    const out: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: T[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(f(this.cell(`${letters(c)}${r}`)));
      out.push(row);
    }
    return out;
  }

  tables(): TableModel[] {
    return this.excel.liveTables().filter((t) => t.sheet === this.model);
  }

  tableAddress(name: string): string | null {
    const table = this.tables().find((t) => t.name === name);
    return table ? boxAddress(table.box) : null;
  }

  charts(): ChartModel[] {
    return this.model.charts;
  }

  conditionalFormats(): ConditionalFormatModel[] {
    return this.model.conditionalFormats;
  }

  usedAddress(): string | null {
    const box = usedBox(this.model, false);
    return box ? boxAddress(box) : null;
  }
}

function usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    if (isBlank(cell) && (valuesOnly || cell.numberFormat === "General")) continue;
    const [r, c] = k.split(",").map(Number);
    box = box
      ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  return box;
}

// ------------------------------------------------------------------------------------------
// The request context and its proxies

type Op = { operation: Omit<Operation, "sync">; run: () => void };

class FakeContext {
  private queue: Op[] = [];
  private nullables: FakeObject<any>[] = [];
  private suspendQueued = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(op: string, target: string, args: unknown[], run: () => void): void {
    this.queue.push({ operation: { op, target, args }, run });
  }

  trackNullable(object: FakeObject<any>): void {
    this.nullables.push(object);
  }

  suspendCalculation(): void {
    this.suspendQueued = true;
  }

  async sync(explicit = true): Promise<void> {
    const excel = this.excel;
    if (explicit) excel.syncCount++;
    const queue = this.queue;
    this.queue = [];
    if (queue.length > 0) excel.roundTrips++;
    const syncIndex = excel.roundTrips;
    if (this.suspendQueued) excel.suspendedBatches++;
    this.suspendQueued = false;
    await Promise.resolve();
    try {
      for (const item of queue) {
        try {
          excel.record({ ...item.operation, sync: syncIndex });
          item.run();
        } catch (error) {
          if (error instanceof FakeExcelError) error.debugInfo.errorLocation = error.debugInfo.errorLocation ?? item.operation.op;
          throw error;
        }
      }
      for (const object of this.nullables) object.settleNull();
    } finally {
      // Recorded after the operations it sent, so a sync's operations come before its marker.
      if (explicit) excel.operations.push({ op: "context.sync", target: "context", args: [], sync: syncIndex });
    }
  }
}

/** A client object: resolves lazily (at sync) to its model; holds the properties loaded. */
abstract class FakeObject<M> {
  private resolved = false;
  private model: M | null = null;
  private loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  /** Properties read when a collection was loaded with its items, as Excel fills them in. */
  private preloaded: Record<string, unknown> | null = null;

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly path: string,
    private readonly resolver: () => M | null,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.trackNullable(this);
  }

  /** The model, resolving it on first use; throws ItemNotFound for a missing (non-nullable) item. */
  target(): M {
    if (!this.resolved) {
      this.model = this.resolver();
      this.resolved = true;
    }
    if (this.model === null) {
      throw new FakeExcelError(this.nullable ? "InvalidOperation" : "ItemNotFound", `${this.path}: the object does not exist.`);
    }
    if ((this.model as any).deleted) throw new FakeExcelError("ItemNotFound", `${this.path}: the object was deleted.`);
    return this.model;
  }

  settleNull(): void {
    if (!this.resolved) {
      try {
        this.model = this.resolver();
      } catch {
        this.model = null;
      }
      this.resolved = true;
    }
    this.nullKnown = this.model === null;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      if (!this.nullable) return false;
      throw notLoaded("isNullObject");
    }
    return this.nullKnown;
  }

  protected queue(op: string, args: unknown[], run: (model: M) => void): void {
    this.ctx.enqueue(op, this.path, args, () => run(this.target()));
  }

  /** Queues resolution so that a missing item fails the sync even if nothing else touches it. */
  protected resolveAtSync(op: string): void {
    this.ctx.enqueue(op, this.path, [], () => {
      if (this.nullable) this.settleNull();
      else this.target();
    });
  }

  protected abstract read(model: M, property: string): unknown;
  protected abstract readonly loadable: readonly string[];

  load(properties?: string | string[] | { select?: string }): this {
    const list = normaliseProperties(properties, this.loadable);
    this.ctx.enqueue("load", this.path, [list.join(",")], () => {
      if (this.nullable) {
        this.settleNull();
        if (this.model === null) return;
      }
      const model = this.target();
      for (const p of list) {
        if (!this.loadable.includes(p)) throw new FakeExcelError("InvalidArgument", `${this.path}: cannot load "${p}".`);
        this.loaded.set(p, clone(this.read(model, p)));
      }
    });
    return this;
  }

  /** For collection items loaded with the collection: reads `properties` now. */
  preload(properties: readonly string[] = this.loadable): void {
    const model = this.target();
    this.preloaded = Object.fromEntries(properties.map((p) => [p, this.read(model, p)]));
  }

  /** Resolves the item at the next sync, so a missing one fails that sync. */
  resolveNow(op: string): void {
    this.resolveAtSync(op);
  }

  protected get(property: string): any {
    if (this.preloaded && property in this.preloaded) return this.preloaded[property];
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function normaliseProperties(properties: string | string[] | { select?: string } | undefined, all: readonly string[]): string[] {
  if (properties === undefined) return [...all];
  const text = Array.isArray(properties) ? properties.join(",") : typeof properties === "string" ? properties : (properties.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function clone<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculationUntilNextSync", "application", [], () => undefined);
    this.ctx.suspendCalculation();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.settings = new FakeSettingCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, "workbook.getSelectedRange()", () => {
      const sheet = excel.findSheet(excel.selection.sheet);
      return sheet ? { sheet, box: excel.selection.box } : null;
    });
  }

  getActiveCell(): FakeRange {
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, "workbook.getActiveCell()", () => {
      const sheet = excel.findSheet(excel.selection.sheet);
      return sheet ? { sheet, box: { ...excel.selection.box, bottom: excel.selection.box.top, right: excel.selection.box.left } } : null;
    });
  }
}

// ----- worksheets -----

abstract class FakeCollection<I> {
  private loadedItems: I[] | null = null;

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly path: string,
  ) {}

  protected abstract snapshot(properties: string[]): I[];

  load(properties?: string | string[]): this {
    const list = normaliseProperties(properties, [])
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    this.ctx.enqueue("load", this.path, [list.join(",")], () => {
      this.loadedItems = this.snapshot(list);
    });
    return this;
  }

  get items(): I[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, "workbook.worksheets");
  }

  protected snapshot(properties: string[]): FakeWorksheet[] {
    return this.ctx.excel.live().map((model) => {
      const ws = new FakeWorksheet(this.ctx, `worksheet(${model.name})`, () => model);
      ws.preload(properties.length > 0 ? properties : undefined);
      return ws;
    });
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    const ws = new FakeWorksheet(this.ctx, `worksheets.add(${name ?? ""})`, () => created);
    this.ctx.enqueue("worksheets.add", this.path, [name], () => {
      const excel = this.ctx.excel;
      let sheetName = name;
      if (sheetName === undefined) {
        for (let k = 1; excel.findSheet(`Sheet${k}`); k++) sheetName = `Sheet${k + 1}`;
        sheetName = sheetName ?? "Sheet1";
      }
      created = excel.createSheet(sheetName);
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, `worksheets.getItem(${name})`, () => this.find(name));
    ws.resolveNow("worksheets.getItem");
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, `worksheets.getItemOrNullObject(${name})`, () => this.find(name), true);
    ws.resolveNow("worksheets.getItemOrNullObject");
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    const excel = this.ctx.excel;
    return new FakeWorksheet(this.ctx, "worksheets.getActiveWorksheet()", () => excel.findSheet(excel.activeSheetName) ?? null);
  }

  private find(name: string): SheetModel | null {
    const excel = this.ctx.excel;
    return excel.live().find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name) ?? null;
  }
}

class FakeWorksheet extends FakeObject<SheetModel> {
  protected readonly loadable = ["name", "id", "position", "visibility"] as const;

  constructor(ctx: FakeContext, path: string, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected read(model: SheetModel, property: string): unknown {
    switch (property) {
      case "name":
        return model.name;
      case "id":
        return model.id;
      case "position":
        return this.ctx.excel.live().indexOf(model);
      case "visibility":
        return model.visibility;
      default:
        throw new FakeExcelError("InvalidArgument", `Worksheet has no property "${property}".`);
    }
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.queue("worksheet.name=", [value], (m) => {
      this.ctx.excel.checkSheetName(value, m);
      if (this.ctx.excel.activeSheetName === m.name) this.ctx.excel.activeSheetName = value;
      m.name = value;
    });
  }

  get id(): string {
    return this.get("id");
  }

  get position(): number {
    return this.get("position");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(value: string) {
    this.queue("worksheet.visibility=", [value], (m) => {
      m.visibility = value as SheetModel["visibility"];
    });
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
  }

  delete(): void {
    this.queue("worksheet.delete", [], (m) => this.ctx.excel.deleteSheet(m));
  }

  activate(): void {
    this.queue("worksheet.activate", [], (m) => {
      this.ctx.excel.activeSheetName = m.name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${address ?? ""})`, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, box: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
      const parsed = parseBox(address);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeExcelError("InvalidArgument", `The address "${address}" is on another sheet.`);
      }
      return { sheet, box: parsed.box };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRange()`, () => {
      const sheet = this.target();
      return { sheet, box: usedBox(sheet, valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject()`,
      () => {
        const sheet = this.target();
        const box = usedBox(sheet, valuesOnly === true);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }

  get freezePanes(): { freezeRows: (count: number) => void } {
    return {
      freezeRows: (count: number) => this.queue("worksheet.freezePanes.freezeRows", [count], () => undefined),
    };
  }
}

// ----- ranges -----

interface RangeModel {
  sheet: SheetModel;
  box: Box;
  deleted?: boolean;
}

function rows(box: Box): number {
  return box.bottom - box.top + 1;
}

function columns(box: Box): number {
  return box.right - box.left + 1;
}

class FakeRange extends FakeObject<RangeModel> {
  protected readonly loadable = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
  ] as const;

  constructor(ctx: FakeContext, path: string, resolver: () => RangeModel | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected read(model: RangeModel, property: string): unknown {
    const { sheet, box } = model;
    const grid = (f: (c: CellModel | undefined) => unknown): unknown[][] => {
      if (rows(box) * columns(box) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
      const out: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (property) {
      case "address":
        return `${sheetPrefix(sheet.name)}!${boxAddress(box)}`;
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "formulas":
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return grid((c) => (c ? c.numberFormat : "General"));
      case "rowCount":
        return rows(box);
      case "columnCount":
        return columns(box);
      case "cellCount":
        return rows(box) * columns(box);
      case "rowIndex":
        return box.top - 1;
      case "columnIndex":
        return box.left - 1;
      default:
        throw new FakeExcelError("InvalidArgument", `Range has no property "${property}".`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get values(): any[][] {
    return this.get("values");
  }
  set values(v: any) {
    this.write("range.values=", v, (cell, input) => Object.assign(cell, typedInto(cell, input)));
  }
  get formulas(): any[][] {
    return this.get("formulas");
  }
  set formulas(v: any) {
    this.write("range.formulas=", v, (cell, input) => Object.assign(cell, typedInto(cell, input)));
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: any) {
    this.write("range.numberFormat=", v, (cell, input) => {
      if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", "A number format must be text.");
      cell.numberFormat = input;
    });
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }

  /** Writes a 2-D array of the range's exact shape, or one value to every cell. */
  private write(op: string, input: unknown, apply: (cell: CellModel, value: unknown) => void): void {
    const snapshot = Array.isArray(input) ? input.map((row) => (Array.isArray(row) ? [...row] : row)) : input;
    this.queue(op, [snapshot], ({ sheet, box }) => {
      const whole = !Array.isArray(snapshot);
      if (!whole) {
        const grid = snapshot as unknown[];
        if (grid.length !== rows(box) || grid.some((row) => !Array.isArray(row) || row.length !== columns(box))) {
          throw new FakeExcelError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(box)}).`,
          );
        }
      }
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const k = key(r, c);
          const cell = sheet.cells.get(k) ?? { value: "", formula: null, numberFormat: "General", style: {} };
          apply(cell, whole ? snapshot : (snapshot as unknown[][])[r - box.top][c - box.left]);
          sheet.cells.set(k, cell);
        }
      }
    });
  }

  private styleAll(op: string, value: unknown, apply: (style: CellStyle) => void): void {
    this.queue(op, [value], ({ sheet, box }) => {
      if (rows(box) * columns(box) > 100_000) return; // whole columns: styled lazily in Excel, ignored here
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const k = key(r, c);
          const cell = sheet.cells.get(k) ?? { value: "", formula: null, numberFormat: "General", style: {} };
          apply(cell.style);
          sheet.cells.set(k, cell);
        }
      }
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.worksheet`, () => this.target().sheet);
  }

  get format(): any {
    const range = {
      styleAll: (op: string, value: unknown, apply: (style: CellStyle) => void) => this.styleAll(op, value, apply),
      queue: (op: string, args: unknown[], run: (model: RangeModel) => void) => this.queue(op, args, run),
    };
    return {
      font: {
        set bold(v: boolean) {
          range.styleAll("range.format.font.bold=", v, (s) => (s.bold = v));
        },
        set italic(v: boolean) {
          range.styleAll("range.format.font.italic=", v, (s) => (s.italic = v));
        },
        set color(v: string) {
          range.styleAll("range.format.font.color=", v, (s) => (s.fontColor = v));
        },
        set size(v: number) {
          range.styleAll("range.format.font.size=", v, (s) => (s.fontSize = v));
        },
      },
      fill: {
        set color(v: string) {
          range.styleAll("range.format.fill.color=", v, (s) => (s.fillColor = v));
        },
        clear() {
          range.styleAll("range.format.fill.clear", null, (s) => delete s.fillColor);
        },
      },
      set wrapText(v: boolean) {
        range.styleAll("range.format.wrapText=", v, (s) => (s.wrapText = v));
      },
      set columnWidth(v: number) {
        range.queue("range.format.columnWidth=", [v], ({ sheet, box }) => {
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
        });
      },
      autofitColumns() {
        range.queue("range.format.autofitColumns", [], ({ sheet, box }) => {
          sheet.autofitted.push(boxAddress(box));
        });
      },
    };
  }

  get conditionalFormats(): { add: (type: string) => any } {
    return {
      add: (type: string) => {
        const model: ConditionalFormatModel = { type, address: "", formula: null, fillColor: null, fontColor: null };
        this.queue("conditionalFormats.add", [type], ({ sheet, box }) => {
          if (type !== "Custom" && type !== "ColorScale") throw new FakeExcelError("InvalidArgument", `Unsupported conditional format "${type}".`);
          model.address = boxAddress(box);
          sheet.conditionalFormats.push(model);
        });
        const enqueue = (op: string, v: unknown, f: () => void): void => this.ctx.enqueue(op, this.path, [v], f);
        return {
          colorScale: {
            set criteria(v: NonNullable<ConditionalFormatModel["colorScale"]>) {
              enqueue("conditionalFormat.colorScale.criteria=", v, () => {
                if (model.type !== "ColorScale") throw new FakeExcelError("InvalidOperation", "Not a colour scale format.");
                checkColorScale(v);
                model.colorScale = JSON.parse(JSON.stringify(v));
              });
            },
          },
          custom: {
            rule: {
              set formula(v: string) {
                enqueue("conditionalFormat.custom.rule.formula=", v, () => (model.formula = v));
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  enqueue("conditionalFormat.custom.format.fill.color=", v, () => (model.fillColor = v));
                },
              },
              font: {
                set color(v: string) {
                  enqueue("conditionalFormat.custom.format.font.color=", v, () => (model.fontColor = v));
                },
              },
            },
          },
        };
      },
    };
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getCell(${row},${column})`, () => {
      const { sheet, box } = this.target();
      const r = box.top + row;
      const c = box.left + column;
      return { sheet, box: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getResizedRange(${deltaRows},${deltaColumns})`, () => {
      const { sheet, box } = this.target();
      const next = { ...box, bottom: box.bottom + deltaRows, right: box.right + deltaColumns };
      if (next.bottom < next.top || next.right < next.left) throw new FakeExcelError("InvalidArgument", "Resized range is empty.");
      return { sheet, box: next };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getOffsetRange(${rowOffset},${columnOffset})`, () => {
      const { sheet, box } = this.target();
      return {
        sheet,
        box: { top: box.top + rowOffset, bottom: box.bottom + rowOffset, left: box.left + columnOffset, right: box.right + columnOffset },
      };
    });
  }

  getIntersectionOrNullObject(another: FakeRange | string): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getIntersectionOrNullObject()`,
      () => {
        const { sheet, box } = this.target();
        const other = typeof another === "string" ? parseBox(another).box : another.target().box;
        if (typeof another !== "string" && another.target().sheet !== sheet) return null;
        if (!overlaps(box, other)) return null;
        return {
          sheet,
          box: {
            top: Math.max(box.top, other.top),
            left: Math.max(box.left, other.left),
            bottom: Math.min(box.bottom, other.bottom),
            right: Math.min(box.right, other.right),
          },
        };
      },
      true,
    );
  }

  select(): void {
    this.queue("range.select", [], ({ sheet, box }) => {
      this.ctx.excel.selection = { sheet: sheet.name, box };
      this.ctx.excel.activeSheetName = sheet.name;
    });
  }
}

// ----- tables -----

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly worksheet: FakeWorksheet | null,
  ) {
    super(ctx, worksheet ? "worksheet.tables" : "workbook.tables");
  }

  private scope(): TableModel[] {
    const all = this.ctx.excel.liveTables();
    return this.worksheet ? all.filter((t) => t.sheet === this.worksheet!.target()) : all;
  }

  protected snapshot(properties: string[]): FakeTable[] {
    return this.scope().map((model) => {
      const table = new FakeTable(this.ctx, `table(${model.name})`, () => model);
      table.preload(properties.length > 0 ? properties : undefined);
      return table;
    });
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    const table = new FakeTable(this.ctx, `${this.path}.add`, () => created);
    this.ctx.enqueue("tables.add", this.path, [typeof address === "string" ? address : "(range)", hasHeaders], () => {
      const excel = this.ctx.excel;
      let sheet: SheetModel;
      let box: Box;
      if (typeof address === "string") {
        const parsed = parseBox(address);
        const named = parsed.sheet ?? (this.worksheet ? this.worksheet.target().name : null);
        const found = named ? excel.findSheet(named) : undefined;
        if (!found) throw new FakeExcelError("InvalidArgument", `tables.add: no sheet for "${address}".`);
        sheet = found;
        box = parsed.box;
      } else {
        ({ sheet, box } = address.target());
      }
      if (this.worksheet && this.worksheet.target() !== sheet) {
        throw new FakeExcelError("InvalidArgument", "tables.add: the range is on another sheet.");
      }
      if (excel.liveTables().some((t) => t.sheet === sheet && overlaps(t.box, box))) {
        throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
      }
      created = { name: excel.nextTableName(), sheet, box, hasHeaders, style: "TableStyleMedium2", deleted: false };
      excel.tables.push(created);
    });
    return table;
  }

  getItem(name: string): FakeTable {
    const t = new FakeTable(this.ctx, `tables.getItem(${name})`, () => this.find(name));
    t.resolveNow("tables.getItem");
    return t;
  }

  getItemOrNullObject(name: string): FakeTable {
    const t = new FakeTable(this.ctx, `tables.getItemOrNullObject(${name})`, () => this.find(name), true);
    t.resolveNow("tables.getItemOrNullObject");
    return t;
  }

  private find(name: string): TableModel | null {
    return this.scope().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

class FakeTable extends FakeObject<TableModel> {
  protected readonly loadable = ["name", "style", "showHeaders"] as const;

  constructor(ctx: FakeContext, path: string, resolver: () => TableModel | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected read(model: TableModel, property: string): unknown {
    switch (property) {
      case "name":
        return model.name;
      case "style":
        return model.style;
      case "showHeaders":
        return model.hasHeaders;
      default:
        throw new FakeExcelError("InvalidArgument", `Table has no property "${property}".`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queue("table.name=", [value], (m) => {
      this.ctx.excel.checkTableName(value, m);
      m.name = value;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.queue("table.style=", [value], (m) => {
      m.style = value;
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.worksheet`, () => this.target().sheet);
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange()`, () => ({ sheet: this.target().sheet, box: this.target().box }));
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getHeaderRowRange()`, () => {
      const { sheet, box } = this.target();
      return { sheet, box: { ...box, bottom: box.top } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getDataBodyRange()`, () => {
      const { sheet, box, hasHeaders } = this.target();
      return { sheet, box: { ...box, top: hasHeaders ? box.top + 1 : box.top } };
    });
  }

  delete(): void {
    this.queue("table.delete", [], (m) => {
      m.deleted = true;
    });
  }
}

// ----- charts -----

class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartModel | null = null;
    const chart = new FakeChart(this.ctx, "charts.add", () => created);
    this.ctx.enqueue("charts.add", "worksheet.charts", [type, "(range)", seriesBy], () => {
      if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `Unknown chart type "${type}".`);
      const sheet = this.worksheet.target();
      const { sheet: dataSheet, box } = sourceData.target();
      const excel = this.ctx.excel;
      created = {
        name: excel.nextChartName(),
        type,
        sourceAddress: `${sheetPrefix(dataSheet.name)}!${boxAddress(box)}`,
        seriesBy: seriesBy ?? "Auto",
        title: null,
        categoryNamesAddress: null,
        series: [],
        position: null,
        hiddenLegendEntries: [],
      };
      // One series per column (by columns), named by the header cell when the first row is text.
      const headerIsText = typeof dataSheet.cells.get(key(box.top, box.left))?.value === "string";
      for (let c = box.left; c <= box.right; c++) {
        const top = headerIsText ? box.top + 1 : box.top;
        created.series.push({
          name: headerIsText ? String(dataSheet.cells.get(key(box.top, c))?.value ?? "") : null,
          valuesAddress: `${sheetPrefix(dataSheet.name)}!${boxAddress({ top, bottom: box.bottom, left: c, right: c })}`,
          ...NEW_SERIES_LOOK,
        });
      }
      sheet.charts.push(created);
    });
    return chart;
  }
}

class FakeChart extends FakeObject<ChartModel> {
  protected readonly loadable = ["name", "chartType"] as const;

  protected read(model: ChartModel, property: string): unknown {
    return property === "name" ? model.name : model.type;
  }

  get title(): { text: string } {
    const chart = { queue: (op: string, args: unknown[], run: (model: ChartModel) => void) => this.queue(op, args, run) };
    return {
      set text(v: string) {
        chart.queue("chart.title.text=", [v], (m) => (m.title = v));
      },
      get text(): string {
        throw notLoaded("title/text");
      },
    };
  }

  setPosition(start: string, end?: string): void {
    this.queue("chart.setPosition", [start, end], (m) => {
      parseBox(start);
      if (end !== undefined) parseBox(end);
      m.position = { start, end: end ?? null };
    });
  }

  get axes(): { categoryAxis: { setCategoryNames: (range: FakeRange) => void } } {
    return {
      categoryAxis: {
        setCategoryNames: (range: FakeRange) =>
          this.queue("chart.axes.categoryAxis.setCategoryNames", [], (m) => {
            const { sheet, box } = range.target();
            m.categoryNamesAddress = `${sheetPrefix(sheet.name)}!${boxAddress(box)}`;
          }),
      },
    };
  }

  get legend(): { position: string; legendEntries: { getItemAt: (index: number) => { visible: boolean } } } {
    const chart = { queue: (op: string, args: unknown[], run: (model: ChartModel) => void) => this.queue(op, args, run) };
    return {
      set position(v: string) {
        chart.queue("chart.legend.position=", [v], () => undefined);
      },
      get position(): string {
        throw notLoaded("legend/position");
      },
      legendEntries: {
        getItemAt: (index: number) => ({
          set visible(v: boolean) {
            chart.queue("chart.legend.legendEntries.getItemAt().visible=", [index, v], (m) => {
              if (index < 0 || index >= m.series.length) throw new FakeExcelError("ItemNotFound", `No legend entry at ${index}.`);
              m.hiddenLegendEntries = v ? m.hiddenLegendEntries.filter((i) => i !== index) : [...m.hiddenLegendEntries, index];
            });
          },
          get visible(): boolean {
            throw notLoaded("visible");
          },
        }),
      },
    };
  }

  get series(): { add: (name?: string) => any; getItemAt: (index: number) => any } {
    const address = (range: FakeRange): string => {
      const { sheet, box } = range.target();
      return `${sheetPrefix(sheet.name)}!${boxAddress(box)}`;
    };
    const queue = (op: string, args: unknown[], run: () => void) => this.queue(op, args, run);
    const seriesApi = (get: () => ChartSeriesModel) => ({
      setValues: (range: FakeRange) => this.queue("chartSeries.setValues", [], () => (get().valuesAddress = address(range))),
      setXAxisValues: (range: FakeRange) =>
        this.queue("chartSeries.setXAxisValues", [], () => (get().xAxisValuesAddress = address(range))),
      set hasDataLabels(v: boolean) {
        queue("chartSeries.hasDataLabels=", [v], () => (get().hasDataLabels = v));
      },
      format: {
        fill: {
          clear: () => queue("chartSeries.format.fill.clear", [], () => (get().fill = "none")),
          setSolidColor: (color: string) =>
            queue("chartSeries.format.fill.setSolidColor", [color], () => {
              checkColor(color);
              get().fill = color;
            }),
        },
        line: {
          set color(v: string) {
            queue("chartSeries.format.line.color=", [v], () => {
              checkColor(v);
              get().lineColor = v;
            });
          },
          set lineStyle(v: string) {
            queue("chartSeries.format.line.lineStyle=", [v], () => (get().lineStyle = v));
          },
        },
      },
    });
    return {
      add: (name?: string) => {
        let created: ChartSeriesModel | null = null;
        this.queue("chart.series.add", [name], (m) => {
          created = { name: name ?? null, valuesAddress: null, ...NEW_SERIES_LOOK };
          m.series.push(created);
        });
        return seriesApi(() => {
          if (!created) throw new FakeExcelError("ItemNotFound", "The series was not created.");
          return created;
        });
      },
      getItemAt: (index: number) =>
        seriesApi(() => {
          const s = this.target().series[index];
          if (!s) throw new FakeExcelError("ItemNotFound", `No series at ${index}.`);
          return s;
        }),
    };
  }
}

// ----- settings -----

class FakeSettingCollection extends FakeCollection<FakeSetting> {
  constructor(ctx: FakeContext) {
    super(ctx, "workbook.settings");
  }

  protected snapshot(): FakeSetting[] {
    return [...this.ctx.excel.settings.keys()].map((k) => {
      const s = new FakeSetting(this.ctx, k, false);
      s.preload();
      return s;
    });
  }

  add(key: string, value: unknown): FakeSetting {
    const text = JSON.stringify(value);
    this.ctx.enqueue("settings.add", this.path, [key, value], () => {
      if (text === undefined) throw new FakeExcelError("InvalidArgument", "A setting's value must be JSON.");
      if (text.length > 2_000_000) throw new FakeExcelError("InvalidArgument", "Settings are limited to 2 MB.");
      this.ctx.excel.settings.set(key, text);
    });
    return new FakeSetting(this.ctx, key, false);
  }

  getItem(key: string): FakeSetting {
    const s = new FakeSetting(this.ctx, key, false);
    s.resolveNow("settings.getItem");
    return s;
  }

  getItemOrNullObject(key: string): FakeSetting {
    const s = new FakeSetting(this.ctx, key, true);
    s.resolveNow("settings.getItemOrNullObject");
    return s;
  }
}

class FakeSetting extends FakeObject<{ key: string; deleted?: boolean }> {
  protected readonly loadable = ["key", "value"] as const;

  constructor(ctx: FakeContext, settingKey: string, nullable: boolean) {
    super(ctx, `setting(${settingKey})`, () => (ctx.excel.settings.has(settingKey) ? { key: settingKey } : null), nullable);
  }

  protected read(model: { key: string }, property: string): unknown {
    if (property === "key") return model.key;
    return JSON.parse(this.ctx.excel.settings.get(model.key) as string);
  }

  get key(): string {
    return this.get("key");
  }
  get value(): any {
    return this.get("value");
  }
  set value(v: any) {
    this.queue("setting.value=", [v], (m) => this.ctx.excel.settings.set(m.key, JSON.stringify(v)));
  }

  delete(): void {
    this.queue("setting.delete", [], (m) => {
      this.ctx.excel.settings.delete(m.key);
    });
  }
}

// ------------------------------------------------------------------------------------------
// Installing

/** Makes `fake` the global `Excel` (in Jest, or in a browser page); returns a function that undoes it. */
export function installFakeExcel(fake: FakeExcel, scope: any = globalThis): () => void {
  const had = Object.prototype.hasOwnProperty.call(scope, "Excel");
  const previous = scope.Excel;
  scope.Excel = fake.excelNamespace;
  return () => {
    if (had) scope.Excel = previous;
    else delete scope.Excel;
  };
}

export function createFakeExcel(seed: FakeExcelSeed = {}): FakeExcel {
  return new FakeExcel(seed);
}
