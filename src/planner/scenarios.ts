/**
 * Scenarios as plain data: create, duplicate with changes, rename, and the stored form that
 * travels inside the workbook (a versioned JSON object in the workbook's settings).
 *
 * A stored scenario is input like any other: anyone can edit a workbook's settings. Reading one
 * back checks every field as strictly as the form and the forecast check do (targets within
 * their ranges, factors, the default AHT, a forecast reference that names a valid sheet, rows
 * and columns), keeps only the known fields, and refuses the stored list when any scenario fails.
 */
import { columnNumber } from "./addresses";
import { MAX_FORECAST_ROWS } from "./forecast";
import { isSheetName } from "./names";
import { targetProblems } from "./targets";
import type {
  ForecastAdjustments,
  ForecastReference,
  InputProblem,
  PlanTargets,
  Scenario,
  ScenarioChanges,
} from "./types";

/** A fresh id: unique enough within one workbook, never shown. */
export function newScenarioId(now: Date = new Date()): string {
  return `s${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

export function newScenario(
  name: string,
  forecast: ForecastReference,
  targets: PlanTargets,
  adjustments: ForecastAdjustments = { volumeFactor: 1, ahtFactor: 1 },
  now: Date = new Date(),
): Scenario {
  const stamp = now.toISOString();
  return {
    id: newScenarioId(now),
    name: name.trim(),
    forecast: { ...forecast },
    targets: { ...targets },
    adjustments: { ...adjustments },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Rounds away the float noise of compounding (1.1 × 0.95 = 1.0450000000000002). */
function tidy(factor: number): number {
  return Number(factor.toPrecision(12));
}

/** A copy of `source` with the changes: volume and AHT changes compound with the source's factors. */
export function applyChanges(source: Scenario, changes: ScenarioChanges, now: Date = new Date()): Scenario {
  const stamp = now.toISOString();
  return {
    id: newScenarioId(now),
    name: changes.name.trim(),
    forecast: { ...source.forecast },
    targets: { ...source.targets, ...(changes.targets ?? {}) },
    adjustments: {
      volumeFactor: tidy(source.adjustments.volumeFactor * (1 + (changes.volumeChange ?? 0))),
      ahtFactor: tidy(source.adjustments.ahtFactor * (1 + (changes.ahtChange ?? 0))),
    },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Why a name cannot be used (empty, or taken by another scenario, ignoring case), or null. */
export function scenarioNameProblem(
  name: string,
  scenarios: readonly { id: string; name: string }[],
  exceptId?: string,
): { code: "scenarioNameEmpty" } | { code: "scenarioNameTaken"; name: string } | null {
  if (name.trim() === "") return { code: "scenarioNameEmpty" };
  const clash = scenarios.find((s) => s.id !== exceptId && sameName(s.name, name));
  return clash ? { code: "scenarioNameTaken", name: name.trim() } : null;
}

/** Settings key under which the scenarios are stored. */
export const SCENARIOS_SETTING = "wfm.scenarios";
const STORE_VERSION = 1;

export interface StoredScenarios {
  version: number;
  scenarios: Scenario[];
}

export function toStored(scenarios: Scenario[]): StoredScenarios {
  return { version: STORE_VERSION, scenarios };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const MAX_NAME = 255;

function isColumn(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z]{1,3}$/.test(value) && columnNumber(value) <= MAX_COLUMN;
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/** The factors a scenario may apply (as the form's factor fields allow). */
function factorProblems(adjustments: ForecastAdjustments): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const field of ["volumeFactor", "ahtFactor"] as const) {
    const value: unknown = adjustments[field];
    if (typeof value !== "number" || !Number.isFinite(value)) problems.push({ field, code: "notANumber", value: String(value) });
    else if (!(value > 0 && value <= 5)) problems.push({ field, code: "outOfRange", value, min: 0, max: 5, minOpen: true });
  }
  return problems;
}

/** Everything wrong with a scenario's numbers, by the form's field: targets, factors, default AHT. */
export function scenarioProblems(scenario: Scenario): InputProblem[] {
  const problems = [...targetProblems(scenario.targets), ...factorProblems(scenario.adjustments)];
  const defaultAht: unknown = scenario.forecast.defaultAhtSeconds;
  if (defaultAht !== null && !isPositive(defaultAht)) {
    problems.push({ field: "defaultAhtSeconds", code: "notANumber", value: String(defaultAht) });
  }
  return problems;
}

function readReference(value: unknown): ForecastReference | null {
  if (!isObject(value)) return null;
  const { sheetName, tableName, firstRow, rowCount, intervalColumn, callsColumn, ahtColumn, defaultAhtSeconds } = value;
  // Scenarios stored before forecasts could span several days have no date column.
  const dateColumn = value.dateColumn ?? null;
  const valid =
    typeof sheetName === "string" &&
    isSheetName(sheetName) &&
    (tableName === null || (typeof tableName === "string" && /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(tableName))) &&
    isWholeNumber(firstRow, 1, MAX_ROW) &&
    isWholeNumber(rowCount, 1, MAX_FORECAST_ROWS) &&
    firstRow + rowCount - 1 <= MAX_ROW &&
    (dateColumn === null || isColumn(dateColumn)) &&
    isColumn(intervalColumn) &&
    isColumn(callsColumn) &&
    (ahtColumn === null || isColumn(ahtColumn)) &&
    (defaultAhtSeconds === null || isPositive(defaultAhtSeconds)) &&
    (ahtColumn !== null || defaultAhtSeconds !== null);
  if (!valid) return null;
  return {
    sheetName,
    tableName: tableName as string | null,
    firstRow,
    rowCount,
    dateColumn: dateColumn as string | null,
    intervalColumn,
    callsColumn,
    ahtColumn: ahtColumn as string | null,
    defaultAhtSeconds: defaultAhtSeconds as number | null,
  };
}

function readTargets(value: unknown): PlanTargets | null {
  if (!isObject(value) || (value.goal !== "serviceLevel" && value.goal !== "asa")) return null;
  const targets = {
    intervalMinutes: value.intervalMinutes,
    goal: value.goal,
    targetServiceLevel: value.targetServiceLevel,
    targetSeconds: value.targetSeconds,
    targetAsaSeconds: value.targetAsaSeconds,
    maxOccupancy: value.maxOccupancy,
    patienceSeconds: value.patienceSeconds,
    abandonRule: value.abandonRule,
    shrinkage: value.shrinkage,
    paidHoursPerFteWeek: value.paidHoursPerFteWeek,
    operatingDaysPerWeek: value.operatingDaysPerWeek,
    costPerAgentHour: value.costPerAgentHour,
  } as PlanTargets;
  return targetProblems(targets).length === 0 ? targets : null;
}

/**
 * A stored scenario, checked field by field and rebuilt from its known fields only; null when
 * any field is missing, of the wrong type or outside what the form accepts.
 */
export function readStoredScenario(value: unknown): Scenario | null {
  if (!isObject(value)) return null;
  const { id, name, createdAt, updatedAt } = value;
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  if (typeof name !== "string" || name.trim() === "" || name.length > MAX_NAME) return null;
  if (typeof createdAt !== "string" || typeof updatedAt !== "string" || createdAt.length > 40 || updatedAt.length > 40) return null;
  const forecast = readReference(value.forecast);
  const targets = readTargets(value.targets);
  if (!forecast || !targets || !isObject(value.adjustments)) return null;
  const adjustments = { volumeFactor: value.adjustments.volumeFactor, ahtFactor: value.adjustments.ahtFactor } as ForecastAdjustments;
  const scenario: Scenario = { id, name, forecast, targets, adjustments, createdAt, updatedAt };
  return scenarioProblems(scenario).length === 0 ? scenario : null;
}

/** A stored setting as an object: settings may hold the object or its JSON text; undefined for text that is not JSON. */
export function storedValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The items of a stored list ({ version, scenarios: [...] }), each read by `read` (undefined/null:
 * none stored yet). Returns null when the value is not something this add-in wrote, or any item
 * in it fails `read`. Settings may hold the object or its JSON text.
 */
export function readStoredList<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (value === undefined || value === null) return [];
  const parsed = storedValue(value);
  if (!isObject(parsed) || !Array.isArray(parsed.scenarios)) return null;
  const items = parsed.scenarios.map(read);
  return items.every((item): item is T => item !== null) ? items : null;
}

/** The scenarios in a stored value: see readStoredList. */
export function fromStored(value: unknown): Scenario[] | null {
  return readStoredList(value, readStoredScenario);
}
