/**
 * The adapter and the planner report problems as codes with parameters; this turns each into a
 * sentence from the string table, with numbers in the person's locale. One function per family,
 * each exhaustive over its codes so a new code fails the build until it has words.
 */
import {
  displaySheet,
  PERCENT_METRICS,
  type CapacityField,
  type CapacityInputProblem,
  type ActualsProblem,
  type ClientSafetyProblem,
  type FieldProblem,
  type ForecastProblem,
  type InputProblem,
  type PerformanceProblem,
  type ReportPeriod,
  type RosterProblem,
  type TargetField,
  type WeeksColumnProblem,
  type TeamMetric,
  type TeamProblem,
  type TeamTargetProblem,
  type WorkbookError,
} from "../workbook/api";
import type { Formatter } from "./format";
import type { Strings } from "./strings";

export type Unit = keyof Strings["units"];

const FIELD_UNITS: Record<TargetField, Unit> = {
  intervalMinutes: "none",
  targetServiceLevel: "percent",
  targetSeconds: "seconds",
  targetAsaSeconds: "seconds",
  maxOccupancy: "percent",
  patienceSeconds: "seconds",
  abandonRule: "none",
  shrinkage: "percent",
  paidHoursPerFteWeek: "hours",
  operatingDaysPerWeek: "days",
  costPerAgentHour: "none",
  defaultAhtSeconds: "seconds",
  volumeFactor: "factor",
  ahtFactor: "factor",
};

/**
 * Why a number typed in the pane was not taken: when it could be read two ways ("1.000" where the
 * workbook does not group thousands with "."; `ambiguity` from ambiguityOf), the question of
 * which reading is meant; otherwise that it is not a number.
 */
export function describeUnreadNumber(
  strings: Strings,
  format: Formatter,
  text: string,
  ambiguity: { grouped: number; decimal: number } | null,
): string {
  return ambiguity
    ? strings.problems.ambiguousNumber(text.trim(), format.unambiguous(ambiguity.grouped), format.unambiguous(ambiguity.decimal))
    : strings.problems.notANumber(text);
}

/** A typed field's problem in words; `unit` is the field's (what its limits are shown in). */
export function describeFieldProblem<F extends string>(
  strings: Strings,
  format: Formatter,
  problem: FieldProblem<F>,
  unit: Unit,
): string {
  const p = strings.problems;
  switch (problem.code) {
    case "required":
      return p.required;
    case "notANumber":
      return p.notANumber(problem.value);
    case "outOfRange": {
      const units: string | ((count: number) => string) = strings.units[unit];
      const show = (value: number) => `${format.number(value, 2)}${typeof units === "function" ? units(value) : units}`;
      const lower = problem.minOpen ? p.moreThan(show(problem.min)) : p.atLeast(show(problem.min));
      const upper =
        problem.max === Infinity ? "" : problem.maxOpen ? p.lessThan(show(problem.max)) : p.atMost(show(problem.max));
      return upper === "" ? p.atLeastOnly(lower) : p.outOfRange(lower, upper);
    }
    case "notAllowed":
      return p.notAllowed(problem.allowed.join(p.listSeparator));
    case "ambiguousNumber":
      return p.ambiguousNumber(problem.value, format.unambiguous(problem.grouped), format.unambiguous(problem.decimal));
    case "notWhole":
      return p.notWhole(format.number(problem.value, 4));
  }
}

export function describeInputProblem(strings: Strings, format: Formatter, problem: InputProblem): string {
  return describeFieldProblem(strings, format, problem, FIELD_UNITS[problem.field]);
}

const CAPACITY_UNITS: Record<CapacityField, Unit> = {
  headcount: "none",
  attritionRate: "percent",
  trainWeeks: "weeks",
  nestingWeeks: "weeks",
  nestingProductivity: "percent",
  graduationRate: "percent",
  ftePerHead: "none",
  leadWeeks: "weeks",
  minClass: "none",
  maxClass: "none",
  costPerHire: "none",
  costPerFteWeek: "none",
  firstWeek: "none",
  paidHoursPerFteWeek: "hours",
  weeklyGrowth: "percent",
  weeks: "weeks",
  address: "none",
};

export function describeCapacityProblem(strings: Strings, format: Formatter, problem: CapacityInputProblem): string {
  const c = strings.capacityProblems;
  switch (problem.code) {
    case "weeklyAttritionTooHigh":
      return c.weeklyAttritionTooHigh(format.percent(problem.weekly));
    case "minAboveMax":
      return c.minAboveMax(format.count(problem.min), format.count(problem.max));
    case "notADate":
      return c.notADate(problem.value);
    case "notAnAddress":
      return c.notAnAddress(problem.value);
    case "addressWithoutSheet":
      return c.addressWithoutSheet(problem.value);
    default:
      return describeFieldProblem(strings, format, problem, CAPACITY_UNITS[problem.field]);
  }
}

/** The first problem of each field, described, for the message beside the field (any form's problems). */
export function firstProblemByField<P extends { field: string }>(
  problems: readonly P[],
  describe: (problem: P) => string,
): Partial<Record<P["field"], string>> {
  const byField: Partial<Record<P["field"], string>> = {};
  for (const problem of problems) byField[problem.field as P["field"]] ??= describe(problem);
  return byField;
}

/** The first problem of each capacity field, for the message beside it. */
export function capacityProblemsByField(
  strings: Strings,
  format: Formatter,
  problems: CapacityInputProblem[],
): Partial<Record<CapacityField, string>> {
  return firstProblemByField(problems, (problem) => describeCapacityProblem(strings, format, problem));
}

export function describeWeeksProblem(strings: Strings, format: Formatter, problem: WeeksColumnProblem): string {
  const w = strings.weeksProblems;
  switch (problem.code) {
    case "weeksNotOneColumn":
      return w.weeksNotOneColumn(problem.address);
    case "noWeeks":
      return w.noWeeks(problem.address);
    case "tooManyWeeks":
      return w.tooManyWeeks(format.count(problem.weeks), format.count(problem.limit));
    case "blankWeek":
      return w.blankWeek(problem.cell, format.count(problem.week), w.columns[problem.column]);
    case "textInWeek":
      return w.textInWeek(problem.cell, format.count(problem.week), problem.value, w.columns[problem.column]);
    case "errorInWeek":
      return w.errorInWeek(problem.cell, format.count(problem.week), problem.value);
    case "negativeWeek":
      return w.negativeWeek(problem.cell, format.count(problem.week), format.number(problem.value, 2), w.columns[problem.column]);
  }
}

/** The first problem of each field, for the message beside it. */
export function problemsByField(
  strings: Strings,
  format: Formatter,
  problems: InputProblem[],
): Partial<Record<TargetField, string>> {
  return firstProblemByField(problems, (problem) => describeInputProblem(strings, format, problem));
}

export function describeForecastProblem(strings: Strings, format: Formatter, problem: ForecastProblem): string {
  const f = strings.forecastProblems;
  switch (problem.code) {
    case "textInNumberColumn":
      return f.textInNumberColumn(problem.cell, f.roles[problem.column], problem.value);
    case "errorInCell":
      return f.errorInCell(problem.cell, problem.value);
    case "negativeCalls":
      return f.negativeCalls(problem.cell, format.number(problem.value, 2));
    case "missingCalls":
      return f.missingCalls(problem.cell);
    case "ahtIsTime":
      return f.ahtIsTime(problem.cell, problem.value, format.count(problem.seconds));
    case "defaultAhtInvalid":
      return f.defaultAhtInvalid(problem.value, format.count(problem.min), format.count(problem.max));
    case "missingDate":
      return f.missingDate(problem.cell);
    case "notADate":
      return f.notADate(problem.cell, problem.value);
    case "repeatedInterval":
      return problem.dated ? f.repeatedInterval(problem.cell, problem.first) : f.repeatedTime(problem.cell, problem.first);
    case "intervalStep":
      return f.intervalStep(problem.cell, format.number(problem.stepMinutes, 2), format.count(problem.chosenMinutes));
    case "longerThanADay":
      return f.longerThanADay(problem.cell, format.count(problem.rows), format.count(problem.chosenMinutes));
    case "ahtOutOfRange":
      return f.ahtOutOfRange(problem.cell, format.number(problem.value, 2), format.count(problem.min), format.count(problem.max));
    case "missingAht":
      return f.missingAht(problem.cell);
    case "missingInterval":
      return f.missingInterval(problem.cell);
    case "columnNotFound":
      return f.columnNotFound(f.roles[problem.column]);
    case "sameColumnTwice":
      return f.sameColumnTwice(f.roles[problem.column], f.roles[problem.other]);
    case "noDataRows":
      return f.noDataRows;
    case "tooManyRows":
      return f.tooManyRows(format.count(problem.rows), format.count(problem.limit));
  }
}

export function describeRosterProblem(strings: Strings, format: Formatter, problem: RosterProblem): string {
  const r = strings.rosterProblems;
  switch (problem.code) {
    case "rosterNotOneColumn":
      return r.rosterNotOneColumn(problem.address);
    case "rosterLengthMismatch":
      return r.rosterLengthMismatch(format.count(problem.rosterRows), format.count(problem.forecastRows));
    case "textInRosterCell":
      return r.textInRosterCell(problem.cell, problem.value);
    case "negativeRosterCell":
      return r.negativeRosterCell(problem.cell, format.number(problem.value, 2));
    case "missingRosterCell":
      return r.missingRosterCell(problem.cell);
  }
}

/** A number cell's problem (actuals, team metrics), with the column's name. */
function describeNumberProblem(
  strings: Strings,
  format: Formatter,
  problem: Extract<ActualsProblem | TeamProblem, { code: "missingValue" | "textInNumberColumn" | "negativeValue" | "notAPercent" }>,
  column: string,
): string {
  const n = strings.numberProblems;
  switch (problem.code) {
    case "missingValue":
      return n.missingValue(problem.cell, column);
    case "textInNumberColumn":
      return n.textInNumberColumn(problem.cell, column, problem.value);
    case "negativeValue":
      return n.negativeValue(problem.cell, column, format.number(problem.value, 2));
    case "notAPercent":
      return n.notAPercent(problem.cell, column, problem.points ? `${format.number(problem.value, 2)}%` : format.percent(problem.value, 1));
  }
}

export function describeActualsProblem(strings: Strings, format: Formatter, problem: ActualsProblem): string {
  const a = strings.actualsProblems;
  const roles = strings.actuals.roles;
  switch (problem.code) {
    case "missingDate":
      return strings.forecastProblems.missingDate(problem.cell);
    case "notADate":
      return strings.forecastProblems.notADate(problem.cell, problem.value);
    case "missingInterval":
      return strings.forecastProblems.missingInterval(problem.cell);
    case "errorInCell":
      return strings.numberProblems.errorInCell(problem.cell, problem.value);
    case "repeatedInterval":
      return strings.forecastProblems.repeatedInterval(problem.cell, problem.first);
    case "missingValue":
    case "textInNumberColumn":
    case "negativeValue":
    case "notAPercent":
      return describeNumberProblem(strings, format, problem, roles[problem.column]);
    case "actualsWithoutDates":
      return a.actualsWithoutDates;
    case "notATime":
      return a.notATime(problem.cell, problem.value);
    case "secondsAsTime":
      return a.secondsAsTime(problem.cell, roles[problem.column], problem.value, format.count(problem.seconds));
    case "ahtNotPositive":
      return a.ahtNotPositive(problem.cell, format.number(problem.value, 2));
    case "columnNotFound":
      return problem.column === "answeredWithin" ? a.answeredWithinNotFound : a.columnNotFound(roles[problem.column]);
    case "sameColumnTwice":
      return a.sameColumnTwice(roles[problem.column], roles[problem.other]);
    case "noDataRows":
      return a.noDataRows;
    case "tooManyRows":
      return a.tooManyRows(format.count(problem.rows), format.count(problem.limit));
  }
}

export function describeTeamProblem(strings: Strings, format: Formatter, problem: TeamProblem): string {
  const t = strings.teamProblems;
  const roles = strings.team.roles;
  switch (problem.code) {
    case "missingValue":
    case "textInNumberColumn":
    case "negativeValue":
    case "notAPercent":
      return describeNumberProblem(strings, format, problem, roles[problem.column]);
    case "errorInCell":
      return strings.numberProblems.errorInCell(problem.cell, problem.value);
    case "missingPeriod":
      return t.missingPeriod(problem.cell);
    case "notADate":
      return t.notADate(problem.cell, problem.value);
    case "repeatedPeriod":
      return t.repeatedPeriod(problem.cell, problem.first);
    case "columnNotFound":
      return t.columnNotFound(roles[problem.column]);
    case "sameColumnTwice":
      return t.sameColumnTwice(roles[problem.column], roles[problem.other]);
    case "contactsNeeded":
      return t.contactsNeeded;
    case "noDataRows":
      return t.noDataRows;
    case "tooManyRows":
      return t.tooManyRows(format.count(problem.rows), format.count(problem.limit));
  }
}

export function describePerformanceProblem(strings: Strings, format: Formatter, problem: PerformanceProblem): string {
  const p = strings.performanceProblems;
  switch (problem.code) {
    case "noActualsInPeriod":
      return p.noActualsInPeriod;
    case "abandonedWithinNeeded":
      return p.abandonedWithinNeeded;
    case "nothingToMeasure":
      return p.nothingToMeasure;
    case "intervalNotModelled":
      return p.intervalNotModelled(problem.cell, p.arguments[problem.argument] ?? strings.errors.arguments[problem.argument] ?? problem.argument);
    case "intervalStep":
      return strings.forecastProblems.intervalStep(problem.cell, format.number(problem.stepMinutes, 2), format.count(problem.chosenMinutes));
    case "longerThanADay":
      return strings.forecastProblems.longerThanADay(problem.cell, format.count(problem.rows), format.count(problem.chosenMinutes));
  }
}

/** A team target's problem, for the message beside its field (percent metrics' limits in percent). */
export function describeTeamTargetProblem(strings: Strings, format: Formatter, problem: TeamTargetProblem): string {
  if (problem.code === "amberWrongSide") return problem.higherIsBetter ? strings.team.amberWrongSideHigher : strings.team.amberWrongSideLower;
  const metric = problem.field.split(".")[0] as TeamMetric;
  return describeFieldProblem(strings, format, problem, PERCENT_METRICS.has(metric) ? "percent" : "none");
}

/** A reporting period in the pane's words and date order: "04.03.2025", "Week of 3/3/2025", "março de 2025". */
export function describePeriod(strings: Strings, format: Formatter, period: ReportPeriod): string {
  const a = strings.actuals;
  switch (period.kind) {
    case "day":
      return format.day(period.first);
    case "week":
      return a.periodWeek(format.day(period.first));
    case "month":
      return format.monthName(period.first);
    case "all":
      return a.periodAll(format.day(period.first), format.day(period.last));
  }
}

/** The first few problems of a list, after a sentence that counts them. */
function counted<P>(lead: string, problems: P[], describe: (problem: P) => string): string {
  return [lead, ...problems.slice(0, 3).map(describe)].join(" ");
}

export function describeClientSafetyProblem(strings: Strings, problem: ClientSafetyProblem): string {
  const c = strings.clientSafetyProblems;
  const address = problem.sheetName === null ? problem.address : `${displaySheet(problem.sheetName)}!${problem.address}`;
  const place = c.places[problem.part](address);
  switch (problem.code) {
    case "formula":
      return c.formula(place, problem.text);
    case "formulaText":
      return c.formulaText(place, problem.text);
    case "wfmReference":
      return c.wfmReference(place, problem.text);
    case "notFinite":
      return c.notFinite(place);
  }
}

/** An interval the engine refused, in words chosen by the engine's reason where it has its own. */
function describeNotComputable(
  strings: Strings,
  format: Formatter,
  error: Extract<WorkbookError, { code: "intervalNotComputable" }>,
): string {
  const e = strings.errors;
  const at = [error.intervalLabel, error.cell] as const;
  switch (error.problem?.code) {
    case "trafficTooHigh":
      return e.trafficTooHigh(...at, format.count(error.problem.value), format.count(error.problem.limit));
    case "queueTooLong":
      return e.queueTooLong(...at, format.count(error.problem.value), format.count(error.problem.limit));
    case "metByAbandons":
      return e.targetMetByAbandons(...at, format.percent(error.problem.value), format.percent(error.problem.target));
  }
  return error.reason === "unreachable" ? e.targetUnreachable(...at) : e.loadOutOfRange(...at, e.arguments[error.argument] ?? error.argument);
}

export function describeWorkbookError(strings: Strings, format: Formatter, error: WorkbookError): string {
  const e = strings.errors;
  switch (error.code) {
    case "forecastProblems":
      // Some problems depend on the scenario (the interval length), so the first few are said here.
      return counted(e.forecastProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeForecastProblem(strings, format, problem),
      );
    case "rosterProblems":
      return counted(e.rosterProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeRosterProblem(strings, format, problem),
      );
    case "invalidTargets":
      return e.invalidTargets(error.problems.length, format.count(error.problems.length));
    case "intervalNotComputable":
      return describeNotComputable(strings, format, error);
    case "sheetExists":
      return e.sheetExists(error.sheetName);
    case "notGenerated":
      return e.notGenerated(error.sheetName);
    case "sheetNotFound":
      return e.sheetNotFound(error.sheetName);
    case "tableNotFound":
      return e.tableNotFound(error.tableName);
    case "scenarioNotFound":
      return e.scenarioNotFound;
    case "scenarioNameTaken":
      return e.scenarioNameTaken(error.name);
    case "scenarioNameEmpty":
      return e.scenarioNameEmpty;
    case "tooFewScenarios":
      return e.tooFewScenarios;
    case "selectionNotUsable":
      return e.selectionNotUsable(error.address);
    case "invalidAddress":
      return e.invalidAddress(error.address);
    case "storedScenariosUnreadable":
      return e.storedScenariosUnreadable;
    case "weeksColumnProblems":
      return counted(e.weeksProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeWeeksProblem(strings, format, problem),
      );
    case "invalidCapacityInputs":
      return e.invalidCapacityInputs(error.problems.length, format.count(error.problems.length));
    case "sourceScenarioNotFound":
      return e.sourceScenarioNotFound(error.capacityName);
    case "weekNotComputable":
      return e.weekNotComputable(format.count(error.week), format.count(error.weeklyCalls), error.intervalLabel);
    case "patternWithoutCalls":
      return e.patternWithoutCalls(error.scenarioName);
    case "capacityNotComputable":
      return e.capacityNotComputable;
    case "storedCapacityUnreadable":
      return e.storedCapacityUnreadable;
    case "capacitySheetChanged":
      return e.capacitySheetChanged(error.sheetName);
    case "actualsProblems":
      return counted(e.actualsProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeActualsProblem(strings, format, problem),
      );
    case "performanceProblems":
      return counted(e.performanceProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describePerformanceProblem(strings, format, problem),
      );
    case "teamProblems":
      return counted(e.teamProblems(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeTeamProblem(strings, format, problem),
      );
    case "invalidTeamTargets":
      return e.invalidTeamTargets(error.problems.length, format.count(error.problems.length));
    case "clientCopyEmpty":
      return e.clientCopyEmpty;
    case "clientCopyNotSupported":
      return e.clientCopyNotSupported(error.requirement);
    case "clientCopyUnsafe":
      return counted(e.clientCopyUnsafe(error.problems.length, format.count(error.problems.length)), error.problems, (problem) =>
        describeClientSafetyProblem(strings, problem),
      );
    case "clientCopyInvalid":
      return e.clientCopyInvalid(error.detail);
    case "excelFailed": {
      const operation = e.operations[error.operation] ?? e.otherOperation;
      const failure = e.excelFailed(operation, error.detail);
      return error.rolledBack ? `${failure} ${e.rolledBack}` : failure;
    }
  }
}
