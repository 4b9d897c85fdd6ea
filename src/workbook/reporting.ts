/**
 * The Excel side of looking back (issue 8): the sample actuals, reading an ACD export and a
 * team-metrics table, the Performance and Team metrics sheets, and the team targets stored in
 * the workbook. Same rules as adapter.ts: one Excel.run per call with a fixed number of syncs
 * whatever the number of rows, decisions in src/planner/, every sheet written in one suspended
 * batch and removed again if Excel refuses any part of it.
 *
 * Reading again what the pane already read is deliberate: a sheet is built from the workbook's
 * cells as they are when it is built, not from what the pane held.
 *
 * Languages, as adapter.ts: the samples, the Performance and the Team metrics sheets are written
 * in the workbook's language unless the caller names one (`SheetOptions`); a client report in
 * the language its request names, chosen per report; a client copy's plans in the client's.
 */
import { MAX_ACTUALS_ROWS, parseActuals, type ActualsMapping, type ActualsReading } from "../planner/actuals";
import { assertClientSafe } from "../planner/client-safe";
import { clientPlanSheet, clientReportSheet, clientReportSheetName, clientReportTitle } from "../planner/client-report";
import { labelsFor } from "../planner/labels";
import { actualsColumnsOf, measurePerformance, type PerformanceReport } from "../planner/performance";
import { performanceSheet, periodShort } from "../planner/performance-sheet";
import { periodKey } from "../planner/periods";
import { sampleActuals, sampleActualsSheet, sampleTeamSheet, sampleTeamWeeks } from "../planner/sample-actuals";
import {
  fromStoredTeamTargets,
  measureTeam,
  MAX_TEAM_ROWS,
  parseTeamMetrics,
  TEAM_TARGETS_SETTING,
  teamTargetProblems,
  toStoredTeamTargets,
  type TeamReading,
  type TeamReport,
} from "../planner/team";
import type { SheetSpec } from "../planner/sheet";
import type { Scenario } from "../planner/types";
import { teamSheet } from "../planner/team-sheet";
import {
  createClientCopy,
  fail,
  findBlock,
  gridOf,
  isError,
  ok,
  planFrom,
  queueBlockRead,
  queueForecastRead,
  queueList,
  readState,
  run,
  scenarioIn,
  sheetLanguage,
  writeGeneratedSheet,
  writeGeneratedSheets,
  type Context,
  type Result,
  type State,
} from "./adapter";
import type * as api from "./api";
import { CAPACITY_SCENARIOS, capacityClientSheetIn } from "./capacity";
import { generatedSheets, uniqueSheetName, uniqueTableName } from "./registry";

const now = () => new Date().toISOString();

/** A reading refused before its cells are read: too many rows to read at all. */
function tooManyActuals(rows: number): ActualsReading {
  const reading = parseActuals({ sheetName: "", tableName: null, topRow: 1, leftColumn: 1, values: [] }, { hasHeaderRow: false });
  return { ...reading, problems: [{ code: "tooManyRows", rows, limit: MAX_ACTUALS_ROWS }] };
}

/** The calls answered on each day of the actuals. */
function answeredByDay(rows: ActualsReading["rows"]): Map<number, number> {
  const answered = new Map<number, number>();
  for (const row of rows) answered.set(row.day, (answered.get(row.day) ?? 0) + row.answered);
  return answered;
}

/** Finds, reads and parses actuals (two or three syncs). */
async function readActualsIn(context: Context, source: api.ActualsSource, mapping: Partial<ActualsMapping> | undefined) {
  const found = await findBlock(context, source);
  if (isError(found)) return found;
  const rows = found.block.bottom - found.block.top + 1;
  if (rows > MAX_ACTUALS_ROWS + 1) return { found, reading: tooManyActuals(rows - 1) };
  const range = queueBlockRead(context, found);
  await context.sync();
  return { found, reading: parseActuals(gridOf(found, range), { mapping }) };
}

function newSheet(state: State, desired: string): string {
  return uniqueSheetName(desired, state.sheets.map((s) => s.name));
}

// ---------------------------------------------------------------------------------------------

export function createSampleActuals(options: api.SheetOptions = {}): Promise<Result<api.SampleActuals>> {
  return run("createSampleActuals", async (context) => {
    const state = await readState(context);
    const language = sheetLanguage(state, options);
    const L = labelsFor(language);
    const actualsSheet = newSheet(state, L.label("sampleActualsSheet"));
    const teamSheetName = uniqueSheetName(L.label("sampleTeamSheet"), [...state.sheets.map((s) => s.name), actualsSheet]);
    const actualsTable = uniqueTableName("WFM_SampleActuals", state.tableNames);
    const teamTable = uniqueTableName("WFM_SampleTeam", state.tableNames);
    const entry = { kind: "sample" as const, scenarioIds: [], createdAt: now() };
    const written = await writeGeneratedSheets(context, [
      {
        operation: "createSampleActuals",
        state,
        sheetName: actualsSheet,
        replaces: null,
        spec: sampleActualsSheet(sampleActuals(), actualsTable, language).spec,
        entry,
        activate: true,
      },
      { operation: "createSampleActuals", state, sheetName: teamSheetName, replaces: null, spec: sampleTeamSheet(sampleTeamWeeks(), teamTable, language).spec, entry, activate: true },
    ]);
    return written.ok ? ok({ actualsSheet, actualsTable, teamSheet: teamSheetName, teamTable }) : written;
  });
}

export function readActuals(source: api.ActualsSource, options: api.ReadActualsOptions = {}): Promise<Result<api.ActualsRead>> {
  return run("readActuals", async (context) => {
    const read = await readActualsIn(context, source, options.mapping);
    if (isError(read)) return fail(read);
    return ok({ address: read.found.address, reading: read.reading });
  });
}

export function buildPerformance(request: api.PerformanceRequest): Promise<Result<api.BuiltPerformance>> {
  return run("buildPerformance", async (context) => {
    const state = await readState(context);
    // As a client report measures it, without a team table.
    const measured = await measureForReport(context, state, request);
    if (isError(measured)) return fail(measured);
    const { scenario } = measured;

    const key = periodKey(request.period);
    const existing = generatedSheets(state.registry, state.sheets).find(
      (g) => g.kind === "performance" && g.scenarioId === scenario.id && g.key === key,
    );
    if (existing && !request.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const language = sheetLanguage(state, request);
    const L = labelsFor(language);
    const sheetName = existing ? existing.sheetName : newSheet(state, L.label("performanceSheet", { period: periodShort(request.period, L) }));
    const laid = performanceSheet({ report: measured.performance, scenario, actualsAddress: measured.actualsAddress, builtAt: new Date(), language });
    const written = await writeGeneratedSheet(context, {
      operation: "buildPerformance",
      state,
      sheetName,
      replaces: existing ?? null,
      spec: laid.spec,
      entry: { kind: "performance", scenarioIds: [scenario.id], createdAt: now(), key },
      activate: true,
    });
    return written.ok ? ok({ sheetName, report: measured.performance, replacedSheet: existing ? existing.sheetName : null }) : written;
  });
}

// ---------------------------------------------------------------------------------------------
// Team metrics

function tooManyTeamRows(rows: number): TeamReading {
  const reading = parseTeamMetrics({ sheetName: "", tableName: null, topRow: 1, leftColumn: 1, values: [] }, { hasHeaderRow: false });
  return { ...reading, problems: [{ code: "tooManyRows", rows, limit: MAX_TEAM_ROWS }] };
}

async function readTeamIn(context: Context, source: api.ActualsSource, options: api.ReadTeamOptions) {
  const found = await findBlock(context, source);
  if (isError(found)) return found;
  const rows = found.block.bottom - found.block.top + 1;
  if (rows > MAX_TEAM_ROWS + 1) return { found, reading: tooManyTeamRows(rows - 1) };
  const range = queueBlockRead(context, found);
  await context.sync();
  return { found, reading: parseTeamMetrics(gridOf(found, range), options) };
}

export function readTeamMetrics(source: api.ActualsSource, options: api.ReadTeamOptions = {}): Promise<Result<api.TeamRead>> {
  return run("readTeamMetrics", async (context) => {
    const read = await readTeamIn(context, source, options);
    if (isError(read)) return fail(read);
    return ok({ address: read.found.address, reading: read.reading });
  });
}

export function loadTeamTargets(): Promise<Result<api.StoredTeamTargets>> {
  return run("loadTeamTargets", async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(TEAM_TARGETS_SETTING).load("value");
    await context.sync();
    if (setting.isNullObject) return ok({ targets: null, unreadable: false });
    const targets = fromStoredTeamTargets(setting.value);
    return ok({ targets, unreadable: targets === null });
  });
}

export function buildTeamMetrics(request: api.TeamRequest): Promise<Result<api.BuiltTeam>> {
  const problems = teamTargetProblems(request.targets);
  if (problems.length > 0) return Promise.resolve(fail({ code: "invalidTeamTargets", problems }));
  return run("buildTeamMetrics", async (context) => {
    const state = await readState(context);
    const team = await readTeamIn(context, request.team.source, { mapping: request.team.mapping, granularity: request.team.granularity });
    if (isError(team)) return fail(team);
    if (team.reading.problems.length > 0) return fail({ code: "teamProblems", problems: team.reading.problems });
    let answered: Map<number, number> | null = null;
    let actualsAddress: string | null = null;
    if (request.actuals) {
      const actuals = await readActualsIn(context, request.actuals.source, request.actuals.mapping);
      if (isError(actuals)) return fail(actuals);
      if (actuals.reading.problems.length > 0) return fail({ code: "actualsProblems", problems: actuals.reading.problems });
      answered = answeredByDay(actuals.reading.rows);
      actualsAddress = actuals.found.address;
    }
    const measured = measureTeam(team.reading, request.targets, answered);
    if (!measured.ok) return fail({ code: "teamProblems", problems: measured.problems });

    const existing = generatedSheets(state.registry, state.sheets).find((g) => g.kind === "team");
    if (existing && !request.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const language = sheetLanguage(state, request);
    const sheetName = existing ? existing.sheetName : newSheet(state, labelsFor(language).label("teamSheet"));
    const laid = teamSheet({ report: measured.report, source: team.found.address, actualsSource: actualsAddress, builtAt: new Date(), language });
    const written = await writeGeneratedSheet(context, {
      operation: "buildTeamMetrics",
      state,
      sheetName,
      replaces: existing ?? null,
      spec: laid.spec,
      entry: { kind: "team", scenarioIds: [], createdAt: now() },
      activate: true,
      // The targets travel with the workbook, beside the scenarios, stored once the sheet is complete.
      settings: [{ key: TEAM_TARGETS_SETTING, value: toStoredTeamTargets(request.targets) }],
    });
    return written.ok ? ok({ sheetName, report: measured.report, replacedSheet: existing ? existing.sheetName : null }) : written;
  });
}

// ---------------------------------------------------------------------------------------------
// The client report and the client copy

interface Measured {
  scenario: Scenario;
  performance: PerformanceReport;
  team: TeamReport | null;
  /** Where the actuals were read ("Actuals!A1:F97"). */
  actualsAddress: string;
}

/** What a performance report measures: the scenario, the actuals and the period; a team table only for a client report. */
type MeasureRequest = Pick<api.ReportRequest, "scenarioId" | "actuals" | "period"> & { team?: api.ReportRequest["team"] };

/**
 * Reads what a client report or a Performance sheet is made of (the scenario's forecast, the
 * actuals, the team table when asked) and measures it, in a fixed number of syncs; the error that
 * stops it otherwise.
 */
async function measureForReport(context: Context, state: State, request: MeasureRequest): Promise<Measured | api.WorkbookError> {
  const scenario = scenarioIn(state, request.scenarioId);
  if (isError(scenario)) return scenario;
  if (request.team) {
    const problems = teamTargetProblems(request.team.targets);
    if (problems.length > 0) return { code: "invalidTeamTargets", problems };
  }
  const pending = queueForecastRead(context, state, scenario.forecast);
  if (isError(pending)) return pending;
  // The forecast's cells are read in the same round trips as the actuals'.
  const actuals = await readActualsIn(context, request.actuals.source, request.actuals.mapping);
  if (isError(actuals)) return actuals;
  const team = request.team ? await readTeamIn(context, request.team.source, { mapping: request.team.mapping, granularity: request.team.granularity }) : null;
  if (team && isError(team)) return team;
  const forecast = pending.finish().reading;
  const planned = planFrom(forecast, scenario);
  if (!planned.ok) return planned.error;
  if (actuals.reading.problems.length > 0) return { code: "actualsProblems", problems: actuals.reading.problems };
  const measured = measurePerformance({
    targets: scenario.targets,
    plan: planned.value.plan,
    planTimings: forecast.rows,
    actuals: actuals.reading.rows,
    columns: actualsColumnsOf(actuals.reading.mapping),
    period: request.period,
  });
  if (!measured.ok) return { code: "performanceProblems", problems: measured.problems };
  let teamReport: TeamReport | null = null;
  if (team && request.team) {
    if (team.reading.problems.length > 0) return { code: "teamProblems", problems: team.reading.problems };
    const teamMeasured = measureTeam(team.reading, request.team.targets, answeredByDay(actuals.reading.rows));
    if (!teamMeasured.ok) return { code: "teamProblems", problems: teamMeasured.problems };
    teamReport = teamMeasured.report;
  }
  return { scenario, performance: measured.report, team: teamReport, actualsAddress: actuals.found.address };
}

function clientSheetName(request: api.ReportRequest): string {
  return clientReportSheetName(request.language, periodShort(request.period, labelsFor(request.language)));
}

export function buildClientReport(request: api.ClientReportRequest): Promise<Result<api.BuiltClientReport>> {
  return run("buildClientReport", async (context) => {
    const state = await readState(context);
    const measured = await measureForReport(context, state, request);
    if (isError(measured)) return fail(measured);
    const key = `${request.language}|${periodKey(request.period)}`;
    const existing = generatedSheets(state.registry, state.sheets).find(
      (g) => g.kind === "clientReport" && g.scenarioId === request.scenarioId && g.key === key,
    );
    if (existing && !request.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const sheetName = existing ? existing.sheetName : newSheet(state, clientSheetName(request));
    const laid = clientReportSheet({ performance: measured.performance, team: measured.team, language: request.language, clientName: request.clientName, builtAt: new Date() });
    const written = await writeGeneratedSheet(context, {
      operation: "buildClientReport",
      state,
      sheetName,
      replaces: existing ?? null,
      spec: assertedClientSafe(laid.spec, sheetName),
      entry: { kind: "clientReport", scenarioIds: [request.scenarioId], createdAt: now(), key },
      activate: true,
    });
    return written.ok ? ok({ sheetName, performance: measured.performance, team: measured.team, replacedSheet: existing ? existing.sheetName : null }) : written;
  });
}

/** The spec, checked as the writer checks a client copy's sheets (the report is values only by construction). */
function assertedClientSafe(spec: SheetSpec, sheetName: string): SheetSpec {
  assertClientSafe(spec, sheetName);
  return spec;
}

/**
 * Makes the client copy: lays out the client report (when asked) and the chosen scenarios' plans
 * as values, reading the workbook in one Excel.run, then hands them to createClientCopy, which
 * writes the .xlsx and has Excel open it as a new workbook. This workbook is not changed.
 */
export async function makeClientCopy(request: api.ClientCopyRequest): Promise<Result<api.ClientCopy>> {
  const prepared = await run<{ sheets: api.ClientCopySheet[]; title: string }>("makeClientCopy", async (context) => {
    const capacityIds = request.capacityScenarioIds ?? [];
    const storedCapacity = capacityIds.length > 0 ? queueList(context, CAPACITY_SCENARIOS) : () => [];
    const state = await readState(context);
    if (state.scenarios === null) return fail({ code: "storedScenariosUnreadable" });
    const capacityScenarios = storedCapacity();
    if (capacityScenarios === null) return fail(CAPACITY_SCENARIOS.unreadable);
    const plans: { scenario: Scenario; pending: ReturnType<typeof queueForecastRead> }[] = [];
    for (const id of request.planScenarioIds) {
      const scenario = scenarioIn(state, id);
      if (isError(scenario)) return fail(scenario);
      plans.push({ scenario, pending: queueForecastRead(context, state, scenario.forecast) });
    }
    const sheets: api.ClientCopySheet[] = [];
    const names: string[] = [];
    let title = "";
    const builtAt = new Date();
    const language = request.language ?? request.report?.language ?? state.culture.language;
    if (request.report) {
      // The forecasts queued above are read by the report's syncs.
      const measured = await measureForReport(context, state, request.report);
      if (isError(measured)) return fail(measured);
      const laid = clientReportSheet({ performance: measured.performance, team: measured.team, language: request.report.language, clientName: request.report.clientName, builtAt });
      const sheetName = uniqueSheetName(clientSheetName(request.report), names);
      names.push(sheetName);
      sheets.push({ sheetName, spec: laid.spec });
      title = clientReportTitle(measured.performance, request.report.language, request.report.clientName);
    } else {
      await context.sync();
    }
    for (const { scenario, pending } of plans) {
      if (isError(pending)) return fail(pending);
      const { reading, intervalNumberFormat } = pending.finish();
      const planned = planFrom(reading, scenario);
      if (!planned.ok) return planned;
      const sheetName = uniqueSheetName(labelsFor(language).label("planSheet", { scenario: scenario.name }), names);
      names.push(sheetName);
      const spec = clientPlanSheet({
        scenario: { ...scenario, forecast: planned.value.reference },
        plan: planned.value.plan,
        tableName: uniqueTableName("WFM_Plan", []),
        builtAt,
        intervalNumberFormat,
        language,
      });
      sheets.push({ sheetName, spec });
      title ||= sheetName;
    }
    for (const id of capacityIds) {
      const capacity = await capacityClientSheetIn(context, state, capacityScenarios, id, language, names);
      if (!capacity.ok) return capacity;
      names.push(capacity.value.sheetName);
      sheets.push(capacity.value);
      title ||= capacity.value.sheetName;
    }
    return ok({ sheets, title });
  });
  if (!prepared.ok) return prepared;
  if (prepared.value.sheets.length === 0) return fail({ code: "clientCopyEmpty" });
  return createClientCopy(prepared.value.sheets, { title: prepared.value.title });
}
