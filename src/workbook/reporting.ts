/**
 * The Excel side of looking back (issue 8): the sample actuals, reading an ACD export and a
 * team-metrics table, the Performance and Team metrics sheets, and the team targets stored in
 * the workbook. Same rules as adapter.ts: one Excel.run per call with a fixed number of syncs
 * whatever the number of rows, decisions in src/planner/, every sheet written in one suspended
 * batch and removed again if Excel refuses any part of it.
 *
 * Reading again what the pane already read is deliberate: a sheet is built from the workbook's
 * cells as they are when it is built, not from what the pane held.
 */
import { MAX_ACTUALS_ROWS, parseActuals, type ActualsMapping, type ActualsReading } from "../planner/actuals";
import { label } from "../planner/labels";
import { actualsColumnsOf, measurePerformance } from "../planner/performance";
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
} from "../planner/team";
import { teamSheet } from "../planner/team-sheet";
import {
  checkTargets,
  fail,
  findBlock,
  gridOf,
  isError,
  ok,
  planFrom,
  queueBlockRead,
  queueForecastRead,
  readState,
  run,
  writeGeneratedSheets,
  type Context,
  type Result,
  type State,
} from "./adapter";
import type * as api from "./api";
import { generatedSheets, uniqueSheetName, uniqueTableName } from "./registry";

const now = () => new Date().toISOString();

/** A reading refused before its cells are read: too many rows to read at all. */
function tooManyActuals(rows: number): ActualsReading {
  const reading = parseActuals({ sheetName: "", tableName: null, topRow: 1, leftColumn: 1, values: [] }, { hasHeaderRow: false });
  return { ...reading, problems: [{ code: "tooManyRows", rows, limit: MAX_ACTUALS_ROWS }] };
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

export function createSampleActuals(): Promise<Result<api.SampleActuals>> {
  return run("createSampleActuals", async (context) => {
    const state = await readState(context);
    const actualsSheet = newSheet(state, label("sampleActualsSheet"));
    const teamSheetName = uniqueSheetName(label("sampleTeamSheet"), [...state.sheets.map((s) => s.name), actualsSheet]);
    const actualsTable = uniqueTableName("WFM_SampleActuals", state.tableNames);
    const teamTable = uniqueTableName("WFM_SampleTeam", state.tableNames);
    const entry = { kind: "sample" as const, scenarioIds: [], createdAt: now() };
    const written = await writeGeneratedSheets(context, [
      {
        operation: "createSampleActuals",
        state,
        sheetName: actualsSheet,
        replaces: null,
        spec: sampleActualsSheet(sampleActuals(), actualsTable).spec,
        entry,
        activate: true,
      },
      { operation: "createSampleActuals", state, sheetName: teamSheetName, replaces: null, spec: sampleTeamSheet(sampleTeamWeeks(), teamTable).spec, entry, activate: true },
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
    if (state.scenarios === null) return fail({ code: "storedScenariosUnreadable" });
    const scenario = state.scenarios.find((s) => s.id === request.scenarioId);
    if (!scenario) return fail({ code: "scenarioNotFound", scenarioId: request.scenarioId });
    const invalid = checkTargets<api.BuiltPerformance>(scenario);
    if (invalid) return invalid;
    const pending = queueForecastRead(context, state, scenario.forecast);
    if (isError(pending)) return fail(pending);
    // The forecast's cells are read in the same round trips as the actuals'.
    const read = await readActualsIn(context, request.actuals.source, request.actuals.mapping);
    if (isError(read)) return fail(read);
    const planned = planFrom(pending.finish().reading, scenario);
    if (!planned.ok) return planned;
    if (read.reading.problems.length > 0) return fail({ code: "actualsProblems", problems: read.reading.problems });

    const measured = measurePerformance({
      targets: scenario.targets,
      plan: planned.value.plan,
      planTimings: pending.finish().reading.rows,
      actuals: read.reading.rows,
      columns: actualsColumnsOf(read.reading.mapping),
      period: request.period,
    });
    if (!measured.ok) return fail({ code: "performanceProblems", problems: measured.problems });

    const key = periodKey(request.period);
    const existing = generatedSheets(state.registry, state.sheets).find(
      (g) => g.kind === "performance" && g.scenarioId === scenario.id && g.key === key,
    );
    if (existing && !request.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const sheetName = existing ? existing.sheetName : newSheet(state, label("performanceSheet", { period: periodShort(request.period) }));
    const laid = performanceSheet({ report: measured.report, scenario, actualsAddress: read.found.address, builtAt: new Date() });
    const written = await writeGeneratedSheets(context, [
      {
        operation: "buildPerformance",
        state,
        sheetName,
        replaces: existing ?? null,
        spec: laid.spec,
        entry: { kind: "performance", scenarioIds: [scenario.id], createdAt: now(), key },
        activate: true,
      },
    ]);
    return written.ok ? ok({ sheetName, report: measured.report, replacedSheet: existing ? existing.sheetName : null }) : written;
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
    let answeredByDay: Map<number, number> | null = null;
    let actualsAddress: string | null = null;
    if (request.actuals) {
      const actuals = await readActualsIn(context, request.actuals.source, request.actuals.mapping);
      if (isError(actuals)) return fail(actuals);
      if (actuals.reading.problems.length > 0) return fail({ code: "actualsProblems", problems: actuals.reading.problems });
      answeredByDay = new Map();
      for (const row of actuals.reading.rows) answeredByDay.set(row.day, (answeredByDay.get(row.day) ?? 0) + row.answered);
      actualsAddress = actuals.found.address;
    }
    const measured = measureTeam(team.reading, request.targets, answeredByDay);
    if (!measured.ok) return fail({ code: "teamProblems", problems: measured.problems });

    const existing = generatedSheets(state.registry, state.sheets).find((g) => g.kind === "team");
    if (existing && !request.replaceExisting) return fail({ code: "sheetExists", sheetName: existing.sheetName });
    const sheetName = existing ? existing.sheetName : newSheet(state, label("teamSheet"));
    const laid = teamSheet({ report: measured.report, source: team.found.address, actualsSource: actualsAddress, builtAt: new Date() });
    const written = await writeGeneratedSheets(context, [
      {
        operation: "buildTeamMetrics",
        state,
        sheetName,
        replaces: existing ?? null,
        spec: laid.spec,
        entry: { kind: "team", scenarioIds: [], createdAt: now() },
        activate: true,
        // The targets travel with the workbook, beside the scenarios, stored once the sheet is complete.
        settings: [{ key: TEAM_TARGETS_SETTING, value: toStoredTeamTargets(request.targets) }],
      },
    ]);
    return written.ok ? ok({ sheetName, report: measured.report, replacedSheet: existing ? existing.sheetName : null }) : written;
  });
}
