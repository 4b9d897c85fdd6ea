/** Scenarios as plain data: create, apply changes, check names. */
import type { ForecastReference, PlanTargets, Scenario, ScenarioChanges } from "./types";

export function newScenario(_name: string, _forecast: ForecastReference, _targets: PlanTargets): Scenario {
  throw new Error("not implemented yet");
}
export function applyChanges(_source: Scenario, _changes: ScenarioChanges): Scenario {
  throw new Error("not implemented yet");
}
export function scenarioNameProblem(
  _name: string,
  _scenarios: Scenario[],
  _exceptId?: string,
): { code: "scenarioNameEmpty" } | { code: "scenarioNameTaken"; name: string } | null {
  throw new Error("not implemented yet");
}
