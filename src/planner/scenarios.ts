/**
 * Scenarios as plain data: create, duplicate with changes, rename, and the stored form that
 * travels inside the workbook (a versioned JSON object in the workbook's settings).
 */
import type { ForecastAdjustments, ForecastReference, PlanTargets, Scenario, ScenarioChanges } from "./types";

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
  scenarios: Scenario[],
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

function looksLikeScenario(value: unknown): value is Scenario {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    typeof value.name === "string" &&
    isObject(value.forecast) &&
    isObject(value.targets) &&
    isObject(value.adjustments)
  );
}

/**
 * The scenarios in a stored value (undefined/null: none stored yet). Returns null when the value
 * is not something this add-in wrote. Settings may hold the object or its JSON text.
 */
export function fromStored(value: unknown): Scenario[] | null {
  if (value === undefined || value === null) return [];
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isObject(parsed) || !Array.isArray(parsed.scenarios)) return null;
  if (!parsed.scenarios.every(looksLikeScenario)) return null;
  return parsed.scenarios as Scenario[];
}
