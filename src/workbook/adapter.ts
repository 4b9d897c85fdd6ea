/* Implementation of api.ts; see there for the contract. */
import type * as api from "./api";
import type { Plan, Scenario, ScenarioChanges } from "../planner/types";

type R<T> = Promise<api.WorkbookResult<T>>;
const notYet = (): never => {
  throw new Error("not implemented yet");
};
export const createSampleForecast = (): R<api.SampleForecast> => notYet();
export const listTables = (): R<api.TableInfo[]> => notYet();
export const getSelectionAddress = (): R<string> => notYet();
export const readForecast = (_s: api.ForecastSource, _o: api.ReadForecastOptions): R<api.ForecastRead> => notYet();
export const sheetStatus = (_n: string): R<api.SheetStatus> => notYet();
export const listGeneratedSheets = (_id?: string): R<api.GeneratedSheet[]> => notYet();
export const buildPlan = (_s: Scenario, _o: api.BuildPlanOptions): R<api.BuiltPlan> => notYet();
export const previewPlan = (_s: Scenario): R<Plan> => notYet();
export const loadScenarios = (): R<Scenario[]> => notYet();
export const saveScenarios = (_s: Scenario[]): R<Scenario[]> => notYet();
export const saveScenario = (_s: Scenario): R<Scenario[]> => notYet();
export const renameScenario = (_id: string, _n: string): R<Scenario[]> => notYet();
export const duplicateScenario = (_id: string, _c: ScenarioChanges): R<{ scenario: Scenario; scenarios: Scenario[] }> =>
  notYet();
export const deleteScenario = (_id: string, _o: { deleteSheets: boolean }): R<Scenario[]> => notYet();
export const compareScenarios = (_ids: string[]): R<api.BuiltComparison> => notYet();
export const checkRoster = (_id: string, _r: api.RosterSource): R<api.BuiltRosterCheck> => notYet();
export const showSheet = (_n: string): R<void> => notYet();
