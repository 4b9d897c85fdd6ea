/**
 * Capacity scenarios as plain data: create, duplicate with changes ("attrition +5 points,
 * training 6 weeks"), the stored form that travels inside the workbook (a versioned JSON object
 * in its settings, beside the planner's scenarios), and the side-by-side comparison.
 *
 * A stored capacity scenario is input like any other: reading one back checks every field as
 * strictly as the form does (capacity-inputs.ts), its addresses as addresses of a sheet Excel
 * accepts, keeps only the known fields, and refuses the stored list when any scenario fails.
 */
import { parseAddress } from "./addresses";
import { capacitySettingsProblems, sourceProblems } from "./capacity-inputs";
import type {
  CapacityChanges,
  CapacityComparison,
  CapacityComparisonTotals,
  CapacityInputProblem,
  CapacityResult,
  CapacityScenario,
  CapacitySettings,
  RequiredFteSource,
  WeeklyVolumes,
} from "./capacity-types";
import { LAST_EXCEL_DAY } from "./dates";
import { isSheetName } from "./names";
import { newScenarioId, readStoredList } from "./scenarios";

export function newCapacityScenario(
  name: string,
  source: RequiredFteSource,
  firstWeek: number,
  settings: CapacitySettings,
  now: Date = new Date(),
): CapacityScenario {
  const stamp = now.toISOString();
  return {
    id: newScenarioId(now),
    name: name.trim(),
    source: structuredCopy(source),
    firstWeek,
    settings: { ...settings, attrition: { ...settings.attrition } },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function structuredCopy(source: RequiredFteSource): RequiredFteSource {
  return source.kind === "column" ? { ...source } : { ...source, volumes: { ...source.volumes } };
}

/** Rounds away the float noise of adding points (0.6 + 0.05 = 0.6499999999999999). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A copy of `source` with the changes; what a change leaves out stays as the source has it. */
export function applyCapacityChanges(source: CapacityScenario, changes: CapacityChanges, now: Date = new Date()): CapacityScenario {
  const stamp = now.toISOString();
  const { settings } = source;
  const copy: CapacityScenario = {
    id: newScenarioId(now),
    name: changes.name.trim(),
    source: structuredCopy(source.source),
    firstWeek: source.firstWeek,
    settings: {
      ...settings,
      attrition: { ...settings.attrition, rate: tidy(settings.attrition.rate + (changes.attritionChange ?? 0)) },
      trainWeeks: changes.trainWeeks ?? settings.trainWeeks,
      nestingWeeks: changes.nestingWeeks ?? settings.nestingWeeks,
      graduationRate: changes.graduationRate ?? settings.graduationRate,
      leadWeeks: changes.leadWeeks ?? settings.leadWeeks,
    },
    createdAt: stamp,
    updatedAt: stamp,
  };
  if (changes.weeklyGrowth !== undefined && copy.source.kind === "scenario" && copy.source.volumes.kind === "growth") {
    copy.source.volumes.weeklyGrowth = changes.weeklyGrowth;
  }
  return copy;
}

/** Everything wrong with a capacity scenario's numbers, by the form's field. */
export function capacityScenarioProblems(scenario: CapacityScenario): CapacityInputProblem[] {
  return [...capacitySettingsProblems(scenario.settings), ...sourceProblems(scenario.source)];
}

// ---------------------------------------------------------------------------------------------
// Stored form

/** Settings key under which capacity scenarios are stored. */
export const CAPACITY_SCENARIOS_SETTING = "wfm.capacityScenarios";
const STORE_VERSION = 1;
const MAX_NAME = 255;

export interface StoredCapacityScenarios {
  version: number;
  scenarios: CapacityScenario[];
}

export function toStoredCapacity(scenarios: CapacityScenario[]): StoredCapacityScenarios {
  return { version: STORE_VERSION, scenarios };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isId = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);

/** An address of one block on a named sheet that Excel accepts ("Volumes!B2:B53"). */
function isSheetAddress(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 300) return false;
  const parsed = parseAddress(value);
  return parsed !== null && parsed.sheetName !== null && isSheetName(parsed.sheetName);
}

function readVolumes(value: unknown): WeeklyVolumes | null {
  if (!isObject(value)) return null;
  if (value.kind === "column") return isSheetAddress(value.address) ? { kind: "column", address: value.address } : null;
  if (value.kind === "growth") return { kind: "growth", weeklyGrowth: value.weeklyGrowth as number, weeks: value.weeks as number };
  return null;
}

function readSource(value: unknown): RequiredFteSource | null {
  if (!isObject(value)) return null;
  if (value.kind === "column") return isSheetAddress(value.address) ? { kind: "column", address: value.address } : null;
  if (value.kind !== "scenario" || !isId(value.scenarioId)) return null;
  const volumes = readVolumes(value.volumes);
  if (volumes === null) return null;
  return { kind: "scenario", scenarioId: value.scenarioId, volumes, paidHoursPerFteWeek: value.paidHoursPerFteWeek as number };
}

function readSettings(value: unknown): CapacitySettings | null {
  if (!isObject(value) || !isObject(value.attrition)) return null;
  const { attrition } = value;
  return {
    headcount: value.headcount,
    attrition: { rate: attrition.rate, period: attrition.period, figure: attrition.figure },
    trainWeeks: value.trainWeeks,
    nestingWeeks: value.nestingWeeks,
    nestingProductivity: value.nestingProductivity,
    graduationRate: value.graduationRate,
    ftePerHead: value.ftePerHead,
    leadWeeks: value.leadWeeks,
    minClass: value.minClass,
    maxClass: value.maxClass,
    costPerHire: value.costPerHire,
    costPerFteWeek: value.costPerFteWeek,
  } as CapacitySettings;
}

/**
 * A stored capacity scenario, checked field by field and rebuilt from its known fields only;
 * null when any field is missing, of the wrong type or outside what the form accepts.
 */
export function readStoredCapacityScenario(value: unknown): CapacityScenario | null {
  if (!isObject(value)) return null;
  const { id, name, firstWeek, createdAt, updatedAt } = value;
  if (!isId(id)) return null;
  if (typeof name !== "string" || name.trim() === "" || name.length > MAX_NAME) return null;
  if (typeof createdAt !== "string" || typeof updatedAt !== "string" || createdAt.length > 40 || updatedAt.length > 40) return null;
  if (typeof firstWeek !== "number" || !Number.isInteger(firstWeek) || firstWeek < 61 || firstWeek > LAST_EXCEL_DAY) return null;
  const source = readSource(value.source);
  const settings = readSettings(value.settings);
  if (source === null || settings === null) return null;
  const scenario: CapacityScenario = { id, name, source, firstWeek, settings, createdAt, updatedAt };
  return capacityScenarioProblems(scenario).length === 0 ? scenario : null;
}

/**
 * The capacity scenarios in a stored value (undefined/null: none stored yet); null when the value
 * is not something this add-in wrote, or any scenario in it fails the checks.
 */
export function fromStoredCapacity(value: unknown): CapacityScenario[] | null {
  return readStoredList(value, readStoredCapacityScenario);
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** The figures compared, of one scenario's plan. */
function totalsOf(scenario: CapacityScenario, result: CapacityResult): CapacityComparisonTotals {
  const s = result.summary;
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    totalHires: s.totalHires,
    uncoveredWeeks: s.uncoveredWeeks.length,
    fteWeeksShort: s.fteWeeksShort,
    peakGap: s.peakGap,
    totalCost: s.totalCost,
  };
}

/** Capacity scenarios side by side: their totals, the differences from the first, and their weeks. */
export function compareCapacity(items: { scenario: CapacityScenario; result: CapacityResult }[]): CapacityComparison {
  const totals = items.map(({ scenario, result }) => totalsOf(scenario, result));
  const first = totals[0];
  const differences = totals.map((t) => ({
    totalHires: t.totalHires - first.totalHires,
    uncoveredWeeks: t.uncoveredWeeks - first.uncoveredWeeks,
    fteWeeksShort: t.fteWeeksShort - first.fteWeeksShort,
    peakGap: t.peakGap - first.peakGap,
    totalCost: t.totalCost === null || first.totalCost === null ? null : t.totalCost - first.totalCost,
  }));
  const horizon = Math.max(...items.map(({ result }) => result.weeks.length));
  const weeks = Array.from({ length: horizon }, (_, i) => ({
    week: i + 1,
    hires: items.map(({ result }) => result.weeks[i]?.hires ?? null),
    gap: items.map(({ result }) => result.weeks[i]?.gap ?? null),
  }));
  return { scenarios: items.map(({ scenario }) => ({ id: scenario.id, name: scenario.name })), totals, differences, weeks };
}
