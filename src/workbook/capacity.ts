/**
 * The Excel adapter's capacity functions: capacity scenarios stored in the workbook, a capacity
 * plan sheet, capacity plans compared, and the plan as a client copy holds it. Like adapter.ts,
 * each is one Excel.run with a fixed number of syncs whatever the number of weeks: read the
 * workbook's state (one sync), the cells the plan needs (one sync: a scenario's forecast, a
 * column of weekly volumes or of required FTE, for every scenario compared), decide in the
 * planner (src/planner/), then write one sheet in one batch with adapter.ts's write-then-swap,
 * which removes a half-written sheet if Excel refuses anything.
 *
 * Sheets are written in the workbook's language unless the caller names one (a client copy's
 * capacity sheet is in the language chosen for the client copy), as adapter.ts's are.
 */
import { EngineInputError } from "../engine";
import { columnLetters, columnNumber, parseAddress } from "../planner/addresses";
import { computeCapacity } from "../planner/capacity";
import {
  capacityClientSheetSpec,
  capacityComparisonSheetSpec,
  capacitySheet,
  type CapacityLayoutInput,
} from "../planner/capacity-layout";
import {
  applyCapacityChanges,
  CAPACITY_SCENARIOS_SETTING,
  capacityScenarioProblems,
  compareCapacity,
  fromStoredCapacity,
  toStoredCapacity,
} from "../planner/capacity-scenarios";
import type {
  CapacityChanges,
  CapacityResult,
  CapacityScenario,
  RequiredFteOrigin,
  WeeksColumnKind,
} from "../planner/capacity-types";
import { LANGUAGES, type Language } from "../planner/language";
import { labelsFor } from "../planner/labels";
import type { SheetSpec } from "../planner/sheet";
import type { CellGrid, Scenario } from "../planner/types";
import {
  growingVolumes,
  parseSheetWeeks,
  parseWeeksColumn,
  PatternWithoutCalls,
  staffingPattern,
  WeekNotComputable,
  weeksColumnRows,
  type WeeksColumn,
} from "../planner/weekly-fte";
import {
  deleteFromList,
  duplicateInList,
  fail,
  findSheet,
  isError,
  loadList,
  notComputable,
  ok,
  plannable,
  queueForecastRead,
  queueList,
  readState,
  renameInList,
  run,
  saveToList,
  scenarioIn,
  sheetLanguage,
  writeGeneratedSheet,
  type Context,
  type PendingForecast,
  type Result,
  type State,
  type StoredList,
} from "./adapter";
import type * as api from "./api";
import { generatedSheets, uniqueSheetName } from "./registry";

/** The capacity scenarios stored in the workbook (Make client copy reads them with its own reading of the workbook). */
export const CAPACITY_SCENARIOS: StoredList<CapacityScenario> = {
  setting: CAPACITY_SCENARIOS_SETTING,
  read: fromStoredCapacity,
  store: toStoredCapacity,
  unreadable: { code: "storedCapacityUnreadable" },
};

/** A capacity scenario's numbers checked as the form checks them (it may come from edited settings). */
function invalid(scenario: CapacityScenario): api.WorkbookError | null {
  const problems = capacityScenarioProblems(scenario);
  return problems.length > 0 ? { code: "invalidCapacityInputs", problems } : null;
}

// ---------------------------------------------------------------------------------------------
// Reading what a plan needs

/** A column of weeks queued for reading. */
interface PendingColumn {
  finish(): WeeksColumn;
  /** Where the weeks were read, for the sheet's note: "Volumes!B2:B53". */
  address(): string;
}

function queueWeeksColumn(context: Context, state: State, address: string, kind: WeeksColumnKind): PendingColumn | api.WorkbookError {
  const parsed = parseAddress(address);
  if (parsed === null || parsed.sheetName === null) return { code: "invalidAddress", address };
  const sheet = findSheet(state, parsed.sheetName);
  if (!sheet) return { code: "sheetNotFound", sheetName: parsed.sheetName };
  const rows = weeksColumnRows(parsed, address);
  if ("code" in rows) return { code: "weeksColumnProblems", problems: [rows] };
  const letter = columnLetters(parsed.left);
  const range = context.workbook.worksheets.getItem(sheet.id).getRange(`${letter}${rows.top}:${letter}${rows.bottom}`).load("values");
  return {
    finish: () =>
      parseWeeksColumn(
        { sheetName: sheet.name, tableName: null, topRow: rows.top, leftColumn: parsed.left, values: range.values },
        kind,
        address,
        rows.wholeColumn,
      ),
    address: () => address,
  };
}

/** Everything one capacity scenario's plan needs, queued; `finish` after the sync computes it. */
interface PendingCapacity {
  finish(): Result<CapacityLayoutInput>;
}

function queueCapacity(context: Context, state: State, capacity: CapacityScenario): PendingCapacity | api.WorkbookError {
  const refusal = invalid(capacity);
  if (refusal) return refusal;
  const { source } = capacity;
  if (source.kind === "column") {
    const column = queueWeeksColumn(context, state, source.address, "fte");
    if (isError(column)) return column;
    const origin: RequiredFteOrigin = {
      kind: "column",
      scenarioName: null,
      forecast: null,
      column: source.address,
      patternWeeklyCalls: null,
      weeklyCalls: null,
      weeklyGrowth: null,
      paidHoursPerFteWeek: null,
    };
    return {
      finish: () => {
        const read = column.finish();
        if (read.problems.length > 0) return fail({ code: "weeksColumnProblems", problems: read.problems });
        return planned(capacity, read.values, origin);
      },
    };
  }
  // The planner scenario the capacity scenario staffs, or why it cannot.
  const scenario = scenarioIn(state, source.scenarioId, { code: "sourceScenarioNotFound", capacityName: capacity.name });
  if (isError(scenario)) return scenario;
  const forecast: PendingForecast | api.WorkbookError = queueForecastRead(context, state, scenario.forecast);
  if (isError(forecast)) return forecast;
  const volumes = source.volumes.kind === "column" ? queueWeeksColumn(context, state, source.volumes.address, "volume") : null;
  if (volumes !== null && isError(volumes)) return volumes;
  return {
    finish: () => {
      const { reading, address } = forecast.finish();
      const reference = plannable(reading, scenario);
      if (!reference.ok) return reference;
      const column = volumes?.finish();
      if (column && column.problems.length > 0) return fail({ code: "weeksColumnProblems", problems: column.problems });
      let weeklyCalls: number[];
      let required: number[];
      let patternWeeklyCalls: number;
      try {
        const pattern = staffingPattern(reading.rows, scenario.targets, scenario.adjustments, source.paidHoursPerFteWeek);
        patternWeeklyCalls = pattern.weeklyCalls;
        weeklyCalls =
          source.volumes.kind === "growth"
            ? growingVolumes(pattern.weeklyCalls, source.volumes.weeklyGrowth, source.volumes.weeks)
            : (column as WeeksColumn).values;
        required = pattern.requiredFte(weeklyCalls);
      } catch (error) {
        const refused = staffingRefusal(error, reading.rows, scenario);
        if (refused) return refused;
        throw error;
      }
      const origin: RequiredFteOrigin = {
        kind: "scenario",
        scenarioName: scenario.name,
        forecast: address,
        column: volumes ? volumes.address() : null,
        patternWeeklyCalls,
        weeklyCalls,
        weeklyGrowth: source.volumes.kind === "growth" ? source.volumes.weeklyGrowth : null,
        paidHoursPerFteWeek: source.paidHoursPerFteWeek,
      };
      return planned(capacity, required, origin);
    },
  };
}

/** The person's words for a pattern or a week the engine cannot staff; null for any other failure. */
function staffingRefusal(error: unknown, rows: { intervalLabel: string; callsCell: string }[], scenario: Scenario): Result<never> | null {
  if (error instanceof WeekNotComputable) {
    return fail({
      code: "weekNotComputable",
      week: error.week,
      weeklyCalls: error.weeklyCalls,
      intervalLabel: rows[error.interval.rowIndex].intervalLabel,
      reason: error.interval.kind,
    });
  }
  if (error instanceof PatternWithoutCalls) return fail({ code: "patternWithoutCalls", scenarioName: scenario.name });
  return notComputable<never>(error, rows as Parameters<typeof notComputable>[1]);
}

function planned(
  scenario: CapacityScenario,
  requiredFte: readonly number[],
  origin: RequiredFteOrigin,
  hires?: readonly number[],
): Result<CapacityLayoutInput> {
  let result: CapacityResult;
  try {
    result = computeCapacity(requiredFte, scenario.settings, scenario.firstWeek, hires);
  } catch (error) {
    if (error instanceof EngineInputError) return fail({ code: "capacityNotComputable", argument: error.argument });
    throw error;
  }
  return ok({ scenario, result, origin, builtAt: new Date() });
}

// ---------------------------------------------------------------------------------------------
// Public functions (documented in api.ts)

export function loadCapacityScenarios(): Promise<Result<CapacityScenario[]>> {
  return loadList("loadCapacityScenarios", CAPACITY_SCENARIOS);
}

export function saveCapacityScenario(scenario: CapacityScenario): Promise<Result<CapacityScenario[]>> {
  const refusal = invalid(scenario);
  if (refusal) return Promise.resolve(fail(refusal));
  return saveToList("saveCapacityScenario", CAPACITY_SCENARIOS, scenario);
}

export function renameCapacityScenario(scenarioId: string, newName: string): Promise<Result<CapacityScenario[]>> {
  return renameInList("renameCapacityScenario", CAPACITY_SCENARIOS, scenarioId, newName);
}

export function duplicateCapacityScenario(
  scenarioId: string,
  changes: CapacityChanges,
): Promise<Result<{ scenario: CapacityScenario; scenarios: CapacityScenario[] }>> {
  return duplicateInList("duplicateCapacityScenario", CAPACITY_SCENARIOS, scenarioId, (source) => applyCapacityChanges(source, changes), invalid);
}

export function deleteCapacityScenario(scenarioId: string, options: { deleteSheets: boolean }): Promise<Result<CapacityScenario[]>> {
  return deleteFromList("deleteCapacityScenario", CAPACITY_SCENARIOS, scenarioId, options);
}

export function previewCapacityPlan(scenario: CapacityScenario): Promise<Result<api.CapacityPlanPreview>> {
  return run("previewCapacityPlan", async (context) => {
    const state = await readState(context);
    const pending = queueCapacity(context, state, scenario);
    if (isError(pending)) return fail(pending);
    await context.sync();
    const laid = pending.finish();
    return laid.ok ? ok({ result: laid.value.result, origin: laid.value.origin }) : laid;
  });
}

export function buildCapacityPlan(scenario: CapacityScenario, options: api.BuildPlanOptions): Promise<Result<api.BuiltCapacityPlan>> {
  return run("buildCapacityPlan", async (context) => {
    const state = await readState(context);
    const existing = generatedSheets(state.registry, state.sheets).find((g) => g.kind === "capacity" && g.scenarioId === scenario.id);
    if (existing && !options.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const pending = queueCapacity(context, state, scenario);
    if (isError(pending)) return fail(pending);
    await context.sync();
    const laid = pending.finish();
    if (!laid.ok) return laid;
    const language = sheetLanguage(state, options);
    const sheetName = existing
      ? existing.sheetName
      : uniqueSheetName(labelsFor(language).label("capacitySheet", { scenario: scenario.name }), state.sheets.map((s) => s.name));
    const written = await writeGeneratedSheet(context, {
      operation: "buildCapacityPlan",
      state,
      sheetName,
      replaces: existing ?? null,
      spec: capacitySheet({ ...laid.value, language }).spec,
      entry: { kind: "capacity", scenarioIds: [scenario.id], createdAt: new Date().toISOString() },
      activate: options.activate ?? true,
    });
    if (!written.ok) return written;
    const { result, origin } = laid.value;
    return ok({ sheetName, result, origin, replacedSheet: existing ? existing.sheetName : null });
  });
}

export function compareCapacityScenarios(
  scenarioIds: string[],
  options: api.SheetOptions = {},
): Promise<Result<api.BuiltCapacityComparison>> {
  if (scenarioIds.length < 2) return Promise.resolve(fail({ code: "tooFewScenarios", count: scenarioIds.length }));
  return run("compareCapacityScenarios", async (context) => {
    const storedCapacity = queueList(context, CAPACITY_SCENARIOS);
    const state = await readState(context);
    const stored = storedCapacity();
    if (stored === null) return fail(CAPACITY_SCENARIOS.unreadable);
    const pending: { scenario: CapacityScenario; plan: PendingCapacity }[] = [];
    for (const id of scenarioIds) {
      const scenario = stored.find((s) => s.id === id);
      if (!scenario) return fail({ code: "scenarioNotFound", scenarioId: id });
      const plan = queueCapacity(context, state, scenario);
      if (isError(plan)) return fail(plan);
      pending.push({ scenario, plan });
    }
    await context.sync();
    const items: { scenario: CapacityScenario; result: CapacityResult }[] = [];
    for (const { scenario, plan } of pending) {
      const laid = plan.finish();
      if (!laid.ok) return laid;
      items.push({ scenario, result: laid.value.result });
    }
    const comparison = compareCapacity(items);
    const language = sheetLanguage(state, options);
    const sheetName = uniqueSheetName(labelsFor(language).label("capacityComparisonSheet"), state.sheets.map((s) => s.name));
    const written = await writeGeneratedSheet(context, {
      operation: "compareCapacityScenarios",
      state,
      sheetName,
      replaces: null,
      spec: capacityComparisonSheetSpec({ comparison, builtAt: new Date(), language }),
      entry: { kind: "capacityComparison", scenarioIds: [...scenarioIds], createdAt: new Date().toISOString() },
      activate: true,
    });
    return written.ok ? ok({ sheetName, comparison }) : written;
  });
}

/**
 * The capacity plan as a client copy holds it (values only, no costs), in the language chosen
 * for the client copy (the workbook's when left out), sheet name included. See
 * capacityClientSheetIn, which Make client copy also uses.
 */
export function capacityClientCopy(
  scenarioId: string,
  options: api.SheetOptions = {},
): Promise<Result<{ sheetName: string; spec: SheetSpec }>> {
  return run("capacityClientCopy", async (context) => {
    const storedCapacity = queueList(context, CAPACITY_SCENARIOS);
    const state = await readState(context);
    const stored = storedCapacity();
    if (stored === null) return fail(CAPACITY_SCENARIOS.unreadable);
    // A client copy is a workbook of its own, so the name needs no " (2)".
    return capacityClientSheetIn(context, state, stored, scenarioId, sheetLanguage(state, options), []);
  });
}

/**
 * A capacity plan's client sheet, inside the caller's Excel.run (two syncs: the plan's inputs,
 * then the week table of its sheet when there is one). When the scenario's capacity sheet
 * exists, the required FTE and hires the person typed over it are read back and planned, so the
 * client sees the classes the director settled on; that sheet may have been written in another
 * language than the copy's (the workbook's culture, or the person's choice, at the time), so its
 * headers are recognised in any of the add-in's languages. The sheet's name is unique among
 * `takenNames` (the copy's other sheets) and at most 31 characters.
 */
export async function capacityClientSheetIn(
  context: Context,
  state: State,
  stored: readonly CapacityScenario[],
  scenarioId: string,
  language: Language,
  takenNames: readonly string[],
): Promise<Result<{ sheetName: string; spec: SheetSpec }>> {
  const scenario = stored.find((s) => s.id === scenarioId);
  if (!scenario) return fail({ code: "scenarioNotFound", scenarioId });
  const pending = queueCapacity(context, state, scenario);
  if (isError(pending)) return fail(pending);
  await context.sync();
  const laid = pending.finish();
  if (!laid.ok) return laid;
  const sheet = generatedSheets(state.registry, state.sheets).find((g) => g.kind === "capacity" && g.scenarioId === scenario.id);
  const sheetName = uniqueSheetName(labelsFor(language).label("capacitySheet", { scenario: scenario.name }), [...takenNames]);
  if (!sheet) return ok({ sheetName, spec: capacityClientSheetSpec({ ...laid.value, language }) });

  // The week table where the add-in wrote it: its header, week numbers, required FTE and hires
  // (the first columns of the table, A to the hires).
  const at = capacitySheet(laid.value).placement.weeks;
  const c = at.columns;
  const block = context.workbook.worksheets
    .getItem((findSheet(state, sheet.sheetName) as { id: string }).id)
    .getRange(`A${at.headerRow}:${c.hires}${at.lastRow}`)
    .load("values");
  await context.sync();
  const [header, ...weeks] = block.values;
  const index = (id: "week" | "weekStart" | "required" | "hires") => columnNumber(c[id]) - 1;
  const headers = { week: "columnWeek", weekStart: "columnWeekStart", required: "columnRequiredFte", hires: "columnHires" } as const;
  const holdsHeader = (id: keyof typeof headers) =>
    LANGUAGES.some((written) => header[index(id)] === labelsFor(written).label(headers[id]));
  const moved =
    (Object.keys(headers) as (keyof typeof headers)[]).some((id) => !holdsHeader(id)) ||
    weeks.some((row, i) => row[index("week")] !== i + 1);
  if (moved) return fail({ code: "capacitySheetChanged", sheetName: sheet.sheetName });
  const grid = (id: "required" | "hires"): CellGrid => ({
    sheetName: sheet.sheetName,
    tableName: null,
    topRow: at.firstRow,
    leftColumn: index(id) + 1,
    values: weeks.map((row) => [row[index(id)]]),
  });
  const required = parseSheetWeeks(grid("required"), "fte");
  const hires = parseSheetWeeks(grid("hires"), "hires");
  const problems = [...required.problems, ...hires.problems];
  if (problems.length > 0) return fail({ code: "weeksColumnProblems", problems });
  // The plan again with the weeks as typed; where they came from (the origin) is unchanged.
  const edited = planned(scenario, required.values, laid.value.origin, hires.values);
  return edited.ok ? ok({ sheetName, spec: capacityClientSheetSpec({ ...edited.value, language }) }) : edited;
}
