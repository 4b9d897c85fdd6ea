/**
 * The Excel adapter: the only code that calls Excel. See api.ts for the contract.
 *
 * Every public function is one `Excel.run` with a fixed number of `context.sync()` calls,
 * whatever the number of intervals: read what is needed (the sheet list, the settings, the
 * cells), decide in plain TypeScript (src/planner/), then write a whole sheet in one batch with
 * calculation suspended, and finally record it and swap it in. If Excel refuses anything, the
 * half-written sheet is removed and the workbook is left as it was.
 *
 * Office enums are passed as their string values ("Line", "Columns", "Custom"), which the
 * Office typings check, so the code runs against a simulated `Excel` that has no enum objects.
 *
 * Sheets are written in the workbook's language (see "The workbook's culture" below) unless the
 * caller names one.
 *
 * The exported helpers (one Excel.run, the workbook's state, finding and reading a block of
 * cells, writing generated sheets) are for reporting.ts, which holds the actuals, team-metrics
 * and client-report functions in the same style.
 */
import { columnLetters, columnNumber, displayBlock, parseAddress, type ParsedAddress } from "../planner/addresses";
import { compare } from "../planner/compare";
import { intervalLengthProblems, MAX_FORECAST_ROWS, parseForecast } from "../planner/forecast";
import { BLOCK_LOOKS, type CellLook } from "../planner/block-styles";
import { chartSeries } from "../planner/chart-series";
import { firstLanguageOf, languageOf, LOCALE_OF, type Language } from "../planner/language";
import { labelsFor } from "../planner/labels";
import {
  comparisonSheetSpec,
  intervalFormat,
  planSheetSpec,
  rosterSheetSpec,
  sampleReference,
  sampleSheetSpec,
  type SheetSpec,
} from "../planner/layout";
import { cultureOfLocale, type NumberCulture } from "../planner/numbers";
import { computePlan, IntervalNotComputable } from "../planner/plan";
import { ClientSafetyError } from "../planner/client-safe";
import { checkRoster as computeRosterCheck, parseRosterColumn } from "../planner/roster";
import { sampleDay } from "../planner/sample";
import {
  applyChanges,
  fromStored,
  SCENARIOS_SETTING,
  scenarioNameProblem,
  scenarioProblems,
  toStored,
} from "../planner/scenarios";
import type { CellGrid, ForecastReading, ForecastReference, Plan, Scenario, ScenarioChanges } from "../planner/types";
import { toBase64 } from "../xlsx/base64";
import { writeXlsx } from "../xlsx/workbook";
import type * as api from "./api";
import {
  fromStoredRegistry,
  generatedSheets,
  pruneRegistry,
  REGISTRY_SETTING,
  toStoredRegistry,
  uniqueSheetName,
  uniqueTableName,
  type RegistryEntry,
  type SheetIdentity,
} from "./registry";

export type Result<T> = api.WorkbookResult<T>;
export type Context = Excel.RequestContext;
type ChartSpec = SheetSpec["charts"][number];

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: api.WorkbookError): Result<T> => ({ ok: false, error });

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code !== "" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

function excelFailed<T>(operation: string, error: unknown, rolledBack: boolean): Result<T> {
  return fail({ code: "excelFailed", operation, detail: describe(error), rolledBack });
}

/** One Excel.run; anything Excel throws becomes `excelFailed` (nothing to roll back outside writes). */
export async function run<T>(operation: string, body: (context: Context) => Promise<Result<T>>): Promise<Result<T>> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    return excelFailed(operation, new Error("Excel is not available (the add-in is not running inside Excel)."), false);
  }
  try {
    return await Excel.run(body);
  } catch (error) {
    return excelFailed(operation, error, false);
  }
}

// ---------------------------------------------------------------------------------------------
// The workbook's culture
//
// Excel says which culture it reads and writes the workbook in (application.cultureInfo,
// ExcelApi 1.11: its name, such as "et-EE", and its decimal and digit-group separators); the
// sheets are written in that culture's language and typed numbers are read with its separators.
// Where Excel is older than 1.11, Office's content language (the language the person edits in),
// then its display language, stand in, with the separators Intl gives that locale. Whether 1.11
// is there is asked of Office.context.requirements; without an Office host (a simulated workbook
// in the tests), a workbook that has cultureInfo has it.

function cultureInfoSupported(context: Context): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (requirements && typeof requirements.isSetSupported === "function") return requirements.isSetSupported("ExcelApi", "1.11");
  return typeof (context.application as { cultureInfo?: unknown }).cultureInfo === "object";
}

/** Office's own idea of the person's language, for an Excel without cultureInfo. */
function officeLanguageTag(): string | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  return Office.context.contentLanguage || Office.context.displayLanguage || null;
}

/** Queues the culture's read (no sync); the returned function gives it once the batch has synced. */
function queueCultureRead(context: Context): () => api.WorkbookCulture {
  if (!cultureInfoSupported(context)) {
    return () => {
      const tag = officeLanguageTag();
      const language = firstLanguageOf(tag);
      return { name: tag, language, numbers: cultureOfLocale(tag ?? LOCALE_OF[language]), source: "office" };
    };
  }
  const culture = context.application.cultureInfo.load("name");
  const numbers = context.application.cultureInfo.numberFormat.load("numberDecimalSeparator,numberGroupSeparator");
  return () => {
    const name = culture.name || null;
    const separators: NumberCulture = {
      decimalSeparator: numbers.numberDecimalSeparator || ".",
      groupSeparator: numbers.numberGroupSeparator || null,
    };
    return { name, language: languageOf(name) ?? firstLanguageOf(officeLanguageTag()), numbers: separators, source: "excel" };
  };
}

// ---------------------------------------------------------------------------------------------
// Workbook state: sheets, tables, scenarios, the record of generated sheets and the culture, in
// one sync.

export interface State {
  sheets: SheetIdentity[];
  tableNames: string[];
  /** null: the stored value is not something this add-in wrote. */
  scenarios: Scenario[] | null;
  registry: RegistryEntry[];
  activeSheet: string;
  culture: api.WorkbookCulture;
}

export async function readState(context: Context): Promise<State> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  const scenarios = context.workbook.settings.getItemOrNullObject(SCENARIOS_SETTING).load("value");
  const registry = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING).load("value");
  const culture = queueCultureRead(context);
  await context.sync();
  const identities = sheets.items.map((s) => ({ name: s.name, id: s.id }));
  return {
    sheets: identities,
    tableNames: tables.items.map((t) => t.name),
    scenarios: scenarios.isNullObject ? [] : fromStored(scenarios.value),
    registry: pruneRegistry(registry.isNullObject ? [] : fromStoredRegistry(registry.value), identities),
    activeSheet: active.name,
    culture: culture(),
  };
}

/** The language a sheet is written in: the caller's, else the workbook's. */
export function sheetLanguage(state: State, options: api.SheetOptions): Language {
  return options.language ?? state.culture.language;
}

export function findSheet(state: State, name: string): SheetIdentity | undefined {
  return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function statusOf(state: State, sheetName: string): api.SheetStatus {
  const sheet = findSheet(state, sheetName);
  const generated = sheet ? generatedSheets(state.registry, state.sheets).find((g) => g.sheetName === sheet.name) : undefined;
  return { sheetName: sheet?.name ?? sheetName, exists: sheet !== undefined, generated: generated ?? null };
}

// ---------------------------------------------------------------------------------------------
// Writing a sheet spec

function applyLook(range: Excel.Range, look: CellLook): void {
  if (look.bold !== undefined) range.format.font.bold = look.bold;
  if (look.italic !== undefined) range.format.font.italic = look.italic;
  if (look.fontSize !== undefined) range.format.font.size = look.fontSize;
  if (look.fontColor !== undefined) range.format.font.color = look.fontColor;
  if (look.fillColor !== undefined) range.format.fill.color = look.fillColor;
  if (look.wrapText !== undefined) range.format.wrapText = look.wrapText;
}

/** A colour scale's stop: at a number when one is given, else where `otherwise` puts it. */
function colorStop(
  color: string,
  value: number | undefined,
  otherwise: Omit<Excel.ConditionalColorScaleCriterion, "color">,
): Excel.ConditionalColorScaleCriterion {
  return value === undefined ? { ...otherwise, color } : { type: "Number", formula: String(value), color };
}

/**
 * Series colours and data labels. An unfilled ("none") series, the base of a waterfall, loses its
 * fill, its line, its labels and its legend entry, so only the floating bars show.
 */
function queueSeriesLooks(chart: Excel.Chart, spec: ChartSpec): void {
  const fills = spec.seriesFills ?? [];
  const count = Math.max(fills.length, spec.dataLabels ? chartSeries(spec).length : 0);
  for (let i = 0; i < count; i++) {
    const fill = fills[i] ?? null;
    const series = chart.series.getItemAt(i);
    if (fill === "none") {
      if (spec.type === "Line") series.format.line.lineStyle = "None";
      else series.format.fill.clear();
      chart.legend.legendEntries.getItemAt(i).visible = false;
      continue;
    }
    if (fill !== null) {
      if (spec.type === "Line") series.format.line.color = fill;
      else series.format.fill.setSolidColor(fill);
    }
    if (spec.dataLabels) series.hasDataLabels = true;
  }
}

/** Queues the writing of a whole sheet spec (exported for the tests that compare it with the client copy). */
export function queueSheetSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const block of spec.blocks) {
    const range = sheet.getRange(block.address);
    // Formats first: a value typed into a cell formatted as text ("@") stays text, and formulas
    // keep our format instead of taking one from the cells they refer to.
    if (block.numberFormats) range.numberFormat = block.numberFormats;
    range.formulas = block.cells.map((row) => row.map((cell) => (cell === null ? "" : cell)));
    if (block.style) applyLook(range, BLOCK_LOOKS[block.style]);
  }
  for (const table of spec.tables) {
    const added = sheet.tables.add(sheet.getRange(table.address), true);
    added.name = table.name;
    added.style = table.style;
  }
  for (const chart of spec.charts) {
    const added = sheet.charts.add(chart.type, sheet.getRange(chart.dataAddress), "Columns");
    added.title.text = chart.title;
    added.axes.categoryAxis.setCategoryNames(sheet.getRange(chart.categoriesAddress));
    for (const series of chart.extraSeries) {
      const extra = added.series.add(series.name);
      extra.setValues(sheet.getRange(series.valuesAddress));
      // A combo chart: this series as another type, on a second value axis (ExcelApi 1.7 and 1.8).
      if (series.chartType) extra.chartType = series.chartType;
      if (series.secondaryAxis) extra.axisGroup = "Secondary";
    }
    queueSeriesLooks(added, chart);
    added.setPosition(chart.topLeft, chart.bottomRight);
  }
  for (const highlight of spec.highlights) {
    const format = sheet.getRange(highlight.address).conditionalFormats.add("Custom");
    format.custom.rule.formula = highlight.formula;
    format.custom.format.fill.color = highlight.fillColor;
    format.custom.format.font.color = highlight.fontColor;
  }
  for (const scale of spec.colorScales ?? []) {
    const format = sheet.getRange(scale.address).conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: colorStop(scale.minColor, scale.minValue, { type: "LowestValue" }),
      midpoint: colorStop(scale.midColor, scale.midValue, { type: "Percentile", formula: "50" }),
      maximum: colorStop(scale.maxColor, scale.maxValue, { type: "HighestValue" }),
    };
  }
  for (const width of spec.columnWidths) sheet.getRange(width.columns).format.columnWidth = width.width;
  for (const address of spec.autofit) sheet.getRange(address).format.autofitColumns();
}

export interface WriteRequest {
  operation: string;
  state: State;
  /** The name the sheet ends up with. */
  sheetName: string;
  /** A generated sheet this one replaces (deleted once the new one is complete). */
  replaces: api.GeneratedSheet | null;
  spec: SheetSpec;
  entry: Omit<RegistryEntry, "sheetId" | "sheetName">;
  activate: boolean;
  /** Settings stored with the record of the sheet, once the sheet is complete (never for a half-written one). */
  settings?: { key: string; value: unknown }[];
}

/**
 * Writes a new generated sheet in one batch (calculation suspended), then records it and, when
 * it replaces an older one, deletes the older one and takes its name. On failure, removes what
 * was written and leaves the workbook as it was.
 */
export async function writeGeneratedSheet(context: Context, request: WriteRequest): Promise<Result<{ sheetName: string }>> {
  const written = await writeGeneratedSheets(context, [request]);
  return written.ok ? ok({ sheetName: request.sheetName }) : written;
}

/**
 * Writes several generated sheets as writeGeneratedSheet writes one, in the same two round
 * trips: all or none of them end up in the workbook. The first request's `operation` and
 * `activate` speak for all; each request's `state` must be the same.
 */
export async function writeGeneratedSheets(context: Context, requests: WriteRequest[]): Promise<Result<{ sheetNames: string[] }>> {
  const { state } = requests[0];
  const taken = state.sheets.map((s) => s.name);
  const buildNames: string[] = [];
  const builtIds: (string | null)[] = requests.map(() => null);
  try {
    context.application.suspendApiCalculationUntilNextSync();
    const sheets = requests.map((request) => {
      const buildName = request.replaces ? uniqueSheetName("WFM building", [...taken, ...buildNames]) : request.sheetName;
      buildNames.push(buildName);
      const sheet = context.workbook.worksheets.add(buildName);
      queueSheetSpec(sheet, request.spec);
      sheet.load("id");
      return sheet;
    });
    await context.sync();
    sheets.forEach((sheet, i) => (builtIds[i] = sheet.id));

    let registry = state.registry;
    requests.forEach((request, i) => {
      if (request.replaces) {
        // The replaced sheet is one of state's generated sheets, under its name in state.
        const old = state.sheets.find((s) => s.name === request.replaces?.sheetName);
        if (old) context.workbook.worksheets.getItem(old.id).delete();
        sheets[i].name = request.sheetName;
        registry = registry.filter((e) => e.sheetId !== old?.id);
      }
      registry = [...registry, { ...request.entry, sheetId: builtIds[i] as string, sheetName: request.sheetName }];
    });
    context.workbook.settings.add(REGISTRY_SETTING, toStoredRegistry(registry));
    for (const setting of requests.flatMap((request) => request.settings ?? [])) context.workbook.settings.add(setting.key, setting.value);
    if (requests[0].activate) sheets[0].activate();
    await context.sync();
    return ok({ sheetNames: requests.map((r) => r.sheetName) });
  } catch (error) {
    let rolledBack = true;
    for (let i = requests.length - 1; i >= 0; i--) {
      rolledBack = (await rollBack(context, builtIds[i] ?? buildNames[i] ?? requests[i].sheetName, requests[i])) && rolledBack;
    }
    return excelFailed(requests[0].operation, error, rolledBack);
  }
}

/** Removes a half-written sheet. If the sheet it replaced is already gone, keeps the new (complete) one instead. */
async function rollBack(context: Context, built: string, request: WriteRequest): Promise<boolean> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(built);
    sheet.load("name");
    const oldId = request.replaces ? findSheet(request.state, request.replaces.sheetName)?.id : undefined;
    const old = oldId ? context.workbook.worksheets.getItemOrNullObject(oldId) : null;
    old?.load("name");
    await context.sync();
    if (!sheet.isNullObject) {
      if (old && old.isNullObject && request.replaces) sheet.name = request.replaces.sheetName;
      else sheet.delete();
    }
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading forecasts

/** Cells to read for a forecast reference, and how to turn them into a reading. */
export interface PendingForecast {
  finish(): { reading: ForecastReading; intervalNumberFormat: string; address: string };
}

function referenceColumns(reference: ForecastReference): number[] {
  return [reference.dateColumn, reference.intervalColumn, reference.callsColumn, reference.ahtColumn]
    .filter((c): c is string => c !== null)
    .map(columnNumber);
}

/**
 * Queues the read of a scenario's forecast. When it came from a table that still exists, the
 * table's current rows are read (so rows added to the table are planned); otherwise the stored rows.
 */
export function queueForecastRead(
  context: Context,
  state: State,
  reference: ForecastReference,
): PendingForecast | api.WorkbookError {
  const sheet = findSheet(state, reference.sheetName);
  if (!sheet) return { code: "sheetNotFound", sheetName: reference.sheetName };
  const columns = referenceColumns(reference);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const tableName = reference.tableName;
  const useTable = tableName !== null && state.tableNames.some((t) => t.toLowerCase() === tableName.toLowerCase());
  const range = useTable
    ? context.workbook.tables.getItem(tableName as string).getDataBodyRange()
    : context.workbook.worksheets
        .getItem(sheet.id)
        .getRange(`${columnLetters(left)}${reference.firstRow}:${columnLetters(right)}${reference.firstRow + reference.rowCount - 1}`);
  range.load("address,values,numberFormat");
  return {
    finish: () => {
      const parsed = parseAddress(range.address) as ParsedAddress;
      const grid: CellGrid = {
        sheetName: parsed.sheetName ?? sheet.name,
        tableName: useTable ? tableName : null,
        topRow: parsed.top,
        leftColumn: parsed.left,
        values: range.values,
        numberFormats: range.numberFormat,
      };
      const relative = (letter: string | null): number | null => (letter === null ? null : columnNumber(letter) - parsed.left);
      const reading = parseForecast(grid, {
        hasHeaderRow: false,
        mapping: {
          date: relative(reference.dateColumn),
          interval: relative(reference.intervalColumn),
          calls: relative(reference.callsColumn),
          aht: relative(reference.ahtColumn),
        },
        defaultAhtSeconds: reference.defaultAhtSeconds,
      });
      const intervalIndex = columnNumber(reference.intervalColumn) - parsed.left;
      return {
        reading,
        intervalNumberFormat: intervalFormat(range.values[0]?.[intervalIndex], range.numberFormat[0]?.[intervalIndex] ?? null),
        address: displayBlock(grid.sheetName, parsed.top, parsed.left, parsed.bottom, parsed.right),
      };
    },
  };
}

export function isError(value: unknown): value is api.WorkbookError {
  return typeof value === "object" && value !== null && "code" in value;
}

/**
 * The reading's reference when its rows can be planned with this scenario; otherwise its
 * problems, or rows whose start times do not fit the scenario's interval length, by cell.
 */
export function plannable(reading: ForecastReading, scenario: Scenario): Result<ForecastReference> {
  const problems =
    reading.problems.length > 0 ? reading.problems : intervalLengthProblems(reading.rows, scenario.targets.intervalMinutes);
  if (problems.length > 0 || reading.reference === null) return fail({ code: "forecastProblems", problems });
  return ok(reading.reference);
}

/** The plan of a scenario from a finished reading, or the error that prevents it. */
export function planFrom(reading: ForecastReading, scenario: Scenario): Result<{ plan: Plan; reference: ForecastReference }> {
  const reference = plannable(reading, scenario);
  if (!reference.ok) return reference;
  try {
    return ok({ plan: computePlan(reading.rows, scenario.targets, scenario.adjustments), reference: reference.value });
  } catch (error) {
    const failure = notComputable<{ plan: Plan; reference: ForecastReference }>(error, reading.rows);
    if (failure) return failure;
    throw error;
  }
}

/** The person's error for an interval the engine cannot compute; null for any other failure. */
export function notComputable<T>(error: unknown, rows: ForecastReading["rows"]): Result<T> | null {
  if (!(error instanceof IntervalNotComputable)) return null;
  const row = rows[error.rowIndex];
  return fail({
    code: "intervalNotComputable",
    intervalLabel: row.intervalLabel,
    // The cell of the input the engine refused: the AHT's own cell when it has one, else the calls'.
    cell: error.argument === "aht" && row.ahtCell !== null ? row.ahtCell : row.callsCell,
    argument: error.argument,
    reason: error.kind,
    problem: error.problem,
  });
}

/** A scenario's numbers checked as the form checks them (a scenario may come from edited settings). */
export function checkTargets<T>(scenario: Scenario): Result<T> | null {
  const problems = scenarioProblems(scenario);
  return problems.length > 0 ? fail({ code: "invalidTargets", problems }) : null;
}

/**
 * The stored scenario with this id, its numbers checked; otherwise, in this order, why not:
 * the stored scenarios cannot be read, there is no such scenario (`notFound`, by default
 * `scenarioNotFound`), or its targets are invalid.
 */
export function scenarioIn(state: State, id: string, notFound?: api.WorkbookError): Scenario | api.WorkbookError {
  if (state.scenarios === null) return { code: "storedScenariosUnreadable" };
  const scenario = state.scenarios.find((s) => s.id === id);
  if (!scenario) return notFound ?? { code: "scenarioNotFound", scenarioId: id };
  const invalid = checkTargets<never>(scenario);
  return invalid && !invalid.ok ? invalid.error : scenario;
}

// ---------------------------------------------------------------------------------------------
// Public functions (documented in api.ts)

export function createSampleForecast(options: api.SheetOptions = {}): Promise<Result<api.SampleForecast>> {
  return run("createSampleForecast", async (context) => {
    const state = await readState(context);
    const language = sheetLanguage(state, options);
    const day = sampleDay();
    const sheetName = uniqueSheetName(labelsFor(language).label("sampleSheet"), state.sheets.map((s) => s.name));
    const tableName = uniqueTableName("WFM_SampleForecast", state.tableNames);
    const written = await writeGeneratedSheet(context, {
      operation: "createSampleForecast",
      state,
      sheetName,
      replaces: null,
      spec: sampleSheetSpec({ day, tableName, language }),
      entry: { kind: "sample", scenarioIds: [], createdAt: new Date().toISOString() },
      activate: true,
    });
    if (!written.ok) return written;
    return ok({ sheetName, tableName, reference: sampleReference(sheetName, tableName, day.length) });
  });
}

export function listTables(): Promise<Result<api.TableInfo[]>> {
  return run("listTables", async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const details = tables.items.map((table) => ({
      name: table.name,
      sheet: table.worksheet.load("name"),
      range: table.getRange().load("address,rowCount"),
      header: table.getHeaderRowRange().load("values"),
    }));
    await context.sync();
    return ok(
      details.map((d) => ({
        name: d.name,
        sheetName: d.sheet.name,
        address: d.range.address,
        headers: (d.header.values[0] ?? []).map((h) => String(h)),
        rowCount: d.range.rowCount - 1,
      })),
    );
  });
}

export function getWorkbookCulture(): Promise<Result<api.WorkbookCulture>> {
  return run("getWorkbookCulture", async (context) => {
    const culture = queueCultureRead(context);
    await context.sync();
    return ok(culture());
  });
}

export function getSelectionAddress(): Promise<Result<string>> {
  return run("getSelectionAddress", async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return ok(range.address);
  });
}

function tooMany(address: string, rows: number, reading?: Partial<ForecastReading>): api.ForecastRead {
  return {
    address,
    reading: {
      headers: [],
      hasHeaderRow: false,
      mapping: { date: null, interval: null, calls: null, aht: null },
      recognised: { date: false, interval: false, calls: false, aht: false },
      rows: [],
      problems: [{ code: "tooManyRows", rows, limit: MAX_FORECAST_ROWS }],
      reference: null,
      days: 0,
      intervalMinutes: null,
      ...reading,
    },
  };
}

export function readForecast(source: api.ForecastSource, options: api.ReadForecastOptions): Promise<Result<api.ForecastRead>> {
  return run("readForecast", async (context) => {
    const parseOptions = { mapping: options.mapping, defaultAhtSeconds: options.defaultAhtSeconds ?? null };

    if (source.kind === "reference") {
      const state = await readState(context);
      const pending = queueForecastRead(context, state, {
        ...source.reference,
        defaultAhtSeconds: options.defaultAhtSeconds ?? source.reference.defaultAhtSeconds,
      });
      if (isError(pending)) return fail(pending);
      await context.sync();
      const { reading, address } = pending.finish();
      return ok({ address, reading });
    }

    const found = await findBlock(context, source);
    if (isError(found)) return fail(found);
    const rows = found.block.bottom - found.block.top + 1;
    if (rows > MAX_FORECAST_ROWS + 1) return ok(tooMany(found.address, rows));
    const range = queueBlockRead(context, found);
    await context.sync();
    return ok({ address: found.address, reading: parseForecast(gridOf(found, range), parseOptions) });
  });
}

/** Where a block of cells to read is: a selection, an Excel table, or an address typed. */
export type BlockSource = { kind: "selection" } | { kind: "table"; name: string } | { kind: "range"; address: string };

/** A block of cells found on a sheet (headers included), and how to show it ("Forecast!A1:C49"). */
export interface FoundBlock {
  sheetName: string;
  tableName: string | null;
  block: { top: number; left: number; bottom: number; right: number };
  address: string;
}

/**
 * Finds the block a source names (one or two syncs): a table's whole range, the selection
 * clipped to the used cells (a single selected cell stands for the sheet's used range), or a
 * typed address on its sheet (the active one without a sheet name).
 */
export async function findBlock(context: Context, source: BlockSource): Promise<FoundBlock | api.WorkbookError> {
  let sheetName: string;
  let block: FoundBlock["block"];
  let tableName: string | null = null;
  if (source.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(source.name).load("name");
    await context.sync();
    if (table.isNullObject) return { code: "tableNotFound", tableName: source.name };
    const range = table.getRange().load("address");
    await context.sync();
    const parsed = parseAddress(range.address) as ParsedAddress;
    sheetName = parsed.sheetName as string;
    block = parsed;
    tableName = table.name;
  } else if (source.kind === "selection") {
    const selected = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
    const used = selected.worksheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    const parsed = parseAddress(selected.address);
    const usedBox = used.isNullObject ? null : parseAddress(used.address);
    if (!parsed || !usedBox) return { code: "selectionNotUsable", address: selected.address };
    sheetName = parsed.sheetName as string;
    if (parsed.top === parsed.bottom && parsed.left === parsed.right) block = usedBox;
    else {
      block = {
        top: Math.max(parsed.top, usedBox.top),
        left: Math.max(parsed.left, usedBox.left),
        bottom: Math.min(parsed.bottom, usedBox.bottom),
        right: Math.min(parsed.right, usedBox.right),
      };
      if (block.top > block.bottom || block.left > block.right) return { code: "selectionNotUsable", address: selected.address };
    }
  } else {
    const parsed = parseAddress(source.address);
    if (!parsed) return { code: "invalidAddress", address: source.address };
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const named = parsed.sheetName ? context.workbook.worksheets.getItemOrNullObject(parsed.sheetName).load("name") : null;
    await context.sync();
    if (named && named.isNullObject) return { code: "sheetNotFound", sheetName: parsed.sheetName as string };
    sheetName = named ? named.name : active.name;
    block = parsed;
  }
  return { sheetName, tableName, block, address: displayBlock(sheetName, block.top, block.left, block.bottom, block.right) };
}

/** Queues the read of a found block's values and number formats (read at the next sync). */
export function queueBlockRead(context: Context, found: FoundBlock): Excel.Range {
  const { block } = found;
  return context.workbook.worksheets
    .getItem(found.sheetName)
    .getRange(`${columnLetters(block.left)}${block.top}:${columnLetters(block.right)}${block.bottom}`)
    .load("values,numberFormat");
}

/** The cells of a found block once read. */
export function gridOf(found: FoundBlock, range: Excel.Range): CellGrid {
  return {
    sheetName: found.sheetName,
    tableName: found.tableName,
    topRow: found.block.top,
    leftColumn: found.block.left,
    values: range.values,
    numberFormats: range.numberFormat,
  };
}

export function sheetStatus(sheetName: string): Promise<Result<api.SheetStatus>> {
  return run("sheetStatus", async (context) => ok(statusOf(await readState(context), sheetName)));
}

export function listGeneratedSheets(scenarioId?: string): Promise<Result<api.GeneratedSheet[]>> {
  return run("listGeneratedSheets", async (context) => {
    const state = await readState(context);
    const all = generatedSheets(state.registry, state.sheets);
    return ok(scenarioId === undefined ? all : all.filter((g) => g.scenarioIds.includes(scenarioId)));
  });
}

export function previewPlan(scenario: Scenario): Promise<Result<Plan>> {
  const invalid = checkTargets<Plan>(scenario);
  if (invalid) return Promise.resolve(invalid);
  return run("previewPlan", async (context) => {
    const state = await readState(context);
    const pending = queueForecastRead(context, state, scenario.forecast);
    if (isError(pending)) return fail(pending);
    await context.sync();
    const planned = planFrom(pending.finish().reading, scenario);
    return planned.ok ? ok(planned.value.plan) : planned;
  });
}

export function buildPlan(scenario: Scenario, options: api.BuildPlanOptions): Promise<Result<api.BuiltPlan>> {
  const invalid = checkTargets<api.BuiltPlan>(scenario);
  if (invalid) return Promise.resolve(invalid);
  return run("buildPlan", async (context) => {
    const state = await readState(context);
    const pending = queueForecastRead(context, state, scenario.forecast);
    if (isError(pending)) return fail(pending);
    await context.sync();
    const { reading, intervalNumberFormat } = pending.finish();
    const planned = planFrom(reading, scenario);
    if (!planned.ok) return planned;

    const existing = generatedSheets(state.registry, state.sheets).find(
      (g) => g.kind === "plan" && g.scenarioId === scenario.id,
    );
    if (existing && !options.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const language = sheetLanguage(state, options);
    const sheetName = existing
      ? existing.sheetName
      : uniqueSheetName(labelsFor(language).label("planSheet", { scenario: scenario.name }), state.sheets.map((s) => s.name));
    const tableName = uniqueTableName("WFM_Plan", state.tableNames);
    const written = await writeGeneratedSheet(context, {
      operation: "buildPlan",
      state,
      sheetName,
      replaces: existing ?? null,
      spec: planSheetSpec({
        scenario: { ...scenario, forecast: planned.value.reference },
        plan: planned.value.plan,
        tableName,
        builtAt: new Date(),
        intervalNumberFormat,
        language,
      }),
      entry: { kind: "plan", scenarioIds: [scenario.id], createdAt: new Date().toISOString() },
      activate: options.activate ?? true,
    });
    if (!written.ok) return written;
    return ok({ sheetName, tableName, plan: planned.value.plan, replacedSheet: existing ? existing.sheetName : null });
  });
}

// ----- scenarios -----

/** A named list kept in the workbook's settings: the planner's scenarios, the capacity scenarios. */
export interface StoredList<T extends { id: string; name: string }> {
  setting: string;
  /** The items of the stored value, or null when it is not something this add-in wrote. */
  read(value: unknown): T[] | null;
  store(items: T[]): unknown;
  /** The refusal when the stored value cannot be read. */
  unreadable: api.WorkbookError;
}

const PLANNER_SCENARIOS: StoredList<Scenario> = {
  setting: SCENARIOS_SETTING,
  read: fromStored,
  store: toStored,
  unreadable: { code: "storedScenariosUnreadable" },
};

/**
 * Queues the load of a stored list; the returned function reads it after the next sync (null:
 * what is stored cannot be read, see `list.unreadable`). Nothing stored is an empty list.
 */
export function queueList<T extends { id: string; name: string }>(context: Context, list: StoredList<T>): () => T[] | null {
  const setting = context.workbook.settings.getItemOrNullObject(list.setting).load("value");
  return () => (setting.isNullObject ? [] : list.read(setting.value));
}

async function readList<T extends { id: string; name: string }>(context: Context, list: StoredList<T>): Promise<T[] | null> {
  const stored = queueList(context, list);
  await context.sync();
  return stored();
}

async function writeList<T extends { id: string; name: string }>(context: Context, list: StoredList<T>, items: T[]): Promise<void> {
  context.workbook.settings.add(list.setting, list.store(items));
  await context.sync();
}

function namesProblem(items: readonly { id: string; name: string }[]): api.WorkbookError | null {
  for (const item of items) {
    const problem = scenarioNameProblem(item.name, items, item.id);
    if (problem) return problem;
  }
  return null;
}

/** Loads a stored list, lets `change` edit it, stores the result (two syncs). */
export function updateList<T extends { id: string; name: string }, V>(
  operation: string,
  list: StoredList<T>,
  change: (items: T[]) => Result<{ items: T[]; value: V }>,
): Promise<Result<V>> {
  return run(operation, async (context) => {
    const stored = await readList(context, list);
    if (stored === null) return fail(list.unreadable);
    const changed = change(stored);
    if (!changed.ok) return changed;
    const problem = namesProblem(changed.value.items);
    if (problem) return fail(problem);
    await writeList(context, list, changed.value.items);
    return ok(changed.value.value);
  });
}

export function loadList<T extends { id: string; name: string }>(operation: string, list: StoredList<T>): Promise<Result<T[]>> {
  return run(operation, async (context) => {
    const stored = await readList(context, list);
    return stored === null ? fail(list.unreadable) : ok(stored);
  });
}

/** Adds `item` to a stored list, or replaces the one with its id; names must stay unique. */
export function saveToList<T extends { id: string; name: string; updatedAt: string }>(
  operation: string,
  list: StoredList<T>,
  item: T,
): Promise<Result<T[]>> {
  return updateList(operation, list, (stored) => {
    const problem = scenarioNameProblem(item.name, stored, item.id);
    if (problem) return fail(problem);
    const stamped = { ...item, updatedAt: new Date().toISOString() };
    const index = stored.findIndex((s) => s.id === item.id);
    const items = index >= 0 ? stored.map((s, i) => (i === index ? stamped : s)) : [...stored, stamped];
    return ok({ items, value: items });
  });
}

/** Renames an item of a stored list; the new name must be free. */
export function renameInList<T extends { id: string; name: string; updatedAt: string }>(
  operation: string,
  list: StoredList<T>,
  id: string,
  newName: string,
): Promise<Result<T[]>> {
  return updateList(operation, list, (stored) => {
    if (!stored.some((s) => s.id === id)) return fail({ code: "scenarioNotFound", scenarioId: id });
    const problem = scenarioNameProblem(newName, stored, id);
    if (problem) return fail(problem);
    const items = stored.map((s) => (s.id === id ? { ...s, name: newName.trim(), updatedAt: new Date().toISOString() } : s));
    return ok({ items, value: items });
  });
}

export function loadScenarios(): Promise<Result<Scenario[]>> {
  return loadList("loadScenarios", PLANNER_SCENARIOS);
}

export function saveScenarios(scenarios: Scenario[]): Promise<Result<Scenario[]>> {
  const problem = namesProblem(scenarios);
  if (problem) return Promise.resolve(fail(problem));
  return run("saveScenarios", async (context) => {
    await writeList(context, PLANNER_SCENARIOS, scenarios);
    return ok(scenarios);
  });
}

export function saveScenario(scenario: Scenario): Promise<Result<Scenario[]>> {
  return saveToList("saveScenario", PLANNER_SCENARIOS, scenario);
}

export function renameScenario(scenarioId: string, newName: string): Promise<Result<Scenario[]>> {
  return renameInList("renameScenario", PLANNER_SCENARIOS, scenarioId, newName);
}

/**
 * Adds a copy of an item of a stored list, made by `copyOf`; `refusal` says what is wrong with
 * the copy's numbers, if anything. Returns the copy and the new list.
 */
export function duplicateInList<T extends { id: string; name: string }>(
  operation: string,
  list: StoredList<T>,
  id: string,
  copyOf: (source: T) => T,
  refusal: (copy: T) => api.WorkbookError | null,
): Promise<Result<{ scenario: T; scenarios: T[] }>> {
  return updateList(operation, list, (stored) => {
    const source = stored.find((s) => s.id === id);
    if (!source) return fail({ code: "scenarioNotFound", scenarioId: id });
    const copy = copyOf(source);
    const problem = scenarioNameProblem(copy.name, stored) ?? refusal(copy);
    if (problem) return fail(problem);
    const items = [...stored, copy];
    return ok({ items, value: { scenario: copy, scenarios: items } });
  });
}

export function duplicateScenario(
  scenarioId: string,
  changes: ScenarioChanges,
): Promise<Result<{ scenario: Scenario; scenarios: Scenario[] }>> {
  return duplicateInList(
    "duplicateScenario",
    PLANNER_SCENARIOS,
    scenarioId,
    (source) => applyChanges(source, changes),
    (copy) => {
      const problems = scenarioProblems(copy);
      return problems.length > 0 ? { code: "invalidTargets", problems } : null;
    },
  );
}

/**
 * Removes an item of a stored list, and with `deleteSheets` the sheets generated for it alone
 * (comparisons with others stay), in one batch after one read.
 */
export function deleteFromList<T extends { id: string; name: string }>(
  operation: string,
  list: StoredList<T>,
  id: string,
  options: { deleteSheets: boolean },
): Promise<Result<T[]>> {
  return run(operation, async (context) => {
    const storedList = queueList(context, list);
    const state = await readState(context);
    const stored = storedList();
    if (stored === null) return fail(list.unreadable);
    if (!stored.some((s) => s.id === id)) return fail({ code: "scenarioNotFound", scenarioId: id });
    const items = stored.filter((s) => s.id !== id);
    if (options.deleteSheets) {
      const doomed = state.registry.filter((e) => e.scenarioIds.length === 1 && e.scenarioIds[0] === id);
      for (const entry of doomed) context.workbook.worksheets.getItem(entry.sheetId).delete();
      context.workbook.settings.add(REGISTRY_SETTING, toStoredRegistry(state.registry.filter((e) => !doomed.includes(e))));
    }
    context.workbook.settings.add(list.setting, list.store(items));
    await context.sync();
    return ok(items);
  });
}

export function deleteScenario(scenarioId: string, options: { deleteSheets: boolean }): Promise<Result<Scenario[]>> {
  return deleteFromList("deleteScenario", PLANNER_SCENARIOS, scenarioId, options);
}

export function compareScenarios(scenarioIds: string[], options: api.SheetOptions = {}): Promise<Result<api.BuiltComparison>> {
  if (scenarioIds.length < 2) return Promise.resolve(fail({ code: "tooFewScenarios", count: scenarioIds.length }));
  return run("compareScenarios", async (context) => {
    const state = await readState(context);
    const scenarios: Scenario[] = [];
    for (const id of scenarioIds) {
      const scenario = scenarioIn(state, id);
      if (isError(scenario)) return fail(scenario);
      scenarios.push(scenario);
    }
    const pending: PendingForecast[] = [];
    for (const scenario of scenarios) {
      const read = queueForecastRead(context, state, scenario.forecast);
      if (isError(read)) return fail(read);
      pending.push(read);
    }
    await context.sync();
    const items: { scenario: Scenario; plan: Plan }[] = [];
    for (let i = 0; i < scenarios.length; i++) {
      const planned = planFrom(pending[i].finish().reading, scenarios[i]);
      if (!planned.ok) return planned;
      items.push({ scenario: scenarios[i], plan: planned.value.plan });
    }
    const comparison = compare(items);
    const language = sheetLanguage(state, options);
    const sheetName = uniqueSheetName(labelsFor(language).label("comparisonSheet"), state.sheets.map((s) => s.name));
    const written = await writeGeneratedSheet(context, {
      operation: "compareScenarios",
      state,
      sheetName,
      replaces: null,
      spec: comparisonSheetSpec({
        comparison,
        tableName: uniqueTableName("WFM_Comparison", state.tableNames),
        builtAt: new Date(),
        language,
      }),
      entry: { kind: "comparison", scenarioIds: [...scenarioIds], createdAt: new Date().toISOString() },
      activate: true,
    });
    return written.ok ? ok({ sheetName, comparison }) : written;
  });
}

export function checkRoster(
  scenarioId: string,
  roster: api.RosterSource,
  options: api.SheetOptions = {},
): Promise<Result<api.BuiltRosterCheck>> {
  return run("checkRoster", async (context) => {
    const selection = roster.address === "selection" ? context.workbook.getSelectedRange().load("address") : null;
    const state = await readState(context);
    const scenario = scenarioIn(state, scenarioId);
    if (isError(scenario)) return fail(scenario);

    const typed = selection ? selection.address : roster.address;
    const parsed = parseAddress(typed);
    if (!parsed) return fail({ code: "invalidAddress", address: typed });
    const rosterSheet = findSheet(state, parsed.sheetName ?? state.activeSheet);
    if (!rosterSheet) return fail({ code: "sheetNotFound", sheetName: parsed.sheetName ?? state.activeSheet });
    if (parsed.left !== parsed.right) {
      return fail({ code: "rosterProblems", problems: [{ code: "rosterNotOneColumn", address: typed }] });
    }
    const pending = queueForecastRead(context, state, scenario.forecast);
    if (isError(pending)) return fail(pending);
    // A whole column means "the cells beside the forecast's rows".
    const wholeColumn = parsed.top === 1 && parsed.bottom === 1_048_576;
    const expected = scenario.forecast.rowCount;
    const top = wholeColumn ? scenario.forecast.firstRow : parsed.top;
    const bottom = wholeColumn ? scenario.forecast.firstRow + expected - 1 : parsed.bottom;
    if (bottom - top + 1 > MAX_FORECAST_ROWS + 1) {
      return fail({
        code: "rosterProblems",
        problems: [{ code: "rosterLengthMismatch", rosterRows: bottom - top + 1, forecastRows: expected }],
      });
    }
    const letter = columnLetters(parsed.left);
    const rosterRange = context.workbook.worksheets
      .getItem(rosterSheet.id)
      .getRange(`${letter}${top}:${letter}${bottom}`)
      .load("values");
    await context.sync();

    const { reading, intervalNumberFormat } = pending.finish();
    const reference = plannable(reading, scenario);
    if (!reference.ok) return reference;
    const column = parseRosterColumn(
      { sheetName: rosterSheet.name, tableName: null, topRow: top, leftColumn: parsed.left, values: rosterRange.values },
      reading.rows.length,
      typed,
    );
    if (column.problems.length > 0) return fail({ code: "rosterProblems", problems: column.problems });
    let check;
    try {
      check = computeRosterCheck(reading.rows, column.agents, roster.basis, scenario.targets, scenario.adjustments);
    } catch (error) {
      const failure = notComputable<api.BuiltRosterCheck>(error, reading.rows);
      if (failure) return failure;
      throw error;
    }
    const language = sheetLanguage(state, options);
    const sheetName = uniqueSheetName(labelsFor(language).label("rosterSheet", { scenario: scenario.name }), state.sheets.map((s) => s.name));
    const written = await writeGeneratedSheet(context, {
      operation: "checkRoster",
      state,
      sheetName,
      replaces: null,
      spec: rosterSheetSpec({
        scenario: { ...scenario, forecast: reference.value },
        check,
        roster: { sheetName: rosterSheet.name, column: letter, firstRow: column.firstRow },
        basis: roster.basis,
        tableName: uniqueTableName("WFM_Roster", state.tableNames),
        builtAt: new Date(),
        intervalNumberFormat,
        language,
      }),
      entry: { kind: "roster", scenarioIds: [scenario.id], createdAt: new Date().toISOString() },
      activate: true,
    });
    return written.ok ? ok({ sheetName, check }) : written;
  });
}

export function showSheet(sheetName: string): Promise<Result<void>> {
  return run("showSheet", async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
    await context.sync();
    if (sheet.isNullObject) return fail({ code: "sheetNotFound", sheetName });
    sheet.activate();
    await context.sync();
    return ok(undefined);
  });
}

// ----- client copies -----

/**
 * Whether this Excel can open a new workbook from a file: Excel.createWorkbook is ExcelApi 1.8
 * ("Creates and opens a new workbook. Optionally, the workbook can be pre-populated with a
 * Base64-encoded .xlsx file", @types/office-js; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks).
 * Office.js defines the function on every host, so where Office can say, its requirement sets
 * decide; the function's presence is the test where it cannot (a simulated Excel).
 */
function canCreateWorkbook(): boolean {
  if (typeof Excel.createWorkbook !== "function") return false;
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.8") : true;
}

export async function createClientCopy(sheets: readonly api.ClientCopySheet[], options: api.ClientCopyOptions): Promise<Result<api.ClientCopy>> {
  const operation = "createClientCopy";
  if (typeof Excel === "undefined") {
    return excelFailed(operation, new Error("Excel is not available (the add-in is not running inside Excel)."), false);
  }
  if (!canCreateWorkbook()) return fail({ code: "clientCopyNotSupported", requirement: "ExcelApi 1.8" });
  let bytes: Uint8Array;
  try {
    bytes = writeXlsx(sheets, { title: options.title, created: options.createdAt ?? new Date() });
  } catch (error) {
    if (error instanceof ClientSafetyError) return fail({ code: "clientCopyUnsafe", problems: [...error.problems] });
    return fail({ code: "clientCopyInvalid", detail: describe(error) });
  }
  // Excel can still refuse, e.g. under Windows' extensionHardening policy
  // (https://github.com/OfficeDev/office-js/issues/3568); its message reaches the pane.
  try {
    await Excel.createWorkbook(toBase64(bytes));
  } catch (error) {
    return excelFailed(operation, error, false);
  }
  return ok({ sheetNames: sheets.map((s) => s.sheetName), bytes: bytes.length });
}
